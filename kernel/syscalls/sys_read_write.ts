// kernel/syscalls/sys_read_write.ts — read, write, pread64, pwrite64, readv, writev, preadv,
// pwritev, preadv2, pwritev2 (RWF_* flags), lseek.
// Decoding only: the checks and the I/O are vfs/read_write.ts. Vectored calls gather the
// segments into one buffer (writev) or scatter one read over them (readv), so a pipe sees a
// vectored call as one operation, as in Linux (atomic up to PIPE_BUF).

import { EBADF, EFAULT, EINVAL, EOPNOTSUPP, EPIPE, ESPIPE, type Errno } from '../../abi/errno';
import { O_APPEND, O_NONBLOCK, O_PATH, SEEK_HOLE } from '../../abi/fcntl';
import {
  RWF_APPEND, RWF_ATOMIC, RWF_DONTCACHE, RWF_DSYNC, RWF_HIPRI, RWF_NOAPPEND, RWF_NOSIGNAL, RWF_NOWAIT, RWF_SYNC,
} from '../../abi/misc';
import { iovec, type Iovec } from '../../abi/structs';
import { accessOk, copyToUserAt, userBytes, userReach, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { IoResult, OpenFile } from '../../vfs/file';
import { pipeFileOps, type PipeEnd } from '../../vfs/fs/pipefs';
import { MAX_RW_COUNT, positionalCheck, vfsLseek, vfsRead, vfsWrite } from '../../vfs/read_write';
import { int, long, ptr, uint, ulong } from './args';
import { fdget } from './common';
import { full, type Handler } from '../table';

/** UIO_MAXIOV: the most segments one vectored call may name. */
const UIO_MAXIOV = 1024;

/** read(2) */
const sysRead: Handler = (_k, t, fd, buf, count) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return vfsRead(t, f, ptr(buf), ulong(count), null);
};

/** write(2) */
const sysWrite: Handler = (_k, t, fd, buf, count) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return vfsWrite(t, f, ptr(buf), ulong(count), null);
};

/** pread64(2) */
const sysPread64: Handler = (_k, t, fd, buf, count, pos) => {
  const f = t.files.get(int(fd));
  const at = long(pos);
  const err = positionalCheck(f, at);
  if (err) return err;
  return vfsRead(t, f!, ptr(buf), ulong(count), at);
};

/** pwrite64(2) */
const sysPwrite64: Handler = (_k, t, fd, buf, count, pos) => {
  const f = t.files.get(int(fd));
  const at = long(pos);
  const err = positionalCheck(f, at);
  if (err) return err;
  return vfsWrite(t, f!, ptr(buf), ulong(count), at);
};

/** lseek(2) */
const sysLseek: Handler = (_k, t, fd, offset, whence) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  if (f.flags & O_PATH) return EBADF;
  const wh = int(whence) >>> 0;
  if (wh > SEEK_HOLE) return EINVAL; // ksys_lseek(): whence > SEEK_MAX, before the file's llseek (ESPIPE)
  return vfsLseek(f, long(offset), wh);
};

interface Segment {
  base: UPtr;
  len: number;
}

/**
 * import_iovec(): copies in an iovec array (typed door: an array of Uint8Array) and checks it
 * as Linux does: more than UIO_MAXIOV segments or a negative length is EINVAL, a segment
 * outside the user address space EFAULT; the total is cut to MAX_RW_COUNT.
 */
function importIovec(t: Task, iov: UPtr, cnt: number): Segment[] | Errno {
  if (cnt > UIO_MAXIOV) return EINVAL;
  if (Array.isArray(iov)) {
    // The typed door: an array of buffers; anything else in it is a bad address.
    const bufs = (iov as unknown[]).slice(0, cnt);
    if (bufs.length < cnt || !bufs.every((b) => b instanceof Uint8Array)) return EFAULT;
    return (bufs as Uint8Array[]).map((b) => ({ base: b, len: b.length }));
  }
  const segs: Segment[] = [];
  if (cnt === 0) return segs;
  const raw = userBytes(t.mm, iov, cnt * iovec.size);
  if (!(raw instanceof Uint8Array) || raw.length < cnt * iovec.size) return EFAULT;
  const vs: Iovec[] = [];
  for (let i = 0; i < cnt; i++) {
    const v = iovec.fromBytes(raw, i * iovec.size);
    if (raw[i * iovec.size + 15]! & 0x80) return EINVAL; // negative as ssize_t (the top bit: exact)
    vs.push(v);
  }
  let total = 0;
  for (const v of vs) {
    if (!accessOk(v.iov_base, v.iov_len)) return EFAULT;
    const len = Math.min(v.iov_len, MAX_RW_COUNT - total);
    total += len;
    segs.push({ base: v.iov_base, len });
  }
  return segs;
}

