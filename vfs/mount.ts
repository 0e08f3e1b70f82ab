// vfs/mount.ts — mounts and mount namespaces. A Mount puts a superblock's root on an inode of
// a parent mount; a PathRef (Linux's struct path) is a (mount, inode) pair, which is what the
// path walk moves through. Mounts are kept per namespace in an id-keyed table, and the
// "what is mounted here?" index is keyed by (parent mount id, inode number).
// Also the rules of mount(2) and umount2(2) (fs/namespace.c's path_mount() and do_umount()):
// new tmpfs/ramfs mounts with their options (mode=, uid=, gid=, size=, nr_inodes=), other
// filesystem types through a factory the caller passes (procfs), bind mounts (MS_BIND,
// MS_REC), MS_REMOUNT (read-only filesystems and mounts), MS_MOVE, propagation changes (kept as
// no-ops: one namespace, nothing propagates), lazy (MNT_DETACH) and expiring (MNT_EXPIRE)
// unmounts, and EBUSY while a mount is in use (open files, working or root directories,
// submounts). Owned by the VFS maintainers (names and mounts); callers decode syscall
// arguments and pass resolved paths.

import { EAGAIN, EBUSY, EINVAL, ELOOP, ENODEV, ENOENT, ENOTDIR, EPERM, type Errno } from '../abi/errno';
import {
  MNT_DETACH, MNT_EXPIRE, MNT_FORCE, MS_BIND, MS_MGC_MSK, MS_MGC_VAL, MS_MOVE, MS_NODEV, MS_NOEXEC,
  MS_NOSUID, MS_PRIVATE, MS_RDONLY, MS_REC, MS_REMOUNT, MS_SHARED, MS_SILENT, MS_SLAVE, MS_UNBINDABLE,
  CAP_SYS_ADMIN,
} from '../abi/misc';
import { capable, type VfsCtx } from './ctx';
import type { Inode, Superblock } from './inode';
import type { NameCache } from './namecache';
import type { Vfs } from './vfs';

export interface PathRef {
  readonly mnt: Mount;
  readonly inode: Inode;
}

/** The per-mount flags (MS_* bits) a mount keeps: MS_NOSUID, MS_NODEV, MS_NOEXEC. */
const MNT_FLAG_MASK = MS_NOSUID | MS_NODEV | MS_NOEXEC;

export class Mount {
  /** MS_RDONLY and friends that apply to this mount (not to the superblock). */
  readOnly = false;
  /** MS_NOSUID, MS_NODEV, MS_NOEXEC of this mount (shown in /proc/…/mounts). */
  flags = 0;
  /** The source string given to mount(2) (the device name in /proc/mounts). */
  source = '';
  /** Working and root directories (of fs contexts, vfs/fs_struct.ts) on this mount. */
  users = 0;
  /** Taken off its namespace by umount (MNT_DETACH leaves it to those still using it). */
  detached = false;
  /** MNT_EXPIRE's mark: set by a first umount2(MNT_EXPIRE), which then fails with EAGAIN. */
  expiryMark = false;
  constructor(
    readonly id: number,
    readonly sb: Superblock,
    /** The mount this one sits on, or null for the namespace's root mount (and detached ones). */
    public parent: Mount | null,
    /** The inode (in parent's superblock) this mount covers; the sb root for the root mount. */
    public mountpoint: Inode,
    /** The directory of sb this mount shows (its root, or a subdirectory for bind mounts). */
    readonly root: Inode,
  ) {}
}

export class MountNamespace {
  readonly mounts = new Map<number, Mount>();
  private readonly covered = new Map<number, Mount>();
  root!: Mount;

  constructor(
    private readonly allocId: () => number,
    /** The VFS's lookup cache (shared by every namespace and superblock of one kernel). */
    readonly names: NameCache,
  ) {}

  private static key(parent: Mount, inode: Inode): number {
    return parent.id * 2 ** 32 + inode.ino;
  }

  /** Mounts `sb` (showing `root`, its root by default) on `at`, or as the namespace root. */
  mount(sb: Superblock, at: PathRef | null, root: Inode = sb.root): Mount {
    this.names.invalidate();
    const m = new Mount(this.allocId(), sb, at ? at.mnt : null, at ? at.inode : root, root);
    this.mounts.set(m.id, m);
    root.refs++;
    if (at) {
      this.attach(m, at);
    } else {
      this.root = m;
    }
    return m;
  }

