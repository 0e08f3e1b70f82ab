// kernel/syscalls/sys_info.ts — system information: uname, sysinfo, getrandom.

import { EFAULT, EINVAL } from '../../abi/errno';
import { GRND_INSECURE, GRND_NONBLOCK, GRND_RANDOM } from '../../abi/misc';
import { sysinfo as sysinfoLayout, utsname as utsnameLayout } from '../../abi/structs';
import { accessOk, copyStructToUser, copyToUserAt } from '../../mm/usercopy';
import { full, type Handler } from '../table';
import { UTS_MACHINE, UTS_RELEASE, UTS_SYSNAME, UTS_VERSION } from '../version';
import { ptr, uint, ulong } from './args';

/** uname(2): the task's UTS namespace gives nodename and domainname. */
const sysUname: Handler = (_k, t, buf) =>
  copyStructToUser(t.mm, ptr(buf), utsnameLayout, {
    sysname: UTS_SYSNAME,
    nodename: t.uts.nodename,
    release: UTS_RELEASE,
    version: UTS_VERSION,
    machine: UTS_MACHINE,
    domainname: t.uts.domainname,
  }) ?? 0;

/** sysinfo(2): uptime from the virtual clock, memory of the modelled machine, task count. */
const sysSysinfo: Handler = (k, t, info) => {
  let used = 0;
  for (const p of k.pidns.processes.values()) if (p.state === 'alive') used += p.threads[0]?.mm.residentBytes() ?? 0;
  return copyStructToUser(t.mm, ptr(info), sysinfoLayout, {
    uptime: Math.floor(k.clock.monoNs / 1e9),
    loads: [0, 0, 0],
    totalram: k.ramBytes,
    freeram: Math.max(0, k.ramBytes - used),
    sharedram: 0,
    bufferram: 0,
    totalswap: 0,
    freeswap: 0,
    procs: k.pidns.tasks.size,
    totalhigh: 0,
    freehigh: 0,
    mem_unit: 1,
  }) ?? 0;
};

/** getrandom(2): bytes from the kernel's seeded generator (never blocks: it is always seeded). */
const sysGetrandom: Handler = (k, t, buf, countArg, flagsArg) => {
  const flags = uint(flagsArg);
  if (flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) return EINVAL;
  if ((flags & (GRND_INSECURE | GRND_RANDOM)) === (GRND_INSECURE | GRND_RANDOM)) return EINVAL;
  let count = ulong(countArg);
  const dst = ptr(buf);
  if (count > 0x7fffffff) count = 0x7fffffff;
  if (!accessOk(dst, count)) return EFAULT;
  const chunk = new Uint8Array(Math.min(count, 65536));
  let done = 0;
  while (done < count) {
    const n = Math.min(chunk.length, count - done);
    k.random.fill(chunk.subarray(0, n));
    const c = copyToUserAt(t.mm, dst, done, chunk, n);
    done += c;
    if (c < n) break;
  }
  return done === 0 && count > 0 ? EFAULT : done;
};

export const infoSyscalls = {
  uname: full(sysUname),
  sysinfo: full(sysSysinfo),
  getrandom: full(sysGetrandom),
};
