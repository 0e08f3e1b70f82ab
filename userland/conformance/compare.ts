// userland/conformance/compare.ts — the host's and linuxsim's results of one scenario, side by
// side: what a step returned, whether it blocked, what it wrote (decoded by the argument's
// kind and compared by meaning), and whether each side meets what the scenario text expects.
// Only what differs by nature is normalised away: inode and device numbers, addresses,
// timestamps and clock readings, the node name and kernel release (uname), and pids (by order
// of appearance). Addresses a scenario binds (`= $a`) are compared as "a success, page-aligned
// for mmap/mremap/shmat" and evaluated per side when used; `= $a` on a later call compares
// with that side's own value; # maps output is compared normalised (./maps.ts).

import { LAYOUTS } from '../../abi/structs';
import { errnoByNumber } from '../../abi/errno';
import { makedev } from '../../abi/stat';
import type { ArgSpec } from '../../abi/types';
import { constantValue } from './constants';
import { SideState, succeeded } from './maps';
import { DIRECTIVE_MAPS, DIRECTIVE_PEEK, faultSignal, hasOutput, type Printed, type Scenario, type ScenarioResult, type Step, type StepResult } from './model';

export interface Divergence {
  readonly scenario: string;
  readonly file?: string;
  readonly line: number;
  readonly text: string;
  /** What disagrees. */
  readonly what: string;
  readonly host: string;
  readonly sim: string;
}

/** Struct fields that differ between two kernels by nature. */
export const VOLATILE_FIELDS = new Set([
  'st_dev', 'st_ino', 'st_atime', 'st_atime_nsec', 'st_mtime', 'st_mtime_nsec', 'st_ctime', 'st_ctime_nsec',
  'stx_dev_major', 'stx_dev_minor', 'stx_ino', 'stx_atime', 'stx_btime', 'stx_ctime', 'stx_mtime', 'stx_mnt_id',
  'nodename', 'release', 'version', 'domainname',
  // statfs: tmpfs's fsid is a random per-mount uuid; its nr_inodes default is half the host's RAM.
  'f_fsid', 'f_files', 'f_ffree',
]);
/** Structs whose whole content is a reading of the machine (clocks, usage, load). */
export const VOLATILE_STRUCTS = new Set(['timespec', 'timeval', 'timezone', 'rusage', 'sysinfo', 'tms', 'itimerval', 'itimerspec', 'timex']);

export function retText(r: StepResult): string {
  if (r.ret === null) return r.blocked ? 'blocked, never completed' : 'did not complete';
  const v = r.ret;
  const sig = faultSignal(v);
  if (sig !== null) return sig === 11 ? 'SIGSEGV' : sig === 7 ? 'SIGBUS' : `signal ${sig}`;
  const s = v < 0n && v > -4096n ? `-1 ${errnoByNumber(Number(-v))?.code ?? `errno ${-v}`}` : String(v);
  return r.blocked ? `${s} (after blocking)` : s;
}

/** The names of getdents64 records, as a sorted set. */
function direntNames(b: Uint8Array, n: number): string[] {
  const out: string[] = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let p = 0; p + 19 <= n;) {
    const reclen = dv.getUint16(p + 16, true);
    if (reclen === 0) break;
    let end = p + 19;
    while (end < p + reclen && b[end] !== 0) end++;
    out.push(`${new TextDecoder().decode(b.subarray(p + 19, end))}:${b[p + 18]}`);
    p += reclen;
  }
  return out.sort();
}

/** The records of a getdents64 buffer, in order (d_name as text). */
function direntRecords(b: Uint8Array, n: number): Record<string, bigint | string>[] {
  const out: Record<string, bigint | string>[] = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let p = 0; p + 19 <= Math.min(n, b.length);) {
    const reclen = dv.getUint16(p + 16, true);
    if (reclen === 0) break;
    let end = p + 19;
    while (end < p + reclen && b[end] !== 0) end++;
    out.push({
      d_ino: dv.getBigUint64(p, true), d_off: dv.getBigInt64(p + 8, true), d_reclen: BigInt(reclen),
      d_type: BigInt(b[p + 18]!), d_name: new TextDecoder().decode(b.subarray(p + 19, end)),
    });
    p += reclen;
  }
  return out;
}

