// vfs/pages.ts — file data as pages: a regular file's bytes live in 4 KiB page frames, held
// in a sparse array (a hole is a page never written: it reads as zeros and costs nothing,
// which is what makes SEEK_DATA/SEEK_HOLE, st_blocks and sparse growth behave as tmpfs does).
// Frames come from a per-kernel FramePool that hands back zeroed frames, cut from 256 KiB
// slabs, and takes freed ones back (zeroing them) instead of growing one buffer per file.
// The memory issue's page cache shares these frames with page tables (MAP_SHARED).

export const PAGE_SIZE = 4096;
const SLAB_PAGES = 64;
/** Freed frames kept for reuse at most (16 MiB); beyond that they go to the garbage collector. */
const POOL_MAX = 4096;

/** Hands out zeroed page frames and takes them back. One per kernel. */
export class FramePool {
  private free: Uint8Array[] = [];
  private slab: ArrayBuffer | null = null;
  private slabNext = SLAB_PAGES;
  /** Frames handed out and not returned (for accounting: tmpfs size limits, meminfo). */
  inUse = 0;

  alloc(): Uint8Array {
    this.inUse++;
    const f = this.free.pop();
    if (f) return f;
    if (this.slabNext === SLAB_PAGES) {
      this.slab = new ArrayBuffer(SLAB_PAGES * PAGE_SIZE);
      this.slabNext = 0;
    }
    return new Uint8Array(this.slab!, PAGE_SIZE * this.slabNext++, PAGE_SIZE);
  }

  release(frame: Uint8Array): void {
    this.inUse--;
    if (this.free.length < POOL_MAX) {
      frame.fill(0);
      this.free.push(frame);
    }
  }
}

/** Zeros, for reading holes. Never written to. */
export const ZERO_PAGE = new Uint8Array(PAGE_SIZE);

/**
 * The data of one regular file: pages[i] holds bytes [i·4096, (i+1)·4096), or is a hole.
 * The file's size is kept by the inode; this only knows which pages exist.
 */
export class FileData {
  private pages: (Uint8Array | undefined)[] = [];
  /** How many pages are allocated (st_blocks = 8 × this). */
  count = 0;

  constructor(private readonly pool: FramePool) {}

  /** The frame holding page `i`, allocating it (zeroed) if it is a hole. */
  private page(i: number): Uint8Array {
    let p = this.pages[i];
    if (p === undefined) {
      p = this.pool.alloc();
      this.pages[i] = p;
      this.count++;
    }
    return p;
  }

  /** Writes `src` at byte `pos`. */
  write(pos: number, src: Uint8Array): void {
    let done = 0;
    const n = src.length;
    while (done < n) {
      const at = pos + done;
      const i = Math.floor(at / PAGE_SIZE);
      const off = at - i * PAGE_SIZE;
      const len = Math.min(n - done, PAGE_SIZE - off);
      const p = this.page(i);
      if (len === PAGE_SIZE) p.set(src.subarray(done, done + PAGE_SIZE));
      else p.set(src.subarray(done, done + len), off);
      done += len;
    }
  }

  /**
   * Calls `out(chunk, offsetInRead)` for the bytes [pos, pos+n), page by page (holes as zeros);
   * stops early when `out` returns false (a short copy to the user).
   */
  read(pos: number, n: number, out: (chunk: Uint8Array, at: number) => boolean): number {
    let done = 0;
    while (done < n) {
      const at = pos + done;
      const i = Math.floor(at / PAGE_SIZE);
      const off = at - i * PAGE_SIZE;
      const len = Math.min(n - done, PAGE_SIZE - off);
      const p = this.pages[i] ?? ZERO_PAGE;
      if (!out(off === 0 && len === PAGE_SIZE ? p : p.subarray(off, off + len), done)) return done;
      done += len;
    }
    return done;
  }

  /**
   * The indices of allocated pages in [from, to), ascending. Dense files are scanned; sparse
   * ones (a page at 1 TiB makes the array 2^28 long) are walked by their keys instead.
   */
  private allocated(from: number, to: number): number[] {
    const end = Math.min(to, this.pages.length);
    if (end - from <= 4 * this.count + 64) {
      const out: number[] = [];
      for (let i = from; i < end; i++) if (this.pages[i] !== undefined) out.push(i);
      return out;
    }
    return Object.keys(this.pages).map(Number).filter((i) => i >= from && i < end && this.pages[i] !== undefined);
  }

  /** Frees every page wholly at or after byte `size`, and zeroes the tail of the page it cuts. */
  truncate(size: number): void {
    const keep = Math.ceil(size / PAGE_SIZE);
    for (const i of this.allocated(keep, Infinity)) this.drop(i);
    if (this.pages.length > keep) this.pages.length = keep;
    const tail = size % PAGE_SIZE;
    if (tail !== 0) this.pages[keep - 1]?.fill(0, tail);
  }

  /** Turns the pages wholly inside [start, end) into holes and zeroes the partial ones (punch hole). */
  punch(start: number, end: number): void {
    const first = Math.ceil(start / PAGE_SIZE);
    const last = Math.floor(end / PAGE_SIZE); // exclusive
    for (const i of this.allocated(first, last)) this.drop(i);
    if (first * PAGE_SIZE > start) this.pages[first - 1]?.fill(0, start - (first - 1) * PAGE_SIZE, Math.min(PAGE_SIZE, end - (first - 1) * PAGE_SIZE));
    if (last * PAGE_SIZE < end && last >= first) this.pages[last]?.fill(0, 0, end - last * PAGE_SIZE);
  }

  /** Allocates (zeroed) the pages covering [start, end) (fallocate). */
  allocate(start: number, end: number): void {
    for (let i = Math.floor(start / PAGE_SIZE); i * PAGE_SIZE < end; i++) this.page(i);
  }

  private drop(i: number): void {
    const p = this.pages[i];
    if (p !== undefined) {
      this.pages[i] = undefined;
      this.pool.release(p);
      this.count--;
    }
  }

  /** Frees every page (the file is gone). */
  clear(): void {
    for (const i of this.allocated(0, Infinity)) this.drop(i);
    this.pages = [];
  }

  /** How many pages of [start, end) (bytes) are allocated. */
  countIn(start: number, end: number): number {
    return this.allocated(Math.floor(start / PAGE_SIZE), Math.ceil(end / PAGE_SIZE)).length;
  }

  /** SEEK_DATA: the first byte ≥ pos in an allocated page (within size), or -1. */
  nextData(pos: number, size: number): number {
    const first = this.allocated(Math.floor(pos / PAGE_SIZE), Math.ceil(size / PAGE_SIZE))[0];
    return first === undefined ? -1 : Math.max(pos, first * PAGE_SIZE);
  }

  /** SEEK_HOLE: the first byte ≥ pos in a hole, or `size` (the implicit hole at the end). */
  nextHole(pos: number, size: number): number {
    let i = Math.floor(pos / PAGE_SIZE);
    for (const a of this.allocated(i, Math.ceil(size / PAGE_SIZE))) {
      if (a !== i) break; // page i is a hole
      i++;
    }
    return Math.min(size, Math.max(pos, i * PAGE_SIZE));
  }
}
