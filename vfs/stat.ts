// vfs/stat.ts — the attributes stat(2) reports for an inode, as tmpfs reports them:
// st_blksize 4096, st_blocks in 512-byte units of the pages allocated (holes cost none), directory sizes counted in
// BOGO_DIRENT_SIZE (20) per entry, symlink size = target length.

import type { Stat } from '../abi/structs';
import { rdevOf, type Inode } from './inode';

/** tmpfs counts each directory entry (and . and ..) as 20 bytes of directory size. */
export const BOGO_DIRENT_SIZE = 20;

/** st_blocks: 512-byte blocks of the pages holding the file's data. */
export function blocksOf(inode: Inode): number {
  if (inode.isReg()) return (inode.data?.count ?? 0) * 8;
  if (inode.isSymlink()) return inode.target.length >= 128 ? 8 : 0;
  return 0;
}

export function statOf(inode: Inode): Stat {
  return {
    st_dev: inode.sb.dev,
    st_ino: inode.ino,
    st_nlink: inode.nlink,
    st_mode: inode.mode,
    st_uid: inode.uid,
    st_gid: inode.gid,
    st_rdev: rdevOf(inode),
    st_size: inode.size,
    st_blksize: inode.sb.blockSize,
    st_blocks: blocksOf(inode),
    st_atime: inode.atimeSec,
    st_atime_nsec: inode.atimeNsec,
    st_mtime: inode.mtimeSec,
    st_mtime_nsec: inode.mtimeNsec,
    st_ctime: inode.ctimeSec,
    st_ctime_nsec: inode.ctimeNsec,
  };
}
