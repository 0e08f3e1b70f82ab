// vfs/read_write.ts — read/write/pread/pwrite/lseek on an open file description, with the
// checks Linux makes before a filesystem sees the call (fs/read_write.c): the open mode
// (EBADF), a filesystem that cannot do it (EINVAL), access_ok on the buffer (EFAULT),
// negative offsets (EINVAL), streams refusing offsets (ESPIPE), and O_APPEND.

import { EBADF, EFAULT, EINVAL, ENXIO, ESPIPE, EOVERFLOW, type Errno } from '../abi/errno';
import { O_APPEND, SEEK_CUR, SEEK_DATA, SEEK_END, SEEK_HOLE, SEEK_SET } from '../abi/fcntl';
import { accessOk, userBytes, type UPtr } from '../mm/usercopy';
import type { VfsCtx } from './ctx';
import type { IoResult, OpenFile } from './file';

/** MAX_RW_COUNT: one read or write moves at most INT_MAX rounded down to a page. */
export const MAX_RW_COUNT = 0x7ffff000;
/** The largest file offset (MAX_LFS_FILESIZE on 64-bit). */
const MAX_OFFSET = Number.MAX_SAFE_INTEGER;
/** loff_t overflows here (2^63). */
const LOFF_LIMIT = 2 ** 63;

/**
 * Checks of pread64/pwrite64 that come before anything else (ksys_pread64): a negative offset
 * is EINVAL even for a bad fd; a stream is ESPIPE before its open mode is looked at.
 */
export function positionalCheck(f: OpenFile | undefined, pos: number): Errno | undefined {
  if (pos < 0) return EINVAL;
  if (!f) return EBADF;
  if (f.ops.stream) return ESPIPE;
  return undefined;
}

/** read(2) (pos null) or pread64(2) (pos given; positionalCheck done by the caller). */
export function vfsRead(ctx: VfsCtx, f: OpenFile, dst: UPtr, count: number, pos: number | null): IoResult {
  if (!f.readable) return EBADF;
  const read = f.ops.read;
  if (!read) return EINVAL;
  if (!accessOk(dst, count)) return EFAULT;
  const at = pos ?? f.pos;
  if (!f.ops.stream && at + count >= LOFF_LIMIT) return EINVAL; // rw_verify_area(): pos + count overflows
  if (count > MAX_RW_COUNT) count = MAX_RW_COUNT;
  const r = read(f, ctx, dst, count, at);
  if (typeof r === 'number' && pos === null && !f.ops.stream) f.pos = at + r;
  return r;
}

/** write(2) (pos null) or pwrite64(2) (pos given; positionalCheck done by the caller). */
export function vfsWrite(ctx: VfsCtx, f: OpenFile, src: UPtr, count: number, pos: number | null): IoResult {
  if (!f.writable) return EBADF;
  const write = f.ops.write;
  if (!write) return EINVAL;
  if (!accessOk(src, count)) return EFAULT;
  if (!f.ops.stream && (pos ?? f.pos) + count >= LOFF_LIMIT) return EINVAL; // rw_verify_area()
  if (count > MAX_RW_COUNT) count = MAX_RW_COUNT;
  const got = userBytes(ctx.mm, src, count);
  const bytes = got instanceof Uint8Array ? got : new Uint8Array(0); // (userBytes fails only with EFAULT)
  // O_APPEND: every write(2) goes to the end. (pwrite on an O_APPEND file appends too, as Linux does.)
  // A write of nothing returns before that (generic_write_checks): the offset stays.
  let at = pos ?? f.pos;
  if (f.flags & O_APPEND && f.inode.isReg() && count > 0) at = f.inode.size;
  if (bytes.length === 0 && count > 0) return f.ops.writeFault ? f.ops.writeFault(f, ctx, at) : EFAULT;
  const r = write(f, ctx, bytes, at);
  if (typeof r === 'number' && pos === null && !f.ops.stream) f.pos = at + r;
  return r;
}

/** lseek(2). */
export function vfsLseek(f: OpenFile, offset: number, whence: number): number | Errno {
  if (f.ops.stream) return ESPIPE;
  if (f.ops.llseek) return f.ops.llseek(f, offset, whence);
  // Directories (dcache_dir_lseek) count entries and know only SEEK_SET and SEEK_CUR.
  if (f.inode.isDir() && whence !== SEEK_SET && whence !== SEEK_CUR) return EINVAL;
  let base: number;
  switch (whence) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = f.pos; break;
    case SEEK_END: base = f.inode.size; break;
    case SEEK_DATA:
    case SEEK_HOLE: {
      // mapping_seek_hole_data(): pages never written are holes, and so is the end of the file.
      const inode = f.inode;
      if (!inode.isReg()) return EINVAL;
      if (offset < 0 || offset >= inode.size) return ENXIO;
      const to = whence === SEEK_DATA
        ? (inode.data ? inode.data.nextData(offset, inode.size) : -1)
        : (inode.data ? inode.data.nextHole(offset, inode.size) : offset);
      if (to < 0) return ENXIO;
      f.pos = to;
      return f.pos;
    }
    default: return EINVAL;
  }
  const pos = base + offset;
  if (pos < 0) return EINVAL;
  if (pos > MAX_OFFSET) return EOVERFLOW;
  f.pos = pos;
  return pos;
}
