// kernel/syscalls/sys_file.ts — open, openat, creat, close, close_range, dup, dup2, dup3,
// fcntl: opening files and managing the fd table. Path walking and open semantics are
// vfs/namei.ts; the fd table is proc/fdtable.ts.

import { E2BIG, EBADF, EFAULT, EINVAL, EPERM, type Errno } from '../../abi/errno';
import {
  AT_FDCWD, CLOSE_RANGE_CLOEXEC, CLOSE_RANGE_UNSHARE, FD_CLOEXEC, F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD,
  F_GETFL, F_SETFD, F_SETFL, O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECT, O_LARGEFILE, O_NOATIME, O_NONBLOCK,
  O_PATH, O_TRUNC, O_WRONLY, FASYNC, F_GETPIPE_SZ, F_SETPIPE_SZ, F_DUPFD_QUERY, OPEN_HOW_SIZE_VER0, RESOLVE_IN_ROOT,
} from '../../abi/fcntl';
import { RLIMIT_NOFILE } from '../../abi/resource';
import { S_IFIFO } from '../../abi/stat';
import type { Task } from '../../proc/task';
import type { OpenFile } from '../../vfs/file';
import { capable, type Block } from '../../vfs/ctx';
import { PIPE_MAX_SIZE, pipeOfFile, resizePipe } from '../../vfs/fs/pipefs';
import { PAGE_SIZE } from '../../vfs/pages';
import { CAP_SYS_RESOURCE } from '../../abi/misc';
import { fcntlLock, LOCK_FCNTL_CMDS } from './sys_lock';
import { openFlagsError, openPath } from '../../vfs/namei';
import { buildOpenHow, type OpenHowIn } from '../../vfs/open_how';
import { scopedCtx } from '../../vfs/path_walk';
import { open_how as openHowLayout } from '../../abi/structs';
import { copyStructFromUser, userBytes, type UPtr } from '../../mm/usercopy';
import { ownerOrCapable } from '../../vfs/permission';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint, ulong } from './args';
import { atBase, fdget, getPath } from './common';

export function nofile(t: Task): number {
  return t.process.rlimits[RLIMIT_NOFILE]![0];
}

/** do_sys_openat2(): the flags (EINVAL), getname, then an fd (EMFILE before the walk), then the open. */
function openat(k: Kernel, t: Task, dirfd: number, pathArg: unknown, flags: number, mode: number): number | Errno | Block {
  const bad = openFlagsError(flags);
  if (bad) return bad;
  const path = getPath(t, ptr(pathArg));
  if (typeof path !== 'string') return path;
  const limit = nofile(t);
  const fd = t.files.peek(0, limit);
  if (typeof fd !== 'number') return fd;
  const base = atBase(t, dirfd, path);
  if (!('inode' in base)) return base;
  const f = openPath(k.vfs, t, base, path, flags | O_LARGEFILE, mode);
  if (typeof f === 'symbol' || !('id' in f)) return f; // (a FIFO open sleeps: BLOCK)
  return t.files.alloc(f, (flags & O_CLOEXEC) !== 0, 0, limit);
}

/** openat2(2)'s open_how: at least OPEN_HOW_SIZE_VER0 bytes, at most a page, zeros past ours (E2BIG). */
function copyOpenHow(t: Task, p: UPtr, usize: number): OpenHowIn | Errno {
  if (usize < OPEN_HOW_SIZE_VER0) return EINVAL;
  if (usize > PAGE_SIZE) return E2BIG;
  if (typeof p !== 'number' && !(p instanceof Uint8Array)) return copyStructFromUser(t.mm, p, openHowLayout);
  const b = userBytes(t.mm, p, usize);
  if (!(b instanceof Uint8Array)) return b;
  // copy_struct_from_user(): the tail must be zero (checked before the copy), then the struct.
  for (let i = openHowLayout.size; i < b.length; i++) if (b[i] !== 0) return E2BIG;
  if (b.length < usize) return EFAULT;
  return openHowLayout.fromBytes(b.subarray(0, openHowLayout.size));
}

