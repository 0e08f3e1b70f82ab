// vfs/pages.ts — file data as pages: a regular file's bytes live in 4 KiB page frames, held
// in a sparse array (a hole is a page never written: it reads as zeros and costs nothing,
// which is what makes SEEK_DATA/SEEK_HOLE, st_blocks and sparse growth behave as tmpfs does).
// Frames come from the kernel's FramePool (mm/frames.ts), refcounted: this page cache holds one
// reference per page, and every page table that maps the page (MAP_SHARED, or MAP_PRIVATE
// before its copy-on-write) holds its own, so a frame dropped here lives on while mapped.

import type { Frame, FramePool, MappingRef } from '../mm/frames';

export { FramePool, DEFAULT_POOL_KEEP } from '../mm/frames';
export const PAGE_SIZE = 4096;

/** Zeros, for reading holes. Never written to. */
export const ZERO_PAGE = new Uint8Array(PAGE_SIZE);

/**
 * The data of one regular file: pages[i] holds bytes [i·4096, (i+1)·4096), or is a hole.
 * The file's size is kept by the inode; this only knows which pages exist.
 */
export class FileData {
  private pages: (Frame | undefined)[] = [];
  /** How many pages are allocated (st_blocks = 8 × this). */
  count = 0;
  /**
   * Pages fallocate() allocated and nothing has written since ("not uptodate" in Linux): they
   * count in st_blocks and read as zeros, but SEEK_DATA/SEEK_HOLE see holes there
   * (folio_seek_hole_data). Null while there are none.
   */
  private unwritten: Set<number> | null = null;
  /** The mappings of this file (i_mmap): truncation and hole punching zap their pages first. */
  readonly mappings = new Set<MappingRef>();

  constructor(private readonly pool: FramePool) {}

  /** The frame holding page `i`, allocating it (zeroed unless `whole`: the caller fills it) if it is a hole. */
  private page(i: number, whole = false): Uint8Array {
    let p = this.pages[i];
    if (p === undefined) {
      p = whole ? this.pool.allocForOverwrite() : this.pool.alloc();
      this.pages[i] = p;
      this.count++;
    }
    return p.bytes;
  }

