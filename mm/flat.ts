// mm/flat.ts — a plain address space: one contiguous, growable byte array mapped at
// [FLAT_BASE, FLAT_BASE + length). The kernel no longer uses it (processes have a MemoryMap,
// mm/mm.ts); tests that only need bytes at addresses (the strace decoders' raw-door cases) do.
// Below it (NULL included) and above it every access faults. brk grows it.

import type { AddressSpace } from './address_space';

/** Where the flat memory starts: mmap_min_addr's default, so NULL and low pages fault. */
export const FLAT_BASE = 0x10000;
/** Bytes reserved below the break for a program's static data. */
const DATA_SIZE = 0x10000;
/** The largest the heap may grow to (a stand-in for RLIMIT_DATA until the mm issue). */
const MAX_SIZE = 1 << 30;

export class FlatMemory implements AddressSpace {
  private mem: Uint8Array;
  /** Bytes currently mapped (the capacity of `mem` may be larger). */
  private length: number;
  readonly brkStart = FLAT_BASE + DATA_SIZE;
  private brkCur = FLAT_BASE + DATA_SIZE;

  constructor(from?: FlatMemory) {
    if (from) {
      this.mem = from.mem.slice(0, Math.max(from.length, 1));
      this.length = from.length;
      this.brkCur = from.brkCur;
    } else {
      this.mem = new Uint8Array(DATA_SIZE);
      this.length = DATA_SIZE;
    }
  }

  /** Bytes of [addr, addr+n) that are mapped, counted from addr (0 if addr is unmapped). */
  private avail(addr: number, n: number): number {
    const off = addr - FLAT_BASE;
    if (!(off >= 0 && off < this.length)) return 0;
    return Math.min(n, this.length - off);
  }

  copyOut(addr: number, src: Uint8Array, srcOff: number, n: number): number {
    const k = this.avail(addr, n);
    if (k > 0) this.mem.set(src.subarray(srcOff, srcOff + k), addr - FLAT_BASE);
    return k;
  }

  copyIn(addr: number, dst: Uint8Array, dstOff: number, n: number): number {
    const k = this.avail(addr, n);
    if (k > 0) {
      const off = addr - FLAT_BASE;
      dst.set(this.mem.subarray(off, off + k), dstOff);
    }
    return k;
  }

  view(addr: number, n: number): Uint8Array | null {
    if (this.avail(addr, n) !== n) return null;
    const off = addr - FLAT_BASE;
    return this.mem.subarray(off, off + n);
  }

  mapped(addr: number, n: number): number {
    return n > 0 ? this.avail(addr, n) : 0;
  }

  readCString(addr: number, max: number): string | false | null {
    const off = addr - FLAT_BASE;
    if (!(off >= 0 && off < this.length)) return null;
    const end = Math.min(this.length, off + max);
    let s = '';
    for (let i = off; i < end; i++) {
      const c = this.mem[i]!;
      if (c === 0) return s;
      s += String.fromCharCode(c);
    }
    return end - off >= max ? false : null;
  }

  brk(addr: number): number {
    // Linux: brk(0) or a request below the start returns the current break unchanged.
    if (!(addr >= this.brkStart)) return this.brkCur;
    const newLen = Math.ceil((addr - FLAT_BASE) / 4096) * 4096;
    if (newLen > MAX_SIZE) return this.brkCur;
    if (newLen > this.mem.length) {
      let cap = this.mem.length;
      while (cap < newLen) cap *= 2;
      const m = new Uint8Array(cap);
      m.set(this.mem.subarray(0, this.length));
      this.mem = m;
    } else if (newLen < this.length) {
      this.mem.fill(0, newLen, this.length); // shrinking discards the pages
    }
    this.length = Math.max(newLen, DATA_SIZE);
    this.brkCur = addr;
    return addr;
  }

  fork(): AddressSpace {
    return new FlatMemory(this);
  }

  residentBytes(): number {
    return this.length;
  }
}
