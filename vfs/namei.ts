// vfs/namei.ts — the operations on names: open (with O_CREAT/O_EXCL/O_TRUNC/O_DIRECTORY/
// O_NOFOLLOW/O_PATH/O_TMPFILE), mkdir, mknod, symlink, readlink, unlink, rmdir, link (with
// fs.protected_hardlinks = 1) and rename (RENAME_NOREPLACE/EXCHANGE/WHITEOUT) — Linux's
// fs/namei.c and fs/open.c with tmpfs's (mm/shmem.c) link counts, sizes, getdents offsets and
// nr_inodes accounting, on top of vfs/path_walk.ts. Each returns an Errno value on failure,
// never throws. Callers (kernel/syscalls/sys_*.ts) have already copied the path in and turned
// the dirfd into a starting PathRef.

import {
  EACCES, EBUSY, EEXIST, EINVAL, EISDIR, ELOOP, ENAMETOOLONG, ENOENT, ENOSPC, ENOTDIR, ENOTEMPTY, ENXIO, EPERM, EROFS, EXDEV,
  type Errno,
} from '../abi/errno';
import {
  NAME_MAX, O_ACCMODE, O_APPEND, O_CLOEXEC, RENAME_EXCHANGE, RENAME_NOREPLACE, RENAME_WHITEOUT, O_CREAT, O_DIRECT, O_DIRECTORY, O_EXCL, O_NOATIME, O_NOCTTY, O_NOFOLLOW,
  O_NONBLOCK, O_PATH, O_RDONLY, O_TMPFILE, O_TRUNC, O_WRONLY, __O_TMPFILE,
} from '../abi/fcntl';
import { CAP_FSETID, CAP_MKNOD, MS_NODEV } from '../abi/misc';
import { FS_NOATIME_FL, FS_NODUMP_FL } from '../abi/ioctl';
import {
  S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK, S_IFBLK, S_ISGID, S_ISUID, S_ISVTX, S_IXGRP,
} from '../abi/stat';
import { capable, type Block, type VfsCtx } from './ctx';
import { OpenFile, type FileOps } from './file';
import { dtype, rdevOf, SHORT_SYMLINK_LEN, SpecialInode, type DirInode, type Inode, type RegularInode, type Superblock, type SymlinkInode } from './inode';
import type { Mount, PathRef } from './mount';
import {
  LAST_DOT, LAST_DOTDOT, LAST_NORM, LAST_ROOT, LOOKUP_DIRECTORY, LOOKUP_FOLLOW, followLast, lookupLast,
  pathLookup, pathParent, type ParentResult,
} from './path_walk';
import { genericPermission, inGroup, inodePermission, MAY_EXEC, MAY_READ, MAY_WRITE, ownerOrCapable } from './permission';
import { removePrivs } from './attr';
import { resizeSealError } from './seals';
import { BOGO_DIRENT_SIZE } from './stat';
import { setSize, tmpfsFileOps } from './fs/tmpfs';
import { fifoOpen, Pipe, pipeFileOps } from './fs/pipefs';
import type { Vfs } from './vfs';

/** Reading a directory with read(2) fails with EISDIR; getdents64 is vfs/readdir.ts. */
export const dirFileOps: FileOps = { read: () => EISDIR };
/** O_PATH files and symlinks opened with O_PATH|O_NOFOLLOW: no I/O at all. */
const pathFileOps: FileOps = {};

// ---------------------------------------------------------------------------------------------
// Directory entries

/** What an entry adds to a directory's size: tmpfs's BOGO_DIRENT_SIZE; ramfs keeps sizes at 0. */
function direntSize(dir: Inode): number {
  return dir.sb.fsType === 'ramfs' ? 0 : BOGO_DIRENT_SIZE;
}

/** Links `inode` into `dir` as `name` (nlink, directory size and times as tmpfs keeps them). */
export function addEntry(ctx: VfsCtx, dir: DirInode, name: string, inode: Inode): void {
  dir.sb.names.invalidate();
  dir.entries.add(name, inode.ino, dtype(inode.mode));
  if (inode.nlink > 0 && !inode.isDir()) inode.sb.extraLinks++;
  inode.nlink++;
  if (inode.isDir()) {
    inode.parent = dir.ino;
    inode.name = name;
    inode.nlink++; // its own "."
    dir.nlink++; // its ".."
  }
  dir.size += direntSize(dir);
  const now = ctx.now();
  dir.setTimes('mc', now);
}

