// vfs/fs/tmpfs.ts — tmpfs: files whose bytes live in memory. Regular-file read/write with
// Linux's timestamp rules (relatime for atime; mtime+ctime on write) and RLIMIT_FSIZE.
// Directory and symlink objects are generic (vfs/inode.ts); this file adds the data path.
// Not yet here (the VFS issue): sparse files (holes), size/inode limits as mount options.

import { EFAULT, EFBIG, ENOSPC, type Errno } from '../../abi/errno';
import { SIGXFSZ } from '../../abi/signal';
import { copyToUser } from '../../mm/usercopy';
import type { Timestamp, VfsCtx } from '../ctx';
import type { FileOps, IoResult, OpenFile } from '../file';
import type { Inode } from '../inode';

/** The largest file this in-memory tmpfs stores until sparse files exist (ENOSPC beyond). */
export const TMPFS_MAX_FILE = 1 << 30;

/** relatime: update atime only if it is older than mtime or ctime, or more than a day old. */
export function touchAtime(inode: Inode, now: Timestamp): void {
  const a = inode.atimeSec * 1e9 + inode.atimeNsec;
  const m = inode.mtimeSec * 1e9 + inode.mtimeNsec;
  const c = inode.ctimeSec * 1e9 + inode.ctimeNsec;
  if (a <= m || a <= c || now.sec - inode.atimeSec >= 24 * 3600) {
    inode.atimeSec = now.sec;
    inode.atimeNsec = now.nsec;
  }
}

/** Makes room for `size` bytes of data (growing capacity geometrically); false past the cap. */
export function reserve(inode: Inode, size: number): boolean {
  const data = inode.data!;
  if (size <= data.length) return true;
  if (size > TMPFS_MAX_FILE) return false;
  let cap = Math.max(64, data.length);
  while (cap < size) cap *= 2;
  const grown = new Uint8Array(Math.min(cap, TMPFS_MAX_FILE));
  grown.set(data.subarray(0, inode.size));
  inode.sb.bytesUsed += grown.length - data.length;
  inode.data = grown;
  return true;
}

/** Sets the file size (truncate/ftruncate): new bytes read as zeros. */
export function setSize(inode: Inode, size: number): Errno | undefined {
  if (size > inode.size) {
    if (!reserve(inode, size)) return ENOSPC;
  } else {
    inode.data!.fill(0, size, inode.size);
  }
  inode.size = size;
  return undefined;
}

export const tmpfsFileOps: FileOps = {
  read(f: OpenFile, ctx: VfsCtx, dst, count: number, pos: number): IoResult {
    const inode = f.inode;
    if (pos >= inode.size || count === 0) {
      touchAtime(inode, ctx.now());
      return 0;
    }
    const n = Math.min(count, inode.size - pos);
    const k = copyToUser(ctx.mm, dst, inode.data!.subarray(pos, pos + n), n);
    if (k === 0) return EFAULT;
    touchAtime(inode, ctx.now());
    return k;
  },

  write(f: OpenFile, ctx: VfsCtx, src: Uint8Array, pos: number): IoResult {
    const inode = f.inode;
    let n = src.length;
    if (n === 0) return 0;
    const limit = ctx.fileSizeLimit();
    if (pos + n > limit) {
      if (pos >= limit) {
        ctx.signalSelf(SIGXFSZ);
        return EFBIG;
      }
      n = limit - pos;
    }
    if (!reserve(inode, pos + n)) return pos >= TMPFS_MAX_FILE ? EFBIG : ENOSPC;
    inode.data!.set(n === src.length ? src : src.subarray(0, n), pos);
    if (pos + n > inode.size) inode.size = pos + n;
    inode.setTimes('mc', ctx.now());
    return n;
  },
};
