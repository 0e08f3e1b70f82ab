// userland/conformance/replay.ts — `linuxsim replay LOG`: a log written by
// `strace -o LOG -s 65536 [-v] [-f] PROGRAM` on a real Linux, parsed (parseStraceLog) and its
// calls made again, in the log's order, on a fresh linuxsim (replayLog, through ./sim.ts's
// SimSession): inputs from the log, results and outputs compared with it (./compare.ts's
// checks of printed values). Pure TypeScript; bin/linuxsim.ts reads the file and prints the
// report. Owned by the conformance harness; the rules below are the documented behaviour.
//
// What is replayed and what is skipped (every skipped call is counted by reason, never hidden):
// - start-up: a process's execve (its first call, or any later execve that succeeded, which
//   closes the close-on-exec fds in linuxsim too) and every call after it up to, not including, the first call
//   that is neither a loader/libc initialisation call — brk, mmap, munmap, mprotect,
//   arch_prctl, set_tid_address, set_robust_list, rseq, prlimit64(0, RLIMIT_STACK, NULL, …),
//   getrandom(…, GRND_NONBLOCK) — nor a host-file call (below). So the loader and libc's set-up
//   of a static or a dynamic binary are skipped, and a program whose main() begins with one of
//   those calls has them counted as start-up too.
// - host file: a path argument under /usr /lib* /bin /sbin /etc /proc /sys /dev /run /boot
//   /opt /var (but /var/tmp), and every call on an fd such a call returned (or a dup of it).
//   The fd stays occupied in linuxsim (a /dev/null placeholder at the same number), so the fds
//   the program opens later get the log's numbers; closing it frees the placeholder.
// - injected: a result strace injected (" (INJECTED)"): the kernel never ran the call.
// - unsupported: a syscall linuxsim marks unimplemented, a line the parser or the argument
//   encoder cannot handle (an iovec array: pointers inside), a failed execve (linuxsim runs only
//   its own programs), every call on an fd such a call returned (kept occupied by a
//   placeholder, as a host file's), and — since a raw fork/clone is not supported yet — every
//   call from the first fork/vfork/clone/clone3 of the log on (-f logs are parsed in full).
// Replayed calls: the process runs as root (ReplayOptions.uid otherwise), umask 022, chrooted
// into a scratch directory, with fds 0-2 on /dev/null; its working directory is the path the
// log's first getcwd returned when no chdir came before it (created, empty; else "/"), so a
// program that works in an empty directory with relative paths replays as recorded.
// Results: fds and ordinary values exactly; pids through a map (the log's first process is
// linuxsim's first; other pids as first seen: getppid); addresses through a map (the log's
// break and linuxsim's differ by a fixed amount from the first replayed brk on; mmap regions
// once linuxsim implements mmap); clock readings only as success. Outputs: every field strace
// printed (all of them with -v) except what differs between two machines by nature (inode and
// device numbers, timestamps, host and kernel names, random bytes, dirent offsets).
// Interleaving (-f): a call printed as `<unfinished ...>` is made at that point (where it
// entered the kernel: a call that sleeps in Linux sleeps in linuxsim too) and checked at its
// `<... resumed>` line, where Linux had returned; `--- SIG… ---` lines are checked against the
// signals linuxsim delivered since the process's previous call, and `+++ exited/killed +++`
// against its exit status.

import { errnoByNumber } from '../../abi/errno';
import { CLOSE_RANGE_CLOEXEC, F_DUPFD, F_DUPFD_CLOEXEC, O_LARGEFILE, O_RDWR } from '../../abi/fcntl';
import { signalByName, signalByNumber } from '../../abi/signal';
import { syscallByName } from '../../abi/syscalls';
import type { ArgSpec, SyscallSpec } from '../../abi/types';
import { WCOREFLAG, WEXITSTATUS, WIFEXITED, WTERMSIG } from '../../abi/wait';
import { kernelCtx } from '../../vfs/boot';
import { openPath } from '../../vfs/namei';
import { checkPrinted, VOLATILE_FIELDS, VOLATILE_STRUCTS } from './compare';
import { constantValue } from './constants';
import { hasOutput, type ArgValue, type Printed, type StepResult } from './model';
import { encodeCall, parseCallLine, type ParsedCall } from './parse';
import { argBytes, SimSession } from './sim';

// ---------------------------------------------------------------------------------------------
// The log

interface EntryBase {
  /** 1-based line in the log (of the call's first part, for an unfinished call). */
  readonly line: number;
  /** The line without pid, timestamps and -T; a joined call's whole text. */
  text: string;
  /** The pid column (-f), or null. */
  readonly pid: number | null;
}

/** A syscall line (an unfinished one joined with its resumption). */
export interface LogCall extends EntryBase {
  readonly kind: 'call';
  readonly name: string;
  call: ParsedCall | null;
  parseError: string | null;
  /** The result was injected by strace (" (INJECTED)"). */
  injected: boolean;
  /** Printed `<unfinished ...>`: the index of the 'resume' entry where it returned (null while
   *  it has not, or never did). */
  unfinished: boolean;
  resumedAt: number | null;
}

/** Where an unfinished call's `<... NAME resumed>` line was. */
export interface LogResume extends EntryBase {
  readonly kind: 'resume';
  readonly callIndex: number;
}

/** `--- SIGUSR1 {si_signo=SIGUSR1, …} ---`. */
export interface LogSignal extends EntryBase {
  readonly kind: 'signal';
  readonly signal: string;
  readonly info: Printed | null;
}

/** `+++ exited with N +++` or `+++ killed by SIG… [(core dumped)] +++`. */
export interface LogExit extends EntryBase {
  readonly kind: 'exit';
  readonly exited: number | null;
  readonly killedBy: string | null;
  readonly core: boolean;
}

/** strace's own messages (attached, detached, superseded by execve …) and lines not understood. */
export interface LogOther extends EntryBase {
  readonly kind: 'other';
  readonly understood: boolean;
}

