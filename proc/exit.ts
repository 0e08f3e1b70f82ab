// proc/exit.ts — the end of tasks and processes (kernel/exit.c): a thread exits; the last
// thread's exit (or exit_group, or a fatal signal) makes the process a zombie: its files are
// closed, its children go to the nearest live subreaper among its ancestors or to init, a
// process group the exit orphans gets SIGHUP then SIGCONT if it has stopped members
// (kill_orphaned_pgrp), its parent gets the exit signal and is woken in wait4.
// wait4/waitid find a matching child, reap a zombie (its CPU time goes to the parent's
// children totals) or sleep on the parent's childWait queue.

import { ECHILD, EINVAL, type Errno } from '../abi/errno';
import { CLD_DUMPED, CLD_EXITED, CLD_KILLED, SA_NOCLDWAIT, SIGCHLD, SIGCONT, SIGHUP, SIG_IGN, SI_KERNEL } from '../abi/signal';
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

/**
 * find_new_reaper(): the nearest ancestor of `father` that is a child subreaper and still has
 * a live thread, else init.
 */
function findNewReaper(host: ExitHost, father: Process): Process {
  if (!father.hasChildSubreaper) return host.reaper;
  for (let r = father.parent; r && r !== host.reaper; r = r.parent) {
    if (r.childSubreaper && r.state === 'alive') return r;
  }
  return host.reaper;
}

/**
 * will_become_orphaned_pgrp(): no member (but `ignored`, and but zombies) has a parent in
 * another group of the same session — the link that keeps a group under job control.
 */
function orphanedPgrp(host: ExitHost, pgid: number, ignored: Process | null): boolean {
  for (const p of host.pidns.processes.values()) {
    if (p.pgid !== pgid || p === ignored || p.state !== 'alive') continue;
    const parent = p.parent;
    if (!parent || parent === host.reaper) continue;
    if (parent.pgid !== pgid && parent.sid === p.sid) return false;
  }
  return true;
}

/**
 * kill_orphaned_pgrp(): `p`'s group has just lost its last link to a parent outside it in the
 * same session (through `p`'s exit, parent === null, or through `parent`'s exit, which
 * re-parented `p`): if a member is stopped, every member gets SIGHUP then SIGCONT.
 */
function killOrphanedPgrp(host: ExitHost, p: Process, parent: Process | null): void {
  const ignored = parent ? null : p;
  const par = parent ?? p.parent;
  if (!par || par.pgid === p.pgid || par.sid !== p.sid || !orphanedPgrp(host, p.pgid, ignored)) return;
  const members = [...host.pidns.processes.values()].filter((m) => m.pgid === p.pgid && m.state === 'alive');
  if (!members.some((m) => m.stopped)) return;
  for (const sig of [SIGHUP, SIGCONT]) {
    for (const m of members) {
      const target = m.leader;
      if (target && m.state === 'alive') sendSignal(target, { signo: sig, code: SI_KERNEL, pid: 0, uid: 0 }, true);
    }
  }
}

/** The SIGCHLD siginfo of a zombie's exit. */
function exitInfo(p: Process, status: number) {
  const times = processTimes(p);
  const code = WIFEXITED(status) ? CLD_EXITED : WCOREDUMP(status) ? CLD_DUMPED : CLD_KILLED;
  return {
    signo: p.exitSignal, code, pid: p.pid, uid: p.threads[0]?.cred.uid ?? 0,
    status: WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
    utime: ticks(times.utimeNs), stime: ticks(times.stimeNs),
  };
}

/** do_notify_parent(): signals the parent; true if the zombie must be reaped at once (the
 *  parent ignores SIGCHLD or set SA_NOCLDWAIT). */
function notifyParent(p: Process, parent: Process, status: number): boolean {
  const act = parent.sighand.actions[SIGCHLD]!;
  const autoReap = p.exitSignal === SIGCHLD && (act.handler === SIG_IGN || (act.flags & SA_NOCLDWAIT) !== 0);
  const sigTarget = parent.leader;
  if (p.exitSignal > 0 && sigTarget) sendSignal(sigTarget, exitInfo(p, status), true);
  return autoReap;
}

function processExit(host: ExitHost, p: Process, status: number): void {
  p.state = 'zombie';
  p.exitStatus = status;
  // forget_original_parent(): orphans go to the nearest subreaper or init (whose exit signal
  // becomes SIGCHLD); a zombie among them is reported to its new parent (init reaps it at once
  // if it reaps). Each re-parented child's group may become orphaned.
  const reaper = findNewReaper(host, p);
  const orphanChecks: [Process, Process | null][] = [];
  for (const c of p.children.splice(0)) {
    c.parent = reaper;
    reaper.children.push(c);
    c.exitSignal = SIGCHLD;
    if (c.state === 'zombie') {
      if (reaper === host.reaper ? host.initReaps : notifyParent(c, reaper, c.exitStatus)) reap(host, c);
      else reaper.childWait.wakeAll();
    }
    if (c.state === 'alive') orphanChecks.push([c, p]);
  }
  orphanChecks.push([p, null]);
  p.pidfdWait.wakeAll();
  const parent = p.parent;
  if (!parent || (parent === host.reaper && host.initReaps)) {
    host.onProcessExit(p);
    reap(host, p);
  } else {
    const autoReap = notifyParent(p, parent, status);
    host.onProcessExit(p);
    if (autoReap) reap(host, p);
    parent.childWait.wakeAll();
  }
  // Last: SIGCONT may wake (and run) a stopped member at once.
  for (const [c, father] of orphanChecks) killOrphanedPgrp(host, c, father);
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
