// kernel/syscalls/sys_resource.ts — resource limits and usage: getrlimit, setrlimit,
// prlimit64, getrusage. Raising a hard limit needs CAP_SYS_RESOURCE; RLIMIT_NOFILE cannot
// exceed fs.nr_open (1048576). Limits are enforced where their resource is used (EMFILE in
// the fd table, EFBIG/SIGXFSZ in write, EAGAIN in clone for RLIMIT_NPROC).

import { EFAULT, EINVAL, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { CAP_SYS_RESOURCE } from '../../abi/misc';
import { RLIMIT_NOFILE, RLIM_NLIMITS, RUSAGE_CHILDREN, RUSAGE_SELF, RUSAGE_THREAD } from '../../abi/resource';
import { rlimit as rlimitLayout, rusage as rusageLayout, type Rusage } from '../../abi/structs';
import { copyStructFromUser, copyStructToUser, isNull, type UPtr } from '../../mm/usercopy';
import { processTimes } from '../../proc/exit';
import type { Process } from '../../proc/process';
import type { Task } from '../../proc/task';
import { capable } from '../../vfs/ctx';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint } from './args';

/** fs.nr_open: the most RLIMIT_NOFILE may be set to. */
const NR_OPEN = 1048576;

type Rlim = [cur: number, max: number];

/** Reads a new limit (EFAULT), as setrlimit and prlimit64 do before anything else. */
function readLimit(t: Task, p: UPtr): Rlim | Errno {
  const r = copyStructFromUser(t.mm, p, rlimitLayout);
  return 'rlim_cur' in r ? [r.rlim_cur, r.rlim_max] : r;
}

/** do_prlimit(): checks and sets `next` (if any) on `target`; returns the old limit. */
function doPrlimit(t: Task, target: Process, resource: number, next: Rlim | null): Rlim | Errno {
  if (resource < 0 || resource >= RLIM_NLIMITS) return EINVAL;
  const old = target.rlimits[resource]!;
  if (next) {
    const [cur, max] = next;
    if (cur > max) return EINVAL;
    if (resource === RLIMIT_NOFILE && max > NR_OPEN) return EPERM;
    if (max > old[1] && !capable(t.cred, CAP_SYS_RESOURCE)) return EPERM;
    target.rlimits[resource] = [cur, max];
  }
  return [old[0], old[1]];
}

/** getrlimit(2) */
const sysGetrlimit: Handler = (_k, t, res, rlim) => {
  const r = uint(res);
  if (r >= RLIM_NLIMITS) return EINVAL;
  const v = t.process.rlimits[r]!;
  return copyStructToUser(t.mm, ptr(rlim), rlimitLayout, { rlim_cur: v[0], rlim_max: v[1] }) ?? 0;
};

/** setrlimit(2): the new limit is read first (EFAULT before EINVAL for a bad resource). */
const sysSetrlimit: Handler = (_k, t, res, rlim) => {
  const next = readLimit(t, ptr(rlim));
  if (!Array.isArray(next)) return next;
  const r = doPrlimit(t, t.process, uint(res), next);
  return Array.isArray(r) ? 0 : r;
};

/**
 * prlimit64(2), in Linux's order: read the new limit (EFAULT), find the process (ESRCH; pid 0
 * or any thread's id), check permission (matching ids or CAP_SYS_RESOURCE: EPERM), then the
 * resource and the limit; the old limit is written last, after the new one is set.
 */
const sysPrlimit64: Handler = (k: Kernel, t, pidArg, res, newp, oldp) => {
  const pid = int(pidArg);
  let next: Rlim | null = null;
  if (!isNull(ptr(newp))) {
    const r = readLimit(t, ptr(newp));
    if (!Array.isArray(r)) return r;
    next = r;
  }
  let target = t.process;
  if (pid !== 0) {
    const tt = k.pidns.findTask(pid);
    if (!tt) return ESRCH;
    const tc = tt.cred;
    const c = t.cred;
    if (tt !== t && !(c.uid === tc.uid && c.uid === tc.euid && c.uid === tc.suid && c.gid === tc.gid && c.gid === tc.egid && c.gid === tc.sgid) &&
      !capable(c, CAP_SYS_RESOURCE)) {
      return EPERM;
    }
    target = tt.process;
  }
  const old = doPrlimit(t, target, uint(res), next);
  if (!Array.isArray(old)) return old;
  const op = ptr(oldp);
  if (!isNull(op) && copyStructToUser(t.mm, op, rlimitLayout, { rlim_cur: old[0], rlim_max: old[1] })) return EFAULT;
  return 0;
};

function timeval(ns: number) {
  return { tv_sec: Math.floor(ns / 1e9), tv_usec: Math.floor((ns % 1e9) / 1000) };
}

/** getrusage(2): CPU times from the cost model, max RSS from the address space (KiB). */
const sysGetrusage: Handler = (_k, t, whoArg, usage) => {
  const who = int(whoArg);
  let u: number;
  let s: number;
  let maxrss: number;
  if (who === RUSAGE_SELF) {
    const c = processTimes(t.process);
    u = c.utimeNs;
    s = c.stimeNs;
    maxrss = t.mm.vmHwm;
  } else if (who === RUSAGE_CHILDREN) {
    u = t.process.cutimeNs;
    s = t.process.cstimeNs;
    maxrss = 0;
  } else if (who === RUSAGE_THREAD) {
    u = t.utimeNs;
    s = t.stimeNs;
    maxrss = t.mm.vmHwm;
  } else {
    return EINVAL;
  }
  const r: Rusage = {
    ru_utime: timeval(u), ru_stime: timeval(s), ru_maxrss: Math.ceil(maxrss / 1024), ru_ixrss: 0, ru_idrss: 0,
    ru_isrss: 0, ru_minflt: who === RUSAGE_CHILDREN ? 0 : t.mm.minFlt, ru_majflt: who === RUSAGE_CHILDREN ? 0 : t.mm.majFlt, ru_nswap: 0, ru_inblock: 0, ru_oublock: 0, ru_msgsnd: 0,
    ru_msgrcv: 0, ru_nsignals: 0, ru_nvcsw: 0, ru_nivcsw: 0,
  };
  return copyStructToUser(t.mm, ptr(usage), rusageLayout, r) ?? 0;
};

export const resourceSyscalls = {
  getrlimit: full(sysGetrlimit),
  setrlimit: full(sysSetrlimit),
  prlimit64: full(sysPrlimit64),
  getrusage: partial(sysGetrusage, 'CPU times and max RSS; page-fault and context-switch counts are 0 until the memory issue.'),
};
