// proc/signal.ts — signal state and the two halves of delivery (kernel/signal.c): sending
// (queue a signal on a thread or its process, discard ignored ones, wake a thread that can
// take it) and getting (on the way out of the kernel, dequeue the next unblocked signal and
// act on it). Standard signals coalesce, real-time ones queue with their info, in order.
// The foundation acts only on default actions and SIG_IGN: terminate (with or without
// "core dumped"), ignore. Handlers, stop/continue, sigaltstack, EINTR/SA_RESTART are the
// signals issue; its code goes here and in kernel/syscalls/sys_signal.ts.

import { SIGKILL, SIGRTMIN, SIGSTOP, SIG_DFL, SIG_IGN, signalByNumber, validSignal } from '../abi/signal';
import type { Process } from './process';
import type { Task } from './task';

/** A set of signals 1..64: bit (n-1) of a bigint. */
export type Sigset = bigint;
export const EMPTY_SET: Sigset = 0n;
export const sigbit = (sig: number): Sigset => 1n << BigInt(sig - 1);
/** SIGKILL and SIGSTOP can be neither blocked nor caught. */
export const UNBLOCKABLE: Sigset = sigbit(SIGKILL) | sigbit(SIGSTOP);

/** What a signal's arrival carries (siginfo_t's common members). */
export interface SigInfo {
  signo: number;
  code: number;
  errno?: number;
  pid?: number;
  uid?: number;
  /** SIGCHLD: exit code or signal; utime/stime in clock ticks. */
  status?: number;
  utime?: number;
  stime?: number;
  /** SIGSEGV/SIGBUS: the faulting address. */
  addr?: number;
  /** sigqueue / timers: the value. */
  value?: number;
}

/** A disposition (struct k_sigaction): SIG_DFL, SIG_IGN, or a handler owned by the runtime. */
export interface SigAction {
  handler: number | object;
  flags: number;
  mask: Sigset;
  restorer: number;
}

/** Handlers of a process (shared by threads; CLONE_SIGHAND shares it between processes). */
export class SigHand {
  readonly actions: SigAction[] = [];
  users = 1;
  constructor(from?: SigHand) {
    for (let s = 1; s <= 64; s++) {
      const a = from?.actions[s];
      this.actions[s] = a ? { ...a } : { handler: SIG_DFL, flags: 0, mask: 0n, restorer: 0 };
    }
  }
  /** execve: handled signals go back to SIG_DFL; ignored ones stay ignored. */
  resetForExec(): void {
    for (let s = 1; s <= 64; s++) {
      const a = this.actions[s]!;
      if (typeof a.handler !== 'number' || a.handler > SIG_IGN) this.actions[s] = { handler: SIG_DFL, flags: 0, mask: 0n, restorer: 0 };
    }
  }
}

/** Pending signals: a set, plus the queued infos (one for a standard signal, many for RT). */
export class SigPending {
  set: Sigset = 0n;
  private readonly queue: SigInfo[] = [];

  add(info: SigInfo): void {
    const bit = sigbit(info.signo);
    if (info.signo < SIGRTMIN && this.set & bit) return; // standard signals coalesce
    this.set |= bit;
    this.queue.push(info);
  }

  /** Removes and returns the first queued info of `sig`. */
  take(sig: number): SigInfo {
    const i = this.queue.findIndex((q) => q.signo === sig);
    const info = i >= 0 ? this.queue.splice(i, 1)[0]! : { signo: sig, code: 0 };
    if (!this.queue.some((q) => q.signo === sig)) this.set &= ~sigbit(sig);
    return info;
  }

  /** The signals pending, in queue order (for /proc and tests). */
  list(): readonly SigInfo[] {
    return this.queue;
  }
}

/** Is `sig` ignored by `p` (SIG_IGN, or SIG_DFL with a default action of "ignore")? */
export function sigIgnored(p: Process, sig: number): boolean {
  const h = p.sighand.actions[sig]!.handler;
  if (h === SIG_IGN) return true;
  return h === SIG_DFL && signalByNumber(sig)?.defaultAction === 'ign';
}

/**
 * Sends `info.signo` to thread `t` (private) or to its whole process (shared). Ignored
 * signals are dropped unless blocked (they may be unblocked later with a handler set).
 * Returns true when the signal was queued.
 */
export function sendSignal(t: Task, info: SigInfo, shared: boolean): boolean {
  const sig = info.signo;
  if (!validSignal(sig)) return false;
  const p = t.process;
  if (p.state !== 'alive') return false;
  if (p.unkillable && p.sighand.actions[sig]!.handler === SIG_DFL) return false;
  const blocked = (t.sigBlocked & sigbit(sig)) !== 0n;
  if (!blocked && sigIgnored(p, sig) && sig !== SIGKILL) {
    // Dropped, as Linux drops it; a tracer (strace) would still have seen it arrive.
    if (t.host.tracing) t.tracedIgnored.push(info);
    return false;
  }
  (shared ? p.sharedPending : t.sigPending).add(info);
  // Wake a thread that can take it: the target if it does not block it, else any that doesn't.
  const target = !blocked ? t : p.threads.find((th) => (th.sigBlocked & sigbit(sig)) === 0n);
  if (sig === SIGKILL) {
    for (const th of p.threads) th.interrupt();
  } else if (target) {
    target.interrupt();
  }
  return true;
}

/**
 * force_sig_info(): a synchronous fault's signal. If the thread blocks it or the process
 * ignores it, it is unblocked and its handler reset to SIG_DFL, so that it cannot be lost.
 */
export function forceSignal(t: Task, info: SigInfo): void {
  const sig = info.signo;
  const act = t.process.sighand.actions[sig]!;
  const blocked = (t.sigBlocked & sigbit(sig)) !== 0n;
  if (blocked || act.handler === SIG_IGN) {
    t.sigBlocked &= ~sigbit(sig);
    if (act.handler === SIG_IGN || blocked) t.process.sighand.actions[sig] = { ...act, handler: SIG_DFL };
  }
  t.sigPending.add(info);
}

/** The lowest-numbered pending signal `t` does not block (thread's own first), or 0. */
export function nextSignal(t: Task): number {
  const ready = (t.sigPending.set | t.process.sharedPending.set) & ~t.sigBlocked;
  if (ready === 0n) return 0;
  let sig = 1;
  let bits = ready;
  while ((bits & 1n) === 0n) {
    bits >>= 1n;
    sig++;
  }
  return sig;
}

/** Dequeues pending signal `sig` from the thread or its process. */
export function dequeueSignal(t: Task, sig: number): SigInfo {
  const bit = sigbit(sig);
  return t.sigPending.set & bit ? t.sigPending.take(sig) : t.process.sharedPending.take(sig);
}

/** True when `t` has a signal it does not block (what signal_pending() tests). */
export function signalPending(t: Task): boolean {
  return ((t.sigPending.set | t.process.sharedPending.set) & ~t.sigBlocked) !== 0n;
}
