// test/signals/property.test.ts — a fast-check property against a small reference model of
// Linux's signal rules: random sequences of kill / rt_sigqueueinfo / tgkill between a set of
// processes with random masks (rt_sigprocmask) and dispositions (SIG_DFL, SIG_IGN, a handler
// address — a no-op handler) never lose a signal Linux would deliver, never deliver a blocked
// one, coalesce standard signals, and queue real-time signals in order with their values.
// Checked after every step: each process's pending signals (set, and the real-time queue in
// order) equal the model's, and the signals delivered (Kernel.onSignal) are the model's, in
// order. Processes are driven synchronously through the raw door (no scheduler): a process's
// pending signals are delivered when it leaves its next syscall, as in Linux.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SI_QUEUE, SIGCHLD, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH, SIG_SETMASK } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { checkInvariants } from '../../kernel/invariants';
import { createKernel, type ProcessHandle } from '../../kernel/kernel';
import type { SigInfo } from '../../proc/signal';

/** The signals in play: standard ones (SIGTERM's default kills; SIGCHLD/SIGWINCH default-ignored) and three real-time ones. */
const SIGS = [SIGUSR1, SIGUSR2, SIGTERM, SIGCHLD, SIGWINCH, 34, 35, 40] as const;
const DEFAULT_IGNORED = new Set<number>([SIGCHLD, SIGWINCH]);
const NPROC = 3;
const HANDLER = 0x401000;

type Disp = 'dfl' | 'ign' | 'handler';

interface ProcM {
  alive: boolean;
  mask: Set<number>;
  disp: Map<number, Disp>;
  /** Pending, in queue order: [sig, value, queue] — the thread's own ('t', tgkill) or the process's ('p'). */
  pending: [number, number, 't' | 'p'][];
}

type Action =
  | { kind: 'mask'; p: number; set: number[] }
  | { kind: 'disp'; p: number; sig: number; disp: Disp }
  | { kind: 'kill'; from: number; to: number; sig: number }
  | { kind: 'queue'; from: number; to: number; sig: number; value: number }
  | { kind: 'tgkill'; from: number; to: number; sig: number }
  | { kind: 'poke'; p: number };

const sigArb = fc.constantFrom(...SIGS);
const procArb = fc.integer({ min: 0, max: NPROC - 1 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('mask' as const), p: procArb, set: fc.subarray([...SIGS]) }),
  fc.record({ kind: fc.constant('disp' as const), p: procArb, sig: sigArb, disp: fc.constantFrom<Disp>('dfl', 'ign', 'handler') }),
  fc.record({ kind: fc.constant('kill' as const), from: procArb, to: procArb, sig: sigArb }),
  fc.record({ kind: fc.constant('queue' as const), from: procArb, to: procArb, sig: sigArb, value: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ kind: fc.constant('tgkill' as const), from: procArb, to: procArb, sig: sigArb }),
  fc.record({ kind: fc.constant('poke' as const), p: procArb }),
);

function words(set: Iterable<number>): { sig: number[] } {
  let lo = 0;
  let hi = 0;
  for (const s of set) {
    if (s <= 32) lo = (lo | (1 << (s - 1))) >>> 0;
    else hi = (hi | (1 << (s - 33))) >>> 0;
  }
  return { sig: [lo, hi] };
}

/** The model's ignore rule (sig_ignored): not blocked, and SIG_IGN or SIG_DFL of a default-ignored signal. */
function ignored(m: ProcM, sig: number): boolean {
  if (m.mask.has(sig)) return false;
  const d = m.disp.get(sig) ?? 'dfl';
  return d === 'ign' || (d === 'dfl' && DEFAULT_IGNORED.has(sig));
}

function send(m: ProcM, sig: number, value: number, q: 't' | 'p'): void {
  if (!m.alive || ignored(m, sig)) return;
  // Standard signals coalesce within a queue (the thread's and the process's are two queues).
  if (sig < 32 && m.pending.some(([s, , w]) => s === sig && w === q)) return;
  m.pending.push([sig, value, q]);
}

/** What the process does on its way out of a syscall: delivers every unblocked pending signal, lowest first. */
function deliver(m: ProcM, log: [number, number][]): void {
  for (;;) {
    if (!m.alive) return;
    // The thread's own queue first, then the process's; the lowest signal of it.
    let best = -1;
    for (const q of ['t', 'p'] as const) {
      for (let i = 0; i < m.pending.length; i++) {
        const [s, , w] = m.pending[i]!;
        if (w !== q || m.mask.has(s)) continue;
        if (best < 0 || s < m.pending[best]![0]) best = i;
      }
      if (best >= 0) break;
    }
    if (best < 0) return;
    const [sig, value] = m.pending.splice(best, 1)[0]!;
    const d = m.disp.get(sig) ?? 'dfl';
    if (d === 'ign') continue;
    log.push([sig, value]);
    if (d === 'dfl' && !DEFAULT_IGNORED.has(sig)) {
      m.alive = false; // SIGUSR1/2, SIGTERM and the RT signals terminate
      m.pending = [];
    }
  }
}

