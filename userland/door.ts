// userland/door.ts — how the typed API reaches the kernel. AsyncDoor is a program's door: a
// syscall returns a promise that the scheduler settles (at once when the call completes and
// the task keeps the CPU; later when it sleeps or is preempted; never when the call ends the
// program: exit, a fatal signal, a successful execve). SyncDoor is the embedding door over
// ProcessHandle: synchronous, no scheduler, WOULD_BLOCK is an error.

import { BLOCK } from '../vfs/ctx';
import { WOULD_BLOCK, type Kernel, type ProcessHandle } from '../kernel/kernel';
import type { SyscallResult } from '../kernel/dispatch';
import type { Arg } from '../kernel/table';
import type { Task } from '../proc/task';
import { ErrnoError, isErrorReturn } from './errors';
import { UserMemory } from '../kernel/usermem';
import { SYS } from '../abi/syscalls';

export interface Door {
  /** The syscall; its errors become ErrnoError (thrown, or a rejected promise). */
  call(nr: number, a0?: Arg, a1?: Arg, a2?: Arg, a3?: Arg, a4?: Arg, a5?: Arg): unknown;
  /** The syscall's raw result: the value or -errno, never an exception. */
  raw(nr: number, a0?: Arg, a1?: Arg, a2?: Arg, a3?: Arg, a4?: Arg, a5?: Arg): unknown;
  /** Applies `f` to a call's result, now (sync door) or when it settles (async door). */
  map<T>(r: unknown, f: (n: number) => T): unknown;
  /** The task's own loads and stores. */
  memory(): UserMemory;
}

/** Is the top handler frame one the runtime has not started (it must run before the program goes on)? */
export function handlerDue(t: Task): boolean {
  if (t.newFrames === 0) return false;
  const f = t.sigFrames[t.sigFrames.length - 1];
  return f !== undefined && !f.started;
}

const NEVER: Promise<number> = new Promise<number>(() => {});

export class AsyncDoor implements Door {
  /** The thread's Sys (set by the runtime): a handler gets the Sys of the thread it runs on. */
  sys: unknown = null;

  constructor(readonly k: Kernel, readonly t: Task) {}

  call(nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): Promise<number> {
    const k = this.k;
    const t = this.t;
    if (k.sched.current !== t) return this.misuse(nr);
    if (t.newFrames > 0 && handlerDue(t)) return this.handlersFirst(nr, false, [a0, a1, a2, a3, a4, a5]);
    const r = k.syscall(t, nr, a0, a1, a2, a3, a4, a5);
    if (r !== BLOCK && t.state === 'running' && t.entry === null && t.newFrames === 0 && !k.sched.shouldPreempt(t)) {
      return isErrorReturn(r) ? Promise.reject(ErrnoError.fromResult(r, nr)) : Promise.resolve(r);
    }
    return this.settle(r, nr, false, [a0, a1, a2, a3, a4, a5]);
  }

  raw(nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): Promise<number> {
    const k = this.k;
    const t = this.t;
    if (k.sched.current !== t) return this.misuse(nr);
    if (t.newFrames > 0 && handlerDue(t)) return this.handlersFirst(nr, true, [a0, a1, a2, a3, a4, a5]);
    const r = k.syscall(t, nr, a0, a1, a2, a3, a4, a5);
    if (r !== BLOCK && t.state === 'running' && t.entry === null && t.newFrames === 0 && !k.sched.shouldPreempt(t)) return Promise.resolve(r);
    return this.settle(r, nr, true, [a0, a1, a2, a3, a4, a5]);
  }

  /** Handlers set up outside a call (a faulting access's signal) run before the next call. */
  private async handlersFirst(nr: number, raw: boolean, a: Arg[]): Promise<number> {
    await this.runHandlers(0, -1, true, a);
    return raw ? this.raw(nr, ...a) : this.call(nr, ...a);
  }

