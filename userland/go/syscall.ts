// userland/go/syscall.ts — the part of Go's syscall package the ports use, with Go's names and
// struct shapes (Stat_t, Utsname, Rusage, Rlimit, Timespec) and the syscalls Go 1.19 makes on
// linux/amd64: Open is openat(AT_FDCWD, …) without O_CLOEXEC, Mkdir is mkdirat, Rmdir is
// unlinkat(AT_REMOVEDIR), Lstat is newfstatat(AT_SYMLINK_NOFOLLOW), Seek/Pread/Pwrite are
// lseek/pread64/pwrite64, Getrlimit/Setrlimit are getrlimit/setrlimit. Errors are Go's Errno
// (an ErrnoError whose message is Go's text).

import { AT_FDCWD, AT_REMOVEDIR, AT_SYMLINK_NOFOLLOW } from '../../abi/fcntl';
import { SYS } from '../../abi/syscalls';
import type { Sys } from '../sys';
import { Out } from '../../mm/usercopy';
import { ErrnoError } from '../errors';
import type { Rlimit as KRlimit, Rusage as KRusage, Stat } from '../../abi/structs';

export interface Timespec { Sec: number; Nsec: number }
export interface Timeval { Sec: number; Usec: number }

/** syscall.Stat_t (its field order is what %v prints). */
export interface Stat_t {
  Dev: number; Ino: number; Nlink: number; Mode: number; Uid: number; Gid: number; X__pad0: number;
  Rdev: number; Size: number; Blksize: number; Blocks: number; Atim: Timespec; Mtim: Timespec; Ctim: Timespec;
  X__unused: [number, number, number];
}

export interface Utsname { Sysname: string; Nodename: string; Release: string; Version: string; Machine: string; Domainname: string }
export interface Rusage {
  Utime: Timeval; Stime: Timeval; Maxrss: number; Ixrss: number; Idrss: number; Isrss: number; Minflt: number;
  Majflt: number; Nswap: number; Inblock: number; Oublock: number; Msgsnd: number; Msgrcv: number;
  Nsignals: number; Nvcsw: number; Nivcsw: number;
}
export interface Rlimit { Cur: number; Max: number }

function goStat(s: Stat): Stat_t {
  return {
    Dev: s.st_dev, Ino: s.st_ino, Nlink: s.st_nlink, Mode: s.st_mode, Uid: s.st_uid, Gid: s.st_gid, X__pad0: 0,
    Rdev: s.st_rdev, Size: s.st_size, Blksize: s.st_blksize, Blocks: s.st_blocks,
    Atim: { Sec: s.st_atime, Nsec: s.st_atime_nsec }, Mtim: { Sec: s.st_mtime, Nsec: s.st_mtime_nsec },
    Ctim: { Sec: s.st_ctime, Nsec: s.st_ctime_nsec }, X__unused: [0, 0, 0],
  };
}

function goRusage(r: KRusage): Rusage {
  return {
    Utime: { Sec: r.ru_utime.tv_sec, Usec: r.ru_utime.tv_usec }, Stime: { Sec: r.ru_stime.tv_sec, Usec: r.ru_stime.tv_usec },
    Maxrss: r.ru_maxrss, Ixrss: r.ru_ixrss, Idrss: r.ru_idrss, Isrss: r.ru_isrss, Minflt: r.ru_minflt, Majflt: r.ru_majflt,
    Nswap: r.ru_nswap, Inblock: r.ru_inblock, Oublock: r.ru_oublock, Msgsnd: r.ru_msgsnd, Msgrcv: r.ru_msgrcv,
    Nsignals: r.ru_nsignals, Nvcsw: r.ru_nvcsw, Nivcsw: r.ru_nivcsw,
  };
}

/** Go's syscall package bound to one program. */
export class Syscall {
  constructor(private readonly sys: Sys) {}

