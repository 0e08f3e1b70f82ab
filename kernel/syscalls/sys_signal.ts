// kernel/syscalls/sys_signal.ts — sending signals: kill, tkill, tgkill, with Linux's
// permission rule (the sender's real or effective uid matches the target's real or saved
// uid, or CAP_KILL) and signal 0 as an existence check. Delivery is kernel/signals.ts.
// Also dispositions and masks (rt_sigaction, rt_sigprocmask, rt_sigpending), waiting for
// signals (rt_sigsuspend, pause, rt_sigtimedwait), queued signals with a value
// (rt_sigqueueinfo, rt_tgsigqueueinfo), the alternate stack (sigaltstack), rt_sigreturn (the
// runtime's end of a handler) and the interval timers (alarm, setitimer, getitimer).

import { EAGAIN, EFAULT, EINVAL, ENOMEM, EPERM, ERESTARTNOHAND, ESRCH, type Errno } from '../../abi/errno';
import { CAP_KILL } from '../../abi/misc';
import { MINSIGSTKSZ, SA_EXPOSE_TAGBITS, SA_NOCLDSTOP, SA_NOCLDWAIT, SA_NODEFER, SA_ONSTACK, SA_RESETHAND,
  SA_RESTART, SA_RESTORER, SA_SIGINFO, SIGALRM, SIGCONT, SIGSEGV, SIGVTALRM, SIGPROF, SIG_DFL, SIG_IGN, SI_KERNEL,
  SI_TKILL, SI_USER, SS_AUTODISARM, SS_DISABLE, SS_ONSTACK, sigKernelOnly } from '../../abi/signal';
import { itimerval as itimervalLayout, sigaction as sigactionLayout, siginfo as siginfoLayout, sigset as sigsetLayout,
  stack_t as stackLayout, timespec as timespecLayout, type Siginfo, type Sigset as SigsetWords } from '../../abi/structs';
import { ITIMER_PROF, ITIMER_REAL, ITIMER_VIRTUAL } from '../../abi/time';
import { copyStructFromUser, copyStructToUser, copyToUser, isNull, type UPtr } from '../../mm/usercopy';
import { Out } from '../../mm/usercopy';
import { processTimes } from '../../proc/exit';
import type { Process } from '../../proc/process';
import { UNBLOCKABLE, dequeueSignal, forceSignal, nextSignalOf, sendSignal, sigIgnored, type Itimer, type Itimers,
  type SigInfo, type Sigset, type UserHandler } from '../../proc/signal';
import type { Task } from '../../proc/task';
import { BLOCK, capable } from '../../vfs/ctx';
import type { Kernel } from '../kernel';
import { sigreturn } from '../signals';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint, ulong } from './args';

/** The flags rt_sigaction keeps (UAPI_SA_FLAGS on x86-64); others are cleared. */
const SA_KNOWN = SA_NOCLDSTOP | SA_NOCLDWAIT | SA_SIGINFO | SA_ONSTACK | SA_RESTART | SA_NODEFER | SA_RESETHAND
  | SA_EXPOSE_TAGBITS | SA_RESTORER;

/** A sigset's words as a bigint set. */
export function setOfWords(w: SigsetWords): Sigset {
  return (BigInt(w.sig[0]! >>> 0) | (BigInt(w.sig[1]! >>> 0) << 32n));
}
/** A bigint set as a sigset's words. */
export function wordsOfSet(s: Sigset): SigsetWords {
  return { sig: [Number(s & 0xffffffffn), Number((s >> 32n) & 0xffffffffn)] };
}

/** Reads a sigset argument: a bigint set, or EFAULT. */
function readSet(t: Task, p: UPtr): Sigset | Errno {
  if (typeof p === 'bigint') return p;
  const w = copyStructFromUser(t.mm, p, sigsetLayout);
  if (!('sig' in w)) return w;
  return setOfWords(w);
}

