// userland/conformance/sim.ts — runs a Scenario on a fresh linuxsim, set up the way the host
// executor sets up the host (bin/conformance/executor.c): a root-owned 0755 scratch directory
// the processes are chrooted into, one process per ProcSpec (pids 2, 3, … as the host's
// workers in their pid namespace; parent pid 1; fds 0-2 on /dev/null, the lowest free fd 3),
// arguments placed in each process's memory
// and passed as addresses (the raw door), output buffers read back after the call. A call that
// sleeps stays pending and completes when another process's call wakes it, as on the host.

import { createKernel, type ProcessHandle } from '../../kernel/kernel';
import type { ArgValue, Scenario, ScenarioResult, StepResult } from './model';

/** The scratch directory the processes are chrooted into. */
const SCRATCH = '/scratch';

/** Places bytes in a process's memory: a bump allocator over its heap (brk). */
class Arena {
  private next: number;
  private end: number;

  constructor(private readonly h: ProcessHandle) {
    this.next = h.task.mm.brkStart;
    this.end = this.next;
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

  get(at: number, size: number): Uint8Array {
    const b = new Uint8Array(size);
    this.h.task.mm.copyIn(at, b, 0, size);
    return b;
  }
}

interface Placed {
  /** The raw arguments. */
  args: (number | bigint)[];
  /** Where each out/inout buffer is, to read it back. */
  outs: { at: number; size: number }[];
}

function place(arena: Arena, args: readonly ArgValue[]): Placed {
  const raw: (number | bigint)[] = [];
  const outs: { at: number; size: number }[] = [];
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

/** Runs one scenario on a fresh kernel (seeded; the same result every time). */
export function runOnSim(s: Scenario, seed = 1): ScenarioResult {
  const k = createKernel({ seed, initialFs: (fs) => fs.mkdir(SCRATCH, 0o755) });
  const procs = s.processes.map((p) =>
    k.createProcess({ uid: p.uid, gid: p.gid, groups: p.groups, umask: p.umask, root: SCRATCH, stdio: 'null' }));
  const arenas = procs.map((h) => new Arena(h));
  const results: StepResult[] = s.steps.map(() => ({ ret: null, blocked: false, outs: [] }));
  const pendingOf = new Map<number, number>(); // process → its pending step
  s.steps.forEach((step, i) => {
    const h = procs[step.proc]!;
    const arena = arenas[step.proc]!;
    if (h.task.state === 'dead' || pendingOf.has(step.proc)) return; // gone, or stuck in a call
    const placed = place(arena, step.args);
    const readOuts = () => placed.outs.map((o) => arena.get(o.at, o.size));
    const a = placed.args;
    const r = h.begin((ret) => {
      pendingOf.delete(step.proc);
      const res = results[i]!;
      if (h.task.state !== 'dead') {
        res.ret = BigInt(ret);
        res.outs = readOuts();
      }
    }, step.nr, a[0], a[1], a[2], a[3], a[4], a[5]);
    if (r === 'pending') {
      pendingOf.set(step.proc, i);
    } else if (!gone(h)) {
      results[i] = { ret: BigInt(r), blocked: false, outs: readOuts() };
    }
    h.settle();
    if (pendingOf.get(step.proc) === i) results[i]!.blocked = true;
  });
  return { setupError: null, steps: results };
}
