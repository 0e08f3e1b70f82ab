// kernel/dispatch.ts — the syscall boundary. Every syscall from either door enters here:
// charge the cost model, record the call on the task, emit the entry event, run the handler
// from the table, and on the way out turn an Errno value into -errno (the only place that
// does), emit the exit event, and deliver pending signals. A handler that returns BLOCK
// leaves the task asleep in the call; retry() runs it again when the task is woken. A JS
// exception from a handler is a kernel bug: it is reported as an oops, the calling process
// is killed with SIGSYS, and the kernel carries on.

import { ENOSYS, type Errno } from '../abi/errno';
import { SIGKILL, SIGSYS } from '../abi/signal';
import { syscallByNr } from '../abi/syscalls';
import { wTermSig } from '../abi/wait';
import { exitGroup } from '../proc/exit';
import { nextSignalOf, sigbit, signalPending } from '../proc/signal';
import { checkCpuTimers } from './syscalls/sys_signal';
import type { Task } from '../proc/task';
import { BLOCK, type Block } from '../vfs/ctx';
import { SYSCALL_NS, USER_NS } from './cost';
import type { Kernel } from './kernel';
import { RESTART, STOPPED, deliverSignals, interruptedResult } from './signals';
import type { Arg } from './table';

/** Result of entering the kernel: the return value, or BLOCK when the task sleeps in the call. */
export type SyscallResult = number | Block;

/** Enters a syscall for `t`. Integer arguments and addresses (raw door) or JS values (typed door). */
export function syscall(k: Kernel, t: Task, nr: number, a0: Arg, a1: Arg, a2: Arg, a3: Arg, a4: Arg, a5: Arg): SyscallResult {
  const clock = k.clock;
  t.utimeNs += USER_NS;
  clock.advance(USER_NS);
  t.inSyscall = true;
  t.scNr = nr;
  const args = t.scArgs;
  args[0] = a0; args[1] = a1; args[2] = a2; args[3] = a3; args[4] = a4; args[5] = a5;
  t.progress = 0;
  t.interrupted = false;
  t.wakeAtNs = -1;
  t.enterNs = clock.monoNs;
  if (k.trace.active) k.emitEnter(t);
  return run(k, t);
}

/** Runs the handler of the call recorded on `t` (first attempt or retry). */
function run(k: Kernel, t: Task): SyscallResult {
  const nr = t.scNr;
  const impl = k.table[nr];
  const args = t.scArgs;
  let r: number | Errno | Block;
  k.depth++;
  try {
    if (impl === undefined) {
      r = ENOSYS;
    } else {
      if (impl.noReturn && k.trace.active) k.emitExit(t, undefined);
      r = impl.handler(k, t, args[0], args[1], args[2], args[3], args[4], args[5]);
    }
  } catch (error) {
    k.depth--;
    return oops(k, t, nr, error);
  }
  k.depth--;
  if (r === BLOCK) {
    t.state = 'blocked';
    return BLOCK;
  }
  return finish(k, t, typeof r === 'number' ? r : -r.errno);
}

/** Leaves the kernel with `ret`: charge, trace, signals. */
function finish(k: Kernel, t: Task, ret: number): SyscallResult {
  const wake = t.wakeAtNs;
  if (t.onSyscallExit) {
    t.onSyscallExit();
    t.onSyscallExit = null;
  }
  t.wakeAtNs = -1;
  t.stimeNs += SYSCALL_NS;
  k.clock.advance(SYSCALL_NS);
  if (t.process.cpuClockWait.size > 0) t.process.cpuClockWait.wakeAll(); // its CPU clocks moved
  if (t.process.itimers !== null) cpuTimers(t);
  t.inSyscall = false;
  if (t.state === 'dead') return ret;
  if (k.trace.active) {
    if (!k.table[t.scNr]?.noReturn) k.emitExit(t, ret);
    if (t.tracedIgnored.length > 0) reportIgnored(k, t);
  }
  if ((mayHaveSignal(t) && signalPending(t)) || ret < -511) return leave(k, t, ret, wake);
  return ret;
}

/**
 * The way out with signals to deliver (or an interrupted call's restart code): deliver them;
 * the task may stop (it sleeps in the kernel, BLOCK, until SIGCONT or SIGKILL), or the call
 * may have to run again (no handler ran, or a no-op handler with SA_RESTART): a restarted
 * sleep keeps its deadline (restart_syscall).
 */
