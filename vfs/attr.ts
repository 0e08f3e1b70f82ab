// vfs/attr.ts — changing and checking inode attributes, as Linux's fs/attr.c, fs/open.c and
// fs/utimes.c do it: access(2)'s check with the real ids (access_override_creds), chmod, chown
// and utimes through one notify_change()/setattr_prepare()/setattr_copy() sequence (the order
// of their errors: EROFS, EOPNOTSUPP for a symlink's mode, then EPERM/EACCES), the set-user-ID
// and set-group-ID clearing of chown and of writes (removePrivs: file_remove_privs), fsync on
// files that have it, and statfs's numbers for tmpfs (shmem_statfs) and the simple filesystems.
// Every change of a mode or an owner invalidates the name cache (it changes what lookups allow).
// Owned by the attributes work (kernel/syscalls/sys_attr.ts decodes; this file decides).
// Writers and truncaters (vfs/fs/tmpfs.ts, truncate/ftruncate/fallocate, O_TRUNC) call
// removePrivs() before they change the data.

import { EACCES, EINVAL, EOPNOTSUPP, EPERM, EROFS, type Errno } from '../abi/errno';
import { W_OK, X_OK } from '../abi/fcntl';
import {
  CAP_CHOWN, CAP_FSETID, MS_NOATIME, MS_NODEV, MS_NODIRATIME, MS_NOEXEC, MS_NOSUID, MS_NOSYMFOLLOW, MS_STRICTATIME,
  MS_SYNCHRONOUS,
} from '../abi/misc';
import {
  S_IALLUGO, S_IFBLK, S_IFCHR, S_IFIFO, S_IFMT, S_IFSOCK, S_ISGID, S_ISUID, S_IXGRP, UTIME_NOW, UTIME_OMIT,
} from '../abi/stat';
import {
  ANON_INODE_FS_MAGIC, CGROUP2_SUPER_MAGIC, DEVPTS_SUPER_MAGIC, PIPEFS_MAGIC, PROC_SUPER_MAGIC, RAMFS_MAGIC,
  SOCKFS_MAGIC, ST_NOATIME, ST_NODEV, ST_NODIRATIME, ST_NOEXEC, ST_NOSUID, ST_NOSYMFOLLOW, ST_RDONLY,
  ST_RELATIME, ST_SYNCHRONOUS, ST_VALID, SYSFS_MAGIC, TMPFS_MAGIC,
} from '../abi/statfs';
import type { Statfs } from '../abi/structs';
import { capable, type Timestamp, type VfsCred, type VfsCtx } from './ctx';
import type { OpenFile } from './file';
import type { Inode, Superblock } from './inode';
import { modeSealError } from './seals';
import type { Mount, PathRef } from './mount';
import { genericPermission, inGroup, MAY_WRITE, ownerOrCapable } from './permission';

// ---------------------------------------------------------------------------------------------
// struct iattr's ia_valid bits (include/linux/fs.h): kernel-internal, so here and not in abi/.

const ATTR_MODE = 1 << 0;
const ATTR_UID = 1 << 1;
const ATTR_GID = 1 << 2;
const ATTR_ATIME = 1 << 4;
const ATTR_MTIME = 1 << 5;
const ATTR_CTIME = 1 << 6;
const ATTR_ATIME_SET = 1 << 7;
const ATTR_MTIME_SET = 1 << 8;
const ATTR_FORCE = 1 << 9;
const ATTR_KILL_SUID = 1 << 11;
const ATTR_KILL_SGID = 1 << 12;
const ATTR_TIMES_SET = 1 << 16;
const ATTR_TOUCH = 1 << 17;

/** A requested attribute change (struct iattr). */
interface IAttr {
  valid: number;
  mode: number;
  uid: number;
  gid: number;
  atime: Timestamp | null;
  mtime: Timestamp | null;
}

/** tmpfs charges every inode (and every extra hard link) this many bytes of its inode space. */
const BOGO_INODE_SIZE = 1024;
const PAGE_SIZE = 4096;

/**
 * The mount's MS_* flags (Mount.flags keeps MS_NOSUID, MS_NODEV, MS_NOEXEC; the atime modes and
 * MS_SYNCHRONOUS/MS_NOSYMFOLLOW are read too, for when mounts keep them).
 */
function mntFlags(mnt: Mount): number {
  return mnt.flags;
}

