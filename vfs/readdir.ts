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

/** One getdents64 call fills at most this much (the rest waits for the next call). */
const MAX_BATCH = 1 << 20;
/** The records are built here, then copied to the caller (one buffer for every call). */
let scratch = new Uint8Array(1 << 16);
let scratchView: DataView | null = new DataView(scratch.buffer);

function scratchFor(n: number): Uint8Array {
  if (scratch.length < n) {
    scratch = new Uint8Array(n);
    scratchView = new DataView(scratch.buffer);
  }
  return scratch;
}

/** A non-negative 64-bit field (d_ino, d_off), little-endian, without a BigInt. */
function set64(dv: DataView, at: number, v: number): void {
  if (v <= 0xffffffff) {
    dv.setUint32(at, v, true);
    dv.setUint32(at + 4, 0, true);
  } else {
    dv.setUint32(at, v % 4294967296, true);
    dv.setUint32(at + 4, Math.floor(v / 4294967296), true);
  }
}

/**
 * Writes one linux_dirent64 record (d_off left for later) at `at`; returns where the next one
 * starts, or -1 when it does not fit in `room`.
 */
function putRecord(out: Uint8Array, dv: DataView, at: number, room: number, ino: number, type: number, name: string): number {
  const n = name.length;
  const reclen = (19 + n + 1 + 7) & ~7;
  if (at + reclen > room) return -1;
  set64(dv, at, ino);
  dv.setUint16(at + 16, reclen, true);
  out[at + 18] = type;
  for (let i = 0; i < n; i++) out[at + 19 + i] = name.charCodeAt(i) & 0xff;
  for (let i = at + 19 + n; i < at + reclen; i++) out[i] = 0;
  return at + reclen;
}

/** The entries of directory `f` from its current position, at most as many as fit `count`. */
export function getdents64(ctx: VfsCtx, f: OpenFile, dst: UPtr, count: number): number | Errno {
  const dir = f.inode;
  if (!accessOk(dst, count)) return EFAULT; // getdents64() checks the range first…
  if (!dir.isDir()) return ENOTDIR; // …then iterate_dir() the file
  if (dir.nlink === 0) return ENOENT; // removed directory: IS_DEADDIR
  if (dir.sb.dyn !== null) return dir.sb.dyn.getdents(ctx, f, dst, count); // procfs: generated entries
  const out = scratchFor(Math.min(count, MAX_BATCH));
  const room = Math.min(count, MAX_BATCH);
  const dv = scratchView!;
  let used = 0;
  let last = -1; // where the last record starts (its d_off is written by the next emit)
  const startPos = f.pos;
  let pos = startPos;
  // dir_emit() at position `pos`: a record, unless it does not fit; each record's d_off (the
  // position of the one after it) is written when that one is emitted, the last one's at the end.
  let full = false;
  if (pos === 0) {
    const next = putRecord(out, dv, used, room, dir.ino, 4, '.');
    if (next < 0) full = true;
    else { last = used; used = next; pos = 1; }
  }
  if (!full && pos === 1) {
    const next = putRecord(out, dv, used, room, dir.parent, 4, '..');
    if (next < 0) full = true;
    else {
      if (last >= 0) set64(dv, last + 8, pos);
      last = used; used = next; pos = DIR_OFFSET_FIRST;
    }
  }
  if (!full && pos !== DIR_OFFSET_EOD) {
    // Newest first; offsets decrease along the list. mas_find_rev(): resume at the entry with
    // the largest offset <= pos; when there is none, start over from the newest.
    const entries = dir.entries;
    let slot = entries.slotAtOrBelow(pos === DIR_OFFSET_FIRST ? Infinity : pos);
    if (slot < 0 && pos !== DIR_OFFSET_FIRST) slot = entries.slotAtOrBelow(Infinity);
    for (; slot >= 0; slot--) {
      const name = entries.nameAt(slot);
      if (name === undefined) continue; // a removed entry's slot
      pos = entries.offAt(slot);
      const ino = entries.inoAt(slot);
      let type = entries.typeAt(slot);
      if (type === 0) {
        const inode = dir.sb.inodes.get(ino);
        type = inode ? dtype(inode.mode) : 0;
      }
      const next = putRecord(out, dv, used, room, ino, type, name);
      if (next < 0) { full = true; break; }
      if (last >= 0) set64(dv, last + 8, pos);
      last = used;
      used = next;
    }
    if (!full) pos = DIR_OFFSET_EOD;
  }
  f.pos = pos;
  touchAtime(dir, ctx.now()); // iterate_dir(): file_accessed() whatever was emitted
  if (used === 0) return full ? EINVAL : 0; // EINVAL: the buffer cannot hold even one record
  set64(dv, last + 8, pos);
  const copied = copyToUser(ctx.mm, dst, out, used);
  if (copied < used) {
    // filldir64() faulted on the first record that did not fully reach the user: the ones
    // before it count, and the position is that record's (the d_off of the one before it).
    let start = 0;
    let prev = -1;
    for (;;) {
      const end = start + dv.getUint16(start + 16, true);
      if (end > copied) break;
      prev = start;
      start = end;
    }
    f.pos = prev < 0 ? startPos : dv.getUint32(prev + 8, true) + dv.getUint32(prev + 12, true) * 4294967296;
    return prev < 0 ? EFAULT : start;
  }
  return used;
}
