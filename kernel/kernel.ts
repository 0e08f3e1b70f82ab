// kernel/kernel.ts — one booted machine: createKernel(options) builds the VFS and its root
// filesystem, the virtual clock, the seeded generator, the pid namespace with init (pid 1),
// the dispatch table, the scheduler and the tracer. Everything hangs off this object (no
// module-level state), so several kernels can live side by side in one test.
// The embedding API is here too: createProcess() gives a process to drive synchronously
// through the raw door (ProcessHandle.syscall), and to start programs in (execve + run()).

import { RLIMIT_NOFILE } from '../abi/resource';
import { SIGCHLD } from '../abi/signal';
import { ADDR_NO_RANDOMIZE } from '../abi/misc';
import { RLIMIT_STACK } from '../abi/resource';
import { MemoryMap, type MemFault } from '../mm/mm';
import { PtContext } from '../mm/pagetable';
import type { TmpfsMapping } from '../vfs/fs/tmpfs';
import { forceSignal } from '../proc/signal';
import { UserMemory } from './usermem';
import { Cred } from '../proc/cred';
import { exitGroup, type ExitHost } from '../proc/exit';
import { FdTable } from '../proc/fdtable';
import { defaultRlimits, PidNamespace, Process } from '../proc/process';
import { SigHand, type SigInfo } from '../proc/signal';
import { Task, type UtsNamespace } from '../proc/task';
import { buildRootFs, DEFAULT_ACCOUNTS, kernelCtx, mkdirs, mkdirsRef, writeFile, type Account } from '../vfs/boot';
import { BLOCK, type FsContext, type Timestamp } from '../vfs/ctx';
import type { OpenFile } from '../vfs/file';
import { newFsContext } from '../vfs/fs_struct';
import type { MountNamespace, PathRef } from '../vfs/mount';
import { LOOKUP_DIRECTORY, LOOKUP_FOLLOW, pathLookup } from '../vfs/path_walk';
import { openPath } from '../vfs/namei';
import { O_LARGEFILE, O_RDWR } from '../abi/fcntl';
import { Vfs } from '../vfs/vfs';
import { VirtualClock } from './clock';
import { retry as retrySyscall, syscall as enterSyscall, type SyscallResult } from './dispatch';
import type { Runtime, TaskEntry } from './program';
import { FIFO, Scheduler, type IdleReason, type SchedPolicy } from './sched';
import { deliverSignals } from './signals';
import { Prng } from './random';
import { FAMILIES } from './syscalls/index';
import { buildTable, type Arg, type CompatRow, type Table } from './table';
import { Tracer } from './trace';
import { processView } from './procview';
import { SYS } from '../abi/syscalls';
import { executableImage } from '../proc/exec';
import { MACHINE_RAM_BYTES } from './version';

export interface KernelOptions {
  /** Seeds every random byte (/dev/urandom, getrandom, scheduling with a random policy). */
  seed?: number;
  /** CLOCK_REALTIME at boot, in seconds since the epoch (default 2026-01-01T00:00:00Z). */
  bootTime?: number;
  /** CLOCK_MONOTONIC when the kernel is created, in ns: the time booting took (default 1.5 s). */
  uptime?: number;
  /** The initial UTS namespace's hostname (default "linuxsim"). */
  hostname?: string;
  /** The users of /etc/passwd (default root, user (1000), nobody). */
  accounts?: readonly Account[];
  /** Called once the root filesystem exists, to add files: `ctx` creates as root, no trace. */
  initialFs?: (fs: InitialFs) => void;
  /** The program runtime (userland/): starts programs and thread functions in tasks. */
  runtime?: Runtime;
  /** The scheduler's "next task" policy (default FIFO). */
  policy?: SchedPolicy;
  /** Does init reap its children at once (default true)? false leaves them zombies, as a
   * pid 1 that never waits would (the conformance harness's scenario root). */
  initReaps?: boolean;
  /**
   * The modelled machine's RAM in bytes (default MACHINE_RAM_BYTES, 2 GiB): sysinfo's totalram,
   * and a tmpfs mounted without size=/nr_inodes= gets half of it in pages (statfs shows it).
   */
  ramBytes?: number;
}

