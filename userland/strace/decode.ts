// userland/strace/decode.ts — one decoder per ArgKind (abi/types.ts) and the struct printers,
// with strace's rules: string quoting and -s truncation, paths never truncated, NULL and 0x…
// pointers, AT_FDCWD, octal modes, abbreviated structs (full with -v), output arguments of a
// failed call as the raw pointer. Both syscall doors are read through Mem (mem.ts). The per-call
// special cases live in calls.ts. Part of the strace formatter; consumes kernel events only.

import { LAYOUTS } from '../../abi/structs';
import { major, minor } from '../../abi/stat';
import { signalName } from '../../abi/signal';
import type { ArgSpec, SyscallSpec } from '../../abi/types';
import { flagsEx, hex, printEnum, printFlags, xlookup, xvalEx } from '../../abi/xlat';
import { isOutBox, Mem, quote } from './mem';

export interface DecodeOptions {
  /** -s: the longest string printed before `...` (default 32). */
  readonly strsize: number;
  /** -v: unabbreviated structs, argv/envp arrays. */
  readonly verbose: boolean;
}

/** What a decoder sees: one call at entry or at exit. */
export interface CallCtx {
  readonly mem: Mem;
  readonly args: readonly unknown[];
  readonly opts: DecodeOptions;
  readonly exiting: boolean;
  /** The raw return value (exit only; -errno on failure). */
  readonly ret: number | undefined;
  /** Exiting with an error (strace's syserror). */
  readonly failed: boolean;
  /** Data a decoder keeps from entry to exit (strace's tcb priv). */
  readonly saved: Record<string, unknown>;
  readonly spec: SyscallSpec | undefined;
}

/** How the return value prints (strace's RVAL_*). */
export type RvalFormat = 'int' | 'fd' | 'hex' | 'oct' | 'udec' | 'none';

/** Text printed at entry; `done` when nothing is left for the exit. */
export interface EntryOut {
  readonly text: string;
  readonly done: boolean;
}

/** Text printed at exit (after the entry text), and how the result prints. */
export interface ExitOut {
  readonly text: string;
  readonly rval?: RvalFormat;
  /** strace's auxstr: printed as ` (…)` after the return value. */
  readonly aux?: string;
}

export interface Decoder {
  enter(c: CallCtx): EntryOut;
  exit(c: CallCtx): ExitOut;
}

// ---------------------------------------------------------------------------------------------
// Numbers.

const TWO64 = 18446744073709551616;

/** An argument as a bigint (unsigned 64-bit view of the register). */
export function argBig(v: unknown): bigint {
  if (typeof v === 'bigint') return BigInt.asUintN(64, v);
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (v >= TWO64 - 1) return 0xffffffffffffffffn;
    return BigInt.asUintN(64, BigInt(Math.trunc(v)));
  }
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return 0n;
}

/** An argument as a JS number (exact below 2^53). */
export function argNum(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return 0;
}

/** C's (int) of a register. */
export function i32(v: unknown): number {
  return Number(BigInt.asIntN(32, argBig(v)));
}
/** C's (unsigned int) of a register. */
export function u32(v: unknown): number {
  return Number(BigInt.asUintN(32, argBig(v)));
}
/** %lld of a 64-bit register. */
export function dec64(v: unknown): string {
  return BigInt.asIntN(64, argBig(v)).toString();
}
/** %llu of a 64-bit register. */
export function udec64(v: unknown): string {
  return argBig(v).toString();
}
/** %#llx of a 64-bit register. */
export function hex64(v: unknown): string {
  const b = argBig(v);
  return b === 0n ? '0' : `0x${b.toString(16)}`;
}

/** strace's %#03o for permission bits: 0644, 000. */
export function octMode(v: number): string {
  return `0${(v >>> 0).toString(8).padStart(2, '0')}`;
}

/** print_symbolic_mode_t: S_IFREG|S_ISUID|0755, or the octal number when the type is unknown. */
export function symbolicMode(mode: number): string {
  const m = mode >>> 0;
  const fmt = m & 0o170000;
  let ifmt = '';
  if (fmt) {
    const name = xlookup('modetypes', fmt);
    if (name === undefined) return octMode(m);
    ifmt = `${name}|`;
  }
  const bits = m & ~(0o170000 | 0o4000 | 0o2000 | 0o1000);
  return `${ifmt}${m & 0o4000 ? 'S_ISUID|' : ''}${m & 0o2000 ? 'S_ISGID|' : ''}${m & 0o1000 ? 'S_ISVTX|' : ''}${octMode(bits)}`;
}

/** printsignal: SIGINT, or the number. */
export function sigText(n: number): string {
  const s = signalName(n);
  return s;
}

/** AT_FDCWD or the fd. */
export function dirfdText(v: unknown): string {
  const fd = i32(v);
  return fd === -100 ? 'AT_FDCWD' : String(fd);
}

/** uid_t / gid_t: -1 prints as -1, everything else unsigned. */
export function idText(v: unknown): string {
  const u = u32(v);
  return u === 0xffffffff ? '-1' : String(u);
}

/** "2023-11-14T22:13:20.123456789+0000" (strace's sprinttime_nsec, UTC), or '' for 0/invalid. */
export function timeComment(sec: number, frac: number, width: 6 | 9 = 9): string {
  const max = width === 9 ? 999999999 : 999999;
  if ((sec === 0 && frac === 0) || frac > max || frac < 0) return '';
  const d = new Date(sec * 1000);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const y = d.getUTCFullYear();
  let s = `${y < 0 ? '-' : ''}${p(Math.abs(y), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  if (frac > 0) s += `.${String(frac).padStart(width, '0')}`;
  return ` /* ${s}+0000 */`;
}

/** print_clock_t: ticks, with ` /* 1.23 s *\/` for non-zero values (USER_HZ = 100). */
export function clockT(v: number): string {
  if (!(v > 0)) return String(v);
  const sec = Math.floor(v / 100);
  const frac = v % 100;
  return `${v} /* ${sec}.${String(frac).padStart(2, '0')} s */`;
}

// ---------------------------------------------------------------------------------------------
// Strings.

/** printstrn: `len` bytes at p, at most -s of them, then `...` when longer. */
export function strN(c: CallCtx, p: unknown, len: number, forceHex = false): string {
  if (c.mem.isNull(p)) return 'NULL';
  const max = c.opts.strsize;
  if (len < 0) len = 0;
  const want = Math.min(max + 1, len);
  const b = c.mem.bytes(p, want);
  if (!b || (b.length < want && typeof p === 'number')) return c.mem.addr(p);
  const size = Math.min(b.length, max);
  const q = quote(b, size, { forceHex });
  return q.text + (len > max ? '...' : '');
}

/** printstr: a NUL-terminated string, at most -s bytes, then `...` if it goes on. */
export function strZ(c: CallCtx, p: unknown, limit?: number, forceHex = false): string {
  if (c.mem.isNull(p)) return 'NULL';
  const max = c.opts.strsize;
  const len = limit ?? Infinity;
  const want = Math.min(max + 1, len);
  const r = c.mem.cstr(p, want);
  if (!r) return c.mem.addr(p);
  const size = Math.min(max, want);
  if (r.nul && r.s.length <= size) {
    // The whole string, and nothing beyond: no ellipsis unless the limit cut it (limit reached
    // without a NUL: strace's "QUOTE_0_TERMINATED and len" rule).
    return quote(r.s, r.s.length, { forceHex }).text;
  }
  const text = quote(r.s, Math.min(size, r.s.length), { forceHex }).text;
  // strace peeks at byte `size`: a NUL there means the string ended exactly at the limit.
  if (r.s.length === size && r.nul) return text;
  return `${text}...`;
}

/** printpathn: a path, never cut by -s (only by PATH_MAX or n), `...` when unterminated. */
export function pathN(c: CallCtx, p: unknown, n = 4095): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (n > 4095) n = 4095;
  if (n < 0) n = 0;
  const r = c.mem.cstr(p, n + 1);
  if (!r) return c.mem.addr(p);
  const s = r.s.slice(0, n);
  const q = quote(s, s.length).text;
  return r.nul && r.s.length <= n ? q : `${q}...`;
}

