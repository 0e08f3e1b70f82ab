// userland/sys.ts — the typed syscall API, written once for both doors: `Sys` for programs
// (every call returns a promise) and `SyncSys` for embedders and tests (every call returns
// its value). Each method makes the syscall glibc or Go makes on x86-64 for it (open →
// openat, stat → newfstatat, mkdir → mkdirat, pipe → pipe2), so traces match native ones.
// Errors are thrown as ErrnoError. Strings are JS strings (UTF-8 in the kernel).

import { AT_FDCWD, AT_REMOVEDIR, AT_SYMLINK_NOFOLLOW } from '../abi/fcntl';
import type { Itimerval, Rlimit, Rusage, StackT, Stat, Statx, Sysinfo, Timespec, Timeval, Utsname } from '../abi/structs';
import type { SigInfo, UserHandler } from '../proc/signal';
import { SYS } from '../abi/syscalls';
import { sigsetFromSignals, sigsetToSignals } from '../abi/signal';
import type { Arg } from '../kernel/table';
import type { UserMemory } from '../kernel/usermem';
import { Out } from '../mm/usercopy';
import type { Door } from './door';
import { fromBinary, toBinary, utf8 } from './strings';

/** wait4's answer. */
export interface WaitStatus {
  pid: number;
  /** The wait status word (decode with abi/wait.ts: WIFEXITED, WEXITSTATUS, …). */
  status: number;
  rusage?: Rusage;
}

/**
 * A signal handler a program installs with sigaction: runs before the interrupted call
 * settles, on the thread the signal was delivered to — whose Sys it gets as `sys` (a handler
 * that may run on another thread than the one that installed it must make its calls there).
 */
export type SignalHandler = (sig: number, info: SigInfo, sys: Sys) => unknown;

/** sigaction's argument and answer: SIG_DFL (0), SIG_IGN (1), a function, or an address. */
export interface SignalAction {
  handler: number | SignalHandler;
  /** SA_* flags (SA_RESTART, SA_SIGINFO, SA_NODEFER, SA_RESETHAND, SA_ONSTACK, …). */
  flags?: number;
  /** Signals blocked while the handler runs (numbers). */
  mask?: number[];
}

/** A function run by clone(flags, fn) in the new thread or process; its result is the exit code. */
export type CloneFn = (sys: Sys, arg: unknown) => Promise<number | void> | number | void;

