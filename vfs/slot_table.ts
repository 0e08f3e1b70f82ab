// vfs/slot_table.ts — an id-keyed table for ids that are small integers handed out in order:
// an array indexed by id, with the Map methods its readers use (get, set, delete, has,
// values, iteration, size). A lookup is one indexed load where a Map costs a hash probe; the
// array is kept packed (never holey) so V8 keeps it fast. Superblocks keep their inodes in
// one (vfs/inode.ts) and the VFS its open files (vfs/vfs.ts, ids reused after release).

export class SlotTable<T> implements Iterable<[number, T]> {
  private readonly slots: (T | undefined)[] = [];
  private readonly free: number[] = [];
  private count = 0;

  /** A fresh id: the most recently released one, or the next unused one (for reused ids). */
  allocId(): number {
    const id = this.free.pop();
    if (id !== undefined) return id;
    if (this.slots.length === 0) this.slots.push(undefined); // ids start at 1
    this.slots.push(undefined);
    return this.slots.length - 1;
  }

  get(id: number): T | undefined {
    return this.slots[id];
  }

  has(id: number): boolean {
    return this.slots[id] !== undefined;
  }

  set(id: number, value: T): this {
    while (this.slots.length <= id) this.slots.push(undefined);
    if (this.slots[id] === undefined) this.count++;
    this.slots[id] = value;
    return this;
  }

  /** Removes `id`; with `reuse`, allocId() may hand it out again. */
  delete(id: number, reuse = false): boolean {
    if (this.slots[id] === undefined) return false;
    this.slots[id] = undefined;
    this.count--;
    if (reuse) this.free.push(id);
    return true;
  }

  get size(): number {
    return this.count;
  }

  *values(): IterableIterator<T> {
    for (const v of this.slots) if (v !== undefined) yield v;
  }

  *[Symbol.iterator](): IterableIterator<[number, T]> {
    for (let id = 0; id < this.slots.length; id++) {
      const v = this.slots[id];
      if (v !== undefined) yield [id, v];
    }
  }
}
