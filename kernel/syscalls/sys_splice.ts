// kernel/syscalls/sys_splice.ts — sendfile, copy_file_range, splice, tee, truncate, ftruncate, fallocate: moving bytes between files and pipes without a user buffer, and file sizes. Decoding only; the rules are vfs/splice.ts and vfs/fs/tmpfs.ts.

import type { SyscallImpl } from '../table';

export const spliceSyscalls: Readonly<Record<string, SyscallImpl>> = {};
