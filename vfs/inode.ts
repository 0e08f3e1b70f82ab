// vfs/inode.ts — inodes and superblocks: the filesystem objects, as data in id-keyed tables.
// A Superblock owns its inodes in a table keyed by inode number; directories map names to
// inode numbers (never to objects: vfs/dir.ts), and remember their parent and own name for
// `..` and getcwd. Inode holds what every type has; RegularInode (pages), DirInode (entries),
// SymlinkInode (target) and SpecialInode (FIFO pipe, device number) add the rest.
// Filesystems (vfs/fs/*) create inodes through their Superblock; only vfs/ mutates them.

import { S_IFDIR, S_IFMT, S_IFLNK, S_IFREG, S_IFIFO, S_IFCHR, S_IFBLK, S_IFSOCK } from '../abi/stat';
import { FS_APPEND_FL, FS_IMMUTABLE_FL } from '../abi/ioctl';
import type { Timestamp } from './ctx';
import { SlotTable } from './slot_table';
import type { NameCache } from './namecache';
import { DirEntries } from './dir';
import { FileData, type FramePool } from './pages';
import type { Pipe } from './fs/pipefs';
import type { Errno } from '../abi/errno';
import type { UPtr } from '../mm/usercopy';
import type { VfsCtx } from './ctx';
import type { FileOps, OpenFile } from './file';
import type { PathRef } from './mount';

/**
 * What every inode has. Kept small — an empty file costs one of these (about 120 bytes) plus
 * its directory entry — so type-specific state lives in the subclasses below.
 */
export abstract class Inode {
  mode: number;
  uid: number;
  gid: number;
  nlink = 0;
  /** File size in bytes (directories: as tmpfs reports it, 40 + 20 per entry). */
  size = 0;
  /** References that keep an unlinked inode alive: open files, cwd/root, mounts. */
  refs = 0;
  /** How many mounts sit on this inode (in any mount namespace). */
  mounted = 0;
  /** The inode flags of FS_IOC_GETFLAGS/SETFLAGS (FS_IMMUTABLE_FL, FS_APPEND_FL, FS_NODUMP_FL,
   *  FS_NOATIME_FL: what tmpfs keeps, shmem_fileattr_set; kernel/syscalls/sys_ioctl.ts sets them). */
  fsflags = 0;
  /** A non-directory's last name, kept when its last link went (unlink, or a rename over it):
   *  d_path of the removed file, "/dir/name (deleted)" (Linux keeps the dentry's name). */
  lastName: { dir: DirInode; name: string } | null = null;
  /** The four timestamps; shared (copy-on-write) by inodes created in the same tick. */
  private t: Times;
  constructor(
    readonly sb: Superblock,
    readonly ino: number,
    mode: number,
    uid: number,
    gid: number,
    times: Times,
  ) {
    this.mode = mode;
    this.uid = uid;
    this.gid = gid;
    this.t = times;
  }

  get atimeSec(): number { return this.t.aSec; }
  get atimeNsec(): number { return this.t.aNsec; }
  get mtimeSec(): number { return this.t.mSec; }
  get mtimeNsec(): number { return this.t.mNsec; }
  get ctimeSec(): number { return this.t.cSec; }
  get ctimeNsec(): number { return this.t.cNsec; }
  get btimeSec(): number { return this.t.bSec; }
  get btimeNsec(): number { return this.t.bNsec; }

  /** This inode's own Times, copied first if it is shared. */
  private ownTimes(): Times {
    let t = this.t;
    if (t.shared) this.t = t = t.copy();
    return t;
  }

  get type(): number {
    return this.mode & S_IFMT;
  }
  /** IS_APPEND(): append-only (FS_APPEND_FL). */
  get isAppend(): boolean {
    return (this.fsflags & FS_APPEND_FL) !== 0;
  }
  /** IS_IMMUTABLE(): immutable (FS_IMMUTABLE_FL). */
  get isImmutable(): boolean {
    return (this.fsflags & FS_IMMUTABLE_FL) !== 0;
  }

  isDir(): this is DirInode {
    return (this.mode & S_IFMT) === S_IFDIR;
  }
  isReg(): this is RegularInode {
    return (this.mode & S_IFMT) === S_IFREG;
  }
  isSymlink(): this is SymlinkInode {
    return (this.mode & S_IFMT) === S_IFLNK;
  }
  /** FIFOs, sockets and device nodes. */
  isSpecial(): this is SpecialInode {
    return this instanceof SpecialInode;
  }

