// proc/exit.ts — the end of tasks and processes (kernel/exit.c): a thread exits; the last
// thread's exit (or exit_group, or a fatal signal) makes the process a zombie: its files are
// closed, its children go to init, its parent gets the exit signal and is woken in wait4.
// wait4/waitid find a matching child, reap a zombie (its CPU time goes to the parent's
// children totals) or sleep on the parent's childWait queue.

import { ECHILD, EINVAL, type Errno } from '../abi/errno';
import { CLD_DUMPED, CLD_EXITED, CLD_KILLED, SA_NOCLDWAIT, SIGCHLD, SIG_IGN } from '../abi/signal';
import { __WALL, __WCLONE, __WNOTHREAD, WCONTINUED, WEXITED, WNOHANG, WNOWAIT, WUNTRACED,
  WIFEXITED, WEXITSTATUS, WTERMSIG, WCOREDUMP } from '../abi/wait';
import { BLOCK, type Block } from '../vfs/ctx';
import { putFsContext } from '../vfs/fs_struct';
import type { PidNamespace, Process } from './process';
import { sendSignal } from './signal';
import type { Task, TaskHost } from './task';

/** What exit needs from the kernel beyond TaskHost. */
export interface ExitHost extends TaskHost {
  readonly pidns: PidNamespace;
  /** The process orphans are given to (init). */
  readonly reaper: Process;
  /** Does init reap its children as soon as they die? (false: they stay zombies, as under a
   * pid 1 that never calls wait — the conformance executor's scenario root.) */
  readonly initReaps: boolean;
  /** Takes a task off the CPU and out of the run queue for good. */
  retire(t: Task): void;
  /** A task has exited (tracing: "+++ exited with N +++"). */
  onTaskExit(t: Task, status: number): void;
  /** A process became a zombie (or was reaped at once). */
  onProcessExit(p: Process): void;
}

/** Clock ticks (USER_HZ = 100) of a nanosecond count, as siginfo and times(2) report them. */
export function ticks(ns: number): number {
  return Math.floor(ns / 10_000_000);
}

/** Ends thread `t`; if it was the last one, the process becomes a zombie with `status`. */
export function exitThread(host: ExitHost, t: Task, status: number): void {
  if (t.state === 'dead') return;
  const p = t.process;
  t.state = 'dead';
  t.dequeueAll();
  host.retire(t);
  p.deadUtimeNs += t.utimeNs;
  p.deadStimeNs += t.stimeNs;
  host.onTaskExit(t, status);
  t.vforkDone = true;
  t.vforkWait.wakeAll();
  if (--t.files.users === 0) t.files.closeAll(host.vfs);
  putFsContext(t.fs);
  t.mm.put(); // exit_mm
  if (p.liveThreads.length === 0) processExit(host, p, status);
}

/** exit_group(): every thread of the process ends with `status`. */
export function exitGroup(host: ExitHost, t: Task, status: number): void {
  const p = t.process;
  for (const th of p.threads) if (th !== t) exitThread(host, th, status);
  exitThread(host, t, status);
}

/** Total CPU time of a process's threads (live and dead), in ns. */
export function processTimes(p: Process): { utimeNs: number; stimeNs: number } {
  let u = p.deadUtimeNs;
  let s = p.deadStimeNs;
  for (const t of p.threads) if (t.state !== 'dead') { u += t.utimeNs; s += t.stimeNs; }
  return { utimeNs: u, stimeNs: s };
}

function processExit(host: ExitHost, p: Process, status: number): void {
  p.state = 'zombie';
  p.exitStatus = status;
  // Orphans go to init; zombies among them are reaped by init at once (if it reaps).
  for (const c of p.children.splice(0)) {
    c.parent = host.reaper;
    host.reaper.children.push(c);
    if (c.state === 'zombie' && host.initReaps) reap(host, c);
  }
  const parent = p.parent;
  if (!parent || (parent === host.reaper && host.initReaps)) {
    host.onProcessExit(p);
    reap(host, p);
    return;
  }
  const times = processTimes(p);
  const code = WIFEXITED(status) ? CLD_EXITED : WCOREDUMP(status) ? CLD_DUMPED : CLD_KILLED;
  const info = {
    signo: p.exitSignal, code, pid: p.pid, uid: p.threads[0]?.cred.uid ?? 0,
    status: WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
    utime: ticks(times.utimeNs), stime: ticks(times.stimeNs),
  };
  // A parent that ignores SIGCHLD (or set SA_NOCLDWAIT) never sees its children as zombies.
  const act = parent.sighand.actions[SIGCHLD]!;
  const autoReap = p.exitSignal === SIGCHLD && (act.handler === SIG_IGN || (act.flags & SA_NOCLDWAIT) !== 0);
  const sigTarget = parent.leader;
  if (p.exitSignal > 0 && sigTarget) sendSignal(sigTarget, info, true);
  host.onProcessExit(p);
  if (autoReap) reap(host, p);
  parent.childWait.wakeAll();
}

