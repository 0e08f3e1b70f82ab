// kernel/syscalls/sys_time.ts — clocks and sleeping on the virtual clock (kernel/clock.ts):
// clock_gettime, clock_getres, gettimeofday, time, nanosleep, clock_nanosleep. A sleep arms
// a timer that wakes the task; when every task sleeps the clock jumps to the next timer, so
// a 100 ms sleep takes no real time and exactly 100 ms of virtual time.

import { EFAULT, EINVAL, EOPNOTSUPP, type Errno } from '../../abi/errno';
import { timespec as timespecLayout, timeval as timevalLayout, type Timespec } from '../../abi/structs';
import {
  CLOCK_BOOTTIME, CLOCK_BOOTTIME_ALARM, CLOCK_MONOTONIC, CLOCK_MONOTONIC_COARSE, CLOCK_MONOTONIC_RAW,
  CLOCK_PROCESS_CPUTIME_ID, CLOCK_REALTIME, CLOCK_REALTIME_ALARM, CLOCK_REALTIME_COARSE, CLOCK_TAI,
  CLOCK_THREAD_CPUTIME_ID, TIMER_ABSTIME,
} from '../../abi/time';
import { copyIntsToUser, copyStructFromUser, copyStructToUser, copyToUser, isNull, Out, type UPtr } from '../../mm/usercopy';
import { processTimes } from '../../proc/exit';
import type { Process } from '../../proc/process';
import type { Task } from '../../proc/task';
import { BLOCK } from '../../vfs/ctx';
import { TICK_NS } from '../clock';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr } from './args';


// CPU clocks (kernel/time/posix-cpu-timers.c): a negative clock id is ((~pid) << 3) | which,
// with CPUCLOCK_PERTHREAD (4) for a thread's clock; pid 0 is the caller. (id & 7) == CLOCKFD
// names a dynamic clock by file descriptor (~(id >> 3)): this machine has no PTP or other
// posix-clock devices, so every such id is EINVAL (and cannot sleep: EOPNOTSUPP).
const CPUCLOCK_VIRT = 1;
const CPUCLOCK_SCHED = 2;
const CPUCLOCK_PERTHREAD = 4;
const CLOCKFD = 3;
/** MAKE_PROCESS_CPUCLOCK(0, CPUCLOCK_SCHED): what CLOCK_PROCESS_CPUTIME_ID sleeps on. */
const PROCESS_CLOCK = -6;

/** A CPU clock: the process (task null) or thread it measures, and which time. */
interface CpuClock {
  readonly process: Process;
  readonly task: Task | null;
  readonly which: number;
}

/**
 * pid_for_clock(): what CPU clock `id` (negative, not a CLOCKFD) names, or EINVAL. A thread
 * clock must name a thread of the caller's process; a process clock a process (a zombie
 * still counts), or — for reading it — the caller's own tid.
 */
function cpuClock(k: Kernel, t: Task, id: number, gettime: boolean): CpuClock | Errno {
  const which = id & 3;
  if (which === 3) return EINVAL; // CPUCLOCK_MAX
  const thread = (id & CPUCLOCK_PERTHREAD) !== 0;
  const pid = ~(id >> 3);
  if (pid === 0) return { process: t.process, task: thread ? t : null, which };
  if (thread) {
    const th = k.pidns.tasks.get(pid);
    if (!th || th.process !== t.process || (th.state === 'dead' && th !== th.process.leader)) return EINVAL;
    return { process: th.process, task: th, which };
  }
  if (gettime && pid === t.tid) return { process: t.process, task: null, which };
  const p = k.pidns.processes.get(pid);
  return p && p.state !== 'reaped' ? { process: p, task: null, which } : EINVAL;
}

/** A CPU clock's reading in ns: user time (VIRT), or user and system time (PROF, SCHED). */
function cpuNs(c: CpuClock): number {
  const { utimeNs, stimeNs } = c.task ?? processTimes(c.process);
  return c.which === CPUCLOCK_VIRT ? utimeNs : utimeNs + stimeNs;
}

/**
 * The value of clock `id` in ns, or EINVAL for a clock this machine does not have. The alarm
 * clocks need an RTC device (alarmtimer_get_rtcdev()); the modelled machine has none, like
 * the virtual machines the conformance runs on.
 */