/** kill_ok_by_cred() and the SIGCONT-in-session exception. */
function mayKill(t: Task, target: Task, sig: number): boolean {
  const c = t.cred;
  const tc = target.cred;
  if (c.euid === tc.suid || c.euid === tc.uid || c.uid === tc.suid || c.uid === tc.uid) return true;
  if (capable(c, CAP_KILL)) return true;
  return sig === SIGCONT && t.process.sid === target.process.sid;
}

/** A valid signal number for kill: 0 (existence check) to 64. */
function validSig(sig: number): boolean {
  return sig >= 0 && sig <= 64;
}

/**
 * group_send_sig_info(): EINVAL for a bad signal, EPERM if not allowed, nothing for signal 0.
 * A zombie still exists until it is reaped: the signal is accepted and has no effect.
 */
function killProcess(t: Task, p: Process, sig: number): Errno | undefined {
  const target = p.leader;
  if (!target || p.state === 'reaped') return ESRCH;
  if (!validSig(sig)) return EINVAL;
  if (p !== t.process && !mayKill(t, target, sig)) return EPERM;
  if (sig !== 0 && p.state === 'alive') sendSignal(target, { signo: sig, code: SI_USER, pid: t.tgid, uid: t.cred.uid }, true);
  return undefined;
}

/** kill(2): the signal number is checked only once a target is found (else ESRCH). */
const sysKill: Handler = (k: Kernel, t, pidArg, sigArg) => {
  const pid = int(pidArg);
  const sig = int(sigArg);
  if (pid > 0) {
    const target = k.pidns.findTask(pid); // any thread's id names its process
    return target ? (killProcess(t, target.process, sig) ?? 0) : ESRCH;
  }
  if (pid === -2147483648) return ESRCH;
  if (pid === -1) {
    // Everyone but init and the caller: the last error other than EPERM, so 0 when every
    // target refused (kill_something_info()); ESRCH when there is no one.
    let count = 0;
    let ret: Errno | undefined;
    for (const p of [...k.pidns.processes.values()]) {
      if (p.state === 'reaped' || p === k.init || p === t.process) continue;
      count++;
      const err = killProcess(t, p, sig);
      if (err !== EPERM) ret = err;
    }
    return count === 0 ? ESRCH : (ret ?? 0);
  }
  // A group (pid 0: the caller's, pid < -1: -pid): 0 if one member took it, else the last error.
  const pgid = pid === 0 ? t.process.pgid : -pid;
  let ret: Errno | 0 = ESRCH;
  for (const p of [...k.pidns.processes.values()]) {
    if (p.state === 'reaped' || p.pgid !== pgid) continue;
    const err = killProcess(t, p, sig);
    if (ret !== 0) ret = err ?? 0;
  }
  return ret;
};

/** tgkill(2)/tkill(2): to one thread; the signal number is checked once the thread is found. */
function threadKill(k: Kernel, t: Task, tgid: number, tid: number, sig: number): number | Errno {
  if (tid <= 0) return EINVAL;
  const target = k.pidns.findTask(tid);
  if (!target || (tgid > 0 && target.tgid !== tgid)) return ESRCH;
  if (!validSig(sig)) return EINVAL;
  if (target.process !== t.process && !mayKill(t, target, sig)) return EPERM;
  if (sig !== 0 && target.state !== 'dead') sendSignal(target, { signo: sig, code: SI_TKILL, pid: t.tgid, uid: t.cred.uid }, false);
  return 0;
}

const sysTgkill: Handler = (k, t, tgid, tid, sig) => (int(tgid) <= 0 ? EINVAL : threadKill(k, t, int(tgid), int(tid), int(sig)));
const sysTkill: Handler = (k, t, tid, sig) => threadKill(k, t, -1, int(tid), int(sig));

/** Is the argument a typed-door object (not an address, bytes, or an Out box)? */
function typedObject(p: unknown): p is Record<string, unknown> {
  return typeof p === 'object' && p !== null && !(p instanceof Out) && !(p instanceof Uint8Array);
}

