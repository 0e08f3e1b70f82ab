// vfs/namei.ts — the operations on names: open (with O_CREAT/O_EXCL/O_TRUNC/O_DIRECTORY/
// O_NOFOLLOW/O_PATH/O_TMPFILE), mkdir, mknod, symlink, readlink, unlink, rmdir — Linux's
// fs/namei.c and fs/open.c, on top of vfs/path_walk.ts. Each returns an Errno value on failure,
// never throws. Callers (kernel/syscalls/sys_*.ts) have already copied the path in and turned
// the dirfd into a starting PathRef.

import {
  EBUSY, EEXIST, EINVAL, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, ENOTEMPTY, ENXIO, EPERM, EROFS,
  type Errno,
} from '../abi/errno';
import {
  NAME_MAX, O_ACCMODE, O_CLOEXEC, O_CREAT, O_DIRECT, O_DIRECTORY, O_EXCL, O_NOATIME, O_NOCTTY, O_NOFOLLOW,
  O_NONBLOCK, O_PATH, O_RDONLY, O_TMPFILE, O_TRUNC, O_WRONLY, __O_TMPFILE,
} from '../abi/fcntl';
import { CAP_FSETID, CAP_MKNOD } from '../abi/misc';
import {
  S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK, S_IFBLK, S_ISGID, S_ISVTX, S_IXGRP,
} from '../abi/stat';
import { capable, type VfsCtx } from './ctx';
import { OpenFile, type FileOps } from './file';
import { rdevOf, SpecialInode, type DirInode, type Inode, type SymlinkInode } from './inode';
import type { Mount, PathRef } from './mount';
import {
  LAST_DOT, LAST_DOTDOT, LAST_NORM, LAST_ROOT, LOOKUP_DIRECTORY, LOOKUP_FOLLOW, followLast, lookupLast,
  pathLookup, pathParent, type ParentResult,
} from './path_walk';
import { genericPermission, inGroup, inodePermission, MAY_EXEC, MAY_READ, MAY_WRITE, ownerOrCapable } from './permission';
import { BOGO_DIRENT_SIZE } from './stat';
import { setSize, tmpfsFileOps } from './fs/tmpfs';
import { Pipe, pipeFileOps } from './fs/pipefs';
import type { Vfs } from './vfs';

/** Reading a directory with read(2) fails with EISDIR; getdents64 is vfs/readdir.ts. */
export const dirFileOps: FileOps = { read: () => EISDIR };
/** O_PATH files and symlinks opened with O_PATH|O_NOFOLLOW: no I/O at all. */
const pathFileOps: FileOps = {};

// ---------------------------------------------------------------------------------------------
// Directory entries

/** Links `inode` into `dir` as `name` (nlink, directory size and times as tmpfs keeps them). */
export function addEntry(ctx: VfsCtx, dir: DirInode, name: string, inode: Inode): void {
  dir.sb.names.invalidate();
  dir.entries.add(name, inode.ino);
  inode.nlink++;
  if (inode.isDir()) {
    inode.parent = dir.ino;
    inode.name = name;
    inode.nlink++; // its own "."
    dir.nlink++; // its ".."
  }
  dir.size += BOGO_DIRENT_SIZE;
  const now = ctx.now();
  dir.setTimes('mc', now);
}

/** Removes `name` from `dir`; the inode stays while open or referenced. */
export function removeEntry(ctx: VfsCtx, dir: DirInode, name: string, inode: Inode): void {
  dir.sb.names.invalidate();
  dir.entries.delete(name);
  dir.size -= BOGO_DIRENT_SIZE;
  const now = ctx.now();
  dir.setTimes('mc', now);
  if (inode.isDir()) {
    inode.nlink = 0;
    dir.nlink--;
  } else {
    inode.nlink--;
  }
  inode.setTimes('c', now);
  inode.sb.maybeFree(inode);
}

/**
 * inode_init_owner(): a new inode of `mode` in `dir` — owner fsuid; group and S_ISGID from a
 * setgid parent directory.
 */