  /** Sets the named timestamps to `t` (a: access, m: modification, c: status change). */
  setTimes(which: 'a' | 'm' | 'c' | 'mc' | 'amc', t: Timestamp): void {
    const sec = t.sec;
    const nsec = t.nsec | 0; // an int (never -0) keeps the field a small integer for V8
    const o = this.t;
    const a = which.includes('a');
    const m = which.includes('m');
    // Nothing to change (many writes within one tick): keep sharing.
    if ((!a || (o.aSec === sec && o.aNsec === nsec)) && (!m || (o.mSec === sec && o.mNsec === nsec)) &&
      (o.cSec === sec && o.cNsec === nsec || !which.includes('c'))) return;
    const w = this.ownTimes();
    if (a) { w.aSec = sec; w.aNsec = nsec; }
    if (m) { w.mSec = sec; w.mNsec = nsec; }
    if (which.includes('c')) { w.cSec = sec; w.cNsec = nsec; }
  }

  /** Sets one timestamp to any value (utimensat); `b` is the birth time. */
  setTime(which: 'a' | 'm' | 'c' | 'b', sec: number, nsec: number): void {
    const w = this.ownTimes();
    nsec |= 0;
    switch (which) {
      case 'a': w.aSec = sec; w.aNsec = nsec; break;
      case 'm': w.mSec = sec; w.mNsec = nsec; break;
      case 'c': w.cSec = sec; w.cNsec = nsec; break;
      case 'b': w.bSec = sec; w.bNsec = nsec; break;
    }
  }
}

/**
 * An inode's access, modification, status-change and birth times, in seconds and nanoseconds.
 * Inodes created in the same clock tick share one (they are equal), marked `shared`; the first
 * change gives an inode its own copy. Only Inode's methods change these.
 */
export class Times {
  constructor(
    public aSec: number, public aNsec: number,
    public mSec: number, public mNsec: number,
    public cSec: number, public cNsec: number,
    public bSec: number, public bNsec: number,
    readonly shared: boolean,
  ) {}

  static of(now: Timestamp, shared: boolean): Times {
    const s = now.sec;
    const n = now.nsec | 0;
    return new Times(s, n, s, n, s, n, s, n, shared);
  }

  copy(): Times {
    return new Times(this.aSec, this.aNsec, this.mSec, this.mNsec, this.cSec, this.cNsec, this.bSec, this.bNsec, false);
  }
}

/** A regular file: its bytes in pages (vfs/pages.ts). */
export class RegularInode extends Inode {
  /** The file's pages; created on the first write (an empty file has none). */
  data: FileData | null = null;
  /** O_TMPFILE without O_EXCL: linkat may give this unlinked file a name (I_LINKABLE). */
  linkable = false;
  /** File seals (vfs/seals.ts): F_SEAL_SEAL (= 1) for every file but a sealable memfd. */
  seals = 1;
  /** memfd_create's name ("memfd:…"): what d_path shows for the unnamed file. */
  memfdName: string | null = null;

  /** The pages, created on demand. */
  pages(): FileData {
    return (this.data ??= new FileData(this.sb.frames));
  }
}

/** A directory: its entries, and where it hangs (for `..` and getcwd). */
export class DirInode extends Inode {
  readonly entries = new DirEntries();
  /** The parent's inode number (itself for a filesystem's root) and this one's name in it. */
  parent = 0;
  name = '';
}

/** tmpfs keeps a target shorter than this in the inode; a longer one takes a page of the size limit. */
export const SHORT_SYMLINK_LEN = 128;

/** A symbolic link: its target, a binary string. */
export class SymlinkInode extends Inode {
  target = '';
}

/** A FIFO, a socket or a device node. */
export class SpecialInode extends Inode {
  /** FIFOs: the pipe, created on first open. */
  pipe: Pipe | null = null;
  /** Device nodes: the device number. */
  rdev = 0;
}

/** The device number stat reports (st_rdev): a device node's, else 0. */
export function rdevOf(i: Inode): number {
  return i instanceof SpecialInode ? i.rdev : 0;
}

/** d_type values of getdents64 (include/linux/fs_types.h DT_*), from the mode's type. */
export function dtype(mode: number): number {
  switch (mode & S_IFMT) {
    case S_IFIFO: return 1;
    case S_IFCHR: return 2;
    case S_IFDIR: return 4;
    case S_IFBLK: return 6;
    case S_IFREG: return 8;
    case S_IFLNK: return 10;
    case S_IFSOCK: return 12;
    default: return 0;
  }
}