/** rt_sigaction(2): EINVAL for sigsetsize ≠ 8, a bad signal, or a handler for SIGKILL/SIGSTOP. */
const sysRtSigaction: Handler = (_k, t, sigArg, actArg, oactArg, sizeArg) => {
  if (ulong(sizeArg) !== 8) return EINVAL;
  const sig = int(sigArg);
  const act = ptr(actArg);
  let next: { handler: number | object; flags: number; mask: Sigset; restorer: number } | null = null;
  if (!isNull(act)) {
    if (typedObject(act) && typeof act.sa_handler === 'object' && act.sa_handler !== null) {
      // The typed door: a program's handler object (UserHandler) is kept as it is.
      const mask = act.sa_mask as SigsetWords | undefined;
      next = { handler: act.sa_handler, flags: Number(act.sa_flags ?? 0), mask: mask ? setOfWords(mask) : 0n, restorer: Number(act.sa_restorer ?? 0) };
    } else {
      const a = copyStructFromUser(t.mm, act, sigactionLayout);
      if (!('sa_flags' in a)) return a;
      next = { handler: a.sa_handler, flags: a.sa_flags, mask: setOfWords(a.sa_mask), restorer: a.sa_restorer };
    }
  }
  if (sig < 1 || sig > 64 || (next && sigKernelOnly(sig))) return EINVAL;
  const p = t.process;
  const old = p.sighand.actions[sig]!;
  if (next) {
    next.flags = ((next.flags >>> 0) & SA_KNOWN) >>> 0;
    next.mask &= ~UNBLOCKABLE;
    p.sighand.actions[sig] = next;
    // A signal now ignored is discarded from every queue (sig_handler_ignored → flush).
    if (sigIgnored(p, sig)) {
      const bit = 1n << BigInt(sig - 1);
      p.sharedPending.remove(bit);
      for (const th of p.threads) th.sigPending.remove(bit);
    }
  }
  const oact = ptr(oactArg);
  if (!isNull(oact)) {
    const h = old.handler;
    const value = {
      sa_handler: (typeof h === 'number' ? h : oact instanceof Out ? h : (h as UserHandler).addr) as number,
      sa_flags: old.flags, sa_restorer: old.restorer, sa_mask: wordsOfSet(old.mask),
    };
    const err = copyStructToUser(t.mm, oact, sigactionLayout, value);
    if (err) return err;
  }
  return 0;
};

/** rt_sigprocmask(2): SIGKILL and SIGSTOP are silently left unblocked. */
const sysRtSigprocmask: Handler = (_k, t, howArg, setArg, osetArg, sizeArg) => {
  if (ulong(sizeArg) !== 8) return EINVAL;
  const old = t.sigBlocked;
  const setp = ptr(setArg);
  if (!isNull(setp)) {
    const set = readSet(t, setp);
    if (typeof set !== 'bigint') return set;
    const how = int(howArg);
    let next: Sigset;
    if (how === 0) next = old | set;
    else if (how === 1) next = old & ~set;
    else if (how === 2) next = set;
    else return EINVAL;
    t.sigBlocked = next & ~UNBLOCKABLE;
  }
  const osetp = ptr(osetArg);
  if (!isNull(osetp)) return copyStructToUser(t.mm, osetp, sigsetLayout, wordsOfSet(old)) ?? 0;
  return 0;
};

/** rt_sigpending(2): pending (thread's and process's) signals that are blocked. */
const sysRtSigpending: Handler = (_k, t, setArg, sizeArg) => {
  const size = ulong(sizeArg);
  if (size > 8) return EINVAL;
  const pend = (t.sigPending.set | t.process.sharedPending.set) & t.sigBlocked;
  const p = ptr(setArg);
  if (p instanceof Out) {
    p.value = wordsOfSet(pend);
    return 0;
  }
  const b = sigsetLayout.toBytes(wordsOfSet(pend));
  return copyToUser(t.mm, p, b, size) === size ? 0 : EFAULT;
};

