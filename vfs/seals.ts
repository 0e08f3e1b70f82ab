// vfs/seals.ts — file seals as shmem keeps them (fcntl F_ADD_SEALS/F_GET_SEALS, memfd_create(2);
// mm/memfd.c and mm/shmem.c): every tmpfs file has a seal set, F_SEAL_SEAL alone unless it was
// made by memfd_create with MFD_ALLOW_SEALING or MFD_NOEXEC_SEAL. The checks the seals impose
// live here and are called from the places Linux calls them: writes (shmem_write_begin, per
// page), size changes (shmem_setattr, shmem_fallocate), mode changes (F_SEAL_EXEC), and mmap
// (mm asks writeSealed()). Owned by the VFS maintainers.

import { EBUSY, EINVAL, EPERM, type Errno } from '../abi/errno';
import { F_SEAL_EXEC, F_SEAL_FUTURE_WRITE, F_SEAL_GROW, F_SEAL_SEAL, F_SEAL_SHRINK, F_SEAL_WRITE } from '../abi/misc';
import type { OpenFile } from './file';
import { RegularInode, type Inode } from './inode';
import { PAGE_SIZE } from './pages';

export const F_ALL_SEALS = F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_FUTURE_WRITE | F_SEAL_EXEC;

/** memfd_file_seals_ptr(): the seal set of a shmem file, or null (no seals: F_GET_SEALS is EINVAL). */
function sealed(inode: Inode): RegularInode | null {
  return inode instanceof RegularInode && (inode.sb.fsType === 'tmpfs' || inode.sb.fsType === 'devtmpfs') ? inode : null;
}

/** F_GET_SEALS */
export function getSeals(f: OpenFile): number | Errno {
  const inode = sealed(f.inode);
  return inode ? inode.seals : EINVAL;
}

/**
 * F_ADD_SEALS (memfd_add_seals): the file must be open for writing (EPERM), the bits known
 * (EINVAL), the file a shmem one (EINVAL) not sealed against sealing (EPERM); F_SEAL_WRITE
 * needs no writable shared mapping (EBUSY: `writablyMapped` answers for mm); F_SEAL_EXEC on an
 * executable file implies the write seals (W^X).
 */
export function addSeals(f: OpenFile, seals: number, writablyMapped: (inode: RegularInode) => boolean): number | Errno {
  if (!f.writable) return EPERM;
  if (seals & ~F_ALL_SEALS) return EINVAL;
  const inode = sealed(f.inode);
  if (!inode) return EINVAL;
  if (inode.seals & F_SEAL_SEAL) return EPERM;
  if (seals & F_SEAL_WRITE && !(inode.seals & F_SEAL_WRITE) && writablyMapped(inode)) return EBUSY;
  if (seals & F_SEAL_EXEC && inode.mode & 0o111) seals |= F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_FUTURE_WRITE;
  inode.seals |= seals;
  return 0;
}

/**
 * shmem_write_begin() over a write of `n` bytes at `pos`, a page at a time: the bytes that may
 * be written (a write seal refuses all; F_SEAL_GROW stops at the first page chunk that would
 * end past the size), or EPERM when not even the first chunk may.
 */
export function writableBytes(inode: RegularInode, pos: number, n: number): number | Errno {
  const s = inode.seals;
  if (!(s & (F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_FUTURE_WRITE))) return n;
  if (s & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE)) return EPERM;
  const size = inode.size;
  if (pos + n <= size) return n;
  let end = pos;
  for (let next = Math.min(pos + n, Math.floor(pos / PAGE_SIZE) * PAGE_SIZE + PAGE_SIZE); next <= size; next = Math.min(pos + n, next + PAGE_SIZE)) {
    end = next;
    if (end === pos + n) break;
  }
  return end > pos ? end - pos : EPERM;
}

/** shmem_setattr(): a new size against F_SEAL_SHRINK and F_SEAL_GROW. */
export function resizeSealError(inode: RegularInode, size: number): Errno | undefined {
  if ((size < inode.size && inode.seals & F_SEAL_SHRINK) || (size > inode.size && inode.seals & F_SEAL_GROW)) return EPERM;
  return undefined;
}

/** shmem_fallocate(): punching needs no write seal, allocating past the size no F_SEAL_GROW. */
export function fallocateSealError(inode: RegularInode, punch: boolean, end: number): Errno | undefined {
  if (punch) return inode.seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE) ? EPERM : undefined;
  return inode.seals & F_SEAL_GROW && end > inode.size ? EPERM : undefined;
}

/** shmem_setattr(): with F_SEAL_EXEC the execute bits may not change. */
export function modeSealError(inode: Inode, mode: number): Errno | undefined {
  return inode instanceof RegularInode && inode.seals & F_SEAL_EXEC && (inode.mode ^ mode) & 0o111 ? EPERM : undefined;
}

/** memfd_check_seals_mmap(): a shared writable mapping of a write-sealed file is EPERM. */
export function writeSealed(inode: Inode): boolean {
  return inode instanceof RegularInode && (inode.seals & (F_SEAL_WRITE | F_SEAL_FUTURE_WRITE)) !== 0;
}
