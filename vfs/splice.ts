// vfs/splice.ts — moving bytes between open files without a user buffer (sendfile,
// copy_file_range, splice, tee) and changing a regular file's size or allocation (truncate,
// ftruncate, fallocate), with the checks Linux makes before a filesystem sees the call
// (fs/splice.c, fs/read_write.c, fs/open.c). The filesystems' own parts are vfs/fs/tmpfs.ts
// (sizes, pages) and vfs/fs/pipefs.ts (pipe buffers). Owned by the data-movement work
// (helper C of the VFS issue); kernel/syscalls/sys_splice.ts decodes the arguments.

import {
  EAGAIN, EBADF, EFBIG, EINVAL, EISDIR, ENODEV, ENOSPC, EOPNOTSUPP, EOVERFLOW, EPERM, EPIPE as EPIPE_, EROFS, ESPIPE, EXDEV,
  type Errno,
} from '../abi/errno';
import { O_APPEND, O_NONBLOCK, O_PATH } from '../abi/fcntl';
import {
  FALLOC_FL_COLLAPSE_RANGE, FALLOC_FL_INSERT_RANGE, FALLOC_FL_KEEP_SIZE, FALLOC_FL_PUNCH_HOLE, FALLOC_FL_UNSHARE_RANGE,
  FALLOC_FL_WRITE_ZEROES, FALLOC_FL_ZERO_RANGE, SPLICE_F_GIFT, SPLICE_F_MORE, SPLICE_F_MOVE, SPLICE_F_NONBLOCK,
} from '../abi/misc';
import { SIGPIPE, SIGXFSZ } from '../abi/signal';
import { S_IFCHR } from '../abi/stat';
import { removePrivs } from './attr';
import { fallocateSealError, resizeSealError } from './seals';
import { BLOCK, type VfsCtx } from './ctx';
import type { IoResult, OpenFile } from './file';
import type { RegularInode } from './inode';
import type { PathRef } from './mount';
import { mntReadOnly } from './namei';
import { PAGE_SIZE } from './pages';
import { inodePermission, MAY_WRITE } from './permission';
import { pipeFileOps, pipeFreeBuffers, pipePeek, pipePut, pipeTake, type Pipe, type PipeEnd } from './fs/pipefs';
import { setSize, TMPFS_MAX_FILE, tmpfsFileOps, touchAtime } from './fs/tmpfs';
import { MAX_RW_COUNT } from './read_write';

/** loff_t overflows here (2^63). */
const LOFF_LIMIT = 2 ** 63;

// ---------------------------------------------------------------------------------------------
// truncate, ftruncate

/**
 * do_truncate(): the new size through the filesystem's setattr. Growing past RLIMIT_FSIZE is
 * SIGXFSZ + EFBIG, past the largest file EFBIG (inode_newsize_ok); set-user-ID (and executable
 * set-group-ID) bits go unless the caller has CAP_FSETID. Times: mtime and ctime are set even
 * when the size stays (as Linux 6.18 does on tmpfs, for truncate and ftruncate alike).
 */
export function doTruncate(ctx: VfsCtx, inode: RegularInode, length: number): Errno | undefined {
  if (length > inode.size) {
    if (length > ctx.fileSizeLimit()) {
      ctx.signalSelf(SIGXFSZ);
      return EFBIG;
    }
    if (length > TMPFS_MAX_FILE) return EFBIG;
  }
  const sealErr = resizeSealError(inode, length); // shmem_setattr(), before anything changes
  if (sealErr) return sealErr;
  removePrivs(ctx, inode);
  if (length !== inode.size) {
    const err = setSize(inode, length);
    if (err) return err;
  }
  inode.setTimes('mc', ctx.now());
  return undefined;
}

/**
 * vfs_truncate() (truncate(2), after the walk): directories EISDIR, other non-regular files
 * EINVAL, a read-only mount EROFS, no write permission EACCES.
 */