/** rt_sigsuspend(2): waits with a temporary mask; returns -EINTR once a handler has run. */
const sysRtSigsuspend: Handler = (_k, t, setArg, sizeArg) => {
  if (t.savedSigmask === null) {
    if (ulong(sizeArg) !== 8) return EINVAL;
    const set = readSet(t, ptr(setArg));
    if (typeof set !== 'bigint') return set;
    t.savedSigmask = t.sigBlocked;
    t.sigBlocked = set & ~UNBLOCKABLE;
  }
  if (((t.sigPending.set | t.process.sharedPending.set) & ~t.sigBlocked) !== 0n) return ERESTARTNOHAND;
  return BLOCK;
};

/** pause(2): sleeps until a signal is delivered. */
const sysPause: Handler = (_k, t) =>
  ((t.sigPending.set | t.process.sharedPending.set) & ~t.sigBlocked) !== 0n ? ERESTARTNOHAND : BLOCK;

/** A SigInfo as the siginfo_t layout's fields. */
function siginfoOf(info: SigInfo): Partial<Siginfo> {
  return {
    si_signo: info.signo, si_errno: info.errno ?? 0, si_code: info.code,
    ...(info.addr !== undefined ? { si_addr: info.addr } : { si_pid: info.pid ?? 0, si_uid: info.uid ?? 0 }),
    ...(info.status !== undefined ? { si_status: info.status, si_utime: info.utime ?? 0, si_stime: info.stime ?? 0 } : {}),
    ...(info.value !== undefined ? { si_value: info.value } : {}),
  };
}

/** rt_sigtimedwait(2): takes a pending signal of the set, or waits (EAGAIN at the timeout). */
const sysRtSigtimedwait: Handler = (k, t, setArg, infoArg, tsArg, sizeArg) => {
  let mask = t.sigWaiting;
  if (mask === 0n) {
    if (ulong(sizeArg) !== 8) return EINVAL;
    const set = readSet(t, ptr(setArg));
    if (typeof set !== 'bigint') return set;
    mask = set & ~UNBLOCKABLE;
  }
  const sig = nextSignalOf(t, mask);
  if (sig !== 0) {
    t.sigWaiting = 0n;
    const info = dequeueSignal(t, sig);
    const ip = ptr(infoArg);
    if (!isNull(ip)) {
      if (ip instanceof Out) ip.value = info;
      else if (copyToUser(t.mm, ip, siginfoLayout.toBytes(siginfoOf(info) as Siginfo)) !== 128) return EFAULT;
    }
    return sig;
  }
  if (t.sigWaiting === 0n) {
    const tsp = ptr(tsArg);
    if (!isNull(tsp)) {
      const ts = copyStructFromUser(t.mm, tsp, timespecLayout);
      if (!('tv_sec' in ts)) return ts;
      if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec > 999_999_999) return EINVAL;
      const ns = ts.tv_sec * 1e9 + ts.tv_nsec;
      if (ns === 0) return EAGAIN;
      t.wakeAtNs = k.clock.monoNs + ns;
      t.onSyscallExit = k.clock.at(t.wakeAtNs, () => t.wake());
    }
    t.sigWaiting = mask;
    t.atCallExit(() => { t.sigWaiting = 0n; });
  } else if (t.wakeAtNs >= 0 && k.clock.monoNs >= t.wakeAtNs) {
    return EAGAIN;
  }
  return BLOCK;
};

