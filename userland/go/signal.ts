// userland/go/signal.ts — goroutines, channels and os/signal for the chapter's ports, owned by
// the examples' authors (userland/go/). The port's Go "runtime" is one thread, like Go with
// GOMAXPROCS=1 on a single M: a goroutine started with goroutine(fn) runs only when the main
// goroutine blocks in time.Sleep, until it parks on a channel receive or ends. A program's
// only inputs stay syscall results: a channel is memory (no syscalls), and the order in which
// goroutines run is fixed (first ready, first run), so a port is as deterministic as any other.
//
// signal.Notify(c, sigs…) installs, for each signal, a handler the way Go's runtime installs
// its own at start-up (rt_sigaction with SA_ONSTACK|SA_RESTART|SA_SIGINFO and every signal in
// sa_mask; Go does it before main for every signal, so its Notify makes no syscall, while the
// port's Notify shows the calls). The handler only queues the signal on the channel without
// blocking (a full channel drops it, as Go's does); the goroutine that ranges over the channel
// runs after the handler has returned (rt_sigreturn) and the interrupted sleep has come back.

import { EINTR } from '../../abi/errno';
import { SA_ONSTACK, SA_RESTART, SA_SIGINFO } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { Out } from '../../mm/usercopy';
import { ErrnoError } from '../errors';
import type { Sys } from '../sys';

/** The goroutines of one program, run one at a time on its thread. */
export class Goroutines {
  private readonly ready: (() => void)[] = [];
  private parked: (() => void) | null = null;
  /** Whether a signal handler may interrupt a sleep (signal.Notify was called). */
  handlersInstalled = false;

  constructor(private readonly sys: Sys) {}

  /** `go fn()`: fn runs the next time the main goroutine blocks. */
  go(fn: () => Promise<unknown>): void {
    this.ready.push(() => {
      void (async () => {
        try { await fn(); } finally { this.park(); }
      })();
    });
  }

  /** Makes `resume` runnable (a channel receive that can now complete). */
  wake(resume: () => void): void {
    this.ready.push(resume);
  }

  /** The running goroutine stops (blocks on a channel, or ends): the scheduler goes on. */
  park(): void {
    const p = this.parked;
    this.parked = null;
    p?.();
  }

  /** Runs every ready goroutine until it parks or ends, first ready first. */
  async schedule(): Promise<void> {
    while (this.ready.length > 0) {
      const next = this.ready.shift()!;
      await new Promise<void>((parked) => {
        this.parked = parked;
        next();
      });
    }
  }

  /**
   * time.Sleep(ns) for the main goroutine: ready goroutines run first; then nanosleep. Once
   * handlers are installed a signal can cut the sleep short (EINTR, strace: ERESTART_RESTARTBLOCK
   * then rt_sigreturn = -1 EINTR): the goroutines the handler made ready run, and the sleep
   * goes on for what nanosleep says remains — Go's timers are absolute, so its Sleep lasts the
   * whole duration however many signals arrive.
   */
  async sleep(ns: number): Promise<void> {
    await this.schedule();
    if (ns <= 0) return;
    if (!this.handlersInstalled) {
      await this.sys.nanosleep({ tv_sec: Math.floor(ns / 1e9), tv_nsec: ns % 1e9 });
      return;
    }
    let left = ns;
    while (left > 0) {
      const rem = new Out<{ tv_sec: number; tv_nsec: number }>();
      const r = await this.sys.syscall(SYS.nanosleep, { tv_sec: Math.floor(left / 1e9), tv_nsec: left % 1e9 }, rem);
      if (r === -EINTR.errno) {
        left = rem.value!.tv_sec * 1e9 + rem.value!.tv_nsec;
        await this.schedule();
        continue;
      }
      if (r < 0) throw ErrnoError.fromResult(r, SYS.nanosleep);
      return;
    }
  }
}

/** A Go channel: `make(chan T, capacity)`. Sends from a signal handler never block. */
export class Chan<T> {
  private readonly buf: T[] = [];
  private readonly receivers: ((v: T) => void)[] = [];

  constructor(private readonly rt: Goroutines, readonly capacity: number) {}

  /** A non-blocking send (`select { case c <- v: default: }`): false when it would block. */
  trySend(v: T): boolean {
    const r = this.receivers.shift();
    if (r) {
      this.rt.wake(() => r(v));
      return true;
    }
    if (this.buf.length < this.capacity) {
      this.buf.push(v);
      return true;
    }
    return false;
  }

  /** `<-c`: the next value; a goroutine with nothing to receive parks until a send. */
  recv(): Promise<T> {
    if (this.buf.length > 0) return Promise.resolve(this.buf.shift()!);
    return new Promise<T>((resolve) => {
      this.receivers.push(resolve);
      this.rt.park();
    });
  }

  /** `for v := range c` (the port's channels are never closed). */
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) yield await this.recv();
  }
}

/** Every signal, as Go's runtime puts them in each handler's sa_mask (strace: ~[]). */
const ALL_SIGNALS = Array.from({ length: 64 }, (_, i) => i + 1);

/** os/signal bound to one program. */
export class Signal {
  /** The channels each signal goes to; one handler for all (as Go's runtime has one, sigtramp). */
  private readonly channels = new Map<number, Chan<number>[]>();
  private readonly handler = (sig: number): void => {
    for (const c of this.channels.get(sig) ?? []) c.trySend(sig);
  };

  constructor(private readonly sys: Sys, private readonly rt: Goroutines) {}

  /** signal.Notify(c, sigs…): from now on each of `sigs` is sent to `c` instead of its default action. */
  async Notify(c: Chan<number>, ...sigs: number[]): Promise<void> {
    this.rt.handlersInstalled = true;
    for (const sig of sigs) {
      const list = this.channels.get(sig);
      if (list) {
        if (!list.includes(c)) list.push(c);
        continue;
      }
      this.channels.set(sig, [c]);
      await this.sys.sigaction(sig, {
        handler: this.handler,
        flags: SA_ONSTACK | SA_RESTART | SA_SIGINFO,
        mask: ALL_SIGNALS,
      });
    }
  }
}
