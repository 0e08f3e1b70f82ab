// userland/runtime.ts — the program runtime: what a program is (an async function of its Sys,
// argv and envp that returns its exit code), the registry of programs by name, and how the
// kernel's TaskEntry becomes a running program (kernel/program.ts is the contract). A program
// that returns exits the process with its code (exit_group); a clone function that returns
// ends its thread (exit). An uncaught exception prints one line on stderr and exits with 1.
//
// The rule a program must follow: its only inputs are syscall results (no Date, no
// Math.random, no host I/O), and it awaits each syscall before making the next one.
//
// Signal handlers are JS functions (sys.sigaction(sig, { handler })): the door runs them
// before the interrupted call's promise settles (userland/door.ts). A faulting access of the
// program's own (sys.mem) cannot be resumed: it throws MemoryFault at once; with a handler
// for the fault's signal, the handler runs before the program's next syscall (a program that
// catches the fault: its sigsetjmp point), or, if the fault escapes the program, right away —
// and then the access is deemed re-executed: it faults again, with the signal forced to its
// default action, so the process dies of it (Linux would re-fault forever).

import { SIGSYS, SIG_DFL } from '../abi/signal';
import { MemoryFault } from '../kernel/usermem';
import { wTermSig } from '../abi/wait';
import type { Kernel } from '../kernel/kernel';
import type { Runtime, TaskEntry } from '../kernel/program';
import { exitGroup } from '../proc/exit';
import type { Task } from '../proc/task';
import { AsyncDoor, handlerDue } from './door';
import { ErrnoError } from './errors';
import { SysImpl, type CloneFn, type Sys } from './sys';

/** A program: returns (or resolves to) its exit status; nothing returned means 0. */
export type Program = (sys: Sys, argv: string[], envp: string[]) => Promise<number | void> | number | void;

/** The Sys of task `t` (programs get theirs as an argument; this is for the runtime). */
export function sysFor(k: Kernel, t: Task): Sys {
  const door = new AsyncDoor(k, t);
  const impl = new SysImpl(door, (fn, arg) => {
    t.cloneEntry = { kind: 'function', fn, arg } satisfies TaskEntry;
  });
  door.sys = impl;
  return impl as unknown as Sys;
}

export class ProgramRegistry implements Runtime {
  private readonly programs = new Map<string, Program>();

  register(name: string, program: Program): this {
    this.programs.set(name, program);
    return this;
  }

  has(name: string): boolean {
    return this.programs.has(name);
  }

  names(): string[] {
    return [...this.programs.keys()].sort();
  }

  start(k: Kernel, t: Task, entry: TaskEntry): void {
    const sys = sysFor(k, t);
    let body: () => Promise<number | void> | number | void;
    if (entry.kind === 'program') {
      const program = this.programs.get(entry.name)!;
      body = () => program(sys, [...entry.argv], [...entry.envp]);
    } else {
      const fn = entry.fn as CloneFn;
      body = () => fn(sys, entry.arg);
    }
    const end = entry.kind === 'program' ? (c: number) => sys.exit_group(c) : (c: number) => sys.exit(c);
    Promise.resolve()
      .then(body)
      .then(
        (code) => end(typeof code === 'number' ? code : 0),
        (err: unknown) => crashed(k, t, sys, err),
      )
      .catch((err: unknown) => fatal(k, t, err));
  }
}

/** An uncaught exception: one line on stderr (like an unhandled error in Node), exit 1. */
async function crashed(k: Kernel, t: Task, sys: Sys, err: unknown): Promise<void> {
  if (k.sched.current !== t) return fatal(k, t, err);
  if (err instanceof MemoryFault && t.state !== 'dead') {
    // A faulting access the program did not catch, with a handler for its signal: the handler
    // runs; returning from it re-executes the access, which faults again — and this time the
    // signal is forced with its default action (deterministic, where Linux would loop).
    const door = (sys as unknown as SysImpl).door as AsyncDoor;
    if (handlerDue(t)) await door.runHandlers(0, -1, true, []);
    if (isDead(t)) return;
    const act = t.process.sighand.actions[err.signo]!;
    t.process.sighand.actions[err.signo] = { ...act, handler: SIG_DFL };
    k.userFault(t, { signo: err.signo, code: err.code, addr: err.addr } as never);
    if (isDead(t)) return;
  }
  const what = err instanceof ErrnoError ? `${err.syscall}: ${err.message} (${err.code})` : err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  try {
    await sys.write(2, `${t.comm}: uncaught exception: ${what}\n`);
  } catch {
    // stderr is gone: exit anyway
  }
  await sys.exit_group(1);
}

/** The task's state read afresh (an await may have ended it). */
function isDead(t: Task): boolean {
  return t.state === 'dead';
}

/** A program broke the runtime's rules (e.g. a syscall without the CPU): the task dies with SIGSYS. */
function fatal(k: Kernel, t: Task, err: unknown): void {
  if (t.state === 'dead') return;
  k.programFaults.push({ pid: t.tgid, tid: t.tid, nr: -1, name: t.comm, error: err });
  const wasCurrent = k.sched.current === t;
  exitGroup(k, t, wTermSig(SIGSYS, false));
  if (wasCurrent) k.sched.schedule();
}