/** openat2(2): openat with every argument checked and the walk scoped by open_how.resolve. */
const sysOpenat2: Handler = (k, t, dirfd, pathArg, howArg, size) => {
  const how = copyOpenHow(t, ptr(howArg), ulong(size));
  if (!('flags' in how)) return how;
  const op = buildOpenHow(how);
  if (!('flags' in op)) return op;
  const path = getPath(t, ptr(pathArg));
  if (typeof path !== 'string') return path;
  const limit = nofile(t);
  const fd = t.files.peek(0, limit);
  if (typeof fd !== 'number') return fd;
  // RESOLVE_IN_ROOT: an absolute path starts at dirfd too (its leading slashes are dropped).
  const base = atBase(t, int(dirfd), op.resolve & RESOLVE_IN_ROOT ? path.replace(/^\/+/, '') || '.' : path);
  if (!('inode' in base)) return base;
  const ctx = op.resolve ? scopedCtx(t, op.resolve, base) : t;
  const f = openPath(k.vfs, ctx, base, path, op.flags, op.mode);
  if (typeof f === 'symbol' || !('id' in f)) return f; // (a FIFO open sleeps: BLOCK)
  return t.files.alloc(f, (op.flags & O_CLOEXEC) !== 0, 0, limit);
};

/** open(2) */
const sysOpen: Handler = (k, t, path, flags, mode) => openat(k, t, AT_FDCWD, path, int(flags), uint(mode));
/** openat(2) */
const sysOpenat: Handler = (k, t, dirfd, path, flags, mode) => openat(k, t, int(dirfd), path, int(flags), uint(mode));
/** creat(2) = open(path, O_CREAT|O_WRONLY|O_TRUNC, mode) */
const sysCreat: Handler = (k, t, path, mode) => openat(k, t, AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, uint(mode));

/** close(2) */
const sysClose: Handler = (k, t, fd) => {
  const f = t.files.remove(int(fd));
  if (!('id' in f)) return f;
  k.vfs.filpClose(f, t.files);
  return 0;
};

/** close_range(2) */
const sysCloseRange: Handler = (k, t, first, last, flags) => {
  const lo = uint(first);
  const hi = uint(last);
  const fl = uint(flags);
  if (fl & ~(CLOSE_RANGE_CLOEXEC | CLOSE_RANGE_UNSHARE) || lo > hi) return EINVAL;
  if (fl & CLOSE_RANGE_UNSHARE && t.files.users > 1) {
    t.files.users--;
    t.files = t.files.fork(k.vfs);
  }
  const end = Math.min(hi, t.files.size - 1);
  for (let fd = lo; fd <= end; fd++) {
    if (!t.files.get(fd)) continue;
    if (fl & CLOSE_RANGE_CLOEXEC) {
      t.files.setCloexec(fd, true);
    } else {
      const f = t.files.remove(fd);
      if ('id' in f) k.vfs.filpClose(f, t.files);
    }
  }
  return 0;
};

/** dup(2) */
const sysDup: Handler = (k, t, oldfd) => {
  const f = fdget(t, int(oldfd));
  if (!('id' in f)) return f;
  const fd = t.files.alloc(f, false, 0, nofile(t));
  if (typeof fd === 'number') k.vfs.fget(f);
  return fd;
};

/** dup3 semantics shared with dup2: install at exactly newfd, closing what was there. */
function dupTo(k: Kernel, t: Task, oldfd: number, newfd: number, cloexec: boolean): number | Errno {
  const f = fdget(t, oldfd);
  if (!('id' in f)) return f;
  if (newfd < 0 || newfd >= nofile(t)) return EBADF;
  k.vfs.fget(f);
  const old = t.files.install(newfd, f, cloexec);
  if (old) k.vfs.filpClose(old, t.files);
  return newfd;
}

/** dup2(2): dup2(fd, fd) checks fd and returns it. */
const sysDup2: Handler = (k, t, oldfd, newfd) => {
  const o = int(oldfd);
  const n = int(newfd);
  if (o === n) return t.files.get(o) ? n : EBADF;
  return dupTo(k, t, o, n, false);
};

/** dup3(2): only O_CLOEXEC, and oldfd ≠ newfd. */
const sysDup3: Handler = (k, t, oldfd, newfd, flags) => {
  const fl = int(flags);
  if (fl & ~O_CLOEXEC) return EINVAL;
  const o = int(oldfd);
  const n = int(newfd);
  if (o === n) return EINVAL;
  return dupTo(k, t, o, n, (fl & O_CLOEXEC) !== 0);
};

/** The status flags F_SETFL may change. */
const SETFL_MASK = O_APPEND | O_NONBLOCK | O_DIRECT | O_NOATIME;