  /** The frame of page `i` (the page cache's own reference; callers that keep it take theirs),
   *  allocating a zeroed one for a hole (a fault through a mapping fills the hole as a write would). */
  frame(i: number): Frame {
    let p = this.pages[i];
    if (p === undefined) {
      p = this.pool.alloc();
      this.pages[i] = p;
      this.count++;
      if (this.unwritten !== null) this.markWritten(i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
    }
    return p;
  }

  /** The frame of page `i` if allocated. */
  peek(i: number): Frame | undefined {
    return this.pages[i];
  }

  /** Writes `src` at byte `pos`. */
  write(pos: number, src: Uint8Array): void {
    let done = 0;
    const n = src.length;
    if (this.unwritten !== null) this.markWritten(pos, pos + n);
    while (done < n) {
      const at = pos + done;
      const i = Math.floor(at / PAGE_SIZE);
      const off = at - i * PAGE_SIZE;
      const len = Math.min(n - done, PAGE_SIZE - off);
      // (A write of one whole piece passes `src` itself: a subarray is an allocation.)
      const piece = len === n ? src : src.subarray(done, done + len);
      if (len === PAGE_SIZE) this.page(i, true).set(piece);
      else this.page(i).set(piece, off);
      done += len;
    }
  }

  /** The frame of page `i`, or ZERO_PAGE for a hole (never write to the result). */
  pageOrZero(i: number): Uint8Array {
    return this.pages[i]?.bytes ?? ZERO_PAGE;
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
      const p = this.pages[i]?.bytes ?? ZERO_PAGE;
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
    for (const m of this.mappings) m.zapFile(keep, Infinity);
    for (const i of this.allocated(keep, Infinity)) this.drop(i);
    if (this.pages.length > keep) this.pages.length = keep;
    const tail = size % PAGE_SIZE;
    if (tail !== 0) this.pages[keep - 1]?.bytes.fill(0, tail);
  }

  /** Turns the pages wholly inside [start, end) into holes and zeroes the partial ones (punch hole). */
  punch(start: number, end: number): void {
    const first = Math.ceil(start / PAGE_SIZE);
    const last = Math.floor(end / PAGE_SIZE); // exclusive
    if (last > first) for (const m of this.mappings) m.zapFile(first, last);
    for (const i of this.allocated(first, last)) this.drop(i);
    if (first * PAGE_SIZE > start) this.pages[first - 1]?.bytes.fill(0, start - (first - 1) * PAGE_SIZE, Math.min(PAGE_SIZE, end - (first - 1) * PAGE_SIZE));
    if (last * PAGE_SIZE < end && last >= first) this.pages[last]?.bytes.fill(0, 0, end - last * PAGE_SIZE);
  }

  /** Allocates (zeroed) the pages covering [start, end): a write that faults prepares its page,
   *  which then holds data (shmem_write_end marks it uptodate). */
  allocate(start: number, end: number): void {
    for (let i = Math.floor(start / PAGE_SIZE); i * PAGE_SIZE < end; i++) this.page(i);
    if (this.unwritten !== null) this.markWritten(start, end);
  }

  /**
   * fallocate(): the holes among the pages covering [start, end) become unwritten pages; a page
   * an earlier fallocate left unwritten is cleared and holds data now (shmem_get_folio with
   * SGP_FALLOC on a !uptodate folio); written pages stay as they are.
   */
  reserve(start: number, end: number): void {
    const u = this.unwritten;
    for (let i = Math.floor(start / PAGE_SIZE); i * PAGE_SIZE < end; i++) {
      if (this.pages[i] !== undefined) {
        u?.delete(i);
        continue;
      }
      this.page(i);
      (this.unwritten ??= new Set()).add(i);
    }
    if (u !== null && u.size === 0 && this.unwritten === u) this.unwritten = null;
  }

  /** The pages covering [start, end) hold data now. */
  private markWritten(start: number, end: number): void {
    const u = this.unwritten!;
    const first = Math.floor(start / PAGE_SIZE);
    const last = Math.ceil(end / PAGE_SIZE);
    if (last - first > u.size) {
      for (const i of u) if (i >= first && i < last) u.delete(i);
    } else {
      for (let i = first; i < last; i++) u.delete(i);
    }
    if (u.size === 0) this.unwritten = null;
  }

  private drop(i: number): void {
    const p = this.pages[i];
    if (p !== undefined) {
      this.pages[i] = undefined;
      this.pool.put(p);
      this.count--;
      if (this.unwritten?.delete(i) && this.unwritten.size === 0) this.unwritten = null;
    }
  }

  /** Frees every page (the file is gone). */
  clear(): void {
    for (const i of this.allocated(0, Infinity)) this.drop(i);
    this.pages = [];
    this.unwritten = null;
  }

  /** The pages of [from, to) (page indices) that hold data: allocated and not unwritten. */
  private dataPages(from: number, to: number): number[] {
    const a = this.allocated(from, to);
    const u = this.unwritten;
    return u === null ? a : a.filter((i) => !u.has(i));
  }

  /** How many pages of [start, end) (bytes) are allocated. */
  countIn(start: number, end: number): number {
    return this.allocated(Math.floor(start / PAGE_SIZE), Math.ceil(end / PAGE_SIZE)).length;
  }

  /** SEEK_DATA: the first byte ≥ pos in a page holding data (within size), or -1. */
  nextData(pos: number, size: number): number {
    const first = this.dataPages(Math.floor(pos / PAGE_SIZE), Math.ceil(size / PAGE_SIZE))[0];
    return first === undefined ? -1 : Math.max(pos, first * PAGE_SIZE);
  }

  /** SEEK_HOLE: the first byte ≥ pos in a hole, or `size` (the implicit hole at the end). */
  nextHole(pos: number, size: number): number {
    let i = Math.floor(pos / PAGE_SIZE);
    for (const a of this.dataPages(i, Math.ceil(size / PAGE_SIZE))) {
      if (a !== i) break; // page i is a hole
      i++;
    }
    return Math.min(size, Math.max(pos, i * PAGE_SIZE));
  }
}