function clockNs(k: Kernel, t: Task, id: number): number | Errno {
  const mono = k.clock.monoNs;
  const real = (k.clock.bootSec * 1e9 + k.clock.bootNsec) + mono; // may exceed 2^53: split below
  switch (id) {
    case CLOCK_REALTIME: case CLOCK_TAI: return real;
    case CLOCK_REALTIME_COARSE: return real - (mono % TICK_NS);
    case CLOCK_MONOTONIC: case CLOCK_MONOTONIC_RAW: case CLOCK_BOOTTIME: return mono;
    case CLOCK_MONOTONIC_COARSE: return mono - (mono % TICK_NS);
    case CLOCK_PROCESS_CPUTIME_ID: { const c = processTimes(t.process); return c.utimeNs + c.stimeNs; }
    case CLOCK_THREAD_CPUTIME_ID: return t.utimeNs + t.stimeNs;
    default: {
      if (id >= 0 || (id & 7) === CLOCKFD) return EINVAL;
      const c = cpuClock(k, t, id, true);
      return 'which' in c ? cpuNs(c) : c;
    }
  }
}

/** A clock reading as a timespec, exact for CLOCK_REALTIME (whose ns count exceeds 2^53). */
function clockTimespec(k: Kernel, t: Task, id: number): Timespec | Errno {
  if (id === CLOCK_REALTIME || id === CLOCK_TAI || id === CLOCK_REALTIME_COARSE) {
    const mono = id === CLOCK_REALTIME_COARSE ? k.clock.monoNs - (k.clock.monoNs % TICK_NS) : k.clock.monoNs;
    const ns = k.clock.bootNsec + mono;
    return { tv_sec: k.clock.bootSec + Math.floor(ns / 1e9), tv_nsec: ns % 1e9 };
  }
  const ns = clockNs(k, t, id);
  if (typeof ns !== 'number') return ns;
  return { tv_sec: Math.floor(ns / 1e9), tv_nsec: ns % 1e9 };
}

/** clock_gettime(2) */
const sysClockGettime: Handler = (k, t, id, tp) => {
  const ts = clockTimespec(k, t, int(id));
  if (!('tv_sec' in ts)) return ts;
  return copyStructToUser(t.mm, ptr(tp), timespecLayout, ts) ?? 0;
};

/**
 * clock_getres(2): 1 ns for high-resolution clocks and CPU clocks measured in ns (SCHED), one
 * tick for the coarse ones and the tick-sampled CPU clocks (PROF, VIRT).
 */
const sysClockGetres: Handler = (k, t, idArg, res) => {
  const id = int(idArg);
  let ns = 1;
  if (id < 0 && (id & 7) !== CLOCKFD) {
    const c = cpuClock(k, t, id, false);
    if (!('which' in c)) return c;
    if (c.which !== CPUCLOCK_SCHED) ns = TICK_NS;
  } else {
    const v = clockNs(k, t, id);
    if (typeof v !== 'number') return v;
    if (id === CLOCK_REALTIME_COARSE || id === CLOCK_MONOTONIC_COARSE) ns = TICK_NS;
  }
  const p = ptr(res);
  if (isNull(p)) return 0;
  return copyStructToUser(t.mm, p, timespecLayout, { tv_sec: 0, tv_nsec: ns }) ?? 0;
};

/** gettimeofday(2): tz, when given, is {0, 0}. */
const sysGettimeofday: Handler = (k, t, tv, tz) => {
  const ts = clockTimespec(k, t, CLOCK_REALTIME) as Timespec;
  const p = ptr(tv);
  if (!isNull(p) && copyStructToUser(t.mm, p, timevalLayout, { tv_sec: ts.tv_sec, tv_usec: Math.floor(ts.tv_nsec / 1000) })) return EFAULT;
  const z = ptr(tz);
  if (!isNull(z) && copyIntsToUser(t.mm, z, [0, 0])) return EFAULT;
  return 0;
};

/** time(2): seconds since the epoch, also stored at tloc when given. */
const sysTime: Handler = (k, t, tloc) => {
  const ts = clockTimespec(k, t, CLOCK_REALTIME) as Timespec;
  const p = ptr(tloc);
  if (!isNull(p)) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigInt64(0, BigInt(ts.tv_sec), true);
    // Either door: an address, a byte buffer, or an Out box (as intarray outputs: [value]).
    if (p instanceof Out) p.value = [ts.tv_sec];
    else if (copyToUser(t.mm, p, b) !== 8) return EFAULT;
  }
  return ts.tv_sec;
};

/** Reads and checks a sleep request: EFAULT, or EINVAL for a negative or non-normalised one. */
function readRequest(t: Task, p: UPtr): Timespec | Errno {
  const ts = copyStructFromUser(t.mm, p, timespecLayout);
  if (!('tv_sec' in ts)) return ts;
  if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec > 999_999_999) return EINVAL;
  return ts;
}

/**
 * Sleeps until CLOCK_MONOTONIC reaches `deadline` (ns). The first call arms a timer and
 * sleeps; the retry after the wake-up finds the deadline passed and returns 0.
 */
