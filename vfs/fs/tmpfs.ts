// vfs/fs/tmpfs.ts — tmpfs's regular files: bytes in page frames (vfs/pages.ts), holes where
// nothing was written. read/write with Linux's timestamp rules (relatime for atime; mtime and
// ctime on write), RLIMIT_FSIZE (SIGXFSZ + EFBIG), the filesystem's size limit (ENOSPC), and
// truncate that frees pages. Directory and symlink objects are vfs/inode.ts's.

import { EFAULT, EFBIG, ENOSPC, type Errno } from '../../abi/errno';
import { SIGXFSZ } from '../../abi/signal';
import { FS_NOATIME_FL } from '../../abi/ioctl';
import type { Frame, MappableFile, MappingRef } from '../../mm/frames';
import { copyToUserAt, type UPtr } from '../../mm/usercopy';
import { removePrivs } from '../attr';
import { writableBytes } from '../seals';
import type { Timestamp, VfsCtx } from '../ctx';
import type { FileOps, IoResult, OpenFile } from '../file';
import type { Inode, RegularInode } from '../inode';
import { PAGE_SIZE, ZERO_PAGE, type FileData } from '../pages';

/** The largest file offset: MAX_LFS_FILESIZE, cut to what a JS number holds exactly. */
export const TMPFS_MAX_FILE = Number.MAX_SAFE_INTEGER;

/** relatime: update atime only if it is older than mtime or ctime, or more than a day old. */
export function touchAtime(inode: Inode, now: Timestamp): void {
  if (inode.fsflags & FS_NOATIME_FL) return; // S_NOATIME
  const a = inode.atimeSec * 1e9 + inode.atimeNsec;
  const m = inode.mtimeSec * 1e9 + inode.mtimeNsec;
  const c = inode.ctimeSec * 1e9 + inode.ctimeNsec;
  if (a <= m || a <= c || now.sec - inode.atimeSec >= 24 * 3600) {
    inode.setTimes('a', now);
  }
}

/** Pages a write of [pos, pos+n) would add to the file. */
function newPages(inode: RegularInode, pos: number, n: number): number {
  const span = Math.ceil((pos + n) / PAGE_SIZE) - Math.floor(pos / PAGE_SIZE);
  return span - (inode.data?.countIn(pos, pos + n) ?? 0);
}

/** Sets the file size (truncate/ftruncate): growing leaves a hole; shrinking frees pages. */
export function setSize(inode: RegularInode, size: number): Errno | undefined {
  if (size < inode.size && inode.data) {
    const before = inode.data.count;
    inode.data.truncate(size);
    inode.sb.bytesUsed -= (before - inode.data.count) * PAGE_SIZE;
  }
  inode.size = size;
  return undefined;
}

/** Writes `src` at `pos` into the file's pages; ENOSPC past the filesystem's size limit. */
export function writeData(inode: RegularInode, pos: number, src: Uint8Array): Errno | undefined {
  const sb = inode.sb;
  const adds = newPages(inode, pos, src.length);
  if (sb.bytesUsed + adds * PAGE_SIZE > sb.sizeLimit) return ENOSPC;
  inode.pages().write(pos, src);
  sb.bytesUsed += adds * PAGE_SIZE;
  return undefined;
}

/**
 * How many bytes of a write of `n` at `pos` the filesystem has pages for (generic_perform_write
 * goes a page at a time and stops at the first it cannot allocate).
 */
function bytesThatFit(inode: RegularInode, pos: number, n: number): number {
  const sb = inode.sb;
  let budget = Math.floor((sb.sizeLimit - sb.bytesUsed) / PAGE_SIZE);
  const data = inode.data;
  const last = Math.ceil((pos + n) / PAGE_SIZE);
  let i = Math.floor(pos / PAGE_SIZE);
  for (; i < last; i++) {
    if (data && data.countIn(i * PAGE_SIZE, i * PAGE_SIZE + 1) > 0) continue;
    if (budget <= 0) break;
    budget--;
  }
  return Math.max(0, Math.min(n, i * PAGE_SIZE - pos));
}

/**
 * Copies the file bytes [pos, pos+n) to the user page by page (holes, and a file with no pages
 * at all, as zeros); stops at the first fault. Returns the bytes copied. (A loop, not
 * FileData.read's callback: a closure made per read(2) costs as much as the copy.)
 */
function copyPagesOut(mm: VfsCtx['mm'], dst: UPtr, data: FileData | null, pos: number, n: number): number {
  let done = 0;
  while (done < n) {
    const at = pos + done;
    const i = Math.floor(at / PAGE_SIZE);
    const off = at - i * PAGE_SIZE;
    const len = Math.min(n - done, PAGE_SIZE - off);
    const p = data === null ? ZERO_PAGE : data.pageOrZero(i);
    const c = copyToUserAt(mm, dst, done, off === 0 && len === PAGE_SIZE ? p : p.subarray(off, off + len), len);
    done += c;
    if (c < len) break;
  }
  return done;
}

