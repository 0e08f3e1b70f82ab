// userland/conformance/maps.ts — /proc/PID/maps as a conformance scenario compares it: the
// lines parsed, cut to the scenario's own regions (what its mmap/mremap/brk calls returned on
// that side, or the window a `# maps FROM TO` directive names), and every address written as
// the nearest name the scenario bound (`$a`, `$a+8192`, `$b-4096`). So the host executor's
// own mappings (libc, its stack, the vdso, its argument buffers) and linuxsim's never show,
// and two kernels that place the same mappings at different addresses print the same lines.
// Pure functions; used by ./compare.ts, tested by test/conformance/maps.test.ts. Owned by the
// conformance harness.

import type { Step, StepResult } from './model';
import { DIRECTIVE_MAPS } from './model';

const PAGE = 4096n;

/** One line of /proc/PID/maps. */
export interface MapsLine {
  start: bigint;
  end: bigint;
  perms: string;
  offset: bigint;
  dev: string;
  inode: bigint;
  path: string;
}

/** A half-open range of addresses [start, end). */
export interface Region {
  start: bigint;
  end: bigint;
}

/** The lines of a maps file (lines it cannot read are skipped). */
export function parseMaps(text: string): MapsLine[] {
  const out: MapsLine[] = [];
  for (const l of text.split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+)\s+(\S{4})\s+([0-9a-f]+)\s+(\S+)\s+(\d+)\s*(.*)$/.exec(l.trim());
    if (!m) continue;
    out.push({
      start: BigInt('0x' + m[1]), end: BigInt('0x' + m[2]), perms: m[3]!, offset: BigInt('0x' + m[4]),
      dev: m[5]!, inode: BigInt(m[6]!), path: m[7]!.trim(),
    });
  }
  return out;
}

/**
 * An address as the nearest bound name: the binding with the greatest value at or below it
 * (the first bound wins a tie) plus an offset, or, when every binding is above it, the lowest
 * binding minus one; plain hex when nothing is bound.
 */
export function addressName(v: bigint, bindings: ReadonlyMap<string, bigint>): string {
  let below: [string, bigint] | null = null;
  let above: [string, bigint] | null = null;
  for (const [name, b] of bindings) {
    if (b <= v && (below === null || b > below[1])) below = [name, b];
    if (b > v && (above === null || b < above[1])) above = [name, b];
  }
  const pick = below ?? above;
  if (!pick) return '0x' + v.toString(16);
  const d = v - pick[1];
  return `$${pick[0]}${d === 0n ? '' : d > 0n ? `+${d}` : `${d}`}`;
}

/** A range as START-END: START by the nearest name (addressName), END by the same name plus
 *  the range's end, so a line reads `$a-$a+8192` whatever else is bound nearby. */
export function rangeName(start: bigint, end: bigint, bindings: ReadonlyMap<string, bigint>): string {
  const s = addressName(start, bindings);
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(s);
  if (!m) return `${s}-0x${end.toString(16)}`;
  const d = end - bindings.get(m[1]!)!;
  return `${s}-$${m[1]}${d === 0n ? '' : d > 0n ? `+${d}` : `${d}`}`;
}

/** Regions sorted and merged where they overlap or touch. */
export function mergeRegions(rs: readonly Region[]): Region[] {
  const sorted = rs.filter((r) => r.end > r.start).map((r) => ({ ...r })).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Region[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end;
    } else out.push(r);
  }
  return out;
}

/**
 * The lines of `text` inside `windows`, each cut to them and written with names (rangeName):
 * `START-END PERMS OFFSET DEV INODE [PATH]`. OFFSET is the file offset of START (8 hex digits,
 * as the kernel prints it); DEV and INODE are `00:00 0` for anonymous memory and `XX:XX *`
 * otherwise (device and inode numbers differ between two kernels by nature).
 */
export function normaliseMaps(text: string, bindings: ReadonlyMap<string, bigint>, windows: readonly Region[]): string[] {
  const wins = mergeRegions(windows);
  const out: string[] = [];
  for (const l of parseMaps(text)) {
    for (const w of wins) {
      const s = l.start > w.start ? l.start : w.start;
      const e = l.end < w.end ? l.end : w.end;
      if (s >= e) continue;
      const anon = l.inode === 0n;
      const offset = anon ? l.offset : l.offset + (s - l.start);
      const devIno = anon ? '00:00 0' : 'XX:XX *';
      const line = `${rangeName(s, e, bindings)} ${l.perms} ${offset.toString(16).padStart(8, '0')} ${devIno}${l.path ? ' ' + l.path : ''}`;
      out.push(line);
    }
  }
  return out;
}

function pageUp(v: bigint): bigint {
  return ((v + PAGE - 1n) / PAGE) * PAGE;
}

/** Does a return bind or count as a success (not -4095…-1, and the call completed)? */
export function succeeded(ret: bigint | null): ret is bigint {
  return ret !== null && !(ret < 0n && ret > -4096n);
}

/**
 * One side's view of a scenario as it runs: the bindings (`= $name`) and the regions its
 * mmap/mremap/brk calls returned, step by step. `advance(i, r)` records step i's result; the
 * state then holds for the steps after it (the executor and the simulator bind the same way).
 */
export class SideState {
  readonly bindings = new Map<string, bigint>();
  readonly regions: Region[] = [];
  private brkLow: bigint | null = null;
  private brkHigh: bigint | null = null;

  /** A value of an argument or iovec base as this side passed it (refs evaluated). */
  intArg(step: Step, i: number): bigint | null {
    const a = step.args[i];
    if (!a) return null;
    if (a.kind === 'int') return a.value;
    if (a.kind === 'null') return 0n;
    if (a.kind === 'ref') return BigInt.asIntN(64, (this.bindings.get(a.name) ?? 0n) + a.offset);
    return null;
  }

  advance(step: Step, r: StepResult): void {
    if (!succeeded(r.ret)) return;
    const ret = BigInt.asUintN(64, r.ret);
    if (step.expect.bind !== undefined) this.bindings.set(step.expect.bind, r.ret);
    const len = step.name === 'mmap' ? this.intArg(step, 1) : step.name === 'mremap' ? this.intArg(step, 2) : null;
    if (len !== null && len > 0n) this.regions.push({ start: ret, end: ret + pageUp(BigInt.asUintN(64, len)) });
    if (step.name === 'brk') {
      this.brkLow = this.brkLow === null || ret < this.brkLow ? ret : this.brkLow;
      this.brkHigh = this.brkHigh === null || ret > this.brkHigh ? ret : this.brkHigh;
    }
  }

  /** The windows a # maps step shows: its two addresses, or every region so far. */
  windows(step: Step): Region[] {
    if (step.nr === DIRECTIVE_MAPS && step.args.length === 2) {
      const a = this.intArg(step, 0);
      const b = this.intArg(step, 1);
      return a !== null && b !== null ? [{ start: BigInt.asUintN(64, a), end: BigInt.asUintN(64, b) }] : [];
    }
    const rs = this.regions.slice();
    if (this.brkLow !== null && this.brkHigh !== null) rs.push({ start: (this.brkLow / PAGE) * PAGE, end: pageUp(this.brkHigh) });
    return rs;
  }

  /** A # maps result, normalised (null when it has no text). */
  maps(step: Step, r: StepResult): string[] | null {
    const b = r.outs[0];
    if (!b || r.ret === null || r.ret < 0n) return null;
    return normaliseMaps(new TextDecoder().decode(b), this.bindings, this.windows(step));
  }
}
