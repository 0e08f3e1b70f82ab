// kernel/sched.ts — the deterministic scheduler. One task runs at a time. Programs are async
// functions; a task's program advances only when the scheduler resolves the promise of the
// syscall it awaits, so the order in which programs run is decided here and nowhere else.
//
//   run queue ──pick (policy)──▶ current ──syscall blocks──▶ blocked ──woken──▶ run queue
//                                   │ ──time slice used up / policy preempts──▶ run queue
//                                   └──exits──▶ dead
//
// When nothing is runnable the clock jumps to the next timer; when there is no timer either,
// the system is idle: waiting for the host (console input) or finished / deadlocked.
// The "next task" choice is a pluggable SchedPolicy: FIFO (default), seeded random, or a
// function (fast-check drives it to explore interleavings). Nothing else may wake a task.

import { BLOCK } from '../vfs/ctx';
import { signalPending } from '../proc/signal';
import type { Task } from '../proc/task';
import { TIME_SLICE_NS } from './cost';
import { resumeParked } from './dispatch';
import type { Kernel } from './kernel';
import { Prng } from './random';

export interface SchedPolicy {
  /** Picks the index (in `runnable`, never empty, in queue order) of the task to run next. */
  pick(runnable: readonly Task[]): number;
  /** Preempt the current task after this syscall even though its time slice is not used up? */
  preempt?(current: Task, runnable: readonly Task[]): boolean;
}

/** First come, first served: the default. */
export const FIFO: SchedPolicy = { pick: () => 0 };

/** A seeded random choice among runnable tasks, preempting after each syscall with probability p. */
export function randomPolicy(seed: number, preemptProbability = 0): SchedPolicy {
  const rng = new Prng(seed);
  return {
    pick: (r) => rng.below(r.length),
    preempt: (_c, r) => r.length > 0 && preemptProbability > 0 && rng.below(1_000_000) < preemptProbability * 1_000_000,
  };
}

/** Why the system stopped: every task exited, or the remaining ones wait forever. */
export type IdleReason = 'done' | 'deadlock';

export class Scheduler {
  current: Task | null = null;
  private readonly runq: Task[] = [];
  private sliceStart = 0;
  private scheduling = false;
  private idleWaiters: ((r: IdleReason) => void)[] = [];

  constructor(private readonly k: Kernel, public policy: SchedPolicy = FIFO) {}

  /** Tasks waiting for the CPU, in queue order (read-only view for tools and tests). */
  get runnable(): readonly Task[] {
    return this.runq;
  }

  /** Makes `t` runnable (a wake-up, a new task, a preempted one). */
  enqueue(t: Task): void {
    if (t.state === 'dead' || this.runq.includes(t)) return;
    if (t.state !== 'new') t.state = 'runnable';
    this.runq.push(t);
    if (this.current === null && !this.scheduling) this.schedule();
  }

  /** Removes an exiting task from the CPU and the run queue. */
  retire(t: Task): void {
    const i = this.runq.indexOf(t);
    if (i >= 0) this.runq.splice(i, 1);
    if (this.current === t) this.current = null;
  }

  /** Should the current task give up the CPU after its syscall returned? */
  shouldPreempt(t: Task): boolean {
    if (this.runq.length === 0) return false;
    if (this.k.clock.monoNs - this.sliceStart >= TIME_SLICE_NS) return true;
    return this.policy.preempt?.(t, this.runq) ?? false;
  }

  /**
   * The current task's syscall must sleep: park it and run someone else. `resume` receives the
   * call's result when the task runs again (the caller makes it settle the program's promise).
   */
  block(t: Task, resume: (r: number) => void): void {
    t.state = 'blocked';
    this.park(t, resume, false);
  }

  /** The current task is preempted with its syscall's result in hand. */
  preempt(t: Task, result: number, resume: (r: number) => void): void {
    t.parkedResult = result;
    this.park(t, resume, t.state !== 'blocked');
  }

  /** The current task died (or exec'd away its program): nothing will resume it. */
  abandon(t: Task): void {
    if (this.current === t) this.current = null;
    if (!this.scheduling) this.schedule();
  }

  private park(t: Task, resume: (r: number) => void, requeue: boolean): void {
    t.resume = resume;
    if (this.current === t) this.current = null;
    if (requeue) {
      t.state = 'runnable';
      this.runq.push(t);
    }
    if (!this.scheduling) this.schedule();
  }

  /** Resolves with why the system stopped, once nothing can run and no input may come. */
  whenIdle(): Promise<IdleReason> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      if (this.current === null && !this.scheduling) this.schedule();
    });
  }

  /** Picks tasks and gives them the CPU until one of them holds it (or none can). */
  schedule(): void {
    if (this.scheduling) return;
    this.scheduling = true;
    try {
      for (;;) {
        if (this.current !== null) return;
        if (this.runq.length === 0) {
          // Time passes only for someone waiting: a timer that nobody sleeps for (alarm(2)
          // armed by a process driven from outside) does not make the clock jump.
          if (this.someoneSleeps() && this.k.clock.jumpToNextTimer()) continue;
          this.idle();
          return;
        }
        const i = this.runq.length === 1 ? 0 : this.policy.pick(this.runq);
        // shift() for the head (FIFO's usual pick): splice would allocate a one-element array.
        const t = i === 0 ? this.runq.shift()! : this.runq.splice(i, 1)[0]!;
        if (t.state === 'dead') continue;
        this.current = t;
        this.sliceStart = this.k.clock.monoNs;
        if (this.dispatchTo(t)) return;
        if (this.current === t) this.current = null;
      }
    } finally {
      this.scheduling = false;
    }
  }

  /** Lets `t` continue; false when it went back to sleep or died instead. */
  private dispatchTo(t: Task): boolean {
    if (t.state === 'new') {
      t.state = 'running';
      this.k.startTask(t);
      return true;
    }
    let r: number;
    if (t.inSyscall) {
      t.state = 'running';
      const x = this.k.retry(t);
      if (x === BLOCK) return false;
      r = x;
    } else {
      t.state = 'running';
      r = t.parkedResult;
      if (t.process.stopped || signalPending(t)) {
        const x = resumeParked(this.k, t, r);
        if (x === BLOCK) return false;
        r = x;
      }
    }
    if (dead(t)) return false;
    const resume = t.resume;
    t.resume = null;
    if (t.puppet) {
      // A process driven from outside: report the result and give the CPU back at once.
      t.state = 'running';
      this.current = null;
      resume?.(r);
      return false;
    }
    resume?.(r);
    return true;
  }

  /** Is any task (init aside) asleep, so that the clock may jump to the next timer? */
  private someoneSleeps(): boolean {
    const init = this.k.init;
    for (const t of this.k.pidns.tasks.values()) if (t.state === 'blocked' && t.process !== init) return true;
    return false;
  }

  private idle(): void {
    if (this.k.vfs.console.awaitingInput()) return; // the host may still type something
    const waiters = this.idleWaiters;
    if (waiters.length === 0) return;
    this.idleWaiters = [];
    const reason: IdleReason = this.k.liveTasks().some((t) => t.state === 'blocked') ? 'deadlock' : 'done';
    for (const w of waiters) w(reason);
  }
}

/** A task's state read afresh (a syscall or signal delivery may have ended it). */
function dead(t: Task): boolean {
  return t.state === 'dead';
}
