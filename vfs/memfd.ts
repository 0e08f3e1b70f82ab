// vfs/memfd.ts — memfd_create(2) (mm/memfd.c): an unnamed tmpfs file on the kernel's internal
// shm mount, open for reading and writing, named "memfd:<name>" for /proc (d_path shows
// "/memfd:<name> (deleted)"), mode 0777 (0666 with MFD_NOEXEC_SEAL), owned by the caller's
// fsuid/fsgid, with the seals the flags ask for (vfs/seals.ts). No hugetlbfs: MFD_HUGETLB is
// ENOSYS, as on a kernel built without it. Owned by the VFS maintainers.

import { EINVAL, ENOSYS, type Errno } from '../abi/errno';
import { O_LARGEFILE, O_RDWR } from '../abi/fcntl';
import { F_SEAL_EXEC, F_SEAL_SEAL, MFD_ALLOW_SEALING, MFD_CLOEXEC, MFD_EXEC, MFD_HUGETLB, MFD_NOEXEC_SEAL } from '../abi/misc';
import { S_IFREG } from '../abi/stat';
import type { VfsCtx } from './ctx';
import { OpenFile } from './file';
import { tmpfsFileOps } from './fs/tmpfs';
import type { RegularInode } from './inode';
import type { Vfs } from './vfs';

const MFD_ALL_FLAGS = MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB | MFD_NOEXEC_SEAL | MFD_EXEC;
/** MFD_HUGE_MASK << MFD_HUGE_SHIFT: a huge page size, with MFD_HUGETLB only. */
const MFD_HUGE_BITS = 0x3f << 26;
/** NAME_MAX - strlen("memfd:"). */
export const MFD_NAME_MAX_LEN = 249;

/** sanitize_flags(): unknown bits, or MFD_EXEC with MFD_NOEXEC_SEAL, are EINVAL (vm.memfd_noexec = 0). */
export function memfdFlagsError(flags: number): Errno | undefined {
  const allowed = flags & MFD_HUGETLB ? MFD_ALL_FLAGS | MFD_HUGE_BITS : MFD_ALL_FLAGS;
  if ((flags >>> 0) & ~allowed) return EINVAL;
  if (flags & MFD_EXEC && flags & MFD_NOEXEC_SEAL) return EINVAL;
  return undefined;
}

/** alloc_file(): the open file of a new memfd (flags already checked; the caller installs the fd). */
export function memfdCreate(vfs: Vfs, ctx: VfsCtx, name: string, flags: number): OpenFile | Errno {
  if (flags & MFD_HUGETLB) return ENOSYS; // hugetlb_file_setup() without CONFIG_HUGETLBFS
  const mnt = vfs.shmMount();
  const inode = mnt.sb.newInode(S_IFREG | (flags & MFD_NOEXEC_SEAL ? 0o666 : 0o777), ctx.cred.fsuid, ctx.cred.fsgid, ctx.now()) as RegularInode;
  inode.memfdName = `memfd:${name}`;
  if (flags & MFD_NOEXEC_SEAL) inode.seals = (inode.seals & ~F_SEAL_SEAL) | F_SEAL_EXEC;
  else if (flags & MFD_ALLOW_SEALING) inode.seals &= ~F_SEAL_SEAL;
  const f = new OpenFile(vfs.allocFileId(), mnt, inode, O_RDWR | O_LARGEFILE, tmpfsFileOps);
  f.cred = ctx.cred;
  return vfs.register(f);
}
