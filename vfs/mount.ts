// vfs/mount.ts — mounts and mount namespaces. A Mount puts a superblock's root on an inode of
// a parent mount; a PathRef (Linux's struct path) is a (mount, inode) pair, which is what the
// path walk moves through. Mounts are kept per namespace in an id-keyed table, and the
// "what is mounted here?" index is keyed by (parent mount id, inode number).

import type { Inode, Superblock } from './inode';
import type { NameCache } from './namecache';

export interface PathRef {
  readonly mnt: Mount;
  readonly inode: Inode;
}

export class Mount {
  /** MS_RDONLY and friends that apply to this mount (not to the superblock). */
  readOnly = false;
  constructor(
    readonly id: number,
    readonly sb: Superblock,
    /** The mount this one sits on, or null for the namespace's root mount. */
    readonly parent: Mount | null,
    /** The inode (in parent's superblock) this mount covers; the sb root for the root mount. */
    readonly mountpoint: Inode,
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
      this.covered.set(MountNamespace.key(at.mnt, at.inode), m);
      at.inode.mounted++;
      at.inode.refs++;
    } else {
      this.root = m;
    }
    return m;
  }

  /** The mount covering `inode` of `parent`, if any (the most recent one). */
  mountedOn(parent: Mount, inode: Inode): Mount | undefined {
    if (inode.mounted === 0) return undefined;
    return this.covered.get(MountNamespace.key(parent, inode));
  }
}
