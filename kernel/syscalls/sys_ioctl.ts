// kernel/syscalls/sys_ioctl.ts — ioctl: the generic requests every file answers
// (do_vfs_ioctl: FIOCLEX, FIONCLEX, FIONBIO, FIOASYNC, FIOQSIZE, FIGETBSZ), regular files'
// FIONREAD (file_ioctl), pipes' FIONREAD (pipe_ioctl), and each file's own (FileOps.ioctl:
// ttys…). Anything else is ENOTTY. Decoding only: the state is the fd table's and the open
// file's. Owned by the data-movement work (helper C of the VFS issue).

import { EBADF, EFAULT, EINVAL, ENOTTY, type Errno } from '../../abi/errno';
import { FASYNC, O_NONBLOCK, O_PATH } from '../../abi/fcntl';
import { FIGETBSZ, FIOASYNC, FIOCLEX, FIONBIO, FIONCLEX, FIONREAD, FIOQSIZE } from '../../abi/ioctl';
import { copyIntsToUser, copyToUser, userBytes, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { OpenFile } from '../../vfs/file';
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
  ioctl: partial(sysIoctl, 'The generic requests (FIOCLEX, FIONCLEX, FIONBIO, FIOASYNC, FIOQSIZE, FIGETBSZ), FIONREAD on files and pipes, and what devices implement; not FS_IOC_GETFLAGS/SETFLAGS, FIEMAP, FICLONE, FIFREEZE or FIBMAP (ENOTTY).'),
};