/** What options.initialFs may do: create files and directories before anything runs. */
export interface InitialFs {
  writeFile(path: string, content: Uint8Array | string, mode?: number, uid?: number, gid?: number): void;
  mkdir(path: string, mode?: number, uid?: number, gid?: number): void;
  /** Installs registered program `name` as an executable at `path` (mode 0755, owner root or uid/gid). */
  installProgram(path: string, name: string, uid?: number, gid?: number): void;
  /** Mounts a fresh tmpfs (its root directory with `mode`, owned by root) on the directory `path`;
   *  `size`: its size= option in bytes (ENOSPC beyond; default unlimited). */
  mountTmpfs(path: string, mode?: number, size?: number): void;
}

/** Options of createProcess: who the process is and where it starts. */
export interface ProcessOptions {
  uid?: number;
  gid?: number;
  /** Supplementary groups (default: the account's, from options.accounts). */
  groups?: readonly number[];
  /** Working directory (default: the account's home, or /; with `root`: the new root). */
  cwd?: string;
  /** A chroot: the directory (an absolute path) the process sees as "/". */
  root?: string;
  /** What fds 0, 1 and 2 are: the console (default) or /dev/null. */
  stdio?: 'console' | 'null';
  umask?: number;
  /** The parent (default init). */
  parent?: ProcessHandle;
}

/** The return of ProcessHandle.syscall for a call that would sleep (no scheduler drives it). */
export const WOULD_BLOCK = 'would-block' as const;

export const DEFAULT_BOOT_TIME = 1767225600; // 2026-01-01T00:00:00Z
/** How long the modelled machine took to boot before the first process (CLOCK_MONOTONIC then). */
export const DEFAULT_UPTIME_NS = 1_500_000_000;

export interface OopsRecord {
  readonly pid: number;
  readonly tid: number;
  readonly nr: number;
  readonly name: string;
  readonly error: unknown;
}

export class Kernel implements ExitHost {
  readonly clock: VirtualClock;
  readonly random: Prng;
  readonly vfs: Vfs;
  readonly trace = new Tracer();
  readonly sched: Scheduler;
  readonly pidns = new PidNamespace();
  readonly mntns: MountNamespace;
  readonly uts: UtsNamespace;
  readonly table: Table;
  readonly compat: readonly CompatRow[];
  readonly accounts: readonly Account[];
  /** pid 1: reaps orphans, never runs a program, cannot be killed. */
  readonly init: Process;
  readonly reaper: Process;
  readonly initReaps: boolean;
  /** The modelled machine's RAM in bytes (KernelOptions.ramBytes). */
  readonly ramBytes: number;
  /** Kernel bugs caught at the syscall boundary (a healthy kernel keeps this empty). */
  readonly oopses: OopsRecord[] = [];
  /** Programs killed for breaking the runtime's rules (userland/runtime.ts), not kernel bugs. */
  readonly programFaults: OopsRecord[] = [];
  /** Nesting of handler calls (the scheduler never runs inside one). */
  depth = 0;
  runtime: Runtime | null;
  /** Page tables' shared state (the frame pool is the VFS's: one per kernel). */
  readonly mmCtx: PtContext;
  /** ASLR's own generator (seeded from the kernel seed; apart from `random` so that address
   *  space layouts do not shift the bytes /dev/urandom gives). */
  readonly aslr: Prng;
  /** The mm view of each mapped open file (vm_file). */
  readonly fileMappings = new WeakMap<OpenFile, TmpfsMapping>();
  private readonly exitWaiters = new Map<number, ((status: number) => void)[]>();
  private readonly exitStatus = new Map<number, number>();