/** The queued-signal rules: a positive si_code (or SI_TKILL) only to oneself (EPERM). */
function readQueuedInfo(t: Task, sig: number, p: UPtr, self: boolean): SigInfo | Errno {
  let si: Partial<Siginfo>;
  if (typedObject(p) && !('si_signo' in p) && 'code' in p) {
    si = { si_code: Number(p.code), si_value: Number(p.value ?? 0), si_pid: Number(p.pid ?? 0), si_uid: Number(p.uid ?? 0) };
  } else {
    const b = copyStructFromUser(t.mm, p, siginfoLayout);
    if (!('si_code' in b)) return b;
    si = b;
  }
  const code = si.si_code ?? 0;
  if ((code >= 0 || code === SI_TKILL) && !self) return EPERM;
  return { signo: sig, code, errno: si.si_errno ?? 0, pid: si.si_pid ?? 0, uid: si.si_uid ?? 0, value: si.si_value ?? 0 };
}

/** rt_sigqueueinfo(2): a signal with its info (sigqueue) to a process. */
const sysRtSigqueueinfo: Handler = (k, t, pidArg, sigArg, infoArg) => {
  const pid = int(pidArg);
  const sig = int(sigArg);
  const info = readQueuedInfo(t, sig, ptr(infoArg), pid === t.tgid);
  if (!('signo' in info)) return info;
  const target = pid > 0 ? k.pidns.findTask(pid) : undefined;
  if (!target) return ESRCH;
  const p = target.process;
  if (!target || p.state === 'reaped') return ESRCH;
  if (!validSig(sig)) return EINVAL;
  if (p !== t.process && !mayKill(t, target, sig)) return EPERM;
  if (sig !== 0 && p.state === 'alive') sendSignal(p.leader ?? target, info, true);
  return 0;
};

/** rt_tgsigqueueinfo(2): the same, to one thread. */
const sysRtTgsigqueueinfo: Handler = (k, t, tgidArg, tidArg, sigArg, infoArg) => {
  const tgid = int(tgidArg);
  const tid = int(tidArg);
  const sig = int(sigArg);
  if (tgid <= 0 || tid <= 0) return EINVAL;
  const info = readQueuedInfo(t, sig, ptr(infoArg), tid === t.tid);
  if (!('signo' in info)) return info;
  const target = k.pidns.findTask(tid);
  if (!target || target.tgid !== tgid) return ESRCH;
  if (!validSig(sig)) return EINVAL;
  if (target.process !== t.process && !mayKill(t, target, sig)) return EPERM;
  if (sig !== 0 && target.state !== 'dead') sendSignal(target, info, false);
  return 0;
};

/** sigaltstack(2): EPERM while on the stack, EINVAL for a bad mode, ENOMEM below MINSIGSTKSZ. */
const sysSigaltstack: Handler = (_k, t, ssArg, oldArg) => {
  const alt = t.altStack;
  const old = {
    ss_sp: alt.sp, ss_size: alt.size,
    ss_flags: ((alt.size === 0 ? SS_DISABLE : alt.onStack > 0 ? SS_ONSTACK : 0) | alt.flags) | 0,
  };
  const ssp = ptr(ssArg);
  if (!isNull(ssp)) {
    const ss = copyStructFromUser(t.mm, ssp, stackLayout);
    if (!('ss_flags' in ss)) return ss;
    if (alt.onStack > 0) return EPERM;
    const flags = ss.ss_flags >>> 0;
    const mode = flags & ~SS_AUTODISARM;
    if (mode !== SS_DISABLE && mode !== SS_ONSTACK && mode !== 0) return EINVAL;
    // Only SS_AUTODISARM is kept: the mode reads back from the state (SS_DISABLE, SS_ONSTACK).
    if (mode === SS_DISABLE) {
      t.altStack = { sp: 0, size: 0, flags: flags & SS_AUTODISARM, onStack: 0 };
    } else {
      if (ss.ss_size < MINSIGSTKSZ) return ENOMEM;
      t.altStack = { sp: ss.ss_sp, size: ss.ss_size, flags: flags & SS_AUTODISARM, onStack: 0 };
    }
  }
  const op = ptr(oldArg);
  if (!isNull(op)) return copyStructToUser(t.mm, op, stackLayout, old) ?? 0;
  return 0;
};

