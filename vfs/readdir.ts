// vfs/readdir.ts — getdents64(2): directory entries encoded as struct linux_dirent64 records
// (d_ino u64, d_off s64, d_reclen u16, d_type u8, d_name NUL-terminated, padded to 8 bytes),
// as tmpfs on Linux 6.18 lists them (fs/libfs.c, simple_offset directories): "." at position
// 0, ".." at 1, then the entries newest first, each known by the offset it got when it was
// created (vfs/dir.ts: 3, 4, …). Position 2 starts at the newest entry; any other position
// resumes at the entry with the largest offset at or below it (mas_find_rev()) and walks on to
// older ones, so entries created after a listing began are not seen by it; reaching the end
// leaves the position at DIR_OFFSET_EOD, where every later call returns 0 until an lseek. Each
// record's d_off is the position of the one after it (the last one's, the final position).

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

/** The position after the last entry (libfs's DIR_OFFSET_EOD on Linux 6.18: S32_MAX). */
export const DIR_OFFSET_EOD = 0x7fffffff;
/** The position of the newest entry, whatever its offset (DIR_OFFSET_FIRST). */
const DIR_OFFSET_FIRST = 2;

/** The entries of directory `f` from its current position, at most as many as fit `count`. */
export function getdents64(ctx: VfsCtx, f: OpenFile, dst: UPtr, count: number): number | Errno {
  const dir = f.inode;
  if (!accessOk(dst, count)) return EFAULT; // getdents64() checks the range first…
  if (!dir.isDir()) return ENOTDIR; // …then iterate_dir() the file
  if (dir.nlink === 0) return ENOENT; // removed directory: IS_DEADDIR
  const out = new Uint8Array(Math.min(count, 1 << 20));
  const dv = new DataView(out.buffer);
  let used = 0;
  let last = -1; // where the last record starts (its d_off is written by the next emit)
  const starts: number[] = []; // each record's place in the buffer…
  const at: number[] = []; // …and the position it was emitted at
  let pos = f.pos;
  /** dir_emit() at position `pos`: false when the record does not fit. */
  const emit = (ino: number, type: number, name: string): boolean => {
    const reclen = (19 + name.length + 1 + 7) & ~7;
    if (used + reclen > out.length) return false;
    if (last >= 0) dv.setBigInt64(last + 8, BigInt(pos), true);
    dv.setBigUint64(used, BigInt(ino), true);
    dv.setUint16(used + 16, reclen, true);
    dv.setUint8(used + 18, type);
    for (let i = 0; i < name.length; i++) out[used + 19 + i] = name.charCodeAt(i) & 0xff;
    out.fill(0, used + 19 + name.length, used + reclen);
    starts.push(used);
    at.push(pos);
    last = used;
    used += reclen;
    return true;
  };
  let full = false;
  if (pos === 0) {
    if (emit(dir.ino, 4, '.')) pos = 1;
    else full = true;
  }
  if (!full && pos === 1) {
    if (emit(dir.parent, 4, '..')) pos = DIR_OFFSET_FIRST;
    else full = true;
  }
  if (!full && pos !== DIR_OFFSET_EOD) {
    // Newest first; offsets decrease along the list. mas_find_rev(): resume at the entry with
    // the largest offset <= pos; when there is none, start over from the newest.
    let walk = dir.entries.newestFrom(pos === DIR_OFFSET_FIRST ? Infinity : pos);
    let step = walk.next();
    if (step.done && pos !== DIR_OFFSET_FIRST) {
      walk = dir.entries.newestFrom(Infinity);
      step = walk.next();
    }
    for (; !step.done; step = walk.next()) {
      const [name, ino, off] = step.value;
      pos = off;
      const inode = dir.sb.inodes.get(ino);
      if (!emit(inode?.ino ?? 0, inode ? dtype(inode.mode) : 0, name)) { full = true; break; }
    }
    if (!full) pos = DIR_OFFSET_EOD;
  }
  f.pos = pos;
  touchAtime(dir, ctx.now()); // iterate_dir(): file_accessed() whatever was emitted
  if (used === 0) return full ? EINVAL : 0; // EINVAL: the buffer cannot hold even one record
  dv.setBigInt64(last + 8, BigInt(pos), true);
  const copied = copyToUser(ctx.mm, dst, out, used);
  if (copied < used) {
    // filldir64() faulted on the first record that did not fully reach the user: the ones
    // before it count, and the position is that record's.
    const k = starts.findIndex((_, j) => (starts[j + 1] ?? used) > copied);
    f.pos = at[k]!;
    return k === 0 ? EFAULT : starts[k]!;
  }
  return used;
}