  constructor(opts: KernelOptions = {}) {
    this.random = new Prng(opts.seed ?? 1);
    this.clock = new VirtualClock(opts.bootTime ?? DEFAULT_BOOT_TIME);
    this.clock.monoNs = opts.uptime ?? DEFAULT_UPTIME_NS;
    this.vfs = new Vfs({ random: (b) => this.random.fill(b), now: () => this.clock.realtimeCoarse() });
    this.mmCtx = new PtContext(this.vfs.frames);
    this.aslr = new Prng(((opts.seed ?? 1) ^ 0x41534c52) >>> 0);
    this.accounts = opts.accounts ?? DEFAULT_ACCOUNTS;
    this.mntns = buildRootFs(this.vfs, { hostname: opts.hostname ?? 'linuxsim', accounts: this.accounts, procView: processView(this) });
    this.uts = { nodename: opts.hostname ?? 'linuxsim', domainname: '(none)' };
    const built = buildTable(FAMILIES);
    this.table = built.table;
    this.compat = built.rows;
    this.sched = new Scheduler(this, opts.policy ?? FIFO);
    this.runtime = opts.runtime ?? null;

    // init: pid 1, root, in /, with no open files. It never runs; orphans are reaped at once.
    const root = this.rootRef();
    const pid = this.pidns.allocPid()!;
    this.init = new Process(pid, null, {
      pgid: pid, sid: pid, sighand: new SigHand(), rlimits: defaultRlimits(), exitSignal: 0, startNs: 0,
    });
    this.init.unkillable = true;
    this.reaper = this.init;
    this.initReaps = opts.initReaps ?? true;
    this.ramBytes = opts.ramBytes ?? MACHINE_RAM_BYTES;
    const initTask = new Task(this, pid, this.init, Cred.of(0, 0), newFsContext(root, root, 0o022),
      new FdTable(), this.newMm(this.init), this.mntns, this.uts);
    initTask.comm = 'init';
    initTask.state = 'blocked';
    this.init.threads.push(initTask);
    this.init.exe = '/sbin/init';
    this.init.argv = ['/sbin/init'];
    this.pidns.processes.set(pid, this.init);
    this.pidns.tasks.set(pid, initTask);

    if (opts.initialFs) {
      const ctx = kernelCtx(this.vfs, this.mntns);
      opts.initialFs({
        writeFile: (path, content, mode, uid, gid) => void writeFile(ctx, path, content, mode, uid, gid),
        mkdir: (path, mode, uid, gid) => void mkdirs(ctx, path, mode, uid, gid),
        installProgram: (path, name, uid, gid) => void writeFile(ctx, path, executableImage(name), 0o755, uid, gid),
        mountTmpfs: (path, mode = 0o1777, size) => {
          const sb = this.vfs.newSuperblock('tmpfs', mode);
          if (size !== undefined) sb.sizeLimit = size;
          this.mntns.mount(sb, mkdirsRef(ctx, path));
        },
      });
    }
  }

  private rootRef(): PathRef {
    return { mnt: this.mntns.root, inode: this.mntns.root.root };
  }

  // ------------------------------------------------------------------------------------------
  // The syscall doors

  /** The synchronous core: one syscall by task `t` (any arguments; missing ones are 0). */
  syscall(t: Task, nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): SyscallResult {
    return enterSyscall(this, t, nr, a0, a1, a2, a3, a4, a5);
  }

  /** Runs a woken task's sleeping call again (the scheduler's half of blocking). */
  retry(t: Task): SyscallResult {
    return retrySyscall(this, t);
  }

  deliverSignals(t: Task): void {
    deliverSignals(this, t);
  }

  /** Starts the program or thread function recorded in `t.entry` (called by the scheduler). */
  startTask(t: Task): void {
    const entry = t.entry as TaskEntry | null;
    t.entry = null;
    const rt = this.runtime;
    if (!entry || !rt) {
      exitGroup(this, t, 0x7f00); // nothing to run: exit status 127
      return;
    }
    void Promise.resolve().then(() => rt.start(this, t, entry));
  }

  /** Runs the scheduler until nothing can run and no host input may come. */
  run(): Promise<IdleReason> {
    return this.sched.whenIdle();
  }

  // ------------------------------------------------------------------------------------------
  // TaskHost / ExitHost

  wake(t: Task): void {
    this.sched.enqueue(t);
  }

  get tracing(): boolean {
    return this.trace.active;
  }

  /** The time inode timestamps get: CLOCK_REALTIME_COARSE, as Linux's current_time(). */
  realtime(): Timestamp {
    return this.clock.realtimeCoarse();
  }

  retire(t: Task): void {
    this.sched.retire(t);
  }

  onSignal(t: Task, info: SigInfo): void {
    if (this.trace.active) this.trace.emit('signal', { pid: t.tgid, tid: t.tid, info, timeNs: this.clock.monoNs });
  }

  onTaskExit(t: Task, status: number): void {
    if (this.trace.active) this.trace.emit('exit', { pid: t.tgid, tid: t.tid, status, timeNs: this.clock.monoNs });
  }

  onProcessExit(p: Process): void {
    this.exitStatus.set(p.pid, p.exitStatus);
    const ws = this.exitWaiters.get(p.pid);
    if (ws) {
      this.exitWaiters.delete(p.pid);
      for (const w of ws) w(p.exitStatus);
    }
  }

  emitEnter(t: Task): void {
    this.trace.emit('syscall:enter', {
      pid: t.tgid, tid: t.tid, nr: t.scNr, args: t.scArgs.slice(), timeNs: t.enterNs, mm: t.mm, task: t,
    });
  }

