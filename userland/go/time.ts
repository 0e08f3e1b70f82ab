// userland/go/time.ts — the part of Go's time package the ports use: Duration constants,
// Sleep (one nanosleep(2): the port's stand-in for the Go runtime's timer wait), and Time
// values that print like Go's Time.String() ("2026-01-01 00:00:00.004 +0000 UTC"). Like Go,
// the local zone is loaded lazily from /etc/localtime (open, read until EOF, close) the first
// time a Time is printed; only zones with a fixed offset (UTC, as tzdata's Etc/UTC) are
// understood — anything else prints as UTC, and the port's README says so.

import { O_RDONLY } from '../../abi/fcntl';
import type { Sys } from '../sys';
import type { GoStringer } from './fmt';

export const Nanosecond = 1;
export const Microsecond = 1_000;
export const Millisecond = 1_000_000;
export const Second = 1_000_000_000;

/** time.Sleep(d): nanosleep for `ns` nanoseconds. */
export async function Sleep(sys: Sys, ns: number): Promise<void> {
  if (ns <= 0) return;
  await sys.nanosleep({ tv_sec: Math.floor(ns / Second), tv_nsec: ns % Second });
}

export interface Location {
  readonly name: string;
  /** Seconds east of UTC. */
  readonly offset: number;
}

export const UTC: Location = { name: 'UTC', offset: 0 };

/** Days since 1970-01-01 → [year, month (1-12), day] in the proleptic Gregorian calendar. */
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** A Go time.Time: an instant and the zone it prints in. */
export class GoTime implements GoStringer {
  constructor(readonly sec: number, readonly nsec: number, readonly loc: Location) {}

  /** Go's Time.String(): "2006-01-02 15:04:05.999999999 -0700 MST". */
  goString(): string {
    const local = this.sec + this.loc.offset;
    const days = Math.floor(local / 86400);
    const secs = local - days * 86400;
    const [y, mo, d] = civil(days);
    let frac = '';
    if (this.nsec !== 0) frac = '.' + String(this.nsec).padStart(9, '0').replace(/0+$/, '');
    const off = this.loc.offset;
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    return `${y}-${p2(mo)}-${p2(d)} ${p2(Math.floor(secs / 3600))}:${p2(Math.floor((secs % 3600) / 60))}:${p2(secs % 60)}${frac} ` +
      `${sign}${p2(Math.floor(a / 3600))}${p2(Math.floor((a % 3600) / 60))} ${this.loc.name}`;
  }
}

/** Reads the zone of a TZif file's POSIX footer ("UTC0"); null for anything else. */
function parseTzif(data: Uint8Array): Location | null {
  if (data.length < 44 || String.fromCharCode(...data.subarray(0, 4)) !== 'TZif') return null;
  const s = String.fromCharCode(...data);
  const m = /\n([A-Za-z]+)(-?\d+)?\n$/.exec(s);
  if (!m) return null;
  const hours = Number(m[2] ?? '0');
  return { name: m[1]!, offset: -hours * 3600 };
}

/** Loads time.Local from $TZ or /etc/localtime (the Go context calls it once: sync.Once). */
export async function loadLocal(sys: Sys, env: readonly string[]): Promise<Location> {
  const tz = env.find((e) => e.startsWith('TZ='));
  if (tz !== undefined && tz.slice(3) === '') return UTC;
  let fd: number;
  try {
    fd = await sys.open('/etc/localtime', O_RDONLY);
  } catch {
    return UTC;
  }
  const chunks: Uint8Array[] = [];
  const buf = new Uint8Array(4096);
  for (;;) {
    const n = await sys.read(fd, buf);
    if (n === 0) break;
    chunks.push(buf.slice(0, n));
  }
  await sys.close(fd);
  const all = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  return parseTzif(all) ?? UTC;
}
