// kernel/syscalls/args.ts — decoding of syscall arguments, as the kernel's SYSCALL_DEFINE
// types do: `int` takes the low 32 bits signed, `unsigned int` unsigned, `long`/`size_t` the
// full 64 bits (JS numbers: exact below 2^53; larger magnitudes stay large). Pointers pass
// through unchanged (mm/usercopy.ts understands both doors). Handlers use these and nothing else.

import type { UPtr } from '../../mm/usercopy';
import type { Arg } from '../table';

/** C `int`: the low 32 bits, signed. */
export function int(a: Arg): number {
  return typeof a === 'number' ? a | 0 : typeof a === 'bigint' ? Number(BigInt.asIntN(32, a)) : 0;
}

/** C `unsigned int`. */
export function uint(a: Arg): number {
  return typeof a === 'number' ? a >>> 0 : typeof a === 'bigint' ? Number(BigInt.asUintN(32, a)) : 0;
}

/** C `long` / `loff_t`: signed 64-bit. */
export function long(a: Arg): number {
  if (typeof a === 'number') return Number.isFinite(a) ? Math.trunc(a) : 0;
  if (typeof a === 'bigint') return Number(BigInt.asIntN(64, a));
  return 0;
}

/** C `unsigned long` / `size_t`: negative values wrap to huge ones (as -1 becomes SIZE_MAX). */
export function ulong(a: Arg): number {
  const v = long(a);
  return v < 0 ? v + 18446744073709551616 : v;
}

/** A user pointer (address or typed-door value); a fractional address is cut to an integer. */
export function ptr(a: Arg): UPtr {
  if (typeof a === 'number') return Number.isInteger(a) ? a : Math.trunc(a);
  if (typeof a === 'bigint') return Number(BigInt.asUintN(64, a)); // a raw-door address given as a bigint
  return a as UPtr;
}
