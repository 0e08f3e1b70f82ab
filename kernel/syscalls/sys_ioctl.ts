// kernel/syscalls/sys_ioctl.ts — ioctl: the generic requests (FIONREAD, FIONBIO, FIOCLEX, FIONCLEX, FIOASYNC, FIGETBSZ) and each file's own (FileOps.ioctl). Decoding only.

import type { SyscallImpl } from '../table';

export const ioctlSyscalls: Readonly<Record<string, SyscallImpl>> = {};
