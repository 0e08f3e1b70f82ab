// mm/address_space.ts — what the rest of the kernel may ask of a process's memory for user
// copies. The implementation is MemoryMap (mm/mm.ts: VMAs, a page table, copy-on-write);
// FlatMemory (mm/flat.ts) remains as a plain buffer for tests that decode raw-door arguments,
// and NO_MEMORY is the kernel's own context (no user memory at all).

/** The top of the x86-64 user address space (TASK_SIZE_MAX with 4-level paging). */
export const TASK_SIZE = 0x7ffffffff000;

export interface AddressSpace {
  /** Copies `n` bytes from `src[srcOff..]` to user address `addr`; returns the bytes copied
   *  before the first unmapped or read-only byte (copy_to_user's contract, as a count). */
  copyOut(addr: number, src: Uint8Array, srcOff: number, n: number): number;
  /** Copies `n` bytes from user address `addr` into `dst[dstOff..]`; returns bytes copied. */
  copyIn(addr: number, dst: Uint8Array, dstOff: number, n: number): number;
  /** A read-only view of `n` user bytes when they are contiguous and readable, or null
   *  (callers then fall back to copyIn). Never retained beyond the syscall. */
  view(addr: number, n: number): Uint8Array | null;
  /** How many of the `n` bytes from `addr` can be accessed before the first unmapped one
   *  (what a copy would reach; lets callers size kernel buffers by real memory). */
  mapped(addr: number, n: number): number;
  /** Reads a NUL-terminated string of at most `max` bytes (without the NUL) as a binary
   *  string; false when no NUL occurs within `max` bytes (not a string: any string may be a
   *  path, "long" too); EFAULT-style null on a fault. */
  readCString(addr: number, max: number): string | false | null;
  /** brk(2): moves the program break; returns the new break, or the old one on failure. */
  brk(addr: number): number;
  /** The initial program break (start of the heap). */
  readonly brkStart: number;
  /** A private copy for fork (copy-on-write in the page-table model). */
  fork(): AddressSpace;
  /** Resident bytes, for getrusage / /proc/[pid]/status. */
  residentBytes(): number;
  /** Sizes (bytes) and fault counts for /proc/[pid]/status, stat, statm and getrusage. */
  stats?(): MmStats;
}

export interface MmStats {
  /** VmSize, VmPeak, VmHWM, VmRSS, VmLck, VmData, VmStk (bytes). */
  size: number;
  peak: number;
  hwm: number;
  rss: number;
  locked: number;
  data: number;
  stack: number;
  minFlt: number;
  majFlt: number;
}

/** An address space with nothing mapped: every access faults (kernel-internal contexts). */
export const NO_MEMORY: AddressSpace = {
  copyOut: () => 0,
  copyIn: () => 0,
  view: () => null,
  mapped: () => 0,
  readCString: () => null,
  brk: () => 0,
  brkStart: 0,
  fork(): AddressSpace {
    return NO_MEMORY;
  },
  residentBytes: () => 0,
};
