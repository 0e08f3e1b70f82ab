// vfs/inode_table.ts — a superblock's inode table: inode number → Inode. Inode numbers are
// handed out in sequence, so the table is an array indexed by number (a lookup is one indexed
// load, where a Map costs a hash probe — the path walk does one per component). It keeps
// the Map methods the rest of the VFS uses (get, set, delete, values, iteration, size).

import type { Inode } from './inode';

export class InodeTable implements Iterable<[number, Inode]> {
  private readonly slots: (Inode | undefined)[] = [];
  private count = 0;

  get(ino: number): Inode | undefined {
    return this.slots[ino];
  }

  set(ino: number, inode: Inode): this {
    if (this.slots[ino] === undefined) this.count++;
    // Fill up to `ino` so the array stays packed (holes would make V8 store it as a dictionary).
    while (this.slots.length < ino) this.slots.push(undefined);
    this.slots[ino] = inode;
    return this;
  }

  delete(ino: number): boolean {
    if (this.slots[ino] === undefined) return false;
    this.slots[ino] = undefined;
    this.count--;
    return true;
  }

  has(ino: number): boolean {
    return this.slots[ino] !== undefined;
  }

  get size(): number {
    return this.count;
  }

  *values(): IterableIterator<Inode> {
    for (const i of this.slots) if (i !== undefined) yield i;
  }

  *[Symbol.iterator](): IterableIterator<[number, Inode]> {
    for (let ino = 0; ino < this.slots.length; ino++) {
      const i = this.slots[ino];
      if (i !== undefined) yield [ino, i];
    }
  }
}
