// userland/conformance/sim.ts — runs a Scenario on a fresh linuxsim, set up the way the host
// executor sets up the host (bin/conformance/executor.c): a root-owned 0755 scratch directory
// the processes are chrooted into, one process per ProcSpec (pids 2, 3, … as the host's
// workers in their pid namespace; parent pid 1; fds 0-2 on /dev/null, the lowest free fd 3),
// arguments placed in each process's memory
// and passed as addresses (the raw door), output buffers read back after the call. A call that
// sleeps stays pending and completes when another process's call wakes it, as on the host.
// SimSession is the same machinery one call at a time (runOnSim is built on it; the log
// replayer, ./replay.ts, drives it directly). Owned by the conformance harness.
// Addresses bound by `= $name` results are kept per session (bind()) and passed where a 'ref'
// argument names them; the directives (# poke, # peek, # maps) are made here, in the process:
// a poke/peek is the program's own store/load (MemoryMap.access when the address space has
// it, a user copy otherwise), # maps reads /proc/PID/maps as the process itself would.

import { O_LARGEFILE, O_RDONLY } from '../../abi/fcntl';
import { SIGSEGV } from '../../abi/signal';
import { createKernel, type Kernel, type ProcessHandle } from '../../kernel/kernel';
import { openPath } from '../../vfs/namei';
import { vfsRead } from '../../vfs/read_write';
import { DIRECTIVE_MAPS, DIRECTIVE_PEEK, DIRECTIVE_POKE, FAULT_BASE, type ArgValue, type ProcSpec, type Scenario, type ScenarioResult, type StepResult } from './model';

/** The scratch directory the processes are chrooted into. */
const SCRATCH = '/scratch';

/** Places bytes in a process's memory: a bump allocator over its heap (brk). */
export class Arena {
  private next: number;
  private end: number;
  private readonly start: number;

  constructor(private readonly h: ProcessHandle) {
    this.start = h.task.mm.brkStart;
    this.next = this.start;
    this.end = this.next;
  }

  /** Makes the next call's arguments reuse the memory from the start (the previous call is over). */
  reset(): void {
    this.next = this.start;
  }

  /** Moves the break once, now, far enough for `size` bytes of arguments (see SimSession.reserve). */
  reserve(size: number): void {
    const at = this.next;
    this.alloc(size);
    this.next = at;
  }

  /** Reserves `size` bytes (16-byte aligned, with a gap) and returns their address. */
  alloc(size: number): number {
    const at = this.next;
    this.next = Math.ceil((at + size + 64) / 16) * 16;
    if (this.next > this.end) {
      const want = Math.ceil((this.next + 65536) / 4096) * 4096;
      this.end = this.h.task.mm.brk(want);
    }
    return at;
  }

  put(bytes: Uint8Array): number {
    const at = this.alloc(bytes.length);
    this.h.task.mm.copyOut(at, bytes, 0, bytes.length);
    return at;
  }

  /** Zeroes `size` bytes at `at` (a reused arena holds the previous call's bytes). */
  zero(at: number, size: number): void {
    this.h.task.mm.copyOut(at, new Uint8Array(size), 0, size);
  }

  get(at: number, size: number): Uint8Array {
    const b = new Uint8Array(size);
    this.h.task.mm.copyIn(at, b, 0, size);
    return b;
  }
}

interface Placed {
  /** The raw arguments. */
  args: (number | bigint)[];
  /** Where each out/inout buffer is, to read it back (an iovec argument: its out segments). */
  outs: { at: number; size: number; segs?: { at: number; size: number }[] }[];
}

/** A raw argument: a Number when it is exact as one (the raw door's usual type), else a bigint. */
function rawInt(v: bigint): number | bigint {
  return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;
}

