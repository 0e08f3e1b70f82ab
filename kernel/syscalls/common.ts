// kernel/syscalls/common.ts — what several families need to decode their arguments: copying a
// path in (getname: EFAULT, ENAMETOOLONG, ENOENT for ""), turning a dirfd into the directory a
// relative path starts from (EBADF, ENOTDIR), and looking up an fd (EBADF).

import { EBADF, ENOENT, ENOTDIR, type Errno } from '../../abi/errno';
import { AT_FDCWD, PATH_MAX } from '../../abi/fcntl';
import { userString, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import type { OpenFile } from '../../vfs/file';
import type { PathRef } from '../../vfs/mount';

/** getname(): the path at `p`; ENOENT for an empty path unless `emptyOk`. */
export function getPath(t: Task, p: UPtr, emptyOk = false): string | Errno {
  const s = userString(t.mm, p, PATH_MAX);
  if (typeof s !== 'string') return s;
  if (s.length === 0 && !emptyOk) return ENOENT;
  return s;
}

/**
 * The directory a path walk starts from: the cwd for AT_FDCWD, else the directory open at
 * `dirfd`. Absolute paths ignore dirfd entirely (even an invalid one), as Linux does. An
 * empty path (AT_EMPTY_PATH) names the file open at dirfd, whatever its type.
 */
export function atBase(t: Task, dirfd: number, path: string): PathRef | Errno {
  if (path.charCodeAt(0) === 47 || dirfd === AT_FDCWD) return t.fs.cwd;
  const f = t.files.get(dirfd);
  if (!f) return EBADF;
  if (path.length > 0 && !f.inode.isDir()) return ENOTDIR;
  return { mnt: f.mnt, inode: f.inode };
}

/** The open file at `fd`, or EBADF. */
export function fdget(t: Task, fd: number): OpenFile | Errno {
  return t.files.get(fd) ?? EBADF;
}
