// proc/task.ts — a task (a thread; Linux's task_struct): what it runs with (credentials,
// fs context, fd table, address space, namespaces, signal mask) and where it is in its life
// (TaskState). Tasks of one process share a Process (proc/process.ts). A Task is also the
// VfsCtx its syscalls hand to the VFS and the Waiter it parks on wait queues.
// Run-state changes belong to the scheduler (kernel/sched.ts) through TaskHost; syscall
// bookkeeping (the sc* fields) to the dispatcher (kernel/dispatch.ts).

import { RLIMIT_FSIZE } from '../abi/resource';
import type { MemoryMap } from '../mm/mm';
import type { FsContext, Timestamp, VfsCtx } from '../vfs/ctx';
import type { MountNamespace } from '../vfs/mount';
import type { Vfs } from '../vfs/vfs';
import { WaitQueue as WaitQueueImpl, type Waiter, type WaitQueue } from '../vfs/waitqueue';
import type { Cred } from './cred';
import type { FdTable } from './fdtable';
import type { Process } from './process';
import { SigPending, sendSignal, type AltStack, type SigFrame, type SigInfo, type Sigset } from './signal';

/**
 * The life of a task: `new` (created, program not started), `running` (on the CPU), `runnable`
 * (waiting for the CPU), `blocked` (asleep in a syscall), `dead` (exited; its process may
 * still be a zombie).
 */
export type TaskState = 'new' | 'running' | 'runnable' | 'blocked' | 'dead';

/** What the kernel provides to tasks (implemented by kernel/kernel.ts). */
export interface TaskHost {
  readonly vfs: Vfs;
  /** Makes a blocked task runnable (the scheduler's wake_up_process). */
  wake(t: Task): void;
  /** The time for inode timestamps: CLOCK_REALTIME_COARSE (tick-granular, as Linux's current_time()). */
  realtime(): Timestamp;
  /** Called when a signal is delivered to `t` (tracing). */
  onSignal(t: Task, info: SigInfo): void;
  /** Is anyone tracing? (Signals dropped as ignored are then still reported: strace sees them.) */
  readonly tracing: boolean;
}

/** UTS namespace data (uname's nodename/domainname). Per namespace, looked up through the task. */
export interface UtsNamespace {
  nodename: string;
  domainname: string;
}

export class Task implements VfsCtx, Waiter {
  state: TaskState = 'new';
  /** Thread name (comm): at most 15 bytes, set by exec and PR_SET_NAME. */
  comm = '';
  /** Signals blocked by this thread. */
  sigBlocked: Sigset = 0n;
  /** Signals sent to this thread only. */
  readonly sigPending = new SigPending();
  /** Signals dropped because ignored, kept only to report them to a tracer at the next return to user mode. */
  tracedIgnored: SigInfo[] = [];
  /** Handler frames set up on this thread, innermost last (kernel/signals.ts; rt_sigreturn pops one). */
  sigFrames: SigFrame[] = [];
  /** How many of the top frames the runtime has not started yet (0 on the fast path). */
  newFrames = 0;
  /** The mask to restore on the way out (sigsuspend's saved_sigmask), or null. */
  savedSigmask: Sigset | null = null;
  /** Signals this thread waits for in rt_sigtimedwait (they wake it though blocked). */
  sigWaiting: Sigset = 0n;
  /** sigaltstack(2) state. */
  altStack: AltStack = { sp: 0, size: 0, flags: 0, onStack: 0 };
  /** Stopped by a stop signal on the way out of call whose (possibly restart) result this is. */
  stopRet: number | null = null;
  /** Scheduling (kernel/syscalls/sys_sched.ts): the nice value (-20..19), the policy
   *  (SCHED_OTHER/BATCH/IDLE/FIFO/RR), the real-time priority (0, or 1..99 for FIFO/RR),
   *  SCHED_RESET_ON_FORK, and the CPUs the task may run on (a bit mask). Copied at fork. */
  nice = 0;
  policy = 0;
  rtPriority = 0;
  resetOnFork = false;
  cpusAllowed = 1n;
  /** set_tid_address / CLONE_CHILD_CLEARTID: zeroed at exit. */
  clearChildTid = 0;
  /** CPU time charged to this thread, in ns (kernel/cost.ts decides how much). */
  utimeNs = -0; // -0: stored as a double from the start (see kernel/clock.ts monoNs)
  stimeNs = -0;

