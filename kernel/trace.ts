// kernel/trace.ts — observability: every syscall entry and exit, signal delivery, and exit
// is an event on the kernel's Tracer (eventemitter3). The strace formatter, the debugger and
// the statistics consume these events; the kernel formats nothing. Events are built only
// while someone listens (`active`), so an untraced kernel pays one boolean test per syscall.

import { EventEmitter } from 'eventemitter3';
import type { AddressSpace } from '../mm/address_space';
import type { SigInfo } from '../proc/signal';
import type { Task } from '../proc/task';

/** A syscall as it enters the kernel. `args` are as the program passed them: integers and
 *  addresses (raw door) or JS values (typed door: binary strings, Uint8Array, Out boxes). */
export interface SyscallEnterEvent {
  readonly pid: number;
  readonly tid: number;
  readonly nr: number;
  readonly args: readonly unknown[];
  /** CLOCK_MONOTONIC at entry, ns. */
  readonly timeNs: number;
  /** The caller's memory, for decoding pointer arguments (valid during the event only). */
  readonly mm: AddressSpace;
  readonly task: Task;
}

/** The same syscall as it returns. `ret` is the raw return value (-errno on failure), or
 *  undefined for a call that never returns (exit, exit_group, a successful execve's old image
 *  is not one of them: execve returns 0 in the new image). */
export interface SyscallExitEvent extends SyscallEnterEvent {
  readonly ret: number | undefined;
  /** Virtual time spent in the call, ns (what strace -T shows). */
  readonly durationNs: number;
  /** Set when a fault injection replaced the call's result (strace's "(INJECTED)"). */
  readonly injected?: boolean;
}

export interface SignalEvent {
  readonly pid: number;
  readonly tid: number;
  readonly info: SigInfo;
  readonly timeNs: number;
}

export interface ExitEvent {
  readonly pid: number;
  readonly tid: number;
  /** The wait status (abi/wait.ts encoding). */
  readonly status: number;
  readonly timeNs: number;
}

export interface ForkEvent {
  /** The new task's ids and its creator's. */
  readonly pid: number;
  readonly tid: number;
  readonly parentTid: number;
  readonly timeNs: number;
}

/** A kernel bug caught at the syscall boundary (a JS exception from a handler). */
export interface OopsEvent {
  readonly pid: number;
  readonly tid: number;
  readonly nr: number;
  readonly error: unknown;
}

export type TraceEvents = {
  'syscall:enter': [SyscallEnterEvent];
  'syscall:exit': [SyscallExitEvent];
  signal: [SignalEvent];
  exit: [ExitEvent];
  fork: [ForkEvent];
  oops: [OopsEvent];
};

export class Tracer extends EventEmitter<TraceEvents> {
  /** True while any listener is attached: the kernel builds events only then. */
  active = false;

  override on<E extends keyof TraceEvents>(event: E, fn: (...args: TraceEvents[E]) => void, context?: unknown): this {
    super.on(event, fn as never, context);
    this.active = true;
    return this;
  }

  override once<E extends keyof TraceEvents>(event: E, fn: (...args: TraceEvents[E]) => void, context?: unknown): this {
    super.once(event, fn as never, context);
    this.active = true;
    return this;
  }

  override off<E extends keyof TraceEvents>(event: E, fn?: (...args: TraceEvents[E]) => void, context?: unknown, once?: boolean): this {
    super.off(event, fn as never, context, once);
    this.active = this.eventNames().length > 0;
    return this;
  }

  override removeAllListeners(event?: keyof TraceEvents): this {
    super.removeAllListeners(event);
    this.active = this.eventNames().length > 0;
    return this;
  }
}