/** mnt_want_write(): EROFS on a read-only mount or a read-only filesystem. */
export function mntWantWrite(mnt: Mount): Errno | undefined {
  return mnt.readOnly || mnt.sb.readOnly ? EROFS : undefined;
}

/** special_file(): FIFOs, sockets and device nodes (no EROFS for them: they are not written to the filesystem). */
function specialFile(inode: Inode): boolean {
  const t = inode.mode & S_IFMT;
  return t === S_IFCHR || t === S_IFBLK || t === S_IFIFO || t === S_IFSOCK;
}

/** in_group_or_capable(): may the caller keep S_ISGID on a file of group `gid`? */
function inGroupOrCapable(cred: VfsCred, gid: number): boolean {
  return inGroup(cred, gid) || capable(cred, CAP_FSETID);
}

// ---------------------------------------------------------------------------------------------
// access(2)

const accessCreds = new WeakMap<VfsCred, VfsCred>();

/**
 * access_override_creds(): access(2) and faccessat(2) without AT_EACCESS check with the real
 * uid and gid as fsuid/fsgid, and with no capabilities unless the real uid is 0 (then the
 * permitted set). The caller's own credential when nothing changes (kept per credential, so
 * the name cache sees one object).
 */
export function accessCred(cred: VfsCred): VfsCred {
  const caps = cred.uid === 0 ? cred.capPermitted ?? cred.capEffective : 0;
  if (cred.fsuid === cred.uid && cred.fsgid === cred.gid && cred.capEffective === caps) return cred;
  let c = accessCreds.get(cred);
  if (c === undefined) {
    c = {
      uid: cred.uid, gid: cred.gid, euid: cred.euid, egid: cred.egid, fsuid: cred.uid, fsgid: cred.gid,
      groups: cred.groups, capEffective: caps, capPermitted: cred.capPermitted ?? cred.capEffective,
    };
    accessCreds.set(cred, c);
  }
  return c;
}

/**
 * do_faccessat() once the path is resolved (with `cred`, the overridden credential): exec of a
 * regular file on a noexec mount is EACCES; then inode_permission() (EROFS for a write on a
 * read-only filesystem, EPERM for a write of an immutable inode, the mode bits and
 * capabilities); then EROFS for W_OK on a read-only
 * mount, except for special files. `mode` is F_OK (0) or any of R_OK, W_OK, X_OK.
 */