function newChild(ctx: VfsCtx, dir: DirInode, mode: number): Inode {
  const cred = ctx.cred;
  let gid = cred.fsgid;
  if (dir.mode & S_ISGID) {
    gid = dir.gid;
    if ((mode & S_IFMT) === S_IFDIR) mode |= S_ISGID;
    else if ((mode & (S_ISGID | S_IXGRP)) === (S_ISGID | S_IXGRP) && !inGroup(cred, gid) && !capable(cred, CAP_FSETID)) {
      mode &= ~S_ISGID;
    }
  }
  return dir.sb.newInode(mode, cred.fsuid, gid, ctx.now());
}

/** may_create(): the directory must be writable and searchable, on a writable mount. */
function mayCreate(ctx: VfsCtx, mnt: Mount, dir: Inode): Errno | undefined {
  if (dir.nlink === 0) return ENOENT; // a removed directory takes no new entries
  return inodePermission(ctx.cred, mnt, dir, MAY_WRITE | MAY_EXEC);
}

/** Creates a new inode of `mode` in the parent directory and links it in. */
function createIn(ctx: VfsCtx, p: ParentResult, mode: number, rdev = 0): Inode {
  const inode = newChild(ctx, p.dir, mode);
  if (inode instanceof SpecialInode) inode.rdev = rdev;
  addEntry(ctx, p.dir, p.name, inode);
  return inode;
}

/** The existing child named by a ParentResult's last component, if any (no permission check). */
function child(p: ParentResult): Inode | undefined {
  return p.dir.sb.lookup(p.dir, p.name);
}

