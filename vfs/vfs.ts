// vfs/vfs.ts — one kernel's VFS: the id-keyed table of open files, the character-device
// table, superblock and mount-id allocation, the console, and the pipefs superblock. Created
// once per Kernel (no module-level state); everything else in vfs/ takes it as an argument.

import { S_IFDIR } from '../abi/stat';
import { makedev } from '../abi/stat';
import type { Timestamp } from './ctx';
import type { FileOps, OpenFile } from './file';
import { SlotTable } from './slot_table';
import { Superblock, type DirInode } from './inode';
import { FramePool } from './pages';
import { LockTable } from './locks';
import { Mount, MountNamespace } from './mount';
import { NameCache } from './namecache';
import { Console, DEV_CONSOLE, DEV_FULL, DEV_NULL, DEV_RANDOM, DEV_TTY, DEV_URANDOM, fullOps, nullOps, randomOps, zeroOps, DEV_ZERO } from './fs/devfs';

export interface VfsOptions {
  /** Fills a buffer from the kernel's seeded generator (/dev/urandom). */
  random(b: Uint8Array): void;
  /** CLOCK_REALTIME now. */
  now(): Timestamp;
}

export class Vfs {
  /** Every open file description, by id (ids are reused after a file is released). */
  readonly files = new SlotTable<OpenFile>();
  /** Character-device drivers by device number (rdev). */
  readonly chrdevs = new Map<number, FileOps>();
  readonly console = new Console();
  /** Whole-path lookups already resolved (vfs/namecache.ts: who must invalidate it). */
  readonly names = new NameCache();
  /** Page frames for file data (vfs/pages.ts). */
  readonly frames = new FramePool();
  /** Advisory file locks: flock, POSIX, OFD (vfs/locks.ts). */
  readonly locks = new LockTable();
  /** The superblock pipes' inodes live in. */
  readonly pipefs: Superblock;
  private nextMountId = 20;
  private nextAnonMinor = 20;

  constructor(readonly opts: VfsOptions) {
    this.pipefs = this.newSuperblock('pipefs', 0o600);
    for (const [dev, ops] of [
      [DEV_NULL, nullOps], [DEV_ZERO, zeroOps], [DEV_FULL, fullOps],
      [DEV_RANDOM, randomOps(opts.random)], [DEV_URANDOM, randomOps(opts.random)],
      [DEV_CONSOLE, this.console.ops], [DEV_TTY, this.console.ops],
    ] as const) {
      this.chrdevs.set(dev, ops);
    }
  }

  now(): Timestamp {
    return this.opts.now();
  }

  /** A new filesystem instance with an anonymous device number and a root directory. */
  newSuperblock(fsType: string, rootMode = 0o755, uid = 0, gid = 0): Superblock {
    const sb = new Superblock(makedev(0, this.nextAnonMinor++), fsType, this.names, this.frames);
    const root = sb.newInode(S_IFDIR | rootMode, uid, gid, this.now()) as DirInode;
    root.nlink = 2;
    root.parent = root.ino;
    root.size = 40;
    sb.root = root;
    return sb;
  }

  private shm: Mount | null = null;

  /** The kernel's internal tmpfs mount (shm_mnt) that memfd_create's files live on; in no namespace. */
  shmMount(): Mount {
    if (this.shm === null) {
      const sb = this.newSuperblock('tmpfs', 0o1777);
      this.shm = new Mount(this.nextMountId++, sb, null, sb.root, sb.root);
    }
    return this.shm;
  }

  newMountNamespace(): MountNamespace {
    return new MountNamespace(() => this.nextMountId++, this.names);
  }

  /** Registers a new open file description (one reference) on `inode`. */
  register(f: OpenFile): OpenFile {
    this.files.set(f.id, f);
    f.inode.refs++;
    return f;
  }

  allocFileId(): number {
    return this.files.allocId();
  }

  /** Takes another reference to an open file (dup, fork). */
  fget(f: OpenFile): OpenFile {
    f.refs++;
    return f;
  }

  /**
   * filp_close(): an fd naming `f` is closed in the fd table `owner` (close, dup2 over it,
   * exec, exit): the table's POSIX locks on the inode go, then the reference.
   */
  filpClose(f: OpenFile, owner: object): void {
    this.locks.closePosix(f, owner);
    this.fput(f);
  }

  /** Drops a reference; the last one releases the file and maybe its unlinked inode. */
  fput(f: OpenFile): void {
    if (--f.refs > 0) return;
    this.locks.fileReleased(f);
    f.ops.release?.(f);
    this.files.delete(f.id, true);
    f.inode.refs--;
    f.inode.sb.maybeFree(f.inode);
  }
}
