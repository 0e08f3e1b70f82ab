// kernel/signals.ts — delivery of pending signals on the way out of the kernel (Linux's
// get_signal + handle_signal): dequeue the next signal the task does not block, trace it, and
// act on its disposition — a default action (terminate, core, stop, continue, ignore) or a
// handler — and decide what becomes of an interrupted call (EINTR, or a restart: signal(7)).
//
// Handlers. A handler that is a program's JS function (a UserHandler, from the typed door's
// sigaction) gets a frame (proc/signal.ts SigFrame): the mask becomes mask | sa_mask | sig
// (unless SA_NODEFER), SA_RESETHAND resets the disposition, SA_ONSTACK moves to the alternate
// stack; the runtime (userland/door.ts) runs the function before the interrupted call's promise
// settles and then calls rt_sigreturn, which restores the mask and returns the call's result.
// A handler that is only an address (set through the raw door: nothing to run) runs as a
// no-op handler that returns at once: its disposition changes (SA_RESETHAND) and its effect on
// the interrupted call (EINTR or restart) are Linux's, its mask lasts no time.
//
// Restart codes (abi/errno.ts ERESTART*) never leave the kernel: the first handled signal
// decides (ERESTARTSYS restarts with SA_RESTART, ERESTARTNOINTR always, ERESTARTNOHAND and
// ERESTART_RESTARTBLOCK never), and with no handler at all every one restarts (a restarted
// sleep keeps its deadline, as restart_syscall resumes it). Owned by the signals work.

import { EINTR, ERESTARTNOHAND, ERESTARTNOINTR, ERESTARTSYS, ERESTART_RESTARTBLOCK } from '../abi/errno';
import { RLIMIT_CORE } from '../abi/resource';
import { CLD_STOPPED, SA_NODEFER, SA_ONSTACK, SA_RESETHAND, SA_RESTART, SIGKILL, SIGSTOP, SIG_DFL, SIG_IGN,
  SS_AUTODISARM, signalByNumber } from '../abi/signal';
import { SYS } from '../abi/syscalls';
import { wTermSig } from '../abi/wait';
import { exitGroup } from '../proc/exit';
import type { Process } from '../proc/process';
import { UNBLOCKABLE, dequeueSignal, nextSignal, notifyParentStop, sigbit, type UserHandler } from '../proc/signal';
import type { Task } from '../proc/task';
import { copyStructToUser, isNull } from '../mm/usercopy';
import { timespec as timespecLayout } from '../abi/structs';
import type { Kernel } from './kernel';

/** deliverSignals' answer when the task stopped (job control) on its way out. */
export const STOPPED = -0x7fff0001;
/** deliverSignals' answer when the interrupted call must run again now (no handler ran). */
export const RESTART = -0x7fff0002;

/** Is `r` one of the kernel-internal restart codes (-512 … -516)? */
export function isRestartCode(r: number): boolean {
  return r <= -512 && r >= -516;
}

/** kill -SIGTSTP of an orphaned process group is discarded (is_current_pgrp_orphaned). */
function pgrpOrphaned(k: Kernel, p: Process): boolean {
  for (const q of k.pidns.processes.values()) {
    if (q.pgid !== p.pgid || q.state !== 'alive') continue;
    const parent = q.parent;
    if (parent && parent.pgid !== p.pgid && parent.sid === q.sid) return false;
  }
  return true;
}

/** Can `t` sleep here (run by the scheduler), rather than driven synchronously by a handle? */
function schedulerRun(k: Kernel, t: Task): boolean {
  return k.sched.current === t || t.resume !== null;
}

/**
 * Delivers every deliverable signal of `t`; the task may die, stop, or get handler frames.
 * `ret` is the result of the call the task is leaving (a restart code if it was interrupted);
 * returns the result the caller must see, STOPPED (the task sleeps until SIGCONT; its result is
 * kept in t.stopRet), or RESTART (run the call again now).
 */
