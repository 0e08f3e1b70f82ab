// userland/conformance/protocol.ts — the bytes between the TypeScript harness and the host
// executor (bin/conformance/executor.c). All integers little-endian. The C side and this file
// must change together; the version word guards against a stale binary.
//
// Request (harness → executor, on its stdin):
//   u32 magic 0x4358534c ("LSXC")   u32 version (PROTOCOL_VERSION)   u32 nscenarios
//   per scenario:
//     u32 nprocs
//     per proc:  i32 uid  i32 gid  u32 ngroups  i32 groups[ngroups]  u32 umask
//     u32 nbindings                  (the names `= $name` binds; slots 0 … nbindings-1)
//     u32 nsteps
//     per step:  u32 proc  i32 nr  u32 timeout_ms  i32 bind  u32 nargs (≤ 6)
//       nr < 0 is a directive: -1 poke (addr, in bytes: stores them at addr as the program
//       would), -2 peek (addr, out size: loads size bytes from addr into the out buffer),
//       -3 maps (no arguments, or two: the scenario root reads /proc/PID/maps of the worker;
//       the one out is its text). A poke/peek that faults returns -(0x10000 + signal).
//       bind ≥ 0: when the call completes without an error (not -4095…-1), its return is
//       the value of slot `bind` from then on (the scenario root keeps the slots and sends
//       them with every step; a slot never bound is 0).
//       per arg: u8 tag, then by tag:
//         0 int      i64 value
//         1 null     —
//         2 in       u32 len, bytes        (the worker passes a pointer to a copy)
//         3 out      u32 size              (a pointer to `size` zero bytes)
//         4 inout    u32 len, bytes        (a pointer to a copy, read back after the call)
//         5 strarray u32 count, per string: u32 len, bytes (NUL appended by the worker)
//         6 iovec    u32 count, per segment: i64 iov_len, u8 base tag, then by it:
//                      0 int i64 address   1 null   2 in u32 len, bytes   3 out u32 size
//                      7 ref u32 slot, i64 offset
//                    (each segment's buffer ends at a guard page, as in/out arguments do;
//                    the struct iovec array too)
//         7 ref      u32 slot, i64 offset  (the slot's value on this side + offset, as an integer)
//
// Reply (executor → harness, on its stdout), per scenario:
//   u32 status (0 = ran; otherwise a setup failure)   u32 msglen, msg (why, UTF-8)
//   u32 nsteps
//   per step:  u8 blocked  u8 completed  i64 ret (value, or -errno)
//              u32 nouts, per out/inout/iovec argument: u32 len, bytes (an iovec argument:
//              its out segments' buffers, concatenated)

import type { ArgValue, Scenario, ScenarioResult, StepResult } from './model';

export const PROTOCOL_MAGIC = 0x4358534c;
export const PROTOCOL_VERSION = 3;

export const TAG_INT = 0;
export const TAG_NULL = 1;
export const TAG_IN = 2;
export const TAG_OUT = 3;
export const TAG_INOUT = 4;
export const TAG_STRARRAY = 5;
export const TAG_IOVEC = 6;
export const TAG_REF = 7;

/** How long a worker's call may take before the step counts as blocked (ms). */
export const DEFAULT_TIMEOUT_MS = 100;

class Writer {
  private buf = new Uint8Array(4096);
  private n = 0;
  private room(k: number): DataView {
    if (this.n + k > this.buf.length) {
      let cap = this.buf.length;
      while (cap < this.n + k) cap *= 2;
      const b = new Uint8Array(cap);
      b.set(this.buf.subarray(0, this.n));
      this.buf = b;
    }
    return new DataView(this.buf.buffer);
  }
  u8(v: number): void { this.room(1).setUint8(this.n, v); this.n += 1; }
  u32(v: number): void { this.room(4).setUint32(this.n, v >>> 0, true); this.n += 4; }
  i32(v: number): void { this.room(4).setInt32(this.n, v | 0, true); this.n += 4; }
  i64(v: bigint): void { this.room(8).setBigInt64(this.n, BigInt.asIntN(64, v), true); this.n += 8; }
  bytes(b: Uint8Array): void { this.u32(b.length); this.room(b.length); this.buf.set(b, this.n); this.n += b.length; }
  done(): Uint8Array { return this.buf.slice(0, this.n); }
}