function fcntl(k: Kernel, t: Task, fd: number, cmd: number, argRaw: unknown): number | Errno | Block {
  const arg = int(argRaw); // (int)arg, as do_fcntl
  const f: OpenFile | Errno = fdget(t, fd);
  if (!('id' in f)) return f;
  const isPath = (f.flags & O_PATH) !== 0;
  switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC: {
      const min = arg >>> 0;
      if (min >= nofile(t)) return EINVAL;
      const nfd = t.files.alloc(f, cmd === F_DUPFD_CLOEXEC, min, nofile(t));
      if (typeof nfd === 'number') k.vfs.fget(f);
      return nfd;
    }
    case F_DUPFD_QUERY: { // allowed on O_PATH files: is fd `arg` the same open file?
      const g = t.files.get(arg);
      return g ? (g === f ? 1 : 0) : EBADF;
    }
    case F_GETFD: return t.files.isCloexec(fd) ? FD_CLOEXEC : 0;
    case F_SETFD: t.files.setCloexec(fd, (arg & FD_CLOEXEC) !== 0); return 0;
    case F_GETFL: return f.flags;
    case F_SETFL: {
      if (isPath) return EBADF;
      // setfl(): O_APPEND does not change on an append-only inode; as at open; O_DIRECT a file that can do direct I/O
      // (tmpfs files; on pipes it is packet mode); FASYNC is set only by files with ->fasync
      // (pipes and ttys: the streams here), other files ignore it.
      if ((arg ^ f.flags) & O_APPEND && f.inode.isAppend) return EPERM;
      if (arg & O_NOATIME && !(f.flags & O_NOATIME) && !ownerOrCapable(t.cred, f.inode)) return EPERM;
      if (arg & O_DIRECT && !f.inode.isReg() && f.inode.type !== S_IFIFO) return EINVAL;
      const mask = SETFL_MASK | (f.ops.stream ? FASYNC : 0);
      f.flags = (f.flags & ~mask) | (arg & mask);
      return 0;
    }
    case F_GETPIPE_SZ:
    case F_SETPIPE_SZ: {
      if (isPath) return EBADF;
      const p = pipeOfFile(f);
      if (!p) return EBADF;
      if (cmd === F_GETPIPE_SZ) return p.capacity;
      // pipe_set_size(): round_pipe_size() (a page at least, a power of two, at most 2^31).
      const want = arg >>> 0;
      const size = want > 2 ** 31 ? 0 : want < PAGE_SIZE ? PAGE_SIZE : 2 ** Math.ceil(Math.log2(want));
      if (size === 0) return EINVAL;
      if (size > p.capacity && size > PIPE_MAX_SIZE && !capable(t.cred, CAP_SYS_RESOURCE)) return EPERM;
      return resizePipe(p, size);
    }
    default:
      if (isPath) return EBADF;
      return LOCK_FCNTL_CMDS.has(cmd) ? fcntlLock(k, t, f, cmd, argRaw) : EINVAL;
  }
}

/** fcntl(2) */
const sysFcntl: Handler = (k, t, fd, cmd, arg) => fcntl(k, t, int(fd), int(cmd), arg);

const OPEN_NOTE = 'No mount flags (nodev, noexec).';

export const fileSyscalls = {
  open: partial(sysOpen, OPEN_NOTE),
  openat: partial(sysOpenat, OPEN_NOTE),
  openat2: partial(sysOpenat2, OPEN_NOTE),
  creat: full(sysCreat),
  close: full(sysClose),
  close_range: full(sysCloseRange),
  dup: full(sysDup),
  dup2: full(sysDup2),
  dup3: full(sysDup3),
  fcntl: partial(sysFcntl, 'F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL, record locks (F_GETLK, F_SETLK, F_SETLKW, F_OFD_*), F_GETPIPE_SZ/F_SETPIPE_SZ, F_GETOWN/F_SETOWN(_EX), F_GETSIG/F_SETSIG, F_DUPFD_QUERY, F_GETOWNER_UIDS, F_GET_RW_HINT/F_SET_RW_HINT are complete (no SIGIO is ever sent: nothing raises it yet); F_NOTIFY checks its arguments but never signals. Leases are recorded and checked as Linux does but never broken (an open that would break one does not wait). Seals (F_ADD_SEALS, F_GET_SEALS) as shmem keeps them. F_CREATED_QUERY, F_GET/SET_FILE_RW_HINT, F_CANCELLK return EINVAL (Linux 6.18 answers F_CREATED_QUERY).'),
};