function place(arena: Arena, args: readonly ArgValue[], bindings: ReadonlyMap<string, bigint> = new Map()): Placed {
  const raw: (number | bigint)[] = [];
  const outs: Placed['outs'] = [];
  const refValue = (name: string, offset: bigint) => BigInt.asIntN(64, (bindings.get(name) ?? 0n) + offset);
  for (const a of args) {
    switch (a.kind) {
      case 'ref': raw.push(rawInt(refValue(a.name, a.offset))); break;
      case 'int': raw.push(a.value >= -(2n ** 53n) && a.value <= 2n ** 53n ? Number(a.value) : a.value); break;
      case 'null': raw.push(0); break;
      case 'in': raw.push(arena.put(a.bytes)); break;
      case 'out': {
        const at = arena.alloc(a.size);
        arena.zero(at, a.size); // a reused arena holds the previous call's bytes
        raw.push(at);
        outs.push({ at, size: a.size });
        break;
      }
      case 'inout': {
        const at = arena.put(a.bytes);
        raw.push(at);
        outs.push({ at, size: a.bytes.length });
        break;
      }
      case 'iovec': {
        // Each segment's buffer, then the struct iovec array; 'out' segments are read back
        // (concatenated) as one output.
        const table = new Uint8Array(a.segs.length * 16);
        const dv = new DataView(table.buffer);
        const segOuts: { at: number; size: number }[] = [];
        a.segs.forEach((g, k) => {
          const b = g.base;
          let at = 0;
          if (b.kind === 'int') at = Number(BigInt.asUintN(64, b.value));
          else if (b.kind === 'ref') at = Number(BigInt.asUintN(64, refValue(b.name, b.offset)));
          else if (b.kind === 'in') at = arena.put(b.bytes);
          else if (b.kind === 'out') {
            at = arena.alloc(b.size);
            arena.zero(at, b.size);
            segOuts.push({ at, size: b.size });
          }
          dv.setBigUint64(k * 16, BigInt(at), true);
          dv.setBigUint64(k * 16 + 8, BigInt.asUintN(64, g.len), true);
        });
        raw.push(arena.put(table));
        outs.push({ at: 0, size: 0, segs: segOuts });
        break;
      }
      case 'strarray': {
        const ptrs = a.strings.map((s) => {
          const z = new Uint8Array(s.length + 1);
          z.set(s);
          return arena.put(z);
        });
        const table = new Uint8Array((ptrs.length + 1) * 8);
        const dv = new DataView(table.buffer);
        ptrs.forEach((p, i) => dv.setBigUint64(i * 8, BigInt(p), true));
        raw.push(arena.put(table));
        break;
      }
    }
  }
  return { args: raw, outs };
}

/** Has the process exited (read afresh: a call may have ended it)? */
function gone(h: ProcessHandle): boolean {
  return h.task.state === 'dead';
}

/** How a SimSession's machine is prepared. */
export interface SimSetup {
  /** Seeds the kernel (default 1). */
  seed?: number;
  /** Directories made inside the scratch directory before anything runs (absolute paths as the
   *  processes see them, parents first). */
  dirs?: readonly { path: string; mode: number; uid: number; gid: number }[];
  /** The processes' working directory, as they see it (default "/", the scratch directory). */
  cwd?: string;
}

/** The raw size `place` needs for a call's arguments, at most (alignment and gaps included). */
export function argBytes(args: readonly ArgValue[]): number {
  let n = 0;
  for (const a of args) {
    if (a.kind === 'in' || a.kind === 'inout') n += a.bytes.length + 80;
    else if (a.kind === 'out') n += a.size + 80;
    else if (a.kind === 'strarray') n += a.strings.reduce((m, x) => m + x.length + 81, (a.strings.length + 1) * 8 + 80);
    else if (a.kind === 'iovec') {
      n += a.segs.length * 16 + 80;
      for (const g of a.segs) n += (g.base.kind === 'in' ? g.base.bytes.length : g.base.kind === 'out' ? g.base.size : 0) + 80;
    }
  }
  return n;
}

/**
 * A fresh linuxsim with the scenario's processes, driven one call at a time: call() places the
 * arguments, makes the call through the raw door, lets woken processes finish (settle), and
 * reads the output buffers back. A call that sleeps stays pending: its result object is filled
 * in when another call wakes it (and `onLater` runs then).
 */
export class SimSession {
  readonly kernel: Kernel;
  readonly procs: ProcessHandle[] = [];
  private readonly arenas: Arena[] = [];
  /** Process index → the result object of its pending call. */
  private readonly pending = new Map<number, StepResult>();
  private reuse = false;
  /** The addresses `= $name` results bound (refs evaluate against these). */
  readonly bindings = new Map<string, bigint>();