export type LogEntry = LogCall | LogResume | LogSignal | LogExit | LogOther;

/** A wait status as strace prints it ("{WIFEXITED(s) && WEXITSTATUS(s) == 7}"), as a number. */
function waitStatus(text: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == (\d+)\}/.exec(text))) return String(Number(m[1]) << 8);
  if ((m = /^\{WIFSIGNALED\(s\) && WTERMSIG\(s\) == (SIG[A-Z0-9_+-]+)( && WCOREDUMP\(s\))?\}/.exec(text))) {
    const n = signalByName(m[1]!)?.signo;
    return n === undefined ? null : String(n | (m[2] ? WCOREFLAG : 0));
  }
  if ((m = /^\{WIFSTOPPED\(s\) && WSTOPSIG\(s\) == (SIG[A-Z0-9_+-]+)\}/.exec(text))) {
    const n = signalByName(m[1]!)?.signo;
    return n === undefined ? null : String((n << 8) | 0x7f);
  }
  if (text.startsWith('{WIFCONTINUED(s)}')) return String(0xffff);
  return null;
}

/**
 * What the scenario parser does not read, made readable, outside strings: resource limits as
 * multiples of 1024 ("8192*1024") and wait statuses ("[{WIFEXITED(s) && WEXITSTATUS(s) == 7}]").
 */