  /** Hangs `m` on `at` (its mountpoint takes a reference). */
  private attach(m: Mount, at: PathRef): void {
    m.parent = at.mnt;
    m.mountpoint = at.inode;
    this.covered.set(MountNamespace.key(at.mnt, at.inode), m);
    at.inode.mounted++;
    at.inode.refs++;
  }

  /** Takes `m` off its mountpoint (which drops its reference). */
  private unhang(m: Mount): void {
    const p = m.parent;
    if (!p) return;
    const key = MountNamespace.key(p, m.mountpoint);
    if (this.covered.get(key) === m) this.covered.delete(key);
    m.mountpoint.mounted--;
    m.mountpoint.refs--;
    m.mountpoint.sb.maybeFree(m.mountpoint);
    m.parent = null;
  }

  /** The mount covering `inode` of `parent`, if any (the most recent one). */
  mountedOn(parent: Mount, inode: Inode): Mount | undefined {
    if (inode.mounted === 0) return undefined;
    return this.covered.get(MountNamespace.key(parent, inode));
  }

  /** The mounts sitting directly on `m`. */
  children(m: Mount): Mount[] {
    const out: Mount[] = [];
    for (const c of this.mounts.values()) if (c.parent === m) out.push(c);
    return out;
  }

  /** `m` and every mount below it, parents first. */
  tree(m: Mount): Mount[] {
    const out = [m];
    for (let i = 0; i < out.length; i++) out.push(...this.children(out[i]!));
    return out;
  }

  /** umount_tree(): takes `m` and its submounts out of the namespace (lazily: users keep them). */
  umountTree(m: Mount): void {
    this.names.invalidate();
    const all = this.tree(m);
    for (let i = all.length - 1; i >= 0; i--) {
      const x = all[i]!;
      this.unhang(x);
      this.mounts.delete(x.id);
      x.detached = true;
      x.root.refs--;
      x.root.sb.maybeFree(x.root);
    }
  }

  /** MS_MOVE: hangs mount `m` (attached) on `at` instead. */
  move(m: Mount, at: PathRef): void {
    this.names.invalidate();
    this.unhang(m);
    this.attach(m, at);
  }
}

// ---------------------------------------------------------------------------------------------
// mount(2)

/** What mount(2) was given, decoded (strings already copied in; null for NULL pointers). */
export interface MountArgs {
  readonly source: string | null;
  readonly fstype: string | null;
  readonly flags: number;
  readonly data: string | null;
}

/**
 * Filesystem types other than tmpfs/ramfs that a new mount may make or find (procfs: "proc",
 * whose one superblock per pid namespace every mount shares); undefined: ENODEV.
 */
export type SuperblockFactory = (fstype: string) => Superblock | undefined;

/** The options tmpfs understands at mount time (shmem_fs_parameters), parsed. */
interface TmpfsOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  sizeLimit?: number;
  inodeLimit?: number;
  /** "ro" among the options: SB_RDONLY. */
  readOnly?: boolean;
}

