// mm/usercopy.ts — copy_from_user / copy_to_user for both syscall doors (DESIGN.md, "the
// syscall boundary"). A user pointer (UPtr) is either an address in the process's memory
// (the raw door) or a JS value (the typed door): a Uint8Array buffer, a binary string for an
// input path, an Out box for an output struct, a plain object for an input struct. Handlers
// call these functions and never look at which door was used. Every failure is EFAULT here;
// nothing else in the kernel reads or writes user memory.

import { EFAULT, ENAMETOOLONG, type Errno } from '../abi/errno';
import type { Layout } from '../abi/struct';
import { TASK_SIZE, type AddressSpace } from './address_space';

/** A typed-door output slot: the kernel stores the decoded struct (or value) in `value`. */
export class Out<T> {
  value: T | undefined = undefined;
}

/** A user pointer as a handler receives it. null/undefined/0 are NULL. */
export type UPtr = number | Uint8Array | string | Out<unknown> | object | null | undefined;

/** True for NULL in either door. */
export function isNull(p: UPtr): boolean {
  return p === 0 || p === null || p === undefined;
}

/**
 * access_ok(): may the program name `len` bytes at `p`? For an address, the range must lie
 * below TASK_SIZE (whether it is mapped is found out by the copy itself, as in Linux); for a
 * JS buffer, it must be at least `len` long.
 */
export function accessOk(p: UPtr, len: number): boolean {
  if (typeof p === 'number') return p >= 0 && len >= 0 && p + len <= TASK_SIZE;
  if (p instanceof Uint8Array || typeof p === 'string') return len <= p.length;
  return p === null || p === undefined ? len === 0 : false;
}

/** Copies `src[0..n)` to the user; returns bytes copied (0 when the first byte faults). */
export function copyToUser(mm: AddressSpace, dst: UPtr, src: Uint8Array, n: number = src.length): number {
  if (typeof dst === 'number') return mm.copyOut(dst, src, 0, n);
  if (dst instanceof Uint8Array) {
    const k = Math.min(n, dst.length);
    dst.set(k === src.length ? src : src.subarray(0, k));
    return k;
  }
  return 0;
}

/** Copies `src[0..n)` to `dst + off` (a position inside a user buffer). */
export function copyToUserAt(mm: AddressSpace, dst: UPtr, off: number, src: Uint8Array, n: number): number {
  if (typeof dst === 'number') return mm.copyOut(dst + off, src, 0, n);
  if (dst instanceof Uint8Array) {
    const k = Math.max(0, Math.min(n, dst.length - off));
    dst.set(k === src.length ? src : src.subarray(0, k), off);
    return k;
  }
  return 0;
}

/**
 * The `len` user bytes at `p` as a Uint8Array: a view when possible (valid only until the
 * syscall returns), else a copy; EFAULT if none of them can be read. A short result means
 * the range faults part-way (callers treat it like a short copy).
 */
export function userBytes(mm: AddressSpace, p: UPtr, len: number): Uint8Array | Errno {
  if (p instanceof Uint8Array) return len === p.length ? p : p.subarray(0, len);
  if (typeof p === 'string') {
    const b = new Uint8Array(Math.min(len, p.length));
    for (let i = 0; i < b.length; i++) b[i] = p.charCodeAt(i) & 0xff;
    return b;
  }
  if (typeof p !== 'number') return len === 0 ? new Uint8Array(0) : EFAULT;
  if (len === 0) return new Uint8Array(0);
  const v = mm.view(p, len);
  if (v) return v;
  // Only the bytes before the first fault are read: a huge length costs no more than memory.
  const n = mm.mapped(p, len);
  if (n === 0) return EFAULT;
  const part = mm.view(p, n);
  if (part) return part;
  const b = new Uint8Array(n);
  const k = mm.copyIn(p, b, 0, n);
  return k === 0 ? EFAULT : b.subarray(0, k);
}

/** How many of the `len` bytes at `p` a copy to or from the user reaches before a fault. */
export function userReach(mm: AddressSpace, p: UPtr, len: number): number {
  if (p instanceof Uint8Array) return Math.min(len, p.length);
  if (typeof p === 'number') return mm.mapped(p, len);
  return 0;
}

