// test/kernel/robustness.test.ts — "bad input never escapes as a JS exception": a fast-check
// property throws random syscalls (random numbers, random and edge-case integers, bad fds, bad
// and good addresses, huge lengths, typed-door JS values) at kernels through the synchronous raw
// door, from several processes (root and uid 1000, parents and children). After every call: the
// result is a number or 'would-block', k.oopses is empty, and checkInvariants(k) holds. 100,000
// calls by default (LINUXSIM_FUZZ_CALLS overrides). Owned by the kernel maintainers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errnoByNumber } from '../../abi/errno';
import { O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_PATH, O_RDONLY, O_RDWR, O_TMPFILE, O_TRUNC, O_WRONLY, AT_EMPTY_PATH, AT_FDCWD, AT_REMOVEDIR, AT_SYMLINK_NOFOLLOW, F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_GETFL, F_SETFD, F_SETFL, SEEK_CUR, SEEK_END, SEEK_SET } from '../../abi/fcntl';
import { RLIMIT_FSIZE, RLIMIT_NOFILE } from '../../abi/resource';
import { CLONE_FILES, CLONE_FS, CLONE_NEWNS, CLONE_PARENT, CLONE_SIGHAND, CLONE_THREAD, CLONE_VFORK, CLONE_VM } from '../../abi/sched';
import { SIGCHLD, SIGKILL, SIGTERM, SIGUSR1, SIGXFSZ } from '../../abi/signal';
import { S_IFCHR, S_IFIFO, S_IFREG } from '../../abi/stat';
import { SYS, syscallByNr } from '../../abi/syscalls';
import type { ArgSpec as AbiArg } from '../../abi/types';
import { WEXITED, WNOHANG, __WALL } from '../../abi/wait';
import { checkInvariants } from '../../kernel/invariants';
import { createKernel, WOULD_BLOCK, type Kernel, type ProcessHandle } from '../../kernel/kernel';
import { IMAGE_BASE } from '../../mm/mm';
import { Out } from '../../mm/usercopy';

// ---------------------------------------------------------------------------------------------
// The world: one kernel, four process slots, a small file universe

/** Scratch areas of every process's image (its data segment: 64 KiB at IMAGE_BASE, never unmapped). */
const FLAT_BASE = IMAGE_BASE;
const BUF = FLAT_BASE; // 16 KiB of buffer for output arguments
const WORDS = FLAT_BASE + 0x4000; // 6 × 256 bytes of 64-bit words (iovecs, structs, argv)
const STRS = FLAT_BASE + 0x5000; // 6 × 0x1100 bytes of NUL-terminated strings
const STR_SLOT = 0x1100;
/** The test keeps brk below this (FlatMemory allocates what brk asks for, up to 1 GiB). */
const BRK_CAP = 256 * 1024;
/** RLIMIT_FSIZE of fuzzed processes: tmpfs has no holes yet, so a pwrite at 2^30 allocates 1 GiB. */
const FSIZE = 256 * 1024;

interface Slot {
  readonly uid: number;
  readonly cwd: string;
  /** The slot whose process is this one's parent (when alive), else init. */
  readonly parent: number | null;
}

const SLOTS: readonly Slot[] = [
  { uid: 0, cwd: '/tmp', parent: null },
  { uid: 1000, cwd: '/tmp', parent: null },
  { uid: 0, cwd: '/tmp/d', parent: 0 },
  { uid: 1000, cwd: '/home/user', parent: 1 },
];

class World {
  readonly k: Kernel;
  readonly procs: (ProcessHandle | null)[] = SLOTS.map(() => null);

  constructor() {
    this.k = createKernel({
      seed: 7,
      initialFs: (fs) => {
        fs.writeFile('/tmp/a', 'hello\n');
        fs.mkdir('/tmp/d');
        fs.writeFile('/tmp/d/b', 'bee', 0o600);
        fs.writeFile('/tmp/ro', 'read only', 0o444);
        fs.mkdir('/tmp/priv', 0o700);
        fs.writeFile('/tmp/priv/z', 'secret', 0o600);
        fs.writeFile('/home/user/u', 'user file', 0o644, 1000, 1000);
        fs.installProgram('/tmp/prog', 'no-such-program');
      },
    });
    const root = this.proc(0);
    const ok = (r: unknown): void => { if (r !== 0) throw new Error(`world setup: ${String(r)}`); };
    ok(root.syscall(SYS.symlink, 'a', 'link'));
    ok(root.syscall(SYS.symlink, 'missing', 'dangling'));
    ok(root.syscall(SYS.symlink, 'loop', 'loop'));
    ok(root.syscall(SYS.mknod, 'fifo', S_IFIFO | 0o666, 0));
    this.k.vfs.console.written.length = 0;
  }

  /** The process of slot `i`, (re)created when it has exited. */
  proc(i: number): ProcessHandle {
    const cur = this.procs[i];
    if (cur && cur.task.state !== 'dead') return cur;
    const slot = SLOTS[i]!;
    const parentH = slot.parent === null ? null : this.procs[slot.parent];
    const parent = parentH && parentH.task.state !== 'dead' ? parentH : undefined;
    let h: ProcessHandle;
    try {
      h = this.k.createProcess({ uid: slot.uid, cwd: slot.cwd, parent });
    } catch {
      h = this.k.createProcess({ uid: slot.uid, cwd: '/', parent }); // the fuzz removed the cwd
    }
    const lim = new Uint8Array(16);
    const dv = new DataView(lim.buffer);
    dv.setBigUint64(0, BigInt(FSIZE), true);
    dv.setBigUint64(8, BigInt(FSIZE), true);
    if (h.syscall(SYS.prlimit64, 0, RLIMIT_FSIZE, lim, 0) !== 0) throw new Error('world: prlimit64');
    this.procs[i] = h;
    return h;
  }
}

// ---------------------------------------------------------------------------------------------
// Symbolic calls: arguments are resolved against the state when the call is made, so a shrunk
// counterexample still means something ("the 2nd open fd", "a pointer to the string 'd/b'").

type ArgSpec =
  | { i: number } // an integer as is
  | { b: bigint } // a bigint (typed door)
  | { fd: number } // the fd-th highest open fd of the caller (mod their number)
  | { pid: number } // the pid-th pid in the pid table (mod its size)
  | { p: string } // a pointer to this NUL-terminated string in the caller's memory
  | { s: string } // this string as a JS value (typed door)
  | { buf: number } // a pointer into the caller's 16 KiB scratch buffer
  | { addr: number } // one of ADDRS (edges of the address space)
  | { w: number[] } // a pointer to these 64-bit words (iovecs, timespecs, rlimits, argv)
  | { u8: number } // a Uint8Array of this length (typed door)
  | { out: 1 } // an Out box (typed door)
  | { o: Record<string, unknown> } // a plain object (typed door input struct)
  | { js: number }; // one of JS_VALUES (typed door oddities)

interface Call {
  /** Which process slot makes the call. */
  p: number;
  nr: number;
  a: ArgSpec[];
  /** clone: give the child a function (as the typed door's clone(flags, fn) does). With no
   *  runtime the child starts and exits at once (status 127), so its parent has a zombie. */
  fn?: boolean;
}

const LONG_NAME = 'n'.repeat(256);
const PATH_4095 = 'a/'.repeat(2047) + 'a';
const PATH_4096 = PATH_4095 + 'a';
/** Names the calls use. /dev/console is left out: createProcess opens it by path, so a root
 *  process unlinking it would stop the test from making new processes. */
const PATHS = [
  'a', 'a/', 'a/b', 'b', 'd', 'd/', 'd/b', 'd/e', 'd/e/f', 'x', 'x/', 'y', '.', '..', '../..', '/', '',
  'link', 'link/', 'dangling', 'loop', 'fifo', 'ro', 'priv', 'priv/z', 'prog', '/tmp', '/tmp/x',
  '/tmp/d/../a', 'd//b', './a', '/dev/null', '/dev/zero', '/dev/full', '/dev/urandom', '/dev/tty',
  '/dev/shm', '/etc/passwd', '/root', '/home/user', '/home/user/u', 'u', 'a\0b', 'n'.repeat(255),
  LONG_NAME, PATH_4095, PATH_4096,
];

/** Addresses at the edges of the flat memory and of the user address space. */
function addrOf(h: ProcessHandle, which: number): number {
  const end = FLAT_BASE + h.task.mm.residentBytes();
  const brk = h.task.mm.brk(0);
  const table = [
    0, 1, 0xfff, FLAT_BASE - 1, FLAT_BASE, end - 1, end - 8, end, brk, brk - 1,
    0x7ffffffff000 - 1, 0x7ffffffff000, 2 ** 47, 2 ** 48, 2 ** 63, 2 ** 64 - 1, -1, -4096, FLAT_BASE + 0.5,
  ];
  return table[which % table.length]!;
}
const N_ADDRS = 19;

/** Typed-door values outside the common forms (built fresh for every call). */
const JS_VALUES: readonly (() => unknown)[] = [
  () => null, () => undefined, () => NaN, () => Infinity, () => -Infinity, () => 0.5, () => -1.5,
  () => true, () => ({}), () => [], () => ['x', 'y'], () => [new Uint8Array(4), new Uint8Array(0)],
  () => [null, 7], () => () => 0, () => 'str', () => new Out(), () => new Uint8Array(0),
  () => new Uint8Array(5000), () => -0, () => 2 ** 64 + 0.5, () => Symbol('s'),
];

const EDGE_INTS = [
  -1, 0, 1, 2, 3, 4, 8, 16, 100, 255, 256, 1023, 1024, 4095, 4096, 4097, 65535, 65536, 0x7ffff000,
  0x7fffffff, 0x80000000, 0xffffffff, 2 ** 32, 2 ** 32 + 1, 2 ** 32 - 100, 2 ** 53, -(2 ** 53), 2 ** 53 - 1,
  2 ** 63, 2 ** 64, 2 ** 64 - 1, -(2 ** 31), -(2 ** 31) - 1, -100, -4096, -4095, 1e21,
];
const FLAG_INTS = [
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT | O_RDWR, O_CREAT | O_EXCL | O_WRONLY, O_TRUNC | O_WRONLY,
  O_APPEND | O_WRONLY, O_APPEND | O_RDWR | O_CREAT, O_DIRECTORY, O_PATH, O_PATH | O_NOFOLLOW, O_TMPFILE | O_RDWR,
  O_NONBLOCK, O_NONBLOCK | O_WRONLY, O_CLOEXEC, O_NOFOLLOW, AT_FDCWD, AT_REMOVEDIR, AT_EMPTY_PATH,
  AT_SYMLINK_NOFOLLOW, F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL, SEEK_SET, SEEK_CUR,
  SEEK_END, 3, 4, 0o777, 0o644, 0o4755, S_IFIFO | 0o644, S_IFREG | 0o600, S_IFCHR | 0o600, SIGKILL,
  SIGTERM, SIGUSR1, SIGCHLD, SIGXFSZ, WNOHANG, RLIMIT_NOFILE, RLIMIT_FSIZE, 0x80000,
];
const CLONE_FLAG_SETS = [
  SIGCHLD, 0, CLONE_VM | CLONE_FS | CLONE_FILES | SIGCHLD, CLONE_VFORK | CLONE_VM | SIGCHLD,
  CLONE_THREAD | CLONE_SIGHAND | CLONE_VM | CLONE_FS | CLONE_FILES, CLONE_FILES | SIGCHLD, CLONE_FS | SIGCHLD,
  CLONE_PARENT | SIGCHLD, CLONE_SIGHAND | CLONE_VM | SIGCHLD, CLONE_NEWNS | CLONE_FS, SIGUSR1,
];
const WORD_VALUES = [...EDGE_INTS, BUF, BUF + 100, STRS, STRS + STR_SLOT, FLAT_BASE + 0xfff8, 16, 12, 0, 1];
const STRUCT_KEYS = ['tv_sec', 'tv_nsec', 'rlim_cur', 'rlim_max'];

const intArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -5, max: 70 }) },
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_INTS) },
  { weight: 4, arbitrary: fc.constantFrom(...FLAG_INTS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
);

const argArb: fc.Arbitrary<ArgSpec> = fc.oneof(
  { weight: 12, arbitrary: intArb.map((i) => ({ i })) },
  { weight: 1, arbitrary: fc.constantFrom(-1n, 0n, 2n ** 64n - 1n, 2n ** 63n, -(2n ** 63n), 3n, 2n ** 100n).map((b) => ({ b })) },
  { weight: 8, arbitrary: fc.nat(15).map((fd) => ({ fd })) },
  { weight: 2, arbitrary: fc.nat(15).map((pid) => ({ pid })) },
  { weight: 8, arbitrary: fc.constantFrom(...PATHS).map((p) => ({ p })) },
  { weight: 2, arbitrary: fc.constantFrom(...PATHS).map((s) => ({ s })) },
  { weight: 5, arbitrary: fc.nat(0x3fff).map((buf) => ({ buf })) },
  { weight: 3, arbitrary: fc.nat(N_ADDRS - 1).map((addr) => ({ addr })) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...WORD_VALUES), fc.nat(5000)), { maxLength: 8 }).map((w) => ({ w })) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 8, 16, 100, 4096, 70000).map((u8) => ({ u8 })) },
  { weight: 1, arbitrary: fc.constant({ out: 1 as const }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...STRUCT_KEYS), fc.oneof(intArb, fc.constantFrom<unknown>(NaN, 'x', undefined, null, 1.5)), { maxKeys: 3 })
      .map((o) => ({ o })),
  },
  { weight: 1, arbitrary: fc.nat(JS_VALUES.length - 1).map((js) => ({ js })) },
);

/** Syscall numbers with a handler (computed from a kernel's table). */
const IMPLEMENTED: number[] = (() => {
  const k = createKernel();
  const out: number[] = [];
  k.table.forEach((impl, nr) => { if (impl && nr !== SYS.exit && nr !== SYS.exit_group) out.push(nr); });
  return out;
})();

const nrArb = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...IMPLEMENTED) },
  { weight: 1, arbitrary: fc.constantFrom(SYS.exit, SYS.exit_group) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -(2 ** 31), 512, 1000, 2 ** 31, 2 ** 32, 2 ** 53, 1.5, NaN, Infinity) },
);

/** A call with any number and any arguments. */
const wildCallArb: fc.Arbitrary<Call> = fc.record({
  p: fc.nat(SLOTS.length - 1),
  nr: nrArb,
  a: fc.array(argArb, { maxLength: 6 }),
});

// Arguments shaped by the syscall table's argument kinds (abi/syscalls.ts), so that calls get
// past their first checks and build up state (open files, pipes, directories, children).
const smallArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 4096, 65536, 0x7ffff000, 2 ** 32, 2 ** 53) },
).map((i) => ({ i }));
const iovArb = fc.array(fc.tuple(fc.nat(0x3fff).map((o) => BUF + o), fc.oneof(fc.nat(64), fc.constantFrom(...EDGE_INTS))), { maxLength: 3 })
  .map((pairs) => ({ w: pairs.flat() }));
const timespecArb = fc.tuple(fc.oneof(fc.nat(3), fc.constantFrom(...EDGE_INTS)), fc.oneof(fc.nat(999_999_999), fc.constantFrom(-1, 1e9)))
  .map((w) => ({ w }));
const rlimitArb = fc.tuple(fc.oneof(fc.nat(2000), fc.constantFrom(...EDGE_INTS)), fc.oneof(fc.nat(5000), fc.constantFrom(...EDGE_INTS)))
  .map(([a, b]) => ({ w: a <= b ? [a, b] : [b, a] }));

function kindArb(spec: AbiArg): fc.Arbitrary<ArgSpec> {
  const fdArb = fc.oneof({ weight: 8, arbitrary: fc.nat(15).map((fd) => ({ fd })) }, { weight: 1, arbitrary: smallArb });
  switch (spec.kind) {
    case 'fd': return fdArb;
    case 'dirfd': return fc.oneof(fdArb, fc.constant({ i: AT_FDCWD }));
    case 'path': case 'str': return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PATHS).map((p) => ({ p })) },
      { weight: 1, arbitrary: fc.constantFrom(...PATHS).map((s) => ({ s })) },
    );
    case 'buf': case 'strout': case 'intarray': case 'longarray': return fc.oneof(
      { weight: 6, arbitrary: fc.nat(0x3fff).map((buf) => ({ buf })) },
      { weight: 1, arbitrary: fc.constantFrom(0, 8, 100, 70000).map((u8) => ({ u8 })) },
      { weight: 1, arbitrary: fc.nat(N_ADDRS - 1).map((addr) => ({ addr })) },
    );
    case 'struct': case 'array': {
      if (spec.struct === 'iovec') return iovArb;
      if (spec.dir === 'in' && spec.struct === 'timespec') return fc.oneof(timespecArb, fc.constant({ i: 0 }));
      if (spec.dir === 'in' && spec.struct === 'rlimit') return fc.oneof(rlimitArb, fc.constant({ i: 0 }));
      return fc.oneof(
        { weight: 6, arbitrary: fc.nat(0x3fff).map((buf) => ({ buf })) },
        { weight: 1, arbitrary: fc.constant({ i: 0 }) },
        { weight: 1, arbitrary: fc.constant({ out: 1 as const }) },
      );
    }
    case 'strarray': case 'envp': return fc.constantFrom<ArgSpec>({ i: 0 }, { w: [STRS, 0] }, { js: 10 });
    case 'signo': return fc.oneof(fc.integer({ min: 0, max: 65 }), fc.constantFrom(SIGKILL, SIGTERM, SIGCHLD, 0)).map((i) => ({ i }));
    case 'pid': return fc.oneof(fc.nat(15).map((pid) => ({ pid })), fc.constantFrom(0, -1, 1, 99999).map((i) => ({ i })));
    case 'mode': case 'fmode': case 'oct': return fc.constantFrom(0o644, 0o755, 0o600, 0o777, 0, S_IFIFO | 0o644, S_IFREG | 0o600, S_IFCHR | 0o600)
      .map((i) => ({ i }));
    case 'enum': return fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 16 }).map((i) => ({ i })) },
      { weight: 1, arbitrary: fc.constantFrom(...FLAG_INTS).map((i) => ({ i })) },
    );
    case 'flags': if (spec.set === 'clone_flags') {
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...CLONE_FLAG_SETS).map((i) => ({ i })) },
        { weight: 1, arbitrary: fc.constantFrom(...FLAG_INTS).map((i) => ({ i })) },
      );
    }
      if (spec.set === 'wait_options') return fc.constantFrom(0, WNOHANG, WNOHANG | WEXITED, WEXITED, WNOHANG | __WALL).map((i) => ({ i }));
      return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FLAG_INTS).map((i) => ({ i })) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 16 }).map((i) => ({ i })) },
    );
    default: return smallArb;
  }
}

/** Calls that build and use file state get more turns than the rest. */
const HOT = new Set<number>([
  SYS.open, SYS.openat, SYS.creat, SYS.read, SYS.write, SYS.pread64, SYS.pwrite64, SYS.lseek, SYS.getdents64,
  SYS.close, SYS.dup, SYS.dup2, SYS.fcntl, SYS.mkdir, SYS.unlink, SYS.rmdir, SYS.fstat, SYS.chdir, SYS.fchdir,
  SYS.wait4, SYS.readv, SYS.writev, SYS.symlink, SYS.readlink, SYS.unlinkat,
]);

const shapedCallArb: fc.Arbitrary<Call> = fc.oneof(...IMPLEMENTED.map((nr) => {
  const spec = syscallByNr(nr)!;
  const args = spec.args.map((a) => fc.oneof({ weight: 6, arbitrary: kindArb(a) }, { weight: 1, arbitrary: argArb }));
  const base = { p: fc.nat(SLOTS.length - 1), nr: fc.constant(nr), a: fc.tuple(...args) as fc.Arbitrary<ArgSpec[]> };
  const arbitrary: fc.Arbitrary<Call> = nr === SYS.clone ? fc.record({ ...base, fn: fc.boolean() }) : fc.record(base);
  return { weight: HOT.has(nr) ? 4 : nr === SYS.clone ? 3 : 1, arbitrary };
}));

const callArb: fc.Arbitrary<Call> = fc.oneof({ weight: 3, arbitrary: shapedCallArb }, { weight: 1, arbitrary: wildCallArb });

// ---------------------------------------------------------------------------------------------
// Running calls

function writeWords(h: ProcessHandle, addr: number, words: readonly number[]): void {
  const b = new Uint8Array(words.length * 8);
  const dv = new DataView(b.buffer);
  words.forEach((x, i) => dv.setBigUint64(i * 8, BigInt.asUintN(64, BigInt(Math.trunc(x))), true));
  h.task.mm.copyOut(addr, b, 0, b.length);
}

function writeString(h: ProcessHandle, addr: number, s: string): void {
  const b = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  h.task.mm.copyOut(addr, b, 0, b.length);
}

function resolve(w: World, h: ProcessHandle, j: number, a: ArgSpec): unknown {
  if ('i' in a) return a.i;
  if ('b' in a) return a.b;
  if ('fd' in a) {
    const fds = [...h.task.files.entries()].map(([fd]) => fd);
    return fds.length === 0 ? a.fd : fds[fds.length - 1 - (a.fd % fds.length)]; // 0: the newest
  }
  if ('pid' in a) {
    const pids = [...w.k.pidns.processes.keys()];
    return pids[a.pid % pids.length];
  }
  if ('p' in a) {
    writeString(h, STRS + j * STR_SLOT, a.p);
    return STRS + j * STR_SLOT;
  }
  if ('s' in a) return a.s;
  if ('buf' in a) return BUF + a.buf;
  if ('addr' in a) return addrOf(h, a.addr);
  if ('w' in a) {
    writeWords(h, WORDS + j * 0x100, a.w);
    return WORDS + j * 0x100;
  }
  if ('u8' in a) return new Uint8Array(a.u8);
  if ('out' in a) return new Out();
  if ('o' in a) return { ...a.o };
  return JS_VALUES[a.js]!();
}

function show(x: unknown): string {
  if (typeof x === 'number') return Math.abs(x) >= 4096 && Number.isInteger(x) ? `0x${x.toString(16)}` : String(x);
  if (typeof x === 'bigint') return `${x}n`;
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? x.slice(0, 37) + '...' : x);
  if (x instanceof Uint8Array) return `Uint8Array(${x.length})`;
  if (x instanceof Out) return 'Out';
  if (typeof x === 'symbol' || typeof x === 'function') return String(x);
  try { return JSON.stringify(x) ?? String(x); } catch { return String(x); }
}

interface Logged { readonly line: string }

/** True when `r` is a legal result of the raw door. */
function legal(r: unknown): boolean {
  if (r === WOULD_BLOCK) return true;
  if (typeof r !== 'number' || !Number.isSafeInteger(r)) return false;
  return r >= 0 || (r >= -4095 && errnoByNumber(-r) !== undefined);
}

let totalCalls = 0;
/** Per syscall name: [successes, errors, would-block] (printed with LINUXSIM_FUZZ_STATS=1). */
const stats = new Map<string, [number, number, number, number]>();
const STATS = process.env.LINUXSIM_FUZZ_STATS === '1';
const errs = new Map<string, number>();

/** Runs `calls` on a fresh world; throws (with the calls made so far) at the first violation. */
function runCalls(calls: readonly Call[]): void {
  const w = new World();
  const k = w.k;
  const log: Logged[] = [];
  /** A mount or umount2 succeeded: root may have made "/" read-only or unmounted /dev, as on Linux. */
  let mountsChanged = false;
  const fail = (why: string): never => {
    throw new Error(`${why}\nafter these calls (most recent last):\n${log.slice(-40).map((l) => '  ' + l.line).join('\n')}`);
  };
  for (const c of calls) {
    const h = w.proc(c.p);
    const args = c.a.map((a, j) => resolve(w, h, j, a));
    if (c.nr === SYS.brk && typeof args[0] === 'number' && args[0] > h.task.mm.brkStart + BRK_CAP) {
      args[0] = h.task.mm.brkStart + (args[0] % BRK_CAP);
    }
    if (c.fn) h.task.cloneEntry = { kind: 'function', fn: () => 0, arg: null };
    const prev = k.clock.monoNs;
    const pid = h.pid;
    let r: unknown;
    const t0 = STATS ? performance.now() : 0;
    try {
      r = h.syscall(c.nr, ...args);
    } catch (e) {
      r = e;
    }
    const dt = STATS ? performance.now() - t0 : 0;
    totalCalls++;
    k.vfs.console.written.length = 0;
    const name = syscallByNr(c.nr)?.name ?? `syscall_${String(c.nr)}`;
    if (STATS) {
      const st = stats.get(name) ?? [0, 0, 0, 0];
      st[r === WOULD_BLOCK ? 2 : typeof r === 'number' && r >= 0 ? 0 : 1]++;
      st[3] += dt;
      if (typeof r === 'number' && r < 0) {
        const key = `${name} ${errnoByNumber(-r)?.code}`;
        errs.set(key, (errs.get(key) ?? 0) + 1);
      }
      stats.set(name, st);
    }
    log.push({ line: `p${c.p}[${pid}] ${name}${c.fn ? '+fn' : ''}(${args.map(show).join(', ')}) = ${show(r)}` });
    if ((c.nr === SYS.mount || c.nr === SYS.umount2) && r === 0) mountsChanged = true;
    h.task.cloneEntry = null;
    if (k.oopses.length > 0) {
      const o = k.oopses[0]!;
      fail(`kernel oops in ${o.name}: ${o.error instanceof Error ? o.error.stack : String(o.error)}`);
    }
    if (!legal(r)) fail(`illegal result ${r instanceof Error ? r.stack : show(r)}`);
    // No zombie outlives a wait: the child wait4 reported is gone (WNOWAIT is waitid's only).
    if (c.nr === SYS.wait4 && typeof r === 'number' && r > 0 && k.pidns.processes.has(r)) fail(`wait4 returned ${r}, still in the pid table`);
    const bad = checkInvariants(k, { prevMonoNs: prev });
    if (bad.length > 0) fail(`invariants broken:\n  ${bad.join('\n  ')}`);
  }
  // The kernel is still usable: a new process can create, write, read back and remove a file
  // (unless a root process changed the mounts: a read-only "/" or a missing /dev is Linux's answer).
  if (mountsChanged) return;
  const h = k.createProcess({ uid: 0, cwd: '/' });
  const fd = h.syscall(SYS.open, '/usable-check', O_CREAT | O_RDWR | O_TRUNC, 0o600);
  if (typeof fd !== 'number' || fd < 0) fail(`usability: open = ${String(fd)}`);
  const back = new Uint8Array(2);
  const ok = h.syscall(SYS.write, fd, 'ok', 2) === 2 && h.syscall(SYS.lseek, fd, 0, SEEK_SET) === 0 &&
    h.syscall(SYS.read, fd, back, 2) === 2 && back[0] === 0x6f && back[1] === 0x6b &&
    h.syscall(SYS.close, fd) === 0 && h.syscall(SYS.unlink, '/usable-check') === 0 && h.syscall(SYS.getpid) === h.pid;
  if (!ok) fail('usability: file round trip failed');
  const bad = checkInvariants(k);
  if (bad.length > 0) fail(`invariants broken after the usability check:\n  ${bad.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------

const TARGET = Number(process.env.LINUXSIM_FUZZ_CALLS ?? 100_000);
const RUN_LENGTH = 1000;

describe('robustness: random syscalls never crash the kernel', () => {
  it(`${TARGET} random syscalls from 4 processes: numbers or errnos, no oops, invariants after every call`, () => {
    const started = performance.now();
    totalCalls = 0;
    const prop = fc.property(fc.array(callArb, { maxLength: RUN_LENGTH, size: 'max' }), (calls) => runCalls(calls));
    // Batches until the target is reached; a failure reports its seed and path (fc.assert's
    // message), and is replayed with fc.assert(prop, { seed, path }).
    while (totalCalls < TARGET) fc.assert(prop, { numRuns: 10 });
    const ms = performance.now() - started;
    console.log(`robustness: ${totalCalls} syscalls in ${(ms / 1000).toFixed(1)} s (${((ms * 1000) / totalCalls).toFixed(1)} µs/call)`);
    if (STATS) {
      const rows = [...stats].filter(([, st]) => st[0] + st[2] > 0).sort((a, b) => b[1][0] - a[1][0]);
      console.log([...errs].sort((a, b) => b[1] - a[1]).map(([k, n]) => `E ${k} ${n}`).join('\n'));
      console.log(rows.map(([n, [ok, err, bl, ms]]) => `${n} ok=${ok} err=${err}${bl ? ` block=${bl}` : ''} ${ms.toFixed(0)} ms`).join('\n'));
    }
    expect(totalCalls).toBeGreaterThanOrEqual(TARGET);
  }, 300_000);
});
