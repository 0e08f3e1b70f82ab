// kernel/syscalls/sys_dir.ts — the working directory and directory reading: getcwd, chdir,
// fchdir, umask, getdents64. (chroot: sys_mount.ts.)

import { EBADF, EFAULT, ENAMETOOLONG, ENOENT, ERANGE } from '../../abi/errno';
import { O_PATH, PATH_MAX } from '../../abi/fcntl';
import { copyToUser } from '../../mm/usercopy';
import { setCwd } from '../../vfs/fs_struct';
import { chdirCheck } from '../../vfs/namei';
import { getcwdPath, LOOKUP_DIRECTORY, LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import { getdents64 } from '../../vfs/readdir';
import { full, type Handler } from '../table';
import { int, ptr, uint, ulong } from './args';
import { atBase, fdget, getPath } from './common';

/**
 * getcwd(2): the path with its NUL; ENAMETOOLONG if that is over PATH_MAX (whatever the size
 * given), ERANGE if it does not fit the buffer; ENOENT if the cwd was removed; "(unreachable)…"
 * for a cwd outside the root (chroot) or on a lazily unmounted mount.
 */
const sysGetcwd: Handler = (_k, t, buf, size) => {
  const path = getcwdPath(t.fs.root, t.fs.cwd);
  if (path === null) return ENOENT;
  const n = path.length + 1;
  if (n > PATH_MAX) return ENAMETOOLONG;
  if (n > ulong(size)) return ERANGE;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < path.length; i++) bytes[i] = path.charCodeAt(i) & 0xff;
  return copyToUser(t.mm, ptr(buf), bytes, n) === n ? n : EFAULT;
};

/** chdir(2) */
const sysChdir: Handler = (_k, t, p) => {
  const path = getPath(t, ptr(p));
  if (typeof path !== 'string') return path;
  const base = atBase(t, -100, path);
  if (!('inode' in base)) return base;
  const ref = pathLookup(t, base, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  if (!('inode' in ref)) return ref;
  const err = chdirCheck(t, ref);
  if (err) return err;
  setCwd(t.fs, ref);
  return 0;
};

/** fchdir(2) */
const sysFchdir: Handler = (_k, t, fd) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  const ref = { mnt: f.mnt, inode: f.inode };
  const err = chdirCheck(t, ref);
  if (err) return err;
  setCwd(t.fs, ref);
  return 0;
};

/** umask(2): never fails; returns the previous mask. */
const sysUmask: Handler = (_k, t, mask) => {
  const old = t.fs.umask;
  t.fs.umask = uint(mask) & 0o777;
  return old;
};

/** getdents64(2) */
const sysGetdents64: Handler = (_k, t, fd, dirp, count) => {
  const f = fdget(t, int(fd));
  if (!('id' in f)) return f;
  if (f.flags & O_PATH) return EBADF;
  return getdents64(t, f, ptr(dirp), uint(count));
};

export const dirSyscalls = {
  getcwd: full(sysGetcwd),
  chdir: full(sysChdir),
  fchdir: full(sysFchdir),
  umask: full(sysUmask),
  getdents64: full(sysGetdents64),
};
