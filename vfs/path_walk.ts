// vfs/path_walk.ts — pathname resolution, in Linux's phases (fs/namei.c, path-lookup.rst):
//   pathInit    absolute paths start at the caller's root, relative ones at dirfd or cwd;
//   walkParent  every component but the last: it must be a directory the caller may search
//               (MAY_EXEC); `.` stays, `..` goes up (never above the caller's root, across
//               mounts), mounts are crossed downwards, symlinks are always followed;
//   lookupLast  the last component, which the operation decides about: symlinks are followed
//               only with LOOKUP_FOLLOW or a trailing slash; a trailing slash demands a directory.
// Rules for symlinks, in order (as namei.c states them): inside the path, always follow; in the
// last component of creation/removal/renaming, never; with LOOKUP_FOLLOW, follow; with a
// trailing slash, follow; otherwise don't. At most MAXSYMLINKS (40) links per walk, then ELOOP.
// Errors, in the order Linux finds them: ENOENT (empty path, missing component), ENOTDIR,
// EACCES (search permission), ENAMETOOLONG (a component over NAME_MAX), ELOOP.

import { ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, type Errno } from '../abi/errno';
import { MAXSYMLINKS, NAME_MAX } from '../abi/fcntl';
import type { VfsCtx } from './ctx';
import type { DirInode, Inode } from './inode';
import type { Mount, MountNamespace, PathRef } from './mount';
import { genericPermission, MAY_EXEC } from './permission';

/** Follow a symlink in the last component. */
export const LOOKUP_FOLLOW = 1;
/** The last component must be a directory. */
export const LOOKUP_DIRECTORY = 2;
/** An empty path names the starting directory itself (AT_EMPTY_PATH). */
export const LOOKUP_EMPTY = 4;

/** What kind of name the last component is. */
export const LAST_NORM = 0;
export const LAST_DOT = 1;
export const LAST_DOTDOT = 2;
export const LAST_ROOT = 3;

/** The result of walkParent: a directory and the unresolved last component. */
export interface ParentResult {
  mnt: Mount;
  dir: DirInode;
  /** The last component ('' for LAST_ROOT). */
  name: string;
  kind: number;
  /** The path ended in '/' (after the last component). */
  trailingSlash: boolean;
}

interface WalkState {
  links: number;
  readonly ctx: VfsCtx;
  readonly ns: MountNamespace;
}


/** Crosses downwards through every mount stacked on (mnt, inode). */
function crossMounts(ns: MountNamespace, mnt: Mount, inode: Inode): PathRef {
  let m = ns.mountedOn(mnt, inode);
  while (m) {
    mnt = m;
    inode = m.root;
    m = ns.mountedOn(mnt, inode);
  }
  return { mnt, inode };
}

