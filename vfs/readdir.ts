// vfs/readdir.ts — getdents64(2): directory entries encoded as struct linux_dirent64 records
// (d_ino u64, d_off s64, d_reclen u16, d_type u8, d_name NUL-terminated, padded to 8 bytes).
// "." and ".." come first, then entries newest first (what tmpfs on Linux 6.18 returns). The
// file offset counts entries returned; d_off values and offsets that stay stable across
// concurrent unlinks (Linux's) are the VFS issue's work.

import { EFAULT, EINVAL, ENOENT, ENOTDIR, type Errno } from '../abi/errno';
import { accessOk, copyToUser, type UPtr } from '../mm/usercopy';
import type { VfsCtx } from './ctx';
import type { OpenFile } from './file';
import { dtype } from './inode';
import { touchAtime } from './fs/tmpfs';

/** One directory entry as getdents reports it. */
export interface Dirent {
  readonly ino: number;
  readonly off: number;
  readonly type: number;
  readonly name: string;
}

/** The entries of directory `f` from its current position, at most as many as fit `count`. */
export function getdents64(ctx: VfsCtx, f: OpenFile, dst: UPtr, count: number): number | Errno {
  const dir = f.inode;
  if (!dir.isDir()) return ENOTDIR;
  if (!accessOk(dst, count)) return EFAULT;
  if (dir.nlink === 0) return ENOENT; // removed directory: IS_DEADDIR
  const out = new Uint8Array(Math.min(count, 1 << 20));
  const dv = new DataView(out.buffer);
  let used = 0;
  let index = f.pos;
  const emit = (ino: number, type: number, name: string): boolean => {
    const reclen = (19 + name.length + 1 + 7) & ~7;
    if (used + reclen > out.length) return false;
    dv.setBigUint64(used, BigInt(ino), true);
    dv.setBigInt64(used + 8, BigInt(index + 1), true);
    dv.setUint16(used + 16, reclen, true);
    dv.setUint8(used + 18, type);
    for (let i = 0; i < name.length; i++) out[used + 19 + i] = name.charCodeAt(i) & 0xff;
    out.fill(0, used + 19 + name.length, used + reclen);
    used += reclen;
    index++;
    return true;
  };
  let i = 0;
  let full = false;
  if (index === 0) full = !emit(dir.ino, 4, '.');
  if (!full && index === 1) full = !emit(dir.parent, 4, '..');
  if (!full) {
    // tmpfs lists the newest entry first (Linux 6.18's libfs offset directories).
    const newestFirst = [...dir.entries!].reverse();
    for (const [name, ino] of newestFirst) {
      if (i++ < index - 2) continue;
      const inode = dir.sb.inodes.get(ino);
      if (!emit(ino, inode ? dtype(inode.mode) : 0, name)) { full = true; break; }
    }
  }
  if (used === 0 && full) return EINVAL; // the buffer cannot hold even one record
  if (used > 0 && copyToUser(ctx.mm, dst, out, used) < used) return EFAULT;
  f.pos = index;
  touchAtime(dir, ctx.now());
  return used;
}
