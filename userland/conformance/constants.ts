// userland/conformance/constants.ts — names as strace prints them, back to their values:
// every numeric constant exported by abi/ (O_CREAT, AT_FDCWD, SIGKILL, S_IFREG…) and every
// name in the strace value tables (abi/xlat.ts), plus the errno names. Used by the scenario
// parser; the first definition of a name wins (abi/'s own exports before xlat's).

import * as ABI from '../../abi/index';
import { allErrnos } from '../../abi/errno';
import { XLAT } from '../../abi/xlat';

let table: Map<string, bigint> | null = null;
let errnos: Map<string, number> | null = null;

function build(): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const [name, v] of Object.entries(ABI)) {
    if (typeof v === 'number' && Number.isInteger(v) && /^[A-Z_][A-Z0-9_]*$/.test(name)) m.set(name, BigInt(v));
  }
  for (const t of Object.values(XLAT)) {
    for (const [v, name] of t.entries) if (!m.has(name)) m.set(name, typeof v === 'bigint' ? v : BigInt(v));
  }
  return m;
}

/** The value of a constant name, or undefined. */
export function constantValue(name: string): bigint | undefined {
  table ??= build();
  return table.get(name);
}

/** The number of an errno name ('ENOENT' → 2), or undefined. */
export function errnoNumber(name: string): number | undefined {
  if (!errnos) {
    errnos = new Map(allErrnos().map((e) => [e.code, e.errno] as [string, number]));
    errnos.set('EWOULDBLOCK', 11);
    errnos.set('EDEADLOCK', 35);
    errnos.set('ENOTSUP', 95);
  }
  return errnos.get(name);
}