export function truncateRef(ctx: VfsCtx, ref: PathRef, length: number): Errno | undefined {
  const inode = ref.inode;
  if (inode.isDir()) return EISDIR;
  if (!inode.isReg()) return EINVAL;
  if (mntReadOnly(ref.mnt)) return EROFS;
  const err = inodePermission(ctx.cred, ref.mnt, inode, MAY_WRITE);
  if (err) return err;
  if (inode.isAppend) return EPERM;
  return doTruncate(ctx, inode, length);
}

/** do_ftruncate(): a regular file open for writing, else EINVAL (O_PATH: EBADF). */
export function ftruncateFile(ctx: VfsCtx, f: OpenFile, length: number): Errno | undefined {
  if (f.flags & O_PATH) return EBADF;
  const inode = f.inode;
  if (!inode.isReg() || !f.writable) return EINVAL;
  if (inode.isAppend) return EPERM; // (an immutable file open for writing still truncates)
  return doTruncate(ctx, inode, length);
}

// ---------------------------------------------------------------------------------------------
// fallocate

/** FALLOC_FL_MODE_MASK: the mutually exclusive modes. */
const FALLOC_FL_MODE_MASK = FALLOC_FL_PUNCH_HOLE | FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_ZERO_RANGE |
  FALLOC_FL_INSERT_RANGE | FALLOC_FL_UNSHARE_RANGE | FALLOC_FL_WRITE_ZEROES;

/**
 * vfs_fallocate() and shmem_fallocate(): bad ranges EINVAL; unknown or mixed modes, and every
 * mode but allocation and PUNCH_HOLE|KEEP_SIZE on tmpfs, EOPNOTSUPP; not open for writing
 * EBADF; pipes ESPIPE, directories EISDIR, other files ENODEV; past the largest file EFBIG.
 * Allocation: past RLIMIT_FSIZE SIGXFSZ + EFBIG (even with KEEP_SIZE), past the filesystem's
 * size limit ENOSPC (nothing allocated); new pages are unwritten (vfs/pages.ts).
 */