/** The RWF_* flags Linux 6.18 knows (RWF_SUPPORTED). */
const RWF_SUPPORTED = RWF_HIPRI | RWF_DSYNC | RWF_SYNC | RWF_NOWAIT | RWF_APPEND | RWF_NOAPPEND | RWF_ATOMIC |
  RWF_DONTCACHE | RWF_NOSIGNAL;

/**
 * kiocb_set_rw_flags(): the per-call flags of preadv2/pwritev2, checked once the call has bytes
 * to move. Unknown flags, RWF_ATOMIC, RWF_DONTCACHE (tmpfs supports neither) and RWF_NOWAIT on
 * a file that cannot do it are EOPNOTSUPP; RWF_APPEND with RWF_NOAPPEND is EINVAL. Files
 * without read_iter/write_iter (directories) take only RWF_HIPRI (do_loop_readv_writev).
 */
function rwFlagsCheck(f: OpenFile, flags: number): Errno | undefined {
  if (flags === 0) return undefined;
  if (f.inode.isDir()) return flags & ~RWF_HIPRI ? EOPNOTSUPP : undefined;
  if (flags & ~RWF_SUPPORTED) return EOPNOTSUPP;
  if (flags & RWF_APPEND && flags & RWF_NOAPPEND) return EINVAL;
  if (flags & RWF_NOWAIT && !nowaitCapable(f)) return EOPNOTSUPP;
  if (flags & (RWF_ATOMIC | RWF_DONTCACHE)) return EOPNOTSUPP;
  return undefined;
}

/** FMODE_NOWAIT: pipes and FIFOs (tmpfs files have no FOP_BUFFER_RASYNC/WASYNC: EOPNOTSUPP). */
function nowaitCapable(f: OpenFile): boolean {
  return f.ops.stream === true;
}

/**
 * Runs `io` with the file's status flags as the call's RWF_* flags make them for this one call
 * (RWF_NOWAIT: never sleep; RWF_APPEND/RWF_NOAPPEND: append or not), then puts them back.
 */
function withRwFlags<T>(f: OpenFile, flags: number, io: () => T): T {
  if (!(flags & (RWF_NOWAIT | RWF_APPEND | RWF_NOAPPEND))) return io();
  const saved = f.flags;
  if (flags & RWF_NOWAIT) f.flags |= O_NONBLOCK;
  if (flags & RWF_APPEND) f.flags |= O_APPEND;
  if (flags & RWF_NOAPPEND) f.flags &= ~O_APPEND;
  try {
    return io();
  } finally {
    // Only what this call changed goes back (the call itself never changes f.flags).
    f.flags = saved;
  }
}

/**
 * vfs_readv(): the open mode (EBADF), a file that cannot read (EINVAL), the iovec array
 * (EINVAL, EFAULT), nothing to read (0, before any other check), the offset (EINVAL), the
 * RWF_* flags (EOPNOTSUPP); then one read into a kernel buffer, scattered over the segments.
 * `pos` null: the file offset (advanced); else that offset (left alone).
 */
function doReadv(t: Task, f: OpenFile, iov: UPtr, cnt: number, pos: number | null, flags: number): IoResult {
  if (!f.readable) return EBADF;
  if (!f.ops.read) return EINVAL;
  const segs = importIovec(t, iov, cnt);
  if (!Array.isArray(segs)) return segs;
  let total = 0;
  for (const s of segs) total += s.len;
  if (total === 0) return 0;
  if (!f.ops.stream && (pos ?? f.pos) + total >= 2 ** 63) return EINVAL; // rw_verify_area()
  const bad = rwFlagsCheck(f, flags);
  if (bad) return bad;
  // The kernel buffer holds what the segments can take before the first fault (never more
  // than the caller's memory). With no room at all, the read meets the fault itself (EFAULT
  // if there is data, 0 at end of file, or a sleep on an empty pipe, as in Linux).
  let room = 0;
  for (const s of segs) {
    const n = userReach(t.mm, s.base, s.len);
    room += n;
    if (n < s.len) break;
  }
  if (room === 0) {
    const first = segs.find((s) => s.len > 0)!;
    return withRwFlags(f, flags, () => vfsRead(t, f, first.base, first.len, pos));
  }
  const tmp = new Uint8Array(room);
  const r = withRwFlags(f, flags, () => vfsRead(t, f, tmp, room, pos));
  if (typeof r !== 'number') return r;
  let off = 0;
  for (const s of segs) {
    if (off >= r) break;
    const n = Math.min(s.len, r - off);
    if (copyToUserAt(t.mm, s.base, 0, tmp.subarray(off, off + n), n) < n) return off > 0 ? off : EFAULT;
    off += n;
  }
  return r;
}

/**
 * vfs_writev(): as doReadv; the segments' bytes up to the first fault go out in one write
 * (atomic on pipes). RWF_NOSIGNAL: a broken pipe is EPIPE without SIGPIPE.
 */
