// kernel/syscalls/sys_read_write.ts — read, write, pread64, pwrite64, readv, writev, lseek.
// Decoding only: the checks and the I/O are vfs/read_write.ts. Vectored calls gather the
// segments into one buffer (writev) or scatter one read over them (readv), so a pipe sees a
// vectored call as one operation, as in Linux (atomic up to PIPE_BUF).

import { EBADF, EFAULT, EINVAL, type Errno } from '../../abi/errno';
import { O_PATH } from '../../abi/fcntl';
import { iovec, type Iovec } from '../../abi/structs';
import { copyToUserAt, userBytes, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import { MAX_RW_COUNT, positionalCheck, vfsLseek, vfsRead, vfsWrite } from '../../vfs/read_write';
import { int, long, ptr, ulong } from './args';
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
  return vfsLseek(f, long(offset), int(whence) >>> 0);
};

interface Segment {
  base: UPtr;
  len: number;
}

/** Copies in an iovec array (typed door: an array of Uint8Array) and checks its lengths. */
function importIovec(t: Task, iov: UPtr, cnt: number): Segment[] | Errno {
  if (cnt < 0 || cnt > UIO_MAXIOV) return EINVAL;
  if (Array.isArray(iov)) return (iov as Uint8Array[]).slice(0, cnt).map((b) => ({ base: b, len: b.length }));
  const segs: Segment[] = [];
  if (cnt === 0) return segs;
  const raw = userBytes(t.mm, iov, cnt * iovec.size);
  if (!(raw instanceof Uint8Array) || raw.length < cnt * iovec.size) return EFAULT;
  let total = 0;
  for (let i = 0; i < cnt; i++) {
    const v: Iovec = iovec.fromBytes(raw, i * iovec.size);
    if (v.iov_len > Number.MAX_SAFE_INTEGER) return EINVAL; // negative as ssize_t
    total += v.iov_len;
    segs.push({ base: v.iov_base, len: v.iov_len });
  }
  if (total > MAX_RW_COUNT * 4) return EINVAL;
  return segs;
}

/** readv(2) */
const sysReadv: Handler = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  const segs = importIovec(t, ptr(iov), int(cnt));
  if (!Array.isArray(segs)) return segs;
  const total = Math.min(segs.reduce((n, s) => n + s.len, 0), MAX_RW_COUNT);
  const tmp = new Uint8Array(total);
  const r = vfsRead(t, f, tmp, total, null);
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

/** writev(2) */
const sysWritev: Handler = (_k, t, fd, iov, cnt) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  const segs = importIovec(t, ptr(iov), int(cnt));
  if (!Array.isArray(segs)) return segs;
  const total = Math.min(segs.reduce((n, s) => n + s.len, 0), MAX_RW_COUNT);
  const tmp = new Uint8Array(total);
  let off = 0;
  for (const s of segs) {
    if (off >= total) break;
    const n = Math.min(s.len, total - off);
    const b = userBytes(t.mm, s.base, n);
    if (!(b instanceof Uint8Array)) return b;
    tmp.set(b, off);
    off += b.length;
    if (b.length < n) break;
  }
  if (off === 0 && total > 0) return EFAULT;
  return vfsWrite(t, f, tmp.subarray(0, off), off, null);
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
