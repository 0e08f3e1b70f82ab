// proc/process.ts — a process (thread group; the parts of Linux's signal_struct and
// task_struct that threads share): pid, parent and children, process group and session,
// threads, handlers and shared pending signals, resource limits, the exit status while a
// zombie, and the wait queue its parent sleeps on in wait4. Processes live in a PidNamespace's
// id-keyed table (one root namespace for now; lookups always go through the task's).

import { RLIMIT_AS, RLIMIT_CORE, RLIMIT_CPU, RLIMIT_DATA, RLIMIT_FSIZE, RLIMIT_LOCKS, RLIMIT_MEMLOCK,
  RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_NOFILE, RLIMIT_NPROC, RLIMIT_RSS, RLIMIT_RTPRIO, RLIMIT_RTTIME,
  RLIMIT_SIGPENDING, RLIMIT_STACK, RLIM_INFINITY, RLIM_NLIMITS } from '../abi/resource';
import { WaitQueue } from '../vfs/waitqueue';
import { SigHand, SigPending, type Itimers } from './signal';
import type { Task } from './task';

/** alive: has a live thread; zombie: exited, not yet reaped; reaped: gone from the table. */
export type ProcessState = 'alive' | 'zombie' | 'reaped';

/** [soft, hard] per RLIMIT_*; RLIM_INFINITY (2**64) is unlimited. */
export type Rlimits = [cur: number, max: number][];

/**
 * The limits init starts with on the machine linuxsim models (1 CPU, 2 GiB): the kernel's
 * INIT_RLIMITS, with RLIMIT_NPROC/SIGPENDING = max_threads/2 = 8192 for that memory size.
 */
export function defaultRlimits(): Rlimits {
  const inf = RLIM_INFINITY;
  const r: Rlimits = [];
  for (let i = 0; i < RLIM_NLIMITS; i++) r.push([inf, inf]);
  r[RLIMIT_CPU] = [inf, inf];
  r[RLIMIT_FSIZE] = [inf, inf];
  r[RLIMIT_DATA] = [inf, inf];
  r[RLIMIT_STACK] = [8 * 1024 * 1024, inf];
  r[RLIMIT_CORE] = [0, inf];
  r[RLIMIT_RSS] = [inf, inf];
  r[RLIMIT_NPROC] = [8192, 8192];
  r[RLIMIT_NOFILE] = [1024, 4096];
  r[RLIMIT_MEMLOCK] = [8 * 1024 * 1024, 8 * 1024 * 1024];
  r[RLIMIT_AS] = [inf, inf];
  r[RLIMIT_LOCKS] = [inf, inf];
  r[RLIMIT_SIGPENDING] = [8192, 8192];
  r[RLIMIT_MSGQUEUE] = [819200, 819200];
  r[RLIMIT_NICE] = [0, 0];
  r[RLIMIT_RTPRIO] = [0, 0];
  r[RLIMIT_RTTIME] = [inf, inf];
  return r;
}

export class Process {
  state: ProcessState = 'alive';
  /** Child processes, oldest first. */
  readonly children: Process[] = [];
  readonly threads: Task[] = [];
  pgid: number;
  sid: number;
  sighand: SigHand;
  readonly sharedPending = new SigPending();
  rlimits: Rlimits;
  /** The parent sleeps here in wait4 until a child changes state. */
  readonly childWait = new WaitQueue();
  /** clock_nanosleep on this process's CPU clocks: woken when its threads leave the kernel. */
  readonly cpuClockWait = new WaitQueue();
  /** The wait status once a zombie (abi/wait.ts encoding). */
  exitStatus = 0;
  /** Signal sent to the parent on exit (SIGCHLD for fork; the low byte of clone's flags). */
  exitSignal: number;
  /** CPU time of reaped children (for RUSAGE_CHILDREN), in ns. */
  cutimeNs = 0;
  cstimeNs = 0;
  /** CPU time of threads that already exited. */
  deadUtimeNs = 0;
  deadStimeNs = 0;
  /** What execve ran: the path, argv and envp (for /proc/[pid]/{exe,cmdline,environ}). */
  exe = '';
  argv: readonly string[] = [];
  envp: readonly string[] = [];
  /** init: signals with the default action never reach it (SIGNAL_UNKILLABLE). */
  unkillable = false;
  /** CLOCK_MONOTONIC time the process started, in ns. */
  readonly startNs: number;
  /** Job control: stopped by a stop signal (until SIGCONT or SIGKILL). */
  stopped = false;
  /** A stop (its signal) or a continue not yet reported to wait4 (WUNTRACED / WCONTINUED). */
  stopReport = 0;
  contReport = false;
  /** setitimer(2)/alarm(2) timers (ITIMER_REAL, VIRTUAL, PROF). */
  itimers: Itimers | null = null;
  /** PR_SET_CHILD_SUBREAPER: orphaned descendants are re-parented here rather than to init. */
  childSubreaper = false;
  /** A descendant has been a subreaper (has_child_subreaper: the search for one is worth it). */
  hasChildSubreaper = false;
  /** The pidfds open on this process are woken here when it exits (pidfd poll, waitid P_PIDFD). */
  readonly pidfdWait = new WaitQueue();
  /** Has this process called execve since fork (setpgid on it by its parent is then EACCES)? */
  didExec = false;
  /** personality(2): the execution domain and its flags (ADDR_NO_RANDOMIZE turns ASLR off). */
  personality = 0;

  constructor(
    readonly pid: number,
    public parent: Process | null,
    opts: { pgid: number; sid: number; sighand: SigHand; rlimits: Rlimits; exitSignal: number; startNs: number },
  ) {
    this.pgid = opts.pgid;
    this.sid = opts.sid;
    this.sighand = opts.sighand;
    this.rlimits = opts.rlimits;
    this.exitSignal = opts.exitSignal;
    this.startNs = opts.startNs;
  }

  /** The thread whose tid is the pid (it may have exited while others run). */
  get leader(): Task | undefined {
    return this.threads.find((t) => t.tid === this.pid) ?? this.threads[0];
  }

  get liveThreads(): Task[] {
    return this.threads.filter((t) => t.state !== 'dead');
  }
}

/** A pid namespace: the id-keyed tables of tasks and processes, and pid allocation. */
export class PidNamespace {
  readonly tasks = new Map<number, Task>();
  readonly processes = new Map<number, Process>();
  private last = 0;
  /** The last pid handed out (/proc/loadavg). */
  get lastPid(): number {
    return this.last;
  }
  /** /proc/sys/kernel/pid_max on a 1-CPU machine: 32768. */
  readonly pidMax = 32768;

  /**
   * find_task_by_vpid(): the task `pid` names while that pid is attached — a live thread, or
   * a thread-group leader until its process is reaped (a zombie can still be signalled).
   */
  findTask(pid: number): Task | undefined {
    const t = this.tasks.get(pid);
    return t && (t.state !== 'dead' || t.tid === t.tgid) ? t : undefined;
  }

  /** Allocates the next free pid after the last one, wrapping to 300 like Linux (RESERVED_PIDS). */
  allocPid(): number | undefined {
    for (let i = 0; i < this.pidMax; i++) {
      let pid = this.last + 1;
      if (pid >= this.pidMax) pid = 300;
      this.last = pid;
      if (!this.tasks.has(pid) && !this.processes.has(pid)) return pid;
    }
    return undefined;
  }
}