/** rt_sigreturn(2): the end of a handler (the runtime calls it); without a frame, SIGSEGV. */
const sysRtSigreturn: Handler = (_k, t) => {
  const r = sigreturn(t);
  if (r === null) {
    forceSignal(t, { signo: SIGSEGV, code: SI_KERNEL, addr: 0 });
    return 0;
  }
  return r;
};

// --- interval timers ------------------------------------------------------------------------

const USEC = 1000;

function timers(p: Process): Itimers {
  return (p.itimers ??= [
    { deadline: 0, interval: 0, cancel: null }, { deadline: 0, interval: 0, cancel: null }, { deadline: 0, interval: 0, cancel: null },
  ]);
}

/** A process's CPU clock for ITIMER_VIRTUAL (user time) or ITIMER_PROF (user + system), ns. */
function cpuNow(p: Process, which: number): number {
  const tm = processTimes(p);
  return which === ITIMER_VIRTUAL ? tm.utimeNs : tm.utimeNs + tm.stimeNs;
}

/** Arms ITIMER_REAL to fire at `deadline` (CLOCK_MONOTONIC): SIGALRM, reloaded with the interval. */
function armReal(k: Kernel, p: Process, it: Itimer): void {
  it.cancel?.();
  it.cancel = null;
  if (it.deadline === 0) return;
  it.cancel = k.clock.at(it.deadline, () => {
    it.cancel = null;
    const leader = p.leader;
    if (p.state !== 'alive' || !leader) return;
    sendSignal(leader, { signo: SIGALRM, code: SI_KERNEL }, true);
    if (it.interval > 0) {
      it.deadline += it.interval;
      armReal(k, p, it);
    } else {
      it.deadline = 0;
    }
  });
}

/**
 * ITIMER_VIRTUAL and ITIMER_PROF: checked when a thread of the process leaves the kernel
 * (kernel/dispatch.ts calls this when the process has timers): SIGVTALRM / SIGPROF.
 */
export function checkCpuTimers(p: Process): void {
  const its = p.itimers;
  if (!its) return;
  for (const which of [ITIMER_VIRTUAL, ITIMER_PROF]) {
    const it = its[which]!;
    if (it.deadline === 0) continue;
    const now = cpuNow(p, which);
    if (now < it.deadline) continue;
    it.deadline = it.interval > 0 ? it.deadline + it.interval : 0;
    const leader = p.leader;
    if (leader) sendSignal(leader, { signo: which === ITIMER_VIRTUAL ? SIGVTALRM : SIGPROF, code: SI_KERNEL }, true);
  }
}

/** The remaining time and interval of timer `which`, in µs (ITIMER_REAL rounds up to 1 µs). */
function readItimer(k: Kernel, p: Process, which: number): { it_interval: { tv_sec: number; tv_usec: number }; it_value: { tv_sec: number; tv_usec: number } } {
  const it = timers(p)[which]!;
  let left = 0;
  if (it.deadline !== 0) {
    left = it.deadline - (which === ITIMER_REAL ? k.clock.monoNs : cpuNow(p, which));
    if (left <= 0) left = which === ITIMER_REAL ? USEC : 0;
  }
  const tv = (ns: number) => ({ tv_sec: Math.floor(ns / 1e9), tv_usec: Math.ceil((ns % 1e9) / USEC) });
  const v = tv(left);
  if (v.tv_usec >= 1_000_000) { v.tv_sec++; v.tv_usec -= 1_000_000; }
  return { it_interval: tv(it.interval), it_value: v };
}

/** Sets timer `which` (value/interval in ns, 0 disarms). */
function setItimer(k: Kernel, p: Process, which: number, valueNs: number, intervalNs: number): void {
  const it = timers(p)[which]!;
  it.interval = intervalNs;
  if (which === ITIMER_REAL) {
    it.deadline = valueNs > 0 ? k.clock.monoNs + valueNs : 0;
    armReal(k, p, it);
  } else {
    it.deadline = valueNs > 0 ? cpuNow(p, which) + valueNs : 0;
  }
}

