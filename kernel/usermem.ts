// kernel/usermem.ts — a program's own loads and stores (what a CPU does without the kernel):
// bytes, u8/u16/u32/u64 values and bulk copies at addresses of the task's address space, each
// checked against the page table and the VMAs' protections. A faulting access raises the fault's
// signal (SIGSEGV with SEGV_MAPERR or SEGV_ACCERR, SIGBUS with BUS_ADRERR beyond a file's end)
// through Kernel.userFault, and the program stops there: a MemoryFault is thrown, which the
// runtime treats as the end of a task the signal has killed. Owned by kernel/.

import type { Task } from '../proc/task';
import type { Kernel } from './kernel';

/** Thrown out of a program whose access faulted (after the signal was delivered). */
export class MemoryFault extends Error {
  constructor(readonly signo: number, readonly code: number, readonly addr: number) {
    super(`memory fault at 0x${addr.toString(16)} (signal ${signo}, si_code ${code})`);
    this.name = 'MemoryFault';
  }
}

export class UserMemory {
  private readonly scratch = new Uint8Array(8);
  private readonly dv = new DataView(this.scratch.buffer);

  constructor(private readonly k: Kernel, private readonly t: Task) {}

  private access(addr: number, buf: Uint8Array, off: number, n: number, write: boolean): void {
    const f = this.t.mm.access(addr, buf, off, n, write);
    if (f !== null) {
      this.k.userFault(this.t, f);
      throw new MemoryFault(f.signo, f.code, f.addr);
    }
  }

  /** Copies `n` bytes at `addr` out of the address space. */
  read(addr: number, n: number): Uint8Array {
    const b = new Uint8Array(n);
    this.access(addr, b, 0, n, false);
    return b;
  }
  /** Stores `bytes` at `addr`. */
  write(addr: number, bytes: Uint8Array | string): void {
    const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    this.access(addr, b, 0, b.length, true);
  }
  /** Fills `n` bytes at `addr` with `value`. */
  fill(addr: number, value: number, n: number): void {
    this.access(addr, new Uint8Array(n).fill(value), 0, n, true);
  }

  u8(addr: number): number {
    this.access(addr, this.scratch, 0, 1, false);
    return this.scratch[0]!;
  }
  u16(addr: number): number {
    this.access(addr, this.scratch, 0, 2, false);
    return this.dv.getUint16(0, true);
  }
  u32(addr: number): number {
    this.access(addr, this.scratch, 0, 4, false);
    return this.dv.getUint32(0, true);
  }
  u64(addr: number): bigint {
    this.access(addr, this.scratch, 0, 8, false);
    return this.dv.getBigUint64(0, true);
  }
  setU8(addr: number, v: number): void {
    this.scratch[0] = v;
    this.access(addr, this.scratch, 0, 1, true);
  }
  setU16(addr: number, v: number): void {
    this.dv.setUint16(0, v, true);
    this.access(addr, this.scratch, 0, 2, true);
  }
  setU32(addr: number, v: number): void {
    this.dv.setUint32(0, v >>> 0, true);
    this.access(addr, this.scratch, 0, 4, true);
  }
  setU64(addr: number, v: bigint | number): void {
    this.dv.setBigUint64(0, BigInt.asUintN(64, BigInt(v)), true);
    this.access(addr, this.scratch, 0, 8, true);
  }
}