  constructor(processes: readonly ProcSpec[], private readonly setup: SimSetup = {}) {
    this.kernel = createKernel({
      seed: setup.seed ?? 1,
      // The host's pid 1 never reaps its workers while a scenario runs: one that died stays
      // a zombie (kill(pid, 0) still finds it).
      initReaps: false,
      initialFs: (fs) => {
        // A tmpfs of its own, as the host executor's root is (statx of "/" says MOUNT_ROOT;
        // size=64m as the executor's TMPFS_OPTS).
        fs.mountTmpfs(SCRATCH, 0o755, 64 << 20);
        for (const d of setup.dirs ?? []) fs.mkdir(SCRATCH + d.path, d.mode, d.uid, d.gid);
      },
    });
    for (const p of processes) this.addProcess(p);
  }

  /** Creates the next process (a child of init); returns its index. */
  addProcess(p: ProcSpec): number {
    const h = this.kernel.createProcess({
      uid: p.uid, gid: p.gid, groups: p.groups, umask: p.umask, root: SCRATCH, stdio: 'null',
      ...(this.setup.cwd !== undefined ? { cwd: this.setup.cwd } : {}),
    });
    this.procs.push(h);
    this.arenas.push(new Arena(h));
    return this.procs.length - 1;
  }

  /**
   * Reuse each process's argument memory from one call to the next, after growing it once to
   * `size` bytes: from then on the arguments never move the break, so a program's own brk
   * calls see a break that only they move.
   */
  reserve(proc: number, size: number): void {
    this.reuse = true;
    this.arenas[proc]!.reserve(size);
  }

  /** Is process `proc` in the middle of a call that sleeps? */
  busy(proc: number): boolean {
    return this.pending.has(proc);
  }

  /** Has process `proc` exited? */
  gone(proc: number): boolean {
    return gone(this.procs[proc]!);
  }