/** The typed syscalls, with their synchronous signatures (Sys makes each return a Promise). */
export interface SysApi {
  // files
  read(fd: number, buf: Uint8Array, count?: number): number;
  write(fd: number, data: Uint8Array | string, count?: number): number;
  pread64(fd: number, buf: Uint8Array, count: number, offset: number): number;
  pwrite64(fd: number, data: Uint8Array | string, count: number, offset: number): number;
  readv(fd: number, bufs: Uint8Array[]): number;
  writev(fd: number, bufs: (Uint8Array | string)[]): number;
  lseek(fd: number, offset: number, whence: number): number;
  open(path: string, flags: number, mode?: number): number;
  openat(dirfd: number, path: string, flags: number, mode?: number): number;
  creat(path: string, mode: number): number;
  close(fd: number): number;
  close_range(first: number, last: number, flags?: number): number;
  dup(fd: number): number;
  dup2(oldfd: number, newfd: number): number;
  dup3(oldfd: number, newfd: number, flags: number): number;
  fcntl(fd: number, cmd: number, arg?: number): number;
  flock(fd: number, operation: number): number;
  stat(path: string): Stat;
  lstat(path: string): Stat;
  fstat(fd: number): Stat;
  fstatat(dirfd: number, path: string, flags?: number): Stat;
  statx(dirfd: number, path: string, flags: number, mask: number): Statx;
  mkdir(path: string, mode: number): number;
  mkdirat(dirfd: number, path: string, mode: number): number;
  mknod(path: string, mode: number, dev?: number): number;
  rmdir(path: string): number;
  unlink(path: string): number;
  unlinkat(dirfd: number, path: string, flags: number): number;
  symlink(target: string, path: string): number;
  readlink(path: string, size?: number): string;
  getdents64(fd: number, buf: Uint8Array): number;
  getcwd(size?: number): string;
  chdir(path: string): number;
  fchdir(fd: number): number;
  umask(mask: number): number;
  pipe(): [number, number];
  pipe2(flags: number): [number, number];
  // processes
  getpid(): number;
  getppid(): number;
  gettid(): number;
  getuid(): number;
  geteuid(): number;
  getgid(): number;
  getegid(): number;
  getgroups(): number[];
  clone(flags: number, fn: CloneFn, arg?: unknown): number;
  execve(path: string, argv: readonly string[], envp: readonly string[]): never;
  exit(code: number): never;
  exit_group(code: number): never;
  wait4(pid: number, options?: number): WaitStatus;
  kill(pid: number, sig: number): number;
  tgkill(tgid: number, tid: number, sig: number): number;
  prctl(option: number, arg2?: number | string | Uint8Array): number;
  // signals
  tkill(tid: number, sig: number): number;
  sigaction(sig: number, act?: SignalAction | null): SignalAction;
  sigprocmask(how: number, set: number[] | null): number[];
  sigpending(): number[];
  sigsuspend(mask: number[]): number;
  pause(): number;
  sigtimedwait(set: number[], timeout?: Timespec | null): SigInfo;
  sigqueue(pid: number, sig: number, value: number): number;
  sigaltstack(ss: StackT | null): StackT;
  alarm(seconds: number): number;
  setitimer(which: number, value: Itimerval): Itimerval;
  getitimer(which: number): Itimerval;
  set_tid_address(addr: number): number;
  // system, time, resources
  uname(): Utsname;
  sysinfo(): Sysinfo;
  getrandom(buf: Uint8Array, flags?: number): number;
  clock_gettime(clockid: number): Timespec;
  clock_getres(clockid: number): Timespec;
  gettimeofday(): Timeval;
  nanosleep(req: Timespec): number;
  clock_nanosleep(clockid: number, flags: number, req: Timespec): number;
  getrlimit(resource: number): Rlimit;
  setrlimit(resource: number, rlim: Rlimit): number;
  prlimit64(pid: number, resource: number, rlim?: Rlimit): Rlimit;
  getrusage(who: number): Rusage;
  brk(addr: number): number;
  // memory
  mmap(addr: number, length: number, prot: number, flags: number, fd?: number, offset?: number): number;
  munmap(addr: number, length: number): number;
  mprotect(addr: number, length: number, prot: number): number;
  mremap(addr: number, oldLength: number, newLength: number, flags: number, newAddr?: number): number;
  madvise(addr: number, length: number, advice: number): number;
  msync(addr: number, length: number, flags: number): number;
  mlock(addr: number, length: number): number;
  munlock(addr: number, length: number): number;
  mlockall(flags: number): number;
  munlockall(): number;
}

type Promised<T> = { [K in keyof T]: T[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<R> : T[K] };

/** What every door's API also has: the raw syscall and the caller's identity. */
interface SysCommon<R> {
  /** Any syscall by number, with raw arguments; returns the raw result (-errno on failure). */
  syscall(nr: number, a0?: Arg, a1?: Arg, a2?: Arg, a3?: Arg, a4?: Arg, a5?: Arg): R;
  /** The program's own loads and stores through its address space (synchronous). */
  readonly mem: UserMemory;
}

/** A program's view of the kernel: every syscall returns a promise. */
export type Sys = Promised<SysApi> & SysCommon<Promise<number>>;
/** The synchronous view (embedding and tests): every syscall returns its value. */
export type SyncSys = SysApi & SysCommon<number>;

function bytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? utf8(data) : data;
}

function binaryToText(b: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]!);
  return fromBinary(s);
}

/**
 * The implementation behind Sys and SyncSys. Methods return whatever the door returns (a
 * value or a promise); the exported types say which.
 */
