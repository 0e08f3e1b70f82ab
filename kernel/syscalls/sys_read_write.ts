// kernel/syscalls/sys_read_write.ts — read, write, pread64, pwrite64, readv, writev, lseek.
// Decoding only: the checks and the I/O are vfs/read_write.ts. Vectored calls gather the
// segments into one buffer (writev) or scatter one read over them (readv), so a pipe sees a
// vectored call as one operation, as in Linux (atomic up to PIPE_BUF).

import { EBADF, EFAULT, EINVAL, type Errno } from '../../abi/errno';
import { O_PATH, SEEK_HOLE } from '../../abi/fcntl';
import { iovec, type Iovec } from '../../abi/structs';
import { accessOk, copyToUserAt, userBytes, userReach, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
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
    if (v.iov_len >= 2 ** 63) return EINVAL; // negative as ssize_t
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

/** readv(2) */
const sysReadv: Handler = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  if (!f.readable) return EBADF;
  if (!f.ops.read) return EINVAL;
  const segs = importIovec(t, ptr(iov), uint(cnt)); // import_iovec takes an unsigned int
  if (!Array.isArray(segs)) return segs;
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
    const first = segs.find((s) => s.len > 0);
    return first ? vfsRead(t, f, first.base, first.len, null) : 0;
  }
  const tmp = new Uint8Array(room);
  const r = vfsRead(t, f, tmp, room, null);
  if (typeof r !== 'number') return r;
  let off = 0;
  for (const s of segs) {
    if (off >= r) break;
    const n = Math.min(s.len, r - off);
    if (copyToUserAt(t.mm, s.base, 0, tmp.subarray(off, off + n), n) < n) return off > 0 ? off : EFAULT;
    off += n;
  }
  return r;
};

/** writev(2): the segments' bytes up to the first fault go out in one write (atomic on pipes). */
const sysWritev: Handler = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  if (!f.writable) return EBADF;
  if (!f.ops.write) return EINVAL;
  const segs = importIovec(t, ptr(iov), uint(cnt)); // import_iovec takes an unsigned int
  if (!Array.isArray(segs)) return segs;
  const parts: Uint8Array[] = [];
  let off = 0;
  let total = 0;
  for (const s of segs) total += s.len;
  for (const s of segs) {
    if (s.len === 0) continue;
    const b = userBytes(t.mm, s.base, s.len);
    if (!(b instanceof Uint8Array)) break; // a fault: write what came before it
    parts.push(b);
    off += b.length;
    if (b.length < s.len) break;
  }
  if (off === 0 && total > 0) return EFAULT;
  let data = parts[0] ?? new Uint8Array(0);
  if (parts.length > 1) {
    data = new Uint8Array(off);
    let at = 0;
    for (const p of parts) {
      data.set(p, at);
      at += p.length;
    }
  }
  return vfsWrite(t, f, data, off, null);
};

export const readWriteSyscalls = {
  read: full(sysRead),
  write: full(sysWrite),
  pread64: full(sysPread64),
  pwrite64: full(sysPwrite64),
  lseek: full(sysLseek),
  readv: full(sysReadv),
  writev: full(sysWritev),
};
