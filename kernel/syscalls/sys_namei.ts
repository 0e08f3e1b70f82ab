// kernel/syscalls/sys_namei.ts — calls that create, remove or read names: mkdir, mkdirat,
// mknod, mknodat, rmdir, unlink, unlinkat, symlink, symlinkat, readlink, readlinkat, link,
// linkat, rename, renameat, renameat2.
// Decoding only; the rules are vfs/namei.ts.

import { EFAULT, EINVAL, ENOENT, type Errno } from '../../abi/errno';
import { AT_EMPTY_PATH, AT_FDCWD, AT_REMOVEDIR, AT_SYMLINK_FOLLOW } from '../../abi/fcntl';
import { CAP_DAC_READ_SEARCH } from '../../abi/misc';
import { capable } from '../../vfs/ctx';
import { LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import { copyToUser, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { PathRef } from '../../vfs/mount';
import { linkPath, mkdirPath, mknodPath, readlinkPath, renameFlagsError, renamePath, rmdirPath, symlinkPath, unlinkPath } from '../../vfs/namei';
import { full, type Handler } from '../table';
import { int, ptr, uint } from './args';
import { atBase, getPath } from './common';

/** Copies the path in and resolves the starting directory: the common prologue. */
function at(t: Task, dirfd: number, p: UPtr, emptyOk = false): { base: PathRef; path: string } | Errno {
  const path = getPath(t, p, emptyOk);
  if (typeof path !== 'string') return path;
  const base = atBase(t, dirfd, path);
  if (!('inode' in base)) return base;
  return { base, path };
}

function mkdirat(t: Task, dirfd: number, p: UPtr, mode: number): number | Errno {
  const a = at(t, dirfd, p);
  if (!('base' in a)) return a;
  return mkdirPath(t, a.base, a.path, mode) ?? 0;
}

function mknodat(t: Task, dirfd: number, p: UPtr, mode: number, dev: number): number | Errno {
  const a = at(t, dirfd, p);
  if (!('base' in a)) return a;
  return mknodPath(t, a.base, a.path, mode, dev) ?? 0;
}

function unlinkat(t: Task, dirfd: number, p: UPtr, flags: number): number | Errno {
  if (flags & ~AT_REMOVEDIR) return EINVAL;
  const a = at(t, dirfd, p);
  if (!('base' in a)) return a;
  return (flags & AT_REMOVEDIR ? rmdirPath(t, a.base, a.path) : unlinkPath(t, a.base, a.path)) ?? 0;
}

function symlinkat(t: Task, target: UPtr, dirfd: number, p: UPtr): number | Errno {
  const to = getPath(t, target);
  if (typeof to !== 'string') return to;
  const a = at(t, dirfd, p);
  if (!('base' in a)) return a;
  return symlinkPath(t, to, a.base, a.path) ?? 0;
}

function readlinkat(t: Task, dirfd: number, p: UPtr, buf: UPtr, size: number): number | Errno {
  if (size <= 0) return EINVAL;
  const a = at(t, dirfd, p, true);
  if (!('base' in a)) return a;
  const target = readlinkPath(t, a.base, a.path, true);
  if (typeof target !== 'string') return target;
  const n = Math.min(target.length, size);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = target.charCodeAt(i) & 0xff;
  return copyToUser(t.mm, buf, bytes, n) === n || n === 0 ? n : EFAULT;
}

/**
 * linkat(2): flags first (EINVAL), then the old path (copied and resolved: EFAULT, EBADF,
 * ENOENT…), then the new one. AT_EMPTY_PATH links the file open at olddirfd itself: allowed to
 * the task whose credentials opened it, or with CAP_DAC_READ_SEARCH; others get ENOENT.
 */
function linkat(t: Task, olddirfd: number, oldp: UPtr, newdirfd: number, newp: UPtr, flags: number): number | Errno {
  if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) return EINVAL;
  const o = at(t, olddirfd, oldp, (flags & AT_EMPTY_PATH) !== 0);
  if (!('base' in o)) return o;
  let src: PathRef | Errno;
  if (o.path.length === 0) {
    const f = olddirfd === AT_FDCWD ? undefined : t.files.get(olddirfd);
    // f_cred: files opened by path record it; the others (pipes, sockets…) were made by the caller.
    if (f && f.cred !== null && f.cred !== t.cred && !capable(t.cred, CAP_DAC_READ_SEARCH)) return ENOENT;
    src = o.base;
  } else {
    src = pathLookup(t, o.base, o.path, flags & AT_SYMLINK_FOLLOW ? LOOKUP_FOLLOW : 0);
    if (!('inode' in src)) return src;
  }
  const n = at(t, newdirfd, newp);
  if (!('base' in n)) return n;
  return linkPath(t, src, n.base, n.path) ?? 0;
}

function renameat2(t: Task, olddirfd: number, oldp: UPtr, newdirfd: number, newp: UPtr, flags: number): number | Errno {
  const bad = renameFlagsError(flags);
  if (bad) return bad;
  const o = at(t, olddirfd, oldp);
  if (!('base' in o)) return o;
  return renamePath(t, o.base, o.path, () => at(t, newdirfd, newp), flags) ?? 0;
}

const sysLink: Handler = (_k, t, oldp, newp) => linkat(t, AT_FDCWD, ptr(oldp), AT_FDCWD, ptr(newp), 0);
const sysLinkat: Handler = (_k, t, od, oldp, nd, newp, flags) => linkat(t, int(od), ptr(oldp), int(nd), ptr(newp), int(flags));
const sysRename: Handler = (_k, t, oldp, newp) => renameat2(t, AT_FDCWD, ptr(oldp), AT_FDCWD, ptr(newp), 0);
const sysRenameat: Handler = (_k, t, od, oldp, nd, newp) => renameat2(t, int(od), ptr(oldp), int(nd), ptr(newp), 0);
const sysRenameat2: Handler = (_k, t, od, oldp, nd, newp, flags) => renameat2(t, int(od), ptr(oldp), int(nd), ptr(newp), uint(flags));

const sysMkdir: Handler = (_k, t, p, mode) => mkdirat(t, AT_FDCWD, ptr(p), uint(mode));
const sysMkdirat: Handler = (_k, t, dirfd, p, mode) => mkdirat(t, int(dirfd), ptr(p), uint(mode));
const sysMknod: Handler = (_k, t, p, mode, dev) => mknodat(t, AT_FDCWD, ptr(p), uint(mode), uint(dev));
const sysMknodat: Handler = (_k, t, dirfd, p, mode, dev) => mknodat(t, int(dirfd), ptr(p), uint(mode), uint(dev));
const sysRmdir: Handler = (_k, t, p) => unlinkat(t, AT_FDCWD, ptr(p), AT_REMOVEDIR);
const sysUnlink: Handler = (_k, t, p) => unlinkat(t, AT_FDCWD, ptr(p), 0);
const sysUnlinkat: Handler = (_k, t, dirfd, p, flags) => unlinkat(t, int(dirfd), ptr(p), int(flags));
const sysSymlink: Handler = (_k, t, target, p) => symlinkat(t, ptr(target), AT_FDCWD, ptr(p));
const sysSymlinkat: Handler = (_k, t, target, dirfd, p) => symlinkat(t, ptr(target), int(dirfd), ptr(p));
const sysReadlink: Handler = (_k, t, p, buf, size) => readlinkat(t, AT_FDCWD, ptr(p), ptr(buf), int(size));
const sysReadlinkat: Handler = (_k, t, dirfd, p, buf, size) => readlinkat(t, int(dirfd), ptr(p), ptr(buf), int(size));

export const nameiSyscalls = {
  mkdir: full(sysMkdir),
  mkdirat: full(sysMkdirat),
  mknod: full(sysMknod),
  mknodat: full(sysMknodat),
  rmdir: full(sysRmdir),
  unlink: full(sysUnlink),
  unlinkat: full(sysUnlinkat),
  symlink: full(sysSymlink),
  symlinkat: full(sysSymlinkat),
  readlink: full(sysReadlink),
  readlinkat: full(sysReadlinkat),
  link: full(sysLink),
  linkat: full(sysLinkat),
  rename: full(sysRename),
  renameat: full(sysRenameat),
  renameat2: full(sysRenameat2),
};
