// mm/frames.ts — page frames: 4 KiB byte arrays with reference counts (Linux's struct page
// refcount), handed out by one FramePool per kernel. Every holder of a frame counts once: a
// page-table leaf slot (a leaf shared copy-on-write between address spaces counts once per
// leaf), a page cache slot (vfs/pages.ts FileData, mm's shared anonymous objects). A frame whose
// count drops to 0 goes back to the pool and is handed out again (zeroed on allocation), so a
// first touch of a page costs no host allocation. Owned by mm/; vfs/ uses it for file pages.

import { PAGE_SIZE as ABI_PAGE_SIZE } from '../abi/mman';
import type { Errno } from '../abi/errno';

const PAGE_SIZE: number = ABI_PAGE_SIZE;

const SLAB_PAGES = 512;
/** Freed frames the pool keeps by default (256 MiB); beyond that they go to the garbage collector. */
export const DEFAULT_POOL_KEEP = 65536;

/** One physical page. `refs` counts its holders; only FramePool and its holders change it. */
export class Frame {
  refs = 0;
  constructor(readonly bytes: Uint8Array) {}
}

/** Hands out page frames and takes them back. One per kernel. */
export class FramePool {
  /** Freed frames, with whatever they last held. */
  private free: Frame[] = [];
  private slab: ArrayBuffer | null = null;
  private slabNext = SLAB_PAGES;
  /** Frames handed out and not returned (for accounting: tmpfs size limits, meminfo). */
  inUse = 0;

  constructor(
    /** How many freed frames to keep for reuse. */
    readonly keep = DEFAULT_POOL_KEEP,
  ) {}

  /** A zeroed frame with one reference (the caller's). */
  alloc(): Frame {
    const f = this.free.pop();
    if (f === undefined) return this.fresh();
    this.inUse++;
    f.bytes.fill(0);
    f.refs = 1;
    return f;
  }

  /** A frame (one reference) the caller overwrites whole before anyone reads it: not zeroed. */
  allocForOverwrite(): Frame {
    const f = this.free.pop();
    if (f === undefined) return this.fresh();
    this.inUse++;
    f.refs = 1;
    return f;
  }

  /** A new frame holding a copy of `src` (a copy-on-write break). */
  copyOf(src: Frame): Frame {
    const f = this.allocForOverwrite();
    f.bytes.set(src.bytes);
    return f;
  }

  /** Takes one more reference. */
  get(f: Frame): void {
    f.refs++;
  }

  /** Drops one reference; the last one returns the frame to the pool. */
  put(f: Frame): void {
    if (--f.refs === 0) this.release(f);
  }

  /** Returns a frame nobody holds any more. */
  private release(f: Frame): void {
    this.inUse--;
    if (this.free.length < this.keep) this.free.push(f);
  }

  /** How many freed frames wait for reuse. */
  get pooled(): number {
    return this.free.length;
  }

  /** A frame from the current slab (fresh memory: zeros). */
  private fresh(): Frame {
    this.inUse++;
    if (this.slabNext === SLAB_PAGES) {
      this.slab = new ArrayBuffer(SLAB_PAGES * PAGE_SIZE);
      this.slabNext = 0;
    }
    const f = new Frame(new Uint8Array(this.slab!, PAGE_SIZE * this.slabNext++, PAGE_SIZE));
    f.refs = 1;
    return f;
  }
}

/** The shared zero page: what a read of a never-written private page maps. Never written,
 *  never counted (Linux's ZERO_PAGE is not refcounted either). */
export const ZERO_FRAME = new Frame(new Uint8Array(PAGE_SIZE));

/**
 * What mm needs of a file to map it (Linux's address_space + vm_ops->fault): vfs implements it
 * for regular tmpfs files; mm implements it for shared anonymous memory. The object keeps the
 * list of VMAs mapping it (i_mmap) so that a truncation can zap their pages.
 */
export interface MappableFile {
  /** The file size in bytes (pages at or beyond ceil(size/4096) fault with SIGBUS). */
  size(): number;
  /** The page-cache frame of page `index` (allocated, zeroed, for a hole), without taking a
   *  reference for the caller; null when it cannot be had (beyond EOF, out of space). */
  page(index: number): Frame | null;
  /** The frame of page `index` if the page cache holds one (no allocation). */
  peek(index: number): Frame | undefined;
  /** The VMAs mapping this file (i_mmap); mm adds and removes its own. */
  readonly mappings: Set<MappingRef>;
  /** A VMA starts or stops referring to the file (get_file / fput). */
  get(): void;
  put(): void;
  /** Makes bytes [from, to) a hole (MADV_REMOVE), zapping the mappings' pages; absent: the
   *  caller punches through the file system (kernel/syscalls/sys_mem.ts). */
  punch?(from: number, to: number): Errno | undefined;
}

/** What a MappableFile knows of one mapping: enough to zap its pages from a given file page on. */
export interface MappingRef {
  /** Unmaps (drops the PTEs of, private copies included) every page of this mapping whose
   *  file page index is in [fromPage, toPage). */
  zapFile(fromPage: number, toPage: number): void;
}