  // --- dispatcher state (kernel/dispatch.ts) ---
  /** In a syscall that has been entered and not yet returned (possibly asleep). */
  inSyscall = false;
  scNr = -1;
  scArgs: unknown[] = [0, 0, 0, 0, 0, 0];
  /** CLOCK_MONOTONIC when the current call entered the kernel (for -T durations). */
  enterNs = -0;
  /** VfsCtx.progress: bytes already moved by a blocking call across its retries. */
  progress = 0;
  /** Virtual time at which a sleeping call wants to be woken (-1: none). */
  wakeAtNs = -1;
  /** Clean-up to run when the current call returns (cancels a sleep's timer). */
  onSyscallExit: (() => void) | null = null;
  /** The task was woken by a signal (as opposed to the event it waited for). */
  interrupted = false;
  /** Queues this task sleeps on. */
  private queues: WaitQueue[] = [];

  // --- runtime state (kernel/sched.ts and userland) ---
  /** Resolves the promise of the syscall the program awaits (set while parked). */
  resume: ((r: number) => void) | null = null;
  /** Driven from outside (ProcessHandle), not by a program: after a pending call completes,
   *  the task goes back to waiting for its driver instead of holding the CPU. */
  puppet = false;
  /** A result computed for a preempted task, delivered when it runs again. */
  parkedResult = 0;
  /** What to run when the task is first scheduled (program entry or thread function). */
  entry: unknown = null;
  /** The typed door's clone(flags, fn): the child's function, consumed by the clone call. */
  cloneEntry: unknown = null;
  /** CLONE_VFORK: the parent sleeps on vforkWait until this task execs or exits. */
  vforkDone = false;
  readonly vforkWait = new WaitQueueImpl();

  constructor(
    readonly host: TaskHost,
    readonly tid: number,
    public process: Process,
    public cred: Cred,
    public fs: FsContext,
    public files: FdTable,
    public mm: MemoryMap,
    public mntns: MountNamespace,
    public uts: UtsNamespace,
  ) {}

  /** The thread-group id (what getpid returns). */
  get tgid(): number {
    return this.process.pid;
  }

  // --- VfsCtx ---
  now(): Timestamp {
    return this.host.realtime();
  }
  waitOn(q: WaitQueue): void {
    q.add(this);
    this.queues.push(q);
  }
  signalSelf(sig: number): void {
    sendSignal(this, { signo: sig, code: 0, pid: this.tgid, uid: this.cred.uid }, false);
  }
  fileSizeLimit(): number {
    return this.process.rlimits[RLIMIT_FSIZE]![0];
  }
  atCallExit(fn: () => void): void {
    const prev = this.onSyscallExit;
    this.onSyscallExit = prev ? () => { prev(); fn(); } : fn;
  }

  // --- Waiter ---
  /** Woken by a wait queue: leave every queue and become runnable. */
  wake(): void {
    this.dequeueAll();
    if (this.state === 'blocked') this.host.wake(this);
  }

  /** A signal arrived: wake the task if it sleeps, marking the wake-up as an interruption. */
  interrupt(): void {
    if (this.state === 'blocked') {
      this.interrupted = true;
      this.wake();
    }
  }

  /** Leaves every wait queue (before a retry, or when giving up a wait). */
  dequeueAll(): void {
    const qs = this.queues;
    // pop() rather than `length = 0`: truncating an array is a slow path in V8.
    for (let q = qs.pop(); q !== undefined; q = qs.pop()) q.remove(this);
  }

  /** Is the task waiting on any queue right now? */
  get waiting(): boolean {
    return this.queues.length > 0;
  }
}
