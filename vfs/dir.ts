// vfs/dir.ts — a directory's entries: name → inode number, plus what getdents64 needs from
// tmpfs (Linux 6.18's libfs "offset directories"): every entry keeps the offset it got when
// it was created (3, 4, … in creation order, never reused), a listing walks from the newest
// to the oldest, and resumes at the entry with the largest offset at or below its position.
//
// Layout: entries sit in slots in creation order (names, inode numbers, offsets and name
// hashes in parallel arrays; a removed entry leaves an empty slot until the next compaction),
// found by name through an open-addressing hash table of (hash, slot) pairs in one Int32Array.
// Why not a Map: in a directory of 100,000 names a Map lookup that misses touches four or
// five cache lines (bucket, chained entries, each key string), this table usually one; and an
// entry costs about 45 bytes here against about 60. Only vfs/ changes a directory's entries.

/** The first offset tmpfs gives an entry (0 and 1 are "." and "..", 2 means "the newest"). */
export const FIRST_ENTRY_OFFSET = 3;

const EMPTY = 0; // a free table cell holds slot+1 = 0

/** FNV-1a over the name's char codes (binary strings: one byte a char); never 0. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h | 1;
}

export class DirEntries implements Iterable<[string, number]> {
  /** slot → name, or undefined for a removed entry. */
  private names: (string | undefined)[] = [];
  /** slot → inode number, getdents offset (ascending with the slot) and name hash. */
  private inos = new Int32Array(4);
  private offs = new Int32Array(4);
  private hashes = new Int32Array(4);
  /** slot → d_type (0: unknown, look at the inode), so getdents need not touch every inode. */
  private types = new Uint8Array(4);
  /** Cells of [hash, slot + 1]; a power of two of cells, at most half full. */
  private table = new Int32Array(16);
  private mask = 7;
  private live = 0;
  private nextOffset = FIRST_ENTRY_OFFSET;
  /**
   * Do offsets ascend with the slots? True until a rename puts an entry at the newest slot
   * with an older offset (tmpfs moves a renamed dentry to the head of its parent's list but
   * may keep the offset of the entry it replaced); then slotAtOrBelow() scans.
   */
  private ordered = true;

  get size(): number {
    return this.live;
  }

  /** The table cell holding `name`, or -1. */
  private find(name: string, h: number): number {
    const t = this.table;
    const mask = this.mask;
    for (let c = h & mask; ; c = (c + 1) & mask) {
      const s = t[2 * c + 1]!;
      if (s === EMPTY) return -1;
      if (t[2 * c] === h && this.names[s - 1] === name) return c;
    }
  }

  /** The inode number named `name`, or undefined. */
  get(name: string): number | undefined {
    const c = this.find(name, hashName(name));
    return c < 0 ? undefined : this.inos[this.table[2 * c + 1]! - 1];
  }

  has(name: string): boolean {
    return this.find(name, hashName(name)) >= 0;
  }

  /**
   * Adds `name` (which must be new) as the newest entry; `type` is its d_type if known. A
   * rename passes the getdents offset the entry keeps (else it gets the next one).
   */
  add(name: string, ino: number, type = 0, offset?: number): void {
    let slot = this.names.length;
    if (slot === this.inos.length) {
      this.compact();
      slot = this.names.length;
      if (slot === this.inos.length) this.growSlots();
    }
    if (2 * (this.live + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    const h = hashName(name);
    this.names.push(name);
    this.inos[slot] = ino;
    if (offset === undefined) {
      offset = this.nextOffset++;
    } else if (this.ordered) {
      for (let s = slot - 1; s >= 0; s--) {
        if (this.names[s] === undefined) continue;
        if (this.offs[s]! > offset) this.ordered = false;
        break;
      }
    }
    this.offs[slot] = offset;
    this.hashes[slot] = h;
    this.types[slot] = type;
    this.place(h, slot);
    this.live++;
  }

  /** Points an existing entry at another inode, keeping its place (RENAME_EXCHANGE). */
  replace(name: string, ino: number, type = 0): void {
    const c = this.find(name, hashName(name));
    if (c < 0) return;
    const slot = this.table[2 * c + 1]! - 1;
    this.inos[slot] = ino;
    this.types[slot] = type;
  }

  /** Removes `name`; returns whether it was there. */
  delete(name: string): boolean {
    const c = this.find(name, hashName(name));
    if (c < 0) return false;
    this.names[this.table[2 * c + 1]! - 1] = undefined;
    this.unplace(c);
    this.live--;
    if (this.live === 0) {
      this.names = []; // empty: start the slots over (offsets go on)
      this.ordered = true;
    }
    return true;
  }

  /** The offset the entry `name` was given. */
  offsetOf(name: string): number | undefined {
    const c = this.find(name, hashName(name));
    return c < 0 ? undefined : this.offs[this.table[2 * c + 1]! - 1];
  }

  /** Entries in creation order. */
  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let s = 0; s < this.names.length; s++) {
      const n = this.names[s];
      if (n !== undefined) yield [n, this.inos[s]!];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [n] of this) yield n;
  }

  /**
   * getdents' walk, without allocating: the slot of the newest entry with an offset ≤ `pos`
   * (Infinity: the newest of all), or -1. Walk down from it with nameAt/inoAt/offAt, skipping
   * slots whose nameAt is undefined (removed entries).
   */
  slotAtOrBelow(pos: number): number {
    if (!this.ordered) return this.scanAtOrBelow(pos);
    let lo = 0;
    let hi = this.names.length - 1;
    let start = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.offs[mid]! <= pos) {
        start = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    while (start >= 0 && this.names[start] === undefined) start--;
    return start;
  }

  /** A fresh offset, for an entry a rename adds after another one (RENAME_WHITEOUT). */
  allocOffset(): number {
    return this.nextOffset++;
  }

  /**
   * slotAtOrBelow() once renames have mixed the offsets: the newest slot for Infinity, else
   * the slot holding the largest offset ≤ pos (mas_find_rev()), found by a scan.
   */
  private scanAtOrBelow(pos: number): number {
    let best = -1;
    for (let s = this.names.length - 1; s >= 0; s--) {
      if (this.names[s] === undefined) continue;
      if (pos === Infinity) return s;
      const o = this.offs[s]!;
      if (o <= pos && (best < 0 || o > this.offs[best]!)) best = s;
    }
    return best;
  }

  nameAt(slot: number): string | undefined {
    return this.names[slot];
  }

  inoAt(slot: number): number {
    return this.inos[slot]!;
  }

  offAt(slot: number): number {
    return this.offs[slot]!;
  }

  /** The d_type recorded for the slot's entry, or 0 (unknown: ask the inode). */
  typeAt(slot: number): number {
    return this.types[slot]!;
  }

  /**
   * Entries from the newest with an offset ≤ `pos` (all of them when pos is Infinity) to the
   * oldest, as [name, ino, offset].
   */
  *newestFrom(pos: number): IterableIterator<[string, number, number]> {
    for (let s = this.slotAtOrBelow(pos); s >= 0; s--) {
      const n = this.names[s];
      if (n !== undefined) yield [n, this.inos[s]!, this.offs[s]!];
    }
  }

  /** Puts slot `slot` (hash `h`) in the first free cell of its probe sequence. */
  private place(h: number, slot: number): void {
    const t = this.table;
    const mask = this.mask;
    let c = h & mask;
    while (t[2 * c + 1] !== EMPTY) c = (c + 1) & mask;
    t[2 * c] = h;
    t[2 * c + 1] = slot + 1;
  }

  /** Frees cell `c`, shifting later cells of the same run back (no tombstones). */
  private unplace(c: number): void {
    const t = this.table;
    const mask = this.mask;
    let hole = c;
    for (let j = (c + 1) & mask; t[2 * j + 1] !== EMPTY; j = (j + 1) & mask) {
      const home = t[2 * j]! & mask;
      // The entry at j may move into the hole unless its home lies cyclically in (hole, j].
      const stays = hole <= j ? home > hole && home <= j : home > hole || home <= j;
      if (stays) continue;
      t[2 * hole] = t[2 * j]!;
      t[2 * hole + 1] = t[2 * j + 1]!;
      hole = j;
    }
    t[2 * hole] = 0;
    t[2 * hole + 1] = EMPTY;
  }

  /** Rebuilds the table with `cells` cells. */
  private rehash(cells: number): void {
    this.table = new Int32Array(2 * cells);
    this.mask = cells - 1;
    for (let s = 0; s < this.names.length; s++) {
      if (this.names[s] !== undefined) this.place(this.hashes[s]!, s);
    }
  }

  /** Drops empty slots when they are at least half of the slots (offsets are kept). */
  private compact(): void {
    const n = this.names.length;
    if (n - this.live < n / 2) return;
    const names: string[] = [];
    let w = 0;
    for (let s = 0; s < n; s++) {
      const name = this.names[s];
      if (name === undefined) continue;
      names.push(name);
      this.inos[w] = this.inos[s]!;
      this.offs[w] = this.offs[s]!;
      this.hashes[w] = this.hashes[s]!;
      this.types[w] = this.types[s]!;
      w++;
    }
    this.names = names;
    this.rehash(this.mask + 1); // slots moved
  }

  private growSlots(): void {
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.inos = grow(this.inos);
    this.offs = grow(this.offs);
    this.hashes = grow(this.hashes);
    const types = new Uint8Array(this.types.length * 2);
    types.set(this.types);
    this.types = types;
  }
}
