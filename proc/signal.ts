// proc/signal.ts — signal state and the two halves of delivery (kernel/signal.c): sending
// (queue a signal on a thread or its process, discard ignored ones, wake a thread that can
// take it) and getting (on the way out of the kernel, dequeue the next unblocked signal and
// act on it). Standard signals coalesce, real-time ones queue with their info, in order.
// Also the state handlers, job control and timers keep (frames, the alternate stack, itimers).
// Delivery itself (default actions, handler frames, stop, restart) is kernel/signals.ts.

import { CLD_CONTINUED, SA_NOCLDSTOP, SIGBUS, SIGCHLD, SIGCONT, SIGFPE, SIGILL, SIGKILL, SIGRTMIN, SIGSEGV, SIGSTOP, SIGSYS, SIGTRAP, SIGTSTP, SIGTTIN, SIGTTOU,
  SIG_DFL, SIG_IGN, signalByNumber, validSignal } from '../abi/signal';
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

  /** Discards every queued signal of `set`. */
  remove(set: Sigset): void {
    if ((this.set & set) === 0n) return;
    this.set &= ~set;
    for (let i = this.queue.length - 1; i >= 0; i--) if (set & sigbit(this.queue[i]!.signo)) this.queue.splice(i, 1);
  }

  /** The signals pending, in queue order (for /proc and tests). */
  list(): readonly SigInfo[] {
    return this.queue;
  }
}

/** Signals whose default action stops the process (sig_kernel_stop). */
export const STOP_SET: Sigset = sigbit(SIGSTOP) | sigbit(SIGTSTP) | sigbit(SIGTTIN) | sigbit(SIGTTOU);
/** Synchronous faults, dequeued before other signals (SYNCHRONOUS_MASK). */
const SYNC_SET: Sigset = sigbit(SIGSEGV) | sigbit(SIGBUS) | sigbit(SIGILL) | sigbit(SIGTRAP) | sigbit(SIGFPE) | sigbit(SIGSYS);

/** A handler that is a program's JS function (the runtime made it; the kernel only stores it). */
export interface UserHandler {
  readonly fn: unknown;
  /** The address the raw door reads back for it. */
  readonly addr: number;
}

/** A handler frame (the kernel's rt_sigframe): what rt_sigreturn restores. */
export interface SigFrame {
  readonly sig: number;
  readonly info: SigInfo;
  readonly handler: UserHandler;
  readonly flags: number;
  /** The mask before the handler (restored by rt_sigreturn). */
  readonly savedMask: Sigset;
  /** The alternate stack as it was (restored by rt_sigreturn: SS_AUTODISARM, on-stack depth). */
  readonly savedAlt: AltStack;
  /** The interrupted call's result (what rt_sigreturn returns), and whether it restarts. */
  result: number;
  restart: boolean;
  /** The runtime has started its handler. */
  started: boolean;
}

/** sigaltstack(2) state; onStack counts handlers running on it. */
export interface AltStack {
  sp: number;
  size: number;
  flags: number;
  onStack: number;
}

/** setitimer(2) state of a process: value (next expiry) and interval, in ns; 0 = disarmed. */
export interface Itimer {
  /** ITIMER_REAL: CLOCK_MONOTONIC deadline; VIRTUAL/PROF: the CPU clock's deadline. */
  deadline: number;
  interval: number;
  cancel: (() => void) | null;
}
export type Itimers = [real: Itimer, virt: Itimer, prof: Itimer];

/** Is `sig` ignored by `p` (SIG_IGN, or SIG_DFL with a default action of "ignore")? */
export function sigIgnored(p: Process, sig: number): boolean {
  const h = p.sighand.actions[sig]!.handler;
  if (h === SIG_IGN) return true;
  if (h !== SIG_DFL) return false;
  const d = signalByNumber(sig)?.defaultAction;
  return d === 'ign' || d === 'cont';
}

/** Does thread `th` take `sig` now (wants_signal: not blocked, or waited for in sigtimedwait)? */
function wants(th: Task, bit: Sigset): boolean {
  return th.state !== 'dead' && ((th.sigBlocked & bit) === 0n || (th.sigWaiting & bit) !== 0n);
}

/**
 * do_notify_parent_cldstop(): SIGCHLD to the parent with CLD_STOPPED (si_status = the stop
 * signal) or CLD_CONTINUED (si_status = SIGCONT), unless the parent set SA_NOCLDSTOP; the
 * parent's wait4 is woken either way.
 */
