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
import type { Task } from '../../proc/task';
import { BLOCK } from '../../vfs/ctx';
import { TICK_NS } from '../clock';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr } from './args';


/** The value of clock `id` in ns, or EINVAL for a clock this kernel does not have. */
function clockNs(k: Kernel, t: Task, id: number): number | Errno {
  const mono = k.clock.monoNs;
  const real = (k.clock.bootSec * 1e9 + k.clock.bootNsec) + mono; // may exceed 2^53: split below
  switch (id) {
    case CLOCK_REALTIME: case CLOCK_TAI: case CLOCK_REALTIME_ALARM: return real;
    case CLOCK_REALTIME_COARSE: return real - (mono % TICK_NS);
    case CLOCK_MONOTONIC: case CLOCK_MONOTONIC_RAW: case CLOCK_BOOTTIME: case CLOCK_BOOTTIME_ALARM: return mono;
    case CLOCK_MONOTONIC_COARSE: return mono - (mono % TICK_NS);
    case CLOCK_PROCESS_CPUTIME_ID: { const c = processTimes(t.process); return c.utimeNs + c.stimeNs; }
    case CLOCK_THREAD_CPUTIME_ID: return t.utimeNs + t.stimeNs;
    default: return EINVAL;
  }
}

/** A clock reading as a timespec, exact for CLOCK_REALTIME (whose ns count exceeds 2^53). */
function clockTimespec(k: Kernel, t: Task, id: number): Timespec | Errno {
  if (id === CLOCK_REALTIME || id === CLOCK_TAI || id === CLOCK_REALTIME_ALARM || id === CLOCK_REALTIME_COARSE) {
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

/** clock_getres(2): 1 ns for high-resolution clocks, one tick for the coarse ones. */
const sysClockGetres: Handler = (k, t, idArg, res) => {
  const id = int(idArg);
  const v = clockNs(k, t, id);
  if (typeof v !== 'number') return v;
  const p = ptr(res);
  if (isNull(p)) return 0;
  const ns = id === CLOCK_REALTIME_COARSE || id === CLOCK_MONOTONIC_COARSE ? TICK_NS : 1;
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

/** nanosleep(2) (relative, on CLOCK_MONOTONIC). rem is written only when interrupted. */
const sysNanosleep: Handler = (k, t, req) => {
  if (t.wakeAtNs >= 0) return sleepUntil(k, t, t.wakeAtNs);
  const ts = readRequest(t, ptr(req));
  if (!('tv_sec' in ts)) return ts;
  return sleepUntil(k, t, k.clock.monoNs + ts.tv_sec * 1e9 + ts.tv_nsec);
};

/** clock_nanosleep(2): relative or TIMER_ABSTIME, on REALTIME, MONOTONIC, BOOTTIME or TAI. */
const sysClockNanosleep: Handler = (k, t, idArg, flagsArg, req) => {
  if (t.wakeAtNs >= 0) return sleepUntil(k, t, t.wakeAtNs);
  const id = int(idArg);
  const flags = int(flagsArg);
  switch (id) {
    case CLOCK_REALTIME: case CLOCK_MONOTONIC: case CLOCK_BOOTTIME: case CLOCK_TAI: break;
    case CLOCK_THREAD_CPUTIME_ID: return EOPNOTSUPP; // clock_thread has no nsleep
    case CLOCK_PROCESS_CPUTIME_ID: return EOPNOTSUPP;
    case CLOCK_MONOTONIC_RAW: case CLOCK_REALTIME_COARSE: case CLOCK_MONOTONIC_COARSE: return EOPNOTSUPP;
    case CLOCK_REALTIME_ALARM: case CLOCK_BOOTTIME_ALARM: return EOPNOTSUPP;
    default: return EINVAL;
  }
  const ts = readRequest(t, ptr(req));
  if (!('tv_sec' in ts)) return ts;
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
  nanosleep: partial(sysNanosleep, 'Sleeps on the virtual clock; the remaining time on interruption (rem) is written with the signals issue.'),
  clock_nanosleep: partial(sysClockNanosleep, 'REALTIME, MONOTONIC, BOOTTIME, TAI, relative and TIMER_ABSTIME; rem on interruption with the signals issue.'),
};