function isMountpoint(ctx: VfsCtx, mnt: Mount, inode: Inode): boolean {
  return ctx.mntns.mountedOn(mnt, inode) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// open

/** ACC_MODE(): the permissions an open needs for its access mode and O_TRUNC. */
function accMode(flags: number): number {
  const acc = flags & O_ACCMODE;
  let m = acc === O_RDONLY ? MAY_READ : acc === O_WRONLY ? MAY_WRITE : MAY_READ | MAY_WRITE;
  if (flags & O_TRUNC) m |= MAY_WRITE;
  return m;
}

/**
 * open(2)/openat(2): resolves `path` from `base`, creating the file with O_CREAT, and returns
 * a new open file description (the caller installs it in the fd table).
 */
export function openPath(vfs: Vfs, ctx: VfsCtx, base: PathRef, path: string, flags: number, mode: number): OpenFile | Errno {
  if (flags & O_PATH) flags &= O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
  const bad = openFlagsError(flags);
  if (bad) return bad;
  if (flags & __O_TMPFILE) return openTmpfile(vfs, ctx, base, path, flags, mode);

  let ref: PathRef | Errno;
  let created = false;
  if (!(flags & O_CREAT)) {
    let lf = flags & O_NOFOLLOW ? 0 : LOOKUP_FOLLOW;
    if (flags & O_DIRECTORY) lf |= LOOKUP_DIRECTORY;
    ref = pathLookup(ctx, base, path, lf);
    if (!('inode' in ref)) return ref;
  } else {
    const r = openCreate(ctx, base, path, flags, mode, 0);
    if (!('inode' in r)) return r;
    ref = r;
    created = r.created;
  }
  return openRef(vfs, ctx, ref, flags, created);
}

/**
 * build_open_flags(): the flag combinations open refuses before it looks at the path or takes
 * an fd (EINVAL): O_CREAT with O_DIRECTORY; O_TMPFILE without O_DIRECTORY, with O_CREAT, or
 * without write access. O_PATH drops every other flag first.
 */
export function openFlagsError(flags: number): Errno | undefined {
  if (flags & O_PATH) flags &= O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
  if ((flags & (O_CREAT | O_DIRECTORY)) === (O_CREAT | O_DIRECTORY)) return EINVAL;
  if (flags & __O_TMPFILE) {
    if ((flags & (O_TMPFILE | O_CREAT)) !== O_TMPFILE) return EINVAL;
    if (!(accMode(flags) & MAY_WRITE)) return EINVAL;
  }
  return undefined;
}

/** The O_CREAT half of open: find or create the last component (following symlinks to create). */
function openCreate(ctx: VfsCtx, base: PathRef, path: string, flags: number, mode: number, links: number):
  (PathRef & { created: boolean }) | Errno {
  const p = pathParent(ctx, base, path);
  if (!('dir' in p)) return p;
  // ".", ".." and "/" are opened as they are (handle_dots), then do_open refuses them.
  if (p.kind !== LAST_NORM) return flags & O_EXCL ? EEXIST : EISDIR;
  if (p.trailingSlash) return EISDIR;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG; // lookup_open()
  const existing = child(p);
  if (existing) {
    if (flags & O_EXCL) return EEXIST;
    if (existing.isSymlink()) {
      if (flags & O_NOFOLLOW) return ELOOP;
      // Follow the link; if its target does not exist, create the target (as Linux does).
      const t = followLast(ctx, p, existing, links);
      if ('inode' in t) return { ...t, created: false };
      if (t !== ENOENT || links >= 39) return t;
      return openCreate(ctx, { mnt: p.mnt, inode: p.dir }, existing.target ?? '', flags & ~O_EXCL, mode, links + 1);
    }
    const r = lookupLast(ctx, p, 0);
    if (!('inode' in r)) return r;
    return { ...r, created: false };
  }
  const err = mayCreate(ctx, p.mnt, p.dir);
  if (err) return err;
  if (p.mnt.readOnly) return EROFS;
  const inode = createIn(ctx, p, S_IFREG | ((mode & 0o7777) & ~(ctx.fs.umask & 0o777)));
  return { mnt: p.mnt, inode, created: true };
}

/** do_open()/may_open(): checks and opens a resolved object. Also used by execve. */
export function openRef(vfs: Vfs, ctx: VfsCtx, ref: PathRef, flags: number, created = false): OpenFile | Errno {
  const inode = ref.inode;
  const acc = accMode(flags);
  if (flags & O_PATH) {
    if (flags & O_DIRECTORY && !inode.isDir()) return ENOTDIR;
    return vfs.register(new OpenFile(vfs.allocFileId(), ref.mnt, inode, flags, pathFileOps));
  }
  if (flags & O_CREAT && inode.isDir()) return EISDIR;
  if (flags & O_DIRECTORY && !inode.isDir()) return ENOTDIR;
  switch (inode.mode & S_IFMT) {
    case S_IFLNK: return ELOOP;
    case S_IFDIR: if (acc & MAY_WRITE) return EISDIR; break;
    case S_IFSOCK: return ENXIO;
    default: break;
  }
  if (!created) {
    const err = inodePermission(ctx.cred, ref.mnt, inode, acc);
    if (err) return err;
  }
  if (flags & O_NOATIME && !ownerOrCapable(ctx.cred, inode)) return EPERM;

  let ops: FileOps;
  let priv: unknown = null;
  switch (inode.mode & S_IFMT) {
    case S_IFREG: ops = tmpfsFileOps; break;
    case S_IFDIR: ops = dirFileOps; break;
    case S_IFCHR: {
      const drv = vfs.chrdevs.get(rdevOf(inode));
      if (!drv) return ENXIO;
      ops = drv;
      break;
    }
    case S_IFIFO: {
      const acc2 = flags & O_ACCMODE;
      if (acc2 === O_ACCMODE) return EINVAL; // fifo_open(): neither FMODE_READ nor FMODE_WRITE
      const special = inode as SpecialInode;
      special.pipe ??= new Pipe();
      const pipe = special.pipe;
      if (acc2 === O_WRONLY && flags & O_NONBLOCK && pipe.readers === 0) return ENXIO;
      if (acc2 !== O_WRONLY) pipe.readers++;
      if (acc2 !== O_RDONLY) pipe.writers++;
      ops = pipeFileOps;
      priv = { pipe };
      break;
    }
    default: return ENXIO; // block devices: no drivers
  }
  // do_dentry_open(): O_DIRECT needs a file that can do direct I/O (tmpfs files; FIFOs take it
  // as packet mode); directories and devices refuse it.
  if (flags & O_DIRECT && !inode.isReg() && (inode.mode & S_IFMT) !== S_IFIFO) return EINVAL;
  if (flags & O_TRUNC && inode.isReg() && !created) {
    const err = setSize(inode, 0);
    if (err) return err;
    inode.setTimes('mc', ctx.now());
  }
  // do_dentry_open() keeps every flag but these in f_flags (F_GETFL shows O_NOFOLLOW, not O_CLOEXEC).
  const f = new OpenFile(vfs.allocFileId(), ref.mnt, inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC), ops);
  f.priv = priv;
  return vfs.register(f);
}