export class SysImpl {
  constructor(
    readonly door: Door,
    /** clone(): makes the child's Sys (the runtime knows how). */
    private readonly prepareClone: (fn: CloneFn, arg: unknown) => void = () => {
      throw new Error('clone with a function needs a program runtime');
    },
  ) {}

  syscall(nr: number, a0?: Arg, a1?: Arg, a2?: Arg, a3?: Arg, a4?: Arg, a5?: Arg): unknown {
    return this.door.raw(nr, a0, a1, a2, a3, a4, a5);
  }

  private memory: UserMemory | null = null;
  /** The program's own memory accesses (loads/stores through its address space; a fault
   *  delivers SIGSEGV/SIGBUS and stops the program). Synchronous in both doors. */
  get mem(): UserMemory {
    return (this.memory ??= this.door.memory());
  }

  // --- files ---
  read(fd: number, buf: Uint8Array, count = buf.length): unknown {
    return this.door.call(SYS.read, fd, buf, count);
  }
  write(fd: number, data: Uint8Array | string, count?: number): unknown {
    const b = bytes(data);
    return this.door.call(SYS.write, fd, b, count ?? b.length);
  }
  pread64(fd: number, buf: Uint8Array, count: number, offset: number): unknown {
    return this.door.call(SYS.pread64, fd, buf, count, offset);
  }
  pwrite64(fd: number, data: Uint8Array | string, count: number, offset: number): unknown {
    return this.door.call(SYS.pwrite64, fd, bytes(data), count, offset);
  }
  readv(fd: number, bufs: Uint8Array[]): unknown {
    return this.door.call(SYS.readv, fd, bufs, bufs.length);
  }
  writev(fd: number, bufs: (Uint8Array | string)[]): unknown {
    const bs = bufs.map(bytes);
    return this.door.call(SYS.writev, fd, bs, bs.length);
  }
  lseek(fd: number, offset: number, whence: number): unknown {
    return this.door.call(SYS.lseek, fd, offset, whence);
  }
  open(path: string, flags: number, mode = 0): unknown {
    return this.door.call(SYS.openat, AT_FDCWD, toBinary(path), flags, mode);
  }
  openat(dirfd: number, path: string, flags: number, mode = 0): unknown {
    return this.door.call(SYS.openat, dirfd, toBinary(path), flags, mode);
  }
  creat(path: string, mode: number): unknown {
    return this.door.call(SYS.creat, toBinary(path), mode);
  }
  close(fd: number): unknown {
    return this.door.call(SYS.close, fd);
  }
  close_range(first: number, last: number, flags = 0): unknown {
    return this.door.call(SYS.close_range, first, last, flags);
  }
  dup(fd: number): unknown {
    return this.door.call(SYS.dup, fd);
  }
  dup2(oldfd: number, newfd: number): unknown {
    return this.door.call(SYS.dup2, oldfd, newfd);
  }
  dup3(oldfd: number, newfd: number, flags: number): unknown {
    return this.door.call(SYS.dup3, oldfd, newfd, flags);
  }
  fcntl(fd: number, cmd: number, arg = 0): unknown {
    return this.door.call(SYS.fcntl, fd, cmd, arg);
  }
  flock(fd: number, operation: number): unknown {
    return this.door.call(SYS.flock, fd, operation);
  }
  stat(path: string): unknown {
    return this.fstatat(AT_FDCWD, path, 0);
  }
  lstat(path: string): unknown {
    return this.fstatat(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW);
  }
  fstat(fd: number): unknown {
    const o = new Out<Stat>();
    return this.door.map(this.door.call(SYS.fstat, fd, o), () => o.value);
  }
  fstatat(dirfd: number, path: string, flags = 0): unknown {
    const o = new Out<Stat>();
    return this.door.map(this.door.call(SYS.newfstatat, dirfd, toBinary(path), o, flags), () => o.value);
  }
  statx(dirfd: number, path: string, flags: number, mask: number): unknown {
    const o = new Out<Statx>();
    return this.door.map(this.door.call(SYS.statx, dirfd, toBinary(path), flags, mask, o), () => o.value);
  }
  mkdir(path: string, mode: number): unknown {
    return this.door.call(SYS.mkdirat, AT_FDCWD, toBinary(path), mode);
  }
  mkdirat(dirfd: number, path: string, mode: number): unknown {
    return this.door.call(SYS.mkdirat, dirfd, toBinary(path), mode);
  }
  mknod(path: string, mode: number, dev = 0): unknown {
    return this.door.call(SYS.mknodat, AT_FDCWD, toBinary(path), mode, dev);
  }
  rmdir(path: string): unknown {
    return this.door.call(SYS.unlinkat, AT_FDCWD, toBinary(path), AT_REMOVEDIR);
  }
  unlink(path: string): unknown {
    return this.door.call(SYS.unlinkat, AT_FDCWD, toBinary(path), 0);
  }
  unlinkat(dirfd: number, path: string, flags: number): unknown {
    return this.door.call(SYS.unlinkat, dirfd, toBinary(path), flags);
  }
  symlink(target: string, path: string): unknown {
    return this.door.call(SYS.symlinkat, toBinary(target), AT_FDCWD, toBinary(path));
  }
  readlink(path: string, size = 4096): unknown {
    const buf = new Uint8Array(size);
    return this.door.map(this.door.call(SYS.readlinkat, AT_FDCWD, toBinary(path), buf, size), (n) => binaryToText(buf, n));
  }
  getdents64(fd: number, buf: Uint8Array): unknown {
    return this.door.call(SYS.getdents64, fd, buf, buf.length);
  }
  getcwd(size = 4096): unknown {
    const buf = new Uint8Array(size);
    return this.door.map(this.door.call(SYS.getcwd, buf, size), (n) => binaryToText(buf, n - 1));
  }
  chdir(path: string): unknown {
    return this.door.call(SYS.chdir, toBinary(path));
  }
  fchdir(fd: number): unknown {
    return this.door.call(SYS.fchdir, fd);
  }
  umask(mask: number): unknown {
    return this.door.call(SYS.umask, mask);
  }
  pipe(): unknown {
    return this.pipe2(0);
  }
  pipe2(flags: number): unknown {
    const o = new Out<number[]>();
    return this.door.map(this.door.call(SYS.pipe2, o, flags), () => [o.value![0], o.value![1]]);
  }

