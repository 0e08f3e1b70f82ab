// userland/strace/mem.ts — reading a traced call's arguments through either syscall door, and
// strace's string quoting. Raw door: addresses into the task's memory (event.mm). Typed door: JS
// values (binary strings, Uint8Array, Out boxes `{ value }`, plain objects, arrays). Pointers of
// the typed door get stable pseudo-addresses so that "print the pointer" has something to print.
// Part of the strace formatter (userland/strace/); it reads memory and never writes it.

import type { AddressSpace } from '../../mm/address_space';
import { LAYOUTS } from '../../abi/structs';

/** strace's "%#lx" for an address, and NULL for 0. */
export function ptrText(addr: number): string {
  return addr === 0 ? 'NULL' : `0x${addr.toString(16)}`;
}

/** True for a typed-door output box (mm/usercopy.ts `Out`): an object whose only field is `value`. */
export function isOutBox(p: unknown): p is { value: unknown } {
  if (p === null || typeof p !== 'object' || Array.isArray(p) || p instanceof Uint8Array) return false;
  const keys = Object.keys(p);
  return keys.length === 1 && keys[0] === 'value';
}

/** Pseudo-addresses for typed-door objects: deterministic per tracer, in a user-space range. */
export class PseudoAddresses {
  private readonly objs = new WeakMap<object, number>();
  private readonly strs = new Map<string, number>();
  private next = 0x7ffd00001000;

  of(p: object | string): number {
    if (typeof p === 'string') {
      let a = this.strs.get(p);
      if (a === undefined) {
        a = this.alloc();
        this.strs.set(p, a);
      }
      return a;
    }
    let a = this.objs.get(p);
    if (a === undefined) {
      a = this.alloc();
      this.objs.set(p, a);
    }
    return a;
  }

  private alloc(): number {
    const a = this.next;
    this.next += 0x1000;
    return a;
  }
}

/** Access to one call's user memory, in both doors. */
export class Mem {
  constructor(
    readonly mm: AddressSpace | undefined,
    private readonly pseudo: PseudoAddresses,
  ) {}

  /** NULL in either door. */
  isNull(p: unknown): boolean {
    return p === 0 || p === null || p === undefined || p === 0n;
  }

  /** The numeric address a pointer argument stands for (a pseudo-address in the typed door). */
  addrOf(p: unknown): number {
    if (typeof p === 'number') return p;
    if (typeof p === 'bigint') return Number(BigInt.asUintN(64, p));
    if (this.isNull(p) || typeof p === 'boolean') return 0;
    if (typeof p === 'string' || typeof p === 'object') return this.pseudo.of(p as object | string);
    return 0;
  }

  /** strace's printaddr: NULL or 0x…. */
  addr(p: unknown): string {
    return ptrText(this.addrOf(p));
  }

  /**
   * Up to `n` bytes at `p` (fewer when the typed-door buffer is shorter or memory ends), or null
   * when nothing can be read (strace then prints the address).
   */
  bytes(p: unknown, n: number): Uint8Array | null {
    if (n < 0) n = 0;
    if (isOutBox(p)) p = p.value;
    if (p instanceof Uint8Array) return p.subarray(0, Math.min(n, p.length));
    if (typeof p === 'string') {
      const k = Math.min(n, p.length);
      const b = new Uint8Array(k);
      for (let i = 0; i < k; i++) b[i] = p.charCodeAt(i) & 0xff;
      return b;
    }
    if (typeof p === 'number' && p !== 0 && this.mm) {
      if (n === 0) return new Uint8Array(0);
      const b = new Uint8Array(n);
      const k = this.mm.copyIn(p, b, 0, n);
      return k === 0 ? null : b.subarray(0, k);
    }
    return null;
  }

  /** Exactly `n` bytes or null (strace's umoven: all or nothing). */
  exact(p: unknown, n: number): Uint8Array | null {
    const b = this.bytes(p, n);
    return b && b.length === n ? b : null;
  }

  /**
   * A NUL-terminated string of at most `max` bytes (strace's umovestr): the bytes before the
   * NUL and whether the NUL was seen within `max` bytes; null on a fault at the first byte.
   */
  cstr(p: unknown, max: number): { s: string; nul: boolean } | null {
    if (isOutBox(p)) p = p.value;
    if (typeof p === 'string') {
      // A typed-door string ends where C's NUL would be.
      const z = p.indexOf('\0');
      const s = z < 0 ? p : p.slice(0, z);
      return s.length < max ? { s, nul: true } : { s: s.slice(0, max), nul: false };
    }
    if (p instanceof Uint8Array) {
      let s = '';
      const end = Math.min(p.length, max);
      for (let i = 0; i < end; i++) {
        const c = p[i]!;
        if (c === 0) return { s, nul: true };
        s += String.fromCharCode(c);
      }
      return { s, nul: p.length < max && end === p.length };
    }
    if (typeof p === 'number' && p !== 0 && this.mm) {
      let s = '';
      const chunk = new Uint8Array(256);
      for (let off = 0; off < max; ) {
        const want = Math.min(chunk.length, max - off);
        const k = this.mm.copyIn(p + off, chunk, 0, want);
        if (k === 0) return off === 0 ? null : { s, nul: false };
        for (let i = 0; i < k; i++) {
          const c = chunk[i]!;
          if (c === 0) return { s, nul: true };
          s += String.fromCharCode(c);
        }
        off += k;
        if (k < want) return { s, nul: false };
      }
      return { s, nul: false };
    }
    return null;
  }

