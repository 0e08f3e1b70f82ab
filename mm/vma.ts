// mm/vma.ts — virtual memory areas (Linux's vm_area_struct): [start, end) with one protection,
// one kind (private or shared; anonymous or a file at a page offset), and flags. An address
// space keeps them sorted and non-overlapping (VmaList); operations split them at their edges
// and merge neighbours back as Linux's vma_merge does: same flags, protection and file, and for
// a file contiguous offsets (anonymous private areas merge whenever their flags agree).
// A file-backed VMA is on its file's mapping list (i_mmap) while it exists. Owned by mm/.

import { PAGE_SHIFT, PROT_READ, PROT_WRITE } from '../abi/mman';
import type { MappableFile, MappingRef } from './frames';

/** The page table and accounting a VMA belongs to (what a truncation zaps through). */
export interface VmaOwner {
  zapPages(vs: number, ve: number): void;
}

/** vm_flags beyond protection and sharing. */
export const VM_GROWSDOWN = 0x1;
export const VM_LOCKED = 0x2;
export const VM_LOCKONFAULT = 0x4;
export const VM_NORESERVE = 0x8;
export const VM_DONTFORK = 0x10;
export const VM_WIPEONFORK = 0x20;
/** A shared file mapping whose file was not opened for writing cannot become writable. */
export const VM_NOMAYWRITE = 0x40;
export const VM_STACK = 0x80;
/** The shared anonymous memory of MAP_SHARED|MAP_ANONYMOUS (shown as /dev/zero (deleted)). */
export const VM_SHMEM_ANON = 0x100;
export const VM_DONTDUMP = 0x200;
/** madvise read-ahead hints: VM_RAND_READ / VM_SEQ_READ. */
export const VM_RAND_READ = 0x400;
export const VM_SEQ_READ = 0x800;
/** A file mapping from a noexec mount (VM_MAYEXEC cleared): mprotect cannot add PROT_EXEC. */
export const VM_NOMAYEXEC = 0x1000;
/** Flags that do not prevent a merge (none today: all must agree). */

export class Vma implements MappingRef {
  constructor(
    readonly owner: VmaOwner,
    public start: number,
    public end: number,
    public prot: number,
    public shared: boolean,
    public flags: number,
    public file: MappableFile | null,
    /** The file page mapped at `start` (0 for anonymous private memory). */
    public pgoff: number,
  ) {}

  get pages(): number {
    return (this.end - this.start) / 4096;
  }

  /** The file page index of address `addr`. */
  filePage(addr: number): number {
    return this.pgoff + (addr - this.start) / 4096;
  }

  /** Private writable memory that is not a stack: what RLIMIT_DATA counts (data_vm). */
  get isData(): boolean {
    return !this.shared && (this.prot & PROT_WRITE) !== 0 && (this.flags & (VM_STACK | VM_GROWSDOWN)) === 0;
  }

  get readable(): boolean {
    return this.prot !== 0;
  }

  /** MappingRef: zaps the pages of file pages [fromPage, toPage) that this VMA maps. */
  zapFile(fromPage: number, toPage: number): void {
    const a = Math.max(fromPage, this.pgoff);
    const b = Math.min(toPage, this.pgoff + this.pages);
    if (a >= b) return;
    const vs = this.start / 4096 + (a - this.pgoff);
    this.owner.zapPages(vs, vs + (b - a));
  }

  /** A copy of this VMA (for a split or a fork), registered on its file's mapping list. */
  clone(owner: VmaOwner = this.owner): Vma {
    const v = new Vma(owner, this.start, this.end, this.prot, this.shared, this.flags, this.file, this.pgoff);
    v.attach();
    return v;
  }

  /** Joins the file's mapping list and takes a file reference. */
  attach(): void {
    if (this.file) {
      this.file.get();
      this.file.mappings.add(this);
    }
  }

  /** Leaves the file's mapping list and drops the file reference. */
  detach(): void {
    if (this.file) {
      this.file.mappings.delete(this);
      this.file.put();
    }
  }
}

/** Could `a` (ending where `b` starts) and `b` be one VMA? */
export function canMerge(a: Vma, b: Vma): boolean {
  if (a.end !== b.start || a.prot !== b.prot || a.shared !== b.shared || a.flags !== b.flags || a.file !== b.file) return false;
  if ((a.flags & (VM_GROWSDOWN | VM_STACK)) !== 0) return false;
  if (a.file === null) return true;
  return a.pgoff + a.pages === b.pgoff;
}

/** The VMAs of one address space, sorted by address. */
export class VmaList {
  readonly list: Vma[] = [];
  private last = 0;

  /** The index of the first VMA whose end is above `addr` (list.length if none). */
  indexAfter(addr: number): number {
    const l = this.list;
    const c = l[this.last];
    if (c !== undefined && c.end > addr && (this.last === 0 || l[this.last - 1]!.end <= addr)) return this.last;
    let lo = 0;
    let hi = l.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (l[mid]!.end <= addr) lo = mid + 1;
      else hi = mid;
    }
    this.last = lo;
    return lo;
  }

  /** The VMA containing `addr`, or undefined. */
  find(addr: number): Vma | undefined {
    const v = this.list[this.indexAfter(addr)];
    return v !== undefined && v.start <= addr ? v : undefined;
  }

  /** Splits the VMA containing `addr` (if any, and not at its start) at `addr`. */
  splitAt(addr: number): void {
    const i = this.indexAfter(addr);
    const v = this.list[i];
    if (v === undefined || v.start >= addr) return;
    const w = v.clone();
    w.start = addr;
    if (w.file) w.pgoff = v.pgoff + ((addr - v.start) >> PAGE_SHIFT);
    v.end = addr;
    this.list.splice(i + 1, 0, w);
  }

  /** The indices [i, j) of the VMAs inside [start, end) after splitting at both edges. */
  isolate(start: number, end: number): [number, number] {
    this.splitAt(start);
    this.splitAt(end);
    const i = this.indexAfter(start);
    let j = i;
    while (j < this.list.length && this.list[j]!.start < end) j++;
    return [i, j];
  }

  /** Inserts a VMA into a free range (a shift, not splice: no array allocated per call). */
  insert(v: Vma): number {
    const i = this.indexAfter(v.start);
    const l = this.list;
    let k = l.length;
    l.push(v);
    for (; k > i; k--) l[k] = l[k - 1]!;
    l[i] = v;
    this.last = i; // the next lookup is usually of this VMA (indexAfter checks the hint anyway)
    return i;
  }

  /** Removes the VMA at index `i` (a shift, not splice). */
  removeAt(i: number): void {
    const l = this.list;
    const n = l.length - 1;
    for (let k = i; k < n; k++) l[k] = l[k + 1]!;
    l.pop(); // not `length = n`: a runtime call costing more than the rest of munmap
    this.last = 0;
  }

  /** Merges neighbours around indices [i-1, j] (after a change to [i, j)). */
  mergeAround(i: number, j: number): void {
    const l = this.list;
    let k = Math.max(1, i);
    let stop = Math.min(l.length - 1, j);
    while (k <= stop) {
      const a = l[k - 1]!;
      const b = l[k]!;
      if (canMerge(a, b)) {
        a.end = b.end;
        b.detach();
        l.splice(k, 1);
        stop--;
        this.last = 0;
      } else {
        k++;
      }
    }
  }
}

/** Is `prot` readable? (x86: any of PROT_READ/WRITE/EXEC makes a page readable.) */
export function protReadable(prot: number): boolean {
  return (prot & 7) !== 0;
}
export { PROT_READ };