function writeArg(w: Writer, a: ArgValue, slot: (name: string) => number): void {
  switch (a.kind) {
    case 'ref': w.u8(TAG_REF); w.u32(slot(a.name)); w.i64(a.offset); return;
    case 'int': w.u8(TAG_INT); w.i64(a.value); return;
    case 'null': w.u8(TAG_NULL); return;
    case 'in': w.u8(TAG_IN); w.bytes(a.bytes); return;
    case 'out': w.u8(TAG_OUT); w.u32(a.size); return;
    case 'inout': w.u8(TAG_INOUT); w.bytes(a.bytes); return;
    case 'strarray': w.u8(TAG_STRARRAY); w.u32(a.strings.length); for (const s of a.strings) w.bytes(s); return;
    case 'iovec':
      w.u8(TAG_IOVEC);
      w.u32(a.segs.length);
      for (const g of a.segs) {
        w.i64(g.len);
        const b = g.base;
        if (b.kind === 'int') { w.u8(TAG_INT); w.i64(b.value); }
        else if (b.kind === 'null') w.u8(TAG_NULL);
        else if (b.kind === 'in') { w.u8(TAG_IN); w.bytes(b.bytes); }
        else if (b.kind === 'ref') { w.u8(TAG_REF); w.u32(slot(b.name)); w.i64(b.offset); }
        else { w.u8(TAG_OUT); w.u32(b.size); }
      }
      return;
  }
}

/** The request bytes for a batch of scenarios. */
export function encodeRequest(scenarios: readonly Scenario[], timeoutMs = DEFAULT_TIMEOUT_MS): Uint8Array {
  const w = new Writer();
  w.u32(PROTOCOL_MAGIC);
  w.u32(PROTOCOL_VERSION);
  w.u32(scenarios.length);
  for (const s of scenarios) {
    w.u32(s.processes.length);
    for (const p of s.processes) {
      w.i32(p.uid);
      w.i32(p.gid);
      w.u32(p.groups.length);
      for (const g of p.groups) w.i32(g);
      w.u32(p.umask);
    }
    const names = s.bindings ?? [];
    const slot = (name: string) => {
      const k = names.indexOf(name);
      if (k < 0) throw new Error(`conformance: ${s.name}: $${name} is not bound`);
      return k;
    };
    w.u32(names.length);
    w.u32(s.steps.length);
    for (const st of s.steps) {
      w.u32(st.proc);
      w.i32(st.nr);
      w.u32(timeoutMs);
      w.i32(st.expect.bind !== undefined ? slot(st.expect.bind) : -1);
      w.u32(st.args.length);
      for (const a of st.args) writeArg(w, a, slot);
    }
  }
  return w.done();
}

/** Reads the reply to a batch; throws on a malformed or short reply. */
export function decodeReply(bytes: Uint8Array, scenarios: readonly Scenario[]): ScenarioResult[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const need = (k: number) => {
    if (o + k > bytes.length) throw new Error(`conformance: executor reply ends early (at byte ${o} of ${bytes.length})`);
  };
  const u8 = () => { need(1); return dv.getUint8(o++); };
  const u32 = () => { need(4); const v = dv.getUint32(o, true); o += 4; return v; };
  const i64 = () => { need(8); const v = dv.getBigInt64(o, true); o += 8; return v; };
  const blob = () => { const n = u32(); need(n); const b = bytes.slice(o, o + n); o += n; return b; };
  const out: ScenarioResult[] = [];
  for (const s of scenarios) {
    const status = u32();
    const msg = new TextDecoder().decode(blob());
    const nsteps = u32();
    const steps: StepResult[] = [];
    for (let i = 0; i < nsteps; i++) {
      const blocked = u8() !== 0;
      const completed = u8() !== 0;
      const ret = i64();
      const nouts = u32();
      const outs: Uint8Array[] = [];
      for (let j = 0; j < nouts; j++) outs.push(blob());
      steps.push({ ret: completed ? ret : null, blocked, outs });
    }
    if (status === 0 && nsteps !== s.steps.length) throw new Error(`conformance: executor ran ${nsteps} of ${s.steps.length} steps of ${s.name}`);
    out.push({ setupError: status === 0 ? null : msg || `setup failed (${status})`, steps });
  }
  if (o !== bytes.length) throw new Error(`conformance: ${bytes.length - o} unexpected bytes after the reply`);
  return out;
}