/**
 * What a filesystem whose names are made when they are looked up (procfs: vfs/fs/procfs.ts)
 * supplies instead of directory entries. Path walks through such a filesystem ask lookup(),
 * are never kept in the name cache, and follow its symlinks through follow() (which may jump
 * straight to an object: Linux's magic links).
 */
export interface DynamicFs {
  /** The inode `name` names in `dir` now (undefined: ENOENT). */
  lookup(dir: DirInode, name: string): Inode | undefined;
  /** getdents64(2) on one of its directories. */
  getdents(ctx: VfsCtx, f: OpenFile, dst: UPtr, count: number): number | Errno;
  /** The operations of regular file `inode` opened with `flags`, or why it cannot be opened. */
  open(ctx: VfsCtx, inode: Inode, flags: number): FileOps | Errno;
  /** readlink(2) of one of its symlinks. */
  readlink(ctx: VfsCtx, link: SymlinkInode): string | Errno;
  /** Following one of its symlinks: a target to walk from the link's directory, or the object itself. */
  follow(ctx: VfsCtx, link: SymlinkInode): string | PathRef | Errno;
  /** unlink/rmdir of one of its names (after the permission checks): the error Linux gives. */
  removeError(dir: DirInode, victim: Inode): Errno;
}

/** One mounted filesystem instance: its device number, type, options and inode table. */
export class Superblock {
  /** Set for filesystems whose names are generated (procfs); null for every other. */
  dyn: DynamicFs | null = null;
  /** Inode number → inode (numbers are handed out in order, never reused). */
  readonly inodes = new SlotTable<Inode>();
  private nextIno: number;
  /** The Times of the inodes created last (shared by those created in the same tick). */
  private lastTimes: Times | null = null;
  root!: DirInode;
  /** Mount-independent flags of the filesystem (SB_RDONLY …). */
  readOnly = false;
  /** Bytes in use by file data (whole pages: for statfs and the size limit). */
  bytesUsed = 0;
  /** tmpfs's size= option: the most bytes of file data (ENOSPC beyond). */
  sizeLimit = Number.MAX_SAFE_INTEGER;
  /** tmpfs's nr_inodes= option: the most inodes (ENOSPC beyond). */
  inodeLimit = Number.MAX_SAFE_INTEGER;
  /** Extra names of non-directories (each hard link past the first): tmpfs charges them to nr_inodes. */
  extraLinks = 0;

  constructor(
    readonly dev: number,
    readonly fsType: string,
    /** The VFS's lookup cache: changes to this filesystem's names invalidate it. */
    readonly names: NameCache,
    /** The kernel's page frames (file data). */
    readonly frames: FramePool,
    /** Block size reported in st_blksize and statfs. */
    readonly blockSize = 4096,
    firstIno = 1,
  ) {
    this.nextIno = firstIno;
  }

  /** Creates an inode of `mode`'s type (nlink 0: the caller links it), all timestamps `now`. */
  newInode(mode: number, uid: number, gid: number, now: Timestamp): Inode {
    const ino = this.nextIno++;
    let t = this.lastTimes;
    if (t === null || t.bSec !== now.sec || t.bNsec !== (now.nsec | 0)) this.lastTimes = t = Times.of(now, true);
    let inode: Inode;
    switch (mode & S_IFMT) {
      case S_IFREG: inode = new RegularInode(this, ino, mode, uid, gid, t); break;
      case S_IFDIR: inode = new DirInode(this, ino, mode, uid, gid, t); break;
      case S_IFLNK: inode = new SymlinkInode(this, ino, mode, uid, gid, t); break;
      default: inode = new SpecialInode(this, ino, mode, uid, gid, t);
    }
    this.inodes.set(ino, inode);
    return inode;
  }

  /** Looks a name up in a directory of this filesystem. */
  lookup(dir: DirInode, name: string): Inode | undefined {
    if (this.dyn !== null) return this.dyn.lookup(dir, name);
    const ino = dir.entries.get(name);
    return ino === undefined ? undefined : this.inodes.get(ino);
  }

  /** Drops an inode that has no links and no references left (and frees its pages). */
  maybeFree(inode: Inode): void {
    if (inode.nlink === 0 && inode.refs === 0 && inode !== this.root) {
      if (inode instanceof RegularInode && inode.data) {
        this.bytesUsed -= inode.data.count * 4096;
        inode.data.clear();
      }
      if (inode instanceof SymlinkInode && this.dyn === null && inode.target.length >= SHORT_SYMLINK_LEN) this.bytesUsed -= 4096; // its page
      this.inodes.delete(inode.ino);
    }
  }
}

