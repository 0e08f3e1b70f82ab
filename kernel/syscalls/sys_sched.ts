// kernel/syscalls/sys_sched.ts — the scheduling calls (kernel/sched/syscalls.c, kernel/sys.c):
// sched_yield, sched_getaffinity/setaffinity, sched_getscheduler/setscheduler,
// sched_getparam/setparam, sched_get_priority_min/max, getpriority/setpriority, getcpu.
// The attributes they set live on each Task (nice, policy, rtPriority, resetOnFork,
// cpusAllowed; copied at fork by sys_process.ts); the deterministic scheduler (kernel/sched.ts)
// does not weigh them. Changes to the rules belong here; to the machine's CPU count, to
// kernel/version.ts.

import { EACCES, EFAULT, EINVAL, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { CAP_SYS_NICE } from '../../abi/misc';
import { PRIO_PGRP, PRIO_PROCESS, PRIO_USER, RLIMIT_NICE, RLIMIT_RTPRIO } from '../../abi/resource';
import { SCHED_BATCH, SCHED_DEADLINE, SCHED_EXT, SCHED_FIFO, SCHED_IDLE, SCHED_OTHER, SCHED_RESET_ON_FORK, SCHED_RR } from '../../abi/sched';
import { sched_param as schedParamLayout } from '../../abi/structs';
import { copyIntsToUser, copyStructFromUser, copyStructToUser, copyToUser, isNull, userBytes } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import { capable } from '../../vfs/ctx';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { MACHINE_CPUS } from '../version';
import { int, ptr, uint } from './args';

/** cpumask_size() of the kernel modelled (the host's 6.18 build: NR_CPUS = 256, 32 bytes). */
const CPUMASK_SIZE = 32;
/** nr_cpu_ids: the possible CPUs of the machine. */
const NR_CPU_IDS = MACHINE_CPUS;
/** The machine's online CPUs as a mask. */
const ONLINE = (1n << BigInt(MACHINE_CPUS)) - 1n;
/** MAX_RT_PRIO - 1: the highest real-time priority. */
const MAX_USER_RT_PRIO = 99;
const MIN_NICE = -20;
const MAX_NICE = 19;

const rtPolicy = (policy: number) => policy === SCHED_FIFO || policy === SCHED_RR;
const fairPolicy = (policy: number) => policy === SCHED_OTHER || policy === SCHED_BATCH;

/** find_process_by_pid(): the caller for 0, else the task with that id (a thread's id too). */
function findTask(k: Kernel, t: Task, pid: number): Task | undefined {
  if (pid === 0) return t;
  const task = k.pidns.findTask(pid);
  return task && task.state !== 'dead' ? task : undefined;
}

/** can_nice(): the target's RLIMIT_NICE allows `nice` (20 - nice ≤ the soft limit), or the caller has CAP_SYS_NICE. */
function canNice(t: Task, p: Task, nice: number): boolean {
  return 20 - nice <= p.process.rlimits[RLIMIT_NICE]![0] || capable(t.cred, CAP_SYS_NICE);
}

/** check_same_owner(): the caller's euid is the target's euid or real uid. */
function sameOwner(t: Task, p: Task): boolean {
  return t.cred.euid === p.cred.euid || t.cred.euid === p.cred.uid;
}

/** sched_yield(2): always succeeds. */
const sysSchedYield: Handler = () => 0;

/**
 * __sched_setscheduler() for sched_setscheduler (policy ≥ 0) and sched_setparam (policy -1:
 * keep the current one, and SCHED_RESET_ON_FORK with it).
 */
function setScheduler(t: Task, p: Task, policyArg: number, prio: number): number | Errno {
  let policy = policyArg;
  let resetOnFork: boolean;
  if (policy < 0) {
    policy = p.policy;
    resetOnFork = p.resetOnFork;
  } else {
    resetOnFork = (policy & SCHED_RESET_ON_FORK) !== 0;
    policy &= ~SCHED_RESET_ON_FORK;
    if (!rtPolicy(policy) && !fairPolicy(policy) && policy !== SCHED_IDLE) return EINVAL; // DEADLINE needs sched_setattr; EXT has no BPF scheduler
  }
  if (prio < 0 || prio > MAX_USER_RT_PRIO || rtPolicy(policy) !== (prio !== 0)) return EINVAL;
  if (!capable(t.cred, CAP_SYS_NICE)) {
    if (rtPolicy(policy)) {
      const rlim = p.process.rlimits[RLIMIT_RTPRIO]![0];
      if (policy !== p.policy && !rlim) return EPERM;
      if (prio > p.rtPriority && prio > rlim) return EPERM;
    }
    // Leaving SCHED_IDLE needs a nice value the limits allow.
    if (p.policy === SCHED_IDLE && policy !== SCHED_IDLE && !canNice(t, p, p.nice)) return EPERM;
    if (!sameOwner(t, p)) return EPERM;
    if (p.resetOnFork && !resetOnFork) return EPERM;
  }
  p.policy = policy;
  p.rtPriority = prio;
  p.resetOnFork = resetOnFork;
  return 0;
}

/** sched_setscheduler(2): a NULL param or a negative pid is EINVAL, then the param is read (EFAULT), then the pid looked up. */
const sysSchedSetscheduler: Handler = (k, t, pidArg, policyArg, paramArg) => {
  const pid = int(pidArg);
  const param = ptr(paramArg);
  if (isNull(param) || pid < 0) return EINVAL;
  const sp = copyStructFromUser(t.mm, param, schedParamLayout);
  if (!('sched_priority' in sp)) return sp;
  const p = findTask(k, t, pid);
  if (!p) return ESRCH;
  const policy = int(policyArg);
  if (policy < 0) return EINVAL;
  return setScheduler(t, p, policy, sp.sched_priority);
};

/** sched_setparam(2) */
const sysSchedSetparam: Handler = (k, t, pidArg, paramArg) => {
  const pid = int(pidArg);
  const param = ptr(paramArg);
  if (isNull(param) || pid < 0) return EINVAL;
  const sp = copyStructFromUser(t.mm, param, schedParamLayout);
  if (!('sched_priority' in sp)) return sp;
  const p = findTask(k, t, pid);
  if (!p) return ESRCH;
  return setScheduler(t, p, -1, sp.sched_priority);
};

/** sched_getscheduler(2): the policy, with SCHED_RESET_ON_FORK or'd in. */
const sysSchedGetscheduler: Handler = (k, t, pidArg) => {
  const pid = int(pidArg);
  if (pid < 0) return EINVAL;
  const p = findTask(k, t, pid);
  if (!p) return ESRCH;
  return p.policy | (p.resetOnFork ? SCHED_RESET_ON_FORK : 0);
};

/** sched_getparam(2): the real-time priority (0 for the other policies). */
const sysSchedGetparam: Handler = (k, t, pidArg, paramArg) => {
  const pid = int(pidArg);
  const param = ptr(paramArg);
  if (isNull(param) || pid < 0) return EINVAL;
  const p = findTask(k, t, pid);
  if (!p) return ESRCH;
  return copyStructToUser(t.mm, param, schedParamLayout, { sched_priority: rtPolicy(p.policy) ? p.rtPriority : 0 }) ?? 0;
};

function priorityLimit(policyArg: number, max: boolean): number | Errno {
  const policy = int(policyArg);
  if (rtPolicy(policy)) return max ? MAX_USER_RT_PRIO : 1;
  if (fairPolicy(policy) || policy === SCHED_IDLE || policy === SCHED_DEADLINE || policy === SCHED_EXT) return 0;
  return EINVAL;
}

const sysSchedGetPriorityMax: Handler = (_k, _t, policy) => priorityLimit(int(policy), true);
const sysSchedGetPriorityMin: Handler = (_k, _t, policy) => priorityLimit(int(policy), false);

/**
 * sched_getaffinity(2): the length must cover nr_cpu_ids bits and be a multiple of
 * sizeof(long); the mask is copied out, min(len, cpumask_size()) bytes, and that is the result.
 */
const sysSchedGetaffinity: Handler = (k, t, pidArg, lenArg, maskArg) => {
  const len = uint(lenArg);
  if (len * 8 < NR_CPU_IDS || len % 8 !== 0) return EINVAL;
  const p = findTask(k, t, int(pidArg));
  if (!p) return ESRCH;
  const n = Math.min(len, CPUMASK_SIZE);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Number((p.cpusAllowed >> BigInt(8 * i)) & 0xffn);
  return copyToUser(t.mm, ptr(maskArg), b) === n ? n : EFAULT;
};

/**
 * sched_setaffinity(2): the mask is read first (a shorter one is zero-extended, a longer one
 * cut to cpumask_size()), then the target found, then its owner checked (or CAP_SYS_NICE);
 * a mask with no online CPU is EINVAL.
 */
const sysSchedSetaffinity: Handler = (k, t, pidArg, lenArg, maskArg) => {
  const len = Math.min(uint(lenArg), CPUMASK_SIZE);
  const bytes = userBytes(t.mm, ptr(maskArg), len);
  if (!(bytes instanceof Uint8Array) || bytes.length < len) return EFAULT;
  let mask = 0n;
  for (let i = 0; i < len; i++) mask |= BigInt(bytes[i]!) << BigInt(8 * i);
  const p = findTask(k, t, int(pidArg));
  if (!p) return ESRCH;
  if (!sameOwner(t, p) && !capable(t.cred, CAP_SYS_NICE)) return EPERM;
  const allowed = mask & ONLINE;
  if (allowed === 0n) return EINVAL;
  p.cpusAllowed = allowed;
  return 0;
};

/** getcpu(2): CPU 0 of node 0 (one CPU, one node); each pointer may be NULL. */
const sysGetcpu: Handler = (_k, t, cpuArg, nodeArg) => {
  const cpu = ptr(cpuArg);
  const node = ptr(nodeArg);
  if (!isNull(cpu) && copyIntsToUser(t.mm, cpu, [0])) return EFAULT;
  if (!isNull(node) && copyIntsToUser(t.mm, node, [0])) return EFAULT;
  return 0;
};

/** The threads getpriority/setpriority act on: a task, a process group's, or a user's. */
function prioTargets(k: Kernel, t: Task, which: number, who: number): Task[] | Errno {
  const live = (p: { threads: Task[] }) => p.threads.filter((th) => th.state !== 'dead');
  switch (which) {
    case PRIO_PROCESS: {
      const p = findTask(k, t, who);
      return p ? [p] : [];
    }
    case PRIO_PGRP: {
      const pgid = who === 0 ? t.process.pgid : who;
      const out: Task[] = [];
      for (const p of k.pidns.processes.values()) if (p.state === 'alive' && p.pgid === pgid) out.push(...live(p));
      return out;
    }
    case PRIO_USER: {
      const uid = who === 0 ? t.cred.uid : who;
      const out: Task[] = [];
      for (const p of k.pidns.processes.values()) {
        if (p.state === 'alive') for (const th of live(p)) if (th.cred.uid === uid) out.push(th);
      }
      return out;
    }
    default:
      return EINVAL;
  }
}

/** getpriority(2): the raw syscall returns 20 - nice of the highest-priority target (1..40); ESRCH if none. */
const sysGetpriority: Handler = (k, t, whichArg, whoArg) => {
  const targets = prioTargets(k, t, int(whichArg), int(whoArg));
  if (!Array.isArray(targets)) return targets;
  let best = 0;
  for (const p of targets) best = Math.max(best, 20 - p.nice);
  return best === 0 ? ESRCH : best;
};

/**
 * setpriority(2): the value is clamped to -20..19; for each target, a caller whose euid is
 * neither its real nor effective uid needs CAP_SYS_NICE (EPERM), and lowering the nice value
 * needs RLIMIT_NICE's allowance or CAP_SYS_NICE (EACCES). An error sticks; ESRCH if none.
 */
const sysSetpriority: Handler = (k, t, whichArg, whoArg, niceArg) => {
  const targets = prioTargets(k, t, int(whichArg), int(whoArg));
  if (!Array.isArray(targets)) return targets;
  const nice = Math.min(MAX_NICE, Math.max(MIN_NICE, int(niceArg)));
  let err: number | Errno = ESRCH;
  for (const p of targets) {
    if (p.cred.uid !== t.cred.euid && p.cred.euid !== t.cred.euid && !capable(t.cred, CAP_SYS_NICE)) { err = EPERM; continue; }
    if (nice < p.nice && !canNice(t, p, nice)) { err = EACCES; continue; }
    if (err === ESRCH) err = 0;
    p.nice = nice;
  }
  return err;
};

export const schedSyscalls = {
  sched_yield: partial(sysSchedYield, 'Returns at once: the deterministic scheduler lets the caller keep the CPU until its time slice ends.'),
  sched_getaffinity: full(sysSchedGetaffinity),
  sched_setaffinity: full(sysSchedSetaffinity),
  sched_getscheduler: full(sysSchedGetscheduler),
  sched_setscheduler: partial(sysSchedSetscheduler, 'SCHED_OTHER/BATCH/IDLE/FIFO/RR are recorded but the scheduler does not weigh them; SCHED_DEADLINE (sched_setattr only) and SCHED_EXT (no BPF scheduler) are EINVAL, as on Linux.'),
  sched_getparam: full(sysSchedGetparam),
  sched_setparam: full(sysSchedSetparam),
  sched_get_priority_max: full(sysSchedGetPriorityMax),
  sched_get_priority_min: full(sysSchedGetPriorityMin),
  getpriority: partial(sysGetpriority, 'Nice values are recorded per thread; the scheduler does not weigh them.'),
  setpriority: partial(sysSetpriority, 'Nice values are recorded per thread; the scheduler does not weigh them.'),
  getcpu: full(sysGetcpu),
};