export function accessRef(cred: VfsCred, ref: PathRef, mode: number): Errno | undefined {
  const inode = ref.inode;
  const mnt = ref.mnt;
  if (mode & X_OK && inode.isReg() && mntFlags(mnt) & MS_NOEXEC) return EACCES;
  if (mode & W_OK && inode.sb.readOnly && !specialFile(inode)) return EROFS;
  if (mode & W_OK && inode.isImmutable) return EPERM; // inode_permission(): immutable
  const err = genericPermission(cred, inode, mode);
  if (err) return err;
  if (mode & W_OK && !specialFile(inode) && mnt.readOnly) return EROFS;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// notify_change()

/** setattr_prepare()'s chown_ok(): the owner "changing" the uid to itself, or CAP_CHOWN. */
function chownOk(cred: VfsCred, inode: Inode, uid: number): boolean {
  if (cred.fsuid === inode.uid && uid === inode.uid) return true;
  return capable(cred, CAP_CHOWN);
}

/** chgrp_ok(): the owner giving the file its own group or one of the caller's groups, or CAP_CHOWN. */
function chgrpOk(cred: VfsCred, inode: Inode, gid: number): boolean {
  if (cred.fsuid === inode.uid && (gid === inode.gid || inGroup(cred, gid))) return true;
  return capable(cred, CAP_CHOWN);
}

/**
 * notify_change() on tmpfs (shmem_setattr: setattr_prepare, then setattr_copy): the checks in
 * Linux's order, then the change. The mount's writability (mnt_want_write) is the caller's.
 */
function notifyChange(ctx: VfsCtx, inode: Inode, attr: IAttr): Errno | undefined {
  const cred = ctx.cred;
  let valid = attr.valid;
  // Neither an immutable nor an append-only inode changes mode, owner or (given) times.
  if (valid & (ATTR_MODE | ATTR_UID | ATTR_GID | ATTR_TIMES_SET) && (inode.isImmutable || inode.isAppend)) return EPERM;
  // utimes with no times (or both UTIME_NOW): not of an immutable inode; the owner, CAP_FOWNER,
  // or write permission.
  if (valid & ATTR_TOUCH && inode.isImmutable) return EPERM;
  if (valid & ATTR_TOUCH && !ownerOrCapable(cred, inode)) {
    if (inode.sb.readOnly && !specialFile(inode)) return EROFS;
    const err = genericPermission(cred, inode, MAY_WRITE);
    if (err) return err;
  }
  // Symlinks have no mode to change (fchmodat2(AT_SYMLINK_NOFOLLOW) on one).
  if (valid & ATTR_MODE && inode.isSymlink()) return EOPNOTSUPP;
  // chown's set-id clearing becomes a mode change.
  if (valid & ATTR_KILL_SUID && inode.mode & S_ISUID) {
    valid |= ATTR_MODE;
    attr.mode = inode.mode & ~S_ISUID;
  }
  if (valid & ATTR_KILL_SGID && inode.mode & S_ISGID) {
    if (!(valid & ATTR_MODE)) {
      valid |= ATTR_MODE;
      attr.mode = inode.mode;
    }
    attr.mode &= ~S_ISGID;
  }
  if (!(valid & ~(ATTR_KILL_SUID | ATTR_KILL_SGID))) return undefined;

  // setattr_prepare()
  if (!(valid & ATTR_FORCE)) {
    if (valid & ATTR_UID && !chownOk(cred, inode, attr.uid)) return EPERM;
    if (valid & ATTR_GID && !chgrpOk(cred, inode, attr.gid)) return EPERM;
    if (valid & ATTR_MODE) {
      if (!ownerOrCapable(cred, inode)) return EPERM;
      // The set-group-ID bit only for a member of the (new) group, or with CAP_FSETID.
      if (!inGroupOrCapable(cred, valid & ATTR_GID ? attr.gid : inode.gid)) attr.mode &= ~S_ISGID;
    }
    if (valid & (ATTR_MTIME_SET | ATTR_ATIME_SET | ATTR_TIMES_SET) && !ownerOrCapable(cred, inode)) return EPERM;
  }
  if (valid & ATTR_MODE) {
    const sealErr = modeSealError(inode, attr.mode); // shmem_setattr(): F_SEAL_EXEC
    if (sealErr) return sealErr;
  }

  // setattr_copy(), and shmem_setattr's ctime.
  const now = ctx.now();
  if (valid & (ATTR_MODE | ATTR_UID | ATTR_GID)) inode.sb.names.invalidate();
  if (valid & ATTR_UID) inode.uid = attr.uid;
  if (valid & ATTR_GID) inode.gid = attr.gid;
  if (valid & ATTR_ATIME) {
    const t = valid & ATTR_ATIME_SET && attr.atime ? attr.atime : now;
    inode.setTime('a', t.sec, t.nsec);
  }
  if (valid & ATTR_MTIME) {
    const t = valid & ATTR_MTIME_SET && attr.mtime ? attr.mtime : now;
    inode.setTime('m', t.sec, t.nsec);
  }
  if (valid & ATTR_MODE) inode.mode = (inode.mode & S_IFMT) | (attr.mode & S_IALLUGO);
  inode.setTime('c', now.sec, now.nsec);
  return undefined;
}

function iattr(valid: number): IAttr {
  return { valid, mode: 0, uid: 0, gid: 0, atime: null, mtime: null };
}

// ---------------------------------------------------------------------------------------------
// chmod, chown, utimes

/** chmod_common(): the permission bits of `mode` (S_IALLUGO) replace the inode's. */
export function chmodRef(ctx: VfsCtx, ref: PathRef, mode: number): Errno | undefined {
  const err = mntWantWrite(ref.mnt);
  if (err) return err;
  const a = iattr(ATTR_MODE | ATTR_CTIME);
  a.mode = (mode & S_IALLUGO) | (ref.inode.mode & ~S_IALLUGO & 0xffff);
  return notifyChange(ctx, ref.inode, a);
}

/** The uid/gid meaning "leave unchanged" ((uid_t)-1). */
export const ID_UNCHANGED = 0xffffffff;

/**
 * chown_common(): `uid`/`gid` (ID_UNCHANGED to keep one). On anything but a directory, the
 * set-user-ID bit goes, and the set-group-ID bit when group-executable — or, when not, if the
 * caller is neither in the file's group nor has CAP_FSETID (setattr_should_drop_sgid).
 */
export function chownRef(ctx: VfsCtx, ref: PathRef, uid: number, gid: number): Errno | undefined {
  const err = mntWantWrite(ref.mnt);
  if (err) return err;
  const inode = ref.inode;
  const a = iattr(ATTR_CTIME);
  if (uid !== ID_UNCHANGED) {
    a.valid |= ATTR_UID;
    a.uid = uid;
  }
  if (gid !== ID_UNCHANGED) {
    a.valid |= ATTR_GID;
    a.gid = gid;
  }
  if (!inode.isDir()) a.valid |= ATTR_KILL_SUID | shouldDropSgid(ctx.cred, inode);
  return notifyChange(ctx, inode, a);
}

/** setattr_should_drop_sgid(): ATTR_KILL_SGID when S_ISGID must go, else 0. */
function shouldDropSgid(cred: VfsCred, inode: Inode): number {
  const mode = inode.mode;
  if (!(mode & S_ISGID)) return 0;
  if (mode & S_IXGRP) return ATTR_KILL_SGID;
  return inGroupOrCapable(cred, inode.gid) ? 0 : ATTR_KILL_SGID;
}

/** nsec_valid(): 0..999999999, or one of the two special values. */
function nsecValid(nsec: number): boolean {
  return nsec === UTIME_NOW || nsec === UTIME_OMIT || (nsec >= 0 && nsec <= 999_999_999);
}

/**
 * vfs_utimes(): `times` is [atime, mtime] (each may be UTIME_NOW or UTIME_OMIT in nsec), or
 * null for "now" (then write permission is enough; explicit times need the owner or
 * CAP_FOWNER). EINVAL for a bad nsec, EROFS on a read-only mount.
 */
export function utimesRef(ctx: VfsCtx, ref: PathRef, times: readonly [Timestamp, Timestamp] | null): Errno | undefined {
  if (times) {
    if (!nsecValid(times[0].nsec) || !nsecValid(times[1].nsec)) return EINVAL;
    if (times[0].nsec === UTIME_NOW && times[1].nsec === UTIME_NOW) times = null;
  }
  const err = mntWantWrite(ref.mnt);
  if (err) return err;
  const a = iattr(ATTR_CTIME | ATTR_MTIME | ATTR_ATIME);
  if (times) {
    const [at, mt] = times;
    if (at.nsec === UTIME_OMIT) a.valid &= ~ATTR_ATIME;
    else if (at.nsec !== UTIME_NOW) { a.atime = at; a.valid |= ATTR_ATIME_SET; }
    if (mt.nsec === UTIME_OMIT) a.valid &= ~ATTR_MTIME;
    else if (mt.nsec !== UTIME_NOW) { a.mtime = mt; a.valid |= ATTR_MTIME_SET; }
    a.valid |= ATTR_TIMES_SET;
  } else {
    a.valid |= ATTR_TOUCH;
  }
  return notifyChange(ctx, ref.inode, a);
}

/** Are both times UTIME_OMIT (utimensat then does nothing at all, not even the lookup)? */
export function bothOmitted(times: readonly [Timestamp, Timestamp]): boolean {
  return times[0].nsec === UTIME_OMIT && times[1].nsec === UTIME_OMIT;
}

// ---------------------------------------------------------------------------------------------
// Writes and truncation: file_remove_privs()

/**
 * file_remove_privs() / setattr_should_drop_suidgid(): before a write (or truncate) changes a
 * regular file, a caller without CAP_FSETID clears S_ISUID, and S_ISGID when the file is
 * group-executable or the caller is not in its group. Call it after the size checks and before
 * the data changes (a write that then fails keeps the change, as on Linux). Returns nothing:
 * the change cannot fail.
 */
export function removePrivs(ctx: VfsCtx, inode: Inode): void {
  const mode = inode.mode;
  if (!(mode & (S_ISUID | S_ISGID)) || !inode.isReg()) return;
  const cred = ctx.cred;
  if (capable(cred, CAP_FSETID)) return;
  let kill = mode & S_ISUID;
  if (shouldDropSgid(cred, inode)) kill |= S_ISGID;
  if (kill === 0) return;
  inode.sb.names.invalidate();
  inode.mode = mode & ~kill;
  const now = ctx.now();
  inode.setTime('c', now.sec, now.nsec);
}

// ---------------------------------------------------------------------------------------------
// fsync, statfs

/** Filesystems whose files and directories have an fsync (noop_fsync on tmpfs). */
const SYNCABLE = new Set(['tmpfs', 'devtmpfs', 'ramfs']);

/**
 * vfs_fsync(): EINVAL for a file without an ->fsync (pipes, sockets, character devices,
 * procfs); on tmpfs there is nothing to write back.
 */
export function fsyncFile(f: OpenFile): Errno | undefined {
  const inode = f.inode;
  if ((inode.isReg() || inode.isDir()) && SYNCABLE.has(inode.sb.fsType)) return undefined;
  return EINVAL;
}

/** What statfs needs to know about the machine: tmpfs's defaults are half of its RAM. */
export interface StatfsMachine {
  readonly ramBytes: number;
}

const MAGIC: Readonly<Record<string, number>> = {
  tmpfs: TMPFS_MAGIC, devtmpfs: TMPFS_MAGIC, ramfs: RAMFS_MAGIC, proc: PROC_SUPER_MAGIC, sysfs: SYSFS_MAGIC,
  cgroup2: CGROUP2_SUPER_MAGIC, devpts: DEVPTS_SUPER_MAGIC, pipefs: PIPEFS_MAGIC, sockfs: SOCKFS_MAGIC,
  anon_inodefs: ANON_INODE_FS_MAGIC,
};

/** Filesystems only mounted inside the kernel (kern_mount: no atime flags on the mount). */
const INTERNAL = new Set(['pipefs', 'sockfs', 'anon_inodefs']);

/** calculate_f_flags(): ST_VALID and the mount's and filesystem's flags. */
function fFlags(mnt: Mount, sb: Superblock): number {
  let f = ST_VALID;
  if (INTERNAL.has(sb.fsType)) return f;
  const m = mntFlags(mnt);
  if (mnt.readOnly || mnt.sb.readOnly) f |= ST_RDONLY;
  if (m & MS_NOSUID) f |= ST_NOSUID;
  if (m & MS_NODEV) f |= ST_NODEV;
  if (m & MS_NOEXEC) f |= ST_NOEXEC;
  if (m & MS_SYNCHRONOUS) f |= ST_SYNCHRONOUS;
  if (m & MS_NOATIME) f |= ST_NOATIME;
  if (m & MS_NODIRATIME) f |= ST_NODIRATIME;
  if (!(m & (MS_NOATIME | MS_STRICTATIME))) f |= ST_RELATIME; // relatime is the default atime mode
  if (m & MS_NOSYMFOLLOW) f |= ST_NOSYMFOLLOW;
  return f;
}

/** Pages a tmpfs holds: file data, and the page of each long symlink (both in bytesUsed). */
function usedPages(sb: Superblock): number {
  return Math.ceil(sb.bytesUsed / PAGE_SIZE);
}

/**
 * vfs_statfs() of the filesystem at `ref`: tmpfs as shmem_statfs() reports it (blocks from the
 * size= limit, inodes from nr_inodes=, each defaulting to half the machine's RAM in pages when
 * the filesystem has no limit), others as simple_statfs() (the magic, the block size, NAME_MAX).
 * f_fsid is derived from the device number (Linux's is a random per-mount uuid for tmpfs).
 */
export function statfsOf(ref: PathRef, machine: StatfsMachine): Statfs {
  const sb = ref.inode.sb;
  const fsid = [sb.dev | 0, 0];
  const out: Statfs = {
    f_type: MAGIC[sb.fsType] ?? TMPFS_MAGIC,
    f_bsize: PAGE_SIZE,
    f_blocks: 0, f_bfree: 0, f_bavail: 0, f_files: 0, f_ffree: 0,
    f_fsid: fsid,
    f_namelen: 255,
    f_frsize: PAGE_SIZE,
    f_flags: fFlags(ref.mnt, sb),
  };
  if (sb.fsType === 'tmpfs' || sb.fsType === 'devtmpfs') {
    const defaultPages = Math.floor(machine.ramBytes / PAGE_SIZE / 2);
    const blocks = sb.sizeLimit >= Number.MAX_SAFE_INTEGER ? defaultPages : Math.floor(sb.sizeLimit / PAGE_SIZE);
    const files = sb.inodeLimit >= Number.MAX_SAFE_INTEGER ? defaultPages : sb.inodeLimit;
    const used = usedPages(sb);
    out.f_blocks = blocks;
    out.f_bfree = out.f_bavail = Math.max(0, blocks - used);
    out.f_files = files;
    const ispace = files * BOGO_INODE_SIZE - (sb.inodes.size + sb.extraLinks) * BOGO_INODE_SIZE;
    out.f_ffree = Math.max(0, Math.floor(ispace / BOGO_INODE_SIZE));
  }
  return out;
}