export function notifyParentStop(p: Process, code: number, status: number): void {
  const parent = p.parent;
  if (!parent || parent.state !== 'alive') return;
  const act = parent.sighand.actions[SIGCHLD]!;
  const leader = parent.leader;
  if (leader && !(act.flags & SA_NOCLDSTOP)) {
    let ut = p.deadUtimeNs;
    let st = p.deadStimeNs;
    for (const th of p.threads) if (th.state !== 'dead') { ut += th.utimeNs; st += th.stimeNs; }
    sendSignal(leader, {
      signo: SIGCHLD, code, pid: p.pid, uid: p.leader?.cred.uid ?? 0, status,
      utime: Math.floor(ut / 10_000_000), stime: Math.floor(st / 10_000_000),
    }, true);
  }
  parent.childWait.wakeAll();
}

/** Removes the signals of `set` from every pending queue of `p` (flush_sigqueue_mask). */
function flushPending(p: Process, set: Sigset): void {
  p.sharedPending.remove(set);
  for (const th of p.threads) th.sigPending.remove(set);
}

/**
 * Sends `info.signo` to thread `t` (private) or to its whole process (shared), as Linux's
 * send_signal: prepare_signal (a stop signal discards pending SIGCONT; SIGCONT discards pending
 * stop signals and continues a stopped process), drop an ignored signal unless blocked, queue
 * (standard signals coalesce), and wake a thread that takes it (complete_signal).
 * Returns true when the signal was queued.
 */
export function sendSignal(t: Task, info: SigInfo, shared: boolean): boolean {
  const sig = info.signo;
  if (!validSignal(sig)) return false;
  const p = t.process;
  if (p.state !== 'alive') return false;
  if (p.unkillable && p.sighand.actions[sig]!.handler === SIG_DFL) return false;
  const bit = sigbit(sig);
  if (STOP_SET & bit) {
    flushPending(p, sigbit(SIGCONT));
  } else if (sig === SIGCONT) {
    flushPending(p, STOP_SET);
    if (p.stopped) {
      p.stopped = false;
      p.stopReport = 0;
      p.contReport = true;
      for (const th of p.threads) if (th.stopRet !== null) th.wake();
      notifyParentStop(p, CLD_CONTINUED, SIGCONT);
    }
  }
  const blocked = (t.sigBlocked & bit) !== 0n;
  if (!blocked && (t.sigWaiting & bit) === 0n && sigIgnored(p, sig) && sig !== SIGKILL) {
    // Dropped, as Linux drops it; a tracer (strace) would still have seen it arrive.
    if (t.host.tracing) t.tracedIgnored.push(info);
    return false;
  }
  (shared ? p.sharedPending : t.sigPending).add(info);
  if (sig === SIGKILL) {
    for (const th of p.threads) th.interrupt();
    return true;
  }
  // Wake a thread that can take it: the target if it does, else (process-directed) any that does.
  let target: Task | undefined = wants(t, bit) ? t : undefined;
  if (!target && shared) target = p.threads.find((th) => wants(th, bit));
  if (target) target.interrupt();
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

/** The lowest set bit's signal of a non-empty set, synchronous faults first (next_signal). */
function firstOf(ready: Sigset): number {
  const sync = ready & SYNC_SET;
  let bits = sync !== 0n ? sync : ready;
  let sig = 1;
  while ((bits & 0xffffffffn) === 0n) {
    bits >>= 32n;
    sig += 32;
  }
  while ((bits & 1n) === 0n) {
    bits >>= 1n;
    sig++;
  }
  return sig;
}

/** The next pending signal `t` does not block: its own first, then its process's; or 0. */
export function nextSignal(t: Task): number {
  const own = t.sigPending.set & ~t.sigBlocked;
  if (own !== 0n) return firstOf(own);
  const shared = t.process.sharedPending.set & ~t.sigBlocked;
  return shared === 0n ? 0 : firstOf(shared);
}

/** The next pending signal of `set` (blocked or not), own first; or 0 (sigtimedwait). */
export function nextSignalOf(t: Task, set: Sigset): number {
  const own = t.sigPending.set & set;
  if (own !== 0n) return firstOf(own);
  const shared = t.process.sharedPending.set & set;
  return shared === 0n ? 0 : firstOf(shared);
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
