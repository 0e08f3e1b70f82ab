// kernel/syscalls/sys_resource.ts — resource limits and usage: getrlimit, setrlimit,
// prlimit64, getrusage. Raising a hard limit needs CAP_SYS_RESOURCE; RLIMIT_NOFILE cannot
// exceed fs.nr_open (1048576). Limits are enforced where their resource is used (EMFILE in
// the fd table, EFBIG/SIGXFSZ in write, EAGAIN in clone for RLIMIT_NPROC).

import { EFAULT, EINVAL, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { CAP_SYS_RESOURCE } from '../../abi/misc';
import { RLIMIT_NOFILE, RLIM_INFINITY, RLIM_NLIMITS, RUSAGE_CHILDREN, RUSAGE_SELF, RUSAGE_THREAD } from '../../abi/resource';
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

function prlimit(t: Task, target: Process, resource: number, newp: UPtr, oldp: UPtr): number | Errno {
  if (resource < 0 || resource >= RLIM_NLIMITS) return EINVAL;
  let next: [number, number] | null = null;
  if (!isNull(newp)) {
    const r = copyStructFromUser(t.mm, newp, rlimitLayout);
    if (!('rlim_cur' in r)) return r;
    if (r.rlim_cur > r.rlim_max) return EINVAL;
    if (resource === RLIMIT_NOFILE && r.rlim_max > NR_OPEN && r.rlim_max < RLIM_INFINITY) return EPERM;
    if (resource === RLIMIT_NOFILE && r.rlim_max >= RLIM_INFINITY) return EPERM;
    const cur = target.rlimits[resource]!;
    if (r.rlim_max > cur[1] && !capable(t.cred, CAP_SYS_RESOURCE)) return EPERM;
    next = [r.rlim_cur, r.rlim_max];
  }
  const old = target.rlimits[resource]!;
  if (!isNull(oldp) && copyStructToUser(t.mm, oldp, rlimitLayout, { rlim_cur: old[0], rlim_max: old[1] })) return EFAULT;
  if (next) target.rlimits[resource] = next;
  return 0;
}

/** getrlimit(2) */
const sysGetrlimit: Handler = (_k, t, res, rlim) => {
  const r = uint(res);
  if (r >= RLIM_NLIMITS) return EINVAL;
  const v = t.process.rlimits[r]!;
  return copyStructToUser(t.mm, ptr(rlim), rlimitLayout, { rlim_cur: v[0], rlim_max: v[1] }) ?? 0;
};

/** setrlimit(2) */
const sysSetrlimit: Handler = (_k, t, res, rlim) => {
  const r = uint(res);
  if (r >= RLIM_NLIMITS) return EINVAL;
  const p = ptr(rlim);
  if (isNull(p)) return EFAULT;
  return prlimit(t, t.process, r, p, 0);
};

/** prlimit64(2): pid 0 is the caller; another process needs matching ids or CAP_SYS_RESOURCE. */
const sysPrlimit64: Handler = (k: Kernel, t, pidArg, res, newp, oldp) => {
  const pid = int(pidArg);
  let target = t.process;
  if (pid !== 0) {
    const p = k.pidns.processes.get(pid);
    if (!p || p.state !== 'alive') return ESRCH;
    const tc = p.leader?.cred;
    const c = t.cred;
    if (tc && !(c.uid === tc.uid && c.uid === tc.euid && c.uid === tc.suid && c.gid === tc.gid && c.gid === tc.egid && c.gid === tc.sgid) &&
      !capable(c, CAP_SYS_RESOURCE)) {
      return EPERM;
    }
    target = p;
  }
  return prlimit(t, target, uint(res), ptr(newp), ptr(oldp));
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
    maxrss = t.mm.residentBytes();
  } else if (who === RUSAGE_CHILDREN) {
    u = t.process.cutimeNs;
    s = t.process.cstimeNs;
    maxrss = 0;
  } else if (who === RUSAGE_THREAD) {
    u = t.utimeNs;
    s = t.stimeNs;
    maxrss = t.mm.residentBytes();
  } else {
    return EINVAL;
  }
  const r: Rusage = {
    ru_utime: timeval(u), ru_stime: timeval(s), ru_maxrss: Math.ceil(maxrss / 1024), ru_ixrss: 0, ru_idrss: 0,
    ru_isrss: 0, ru_minflt: 0, ru_majflt: 0, ru_nswap: 0, ru_inblock: 0, ru_oublock: 0, ru_msgsnd: 0,
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