/** A path argument (printpath). */
export function pathArg(c: CallCtx, p: unknown): string {
  return pathN(c, p, 4095);
}

/** A C char[] field of a struct (PRINT_FIELD_CSTRING): quoted, never cut by -s. */
export function cstrField(s: unknown): string {
  const str = typeof s === 'string' ? s : s instanceof Uint8Array ? String.fromCharCode(...s) : '';
  const z = str.indexOf('\0');
  const t = z < 0 ? str : str.slice(0, z);
  return quote(t, t.length).text;
}

// ---------------------------------------------------------------------------------------------
// Struct printers. Each takes the struct as a JS object (decoded from memory or given by the
// typed door) and returns strace's text.

type Obj = Record<string, unknown>;
const num = (o: Obj, k: string): number => argNum(o[k]);

/** struct timespec: {tv_sec=1, tv_nsec=500}. */
export function timespecText(t: Obj | null | undefined, nsecField = 'tv_nsec'): string {
  if (!t) return '{tv_sec=0, tv_nsec=0}';
  return `{tv_sec=${dec64(t.tv_sec)}, ${nsecField}=${udec64(t[nsecField])}}`;
}

function timevalText(t: Obj | null | undefined): string {
  if (!t) return '{tv_sec=0, tv_usec=0}';
  return `{tv_sec=${dec64(t.tv_sec)}, tv_usec=${udec64(t.tv_usec)}}`;
}

function devText(dev: number): string {
  return `makedev(${hex(major(dev))}, ${hex(minor(dev))})`;
}

function statText(c: CallCtx, st: Obj): string {
  const mode = num(st, 'st_mode');
  const parts: string[] = [];
  const verbose = c.opts.verbose;
  if (verbose) {
    parts.push(`st_dev=${devText(num(st, 'st_dev'))}`, `st_ino=${udec64(st.st_ino)}`, `st_mode=${symbolicMode(mode)}`,
      `st_nlink=${udec64(st.st_nlink)}`, `st_uid=${u32(st.st_uid)}`, `st_gid=${u32(st.st_gid)}`,
      `st_blksize=${udec64(st.st_blksize)}`, `st_blocks=${udec64(st.st_blocks)}`);
  } else {
    parts.push(`st_mode=${symbolicMode(mode)}`);
  }
  const fmt = mode & 0o170000;
  if (fmt === 0o020000 || fmt === 0o060000) parts.push(`st_rdev=${devText(num(st, 'st_rdev'))}`);
  else parts.push(`st_size=${udec64(st.st_size)}`);
  if (verbose) {
    for (const t of ['atime', 'mtime', 'ctime']) {
      const sec = num(st, `st_${t}`);
      const nsec = num(st, `st_${t}_nsec`);
      parts.push(`st_${t}=${dec64(st[`st_${t}`])}${timeComment(sec, nsec)}`, `st_${t}_nsec=${udec64(nsec)}`);
    }
    return `{${parts.join(', ')}}`;
  }
  return `{${parts.join(', ')}, ...}`;
}

const STATX_TYPE = 0x1, STATX_MODE = 0x2, STATX_NLINK = 0x4, STATX_UID = 0x8, STATX_GID = 0x10;
const STATX_ATIME = 0x20, STATX_MTIME = 0x40, STATX_CTIME = 0x80, STATX_INO = 0x100;
const STATX_SIZE = 0x200, STATX_BLOCKS = 0x400, STATX_BTIME = 0x800, STATX_MNT_ID = 0x1000;
const STATX_DIOALIGN = 0x2000;

function statxTs(t: unknown): string {
  const o = (t ?? {}) as Obj;
  return `{tv_sec=${dec64(o.tv_sec)}, tv_nsec=${u32(o.tv_nsec)}}${timeComment(num(o, 'tv_sec'), u32(o.tv_nsec))}`;
}

