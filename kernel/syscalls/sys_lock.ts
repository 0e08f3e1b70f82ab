// kernel/syscalls/sys_lock.ts — flock, and the record-lock commands fcntl hands over (F_GETLK, F_SETLK, F_SETLKW, F_OFD_*): advisory file locks. Decoding only; the rules are vfs/locks.ts.

import type { SyscallImpl } from '../table';

export const lockSyscalls: Readonly<Record<string, SyscallImpl>> = {};