function run(actions: Action[]): void {
  const k = createKernel({ seed: 7 });
  const hs: ProcessHandle[] = [];
  const model: ProcM[] = [];
  const delivered: [number, number][][] = [];
  for (let i = 0; i < NPROC; i++) {
    hs.push(k.createProcess({ uid: 0 }));
    model.push({ alive: true, mask: new Set(), disp: new Map(), pending: [] });
    delivered.push([]);
  }
  const index = new Map(hs.map((h, i) => [h.task, i]));
  const got: [number, number][][] = hs.map(() => []);
  k.onSignal = (t, info: SigInfo) => {
    got[index.get(t)!]!.push([info.signo, info.value ?? 0]);
  };
  for (const a of actions) {
    const by = a.kind === 'mask' || a.kind === 'disp' || a.kind === 'poke' ? a.p : a.from;
    if (!model[by]!.alive) continue;
    const h = hs[by]!;
    const m = model[by]!;
    switch (a.kind) {
      case 'mask':
        expect(h.syscall(SYS.rt_sigprocmask, SIG_SETMASK, words(a.set), 0, 8)).toBe(0);
        m.mask = new Set(a.set);
        break;
      case 'disp': {
        const handler = a.disp === 'dfl' ? 0 : a.disp === 'ign' ? 1 : HANDLER;
        expect(h.syscall(SYS.rt_sigaction, a.sig, { sa_handler: handler, sa_flags: 0, sa_restorer: 0, sa_mask: { sig: [0, 0] } }, 0, 8)).toBe(0);
        m.disp.set(a.sig, a.disp);
        // Setting an ignoring disposition discards the signal from the queue.
        const d = a.disp;
        if (d === 'ign' || (d === 'dfl' && DEFAULT_IGNORED.has(a.sig))) m.pending = m.pending.filter(([s]) => s !== a.sig);
        break;
      }
      case 'kill': case 'tgkill': case 'queue': {
        const target = model[a.to]!;
        const pid = hs[a.to]!.pid;
        const r = a.kind === 'kill' ? h.syscall(SYS.kill, pid, a.sig)
          : a.kind === 'tgkill' ? h.syscall(SYS.tgkill, pid, pid, a.sig)
          : h.syscall(SYS.rt_sigqueueinfo, pid, a.sig, { si_signo: a.sig, si_code: SI_QUEUE, si_value: a.value });
        if (!target.alive) {
          expect(r).toBeLessThan(0);
          break;
        }
        expect(r).toBe(0);
        send(target, a.sig, a.kind === 'queue' ? a.value : 0, a.kind === 'tgkill' ? 't' : 'p');
        break;
      }
      case 'poke':
        h.syscall(SYS.getpid);
        break;
    }
    deliver(m, delivered[by]!);
    // Invariants after every step.
    for (let i = 0; i < NPROC; i++) {
      const mi = model[i]!;
      const t = hs[i]!.task;
      expect(t.state === 'dead', `process ${i} dead`).toBe(!mi.alive);
      expect(got[i], `delivered to ${i}`).toEqual(delivered[i]);
      if (!mi.alive) continue;
      const pend: [number, number, string][] = [
        ...t.sigPending.list().map((x): [number, number, string] => [x.signo, x.value ?? 0, 't']),
        ...t.process.sharedPending.list().map((x): [number, number, string] => [x.signo, x.value ?? 0, 'p']),
      ];
      // Stable sort by queue then number: per signal, the values stay in queue order.
      const byNumber = (l: [number, number, string][]) => [...l].sort((x, y) => x[2].localeCompare(y[2]) || x[0] - y[0]);
      // Same signals pending, and per real-time signal the same values in the same order.
      expect(byNumber(pend), `pending of ${i}`).toEqual(byNumber(mi.pending));
      // The process that just left a syscall has nothing pending it does not block.
      if (i === by) for (const [s] of pend) expect(mi.mask.has(s), `unblocked ${s} left pending in ${i}`).toBe(true);
    }
    expect(checkInvariants(k)).toEqual([]);
  }
}

describe('signals: a reference model of sending, blocking, ignoring and delivering', () => {
  it('never loses a deliverable signal, never delivers a blocked one, queues real-time signals in order', () => {
    fc.assert(fc.property(fc.array(actionArb, { minLength: 1, maxLength: 60 }), (actions) => run(actions)), { numRuns: 300, seed: 20261124 });
  });
});