/** memparse(): a number with an optional k/m/g/t/p/e suffix (binary multiples). */
function memparse(v: string): number | undefined {
  const m = /^(0x[0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([kKmMgGtTpPeE]?)$/.exec(v);
  if (!m) return undefined;
  let n = m[1]!.startsWith('0x') ? parseInt(m[1]!, 16) : m[1]!.length > 1 && m[1]!.startsWith('0') ? parseInt(m[1]!, 8) : parseInt(m[1]!, 10);
  const shift = m[2] === '' ? 0 : 'kmgtpe'.indexOf(m[2]!.toLowerCase()) + 1;
  n *= 2 ** (10 * shift);
  return n;
}

/** Parses tmpfs's comma-separated options (EINVAL for anything unknown or malformed). */
function parseTmpfsOptions(data: string | null, ramfs: boolean): TmpfsOptions | Errno {
  const o: TmpfsOptions = {};
  if (data === null) return o;
  for (const opt of data.split(',')) {
    if (opt === '') continue;
    const eq = opt.indexOf('=');
    const key = eq < 0 ? opt : opt.slice(0, eq);
    const val = eq < 0 ? null : opt.slice(eq + 1);
    switch (key) {
      case 'ro': o.readOnly = true; continue;
      case 'rw': o.readOnly = false; continue;
      case 'sync': case 'async': case 'dirsync': case 'lazytime': case 'nolazytime': case 'mand': case 'nomand':
      case 'silent': case 'source':
        continue;
      default: break;
    }
    if (key === 'mode') {
      if (val === null || !/^[0-7]+$/.test(val)) return EINVAL;
      o.mode = parseInt(val, 8) & 0o7777;
      continue;
    }
    if (ramfs) continue; // ramfs ignores every other option
    switch (key) {
      case 'uid': case 'gid': {
        if (val === null || !/^[0-9]+$/.test(val)) return EINVAL;
        const n = Number(val);
        if (n > 0xfffffffe) return EINVAL;
        if (key === 'uid') o.uid = n; else o.gid = n;
        break;
      }
      case 'size': case 'nr_blocks': case 'nr_inodes': {
        if (val === null) return EINVAL;
        const n = memparse(val);
        if (n === undefined) return EINVAL;
        if (key === 'size') o.sizeLimit = Math.ceil(n / 4096) * 4096;
        else if (key === 'nr_blocks') o.sizeLimit = n * 4096;
        else o.inodeLimit = n;
        break;
      }
      case 'huge':
        if (val === null || !['never', 'always', 'within_size', 'advise', 'deny', 'force'].includes(val)) return EINVAL;
        break;
      case 'inode32': case 'inode64': case 'noswap':
        if (val !== null) return EINVAL;
        break;
      default:
        return EINVAL;
    }
  }
  return o;
}

/** A new tmpfs (or ramfs) superblock with its options; 0 limits mean unlimited. */
function newTmpfs(vfs: Vfs, fstype: string, o: TmpfsOptions): Superblock {
  const sb = vfs.newSuperblock(fstype, o.mode ?? 0o1777, o.uid ?? 0, o.gid ?? 0);
  if (fstype === 'ramfs') sb.root.size = 0; // ramfs directories have no size
  if (o.sizeLimit) sb.sizeLimit = o.sizeLimit;
  if (o.inodeLimit) sb.inodeLimit = o.inodeLimit;
  return sb;
}

/** Is `ref` the root of its mount (path_mounted())? */
function isMountRoot(ref: PathRef): boolean {
  return ref.inode === ref.mnt.root;
}

/** Files open for writing through `m` (mnt_get_writers()). */
function writers(vfs: Vfs, m: Mount): boolean {
  for (const f of vfs.files.values()) if (f.mnt === m && f.writable && f.inode.isReg()) return true;
  return false;
}

/** sb_prepare_remount_readonly(): EBUSY while a file is open for writing or an unlinked inode lives. */
function remountReadonlyBusy(vfs: Vfs, sb: Superblock): boolean {
  for (const f of vfs.files.values()) if (f.inode.sb === sb && f.writable && f.inode.isReg()) return true;
  for (const i of sb.inodes.values()) if (i.nlink === 0 && i !== sb.root) return true;
  return false;
}

/** lock_mount(): the topmost mount stacked on `at` (a path resolved before a mount was put there). */
function topOf(ns: MountNamespace, at: PathRef): PathRef {
  for (let m = ns.mountedOn(at.mnt, at.inode); m; m = ns.mountedOn(at.mnt, at.inode)) at = { mnt: m, inode: m.root };
  return at;
}

/** lock_mount(): ENOENT for a mountpoint on a detached mount or a removed directory. */
function lockMountError(at: PathRef): Errno | undefined {
  if (at.mnt.detached) return ENOENT; // !is_mounted()
  if (at.inode.nlink === 0 && at.inode !== at.inode.sb.root) return ENOENT; // cant_mount()
  return undefined;
}

/** graft_tree(): a directory goes on a directory, anything else on a non-directory. */
function graftError(at: PathRef, root: Inode): Errno | undefined {
  return at.inode.isDir() !== root.isDir() ? ENOTDIR : undefined;
}

/**
 * path_mount(): mount(2) on the resolved target `at`. `lookup` resolves the source path of a
 * bind or move (following symlinks); `factory` makes superblocks of types tmpfs does not cover.
 */
export function doMount(vfs: Vfs, ctx: VfsCtx, target: PathRef, a: MountArgs,
  lookup: (path: string) => PathRef | Errno, factory: SuperblockFactory): Errno | undefined {
  let at = target;
  let flags = a.flags;
  if ((flags & MS_MGC_MSK) === MS_MGC_VAL) flags &= ~MS_MGC_MSK;
  if (flags & 0x80000000 /* MS_NOUSER */) return EINVAL;
  if (!capable(ctx.cred, CAP_SYS_ADMIN)) return EPERM;
  const ns = ctx.mntns;
  const mntFlags = flags & MNT_FLAG_MASK;
  const ro = (flags & MS_RDONLY) !== 0;

  if ((flags & (MS_REMOUNT | MS_BIND)) === (MS_REMOUNT | MS_BIND)) {
    // do_reconfigure_mnt(): the mount's own flags only.
    if (at.mnt.detached || !isMountRoot(at)) return EINVAL;
    if (ro && !at.mnt.readOnly && writers(vfs, at.mnt)) return EBUSY;
    at.mnt.readOnly = ro;
    at.mnt.flags = mntFlags;
    ns.names.invalidate();
    return undefined;
  }
  if (flags & MS_REMOUNT) {
    // do_remount(): the filesystem (and the mount's flags).
    if (at.mnt.detached || !isMountRoot(at)) return EINVAL;
    const sb = at.mnt.sb;
    let opts: TmpfsOptions = {};
    if (sb.fsType === 'tmpfs' || sb.fsType === 'ramfs' || sb.fsType === 'devtmpfs') {
      const o = parseTmpfsOptions(a.data, sb.fsType === 'ramfs');
      if ('code' in o) return o;
      opts = o;
      // shmem_reconfigure(): limits below what is in use are refused.
      if (opts.sizeLimit && opts.sizeLimit < sb.bytesUsed) return EINVAL;
      if (opts.inodeLimit && opts.inodeLimit < sb.inodes.size + sb.extraLinks) return EINVAL;
    }
    const sbRo = ro || opts.readOnly === true;
    if (sbRo && !sb.readOnly && remountReadonlyBusy(vfs, sb)) return EBUSY;
    if (opts.sizeLimit !== undefined) sb.sizeLimit = opts.sizeLimit || Number.MAX_SAFE_INTEGER;
    if (opts.inodeLimit !== undefined) sb.inodeLimit = opts.inodeLimit || Number.MAX_SAFE_INTEGER;
    sb.readOnly = sbRo;
    at.mnt.readOnly = ro;
    at.mnt.flags = mntFlags;
    ns.names.invalidate();
    return undefined;
  }
  if (flags & (MS_BIND | MS_MOVE) || !(flags & (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE))) at = topOf(ns, at);
  if (flags & MS_BIND) {
    // do_loopback()
    if (a.source === null || a.source === '') return EINVAL;
    const from = lookup(a.source);
    if (!('inode' in from)) return from;
    const locked = lockMountError(at);
    if (locked) return locked;
    if (from.mnt.detached) return EINVAL; // __do_loopback(): not in our namespace
    const err = graftError(at, from.inode);
    if (err) return err;
    const m = ns.mount(from.mnt.sb, at, from.inode);
    m.source = from.mnt.source;
    m.readOnly = from.mnt.readOnly;
    m.flags = from.mnt.flags;
    if (flags & MS_REC) {
      // Copy the submounts that are under the bound directory, keeping their places.
      const copies = new Map<Mount, Mount>([[from.mnt, m]]);
      for (const sub of ns.tree(from.mnt)) {
        if (sub === from.mnt || sub === m) continue;
        const parentCopy = sub.parent ? copies.get(sub.parent) : undefined;
        if (!parentCopy) continue;
        if (sub.parent === from.mnt && !isBelow(sub.mountpoint, from.inode)) continue;
        const c = ns.mount(sub.sb, { mnt: parentCopy, inode: sub.mountpoint }, sub.root);
        c.source = sub.source;
        c.readOnly = sub.readOnly;
        c.flags = sub.flags;
        copies.set(sub, c);
      }
    }
    return undefined;
  }
  if (flags & (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)) {
    // do_change_type(): one propagation type, on a mount root. Nothing propagates here.
    if (!isMountRoot(at)) return EINVAL;
    const type = flags & ~(MS_REC | MS_SILENT);
    if (![MS_SHARED, MS_PRIVATE, MS_SLAVE, MS_UNBINDABLE].includes(type)) return EINVAL;
    return undefined;
  }
  if (flags & MS_MOVE) {
    // do_move_mount_old()
    if (a.source === null || a.source === '') return EINVAL;
    const from = lookup(a.source);
    if (!('inode' in from)) return from;
    const m = from.mnt;
    if (!isMountRoot(from) || m.detached) return EINVAL;
    const locked = lockMountError(at);
    if (locked) return locked;
    if (at.inode.isDir() !== from.inode.isDir()) return EINVAL;
    // Under itself? (Linux 6.18 says so before refusing to move the namespace's root.)
    for (let p: Mount | null = at.mnt; p; p = p.parent) if (p === m) return ELOOP;
    if (!m.parent) return EINVAL; // the namespace root cannot move
    ns.move(m, at);
    return undefined;
  }
  // do_new_mount()
  if (a.fstype === null) return EINVAL;
  let sb: Superblock | undefined;
  if (a.fstype === 'tmpfs' || a.fstype === 'ramfs') {
    const o = parseTmpfsOptions(a.data, a.fstype === 'ramfs');
    if ('code' in o) return o;
    sb = newTmpfs(vfs, a.fstype, o);
    sb.readOnly = ro || o.readOnly === true;
  } else {
    sb = factory(a.fstype);
    if (!sb) return ENODEV;
    let mounted = false;
    for (const m of ns.mounts.values()) if (m.sb === sb) mounted = true;
    if (!mounted) sb.readOnly = ro; // a shared superblock (procfs) keeps its flags
    // do_add_mount(): the same filesystem on the same mount point is refused.
    if (at.mnt.sb === sb && isMountRoot(at)) return EBUSY;
  }
  const err = lockMountError(at) ?? graftError(at, sb.root);
  if (err) return err;
  const m = ns.mount(sb, at);
  m.readOnly = ro;
  m.flags = mntFlags;
  m.source = a.source ?? 'none';
  return undefined;
}

/** Is `inode` the directory `top` or somewhere below it (in one filesystem)? */
function isBelow(inode: Inode, top: Inode): boolean {
  let d: Inode | undefined = inode;
  for (let guard = 0; d && guard < 1 << 20; guard++) {
    if (d === top) return true;
    if (!d.isDir() || d.parent === d.ino) return false;
    d = d.sb.inodes.get(d.parent);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// umount2(2)

/** Is `m` in use: submounts, open files through it, working or root directories on it? */
function mountBusy(vfs: Vfs, ns: MountNamespace, m: Mount): boolean {
  if (m.users > 0) return true;
  for (const c of ns.mounts.values()) if (c.parent === m) return true;
  for (const f of vfs.files.values()) if (f.mnt === m) return true;
  return false;
}

/**
 * path_umount(): unmounts the mount whose root `at` is (the caller resolved the path, following
 * a final symlink unless UMOUNT_NOFOLLOW). EINVAL for anything that is not a mount root.
 */
export function doUmount(vfs: Vfs, ctx: VfsCtx, at: PathRef, flags: number): Errno | undefined {
  if (!capable(ctx.cred, CAP_SYS_ADMIN)) return EPERM;
  const m = at.mnt;
  if (!isMountRoot(at) || m.detached) return EINVAL;
  const ns = ctx.mntns;
  if (flags & MNT_EXPIRE) {
    if (m === ctx.fs.root.mnt || flags & (MNT_FORCE | MNT_DETACH)) return EINVAL;
    if (mountBusy(vfs, ns, m)) return EBUSY;
    if (!m.expiryMark) {
      m.expiryMark = true;
      return EAGAIN;
    }
  }
  if (m === ctx.fs.root.mnt && !(flags & MNT_DETACH)) {
    // do_umount_root(): "unmounting" the caller's root remounts it read-only.
    if (!m.sb.readOnly && remountReadonlyBusy(vfs, m.sb)) return EBUSY;
    m.sb.readOnly = true;
    ns.names.invalidate();
    return undefined;
  }
  if (!(flags & MNT_DETACH) && mountBusy(vfs, ns, m)) return EBUSY;
  if (!m.parent) return EINVAL; // the namespace root (not the caller's root: chrooted elsewhere)
  ns.umountTree(m);
  return undefined;
}
