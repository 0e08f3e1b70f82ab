// vfs/namecache.ts — a cache of whole-path lookups, Linux's dcache in spirit: pathLookup()
// answers a path it resolved before, for the same caller credentials, root, starting
// directory and flags, without walking it again (one hash probe instead of a hash probe per
// component). Negative answers (ENOENT…) are cached too, like negative dentries.
//
// Coherence rule — whoever changes what a lookup could see calls invalidate(): a directory
// entry added or removed (vfs/namei.ts addEntry/removeEntry), a mount, a change of the mode or
// owner of any inode (vfs/attr.ts: chmod, chown, the set-id clearing of writes). checkInvariants() re-walks every cached
// path and reports an entry that disagrees with a fresh walk. One cache per VFS: its
// superblocks and mount namespaces share it.

import type { Errno } from '../abi/errno';
import type { VfsCred } from './ctx';
import type { Inode } from './inode';
import type { Mount, PathRef } from './mount';

export interface NameCacheEntry {
  /** The cache generation the entry was made in; older generations are stale. */
  readonly gen: number;
  readonly cred: VfsCred;
  readonly rootMnt: Mount;
  readonly root: Inode;
  readonly baseMnt: Mount;
  readonly base: Inode;
  readonly flags: number;
  readonly result: PathRef | Errno;
}

/** The most paths kept; the cache starts over when full. */
const CAPACITY = 4096;

export class NameCache {
  private readonly entries = new Map<string, NameCacheEntry>();
  /** Bumped by invalidate(): entries of older generations no longer count (O(1) invalidation). */
  private gen = 0;
  /** Lookups answered from the cache and walked, for tests and tools. */
  hits = 0;
  misses = 0;

  /** The cached answer for `path`, if it was resolved under the same conditions. */
  get(path: string, cred: VfsCred, root: PathRef, base: PathRef, flags: number): PathRef | Errno | undefined {
    const e = this.entries.get(path);
    if (e !== undefined && e.gen === this.gen && e.flags === flags && e.cred === cred && e.base === base.inode && e.root === root.inode &&
      e.baseMnt === base.mnt && e.rootMnt === root.mnt) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  put(path: string, cred: VfsCred, root: PathRef, base: PathRef, flags: number, result: PathRef | Errno): void {
    if (this.entries.size >= CAPACITY) this.entries.clear();
    this.entries.set(path, { gen: this.gen, cred, rootMnt: root.mnt, root: root.inode, baseMnt: base.mnt, base: base.inode, flags, result });
  }

  /** Something a lookup could see has changed: forget every answer. */
  invalidate(): void {
    this.gen++;
  }

  /** Every current (not stale) cached path and entry, for the invariant checker. */
  *all(): IterableIterator<[string, NameCacheEntry]> {
    for (const [path, e] of this.entries) if (e.gen === this.gen) yield [path, e];
  }
}
