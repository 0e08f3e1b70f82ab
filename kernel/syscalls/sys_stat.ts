// kernel/syscalls/sys_stat.ts — stat, lstat, fstat, newfstatat, statx. Resolution is the
// path walk; the attributes are vfs/stat.ts. Output structs go through usercopy (bytes in
// memory for the raw door, a Stat/Statx object in an Out box for the typed door).

import { EINVAL, type Errno } from '../../abi/errno';
import { AT_EMPTY_PATH, AT_FDCWD, AT_NO_AUTOMOUNT, AT_STATX_SYNC_TYPE, AT_SYMLINK_NOFOLLOW } from '../../abi/fcntl';
import {
  major, minor, STATX_ATTR_APPEND, STATX_ATTR_IMMUTABLE, STATX_ATTR_MOUNT_ROOT, STATX_ATTR_NODUMP,
  STATX_BASIC_STATS, STATX_BTIME, STATX_MNT_ID, STATX__RESERVED,
} from '../../abi/stat';
import { stat as statLayout, statx as statxLayout, type Statx } from '../../abi/structs';
import { copyStructToUser, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { PathRef } from '../../vfs/mount';
import { LOOKUP_EMPTY, LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import { blocksOf, statOf } from '../../vfs/stat';
import { full, type Handler } from '../table';
import { int, ptr, uint } from './args';
import { atBase, fdget, getPath } from './common';

/** Resolves (dirfd, path, flags) as the stat family does. */
function resolve(t: Task, dirfd: number, pathArg: UPtr, flags: number): PathRef | Errno {
  const emptyOk = (flags & AT_EMPTY_PATH) !== 0;
  const path = getPath(t, pathArg, emptyOk);
  if (typeof path !== 'string') return path;
  if (path.length === 0) {
    if (dirfd === AT_FDCWD) return t.fs.cwd;
    const f = fdget(t, dirfd);
    if (!('id' in f)) return f;
    return { mnt: f.mnt, inode: f.inode };
  }
  const base = atBase(t, dirfd, path);
  if (!('inode' in base)) return base;
  return pathLookup(t, base, path, (flags & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) | (emptyOk ? LOOKUP_EMPTY : 0));
}

function fstatat(t: Task, dirfd: number, path: UPtr, buf: UPtr, flags: number): number | Errno {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) return EINVAL;
  const ref = resolve(t, dirfd, path, flags);
  if (!('inode' in ref)) return ref;
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

/** statx(2) */
const sysStatx: Handler = (_k, t, dirfd, path, flags, mask, buf) => {
  const fl = int(flags);
  if (fl & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE)) return EINVAL;
  if ((fl & AT_STATX_SYNC_TYPE) === AT_STATX_SYNC_TYPE) return EINVAL;
  if (uint(mask) & STATX__RESERVED) return EINVAL;
  const ref = resolve(t, int(dirfd), ptr(path), fl);
  if (!('inode' in ref)) return ref;
  const i = ref.inode;
  const ts = (sec: number, nsec: number) => ({ tv_sec: sec, tv_nsec: nsec });
  const sx: Statx = {
    stx_mask: STATX_BASIC_STATS | STATX_BTIME | STATX_MNT_ID,
    stx_blksize: i.sb.blockSize,
    stx_attributes: ref.inode === ref.mnt.root ? STATX_ATTR_MOUNT_ROOT : 0,
    stx_nlink: i.nlink,
    stx_uid: i.uid,
    stx_gid: i.gid,
    stx_mode: i.mode,
    stx_ino: i.ino,
    stx_size: i.size,
    stx_blocks: blocksOf(i),
    stx_attributes_mask: STATX_ATTR_APPEND | STATX_ATTR_IMMUTABLE | STATX_ATTR_NODUMP | STATX_ATTR_MOUNT_ROOT,
    stx_atime: ts(i.atimeSec, i.atimeNsec),
    stx_btime: ts(i.btimeSec, i.btimeNsec),
    stx_ctime: ts(i.ctimeSec, i.ctimeNsec),
    stx_mtime: ts(i.mtimeSec, i.mtimeNsec),
    stx_rdev_major: major(i.rdev),
    stx_rdev_minor: minor(i.rdev),
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
  return copyStructToUser(t.mm, ptr(buf), statxLayout, sx) ?? 0;
};

export const statSyscalls = {
  stat: full(sysStat),
  lstat: full(sysLstat),
  fstat: full(sysFstat),
  newfstatat: full(sysNewfstatat),
  statx: full(sysStatx),
};
