// test/userland/strace/host_replay.ts — the host oracle of the strace formatter's tests: a C
// program runs under the real strace; every call it makes between two marker writes goes through
// R(), which records number, arguments, result and its 64 KiB arena at 0x10000 (all buffers live
// there) before and after the call. replay() feeds the same calls as kernel trace events (raw
// door, a FlatMemory at the same addresses) to our Strace, in strace's printed order. Tests only.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allErrnos } from '../../../abi/errno';
import { syscallByName } from '../../../abi/syscalls';
import { Tracer } from '../../../kernel/trace';
import type { SigInfo } from '../../../proc/signal';
import { FlatMemory } from '../../../mm/flat';
import { Strace, type StraceOptions } from '../../../userland/strace/strace';
import { compileC, hasGcc } from '../../helpers/host';

export const STRACE = '/usr/bin/strace';

const ERRNO_BY_CODE = new Map(allErrnos().map((e) => [e.code, e.errno] as const));

/** Can the host oracle run here (gcc and strace present, ptrace allowed)? */
export function hostStraceAvailable(): boolean {
  if (!hasGcc() || !existsSync(STRACE)) return false;
  const r = spawnSync(STRACE, ['-o', '/dev/null', '/bin/true'], { encoding: 'utf8' });
  return r.status === 0;
}

/** The recorder every test program starts with. `body` is the code of main() between markers. */
export const PRELUDE = String.raw`
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/utsname.h>
#include <sys/sysinfo.h>
#include <netinet/in.h>
#include <sys/un.h>
#include <sys/epoll.h>
#include <poll.h>
#include <linux/futex.h>
#include <sys/random.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <sys/inotify.h>
#include <sys/file.h>
#include <sched.h>
#include <sys/ipc.h>
#include <sys/prctl.h>
#include <sys/ioctl.h>
#include <termios.h>

#define ARENA ((char *)0x10000)
#define ARENA_SZ 0x10000
#define SLOTS 8
#define SLOT_SZ (4 << 20)

struct shared { int nslots; size_t len[SLOTS]; char buf[SLOTS][SLOT_SZ]; };
static struct shared *SH;
static int slot;
static int child_slot;
static char *hw = ARENA;

static void lg(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  size_t *len = &SH->len[slot];
  *len += vsnprintf(SH->buf[slot] + *len, SLOT_SZ - *len, fmt, ap);
  va_end(ap);
}

static void dump(char tag) {
  static const char hexd[] = "0123456789abcdef";
  size_t n = hw - ARENA;
  size_t *len = &SH->len[slot];
  char *o = SH->buf[slot] + *len;
  *o++ = tag; *o++ = ' ';
  for (size_t i = 0; i < n; i++) {
    unsigned char c = ARENA[i];
    *o++ = hexd[c >> 4]; *o++ = hexd[c & 15];
  }
  *o++ = '\n';
  *len = o - SH->buf[slot];
}

/* Arena allocation: every pointer a recorded call sees lives here. */
static void *A(size_t n) { char *p = hw; memset(p, 0, n); hw += (n + 15) & ~(size_t)15; return p; }
static char *S(const char *s) { size_t n = strlen(s) + 1; char *p = A(n); memcpy(p, s, n); return p; }
static void *M(const void *src, size_t n) { char *p = A(n); memcpy(p, src, n); return p; }

static long R(long nr, long a, long b, long c, long d, long e, long f) {
  lg("C %ld %lx %lx %lx %lx %lx %lx\n", nr, a, b, c, d, e, f);
  dump('E');
  if (nr == SYS_exit_group || nr == SYS_exit) { lg("R ?\n"); }
  int forking = nr == SYS_clone || nr == SYS_clone3 || nr == SYS_fork || nr == SYS_vfork;
  if (forking) child_slot = ++SH->nslots;
  long r = syscall(nr, a, b, c, d, e, f);
  long raw = r == -1 ? -errno : r;
  if (forking && r == 0) { slot = child_slot; return 0; }
  dump('X');
  lg("R %ld\n", raw);
  if (forking && r > 0) lg("K %d %ld\n", child_slot, r);
  return r;
}
#define R0(n) R(n, 0, 0, 0, 0, 0, 0)
#define R1(n, a) R(n, (long)(a), 0, 0, 0, 0, 0)
#define R2(n, a, b) R(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define R3(n, a, b, c) R(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define R4(n, a, b, c, d) R(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define R5(n, a, b, c, d, e) R(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)
#define R6(n, a, b, c, d, e, f) R(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

static void test_body(void);
static void test_setup(void);

int main(int argc, char **argv) {
  SH = mmap(NULL, sizeof(struct shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (mmap(ARENA, ARENA_SZ, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0) != ARENA) return 99;
  test_setup();
  syscall(SYS_write, -1, "BEGIN", 5);
  test_body();
  syscall(SYS_write, -1, "END", 3);
  FILE *f = fopen(argv[1], "w");
  for (int s = 0; s <= SH->nslots; s++) { fprintf(f, "@ %d\n", s); fwrite(SH->buf[s], 1, SH->len[s], f); }
  fclose(f);
  return 0;
}
`;

