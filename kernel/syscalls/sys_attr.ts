// kernel/syscalls/sys_attr.ts — access, faccessat, faccessat2, chmod, fchmod, fchmodat, fchmodat2, chown, fchown, lchown, fchownat, utime, utimes, futimesat, utimensat, fsync, fdatasync, syncfs, sync, statfs, fstatfs: reading and changing inode attributes. Decoding only; the rules are vfs/attr.ts.

import type { SyscallImpl } from '../table';

export const attrSyscalls: Readonly<Record<string, SyscallImpl>> = {};
