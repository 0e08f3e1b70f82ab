// kernel/syscalls/sys_ioctl.ts — ioctl: the generic requests every file answers
// (do_vfs_ioctl: FIOCLEX, FIONCLEX, FIONBIO, FIOASYNC, FIOQSIZE, FIGETBSZ), regular files'
// FIONREAD (file_ioctl), pipes' FIONREAD (pipe_ioctl), and each file's own (FileOps.ioctl:
// ttys…). Anything else is ENOTTY. Decoding only: the state is the fd table's and the open
// file's. Owned by the data-movement work (helper C of the VFS issue).

import { EBADF, EFAULT, EINVAL, ENOTTY, EOPNOTSUPP, EPERM, type Errno } from '../../abi/errno';
import { FASYNC, O_NONBLOCK, O_PATH } from '../../abi/fcntl';
import {
  FIGETBSZ, FIOASYNC, FIOCLEX, FIONBIO, FIONCLEX, FIONREAD, FIOQSIZE, FS_APPEND_FL, FS_IMMUTABLE_FL, FS_IOC_GETFLAGS,
  FS_IOC_SETFLAGS, FS_NOATIME_FL, FS_NODUMP_FL,
} from '../../abi/ioctl';
import { CAP_LINUX_IMMUTABLE } from '../../abi/misc';
import { copyIntsToUser, copyToUser, userBytes, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import { mntWantWrite } from '../../vfs/attr';
import { capable } from '../../vfs/ctx';
import type { OpenFile } from '../../vfs/file';
import type { Inode } from '../../vfs/inode';
import { ownerOrCapable } from '../../vfs/permission';
import { pipeOfFile } from '../../vfs/fs/pipefs';
import { partial, type Handler, type SyscallImpl } from '../table';
import { int, ptr, uint } from './args';

/** get_user() of an int. */
function getInt(t: Task, p: UPtr): number | Errno {
  const b = userBytes(t.mm, p, 4);
  if (!(b instanceof Uint8Array) || b.length < 4) return EFAULT;
  return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
}

/** put_user() of an int (the low 32 bits of `v`). */
function putInt(t: Task, p: UPtr, v: number): number | Errno {
  return copyIntsToUser(t.mm, p, [Number(BigInt.asIntN(32, BigInt(Math.trunc(v))))]) ?? 0;
}

/** Files with a ->fasync (FIOASYNC can turn FASYNC on): pipes, FIFOs, ttys — the streams here. */
function hasFasync(f: OpenFile): boolean {
  return f.ops.stream === true;
}

/** SHMEM_FL_USER_MODIFIABLE: the inode flags tmpfs keeps (FS_CASEFOLD_FL needs a casefolding mount). */
const SHMEM_FL_USER_MODIFIABLE = FS_IMMUTABLE_FL | FS_APPEND_FL | FS_NODUMP_FL | FS_NOATIME_FL;

/** Has the inode ->fileattr_get/set? tmpfs (and devtmpfs) regular files and directories. */
function hasFileattr(inode: Inode): boolean {
  const type = inode.sb.fsType;
  return (type === 'tmpfs' || type === 'devtmpfs') && inode.sb.dyn === null && (inode.isReg() || inode.isDir());
}

/**
 * ioctl_setflags() → vfs_fileattr_set() → shmem_fileattr_set(), in their order: the int
 * (EFAULT), a writable mount (EROFS), a file system that keeps flags (ENOTTY), the owner or
 * CAP_FOWNER (EPERM), CAP_LINUX_IMMUTABLE to change FS_APPEND_FL or FS_IMMUTABLE_FL (EPERM),
 * flags tmpfs keeps (EOPNOTSUPP); then the flags and ctime.
 */
function setFlags(t: Task, f: OpenFile, argp: UPtr): number | Errno {
  const flags = getInt(t, argp);
  if (typeof flags !== 'number') return flags;
  const inode = f.inode;
  const err = mntWantWrite(f.mnt);
  if (err) return err;
  if (!hasFileattr(inode)) return ENOTTY;
  if (!ownerOrCapable(t.cred, inode)) return EPERM;
  if ((flags ^ inode.fsflags) & (FS_APPEND_FL | FS_IMMUTABLE_FL) && !capable(t.cred, CAP_LINUX_IMMUTABLE)) return EPERM;
  if (flags & ~SHMEM_FL_USER_MODIFIABLE) return EOPNOTSUPP;
  inode.fsflags = flags;
  inode.setTimes('c', t.now());
  return 0;
}

/** ioctl(2) */
const sysIoctl: Handler = (_k, t, fdArg, cmdArg, arg) => {
  const fd = int(fdArg);
  const f = t.files.get(fd);
  if (!f || f.flags & O_PATH) return EBADF;
  const cmd = uint(cmdArg);
  const argp = ptr(arg);
  const inode = f.inode;
  switch (cmd) {
    case FIOCLEX:
      t.files.setCloexec(fd, true);
      return 0;
    case FIONCLEX:
      t.files.setCloexec(fd, false);
      return 0;
    case FIONBIO: {
      const on = getInt(t, argp);
      if (typeof on !== 'number') return on;
      f.flags = on ? f.flags | O_NONBLOCK : f.flags & ~O_NONBLOCK;
      return 0;
    }
    case FIOASYNC: {
      const on = getInt(t, argp);
      if (typeof on !== 'number') return on;
      const flag = on ? FASYNC : 0;
      if ((flag ^ f.flags) & FASYNC) {
        if (!hasFasync(f)) return ENOTTY;
        f.flags = (f.flags & ~FASYNC) | flag;
      }
      return 0;
    }
    case FIOQSIZE: {
      // The bytes the file takes (i_blocks × 512) of directories, regular files and symlinks.
      if (!inode.isDir() && !inode.isReg() && !inode.isSymlink()) return ENOTTY;
      const bytes = inode.isReg() && inode.data ? inode.data.count * 4096 : 0;
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigInt64(0, BigInt(bytes), true);
      return copyToUser(t.mm, argp, b) === 8 ? 0 : EFAULT;
    }
    case FIGETBSZ: {
      const bs = inode.sb.blockSize;
      if (!bs) return EINVAL;
      return putInt(t, argp, bs);
    }
    // Inode flags (do_vfs_ioctl, before the file's own ioctl; an int, whatever the name says).
    case FS_IOC_GETFLAGS:
      if (hasFileattr(inode)) return putInt(t, argp, inode.fsflags);
      break;
    case FS_IOC_SETFLAGS: {
      // Without ->fileattr_set (ENOTTY here) the request goes on to the file's own ioctl.
      const r = setFlags(t, f, argp);
      if (r !== ENOTTY) return r;
      break;
    }
    default:
      break;
  }
  // file_ioctl(): regular files answer FIONREAD with what is left before the end.
  if (inode.isReg()) {
    if (cmd === FIONREAD) return putInt(t, argp, inode.size - f.pos);
    return ENOTTY;
  }
  // The file's own ioctl (vfs_ioctl): pipes know FIONREAD; devices their own.
  const pipe = pipeOfFile(f);
  if (pipe) return cmd === FIONREAD ? putInt(t, argp, pipe.len) : ENOTTY;
  if (f.ops.ioctl) return f.ops.ioctl(f, t, cmd, argp);
  return ENOTTY;
};

export const ioctlSyscalls: Readonly<Record<string, SyscallImpl>> = {
  ioctl: partial(sysIoctl, 'The generic requests (FIOCLEX, FIONCLEX, FIONBIO, FIOASYNC, FIOQSIZE, FIGETBSZ), FIONREAD on files and pipes, and what devices implement; FS_IOC_GETFLAGS/SETFLAGS on tmpfs (append-only, immutable, nodump, noatime); not FIEMAP, FICLONE, FIFREEZE or FIBMAP (ENOTTY).'),
};