function leave(k: Kernel, t: Task, ret: number, wake: number): SyscallResult {
  const r = deliverSignals(k, t, ret);
  if (r === STOPPED) {
    t.inSyscall = true;
    t.wakeAtNs = wake;
    t.state = 'blocked';
    return BLOCK;
  }
  if (r === RESTART) {
    t.inSyscall = true;
    t.progress = 0;
    t.interrupted = false;
    if (wake >= 0) {
      t.wakeAtNs = wake;
      t.onSyscallExit = k.clock.at(wake, () => t.wake());
    }
    t.enterNs = k.clock.monoNs;
    if (k.trace.active) k.emitEnter(t);
    return run(k, t);
  }
  return r;
}

/**
 * A preempted task gets the CPU back with its call's result in hand: signals that arrived
 * meanwhile are delivered now, and a stopped process's task goes to sleep instead (BLOCK).
 */
export function resumeParked(k: Kernel, t: Task, r: number): SyscallResult {
  if (t.process.stopped && !((t.sigPending.set | t.process.sharedPending.set) & KILL_BIT)) {
    t.stopRet = r;
    t.inSyscall = true;
    t.state = 'blocked';
    return BLOCK;
  }
  if (!signalPending(t)) return r;
  const x = deliverSignals(k, t, r);
  if (x === STOPPED) {
    t.inSyscall = true;
    t.state = 'blocked';
    return BLOCK;
  }
  return x;
}

/**
 * False when nothing at all is pending for `t` (then signalPending(t) is false too): two
 * comparisons with 0n instead of signalPending's bigint |, ~ and &, which allocate and cost
 * about 20 ns — the largest part of a getpid. Only a fast path in front of signalPending.
 */
function mayHaveSignal(t: Task): boolean {
  return t.sigPending.set !== 0n || t.process.sharedPending.set !== 0n;
}

/**
 * Runs a sleeping task's call again after it was woken. A wake-up by a signal ends the call:
 * with the bytes already moved if it moved some, else with its restart code, which delivery
 * turns into EINTR or a restart (kernel/signals.ts). A task stopped on its way out sleeps here
 * until SIGCONT or SIGKILL, then finishes leaving.
 */
export function retry(k: Kernel, t: Task): SyscallResult {
  t.dequeueAll();
  if (t.sigWaiting !== 0n && nextSignalOf(t, t.sigWaiting) !== 0) return run(k, t); // sigtimedwait's signal came
  if (t.stopRet !== null) {
    // Stopped on the way out: stay asleep until continued (or killed).
    if (t.process.stopped && (t.sigPending.set | t.process.sharedPending.set) & KILL_BIT) t.process.stopped = false;
    if (t.process.stopped) {
      t.state = 'blocked';
      return BLOCK;
    }
    const ret = t.stopRet;
    t.stopRet = null;
    t.inSyscall = false;
    const wake = t.wakeAtNs;
    t.wakeAtNs = -1;
    return leave(k, t, ret, wake);
  }
  if (t.interrupted || (mayHaveSignal(t) && signalPending(t))) {
    t.interrupted = false;
    if (mayHaveSignal(t) && signalPending(t)) {
      // The call's condition first (Linux's wait loops look before testing signal_pending):
      // a wait4 whose child just stopped returns it, and the SIGCHLD is delivered after.
      const r = run(k, t);
      if (r !== BLOCK || t.stopRet !== null) return r;
      t.dequeueAll();
      t.state = 'running';
      return finish(k, t, interruptedResult(k, t));
    }
  }
  return run(k, t);
}

const KILL_BIT = sigbit(SIGKILL);

/**
 * ITIMER_VIRTUAL/PROF: the process's CPU clocks moved. (A local function: calling the imported
 * binding from the hot path directly costs getpid about 3× — the module cycle's live binding.)
 */
function cpuTimers(t: Task): void {
  checkCpuTimers(t.process);
}

/** Signals Linux dropped as ignored, reported where a tracer would have seen them arrive. */
function reportIgnored(k: Kernel, t: Task): void {
  const infos = t.tracedIgnored;
  t.tracedIgnored = [];
  for (const info of infos) k.onSignal(t, info);
}

/** A kernel bug: report it, kill the caller's process with SIGSYS, keep the kernel running. */
function oops(k: Kernel, t: Task, nr: number, error: unknown): number {
  k.oopses.push({ pid: t.tgid, tid: t.tid, nr, name: syscallByNr(nr)?.name ?? `syscall_${nr}`, error });
  if (k.trace.listenerCount('oops') > 0) k.trace.emit('oops', { pid: t.tgid, tid: t.tid, nr, error });
  t.inSyscall = false;
  exitGroup(k, t, wTermSig(SIGSYS, true));
  return -ENOSYS.errno;
}