  /**
   * Runs the handler frames the last call set up, innermost first (as Linux's stacked frames
   * run), each followed by rt_sigreturn; then the call's result settles the program's promise,
   * or the call runs again (SA_RESTART). A handler that throws is a siglongjmp out of it: the
   * frame is still unwound (rt_sigreturn), and the exception reaches the interrupted call's
   * await instead of its result.
   */
  async runHandlers(r: number, nr: number, raw: boolean, a: Arg[]): Promise<number> {
    const t = this.t;
    let restart = false;
    let thrown: { e: unknown } | null = null;
    while (handlerDue(t) && t.state !== 'dead') {
      const f = t.sigFrames[t.sigFrames.length - 1]!;
      f.started = true;
      t.newFrames--;
      if (f.restart) restart = true;
      try {
        await (f.handler.fn as (sig: number, info: unknown, sys: unknown) => unknown)(f.sig, f.info, this.sys);
      } catch (e) {
        thrown ??= { e };
      }
      await this.raw(SYS.rt_sigreturn, { sig: [Number(f.savedMask & 0xffffffffn), Number((f.savedMask >> 32n) & 0xffffffffn)] });
    }
    if (thrown) throw thrown.e;
    if (nr < 0) return r;
    if (restart) return raw ? this.raw(nr, ...a) : this.call(nr, ...a);
    if (!raw && isErrorReturn(r)) throw ErrnoError.fromResult(r, nr);
    return r;
  }

  map<T>(r: unknown, f: (n: number) => T): Promise<T> {
    return (r as Promise<number>).then(f);
  }

  memory(): UserMemory {
    return new UserMemory(this.k, this.t);
  }

  /**
   * The slow path: the call sleeps, ended the program, replaced it, or lost the CPU. For `nr`
   * ≥ 0 the promise rejects with ErrnoError on an error result (call); for -1 it resolves
   * with the raw result (raw). One promise, settled directly by the scheduler's resume.
   */
  private settle(r: SyscallResult, nr: number, raw: boolean, a: Arg[]): Promise<number> {
    const k = this.k;
    const t = this.t;
    if (r !== BLOCK) {
      if (t.state === 'dead') {
        k.sched.abandon(t);
        return NEVER;
      }
      if (t.entry !== null) {
        k.startTask(t); // execve: the new program starts; this one never hears back
        return NEVER;
      }
      if (handlerDue(t) && t.state === 'running') return this.runHandlers(r, nr, raw, a);
    }
    return new Promise<number>((resolve, reject) => {
      const resume = (v: number): void => {
        if (handlerDue(t)) this.runHandlers(v, nr, raw, a).then(resolve, reject);
        else if (!raw && isErrorReturn(v)) reject(ErrnoError.fromResult(v, nr));
        else resolve(v);
      };
      if (r === BLOCK) k.sched.block(t, resume);
      else k.sched.preempt(t, r, resume);
    });
  }

  private misuse(nr: number): Promise<never> {
    return Promise.reject(new Error(
      `syscall ${nr} from task ${this.t.tid} while it does not hold the CPU: a program must await each syscall before making the next one`,
    ));
  }
}

export class SyncDoor implements Door {
  constructor(readonly handle: ProcessHandle) {}

  call(nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): number {
    const r = this.raw(nr, a0, a1, a2, a3, a4, a5);
    if (isErrorReturn(r)) throw ErrnoError.fromResult(r, nr);
    return r;
  }

  raw(nr: number, a0: Arg = 0, a1: Arg = 0, a2: Arg = 0, a3: Arg = 0, a4: Arg = 0, a5: Arg = 0): number {
    const r = this.handle.syscall(nr, a0, a1, a2, a3, a4, a5);
    if (r === WOULD_BLOCK) throw new Error(`syscall ${nr} would block: run blocking calls from a program`);
    return r;
  }

  map<T>(r: unknown, f: (n: number) => T): T {
    return f(r as number);
  }

  memory(): UserMemory {
    return this.handle.mem;
  }
}
