// test/vfs/procfs.test.ts — procfs (vfs/fs/procfs*.ts). The conformance executor cannot show
// /proc to its workers (they run pivot_root'ed into a scratch tmpfs, and mounting proc is on
// its deny-list), so this is where procfs meets Linux: formats are compared with the host's
// own /proc when the host runs Linux 6.18 (field names and order of status, the limits table,
// fdinfo keys, stat's field count, meminfo keys, listing order, modes), and values are
// checked against the kernel's state (credentials, limits, fds, mounts, clock) everywhere.

import { existsSync, opendirSync, readFileSync, lstatSync, openSync, closeSync, type Dirent } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLONE_FILES, CLONE_FS, CLONE_SIGHAND, CLONE_THREAD, CLONE_VM } from '../../abi/sched';
import { SYS } from '../../abi/syscalls';
import type { Sys } from '../../userland/sys';
import { checkInvariants } from '../../kernel/invariants';
import { createSystem } from '../../index';
import type { SyncSys } from '../../userland/sys';

const HOST = existsSync('/proc/version') && /^Linux version 6\.18/.test(readFileSync('/proc/version', 'latin1'));
const onHost = HOST ? it : it.skip;

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_DIRECTORY = 0o200000;
const O_CLOEXEC = 0o2000000;

function cat(sys: SyncSys, path: string): string {
  const fd = sys.open(path, O_RDONLY);
  const buf = new Uint8Array(4096);
  let out = '';
  for (;;) {
    const n = sys.read(fd, buf);
    if (n <= 0) break;
    for (let i = 0; i < n; i++) out += String.fromCharCode(buf[i]!);
  }
  sys.close(fd);
  return out;
}

interface Ent { name: string; type: number; ino: number; off: number }

function ls(sys: SyncSys, path: string, bufSize = 4096): Ent[] {
  const fd = sys.open(path, O_RDONLY | O_DIRECTORY);
  const buf = new Uint8Array(bufSize);
  const out: Ent[] = [];
  for (;;) {
    const n = sys.getdents64(fd, buf);
    if (n <= 0) break;
    const dv = new DataView(buf.buffer);
    for (let o = 0; o < n;) {
      const reclen = dv.getUint16(o + 16, true);
      let e = o + 19;
      while (buf[e] !== 0) e++;
      out.push({
        name: String.fromCharCode(...buf.subarray(o + 19, e)), type: buf[o + 18]!,
        ino: Number(dv.getBigUint64(o, true)), off: Number(dv.getBigInt64(o + 8, true)),
      });
      o += reclen;
    }
  }
  sys.close(fd);
  return out;
}

/** The host's directory in getdents order (readdirSync sorts; a Dir reads as the kernel lists). */
function hostList(path: string): Dirent[] {
  const d = opendirSync(path);
  const out: Dirent[] = [];
  for (let e = d.readSync(); e !== null; e = d.readSync()) out.push(e);
  d.closeSync();
  return out;
}

const keys = (text: string): string[] => text.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(':')));
/** Is `sub` a subsequence of `all` (same relative order)? */
function inOrder(sub: readonly string[], all: readonly string[]): boolean {
  let i = 0;
  for (const x of all) if (x === sub[i]) i++;
  return i === sub.length;
}

function boot() {
  const system = createSystem({ seed: 1 });
  const user = system.process({ uid: 1000, cwd: '/home/user' });
  const root = system.process({ uid: 0 });
  return { system, kernel: system.kernel, user, root };
}