function sleepUntil(k: Kernel, t: Task, deadline: number): number | typeof BLOCK {
  if (k.clock.monoNs >= deadline) return 0;
  if (t.wakeAtNs !== deadline) {
    t.wakeAtNs = deadline;
    t.onSyscallExit = k.clock.at(deadline, () => t.wake());
  }
  return BLOCK;
}

/** nanosleep(2) (relative, on CLOCK_MONOTONIC). rem is written only when interrupted (kernel/signals.ts). */
const sysNanosleep: Handler = (k, t, req) => {
  if (t.wakeAtNs >= 0) return sleepUntil(k, t, t.wakeAtNs);
  const ts = readRequest(t, ptr(req));
  if (!('tv_sec' in ts)) return ts;
  return sleepUntil(k, t, k.clock.monoNs + ts.tv_sec * 1e9 + ts.tv_nsec);
};

/**
 * Sleeps until CPU clock `id` reaches `deadline` (ns, absolute), which t.progress keeps across
 * wake-ups: the measured process's threads wake the sleeper each time they leave the kernel
 * (kernel/dispatch.ts), and it looks again.
 */
function cpuSleepUntil(k: Kernel, t: Task, id: number, deadline: number): number | Errno | typeof BLOCK {
  const c = cpuClock(k, t, id, false);
  if (!('which' in c) || cpuNs(c) >= deadline) return 0;
  t.progress = deadline;
  t.waitOn(c.process.cpuClockWait);
  return BLOCK;
}

/**
 * clock_nanosleep(2): relative or TIMER_ABSTIME, on REALTIME, MONOTONIC, BOOTTIME or TAI, and
 * on CPU clocks (posix_cpu_nsleep: a process's, or another thread's of the caller's process).
 */
const sysClockNanosleep: Handler = (k, t, idArg, flagsArg, req) => {
  let id = int(idArg);
  if (id === CLOCK_PROCESS_CPUTIME_ID) id = PROCESS_CLOCK;
  if (t.wakeAtNs >= 0) return sleepUntil(k, t, t.wakeAtNs);
  if (t.progress > 0) return cpuSleepUntil(k, t, id, t.progress);
  const flags = int(flagsArg);
  switch (id) {
    case CLOCK_REALTIME: case CLOCK_MONOTONIC: case CLOCK_BOOTTIME: case CLOCK_TAI: break;
    case CLOCK_THREAD_CPUTIME_ID: return EOPNOTSUPP; // clock_thread has no nsleep
    case CLOCK_MONOTONIC_RAW: case CLOCK_REALTIME_COARSE: case CLOCK_MONOTONIC_COARSE: return EOPNOTSUPP;
    case CLOCK_REALTIME_ALARM: case CLOCK_BOOTTIME_ALARM: break; // EOPNOTSUPP below, after the request
    default:
      if (id >= 0) return EINVAL;
      if ((id & 7) === CLOCKFD) return EOPNOTSUPP; // posix-clock devices have no nsleep
  }
  const ts = readRequest(t, ptr(req));
  if (!('tv_sec' in ts)) return ts;
  if (id === CLOCK_REALTIME_ALARM || id === CLOCK_BOOTTIME_ALARM) return EOPNOTSUPP; // no RTC device
  if (id < 0) {
    const pid = ~(id >> 3);
    if (id & CPUCLOCK_PERTHREAD && (pid === 0 || pid === t.tid)) return EINVAL;
    const c = cpuClock(k, t, id, false);
    if (!('which' in c)) return c;
    const value = ts.tv_sec * 1e9 + ts.tv_nsec;
    if (value === 0) return 0; // a timer set to 0 is disarmed: nothing to wait for
    return cpuSleepUntil(k, t, id, flags & TIMER_ABSTIME ? value : cpuNs(c) + value);
  }
  let deadline: number;
  if (flags & TIMER_ABSTIME) {
    if (id === CLOCK_REALTIME || id === CLOCK_TAI) {
      deadline = (ts.tv_sec - k.clock.bootSec) * 1e9 + ts.tv_nsec - k.clock.bootNsec;
    } else {
      deadline = ts.tv_sec * 1e9 + ts.tv_nsec;
    }
  } else {
    deadline = k.clock.monoNs + ts.tv_sec * 1e9 + ts.tv_nsec;
  }
  return sleepUntil(k, t, deadline);
};

export const timeSyscalls = {
  clock_gettime: full(sysClockGettime),
  clock_getres: full(sysClockGetres),
  gettimeofday: full(sysGettimeofday),
  time: full(sysTime),
  nanosleep: full(sysNanosleep),
  clock_nanosleep: partial(sysClockNanosleep, 'REALTIME, MONOTONIC, BOOTTIME, TAI and CPU clocks, relative and TIMER_ABSTIME (no RTC: the alarm clocks cannot sleep); rem written on interruption.'),
};
