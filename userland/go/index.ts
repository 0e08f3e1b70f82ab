// userland/go/index.ts — a small Go standard library for the chapter's ports: go(sys, argv,
// envp) gives a program its fmt, os, syscall, time and os/signal, bound to its Sys, plus
// panic(), which prints like Go's runtime and exits with status 2, and goroutines and channels
// (make, goroutine: see signal.ts). Ports read like the Go they port:
//   const { fmt, os, syscall, panic } = go(sys, argv, envp);
//   const f = await os.Create('test.txt');

import type { Sys } from '../sys';
import { Print, Printf, Println, sprint, sprintf, sprintln } from './fmt';
import { File, FileInfo, FileMode, GoContext, OS, PathError } from './os';
import { Chan, Goroutines, Signal } from './signal';
import { Syscall } from './syscall';
import * as time from './time';

export { Chan, File, FileInfo, FileMode, GoContext, Goroutines, OS, PathError, Signal, Syscall, time };
export type { GoStringer } from './fmt';

export interface Go {
  readonly fmt: {
    Printf(format: string, ...a: unknown[]): Promise<number>;
    Println(...a: unknown[]): Promise<number>;
    Print(...a: unknown[]): Promise<number>;
    Sprintf(format: string, ...a: unknown[]): string;
    Sprintln(...a: unknown[]): string;
    Sprint(...a: unknown[]): string;
  };
  readonly os: OS;
  readonly syscall: Syscall;
  readonly time: { Sleep(ns: number): Promise<void> } & Omit<typeof time, 'Sleep'>;
  /** os/signal: Notify(c, sigs…). */
  readonly signal: Signal;
  /** make(chan T, capacity). */
  make<T>(capacity: number): Chan<T>;
  /** `go fn()`: runs when the main goroutine next blocks in time.Sleep (one thread, goroutines take turns). */
  goroutine(fn: () => Promise<unknown>): void;
  /** Go's panic(v): "panic: v" and a goroutine header on stderr, exit status 2. */
  panic(v: unknown): Promise<never>;
  readonly ctx: GoContext;
}

export function go(sys: Sys, argv: readonly string[], envp: readonly string[]): Go {
  const ctx = new GoContext(sys, argv, envp);
  const rt = new Goroutines(sys);
  return {
    ctx,
    fmt: {
      Printf: (f, ...a) => Printf(sys, f, ...a),
      Println: (...a) => Println(sys, ...a),
      Print: (...a) => Print(sys, ...a),
      Sprintf: sprintf,
      Sprintln: sprintln,
      Sprint: sprint,
    },
    os: new OS(ctx),
    syscall: new Syscall(sys),
    time: { ...time, Sleep: (ns: number) => rt.sleep(ns) },
    signal: new Signal(sys, rt),
    make: <T>(capacity: number) => new Chan<T>(rt, capacity),
    goroutine: (fn) => rt.go(fn),
    async panic(v: unknown): Promise<never> {
      const msg = v instanceof Error ? v.message : sprint(v);
      await sys.write(2, `panic: ${msg}\n\ngoroutine 1 [running]:\nmain.main()\n`);
      return sys.exit_group(2);
    },
  };
}
