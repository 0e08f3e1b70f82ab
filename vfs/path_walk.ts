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
// openat2's resolve flags (RESOLVE_*) reach the walk through a scoped context (scopedCtx()):
// NO_SYMLINKS (ELOOP at any symlink), NO_XDEV (EXDEV when a mount is crossed, by a mount, `..`
// or an absolute symlink), BENEATH (EXDEV for absolute paths and `..` above the dirfd),
// IN_ROOT (the dirfd is the root: `/` and `..` stop there), CACHED (EAGAIN where Linux would
// leave its RCU walk: a missing name — tmpfs keeps no negative dentries —, a non-directory or
// an unsearchable one on the way, a symlink whose atime must change), NO_MAGICLINKS (ELOOP
// at procfs's magic links, which the scoped flags refuse with EXDEV). Following a symlink
// updates its atime (relatime), as pick_link() does.

import { EAGAIN, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, EXDEV, type Errno } from '../abi/errno';
import {
  MAXSYMLINKS, NAME_MAX, RESOLVE_BENEATH, RESOLVE_CACHED, RESOLVE_IN_ROOT, RESOLVE_NO_MAGICLINKS, RESOLVE_NO_SYMLINKS,
  RESOLVE_NO_XDEV,
} from '../abi/fcntl';
import { ctxWith, type VfsCtx } from './ctx';
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
  /** The walk went through a filesystem with generated names (procfs): not cacheable. */
  volatile: boolean;
  /** Where `/` and `..` stop: the caller's root, or the dirfd of a scoped openat2. */
  readonly root: PathRef;
  /** openat2's RESOLVE_* flags (0 for every other walk). */
  readonly resolve: number;
  /**
   * Linux's nd->root is set (by an absolute path, a `..`, or a scoped lookup): until then an
   * absolute symlink under RESOLVE_NO_XDEV is EXDEV, as nd_jump_root() compares with no root.
   */
  rootSet: boolean;
  /** Following a symlink updates its atime (false for the side-effect-free walks of checkers). */
  touch?: false;
}

/**
 * An error met where Linux's RCU walk would drop to a ref-walk first (a missing name, a
 * non-directory in the path, no search permission): RESOLVE_CACHED makes that EAGAIN.
 */
function rcuError(st: WalkState, err: Errno): Errno {
  return st.resolve & RESOLVE_CACHED ? EAGAIN : err;
}

/** atime_needs_update() with relatime: atime no newer than mtime or ctime, or a day old; never when it is now. */
function atimeNeedsUpdate(inode: Inode, sec: number, nsec: number): boolean {
  const as = inode.atimeSec;
  const an = inode.atimeNsec;
  if (as === sec && an === nsec) return false;
  const notAfter = (s2: number, n2: number): boolean => as < s2 || (as === s2 && an <= n2);
  return notAfter(inode.mtimeSec, inode.mtimeNsec) || notAfter(inode.ctimeSec, inode.ctimeNsec) || sec - as >= 24 * 3600;
}

/** openat2's resolve flags for the walks of one call, and the directory scoped lookups treat as root. */
export interface WalkScope {
  readonly resolve: number;
  readonly root: PathRef;
}

/** A context whose path walks obey a WalkScope (made by scopedCtx()). */
interface ScopedCtx extends VfsCtx {
  readonly scope?: WalkScope;
}

/**
 * The caller's context with openat2's `resolve` flags applied to every path walk made through
 * it; `base` (the dirfd's directory, or the cwd) is the root of RESOLVE_BENEATH/RESOLVE_IN_ROOT.
 */