/**
 * strncpy_from_user for a NUL-terminated string of at most max-1 bytes (PATH_MAX for paths):
 * ENAMETOOLONG when there is no NUL within `max` bytes, EFAULT on a fault. Typed-door strings
 * are binary strings (one char per byte) and stop at their first NUL, as C would.
 */
export function userString(mm: AddressSpace, p: UPtr, max: number): string | Errno {
  if (typeof p === 'string') {
    const z = p.indexOf('\0');
    const s = z < 0 ? p : p.slice(0, z);
    return s.length >= max ? ENAMETOOLONG : s;
  }
  if (typeof p !== 'number') return EFAULT;
  const s = mm.readCString(p, max);
  if (s === null) return EFAULT;
  if (s === false) return ENAMETOOLONG;
  return s;
}

/** Writes a struct: encoded into memory or a byte buffer, or stored in an Out box. */
export function copyStructToUser<T>(mm: AddressSpace, p: UPtr, layout: Layout<T>, value: T): Errno | undefined {
  if (p instanceof Out) {
    p.value = value;
    return undefined;
  }
  if (typeof p === 'number' || p instanceof Uint8Array) {
    const bytes = layout.scratchBytes(value);
    return copyToUser(mm, p, bytes) === bytes.length ? undefined : EFAULT;
  }
  return EFAULT;
}

/**
 * Reads a struct: decoded from memory or bytes, or from a typed-door object as the raw door
 * would see it (encoded and decoded: missing fields read as 0, fractions are cut, 64-bit
 * fields wrap). A field that is not a finite number is EFAULT: no memory could hold it.
 */
export function copyStructFromUser<T>(mm: AddressSpace, p: UPtr, layout: Layout<T>): T | Errno {
  if (typeof p === 'number' || p instanceof Uint8Array) {
    const b = userBytes(mm, p, layout.size);
    if (!(b instanceof Uint8Array) || b.length < layout.size) return EFAULT;
    return layout.fromBytes(b);
  }
  if (p === null || typeof p !== 'object' || p instanceof Out || Array.isArray(p)) return EFAULT;
  const rec = p as Record<string, unknown>;
  for (const f of layout.fields) {
    if (typeof f.type !== 'string') continue;
    const x = rec[f.name];
    if (x !== undefined && !(typeof x === 'number' && Number.isFinite(x))) return EFAULT;
  }
  try {
    return layout.fromBytes(layout.toBytes(p as Partial<T>));
  } catch {
    return EFAULT; // a nested field of the wrong shape
  }
}

/** Reads `count` 32-bit ints (e.g. nothing yet) or writes them (pipe's fds). */
export function copyIntsToUser(mm: AddressSpace, p: UPtr, ints: readonly number[]): Errno | undefined {
  if (p instanceof Out) {
    p.value = ints.slice();
    return undefined;
  }
  const b = new Uint8Array(ints.length * 4);
  const dv = new DataView(b.buffer);
  ints.forEach((v, i) => dv.setInt32(i * 4, v, true));
  return copyToUser(mm, p, b) === b.length ? undefined : EFAULT;
}

/** Reads a NULL-terminated array of string pointers (execve's argv/envp). */
export function userStringArray(mm: AddressSpace, p: UPtr, maxStr: number, maxCount: number): string[] | Errno {
  if (Array.isArray(p)) return (p as unknown[]).map((s) => String(s));
  if (isNull(p)) return [];
  if (typeof p !== 'number') return EFAULT;
  const out: string[] = [];
  const word = new Uint8Array(8);
  for (let i = 0; ; i++) {
    if (i >= maxCount) return EFAULT;
    if (mm.copyIn(p + i * 8, word, 0, 8) !== 8) return EFAULT;
    const lo = word[0]! | (word[1]! << 8) | (word[2]! << 16) | (word[3]! << 24);
    const hi = word[4]! | (word[5]! << 8) | (word[6]! << 16) | (word[7]! << 24);
    const addr = (lo >>> 0) + (hi >>> 0) * 4294967296;
    if (addr === 0) return out;
    const s = userString(mm, addr, maxStr);
    if (typeof s !== 'string') return s;
    out.push(s);
  }
}