/** O_TMPFILE: an unnamed regular file in the directory `path`, unlinked from the start. */
function openTmpfile(vfs: Vfs, ctx: VfsCtx, base: PathRef, path: string, flags: number, mode: number): OpenFile | Errno {
  const dir = pathLookup(ctx, base, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  if (!('inode' in dir)) return dir;
  const err = mayCreate(ctx, dir.mnt, dir.inode);
  if (err) return err;
  const inode = newChild(ctx, dir.inode as DirInode, S_IFREG | ((mode & 0o7777) & ~(ctx.fs.umask & 0o777)));
  const f = new OpenFile(vfs.allocFileId(), dir.mnt, inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC), tmpfsFileOps);
  return vfs.register(f);
}

// ---------------------------------------------------------------------------------------------
// mkdir, mknod, symlink

/** Resolves the parent for a creation and checks that the last component is new. */
function createParent(ctx: VfsCtx, base: PathRef, path: string, dirAllowsSlash: boolean): ParentResult | Errno {
  const p = pathParent(ctx, base, path);
  if (!('dir' in p)) return p;
  if (p.kind !== LAST_NORM) return EEXIST;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG; // the lookup of the last component
  if (child(p)) return EEXIST;
  if (p.trailingSlash && !dirAllowsSlash) return ENOENT;
  const err = mayCreate(ctx, p.mnt, p.dir);
  if (err) return err;
  return p;
}

/** mkdir(2)/mkdirat(2). */
export function mkdirPath(ctx: VfsCtx, base: PathRef, path: string, mode: number): Errno | undefined {
  const p = createParent(ctx, base, path, true);
  if (!('dir' in p)) return p;
  const dir = createIn(ctx, p, S_IFDIR | ((mode & (0o777 | S_ISVTX)) & ~(ctx.fs.umask & 0o777)));
  dir.size = 2 * BOGO_DIRENT_SIZE; // tmpfs: an empty directory counts "." and ".."
  return undefined;
}

/**
 * mknod(2)/mknodat(2): regular files, FIFOs, sockets; device nodes need CAP_MKNOD, checked as
 * vfs_mknod() does: after the name (EEXIST) and the directory's permission (EACCES), and not
 * for a whiteout (a character device 0:0).
 */
export function mknodPath(ctx: VfsCtx, base: PathRef, path: string, mode: number, dev: number): Errno | undefined {
  let type = mode & S_IFMT;
  if (type === 0) type = S_IFREG;
  switch (type) {
    case S_IFREG: case S_IFIFO: case S_IFSOCK: case S_IFCHR: case S_IFBLK: break;
    case S_IFDIR: return EPERM;
    default: return EINVAL;
  }
  const p = createParent(ctx, base, path, false);
  if (!('dir' in p)) return p;
  const whiteout = type === S_IFCHR && dev === 0;
  if ((type === S_IFCHR || type === S_IFBLK) && !whiteout && !capable(ctx.cred, CAP_MKNOD)) return EPERM;
  createIn(ctx, p, type | ((mode & 0o7777) & ~(ctx.fs.umask & 0o777)), type === S_IFCHR || type === S_IFBLK ? dev : 0);
  return undefined;
}