export const tmpfsFileOps: FileOps = {
  read(f: OpenFile, ctx: VfsCtx, dst, count: number, pos: number): IoResult {
    const inode = f.inode as RegularInode;
    if (pos >= inode.size || count === 0) {
      touchAtime(inode, ctx.now());
      return 0;
    }
    const k = copyPagesOut(ctx.mm, dst, inode.data, pos, Math.min(count, inode.size - pos));
    if (k === 0) return EFAULT;
    touchAtime(inode, ctx.now());
    return k;
  },

  write(f: OpenFile, ctx: VfsCtx, src: Uint8Array, pos: number): IoResult {
    const inode = f.inode as RegularInode;
    if (src.length === 0) return 0;
    const n = writeChecks(ctx, pos, src.length);
    if (typeof n !== 'number') return n;
    removePrivs(ctx, inode); // file_remove_privs(), file_update_time(): before the data changes
    inode.setTimes('mc', ctx.now());
    let k = inode.seals === 1 ? n : writableBytes(inode, pos, n); // shmem_write_begin(): the seals
    if (typeof k !== 'number') return k;
    let err = writeData(inode, pos, k === src.length ? src : src.subarray(0, k));
    if (err === ENOSPC) {
      // Out of space part-way: what fits is written (page by page, as Linux does).
      k = bytesThatFit(inode, pos, k);
      if (k === 0) return ENOSPC;
      err = writeData(inode, pos, src.subarray(0, k));
    }
    if (err) return err;
    if (pos + k > inode.size) inode.size = pos + k;
    return k;
  },

  // shmem_file_write_iter() checks the size and updates the times, then shmem_write_begin()
  // allocates the page before the copy faults: the page stays (st_blocks counts it).
  writeFault(f: OpenFile, ctx: VfsCtx, pos: number): Errno {
    const inode = f.inode as RegularInode;
    const n = writeChecks(ctx, pos, 1);
    if (typeof n !== 'number') return n;
    removePrivs(ctx, inode);
    inode.setTimes('mc', ctx.now());
    const sealed = writableBytes(inode, pos, 1);
    if (typeof sealed !== 'number') return sealed;
    const adds = newPages(inode, pos, 1);
    if (inode.sb.bytesUsed + adds * PAGE_SIZE > inode.sb.sizeLimit) return ENOSPC;
    inode.pages().allocate(pos, pos + 1);
    inode.sb.bytesUsed += adds * PAGE_SIZE;
    return EFAULT;
  },
};

/** generic_write_checks(): RLIMIT_FSIZE (SIGXFSZ, EFBIG) and the largest offset; the count allowed. */
function writeChecks(ctx: VfsCtx, pos: number, count: number): number | Errno {
  let n = count;
  const limit = ctx.fileSizeLimit();
  if (pos + n > limit) {
    if (pos >= limit) {
      ctx.signalSelf(SIGXFSZ);
      return EFBIG;
    }
    n = limit - pos;
  }
  if (pos + n > TMPFS_MAX_FILE) {
    if (pos >= TMPFS_MAX_FILE) return EFBIG;
    n = TMPFS_MAX_FILE - pos;
  }
  return n;
}

/**
 * A regular tmpfs file as mm sees it for mmap (vm_file + shmem's fault handler): pages come
 * from the file's page cache (one FramePool per kernel), a fault on a hole allocates the page
 * as a write would (charged to the filesystem's size limit: a fault it cannot satisfy is a
 * SIGBUS), and the file's FileData keeps the list of mappings (i_mmap). Holding the mapping
 * holds a reference to the open file (a VMA's get_file), so an unlinked file lives on while mapped.
 */
export class TmpfsMapping implements MappableFile {
  readonly mappings: Set<MappingRef>;
  constructor(
    readonly file: OpenFile,
    private readonly inode: RegularInode,
    private readonly fput: (f: OpenFile) => void,
  ) {
    this.mappings = inode.pages().mappings;
  }
  size(): number {
    return this.inode.size;
  }
  page(index: number): Frame | null {
    if (index * PAGE_SIZE >= this.inode.size) return null;
    const data = this.inode.pages();
    const have = data.peek(index);
    if (have !== undefined) return have;
    const sb = this.inode.sb;
    if (sb.bytesUsed + PAGE_SIZE > sb.sizeLimit) return null;
    sb.bytesUsed += PAGE_SIZE;
    return data.frame(index);
  }
  peek(index: number): Frame | undefined {
    return this.inode.data?.peek(index);
  }
  get(): void {
    this.file.refs++;
  }
  put(): void {
    this.fput(this.file);
  }
}