/** Removes `name` from `dir`; the inode stays while open or referenced. */
export function removeEntry(ctx: VfsCtx, dir: DirInode, name: string, inode: Inode): void {
  dir.sb.names.invalidate();
  dir.entries.delete(name);
  dir.size -= direntSize(dir);
  const now = ctx.now();
  dir.setTimes('mc', now);
  if (inode.isDir()) {
    inode.nlink = 0;
    dir.nlink--;
  } else {
    if (inode.nlink > 1) inode.sb.extraLinks--;
    inode.nlink--;
    if (inode.nlink === 0) inode.lastName = { dir, name };
  }
  // ctime changes — unless the inode goes away now, where nobody could see it.
  if (inode.nlink > 0 || inode.refs > 0 || inode === inode.sb.root) inode.setTimes('c', now);
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
  const inode = dir.sb.newInode(mode, cred.fsuid, gid, ctx.now());
  // shmem_get_inode(): FS_NODUMP_FL and FS_NOATIME_FL pass from a directory to its new children.
  inode.fsflags = dir.fsflags & (FS_NODUMP_FL | FS_NOATIME_FL);
  return inode;
}

/** may_create(): the directory must be writable and searchable, on a writable mount. */
function mayCreate(ctx: VfsCtx, mnt: Mount, dir: Inode): Errno | undefined {
  if (dir.nlink === 0) return ENOENT; // a removed directory takes no new entries
  if (dir.sb.dyn !== null) return ENOENT; // procfs: ->lookup() fails for a name it does not make
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

/** __mnt_is_readonly(): the mount or its filesystem is read-only (mnt_want_write() fails: EROFS). */
export function mntReadOnly(mnt: Mount): boolean {
  return mnt.readOnly || mnt.sb.readOnly;
}

/** shmem_reserve_inode(): ENOSPC when the filesystem's nr_inodes (inodes and extra hard links) is used up. */
export function inodeSpace(sb: Superblock): Errno | undefined {
  return sb.inodes.size + sb.extraLinks >= sb.inodeLimit ? ENOSPC : undefined;
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
export function openPath(vfs: Vfs, ctx: VfsCtx, base: PathRef, path: string, flags: number, mode: number): OpenFile | Errno | Block {
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
      if ('inode' in t) return { mnt: t.mnt, inode: t.inode, created: false };
      if (t !== ENOENT || links >= 39) return t;
      return openCreate(ctx, { mnt: p.mnt, inode: p.dir }, existing.target ?? '', flags & ~O_EXCL, mode, links + 1);
    }
    const r = lookupLast(ctx, p, 0);
    if (!('inode' in r)) return r;
    return { mnt: r.mnt, inode: r.inode, created: false };
  }
  const err = mayCreate(ctx, p.mnt, p.dir) ?? (mntReadOnly(p.mnt) ? EROFS : undefined) ?? inodeSpace(p.dir.sb);
  if (err) return err;
  const inode = createIn(ctx, p, S_IFREG | ((mode & 0o7777) & ~(ctx.fs.umask & 0o777)));
  return { mnt: p.mnt, inode, created: true };
}

