// vfs/inode.ts — inodes and superblocks: the filesystem objects, as data in id-keyed tables.
// A Superblock owns its inodes in a Map keyed by inode number; directories map names to
// inode numbers (never to objects), and remember their parent and own name for `..` and
// getcwd. One Inode class serves every file type; type-specific fields are null otherwise.
// Filesystems (vfs/fs/*) create inodes through their Superblock; only vfs/ mutates them.

import { S_IFDIR, S_IFMT, S_IFLNK, S_IFREG, S_IFIFO, S_IFCHR, S_IFBLK, S_IFSOCK } from '../abi/stat';
import type { Timestamp } from './ctx';
import { SlotTable } from './slot_table';
import type { NameCache } from './namecache';
import type { Pipe } from './fs/pipefs';

export class Inode {
  mode: number;
  uid: number;
  gid: number;
  nlink = 0;
  rdev = 0;
  /** File size in bytes (for directories: as tmpfs reports it, see sizeOfDir). */
  size = 0;
  atimeSec = 0;
  atimeNsec = 0;
  mtimeSec = 0;
  mtimeNsec = 0;
  ctimeSec = 0;
  ctimeNsec = 0;
  btimeSec = 0;
  btimeNsec = 0;

  /** Regular files: the bytes [0, size) live in data[0, size). */
  data: Uint8Array | null = null;
  /** Directories: name → inode number in the same superblock. */
  entries: Map<string, number> | null = null;
  /** Directories: name → the entry's getdents offset, as tmpfs's simple_offset hands them out
   *  (3, 4, … in order of creation, never reused; vfs/readdir.ts), and the next one. */
  offsets: Map<string, number> | null = null;
  nextOffset = 3;
  /** Directories: the parent's inode number (itself for the root) and this one's name in it. */
  parent = 0;
  name = '';
  /** Symlinks: the target, a binary string. */
  target: string | null = null;
  /** FIFOs: the pipe, created on first open. */
  pipe: Pipe | null = null;

  /** References that keep an unlinked inode alive: open files, cwd/root, mounts. */
  refs = 0;
  /** How many mounts sit on this inode (in any mount namespace). */
  mounted = 0;

  constructor(
    readonly sb: Superblock,
    readonly ino: number,
    mode: number,
    uid: number,
    gid: number,
  ) {
    this.mode = mode;
    this.uid = uid;
    this.gid = gid;
  }

  get type(): number {
    return this.mode & S_IFMT;
  }
  isDir(): boolean {
    return (this.mode & S_IFMT) === S_IFDIR;
  }
  isReg(): boolean {
    return (this.mode & S_IFMT) === S_IFREG;
  }
  isSymlink(): boolean {
    return (this.mode & S_IFMT) === S_IFLNK;
  }

  setTimes(which: 'a' | 'm' | 'c' | 'mc' | 'amc', t: Timestamp): void {
    if (which.includes('a')) { this.atimeSec = t.sec; this.atimeNsec = t.nsec; }
    if (which.includes('m')) { this.mtimeSec = t.sec; this.mtimeNsec = t.nsec; }
    if (which.includes('c')) { this.ctimeSec = t.sec; this.ctimeNsec = t.nsec; }
  }
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

/** One mounted filesystem instance: its device number, type, options and inode table. */
export class Superblock {
  /** Inode number → inode (numbers are handed out in order, never reused). */
  readonly inodes = new SlotTable<Inode>();
  private nextIno: number;
  root!: Inode;
  /** Mount-independent flags of the filesystem (SB_RDONLY …). */
  readOnly = false;
  /** Bytes in use by file data (for statfs and the tmpfs size limit). */
  bytesUsed = 0;

  constructor(
    readonly dev: number,
    readonly fsType: string,
    /** The VFS's lookup cache: changes to this filesystem's names invalidate it. */
    readonly names: NameCache,
    /** Block size reported in st_blksize and statfs. */
    readonly blockSize = 4096,
    firstIno = 1,
  ) {
    this.nextIno = firstIno;
  }

  /** Creates an inode (nlink 0: the caller links it) with all timestamps `now`. */
  newInode(mode: number, uid: number, gid: number, now: Timestamp): Inode {
    const ino = this.nextIno++;
    const inode = new Inode(this, ino, mode, uid, gid);
    inode.atimeSec = inode.mtimeSec = inode.ctimeSec = inode.btimeSec = now.sec;
    inode.atimeNsec = inode.mtimeNsec = inode.ctimeNsec = inode.btimeNsec = now.nsec;
    if ((mode & S_IFMT) === S_IFDIR) inode.entries = new Map();
    if ((mode & S_IFMT) === S_IFREG) inode.data = EMPTY;
    this.inodes.set(ino, inode);
    return inode;
  }

  /** Looks a name up in a directory of this filesystem. */
  lookup(dir: Inode, name: string): Inode | undefined {
    const ino = dir.entries!.get(name);
    return ino === undefined ? undefined : this.inodes.get(ino);
  }

  /** Drops an inode that has no links and no references left. */
  maybeFree(inode: Inode): void {
    if (inode.nlink === 0 && inode.refs === 0 && inode !== this.root) {
      if (inode.data) this.bytesUsed -= inode.data.length;
      this.inodes.delete(inode.ino);
    }
  }
}

const EMPTY = new Uint8Array(0);
