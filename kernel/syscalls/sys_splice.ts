// kernel/syscalls/sys_splice.ts — sendfile, copy_file_range, splice, tee, truncate, ftruncate,
// fallocate: moving bytes between files and pipes without a user buffer, and file sizes.
// Decoding only; the rules are vfs/splice.ts (and vfs/fs/tmpfs.ts, vfs/fs/pipefs.ts).

import { EBADF, EFAULT, EINVAL, ESPIPE, type Errno } from '../../abi/errno';
import { O_PATH } from '../../abi/fcntl';
import { copyToUser, isNull, userBytes, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { OpenFile } from '../../vfs/file';
import { pipeFileOps } from '../../vfs/fs/pipefs';
import { LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import {
  copyFileRange, doSendfile, doSplice, doTee, fallocateFile, ftruncateFile, spliceFlagsError, truncateRef, type PosRef,
} from '../../vfs/splice';
import { full, partial, type Handler, type SyscallImpl } from '../table';
import { int, long, ptr, uint, ulong } from './args';
import { atBase, fdget, getPath } from './common';

/** Reads a loff_t the caller points to (EFAULT): as a number, and exactly. */
function getOffset(t: Task, p: UPtr): (PosRef & { exact: bigint }) | Errno {
  const b = userBytes(t.mm, p, 8);
  if (!(b instanceof Uint8Array) || b.length < 8) return EFAULT;
  const exact = new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, true);
  return { value: Number(exact), exact };
}

/** A size_t argument exactly (ulong() rounds beyond 2^53). */
function ulongExact(a: unknown): bigint {
  if (typeof a === 'bigint') return BigInt.asUintN(64, a);
  if (typeof a === 'number' && Number.isSafeInteger(a)) return BigInt.asUintN(64, BigInt(a));
  return BigInt(ulong(a));
}

/** Writes a loff_t back (EFAULT). */
function putOffset(t: Task, p: UPtr, v: number): Errno | undefined {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, BigInt(Math.trunc(v)), true);
  return copyToUser(t.mm, p, b) === 8 ? undefined : EFAULT;
}

/** fdget(): the open file, or undefined (a closed fd or an O_PATH one). */
function fileAt(t: Task, fd: number): OpenFile | undefined {
  const f = t.files.get(fd);
  return f && !(f.flags & O_PATH) ? f : undefined;
}

/** sendfile(2): the offset is read before anything else (EFAULT) and written back after. */
const sysSendfile: Handler = (_k, t, outFd, inFd, offset, count) => {
  const op = ptr(offset);
  let off: PosRef | null = null;
  if (!isNull(op)) {
    const o = getOffset(t, op);
    if (!('value' in o)) return o;
    off = o;
  }
  const r = doSendfile(t, fileAt(t, int(inFd)), () => fileAt(t, int(outFd)), off, ulongExact(count));
  if (typeof r === 'symbol') return r;
  if (off) {
    const err = putOffset(t, op, off.value);
    if (err) return err;
  }
  return r;
};

/**
 * splice(2): a zero length is 0 before anything is checked; unknown flags EINVAL; the fds
 * (EBADF); an offset for a pipe ESPIPE; the offsets are read (EFAULT), used, written back.
 */
const sysSplice: Handler = (_k, t, fdIn, offIn, fdOut, offOut, len, flags) => {
  const n = ulong(len);
  if (n === 0) return 0;
  const bad = spliceFlagsError(uint(flags));
  if (bad) return bad;
  const fin = fileAt(t, int(fdIn));
  if (!fin) return EBADF;
  const fout = fileAt(t, int(fdOut));
  if (!fout) return EBADF;
  const pin = ptr(offIn);
  const pout = ptr(offOut);
  if (fin.ops === pipeFileOps && !isNull(pin)) return ESPIPE;
  if (fout.ops === pipeFileOps && !isNull(pout)) return ESPIPE;
  let oout: PosRef | null = null;
  let oin: PosRef | null = null;
  if (!isNull(pout)) {
    const o = getOffset(t, pout);
    if (!('value' in o)) return o;
    oout = o;
  }
  if (!isNull(pin)) {
    const o = getOffset(t, pin);
    if (!('value' in o)) return o;
    oin = o;
  }
  const r = doSplice(t, fin, oin, fout, oout, n, uint(flags));
  if (typeof r !== 'number') return r;
  if (oout) {
    const err = putOffset(t, pout, oout.value);
    if (err) return err;
  }
  if (oin) {
    const err = putOffset(t, pin, oin.value);
    if (err) return err;
  }
  return r;
};