function statxText(c: CallCtx, s: Obj): string {
  const mask = u32(s.stx_mask);
  const v = c.opts.verbose;
  const p: string[] = [`stx_mask=${flagsEx(['statx_masks'], mask, 'STATX_???')}`];
  if (v) p.push(`stx_blksize=${u32(s.stx_blksize)}`);
  p.push(`stx_attributes=${flagsEx(['statx_attrs'], argBig(s.stx_attributes), 'STATX_ATTR_???', true)}`);
  if (v) {
    if (mask & STATX_NLINK) p.push(`stx_nlink=${u32(s.stx_nlink)}`);
    if (mask & STATX_UID) p.push(`stx_uid=${idText(s.stx_uid)}`);
    if (mask & STATX_GID) p.push(`stx_gid=${idText(s.stx_gid)}`);
  }
  if (mask & (STATX_TYPE | STATX_MODE)) p.push(`stx_mode=${symbolicMode(num(s, 'stx_mode'))}`);
  if (v && mask & STATX_INO) p.push(`stx_ino=${udec64(s.stx_ino)}`);
  if (mask & STATX_SIZE) p.push(`stx_size=${udec64(s.stx_size)}`);
  if (!v) return `{${p.join(', ')}, ...}`;
  if (mask & STATX_BLOCKS) p.push(`stx_blocks=${udec64(s.stx_blocks)}`);
  p.push(`stx_attributes_mask=${flagsEx(['statx_attrs'], argBig(s.stx_attributes_mask), 'STATX_ATTR_???', true)}`);
  if (mask & STATX_ATIME) p.push(`stx_atime=${statxTs(s.stx_atime)}`);
  if (mask & STATX_BTIME) p.push(`stx_btime=${statxTs(s.stx_btime)}`);
  if (mask & STATX_CTIME) p.push(`stx_ctime=${statxTs(s.stx_ctime)}`);
  if (mask & STATX_MTIME) p.push(`stx_mtime=${statxTs(s.stx_mtime)}`);
  p.push(`stx_rdev_major=${u32(s.stx_rdev_major)}`, `stx_rdev_minor=${u32(s.stx_rdev_minor)}`,
    `stx_dev_major=${u32(s.stx_dev_major)}`, `stx_dev_minor=${u32(s.stx_dev_minor)}`);
  if (mask & STATX_MNT_ID) p.push(`stx_mnt_id=${hex64(s.stx_mnt_id)}`);
  if (mask & STATX_DIOALIGN) p.push(`stx_dio_mem_align=${u32(s.stx_dio_mem_align)}`, `stx_dio_offset_align=${u32(s.stx_dio_offset_align)}`);
  return `{${p.join(', ')}}`;
}

function statfsText(s: Obj): string {
  const fsid = Array.isArray(s.f_fsid) ? (s.f_fsid as unknown[]) : [0, 0];
  const parts = [
    `f_type=${xvalEx(['fsmagic'], u32(s.f_type), null)}`,
    `f_bsize=${dec64(s.f_bsize)}`, `f_blocks=${udec64(s.f_blocks)}`, `f_bfree=${udec64(s.f_bfree)}`,
    `f_bavail=${udec64(s.f_bavail)}`, `f_files=${udec64(s.f_files)}`, `f_ffree=${udec64(s.f_ffree)}`,
    `f_fsid={val=[${hex(u32(fsid[0]))}, ${hex(u32(fsid[1]))}]}`, `f_namelen=${dec64(s.f_namelen)}`,
    `f_frsize=${dec64(s.f_frsize)}`,
  ];
  const flags = argNum(s.f_flags);
  parts.push(`f_flags=${flagsEx(['statfs_flags'], flags, 'ST_???')}`);
  return `{${parts.join(', ')}}`;
}

function utsnameText(c: CallCtx, u: Obj): string {
  const p = [`sysname=${cstrField(u.sysname)}`, `nodename=${cstrField(u.nodename)}`];
  if (!c.opts.verbose) return `{${p.join(', ')}, ...}`;
  p.push(`release=${cstrField(u.release)}`, `version=${cstrField(u.version)}`, `machine=${cstrField(u.machine)}`,
    `domainname=${cstrField(u.domainname)}`);
  return `{${p.join(', ')}}`;
}

function rlimText(v: unknown): string {
  const b = argBig(v);
  if (b === 0xffffffffffffffffn) return 'RLIM64_INFINITY';
  if (b > 1024n && b % 1024n === 0n) return `${(b / 1024n).toString()}*1024`;
  return b.toString();
}

function rlimitText(r: Obj): string {
  return `{rlim_cur=${rlimText(r.rlim_cur)}, rlim_max=${rlimText(r.rlim_max)}}`;
}

const RUSAGE_REST = ['ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap',
  'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'];

function rusageText(c: CallCtx, r: Obj): string {
  const p = [`ru_utime=${timevalText(r.ru_utime as Obj)}`, `ru_stime=${timevalText(r.ru_stime as Obj)}`];
  if (!c.opts.verbose) return `{${p.join(', ')}, ...}`;
  for (const f of RUSAGE_REST) p.push(`${f}=${udec64(r[f])}`);
  return `{${p.join(', ')}}`;
}

function sysinfoText(s: Obj): string {
  const loads = Array.isArray(s.loads) ? (s.loads as unknown[]) : [0, 0, 0];
  return `{uptime=${udec64(s.uptime)}, loads=[${loads.map(udec64).join(', ')}], totalram=${udec64(s.totalram)}, ` +
    `freeram=${udec64(s.freeram)}, sharedram=${udec64(s.sharedram)}, bufferram=${udec64(s.bufferram)}, ` +
    `totalswap=${udec64(s.totalswap)}, freeswap=${udec64(s.freeswap)}, procs=${u32(s.procs)}, ` +
    `totalhigh=${udec64(s.totalhigh)}, freehigh=${udec64(s.freehigh)}, mem_unit=${u32(s.mem_unit)}}`;
}

function tmsText(t: Obj): string {
  return `{tms_utime=${clockT(num(t, 'tms_utime'))}, tms_stime=${clockT(num(t, 'tms_stime'))}, ` +
    `tms_cutime=${clockT(num(t, 'tms_cutime'))}, tms_cstime=${clockT(num(t, 'tms_cstime'))}}`;
}

/** The 64 bits of a sigset as [lo, hi] 32-bit words, from any typed-door shape. */
export function sigsetWords(s: unknown): number[] {
  if (Array.isArray(s)) return s.map((x) => u32(x));
  if (s && typeof s === 'object') {
    const o = s as Obj;
    if (Array.isArray(o.sig)) return (o.sig as unknown[]).map((x) => u32(x));
    if (o.sig !== undefined) return sigsetWords(o.sig);
  }
  if (typeof s === 'number' || typeof s === 'bigint') {
    const b = argBig(s);
    return [Number(b & 0xffffffffn), Number((b >> 32n) & 0xffffffffn)];
  }
  return [0, 0];
}

/** sprintsigmask_n: [INT TERM], ~[] for the complement of a mostly-full set. */
export function sigmaskText(words: readonly number[], bytes = 8): string {
  const nwords = Math.max(1, Math.ceil(Math.min(bytes, 8) / 4));
  let w = Array.from({ length: nwords }, (_, i) => (words[i] ?? 0) >>> 0);
  let pop = 0;
  for (const x of w) for (let b = 0; b < 32; b++) if ((x >>> b) & 1) pop++;
  let out = '';
  if (pop >= Math.floor((nwords * 32 * 2) / 3)) {
    w = w.map((x) => ~x >>> 0);
    out = '~';
  }
  const names: string[] = [];
  for (let i = 0; i < nwords * 32; i++) {
    if (((w[i >> 5]! >>> (i & 31)) & 1) === 0) continue;
    const n = i + 1;
    const name = signalName(n);
    if (name.startsWith('SIG')) names.push(name.slice(3));
    // unknown signal numbers are not printed in the abbreviated style
  }
  return `${out}[${names.join(' ')}]`;
}

function saHandlerText(c: CallCtx, h: unknown): string {
  if (typeof h === 'object' && h !== null) return c.mem.addr(h);
  const b = argBig(h);
  if (b === 0n) return 'SIG_DFL';
  if (b === 1n) return 'SIG_IGN';
  if (b === 0xffffffffffffffffn) return 'SIG_ERR';
  return `0x${b.toString(16)}`;
}

const SA_RESTORER = 0x04000000;

function sigactionText(c: CallCtx, sa: Obj): string {
  // The typed door may use the kernel's SigAction shape (handler/flags/mask/restorer).
  const handler = 'sa_handler' in sa ? sa.sa_handler : sa.handler;
  const flags = argNum('sa_flags' in sa ? sa.sa_flags : sa.flags);
  const mask = 'sa_mask' in sa ? sa.sa_mask : sa.mask;
  const restorer = 'sa_restorer' in sa ? sa.sa_restorer : sa.restorer;
  const p = [`sa_handler=${saHandlerText(c, handler)}`, `sa_mask=${sigmaskText(sigsetWords(mask))}`,
    `sa_flags=${flagsEx(['sigact_flags'], flags, 'SA_???')}`];
  if (flags & SA_RESTORER) p.push(`sa_restorer=${c.mem.addr(restorer)}`);
  return `{${p.join(', ')}}`;
}

/** A siginfo as strace prints it (printsiginfo); accepts the abi Siginfo or proc's SigInfo shape. */
export function siginfoText(c: CallCtx | null, si: Obj): string {
  const g = (a: string, b: string): number => argNum(si[a] ?? si[b] ?? 0);
  const signo = g('si_signo', 'signo');
  if (!signo) return '{}';
  const code = i32(si.si_code ?? si.code ?? 0);
  const codeName = xlookup('siginfo_codes', code) ?? siCodeFor(signo, code);
  const p = [`si_signo=${sigText(signo)}`, `si_code=${codeName ?? hex(code >>> 0)}`];
  const errno = g('si_errno', 'errno');
  if (errno) p.push(`si_errno=${errno}`);
  const addr = (v: unknown): string => (c ? c.mem.addr(v) : v ? `0x${argNum(v).toString(16)}` : 'NULL');
  const source = (): void => {
    p.push(`si_pid=${g('si_pid', 'pid')}`, `si_uid=${u32(si.si_uid ?? si.uid ?? 0)}`);
  };
  const sigval = (): void => {
    const v = si.si_value ?? si.value ?? 0;
    p.push(`si_int=${i32(si.si_int ?? v)}`, `si_ptr=${addr(v)}`);
  };
  if (code <= 0) {
    switch (code) {
      case 0: // SI_USER
      case -6: // SI_TKILL
        source();
        break;
      case -2: // SI_TIMER
        p.push(`si_timerid=${hex(u32(si.si_tid ?? 0))}`, `si_overrun=${i32(si.si_overrun ?? 0)}`);
        sigval();
        break;
      case -5: // SI_SIGIO
        p.push(`si_band=${dec64(si.si_band ?? 0)}`, `si_fd=${i32(si.si_fd ?? 0)}`);
        break;
      default:
        source();
        if (argNum(si.si_value ?? si.value ?? 0)) sigval();
    }
    return `{${p.join(', ')}}`;
  }
  switch (signo) {
    case 17: { // SIGCHLD
      source();
      const status = g('si_status', 'status');
      p.push(`si_status=${code === 1 ? String(status) : sigText(status)}`);
      p.push(`si_utime=${clockT(g('si_utime', 'utime'))}`, `si_stime=${clockT(g('si_stime', 'stime'))}`);
      break;
    }
    case 4: // SIGILL
      p.push(`si_addr=${addr(si.si_addr ?? si.addr)}`, 'si_trapno=0');
      break;
    case 8: // SIGFPE
      p.push(`si_addr=${addr(si.si_addr ?? si.addr)}`, 'si_trapno=0');
      break;
    case 7: // SIGBUS
      p.push(`si_addr=${addr(si.si_addr ?? si.addr)}`);
      break;
    case 11: // SIGSEGV
      p.push(`si_addr=${addr(si.si_addr ?? si.addr)}`);
      break;
    case 5: // SIGTRAP
      p.push(`si_addr=${addr(si.si_addr ?? si.addr)}`);
      break;
    case 29: // SIGIO
      if (code >= 1 && code <= 6) p.push(`si_band=${dec64(si.si_band ?? 0)}`, `si_fd=${i32(si.si_fd ?? 0)}`);
      break;
    case 31: // SIGSYS
      p.push(`si_call_addr=${addr(si.si_call_addr ?? 0)}`, `si_syscall=${i32(si.si_syscall ?? 0)}`,
        `si_arch=${hex(u32(si.si_arch ?? 0))}`);
      break;
    default:
      if (g('si_pid', 'pid') || u32(si.si_uid ?? si.uid ?? 0)) source();
      if (argNum(si.si_value ?? si.value ?? 0)) sigval();
  }
  return `{${p.join(', ')}}`;
}

function siCodeFor(signo: number, code: number): string | undefined {
  const table: Record<number, string> = {
    5: 'sigtrap_codes', 17: 'sigchld_codes', 29: 'sigpoll_codes', 4: 'sigill_codes', 8: 'sigfpe_codes',
    11: 'sigsegv_codes', 7: 'sigbus_codes', 31: 'sigsys_codes',
  };
  const t = table[signo];
  return t ? xlookup(t, code) : undefined;
}

function inetAddrText(s_addr: number): string {
  // s_addr holds the bytes as C stores them (network order, read little-endian).
  const a = s_addr >>> 0;
  return `${a & 0xff}.${(a >>> 8) & 0xff}.${(a >>> 16) & 0xff}.${a >>> 24}`;
}

function ntohs(x: number): number {
  return ((x & 0xff) << 8) | ((x >>> 8) & 0xff);
}

function inet6Text(b: Uint8Array): string {
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  // IPv4-mapped / compatible forms as inet_ntop prints them.
  const zeros5 = g.slice(0, 5).every((x) => x === 0);
  if (zeros5 && g[5] === 0xffff) return `::ffff:${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  if (zeros5 && g[5] === 0 && (g[6] !== 0 || (g[7] ?? 0) > 1)) return `::${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  let bestStart = -1, bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hexs = g.map((x) => x.toString(16));
  if (bestStart < 0) return hexs.join(':');
  return `${hexs.slice(0, bestStart).join(':')}::${hexs.slice(bestStart + bestLen).join(':')}`;
}

/** print_sockaddr for the first `addrlen` bytes of a socket address. */
export function sockaddrBytesText(b: Uint8Array, addrlen: number): string {
  const len = Math.min(addrlen, 128);
  const buf = new Uint8Array(129);
  buf.set(b.subarray(0, Math.min(len, b.length)));
  const dv = new DataView(buf.buffer);
  const family = dv.getUint16(0, true);
  const parts = [`sa_family=${xvalEx(['addrfams'], family, 'AF_???')}`];
  if (len > 2) {
    if (family === 1 && len >= 3) {
      const pathLen = Math.min(len, 110) - 2;
      if (buf[2] !== 0) {
        const q = quote(buf.subarray(2, 2 + pathLen + 1), pathLen + 1, { zeroTerminated: true });
        parts.push(`sun_path=${q.text}`);
      } else {
        parts.push(`sun_path=@${quote(buf.subarray(3, 3 + pathLen - 1), Math.max(0, pathLen - 1)).text}`);
      }
    } else if (family === 2 && len >= 16) {
      parts.push(`sin_port=htons(${ntohs(dv.getUint16(2, true))})`, `sin_addr=inet_addr("${inetAddrText(dv.getUint32(4, true))}")`);
    } else if (family === 10 && len >= 24) {
      const flow = dv.getUint32(4, false);
      parts.push(`sin6_port=htons(${ntohs(dv.getUint16(2, true))})`, `sin6_flowinfo=htonl(${flow})`,
        `inet_pton(AF_INET6, "${inet6Text(buf.subarray(8, 24))}", &sin6_addr)`);
      if (len > 24) parts.push(`sin6_scope_id=${dv.getUint32(24, true)}`);
    } else {
      parts.push(`sa_data=${quote(buf.subarray(2, len), len - 2).text}`);
    }
  }
  return `{${parts.join(', ')}}`;
}

/** A socket address in either door (typed: a SockaddrIn/In6/Un object), `addrlen` bytes long. */
export function sockaddrText(c: CallCtx, p: unknown, addrlen: number): string {
  if (addrlen < 2) return c.mem.addr(p);
  if (c.mem.isNull(p)) return 'NULL';
  let v: unknown = isOutBox(p) ? p.value : p;
  if (v === undefined || v === null) return c.mem.addr(p);
  let bytes: Uint8Array | null;
  if (typeof v === 'number' || v instanceof Uint8Array) {
    bytes = c.mem.exact(v, Math.min(addrlen, 128));
  } else {
    const o = v as Obj;
    if (o.sun_family !== undefined && o.sun_path instanceof Uint8Array) {
      // decodeSockaddr shape: the path is cut to addrlen - 2 already
      const full = new Uint8Array(110);
      new DataView(full.buffer).setUint16(0, num(o, 'sun_family'), true);
      full.set(o.sun_path.subarray(0, 108), 2);
      bytes = full;
    } else if (o.sun_family !== undefined && typeof o.sun_path === 'string') {
      const full = new Uint8Array(110);
      new DataView(full.buffer).setUint16(0, num(o, 'sun_family'), true);
      for (let i = 0; i < Math.min(108, o.sun_path.length); i++) full[2 + i] = o.sun_path.charCodeAt(i) & 0xff;
      bytes = full;
    } else {
      bytes = LAYOUTS.sockaddr!.toBytes(o);
    }
  }
  if (!bytes) return c.mem.addr(p);
  return sockaddrBytesText(bytes, addrlen);
}

function epollEventText(e: Obj): string {
  const data = argBig(e.data);
  return `{events=${flagsEx(['epollevents'], u32(e.events), 'EPOLL???')}, data={u32=${Number(data & 0xffffffffn)}, u64=${data.toString()}}}`;
}

function pollfdText(f: Obj): string {
  const fd = i32(f.fd);
  if (fd < 0) return `{fd=${fd}}`;
  return `{fd=${fd}, events=${flagsEx(['pollflags'], argNum(f.events) & 0xffff, 'POLL???')}}`;
}

function flockText(c: CallCtx, f: Obj, getlk: boolean): string {
  const p = [`l_type=${xvalEx(['lockfcmds'], i32(f.l_type) & 0xffff, 'F_???')}`,
    `l_whence=${xvalEx(['whence_codes'], i32(f.l_whence) & 0xffff, 'SEEK_???')}`,
    `l_start=${dec64(f.l_start)}`, `l_len=${dec64(f.l_len)}`];
  if (getlk) p.push(`l_pid=${i32(f.l_pid)}`);
  void c;
  return `{${p.join(', ')}}`;
}

function winsizeText(w: Obj): string {
  return `{ws_row=${num(w, 'ws_row')}, ws_col=${num(w, 'ws_col')}, ws_xpixel=${num(w, 'ws_xpixel')}, ws_ypixel=${num(w, 'ws_ypixel')}}`;
}

function termiosText(c: CallCtx, t: Obj): string {
  const oflag = u32(t.c_oflag);
  const cflag = u32(t.c_cflag);
  const dly: ReadonlyArray<readonly [string, number, string]> = [
    ['term_oflags_nldly', 0o400, 'NL?'], ['term_oflags_crdly', 0o3000, 'CR?'], ['term_oflags_tabdly', 0o14000, 'TAB?'],
    ['term_oflags_bsdly', 0o20000, 'BS?'], ['term_oflags_vtdly', 0o40000, 'VT?'], ['term_oflags_ffdly', 0o100000, 'FF?'],
  ];
  let o = '';
  let rest = oflag;
  for (const [t2, mask, dfl] of dly) {
    o += `${xvalEx([t2], rest & mask, dfl)}|`;
    rest &= ~mask;
  }
  o += flagsEx(['term_oflags'], rest >>> 0, null);
  const CBAUD = 0o10017, CIBAUD = 0o2003600000, CSIZE = 0o60;
  let cf = `${xvalEx(['baud_options'], cflag & CBAUD, 'B???')}|`;
  if (cflag & CIBAUD) cf += `${xvalEx(['baud_options'], (cflag & CIBAUD) >>> 16, 'B???')}<<IBSHIFT|`;
  cf += `${xvalEx(['term_cflags_csize'], cflag & CSIZE, 'CS?')}|`;
  cf += flagsEx(['term_cflags'], (cflag & ~(CBAUD | CIBAUD | CSIZE)) >>> 0, null);
  const p = [`c_iflag=${flagsEx(['term_iflags'], u32(t.c_iflag), null)}`, `c_oflag=${o}`, `c_cflag=${cf}`,
    `c_lflag=${flagsEx(['term_lflags'], u32(t.c_lflag), null)}`];
  if (!c.opts.verbose) return `{${p.join(', ')}, ...}`;
  p.push(`c_line=${xvalEx(['term_line_discs'], num(t, 'c_line'), 'N_???')}`);
  const cc = Array.isArray(t.c_cc) ? (t.c_cc as unknown[]) : [];
  const ccs: string[] = [];
  for (let i = 0; i < 19; i++) ccs.push(`[${xlookup('termios_cc', i) ?? String(i)}] = ${hex(argNum(cc[i] ?? 0))}`);
  p.push(`c_cc=[${ccs.join(', ')}]`);
  return `{${p.join(', ')}}`;
}

function openHowText(h: Obj): string {
  const flags = argBig(h.flags);
  const p = [`flags=${printFlags('open', Number(flags & 0xffffffffn))}`];
  const mode = argNum(h.mode);
  if ((Number(flags & 0xffffffffn) & (0o100 | 0o20000000)) || mode) p.push(`mode=${octMode(mode)}`);
  p.push(`resolve=${flagsEx(['open_resolve_flags'], argNum(h.resolve), 'RESOLVE_???')}`);
  return `{${p.join(', ')}}`;
}

function stackText(c: CallCtx, s: Obj): string {
  return `{ss_sp=${c.mem.addr(s.ss_sp)}, ss_flags=${flagsEx(['sigaltstack_flags'], i32(s.ss_flags), 'SS_???')}, ss_size=${udec64(s.ss_size)}}`;
}

function itimervalText(t: Obj): string {
  return `{it_interval=${timevalText(t.it_interval as Obj)}, it_value=${timevalText(t.it_value as Obj)}}`;
}

function itimerspecText(t: Obj): string {
  return `{it_interval=${timespecText(t.it_interval as Obj)}, it_value=${timespecText(t.it_value as Obj)}}`;
}

function fdsetText(s: Obj, nfds: number): string {
  const bits = Array.isArray(s.fds_bits) ? (s.fds_bits as unknown[]) : [];
  const fds: number[] = [];
  for (let fd = 0; fd < Math.min(nfds, 1024); fd++) if ((u32(bits[fd >> 5] ?? 0) >>> (fd & 31)) & 1) fds.push(fd);
  return `[${fds.join(' ')}]`;
}

/** A struct with no dedicated printer: {field=value, …} from its layout, numbers in decimal. */
function genericStructText(c: CallCtx, v: unknown): string {
  if (v === null || v === undefined) return '{}';
  if (typeof v !== 'object') return typeof v === 'bigint' ? v.toString() : String(v);
  if (v instanceof Uint8Array) return quote(v, v.length, { forceHex: true }).text;
  if (Array.isArray(v)) return `[${v.map((x) => genericStructText(c, x)).join(', ')}]`;
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v as Obj)) parts.push(`${k}=${genericStructText(c, x)}`);
  return `{${parts.join(', ')}}`;
}

/** A struct by layout name, as strace prints it. `extra` carries a length or nfds when needed. */
export function structText(c: CallCtx, name: string, v: Obj, extra = 0): string {
  switch (name) {
    case 'timespec': return timespecText(v);
    case 'timeval': return timevalText(v);
    case 'timezone': return `{tz_minuteswest=${i32(v.tz_minuteswest)}, tz_dsttime=${i32(v.tz_dsttime)}}`;
    case 'itimerval': return itimervalText(v);
    case 'itimerspec': return itimerspecText(v);
    case 'stat': return statText(c, v);
    case 'statx': return statxText(c, v);
    case 'statfs': return statfsText(v);
    case 'utsname': return utsnameText(c, v);
    case 'rlimit': return rlimitText(v);
    case 'rusage': return rusageText(c, v);
    case 'sysinfo': return sysinfoText(v);
    case 'tms': return tmsText(v);
    case 'sigset': return sigmaskText(sigsetWords(v));
    case 'sigaction': return sigactionText(c, v);
    case 'siginfo': return siginfoText(c, v);
    case 'epoll_event': return epollEventText(v);
    case 'pollfd': return pollfdText(v);
    case 'flock': return flockText(c, v, false);
    case 'winsize': return winsizeText(v);
    case 'termios': return termiosText(c, v);
    case 'open_how': return openHowText(v);
    case 'stack_t': return stackText(c, v);
    case 'fd_set': return fdsetText(v, extra || 1024);
    case 'sched_param': return `[{sched_priority=${i32(v.sched_priority)}}]`;
    case 'utimbuf': return `{actime=${dec64(v.actime)}${timeComment(num(v, 'actime'), 0)}, modtime=${dec64(v.modtime)}${timeComment(num(v, 'modtime'), 0)}}`;
    case 'linger': return `{l_onoff=${i32(v.l_onoff)}, l_linger=${i32(v.l_linger)}}`;
    case 'ucred': return `{pid=${i32(v.pid)}, uid=${u32(v.uid)}, gid=${u32(v.gid)}}`;
    case 'cap_header': return `{version=${xvalEx(['cap_version'], u32(v.version), '_LINUX_CAPABILITY_VERSION_???')}, pid=${i32(v.pid)}}`;
    default: return genericStructText(c, v);
  }
}

// ---------------------------------------------------------------------------------------------
// Argument kinds.

/** The length an ArgSpec takes from another argument, the return value or a fixed count. */
export function specLen(c: CallCtx, a: ArgSpec): number | undefined {
  const l = a.len;
  if (!l) return undefined;
  if ('arg' in l) return argNum(c.args[l.arg]);
  if ('argPtr' in l) return c.mem.int(c.args[l.argPtr]) ?? undefined;
  if ('ret' in l) return c.ret !== undefined && c.ret >= 0 ? c.ret : 0;
  return l.fixed;
}

/** Does this argument print at exit (the kernel writes it)? */
export function printsAtExit(a: ArgSpec): boolean {
  if (a.len && 'ret' in a.len) return true;
  return (a.dir === 'out' || a.dir === 'inout') && POINTERISH.has(a.kind);
}

const POINTERISH = new Set(['ptr', 'buf', 'strout', 'strarray', 'envp', 'struct', 'array', 'intarray', 'longarray', 'str', 'path']);

/** Elements of a typed-door array argument (plain array or Out box holding one). */
function typedArray(v: unknown): unknown[] | null {
  if (isOutBox(v)) v = v.value;
  return Array.isArray(v) ? v : null;
}

/** print_array: [e1, e2, …], at most -s elements without -v, NULL, or the address. */
export function arrayText(c: CallCtx, p: unknown, count: number, elemSize: number, read: (i: number) => string | null): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (count <= 0) return '[]';
  const limit = !c.opts.verbose && c.opts.strsize < count ? c.opts.strsize : count;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i >= limit) {
      out.push('...');
      break;
    }
    const s = read(i);
    if (s === null) {
      if (i === 0) return c.mem.addr(p);
      out.push(`... /* ${c.mem.addr(c.mem.addrOf(p) + i * elemSize)} */`);
      break;
    }
    out.push(s);
  }
  return `[${out.join(', ')}]`;
}

/** An array of structs of layout `name` (poll's fds, epoll events, iovecs handled by caller). */
export function structArrayText(c: CallCtx, p: unknown, name: string, count: number): string {
  const l = LAYOUTS[name];
  const typed = typedArray(p);
  if (typed) {
    return arrayText(c, p, Math.min(count, typed.length), l?.size ?? 1, (i) => structText(c, name, (typed[i] ?? {}) as Obj));
  }
  if (!l) return c.mem.addr(p);
  const base = c.mem.addrOf(p);
  const raw = p instanceof Uint8Array ? p : null;
  return arrayText(c, p, count, l.size, (i) => {
    const v = raw ? c.mem.struct(raw.subarray(i * l.size), name) : c.mem.struct(base + i * l.size, name);
    return v ? structText(c, name, v as Obj) : null;
  });
}

/** An iovec array: [{iov_base="…", iov_len=5}], with the data cut to `dataSize` bytes in total. */
export function iovText(c: CallCtx, p: unknown, count: number, dataSize: number, asAddr: boolean): string {
  let left = dataSize;
  const elem = (v: Obj): string => {
    const len = argNum(v.iov_len ?? (v.iov_base instanceof Uint8Array ? v.iov_base.length : 0));
    let n = Math.min(len, left);
    if (left !== Infinity) left -= n;
    if (n < 0) n = 0;
    const base = asAddr ? c.mem.addr(v.iov_base) : strN(c, v.iov_base, n);
    return `{iov_base=${base}, iov_len=${udec64(len)}}`;
  };
  const typed = typedArray(p);
  if (typed) {
    // The typed door passes the buffers themselves (Uint8Array[]) or iovec-shaped objects.
    const asIov = (x: unknown): Obj =>
      x instanceof Uint8Array || typeof x === 'string' ? { iov_base: x, iov_len: x.length } : ((x ?? {}) as Obj);
    return arrayText(c, p, Math.min(count, typed.length), 16, (i) => elem(asIov(typed[i])));
  }
  const base = c.mem.addrOf(p);
  return arrayText(c, p, count, 16, (i) => {
    const v = c.mem.struct(base + i * 16, 'iovec');
    return v ? elem(v as Obj) : null;
  });
}

/** intarray / longarray: [3, 4]. */
export function intArrayText(c: CallCtx, p: unknown, count: number, size: 4 | 8): string {
  if (c.mem.isNull(p)) return 'NULL';
  let v: unknown = isOutBox(p) ? p.value : p;
  if (typeof v === 'number' && !(typeof p === 'number')) v = [v];
  if (typeof v === 'bigint') v = [v];
  if (Array.isArray(v)) {
    const a = v;
    return arrayText(c, p, Math.min(count, a.length), size, (i) => (size === 8 ? dec64(a[i]) : String(i32(a[i]))));
  }
  if (v === undefined) return c.mem.addr(p);
  const base = c.mem.addrOf(p);
  return arrayText(c, p, count, size, (i) => {
    const x = typeof p === 'number' ? c.mem.ints(base + i * size, 1, size) : c.mem.ints((v as Uint8Array).subarray(i * size), 1, size);
    return x ? String(x[0]) : null;
  });
}

/** execve's argv (printargv): ["ls", "-la"], at most -s entries without -v. */
export function argvText(c: CallCtx, p: unknown): string {
  if (c.mem.isNull(p)) return 'NULL';
  const typed = typedArray(p);
  const max = c.opts.verbose ? Infinity : c.opts.strsize;
  if (typed) {
    const out: string[] = [];
    for (let i = 0; i < typed.length; i++) {
      if (i >= max) {
        out.push('...');
        break;
      }
      out.push(strZ(c, typed[i]));
    }
    return `[${out.join(', ')}]`;
  }
  if (typeof p !== 'number') return c.mem.addr(p);
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const w = c.mem.ints(p + i * 8, 1, 8, false);
    if (!w) {
      if (i === 0) return c.mem.addr(p);
      out.push(`... /* ${c.mem.addr(p + i * 8)} */`);
      break;
    }
    if (w[0] === 0) break;
    if (i >= max) {
      out.push('...');
      break;
    }
    out.push(strZ(c, w[0]));
  }
  return `[${out.join(', ')}]`;
}

/** execve's envp without -v (printargc): 0x7ffd… /* 12 vars *\/. */
export function envpText(c: CallCtx, p: unknown): string {
  if (c.opts.verbose) return argvText(c, p);
  const addr = c.mem.addr(p);
  if (c.mem.isNull(p)) return addr;
  const typed = typedArray(p);
  let n = 0;
  if (typed) n = typed.length;
  else if (typeof p === 'number') {
    for (;; n++) {
      const w = c.mem.ints(p + n * 8, 1, 8, false);
      if (!w) {
        if (n === 0) return addr;
        break;
      }
      if (w[0] === 0) break;
    }
  } else return addr;
  return `${addr} /* ${n} var${n === 1 ? '' : 's'} */`;
}

/** getdents64's buffer: abbreviated `0x… /* N entries *\/`, the entries with -v. */
export function dirents64Text(c: CallCtx, p: unknown, len: number, old = false): string {
  let buf: Uint8Array | null = null;
  if (p instanceof Uint8Array) buf = p.subarray(0, len);
  else if (isOutBox(p) && p.value instanceof Uint8Array) buf = p.value.subarray(0, len);
  else if (typeof p === 'number') buf = c.mem.bytes(p, len);
  // linux_dirent64: 19-byte header, d_type at 18, then the name; linux_dirent (getdents): 18-byte
  // header, the name, d_type in the record's last byte.
  const HEADER = old ? 18 : 19;
  const verbose = c.opts.verbose;
  const base = c.mem.addrOf(p);
  let out = verbose ? '' : c.mem.addr(p);
  if (!buf) return c.mem.addr(p);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let off = 0;
  let count = 0;
  let left = len;
  const ents: string[] = [];
  for (;;) {
    if (left < HEADER) {
      if (verbose && left) ents.push(strN(c, base + off, left, true));
      break;
    }
    if (off + HEADER > buf.length) break;
    count++;
    let reclen = dv.getUint16(off + 16, true);
    const ino = dv.getBigUint64(off, true);
    const doff = dv.getBigInt64(off + 8, true);
    const type = old ? 0 : dv.getUint8(off + 18);
    let next = 0;
    let comment = '';
    if (reclen > left) {
      comment = ` /* ${verbose ? '' : 'd_reclen '}${reclen - left} bytes overflow */`;
      reclen = left;
      next = 0;
    } else if (reclen < HEADER) {
      comment = ` /* ${verbose ? '' : 'd_reclen '}${HEADER - reclen} bytes underflow */`;
      reclen = HEADER;
      next = left - HEADER;
    } else {
      next = left - reclen;
    }
    if (verbose) {
      let e = `{d_ino=${ino}, d_off=${BigInt.asUintN(64, doff)}, d_reclen=${dv.getUint16(off + 16, true)}${comment}`;
      const tail = reclen - HEADER;
      const name = (n: number): string => {
        // printpathn(d_name, n): up to n + 1 bytes read, the NUL looked for in them.
        let str = '';
        let nul = false;
        for (let i = 0; i <= n && off + HEADER + i < buf!.length; i++) {
          const ch = buf![off + HEADER + i]!;
          if (ch === 0) { nul = true; break; }
          str += String.fromCharCode(ch);
        }
        const q = quote(str.slice(0, n), Math.min(n, str.length)).text;
        return nul ? q : `${q}...`;
      };
      if (old) {
        if (tail) {
          const nameLen = Math.min(tail - 1, 256);
          if (nameLen) e += `, d_name=${name(nameLen - 1)}`;
          const t = buf[off + HEADER + tail - 1];
          e += `, d_type=${t === undefined ? c.mem.addr(base + off + HEADER + tail - 1) : xvalEx(['dirent_types'], t, 'DT_???')}`;
        }
      } else {
        e += `, d_type=${xvalEx(['dirent_types'], type, 'DT_???')}`;
        const nameLen = Math.min(tail, 256);
        if (nameLen > 0) e += `, d_name=${name(nameLen - 1)}`;
      }
      ents.push(`${e}}`);
    } else if (comment) out += comment;
    left = next;
    if (!next) break;
    off += reclen;
  }
  if (verbose) return count || ents.length ? `[${ents.join(', ')}]` : '[]';
  return `${out} /* ${count}${left ? '+' : ''} entries */`;
}

/** One argument by its spec (the generic path; calls.ts handles the calls that need more). */
export function argText(c: CallCtx, a: ArgSpec, v: unknown): string {
  switch (a.kind) {
    case 'int': return String(i32(v));
    case 'uint': return String(u32(v));
    case 'long': return dec64(v);
    case 'ulong': return udec64(v);
    case 'hex': return hex64(v);
    case 'oct': return octMode(u32(v));
    case 'ptr': return c.mem.addr(v);
    case 'fd': return String(i32(v));
    case 'dirfd': return dirfdText(v);
    case 'signo': return sigText(i32(v));
    case 'mode': return octMode(u32(v));
    case 'fmode': return symbolicMode(u32(v));
    case 'flags': return printFlags(a.set ?? '', typeof v === 'bigint' ? v : argNum(v));
    case 'enum': return printEnum(a.set ?? '', typeof v === 'bigint' ? v : argNum(v));
    case 'pid': return String(i32(v));
    case 'uid':
    case 'gid': return idText(v);
    case 'path': return pathArg(c, v);
    case 'str': return strZ(c, v);
    case 'buf': {
      if (printsAtExit(a) && c.failed) return c.mem.addr(v);
      const len = specLen(c, a) ?? 0;
      return strN(c, v, len);
    }
    case 'strout': {
      if (c.failed) return c.mem.addr(v);
      const len = specLen(c, a);
      return pathN(c, v, len !== undefined ? Math.max(0, len - 1) : 4095);
    }
    case 'strarray': return argvText(c, v);
    case 'envp': return envpText(c, v);
    case 'struct': {
      if (c.mem.isNull(v)) return 'NULL';
      if (printsAtExit(a) && c.failed) return c.mem.addr(v);
      const name = a.struct ?? '';
      if (name === 'sockaddr') {
        const len = specLen(c, a) ?? 0;
        return sockaddrText(c, v, len);
      }
      if (name === 'sigset') {
        const bytes = c.mem.exact(isOutBox(v) ? (v.value ?? null) : v, 8);
        const s = bytes ? { sig: [new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true), new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)] } : c.mem.struct(v, name);
        return s ? sigmaskText(sigsetWords(s)) : c.mem.addr(v);
      }
      const s = c.mem.struct(v, name, specLen(c, a));
      if (!s) return c.mem.addr(v);
      return structText(c, name, s as Obj);
    }
    case 'array': {
      if (c.mem.isNull(v)) return 'NULL';
      if (printsAtExit(a) && c.failed) return c.mem.addr(v);
      const name = a.struct ?? '';
      const n = specLen(c, a) ?? 0;
      if (name === 'iovec') return iovText(c, v, n, Infinity, false);
      if (name === 'linux_dirent64') return dirents64Text(c, v, n);
      if (name === 'linux_dirent') return dirents64Text(c, v, n, true);
      return structArrayText(c, v, name, n);
    }
    case 'intarray':
    case 'longarray': {
      if (c.mem.isNull(v)) return 'NULL';
      if (printsAtExit(a) && c.failed) return c.mem.addr(v);
      const n = specLen(c, a) ?? 1;
      return intArrayText(c, v, n, a.kind === 'longarray' ? 8 : 4);
    }
  }
  return hex64(v);
}

/** A syscall whose number has no row: syscall_0x1ce(0x1, 0x2, …) with all six arguments. */
export function unknownCallArgs(args: readonly unknown[]): string {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) out.push(hex64(args[i] ?? 0));
  return out.join(', ');
}

/** The generic decoder of a spec: inputs at entry, outputs (and everything after them) at exit. */
export function genericDecoder(spec: SyscallSpec): Decoder {
  const args = spec.args;
  let split = args.findIndex(printsAtExit);
  if (split < 0) split = args.length;
  return {
    enter(c) {
      const parts: string[] = [];
      for (let i = 0; i < split; i++) parts.push(argText(c, args[i]!, c.args[i]));
      const done = split >= args.length;
      return { text: parts.join(', ') + (!done && parts.length > 0 ? ', ' : ''), done };
    },
    exit(c) {
      const parts: string[] = [];
      for (let i = split; i < args.length; i++) parts.push(argText(c, args[i]!, c.args[i]));
      return { text: parts.join(', ') };
    },
  };
}

