// kernel/syscalls/sys_stat.ts — stat, lstat, fstat, newfstatat, statx. Resolution is the
// path walk; the attributes are vfs/stat.ts. Output structs go through usercopy (bytes in
// memory for the raw door, a Stat/Statx object in an Out box for the typed door).

import { EINVAL, type Errno } from '../../abi/errno';
import { AT_EMPTY_PATH, AT_FDCWD, AT_NO_AUTOMOUNT, AT_STATX_SYNC_TYPE, AT_SYMLINK_NOFOLLOW } from '../../abi/fcntl';
import {
  major, minor, STATX_ATTR_APPEND, STATX_ATTR_AUTOMOUNT, STATX_ATTR_DAX, STATX_ATTR_IMMUTABLE, STATX_ATTR_MOUNT_ROOT,
  STATX_ATTR_NODUMP, STATX_BASIC_STATS, STATX_BTIME, STATX_CTIME, STATX_MNT_ID, STATX_MNT_ID_UNIQUE, STATX_MTIME,
  STATX__RESERVED,
} from '../../abi/stat';
import { stat as statLayout, statx as statxLayout, type Statx } from '../../abi/structs';
import { copyStructToUser, isNull, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { PathRef } from '../../vfs/mount';
import { LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import { blocksOf, statOf } from '../../vfs/stat';
import { rdevOf } from '../../vfs/inode';
import { full, type Handler } from '../table';
import { int, ptr, uint } from './args';
import { atBase, fdget, getPath } from './common';

/**
 * getname_maybe_null(): with AT_EMPTY_PATH, NULL or "" is null (the file at dirfd itself);
 * otherwise the path, or getname()'s error (EFAULT, ENOENT for "", ENAMETOOLONG) — which
 * Linux reports only after the flag checks, when the lookup looks at the name.
 */
function nameMaybeNull(t: Task, p: UPtr, flags: number): string | null | Errno {
  if (!(flags & AT_EMPTY_PATH)) return getPath(t, p);
  if (isNull(p)) return null;
  const s = getPath(t, p, true);
  return s === '' ? null : s;
}

/** filename_lookup() for the stat family: a null name is dirfd itself (AT_EMPTY_PATH). */
function lookup(t: Task, dirfd: number, name: string | null | Errno, flags: number): PathRef | Errno {
  if (name !== null && typeof name !== 'string') return name;
  const path = name ?? '';
  const base = atBase(t, dirfd, path);
  if (!('inode' in base)) return base;
  if (path.length === 0) return base;
  return pathLookup(t, base, path, flags & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW);
}

/** The flags vfs_statx() accepts (newfstatat takes the statx sync flags too). */
const STATX_FLAGS = AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE;

/** vfs_fstatat(): an empty name with a dirfd >= 0 is vfs_fstat() (no flag check); else vfs_statx(). */
function fstatat(t: Task, dirfd: number, path: UPtr, buf: UPtr, flags: number): number | Errno {
  const name = nameMaybeNull(t, path, flags);
  let ref: PathRef | Errno;
  if (name === null && dirfd >= 0) {
    const f = fdget(t, dirfd);
    if (!('id' in f)) return f;
    ref = { mnt: f.mnt, inode: f.inode };
  } else {
    if (flags & ~STATX_FLAGS) return EINVAL;
    ref = lookup(t, dirfd, name, flags);
    if (!('inode' in ref)) return ref;
  }
  return copyStructToUser(t.mm, buf, statLayout, statOf(ref.inode)) ?? 0;
}

/** stat(2) */
const sysStat: Handler = (_k, t, path, buf) => fstatat(t, AT_FDCWD, ptr(path), ptr(buf), 0);
/** lstat(2) */
const sysLstat: Handler = (_k, t, path, buf) => fstatat(t, AT_FDCWD, ptr(path), ptr(buf), AT_SYMLINK_NOFOLLOW);
/** newfstatat(2) */
const sysNewfstatat: Handler = (_k, t, dirfd, path, buf, flags) => fstatat(t, int(dirfd), ptr(path), ptr(buf), int(flags));

/** fstat(2) */
const sysFstat: Handler = (_k, t, fd, buf) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  return copyStructToUser(t.mm, ptr(buf), statLayout, statOf(f.inode)) ?? 0;
};

/**
 * What statx reports as tmpfs does on Linux 6.18 (shmem_getattr, vfs_getattr_nosec,
 * vfs_statx_path): the basic stats, but mtime and ctime only when one of them is asked for
 * (multigrain timestamps, fill_mg_cmtime()); btime only when asked for; the unique mount id
 * when asked for, else the old one. Other filesystems: the basic stats and the mount id.
 */
function statxOf(ref: PathRef, request: number): Statx {
  const i = ref.inode;
  const shmem = i.sb.fsType === 'tmpfs' || i.sb.fsType === 'devtmpfs';
  let mask = STATX_BASIC_STATS;
  const cmtime = !shmem || (request & (STATX_MTIME | STATX_CTIME)) !== 0;
  if (!cmtime) mask &= ~(STATX_MTIME | STATX_CTIME);
  const btime = shmem && (request & STATX_BTIME) !== 0;
  if (btime) mask |= STATX_BTIME;
  mask |= request & STATX_MNT_ID_UNIQUE ? STATX_MNT_ID_UNIQUE : STATX_MNT_ID;
  const ts = (sec: number, nsec: number) => ({ tv_sec: sec, tv_nsec: nsec });
  const zero = ts(0, 0);
  return {
    stx_mask: mask,
    stx_blksize: i.sb.blockSize,
    stx_attributes: ref.inode === ref.mnt.root ? STATX_ATTR_MOUNT_ROOT : 0,
    stx_nlink: i.nlink,
    stx_uid: i.uid,
    stx_gid: i.gid,
    stx_mode: i.mode,
    stx_ino: i.ino,
    stx_size: i.size,
    stx_blocks: blocksOf(i),
    stx_attributes_mask: STATX_ATTR_AUTOMOUNT | STATX_ATTR_DAX | STATX_ATTR_MOUNT_ROOT |
      (shmem ? STATX_ATTR_APPEND | STATX_ATTR_IMMUTABLE | STATX_ATTR_NODUMP : 0),
    stx_atime: ts(i.atimeSec, i.atimeNsec),
    stx_btime: btime ? ts(i.btimeSec, i.btimeNsec) : zero,
    stx_ctime: cmtime ? ts(i.ctimeSec, i.ctimeNsec) : zero,
    stx_mtime: cmtime ? ts(i.mtimeSec, i.mtimeNsec) : zero,
    stx_rdev_major: major(rdevOf(i)),
    stx_rdev_minor: minor(rdevOf(i)),
    stx_dev_major: major(i.sb.dev),
    stx_dev_minor: minor(i.sb.dev),
    stx_mnt_id: ref.mnt.id,
    stx_dio_mem_align: 0,
    stx_dio_offset_align: 0,
    stx_subvol: 0,
    stx_atomic_write_unit_min: 0,
    stx_atomic_write_unit_max: 0,
    stx_atomic_write_segments_max: 0,
    stx_dio_read_offset_align: 0,
    stx_atomic_write_unit_max_opt: 0,
  };
}

/**
 * statx(2), as SYSCALL_DEFINE5(statx) does: an empty name with a dirfd >= 0 is do_statx_fd()
 * (the mask and the sync type are checked, the other flags are not); else do_statx(): the
 * mask, the sync type, the flags, then the lookup (which reports getname()'s error).
 */
const sysStatx: Handler = (_k, t, dirfd, path, flags, mask, buf) => {
  const fl = int(flags);
  const dfd = int(dirfd);
  const req = uint(mask);
  const name = nameMaybeNull(t, ptr(path), fl);
  if (req & STATX__RESERVED) return EINVAL;
  if ((fl & AT_STATX_SYNC_TYPE) === AT_STATX_SYNC_TYPE) return EINVAL;
  let ref: PathRef | Errno;
  if (name === null && dfd >= 0) {
    const f = fdget(t, dfd);
    if (!('id' in f)) return f;
    ref = { mnt: f.mnt, inode: f.inode };
  } else {
    if (fl & ~STATX_FLAGS) return EINVAL;
    ref = lookup(t, dfd, name, fl);
    if (!('inode' in ref)) return ref;
  }
  return copyStructToUser(t.mm, ptr(buf), statxLayout, statxOf(ref, req)) ?? 0;
};

export const statSyscalls = {
  stat: full(sysStat),
  lstat: full(sysLstat),
  fstat: full(sysFstat),
  newfstatat: full(sysNewfstatat),
  statx: full(sysStatx),
};