  // --- processes ---
  getpid(): unknown {
    return this.door.call(SYS.getpid);
  }
  getppid(): unknown {
    return this.door.call(SYS.getppid);
  }
  gettid(): unknown {
    return this.door.call(SYS.gettid);
  }
  getuid(): unknown {
    return this.door.call(SYS.getuid);
  }
  geteuid(): unknown {
    return this.door.call(SYS.geteuid);
  }
  getgid(): unknown {
    return this.door.call(SYS.getgid);
  }
  getegid(): unknown {
    return this.door.call(SYS.getegid);
  }
  getgroups(): unknown {
    const o = new Out<number[]>();
    return this.door.map(this.door.call(SYS.getgroups, 65536, o), () => o.value ?? []);
  }
  clone(flags: number, fn: CloneFn, arg?: unknown): unknown {
    this.prepareClone(fn, arg);
    return this.door.call(SYS.clone, flags, 0, 0, 0, 0);
  }
  execve(path: string, argv: readonly string[], envp: readonly string[]): unknown {
    return this.door.call(SYS.execve, toBinary(path), argv.map(toBinary), envp.map(toBinary));
  }
  exit(code: number): unknown {
    return this.door.call(SYS.exit, code);
  }
  exit_group(code: number): unknown {
    return this.door.call(SYS.exit_group, code);
  }
  wait4(pid: number, options = 0): unknown {
    const st = new Out<number[]>();
    const ru = new Out<Rusage>();
    return this.door.map(this.door.call(SYS.wait4, pid, st, options, ru), (r) => ({
      pid: r, status: st.value?.[0] ?? 0, rusage: ru.value,
    }));
  }
  kill(pid: number, sig: number): unknown {
    return this.door.call(SYS.kill, pid, sig);
  }
  tgkill(tgid: number, tid: number, sig: number): unknown {
    return this.door.call(SYS.tgkill, tgid, tid, sig);
  }
  prctl(option: number, arg2: number | string | Uint8Array = 0): unknown {
    return this.door.call(SYS.prctl, option, typeof arg2 === 'string' ? toBinary(arg2) : arg2);
  }
  // --- signals ---
  tkill(tid: number, sig: number): unknown {
    return this.door.call(SYS.tkill, tid, sig);
  }
  private handlers: WeakMap<object, UserHandler> | null = null;
  private nextHandlerAddr = 0x401000;
  /** The kernel's handler object for a function (one per function: the same address each time). */
  private userHandler(fn: SignalHandler): UserHandler {
    const m = (this.handlers ??= new WeakMap());
    let h = m.get(fn);
    if (!h) {
      h = { fn, addr: this.nextHandlerAddr };
      this.nextHandlerAddr += 0x10;
      m.set(fn, h);
    }
    return h;
  }
  sigaction(sig: number, act?: SignalAction | null): unknown {
    const o = new Out<{ sa_handler: number | UserHandler; sa_flags: number; sa_mask: { sig: number[] } }>();
    const k = act ? {
      sa_handler: typeof act.handler === 'function' ? this.userHandler(act.handler) : act.handler,
      sa_flags: (act.flags ?? 0) >>> 0, sa_restorer: 0, sa_mask: sigsetFromSignals(act.mask ?? []),
    } : 0;
    // A numeric handler goes through memory as glibc passes it (the raw struct).
    const arg = k && typeof k.sa_handler === 'number' ? { ...k, sa_mask: { sig: k.sa_mask } } : k ? { ...k, sa_mask: { sig: k.sa_mask } } : 0;
    return this.door.map(this.door.call(SYS.rt_sigaction, sig, arg, o, 8), () => {
      const v = o.value!;
      const h = v.sa_handler;
      return { handler: typeof h === 'number' ? h : (h.fn as SignalHandler), flags: v.sa_flags >>> 0, mask: sigsetToSignals(v.sa_mask.sig) };
    });
  }
  sigprocmask(how: number, set: number[] | null): unknown {
    const o = new Out<{ sig: number[] }>();
    return this.door.map(this.door.call(SYS.rt_sigprocmask, how, set ? { sig: sigsetFromSignals(set) } : 0, o, 8), () => sigsetToSignals(o.value!.sig));
  }
  sigpending(): unknown {
    const o = new Out<{ sig: number[] }>();
    return this.door.map(this.door.call(SYS.rt_sigpending, o, 8), () => sigsetToSignals(o.value!.sig));
  }
  sigsuspend(mask: number[]): unknown {
    return this.door.call(SYS.rt_sigsuspend, { sig: sigsetFromSignals(mask) }, 8);
  }
  pause(): unknown {
    return this.door.call(SYS.pause);
  }
  sigtimedwait(set: number[], timeout?: Timespec | null): unknown {
    const o = new Out<SigInfo>();
    return this.door.map(this.door.call(SYS.rt_sigtimedwait, { sig: sigsetFromSignals(set) }, o, timeout ?? 0, 8), () => o.value);
  }
  sigqueue(pid: number, sig: number, value: number): unknown {
    return this.door.call(SYS.rt_sigqueueinfo, pid, sig, { code: -1 /* SI_QUEUE */, value });
  }
  sigaltstack(ss: StackT | null): unknown {
    const o = new Out<StackT>();
    return this.door.map(this.door.call(SYS.sigaltstack, ss ?? 0, o), () => o.value);
  }
  alarm(seconds: number): unknown {
    return this.door.call(SYS.alarm, seconds);
  }
  setitimer(which: number, value: Itimerval): unknown {
    const o = new Out<Itimerval>();
    return this.door.map(this.door.call(SYS.setitimer, which, value, o), () => o.value);
  }
  getitimer(which: number): unknown {
    const o = new Out<Itimerval>();
    return this.door.map(this.door.call(SYS.getitimer, which, o), () => o.value);
  }
  set_tid_address(addr: number): unknown {
    return this.door.call(SYS.set_tid_address, addr);
  }