  emitExit(t: Task, ret: number | undefined): void {
    const now = this.clock.monoNs;
    this.trace.emit('syscall:exit', {
      pid: t.tgid, tid: t.tid, nr: t.scNr, args: t.scArgs.slice(), timeNs: now, mm: t.mm, task: t, ret,
      durationNs: now - t.enterNs,
    });
  }

  // ------------------------------------------------------------------------------------------
  // Processes

  /** Every task that has not exited (init excluded). */
  liveTasks(): Task[] {
    const out: Task[] = [];
    for (const t of this.pidns.tasks.values()) if (t.state !== 'dead' && t.process !== this.init) out.push(t);
    return out;
  }

  /** The exit status of process `pid` once it has exited (its wait status). */
  waitExit(pid: number): Promise<number> {
    const done = this.exitStatus.get(pid);
    if (done !== undefined) return Promise.resolve(done);
    return new Promise((resolve) => {
      const ws = this.exitWaiters.get(pid) ?? [];
      ws.push(resolve);
      this.exitWaiters.set(pid, ws);
    });
  }

  /** A fresh address space for a process (boot, execve): its layout randomised unless the
   *  process's personality has ADDR_NO_RANDOMIZE. */
  newMm(p: Process): MemoryMap {
    const stack = p.rlimits[RLIMIT_STACK]![0];
    return new MemoryMap(this.mmCtx, {
      random: p.personality & ADDR_NO_RANDOMIZE ? null : this.aslr,
      stackLimit: stack >= 2 ** 63 ? Infinity : stack,
    });
  }

  /**
   * A program's own access faulted (force_sig_fault): the signal is sent unblockable and, if
   * it was ignored, with its default action; then it is delivered. Returns true when the task
   * died of it (the usual outcome: handlers are the signals issue).
   */
  userFault(t: Task, fault: MemFault): boolean {
    forceSignal(t, { signo: fault.signo, code: fault.code, addr: fault.addr });
    const wasCurrent = this.sched.current === t;
    deliverSignals(this, t);
    if (t.state === 'dead' && wasCurrent) this.sched.abandon(t);
    return t.state === 'dead';
  }