function doWritev(t: Task, f: OpenFile, iov: UPtr, cnt: number, pos: number | null, flags: number): IoResult {
  if (!f.writable) return EBADF;
  if (!f.ops.write) return EINVAL;
  const segs = importIovec(t, iov, cnt);
  if (!Array.isArray(segs)) return segs;
  let total = 0;
  for (const s of segs) total += s.len;
  if (total === 0) return 0;
  if (!f.ops.stream && (pos ?? f.pos) + total >= 2 ** 63) return EINVAL; // rw_verify_area()
  const bad = rwFlagsCheck(f, flags);
  if (bad) return bad;
  const parts: Uint8Array[] = [];
  let off = 0;
  for (const s of segs) {
    if (s.len === 0) continue;
    const b = userBytes(t.mm, s.base, s.len);
    if (!(b instanceof Uint8Array)) break; // a fault: write what came before it
    parts.push(b);
    off += b.length;
    if (b.length < s.len) break;
  }
  if (off === 0) {
    // The first byte faults: the filesystem's own fault path (tmpfs prepares a page first).
    const first = segs.find((s) => s.len > 0)!;
    return withRwFlags(f, flags, () => vfsWrite(t, f, first.base, first.len, pos));
  }
  let data = parts[0]!;
  if (parts.length > 1) {
    data = new Uint8Array(off);
    let at = 0;
    for (const p of parts) {
      data.set(p, at);
      at += p.length;
    }
  }
  // RWF_NOSIGNAL: a pipe without readers fails with EPIPE, without SIGPIPE.
  if (flags & RWF_NOSIGNAL && f.ops === pipeFileOps && (f.priv as PipeEnd).pipe.readers === 0) {
    return t.progress > 0 ? t.progress : EPIPE;
  }
  return withRwFlags(f, flags, () => vfsWrite(t, f, data, off, pos));
}

/** readv(2) */
const sysReadv: Handler = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return doReadv(t, f, ptr(iov), uint(cnt), null, 0);
};

/** writev(2) */
const sysWritev: Handler = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return doWritev(t, f, ptr(iov), uint(cnt), null, 0);
};

/**
 * do_preadv()/do_pwritev(): a negative offset is EINVAL (before the fd is looked at); a stream
 * is ESPIPE. The offset is the low argument (on 64-bit the high half shifts out: pos_from_hilo).
 */
function positional(t: Task, fd: number, at: number): OpenFile | Errno {
  if (at < 0) return EINVAL;
  const f = t.files.get(fd);
  if (!f) return EBADF;
  return f.ops.stream ? ESPIPE : f; // (no FMODE_PREAD/FMODE_PWRITE)
}

/** preadv(2) */
const sysPreadv: Handler = (_k, t, fd, iov, cnt, pos) => {
  const f = positional(t, int(fd), long(pos));
  if (!('id' in f)) return f;
  return doReadv(t, f, ptr(iov), uint(cnt), long(pos), 0);
};

/** pwritev(2) */
const sysPwritev: Handler = (_k, t, fd, iov, cnt, pos) => {
  const f = positional(t, int(fd), long(pos));
  if (!('id' in f)) return f;
  return doWritev(t, f, ptr(iov), uint(cnt), long(pos), 0);
};

/** preadv2(2): offset -1 is the file offset (as readv). */
const sysPreadv2: Handler = (_k, t, fd, iov, cnt, pos, _high, flags) => {
  const at = long(pos);
  if (at === -1) {
    const f = fdget(t, int(fd));
    if (!('id' in f)) return f;
    return doReadv(t, f, ptr(iov), uint(cnt), null, int(flags));
  }
  const f = positional(t, int(fd), at);
  if (!('id' in f)) return f;
  return doReadv(t, f, ptr(iov), uint(cnt), at, int(flags));
};

/** pwritev2(2): offset -1 is the file offset (as writev). */
const sysPwritev2: Handler = (_k, t, fd, iov, cnt, pos, _high, flags) => {
  const at = long(pos);
  if (at === -1) {
    const f = fdget(t, int(fd));
    if (!('id' in f)) return f;
    return doWritev(t, f, ptr(iov), uint(cnt), null, int(flags));
  }
  const f = positional(t, int(fd), at);
  if (!('id' in f)) return f;
  return doWritev(t, f, ptr(iov), uint(cnt), at, int(flags));
};

export const readWriteSyscalls = {
  read: full(sysRead),
  write: full(sysWrite),
  pread64: full(sysPread64),
  pwrite64: full(sysPwrite64),
  lseek: full(sysLseek),
  readv: full(sysReadv),
  writev: full(sysWritev),
  preadv: full(sysPreadv),
  pwritev: full(sysPwritev),
  preadv2: full(sysPreadv2),
  pwritev2: full(sysPwritev2),
};