/** do_open()/may_open(): checks and opens a resolved object. Also used by execve. */
export function openRef(vfs: Vfs, ctx: VfsCtx, ref: PathRef, flags: number, created = false): OpenFile | Errno | Block {
  const inode = ref.inode;
  const acc = accMode(flags);
  if (flags & O_PATH) {
    if (flags & O_DIRECTORY && !inode.isDir()) return ENOTDIR;
    const pf = new OpenFile(vfs.allocFileId(), ref.mnt, inode, flags, pathFileOps);
    pf.cred = ctx.cred;
    return vfs.register(pf);
  }
  if (flags & O_CREAT && inode.isDir()) return EISDIR;
  if (flags & O_DIRECTORY && !inode.isDir()) return ENOTDIR;
  switch (inode.mode & S_IFMT) {
    case S_IFLNK: return ELOOP;
    case S_IFDIR: if (acc & MAY_WRITE) return EISDIR; break;
    case S_IFCHR: case S_IFBLK: if (ref.mnt.flags & MS_NODEV) return EACCES; break; // may_open_dev()
    case S_IFSOCK: return ENXIO;
    default: break;
  }
  if (!created) {
    const err = inodePermission(ctx.cred, ref.mnt, inode, acc);
    if (err) return err;
  }
  // may_open(): an append-only file opens for writing only with O_APPEND, and never with O_TRUNC.
  if (inode.isAppend && ((acc & MAY_WRITE && !(flags & O_APPEND)) || flags & O_TRUNC)) return EPERM;
  if (flags & O_NOATIME && !ownerOrCapable(ctx.cred, inode)) return EPERM;

  let ops: FileOps;
  let priv: unknown = null;
  switch (inode.mode & S_IFMT) {
    case S_IFREG: {
      if (inode.sb.dyn === null) { ops = tmpfsFileOps; break; }
      const o = inode.sb.dyn.open(ctx, inode, flags); // procfs: generated files
      if ('errno' in o) return o;
      ops = o;
      break;
    }
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
      // fifo_open(): the counts, ENXIO, or a sleep until the other end opens (vfs/fs/pipefs.ts).
      const r = fifoOpen(ctx, pipe, acc2 !== O_WRONLY, acc2 !== O_RDONLY, (flags & O_NONBLOCK) !== 0);
      if (r !== undefined) return r;
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
    const sealErr = resizeSealError(inode, 0); // do_truncate() → shmem_setattr()
    if (sealErr) return sealErr;
    removePrivs(ctx, inode); // handle_truncate() → do_truncate(): as a write would
    const err = setSize(inode, 0);
    if (err) return err;
    inode.setTimes('mc', ctx.now());
  }
  // do_dentry_open() keeps every flag but these in f_flags (F_GETFL shows O_NOFOLLOW, not O_CLOEXEC).
  const f = new OpenFile(vfs.allocFileId(), ref.mnt, inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC), ops);
  f.priv = priv;
  f.cred = ctx.cred;
  return vfs.register(f);
}

/** O_TMPFILE: an unnamed regular file in the directory `path`, unlinked from the start. */
function openTmpfile(vfs: Vfs, ctx: VfsCtx, base: PathRef, path: string, flags: number, mode: number): OpenFile | Errno {
  const dir = pathLookup(ctx, base, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  if (!('inode' in dir)) return dir;
  const err = mayCreate(ctx, dir.mnt, dir.inode) ?? inodeSpace(dir.inode.sb);
  if (err) return err;
  const inode = newChild(ctx, dir.inode as DirInode, S_IFREG | ((mode & 0o7777) & ~(ctx.fs.umask & 0o777))) as RegularInode;
  inode.linkable = !(flags & O_EXCL); // O_EXCL: never to be linked (I_LINKABLE unset)
  const f = new OpenFile(vfs.allocFileId(), dir.mnt, inode, flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC), tmpfsFileOps);
  f.cred = ctx.cred;
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
  const err = mayCreate(ctx, p.mnt, p.dir) ?? inodeSpace(p.dir.sb);
  if (err) return err;
  return p;
}

/** mkdir(2)/mkdirat(2). */
export function mkdirPath(ctx: VfsCtx, base: PathRef, path: string, mode: number): Errno | undefined {
  const p = createParent(ctx, base, path, true);
  if (!('dir' in p)) return p;
  const dir = createIn(ctx, p, S_IFDIR | ((mode & (0o777 | S_ISVTX)) & ~(ctx.fs.umask & 0o777)));
  dir.size = 2 * direntSize(dir); // tmpfs: an empty directory counts "." and ".."
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
  // shmem_symlink(): a long target takes a page (ENOSPC past size=).
  const long = target.length >= SHORT_SYMLINK_LEN;
  if (long && p.dir.sb.bytesUsed + 4096 > p.dir.sb.sizeLimit) return ENOSPC;
  if (long) p.dir.sb.bytesUsed += 4096;
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
  if (r.inode.sb.dyn !== null) return r.inode.sb.dyn.readlink(ctx, r.inode); // procfs
  return r.inode.target ?? '';
}

