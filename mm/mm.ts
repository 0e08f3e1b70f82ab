// mm/mm.ts — a process's address space (Linux's mm_struct): the VMAs (mm/vma.ts), the page
// table (mm/pagetable.ts), the x86-64 layout (program image, brk heap, top-down mmap area
// below the stack, stack at the top; randomised from a PRNG unless ADDR_NO_RANDOMIZE), faults
// (demand paging, copy-on-write, SIGSEGV/SIGBUS decisions) and the operations behind mmap,
// munmap, mprotect, mremap, madvise, mincore, msync, mlock*, brk. Argument decoding and the
// errno checks that precede any work are kernel/syscalls/sys_mem.ts's; the rest is here.
// Owned by mm/. Nothing outside mm/ reaches into the VMAs or the table except through this class.

import { EACCES, EAGAIN, EBUSY, EEXIST, EFAULT, EINVAL, ENOMEM, EPERM, type Errno } from '../abi/errno';
import {
  MADV_COLD, MADV_DODUMP, MADV_DOFORK, MADV_DONTDUMP, MADV_DONTFORK, MADV_DONTNEED, MADV_DONTNEED_LOCKED, MADV_FREE,
  MADV_HUGEPAGE, MADV_KEEPONFORK, MADV_MERGEABLE, MADV_NOHUGEPAGE, MADV_NORMAL, MADV_PAGEOUT, MADV_POPULATE_READ,
  MADV_POPULATE_WRITE, MADV_RANDOM, MADV_REMOVE, MADV_SEQUENTIAL, MADV_UNMERGEABLE, MADV_WILLNEED, MADV_WIPEONFORK,
  MAP_32BIT, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_GROWSDOWN, MAP_LOCKED, MAP_NORESERVE, MAP_POPULATE, MAP_SHARED,
  MAP_STACK, MCL_CURRENT, MCL_FUTURE, MCL_ONFAULT, MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE, MS_INVALIDATE,
  PAGE_SIZE as ABI_PAGE_SIZE, PROT_EXEC, PROT_READ, PROT_WRITE,
} from '../abi/mman';
import { BUS_ADRERR, SEGV_ACCERR, SEGV_MAPERR, SIGBUS, SIGSEGV } from '../abi/signal';
import { TASK_SIZE, type AddressSpace, type MmStats } from './address_space';
import { Frame, ZERO_FRAME, type FramePool, type MappableFile, type MappingRef } from './frames';
import { PageTable, PtContext } from './pagetable';
import {
  canMerge, Vma, VmaList, VM_DONTDUMP, VM_DONTFORK, VM_GROWSDOWN, VM_LOCKED, VM_LOCKONFAULT, VM_NOMAYEXEC, VM_NOMAYWRITE,
  VM_NORESERVE, VM_RAND_READ, VM_SEQ_READ, VM_SHMEM_ANON, VM_STACK, VM_WIPEONFORK, protReadable, type VmaOwner,
} from './vma';

/** The page size as a module constant (an imported binding is a property read in transpiled code). */
const PAGE_SIZE: number = ABI_PAGE_SIZE;
/** vm.mmap_min_addr's default: nothing may be mapped below it. */
export const MMAP_MIN_ADDR = 0x10000;
/** Where the program image (its data segment) lies, and its size (64 KiB): where a non-PIE x86-64
 *  executable loads (ld's default text address; `gcc -no-pie` on the host maps 0x400000), so
 *  nothing lies at 0x10000 (mm.strace checks the host's ENOMEM there). Tests keep scratch data
 *  in it (test/kernel/robustness.test.ts). */
export const IMAGE_BASE = 0x400000;
export const IMAGE_SIZE = 0x10000;
/** The stack's initial size (132 KiB, as a fresh x86-64 process shows it). */
export const STACK_SIZE = 0x21000;
/** stack_guard_gap: 256 pages kept free below a stack. */
export const STACK_GUARD_GAP = 256 * PAGE_SIZE;
/** TASK_UNMAPPED_BASE: where the bottom-up fallback search starts. */
const TASK_UNMAPPED_BASE = Math.floor(TASK_SIZE / 3 / PAGE_SIZE) * PAGE_SIZE;
/** vm.max_map_count's default. */
export const MAX_MAP_COUNT = 65530;
/** Not a protection or a flag we keep: marks the image VMA (file-backed in Linux: never merges with the heap). */
const VM_IMAGE = 0x4000;

const INF = Infinity;

/** `a % PAGE_SIZE` for a ≥ 0 without `%`: user addresses are doubles above 2^31, and V8 compiles
 *  `%` of a double to a call of C's fmod (measured: ~5 % of an mmap+munmap, of a first write). */
function pageOff(a: number): number {
  return a - Math.floor(a / PAGE_SIZE) * PAGE_SIZE;
}

const NONE_IN = { total: 0, data: 0, locked: 0 };

/** The caller's resource limits and privileges, for the operations that check them. */
export interface MmLimits {
  /** RLIMIT_AS, RLIMIT_DATA, RLIMIT_MEMLOCK, RLIMIT_STACK soft limits, in bytes (Infinity: none). */
  as: number;
  data: number;
  memlock: number;
  stack: number;
  /** CAP_IPC_LOCK. */
  ipcLock: boolean;
}
export const NO_LIMITS: MmLimits = { as: INF, data: INF, memlock: INF, stack: 8 << 20, ipcLock: true };

/** A fault a program's access raised: the signal, its si_code and si_addr. */
export interface MemFault {
  signo: number;
  code: number;
  addr: number;
}

/** A randomness source (kernel/random.ts's Prng fits). */
export interface Rng {
  below(n: number): number;
}

/** Fault codes of the page lookup (negative: no page). */
const F_MAPERR = -1;
const F_ACCERR = -2;
const F_BUS = -3;

/** Shared anonymous memory (MAP_SHARED|MAP_ANONYMOUS): a nameless shmem object of `len` bytes. */
class AnonShmem implements MappableFile {
  readonly mappings = new Set<MappingRef>();
  private readonly pages: (Frame | undefined)[] = [];
  private refs = 0;
  constructor(private readonly pool: FramePool, public bytes: number) {}
  size(): number {
    return this.bytes;
  }
  page(i: number): Frame | null {
    if (i * PAGE_SIZE >= this.bytes) return null;
    return (this.pages[i] ??= this.pool.alloc());
  }
  peek(i: number): Frame | undefined {
    return this.pages[i];
  }
  get(): void {
    this.refs++;
  }
  put(): void {
    if (--this.refs > 0) return;
    for (const f of this.pages) if (f !== undefined) this.pool.put(f);
    this.pages.length = 0;
  }
  /** A hole over the pages wholly inside bytes [from, to) (shmem_fallocate's punch, for whole pages). */
  punch(from: number, to: number): undefined {
    const first = Math.ceil(from / PAGE_SIZE);
    const last = Math.floor(to / PAGE_SIZE);
    if (last <= first) return undefined;
    for (const m of this.mappings) m.zapFile(first, last);
    for (let i = first; i < last; i++) {
      const f = this.pages[i];
      if (f === undefined) continue;
      this.pool.put(f);
      this.pages[i] = undefined;
    }
    return undefined;
  }
  /** The frames the object holds (for invariant checks). */
  frames(): Frame[] {
    return this.pages.filter((f): f is Frame => f !== undefined);
  }
}