/** tee(2): unknown flags EINVAL, then a zero length is 0, then the fds (EBADF). */
const sysTee: Handler = (_k, t, fdIn, fdOut, len, flags) => {
  const bad = spliceFlagsError(uint(flags));
  if (bad) return bad;
  const n = ulong(len);
  if (n === 0) return 0;
  const fin = fileAt(t, int(fdIn));
  if (!fin) return EBADF;
  const fout = fileAt(t, int(fdOut));
  if (!fout) return EBADF;
  return doTee(t, fin, fout, n, uint(flags));
};

/**
 * copy_file_range(2): the fds (EBADF), the offsets read (EFAULT) or the files' own, flags other
 * than 0 EINVAL; after a copy the offsets (or the files' offsets) move by what was copied.
 */
const sysCopyFileRange: Handler = (_k, t, fdIn, offIn, fdOut, offOut, len, flags) => {
  const fin = fileAt(t, int(fdIn));
  if (!fin) return EBADF;
  const fout = fileAt(t, int(fdOut));
  if (!fout) return EBADF;
  const pin = ptr(offIn);
  const pout = ptr(offOut);
  let posIn = BigInt(fin.pos);
  let posOut = BigInt(fout.pos);
  if (!isNull(pin)) {
    const o = getOffset(t, pin);
    if (!('value' in o)) return o;
    posIn = o.exact;
  }
  if (!isNull(pout)) {
    const o = getOffset(t, pout);
    if (!('value' in o)) return o;
    posOut = o.exact;
  }
  if (uint(flags) !== 0) return EINVAL;
  const r = copyFileRange(t, fin, posIn, fout, posOut, ulongExact(len));
  if (!('n' in r)) return r;
  if (r.n > 0) {
    if (!isNull(pin)) {
      if (putOffset(t, pin, r.posIn)) return EFAULT;
    } else fin.pos = r.posIn;
    if (!isNull(pout)) {
      if (putOffset(t, pout, r.posOut)) return EFAULT;
    } else fout.pos = r.posOut;
  }
  return r.n;
};

/** truncate(2): a negative length is EINVAL before the path is read. */
const sysTruncate: Handler = (_k, t, path, length) => {
  const len = long(length);
  if (len < 0) return EINVAL;
  const p = getPath(t, ptr(path));
  if (typeof p !== 'string') return p;
  const base = atBase(t, -100, p);
  if (!('inode' in base)) return base;
  const ref = pathLookup(t, base, p, LOOKUP_FOLLOW);
  if (!('inode' in ref)) return ref;
  return truncateRef(t, ref, len) ?? 0;
};

/** ftruncate(2): a negative length is EINVAL before the fd is looked at. */
const sysFtruncate: Handler = (_k, t, fd, length) => {
  const len = long(length);
  if (len < 0) return EINVAL;
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return ftruncateFile(t, f, len) ?? 0;
};

/** fallocate(2) */
const sysFallocate: Handler = (_k, t, fd, mode, offset, len) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return fallocateFile(t, f, int(mode), long(offset), long(len)) ?? 0;
};


export const spliceSyscalls: Readonly<Record<string, SyscallImpl>> = {
  sendfile: full(sysSendfile),
  splice: partial(sysSplice, 'Pipe buffers are counted approximately (unread bytes as whole pages); SPLICE_F_MOVE and SPLICE_F_MORE are hints and change nothing, as on tmpfs.'),
  tee: full(sysTee),
  copy_file_range: full(sysCopyFileRange),
  truncate: partial(sysTruncate, 'No ETXTBSY (files being executed are not tracked) and no append-only/immutable inode flags (EPERM).'),
  ftruncate: partial(sysFtruncate, 'No append-only inode flag (EPERM); no file seals.'),
  fallocate: partial(sysFallocate, 'tmpfs modes only: allocation, FALLOC_FL_KEEP_SIZE and FALLOC_FL_PUNCH_HOLE|FALLOC_FL_KEEP_SIZE (the rest is EOPNOTSUPP, as on tmpfs); no file seals.'),
};