// ---------------------------------------------------------------------------------------------
// unlink, rmdir

/** may_delete(): write+search on the directory, the sticky bit, and the victim's type. */
function mayDelete(ctx: VfsCtx, p: ParentResult, victim: Inode, isdir: boolean): Errno | undefined {
  const err = inodePermission(ctx.cred, p.mnt, p.dir, MAY_WRITE | MAY_EXEC);
  if (err) return err;
  if (p.dir.isAppend) return EPERM; // nothing leaves an append-only directory
  if (p.dir.mode & S_ISVTX && ctx.cred.fsuid !== victim.uid && ctx.cred.fsuid !== p.dir.uid && !ownerOrCapable(ctx.cred, victim)) {
    return EPERM;
  }
  if (victim.isAppend || victim.isImmutable) return EPERM;
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
  if (mntReadOnly(p.mnt)) return EROFS;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG; // the lookup, before the slash rules
  const victim = child(p);
  if (p.trailingSlash) return !victim ? ENOENT : victim.isDir() ? EISDIR : ENOTDIR;
  if (!victim) return ENOENT;
  const err = mayDelete(ctx, p, victim, false);
  if (err) return err;
  if (victim.sb.dyn !== null) return victim.sb.dyn.removeError(p.dir, victim); // procfs: no ->unlink
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
  if (mntReadOnly(p.mnt)) return EROFS;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG;
  const victim = child(p);
  if (!victim) return ENOENT;
  const err = mayDelete(ctx, p, victim, true);
  if (err) return err;
  if (victim.sb.dyn !== null) return victim.sb.dyn.removeError(p.dir, victim); // procfs: no ->rmdir
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

// ---------------------------------------------------------------------------------------------
// link, rename

/**
 * may_linkat() with fs.protected_hardlinks = 1 (the host's setting): the owner (or CAP_FOWNER)
 * links anything; anyone else only a regular file that is not set-user-ID, not set-group-ID
 * and group-executable, and that they may read and write.
 */
function mayLinkat(ctx: VfsCtx, inode: Inode): Errno | undefined {
  if (ownerOrCapable(ctx.cred, inode)) return undefined;
  const mode = inode.mode;
  const safe = inode.isReg() && !(mode & S_ISUID) && (mode & (S_ISGID | S_IXGRP)) !== (S_ISGID | S_IXGRP) &&
    genericPermission(ctx.cred, inode, MAY_READ | MAY_WRITE) === undefined;
  return safe ? undefined : EPERM;
}

/**
 * link(2)/linkat(2): a new name `newPath` for `src`, the object the caller resolved from the old
 * path (following a symlink only with AT_SYMLINK_FOLLOW; for AT_EMPTY_PATH, the file open at
 * olddirfd). Errors in do_linkat()'s order after the old path's: the new name
 * (filename_create: EEXIST, ENOENT, EROFS), EXDEV, protected_hardlinks (EPERM), may_create
 * (ENOENT, EACCES), then the object (EPERM for a directory, ENOENT for an unlinked file).
 */
export function linkPath(ctx: VfsCtx, src: PathRef, newBase: PathRef, newPath: string): Errno | undefined {
  const p = pathParent(ctx, newBase, newPath);
  if (!('dir' in p)) return p;
  if (p.kind !== LAST_NORM) return EEXIST;
  if (p.name.length > NAME_MAX) return ENAMETOOLONG;
  if (child(p)) return EEXIST;
  if (p.trailingSlash) return ENOENT;
  if (p.dir.sb.dyn !== null) return ENOENT; // procfs: filename_create()'s ->lookup() fails
  if (mntReadOnly(p.mnt)) return EROFS;
  if (src.mnt !== p.mnt) return EXDEV;
  const inode = src.inode;
  const err = mayLinkat(ctx, inode) ?? mayCreate(ctx, p.mnt, p.dir);
  if (err) return err;
  if (inode.sb !== p.dir.sb) return EXDEV;
  if (inode.isAppend || inode.isImmutable) return EPERM; // vfs_link()
  if (inode.isDir()) return EPERM;
  if (inode.nlink === 0 && !(inode.isReg() && inode.linkable)) return ENOENT;
  if (inode.nlink > 0) {
    const full = inodeSpace(inode.sb); // shmem_link(): each extra name costs an inode
    if (full) return full;
  }
  if (inode.isReg()) inode.linkable = false;
  addEntry(ctx, p.dir, p.name, inode);
  inode.setTimes('c', ctx.now());
  return undefined;
}

/** Is directory `a` the directory `b` or one of its ancestors (within one filesystem)? */
function isAncestorOrSelf(a: Inode, b: Inode): boolean {
  let d = b;
  for (let guard = 0; guard < 1 << 20; guard++) {
    if (d === a) return true;
    if (!d.isDir() || d.parent === d.ino) return false;
    const up = d.sb.inodes.get(d.parent);
    if (!up) return false;
    d = up;
  }
  return false;
}

/**
 * lock_rename()'s trap: when one parent is an ancestor of the other, the child of the upper
 * one on the way down to the lower one (old there: EINVAL; new there: ENOTEMPTY).
 */
function renameTrap(p1: DirInode, p2: DirInode): Inode | null {
  if (p1 === p2) return null;
  const childOn = (upper: DirInode, lower: DirInode): Inode | null => {
    let d: Inode = lower;
    for (let guard = 0; guard < 1 << 20; guard++) {
      if (!d.isDir() || d.parent === d.ino) return null;
      if (d.parent === upper.ino) return d;
      const up = d.sb.inodes.get(d.parent);
      if (!up) return null;
      d = up;
    }
    return null;
  };
  return childOn(p2, p1) ?? childOn(p1, p2);
}

/** renameat2()'s flag checks, made before anything else (before the paths are even read). */
export function renameFlagsError(flags: number): Errno | undefined {
  if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) return EINVAL;
  if (flags & RENAME_EXCHANGE && flags & (RENAME_NOREPLACE | RENAME_WHITEOUT)) return EINVAL;
  return undefined;
}