/** `..` from (mnt, inode): stays at the caller's root, climbs out of mount roots. */
function dotdot(st: WalkState, mnt: Mount, inode: Inode): PathRef {
  const root = st.ctx.fs.root;
  for (;;) {
    if (mnt === root.mnt && inode === root.inode) return { mnt, inode };
    if (inode === mnt.root) {
      if (!mnt.parent) return { mnt, inode }; // the namespace root
      inode = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    const parent = inode.isDir() ? inode.sb.inodes.get(inode.parent) : undefined;
    return parent ? { mnt, inode: parent } : { mnt, inode };
  }
}

/** Resolves the symlink `link` found in directory (mnt, dir): the whole target, followed. */
function followLink(st: WalkState, mnt: Mount, dir: Inode, link: Inode): PathRef | Errno {
  if (++st.links > MAXSYMLINKS) return ELOOP;
  const target = link.isSymlink() ? link.target : '';
  if (target.length === 0) return ENOENT;
  return walk(st, { mnt, inode: dir }, target, LOOKUP_FOLLOW);
}

/**
 * One step of the walk from directory (mnt, dir) into `name`: search permission on dir,
 * then NAME_MAX, then the lookup and any mounts on the result. Symlinks are returned
 * unresolved (the caller decides).
 */
function step(st: WalkState, mnt: Mount, dir: Inode, name: string, searchChecked = false): PathRef | Errno {
  if (!searchChecked) {
    if (!dir.isDir()) return ENOTDIR;
    const perm = genericPermission(st.ctx.cred, dir, MAY_EXEC);
    if (perm) return perm;
  }
  if (name === '.') return { mnt, inode: dir };
  if (name === '..') return dotdot(st, mnt, dir);
  if (name.length > NAME_MAX) return ENAMETOOLONG;
  const ino = dir.isDir() ? dir.entries.get(name) : undefined;
  const child = ino === undefined ? undefined : dir.sb.inodes.get(ino);
  if (!child) return ENOENT;
  return child.mounted > 0 ? crossMounts(st.ns, mnt, child) : { mnt, inode: child };
}

/** Splits off the last component; walks the rest. */
function walkParentIn(st: WalkState, base: PathRef, path: string): ParentResult | Errno {
  let mnt: Mount;
  let inode: Inode;
  let i = 0;
  const n = path.length;
  if (path.charCodeAt(0) === 47 /* / */) {
    mnt = st.ctx.fs.root.mnt;
    inode = st.ctx.fs.root.inode;
    while (i < n && path.charCodeAt(i) === 47) i++;
  } else {
    mnt = base.mnt;
    inode = base.inode;
  }
  if (i >= n) return inode.isDir() ? { mnt, dir: inode, name: '', kind: LAST_ROOT, trailingSlash: false } : ENOTDIR;
  for (;;) {
    // The end of the component: a plain scan (cheaper than indexOf's call for short names).
    let j = i;
    while (j < n && path.charCodeAt(j) !== 47) j++;
    const name = path.slice(i, j);
    let k = j;
    while (k < n && path.charCodeAt(k) === 47) k++;
    if (k >= n) {
      // `name` is the last component.
      // may_lookup(): the directory holding the last component must be searchable too.
      const kind = name === '.' ? LAST_DOT : name === '..' ? LAST_DOTDOT : LAST_NORM;
      if (!inode.isDir()) return ENOTDIR;
      const perm = genericPermission(st.ctx.cred, inode, MAY_EXEC);
      if (perm) return perm;
      return { mnt, dir: inode, name, kind, trailingSlash: j < n };
    }
    // The common case, without allocating a PathRef: a searchable directory, an ordinary name
    // that exists, nothing mounted on it, not a symlink. Exactly what step() would find;
    // anything else (or any error) takes the general path below.
    if (name !== '.' && name !== '..' && name.length <= NAME_MAX && inode.isDir() &&
        genericPermission(st.ctx.cred, inode, MAY_EXEC) === undefined) {
      const ino = inode.entries.get(name);
      const child = ino === undefined ? undefined : inode.sb.inodes.get(ino);
      if (child !== undefined && child.mounted === 0 && !child.isSymlink()) {
        inode = child;
        i = k;
        continue;
      }
    }
    const r = step(st, mnt, inode, name);
    if (!('inode' in r)) return r;
    if (r.inode.isSymlink()) {
      const t = followLink(st, r.mnt, inode, r.inode);
      if (!('inode' in t)) return t;
      mnt = t.mnt;
      inode = t.inode;
    } else {
      mnt = r.mnt;
      inode = r.inode;
    }
    i = k;
  }
}

/** lookupLast: resolves the last component of a ParentResult. */
function lookupLastIn(st: WalkState, p: ParentResult, flags: number): PathRef | Errno {
  let r: PathRef | Errno;
  if (p.kind === LAST_ROOT) {
    r = { mnt: p.mnt, inode: p.dir };
  } else {
    r = step(st, p.mnt, p.dir, p.name, true);
    if (!('inode' in r)) return r;
    if (r.inode.isSymlink() && (flags & LOOKUP_FOLLOW || p.trailingSlash)) {
      r = followLink(st, r.mnt, p.dir, r.inode);
      if (!('inode' in r)) return r;
    }
  }
  if ((flags & LOOKUP_DIRECTORY || p.trailingSlash) && !r.inode.isDir()) return ENOTDIR;
  return r;
}

function walk(st: WalkState, base: PathRef, path: string, flags: number): PathRef | Errno {
  const p = walkParentIn(st, base, path);
  if (!('dir' in p)) return p;
  return lookupLastIn(st, p, flags);
}

function state(ctx: VfsCtx): WalkState {
  return { links: 0, ctx, ns: ctx.mntns };
}

/**
 * Resolves `path` relative to `base` (the dirfd's directory or the cwd) to the object it
 * names. An empty path is ENOENT unless LOOKUP_EMPTY, which names `base` itself.
 */
export function pathLookup(ctx: VfsCtx, base: PathRef, path: string, flags: number): PathRef | Errno {
  if (path.length === 0) return flags & LOOKUP_EMPTY ? base : ENOENT;
  const cache = ctx.mntns.names;
  const root = ctx.fs.root;
  const cached = cache.get(path, ctx.cred, root, base, flags);
  if (cached !== undefined) return cached;
  const r = walk(state(ctx), base, path, flags);
  cache.put(path, ctx.cred, root, base, flags, r);
  return r;
}

/** pathLookup without the name cache (the invariant checker compares the two). */
export function pathLookupUncached(ctx: VfsCtx, base: PathRef, path: string, flags: number): PathRef | Errno {
  if (path.length === 0) return flags & LOOKUP_EMPTY ? base : ENOENT;
  return walk(state(ctx), base, path, flags);
}

/** Resolves every component of `path` but the last (for create, unlink, rename, link). */
export function pathParent(ctx: VfsCtx, base: PathRef, path: string): ParentResult | Errno {
  if (path.length === 0) return ENOENT;
  return walkParentIn(state(ctx), base, path);
}

/** Resolves the last component of a ParentResult (after the caller has looked at it). */
export function lookupLast(ctx: VfsCtx, p: ParentResult, flags: number): PathRef | Errno {
  return lookupLastIn(state(ctx), p, flags);
}

/** Resolves the last component with the symlink count of a walk already begun (O_CREAT). */
export function followLast(ctx: VfsCtx, p: ParentResult, link: Inode, linksSoFar = 0): PathRef | Errno {
  const st = state(ctx);
  st.links = linksSoFar;
  return followLink(st, p.mnt, p.dir, link);
}

/**
 * The path of (mnt, inode) as seen from `root`, for getcwd and /proc/[pid]/cwd. Returns null
 * when the directory is not reachable from root (outside a chroot, or unlinked).
 */
export function pathOf(root: PathRef, at: PathRef): string | null {
  const parts: string[] = [];
  let mnt = at.mnt;
  let inode = at.inode;
  for (let guard = 0; guard < 4096; guard++) {
    if (mnt === root.mnt && inode === root.inode) return '/' + parts.reverse().join('/');
    if (inode === mnt.root) {
      if (!mnt.parent) return null; // reached the namespace root without meeting `root`
      inode = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    if (!inode.isDir() || inode.nlink === 0) return null; // removed directory (or not one)
    const parent = inode.sb.inodes.get(inode.parent);
    if (!parent) return null;
    parts.push(inode.name);
    inode = parent;
  }
  return null;
}
