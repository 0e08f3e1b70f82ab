// kernel/syscalls/sys_lock.ts — flock, and the record-lock commands fcntl hands over (F_GETLK, F_SETLK, F_SETLKW, F_OFD_*): advisory file locks. Decoding only; the rules are vfs/locks.ts.
// Also the other fcntl commands that keep per-file state outside the fd table: the owner and
// signal for SIGIO (F_SETOWN, F_GETOWN, F_SETOWN_EX, F_GETOWN_EX, F_SETSIG, F_GETSIG), leases
// (F_SETLEASE, F_GETLEASE: recorded, never broken) and seals (F_ADD_SEALS, F_GET_SEALS; the
// rules are vfs/seals.ts). sys_file.ts's fcntl calls
// fcntlLock() for these commands. A sleeping F_SETLKW is recorded for deadlock detection until
// its call returns (Task.onSyscallExit) or its task dies.

import { EACCES, EAGAIN, EBADF, EFAULT, EINVAL, ENOTDIR, EOVERFLOW, EPERM, ESRCH, type Errno } from '../../abi/errno';
import {
  F_ADD_SEALS, F_GETLEASE, F_GETLK, F_GETOWN, F_GETOWN_EX, F_GETSIG, F_GET_SEALS, F_OFD_GETLK, F_OFD_SETLK,
  F_OFD_SETLKW, F_RDLCK, F_SETLEASE, F_SETLK, F_SETLKW, F_SETOWN, F_SETOWN_EX, F_SETSIG, F_UNLCK, F_WRLCK,
  LOCK_EX, LOCK_NB, LOCK_SH, LOCK_UN, O_PATH, SEEK_CUR, SEEK_END, SEEK_SET, F_NOTIFY, F_GET_RW_HINT, F_SET_RW_HINT,
  LOCK_MAND, F_OWNER_TID, F_OWNER_PID, F_OWNER_PGRP, DN_MULTISHOT, RWH_WRITE_LIFE_EXTREME, F_GETOWNER_UIDS,
} from '../../abi/fcntl';
import { CAP_FOWNER, CAP_LEASE } from '../../abi/misc';
import { Vma, VM_NOMAYWRITE } from '../../mm/vma';
import type { RegularInode } from '../../vfs/inode';
import { addSeals, getSeals } from '../../vfs/seals';
import { _NSIG } from '../../abi/signal';
import { flock as flockLayout, f_owner_ex as ownerExLayout, type Flock } from '../../abi/structs';
import { copyStructFromUser, copyStructToUser, copyToUser, Out, userBytes, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import { BLOCK, capable, type Block } from '../../vfs/ctx';
import type { OpenFile } from '../../vfs/file';
import { FileLock, OFFSET_MAX, type FOwner } from '../../vfs/locks';
import type { Kernel } from '../kernel';
import { full, type Handler, type SyscallImpl } from '../table';
import { int, ptr, uint } from './args';

/** flock(2) */
const sysFlock: Handler = (k, t, fdArg, cmdArg) => {
  const cmd = uint(cmdArg);
  if (cmd & LOCK_MAND) return 0;
  const op = cmd & ~LOCK_NB;
  const type = op === LOCK_SH ? F_RDLCK : op === LOCK_EX ? F_WRLCK : op === LOCK_UN ? F_UNLCK : -1;
  if (type < 0) return EINVAL;
  const f = t.files.get(uint(fdArg));
  if (!f || f.flags & O_PATH) return EBADF; // fdget(): O_PATH files are not found
  if (type !== F_UNLCK && !(f.readable || f.writable)) return EBADF;
  return k.vfs.locks.flock(t, f, type, t.tgid, (cmd & LOCK_NB) === 0);
};

// ---------------------------------------------------------------------------------------------
// struct flock, read exactly (64-bit offsets as bigints)

interface RawFlock {
  type: number;
  whence: number;
  start: bigint;
  len: bigint;
  pid: number;
}

function readFlock(t: Task, p: UPtr): RawFlock | Errno {
  if (typeof p === 'number' || p instanceof Uint8Array) {
    const b = userBytes(t.mm, p, flockLayout.size);
    if (!(b instanceof Uint8Array) || b.length < flockLayout.size) return EFAULT;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { type: dv.getInt16(0, true), whence: dv.getInt16(2, true), start: dv.getBigInt64(8, true), len: dv.getBigInt64(16, true), pid: dv.getInt32(24, true) };
  }
  const s = copyStructFromUser(t.mm, p, flockLayout);
  if (!('l_type' in s)) return s;
  return { type: s.l_type, whence: s.l_whence, start: BigInt(s.l_start), len: BigInt(s.l_len), pid: s.l_pid };
}

function writeFlock(t: Task, p: UPtr, l: RawFlock): Errno | undefined {
  if (p instanceof Out) {
    p.value = { l_type: l.type, l_whence: l.whence, l_start: Number(l.start), l_len: Number(l.len), l_pid: l.pid } satisfies Flock;
    return undefined;
  }
  if (typeof p === 'number' || p instanceof Uint8Array) {
    const b = new Uint8Array(flockLayout.size);
    const dv = new DataView(b.buffer);
    dv.setInt16(0, l.type, true);
    dv.setInt16(2, l.whence, true);
    dv.setBigInt64(8, l.start, true);
    dv.setBigInt64(16, l.len, true);
    dv.setInt32(24, l.pid, true);
    // The padding after l_pid is the caller's: copy back only what the kernel's struct holds.
    const old = userBytes(t.mm, p, flockLayout.size);
    if (old instanceof Uint8Array && old.length === flockLayout.size) b.set(old.subarray(28), 28);
    return copyToUser(t.mm, p, b) === b.length ? undefined : EFAULT;
  }
  return EFAULT;
}

/**
 * flock_to_posix_lock(): the byte range `l` names in `f` (l_whence from the start, the offset
 * or the size; l_len 0 = to the end of any file, negative = the bytes before l_start).
 */
function toLock(t: Task, f: OpenFile, l: RawFlock, kind: 'posix' | 'ofd'): FileLock | Errno {
  let start: bigint;
  switch (l.whence) {
    case SEEK_SET: start = 0n; break;
    case SEEK_CUR: start = BigInt(f.pos); break;
    case SEEK_END: start = BigInt(f.inode.size); break;
    default: return EINVAL;
  }
  start += l.start;
  if (start > OFFSET_MAX) return EOVERFLOW; // check_add_overflow()
  if (start < 0n) return EINVAL;
  let end: bigint;
  if (l.len > 0n) {
    if (l.len - 1n > OFFSET_MAX - start) return EOVERFLOW;
    end = start + l.len - 1n;
  } else if (l.len < 0n) {
    if (start + l.len < 0n) return EINVAL;
    end = start - 1n;
    start += l.len;
  } else {
    end = OFFSET_MAX;
  }
  if (l.type !== F_RDLCK && l.type !== F_WRLCK && l.type !== F_UNLCK) return EINVAL;
  return new FileLock(kind, l.type, start, end, kind === 'ofd' ? f : t.files, t.tgid, f);
}

/** fcntl_getlk(): F_GETLK, F_OFD_GETLK. */
function getlk(k: Kernel, t: Task, f: OpenFile, cmd: number, p: UPtr): number | Errno {
  const l = readFlock(t, p);
  if (!('type' in l)) return l;
  if (cmd !== F_OFD_GETLK && l.type !== F_RDLCK && l.type !== F_WRLCK) return EINVAL;
  const ofd = cmd === F_OFD_GETLK;
  const req = toLock(t, f, l, ofd ? 'ofd' : 'posix');
  if (!(req instanceof FileLock)) return req;
  if (ofd && l.pid !== 0) return EINVAL;
  const c = k.vfs.locks.test(req);
  if (!c) {
    l.type = F_UNLCK;
  } else {
    l.type = c.type;
    l.whence = SEEK_SET;
    l.start = c.start;
    l.len = c.end === OFFSET_MAX ? 0n : c.end - c.start + 1n;
    l.pid = c.kind === 'ofd' ? -1 : c.pid;
  }
  return writeFlock(t, p, l) ?? 0;
}

/** fcntl_setlk(): F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW. */
function setlk(k: Kernel, t: Task, f: OpenFile, cmd: number, p: UPtr): number | Errno | Block {
  const l = readFlock(t, p);
  if (!('type' in l)) return l;
  const ofd = cmd === F_OFD_SETLK || cmd === F_OFD_SETLKW;
  const req = toLock(t, f, l, ofd ? 'ofd' : 'posix');
  if (!(req instanceof FileLock)) return req;
  // check_fmode_for_setlk(): a read lock needs a readable file, a write lock a writable one.
  if ((req.type === F_RDLCK && !f.readable) || (req.type === F_WRLCK && !f.writable)) return EBADF;
  if (ofd && l.pid !== 0) return EINVAL;
  const wait = cmd === F_SETLKW || cmd === F_OFD_SETLKW;
  const locks = k.vfs.locks;
  const r = locks.setPosix(t, req, wait, t, () => t.state !== 'dead' && t.inSyscall);
  if (r === BLOCK && !t.onSyscallExit) t.onSyscallExit = () => locks.unblock(t);
  return r;
}

// ---------------------------------------------------------------------------------------------
// F_SETOWN and friends, leases, seals

function fown(k: Kernel, f: OpenFile, create: true): FOwner;
function fown(k: Kernel, f: OpenFile, create: false): FOwner | undefined;
function fown(k: Kernel, f: OpenFile, create: boolean): FOwner | undefined {
  const m = k.vfs.locks.owners;
  let o = m.get(f);
  if (!o && create) {
    o = { type: F_OWNER_PID, pid: 0, signum: 0, uid: 0, euid: 0 };
    m.set(f, o);
  }
  return o;
}

/** f_modown(): a new owner; a non-zero one records the caller's real and effective uid. */
function setOwner(o: FOwner, t: Task, type: number, pid: number): void {
  o.type = type;
  o.pid = pid;
  if (pid !== 0) {
    o.uid = t.cred.uid;
    o.euid = t.cred.euid;
  }
}

/** find_vpid(): does any task, process group or session go by `pid`? */
function pidExists(k: Kernel, pid: number): boolean {
  if (k.pidns.findTask(pid)) return true;
  for (const p of k.pidns.processes.values()) if (p.state !== 'reaped' && (p.pgid === pid || p.sid === pid)) return true;
  return false;
}

/** pid_task(): is `o`'s owner still there (F_GETOWN reports 0 once it is gone)? */
function ownerAlive(k: Kernel, o: FOwner): boolean {
  if (o.pid === 0) return false;
  if (o.type === F_OWNER_PGRP) {
    for (const p of k.pidns.processes.values()) if (p.state !== 'reaped' && p.pgid === o.pid) return true;
    return false;
  }
  return k.pidns.findTask(o.pid) !== undefined;
}

function setown(k: Kernel, t: Task, f: OpenFile, arg: number): number | Errno {
  let who = arg;
  let type = F_OWNER_PID;
  if (who < 0) {
    if (who === -0x80000000) return EINVAL;
    type = F_OWNER_PGRP;
    who = -who;
  }
  if (who !== 0 && !pidExists(k, who)) return ESRCH;
  setOwner(fown(k, f, true), t, type, who);
  return 0;
}

function getown(k: Kernel, f: OpenFile): number {
  const o = fown(k, f, false);
  if (!o || !ownerAlive(k, o)) return 0;
  return o.type === F_OWNER_PGRP ? -o.pid : o.pid;
}

function setownEx(k: Kernel, t: Task, f: OpenFile, p: UPtr): number | Errno {
  const ex = copyStructFromUser(t.mm, p, ownerExLayout);
  if (!('type' in ex)) return ex;
  if (ex.type !== F_OWNER_TID && ex.type !== F_OWNER_PID && ex.type !== F_OWNER_PGRP) return EINVAL;
  if (ex.pid !== 0 && !pidExists(k, ex.pid)) return ESRCH;
  setOwner(fown(k, f, true), t, ex.type, ex.pid);
  return 0;
}

function getownEx(k: Kernel, t: Task, f: OpenFile, p: UPtr): number | Errno {
  const o = fown(k, f, false);
  const alive = o !== undefined && ownerAlive(k, o);
  const v = { type: o?.type ?? F_OWNER_PID, pid: alive ? o.pid : 0 };
  return copyStructToUser(t.mm, p, ownerExLayout, v) ?? 0;
}

/** How many open files of `f`'s inode can read and write (i_readcount, i_writecount). */
function openCounts(k: Kernel, f: OpenFile): { readers: number; writers: number } {
  let readers = 0;
  let writers = 0;
  for (const g of k.vfs.files.values()) {
    if (g.inode !== f.inode) continue;
    if (g.writable) writers++;
    else if (g.readable) readers++;
  }
  return { readers, writers };
}

/** fcntl_setlease(): EINVAL for a bad type or a file that is not regular, EACCES for a file
 *  the caller does not own (without CAP_LEASE), EAGAIN when other opens conflict. */
function setlease(k: Kernel, t: Task, f: OpenFile, arg: number): number | Errno {
  if (arg !== F_RDLCK && arg !== F_WRLCK && arg !== F_UNLCK) return EINVAL;
  if (f.inode.uid !== t.cred.fsuid && !capable(t.cred, CAP_LEASE)) return EACCES;
  if (!f.inode.isReg()) return EINVAL;
  const locks = k.vfs.locks;
  const mine = locks.lease(f);
  if (arg === F_UNLCK) {
    if (!mine) return EAGAIN;
    locks.setLease(f, F_UNLCK);
    // lease_modify(): f_delown() forgets the file's owner.
    const o = fown(k, f, false);
    if (o) {
      o.type = F_OWNER_PID;
      o.pid = 0;
    }
    return 0;
  }
  const others = locks.context(f.inode)?.leases.filter((l) => l.file !== f) ?? [];
  if (arg === F_WRLCK && others.length > 0) return EAGAIN;
  // check_conflicting_open(): a read lease needs no writer; a write lease no open but this one.
  const { readers, writers } = openCounts(k, f);
  if (arg === F_RDLCK && writers > 0) return EAGAIN;
  if (arg === F_WRLCK && (writers !== (f.writable ? 1 : 0) || readers !== (!f.writable && f.readable ? 1 : 0))) return EAGAIN;
  locks.setLease(f, arg);
  // lease_setup() of a new lease: the caller becomes the file's owner unless it has one.
  const o = fown(k, f, true);
  if (!mine && o.pid === 0) setOwner(o, t, F_OWNER_PID, t.tgid);
  return 0;
}

/** mapping_writably_mapped(): a shared mapping of the file that may become writable (VM_MAYWRITE). */
function writablyMapped(inode: RegularInode): boolean {
  for (const m of inode.data?.mappings ?? []) if (m instanceof Vma && m.shared && !(m.flags & VM_NOMAYWRITE)) return true;
  return false;
}


/**
 * The fcntl commands of this family on the open file `f` at `fd` (sys_file.ts has checked the
 * fd and refused O_PATH files): the lock commands, owners and signals, leases, seals.
 */
export function fcntlLock(k: Kernel, t: Task, f: OpenFile, cmd: number, argRaw: unknown): number | Errno | Block {
  const arg = int(argRaw);
  switch (cmd) {
    case F_GETLK:
    case F_OFD_GETLK:
      return getlk(k, t, f, cmd, ptr(argRaw));
    case F_SETLK:
    case F_SETLKW:
    case F_OFD_SETLK:
    case F_OFD_SETLKW:
      return setlk(k, t, f, cmd, ptr(argRaw));
    case F_GETOWN: return getown(k, f);
    case F_SETOWN: return setown(k, t, f, arg);
    case F_GETOWNER_UIDS: {
      const o = fown(k, f, false);
      const b = new Uint8Array(8);
      const dv = new DataView(b.buffer);
      dv.setUint32(0, o?.uid ?? 0, true);
      dv.setUint32(4, o?.euid ?? 0, true);
      return copyToUser(t.mm, ptr(argRaw), b) === 8 ? 0 : EFAULT;
    }
    case F_GETOWN_EX: return getownEx(k, t, f, ptr(argRaw));
    case F_SETOWN_EX: return setownEx(k, t, f, ptr(argRaw));
    case F_GETSIG: return fown(k, f, false)?.signum ?? 0;
    case F_SETSIG:
      if (arg < 0 || arg > _NSIG) return EINVAL;
      fown(k, f, true).signum = arg;
      return 0;
    case F_GETLEASE: return k.vfs.locks.lease(f)?.type ?? F_UNLCK;
    case F_SETLEASE: return setlease(k, t, f, arg);
    case F_GET_SEALS: return getSeals(f);
    case F_NOTIFY:
      // fcntl_dirnotify(): an empty mask removes; else directories only. No event is ever sent.
      if ((arg & ~DN_MULTISHOT) === 0) return 0;
      return f.inode.isDir() ? 0 : ENOTDIR;
    case F_GET_RW_HINT: {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigUint64(0, BigInt(k.vfs.locks.writeHints.get(f.inode) ?? 0), true);
      return copyToUser(t.mm, ptr(argRaw), b) === 8 ? 0 : EFAULT;
    }
    case F_SET_RW_HINT: {
      if (f.inode.uid !== t.cred.fsuid && !capable(t.cred, CAP_FOWNER)) return EPERM;
      const b = userBytes(t.mm, ptr(argRaw), 8);
      if (!(b instanceof Uint8Array) || b.length < 8) return EFAULT;
      const hint = new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, true);
      if (hint > BigInt(RWH_WRITE_LIFE_EXTREME)) return EINVAL;
      k.vfs.locks.writeHints.set(f.inode, Number(hint));
      return 0;
    }
    case F_ADD_SEALS: return addSeals(f, arg >>> 0, writablyMapped);
    default:
      return EINVAL;
  }
}

/** The fcntl commands fcntlLock() handles. */
export const LOCK_FCNTL_CMDS: ReadonlySet<number> = new Set([
  F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_GETOWN, F_SETOWN, F_GETOWN_EX,
  F_SETOWN_EX, F_GETSIG, F_SETSIG, F_GETLEASE, F_SETLEASE, F_GET_SEALS, F_ADD_SEALS, F_NOTIFY, F_GET_RW_HINT,
  F_SET_RW_HINT, F_GETOWNER_UIDS,
]);

export const lockSyscalls: Readonly<Record<string, SyscallImpl>> = {
  flock: full(sysFlock),
};