/**
 * rename(2)/renameat(2)/renameat2(2) with RENAME_NOREPLACE, RENAME_EXCHANGE and
 * RENAME_WHITEOUT, as do_renameat2(), vfs_rename() and tmpfs's shmem_rename2() check and do it.
 * Renaming onto another name of the same inode does nothing and succeeds. A renamed entry takes
 * the offset of the entry it replaces, or a new one (simple_offset_rename()); an exchange
 * swaps the two inodes under their names.
 */
export function renamePath(ctx: VfsCtx, oldBase: PathRef, oldPath: string,
  newName: () => { base: PathRef; path: string } | Errno, flags: number): Errno | undefined {
  const bad = renameFlagsError(flags);
  if (bad) return bad;
  const exchange = (flags & RENAME_EXCHANGE) !== 0;
  const op = pathParent(ctx, oldBase, oldPath);
  if (!('dir' in op)) return op;
  const nn = newName(); // the new name's EFAULT/EBADF come after the old path's errors
  if (!('base' in nn)) return nn;
  const np = pathParent(ctx, nn.base, nn.path);
  if (!('dir' in np)) return np;
  if (op.mnt !== np.mnt) return EXDEV;
  if (op.kind !== LAST_NORM) return EBUSY;
  if (np.kind !== LAST_NORM) return flags & RENAME_NOREPLACE ? EEXIST : EBUSY;
  if (mntReadOnly(op.mnt)) return EROFS;
  const trap = renameTrap(op.dir, np.dir);
  if (op.name.length > NAME_MAX) return ENAMETOOLONG;
  const source = child(op);
  if (!source) return ENOENT;
  if (np.name.length > NAME_MAX) return ENAMETOOLONG;
  const target = child(np);
  if (flags & RENAME_NOREPLACE && target) return EEXIST;
  if (exchange) {
    if (!target) return ENOENT;
    if (!target.isDir() && np.trailingSlash) return ENOTDIR;
  }
  const isDir = source.isDir();
  if (!isDir && (op.trailingSlash || (!exchange && np.trailingSlash))) return ENOTDIR;
  if (source === trap) return EINVAL;
  if (target && target === trap) return exchange ? EINVAL : ENOTEMPTY;

  // vfs_rename()
  if (source === target) return undefined;
  let err = mayDelete(ctx, op, source, isDir);
  if (err) return err;
  if (op.dir.nlink === 0) return ENOENT; // IS_DEADDIR
  const newIsDir = target?.isDir() ?? false;
  if (!target) {
    err = mayCreate(ctx, np.mnt, np.dir);
  } else {
    err = mayDelete(ctx, np, target, exchange ? newIsDir : isDir);
    if (!err && np.dir.nlink === 0) err = ENOENT;
  }
  if (err) return err;
  if (op.dir.sb.dyn !== null) return EPERM; // procfs: no ->rename
  if (np.dir !== op.dir) {
    // The moved directory's ".." changes: the caller must be allowed to write it.
    if (isDir) err = inodePermission(ctx.cred, op.mnt, source, MAY_WRITE);
    if (!err && exchange && newIsDir) err = inodePermission(ctx.cred, np.mnt, target!, MAY_WRITE);
    if (err) return err;
  }
  if (isMountpoint(ctx, op.mnt, source) || (target && isMountpoint(ctx, np.mnt, target))) return EBUSY;

  // shmem_rename2()
  const now = ctx.now();
  const oldDir = op.dir;
  const newDir = np.dir;
  oldDir.sb.names.invalidate();
  if (exchange) {
    const t = target!;
    if (oldDir !== newDir && isDir !== newIsDir) {
      if (isDir) { oldDir.nlink--; newDir.nlink++; } else { newDir.nlink--; oldDir.nlink++; }
    }
    // simple_rename_exchange(): each name keeps its offset and takes the other inode; d_move
    // puts both entries at the head of their lists (the target's first).
    const oo = oldDir.entries.offsetOf(op.name)!;
    const no = newDir.entries.offsetOf(np.name)!;
    oldDir.entries.delete(op.name);
    newDir.entries.delete(np.name);
    oldDir.entries.add(op.name, t.ino, dtype(t.mode), oo);
    newDir.entries.add(np.name, source.ino, dtype(source.mode), no);
    if (source.isDir()) { source.parent = newDir.ino; source.name = np.name; }
    if (t.isDir()) { t.parent = oldDir.ino; t.name = op.name; }
    oldDir.setTimes('mc', now);
    newDir.setTimes('mc', now);
    source.setTimes('c', now);
    t.setTimes('c', now);
    return undefined;
  }
  if (target && target.isDir() && target.entries.size > 0) return ENOTEMPTY;
  if (flags & RENAME_WHITEOUT) {
    const full = inodeSpace(oldDir.sb);
    if (full) return full;
  }
  // simple_offset_rename(): the entry takes the replaced entry's offset, or a new one; the
  // whiteout (a new entry) is given its offset after that, but d_move() puts the renamed entry
  // at the head of the list, before the whiteout.
  const offset = target ? newDir.entries.offsetOf(np.name)! : newDir.entries.allocOffset();
  oldDir.entries.delete(op.name);
  oldDir.size -= direntSize(oldDir);
  if (target) newDir.entries.delete(np.name);
  if (flags & RENAME_WHITEOUT) {
    // shmem_whiteout(): a character device 0:0, mode 0, in the old name's place.
    const wh = newChild(ctx, oldDir, S_IFCHR);
    addEntry(ctx, oldDir, op.name, wh);
  }
  newDir.entries.add(np.name, source.ino, dtype(source.mode), offset);
  if (target) {
    if (target.isDir()) {
      target.nlink = 0;
      oldDir.nlink--;
    } else {
      if (target.nlink > 1) target.sb.extraLinks--;
      target.nlink--;
      if (target.nlink === 0) target.lastName = { dir: newDir, name: np.name };
    }
    target.setTimes('c', now);
  } else {
    newDir.size += direntSize(newDir);
    if (isDir) {
      oldDir.nlink--;
      newDir.nlink++;
    }
  }
  if (source.isDir()) {
    source.parent = newDir.ino;
    source.name = np.name;
  }
  oldDir.setTimes('mc', now);
  newDir.setTimes('mc', now);
  source.setTimes('c', now);
  if (target) target.sb.maybeFree(target);
  return undefined;
}