const sysGetitimer: Handler = (k, t, whichArg, cur) => {
  const which = int(whichArg);
  if (which !== ITIMER_REAL && which !== ITIMER_VIRTUAL && which !== ITIMER_PROF) return EINVAL;
  return copyStructToUser(t.mm, ptr(cur), itimervalLayout, readItimer(k, t.process, which)) ?? 0;
};

const sysSetitimer: Handler = (k, t, whichArg, newArg, oldArg) => {
  const which = int(whichArg);
  if (which !== ITIMER_REAL && which !== ITIMER_VIRTUAL && which !== ITIMER_PROF) return EINVAL;
  const np = ptr(newArg);
  let value = 0;
  let interval = 0;
  if (!isNull(np)) {
    const v = copyStructFromUser(t.mm, np, itimervalLayout);
    if (!('it_value' in v)) return v;
    const ok = (tv: { tv_sec: number; tv_usec: number }) => tv.tv_sec >= 0 && tv.tv_usec >= 0 && tv.tv_usec < 1_000_000;
    if (!ok(v.it_value) || !ok(v.it_interval)) return EINVAL;
    value = v.it_value.tv_sec * 1e9 + v.it_value.tv_usec * USEC;
    interval = v.it_interval.tv_sec * 1e9 + v.it_interval.tv_usec * USEC;
  }
  const old = readItimer(k, t.process, which);
  setItimer(k, t.process, which, value, interval);
  const op = ptr(oldArg);
  if (!isNull(op)) return copyStructToUser(t.mm, op, itimervalLayout, old) ?? 0;
  return 0;
};

/** alarm(2): ITIMER_REAL in whole seconds; returns the old one's seconds (rounded to nearest, ≥ 1). */
const sysAlarm: Handler = (k, t, secArg) => {
  const old = readItimer(k, t.process, ITIMER_REAL).it_value;
  let sec = old.tv_sec;
  if ((sec === 0 && old.tv_usec > 0) || old.tv_usec >= 500_000) sec++;
  setItimer(k, t.process, ITIMER_REAL, uint(secArg) * 1e9, 0);
  return sec;
};

export const signalSyscalls = {
  kill: full(sysKill),
  tgkill: full(sysTgkill),
  tkill: full(sysTkill),
  rt_sigaction: partial(sysRtSigaction, 'Every flag is kept and acted on (SA_RESTART, SA_SIGINFO, SA_NODEFER, SA_RESETHAND, SA_ONSTACK, SA_NOCLDSTOP, SA_NOCLDWAIT); a handler is run by the program runtime when it is a JS function (typed door sigaction), and as a no-op handler that returns at once when it is only an address.'),
  rt_sigprocmask: full(sysRtSigprocmask),
  rt_sigpending: full(sysRtSigpending),
  rt_sigsuspend: full(sysRtSigsuspend),
  rt_sigtimedwait: full(sysRtSigtimedwait),
  rt_sigqueueinfo: full(sysRtSigqueueinfo),
  rt_tgsigqueueinfo: full(sysRtTgsigqueueinfo),
  rt_sigreturn: partial(sysRtSigreturn, 'Ends a handler run by the program runtime (restores the mask and alternate stack, returns the interrupted call\'s result); there is no user stack frame to read.'),
  sigaltstack: partial(sysSigaltstack, 'State, EPERM while on it, ENOMEM below MINSIGSTKSZ, SS_DISABLE/SS_AUTODISARM; JS handlers have no stack, so "on the stack" means a handler with SA_ONSTACK is running.'),
  pause: full(sysPause),
  alarm: full(sysAlarm),
  setitimer: partial(sysSetitimer, 'ITIMER_REAL on the virtual monotonic clock; ITIMER_VIRTUAL/PROF on the process\'s virtual CPU clocks, checked when its threads leave the kernel.'),
  getitimer: full(sysGetitimer),
};
