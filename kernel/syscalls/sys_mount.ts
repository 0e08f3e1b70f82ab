// kernel/syscalls/sys_mount.ts — mount, umount2, chroot, pivot_root: the mount table and the root directory. Decoding only; the rules are vfs/mount.ts and vfs/fs_struct.ts.

import type { SyscallImpl } from '../table';

export const mountSyscalls: Readonly<Record<string, SyscallImpl>> = {};