  /**
   * A struct by layout name: decoded from memory or bytes, or taken as is from a typed-door
   * object or Out box; null when it cannot be read (or an Out box was never filled).
   */
  struct<T = Record<string, unknown>>(p: unknown, layout: string, size?: number): T | null {
    if (isOutBox(p)) p = p.value;
    if (p === null || p === undefined) return null;
    const l = LAYOUTS[layout];
    if (typeof p === 'number' || p instanceof Uint8Array) {
      if (!l) return null;
      const want = size ?? l.size;
      const b = this.exact(p, want);
      if (!b) return null;
      if (want >= l.size) return l.fromBytes(b) as T;
      const full = new Uint8Array(l.size);
      full.set(b);
      return l.fromBytes(full) as T;
    }
    if (typeof p === 'object') return p as T;
    return null;
  }

  /** `count` integers of `size` bytes (4 or 8) at `p`, or the typed door's array/number. */
  ints(p: unknown, count: number, size: 4 | 8 = 4, signed = true): number[] | null {
    if (isOutBox(p)) p = p.value;
    if (typeof p === 'number' && this.mm && p !== 0) {
      const b = this.exact(p, count * size);
      if (!b) return null;
      const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        if (size === 4) out.push(signed ? dv.getInt32(i * 4, true) : dv.getUint32(i * 4, true));
        else out.push(Number(signed ? dv.getBigInt64(i * 8, true) : dv.getBigUint64(i * 8, true)));
      }
      return out;
    }
    if (Array.isArray(p)) return p.slice(0, count).map((x) => Number(x));
    if (typeof p === 'bigint') return [Number(p)];
    if (p instanceof Uint8Array) {
      if (p.length < count * size) return null;
      const dv = new DataView(p.buffer, p.byteOffset, p.byteLength);
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        if (size === 4) out.push(signed ? dv.getInt32(i * 4, true) : dv.getUint32(i * 4, true));
        else out.push(Number(signed ? dv.getBigInt64(i * 8, true) : dv.getBigUint64(i * 8, true)));
      }
      return out;
    }
    return null;
  }

  /** One 32-bit int (socklen_t *, int *), or null. */
  int(p: unknown): number | null {
    if (isOutBox(p) && typeof p.value === 'number') return p.value;
    if (typeof p === 'object' && p !== null && !Array.isArray(p) && !(p instanceof Uint8Array) && !isOutBox(p)) return null;
    const a = this.ints(p, 1, 4);
    return a ? a[0]! : null;
  }
}

// ---------------------------------------------------------------------------------------------
// strace's string_quote (src/util.c), abbreviated style, no -x.

function isPrint(c: number): boolean {
  return c >= 0x20 && c < 0x7f;
}

export interface QuoteStyle {
  /** Stop at the first NUL (QUOTE_0_TERMINATED). */
  readonly zeroTerminated?: boolean;
  /** Print every byte as \xNN (QUOTE_FORCE_HEX). */
  readonly forceHex?: boolean;
  /** Omit the surrounding quotes. */
  readonly noQuotes?: boolean;
}

/**
 * Quotes `bytes[0..size)` as strace does. Returns the text and whether the end was reached
 * without a NUL (strace's "did not see the end": the caller then prints `...`).
 */
export function quote(bytes: Uint8Array | string, size: number, style: QuoteStyle = {}): { text: string; unterminated: boolean } {
  const at = (i: number): number => (typeof bytes === 'string' ? bytes.charCodeAt(i) & 0xff : (bytes[i] ?? 0));
  const len = typeof bytes === 'string' ? bytes.length : bytes.length;
  let s = style.noQuotes ? '' : '"';
  let i = 0;
  if (style.forceHex) {
    for (; i < size; i++) {
      const c = at(i);
      if (style.zeroTerminated && c === 0) {
        return { text: s + (style.noQuotes ? '' : '"'), unterminated: false };
      }
      s += `\\x${c.toString(16).padStart(2, '0')}`;
    }
  } else {
    for (; i < size; i++) {
      const c = at(i);
      if (style.zeroTerminated && c === 0) {
        return { text: s + (style.noQuotes ? '' : '"'), unterminated: false };
      }
      switch (c) {
        case 0x22: s += '\\"'; break;
        case 0x5c: s += '\\\\'; break;
        case 0x0c: s += '\\f'; break;
        case 0x0a: s += '\\n'; break;
        case 0x0d: s += '\\r'; break;
        case 0x09: s += '\\t'; break;
        case 0x0b: s += '\\v'; break;
        default:
          if (isPrint(c)) s += String.fromCharCode(c);
          else {
            const next = i + 1 < size ? at(i + 1) : -1;
            const needFull = next >= 0x30 && next <= 0x37;
            s += needFull ? `\\${c.toString(8).padStart(3, '0')}` : `\\${c.toString(8)}`;
          }
      }
    }
  }
  s += style.noQuotes ? '' : '"';
  // With QUOTE_0_TERMINATED, a NUL right after the printed part also counts as "terminated".
  const unterminated = !(style.zeroTerminated && i < len && at(i) === 0 && i === size);
  return { text: s, unterminated: style.zeroTerminated ? unterminated : true };
}
