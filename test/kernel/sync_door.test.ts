// test/kernel/sync_door.test.ts — the kernel driven synchronously through the raw door, with
// no scheduler: a process as a given user in a given directory calls syscalls and gets Linux's
// answers. Each scenario also runs on the host kernel (test/helpers/differential.ts) and the
// two must agree call by call; the expected errnos written here are what the host returned.

import { describe, expect, it } from 'vitest';
import { AT_FDCWD, AT_REMOVEDIR, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_RDONLY, O_RDWR, O_WRONLY, O_TRUNC } from '../../abi/fcntl';
import { SYS } from '../../abi/syscalls';
import { createKernel } from '../../kernel/kernel';
import { runOnHost, runOnLinuxsim, type Call } from '../helpers/differential';
import { compileC, hasGcc, runBinary } from '../helpers/host';

const E = { ENOENT: -2, EBADF: -9, EACCES: -13, EEXIST: -17, ENOTDIR: -20, EISDIR: -21, EINVAL: -22, ESPIPE: -29, ENAMETOOLONG: -36, ENOTEMPTY: -39, ELOOP: -40 };

const call = (name: string, ...args: Call['args']): Call => ({ name, args });

/** Runs a scenario on linuxsim and, when the host can, checks the host agrees. */
function both(calls: readonly Call[], opts: { uid?: number } = {}): number[] {
  const sim = runOnLinuxsim(calls, opts);
  const host = runOnHost(calls, opts);
  if (host) {
    const rows = calls.map((c, i) => `${c.name}(${c.args.map((a) => JSON.stringify(a)).join(', ').slice(0, 60)}) host=${host[i]} sim=${sim[i]}`);
    expect(sim, rows.join('\n')).toEqual(host);
  }
  return sim;
}

