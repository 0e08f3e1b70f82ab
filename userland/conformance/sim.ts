// userland/conformance/sim.ts — runs a Scenario on a fresh linuxsim, set up the way the host
// executor sets up the host (bin/conformance/executor.c): a root-owned 0755 scratch directory
// the processes are chrooted into, one process per ProcSpec (pids 2, 3, … as the host's
// workers in their pid namespace; parent pid 1; fds 0-2 on /dev/null, the lowest free fd 3),
// arguments placed in each process's memory
// and passed as addresses (the raw door), output buffers read back after the call. A call that
// sleeps stays pending and completes when another process's call wakes it, as on the host.
// SimSession is the same machinery one call at a time (runOnSim is built on it; the log
// replayer, ./replay.ts, drives it directly). Owned by the conformance harness.

import { createKernel, type Kernel, type ProcessHandle } from '../../kernel/kernel';
import type { ArgValue, ProcSpec, Scenario, ScenarioResult, StepResult } from './model';

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

function place(arena: Arena, args: readonly ArgValue[]): Placed {
  const raw: (number | bigint)[] = [];
  const outs: Placed['outs'] = [];
  for (const a of args) {
    switch (a.kind) {
      case 'int': raw.push(a.value >= -(2n ** 53n) && a.value <= 2n ** 53n ? Number(a.value) : a.value); break;
      case 'null': raw.push(0); break;
      case 'in': raw.push(arena.put(a.bytes)); break;
      case 'out': {
        const at = arena.alloc(a.size);
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
    if (this.reuse) arena.reset();
    const placed = place(arena, args);
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
}

/** Runs one scenario on a fresh kernel (seeded; the same result every time). */
export function runOnSim(s: Scenario, seed = 1): ScenarioResult {
  const sim = new SimSession(s.processes, { seed });
  const results: StepResult[] = s.steps.map(() => ({ ret: null, blocked: false, outs: [] }));
  s.steps.forEach((step, i) => {
    const r = sim.call(step.proc, step.nr, step.args);
    if (r) results[i] = r;
  });
  return { setupError: null, steps: results };
}