export function fallocateFile(ctx: VfsCtx, f: OpenFile, mode: number, offset: number, len: number): Errno | undefined {
  if (offset < 0 || len <= 0) return EINVAL;
  if (mode & ~(FALLOC_FL_MODE_MASK | FALLOC_FL_KEEP_SIZE)) return EOPNOTSUPP;
  switch (mode & FALLOC_FL_MODE_MASK) {
    case 0: case FALLOC_FL_UNSHARE_RANGE: case FALLOC_FL_ZERO_RANGE: break;
    case FALLOC_FL_PUNCH_HOLE: if (!(mode & FALLOC_FL_KEEP_SIZE)) return EOPNOTSUPP; break;
    case FALLOC_FL_COLLAPSE_RANGE: case FALLOC_FL_INSERT_RANGE: case FALLOC_FL_WRITE_ZEROES:
      if (mode & FALLOC_FL_KEEP_SIZE) return EOPNOTSUPP;
      break;
    default: return EOPNOTSUPP;
  }
  if (!f.writable) return EBADF;
  const inode = f.inode;
  // No hole punching or collapsing in an append-only file; nothing at all in an immutable one.
  if (mode & (FALLOC_FL_PUNCH_HOLE | FALLOC_FL_COLLAPSE_RANGE) && inode.isAppend) return EPERM;
  if (inode.isImmutable) return EPERM;
  if (f.ops === pipeFileOps) return ESPIPE;
  if (inode.isDir()) return EISDIR;
  if (!inode.isReg()) return ENODEV;
  if (offset + len > TMPFS_MAX_FILE || offset + len >= LOFF_LIMIT) return EFBIG;
  // shmem_fallocate(): only allocation and hole punching.
  if (mode & ~(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE)) return EOPNOTSUPP;
  const end = offset + len;
  if (mode & FALLOC_FL_PUNCH_HOLE) {
    const sealErr = fallocateSealError(inode, true, end);
    if (sealErr) return sealErr;
    if (inode.data) {
      const before = inode.data.count;
      inode.data.punch(offset, end);
      inode.sb.bytesUsed -= (before - inode.data.count) * PAGE_SIZE;
    }
    inode.setTimes('mc', ctx.now());
    return undefined;
  }
  // inode_newsize_ok(offset + len), checked even with KEEP_SIZE.
  if (end > inode.size && end > ctx.fileSizeLimit()) {
    ctx.signalSelf(SIGXFSZ);
    return EFBIG;
  }
  const sealErr = fallocateSealError(inode, false, end);
  if (sealErr) return sealErr;
  const first = Math.floor(offset / PAGE_SIZE);
  const last = Math.ceil(end / PAGE_SIZE);
  const sb = inode.sb;
  if (sb.sizeLimit < Number.MAX_SAFE_INTEGER && (last - first) * PAGE_SIZE > sb.sizeLimit) return ENOSPC;
  const adds = (last - first) - (inode.data?.countIn(offset, end) ?? 0);
  if (sb.bytesUsed + adds * PAGE_SIZE > sb.sizeLimit) return ENOSPC;
  inode.pages().reserve(offset, end);
  sb.bytesUsed += adds * PAGE_SIZE;
  if (!(mode & FALLOC_FL_KEEP_SIZE) && end > inode.size) inode.size = end;
  removePrivs(ctx, inode);
  inode.setTimes('mc', ctx.now());
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Moving bytes: the pieces

/** SPLICE_F_ALL: the flags splice and tee know. */
const SPLICE_F_ALL = SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT;
/** How much a file-to-file copy moves per step (splice_direct_to_actor's internal pipe). */
const DIRECT_CHUNK = 65536;

/** The pipe of a pipe end or FIFO (get_pipe_info), or null. */
function pipeOf(f: OpenFile): Pipe | null {
  return f.ops === pipeFileOps ? (f.priv as PipeEnd).pipe : null;
}

/** Reads up to `n` bytes of a regular file at `pos` (stops at end of file; updates atime). */
function readFile(ctx: VfsCtx, f: OpenFile, pos: number, n: number): Uint8Array | Errno {
  if (f.ops !== tmpfsFileOps) {
    // A regular file of another filesystem (procfs: generated content): its own read.
    if (!f.ops.read) return EINVAL;
    const buf = new Uint8Array(Math.min(n, DIRECT_CHUNK));
    const r = f.ops.read(f, ctx, buf, buf.length, pos);
    if (typeof r !== 'number') return r === BLOCK ? EAGAIN : r;
    return buf.subarray(0, r);
  }
  const inode = f.inode as RegularInode;
  const k = Math.max(0, Math.min(n, inode.size - pos));
  const buf = new Uint8Array(k);
  if (k === 0) {
    touchAtime(inode, ctx.now());
    return buf;
  }
  const r = tmpfsFileOps.read!(f, ctx, buf, k, pos);
  if (typeof r !== 'number') return r === BLOCK ? EAGAIN : r;
  return r === k ? buf : buf.subarray(0, r);
}

/** Writes `src` at `pos` with the output file's own write (RLIMIT_FSIZE, ENOSPC, privileges, times). */
function writeFile(ctx: VfsCtx, f: OpenFile, src: Uint8Array, pos: number): IoResult {
  return f.ops.write!(f, ctx, src, pos);
}

/** splice_write exists: regular files (iter_file_splice_write) and character devices that write. */
function canSpliceWrite(f: OpenFile): boolean {
  return f.inode.isReg() || (f.inode.type === S_IFCHR && f.ops.write !== undefined);
}

/** splice_read exists: regular files (shmem_file_splice_read) and character devices that read. */
function canSpliceRead(f: OpenFile): boolean {
  return f.inode.isReg() || (f.inode.type === S_IFCHR && f.ops.read !== undefined);
}

/** Reads up to `n` bytes from a file that can splice_read, at `pos` (devices: their read). */
function spliceRead(ctx: VfsCtx, f: OpenFile, pos: number, n: number): Uint8Array | Errno | typeof BLOCK {
  if (f.inode.isReg()) return readFile(ctx, f, pos, n);
  const buf = new Uint8Array(Math.min(n, DIRECT_CHUNK));
  const r = f.ops.read!(f, ctx, buf, buf.length, pos);
  if (typeof r !== 'number') return r;
  return buf.subarray(0, r);
}

/**
 * How many bytes of a file range starting at `pos` fit in `slots` page buffers, when every
 * buffer holds the part of one file page (shmem_file_splice_read): the first may be partial.
 */
function bytesInSlots(pos: number, slots: number): number {
  if (slots <= 0) return 0;
  const firstPage = PAGE_SIZE - (pos % PAGE_SIZE);
  return firstPage + (slots - 1) * PAGE_SIZE;
}

/**
 * splice_file_to_pipe(): wait_for_space (no readers: SIGPIPE + EPIPE; full: EAGAIN or sleep),
 * then do_splice_read(): nothing to move (0), a file that cannot splice_read (EINVAL); at most
 * what the free buffers hold; the offset (EINVAL if negative or overflowing). Returns the bytes
 * moved and the new position.
 */
function fileToPipe(ctx: VfsCtx, f: OpenFile, pipe: Pipe, pos: number, len: number, nonblock: boolean):
  { n: number; pos: number } | Errno | typeof BLOCK {
  if (pipe.readers === 0) {
    ctx.signalSelf(SIGPIPE);
    return EPIPE_;
  }
  const free = pipeFreeBuffers(pipe);
  if (free === 0) {
    if (nonblock) return EAGAIN;
    ctx.waitOn(pipe.writeq);
    return BLOCK;
  }
  if (!f.readable) return EBADF;
  if (len === 0) return { n: 0, pos };
  len = Math.min(len, bytesInSlots(f.inode.isReg() ? pos : 0, free), pipe.capacity - pipe.len);
  if (pos < 0 || pos + len >= LOFF_LIMIT) return EINVAL; // rw_verify_area()
  if (len > MAX_RW_COUNT) len = MAX_RW_COUNT;
  if (!canSpliceRead(f)) return EINVAL;
  const got = spliceRead(ctx, f, pos, len);
  if (got === BLOCK || !(got instanceof Uint8Array)) return got;
  pipePut(pipe, got);
  return { n: got.length, pos: pos + (f.ops.stream ? 0 : got.length) };
}

/**
 * iter_file_splice_write(): waits for data (no writers: 0; SPLICE_F_NONBLOCK: EAGAIN), then
 * writes what the pipe holds (up to `len`) at `pos`. The bytes leave the pipe as they are
 * written; a failed write leaves them there.
 */
function pipeToFile(ctx: VfsCtx, pipe: Pipe, f: OpenFile, pos: number, len: number, nonblock: boolean):
  { n: number; pos: number } | Errno | typeof BLOCK {
  if (pipe.len === 0) {
    if (pipe.writers === 0) return { n: 0, pos };
    if (nonblock) return EAGAIN;
    ctx.waitOn(pipe.readq);
    return BLOCK;
  }
  const n = Math.min(len, pipe.len);
  const data = pipePeek(pipe, n);
  const r = writeFile(ctx, f, data, pos);
  if (typeof r !== 'number') return r === BLOCK ? EAGAIN : r;
  pipeTake(pipe, r);
  return { n: r, pos: pos + (f.ops.stream ? 0 : r) };
}

/** ipipe_prep(): data to read, or 0 when no writer is left (null: go on); EAGAIN or sleep. */
function inputReady(ctx: VfsCtx, ipipe: Pipe, nonblock: boolean): Errno | typeof BLOCK | null {
  if (ipipe.len > 0 || ipipe.writers === 0) return null;
  if (nonblock) return EAGAIN;
  ctx.waitOn(ipipe.readq);
  return BLOCK;
}

/** opipe_prep(): room to write (null: go on); no readers: SIGPIPE + EPIPE; full: EAGAIN or sleep. */
function outputReady(ctx: VfsCtx, opipe: Pipe, nonblock: boolean): Errno | typeof BLOCK | null {
  if (pipeFreeBuffers(opipe) > 0) return null;
  if (opipe.readers === 0) {
    ctx.signalSelf(SIGPIPE);
    return EPIPE_;
  }
  if (nonblock) return EAGAIN;
  ctx.waitOn(opipe.writeq);
  return BLOCK;
}

/**
 * splice_pipe_to_pipe() (tee: link_pipe(), which copies instead of moving): waits for input and
 * room, then moves up to `len` bytes, what the input holds and the output has room for.
 */
function pipeToPipe(ctx: VfsCtx, ipipe: Pipe, opipe: Pipe, len: number, nonblock: boolean, copy: boolean): IoResult {
  const a = inputReady(ctx, ipipe, nonblock);
  if (a) return a;
  const b = outputReady(ctx, opipe, nonblock);
  if (b) return b;
  if (opipe.readers === 0) {
    ctx.signalSelf(SIGPIPE);
    return EPIPE_;
  }
  if (ipipe.len === 0) return 0; // no writers left
  const n = Math.min(len, ipipe.len, opipe.capacity - opipe.len, pipeFreeBuffers(opipe) * PAGE_SIZE);
  const data = copy ? pipePeek(ipipe, n) : pipeTake(ipipe, n);
  pipePut(opipe, data);
  return n;
}

// ---------------------------------------------------------------------------------------------
// The calls

/** A position given by the caller (an in/out loff_t), or the file's own. */
export interface PosRef {
  value: number;
  /** The caller's 64 bits, when they came from the caller. */
  readonly exact?: bigint;
}

/**
 * do_splice(): `offIn`/`offOut` are the caller's offsets (already copied in; updated here) or
 * null for the files' own. Both ends pipes: splice_pipe_to_pipe (the same pipe: EINVAL); one
 * pipe: to or from the file at the offset; no pipe: EINVAL. An offset on a pipe is ESPIPE, a
 * file opened O_APPEND as the output EINVAL, a file that cannot splice EINVAL. O_NONBLOCK on
 * the pipe (either pipe between two) makes it SPLICE_F_NONBLOCK.
 */
export function doSplice(ctx: VfsCtx, fin: OpenFile, offIn: PosRef | null, fout: OpenFile, offOut: PosRef | null,
  len: number, flags: number): IoResult {
  if (!fin.readable || !fout.writable) return EBADF;
  const ipipe = pipeOf(fin);
  const opipe = pipeOf(fout);
  let nonblock = (flags & SPLICE_F_NONBLOCK) !== 0;
  if (ipipe && opipe) {
    if (offIn || offOut) return ESPIPE;
    if (ipipe === opipe) return EINVAL;
    if ((fin.flags | fout.flags) & O_NONBLOCK) nonblock = true;
    return pipeToPipe(ctx, ipipe, opipe, len, nonblock, false);
  }
  if (ipipe) {
    if (offIn) return ESPIPE;
    if (offOut && fout.ops.stream) return EINVAL; // no FMODE_PWRITE
    const pos = offOut ? offOut.value : fout.pos;
    if (fout.flags & O_APPEND) return EINVAL;
    if (!fout.ops.stream && (pos < 0 || pos + len >= LOFF_LIMIT)) return EINVAL; // rw_verify_area()
    if (len >= LOFF_LIMIT) return EINVAL;
    if (fin.flags & O_NONBLOCK) nonblock = true;
    if (!canSpliceWrite(fout)) return EINVAL;
    const r = pipeToFile(ctx, ipipe, fout, pos, len, nonblock);
    if (typeof r !== 'object' || !('n' in r)) return r;
    if (offOut) offOut.value = r.pos;
    else if (!fout.ops.stream) fout.pos = r.pos;
    return r.n;
  }
  if (opipe) {
    if (offOut) return ESPIPE;
    if (offIn && fin.ops.stream) return EINVAL; // no FMODE_PREAD
    const pos = offIn ? offIn.value : fin.pos;
    if (fout.flags & O_NONBLOCK) nonblock = true;
    const r = fileToPipe(ctx, fin, opipe, pos, len, nonblock);
    if (typeof r !== 'object' || !('n' in r)) return r;
    if (offIn) offIn.value = r.pos;
    else if (!fin.ops.stream) fin.pos = r.pos;
    return r.n;
  }
  return EINVAL;
}

/** do_tee(): both ends pipes, and not the same one (EINVAL); copies without consuming. */
export function doTee(ctx: VfsCtx, fin: OpenFile, fout: OpenFile, len: number, flags: number): IoResult {
  const ipipe = pipeOf(fin);
  const opipe = pipeOf(fout);
  if (!fin.readable || !fout.writable) return EBADF;
  if (!ipipe || !opipe || ipipe === opipe) return EINVAL;
  const nonblock = (flags & SPLICE_F_NONBLOCK) !== 0 || ((fin.flags | fout.flags) & O_NONBLOCK) !== 0;
  return pipeToPipe(ctx, ipipe, opipe, len, nonblock, true);
}

/** splice(2)/tee(2)'s flag check: unknown bits are EINVAL. */
export function spliceFlagsError(flags: number): Errno | undefined {
  return flags & ~SPLICE_F_ALL ? EINVAL : undefined;
}

/**
 * do_splice_direct() → splice_direct_to_actor(): file to file. The output open O_APPEND is
 * EINVAL, an input that is not a regular file EINVAL; then up to `len` bytes are copied in
 * steps, stopping at the input's end, at a short write, or at an error (returned only when
 * nothing was copied).
 */
function spliceDirect(ctx: VfsCtx, fin: OpenFile, posIn: number, fout: OpenFile, posOut: number, len: number):
  { n: number; posIn: number; posOut: number } | Errno {
  if (fout.flags & O_APPEND) return EINVAL;
  if (!fin.inode.isReg()) return EINVAL;
  let done = 0;
  while (done < len) {
    const chunk = readFile(ctx, fin, posIn + done, Math.min(DIRECT_CHUNK, len - done));
    if (!(chunk instanceof Uint8Array)) return done > 0 ? { n: done, posIn: posIn + done, posOut: posOut + done } : chunk;
    if (chunk.length === 0) break;
    const w = writeFile(ctx, fout, chunk, posOut + done);
    if (typeof w !== 'number') {
      if (done > 0) break;
      return w === BLOCK ? EAGAIN : w;
    }
    done += w;
    if (w < chunk.length) break;
  }
  return { n: done, posIn: posIn + done, posOut: posOut + done };
}

/**
 * do_sendfile(): the input must be open for reading (EBADF), with an offset a file that can
 * pread (ESPIPE); the count is checked against the input offset (EINVAL), then the output must
 * be open for writing (EBADF). To a pipe: splice_file_to_pipe (O_NONBLOCK on the output makes it
 * non-blocking); else splice_direct (the output's offset checked first, EINVAL). `off` null:
 * the input's file offset moves; else `off.value` does.
 */
export function doSendfile(ctx: VfsCtx, fin: OpenFile | undefined, fout: () => OpenFile | undefined, off: PosRef | null,
  countExact: bigint): IoResult {
  if (!fin || fin.flags & O_PATH) return EBADF;
  if (!fin.readable) return EBADF;
  let pos: number;
  if (!off) pos = fin.pos;
  else {
    pos = off.value;
    if (fin.ops.stream) return ESPIPE;
  }
  // rw_verify_area(): (ssize_t)count < 0, pos < 0, pos + count past loff_t (exact: 64 bits).
  if (countExact >= 2n ** 63n) return EINVAL;
  if (!fin.ops.stream && (pos < 0 || BigInt(off?.exact ?? pos) + countExact >= 2n ** 63n)) return EINVAL;
  let count = Number(countExact);
  if (count > MAX_RW_COUNT) count = MAX_RW_COUNT;
  const out = fout();
  if (!out || out.flags & O_PATH || !out.writable) return EBADF;
  if (pos + count > TMPFS_MAX_FILE) {
    if (pos >= TMPFS_MAX_FILE) return EOVERFLOW;
    count = TMPFS_MAX_FILE - pos;
  }
  const opipe = pipeOf(out);
  let n: number;
  let newPos: number;
  if (!opipe) {
    const outPos = out.pos;
    if (!out.ops.stream && (outPos < 0 || outPos + count >= LOFF_LIMIT)) return EINVAL;
    const r = spliceDirect(ctx, fin, pos, out, outPos, count);
    if (!('n' in r)) return r;
    n = r.n;
    newPos = r.posIn;
    if (n > 0 && !out.ops.stream) out.pos = r.posOut;
  } else {
    const r = fileToPipe(ctx, fin, opipe, pos, count, (out.flags & O_NONBLOCK) !== 0);
    if (typeof r !== 'object' || !('n' in r)) return r;
    n = r.n;
    newPos = r.pos;
  }
  if (n > 0) {
    if (off) off.value = newPos;
    else if (!fin.ops.stream) fin.pos = newPos;
  }
  return n;
}

/**
 * vfs_copy_file_range() with generic_copy_file_checks(): directories EISDIR, other non-regular
 * files EINVAL, the open modes (and an O_APPEND output) EBADF, files of two filesystems EXDEV
 * (tmpfs has no ->copy_file_range), offsets that wrap EOVERFLOW; the count is cut at the
 * input's end and at RLIMIT_FSIZE (at it: SIGXFSZ + EFBIG); overlapping ranges of one file
 * EINVAL; negative offsets EINVAL; then a splice_direct copy.
 */
export function copyFileRange(ctx: VfsCtx, fin: OpenFile, posIn: bigint, fout: OpenFile, posOut: bigint, lenExact: bigint):
  { n: number; posIn: number; posOut: number } | Errno {
  const a = fin.inode;
  const b = fout.inode;
  if (a.isDir() || b.isDir()) return EISDIR;
  if (!a.isReg() || !b.isReg()) return EINVAL;
  if (!fin.readable || !fout.writable || fout.flags & O_APPEND) return EBADF;
  if (a.sb !== b.sb) return EXDEV;
  // "pos + count < pos" in unsigned 64-bit arithmetic (exact: these are the caller's 64 bits).
  const wraps = (pos: bigint) => BigInt.asUintN(64, pos) + lenExact >= 2n ** 64n;
  if (wraps(posIn) || wraps(posOut)) return EOVERFLOW;
  return copyChecked(ctx, fin, Number(posIn), fout, Number(posOut), Number(lenExact));
}

/** copyFileRange() once the offsets are known not to wrap. */
function copyChecked(ctx: VfsCtx, fin: OpenFile, posIn: number, fout: OpenFile, posOut: number, len: number):
  { n: number; posIn: number; posOut: number } | Errno {
  const a = fin.inode;
  const b = fout.inode;
  let count = posIn >= a.size ? 0 : Math.min(len, a.size - posIn);
  const limit = ctx.fileSizeLimit();
  if (limit !== Infinity) {
    if (posOut >= limit) {
      ctx.signalSelf(SIGXFSZ);
      return EFBIG;
    }
    count = Math.min(count, limit - posOut);
  }
  if (posOut >= TMPFS_MAX_FILE) return EFBIG;
  count = Math.min(count, TMPFS_MAX_FILE - posOut);
  if (a === b && posOut + count > posIn && posOut < posIn + count) return EINVAL;
  if (posIn < 0 || posOut < 0) return EINVAL; // rw_verify_area()
  if (count === 0) return { n: 0, posIn, posOut };
  return spliceDirect(ctx, fin, posIn, fout, posOut, Math.min(count, MAX_RW_COUNT));
}
