// kernel/table.ts — the dispatch table: syscall number → handler and support level. Rows come
// from the family files in kernel/syscalls/ (one per family, keyed by syscall name); every
// x86-64 syscall that no family implements is listed as unimplemented and returns ENOSYS.
// The compatibility table in the docs is generated from this file (compatibilityRows()).

import type { Errno } from '../abi/errno';
import { SYSCALLS, syscallByName, SYSCALL_MAX_NR } from '../abi/syscalls';
import type { Task } from '../proc/task';
import type { Block } from '../vfs/ctx';
import type { Kernel } from './kernel';

/**
 * A syscall argument as a handler receives it: an integer (both doors) or, for pointer
 * arguments, an address (raw door) or a JS value (typed door). Decode with kernel/syscalls/args.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Arg = any;

export type Handler = (k: Kernel, t: Task, a0: Arg, a1: Arg, a2: Arg, a3: Arg, a4: Arg, a5: Arg) => number | Errno | Block;

export type Support = 'full' | 'partial' | 'unimplemented';

export interface SyscallImpl {
  readonly handler: Handler;
  readonly support: Support;
  /** What a partial implementation leaves out, or why a call is unimplemented. */
  readonly note?: string;
  /** The call never returns to its caller when it succeeds (exit, exit_group). */
  readonly noReturn?: boolean;
}

/** A complete implementation. */
export function full(handler: Handler, opts: { noReturn?: boolean } = {}): SyscallImpl {
  return { handler, support: 'full', ...opts };
}

/** An implementation that leaves something out; `note` says what. */
export function partial(handler: Handler, note: string, opts: { noReturn?: boolean } = {}): SyscallImpl {
  return { handler, support: 'partial', note, ...opts };
}

/** The dispatch table: index = syscall number; holes (numbers Linux does not use) are undefined. */
export type Table = readonly (SyscallImpl | undefined)[];

export interface CompatRow {
  readonly nr: number;
  readonly name: string;
  /** The kernel/syscalls/sys_<family>.ts that implements it, or null. */
  readonly family: string | null;
  readonly support: Support;
  readonly note: string;
}

/** Builds the table from the families' rows; unknown names are a programming error. */
export function buildTable(families: Readonly<Record<string, Readonly<Record<string, SyscallImpl>>>>): { table: Table; rows: CompatRow[] } {
  const table: (SyscallImpl | undefined)[] = new Array(SYSCALL_MAX_NR + 1).fill(undefined);
  const familyOf: (string | undefined)[] = [];
  for (const [family, fam] of Object.entries(families)) {
    for (const [name, impl] of Object.entries(fam)) {
      const spec = syscallByName(name);
      if (!spec) throw new Error(`kernel table: no x86-64 syscall named ${name}`);
      if (table[spec.nr]) throw new Error(`kernel table: ${name} implemented twice`);
      table[spec.nr] = impl;
      familyOf[spec.nr] = family;
    }
  }
  const rows: CompatRow[] = [];
  for (const spec of SYSCALLS) {
    const impl = table[spec.nr];
    rows.push({
      nr: spec.nr,
      name: spec.name,
      family: familyOf[spec.nr] ?? null,
      support: impl?.support ?? 'unimplemented',
      note: impl?.note ?? (impl ? 'Fully supported.' : 'Returns ENOSYS.'),
    });
  }
  return { table, rows };
}