export function deliverSignals(k: Kernel, t: Task, ret = 0): number {
  const restartCode = isRestartCode(ret) ? ret : 0;
  let decided = false;
  let restartNow = false;
  let out = ret;
  for (;;) {
    if (t.state === 'dead') return out;
    const sig = nextSignal(t);
    if (sig === 0) break;
    const info = dequeueSignal(t, sig);
    const p = t.process;
    const act = p.sighand.actions[sig]!;
    if (act.handler === SIG_IGN) continue;
    k.onSignal(t, info);
    if (act.handler === SIG_DFL) {
      if (p.unkillable && sig !== SIGKILL) continue;
      const action = signalByNumber(sig)?.defaultAction ?? 'term';
      if (action === 'term' || action === 'core') {
        // A core is dumped only when RLIMIT_CORE allows one (default soft limit 0: no core,
        // no "(core dumped)"); the core file itself is not written.
        const core = action === 'core' && p.rlimits[RLIMIT_CORE]![0] > 0;
        exitGroup(k, t, wTermSig(sig, core));
        return out;
      }
      if (action === 'stop') {
        if (sig !== SIGSTOP && pgrpOrphaned(k, p)) continue;
        p.stopped = true;
        p.stopReport = sig;
        p.contReport = false;
        notifyParentStop(p, CLD_STOPPED, sig);
        if (!schedulerRun(k, t)) continue; // a handle-driven process: recorded, not slept
        t.stopRet = out;
        return STOPPED;
      }
      continue; // 'ign', 'cont' (continuing happened when SIGCONT was sent)
    }
    // A handler. The first one decides the fate of an interrupted call.
    let restart = false;
    if (restartCode !== 0 && !decided) {
      decided = true;
      if (restartCode === ERESTARTNOINTR.errno * -1 || (restartCode === -ERESTARTSYS.errno && act.flags & SA_RESTART)) restart = true;
      else out = -EINTR.errno;
    }
    const saved = t.savedSigmask ?? t.sigBlocked;
    t.savedSigmask = null;
    let during = t.sigBlocked | act.mask;
    if (!(act.flags & SA_NODEFER)) during |= sigbit(sig);
    if (act.flags & SA_RESETHAND) p.sighand.actions[sig] = { ...act, handler: SIG_DFL };
    const h = act.handler;
    if (typeof h === 'object') {
      const alt = t.altStack;
      const savedAlt = { ...alt };
      if (alt.onStack > 0) {
        alt.onStack++;
      } else if (act.flags & SA_ONSTACK && alt.size > 0) {
        alt.onStack = 1;
        if (alt.flags & SS_AUTODISARM) t.altStack = { sp: 0, size: 0, flags: 0, onStack: 0 }; // sas_ss_reset()
      }
      t.sigFrames.push({
        sig, info, handler: h as UserHandler, flags: act.flags, savedMask: saved, savedAlt,
        result: restart ? t.scNr : out, restart, started: false,
      });
      t.newFrames++;
      t.sigBlocked = during & ~UNBLOCKABLE;
    } else {
      // An address with no function behind it: a handler that returns at once.
      t.sigBlocked = saved;
      if (restart) restartNow = true;
    }
  }
  if (t.savedSigmask !== null) {
    t.sigBlocked = t.savedSigmask; // restore_saved_sigmask(): no handler frame took it
    t.savedSigmask = null;
  }
  if (restartCode !== 0 && (!decided || restartNow)) return RESTART;
  return out;
}

/**
 * The result of a sleeping call a signal interrupted (before the signal is delivered): the
 * bytes already moved if it moved some, else its restart code (signal(7)): ERESTARTSYS for
 * calls SA_RESTART restarts (read, write, wait4, flock, F_SETLKW, open of a FIFO, accept, …),
 * ERESTARTNOHAND for pause, sigsuspend, select, poll without timeout; ERESTART_RESTARTBLOCK
 * for the relative sleeps (nanosleep writes rem) and poll with a timeout; plain EINTR for the
 * calls that never restart (epoll_wait, sigtimedwait, io_getevents, semop …).
 */
export function interruptedResult(k: Kernel, t: Task): number {
  if (t.progress > 0) return t.progress;
  const a = t.scArgs;
  switch (t.scNr) {
    case SYS.nanosleep:
      writeRem(k, t, a[1]);
      return -ERESTART_RESTARTBLOCK.errno;
    case SYS.clock_nanosleep:
      if ((Number(a[1]) | 0) & 1 /* TIMER_ABSTIME */) return -ERESTARTNOHAND.errno;
      writeRem(k, t, a[3]);
      return -ERESTART_RESTARTBLOCK.errno;
    case SYS.pause: case SYS.rt_sigsuspend: case SYS.select: case SYS.pselect6: case SYS.ppoll:
      return -ERESTARTNOHAND.errno;
    case SYS.poll:
      return (Number(a[2]) | 0) < 0 ? -ERESTARTNOHAND.errno : -ERESTART_RESTARTBLOCK.errno;
    case SYS.epoll_wait: case SYS.epoll_pwait: case SYS.epoll_pwait2: case SYS.rt_sigtimedwait:
    case SYS.io_getevents: case SYS.io_pgetevents: case SYS.semop: case SYS.semtimedop:
      return -EINTR.errno;
    default:
      return -ERESTARTSYS.errno;
  }
}

/** A relative sleep's remaining time, written to rem (when given) as the call is interrupted. */
function writeRem(k: Kernel, t: Task, rem: unknown): void {
  if (t.wakeAtNs < 0 || rem === undefined || isNull(rem as never)) return;
  const left = Math.max(0, t.wakeAtNs - k.clock.monoNs);
  copyStructToUser(t.mm, rem as never, timespecLayout, { tv_sec: Math.floor(left / 1e9), tv_nsec: left % 1e9 });
}

/** rt_sigreturn: pops the top frame, restores the mask and alternate stack; the call's result. */
export function sigreturn(t: Task): number | null {
  const f = t.sigFrames.pop();
  if (!f) return null;
  if (t.newFrames > t.sigFrames.length) t.newFrames = t.sigFrames.length;
  t.sigBlocked = f.savedMask & ~UNBLOCKABLE;
  t.altStack = f.savedAlt;
  return f.result;
}
