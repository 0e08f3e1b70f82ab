// kernel/clock.ts — the virtual clock: the only time there is. CLOCK_MONOTONIC counts
// nanoseconds since boot and advances only when the kernel says so (a syscall's cost, or the
// scheduler jumping to the next timer when every task sleeps); CLOCK_REALTIME is the boot
// time plus that; CLOCK_BOOTTIME equals CLOCK_MONOTONIC (the machine never suspends).
// Timers are kept in a binary heap ordered by (deadline, creation order), so ties fire in a
// deterministic order.

import type { Timestamp } from '../vfs/ctx';

/** One timer tick (HZ = 250). */
export const TICK_NS = 4_000_000;

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
  cancelled: boolean;
}

export class VirtualClock {
  /**
   * CLOCK_MONOTONIC, ns since boot (exact up to 2^53 ns ≈ 104 days of uptime). Starts as -0, a
   * double, so V8 stores the field as a double from the start instead of switching it (and
   * deoptimising everything that reads it) when it passes 2^31 after a few seconds.
   */
  monoNs = -0;
  private heap: Timer[] = [];
  private coarseTick = -Infinity;
  private coarse: Timestamp = { sec: 0, nsec: 0 };
  private seq = 0;

  constructor(
    /** CLOCK_REALTIME at boot: whole seconds since the epoch… */
    readonly bootSec: number,
    /** …and nanoseconds. */
    readonly bootNsec = 0,
  ) {}

  realtime(): Timestamp {
    const ns = this.bootNsec + this.monoNs;
    return { sec: this.bootSec + Math.floor(ns / 1e9), nsec: ns % 1e9 };
  }

  /**
   * CLOCK_REALTIME_COARSE: the time at the last timer tick (HZ = 250, every 4 ms). Inode
   * timestamps use it, as Linux's current_time() does, so they are tick-granular.
   */
  realtimeCoarse(): Timestamp {
    const now = this.monoNs;
    if (now < this.coarseTick || now >= this.coarseTick + TICK_NS) {
      // Computed once a tick: every inode timestamp of the tick shares the object (read-only).
      const tick = now - (now % TICK_NS);
      const ns = this.bootNsec + tick;
      this.coarse = { sec: this.bootSec + Math.floor(ns / 1e9), nsec: (ns % 1e9) | 0 };
      this.coarseTick = tick;
    }
    return this.coarse;
  }

  monotonic(): Timestamp {
    return { sec: Math.floor(this.monoNs / 1e9), nsec: this.monoNs % 1e9 };
  }

  /** Calls `fire` once CLOCK_MONOTONIC reaches `atNs`; returns a cancel function. */
  at(atNs: number, fire: () => void): () => void {
    const t: Timer = { at: atNs, seq: this.seq++, fire, cancelled: false };
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
    return () => { t.cancelled = true; };
  }

  /** The deadline of the earliest live timer, or Infinity. */
  nextDeadline(): number {
    this.dropCancelled();
    return this.heap[0]?.at ?? Infinity;
  }

  /** Advances CLOCK_MONOTONIC by `ns` and fires every timer that came due. */
  advance(ns: number): void {
    this.monoNs += ns;
    if (this.heap.length > 0 && this.heap[0]!.at <= this.monoNs) this.fireDue();
  }

  /** Jumps to the next timer (when nothing can run) and fires it; false if there is none. */
  jumpToNextTimer(): boolean {
    const next = this.nextDeadline();
    if (next === Infinity) return false;
    if (next > this.monoNs) this.monoNs = next;
    this.fireDue();
    return true;
  }

  private fireDue(): void {
    for (;;) {
      this.dropCancelled();
      const t = this.heap[0];
      if (!t || t.at > this.monoNs) return;
      this.pop();
      t.fire();
    }
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.pop();
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && less(h[l]!, h[m]!)) m = l;
      if (r < h.length && less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