export interface CallRecord {
  readonly nr: number;
  readonly args: number[];
  readonly entry: Uint8Array;
  exit: Uint8Array | null;
  ret: number | undefined;
}

export interface HostRun {
  /** strace's lines between the markers. */
  readonly expected: string[];
  /** Recorded calls per process slot; slot 0 is the main process. */
  readonly slots: Map<number, CallRecord[]>;
  /** Child pid of each slot > 0. */
  readonly slotPid: Map<number, number>;
  /** The main process's pid as strace printed it (0 when no line showed it). */
  readonly mainPid: number;
  readonly raw: string;
  /** The -c/-C table, when strace printed one. */
  readonly summary: string[];
}

export interface HostOptions {
  readonly strsize?: number;
  readonly follow?: boolean;
  /** -o FILE (default) or strace's stderr. */
  readonly toFile?: boolean;
  readonly verbose?: boolean;
  readonly extra?: readonly string[];
  /** C code run before the BEGIN marker (its syscalls are not compared). */
  readonly setup?: string;
  /** C declarations at file scope (signal handlers…). */
  readonly globals?: string;
  /** Compare every line, not only those between the markers (for -e trace= runs). */
  readonly wholeTrace?: boolean;
}

function hexBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return b;
}

function parseLogs(text: string): { slots: Map<number, CallRecord[]>; slotPid: Map<number, number> } {
  const slots = new Map<number, CallRecord[]>();
  const slotPid = new Map<number, number>();
  let cur: CallRecord[] = [];
  let rec: CallRecord | null = null;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tag = line[0];
    const rest = line.slice(2);
    if (tag === '@') {
      cur = [];
      slots.set(Number(rest), cur);
    } else if (tag === 'C') {
      const [nr, ...a] = rest.split(' ');
      rec = { nr: Number(nr), args: a.map((x) => Number(BigInt.asIntN(64, BigInt(`0x${x}`)))), entry: new Uint8Array(0), exit: null, ret: undefined };
      cur.push(rec);
    } else if (tag === 'E' && rec) {
      (rec as { entry: Uint8Array }).entry = hexBytes(rest);
    } else if (tag === 'X' && rec) {
      rec.exit = hexBytes(rest);
    } else if (tag === 'R' && rec) {
      rec.ret = rest === '?' ? undefined : Number(rest);
    } else if (tag === 'K') {
      const [s, pid] = rest.split(' ');
      slotPid.set(Number(s), Number(pid));
    }
  }
  return { slots, slotPid };
}