  /**
   * A new process (a child of init, or of `opts.parent`) with fds 0, 1 and 2 open on the
   * console, as a given user in a given directory. Drive it with .syscall() (synchronously,
   * no scheduler) or start a program in it with .execve() and run the kernel.
   */
  createProcess(opts: ProcessOptions = {}): ProcessHandle {
    const uid = opts.uid ?? 0;
    const account = this.accounts.find((a) => a.uid === uid);
    const gid = opts.gid ?? account?.gid ?? uid;
    const groups = opts.groups ?? this.accounts.filter((a) => a.groups?.includes(gid)).map(() => gid);
    const cred = Cred.of(uid, gid, groups);
    const parent = opts.parent?.task.process ?? this.init;
    const realRoot = this.rootRef();
    // What can fail comes first, so that a failure leaves nothing behind: the root and working
    // directory (searched with the new process's credentials) and the console.
    const kctx = kernelCtx(this.vfs, this.mntns);
    let root = realRoot;
    if (opts.root !== undefined) {
      const r = pathLookup(kctx, realRoot, opts.root, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
      if (!('inode' in r)) throw new Error(`createProcess: root ${opts.root}: ${r.code}`);
      root = r;
    }
    const cwd = opts.cwd ?? (opts.root !== undefined ? '/' : account?.home ?? '/');
    const dir = pathLookup({ ...kctx, cred, fs: { ...kctx.fs, root, cwd: root } }, root, cwd, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
    if (!('inode' in dir)) throw new Error(`createProcess: cwd ${cwd}: ${dir.code}`);
    const consoles: OpenFile[] = [];
    for (let fd = 0; fd < 3; fd++) {
      const dev = opts.stdio === 'null' ? '/dev/null' : '/dev/console';
      const f = openPath(this.vfs, kctx, realRoot, dev, O_RDWR | O_LARGEFILE, 0); // as open(2) on 64-bit
      if (typeof f === 'symbol' || !('id' in f)) {
        for (const c of consoles) this.vfs.fput(c);
        throw new Error(`createProcess: ${dev}: ${typeof f === 'symbol' ? 'would sleep' : f.code}`);
      }
      f.priv = fd === 2 ? 2 : 1;
      consoles.push(f);
    }
    const pid = this.pidns.allocPid();
    if (pid === undefined) {
      for (const c of consoles) this.vfs.fput(c);
      throw new Error('createProcess: no free pid');
    }
    const fs: FsContext = newFsContext(root, dir, opts.umask ?? 0o022);
    const p = new Process(pid, parent, {
      pgid: pid, sid: pid, sighand: new SigHand(), rlimits: defaultRlimits(), exitSignal: SIGCHLD,
      startNs: this.clock.monoNs,
    });
    parent.children.push(p);
    const t = new Task(this, pid, p, cred, fs, new FdTable(), this.newMm(p), this.mntns, this.uts);
    t.comm = 'process';
    t.state = 'running';
    p.threads.push(t);
    this.pidns.processes.set(pid, p);
    this.pidns.tasks.set(pid, t);
    consoles.forEach((f, fd) => t.files.alloc(f, false, fd, p.rlimits[RLIMIT_NOFILE]![0]));
    return new ProcessHandle(this, t);
  }
}

/**
 * A process driven from outside: the raw door, synchronously. Each call runs to completion or
 * returns WOULD_BLOCK (the call would sleep; nothing is left pending). A successful execve
 * hands the process to the scheduler: its program runs when the kernel runs.
 */
export class ProcessHandle {
  /** Set by spawners when the process's first execve failed (the errno number). */
  execErrno: number | null = null;

  constructor(readonly kernel: Kernel, readonly task: Task) {}

  private memory: UserMemory | null = null;
  /** The process's own loads and stores (checked against its page table; a fault kills it as
   *  the signal would, then throws MemoryFault). */
  get mem(): UserMemory {
    return (this.memory ??= new UserMemory(this.kernel, this.task));
  }

  get pid(): number {
    return this.task.tgid;
  }

  /** The raw door: returns the result, -errno, or WOULD_BLOCK. */
  syscall(nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): number | typeof WOULD_BLOCK {
    const k = this.kernel;
    const t = this.task;
    if (t.state === 'dead') throw new Error(`process ${t.tgid} has exited`);
    if (t.state !== 'running') throw new Error(`process ${t.tgid} is run by the scheduler now`);
    const r = enterSyscall(k, t, nr, a0, a1, a2, a3, a4, a5);
    if (r === BLOCK) {
      t.dequeueAll();
      // Nothing is left pending: a sleep's timer is cancelled (else the scheduler would later
      // jump the clock to it, with no sleeper to wake).
      if (t.onSyscallExit) {
        t.onSyscallExit();
        t.onSyscallExit = null;
      }
      t.wakeAtNs = -1;
      t.inSyscall = false;
      t.state = 'running';
      return WOULD_BLOCK;
    }
    if (t.entry !== null && t.state === 'running') {
      t.state = 'new'; // execve succeeded: the program starts when the scheduler runs
      k.sched.enqueue(t);
    }
    if (k.sched.current === null && k.depth === 0 && k.sched.runnable.length > 0) k.sched.schedule();
    return r;
  }

  /**
   * Starts a syscall that may sleep: returns its result, or 'pending' when it sleeps; then
   * `onDone` gets the result once the call is woken and the scheduler runs it again (for
   * instance when another process writes to the pipe it reads). Until then, this process
   * makes no other call.
   */
  begin(onDone: (ret: number) => void, nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): number | 'pending' {
    const k = this.kernel;
    const t = this.task;
    if (t.state !== 'running') throw new Error(`process ${t.tgid} is ${t.state === 'dead' ? 'gone' : 'busy'}`);
    t.puppet = true;
    const r = enterSyscall(k, t, nr, a0, a1, a2, a3, a4, a5);
    if (r !== BLOCK) return r;
    t.resume = onDone;
    return 'pending';
  }

  /** Lets woken processes finish their pending calls (and the clock reach due timers). */
  settle(): void {
    const k = this.kernel;
    if (k.sched.current === null && k.depth === 0) k.sched.schedule();
  }

  /** execve(path, argv, envp) in this process; the program runs under the scheduler. */
  execve(path: string, argv: readonly string[], envp: readonly string[]): number | typeof WOULD_BLOCK {
    return this.syscall(SYS.execve, path, argv, envp);
  }

  /** Resolves with the wait status when the process exits. */
  exited(): Promise<number> {
    return this.kernel.waitExit(this.pid);
  }
}

/** Boots a kernel. */
export function createKernel(opts: KernelOptions = {}): Kernel {
  return new Kernel(opts);
}
