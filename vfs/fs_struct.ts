// vfs/fs_struct.ts — the life of an FsContext (Linux's fs/fs_struct.c): a task's root and cwd
// hold references on their inodes (inode.refs) and mounts (mount.users: umount's EBUSY), so a
// removed working directory stays in its superblock's inode table while some task still works
// in it, and goes when the last one leaves it. chroot moves the root (setRoot). A context is shared by the tasks created with CLONE_FS (`users` counts them); the
// last user's exit drops its references. Owned by the VFS maintainers; callers (proc/, kernel/)
// create, share, change and drop contexts only through these functions.

import type { FsContext } from './ctx';
import type { PathRef } from './mount';

/** A new context (one user) holding references on `root` and `cwd`. */
export function newFsContext(root: PathRef, cwd: PathRef, umask: number): FsContext {
  hold(root);
  hold(cwd);
  return { root, cwd, umask, users: 1 };
}

/** copy_fs_struct(): a private copy of `fs` (clone without CLONE_FS). */
export function copyFsContext(fs: FsContext): FsContext {
  return newFsContext(fs.root, fs.cwd, fs.umask);
}

/** chdir/fchdir: moves the working directory, dropping the reference on the old one. */
export function setCwd(fs: FsContext, ref: PathRef): void {
  hold(ref);
  const old = fs.cwd;
  fs.cwd = { mnt: ref.mnt, inode: ref.inode };
  drop(old);
}

/** chroot: moves the root directory, dropping the reference on the old one. */
export function setRoot(fs: FsContext, ref: PathRef): void {
  hold(ref);
  const old = fs.root;
  fs.root = { mnt: ref.mnt, inode: ref.inode };
  drop(old);
}

/** A task leaves the context (exit); the last one drops its references. */
export function putFsContext(fs: FsContext): void {
  if (--fs.users > 0) return;
  drop(fs.root);
  drop(fs.cwd);
}

function hold(ref: PathRef): void {
  ref.inode.refs++;
  ref.mnt.users++;
}

function drop(ref: PathRef): void {
  ref.mnt.users--;
  ref.inode.refs--;
  ref.inode.sb.maybeFree(ref.inode);
}