  Open(path: string, mode: number, perm: number): Promise<number> {
    return this.sys.openat(AT_FDCWD, path, mode, perm);
  }
  Read(fd: number, b: Uint8Array): Promise<number> {
    return this.sys.read(fd, b);
  }
  Write(fd: number, b: Uint8Array | string): Promise<number> {
    return this.sys.write(fd, b);
  }
  Close(fd: number): Promise<number> {
    return this.sys.close(fd);
  }
  async Fstat(fd: number): Promise<Stat_t> {
    return goStat(await this.sys.fstat(fd));
  }
  async Stat(path: string): Promise<Stat_t> {
    return goStat(await this.sys.stat(path));
  }
  /** syscall.Lstat: newfstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW). */
  async Lstat(path: string): Promise<Stat_t> {
    return goStat(await this.sys.fstatat(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW));
  }
  /** syscall.Umask: umask(2), which cannot fail; answers the previous mask. */
  Umask(mask: number): Promise<number> {
    return this.sys.umask(mask);
  }
  /** syscall.Flock: flock(2) (LOCK_SH, LOCK_EX, LOCK_UN, | LOCK_NB). */
  Flock(fd: number, how: number): Promise<number> {
    return this.sys.flock(fd, how);
  }
  Seek(fd: number, offset: number, whence: number): Promise<number> {
    return this.sys.lseek(fd, offset, whence);
  }
  Pread(fd: number, b: Uint8Array, offset: number): Promise<number> {
    return this.sys.pread64(fd, b, b.length, offset);
  }
  Pwrite(fd: number, b: Uint8Array | string, offset: number): Promise<number> {
    return this.sys.pwrite64(fd, b, typeof b === 'string' ? new TextEncoder().encode(b).length : b.length, offset);
  }
  Getpid(): Promise<number> { return this.sys.getpid(); }
  Getppid(): Promise<number> { return this.sys.getppid(); }
  Getuid(): Promise<number> { return this.sys.getuid(); }
  Getgid(): Promise<number> { return this.sys.getgid(); }
  Geteuid(): Promise<number> { return this.sys.geteuid(); }
  Getegid(): Promise<number> { return this.sys.getegid(); }
  Mkdir(path: string, mode: number): Promise<number> {
    return this.sys.mkdirat(AT_FDCWD, path, mode);
  }
  Rmdir(path: string): Promise<number> {
    return this.sys.unlinkat(AT_FDCWD, path, AT_REMOVEDIR);
  }
  Unlink(path: string): Promise<number> {
    return this.sys.unlinkat(AT_FDCWD, path, 0);
  }
  Symlink(target: string, path: string): Promise<number> {
    return this.sys.symlink(target, path);
  }
  /** syscall.Readlink(path, buf): readlinkat(AT_FDCWD, path, buf, len(buf)). */
  async Readlink(path: string, buf: Uint8Array): Promise<number> {
    const n = await this.sys.syscall(SYS.readlinkat, AT_FDCWD, path, buf, buf.length);
    if (n < 0) throw ErrnoError.fromResult(n, SYS.readlinkat);
    return n;
  }
  async Uname(): Promise<Utsname> {
    const u = await this.sys.uname();
    return { Sysname: u.sysname, Nodename: u.nodename, Release: u.release, Version: u.version, Machine: u.machine, Domainname: u.domainname };
  }
  async Getrusage(who: number): Promise<Rusage> {
    return goRusage(await this.sys.getrusage(who));
  }
  async Getrlimit(resource: number): Promise<Rlimit> {
    const r = await this.sys.getrlimit(resource);
    return { Cur: r.rlim_cur, Max: r.rlim_max };
  }
  Setrlimit(resource: number, r: Rlimit): Promise<number> {
    return this.sys.setrlimit(resource, { rlim_cur: r.Cur, rlim_max: r.Max } satisfies KRlimit);
  }
  /** The chapter's ClockGettime (golang.org/x/sys/unix): a raw clock_gettime(2). */
  async ClockGettime(clockid: number): Promise<Timespec> {
    const o = new Out<{ tv_sec: number; tv_nsec: number }>();
    const r = await this.sys.syscall(SYS.clock_gettime, clockid, o);
    if (r < 0) throw ErrnoError.fromResult(r, SYS.clock_gettime);
    return { Sec: o.value!.tv_sec, Nsec: o.value!.tv_nsec };
  }
  Kill(pid: number, sig: number): Promise<number> {
    return this.sys.kill(pid, sig);
  }
  /** syscall.Setuid/Setgid (Go ≥ 1.16: for every thread; the port's programs have one). */
  Setuid(uid: number): Promise<number> { return this.raw(SYS.setuid, uid); }
  Setgid(gid: number): Promise<number> { return this.raw(SYS.setgid, gid); }
  /** syscall.Setgroups(gids): setgroups(len, list). */
  Setgroups(gids: readonly number[]): Promise<number> { return this.raw(SYS.setgroups, gids.length, [...gids]); }
  Getgroups(): Promise<number[]> { return this.sys.getgroups(); }

  private async raw(nr: number, ...a: (number | number[])[]): Promise<number> {
    const r = await this.sys.syscall(nr, ...(a as never[]));
    if (r < 0) throw ErrnoError.fromResult(r, nr);
    return r;
  }
}