describe('a process driven synchronously through the raw door', () => {
  it('gets ENOENT, ENOTDIR, ENAMETOOLONG and ELOOP from openat as Linux does', () => {
    const k = createKernel();
    const p = k.createProcess({ uid: 1000, cwd: '/home/user' });
    expect(p.syscall(SYS.openat, AT_FDCWD, '/no/such/file', O_RDONLY, 0)).toBe(E.ENOENT);
    const fd = p.syscall(SYS.openat, AT_FDCWD, 'regular', O_CREAT | O_WRONLY, 0o644);
    expect(fd).toBe(3);
    expect(p.syscall(SYS.openat, AT_FDCWD, 'regular/child', O_RDONLY, 0)).toBe(E.ENOTDIR);
    expect(p.syscall(SYS.openat, AT_FDCWD, 'x'.repeat(4096), O_RDONLY, 0)).toBe(E.ENAMETOOLONG);
    expect(p.syscall(SYS.symlinkat, 'loop', AT_FDCWD, 'loop')).toBe(0);
    expect(p.syscall(SYS.openat, AT_FDCWD, 'loop', O_RDONLY, 0)).toBe(E.ELOOP);
    expect(k.oopses).toEqual([]);
  });

  it('resolves names as the host does (path walk errors)', () => {
    const r = both([
      call('openat', AT_FDCWD, 'missing', O_RDONLY, 0),
      call('openat', AT_FDCWD, '', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'f', O_CREAT | O_RDWR, 0o644),
      call('openat', AT_FDCWD, 'f/x', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'f/', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'x'.repeat(4095), O_RDONLY, 0),
      call('openat', AT_FDCWD, 'x'.repeat(4096), O_RDONLY, 0),
      call('openat', AT_FDCWD, 'n'.repeat(256), O_RDONLY, 0),
      call('openat', AT_FDCWD, 'n'.repeat(255), O_RDONLY, 0),
      call('symlinkat', 'a', AT_FDCWD, 'b'),
      call('symlinkat', 'b', AT_FDCWD, 'a'),
      call('openat', AT_FDCWD, 'a', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'a', O_RDONLY | O_NOFOLLOW, 0),
      call('symlinkat', 'dangling-target', AT_FDCWD, 'dangling'),
      call('openat', AT_FDCWD, 'dangling', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'dangling', O_CREAT | O_WRONLY, 0o600),
      call('openat', AT_FDCWD, 'dangling-target', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'dangling', O_CREAT | O_EXCL | O_WRONLY, 0o600),
      call('openat', AT_FDCWD, './f/../f', O_RDONLY, 0),
      call('openat', AT_FDCWD, '././f', O_RDONLY | O_DIRECTORY, 0),
      call('openat', AT_FDCWD, '.', O_RDONLY | O_DIRECTORY, 0),
      call('openat', AT_FDCWD, '..', O_RDONLY, 0),
      call('openat', AT_FDCWD, '.', O_WRONLY, 0),
      call('openat', AT_FDCWD, 'newdir/', O_CREAT | O_WRONLY, 0o644),
      call('openat', AT_FDCWD, 'g', O_CREAT | O_DIRECTORY | O_RDONLY, 0o644),
      call('openat', AT_FDCWD, 'f', O_CREAT | O_EXCL | O_RDONLY, 0o644),
      call('openat', 99, 'f', O_RDONLY, 0),
      call('openat', 3, 'f', O_RDONLY, 0),
    ]);
    expect(r[0]).toBe(E.ENOENT);
    expect(r[3]).toBe(E.ENOTDIR);
    expect(r[7]).toBe(E.ENAMETOOLONG);
    expect(r[11]).toBe(E.ELOOP);
  });

  it('creates and removes names as the host does', () => {
    both([
      call('mkdirat', AT_FDCWD, 'd', 0o755),
      call('mkdirat', AT_FDCWD, 'd', 0o755),
      call('mkdirat', AT_FDCWD, 'd/e/', 0o755),
      call('mkdirat', AT_FDCWD, 'missing/e', 0o755),
      call('mkdirat', AT_FDCWD, '.', 0o755),
      call('openat', AT_FDCWD, 'd/file', O_CREAT | O_WRONLY | O_TRUNC, 0o644),
      call('unlinkat', AT_FDCWD, 'd', AT_REMOVEDIR),
      call('unlinkat', AT_FDCWD, 'd', 0),
      call('unlinkat', AT_FDCWD, 'd/file', AT_REMOVEDIR),
      call('unlinkat', AT_FDCWD, 'd/file/', 0),
      call('unlinkat', AT_FDCWD, 'd/nothing/', 0),
      call('unlinkat', AT_FDCWD, 'd/e/', 0),
      call('unlinkat', AT_FDCWD, '.', AT_REMOVEDIR),
      call('unlinkat', AT_FDCWD, '..', AT_REMOVEDIR),
      call('unlinkat', AT_FDCWD, 'd/e', 0x100),
      call('unlinkat', AT_FDCWD, 'd/file', 0),
      call('unlinkat', AT_FDCWD, 'd/file', 0),
      call('unlinkat', AT_FDCWD, 'd/e', AT_REMOVEDIR),
      call('unlinkat', AT_FDCWD, 'd', AT_REMOVEDIR),
      call('mknodat', AT_FDCWD, 'fifo', 0o010644, 0),
      call('mknodat', AT_FDCWD, 'chr', 0o020644, 0x103),
      call('symlinkat', '', AT_FDCWD, 'empty'),
      call('readlinkat', AT_FDCWD, 'fifo', { buf: 64 }, 64),
      call('symlinkat', 'some/where', AT_FDCWD, 'link'),
      call('readlinkat', AT_FDCWD, 'link', { buf: 64 }, 64),
      call('readlinkat', AT_FDCWD, 'link', { buf: 4 }, 4),
      call('readlinkat', AT_FDCWD, 'link', { buf: 4 }, 0),
      call('readlinkat', AT_FDCWD, 'link', { buf: 4 }, -1),
    ]);
  });

  it('checks search and write permission for an unprivileged user as the host does', () => {
    both([
      call('mkdirat', AT_FDCWD, 'closed', 0o000),
      call('mkdirat', AT_FDCWD, 'closed/x', 0o755),
      call('openat', AT_FDCWD, 'closed/x', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'closed', O_RDONLY, 0),
      call('mkdirat', AT_FDCWD, 'readonly', 0o555),
      call('mkdirat', AT_FDCWD, 'readonly/x', 0o755),
      call('openat', AT_FDCWD, 'readonly/f', O_CREAT | O_WRONLY, 0o644),
      call('openat', AT_FDCWD, 'wo', O_CREAT | O_WRONLY, 0o200),
      call('openat', AT_FDCWD, 'wo', O_RDONLY, 0),
      call('openat', AT_FDCWD, 'wo', O_WRONLY, 0),
      call('openat', AT_FDCWD, 'ro', O_CREAT | O_RDONLY, 0o400),
      call('openat', AT_FDCWD, 'ro', O_RDWR, 0),
      call('openat', AT_FDCWD, 'ro', O_RDONLY | O_TRUNC, 0),
      call('unlinkat', AT_FDCWD, 'readonly', AT_REMOVEDIR),
    ], { uid: 1000 });
  });

  it('lets root past permission bits except execute, as the host does', () => {
    both([
      call('mkdirat', AT_FDCWD, 'closed', 0o000),
      call('mkdirat', AT_FDCWD, 'closed/x', 0o755),
      call('openat', AT_FDCWD, 'closed/f', O_CREAT | O_WRONLY, 0o000),
      call('openat', AT_FDCWD, 'closed/f', O_RDWR, 0),
      call('execve', 'closed/f', 0, 0),
    ]);
  });

  it('handles file descriptors as the host does', () => {
    both([
      call('close', 42),
      call('close', -1),
      call('openat', AT_FDCWD, 'f', O_CREAT | O_RDWR, 0o644),
      call('dup', 3),
      call('dup2', 3, 3),
      call('dup2', 9, 9),
      call('dup3', 3, 3, 0),
      call('dup3', 3, 10, 0x1234),
      call('dup3', 3, 10, 0o2000000),
      call('fcntl', 10, 1, 0),
      call('fcntl', 3, 0, 7),
      call('fcntl', 3, 3, 0),
      call('fcntl', 42, 1, 0),
      call('close', 4),
      call('dup', 3),
      call('write', 3, 'hello', 5),
      call('lseek', 3, 0, 1),
      call('lseek', 4, 0, 1),
      call('lseek', 3, -10, 1),
      call('lseek', 3, 0, 7),
      call('pread64', 3, { buf: 16 }, 16, 1),
      call('pread64', 3, { buf: 16 }, 16, -1),
      call('pipe2', { buf: 8 }, 0),
      call('lseek', 5, 0, 0),
      call('pwrite64', 6, 'x', 1, 0),
      call('read', 6, { buf: 4 }, 4),
      call('write', 5, 'x', 1),
      call('pipe2', { buf: 8 }, 0x4000),
      call('openat', AT_FDCWD, '.', O_RDONLY, 0),
      call('read', 7, { buf: 4 }, 4),
      call('getdents64', 3, { buf: 64 }, 64),
      call('getdents64', 7, { buf: 8 }, 8),
      call('close_range', 5, 4, 0),
      call('close_range', 4, 6, 0),
      call('close', 5),
    ]);
  });

  it('reads and writes regular files as the host does', () => {
    both([
      call('openat', AT_FDCWD, 'f', O_CREAT | O_WRONLY, 0o644),
      call('write', 3, 'hello world', 11),
      call('read', 3, { buf: 16 }, 16),
      call('openat', AT_FDCWD, 'f', O_RDONLY, 0),
      call('write', 4, 'x', 1),
      call('read', 4, { buf: 5 }, 5),
      call('read', 4, { buf: 16 }, 16),
      call('read', 4, { buf: 16 }, 16),
      call('lseek', 4, 100, 0),
      call('read', 4, { buf: 16 }, 16),
      call('pwrite64', 3, 'HELLO', 5, 0),
      call('pread64', 4, { buf: 16 }, 16, 0),
      call('lseek', 3, 0, 2),
      call('openat', AT_FDCWD, 'f', O_WRONLY | O_TRUNC, 0),
      call('lseek', 4, 0, 2),
      call('write', 3, 'abc', 3),
      call('lseek', 4, 0, 2),
      call('read', 4, { buf: 4 }, 0),
      call('write', 3, 'abc', 0),
    ]);
  });

  it('keeps the kernel usable after an unimplemented call (ENOSYS)', () => {
    const k = createKernel();
    const p = k.createProcess();
    expect(p.syscall(SYS.shmget, 0, 4096, 0)).toBe(-38); // SysV shared memory: unimplemented
    expect(p.syscall(9999)).toBe(-38);
    expect(p.syscall(-1)).toBe(-38);
    expect(p.syscall(SYS.getpid)).toBe(p.pid);
  });

});

