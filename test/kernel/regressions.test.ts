// test/kernel/regressions.test.ts — one `it` per kernel bug found by the robustness property
// (test/kernel/robustness.test.ts), the fd model (test/kernel/fd_model.test.ts) or the
// invariants (kernel/invariants.ts), each with its shrunk syscall sequence spelled out. Where
// the calls can be expressed with integers and strings, the host kernel checks the expected
// values too (test/helpers/differential.ts). Add a case per bug fixed; never delete one.
// Owned by the kernel maintainers.

import { describe, expect, it } from 'vitest';
import { F_DUPFD, O_APPEND, O_CREAT, O_DIRECTORY, O_RDONLY, O_RDWR, O_WRONLY, SEEK_CUR, SEEK_SET } from '../../abi/fcntl';
import { S_IFIFO } from '../../abi/stat';
import { SYS } from '../../abi/syscalls';
import { checkInvariants } from '../../kernel/invariants';
import { createKernel, type Kernel } from '../../kernel/kernel';
import { IMAGE_BASE, IMAGE_SIZE } from '../../mm/mm';
import { runOnHost, runOnLinuxsim, type Call } from '../helpers/differential';
import type { DirInode } from '../../vfs/inode';

const E = { EPERM: -1, ENOENT: -2, EBADF: -9, EFAULT: -14, EINVAL: -22, ENOPKG: -65, EOPNOTSUPP: -95 };
const call = (name: string, ...args: Call['args']): Call => ({ name, args });

/** The scenario's results on linuxsim, after checking the host (when it has gcc) agrees. */
function both(calls: readonly Call[], uid = 0): number[] {
  const sim = runOnLinuxsim(calls, { uid });
  const host = runOnHost(calls, { uid });
  if (host) expect(sim, calls.map((c, i) => `${c.name} host=${host[i]} sim=${sim[i]}`).join('\n')).toEqual(host);
  return sim;
}

function healthy(k: Kernel): void {
  expect(k.oopses).toEqual([]);
  expect(checkInvariants(k)).toEqual([]);
}

/** A 16-byte iovec array in the process's memory at `at`: [base, len] pairs. */
function iovecs(k: Kernel, pid: number, at: number, segs: readonly [number, number][]): void {
  const t = k.pidns.tasks.get(pid)!;
  const b = new Uint8Array(segs.length * 16);
  const dv = new DataView(b.buffer);
  segs.forEach(([base, len], i) => {
    dv.setBigUint64(i * 16, BigInt(base), true);
    dv.setBigUint64(i * 16 + 8, BigInt(len), true);
  });
  t.mm.copyOut(at, b, 0, b.length);
}

