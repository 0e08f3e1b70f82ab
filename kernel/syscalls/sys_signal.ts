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

/** Sends to one process: ESRCH if gone, EPERM if not allowed, nothing for signal 0. */
function killProcess(t: Task, p: Process, sig: number): Errno | undefined {
  const target = p.leader;
  if (!target || p.state === 'reaped') return ESRCH;
  if (!mayKill(t, target, sig)) return EPERM;
  // A zombie still exists until it is reaped: the signal is accepted and has no effect.
  if (sig !== 0 && p.state === 'alive') sendSignal(target, { signo: sig, code: SI_USER, pid: t.tgid, uid: t.cred.uid }, true);
  return undefined;
}

/** kill(2) */
const sysKill: Handler = (k: Kernel, t, pidArg, sigArg) => {
  const pid = int(pidArg);
  const sig = int(sigArg);
  if (sig < 0 || sig > 64) return EINVAL;
  if (pid === -2147483648) return ESRCH;
  if (pid > 0) {
    const p = k.pidns.processes.get(pid);
    return p ? (killProcess(t, p, sig) ?? 0) : ESRCH;
  }
  // A group (pid 0: the caller's, pid < -1: -pid) or everyone (-1, not init, not the caller).
  const pgid = pid === 0 ? t.process.pgid : -pid;
  let found = false;
  let allowed = false;
  for (const p of [...k.pidns.processes.values()]) {
    if (p.state === 'reaped' || p === k.init) continue;
    if (pid === -1 ? p === t.process : p.pgid !== pgid) continue;
    found = true;
    if (!killProcess(t, p, sig)) allowed = true;
  }
  if (!found) return ESRCH;
  return allowed ? 0 : EPERM;
};

/** tgkill(2)/tkill(2): to one thread. */
function threadKill(k: Kernel, t: Task, tgid: number, tid: number, sig: number): number | Errno {
  if (tid <= 0 || sig < 0 || sig > 64) return EINVAL;
  const target = k.pidns.tasks.get(tid);
  if (!target || target.state === 'dead' || (tgid > 0 && target.tgid !== tgid)) return ESRCH;
  if (!mayKill(t, target, sig)) return EPERM;
  if (sig !== 0) sendSignal(target, { signo: sig, code: SI_TKILL, pid: t.tgid, uid: t.cred.uid }, false);
  return 0;
}

const sysTgkill: Handler = (k, t, tgid, tid, sig) => (int(tgid) <= 0 ? EINVAL : threadKill(k, t, int(tgid), int(tid), int(sig)));
const sysTkill: Handler = (k, t, tid, sig) => threadKill(k, t, -1, int(tid), int(sig));

export const signalSyscalls = {
  kill: full(sysKill),
  tgkill: full(sysTgkill),
  tkill: full(sysTkill),
};