/** The names of a directory's entries, in getdents64 order, from a buffer of records. */
function direntNames(buf: Uint8Array, n: number): string[] {
  const out: string[] = [];
  const dv = new DataView(buf.buffer, buf.byteOffset);
  for (let p = 0; p < n;) {
    const reclen = dv.getUint16(p + 16, true);
    let end = p + 19;
    while (buf[end] !== 0) end++;
    out.push(new TextDecoder().decode(buf.subarray(p + 19, end)));
    p += reclen;
  }
  return out;
}

/** The same creations and removals, then one getdents64 of ".", on the host (tmpfs). */
function hostListing(): string[] | null {
  if (!hasGcc()) return null;
  const bin = compileC(`#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
int main(int argc, char **argv) {
  char dir[] = "/dev/shm/linuxsim-ls-XXXXXX";
  if (!mkdtemp(dir) || chdir(dir)) return 1;
  close(open("b", O_CREAT|O_WRONLY, 0644)); close(open("a", O_CREAT|O_WRONLY, 0644));
  close(open("c", O_CREAT|O_WRONLY, 0644)); mkdir("z", 0755); close(open("y", O_CREAT|O_WRONLY, 0644));
  unlink("a"); close(open("a", O_CREAT|O_WRONLY, 0644));
  int fd = open(".", O_RDONLY|O_DIRECTORY);
  char buf[4096]; long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
  for (long p = 0; p < n;) { unsigned short reclen = *(unsigned short *)(buf + p + 16); printf("%s\\n", buf + p + 19); p += reclen; }
  unlink("a"); unlink("b"); unlink("c"); unlink("y"); rmdir("z"); chdir("/"); rmdir(dir);
  return 0;
}
`);
  return runBinary(bin).stdout.trim().split('\n');
}

describe('directory listings', () => {
  it('list entries in the order tmpfs on Linux lists them (newest first)', () => {
    const k = createKernel();
    const p = k.createProcess({ uid: 0, cwd: '/tmp' });
    const cr = (name: string) => p.syscall(SYS.close, p.syscall(SYS.openat, AT_FDCWD, name, O_CREAT | O_WRONLY, 0o644));
    p.syscall(SYS.mkdirat, AT_FDCWD, 'list', 0o755);
    p.syscall(SYS.chdir, 'list');
    cr('b'); cr('a'); cr('c');
    p.syscall(SYS.mkdirat, AT_FDCWD, 'z', 0o755);
    cr('y');
    p.syscall(SYS.unlinkat, AT_FDCWD, 'a', 0);
    cr('a');
    const fd = p.syscall(SYS.openat, AT_FDCWD, '.', O_RDONLY | O_DIRECTORY, 0) as number;
    const buf = new Uint8Array(4096);
    const n = p.syscall(SYS.getdents64, fd, buf, 4096) as number;
    const ours = direntNames(buf, n);
    expect(ours).toEqual(['.', '..', 'a', 'y', 'z', 'c', 'b']);
    const host = hostListing();
    if (host) expect(ours).toEqual(host);
  });
});