describe('regressions found by the robustness property, the fd model and the invariants', () => {
  it('mkdir makes a directory of size 40, as tmpfs does (was 0)', () => {
    const k = createKernel();
    const p = k.createProcess({ cwd: '/tmp' });
    expect(p.syscall(SYS.mkdir, 'd', 0o755)).toBe(0);
    expect(k.pidns.tasks.get(p.pid)!.fs.cwd.inode.sb.lookup(p.task.fs.cwd.inode as DirInode, 'd')!.size).toBe(40);
    expect(p.syscall(SYS.mkdir, 'd/e', 0o755)).toBe(0);
    healthy(k); // directory size = 40 + 20 * entries
  });

  it('clock_nanosleep(0, -1, {}) — a typed-door struct missing its fields — returns 0, not NaN', () => {
    const k = createKernel();
    const p = k.createProcess();
    expect(p.syscall(SYS.clock_nanosleep, 0, -1, {})).toBe(0); // {} reads as a zero timespec
    expect(p.syscall(SYS.nanosleep, { tv_sec: 'x' }, 0)).toBe(E.EFAULT); // no memory holds a string there
    expect(p.syscall(SYS.prlimit64, 0, 7, { rlim_cur: NaN, rlim_max: 5 }, 0)).toBe(E.EFAULT);
    expect(p.syscall(SYS.prlimit64, 0, 7, { rlim_cur: 1.5, rlim_max: 5 }, 0)).toBe(0); // cut to 1, as in memory
    expect(p.task.process.rlimits[7]).toEqual([1, 5]);
    healthy(k);
  });

  it('a nanosleep that would block leaves no timer behind: the clock does not jump to it', () => {
    const k = createKernel();
    const p = k.createProcess();
    const before = p.syscall(SYS.time, 0) as number;
    // The shrunk case passed the bytes of "/etc/passwd" as the timespec: a sleep of ~8e18 s.
    expect(p.syscall(SYS.nanosleep, { tv_sec: 1000, tv_nsec: 0 }, 0)).toBe('would-block');
    const q = k.createProcess();
    expect(q.syscall(SYS.time, 0)).toBe(before);
    expect(k.clock.nextDeadline()).toBe(Infinity);
    healthy(k);
  });

  it('open(fifo, O_ACCMODE) is EINVAL and leaks no reader or writer (was 3, with counts 1/1 forever)', () => {
    expect(both([
      call('mknodat', -100, 'fifo', S_IFIFO | 0o666, 0),
      call('openat', -100, 'fifo', 3, 0),
      call('openat', -100, 'fifo', 3 | O_CREAT, 0o644),
    ])).toEqual([0, E.EINVAL, E.EINVAL]);
    const k = createKernel();
    const p = k.createProcess({ cwd: '/tmp' });
    p.syscall(SYS.mknod, 'fifo', S_IFIFO | 0o666, 0);
    // The shrunk case: open("fifo", 0x1086b92a16ad67), whose low 32 bits have O_ACCMODE set.
    expect(p.syscall(SYS.open, 'fifo', 0x1086b92a16ad67)).toBe(E.EINVAL);
    healthy(k);
  });

  it('a fractional address is cut to an integer: getrandom(IMAGE_BASE + 0.5, 0x10000) returns a count', () => {
    const k = createKernel();
    const p = k.createProcess();
    const r = p.syscall(SYS.getrandom, IMAGE_BASE + 0.5, 0x10000, 0);
    expect(Number.isInteger(r)).toBe(true);
    expect(r).toBe(IMAGE_SIZE); // [IMAGE_BASE, IMAGE_BASE + 64 KiB) is mapped
    healthy(k);
  });

  it('readv(0, [null, 7], 1) through the typed door is EFAULT, not a TypeError', () => {
    const k = createKernel();
    const p = k.createProcess();
    expect(p.syscall(SYS.readv, 0, [null, 7], 1)).toBe(E.EFAULT);
    expect(p.syscall(SYS.writev, 1, [new Uint8Array(2), 'x'], 2)).toBe(E.EFAULT);
    expect(p.syscall(SYS.writev, 1, [new Uint8Array(2)], 2)).toBe(E.EFAULT); // fewer buffers than iovcnt
    healthy(k);
  });

  it('readv/writev with huge segment lengths cost what memory holds and answer as Linux does', () => {
    const k = createKernel({ initialFs: (fs) => fs.writeFile('/tmp/f', 'hello world') });
    const p = k.createProcess({ cwd: '/tmp' });
    const nul = p.syscall(SYS.open, '/dev/null', O_RDWR) as number;
    const fd = p.syscall(SYS.open, 'f', O_RDWR) as number;
    const IOV = IMAGE_BASE + 0x8000;
    const BUF = IMAGE_BASE;
    const started = performance.now();
    // Five segments of 0x7ffff000 bytes: Linux cuts the total to MAX_RW_COUNT (was EINVAL).
    iovecs(k, p.pid, IOV, new Array(5).fill([BUF, 0x7ffff000]));
    expect(p.syscall(SYS.writev, nul, IOV, 5)).toBe(IMAGE_SIZE); // what the image holds from BUF
    expect(p.syscall(SYS.readv, nul, IOV, 5)).toBe(0);
    expect(p.syscall(SYS.readv, fd, IOV, 5)).toBe(11);
    expect(p.syscall(SYS.write, nul, BUF, 0x7ffff000)).toBe(IMAGE_SIZE);
    expect(performance.now() - started).toBeLessThan(1000); // was seconds: 2 GiB kernel buffers
    // A segment beyond the user address space is EFAULT before anything moves.
    iovecs(k, p.pid, IOV, [[BUF, 5], [0x7ffffffff000, 10]]);
    expect(p.syscall(SYS.writev, nul, IOV, 2)).toBe(E.EFAULT);
    // A later segment that faults: a short write of the segments before it (was EFAULT).
    iovecs(k, p.pid, IOV, [[BUF, 5], [8, 10]]);
    expect(p.syscall(SYS.lseek, fd, 0, SEEK_SET)).toBe(0);
    expect(p.syscall(SYS.writev, fd, IOV, 2)).toBe(5);
    // The open mode is checked before the iovec; iovcnt is an unsigned int (2^32 + 1 is 1).
    const wr = p.syscall(SYS.open, 'f', O_WRONLY) as number;
    expect(p.syscall(SYS.readv, wr, 8, 1)).toBe(E.EBADF);
    expect(p.syscall(SYS.readv, fd, 8, 2 ** 32 + 1)).toBe(E.EFAULT);
    expect(p.syscall(SYS.readv, fd, 8, -1)).toBe(E.EINVAL);
    healthy(k);
  });

  it('read(/dev/urandom, buf, huge) stops at the first fault without filling 32 MiB first', () => {
    const k = createKernel();
    const p = k.createProcess();
    const fd = p.syscall(SYS.open, '/dev/urandom', O_RDONLY) as number;
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect(p.syscall(SYS.read, fd, IMAGE_BASE, 0x7fffffff)).toBe(IMAGE_SIZE);
    expect(performance.now() - started).toBeLessThan(500);
    healthy(k);
  });

  it('fcntl(0, F_DUPFD, -1) is EINVAL (arg was ulong(-1) % 2^32 = 0 in doubles: a new fd)', () => {
    expect(both([
      call('fcntl', 0, F_DUPFD, -1),
      call('fcntl', 0, F_DUPFD, 2 ** 32 + 5),
    ])).toEqual([E.EINVAL, 5]);
  });

  it('clone flags keep their low 32 bits exactly (-1 is every flag, not 0)', () => {
    const k = createKernel();
    const p = k.createProcess();
    p.task.cloneEntry = { kind: 'function', fn: () => 0, arg: null };
    // Every flag at once (exit signal 255 among them) is EINVAL, as in Linux; it was a plain fork.
    expect(p.syscall(SYS.clone, -1, 0, 0, 0, 0)).toBe(E.EINVAL);
    expect(k.pidns.processes.size).toBe(2); // init and p: no child was made
    healthy(k);
  });

  it('a 0-byte write to an O_APPEND file leaves the offset where it was (was moved to the end)', () => {
    expect(both([
      call('openat', -100, 'f', O_CREAT | O_RDWR | O_APPEND, 0o644),
      call('write', 3, 'hello', 5),
      call('lseek', 3, 1, SEEK_SET),
      call('write', 3, '', 0),
      call('lseek', 3, 0, SEEK_CUR),
    ])).toEqual([3, 5, 1, 0, 1]);
    // The model's shrunk case: close(1), open(/tmp/f0, O_WRONLY|O_APPEND), write(1, "").
  });

  it('a removed working directory stays in its superblock while a task is in it', () => {
    const k = createKernel();
    const p = k.createProcess({ cwd: '/tmp' });
    expect(p.syscall(SYS.mkdir, 'd', 0o755)).toBe(0);
    expect(p.syscall(SYS.chdir, 'd')).toBe(0);
    expect(p.syscall(SYS.rmdir, '/tmp/d')).toBe(0);
    const fd = p.syscall(SYS.open, '.', O_DIRECTORY) as number; // was an open file on a freed inode
    expect(fd).toBe(3);
    expect(p.syscall(SYS.getdents64, fd, new Uint8Array(100), 100)).toBe(E.ENOENT);
    healthy(k);
    const dead = p.task.fs.cwd.inode;
    expect(p.syscall(SYS.close, fd)).toBe(0);
    expect(p.syscall(SYS.chdir, '/')).toBe(0); // the last holder leaves: the inode goes
    expect(dead.sb.inodes.has(dead.ino)).toBe(false);
    healthy(k);
  });

  it('createProcess that fails (cwd missing, or no /dev/console) leaves no half-made process', () => {
    const k = createKernel();
    const before = k.pidns.processes.size;
    expect(() => k.createProcess({ cwd: '/no/such/dir' })).toThrow(/ENOENT/);
    const root = k.createProcess();
    expect(root.syscall(SYS.unlink, '/dev/console')).toBe(0);
    expect(() => k.createProcess()).toThrow(/console/);
    expect(k.pidns.processes.size).toBe(before + 1);
    expect(k.init.children.map((c) => c.pid)).toEqual([root.pid]);
    healthy(k);
  });

  // Found by comparing the fuzzer's edge cases with the host (errno precedence and flag rules).

  it('readlinkat(AT_FDCWD, "", buf, 10) on a directory is ENOENT (empty path), not EINVAL', () => {
    expect(both([
      call('readlinkat', -100, '', { buf: 16 }, 10),
      call('readlinkat', 99, '', { buf: 16 }, 10),
      call('readlinkat', 0, '', { buf: 16 }, 10),
      call('symlinkat', 'x', -100, 'l'),
      call('readlinkat', -100, 'l', { buf: 16 }, 16),
    ])).toEqual([E.ENOENT, E.EBADF, E.ENOENT, 0, 1]);
  });

  it('F_SETFL: FASYNC only on pipes and ttys, O_DIRECT not on devices, O_NOATIME only for the owner', () => {
    expect(both([
      call('openat', -100, '/dev/null', O_RDWR, 0), // 3
      call('fcntl', 3, 4 /* F_SETFL */, 0o40000 /* O_DIRECT */),
      call('openat', -100, '/dev/null', O_RDWR | 0o40000, 0),
      call('pipe2', { buf: 8 }, 0), // 4, 5
      call('fcntl', 4, 4, 0o20000 /* FASYNC */),
      call('fcntl', 4, 3 /* F_GETFL */, 0),
      call('openat', -100, 'f', O_CREAT | O_RDWR, 0o644), // 6
      call('fcntl', 6, 4, 0o20000),
      call('fcntl', 6, 3, 0), // FASYNC ignored: O_RDWR|O_LARGEFILE
      call('openat', -100, '/etc/passwd', O_RDONLY, 0), // 7, owned by root
      call('fcntl', 7, 4, 0o1000000 /* O_NOATIME */),
      call('mkdirat', -100, 'd', 0o755),
      call('openat', -100, 'd', O_DIRECTORY | 0o40000, 0),
    ], 1000)).toEqual([3, E.EINVAL, E.EINVAL, 0, 0, 0o20000, 6, 0, 0o100002, 7, E.EPERM, 0, E.EINVAL]);
  });

  it('waitid(P_PIDFD, fd) is EBADF (no fd is a pidfd), EINVAL for a negative fd', () => {
    expect(both([
      call('waitid', 3, 0, 0, 4, 0),
      call('waitid', 3, -1, 0, 4, 0),
    ])).toEqual([E.EBADF, E.EINVAL]);
  });

  it("waitid's si_uid is the child's uid, not the waiter's (was the waiter's)", () => {
    const k = createKernel();
    const parent = k.createProcess();
    const child = k.createProcess({ uid: 1000, parent });
    expect(child.syscall(SYS.exit_group, 3)).toBe(0);
    const info = new Uint8Array(128);
    expect(parent.syscall(SYS.waitid, 0 /* P_ALL */, 0, info, 4 /* WEXITED */, 0)).toBe(0);
    const dv = new DataView(info.buffer);
    expect([dv.getInt32(0, true), dv.getInt32(16, true), dv.getUint32(20, true), dv.getInt32(24, true)]).toEqual([17, child.pid, 1000, 3]);
    healthy(k);
  });

  it('clock_nanosleep(CLOCK_THREAD_CPUTIME_ID) is EOPNOTSUPP (the clock has no nsleep)', () => {
    expect(both([call('clock_nanosleep', 3, 0, 0, 0)])).toEqual([E.EOPNOTSUPP]);
  });

  it('pipe2(fds, O_NOTIFICATION_PIPE) is ENOPKG, as Linux built without watch queues', () => {
    // (A host with CONFIG_WATCH_QUEUE makes a notification pipe instead: not compared.)
    const k = createKernel();
    const p = k.createProcess();
    expect(p.syscall(SYS.pipe2, 0, 0x80)).toBe(E.ENOPKG);
    expect(p.syscall(SYS.pipe2, 0, 0x81)).toBe(E.EINVAL);
    healthy(k);
  });

  it('time(tloc) and prctl(PR_SET_NAME) take a typed-door buffer too (time ignored it, prctl gave EFAULT)', () => {
    const k = createKernel();
    const p = k.createProcess();
    const tloc = new Uint8Array(8);
    const now = p.syscall(SYS.time, tloc) as number;
    expect(Number(new DataView(tloc.buffer).getBigInt64(0, true))).toBe(now);
    expect(p.syscall(SYS.time, new Uint8Array(4))).toBe(E.EFAULT); // too small for a time_t
    expect(p.syscall(SYS.prctl, 15 /* PR_SET_NAME */, new Uint8Array([0x61, 0x62, 0, 0x63]))).toBe(0);
    expect(p.task.comm).toBe('ab');
    healthy(k);
  });

  it('a 256-byte last component is ENAMETOOLONG for symlink, mkdir, mknod, open O_CREAT and unlink (was created)', () => {
    const long = 'n'.repeat(256);
    expect(both([
      call('symlinkat', 'a', -100, long),
      call('mkdirat', -100, long, 0o755),
      call('mknodat', -100, long, 0o100644, 0),
      call('openat', -100, long, O_CREAT | O_RDWR, 0o644),
      call('unlinkat', -100, long, 0),
      call('unlinkat', -100, long, 0x200),
      call('mkdirat', -100, 'n'.repeat(255), 0o755),
    ])).toEqual([-36, -36, -36, -36, -36, -36, 0]);
  });

  it('open(".", O_CREAT|O_EXCL) is EEXIST, open(".", O_CREAT) EISDIR (was EISDIR for both)', () => {
    expect(both([
      call('openat', -100, '.', O_CREAT | 0o200 | O_RDWR, 0),
      call('openat', -100, '.', O_CREAT | O_RDWR, 0),
      call('openat', -100, '/', O_CREAT | 0o200 | O_RDWR, 0),
      call('mkdirat', -100, 'd', 0o755),
      call('openat', -100, 'd/', O_CREAT | 0o200 | O_RDWR, 0),
    ])).toEqual([-17, -21, -17, 0, -21]);
  });

  it('F_GETFL shows O_NOFOLLOW and O_TMPFILE\'s O_DIRECTORY, not O_NOCTTY (as do_dentry_open keeps them)', () => {
    expect(both([
      call('openat', -100, 'f', O_CREAT | O_RDWR, 0o644), // 3
      call('openat', -100, 'f', 0o400000 /* O_NOFOLLOW */, 0), // 4
      call('fcntl', 4, 3, 0),
      call('openat', -100, 'f', 0o400 /* O_NOCTTY */, 0), // 5
      call('fcntl', 5, 3, 0),
      call('openat', -100, '.', 0o20200002 /* O_TMPFILE|O_RDWR */, 0o600), // 6
      call('fcntl', 6, 3, 0),
    ])).toEqual([3, 4, 0o500000, 5, 0o100000, 6, 0o20300002]);
  });

  it('open\'s flag errors come before the path and the dirfd: O_TMPFILE without write, O_CREAT|O_DIRECTORY', () => {
    expect(both([
      call('openat', 99, 'a', 0o20200000 /* O_TMPFILE|O_RDONLY */, 0),
      call('openat', -100, '', 0o20200000, 0),
      call('openat', 99, 'a', O_CREAT | O_DIRECTORY, 0),
      call('openat', -100, '/dev/null', O_RDWR | 0o40000 /* O_DIRECT */, 0),
    ])).toEqual([E.EINVAL, E.EINVAL, E.EINVAL, E.EINVAL]);
  });

  it('a pipe read whose buffer faults part-way is EFAULT and leaves the bytes in the pipe (was: a short read of 3)', () => {
    // Host-checked in test/conformance/scenarios/mm.strace ("buffers in mapped memory").
    const k = createKernel();
    const h = k.createProcess();
    const a = h.syscall(SYS.mmap, 0, 8192, 3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0) as number;
    expect(a).toBeGreaterThan(0);
    expect(h.syscall(SYS.mprotect, a + 4096, 4096, 0)).toBe(0);
    const pb = new Uint8Array(8);
    expect(h.syscall(SYS.pipe2, pb, 0)).toBe(0);
    const fds = new Int32Array(pb.buffer);
    expect(h.syscall(SYS.write, fds[1]!, 'through a pipe', 14)).toBe(14);
    expect(h.syscall(SYS.read, fds[0]!, a + 4093, 7)).toBe(E.EFAULT);
    expect(h.syscall(SYS.read, fds[0]!, a + 4089, 7)).toBe(7);
    const got = new Uint8Array(7);
    expect(h.syscall(SYS.read, fds[0]!, got, 7)).toBe(7);
    expect(new TextDecoder().decode(got)).toBe(' a pipe');
    healthy(k);
  });
});
