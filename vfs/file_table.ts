// vfs/file_table.ts — the VFS's table of open file descriptions, by id. Ids are small integers
// reused after a file is released (like Linux's struct file slots), so the table is an array:
// registering and releasing a file is an indexed store, not a hash-table insert and delete —
// open+close pays for both. Keeps the Map methods its readers use (get, values, iteration, size).

import type { OpenFile } from './file';

export class OpenFileTable implements Iterable<[number, OpenFile]> {
  private readonly slots: (OpenFile | undefined)[] = [undefined];
  private readonly free: number[] = [];
  private count = 0;

  /** An id for a new open file: the most recently released one, or the next unused one. */
  allocId(): number {
    const id = this.free.pop();
    if (id !== undefined) return id;
    this.slots.push(undefined);
    return this.slots.length - 1;
  }

  set(f: OpenFile): void {
    if (this.slots[f.id] === undefined) this.count++;
    this.slots[f.id] = f;
  }

  /** Releases `id` for reuse. */
  delete(id: number): void {
    if (this.slots[id] === undefined) return;
    this.slots[id] = undefined;
    this.free.push(id);
    this.count--;
  }

  get(id: number): OpenFile | undefined {
    return this.slots[id];
  }

  get size(): number {
    return this.count;
  }

  *values(): IterableIterator<OpenFile> {
    for (const f of this.slots) if (f !== undefined) yield f;
  }

  *[Symbol.iterator](): IterableIterator<[number, OpenFile]> {
    for (let id = 0; id < this.slots.length; id++) {
      const f = this.slots[id];
      if (f !== undefined) yield [id, f];
    }
  }
}