/** Compiles `body` (the statements of test_body) and runs it under the real strace. */
export function runUnderStrace(body: string, opts: HostOptions = {}): HostRun {
  const bin = compileC(`${PRELUDE}\n${opts.globals ?? ''}\nstatic void test_setup(void) {\n${opts.setup ?? ''}\n}\nstatic void test_body(void) {\n${body}\n}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'linuxsim-strace-'));
  try {
    const out = join(dir, 'trace.txt');
    const log = join(dir, 'calls.log');
    const args = [
      ...(opts.toFile === false ? ['-q'] : ['-o', out]),
      '-s', String(opts.strsize ?? 32),
      ...(opts.follow ? ['-f'] : []),
      ...(opts.verbose ? ['-v'] : []),
      ...(opts.extra ?? []),
      bin, log,
    ];
    const r = spawnSync(STRACE, args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', TZ: 'UTC' }, cwd: dir });
    const raw = opts.toFile === false ? r.stderr : readFileSync(out, 'utf8');
    const all = raw.split('\n');
    const summaryAt = all.findIndex((l) => l.startsWith('% time'));
    const summary = summaryAt >= 0 ? all.slice(summaryAt).filter((l) => l !== '') : [];
    const body = summaryAt >= 0 ? all.slice(0, summaryAt) : all;
    const begin = opts.wholeTrace ? -1 : body.findIndex((l) => /write\(-1, "[^"]*"(?:\.\.\.)?, 5\)/.test(l));
    let end = opts.wholeTrace ? -1 : body.findIndex((l) => /write\(-1, "[^"]*"(?:\.\.\.)?, 3\)/.test(l));
    if (end < 0) end = body.length;
    const expected = body.slice(begin + 1, end).filter((l) => l !== '' && !l.startsWith('strace: '));
    const m = /^(?:\[pid\s+(\d+)\] |(\d+)\s+)/.exec(body[begin] ?? '');
    const mainPid = m ? Number(m[1] ?? m[2]) : 0;
    const { slots, slotPid } = existsSync(log) ? parseLogs(readFileSync(log, 'utf8')) : { slots: new Map(), slotPid: new Map() };
    return { expected, slots, slotPid, mainPid, raw, summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fields of a `--- SIG… {…} ---` line, as the kernel's SigInfo. */
function parseSiginfo(line: string): SigInfo | null {
  const m = /--- (\w+) \{(.*)\} ---/.exec(line);
  if (!m) return null;
  const f: Record<string, string> = {};
  for (const part of m[2]!.split(', ')) {
    const [k, v] = part.split('=');
    if (k && v !== undefined) f[k] = v.replace(/ \/\*.*\*\/$/, '');
  }
  const SIGNALS: Record<string, number> = { SIGCHLD: 17, SIGUSR1: 10, SIGUSR2: 12, SIGPIPE: 13, SIGSEGV: 11, SIGALRM: 14, SIGTERM: 15, SIGINT: 2 };
  const CODES: Record<string, number> = { SI_USER: 0, SI_KERNEL: 0x80, SI_TKILL: -6, SI_QUEUE: -1, CLD_EXITED: 1, CLD_KILLED: 2, CLD_DUMPED: 3, SEGV_MAPERR: 1, SEGV_ACCERR: 2 };
  const signo = SIGNALS[m[1]!] ?? 0;
  const info: SigInfo = { signo, code: CODES[f.si_code ?? ''] ?? Number(f.si_code ?? 0) };
  if (f.si_pid !== undefined) info.pid = Number(f.si_pid);
  if (f.si_uid !== undefined) info.uid = Number(f.si_uid);
  if (f.si_status !== undefined) info.status = SIGNALS[f.si_status] ?? Number(f.si_status);
  if (f.si_utime !== undefined) info.utime = Number(f.si_utime);
  if (f.si_stime !== undefined) info.stime = Number(f.si_stime);
  if (f.si_addr !== undefined) info.addr = f.si_addr === 'NULL' ? 0 : Number(f.si_addr);
  return info;
}

/**
 * Replays a host run through a Tracer and our Strace, in the order of strace's own lines, and
 * returns what our Strace printed.
 */
export function replay(
  run: HostRun,
  opts: Omit<StraceOptions, 'write' | 'pids'> & { pids?: StraceOptions['pids'] },
  onDone?: (s: Strace) => void,
): string[] {
  const skipped = opts.trace !== undefined;
  const tracer = new Tracer();
  const out: string[] = [];
  const children = new Set(run.slotPid.values());
  const prefixed = run.expected
    .map((l) => /^(?:\[pid\s+(\d+)\] |(\d+)\s+)/.exec(l))
    .map((m) => (m ? Number(m[1] ?? m[2]) : 0))
    .find((p) => p !== 0 && !children.has(p));
  const main = run.mainPid || prefixed || 1000;
  const pidOfSlot = (s: number): number => (s === 0 ? main : run.slotPid.get(s) ?? 0);
  const slotOfPid = new Map<number, number>();
  for (const s of run.slots.keys()) slotOfPid.set(pidOfSlot(s), s);
  const next = new Map<number, number>(); // pid → index of its next record
  const mems = new Map<number, FlatMemory>();
  const strace = new Strace(tracer, { ...opts, pids: opts.pids ?? new Set([main]), write: (l) => out.push(l) });
  const alive = new Set([main]);
  const open = new Map<number, CallRecord>();
  let clock = 0;

  const memOf = (pid: number): FlatMemory => {
    let m = mems.get(pid);
    if (!m) {
      m = new FlatMemory();
      mems.set(pid, m);
    }
    return m;
  };
  const load = (pid: number, bytes: Uint8Array | null): void => {
    if (bytes && bytes.length) memOf(pid).copyOut(0x10000, bytes, 0, bytes.length);
  };
  const task = {} as never;
  const enter = (pid: number, rec: CallRecord): void => {
    load(pid, rec.entry);
    tracer.emit('syscall:enter', { pid, tid: pid, nr: rec.nr, args: rec.args, timeNs: clock, mm: memOf(pid), task });
    open.set(pid, rec);
    if ([56, 57, 58, 435].includes(rec.nr) && rec.ret !== undefined && rec.ret > 0) forks.push({ child: rec.ret, parent: pid });
  };
  // strace counts a child from its first stop, which races with the parent: the fork is reported
  // as late as the output allows (at the first [pid N]-prefixed line or the child's first line).
  const forks: { child: number; parent: number }[] = [];
  const flushForks = (): void => {
    for (const f of forks.splice(0)) {
      tracer.emit('fork', { pid: f.child, tid: f.child, parentTid: f.parent, timeNs: clock });
      alive.add(f.child);
    }
  };
  const exit = (pid: number): void => {
    const rec = open.get(pid);
    if (!rec) throw new Error(`replay: no open call for ${pid}`);
    open.delete(pid);
    load(pid, rec.exit);
    clock += 1000;
    tracer.emit('syscall:exit', {
      pid, tid: pid, nr: rec.nr, args: rec.args, timeNs: clock, mm: memOf(pid), task, ret: rec.ret, durationNs: 1000,
    });
  };
  const nextRecord = (pid: number, name: string): CallRecord => {
    const slot = slotOfPid.get(pid);
    const recs = slot === undefined ? undefined : run.slots.get(slot);
    let i = next.get(pid) ?? 0;
    // Recorded calls strace did not print (-e trace= filtered them) still reach the tracer.
    const target = syscallByName(name)?.nr ?? parseInt(/^syscall_0x([0-9a-f]+)$/.exec(name)?.[1] ?? '-1', 16);
    while (recs && i < recs.length && recs[i]!.nr !== target && skipped) {
      const r = recs[i]!;
      enter(pid, r);
      if (r.ret === undefined) open.delete(pid);
      else exit(pid);
      i++;
    }
    const rec = recs?.[i];
    if (rec && syscallByName(name)?.nr === rec.nr) {
      next.set(pid, i + 1);
      return rec;
    }
    // A call the recorder did not see (rt_sigreturn from a signal handler): made up from the line.
    const unknown = /^syscall_0x([0-9a-f]+)$/.exec(name);
    if (unknown && rec && rec.nr === parseInt(unknown[1]!, 16)) {
      next.set(pid, i + 1);
      return rec;
    }
    const nr = syscallByName(name)?.nr;
    if (nr === undefined) throw new Error(`replay: unexpected call ${name} (next recorded: ${rec?.nr})`);
    return { nr, args: [0, 0, 0, 0, 0, 0], entry: new Uint8Array(0), exit: null, ret: 0 };
  };

  for (const raw of run.expected) {
    let line = raw;
    let pid: number;
    const m = /^(?:\[pid\s+(\d+)\] |(\d+)\s+)/.exec(line);
    if (m) {
      pid = Number(m[1] ?? m[2]);
      line = line.slice(m[0].length);
      flushForks();
    } else {
      pid = alive.size === 1 ? [...alive][0]! : main;
    }
    if (line.startsWith('--- ')) {
      const info = parseSiginfo(line);
      if (info) tracer.emit('signal', { pid, tid: pid, info, timeNs: clock });
      continue;
    }
    const ex = /^\+\+\+ (?:exited with (\d+)|killed by (\w+)( \(core dumped\))?) \+\+\+$/.exec(line);
    if (ex) {
      const SIG: Record<string, number> = { SIGPIPE: 13, SIGSEGV: 11, SIGKILL: 9, SIGTERM: 15, SIGABRT: 6, SIGUSR1: 10 };
      const status = ex[1] !== undefined ? Number(ex[1]) << 8 : (SIG[ex[2]!] ?? 0) | (ex[3] ? 0x80 : 0);
      tracer.emit('exit', { pid, tid: pid, status, timeNs: clock });
      alive.delete(pid);
      continue;
    }
    const resumed = /^<\.\.\. (\w+) resumed>/.exec(line);
    if (resumed) {
      exit(pid);
      continue;
    }
    const name = /^(\w+)\(/.exec(line)?.[1];
    if (!name) throw new Error(`replay: cannot parse line ${raw}`);
    const rec = nextRecord(pid, name);
    if (rec.exit === null && !/ = \?$/.test(line)) {
      // No exit recorded (a signal killed the program on the way out, or a call the recorder
      // did not see): the result as strace printed it.
      const r = / = (-?\d+|0x[0-9a-f]+)(?: (E\w+))?/.exec(line);
      rec.ret = !r ? 0 : r[2] ? -(ERRNO_BY_CODE.get(r[2]) ?? 0) : Number(r[1]);
      rec.exit = rec.entry;
    }
    enter(pid, rec);
    if (line.endsWith(' <unfinished ...>')) continue;
    if (rec.ret === undefined) {
      // exit/exit_group: the kernel reports them with no return value.
      open.delete(pid);
      tracer.emit('syscall:exit', { pid, tid: pid, nr: rec.nr, args: rec.args, timeNs: clock, mm: memOf(pid), task, ret: undefined, durationNs: 0 });
      continue;
    }
    exit(pid);
  }
  onDone?.(strace);
  strace.detach();
  return out;
}

/** Normalises what legitimately differs between runs: long (stack/heap) addresses. */
export function normalize(lines: readonly string[]): string[] {
  return lines.map((l) => l.replace(/0x[0-9a-f]{9,}/g, '0xADDR'));
}