export interface MmOptions {
  /** ASLR: where randomness for the layout comes from; null or absent: no randomisation. */
  random?: Rng | null;
  /** RLIMIT_STACK when the layout is chosen (the gap kept below the stack). */
  stackLimit?: number;
}

export class MemoryMap implements AddressSpace, VmaOwner {
  readonly vmas = new VmaList();
  pt: PageTable;
  /** Tasks using this address space (CLONE_VM). */
  users = 1;
  brkStart = 0;
  private brkCur = 0;
  mmapBase = 0;
  stackTop = 0;
  /** Pages mapped (VmSize), private writable non-stack (data_vm), locked (VmLck), stack. */
  totalVm = 0;
  dataVm = 0;
  lockedVm = 0;
  /** High-water marks (VmPeak, VmHWM) in pages. */
  hiwaterVm = 0;
  hiwaterRss = 0;
  /** Page faults: minor (satisfied from memory) and major (needed I/O: none here). */
  minFlt = 0;
  majFlt = 0;
  /** mlockall(MCL_FUTURE): VM_LOCKED (and VM_LOCKONFAULT) for future mappings. */
  defFlags = 0;
  /** The VMA last used by an access (invalidated by every change to the VMAs). */
  private lastVma: Vma | null = null;

  constructor(readonly ctx: PtContext, opts: MmOptions | null = {}, from?: MemoryMap) {
    if (from) {
      this.pt = from.pt.fork();
      return;
    }
    this.pt = new PageTable(ctx);
    const rnd = opts?.random ?? null;
    // The image: a non-PIE executable's data segment at a fixed address.
    const image = new Vma(this, IMAGE_BASE, IMAGE_BASE + IMAGE_SIZE, 3, false, VM_IMAGE, null, 0);
    this.vmas.insert(image);
    this.account(image, 1);
    // brk: just after the image, moved up by up to 32 MiB (arch_randomize_brk).
    this.brkStart = IMAGE_BASE + IMAGE_SIZE + (rnd ? rnd.below(0x2000) * PAGE_SIZE : 0);
    this.brkCur = this.brkStart;
    // The stack: at the top, moved down by up to 16 GiB (randomize_stack_top).
    this.stackTop = TASK_SIZE - (rnd ? rnd.below(0x400000) * PAGE_SIZE : 0);
    const stack = new Vma(this, this.stackTop - STACK_SIZE, this.stackTop, 3, false, VM_GROWSDOWN | VM_STACK, null, 0);
    this.vmas.insert(stack);
    this.account(stack, 1);
    // mmap_base: below the stack's gap (at least 128 MiB), moved down by up to 2^28 pages.
    const stackLimit = Math.min(opts?.stackLimit ?? 8 << 20, TASK_SIZE);
    let gap = stackLimit + STACK_GUARD_GAP + (rnd ? 0x400000 * PAGE_SIZE : 0);
    gap = Math.min(Math.max(gap, 128 << 20), Math.floor(TASK_SIZE / 6) * 5);
    const mrnd = rnd ? rnd.below(2 ** 28) * PAGE_SIZE : 0;
    this.mmapBase = Math.floor((TASK_SIZE - gap - mrnd) / PAGE_SIZE) * PAGE_SIZE;
  }

  get pool(): FramePool {
    return this.ctx.pool;
  }

  // ------------------------------------------------------------------------------------------
  // Accounting

  private account(v: Vma, sign: number): void {
    const n = v.pages * sign;
    this.totalVm += n;
    if (v.isData) this.dataVm += n;
    if (v.flags & VM_LOCKED) this.lockedVm += n;
    if (this.totalVm > this.hiwaterVm) this.hiwaterVm = this.totalVm;
  }

  /** Resident bytes (RSS: pages present in the page table; the zero page not counted). */
  residentBytes(): number {
    return this.pt.present * PAGE_SIZE;
  }
  /** Everything /proc and getrusage show. */
  stats(): MmStats {
    let stack = 0;
    for (const v of this.vmas.list) if (v.flags & VM_STACK) stack += v.end - v.start;
    return {
      size: this.vmSize, peak: this.vmPeak, hwm: this.vmHwm, rss: this.residentBytes(), locked: this.vmLck,
      data: this.vmData, stack, minFlt: this.minFlt, majFlt: this.majFlt,
    };
  }

  /** VmSize, VmPeak, VmHWM, VmLck, VmData in bytes. */
  get vmSize(): number {
    return this.totalVm * PAGE_SIZE;
  }
  get vmPeak(): number {
    return this.hiwaterVm * PAGE_SIZE;
  }
  get vmHwm(): number {
    return Math.max(this.hiwaterRss, this.pt.present) * PAGE_SIZE;
  }
  get vmLck(): number {
    return this.lockedVm * PAGE_SIZE;
  }
  get vmData(): number {
    return this.dataVm * PAGE_SIZE;
  }
  private noteRss(): void {
    const p = this.pt.present;
    if (p > this.hiwaterRss) this.hiwaterRss = p;
  }