/** symlink(2)/symlinkat(2): the link itself has mode 0777. */
export function symlinkPath(ctx: VfsCtx, target: string, base: PathRef, path: string): Errno | undefined {
  if (target.length === 0) return ENOENT;
  const p = createParent(ctx, base, path, false);
  if (!('dir' in p)) return p;
  const inode = createIn(ctx, p, S_IFLNK | 0o777) as SymlinkInode;
  inode.target = target;
  inode.size = target.length;
  return undefined;
}

/** readlink(2)/readlinkat(2): the target of a symlink (EINVAL for anything else). */
export function readlinkPath(ctx: VfsCtx, base: PathRef, path: string, emptyOk: boolean): string | Errno {
  const r = pathLookup(ctx, base, path, emptyOk ? 4 /* LOOKUP_EMPTY */ : 0);
  if (!('inode' in r)) return r;
  if (!r.inode.isSymlink()) return path.length === 0 ? ENOENT : EINVAL; // do_readlinkat: empty ? -ENOENT
  return r.inode.target ?? '';
}

// ---------------------------------------------------------------------------------------------
// unlink, rmdir

/** may_delete(): write+search on the directory, the sticky bit, and the victim's type. */
function mayDelete(ctx: VfsCtx, p: ParentResult, victim: Inode, isdir: boolean): Errno | undefined {
  const err = inodePermission(ctx.cred, p.mnt, p.dir, MAY_WRITE | MAY_EXEC);
  if (err) return err;
  if (p.dir.mode & S_ISVTX && ctx.cred.fsuid !== victim.uid && ctx.cred.fsuid !== p.dir.uid && !ownerOrCapable(ctx.cred, victim)) {
    return EPERM;
  }
  if (isdir) {
    if (!victim.isDir()) return ENOTDIR;
  } else if (victim.isDir()) {
    return EISDIR;
  }
  return undefined;
}

/** unlink(2)/unlinkat(2) without AT_REMOVEDIR. */
export function unlinkPath(ctx: VfsCtx, base: PathRef, path: string): Errno | undefined {
  const p = pathParent(ctx, base, path);
  if (!('dir' in p)) return p;
  if (p.kind !== LAST_NORM) return EISDIR;
  if (p.mnt.readOnly) return EROFS;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG; // the lookup, before the slash rules
  const victim = child(p);
  if (p.trailingSlash) return !victim ? ENOENT : victim.isDir() ? EISDIR : ENOTDIR;
  if (!victim) return ENOENT;
  const err = mayDelete(ctx, p, victim, false);
  if (err) return err;
  if (isMountpoint(ctx, p.mnt, victim)) return EBUSY;
  removeEntry(ctx, p.dir, p.name, victim);
  return undefined;
}

/** rmdir(2) and unlinkat(AT_REMOVEDIR). */
export function rmdirPath(ctx: VfsCtx, base: PathRef, path: string): Errno | undefined {
  const p = pathParent(ctx, base, path);
  if (!('dir' in p)) return p;
  if (p.kind === LAST_DOTDOT) return ENOTEMPTY;
  if (p.kind === LAST_DOT) return EINVAL;
  if (p.kind === LAST_ROOT) return EBUSY;
  if (p.mnt.readOnly) return EROFS;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG;
  const victim = child(p);
  if (!victim) return ENOENT;
  const err = mayDelete(ctx, p, victim, true);
  if (err) return err;
  if (isMountpoint(ctx, p.mnt, victim) || victim === ctx.fs.root.inode) return EBUSY;
  if (victim.isDir() && victim.entries.size > 0) return ENOTEMPTY;
  removeEntry(ctx, p.dir, p.name, victim);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// chdir and friends

/** chdir(2): the target must be a directory the caller may search. */
export function chdirCheck(ctx: VfsCtx, ref: PathRef): Errno | undefined {
  if (!ref.inode.isDir()) return ENOTDIR;
  return genericPermission(ctx.cred, ref.inode, MAY_EXEC);
}