/** An output buffer decoded into comparable text, or null when it is a reading to ignore. */
function meaning(spec: ArgSpec, bytes: Uint8Array, ret: bigint): string | null {
  if (spec.kind === 'struct' && spec.struct) {
    if (VOLATILE_STRUCTS.has(spec.struct)) return null;
    if (spec.struct === 'cap_data') return JSON.stringify(Array.from(bytes)); // both elements (version 3)
    const layout = LAYOUTS[spec.struct];
    if (!layout || bytes.length < layout.size) return Array.from(bytes).join(',');
    const v = layout.fromBytes(bytes) as Record<string, unknown>;
    const kept = Object.entries(v).filter(([k]) => !VOLATILE_FIELDS.has(k));
    return JSON.stringify(kept, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? Array.from(x) : x));
  }
  if (spec.kind === 'array' && spec.struct === 'linux_dirent64') return direntNames(bytes, Number(ret)).join(' ');
  if (spec.len && 'ret' in spec.len) return JSON.stringify(Array.from(bytes.subarray(0, Math.max(0, Number(ret)))));
  if (spec.kind === 'strout') return new TextDecoder().decode(bytes.subarray(0, Math.max(0, Number(ret))));
  return JSON.stringify(Array.from(bytes));
}

/** The specs of a step's out/inout arguments, in the order their bytes come back. */
function outSpecs(step: Step): { index: number; spec: ArgSpec }[] {
  const out: { index: number; spec: ArgSpec }[] = [];
  step.args.forEach((a, i) => {
    if (hasOutput(a)) out.push({ index: i, spec: step.specs[i]! });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Expectations written in the scenario

function printedInt(p: Printed): bigint | undefined {
  if (p.t === 'num') return p.v;
  if (p.t === 'null') return 0n;
  if (p.t === 'sym') {
    let v = 0n;
    for (const part of p.parts) {
      if (typeof part === 'bigint') v |= part;
      else {
        const c = constantValue(part);
        if (c === undefined) return undefined;
        v |= c;
      }
    }
    return v;
  }
  if (p.t === 'call' && p.fn === 'makedev' && p.args.length === 2) {
    const [ma, mi] = p.args.map(printedInt);
    if (ma === undefined || mi === undefined) return undefined;
    return BigInt(makedev(Number(ma), Number(mi)));
  }
  return undefined;
}

/** How checkPrinted reads an expectation (the log replayer's choices; scenarios use neither). */
export interface CheckOptions {
  /** Struct fields not compared (a log prints every field, a scenario only those its author chose). */
  readonly ignore?: ReadonlySet<string>;
  /** getdents64 records in the printed order; otherwise each printed record is looked up by its
   *  d_name (the entries as a set). */
  readonly ordered?: boolean;
}

/**
 * readv's iovec array: `bytes` holds the buffers of the segments whose iov_base was a string or
 * a valid address (as the parser placed them, iov_len bytes each, at most 1 MiB), one after the
 * other; each printed string is what the kernel wrote there, cut where the return value runs
 * out (strace's cut).
 */
function checkIovec(p: Printed & { t: 'array' }, bytes: Uint8Array, ret: bigint): string | null {
  let left = Number(ret);
  let off = 0;
  for (const [k, item] of p.items.entries()) {
    if (item.t !== 'struct') continue;
    const field = (name: string, j: number) => item.fields.find((f) => f.name === name)?.v ?? (item.fields[j]?.name === null ? item.fields[j]!.v : undefined);
    const base = field('iov_base', 0);
    const len = Number(printedInt(field('iov_len', 1) ?? { t: 'num', v: 0n }) ?? 0n);
    const size = len < 0 ? 0 : Math.min(len, 1 << 20);
    const placed = base !== undefined && (base.t === 'str' || base.t === 'more' || (base.t === 'num' && base.v >= 0x10000n));
    const n = Math.max(0, Math.min(size, left));
    if (base?.t === 'str') {
      const got = bytes.subarray(off, off + (base.more ? Math.min(n, base.bytes.length) : n));
      const ok = got.length === base.bytes.length && got.every((b, i) => b === base.bytes[i]);
      if (!ok) return `segment ${k}: wrote ${JSON.stringify(new TextDecoder().decode(got))}, the scenario says ${JSON.stringify(new TextDecoder().decode(base.bytes))}`;
    }
    if (placed) off += size;
    left -= Math.max(0, len);
  }
  return null;
}

/** Does the written output match the printed expectation? Returns a reason when not. */
export function checkPrinted(spec: ArgSpec, p: Printed, bytes: Uint8Array, ret: bigint, opts: CheckOptions = {}): string | null {
  const ignore = opts.ignore;
  if (p.t === 'more') return null;
  if (p.t === 'str') {
    const n = spec.kind === 'strout' ? Math.max(0, Number(ret) - 1) : spec.len && 'ret' in spec.len ? Number(ret) : bytes.indexOf(0) < 0 ? bytes.length : bytes.indexOf(0);
    const got = bytes.subarray(0, p.more ? Math.min(n, p.bytes.length) : n);
    const ok = got.length === p.bytes.length && got.every((b, i) => b === p.bytes[i]);
    return ok ? null : `wrote ${JSON.stringify(new TextDecoder().decode(got))}, the scenario says ${JSON.stringify(new TextDecoder().decode(p.bytes))}`;
  }
  if (p.t === 'array' && spec.kind === 'array' && spec.struct === 'iovec') return checkIovec(p, bytes, ret);
  if (p.t === 'array' && spec.kind === 'longarray') {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < p.items.length; i++) {
      const want = printedInt(p.items[i]!);
      const got = bytes.length >= (i + 1) * 8 ? dv.getBigInt64(i * 8, true) : undefined;
      if (want !== undefined && got !== want) return `element ${i} is ${got}, the scenario says ${want}`;
    }
    return null;
  }
  if (p.t === 'array' && spec.kind === 'intarray') {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < p.items.length; i++) {
      const want = printedInt(p.items[i]!);
      const got = bytes.length >= (i + 1) * 4 ? BigInt(dv.getInt32(i * 4, true)) : undefined;
      if (want !== undefined && got !== want) return `element ${i} is ${got}, the scenario says ${want}`;
    }
    return null;
  }
  if (p.t === 'array' && spec.kind === 'array' && spec.struct === 'linux_dirent64') {
    const recs = direntRecords(bytes, Number(ret));
    if (!p.more && recs.length !== p.items.length) return `${recs.length} entries, the scenario says ${p.items.length}`;
    for (let i = 0; i < p.items.length; i++) {
      const item = p.items[i]!;
      if (item.t !== 'struct') continue;
      const name = item.fields.find((f) => f.name === 'd_name')?.v;
      const rec = opts.ordered || name?.t !== 'str' ? recs[i] : recs.find((r) => r.d_name === new TextDecoder().decode(name.bytes));
      if (!rec) return `no entry ${opts.ordered || name?.t !== 'str' ? i : JSON.stringify(new TextDecoder().decode(name.bytes))}`;
      for (const f of item.fields) {
        if (f.name === null || ignore?.has(f.name) || !(f.name in rec)) continue;
        const want = f.v.t === 'str' ? new TextDecoder().decode(f.v.bytes) : printedInt(f.v);
        if (want !== undefined && rec[f.name] !== want) return `entry ${i}: ${f.name} is ${String(rec[f.name])}, the scenario says ${String(want)}`;
      }
    }
    return null;
  }
  if (p.t === 'array' && spec.kind === 'struct' && spec.struct && LAYOUTS[spec.struct]) {
    // An array of structs where the call takes one (capget's version-3 data): each in turn.
    const size = LAYOUTS[spec.struct]!.size;
    for (let i = 0; i < p.items.length; i++) {
      const why = checkPrinted(spec, p.items[i]!, bytes.subarray(i * size, (i + 1) * size), ret, opts);
      if (why) return `element ${i}: ${why}`;
    }
    return null;
  }
  if (p.t === 'struct' && spec.kind === 'struct' && spec.struct) {
    const layout = LAYOUTS[spec.struct];
    if (!layout) return null;
    const v = layout.fromBytes(bytes) as Record<string, unknown>;
    for (const f of p.fields) {
      if (f.name === null || ignore?.has(f.name)) continue;
      const want = f.v.t === 'str' ? new TextDecoder().decode(f.v.bytes) : printedInt(f.v);
      if (want === undefined) continue;
      const got = v[f.name];
      const gotN = typeof got === 'number' ? BigInt(got) : got;
      if (gotN !== want) return `${f.name} is ${String(got)}, the scenario says ${String(want)}`;
    }
    return null;
  }
  return null;
}

/** Calls whose address result must be page-aligned when it binds a name. */
const ALIGNED_RETURNS = new Set(['mmap', 'mremap', 'shmat']);

/** The checks of a directive's expectation (# poke, # peek, # maps) on one side. */
function checkDirective(step: Step, r: StepResult, side: SideState): string | null {
  const e = step.expect;
  if (r.ret === null) return 'was not made (the process is gone or inside a call)';
  if (step.nr === DIRECTIVE_MAPS) {
    if (r.ret < 0n) return `could not read the maps: ${retText(r)}`;
    if (!e.maps) return null;
    const got = side.maps(step, r) ?? [];
    const want = e.maps;
    if (got.length === want.length && got.every((l, i) => l === want[i])) return null;
    return `maps are [${got.join(' | ') || '(none)'}], the scenario says [${want.join(' | ') || '(none)'}]`;
  }
  const sig = faultSignal(r.ret);
  const sigName = sig === null ? 'ok' : retText(r);
  if (r.ret < 0n && sig === null) return `failed: ${retText(r)}`;
  if (e.fault !== undefined && sigName !== (e.fault ?? 'ok')) return `${sigName}; the scenario says ${e.fault ?? 'it does not fault'}`;
  if (e.peek && sig === null) {
    const got = r.outs[0] ?? new Uint8Array(0);
    const part = got.subarray(0, e.peek.length);
    if (!(part.length === e.peek.length && part.every((b, i) => b === e.peek![i]))) {
      return `read ${JSON.stringify(new TextDecoder().decode(part))}, the scenario says ${JSON.stringify(new TextDecoder().decode(e.peek))}`;
    }
  }
  return null;
}

function hex(v: bigint): string {
  return '0x' + BigInt.asUintN(64, v).toString(16);
}

function checkExpect(step: Step, r: StepResult, side: SideState = new SideState()): string | null {
  const e = step.expect;
  if (step.nr < 0) return checkDirective(step, r, side);
  if (e.bind !== undefined) {
    if (!succeeded(r.ret)) return `returned ${retText(r)}; the scenario binds its address to $${e.bind}`;
    if (ALIGNED_RETURNS.has(step.name) && BigInt.asUintN(64, r.ret) % 4096n !== 0n) return `returned ${hex(r.ret)}, not page-aligned ($${e.bind})`;
  }
  if (e.same) {
    const want = BigInt.asIntN(64, (side.bindings.get(e.same.name) ?? 0n) + e.same.offset);
    const label = `$${e.same.name}${e.same.offset > 0n ? `+${e.same.offset}` : e.same.offset < 0n ? `${e.same.offset}` : ''}`;
    if (r.ret === null || BigInt.asIntN(64, r.ret) !== want) return `returned ${r.ret !== null && succeeded(r.ret) ? hex(r.ret) : retText(r)}; the scenario says ${label} (${hex(want)})`;
  }
  if (e.ret === 'noreturn') return r.ret === null ? null : `returned ${retText(r)}; the scenario says it does not return`;
  if (e.anyErrno) {
    const ok = r.ret !== null && e.anyErrno.some((n) => r.ret === -BigInt(n));
    if (!ok) return `returned ${retText(r)}; the scenario expects one of ${e.anyErrno.map((n) => errnoByNumber(n)?.code).join('|')}`;
  } else if (e.ret !== undefined && r.ret !== e.ret) {
    return `returned ${retText(r)}; the scenario says ${retText({ ret: e.ret, blocked: false, outs: [] })}`;
  }
  if (e.outputs && r.ret !== null && r.ret >= 0n) {
    const outs = outSpecs(step);
    for (const [idx, printed] of e.outputs) {
      const k = outs.findIndex((o) => o.index === idx);
      const bytes = r.outs[k];
      if (k < 0 || !bytes) continue;
      const why = checkPrinted(outs[k]!.spec, printed, bytes, r.ret);
      if (why) return `argument ${idx + 1}: ${why}`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

/** Replaces pids returned by pid-valued calls with their order of appearance on that side. */
function pidNormaliser(): (v: bigint) => bigint {
  const seen = new Map<bigint, bigint>();
  return (v) => {
    if (v <= 0n) return v;
    let n = seen.get(v);
    if (n === undefined) {
      n = BigInt(seen.size + 1) * -1000000n; // distinct from any real value
      seen.set(v, n);
    }
    return n;
  };
}

const PID_CALLS = new Set(['getpid', 'getppid', 'gettid', 'getpgid', 'getpgrp', 'getsid', 'setsid', 'clone', 'clone3', 'fork', 'vfork', 'wait4', 'waitid']);
/** Calls whose successful return is a reading of the machine (a clock) or an address (brk,
 * mmap …): only success or the errno is compared. */
const READING_RETURNS = new Set(['time', 'brk', 'mmap', 'mremap', 'shmat', 'map_shadow_stack']);
/** Calls whose output buffers are readings (random bytes): their content is not compared. */
const READING_OUTPUTS = new Set(['getrandom']);

/** A successful return as a placeholder (an errno stays as it is). */
function successOnly(v: bigint): bigint {
  return v < 0n && v > -4096n ? v : 0n;
}

/** Every way the host's and linuxsim's results of `s` disagree, or disagree with the text. */
export function compareScenario(s: Scenario, host: ScenarioResult, sim: ScenarioResult): Divergence[] {
  const out: Divergence[] = [];
  const normHost = pidNormaliser();
  const normSim = pidNormaliser();
  const hostSide = new SideState();
  const simSide = new SideState();
  s.steps.forEach((step, i) => {
    const h = host.steps[i] ?? { ret: null, blocked: false, outs: [] };
    const m = sim.steps[i] ?? { ret: null, blocked: false, outs: [] };
    const add = (what: string, hs: string, ms: string) =>
      out.push({ scenario: s.name, file: s.file, line: step.line, text: step.text, what, host: hs, sim: ms });
    if (step.nr < 0) {
      compareDirective(step, h, m, hostSide, simSide, add);
      hostSide.advance(step, h);
      simSide.advance(step, m);
      return;
    }
    const pidCall = PID_CALLS.has(step.name);
    const reading = READING_RETURNS.has(step.name) || step.expect.bind !== undefined;
    const hr = h.ret !== null && pidCall ? normHost(h.ret) : h.ret !== null && reading ? successOnly(h.ret) : h.ret;
    const mr = m.ret !== null && pidCall ? normSim(m.ret) : m.ret !== null && reading ? successOnly(m.ret) : m.ret;
    if (hr !== mr || h.blocked !== m.blocked) {
      // An address as hex (mmap's 0x7f…), anything else as retText prints it.
      const text = (r: StepResult) => (reading && r.ret !== null && succeeded(r.ret) && !r.blocked && r.ret >= 0x10000n ? hex(r.ret) : retText(r));
      add('result', text(h), text(m));
    } else if (h.ret !== null && h.ret >= 0n && !READING_OUTPUTS.has(step.name)) {
      for (const [k, o] of outSpecs(step).entries()) {
        const hb = h.outs[k];
        const mb = m.outs[k];
        if (!hb || !mb) continue;
        const hm = meaning(o.spec, hb, h.ret);
        const mm = meaning(o.spec, mb, h.ret);
        if (hm !== mm) add(`argument ${o.index + 1} (${o.spec.name})`, hm ?? '', mm ?? '');
      }
    }
    const he = checkExpect(step, h, hostSide);
    const me = checkExpect(step, m, simSide);
    if (he || me) add('expectation', he ?? 'as written', me ?? 'as written');
    hostSide.advance(step, h);
    simSide.advance(step, m);
  });
  return out;
}

/** A directive's results side by side: the fault (or none), the bytes a peek read, the
 *  normalised maps; then its expectation on each side. */
function compareDirective(step: Step, h: StepResult, m: StepResult, hs: SideState, ms: SideState, add: (what: string, h: string, m: string) => void): void {
  if (step.nr === DIRECTIVE_MAPS) {
    const hm = hs.maps(step, h);
    const mm = ms.maps(step, m);
    if ((h.ret === null) !== (m.ret === null) || (h.ret !== null && m.ret !== null && (h.ret < 0n) !== (m.ret < 0n))) add('result', retText(h), retText(m));
    else if (hm && mm && hm.join('\n') !== mm.join('\n')) add('maps', hm.join(' | ') || '(none)', mm.join(' | ') || '(none)');
  } else if (h.ret !== m.ret || h.blocked !== m.blocked) {
    add('result', retText(h), retText(m));
  } else if (step.nr === DIRECTIVE_PEEK && h.ret === 0n) {
    const hb = h.outs[0] ?? new Uint8Array(0);
    const mb = m.outs[0] ?? new Uint8Array(0);
    if (hb.length !== mb.length || hb.some((b, i) => b !== mb[i])) add('bytes', JSON.stringify(new TextDecoder().decode(hb)), JSON.stringify(new TextDecoder().decode(mb)));
  }
  const he = checkExpect(step, h, hs);
  const me = checkExpect(step, m, ms);
  if (he || me) add('expectation', he ?? 'as written', me ?? 'as written');
}

/** Every way one side's results of `s` disagree with the scenario text (a run on one kernel). */
export function checkScenario(s: Scenario, r: ScenarioResult): { line: number; text: string; why: string }[] {
  const out: { line: number; text: string; why: string }[] = [];
  const side = new SideState();
  s.steps.forEach((step, i) => {
    const res = r.steps[i] ?? { ret: null, blocked: false, outs: [] };
    const why = checkExpect(step, res, side);
    if (why) out.push({ line: step.line, text: step.text, why });
    side.advance(step, res);
  });
  return out;
}

/** What one side printed for a step, for a host-only report: the result, a peek's bytes, the
 *  normalised maps lines. */
export function resultLines(s: Scenario, r: ScenarioResult): { line: number; text: string; result: string; extra: string[] }[] {
  const side = new SideState();
  return s.steps.map((step, i) => {
    const res = r.steps[i] ?? { ret: null, blocked: false, outs: [] };
    let result = retText(res);
    const extra: string[] = [];
    if (res.ret !== null && succeeded(res.ret) && (READING_RETURNS.has(step.name) || step.expect.bind !== undefined)) {
      result = hex(res.ret);
      const named = [...side.bindings].find(([, v]) => v === res.ret);
      if (named) result += ` ($${named[0]})`;
    }
    if (step.nr === DIRECTIVE_PEEK && res.ret === 0n) result = JSON.stringify(new TextDecoder().decode(res.outs[0] ?? new Uint8Array(0)));
    if (step.nr === DIRECTIVE_MAPS) extra.push(...(side.maps(step, res) ?? []));
    side.advance(step, res);
    return { line: step.line, text: step.text, result, extra };
  });
}

/** One line per divergence, for reports. */
export function divergenceText(d: Divergence): string {
  return `${d.file ?? d.scenario}:${d.line}: ${d.text}\n    ${d.what}: host ${d.host} | linuxsim ${d.sim}`;
}