  // --- system, time, resources ---
  uname(): unknown {
    const o = new Out<Utsname>();
    return this.door.map(this.door.call(SYS.uname, o), () => o.value);
  }
  sysinfo(): unknown {
    const o = new Out<Sysinfo>();
    return this.door.map(this.door.call(SYS.sysinfo, o), () => o.value);
  }
  getrandom(buf: Uint8Array, flags = 0): unknown {
    return this.door.call(SYS.getrandom, buf, buf.length, flags);
  }
  clock_gettime(clockid: number): unknown {
    const o = new Out<Timespec>();
    return this.door.map(this.door.call(SYS.clock_gettime, clockid, o), () => o.value);
  }
  clock_getres(clockid: number): unknown {
    const o = new Out<Timespec>();
    return this.door.map(this.door.call(SYS.clock_getres, clockid, o), () => o.value);
  }
  gettimeofday(): unknown {
    const o = new Out<Timeval>();
    return this.door.map(this.door.call(SYS.gettimeofday, o, 0), () => o.value);
  }
  nanosleep(req: Timespec): unknown {
    return this.door.call(SYS.nanosleep, req, 0);
  }
  clock_nanosleep(clockid: number, flags: number, req: Timespec): unknown {
    return this.door.call(SYS.clock_nanosleep, clockid, flags, req, 0);
  }
  getrlimit(resource: number): unknown {
    const o = new Out<Rlimit>();
    return this.door.map(this.door.call(SYS.getrlimit, resource, o), () => o.value);
  }
  setrlimit(resource: number, rlim: Rlimit): unknown {
    return this.door.call(SYS.setrlimit, resource, rlim);
  }
  prlimit64(pid: number, resource: number, rlim?: Rlimit): unknown {
    const o = new Out<Rlimit>();
    return this.door.map(this.door.call(SYS.prlimit64, pid, resource, rlim ?? 0, o), () => o.value);
  }
  getrusage(who: number): unknown {
    const o = new Out<Rusage>();
    return this.door.map(this.door.call(SYS.getrusage, who, o), () => o.value);
  }
  mmap(addr: number, length: number, prot: number, flags: number, fd = -1, offset = 0): unknown {
    return this.door.call(SYS.mmap, addr, length, prot, flags, fd, offset);
  }
  munmap(addr: number, length: number): unknown {
    return this.door.call(SYS.munmap, addr, length);
  }
  mprotect(addr: number, length: number, prot: number): unknown {
    return this.door.call(SYS.mprotect, addr, length, prot);
  }
  mremap(addr: number, oldLength: number, newLength: number, flags: number, newAddr = 0): unknown {
    return this.door.call(SYS.mremap, addr, oldLength, newLength, flags, newAddr);
  }
  madvise(addr: number, length: number, advice: number): unknown {
    return this.door.call(SYS.madvise, addr, length, advice);
  }
  msync(addr: number, length: number, flags: number): unknown {
    return this.door.call(SYS.msync, addr, length, flags);
  }
  mlock(addr: number, length: number): unknown {
    return this.door.call(SYS.mlock, addr, length);
  }
  munlock(addr: number, length: number): unknown {
    return this.door.call(SYS.munlock, addr, length);
  }
  mlockall(flags: number): unknown {
    return this.door.call(SYS.mlockall, flags);
  }
  munlockall(): unknown {
    return this.door.call(SYS.munlockall);
  }
  brk(addr: number): unknown {
    return this.door.call(SYS.brk, addr);
  }
}
