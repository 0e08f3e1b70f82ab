// userland/strace/filter.ts — strace's qualifier syntax: `-e trace=SET` (names, numbers,
// %classes incl. the stat classes, `/regex`, `!` negation, `?` to ignore no-match, `@64`,
// `all`, `none`, comma lists) using the trace classes of abi/syscalls.ts; `-e signal=SET` and
// `-e status=SET`. Errors read like strace's ("invalid system call 'foo'"). Part of the strace
// formatter (userland/strace/).

import { SYSCALLS, syscallByName, syscallByNr } from '../../abi/syscalls';
import { signalByName } from '../../abi/signal';
import type { SyscallSpec, TraceClass } from '../../abi/types';

/** A bad qualifier, with strace's message (without the "strace: " prefix). */
export class StraceUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StraceUsageError';
  }
}

/** A set of numbers with strace's "inverted" flag (number_set). */
class NumberSet {
  private readonly items = new Set<number>();
  private inverted = false;

  invert(): void {
    this.inverted = !this.inverted;
  }
  add(n: number): void {
    this.items.add(n);
  }
  has(n: number): boolean {
    return this.items.has(n) !== this.inverted;
  }
}

/** strace's class names (case-insensitive) → the table's TraceClass; null = every syscall. */
const CLASSES: Record<string, TraceClass | null> = {
  '%desc': 'desc', '%file': 'file', '%memory': 'memory', '%process': 'process', '%creds': 'creds',
  '%signal': 'signal', '%ipc': 'ipc', '%net': 'network', '%network': 'network', '%stat': 'stat',
  '%lstat': 'lstat', '%fstat': 'fstat', '%%stat': 'statlike', '%statfs': 'statfs',
  '%fstatfs': 'fstatfs', '%%statfs': 'statfslike', '%pure': 'pure', '%clock': 'clock', all: null,
  desc: 'desc', file: 'file', memory: 'memory', process: 'process', signal: 'signal', ipc: 'ipc',
  network: 'network',
};

function inClass(s: SyscallSpec, cls: TraceClass | null): boolean {
  return cls === null || s.classes.includes(cls);
}

function qualifyOne(token: string, set: NumberSet): boolean {
  // A personality designator: only x86-64's own (@64) names calls of this table.
  const at = token.lastIndexOf('@');
  if (at >= 0) {
    const pers = token.slice(at + 1);
    if (pers !== '64' && pers !== '32' && pers !== 'x32') {
      throw new StraceUsageError(`incorrect personality designator '${pers}' in qualification '${token}'`);
    }
    if (pers !== '64') return false;
    token = token.slice(0, at);
  }
  if (token.length > 0 && token[0]! >= '0' && token[0]! <= '9') {
    if (!/^\d+$/.test(token)) return false;
    const nr = Number(token);
    if (!syscallByNr(nr)) return false;
    set.add(nr);
    return true;
  }
  if (token.startsWith('/')) {
    let re: RegExp;
    try {
      re = new RegExp(token.slice(1));
    } catch (e) {
      throw new StraceUsageError(`regcomp: ${token.slice(1)}: ${(e as Error).message}`);
    }
    let found = false;
    for (const s of SYSCALLS) {
      if (re.test(s.name)) {
        set.add(s.nr);
        found = true;
      }
    }
    return found;
  }
  const key = token.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(CLASSES, key)) {
    const cls = CLASSES[key]!;
    for (const s of SYSCALLS) if (inClass(s, cls)) set.add(s.nr);
    return true;
  }
  const s = syscallByName(token);
  if (!s) return false;
  set.add(s.nr);
  return true;
}

/** A parsed `-e trace=` expression. */
export interface SyscallFilter {
  has(nr: number): boolean;
}

/** Parses `-e trace=SET` as strace does; throws StraceUsageError on an unknown name. */
export function parseTraceSet(expr: string): SyscallFilter {
  const { set, list } = openSet(expr);
  if (list === null) return set;
  let done = false;
  for (const raw of list) {
    let token = raw;
    let optional = false;
    while (token.startsWith('?')) {
      token = token.slice(1);
      optional = true;
    }
    done = qualifyOne(token, set) || optional;
    if (!done) throw new StraceUsageError(`invalid system call '${raw}'`);
  }
  if (!done) throw new StraceUsageError(`invalid system call '${expr}'`);
  return set;
}

/** Every syscall (the default `-e trace=all`). */
export const ALL_SYSCALLS: SyscallFilter = { has: () => true };

/**
 * The start every strace set expression shares: leading '!'s invert, "none" and "all" are the
 * whole answer (list null); otherwise the comma-separated tokens to add.
 */
function openSet(expr: string): { set: NumberSet; list: string[] | null } {
  const set = new NumberSet();
  let s = expr;
  while (s.startsWith('!')) {
    set.invert();
    s = s.slice(1);
  }
  if (s === 'none') return { set, list: null };
  if (s === 'all') {
    set.invert();
    return { set, list: null };
  }
  return { set, list: s.split(',').filter((t) => t !== '') };
}

function qualifyTokens(expr: string, name: string, toNumber: (t: string) => number): NumberSet {
  const { set, list } = openSet(expr);
  if (list === null) return set;
  let last = -1;
  for (const token of list) {
    last = toNumber(token);
    if (last < 0) throw new StraceUsageError(`invalid ${name} '${token}'`);
    set.add(last);
  }
  if (last < 0) throw new StraceUsageError(`invalid ${name} '${expr}'`);
  return set;
}

/** strace's sigstr_to_uint: a number up to 255, or a name with or without SIG, any case. */
function signalNumber(t: string): number {
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n <= 255 ? n : -1;
  }
  const up = t.toUpperCase();
  const name = up.startsWith('SIG') ? up : `SIG${up}`;
  const s = signalByName(name);
  return s && s.signo < 32 + 1 && !/[+-]/.test(name) ? s.signo : -1;
}

/** Parses `-e signal=SET` (which signal lines print). */
export function parseSignalSet(expr: string): { has(sig: number): boolean } {
  return qualifyTokens(expr, 'signal', signalNumber);
}

export type CallStatus = 'successful' | 'failed' | 'unfinished' | 'unavailable' | 'detached';
const STATUSES: readonly CallStatus[] = ['successful', 'failed', 'unfinished', 'unavailable', 'detached'];

/** Parses `-e status=SET` (which finished calls print). */
export function parseStatusSet(expr: string): { has(s: CallStatus): boolean } {
  const set = qualifyTokens(expr, 'status', (t) => STATUSES.indexOf(t as CallStatus));
  return { has: (s) => set.has(STATUSES.indexOf(s)) };
}
