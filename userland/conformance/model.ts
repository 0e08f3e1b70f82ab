// userland/conformance/model.ts — what a conformance scenario is once parsed: the processes
// it runs (credentials, umask) and the syscalls it makes, each with its arguments already
// encoded the way the kernel sees them (integers; pointers to input bytes; output buffers of a
// size), and what the scenario text expects. The same Scenario runs on the host kernel
// (bin/conformance/executor.c, through the byte protocol of ./protocol.ts) and on linuxsim
// (./sim.ts); ./compare.ts sets the two results side by side. Owned by the conformance harness.

import type { ArgSpec } from '../../abi/types';

/** One process of a scenario (process 0 starts first; "# process N" directives add more). */
export interface ProcSpec {
  uid: number;
  gid: number;
  groups: number[];
  umask: number;
}

/** An argument as it reaches the kernel. */
export type ArgValue =
  /** An integer (fd, flags, mode, length, …). */
  | { readonly kind: 'int'; readonly value: bigint }
  /** NULL. */
  | { readonly kind: 'null' }
  /** A pointer to bytes the kernel reads (a path with its NUL, data to write, an input struct). */
  | { readonly kind: 'in'; readonly bytes: Uint8Array }
  /** A pointer to `size` zeroed bytes the kernel writes (read's buffer, stat's struct…). */
  | { readonly kind: 'out'; readonly size: number }
  /** A pointer to bytes the kernel reads and may rewrite (wait4's status? an iovec array…). */
  | { readonly kind: 'inout'; readonly bytes: Uint8Array }
  /** A NULL-terminated array of string pointers (execve's argv/envp). */
  | { readonly kind: 'strarray'; readonly strings: readonly Uint8Array[] }
  /**
   * An array of struct iovec (readv, writev, preadv2 …): each segment's iov_base is placed as
   * its own argument-like value (bytes the kernel reads, a buffer it writes, or a literal
   * address) and its iov_len is passed as given. The 'out' segments come back concatenated,
   * as one output of the step.
   */
  | { readonly kind: 'iovec'; readonly segs: readonly IovSeg[] }
  /**
   * An address bound earlier in the scenario (`$a`, `$a+4096`, `$a-4096`): the value the call
   * that bound `name` returned on this side, plus `offset` (0 when that call failed or has not
   * completed). Passed as an integer; it may point into memory the scenario mapped.
   */
  | RefArg;

/** `$name+offset`: an address bound by an earlier result (`= $name`), evaluated per side. */
export interface RefArg {
  readonly kind: 'ref';
  readonly name: string;
  readonly offset: bigint;
}

/** One struct iovec of an 'iovec' argument. */
export interface IovSeg {
  readonly base: { readonly kind: 'int'; readonly value: bigint } | { readonly kind: 'null' } |
    { readonly kind: 'in'; readonly bytes: Uint8Array } | { readonly kind: 'out'; readonly size: number } | RefArg;
  /** iov_len as the kernel reads it (may differ from the buffer's size; 64-bit). */
  readonly len: bigint;
}

/** Does this argument come back after the call (out, inout, and iovec arrays)? */
export function hasOutput(a: ArgValue): boolean {
  return a.kind === 'out' || a.kind === 'inout' || a.kind === 'iovec';
}

/** A value as strace prints it, parsed (the scenario parser's syntax tree). */
export type Printed =
  /** 42, -1, 0644 (octal), 0x1f (hex). */
  | { readonly t: 'num'; readonly v: bigint }
  /** "text" (escapes decoded); `more` when strace cut it ("..."...). */
  | { readonly t: 'str'; readonly bytes: Uint8Array; readonly more: boolean }
  /** O_RDWR|O_CREAT, S_IFREG|0644, AT_FDCWD: names and numbers OR-ed together. */
  | { readonly t: 'sym'; readonly parts: readonly (string | bigint)[] }
  /** {a=1, b=2, ...}; unnamed members have name null. */
  | { readonly t: 'struct'; readonly fields: readonly { readonly name: string | null; readonly v: Printed }[]; readonly more: boolean }
  /** [3, 4], [INT TERM] (a signal set: items separated by spaces). */
  | { readonly t: 'array'; readonly items: readonly Printed[]; readonly more: boolean }
  /** $a, $a+4096, $a-0x1000: an address bound by an earlier result (scenarios only). */
  | { readonly t: 'ref'; readonly name: string; readonly offset: bigint }
  /** makedev(0x1, 0x3), htons(8080), inet_addr("127.0.0.1"). */
  | { readonly t: 'call'; readonly fn: string; readonly args: readonly Printed[] }
  /** ~[...]: a complemented set. */
  | { readonly t: 'not'; readonly v: Printed }
  | { readonly t: 'null' }
  /** A bare "..." (strace left something out). */
  | { readonly t: 'more' };