  /**
   * Makes one call in process `proc`. Returns its result — `ret` null and `blocked` set while it
   * sleeps (filled in when it completes; `onLater` runs then), `ret` null when the call ended the
   * process — or null when the process cannot make a call (it has exited, or is asleep in one).
   */
  call(proc: number, nr: number, args: readonly ArgValue[], onLater?: (r: StepResult) => void): StepResult | null {
    const h = this.procs[proc]!;
    const arena = this.arenas[proc]!;
    if (h.task.state === 'dead' || this.pending.has(proc)) return null; // gone, or stuck in a call
    if (nr === DIRECTIVE_MAPS) return this.maps(proc);
    if (nr === DIRECTIVE_POKE || nr === DIRECTIVE_PEEK) return this.access(proc, nr === DIRECTIVE_POKE, args);
    if (this.reuse) arena.reset();
    const placed = place(arena, args, this.bindings);
    const readOuts = () => placed.outs.map((o) => {
      if (!o.segs) return arena.get(o.at, o.size);
      const parts = o.segs.map((g) => arena.get(g.at, g.size));
      const all = new Uint8Array(parts.reduce((m, x) => m + x.length, 0));
      let k = 0;
      for (const x of parts) { all.set(x, k); k += x.length; }
      return all;
    });
    const a = placed.args;
    const res: StepResult = { ret: null, blocked: false, outs: [] };
    const r = h.begin((ret) => {
      this.pending.delete(proc);
      if (h.task.state !== 'dead') {
        res.ret = BigInt(ret);
        res.outs = readOuts();
      }
      onLater?.(res);
    }, nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    if (r === 'pending') {
      this.pending.set(proc, res);
    } else if (!gone(h)) {
      res.ret = BigInt(r);
      res.outs = readOuts();
    }
    h.settle();
    if (this.pending.get(proc) === res) res.blocked = true;
    return res;
  }

  /** A value of an address ref (0 while `name` is unbound). */
  refValue(name: string, offset: bigint): bigint {
    return BigInt.asIntN(64, (this.bindings.get(name) ?? 0n) + offset);
  }

  /** # poke / # peek: the program's own store or load; 0, or -(FAULT_BASE + the signal). */
  private access(proc: number, store: boolean, args: readonly ArgValue[]): StepResult {
    const h = this.procs[proc]!;
    const [addrArg, data] = args;
    const addr = addrArg?.kind === 'ref' ? this.refValue(addrArg.name, addrArg.offset) : addrArg?.kind === 'int' ? addrArg.value : 0n;
    const buf = store ? (data?.kind === 'in' ? data.bytes.slice() : new Uint8Array(0)) : new Uint8Array(data?.kind === 'out' ? data.size : 0);
    const mm = h.task.mm as typeof h.task.mm & { access?: (a: number, b: Uint8Array, off: number, n: number, write: boolean) => { signo: number } | null };
    let signo = 0;
    const at = Number(BigInt.asUintN(64, addr));
    if (buf.length === 0) signo = 0;
    else if (!(at >= 0 && at + buf.length <= 2 ** 53)) signo = SIGSEGV;
    else if (typeof mm.access === 'function') signo = mm.access(at, buf, 0, buf.length, store)?.signo ?? 0;
    else {
      // An address space without a model of user accesses: a user copy that stops short faults.
      const k = store ? mm.copyOut(at, buf, 0, buf.length) : mm.copyIn(at, buf, 0, buf.length);
      if (k < buf.length) signo = SIGSEGV;
    }
    return { ret: signo ? -(FAULT_BASE + BigInt(signo)) : 0n, blocked: false, outs: store ? [] : [buf] };
  }

  /** # maps: /proc/PID/maps as the process itself reads it (paths relative to its root). */
  private maps(proc: number): StepResult {
    const h = this.procs[proc]!;
    const k = this.kernel;
    const root = { mnt: k.mntns.root, inode: k.mntns.root.root };
    const f = openPath(k.vfs, h.task, root, `proc/${h.task.tgid}/maps`, O_RDONLY | O_LARGEFILE, 0);
    if (typeof f === 'symbol' || !('id' in f)) return { ret: typeof f === 'symbol' ? -11n : -BigInt(f.errno), blocked: false, outs: [new Uint8Array(0)] };
    const parts: Uint8Array[] = [];
    let ret = 0n;
    for (let pos = 0; ;) {
      const b = new Uint8Array(65536);
      const n = vfsRead(h.task, f, b, b.length, pos);
      if (typeof n !== 'number') {
        ret = typeof n === 'symbol' ? -11n : -BigInt(n.errno);
        break;
      }
      if (n === 0) break;
      parts.push(b.subarray(0, n));
      pos += n;
    }
    k.vfs.fput(f);
    const text = new Uint8Array(parts.reduce((m, x) => m + x.length, 0));
    parts.reduce((at, x) => (text.set(x, at), at + x.length), 0);
    return { ret, blocked: false, outs: [text] };
  }
}

/** The argument bytes any step of a scenario needs, at most (see SimSession.reserve). */
function scenarioArgBytes(s: Scenario): number {
  return s.steps.reduce((m, st) => Math.max(m, argBytes(st.args)), 0);
}

/** Does a successful return of this step bind its name (a success: not -4095…-1)? */
export function bindsOn(ret: bigint | null): ret is bigint {
  return ret !== null && !(ret < 0n && ret > -4096n);
}

/** Runs one scenario on a fresh kernel (seeded; the same result every time). */
export function runOnSim(s: Scenario, seed = 1): ScenarioResult {
  const sim = new SimSession(s.processes, { seed });
  // A scenario that moves the break itself: the arguments must never move it (the host's
  // executor keeps its malloc off the break too).
  if (s.steps.some((st) => st.name === 'brk')) {
    const size = Math.max(65536, scenarioArgBytes(s));
    s.processes.forEach((_p, i) => sim.reserve(i, size));
  }
  const results: StepResult[] = s.steps.map(() => ({ ret: null, blocked: false, outs: [] }));
  s.steps.forEach((step, i) => {
    // The bindings as the steps so far made them, in step order (as the host executor does).
    if (s.bindings?.length) {
      for (let j = 0; j < i; j++) {
        const b = s.steps[j]!.expect.bind;
        if (b !== undefined && bindsOn(results[j]!.ret)) sim.bindings.set(b, results[j]!.ret!);
      }
    }
    const r = sim.call(step.proc, step.nr, step.args);
    if (r) results[i] = r;
  });
  return { setupError: null, steps: results };
}