function normalise(s: string): string {
  if (!s.includes('*1024') && !s.includes('(s)')) return s;
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s[i] === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\d+)\*1024\b/.exec(s.slice(i));
    if (m && !/[\w.]/.test(s[i - 1] ?? '')) {
      out += String(BigInt(m[1]!) * 1024n);
      i += m[0].length;
      continue;
    }
    if (s[i] === '{') {
      const w = waitStatus(s.slice(i));
      if (w !== null) {
        out += w;
        i = s.indexOf('}', i) + 1;
        continue;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

function parseCall(text: string): { call: ParsedCall | null; error: string | null } {
  try {
    return { call: parseCallLine(normalise(text), (msg) => { throw new Error(msg); }), error: null };
  } catch (e) {
    return { call: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Parses a log written by `strace -o LOG` (with or without -f, -t/-tt/-ttt/-r, -T, -v). */
export function parseStraceLog(text: string): LogEntry[] {
  const out: LogEntry[] = [];
  /** pid → index of its call waiting for `<... resumed>`, and the text printed so far. */
  const open = new Map<number | null, { index: number; prefix: string }>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    let t = raw.replace(/\r$/, '');
    if (t.trim() === '') return;
    let pid: number | null = null;
    const pm = /^\[pid\s+(\d+)\]\s+/.exec(t) ?? /^(\d+)\s+/.exec(t);
    if (pm) {
      pid = Number(pm[1]);
      t = t.slice(pm[0].length);
    }
    t = t.replace(/^\s*(?:\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+)\s+/, ''); // -t, -tt, -ttt, -r
    t = t.replace(/\s+<\d+\.\d+>$/, ''); // -T
    let m: RegExpExecArray | null;
    if ((m = /^--- (SIG[A-Z0-9_+-]+) (.*) ---$/.exec(t))) {
      const p = parseCall(`signal(${m[2]})`);
      out.push({ kind: 'signal', line, text: t, pid, signal: m[1]!, info: p.call?.args[0] ?? null });
      return;
    }
    if ((m = /^\+\+\+ exited with (\d+) \+\+\+$/.exec(t))) {
      out.push({ kind: 'exit', line, text: t, pid, exited: Number(m[1]), killedBy: null, core: false });
      return;
    }
    if ((m = /^\+\+\+ killed by (SIG[A-Z0-9_+-]+)( \(core dumped\))? \+\+\+$/.exec(t))) {
      out.push({ kind: 'exit', line, text: t, pid, exited: null, killedBy: m[1]!, core: m[2] !== undefined });
      return;
    }
    if ((m = /^<\.\.\. ([a-z_][a-z0-9_]*) resumed>(.*)$/.exec(t))) {
      const o = open.get(pid);
      const c = o ? out[o.index] : undefined;
      if (!o || !c || c.kind !== 'call' || c.name !== m[1]) {
        out.push({ kind: 'other', line, text: t, pid, understood: false });
        return;
      }
      open.delete(pid);
      const rest = m[2]!;
      if (/\s?<unfinished \.\.\.>\)?\s*=\s*\?$/.test(rest) || rest.endsWith('<unfinished ...>')) {
        // Resumed and cut again (the process died in the call): it never returned.
        out.push({ kind: 'other', line, text: t, pid, understood: true });
        return;
      }
      finishCall(c, o.prefix + rest);
      c.resumedAt = out.length;
      out.push({ kind: 'resume', line, text: t, pid, callIndex: o.index });
      return;
    }
    if ((m = /^([a-z_][a-z0-9_]*)\(/.exec(t))) {
      const name = m[1]!;
      const u = /^(.*?) ?<unfinished \.\.\.>$/.exec(t);
      const c: LogCall = {
        kind: 'call', line, text: t, pid, name, call: null, parseError: null, injected: false,
        unfinished: u !== null, resumedAt: null,
      };
      if (u) {
        open.set(pid, { index: out.length, prefix: u[1]! });
        c.parseError = 'never resumed';
      } else {
        finishCall(c, t);
      }
      out.push(c);
      return;
    }
    const understood = /^(strace: |\+\+\+ |--- )/.test(t);
    out.push({ kind: 'other', line, text: t, pid, understood });
  });
  // Calls left unfinished (the process ended inside them: exit_group, a fatal signal): they
  // never returned.
  for (const o of open.values()) {
    const c = out[o.index];
    if (c?.kind !== 'call') continue;
    const base = o.prefix.replace(/,\s*$/, '');
    finishCall(c, `${base}) = ?`);
    if (c.parseError) finishCall(c, `${o.prefix}) = ?`);
  }
  return out;
}

function finishCall(c: LogCall, text: string): void {
  let t = text;
  if (/ \(INJECTED\)$/.test(t)) {
    c.injected = true;
    t = t.replace(/ \(INJECTED\)$/, '');
  }
  t = t.replace(/ \(DELAYED\)$/, '');
  c.text = t;
  const p = parseCall(t);
  c.call = p.call;
  c.parseError = p.error;
}

// ---------------------------------------------------------------------------------------------
// The report

export type Outcome = 'matched' | 'diverged' | 'start-up' | 'host file' | 'unsupported' | 'injected';
export type SkipReason = 'start-up' | 'host file' | 'unsupported' | 'injected';

export interface CallReport {
  readonly line: number;
  readonly text: string;
  readonly pid: number | null;
  readonly name: string;
  outcome: Outcome;
  /** Why it was skipped (for 'unsupported' and 'host file'). */
  readonly reason?: string;
}

export interface ReplayDivergence {
  readonly line: number;
  readonly text: string;
  /** What disagrees: 'result', 'argument 2 (buf)', 'signal', 'exit'. */
  readonly what: string;
  /** What the log says ('' when `sim` says both), and what linuxsim did. */
  readonly log: string;
  readonly sim: string;
}

export interface ReplayTotals {
  /** Syscalls in the log (an unfinished call and its resumption count once). */
  calls: number;
  replayed: number;
  matched: number;
  diverged: number;
  skipped: Record<SkipReason, number>;
  /** Unsupported calls by reason ("mmap: not implemented in linuxsim"). */
  unsupported: Record<string, number>;
  /** Signal deliveries and exits checked. */
  signals: number;
  exits: number;
  /** Lines that are neither calls, signals nor exits (strace's own messages, unknown lines). */
  otherLines: number;
}

export interface ReplayReport {
  /** The working directory the replayed process started in. */
  readonly cwd: string;
  readonly uid: number;
  readonly calls: CallReport[];
  readonly divergences: ReplayDivergence[];
  /** Lines not understood, and events not checked, with why. */
  readonly notes: { line: number; text: string; note: string }[];
  readonly totals: ReplayTotals;
}

export interface ReplayOptions {
  /** The replayed process's uid and gid (default 0: the log does not say). */
  uid?: number;
  gid?: number;
  umask?: number;
  /** Its working directory (default: from the log's first getcwd, else "/"). */
  cwd?: string;
  seed?: number;
}

// ---------------------------------------------------------------------------------------------
// Classification

/** Loader and libc initialisation calls (with the argument checks of isStartupCall). */
const STARTUP_CALLS = new Set(['brk', 'mmap', 'munmap', 'mprotect', 'arch_prctl', 'set_tid_address', 'set_robust_list', 'rseq', 'prlimit64', 'getrandom']);
/** Directories of the host's own files. */
const HOST_DIRS = ['/usr', '/lib', '/lib32', '/lib64', '/libx32', '/bin', '/sbin', '/etc', '/proc', '/sys', '/dev', '/run', '/boot', '/opt', '/var'];
const FORK_CALLS = new Set(['fork', 'vfork', 'clone', 'clone3']);
/** Calls returning a pid (compared through the pid map). */
const PID_RETURNS = new Set(['getpid', 'getppid', 'gettid', 'set_tid_address', 'getpgid', 'getpgrp', 'getsid', 'setsid']);
/** Calls whose successful return is a reading of a clock: only success is compared. */
const READING_RETURNS = new Set(['time', 'times']);
/** Calls whose outputs are readings (random bytes): not compared. */
const READING_OUTPUTS = new Set(['getrandom']);
/** Memory calls whose address argument (the first) is translated through the address map. */
const ADDRESS_ARG_CALLS = new Set(['munmap', 'mprotect', 'mremap', 'madvise', 'msync', 'mlock', 'munlock', 'mincore', 'pkey_mprotect']);
/** Why linuxsim holds a placeholder at an fd. */
type ForeignKind = 'host file' | 'unsupported';

/** Structs holding pointers to more memory, which the scenario encoding cannot build yet. */
const NESTED_POINTERS = new Set(['iovec', 'msghdr', 'mmsghdr']);
/** Output fields that differ between two machines by nature (with compare.ts's). */
const IGNORED_FIELDS = new Set([...VOLATILE_FIELDS, 'd_ino', 'd_off']);

function isHostPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  if (path === '/var/tmp' || path.startsWith('/var/tmp/')) return false;
  return HOST_DIRS.some((d) => path === d || path.startsWith(d + '/'));
}

function hasSym(p: Printed | undefined, name: string): boolean {
  return p?.t === 'sym' && p.parts.includes(name);
}

function printedNum(p: Printed | undefined): bigint | undefined {
  if (!p) return undefined;
  if (p.t === 'num') return p.v;
  if (p.t === 'null') return 0n;
  if (p.t === 'sym') {
    let v = 0n;
    for (const part of p.parts) {
      const c = typeof part === 'bigint' ? part : constantValue(part);
      if (c === undefined) return undefined;
      v |= c;
    }
    return v;
  }
  return undefined;
}

function isStartupCall(c: ParsedCall | null, name: string): boolean {
  if (!STARTUP_CALLS.has(name)) return false;
  if (name === 'prlimit64') return c !== null && printedNum(c.args[0]) === 0n && hasSym(c.args[1], 'RLIMIT_STACK') && c.args[2]?.t === 'null';
  if (name === 'getrandom') return c !== null && hasSym(c.args[2], 'GRND_NONBLOCK');
  return true;
}

function retValue(c: ParsedCall): bigint | 'noreturn' | undefined {
  const r = c.ret;
  if (!r) return undefined;
  if ('value' in r) return r.value;
  if ('errno' in r) return -BigInt(r.errno);
  if ('ref' in r) return undefined; // scenario syntax ($name), never in a log
  return 'noreturn';
}

const decoder = new TextDecoder();

/** A printed value as short text, for messages. */
function printedText(p: Printed): string {
  switch (p.t) {
    case 'num': return String(p.v);
    case 'ref': return `$${p.name}${p.offset < 0n ? p.offset : p.offset > 0n ? `+${p.offset}` : ''}`;
    case 'str': return JSON.stringify(decoder.decode(p.bytes)) + (p.more ? '...' : '');
    case 'sym': return p.parts.map(String).join('|');
    case 'struct': return `{${p.fields.map((f) => (f.name ? `${f.name}=` : '') + printedText(f.v)).join(', ')}${p.more ? ', ...' : ''}}`;
    case 'array': return `[${p.items.map(printedText).join(', ')}${p.more ? ', ...' : ''}]`;
    case 'call': return `${p.fn}(${p.args.map(printedText).join(', ')})`;
    case 'not': return `~${printedText(p.v)}`;
    case 'null': return 'NULL';
    case 'more': return '...';
  }
}

function retText(v: bigint | null | 'noreturn' | undefined, kind?: SyscallSpec['ret']): string {
  if (v === undefined) return '(not printed)';
  if (v === 'noreturn') return '? (does not return)';
  if (v === null) return 'did not return';
  if (v < 0n && v > -4096n) return `-1 ${errnoByNumber(Number(-v))?.code ?? `errno ${-v}`}`;
  if (kind === 'oct') return `0${v.toString(8)}`;
  return kind === 'hex' || v >= 0x10000n ? `0x${v.toString(16)}` : String(v);
}

function clip(s: string, n = 160): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

// ---------------------------------------------------------------------------------------------
// Replaying

interface Proc {
  /** The SimSession process index. */
  readonly index: number;
  readonly simPid: number;
  logPid: number | null;
  /** Calls of this process seen in the log so far. */
  seen: number;
  startup: boolean;
  /** fds linuxsim holds a placeholder for: opened by a host-file call or an unsupported one. */
  readonly foreignFds: Map<number, ForeignKind>;
  /** The log's current break (the last brk result), and linuxsim's break minus it once known. */
  logBrk: bigint | null;
  brkDelta: bigint | null;
  /** The log's heap: from its first brk result to the highest break. */
  heapLo: bigint | null;
  heapHi: bigint | null;
  /** mmap regions: the log's start, linuxsim's start, the length. */
  readonly regions: { log: bigint; sim: bigint; len: bigint }[];
  /** Signals linuxsim delivered that no log line has matched yet. */
  readonly signals: { signo: number; code: number; pid?: number; uid?: number; status?: number; errno?: number }[];
  /** linuxsim's wait status once it exited. */
  exit: number | null;
}

/** A call made and not yet compared (an unfinished call, until its resumption). */
interface Deferred {
  readonly entry: LogCall;
  readonly report: CallReport;
  readonly proc: Proc;
  readonly spec: SyscallSpec;
  readonly args: readonly ArgValue[];
  readonly outputs: ReadonlyMap<number, Printed>;
  readonly result: StepResult;
  /** What linuxsim should return (mapped), or null to compare success only. */
  readonly want: bigint | 'noreturn' | null | undefined;
  readonly logRet: bigint | 'noreturn' | undefined;
  /** The return is a pid (compared through the pid map). */
  readonly isPid: boolean;
}

/** The directory the log's first process started in: its first getcwd before any chdir. */
function startDirectory(entries: readonly LogEntry[]): string {
  const first = entries.find((e) => e.kind === 'call')?.pid ?? null;
  for (const e of entries) {
    if (e.kind !== 'call' || e.pid !== first || !e.call) continue;
    const r = retValue(e.call);
    if ((e.name === 'chdir' || e.name === 'fchdir' || e.name === 'chroot') && r !== undefined && r !== 'noreturn' && r >= 0n) return '/';
    if (e.name === 'getcwd' && typeof r === 'bigint' && r > 0n) {
      const p = e.call.args[0];
      if (p?.t === 'str' && !p.more) {
        const s = decoder.decode(p.bytes);
        if (s.startsWith('/')) return s;
      }
    }
  }
  return '/';
}

/** Replays `entries` on a fresh linuxsim and compares every replayed call with the log. */
export function replayLog(entries: readonly LogEntry[], opts: ReplayOptions = {}): ReplayReport {
  const uid = opts.uid ?? 0;
  const gid = opts.gid ?? uid;
  const cwd = opts.cwd ?? startDirectory(entries);
  const parts = cwd.split('/').filter(Boolean);
  const dirs = parts.map((_, i) => ({
    path: '/' + parts.slice(0, i + 1).join('/'),
    mode: 0o755,
    uid: i === parts.length - 1 ? uid : 0,
    gid: i === parts.length - 1 ? gid : 0,
  }));
  const sim = new SimSession([], { seed: opts.seed ?? 1, dirs, cwd });
  const k = sim.kernel;

  const calls: CallReport[] = [];
  const divergences: ReplayDivergence[] = [];
  const notes: { line: number; text: string; note: string }[] = [];
  const totals: ReplayTotals = {
    calls: 0, replayed: 0, matched: 0, diverged: 0,
    skipped: { 'start-up': 0, 'host file': 0, unsupported: 0, injected: 0 },
    unsupported: {}, signals: 0, exits: 0, otherLines: 0,
  };

  // Encode every call once, before anything runs: the largest call's arguments size the
  // argument memory, reserved up front so that the program's own brk calls see a break only
  // they move.
  const encoded = new Map<number, ReturnType<typeof encodeCall> | string>();
  let biggest = 0;
  entries.forEach((e, i) => {
    if (e.kind !== 'call' || !e.call) return;
    try {
      const enc = encodeCall(e.call, (msg) => { throw new Error(msg); });
      encoded.set(i, enc);
      biggest = Math.max(biggest, argBytes(enc.args));
    } catch (err) {
      encoded.set(i, err instanceof Error ? err.message : String(err));
    }
  });

  // pids: the log's ↔ linuxsim's, both ways.
  const pidToSim = new Map<bigint, bigint>();
  const pidToLog = new Map<bigint, bigint>();
  const bindPid = (log: bigint, simPid: bigint): boolean => {
    const a = pidToSim.get(log);
    if (a !== undefined) return a === simPid;
    if (pidToLog.has(simPid)) return false;
    pidToSim.set(log, simPid);
    pidToLog.set(simPid, log);
    return true;
  };

  const procs = new Map<number | null, Proc>();
  const bySimPid = new Map<number, Proc>();
  let first: Proc | null = null;
  let forkedAt: LogCall | null = null;
  k.trace.on('signal', (ev) => {
    bySimPid.get(ev.pid)?.signals.push({
      signo: ev.info.signo, code: ev.info.code, pid: ev.info.pid, uid: ev.info.uid, status: ev.info.status, errno: ev.info.errno,
    });
  });
  k.trace.on('exit', (ev) => {
    const p = bySimPid.get(ev.pid);
    if (p && p.exit === null) p.exit = ev.status;
  });
  // The return of the call in progress, as the kernel's exit event gives it: a call that returns
  // and whose process a signal then kills (write → EPIPE, then SIGPIPE) did return, as strace
  // shows, though the process is gone before the caller sees it.
  let lastReturn: { pid: number; ret: number | undefined } | null = null;
  k.trace.on('syscall:exit', (ev) => {
    lastReturn = { pid: ev.pid, ret: ev.ret };
  });

  const procOf = (pid: number | null): Proc | null => {
    const known = procs.get(pid);
    if (known) return known;
    if (first !== null) return null; // a process linuxsim did not create (fork is not replayed)
    const index = sim.addProcess({ uid, gid, groups: [], umask: opts.umask ?? 0o022 });
    sim.reserve(index, biggest + 65536);
    const simPid = sim.procs[index]!.pid;
    const p: Proc = {
      index, simPid, logPid: pid, seen: 0, startup: false, foreignFds: new Map(), logBrk: null, brkDelta: null, heapLo: null, heapHi: null,
      regions: [], signals: [], exit: null,
    };
    if (pid !== null) bindPid(BigInt(pid), BigInt(simPid));
    procs.set(pid, p);
    bySimPid.set(simPid, p);
    first = p;
    return p;
  };

  const diverge = (e: EntryBase, what: string, log: string, simText: string) =>
    divergences.push({ line: e.line, text: e.text, what, log, sim: simText });

  /** Signals linuxsim delivered that the log does not show (checked before each call). */
  const flushSignals = (p: Proc, e: EntryBase) => {
    for (const s of p.signals.splice(0)) {
      diverge(e, 'signal', 'no signal before this line', `delivered ${signalByNumber(s.signo)?.name ?? s.signo}`);
    }
  };

  // ----- fds linuxsim cannot have (host files, unsupported calls' fds): placeholders
  const root = { mnt: k.mntns.root, inode: k.mntns.root.root };
  const placeholder = (p: Proc, fd: number, kind: ForeignKind) => {
    if (!(fd >= 0)) return;
    const f = openPath(k.vfs, kernelCtx(k.vfs, k.mntns), root, '/dev/null', O_RDWR | O_LARGEFILE, 0);
    if (typeof f === 'symbol' || !('id' in f)) throw new Error(`replay: cannot open /dev/null: ${typeof f === 'symbol' ? 'it would sleep' : f.code}`);
    const old = sim.procs[p.index]!.task.files.install(fd, f, false);
    if (old) k.vfs.fput(old);
    p.foreignFds.set(fd, kind);
  };
  const dropPlaceholder = (p: Proc, fd: number) => {
    if (!p.foreignFds.delete(fd)) return;
    const f = sim.procs[p.index]!.task.files.remove(fd);
    if (typeof f === 'object' && 'id' in f) k.vfs.fput(f);
  };

  /** Why a call is skipped for a host file or for an fd an unsupported call made, or null. */
  const foreignReason = (p: Proc, c: ParsedCall, spec: SyscallSpec): { kind: ForeignKind; reason: string } | null => {
    for (let i = 0; i < spec.args.length; i++) {
      const s = spec.args[i]!;
      const a = c.args[i];
      if (!a) continue;
      if (s.kind === 'path' && a.t === 'str') {
        const path = decoder.decode(a.bytes);
        if (isHostPath(path)) return { kind: 'host file', reason: path };
      }
      const kind = (s.kind === 'fd' || s.kind === 'dirfd') && a.t === 'num' ? p.foreignFds.get(Number(a.v)) : undefined;
      if (kind) {
        if ((c.name === 'dup2' || c.name === 'dup3') && i === 1) continue; // newfd is replaced
        const fd = String(printedNum(a));
        return { kind, reason: kind === 'host file' ? `fd ${fd}` : `fd ${fd} comes from an unsupported call` };
      }
    }
    return null;
  };

  /** Keeps the placeholders in step with a skipped call's effect on the log's fd table. */
  const afterSkippedCall = (p: Proc, c: ParsedCall, spec: SyscallSpec, kind: ForeignKind) => {
    const r = retValue(c);
    if (typeof r !== 'bigint' || r < 0n) return;
    const op = c.name === 'fcntl' ? printedNum(c.args[1]) : undefined;
    if (c.name === 'close') dropPlaceholder(p, Number(printedNum(c.args[0]) ?? -1));
    else if (spec.ret === 'fd' || (c.name === 'fcntl' && (op === BigInt(F_DUPFD) || op === BigInt(F_DUPFD_CLOEXEC)))) placeholder(p, Number(r), kind);
    else if (c.name === 'pipe' || c.name === 'pipe2' || c.name === 'socketpair') {
      const fds = c.args[c.name === 'socketpair' ? 3 : 0];
      if (fds?.t === 'array') for (const x of fds.items) placeholder(p, Number(printedNum(x) ?? -1), kind);
    }
  };

  /** Keeps the placeholders in step with a replayed call that closes or replaces fds. */
  const afterReplayedCall = (p: Proc, c: ParsedCall, simRet: bigint | null) => {
    if (simRet === null || simRet < 0n) return;
    if (c.name === 'dup2' || c.name === 'dup3') p.foreignFds.delete(Number(simRet));
    if (c.name === 'close_range') {
      const lo = printedNum(c.args[0]);
      const hi = printedNum(c.args[1]);
      const flags = printedNum(c.args[2]) ?? 0n;
      if (lo === undefined || hi === undefined || (flags & BigInt(CLOSE_RANGE_CLOEXEC)) !== 0n) return;
      for (const fd of [...p.foreignFds.keys()]) if (BigInt(fd) >= lo && BigInt(fd) <= hi) p.foreignFds.delete(fd);
    }
  };

  // ----- addresses
  const toSimAddr = (p: Proc, a: bigint): bigint => {
    for (const r of p.regions) if (a >= r.log && a < r.log + r.len) return r.sim + (a - r.log);
    if (p.brkDelta !== null && p.heapLo !== null && p.heapHi !== null && a >= p.heapLo && a <= p.heapHi) return a + p.brkDelta;
    return a;
  };
  /** The log's break moved to `r`. */
  const sawBrk = (p: Proc, r: bigint) => {
    p.logBrk = r;
    if (p.heapLo === null || r < p.heapLo) p.heapLo = r;
    if (p.heapHi === null || r > p.heapHi) p.heapHi = r;
  };

  // ----- comparing
  const compare = (d: Deferred) => {
    const { entry, result, spec } = d;
    const before = divergences.length;
    const rk = spec.ret;
    if (result.ret === null && result.blocked) {
      diverge(entry, 'result', retText(d.logRet, rk), 'still blocked where Linux had returned');
    } else if (d.want === 'noreturn') {
      if (result.ret !== null) diverge(entry, 'result', retText(d.logRet, rk), `returned ${retText(result.ret, rk)}`);
    } else if (result.ret === null) {
      if (d.logRet !== undefined) diverge(entry, 'result', retText(d.logRet, rk), 'did not return (the process ended)');
    } else if (d.want === null) {
      const lr = d.logRet;
      const ok = typeof lr === 'bigint' && (lr < 0n && lr > -4096n ? result.ret === lr : !(result.ret < 0n && result.ret > -4096n));
      if (!ok) diverge(entry, 'result', retText(lr, rk), retText(result.ret, rk));
    } else if (d.want !== undefined && result.ret !== d.want) {
      const lr = d.logRet;
      let mapped = '';
      if (d.isPid && typeof lr === 'bigint' && lr > 0n) {
        const other = pidToLog.get(result.ret);
        mapped = ` (linuxsim's ${result.ret} stands for the log's ${other ?? '?'})`;
      } else if (lr !== d.want) {
        mapped = ` (${retText(d.want, rk)} in linuxsim's terms)`;
      }
      diverge(entry, 'result', retText(lr, rk) + mapped, retText(result.ret, rk));
    }
    // Outputs, when both succeeded.
    if (divergences.length === before && result.ret !== null && result.ret >= 0n && !READING_OUTPUTS.has(entry.name)) {
      const outIdx: number[] = [];
      d.args.forEach((a, i) => { if (hasOutput(a)) outIdx.push(i); });
      for (const [idx, printed] of d.outputs) {
        const kk = outIdx.indexOf(idx);
        const bytes = result.outs[kk];
        const s: ArgSpec | undefined = spec.args[idx];
        if (kk < 0 || !bytes || !s) continue;
        if (s.struct && VOLATILE_STRUCTS.has(s.struct)) continue;
        const why = checkPrinted(s, printed, bytes, result.ret, { ignore: IGNORED_FIELDS, ordered: true });
        if (why) diverge(entry, `argument ${idx + 1} (${s.name})`, '', why.replace(/the scenario says/g, 'the log says'));
      }
    }
    d.report.outcome = divergences.length > before ? 'diverged' : 'matched';
    if (d.report.outcome === 'diverged') totals.diverged++;
    else totals.matched++;
  };

  const pendingChecks = new Map<number, Deferred>(); // resume entry index → the call

  const skip = (e: LogCall, outcome: SkipReason, reason?: string) => {
    calls.push({ line: e.line, text: e.text, pid: e.pid, name: e.name, outcome, ...(reason !== undefined ? { reason } : {}) });
    totals.skipped[outcome]++;
    if (outcome === 'unsupported' && reason !== undefined) {
      const key = reason.replace(/ \(line \d+\)$/, '');
      totals.unsupported[key] = (totals.unsupported[key] ?? 0) + 1;
    }
  };

  entries.forEach((e, index) => {
    if (e.kind === 'other') {
      totals.otherLines++;
      if (!e.understood) notes.push({ line: e.line, text: e.text, note: 'not understood' });
      return;
    }
    if (e.kind === 'resume') {
      const d = pendingChecks.get(index);
      if (d) {
        pendingChecks.delete(index);
        compare(d);
      }
      return;
    }
    const p = procOf(e.pid);
    if (e.kind === 'signal' || e.kind === 'exit') {
      if (forkedAt || !p) {
        notes.push({ line: e.line, text: e.text, note: `not checked: after the fork on line ${forkedAt?.line ?? '?'}` });
        return;
      }
      if (e.kind === 'signal') {
        totals.signals++;
        const got = p.signals.shift();
        const want = signalByName(e.signal);
        if (!got) {
          diverge(e, 'signal', e.signal, 'no signal delivered');
          return;
        }
        const gotName = signalByNumber(got.signo)?.name ?? String(got.signo);
        if (!want || want.signo !== got.signo) {
          diverge(e, 'signal', e.signal, gotName);
          return;
        }
        if (e.info?.t === 'struct') {
          for (const f of e.info.fields) {
            if (!f.name) continue;
            let simV: bigint | undefined;
            let logV = printedNum(f.v);
            if (f.name === 'si_signo') simV = BigInt(got.signo);
            else if (f.name === 'si_code') simV = BigInt(got.code);
            else if (f.name === 'si_uid' && got.uid !== undefined) simV = BigInt(got.uid);
            else if (f.name === 'si_status' && got.status !== undefined) simV = BigInt(got.status);
            else if (f.name === 'si_errno') simV = BigInt(got.errno ?? 0);
            else if (f.name === 'si_pid' && got.pid !== undefined) {
              simV = BigInt(got.pid);
              if (logV !== undefined) logV = pidToSim.get(logV) ?? (bindPid(logV, simV) ? simV : logV);
            } else continue;
            if (logV !== undefined && simV !== logV) diverge(e, `signal ${f.name}`, printedText(f.v), String(simV));
          }
        }
        return;
      }
      totals.exits++;
      flushSignals(p, e);
      const st = p.exit;
      const logText = e.exited !== null ? `exited with ${e.exited}` : `killed by ${e.killedBy}${e.core ? ' (core dumped)' : ''}`;
      if (st === null) {
        diverge(e, 'exit', logText, sim.gone(p.index) ? 'exited (status unknown)' : 'still running');
        return;
      }
      const simText = WIFEXITED(st) ? `exited with ${WEXITSTATUS(st)}`
        : `killed by ${signalByNumber(WTERMSIG(st))?.name ?? WTERMSIG(st)}${st & WCOREFLAG ? ' (core dumped)' : ''}`;
      if (simText !== logText) diverge(e, 'exit', logText, simText);
      return;
    }

    // A syscall.
    totals.calls++;
    if (forkedAt) return skip(e, 'unsupported', `after fork/clone (line ${forkedAt.line}): linuxsim replays one process`);
    if (!p) return skip(e, 'unsupported', 'a process linuxsim did not create');
    const c = e.call;
    const spec = syscallByName(e.name);
    p.seen++;
    if (e.name === 'execve' || e.name === 'execveat') {
      const r = c ? retValue(c) : undefined;
      if (p.seen === 1) {
        p.startup = true;
        return skip(e, 'start-up');
      }
      if (r === 0n) {
        // A new program in the same process (a wrapper such as env or setpriv starting the real
        // one): its start-up follows; the kernel's part of execve that later calls can see —
        // closing the close-on-exec fds — is done here.
        const files = sim.procs[p.index]!.task.files;
        for (const [fd, , cloexec] of [...files.entries()]) {
          if (!cloexec) continue;
          const f = files.remove(fd);
          if (typeof f === 'object' && 'id' in f) k.vfs.fput(f);
          p.foreignFds.delete(fd);
        }
        // A new image: a new heap and new mappings.
        p.logBrk = null;
        p.brkDelta = null;
        p.heapLo = null;
        p.heapHi = null;
        p.regions.length = 0;
        p.startup = true;
        return skip(e, 'start-up');
      }
      return skip(e, 'unsupported', `${e.name}: linuxsim runs only its own programs`);
    }
    if (p.startup) {
      if (isStartupCall(c, e.name) || (c && spec && foreignReason(p, c, spec)?.kind === 'host file')) {
        learnFromSkipped(p, c);
        if (c && spec) afterSkippedCall(p, c, spec, 'host file');
        return skip(e, 'start-up');
      }
      p.startup = false;
    }
    if (e.injected) return skip(e, 'injected');
    if (!c) return skip(e, 'unsupported', `cannot parse the line: ${e.parseError ?? ''}`);
    if (!spec) return skip(e, 'unsupported', `${e.name}: unknown syscall`);
    const foreign = foreignReason(p, c, spec);
    if (foreign !== null) {
      afterSkippedCall(p, c, spec, foreign.kind);
      return skip(e, foreign.kind, foreign.reason);
    }
    if (FORK_CALLS.has(e.name)) {
      forkedAt = e;
      return skip(e, 'unsupported', `${e.name}: a raw fork/clone is not supported yet`);
    }
    if (k.compat.find((r) => r.nr === spec.nr)?.support === 'unimplemented') {
      learnFromSkipped(p, c);
      afterSkippedCall(p, c, spec, 'unsupported');
      return skip(e, 'unsupported', `${e.name}: not implemented in linuxsim`);
    }
    const enc = encoded.get(index);
    const nested = spec.args.findIndex((s) => s.struct !== undefined && NESTED_POINTERS.has(s.struct));
    const why = enc === undefined || typeof enc === 'string' ? enc ?? ''
      : nested >= 0 && c.args[nested]?.t !== 'null' && c.args[nested]?.t !== 'num' ? `${e.name}: argument ${nested + 1} (${spec.args[nested]!.struct} with pointers inside) yet` : null;
    if (why !== null || enc === undefined || typeof enc === 'string') {
      afterSkippedCall(p, c, spec, 'unsupported');
      return skip(e, 'unsupported', `cannot pass an argument: ${why ?? ''}`);
    }
    if (sim.gone(p.index)) {
      totals.diverged++;
      calls.push({ line: e.line, text: e.text, pid: e.pid, name: e.name, outcome: 'diverged' });
      diverge(e, 'process', retText(retValue(c)), "linuxsim's process has exited");
      return;
    }
    if (sim.busy(p.index)) {
      totals.diverged++;
      calls.push({ line: e.line, text: e.text, pid: e.pid, name: e.name, outcome: 'diverged' });
      diverge(e, 'process', 'a new call', "linuxsim's process is still blocked in its previous call");
      return;
    }
    flushSignals(p, e);

    // Inputs in linuxsim's terms: pids and addresses.
    const logRet = retValue(c);
    const args = enc.args.map((a, i): ArgValue => {
      const s = spec.args[i];
      if (a.kind !== 'int' || !s) return a;
      if (s.kind === 'pid') {
        const v = a.value;
        if (v > 0n) return { kind: 'int', value: pidToSim.get(v) ?? v };
        if (v < -1n) return { kind: 'int', value: -(pidToSim.get(-v) ?? -v) };
        return a;
      }
      if (i === 0 && s.kind === 'ptr' && (ADDRESS_ARG_CALLS.has(e.name) || e.name === 'mmap') && a.value !== 0n) {
        return { kind: 'int', value: toSimAddr(p, a.value) };
      }
      return a;
    });
    let want: bigint | 'noreturn' | null | undefined = logRet;
    if (e.name === 'brk') {
      if (p.brkDelta === null) {
        const simNow = BigInt(sim.procs[p.index]!.task.mm.brk(0));
        const logNow = p.logBrk ?? (args[0]?.kind === 'int' && args[0].value === 0n && typeof logRet === 'bigint' ? logRet : null);
        if (logNow !== null) p.brkDelta = simNow - logNow;
      }
      const a0 = args[0];
      if (a0?.kind === 'int' && a0.value !== 0n) args[0] = { kind: 'int', value: p.brkDelta !== null ? a0.value + p.brkDelta : a0.value };
      want = typeof logRet === 'bigint' ? (p.brkDelta !== null ? logRet + p.brkDelta : null) : logRet;
      if (typeof logRet === 'bigint') sawBrk(p, logRet);
    } else if (READING_RETURNS.has(e.name) || (spec.ret === 'hex' && e.name !== 'brk')) {
      want = typeof logRet === 'bigint' ? null : logRet; // a reading, or an address: success only
    }

    const report: CallReport = { line: e.line, text: e.text, pid: e.pid, name: e.name, outcome: 'matched' };
    calls.push(report);
    totals.replayed++;
    const isPidRet = PID_RETURNS.has(e.name) || spec.ret === 'pid';
    lastReturn = null;
    const result = sim.call(p.index, spec.nr, args);
    if (!result) return; // unreachable: gone and busy were checked above
    const returned = lastReturn as { pid: number; ret: number | undefined } | null;
    if (result.ret === null && !result.blocked && returned?.pid === p.simPid && returned.ret !== undefined) {
      result.ret = BigInt(returned.ret); // it returned, then a signal ended the process
    }
    if (isPidRet && typeof logRet === 'bigint' && logRet > 0n && result.ret !== null && result.ret > 0n) {
      want = bindPid(logRet, result.ret) ? result.ret : pidToSim.get(logRet) ?? logRet;
      if (p.logPid === null && (e.name === 'getpid' || e.name === 'gettid' || e.name === 'set_tid_address')) p.logPid = Number(logRet);
    }
    afterReplayedCall(p, c, result.ret);
    // A mapping both kernels made: its addresses in the log stand for linuxsim's from now on.
    const len = args[1];
    if (e.name === 'mmap' && typeof logRet === 'bigint' && logRet > 0n && result.ret !== null && result.ret > 0n && len?.kind === 'int') {
      p.regions.unshift({ log: logRet, sim: result.ret, len: len.value });
    }
    const d: Deferred = { entry: e, report, proc: p, spec, args, outputs: enc.outputs, result, want, logRet, isPid: isPidRet };
    if (e.unfinished && e.resumedAt !== null) pendingChecks.set(e.resumedAt, d);
    else compare(d);
  });

  /** What a skipped call tells about the log's process: its pid, its break. */
  function learnFromSkipped(p: Proc, c: ParsedCall | null): void {
    if (!c) return;
    const r = retValue(c);
    if (typeof r !== 'bigint' || r < 0n) return;
    if (c.name === 'brk') sawBrk(p, r);
    if ((c.name === 'set_tid_address' || c.name === 'getpid' || c.name === 'gettid') && p.logPid === null && r > 0n) {
      if (bindPid(r, BigInt(p.simPid))) p.logPid = Number(r);
    }
  }

  // Calls still waiting for a resumption that never came, and signals nobody matched.
  for (const d of pendingChecks.values()) compare(d);
  for (const p of procs.values()) {
    if (!forkedAt && p.signals.length > 0) {
      const last = entries[entries.length - 1];
      flushSignals(p, last ?? { line: 0, text: '(end of log)', pid: null });
    }
  }
  return { cwd, uid, calls, divergences, notes, totals };
}

// ---------------------------------------------------------------------------------------------
// Text

/** The report as text: every divergence, notes, the totals; with `verbose`, every call. */
export function replayReportText(r: ReplayReport, opts: { file?: string; verbose?: boolean } = {}): string {
  const file = opts.file ?? 'log';
  const out: string[] = [];
  if (opts.verbose) {
    for (const c of r.calls) {
      out.push(`${file}:${c.line}: [${c.outcome}${c.reason ? `: ${c.reason}` : ''}] ${clip(c.text, 200)}`);
    }
    out.push('');
  }
  for (const d of r.divergences) {
    out.push(`${file}:${d.line}: ${clip(d.text, 300)}`);
    out.push(d.log === '' ? `    ${d.what}: linuxsim ${d.sim}` : `    ${d.what}: the log says ${d.log} | linuxsim: ${d.sim}`);
  }
  for (const n of r.notes) out.push(`${file}:${n.line}: (${n.note}) ${clip(n.text, 200)}`);
  const t = r.totals;
  const sk = t.skipped;
  const skipped = sk['start-up'] + sk['host file'] + sk.unsupported + sk.injected;
  if (out.length > 0) out.push('');
  out.push(`replayed as uid ${r.uid} in ${r.cwd}`);
  out.push(`calls: ${t.calls}; replayed ${t.replayed} (matched ${t.matched}, diverged ${t.diverged}); ` +
    `skipped ${skipped} (start-up ${sk['start-up']}, host file ${sk['host file']}, unsupported ${sk.unsupported}, injected ${sk.injected})`);
  const uns = Object.entries(t.unsupported).sort((a, b) => b[1] - a[1]);
  if (uns.length > 0) out.push(`unsupported: ${uns.map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  out.push(`signals checked: ${t.signals}; exits checked: ${t.exits}; other lines: ${t.otherLines}`);
  out.push(r.divergences.length === 0 ? 'no divergence' : `${r.divergences.length} divergence${r.divergences.length === 1 ? '' : 's'}`);
  return out.join('\n');
}
