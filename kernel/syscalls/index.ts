// kernel/syscalls/index.ts — the list of syscall families that make up the dispatch table.
// Add a family here when you add a kernel/syscalls/sys_<family>.ts file.

import type { SyscallImpl } from '../table';
import { attrSyscalls } from './sys_attr';
import { credSyscalls } from './sys_cred';
import { dirSyscalls } from './sys_dir';
import { fileSyscalls } from './sys_file';
import { infoSyscalls } from './sys_info';
import { ioctlSyscalls } from './sys_ioctl';
import { lockSyscalls } from './sys_lock';
import { memSyscalls } from './sys_mem';
import { memfdSyscalls } from './sys_memfd';
import { mountSyscalls } from './sys_mount';
import { nameiSyscalls } from './sys_namei';
import { pipeSyscalls } from './sys_pipe';
import { processSyscalls } from './sys_process';
import { readWriteSyscalls } from './sys_read_write';
import { resourceSyscalls } from './sys_resource';
import { schedSyscalls } from './sys_sched';
import { signalSyscalls } from './sys_signal';
import { spliceSyscalls } from './sys_splice';
import { statSyscalls } from './sys_stat';
import { timeSyscalls } from './sys_time';

/** The families by name (the <family> of kernel/syscalls/sys_<family>.ts). */
export const FAMILIES: Readonly<Record<string, Readonly<Record<string, SyscallImpl>>>> = {
  read_write: readWriteSyscalls,
  file: fileSyscalls,
  stat: statSyscalls,
  namei: nameiSyscalls,
  dir: dirSyscalls,
  pipe: pipeSyscalls,
  process: processSyscalls,
  cred: credSyscalls,
  info: infoSyscalls,
  time: timeSyscalls,
  mem: memSyscalls,
  memfd: memfdSyscalls,
  signal: signalSyscalls,
  resource: resourceSyscalls,
  attr: attrSyscalls,
  mount: mountSyscalls,
  splice: spliceSyscalls,
  ioctl: ioctlSyscalls,
  lock: lockSyscalls,
  sched: schedSyscalls,
};