describe('procfs: formats as the host prints them', () => {
  onHost('status has the host\'s fields, in its order', () => {
    const { user } = boot();
    const ours = keys(cat(user.sys, '/proc/self/status'));
    const host = keys(readFileSync('/proc/self/status', 'latin1'));
    // Fields that depend on the CPU (CET) are left out on machines without them.
    expect(ours).toEqual(host.filter((k) => !k.startsWith('x86_Thread_features')));
  });

  onHost('the limits table: header, names, units and columns', () => {
    const { user, kernel } = boot();
    const ours = cat(user.sys, '/proc/self/limits').split('\n');
    const host = readFileSync('/proc/self/limits', 'latin1').split('\n');
    expect(ours.length).toBe(host.length);
    expect(ours[0]).toBe(host[0]);
    for (let i = 1; i < host.length - 1; i++) {
      expect(ours[i]!.slice(0, 26)).toBe(host[i]!.slice(0, 26)); // "%-25s "
      expect(ours[i]!.slice(68)).toBe(host[i]!.slice(68)); // units, "%-10s" (none for nice/rtprio)
      expect(ours[i]!.length).toBe(host[i]!.length);
    }
    // …and the values are the process's limits.
    const p = kernel.pidns.processes.get(2)!;
    expect(ours[8]).toContain(`${p.rlimits[7]![0]}`.padEnd(20) + ' ' + `${p.rlimits[7]![1]}`.padEnd(20));
    expect(ours[4]).toMatch(/^Max stack size +8388608 +unlimited +bytes {5}$/);
  });

  onHost('fdinfo has pos, flags (octal), mnt_id and ino', () => {
    const { user } = boot();
    const fd = user.sys.open('f', O_RDWR | O_CREAT | O_CLOEXEC, 0o644);
    user.sys.write(fd, 'abc');
    const ours = cat(user.sys, `/proc/self/fdinfo/${fd}`);
    const hfd = openSync('/proc/self/status', 'r');
    const host = readFileSync(`/proc/self/fdinfo/${hfd}`, 'latin1');
    closeSync(hfd);
    expect(keys(ours)).toEqual(keys(host).slice(0, 4));
    const f = user.handle.task.files.get(fd)!;
    expect(ours).toBe(`pos:\t3\nflags:\t0${(0o2100002).toString(8)}\nmnt_id:\t${f.mnt.id}\nino:\t${f.inode.ino}\n`);
  });

  onHost('stat has 52 fields; statm 7', () => {
    const { user } = boot();
    const ours = cat(user.sys, '/proc/self/stat').trim().split(' ');
    const host = readFileSync('/proc/self/stat', 'latin1').trim().replace(/\(.*\)/, '(x)').split(' ');
    expect(ours.length).toBe(host.length);
    expect(cat(user.sys, '/proc/self/statm').trim().split(' ').length).toBe(readFileSync('/proc/self/statm', 'latin1').trim().split(' ').length);
  });

  onHost('meminfo has the host\'s fields in its order, with the same column layout', () => {
    const { user } = boot();
    const ours = cat(user.sys, '/proc/meminfo');
    // DirectMap1G is printed only on CPUs with 1 GiB pages (gbpages); our virtual CPU has none.
    const host = readFileSync('/proc/meminfo', 'latin1').split('\n').filter((l) => !l.startsWith('DirectMap1G:')).join('\n');
    expect(keys(ours)).toEqual(keys(host));
    // Where each number ends (column 24 unless it is wider than 8 digits) and what follows it.
    const layout = (t: string): string[] => t.split('\n').map((l) => {
      const m = /^(\S+:) *(\d+)(.*)$/.exec(l);
      return m ? `${m[1]} ends at ${m[2]!.length > 8 ? 'wide' : m.index + m[0].length - m[3]!.length}${m[3]}` : l;
    });
    expect(layout(ours)).toEqual(layout(host));
  });

  onHost('uptime, loadavg, version, filesystems and the uts strings have the host\'s shapes', () => {
    const { user } = boot();
    expect(cat(user.sys, '/proc/uptime')).toMatch(/^\d+\.\d\d \d+\.\d\d\n$/);
    expect(readFileSync('/proc/uptime', 'latin1')).toMatch(/^\d+\.\d\d \d+\.\d\d\n$/);
    const la = /^\d+\.\d\d \d+\.\d\d \d+\.\d\d \d+\/\d+ \d+\n$/;
    expect(readFileSync('/proc/loadavg', 'latin1')).toMatch(la);
    expect(cat(user.sys, '/proc/loadavg')).toMatch(la);
    expect(cat(user.sys, '/proc/version')).toMatch(/^Linux version \S+ \(\S+@\S+\) \(.*\) #1 .*\n$/);
    const hostFs = readFileSync('/proc/filesystems', 'latin1').split('\n');
    for (const l of cat(user.sys, '/proc/filesystems').split('\n').filter(Boolean)) expect(hostFs).toContain(l);
    expect(cat(user.sys, '/proc/sys/kernel/ostype')).toBe(readFileSync('/proc/sys/kernel/ostype', 'latin1'));
  });

  onHost('listings: /proc, /proc/self and /proc/sys/kernel in the host\'s order, with its d_types and modes', () => {
    const { user } = boot();
    for (const dir of ['/proc/self', '/proc', '/proc/sys/kernel']) {
      const ours = ls(user.sys, dir).filter((e) => e.name !== '.' && e.name !== '..' && !/^\d+$/.test(e.name));
      const host = hostList(dir).filter((e) => !/^\d+$/.test(e.name));
      expect(inOrder(ours.map((e) => e.name), host.map((e) => e.name))).toBe(true);
      for (const e of ours) {
        const h = host.find((x) => x.name === e.name)!;
        expect([e.name, e.type]).toEqual([e.name, h.isDirectory() ? 4 : h.isSymbolicLink() ? 10 : 8]);
        const mode = lstatSync(`${dir}/${e.name}`).mode;
        expect([e.name, user.sys.lstat(`${dir}/${e.name}`).st_mode.toString(8)]).toEqual([e.name, mode.toString(8)]);
      }
    }
  });

  onHost('cpuinfo: the host\'s field names, tabs and colons', () => {
    const { user } = boot();
    const label = (l: string): string => l.slice(0, l.indexOf(':') + 1);
    const host = readFileSync('/proc/cpuinfo', 'latin1').split('\n\n')[0]!.split('\n').map(label);
    const ours = cat(user.sys, '/proc/cpuinfo').split('\n\n')[0]!.split('\n').map(label);
    // Some hypervisors hide the microcode line; ours prints it as bare-metal Linux does.
    expect(ours.filter((l) => !host.includes(l) && l !== 'microcode\t:')).toEqual([]);
    expect(ours).toContain('microcode\t:');
    expect(inOrder(ours.filter((l) => host.includes(l)), host)).toBe(true);
  });

  onHost('mounts and mountinfo lines have the host\'s fields', () => {
    const { user } = boot();
    const host = readFileSync('/proc/self/mountinfo', 'latin1').split('\n')[0]!.split(' ');
    for (const l of cat(user.sys, '/proc/self/mountinfo').split('\n').filter(Boolean)) {
      const f = l.split(' ');
      expect(f.length).toBe(host.length);
      expect(f.indexOf('-')).toBe(host.indexOf('-'));
      expect(f[2]).toMatch(/^\d+:\d+$/);
    }
    for (const l of cat(user.sys, '/proc/self/mounts').split('\n').filter(Boolean)) expect(l).toMatch(/^\S+ \S+ \S+ \S+ 0 0$/);
  });

  onHost('stat of proc files: size 0, nlink 1; fd links 64 bytes; /proc/[pid] nlink 9', () => {
    const { user } = boot();
    const fd = user.sys.open('f', O_WRONLY | O_CREAT, 0o644);
    const tid = `/proc/self/task/${user.pid}`;
    const hostTid = `/proc/self/task/${readFileSync('/proc/thread-self/stat', 'latin1').split(' ')[0]}`;
    for (const [path, host] of [['/proc/self/status', '/proc/self/status'], ['/proc/self', '/proc/self/'], ['/proc/self/fd', '/proc/self/fd'],
      [tid, hostTid], ['/proc/sys/kernel', '/proc/sys/kernel']] as const) {
      const h = lstatSync(host);
      const s = user.sys.stat(path);
      expect([path, s.st_mode.toString(8), path.endsWith('fd') ? 'n/a' : s.st_size]).toEqual([path, h.mode.toString(8), path.endsWith('fd') ? 'n/a' : h.size]);
      expect(s.st_nlink).toBe(h.nlink);
    }
    const l = user.sys.lstat(`/proc/self/fd/${fd}`);
    expect([l.st_mode.toString(8), l.st_size]).toEqual(['120300', 64]);
    expect(user.sys.lstat('/proc/mounts').st_size).toBe(lstatSync('/proc/mounts').size);
    expect(user.sys.stat('/proc/self/fd').st_size).toBe(4); // fd dirs report how many fds are open
    expect(user.sys.stat('/proc/self/task').st_nlink).toBe(3); // 2 + its threads
  });
});

describe('procfs: values from the kernel', () => {
  it('self and thread-self name the caller; status shows its credentials, umask and parent', () => {
    const { system, user } = boot();
    const p = system.process({ uid: 1000, gid: 1000, groups: [5, 7], umask: 0o027, parent: user.handle });
    expect(p.sys.readlink('/proc/self')).toBe(String(p.pid));
    expect(p.sys.readlink('/proc/thread-self')).toBe(`${p.pid}/task/${p.pid}`);
    expect(cat(p.sys, '/proc/thread-self/comm')).toBe('process\n');
    const st = cat(p.sys, '/proc/self/status');
    expect(st).toContain(`\nUmask:\t0027\nState:\tR (running)\nTgid:\t${p.pid}\nNgid:\t0\nPid:\t${p.pid}\nPPid:\t${user.pid}\n`);
    expect(st).toContain('\nUid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\nFDSize:\t64\nGroups:\t5 7 \n');
    expect(st).toContain('\nCapEff:\t0000000000000000\n');
    expect(cat(user.sys, `/proc/${p.pid}/stat`)).toMatch(new RegExp(`^${p.pid} \\(process\\) R ${user.pid} ${p.pid} ${p.pid} 0 -1 `));
    expect(ls(p.sys, '/proc/self/task').map((e) => e.name)).toEqual(['.', '..', String(p.pid)]);
  });

  it('/proc lists self, thread-self and every process with Linux positions (d_off)', () => {
    const { user } = boot();
    const ents = ls(user.sys, '/proc');
    const names = ents.map((e) => e.name);
    expect(names.slice(0, 2)).toEqual(['.', '..']);
    expect(names.slice(-5)).toEqual(['self', 'thread-self', '1', '2', '3']); // init, user, root
    const self = ents.find((e) => e.name === 'self')!;
    const pid1 = ents.find((e) => e.name === '1')!;
    expect(ents[ents.indexOf(self) - 1]!.off).toBe(256); // FIRST_PROCESS_ENTRY
    expect(self.off).toBe(257);
    expect(ents[ents.indexOf(pid1) - 1]!.off).toBe(1 + 258); // pid + TGID_OFFSET
    // A small buffer resumes where it stopped.
    expect(ls(user.sys, '/proc', 64).map((e) => e.name)).toEqual(names);
  });

  it('fd/ holds one link per open fd: paths, pipe:[ino]; readlink and open through them', () => {
    const { user } = boot();
    const fd = user.sys.open('notes', O_RDWR | O_CREAT, 0o644);
    const [r, w] = user.sys.pipe();
    const ents = ls(user.sys, '/proc/self/fd');
    expect(ents.map((e) => [e.name, e.type])).toEqual([['.', 4], ['..', 4], ...[0, 1, 2, fd, r, w, w + 1].map((n) => [String(n), 10])]);
    expect(ents.at(-1)!.off).toBe(w + 1 + 3);
    expect(user.sys.readlink('/proc/self/fd/0')).toBe('/dev/console');
    expect(user.sys.readlink(`/proc/self/fd/${fd}`)).toBe('/home/user/notes');
    const pipeIno = user.handle.task.files.get(r)!.inode.ino;
    expect(user.sys.readlink(`/proc/self/fd/${r}`)).toBe(`pipe:[${pipeIno}]`);
    expect(user.sys.readlink('/proc/self/cwd')).toBe('/home/user');
    expect(user.sys.readlink('/proc/self/root')).toBe('/');
    user.sys.mkdir('gone', 0o755);
    user.sys.chdir('gone');
    user.sys.rmdir('/home/user/gone');
    expect(user.sys.readlink('/proc/self/cwd')).toBe('/home/user/gone (deleted)');
    user.sys.chdir('/home/user');
    // Opening the link opens the file itself (a second open file description).
    const again = user.sys.open(`/proc/self/fd/${fd}`, O_WRONLY);
    user.sys.write(again, 'via proc');
    expect(cat(user.sys, 'notes')).toBe('via proc');
    expect(user.sys.stat(`/proc/self/fd/${fd}`).st_ino).toBe(user.sys.stat('notes').st_ino);
    expect(user.sys.stat('/proc/self/cwd/notes').st_size).toBe(8);
    // A pipe opened through /proc is another end of the same pipe.
    const w2 = user.sys.open(`/proc/self/fd/${w}`, O_WRONLY);
    user.sys.write(w2, 'x');
    const b = new Uint8Array(4);
    expect(user.sys.read(r, b)).toBe(1);
    expect(cat(user.sys, `/proc/self/fdinfo/${r}`)).toBe(`pos:\t0\nflags:\t00\nmnt_id:\t${user.handle.task.files.get(r)!.mnt.id}\nino:\t${pipeIno}\n`);
  });

  it('magic links jump to the object: another process\'s root, even a chroot', () => {
    const { system, root } = boot();
    system.kernel; // (the chrooted process cannot see /proc itself)
    const jailed = system.process({ uid: 1000, root: '/home/user' } as never);
    root.sys.open('/home/user/inside', O_WRONLY | O_CREAT, 0o644);
    expect(root.sys.readlink(`/proc/${jailed.pid}/root`)).toBe('/home/user');
    expect(root.sys.readlink(`/proc/${jailed.pid}/cwd`)).toBe('/home/user');
    expect(root.sys.stat(`/proc/${jailed.pid}/root/inside`).st_ino).toBe(root.sys.stat('/home/user/inside').st_ino);
    expect(root.sys.stat(`/proc/${jailed.pid}/root/..`).st_ino).toBe(root.sys.stat('/home').st_ino);
  });

  it('permissions: environ, cwd, fd/ and fdinfo/ of another user\'s process are EACCES; status is not', () => {
    const { system, user, root } = boot();
    const other = system.process({ uid: 1001 });
    expect(() => cat(other.sys, `/proc/${user.pid}/environ`)).toThrow(/permission denied/);
    expect(() => other.sys.readlink(`/proc/${user.pid}/cwd`)).toThrow(/permission denied/);
    expect(() => other.sys.stat(`/proc/${user.pid}/cwd`)).toThrow(/permission denied/);
    expect(() => ls(other.sys, `/proc/${user.pid}/fd`)).toThrow(/permission denied/);
    expect(() => ls(other.sys, `/proc/${user.pid}/fdinfo`)).toThrow(/permission denied/);
    expect(() => cat(other.sys, `/proc/${user.pid}/fdinfo/0`)).toThrow(/permission denied/);
    expect(cat(other.sys, `/proc/${user.pid}/status`)).toContain(`Pid:\t${user.pid}\n`);
    expect(other.sys.lstat(`/proc/${user.pid}/environ`).st_uid).toBe(1000);
    expect(root.sys.readlink(`/proc/${user.pid}/cwd`)).toBe('/home/user');
    expect(cat(root.sys, `/proc/${user.pid}/environ`)).toBe('');
  });

  it('names cannot be made or removed: ENOENT to create, EACCES/EPERM to remove', () => {
    const { user, root } = boot();
    expect(() => root.sys.mkdir('/proc/x', 0o755)).toThrow(/no such file/);
    expect(() => root.sys.open('/proc/x', O_WRONLY | O_CREAT, 0o644)).toThrow(/no such file/);
    expect(() => root.sys.symlink('a', '/proc/self/x')).toThrow(/no such file/);
    expect(() => root.sys.mkdir('/proc/self', 0o755)).toThrow(/file exists/);
    expect(() => root.sys.unlink('/proc/uptime')).toThrow(/operation not permitted/);
    expect(() => root.sys.rmdir(`/proc/${user.pid}`)).toThrow(/operation not permitted/);
    expect(() => user.sys.unlink('/proc/uptime')).toThrow(/permission denied/);
    expect(() => root.sys.open('/proc/self/nope', O_RDONLY)).toThrow(/no such file/);
    expect(() => root.sys.open('/proc/99999/status', O_RDONLY)).toThrow(/no such file/);
    expect(root.syscall(SYS.rename, '/proc/self/status', '/proc/self/stat')).toBe(-1); // EPERM: no ->rename
    expect(root.syscall(SYS.rename, '/proc/self/status', '/proc/self/zzz')).toBe(-2);
    expect(root.syscall(SYS.link, '/etc/passwd', '/proc/zz')).toBe(-2);
  });

  it('files read like seq files: lseek SET/CUR only, read on a directory is EISDIR; comm is writable by its process', () => {
    const { user } = boot();
    const fd = user.sys.open('/proc/uptime', O_RDONLY);
    expect(() => user.sys.lseek(fd, 0, 2)).toThrow(/invalid argument/);
    expect(() => user.sys.lseek(fd, -1, 0)).toThrow(/invalid argument/);
    expect(user.sys.lseek(fd, 2, 0)).toBe(2);
    const b = new Uint8Array(64);
    const n = user.sys.read(fd, b);
    expect(String.fromCharCode(...b.subarray(0, n))).toBe('50 1.50\n');
    expect(user.sys.lseek(fd, 0, 1)).toBe(2 + n);
    const d = user.sys.open('/proc', O_RDONLY);
    expect(() => user.sys.read(d, b)).toThrow(/is a directory/);
    const u = user.sys.open('/proc/self/status', O_RDONLY);
    expect(() => user.sys.write(u, 'x')).toThrow(/bad file descriptor/);
    const c = user.sys.open('/proc/self/comm', O_WRONLY);
    expect(user.sys.write(c, 'abcdefghijklmnopqrstuvwxyz')).toBe(26); // comm_write(): 15 bytes kept
    expect(cat(user.sys, '/proc/self/comm')).toBe('abcdefghijklmno\n');
    user.sys.write(c, 'hello\n');
    expect(cat(user.sys, '/proc/self/comm')).toBe('hello\n\n');
    const other = user.sys.open('/proc/1/comm', O_RDONLY);
    user.sys.close(other);
  });

  it('processes come and go: a zombie shows Z, a reaped one is ENOENT, an open file then ESRCH', () => {
    const { system, user } = boot();
    const child = system.process({ uid: 1000, cwd: '/tmp', parent: user.handle });
    const path = `/proc/${child.pid}`;
    const ino = user.sys.stat(`${path}/status`).st_ino;
    expect(user.sys.stat(`${path}/status`).st_ino).toBe(ino); // stable while it lives
    const held = user.sys.open(`${path}/status`, O_RDONLY);
    const dir = user.sys.open(path, O_RDONLY | O_DIRECTORY);
    child.syscall(SYS.exit_group, 3);
    const z = cat(user.sys, `${path}/status`);
    expect(z).toContain('\nState:\tZ (zombie)\n');
    expect(z).not.toContain('Umask');
    expect(z).toContain('\nFDSize:\t0\n');
    expect(cat(user.sys, `${path}/stat`)).toMatch(/ 768\n$/); // exit_code: the wait status
    expect(() => user.sys.readlink(`${path}/cwd`)).toThrow(/no such file/);
    expect(() => cat(user.sys, `${path}/mounts`)).toThrow(/invalid argument/);
    expect(ls(user.sys, `${path}/fd`).map((e) => e.name)).toEqual(['.', '..']);
    user.sys.wait4(child.pid);
    expect(() => user.sys.stat(path)).toThrow(/no such file/);
    expect(ls(user.sys, '/proc').map((e) => e.name)).not.toContain(String(child.pid));
    expect(() => user.sys.read(held, new Uint8Array(10))).toThrow(/no such process/);
    expect(() => user.sys.openat(dir, 'status', O_RDONLY)).toThrow(/no such file/);
    expect(() => user.sys.getdents64(dir, new Uint8Array(4096))).toThrow(/no such file/);
    expect(checkInvariants(system.kernel)).toEqual([]); // the gone process's open inodes are orphans
    user.sys.close(held);
    user.sys.close(dir);
    expect(checkInvariants(system.kernel)).toEqual([]);
  });

  it('mounts and mountinfo list the namespace\'s mounts as the process sees them', () => {
    const { kernel, user } = boot();
    const ids = [...kernel.mntns.mounts.values()].map((m) => m.id);
    expect(cat(user.sys, '/proc/self/mounts')).toBe(
      'tmpfs / tmpfs rw,relatime,mode=755 0 0\ndevtmpfs /dev devtmpfs rw,relatime,mode=755 0 0\nproc /proc proc rw,relatime 0 0\n');
    expect(cat(user.sys, '/proc/mounts')).toBe(cat(user.sys, '/proc/self/mounts'));
    const mi = cat(user.sys, '/proc/self/mountinfo').split('\n');
    expect(mi[0]).toMatch(new RegExp(`^${ids[0]} 1 0:\\d+ / / rw,relatime - tmpfs tmpfs rw,mode=755$`));
    expect(mi[2]).toMatch(new RegExp(`^${ids[2]} ${ids[0]} 0:\\d+ / /proc rw,relatime - proc proc rw$`));
  });

  it('openat2: /proc/self resolves for the caller; RESOLVE_NO_MAGICLINKS refuses magic links (ELOOP)', () => {
    const { user } = boot();
    const how = (resolve: number): Uint8Array => {
      const b = new Uint8Array(24);
      new DataView(b.buffer).setBigUint64(16, BigInt(resolve), true);
      return b;
    };
    const fd = user.syscall(SYS.openat2, -100, '/proc/self/comm', how(0), 24) as number;
    expect(fd).toBeGreaterThan(2);
    const b = new Uint8Array(32);
    expect(user.syscall(SYS.read, fd, b, 32)).toBe(8);
    expect(user.syscall(SYS.openat2, -100, '/proc/self/fd/0', how(0x02), 24)).toBe(-40); // ELOOP
    expect(user.syscall(SYS.openat2, -100, '/proc/self/status', how(0x02), 24)).toBeGreaterThan(2); // self is not magic
  });

  it('mount(2) of proc and tmpfs: /proc/self/mounts shows sources, flags and tmpfs options as Linux does', () => {
    const { root } = boot();
    root.sys.mkdir('/mnt/t', 0o755);
    root.sys.mkdir('/mnt/p', 0o755);
    const MS_NOSUID = 2;
    const MS_NODEV = 4;
    const MS_NOEXEC = 8;
    expect(root.syscall(SYS.mount, 't2', '/mnt/t', 'tmpfs', MS_NOSUID | MS_NODEV, 'size=1m,mode=700')).toBe(0);
    expect(root.syscall(SYS.mount, 'proc', '/mnt/p', 'proc', MS_NOSUID | MS_NODEV | MS_NOEXEC, 0)).toBe(0);
    const lines = cat(root.sys, '/proc/self/mounts').split('\n');
    expect(lines.slice(3, 5)).toEqual([
      't2 /mnt/t tmpfs rw,nosuid,nodev,relatime,size=1024k,mode=700 0 0',
      'proc /mnt/p proc rw,nosuid,nodev,noexec,relatime 0 0',
    ]);
    expect(cat(root.sys, '/proc/self/mountinfo').split('\n')[3]).toMatch(/^\d+ \d+ 0:\d+ \/ \/mnt\/t rw,nosuid,nodev,relatime - tmpfs t2 rw,size=1024k,mode=700$/);
    expect(root.sys.readlink('/mnt/p/self')).toBe(String(root.pid));
    expect(cat(root.sys, '/mnt/p/self/comm')).toBe('process\n');
  });

  it('meminfo, uptime and loadavg come from the frame pool, the virtual clock and the task table', () => {
    const { kernel, user } = boot();
    const mem = cat(user.sys, '/proc/meminfo');
    expect(mem).toMatch(/^MemTotal: +2097152 kB\n/);
    expect(mem).toContain(`\nShmem:${String(kernel.vfs.frames.inUse * 4).padStart(18)} kB\n`);
    kernel.clock.advance(2_345_678_901);
    expect(cat(user.sys, '/proc/uptime').split(' ')[0]).toBe(String(Math.floor(kernel.clock.monoNs / 1e7) / 100).replace(/(\.\d)$/, '$10'));
    expect(cat(user.sys, '/proc/loadavg')).toBe(`0.00 0.00 0.00 2/3 3\n`);
  });

  it('/proc/sys/kernel/hostname: root changes the UTS nodename; others may not write it', () => {
    const { user, root } = boot();
    expect(cat(user.sys, '/proc/sys/kernel/hostname')).toBe('linuxsim\n');
    expect(() => user.sys.open('/proc/sys/kernel/hostname', O_WRONLY)).toThrow(/permission denied/);
    const fd = root.sys.open('/proc/sys/kernel/hostname', O_WRONLY);
    root.sys.write(fd, 'box\n');
    expect(root.sys.uname().nodename).toBe('box');
    expect(cat(user.sys, '/proc/sys/kernel/hostname')).toBe('box\n');
    expect(cat(user.sys, '/proc/sys/kernel/osrelease')).toBe(user.sys.uname().release + '\n');
  });

  it('paths through /proc are never cached; the invariants hold', () => {
    const { system, user } = boot();
    for (let i = 0; i < 3; i++) cat(user.sys, '/proc/self/status');
    const child = system.process({ uid: 1000, parent: user.handle });
    expect(user.sys.readlink(`/proc/${child.pid}/cwd`)).toBe('/home/user');
    child.syscall(SYS.exit_group, 0);
    user.sys.wait4(child.pid);
    expect(() => user.sys.readlink(`/proc/${child.pid}/cwd`)).toThrow(/no such file/);
    ls(user.sys, '/proc');
    expect(checkInvariants(system.kernel)).toEqual([]);
  });

  it('a program sees its own cmdline, environ, exe and threads (task/, thread-self, /proc/[tid])', async () => {
    const readAll = async (sys: Sys, path: string): Promise<string> => {
      const fd = await sys.open(path, O_RDONLY);
      const buf = new Uint8Array(4096);
      const n = await sys.read(fd, buf);
      await sys.close(fd);
      return String.fromCharCode(...buf.subarray(0, n));
    };
    const system = createSystem({
      programs: {
        who: async (sys) => {
          const lines: string[] = [];
          lines.push(JSON.stringify(await readAll(sys, '/proc/self/cmdline')));
          lines.push(JSON.stringify(await readAll(sys, '/proc/self/environ')));
          lines.push(await sys.readlink('/proc/self/exe'));
          lines.push(String((await sys.stat('/proc/self/exe')).st_ino === (await sys.stat('/usr/bin/who')).st_ino));
          const [r, w] = await sys.pipe();
          const flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD;
          await sys.clone(flags, async (t) => {
            const me = await t.gettid();
            const self = await t.readlink('/proc/thread-self');
            const status = await readAll(t, `/proc/${me}/status`);
            const pidLine = status.split('\n').find((l) => l.startsWith('Pid:'));
            await t.write(w, `${self} ${pidLine} ${(await readAll(t, '/proc/self/status')).includes('Threads:\t2\n')}`);
            return 0;
          });
          const buf = new Uint8Array(256);
          const n = await sys.read(r, buf);
          lines.push(String.fromCharCode(...buf.subarray(0, n)));
          await sys.write(1, lines.join('\n') + '\n');
          return 0;
        },
      },
      installed: { '/usr/bin/who': 'who' },
    });
    const h = system.spawn('/usr/bin/who', ['who', '-x'], { uid: 1000, env: ['A=1', 'B=two'] } as never);
    await system.run();
    expect(await h.exited()).toBe(0);
    const out = system.output().split('\n');
    expect(out.slice(0, 4)).toEqual(['"who\\u0000-x\\u0000"', '"A=1\\u0000B=two\\u0000"', '/usr/bin/who', 'true']);
    expect(out[4]).toMatch(/^(\d+)\/task\/(\d+) Pid:\t\2 true$/);
  });

  it('a crawl of the whole tree (every name: lstat, readlink, stat, open, read, getdents) causes no oops', () => {
    const { system, kernel, user, root } = boot();
    const child = system.process({ uid: 1000, parent: user.handle });
    user.sys.pipe();
    let visited = 0;
    const crawl = (p: ReturnType<typeof boot>['user'], dir: string, depth: number): void => {
      let ents: Ent[];
      try { ents = ls(p.sys, dir); } catch { return; }
      for (const e of ents) {
        if (e.name === '.' || e.name === '..') continue;
        const path = `${dir}/${e.name}`;
        visited++;
        p.syscall(SYS.readlink, path, new Uint8Array(256), 256);
        p.syscall(SYS.newfstatat, -100, path, new Uint8Array(144), 0);
        const fd = p.syscall(SYS.openat, -100, path, O_RDONLY, 0);
        if (typeof fd === 'number' && fd >= 0) {
          p.syscall(SYS.read, fd, new Uint8Array(8192), 8192);
          p.syscall(SYS.getdents64, fd, new Uint8Array(8192), 8192);
          p.syscall(SYS.close, fd);
        }
        if (e.type === 4 && depth < 4 && !/\/(root|cwd)$/.test(path)) crawl(p, path, depth + 1);
      }
    };
    crawl(user, '/proc', 0);
    child.syscall(SYS.exit_group, 0);
    crawl(root, '/proc', 0);
    user.sys.wait4(child.pid);
    crawl(user, '/proc', 0);
    expect(visited).toBeGreaterThan(300);
    expect(kernel.oopses).toEqual([]);
    expect(checkInvariants(kernel)).toEqual([]);
  });
});
