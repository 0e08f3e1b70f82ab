// kernel/syscalls/sys_attr.ts — access, faccessat, faccessat2, chmod, fchmod, fchmodat, fchmodat2, chown, fchown, lchown, fchownat, utime, utimes, futimesat, utimensat, fsync, fdatasync, syncfs, sync, statfs, fstatfs: reading and changing inode attributes. Decoding only; the rules are vfs/attr.ts.
// The order of the checks follows fs/open.c, fs/utimes.c and fs/statfs.c: flag checks (EINVAL),
// copying arguments in (EFAULT), the fd (EBADF; O_PATH files are refused except by fstatfs) or
// the path walk, then the change.

import { EBADF, EFAULT, EINVAL, Errno } from '../../abi/errno';
import { AT_EACCESS, AT_EMPTY_PATH, AT_FDCWD, AT_SYMLINK_NOFOLLOW, O_PATH } from '../../abi/fcntl';
import { timespec as timespecLayout, timeval as timevalLayout, utimbuf as utimbufLayout, statfs as statfsLayout } from '../../abi/structs';
import type { Layout } from '../../abi/struct';
import { copyStructFromUser, copyStructToUser, isNull, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import {
  accessCred, accessRef, bothOmitted, chmodRef, chownRef, fsyncFile, statfsOf, utimesRef,
} from '../../vfs/attr';
import { ctxWith, type Timestamp, type VfsCred, type VfsCtx } from '../../vfs/ctx';
import type { OpenFile } from '../../vfs/file';
import type { PathRef } from '../../vfs/mount';
import { LOOKUP_EMPTY, LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint } from './args';
import { atBase, getPath } from './common';

/** fdget(): the open file at `fd`, but not an O_PATH one (EBADF). */
function fdgetNoPath(t: Task, fd: number): OpenFile | Errno {
  const f = t.files.get(fd);
  return f && !(f.flags & O_PATH) ? f : EBADF;
}

/** user_path_at(): copies the path in and resolves it (LOOKUP_FOLLOW unless `nofollow`; "" with AT_EMPTY_PATH). */
function userPathAt(ctx: VfsCtx, t: Task, dirfd: number, p: UPtr, nofollow: boolean, emptyPath: boolean): PathRef | Errno {
  const path = getPath(t, p, emptyPath);
  if (typeof path !== 'string') return path;
  const base = atBase(t, dirfd, path);
  if (!('inode' in base)) return base;
  return pathLookup(ctx, base, path, (nofollow ? 0 : LOOKUP_FOLLOW) | (emptyPath ? LOOKUP_EMPTY : 0));
}

/** The task's context with another credential (access(2) with the real ids). */
function withCred(t: Task, cred: VfsCred): VfsCtx {
  return cred === t.cred ? t : ctxWith(t, { cred });
}

// ---------------------------------------------------------------------------------------------
// access

/** do_faccessat(): mode and flags (EINVAL), the credential override, the walk, the check. */
function faccessat(t: Task, dirfd: number, p: UPtr, mode: number, flags: number): number | Errno {
  if (mode & ~7) return EINVAL;
  if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return EINVAL;
  const cred = flags & AT_EACCESS ? t.cred : accessCred(t.cred);
  const ref = userPathAt(withCred(t, cred), t, dirfd, p, (flags & AT_SYMLINK_NOFOLLOW) !== 0, (flags & AT_EMPTY_PATH) !== 0);
  if (!('inode' in ref)) return ref;
  return accessRef(cred, ref, mode) ?? 0;
}

const sysAccess: Handler = (_k, t, p, mode) => faccessat(t, AT_FDCWD, ptr(p), int(mode), 0);
const sysFaccessat: Handler = (_k, t, dirfd, p, mode) => faccessat(t, int(dirfd), ptr(p), int(mode), 0);
const sysFaccessat2: Handler = (_k, t, dirfd, p, mode, flags) => faccessat(t, int(dirfd), ptr(p), int(mode), int(flags));

// ---------------------------------------------------------------------------------------------
// chmod

/** do_fchmodat() */
function fchmodat(t: Task, dirfd: number, p: UPtr, mode: number, flags: number): number | Errno {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return EINVAL;
  const ref = userPathAt(t, t, dirfd, p, (flags & AT_SYMLINK_NOFOLLOW) !== 0, (flags & AT_EMPTY_PATH) !== 0);
  if (!('inode' in ref)) return ref;
  return chmodRef(t, ref, mode) ?? 0;
}

const sysChmod: Handler = (_k, t, p, mode) => fchmodat(t, AT_FDCWD, ptr(p), uint(mode) & 0xffff, 0);
const sysFchmodat: Handler = (_k, t, dirfd, p, mode) => fchmodat(t, int(dirfd), ptr(p), uint(mode) & 0xffff, 0);
const sysFchmodat2: Handler = (_k, t, dirfd, p, mode, flags) => fchmodat(t, int(dirfd), ptr(p), uint(mode) & 0xffff, uint(flags));
const sysFchmod: Handler = (_k, t, fd, mode) => {
  const f = fdgetNoPath(t, int(fd));
  if (!('id' in f)) return f;
  return chmodRef(t, { mnt: f.mnt, inode: f.inode }, uint(mode) & 0xffff) ?? 0;
};

// ---------------------------------------------------------------------------------------------
// chown

/** do_fchownat() */
function fchownat(t: Task, dirfd: number, p: UPtr, uid: number, gid: number, flags: number): number | Errno {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return EINVAL;
  const ref = userPathAt(t, t, dirfd, p, (flags & AT_SYMLINK_NOFOLLOW) !== 0, (flags & AT_EMPTY_PATH) !== 0);
  if (!('inode' in ref)) return ref;
  return chownRef(t, ref, uid, gid) ?? 0;
}

const sysChown: Handler = (_k, t, p, u, g) => fchownat(t, AT_FDCWD, ptr(p), uint(u), uint(g), 0);
const sysLchown: Handler = (_k, t, p, u, g) => fchownat(t, AT_FDCWD, ptr(p), uint(u), uint(g), AT_SYMLINK_NOFOLLOW);
const sysFchownat: Handler = (_k, t, dirfd, p, u, g, flags) => fchownat(t, int(dirfd), ptr(p), uint(u), uint(g), int(flags));
const sysFchown: Handler = (_k, t, fd, u, g) => {
  const f = fdgetNoPath(t, int(fd));
  if (!('id' in f)) return f;
  return chownRef(t, { mnt: f.mnt, inode: f.inode }, uint(u), uint(g)) ?? 0;
};

// ---------------------------------------------------------------------------------------------
// utime, utimes, futimesat, utimensat

type Times = readonly [Timestamp, Timestamp];

/** Two structs of `layout` at `p` (raw memory, a byte buffer, or a typed-door array of objects). */
function twoStructs<T>(t: Task, p: UPtr, layout: Layout<T>): [T, T] | Errno {
  if (Array.isArray(p)) {
    if (p.length < 2) return EFAULT;
    const a = copyStructFromUser(t.mm, p[0] as UPtr, layout);
    if (isErrno(a)) return a;
    const b = copyStructFromUser(t.mm, p[1] as UPtr, layout);
    if (isErrno(b)) return b;
    return [a, b];
  }
  let second: UPtr;
  if (typeof p === 'number') second = p + layout.size;
  else if (p instanceof Uint8Array) second = p.subarray(layout.size);
  else return EFAULT;
  const a = copyStructFromUser(t.mm, p, layout);
  if (isErrno(a)) return a;
  const b = copyStructFromUser(t.mm, second, layout);
  if (isErrno(b)) return b;
  return [a, b];
}

function isErrno(x: unknown): x is Errno {
  return x instanceof Errno;
}

/**
 * do_utimes(): a NULL path with a real dirfd changes the file open there (no flags allowed,
 * EBADF for a bad or O_PATH fd); otherwise the path (flags AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH).
 */
function doUtimes(t: Task, dirfd: number, p: UPtr, times: Times | null, flags: number): number | Errno {
  if (isNull(p) && dirfd !== AT_FDCWD) {
    if (flags) return EINVAL;
    const f = fdgetNoPath(t, dirfd);
    if (!('id' in f)) return f;
    return utimesRef(t, { mnt: f.mnt, inode: f.inode }, times) ?? 0;
  }
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return EINVAL;
  const ref = userPathAt(t, t, dirfd, p, (flags & AT_SYMLINK_NOFOLLOW) !== 0, (flags & AT_EMPTY_PATH) !== 0);
  if (!('inode' in ref)) return ref;
  return utimesRef(t, ref, times) ?? 0;
}

/** utimensat(2): both UTIME_OMIT does nothing at all (not even the lookup). */
const sysUtimensat: Handler = (_k, t, dirfd, p, tp, flags) => {
  let times: Times | null = null;
  const at = ptr(tp);
  if (!isNull(at)) {
    const ts = twoStructs(t, at, timespecLayout);
    if (isErrno(ts)) return ts;
    times = [{ sec: ts[0].tv_sec, nsec: ts[0].tv_nsec }, { sec: ts[1].tv_sec, nsec: ts[1].tv_nsec }];
    if (bothOmitted(times)) return 0;
  }
  return doUtimes(t, int(dirfd), ptr(p), times, int(flags));
};

/** do_futimesat(): microseconds outside 0..999999 are EINVAL (before the path is looked at). */
function futimesat(t: Task, dirfd: number, p: UPtr, tp: UPtr): number | Errno {
  let times: Times | null = null;
  if (!isNull(tp)) {
    const tv = twoStructs(t, tp, timevalLayout);
    if (isErrno(tv)) return tv;
    for (const x of tv) if (x.tv_usec < 0 || x.tv_usec >= 1_000_000) return EINVAL;
    times = [{ sec: tv[0].tv_sec, nsec: tv[0].tv_usec * 1000 }, { sec: tv[1].tv_sec, nsec: tv[1].tv_usec * 1000 }];
  }
  return doUtimes(t, dirfd, p, times, 0);
}

const sysUtimes: Handler = (_k, t, p, tp) => futimesat(t, AT_FDCWD, ptr(p), ptr(tp));
const sysFutimesat: Handler = (_k, t, dirfd, p, tp) => futimesat(t, int(dirfd), ptr(p), ptr(tp));

/** utime(2): whole seconds from a struct utimbuf. */
const sysUtime: Handler = (_k, t, p, tp) => {
  let times: Times | null = null;
  const at = ptr(tp);
  if (!isNull(at)) {
    const u = copyStructFromUser(t.mm, at, utimbufLayout);
    if (isErrno(u)) return u;
    times = [{ sec: u.actime, nsec: 0 }, { sec: u.modtime, nsec: 0 }];
  }
  return doUtimes(t, AT_FDCWD, ptr(p), times, 0);
};

// ---------------------------------------------------------------------------------------------
// fsync, fdatasync, syncfs, sync

const sysFsync: Handler = (_k, t, fd) => {
  const f = fdgetNoPath(t, int(fd));
  if (!('id' in f)) return f;
  return fsyncFile(f) ?? 0;
};

/** syncfs(2): any open file's filesystem; tmpfs has nothing to write back. */
const sysSyncfs: Handler = (_k, t, fd) => {
  const f = fdgetNoPath(t, int(fd));
  if (!('id' in f)) return f;
  return 0;
};

const sysSync: Handler = () => 0;

// ---------------------------------------------------------------------------------------------
// statfs, fstatfs

/** What statfs needs of the machine: tmpfs's defaults are half its RAM (KernelOptions.ramBytes). */
function machine(k: Kernel): { ramBytes: number } {
  return { ramBytes: k.ramBytes };
}

/** statfs(2): the walk follows symlinks; the buffer is written after it (ENOENT before EFAULT). */
const sysStatfs: Handler = (k, t, p, buf) => {
  const ref = userPathAt(t, t, AT_FDCWD, ptr(p), false, false);
  if (!('inode' in ref)) return ref;
  return copyStructToUser(t.mm, ptr(buf), statfsLayout, statfsOf(ref, machine(k))) ?? 0;
};

/** fstatfs(2): O_PATH files are fine (fd_raw). */
const sysFstatfs: Handler = (k, t, fd, buf) => {
  const f = t.files.get(int(fd));
  if (!f) return EBADF;
  return copyStructToUser(t.mm, ptr(buf), statfsLayout, statfsOf({ mnt: f.mnt, inode: f.inode }, machine(k))) ?? 0;
};

const STATFS_NOTE = "f_flags shows no atime mode but relatime (mounts keep MS_NOSUID, MS_NODEV, MS_NOEXEC and read-only only: noatime, strictatime, nodiratime and sync mounts are not told apart); f_fsid comes from the device number (Linux's tmpfs uses a random uuid).";

export const attrSyscalls = {
  access: full(sysAccess),
  faccessat: full(sysFaccessat),
  faccessat2: full(sysFaccessat2),
  chmod: full(sysChmod),
  fchmod: full(sysFchmod),
  fchmodat: full(sysFchmodat),
  fchmodat2: full(sysFchmodat2),
  chown: full(sysChown),
  fchown: full(sysFchown),
  lchown: full(sysLchown),
  fchownat: full(sysFchownat),
  utime: full(sysUtime),
  utimes: full(sysUtimes),
  futimesat: full(sysFutimesat),
  utimensat: full(sysUtimensat),
  fsync: full(sysFsync),
  fdatasync: full(sysFsync),
  syncfs: full(sysSyncfs),
  sync: full(sysSync),
  statfs: partial(sysStatfs, STATFS_NOTE),
  fstatfs: partial(sysFstatfs, STATFS_NOTE),
};
