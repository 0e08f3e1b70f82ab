// kernel/syscalls/sys_signal.ts — sending signals: kill, tkill, tgkill, with Linux's
// permission rule (the sender's real or effective uid matches the target's real or saved
// uid, or CAP_KILL) and signal 0 as an existence check. Delivery is kernel/signals.ts.
// Handlers, masks and waiting for signals (rt_sigaction, rt_sigprocmask, …) are the signals
// issue; they are unimplemented until then.

import { EINVAL, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { CAP_KILL } from '../../abi/misc';
import { SIGCONT, SI_TKILL, SI_USER } from '../../abi/signal';
import type { Process } from '../../proc/process';
import { sendSignal } from '../../proc/signal';
import type { Task } from '../../proc/task';
import { capable } from '../../vfs/ctx';
import type { Kernel } from '../kernel';
import { full, type Handler } from '../table';
import { int } from './args';

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

export const signalSyscalls = {
  kill: full(sysKill),
  tgkill: full(sysTgkill),
  tkill: full(sysTkill),
};