/** Releases a zombie: out of its parent's children and the pid tables. */
export function reap(host: ExitHost, p: Process): void {
  const parent = p.parent;
  if (parent) {
    const i = parent.children.indexOf(p);
    if (i >= 0) parent.children.splice(i, 1);
    const t = processTimes(p);
    parent.cutimeNs += t.utimeNs + p.cutimeNs;
    parent.cstimeNs += t.stimeNs + p.cstimeNs;
  }
  p.state = 'reaped';
  host.pidns.processes.delete(p.pid);
  for (const t of p.threads) host.pidns.tasks.delete(t.tid);
  parent?.childWait.wakeAll();
}

/** Which children a wait4 pid argument selects. */
function matches(waiter: Process, c: Process, pid: number): boolean {
  if (pid > 0) return c.pid === pid;
  if (pid === 0) return c.pgid === waiter.pgid;
  if (pid === -1) return true;
  return c.pgid === -pid;
}

export interface WaitResult {
  pid: number;
  /** The child's real uid (waitid's si_uid). */
  uid: number;
  status: number;
  utimeNs: number;
  stimeNs: number;
}

/**
 * wait4(2): a matching zombie child (reaped), 0 for WNOHANG with none ready, ECHILD when no
 * child matches, or BLOCK after registering on the caller's childWait queue.
 */
export function wait4(host: ExitHost, t: Task, pid: number, options: number): WaitResult | 0 | Errno | Block {
  if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)) return EINVAL;
  return doWait(host, t, (c) => matches(t.process, c, pid), options | WEXITED);
}

/** The shared body of wait4 and waitid: `options` uses waitid's WEXITED/WSTOPPED/WNOWAIT bits. */
export function doWait(host: ExitHost, t: Task, select: (c: Process) => boolean, options: number): WaitResult | 0 | Errno | Block {
  const me = t.process;
  let any = false;
  for (const c of me.children) {
    if (!select(c)) continue;
    // __WCLONE picks children whose exit signal is not SIGCHLD; __WALL picks both kinds.
    const cloneChild = c.exitSignal !== SIGCHLD;
    if (!(options & __WALL) && cloneChild !== ((options & __WCLONE) !== 0)) continue;
    any = true;
    if (c.state === 'zombie' && options & WEXITED) {
      const times = processTimes(c);
      const r: WaitResult = {
        pid: c.pid, uid: c.leader?.cred.uid ?? 0, status: c.exitStatus,
        utimeNs: times.utimeNs + c.cutimeNs, stimeNs: times.stimeNs + c.cstimeNs,
      };
      if (!(options & WNOWAIT)) reap(host, c);
      return r;
    }
    // Job control: a stop (WUNTRACED/WSTOPPED) or a continue (WCONTINUED) not yet reported.
    if (c.state === 'alive' && c.stopReport !== 0 && options & WUNTRACED) {
      const r: WaitResult = { pid: c.pid, uid: c.leader?.cred.uid ?? 0, status: (c.stopReport << 8) | 0x7f, utimeNs: 0, stimeNs: 0 };
      if (!(options & WNOWAIT)) c.stopReport = 0;
      return r;
    }
    if (c.state === 'alive' && c.contReport && options & WCONTINUED) {
      const r: WaitResult = { pid: c.pid, uid: c.leader?.cred.uid ?? 0, status: 0xffff, utimeNs: 0, stimeNs: 0 };
      if (!(options & WNOWAIT)) c.contReport = false;
      return r;
    }
  }
  if (!any) return ECHILD;
  if (options & WNOHANG) return 0;
  t.waitOn(me.childWait);
  return BLOCK;
}