  /** may_expand_vm: RLIMIT_AS for everything, RLIMIT_DATA for private writable memory. */
  private mayExpand(pages: number, isData: boolean, lim: MmLimits): boolean {
    if ((this.totalVm + pages) * PAGE_SIZE > lim.as) return false;
    if (isData && (this.dataVm + pages) * PAGE_SIZE > lim.data) return false;
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // fork, exec, exit

  /** A copy-on-write copy for fork: the page table is shared, VMAs copied (not their locks). */
  fork(): MemoryMap {
    const c = new MemoryMap(this.ctx, null, this);
    c.brkStart = this.brkStart;
    c.brkCur = this.brkCur;
    c.mmapBase = this.mmapBase;
    c.stackTop = this.stackTop;
    c.hiwaterVm = this.hiwaterVm;
    c.hiwaterRss = this.pt.present;
    for (const v of this.vmas.list) {
      if (v.flags & VM_DONTFORK) {
        c.pt.zap(v.start / PAGE_SIZE, v.end / PAGE_SIZE);
        continue;
      }
      const w = v.clone(c);
      w.flags &= ~(VM_LOCKED | VM_LOCKONFAULT);
      c.vmas.list.push(w);
      c.account(w, 1);
      if (v.flags & VM_WIPEONFORK) c.pt.zap(v.start / PAGE_SIZE, v.end / PAGE_SIZE);
    }
    c.vmas.mergeAround(0, c.vmas.list.length);
    return c;
  }

  /** One more task uses this address space (CLONE_VM). */
  get(): this {
    this.users++;
    return this;
  }

  /** A task stops using it (exit, exec); the last one frees everything. */
  put(): void {
    if (--this.users > 0) return;
    this.noteRss();
    for (const v of this.vmas.list) v.detach();
    this.vmas.list.length = 0;
    this.pt.destroy();
    this.totalVm = this.dataVm = this.lockedVm = 0;
    this.lastVma = null;
  }

  /** VmaOwner: unmaps the pages [vs, ve) (a truncation through i_mmap). */
  zapPages(vs: number, ve: number): void {
    this.pt.zap(vs, ve);
  }

  // ------------------------------------------------------------------------------------------
  // Faults and access

  /** The VMA containing `addr`, growing a stack down to it when Linux would. */
  private vmaFor(addr: number): Vma | undefined {
    const l = this.lastVma;
    if (l !== null && l.start <= addr && addr < l.end) return l;
    const i = this.vmas.indexAfter(addr);
    const v = this.vmas.list[i];
    if (v === undefined) return undefined;
    if (v.start <= addr) {
      this.lastVma = v;
      return v;
    }
    if (!(v.flags & VM_GROWSDOWN)) return undefined;
    // expand_stack: within RLIMIT_STACK (taken as 8 MiB here) and clear of the guard gap.
    const start = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
    const prev = this.vmas.list[i - 1];
    if (v.end - start > (8 << 20) || (prev !== undefined && start - prev.end < STACK_GUARD_GAP)) return undefined;
    const grow = (v.start - start) / PAGE_SIZE;
    this.totalVm += grow;
    if (v.flags & VM_LOCKED) this.lockedVm += grow;
    if (this.totalVm > this.hiwaterVm) this.hiwaterVm = this.totalVm;
    v.start = start;
    this.lastVma = v;
    return v;
  }

  /** Demand paging and copy-on-write for page `vpn` of `v`; the frame to access, or a fault code. */
  private fault(v: Vma, vpn: number, write: boolean): Frame | number {
    const pt = this.pt;
    let f = write ? pt.lookupW(vpn) : pt.lookup(vpn);
    if (f !== undefined) {
      if (!write || v.shared || (f !== ZERO_FRAME && f.refs === 1)) return f;
      // Copy-on-write: a shared frame (fork, or the page cache's) or the zero page.
      const c = f === ZERO_FRAME ? this.pool.alloc() : this.pool.copyOf(f);
      pt.set(vpn, c);
      this.minFlt++;
      this.noteRss();
      return c;
    }
    this.minFlt++;
    if (v.file !== null) {
      const src = v.file.page(v.pgoff + (vpn - v.start / PAGE_SIZE));
      if (src === null) return F_BUS;
      if (v.shared || !write) {
        src.refs++;
        pt.set(vpn, src);
        this.noteRss();
        return src;
      }
      f = this.pool.copyOf(src);
    } else {
      f = write ? this.pool.alloc() : ZERO_FRAME;
    }
    pt.set(vpn, f);
    this.noteRss();
    return f;
  }

  /** The bytes of the page holding `addr` for a read or a write, or a fault code. */
  private page(addr: number, write: boolean): Uint8Array | number {
    if (!(addr >= 0 && addr < TASK_SIZE)) return F_MAPERR;
    const v = this.vmaFor(addr);
    if (v === undefined) return F_MAPERR;
    if (write ? (v.prot & PROT_WRITE) === 0 : !protReadable(v.prot)) return F_ACCERR;
    const vpn = Math.floor(addr / PAGE_SIZE);
    if (!write) {
      const f = this.pt.lookup(vpn);
      if (f !== undefined) return f.bytes;
    }
    const f = this.fault(v, vpn, write);
    return typeof f === 'number' ? f : f.bytes;
  }

  copyOut(addr: number, src: Uint8Array, srcOff: number, n: number): number {
    let done = 0;
    while (done < n) {
      const a = addr + done;
      const b = this.page(a, true);
      if (typeof b === 'number') break;
      const off = pageOff(a);
      const k = Math.min(n - done, PAGE_SIZE - off);
      b.set(k === src.length && srcOff === 0 ? src : src.subarray(srcOff + done, srcOff + done + k), off);
      done += k;
    }
    return done;
  }

  copyIn(addr: number, dst: Uint8Array, dstOff: number, n: number): number {
    let done = 0;
    while (done < n) {
      const a = addr + done;
      const b = this.page(a, false);
      if (typeof b === 'number') break;
      const off = pageOff(a);
      const k = Math.min(n - done, PAGE_SIZE - off);
      dst.set(off === 0 && k === PAGE_SIZE ? b : b.subarray(off, off + k), dstOff + done);
      done += k;
    }
    return done;
  }

  view(addr: number, n: number): Uint8Array | null {
    const off = pageOff(addr);
    if (n <= 0 || off + n > PAGE_SIZE) return null;
    const b = this.page(addr, false);
    if (typeof b === 'number') return null;
    return off === 0 && n === PAGE_SIZE ? b : b.subarray(off, off + n);
  }

  mapped(addr: number, n: number): number {
    if (n <= 0 || !(addr >= 0 && addr < TASK_SIZE)) return 0;
    let at = addr;
    const end = Math.min(addr + n, TASK_SIZE);
    while (at < end) {
      const v = this.vmaFor(at);
      if (v === undefined || !protReadable(v.prot)) break;
      let stop = Math.min(v.end, end);
      if (v.file !== null) {
        // Pages beyond the end of the file cannot be reached (SIGBUS for a program).
        const eof = v.start + (Math.ceil(v.file.size() / PAGE_SIZE) - v.pgoff) * PAGE_SIZE;
        if (eof < stop) {
          stop = Math.max(eof, at);
          if (stop === at) break;
          at = stop;
          break;
        }
      }
      at = stop;
    }
    return at - addr;
  }

  readCString(addr: number, max: number): string | false | null {
    let s = '';
    let at = addr;
    while (s.length < max) {
      const b = this.page(at, false);
      if (typeof b === 'number') return null;
      const off = pageOff(at);
      const lim = Math.min(PAGE_SIZE, off + (max - s.length));
      for (let i = off; i < lim; i++) {
        const c = b[i]!;
        if (c === 0) return s;
        s += String.fromCharCode(c);
      }
      at += lim - off;
    }
    return false;
  }

  /** A program's own access (not the kernel's): null, or the fault it raises. */
  access(addr: number, buf: Uint8Array, off: number, n: number, write: boolean): MemFault | null {
    let done = 0;
    while (done < n) {
      const a = addr + done;
      const b = this.page(a, write);
      if (typeof b === 'number') {
        return b === F_BUS ? { signo: SIGBUS, code: BUS_ADRERR, addr: a } : { signo: SIGSEGV, code: b === F_ACCERR ? SEGV_ACCERR : SEGV_MAPERR, addr: a };
      }
      const po = pageOff(a);
      const k = Math.min(n - done, PAGE_SIZE - po);
      if (k <= 8) {
        // Scalar loads and stores: no views made.
        const s = off + done;
        if (write) for (let i = 0; i < k; i++) b[po + i] = buf[s + i]!;
        else for (let i = 0; i < k; i++) buf[s + i] = b[po + i]!;
      } else if (write) b.set(buf.subarray(off + done, off + done + k), po);
      else buf.set(b.subarray(po, po + k), off + done);
      done += k;
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // Placement

  /** Is [start, end) free of VMAs (and of a stack's guard gap)? */
  private isFree(start: number, end: number): boolean {
    const i = this.vmas.indexAfter(start);
    const v = this.vmas.list[i];
    if (v === undefined) return true;
    const gapStart = v.flags & VM_GROWSDOWN ? v.start - STACK_GUARD_GAP : v.start;
    return end <= gapStart;
  }

  /** get_unmapped_area: where a mapping of `len` bytes goes (hint honoured when free). */
  unmappedArea(len: number, hint: number, flags: number): number | Errno {
    if (len > TASK_SIZE - MMAP_MIN_ADDR) return ENOMEM;
    if (hint !== 0) {
      const h = Math.ceil(hint / PAGE_SIZE) * PAGE_SIZE;
      if (TASK_SIZE - len >= h && h >= MMAP_MIN_ADDR && this.isFree(h, h + len)) return h;
    }
    if (flags & MAP_32BIT) return this.searchUp(len, 0x40000000, 0x80000000);
    const top = this.searchDown(len, MMAP_MIN_ADDR, this.mmapBase);
    if (typeof top === 'number') return top;
    return this.searchUp(len, TASK_UNMAPPED_BASE, TASK_SIZE);
  }

  /** The highest free [x, x+len) inside [low, high). */
  private searchDown(len: number, low: number, high: number): number | Errno {
    const l = this.vmas.list;
    let gapEnd = high;
    for (let i = l.length; i >= 0; i--) {
      const next = l[i];
      const prev = l[i - 1];
      let end = next === undefined ? TASK_SIZE : next.flags & VM_GROWSDOWN ? next.start - STACK_GUARD_GAP : next.start;
      end = Math.min(end, gapEnd);
      const start = Math.max(prev === undefined ? 0 : prev.end, low);
      if (end - start >= len) return end - len;
      if (prev !== undefined && prev.end <= low) break;
    }
    return ENOMEM;
  }

  /** The lowest free [x, x+len) inside [low, high). */
  private searchUp(len: number, low: number, high: number): number | Errno {
    const l = this.vmas.list;
    for (let i = 0; i <= l.length; i++) {
      const prev = l[i - 1];
      const next = l[i];
      const start = Math.max(prev === undefined ? 0 : prev.end, low);
      let end = next === undefined ? TASK_SIZE : next.flags & VM_GROWSDOWN ? next.start - STACK_GUARD_GAP : next.start;
      end = Math.min(end, high);
      if (end - start >= len) return start;
    }
    return ENOMEM;
  }

  /** Does any VMA intersect [start, end)? */
  overlaps(start: number, end: number): boolean {
    const v = this.vmas.list[this.vmas.indexAfter(start)];
    return v !== undefined && v.start < end;
  }

  // ------------------------------------------------------------------------------------------
  // mmap / munmap

  /**
   * do_mmap after the syscall's argument checks: `len` page-aligned and non-zero, `file` the
   * mapped file (null: anonymous; a new shmem object is made for MAP_SHARED|MAP_ANONYMOUS).
   * `noMayWrite`: a shared file mapping of a file not open for writing; `noMayExec`: a file
   * mapping of a file on a noexec mount.
   */
  mmap(addr: number, len: number, prot: number, flags: number, file: MappableFile | null, pgoff: number,
    lim: MmLimits = NO_LIMITS, noMayWrite = false, noMayExec = false): number | Errno {
    if (this.vmas.list.length >= MAX_MAP_COUNT) return ENOMEM;
    let start: number;
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
      start = addr;
      if (pageOff(start) !== 0) return EINVAL;
      if (len > TASK_SIZE || start > TASK_SIZE - len) return ENOMEM;
      if (flags & MAP_FIXED_NOREPLACE && !(flags & MAP_FIXED) && this.overlaps(start, start + len)) return EEXIST;
      if (flags & MAP_FIXED_NOREPLACE && flags & MAP_FIXED && this.overlaps(start, start + len)) return EEXIST;
    } else {
      const a = this.unmappedArea(len, addr, flags);
      if (typeof a !== 'number') return a;
      start = a;
    }
    const shared = (flags & MAP_SHARED) !== 0;
    let vflags = this.defFlags;
    if (flags & MAP_GROWSDOWN) vflags |= VM_GROWSDOWN;
    if (flags & MAP_NORESERVE) vflags |= VM_NORESERVE;
    if (flags & MAP_LOCKED) vflags |= VM_LOCKED;
    if (flags & MAP_STACK) vflags |= 0; // MAP_STACK: a hint (VM_NOHUGEPAGE in Linux)
    if (noMayWrite) vflags |= VM_NOMAYWRITE;
    if (noMayExec) vflags |= VM_NOMAYEXEC;
    const pages = len / PAGE_SIZE;
    // MAP_LOCKED: mlock_future_ok (EAGAIN past RLIMIT_MEMLOCK).
    if (vflags & VM_LOCKED && !lim.ipcLock && (this.lockedVm + pages) * PAGE_SIZE > lim.memlock) return EAGAIN;
    // The pages a MAP_FIXED mapping replaces count as released.
    const replaced = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) ? this.pagesIn(start, start + len) : NONE_IN;
    const isData = !shared && (prot & PROT_WRITE) !== 0 && !(vflags & VM_GROWSDOWN);
    if ((this.totalVm - replaced.total + pages) * PAGE_SIZE > lim.as) return ENOMEM;
    if (isData && (this.dataVm - replaced.data + pages) * PAGE_SIZE > lim.data) return ENOMEM;
    if (replaced.total > 0) this.unmap(start, start + len);
    if (shared && file === null) {
      file = new AnonShmem(this.pool, len);
      vflags |= VM_SHMEM_ANON;
      pgoff = 0;
    }
    const v = new Vma(this, start, start + len, prot, shared, vflags, file, file ? pgoff : 0);
    v.attach();
    const i = this.vmas.insert(v);
    this.account(v, 1);
    this.vmas.mergeAround(i, i + 1);
    this.lastVma = null;
    if (flags & MAP_POPULATE || (vflags & (VM_LOCKED | VM_LOCKONFAULT)) === VM_LOCKED) {
      this.populate(start, start + len, !shared && (prot & PROT_WRITE) !== 0);
    }
    return start;
  }

  /** Pages of VMAs (and of them private writable) inside [start, end). */
  private pagesIn(start: number, end: number): { total: number; data: number; locked: number } {
    let total = 0;
    let data = 0;
    let locked = 0;
    const l = this.vmas.list;
    for (let i = this.vmas.indexAfter(start); i < l.length && l[i]!.start < end; i++) {
      const v = l[i]!;
      const n = (Math.min(v.end, end) - Math.max(v.start, start)) / PAGE_SIZE;
      total += n;
      if (v.isData) data += n;
      if (v.flags & VM_LOCKED) locked += n;
    }
    return { total, data, locked };
  }

  /** Faults in the pages of [start, end) (MAP_POPULATE, mlock); stops at the first that fails. */
  private populate(start: number, end: number, write: boolean): void {
    for (let a = start; a < end; a += PAGE_SIZE) {
      const v = this.vmaFor(a);
      if (v === undefined || !protReadable(v.prot)) continue;
      const w = write && (v.prot & PROT_WRITE) !== 0 && !v.shared;
      const f = this.fault(v, a / PAGE_SIZE, w);
      if (typeof f === 'number') break;
    }
  }

  /** munmap of page-aligned [start, end): removes VMAs and their pages. */
  unmap(start: number, end: number): void {
    const l = this.vmas.list;
    const i0 = this.vmas.indexAfter(start);
    const v0 = l[i0];
    if (v0 === undefined || v0.start >= end) return;
    if (v0.start === start && v0.end === end) {
      // The common case: one whole VMA (munmap of what mmap returned). No split, no splice.
      this.vmas.removeAt(i0);
      this.account(v0, -1);
      this.pt.zap(start / PAGE_SIZE, end / PAGE_SIZE);
      v0.detach();
      this.lastVma = null;
      return;
    }
    const [i, j] = this.vmas.isolate(start, end);
    const gone = this.vmas.list.splice(i, j - i);
    for (const v of gone) {
      this.account(v, -1);
      this.pt.zap(v.start / PAGE_SIZE, v.end / PAGE_SIZE);
      v.detach();
    }
    this.lastVma = null;
  }

  // ------------------------------------------------------------------------------------------
  // mprotect

  /** mprotect of page-aligned [start, end) (prot already validated). */
  mprotect(start: number, end: number, prot: number, lim: MmLimits = NO_LIMITS): number | Errno {
    this.lastVma = null;
    const l = this.vmas.list;
    let at = start;
    let i = this.vmas.indexAfter(start);
    if (l[i] === undefined || l[i]!.start > start) return ENOMEM;
    let result: number | Errno = 0;
    const first = i;
    while (at < end) {
      const v = l[i];
      if (v === undefined || v.start > at) {
        result = ENOMEM;
        break;
      }
      if ((prot & PROT_WRITE && v.shared && v.flags & VM_NOMAYWRITE) || (prot & PROT_EXEC && v.flags & VM_NOMAYEXEC)) {
        result = EACCES;
        break;
      }
      const segEnd = Math.min(v.end, end);
      if (v.prot !== prot) {
        const becomesData = !v.shared && (prot & PROT_WRITE) !== 0 && !(v.prot & PROT_WRITE) && !(v.flags & (VM_STACK | VM_GROWSDOWN));
        if (becomesData && (this.dataVm + (segEnd - at) / PAGE_SIZE) * PAGE_SIZE > lim.data) {
          result = ENOMEM;
          break;
        }
        this.vmas.splitAt(at);
        this.vmas.splitAt(segEnd);
        i = this.vmas.indexAfter(at);
        const w = l[i]!;
        this.account(w, -1);
        w.prot = prot;
        this.account(w, 1);
      }
      at = segEnd;
      i++;
    }
    this.vmas.mergeAround(Math.max(0, first - 1), i + 1);
    this.lastVma = null;
    return result;
  }

  // ------------------------------------------------------------------------------------------
  // mremap

  /** mremap after the argument checks (aligned addr, page-aligned non-zero newLen). */
  mremap(addr: number, oldLen: number, newLen: number, flags: number, newAddr: number, lim: MmLimits = NO_LIMITS): number | Errno {
    this.lastVma = null;
    const v = this.vmas.find(addr);
    if (v === undefined) return EFAULT;
    if (oldLen === 0) {
      // Duplicating a shared mapping: only shared mappings (and only with MREMAP_MAYMOVE).
      if (!v.shared) return EINVAL;
      if (!(flags & MREMAP_MAYMOVE)) return ENOMEM;
    } else if (oldLen > v.end - addr) {
      return EFAULT;
    }
    if (flags & MREMAP_FIXED) {
      if (pageOff(newAddr) !== 0) return EINVAL;
      if (newLen > TASK_SIZE || newAddr > TASK_SIZE - newLen) return EINVAL;
      if (newAddr < addr + Math.max(oldLen, 0) && addr < newAddr + newLen) return EINVAL;
      // Room for the move: unmap the target; shrink the source first when it is larger.
      const delta = newLen / PAGE_SIZE - (oldLen < newLen ? oldLen / PAGE_SIZE : newLen / PAGE_SIZE);
      if (!(flags & MREMAP_DONTUNMAP) && oldLen !== 0 && !this.mayExpand(Math.max(0, delta), v.isData, lim)) return ENOMEM;
      this.unmap(newAddr, newAddr + newLen);
      if (oldLen > newLen) {
        this.unmap(addr + newLen, addr + oldLen);
        oldLen = newLen;
      }
      return this.moveVma(addr, oldLen, newLen, newAddr, flags, lim);
    }
    if (oldLen >= newLen && !(flags & MREMAP_DONTUNMAP)) {
      if (oldLen > newLen) this.unmap(addr + newLen, addr + oldLen);
      return addr;
    }
    if (flags & MREMAP_DONTUNMAP) {
      const to = this.unmappedArea(newLen, 0, 0);
      if (typeof to !== 'number') return to;
      return this.moveVma(addr, oldLen, newLen, to, flags, lim);
    }
    // Grow: in place when the range after the VMA is free and the VMA ends at the old end.
    const grow = (newLen - oldLen) / PAGE_SIZE;
    if (oldLen !== 0 && addr + oldLen === v.end) {
      const i = this.vmas.indexAfter(addr);
      const next = this.vmas.list[i + 1];
      const limit = next === undefined ? TASK_SIZE : next.flags & VM_GROWSDOWN ? next.start - STACK_GUARD_GAP : next.start;
      if (addr + newLen <= limit && addr + newLen <= TASK_SIZE) {
        if (!this.mayExpand(grow, v.isData, lim)) return ENOMEM;
        if (v.flags & VM_LOCKED && !lim.ipcLock && (this.lockedVm + grow) * PAGE_SIZE > lim.memlock) return EAGAIN;
        this.account(v, -1);
        v.end = addr + newLen;
        this.account(v, 1);
        if (v.file instanceof AnonShmem) v.file.bytes = Math.max(v.file.bytes, (v.pgoff + v.pages) * PAGE_SIZE);
        this.vmas.mergeAround(i, i + 2);
        if (v.flags & VM_LOCKED) this.populate(addr + oldLen, addr + newLen, false);
        return addr;
      }
    }
    if (!(flags & MREMAP_MAYMOVE)) return ENOMEM;
    if (oldLen !== 0 && !this.mayExpand(grow, v.isData, lim)) return ENOMEM;
    const to = this.unmappedArea(newLen, 0, 0);
    if (typeof to !== 'number') return to;
    return this.moveVma(addr, oldLen, newLen, to, flags, lim);
  }

  /** move_vma: the pages of [addr, addr+oldLen) go to [to, to+newLen) (newLen ≥ oldLen). */
  private moveVma(addr: number, oldLen: number, newLen: number, to: number, flags: number, _lim: MmLimits): number | Errno {
    const src = this.vmas.find(addr)!;
    const nv = new Vma(this, to, to + newLen, src.prot, src.shared, src.flags, src.file,
      src.file ? src.filePage(addr) : 0);
    if (nv.file instanceof AnonShmem) nv.file.bytes = Math.max(nv.file.bytes, (nv.pgoff + nv.pages) * PAGE_SIZE);
    if (oldLen === 0) {
      nv.attach();
      const i = this.vmas.insert(nv);
      this.account(nv, 1);
      this.vmas.mergeAround(i, i + 1);
      this.lastVma = null;
      return to;
    }
    // Carry the pages over (each keeps its reference: the new slot takes one, the zap drops one).
    const pt = this.pt;
    const delta = to / PAGE_SIZE - addr / PAGE_SIZE;
    const moved: [number, Frame][] = [];
    pt.forEach(addr / PAGE_SIZE, (addr + oldLen) / PAGE_SIZE, (vpn, f) => moved.push([vpn + delta, f]));
    for (const [vpn, f] of moved) {
      if (f !== ZERO_FRAME) f.refs++;
      pt.set(vpn, f);
    }
    nv.attach();
    if (flags & MREMAP_DONTUNMAP) {
      // The old range stays mapped, empty (its pages fault anew); the locks move with the pages.
      pt.zap(addr / PAGE_SIZE, (addr + oldLen) / PAGE_SIZE);
      if (src.flags & VM_LOCKED) {
        this.vmas.isolate(addr, addr + oldLen);
        const [i, j] = this.vmas.isolate(addr, addr + oldLen);
        for (let k = i; k < j; k++) {
          const w = this.vmas.list[k]!;
          this.account(w, -1);
          w.flags &= ~(VM_LOCKED | VM_LOCKONFAULT);
          this.account(w, 1);
        }
        this.vmas.mergeAround(Math.max(0, i - 1), j + 1);
      }
    } else {
      const [i, j] = this.vmas.isolate(addr, addr + oldLen);
      for (const w of this.vmas.list.splice(i, j - i)) {
        this.account(w, -1);
        w.detach();
      }
      pt.zap(addr / PAGE_SIZE, (addr + oldLen) / PAGE_SIZE);
    }
    // The moved pages were re-inserted before the old ones were zapped: zap cannot touch them
    // (the ranges do not overlap).
    const k = this.vmas.insert(nv);
    this.account(nv, 1);
    this.vmas.mergeAround(k, k + 1);
    this.lastVma = null;
    return to;
  }

  // ------------------------------------------------------------------------------------------
  // madvise, mincore, msync

  /**
   * madvise of page-aligned [start, end) (advice known). ENOMEM when part of it is unmapped.
   * `punch` makes MADV_REMOVE's hole in a shared mapping's file (vfs_fallocate with
   * FALLOC_FL_PUNCH_HOLE|FALLOC_FL_KEEP_SIZE over the byte range [from, to)).
   */
  madvise(start: number, end: number, advice: number,
    punch: (f: MappableFile, from: number, to: number) => Errno | undefined = (f, a, b) => f.punch?.(a, b)): number | Errno {
    this.lastVma = null;
    const l = this.vmas.list;
    if (advice === MADV_POPULATE_READ || advice === MADV_POPULATE_WRITE) return this.populateRange(start, end, advice === MADV_POPULATE_WRITE);
    if (advice === MADV_REMOVE) return this.remove(start, end, punch);
    // Checks that fail before anything is done.
    let holes = false;
    let at = start;
    for (let i = this.vmas.indexAfter(start); at < end; i++) {
      const v = l[i];
      if (v === undefined || v.start >= end) {
        holes = true;
        break;
      }
      if (v.start > at) holes = true;
      switch (advice) {
        case MADV_DONTNEED:
          if (v.flags & VM_LOCKED) return EINVAL;
          break;
        case MADV_FREE:
          if (v.file !== null || v.shared || v.flags & VM_LOCKED) return EINVAL;
          break;
        case MADV_COLD:
        case MADV_PAGEOUT:
          // can_madv_lru_vma(): not on locked memory.
          if (v.flags & VM_LOCKED) return EINVAL;
          break;
        case MADV_WIPEONFORK:
          if (v.file !== null || v.shared) return EINVAL;
          break;
      }
      at = v.end;
    }
    if (at < end) holes = true;
    const setFlag = (set: number, clear: number): void => {
      const [i, j] = this.vmas.isolate(start, end);
      for (let k = i; k < j; k++) this.vmas.list[k]!.flags = (this.vmas.list[k]!.flags & ~clear) | set;
      this.vmas.mergeAround(Math.max(0, i - 1), j + 1);
    };
    if (!this.overlaps(start, end)) return ENOMEM;
    switch (advice) {
      case MADV_DONTNEED:
      case MADV_DONTNEED_LOCKED:
      case MADV_FREE:
        this.forEachIn(start, end, (a, b) => this.pt.zap(a / PAGE_SIZE, b / PAGE_SIZE));
        break;
      case MADV_NORMAL:
        setFlag(0, VM_RAND_READ | VM_SEQ_READ);
        break;
      case MADV_RANDOM:
        setFlag(VM_RAND_READ, VM_SEQ_READ);
        break;
      case MADV_SEQUENTIAL:
        setFlag(VM_SEQ_READ, VM_RAND_READ);
        break;
      case MADV_DONTFORK:
        setFlag(VM_DONTFORK, 0);
        break;
      case MADV_DOFORK:
        setFlag(0, VM_DONTFORK);
        break;
      case MADV_WIPEONFORK:
        setFlag(VM_WIPEONFORK, 0);
        break;
      case MADV_KEEPONFORK:
        setFlag(0, VM_WIPEONFORK);
        break;
      case MADV_DONTDUMP:
        setFlag(VM_DONTDUMP, 0);
        break;
      case MADV_DODUMP:
        setFlag(0, VM_DONTDUMP);
        break;
      case MADV_WILLNEED:
      case MADV_COLD:
      case MADV_PAGEOUT:
      case MADV_HUGEPAGE:
      case MADV_NOHUGEPAGE:
      case MADV_MERGEABLE:
      case MADV_UNMERGEABLE:
        break;
    }
    return holes ? ENOMEM : 0;
  }

  /**
   * MADV_POPULATE_READ/WRITE (madvise_populate → faultin_page_range): faults the pages in, in
   * order, stopping at the first that fails: no VMA ENOMEM, a VMA without the access (VM_READ
   * itself for a read: PROT_WRITE or PROT_EXEC alone is not enough) EINVAL, a fault that would
   * raise SIGBUS (beyond the file's end) EFAULT.
   */
  private populateRange(start: number, end: number, write: boolean): number | Errno {
    for (let a = start; a < end; a += PAGE_SIZE) {
      const v = this.vmas.find(a);
      if (v === undefined) return ENOMEM;
      if (write ? !(v.prot & PROT_WRITE) : !(v.prot & PROT_READ)) return EINVAL;
      if (typeof this.fault(v, a / PAGE_SIZE, write) === 'number') return EFAULT;
    }
    return 0;
  }

  /**
   * MADV_REMOVE (madvise_remove), VMA by VMA in order: locked memory and private anonymous
   * memory EINVAL, a mapping that is not shared and may-write EACCES; else the file's pages of
   * the range become a hole (the mappings' pages with them: a later access reads zeros).
   */
  private remove(start: number, end: number, punch: (f: MappableFile, from: number, to: number) => Errno | undefined): number | Errno {
    const l = this.vmas.list;
    let at = start;
    let err: Errno | 0 = 0;
    for (;;) {
      const v = l[this.vmas.indexAfter(at)];
      if (v === undefined) return ENOMEM;
      if (v.start > at) {
        err = ENOMEM;
        at = v.start;
        if (at >= end) break;
      }
      const stop = Math.min(v.end, end);
      if (v.flags & VM_LOCKED || v.file === null) return EINVAL;
      if (!v.shared || v.flags & VM_NOMAYWRITE) return EACCES;
      const e = punch(v.file, v.filePage(at) * PAGE_SIZE, v.filePage(stop) * PAGE_SIZE);
      if (e !== undefined) return e;
      this.lastVma = null;
      at = stop;
      if (at >= end) break;
    }
    return err;
  }

  /** Calls fn(a, b) for each mapped piece of [start, end). */
  private forEachIn(start: number, end: number, fn: (a: number, b: number, v: Vma) => void): void {
    const l = this.vmas.list;
    for (let i = this.vmas.indexAfter(start); i < l.length && l[i]!.start < end; i++) {
      const v = l[i]!;
      fn(Math.max(v.start, start), Math.min(v.end, end), v);
    }
  }

  /**
   * mincore's do_mincore: residency of the pages from `start` (page-aligned) to the end of its
   * VMA or `pages` pages, whichever comes first (the caller loops), or ENOMEM when no VMA holds
   * `start`.
   */
  mincore(start: number, pages: number): Uint8Array | Errno {
    const v = this.vmas.find(start);
    if (v === undefined) return ENOMEM;
    const stop = Math.min(v.end, start + pages * PAGE_SIZE);
    const out = new Uint8Array((stop - start) / PAGE_SIZE);
    for (let a = start; a < stop; a += PAGE_SIZE) {
      let r = this.pt.lookup(a / PAGE_SIZE) !== undefined;
      if (!r && v.file !== null) r = v.file.peek(v.filePage(a)) !== undefined;
      out[(a - start) / PAGE_SIZE] = r ? 1 : 0;
    }
    return out;
  }

  /** msync of page-aligned [start, end): ENOMEM for holes, EBUSY for MS_INVALIDATE on locked memory. */
  msync(start: number, end: number, flags: number): number | Errno {
    let at = start;
    let err: Errno | null = null;
    while (at < end) {
      const v = this.vmas.list[this.vmas.indexAfter(at)];
      if (v === undefined || v.start >= end) return ENOMEM;
      if (v.start > at) err = ENOMEM;
      if (flags & MS_INVALIDATE && v.flags & VM_LOCKED) return EBUSY;
      at = v.end;
    }
    return err ?? 0;
  }

  // ------------------------------------------------------------------------------------------
  // mlock

  /** mlock/mlock2/munlock of page-aligned [start, end). `lock`: 0 unlock, VM_LOCKED, or VM_LOCKED|VM_LOCKONFAULT. */
  mlock(start: number, end: number, lock: number, lim: MmLimits = NO_LIMITS): number | Errno {
    this.lastVma = null;
    if (lock !== 0) {
      if (!lim.ipcLock && lim.memlock === 0) return EPERM;
      const already = this.pagesIn(start, end).locked;
      if (!lim.ipcLock && (this.lockedVm - already + (end - start) / PAGE_SIZE) * PAGE_SIZE > lim.memlock) return ENOMEM;
    }
    // A hole anywhere: ENOMEM, nothing changed.
    let at = start;
    for (let i = this.vmas.indexAfter(start); at < end; i++) {
      const v = this.vmas.list[i];
      if (v === undefined || v.start > at) return ENOMEM;
      at = v.end;
    }
    const [i, j] = this.vmas.isolate(start, end);
    for (let k = i; k < j; k++) {
      const w = this.vmas.list[k]!;
      this.account(w, -1);
      w.flags = (w.flags & ~(VM_LOCKED | VM_LOCKONFAULT)) | lock;
      this.account(w, 1);
    }
    this.vmas.mergeAround(Math.max(0, i - 1), j + 1);
    if (lock === VM_LOCKED) this.populate(start, end, false);
    this.lastVma = null;
    return 0;
  }

  /** mlockall(flags validated). */
  mlockall(flags: number, lim: MmLimits = NO_LIMITS): number | Errno {
    if (!lim.ipcLock && lim.memlock === 0) return EPERM;
    if (flags & MCL_CURRENT && !lim.ipcLock && this.totalVm * PAGE_SIZE > lim.memlock) return ENOMEM;
    const lock = VM_LOCKED | (flags & MCL_ONFAULT ? VM_LOCKONFAULT : 0);
    this.defFlags = flags & MCL_FUTURE ? lock : 0;
    if (flags & MCL_CURRENT) {
      for (const w of this.vmas.list) {
        this.account(w, -1);
        w.flags = (w.flags & ~(VM_LOCKED | VM_LOCKONFAULT)) | lock;
        this.account(w, 1);
      }
      this.vmas.mergeAround(0, this.vmas.list.length);
      if (!(flags & MCL_ONFAULT)) for (const w of this.vmas.list.slice()) if (protReadable(w.prot)) this.populate(w.start, w.end, false);
    }
    this.lastVma = null;
    return 0;
  }

  munlockall(): number {
    this.defFlags = 0;
    for (const w of this.vmas.list) {
      this.account(w, -1);
      w.flags &= ~(VM_LOCKED | VM_LOCKONFAULT);
      this.account(w, 1);
    }
    this.vmas.mergeAround(0, this.vmas.list.length);
    this.lastVma = null;
    return 0;
  }

  // ------------------------------------------------------------------------------------------
  // brk

  /** brk(2): moves the program break; returns the new break, or the old one on failure. */
  brk(addr: number, lim: MmLimits = NO_LIMITS): number {
    if (!(addr >= this.brkStart) || addr > TASK_SIZE) return this.brkCur;
    // check_data_rlimit: the heap plus the data segment must fit RLIMIT_DATA.
    if (lim.data !== INF && addr - this.brkStart + IMAGE_SIZE > lim.data) return this.brkCur;
    const newPage = Math.ceil(addr / PAGE_SIZE) * PAGE_SIZE;
    const oldPage = Math.ceil(this.brkCur / PAGE_SIZE) * PAGE_SIZE;
    if (newPage === oldPage) {
      this.brkCur = addr;
      return addr;
    }
    if (newPage < oldPage) {
      this.unmap(newPage, oldPage);
      this.brkCur = addr;
      return addr;
    }
    const next = this.vmas.list[this.vmas.indexAfter(oldPage)];
    if (next !== undefined && newPage + PAGE_SIZE > (next.flags & VM_GROWSDOWN ? next.start - STACK_GUARD_GAP : next.start)) return this.brkCur;
    const pages = (newPage - oldPage) / PAGE_SIZE;
    if (!this.mayExpand(pages, true, lim)) return this.brkCur;
    if (this.defFlags & VM_LOCKED && !lim.ipcLock && (this.lockedVm + pages) * PAGE_SIZE > lim.memlock) return this.brkCur;
    const v = new Vma(this, oldPage, newPage, 3, false, this.defFlags, null, 0);
    const i = this.vmas.insert(v);
    this.account(v, 1);
    this.vmas.mergeAround(i, i + 1);
    this.lastVma = null;
    if (this.defFlags & VM_LOCKED && !(this.defFlags & VM_LOCKONFAULT)) this.populate(oldPage, newPage, true);
    this.brkCur = addr;
    return addr;
  }

  /** The current break. */
  get brkEnd(): number {
    return this.brkCur;
  }

  // ------------------------------------------------------------------------------------------
  // Inspection

  /** The VMAs in address order, for reading only (/proc/[pid]/maps and smaps). */
  areas(): readonly Vma[] {
    return this.vmas.list;
  }

  /** Calls `fn(vpn, frame)` for every page mapped in [start, end), for reading only (smaps). */
  forEachPage(start: number, end: number, fn: (vpn: number, f: Frame) => void): void {
    this.pt.forEach(start / PAGE_SIZE, end / PAGE_SIZE, fn);
  }

  /** The name /proc/[pid]/maps gives a VMA: [heap], [stack], or ''. */
  nameOf(v: Vma): string {
    if (v.flags & VM_STACK) return '[stack]';
    if (!v.file && v.start < Math.ceil(this.brkCur / PAGE_SIZE) * PAGE_SIZE && v.end > this.brkStart && !(v.flags & VM_IMAGE)) return '[heap]';
    return '';
  }

  /** Invariant violations of this address space (sorted, aligned, disjoint, merged VMAs; counters). */
  check(): string[] {
    const errs: string[] = [];
    const l = this.vmas.list;
    let total = 0;
    let data = 0;
    let locked = 0;
    for (let i = 0; i < l.length; i++) {
      const v = l[i]!;
      if (v.start % PAGE_SIZE !== 0 || v.end % PAGE_SIZE !== 0 || v.start >= v.end) errs.push(`vma ${v.start.toString(16)}-${v.end.toString(16)} malformed`);
      if (v.start < 0 || v.end > TASK_SIZE) errs.push(`vma ${v.start.toString(16)} outside user space`);
      if (v.owner !== this) errs.push(`vma ${v.start.toString(16)} owned by another mm`);
      if (v.file !== null && !v.file.mappings.has(v)) errs.push(`vma ${v.start.toString(16)} not on its file's mapping list`);
      const p = l[i - 1];
      if (p !== undefined) {
        if (p.end > v.start) errs.push(`vmas ${p.start.toString(16)} and ${v.start.toString(16)} overlap or are unsorted`);
        if (canMerge(p, v)) errs.push(`vmas ${p.start.toString(16)} and ${v.start.toString(16)} should be merged`);
      }
      total += v.pages;
      if (v.isData) data += v.pages;
      if (v.flags & VM_LOCKED) locked += v.pages;
    }
    if (total !== this.totalVm) errs.push(`total_vm ${this.totalVm} != ${total}`);
    if (data !== this.dataVm) errs.push(`data_vm ${this.dataVm} != ${data}`);
    if (locked !== this.lockedVm) errs.push(`locked_vm ${this.lockedVm} != ${locked}`);
    // No page mapped outside a VMA.
    this.pt.forEach(0, TASK_SIZE / PAGE_SIZE, (vpn) => {
      if (this.vmas.find(vpn * PAGE_SIZE) === undefined) errs.push(`page ${(vpn * PAGE_SIZE).toString(16)} mapped outside any vma`);
    });
    return errs;
  }

  /** The shmem objects of this mm's shared anonymous mappings (for invariant checks). */
  anonShmem(): { frames(): Frame[] }[] {
    const out = new Set<AnonShmem>();
    for (const v of this.vmas.list) if (v.file instanceof AnonShmem) out.add(v.file);
    return [...out];
  }
}


/** A fresh address-space context for a kernel: its frame pool and page-table generation. */
export function newMmContext(pool: FramePool): PtContext {
  return new PtContext(pool);
}

export { MCL_CURRENT, MCL_FUTURE, MCL_ONFAULT, MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE };
