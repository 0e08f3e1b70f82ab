// userland/strace/summary.ts — the `-c` table exactly as strace prints it (src/count.c): columns
// % time, seconds, usecs/call, calls, errors (0 prints blank), syscall; widths grow to fit; rows
// sorted by time, descending (ties by syscall number), then a `total` row. Times are the
// virtual durations of the kernel's exit events. Part of the strace formatter.

import { syscallByNr } from '../../abi/syscalls';

interface Counts {
  calls: number;
  errors: number;
  /** Total, min and max time in ns. */
  timeNs: number;
  minNs: number;
  maxNs: number;
}

export type SortBy = 'time' | 'calls' | 'errors' | 'name' | 'nothing';

/** A timespec as strace's ts_float sees it: (double) tv_sec + (double) tv_nsec / 1e9. */
function tsFloat(ns: number): number {
  const n = Math.max(0, Math.round(ns));
  return Math.floor(n / 1e9) + (n % 1e9) / 1e9;
}

/** usecs/call: (uint64_t) (ts_float(ts_div(time, calls)) * 1e6). */
function avgUs(ns: number, calls: number): number {
  return Math.trunc(tsFloat(Math.floor(Math.round(ns) / calls)) * 1e6);
}

/** C's printf("%.Nf"): like toFixed, but an exact tie rounds to even as glibc does. */
export function cFixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  const exact = x.toFixed(Math.min(100, digits + 60));
  const tail = exact.slice(exact.indexOf('.') + 1 + digits);
  if (!/^50*$/.test(tail)) return s;
  // A tie: keep the even last digit.
  const down = exact.slice(0, exact.indexOf('.') + 1 + digits).replace(/\.$/, '');
  const last = Number(down[down.length - 1]);
  return last % 2 === 0 ? down : s;
}

function nameOf(nr: number): string {
  return syscallByNr(nr)?.name ?? `syscall_0x${nr.toString(16)}`;
}

/** `-c` counters, one per syscall number. */
export class Summary {
  private readonly counts = new Map<number, Counts>();

  /** Records one finished call. */
  add(nr: number, durationNs: number, error: boolean): void {
    let c = this.counts.get(nr);
    if (!c) {
      c = { calls: 0, errors: 0, timeNs: 0, minNs: Infinity, maxNs: 0 };
      this.counts.set(nr, c);
    }
    const t = Math.max(0, durationNs);
    c.calls++;
    if (error) c.errors++;
    c.timeNs += t;
    c.minNs = Math.min(c.minNs, t);
    c.maxNs = Math.max(c.maxNs, t);
  }

  /** True when no call was counted. */
  get empty(): boolean {
    return this.counts.size === 0;
  }

  /** The table's lines (no trailing newline), as strace -c prints them. */
  lines(sortBy: SortBy = 'time'): string[] {
    const rows = [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
    let cumNs = 0;
    let calls = 0;
    let errors = 0;
    let avgMaxUs = 0;
    let nameMax = 0;
    for (const [nr, c] of rows) {
      cumNs += c.timeNs;
      calls += c.calls;
      errors += c.errors;
      avgMaxUs = Math.max(avgMaxUs, avgUs(c.timeNs, c.calls));
      nameMax = Math.max(nameMax, nameOf(nr).length);
    }
    const cum = tsFloat(cumNs);
    switch (sortBy) {
      case 'time': rows.sort((a, b) => b[1].timeNs - a[1].timeNs || a[0] - b[0]); break;
      case 'calls': rows.sort((a, b) => b[1].calls - a[1].calls || a[0] - b[0]); break;
      case 'errors': rows.sort((a, b) => b[1].errors - a[1].errors || a[0] - b[0]); break;
      case 'name': rows.sort((a, b) => (nameOf(a[0]) < nameOf(b[0]) ? -1 : nameOf(a[0]) > nameOf(b[0]) ? 1 : 0)); break;
      case 'nothing': break;
    }
    const w = {
      pct: Math.max(6, 6),
      sec: Math.max(11, cFixed(cum, 6).length),
      avg: Math.max(11, String(avgMaxUs).length),
      calls: Math.max(9, String(calls).length),
      errors: Math.max(9, String(errors).length),
      name: Math.max(16, nameMax + 1),
    };
    const header = [
      '% time'.padStart(w.pct), 'seconds'.padStart(w.sec), 'usecs/call'.padStart(w.avg),
      'calls'.padStart(w.calls), 'errors'.padStart(w.errors), 'syscall',
    ].join(' ');
    const dashes = [w.pct, w.sec, w.avg, w.calls, w.errors, w.name].map((n) => '-'.repeat(n)).join(' ');
    const out = [header, dashes];
    for (const [nr, c] of rows) {
      const t = tsFloat(c.timeNs);
      let pct = 100 * t;
      if (pct !== 0) pct /= cum;
      out.push([
        cFixed(pct, 2).padStart(w.pct), cFixed(t, 6).padStart(w.sec),
        String(avgUs(c.timeNs, c.calls)).padStart(w.avg), String(c.calls).padStart(w.calls),
        (c.errors ? String(c.errors) : '').padStart(w.errors), nameOf(nr),
      ].join(' '));
    }
    out.push(dashes);
    out.push([
      '100.00'.padStart(w.pct), cFixed(cum, 6).padStart(w.sec),
      String(calls ? Math.trunc((cum / calls) * 1e6) : 0).padStart(w.avg), String(calls).padStart(w.calls),
      (errors ? String(errors) : '').padStart(w.errors), 'total',
    ].join(' '));
    return out;
  }
}