/** What the scenario text says the call returns and writes. Absent parts are not checked. */
export interface Expectation {
  /** `= 3`, `= 0`; for errors `= -1 ENOENT` is -2. `= ?`: the call does not return. */
  ret?: bigint | 'noreturn';
  /** `# expect-any: EACCES|EPERM`: the call fails with any of these (positive errnos). */
  anyErrno?: readonly number[];
  /** Output arguments as printed: argument index → value. */
  outputs?: ReadonlyMap<number, Printed>;
  /** `= $name` where $name is new: the call must succeed (an mmap/mremap/shmat address must be
   *  page-aligned) and its return is bound to $name on each side. */
  bind?: string;
  /** `= $name` / `= $name+N` where $name is bound: the return must equal that side's value. */
  same?: { readonly name: string; readonly offset: bigint };
  /** A directive (# poke, # peek): the access faults with this signal (SIGSEGV, SIGBUS), or
   *  null when it must not fault (a bare poke or peek). */
  fault?: 'SIGSEGV' | 'SIGBUS' | null;
  /** # peek ADDR N = "bytes": what the N bytes must be. */
  peek?: Uint8Array;
  /** # maps followed by `#|` lines: the normalised mappings, exactly (an empty list: none). */
  maps?: readonly string[];
}

/**
 * Directives that are not syscalls, made by the harness in the process (Step.nr is negative):
 * # poke ADDR "bytes" writes bytes as the program would (a store), # peek ADDR N reads N bytes
 * (loads), # maps reads the process's /proc/PID/maps (normalised by ./maps.ts).
 */
export const DIRECTIVE_POKE = -1;
export const DIRECTIVE_PEEK = -2;
export const DIRECTIVE_MAPS = -3;
export const DIRECTIVE_NAMES: Readonly<Record<number, string>> = { [-1]: 'poke', [-2]: 'peek', [-3]: 'maps' };

/** A poke or peek that faulted returns -(FAULT_BASE + signal number); a fault code is never an errno. */
export const FAULT_BASE = 0x10000n;

/** The signal a directive's return says it faulted with, or null. */
export function faultSignal(ret: bigint | null): number | null {
  if (ret === null || ret > -FAULT_BASE || ret < -FAULT_BASE - 64n) return null;
  return Number(-ret - FAULT_BASE);
}

export interface Step {
  /** Where it comes from: file line and text, for messages. */
  readonly line: number;
  readonly text: string;
  /** The process (index into Scenario.processes) that makes the call. */
  readonly proc: number;
  /** The syscall number, or a DIRECTIVE_* (negative): # poke takes (address, in bytes), # peek
   *  (address, int length; its one output is the bytes read), # maps (no arguments, or a window
   *  of two addresses; its one output is the raw text of /proc/PID/maps). */
  readonly nr: number;
  readonly name: string;
  readonly args: readonly ArgValue[];
  /** The abi table's argument specs (how to read the outputs back). */
  readonly specs: readonly ArgSpec[];
  readonly expect: Expectation;
}

export interface Scenario {
  readonly name: string;
  readonly file?: string;
  readonly processes: readonly ProcSpec[];
  readonly steps: readonly Step[];
  /** The names bound by `= $name` results, in order of binding (index = the protocol's slot). */
  readonly bindings?: readonly string[];
}

/** One side's outcome of one step. */
export interface StepResult {
  /** The raw return (value, or -errno), or null when the call never completed. */
  ret: bigint | null;
  /** It had not completed when the next step started (it blocked). */
  blocked: boolean;
  /** The bytes of each 'out'/'inout' argument after the call, in argument order. */
  outs: Uint8Array[];
}

export interface ScenarioResult {
  /** Non-null when the scenario could not be set up (no root, namespaces refused…). */
  setupError: string | null;
  steps: StepResult[];
}