export function scopedCtx(ctx: VfsCtx, resolve: number, base: PathRef): VfsCtx {
  const scope: WalkScope = { resolve, root: base };
  return ctxWith(ctx, { scope });
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
function dotdot(st: WalkState, mnt: Mount, inode: Inode): PathRef | Errno {
  const root = st.root;
  st.rootSet = true; // handle_dots(): set_root()
  for (;;) {
    // Where `..` lands, step_into() crosses the mounts stacked there (even on the root).
    if (mnt === root.mnt && inode === root.inode) return st.resolve & RESOLVE_BENEATH ? EXDEV : onTop(st, mnt, inode);
    if (inode === mnt.root) {
      if (!mnt.parent) return st.resolve & RESOLVE_BENEATH ? EXDEV : onTop(st, mnt, inode); // the namespace root
      if (st.resolve & RESOLVE_NO_XDEV) return EXDEV;
      inode = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    const parent = inode.isDir() ? inode.sb.inodes.get(inode.parent) : undefined;
    return onTop(st, mnt, parent ?? inode);
  }
}

/** handle_mounts() after `..`: the topmost mount on (mnt, inode), if any (EXDEV under RESOLVE_NO_XDEV). */
function onTop(st: WalkState, mnt: Mount, inode: Inode): PathRef | Errno {
  if (inode.mounted === 0) return { mnt, inode };
  const r = crossMounts(st.ns, mnt, inode);
  if (r.mnt !== mnt && st.resolve & RESOLVE_NO_XDEV) return EXDEV;
  return r;
}

/** Resolves the symlink `link` found in directory (mnt, dir): the whole target, followed. */
function followLink(st: WalkState, mnt: Mount, dir: Inode, link: Inode): PathRef | Errno {
  if (++st.links > MAXSYMLINKS) return ELOOP;
  if (st.resolve & RESOLVE_NO_SYMLINKS) return ELOOP;
  const dyn = link.sb.dyn;
  if (dyn !== null && link.isSymlink()) {
    // procfs: a generated target, or a magic link that jumps straight to its object.
    st.volatile = true;
    const t = dyn.follow(st.ctx, link);
    if (typeof t !== 'string') {
      // nd_jump_link(): a magic link's jump, refused by openat2's resolve flags.
      if (!('inode' in t)) return t;
      if (st.resolve & RESOLVE_NO_MAGICLINKS) return ELOOP;
      if (st.resolve & RESOLVE_NO_XDEV && t.mnt !== mnt) return EXDEV;
      if (st.resolve & (RESOLVE_BENEATH | RESOLVE_IN_ROOT)) return EXDEV;
      return t;
    }
    return t.length === 0 ? ENOENT : walk(st, { mnt, inode: dir }, t, LOOKUP_FOLLOW, true);
  }
  // pick_link(): following a link touches its atime (relatime), which an RCU walk cannot do.
  if (st.touch !== false) {
    const now = st.ctx.now();
    if (atimeNeedsUpdate(link, now.sec, now.nsec)) {
      if (st.resolve & RESOLVE_CACHED) return EAGAIN;
      link.setTimes('a', now);
    }
  }
  const target = link.isSymlink() ? link.target : '';
  if (target.length === 0) return ENOENT;
  return walk(st, { mnt, inode: dir }, target, LOOKUP_FOLLOW, true);
}

/**
 * One step of the walk from directory (mnt, dir) into `name`: search permission on dir,
 * then NAME_MAX, then the lookup and any mounts on the result. Symlinks are returned
 * unresolved (the caller decides).
 */
function step(st: WalkState, mnt: Mount, dir: Inode, name: string, searchChecked = false): PathRef | Errno {
  if (!searchChecked) {
    if (!dir.isDir()) return rcuError(st, ENOTDIR);
    const perm = genericPermission(st.ctx.cred, dir, MAY_EXEC);
    if (perm) return rcuError(st, perm);
  }
  if (name === '.') return { mnt, inode: dir };
  if (name === '..') return dotdot(st, mnt, dir);
  if (name.length > NAME_MAX) return ENAMETOOLONG;
  let child: Inode | undefined;
  if (dir.sb.dyn !== null) {
    st.volatile = true;
    child = dir.isDir() ? dir.sb.dyn.lookup(dir, name) : undefined;
  } else {
    const ino = dir.isDir() ? dir.entries.get(name) : undefined;
    child = ino === undefined ? undefined : dir.sb.inodes.get(ino);
  }
  if (!child) return st.resolve & RESOLVE_CACHED ? EAGAIN : ENOENT;
  if (child.mounted === 0) return { mnt, inode: child };
  const r = crossMounts(st.ns, mnt, child);
  return st.resolve & RESOLVE_NO_XDEV && r.mnt !== mnt ? EXDEV : r;
}

/** Splits off the last component; walks the rest. */
function walkParentIn(st: WalkState, base: PathRef, path: string, fromLink = false): ParentResult | Errno {
  let mnt: Mount;
  let inode: Inode;
  let i = 0;
  const n = path.length;
  if (path.charCodeAt(0) === 47 /* / */) {
    // nd_jump_root(): scoped walks refuse it (BENEATH) or must stay on the root's mount (NO_XDEV).
    if (st.resolve & RESOLVE_BENEATH) return EXDEV;
    if (st.resolve & RESOLVE_NO_XDEV && fromLink && (!st.rootSet || base.mnt !== st.root.mnt)) return EXDEV;
    st.rootSet = true;
    mnt = st.root.mnt;
    inode = st.root.inode;
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
      if (!inode.isDir()) return rcuError(st, ENOTDIR);
      const perm = genericPermission(st.ctx.cred, inode, MAY_EXEC);
      if (perm) return rcuError(st, perm);
      return { mnt, dir: inode, name, kind, trailingSlash: j < n };
    }
    // The common case, without allocating a PathRef: a searchable directory, an ordinary name
    // that exists, nothing mounted on it, not a symlink. Exactly what step() would find;
    // anything else (or any error) takes the general path below.
    if (name !== '.' && name !== '..' && name.length <= NAME_MAX && inode.isDir() && inode.sb.dyn === null &&
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

function walk(st: WalkState, base: PathRef, path: string, flags: number, fromLink = false): PathRef | Errno {
  const p = walkParentIn(st, base, path, fromLink);
  if (!('dir' in p)) return p;
  return lookupLastIn(st, p, flags);
}

function state(ctx: VfsCtx): WalkState {
  const scope = (ctx as ScopedCtx).scope;
  if (scope === undefined) return { links: 0, ctx, ns: ctx.mntns, volatile: false, root: ctx.fs.root, resolve: 0, rootSet: false };
  const scoped = (scope.resolve & (RESOLVE_BENEATH | RESOLVE_IN_ROOT)) !== 0;
  return {
    links: 0, ctx, ns: ctx.mntns, volatile: false, root: scoped ? scope.root : ctx.fs.root, resolve: scope.resolve, rootSet: scoped,
  };
}

/**
 * Resolves `path` relative to `base` (the dirfd's directory or the cwd) to the object it
 * names. An empty path is ENOENT unless LOOKUP_EMPTY, which names `base` itself.
 */
export function pathLookup(ctx: VfsCtx, base: PathRef, path: string, flags: number): PathRef | Errno {
  if (path.length === 0) return flags & LOOKUP_EMPTY ? base : ENOENT;
  if ((ctx as ScopedCtx).scope !== undefined) return walk(state(ctx), base, path, flags); // openat2: not cached
  const cache = ctx.mntns.names;
  const root = ctx.fs.root;
  const cached = cache.get(path, ctx.cred, root, base, flags);
  if (cached !== undefined) return cached;
  const st = state(ctx);
  const r = walk(st, base, path, flags);
  if (!st.volatile) cache.put(path, ctx.cred, root, base, flags, r);
  return r;
}

/** pathLookup without the name cache (the invariant checker compares the two). */
export function pathLookupUncached(ctx: VfsCtx, base: PathRef, path: string, flags: number): PathRef | Errno {
  if (path.length === 0) return flags & LOOKUP_EMPTY ? base : ENOENT;
  const st = state(ctx);
  st.touch = false; // a second look, not an access: no atime change
  return walk(st, base, path, flags);
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

/**
 * getcwd(2)'s path of `at` (fs/d_path.c): null when the directory was removed (ENOENT);
 * otherwise its path from `root`, or, when the walk up meets a mount without a parent (the
 * namespace's root while chrooted elsewhere, or a lazily unmounted mount) before `root`, the
 * path from there with "(unreachable)" in front.
 */
export function getcwdPath(root: PathRef, at: PathRef): string | null {
  if (at.inode.isDir() && at.inode.nlink === 0 && at.inode !== at.inode.sb.root) return null;
  const parts: string[] = [];
  let mnt = at.mnt;
  let inode = at.inode;
  let reachable = false;
  for (let guard = 0; guard < 1 << 20; guard++) {
    if (mnt === root.mnt && inode === root.inode) {
      reachable = true;
      break;
    }
    if (inode === mnt.root) {
      if (!mnt.parent) break;
      inode = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    if (!inode.isDir()) break;
    const parent = inode.sb.inodes.get(inode.parent);
    if (!parent || parent === inode) break;
    parts.push(inode.name);
    inode = parent;
  }
  const path = '/' + parts.reverse().join('/');
  return reachable ? path : '(unreachable)' + path;
}
