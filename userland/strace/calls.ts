// userland/strace/calls.ts — the syscalls strace decodes by name because their arguments depend
// on other arguments or on the result: open/openat (mode only with O_CREAT|O_TMPFILE), fcntl and
// ioctl (by command), prctl, arch_prctl, futex, clone/clone3 (named arguments), wait4, nanosleep,
// poll, socket calls, get/setsockopt, statx, readv, getrandom… Everything else goes through
// decode.ts's generic decoder. Part of the strace formatter (userland/strace/).

import { printEnum, printFlags, flagsEx, hex, openFlagsAux, sprintFlags, xlookup, xvalEx } from '../../abi/xlat';
import { errnoByNumber } from '../../abi/errno';
import type { SyscallSpec } from '../../abi/types';
import {
  argBig, argNum, argText, dec64, dirfdText, genericDecoder, hex64, i32, iovText, octMode,
  pathArg, sigmaskText, sigsetWords, sigText, sockaddrText, strN, strZ, structText, timeComment, timespecText, u32, udec64,
  type CallCtx, type Decoder, type EntryOut, type ExitOut,
} from './decode';
import { ioctlName } from './ioctls';
import { isOutBox } from './mem';

type Obj = Record<string, unknown>;

const ENTRY_DONE = (text: string): EntryOut => ({ text, done: true });
const NONE: ExitOut = { text: '' };

/** A decoder that prints everything at entry. */
function atEntry(f: (c: CallCtx) => string, rval?: ExitOut['rval']): Decoder {
  return { enter: (c) => ENTRY_DONE(f(c)), exit: () => (rval ? { text: '', rval } : NONE) };
}


// --- restart errors (nanosleep's rem is printed only then) -----------------------------------

const ERESTARTSYS = 512, ERESTARTNOHAND = 514, ERESTART_RESTARTBLOCK = 516, ERESTARTNOINTR = 513;
function isErestart(c: CallCtx): boolean {
  const e = c.ret !== undefined ? -c.ret : 0;
  return e === ERESTARTSYS || e === ERESTARTNOINTR || e === ERESTARTNOHAND || e === ERESTART_RESTARTBLOCK;
}

function tsOrAddr(c: CallCtx, p: unknown, ignoreFailure = false): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (c.exiting && c.failed && !ignoreFailure) return c.mem.addr(p);
  const t = c.mem.struct(p, 'timespec');
  return t ? timespecText(t as Obj) : c.mem.addr(p);
}

// --- open ---------------------------------------------------------------------------------------

const O_CREAT = 0o100;
const __O_TMPFILE = 0o20000000;

function openArgs(c: CallCtx, off: number): string {
  const flags = u32(c.args[off + 1]);
  let s = `${pathArg(c, c.args[off])}, ${printFlags('open', flags)}`;
  if (flags & (O_CREAT | __O_TMPFILE)) s += `, ${octMode(u32(c.args[off + 2]))}`;
  return s;
}

// --- fcntl --------------------------------------------------------------------------------------

const F = {
  DUPFD: 0, GETFD: 1, SETFD: 2, GETFL: 3, SETFL: 4, GETLK: 5, SETLK: 6, SETLKW: 7, SETOWN: 8, GETOWN: 9,
  SETSIG: 10, GETSIG: 11, SETOWN_EX: 15, GETOWN_EX: 16, OFD_GETLK: 36, OFD_SETLK: 37, OFD_SETLKW: 38,
  SETLEASE: 1024, GETLEASE: 1025, NOTIFY: 1026, DUPFD_CLOEXEC: 1030, SETPIPE_SZ: 1031, GETPIPE_SZ: 1032,
  ADD_SEALS: 1033, GET_SEALS: 1034,
} as const;

function flockArg(c: CallCtx, p: unknown, getlk: boolean): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (c.exiting && c.failed) return c.mem.addr(p);
  const f = c.mem.struct(p, 'flock');
  if (!f) return c.mem.addr(p);
  const o = f as Obj;
  const parts = [`l_type=${xvalEx(['lockfcmds'], i32(o.l_type) & 0xffff, 'F_???')}`,
    `l_whence=${xvalEx(['whence_codes'], i32(o.l_whence) & 0xffff, 'SEEK_???')}`,
    `l_start=${dec64(o.l_start)}`, `l_len=${dec64(o.l_len)}`];
  if (getlk) parts.push(`l_pid=${i32(o.l_pid)}`);
  return `{${parts.join(', ')}}`;
}

function ownerExArg(c: CallCtx, p: unknown): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (c.exiting && c.failed) return c.mem.addr(p);
  const o = c.mem.struct(p, 'f_owner_ex') as Obj | null;
  if (!o) return c.mem.addr(p);
  return `{type=${xvalEx(['f_owner_types'], i32(o.type), 'F_OWNER_???')}, pid=${i32(o.pid)}}`;
}

const fcntl: Decoder = {
  enter(c) {
    const cmd = u32(c.args[1]);
    const head = `${i32(c.args[0])}, ${xvalEx(['fcntlcmds'], cmd, 'F_???')}`;
    const arg = c.args[2];
    switch (cmd) {
      case F.SETFD: return ENTRY_DONE(`${head}, ${flagsEx(['fdflags'], u32(arg), 'FD_???')}`);
      case F.SETOWN: case F.SETPIPE_SZ: case F.DUPFD: case F.DUPFD_CLOEXEC:
        return ENTRY_DONE(`${head}, ${i32(arg)}`);
      case F.SETFL: return ENTRY_DONE(`${head}, ${printFlags('open', u32(arg))}`);
      case F.SETLK: case F.SETLKW: case F.OFD_SETLK: case F.OFD_SETLKW:
        return ENTRY_DONE(`${head}, ${flockArg(c, arg, false)}`);
      case F.SETOWN_EX: return ENTRY_DONE(`${head}, ${ownerExArg(c, arg)}`);
      case F.NOTIFY: return ENTRY_DONE(`${head}, ${flagsEx(['notifyflags'], argBig(arg), 'DN_???', true)}`);
      case F.SETLEASE: return ENTRY_DONE(`${head}, ${xvalEx(['lockfcmds'], argBig(arg), 'F_???')}`);
      case F.ADD_SEALS: return ENTRY_DONE(`${head}, ${flagsEx(['f_seals'], argBig(arg), 'F_SEAL_???', true)}`);
      case F.SETSIG: return ENTRY_DONE(`${head}, ${sigText(i32(arg))}`);
      case F.GETOWN: case F.GETPIPE_SZ: case F.GETFD: case F.GETFL: case F.GETLK: case F.OFD_GETLK:
      case F.GETOWN_EX: case F.GETLEASE: case F.GET_SEALS: case F.GETSIG:
        return { text: head, done: false };
      default: return ENTRY_DONE(`${head}, ${hex64(arg)}`);
    }
  },
  exit(c) {
    const cmd = u32(c.args[1]);
    const ret = c.ret ?? 0;
    switch (cmd) {
      case F.DUPFD: case F.DUPFD_CLOEXEC: return { text: '', rval: 'fd' };
      case F.GETFD:
        if (c.failed || ret === 0) return NONE;
        return { text: '', rval: 'hex', aux: `flags ${sprintFlags('fdflags', ret) ?? hex(ret)}` };
      case F.GETFL:
        if (c.failed) return NONE;
        return { text: '', rval: 'hex', aux: openFlagsAux(ret) };
      case F.GETLK: return { text: `, ${flockArg(c, c.args[2], true)}` };
      case F.OFD_GETLK: return { text: `, ${flockArg(c, c.args[2], true)}` };
      case F.GETOWN_EX: return { text: `, ${ownerExArg(c, c.args[2])}` };
      case F.GETLEASE:
        if (c.failed) return NONE;
        return { text: '', rval: 'hex', aux: xlookup('lockfcmds', ret) };
      case F.GET_SEALS:
        if (c.failed || ret === 0) return NONE;
        return { text: '', rval: 'hex', aux: `seals ${sprintFlags('f_seals', ret) ?? hex(ret)}` };
      case F.GETSIG:
        if (c.failed || ret === 0) return NONE;
        return { text: '', aux: sigText(ret) };
    }
    return NONE;
  },
};

// --- ioctl --------------------------------------------------------------------------------------

const T = {
  TCGETS: 0x5401, TCSETS: 0x5402, TCSETSW: 0x5403, TCSETSF: 0x5404, TCSBRK: 0x5409, TCXONC: 0x540a,
  TCFLSH: 0x540b, TIOCSCTTY: 0x540e, TIOCGPGRP: 0x540f, TIOCSPGRP: 0x5410, TIOCOUTQ: 0x5411, TIOCSTI: 0x5412,
  TIOCGWINSZ: 0x5413, TIOCSWINSZ: 0x5414, FIONREAD: 0x541b, TIOCNOTTY: 0x5422, TIOCSETD: 0x5423, TIOCGETD: 0x5424,
  TIOCSBRK: 0x5427, TIOCCBRK: 0x5428, TIOCGSID: 0x5429, TIOCGPTN: 0x80045430, TIOCSPTLCK: 0x40045431,
  FIONBIO: 0x5421, FIOASYNC: 0x5452, FIONCLEX: 0x5450, FIOCLEX: 0x5451, TIOCEXCL: 0x540c, TIOCNXCL: 0x540d,
  TIOCPKT: 0x5420, TIOCCONS: 0x541d, TIOCVHANGUP: 0x5437, TIOCGEXCL: 0x80045440, TIOCGDEV: 0x80045432,
} as const;

function intPtr(c: CallCtx, p: unknown): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (c.exiting && c.failed) return c.mem.addr(p);
  const v = c.mem.int(p);
  return v === null ? c.mem.addr(p) : `[${v}]`;
}

function structPtr(c: CallCtx, p: unknown, layout: string): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (c.exiting && c.failed) return c.mem.addr(p);
  const v = c.mem.struct(p, layout);
  return v ? structText(c, layout, v as Obj) : c.mem.addr(p);
}

/** ioctl arguments: which requests print at exit, and how. Undecoded ones print the arg in hex. */
function ioctlArg(c: CallCtx, code: number): { atExit: boolean; text: (c: CallCtx) => string } | null {
  const arg = c.args[2];
  switch (code) {
    case T.TCGETS: return { atExit: true, text: (x) => structPtr(x, arg, 'termios') };
    case T.TCSETS: case T.TCSETSW: case T.TCSETSF: return { atExit: false, text: (x) => structPtr(x, arg, 'termios') };
    case T.TIOCGWINSZ: return { atExit: true, text: (x) => structPtr(x, arg, 'winsize') };
    case T.TIOCSWINSZ: return { atExit: false, text: (x) => structPtr(x, arg, 'winsize') };
    case T.TCXONC: return { atExit: false, text: () => xvalEx(['tcxonc_options'], argBig(arg), 'TC???') };
    case T.TCFLSH: return { atExit: false, text: () => xvalEx(['tcflsh_options'], argBig(arg), 'TC???') };
    case T.TCSBRK: case T.TIOCSCTTY: return { atExit: false, text: () => String(i32(arg)) };
    case T.TIOCGPGRP: case T.TIOCGSID: case T.TIOCGETD: case T.TIOCGPTN: case T.FIONREAD: case T.TIOCOUTQ:
    case T.TIOCGEXCL: case T.TIOCGDEV:
      return { atExit: true, text: (x) => intPtr(x, arg) };
    case T.TIOCSPGRP: case T.TIOCSETD: case T.FIONBIO: case T.FIOASYNC: case T.TIOCPKT: case T.TIOCSPTLCK:
      return { atExit: false, text: (x) => intPtr(x, arg) };
    case T.TIOCSTI: return { atExit: false, text: (x) => strN(x, arg, 1) };
    case T.TIOCSBRK: case T.TIOCCBRK: case T.TIOCCONS: case T.TIOCNOTTY: case T.TIOCEXCL: case T.TIOCNXCL:
    case T.FIOCLEX: case T.FIONCLEX: case T.TIOCVHANGUP:
      return { atExit: false, text: () => '' };
  }
  return null;
}

const ioctl: Decoder = {
  enter(c) {
    const code = u32(c.args[1]);
    const head = `${i32(c.args[0])}, ${ioctlName(code)}`;
    const a = ioctlArg(c, code);
    if (!a) return ENTRY_DONE(`${head}, ${hex64(c.args[2])}`);
    if (a.atExit) return { text: head, done: false };
    const t = a.text(c);
    return ENTRY_DONE(t === '' ? head : `${head}, ${t}`);
  },
  exit(c) {
    const a = ioctlArg(c, u32(c.args[1]));
    if (!a || !a.atExit) return NONE;
    return { text: `, ${a.text(c)}` };
  },
};

// --- prctl / arch_prctl -----------------------------------------------------------------------

const PR = {
  SET_PDEATHSIG: 1, GET_PDEATHSIG: 2, GET_DUMPABLE: 3, SET_DUMPABLE: 4, GET_KEEPCAPS: 7, SET_KEEPCAPS: 8,
  GET_TIMING: 13, SET_TIMING: 14, SET_NAME: 15, GET_NAME: 16, GET_SECCOMP: 21, GET_TIMERSLACK: 30,
  SET_CHILD_SUBREAPER: 36, GET_CHILD_SUBREAPER: 37, SET_NO_NEW_PRIVS: 38, GET_NO_NEW_PRIVS: 39,
  SET_THP_DISABLE: 41, GET_THP_DISABLE: 42, CAPBSET_READ: 23, CAPBSET_DROP: 24, TASK_PERF_EVENTS_DISABLE: 31,
  TASK_PERF_EVENTS_ENABLE: 32, SET_IO_FLUSHER: 57, GET_IO_FLUSHER: 58,
} as const;

function prctlRest(c: CallCtx, first: number): string {
  let s = '';
  for (let i = first; i < 5; i++) s += `, ${hex64(c.args[i])}`;
  return s;
}

const prctl: Decoder = {
  enter(c) {
    const op = u32(c.args[0]);
    const head = xvalEx(['prctl_options'], op, 'PR_???');
    const arg2 = c.args[1];
    switch (op) {
      case PR.GET_KEEPCAPS: case PR.GET_SECCOMP: case PR.GET_TIMERSLACK: case PR.GET_TIMING:
      case PR.TASK_PERF_EVENTS_DISABLE: case PR.TASK_PERF_EVENTS_ENABLE:
        return ENTRY_DONE(head);
      case PR.GET_CHILD_SUBREAPER: case PR.GET_NAME: case PR.GET_PDEATHSIG:
        return { text: `${head}, `, done: false };
      case PR.GET_DUMPABLE: return { text: head, done: false };
      case PR.SET_CHILD_SUBREAPER: case PR.SET_KEEPCAPS: case PR.SET_TIMING:
        return ENTRY_DONE(`${head}, ${udec64(arg2)}`);
      case PR.SET_DUMPABLE: return ENTRY_DONE(`${head}, ${xvalEx(['pr_dumpable'], argBig(arg2), 'SUID_DUMP_???')}`);
      case PR.CAPBSET_READ: case PR.CAPBSET_DROP: return ENTRY_DONE(`${head}, ${xvalEx(['cap'], argBig(arg2), 'CAP_???')}`);
      case PR.SET_NAME: return ENTRY_DONE(`${head}, ${strZ(c, arg2, 15)}`);
      case PR.SET_PDEATHSIG: {
        const v = argBig(arg2);
        return ENTRY_DONE(`${head}, ${v > 128n ? v.toString() : sigText(Number(v))}`);
      }
      case PR.SET_NO_NEW_PRIVS: case PR.SET_THP_DISABLE: case PR.SET_IO_FLUSHER:
        return ENTRY_DONE(`${head}, ${udec64(arg2)}${prctlRest(c, 2)}`);
      default:
        return ENTRY_DONE(`${head}${prctlRest(c, 1)}`);
    }
  },
  exit(c) {
    const op = u32(c.args[0]);
    const arg2 = c.args[1];
    switch (op) {
      case PR.GET_CHILD_SUBREAPER: {
        if (c.failed) return { text: c.mem.addr(arg2) };
        const v = c.mem.int(arg2);
        return { text: v === null ? c.mem.addr(arg2) : `[${v >>> 0}]` };
      }
      case PR.GET_NAME:
        return { text: c.failed ? c.mem.addr(arg2) : strZ(c, arg2, 16) };
      case PR.GET_PDEATHSIG: {
        if (c.failed) return { text: c.mem.addr(arg2) };
        const v = c.mem.int(arg2);
        return { text: v === null ? c.mem.addr(arg2) : `[${sigText(v)}]` };
      }
      case PR.GET_DUMPABLE:
        if (c.failed) return NONE;
        return { text: '', aux: xlookup('pr_dumpable', c.ret ?? 0) };
    }
    return NONE;
  },
};

const ARCH_GET_FS = 0x1003, ARCH_GET_GS = 0x1004, ARCH_GET_CPUID = 0x1011;

const archPrctl: Decoder = {
  enter(c) {
    const op = u32(c.args[0]);
    const head = xvalEx(['archvals'], op, 'ARCH_???');
    if (op === ARCH_GET_FS || op === ARCH_GET_GS) return { text: `${head}, `, done: false };
    if (op === ARCH_GET_CPUID) return ENTRY_DONE(head);
    return ENTRY_DONE(`${head}, ${hex64(c.args[1])}`);
  },
  exit(c) {
    const op = u32(c.args[0]);
    if (op !== ARCH_GET_FS && op !== ARCH_GET_GS) return NONE;
    const p = c.args[1];
    if (c.mem.isNull(p)) return { text: 'NULL' };
    if (c.failed) return { text: c.mem.addr(p) };
    const v = c.mem.ints(p, 1, 8, false);
    return { text: v ? `[${c.mem.addr(v[0]!)}]` : c.mem.addr(p) };
  },
};

// --- futex --------------------------------------------------------------------------------------

function futexTimeout(c: CallCtx, p: unknown): string {
  if (c.mem.isNull(p)) return 'NULL';
  const t = c.mem.struct(p, 'timespec');
  return t ? timespecText(t as Obj) : c.mem.addr(p);
}

const futex = atEntry((c) => {
  const op = i32(c.args[1]);
  const cmd = op & 127;
  const val = u32(c.args[2]);
  const val2 = u32(c.args[3]);
  const val3 = u32(c.args[5]);
  const parts = [c.mem.addr(c.args[0]), xvalEx(['futexops'], op >>> 0, 'FUTEX_???')];
  const uaddr2 = c.mem.addr(c.args[4]);
  const bitset = (): string => xvalEx(['futexbitset'], val3, null);
  switch (cmd) {
    case 0: parts.push(String(val), futexTimeout(c, c.args[3])); break; // WAIT
    case 6: case 13: parts.push(futexTimeout(c, c.args[3])); break; // LOCK_PI, LOCK_PI2
    case 9: parts.push(String(val), futexTimeout(c, c.args[3]), bitset()); break; // WAIT_BITSET
    case 10: parts.push(String(val), bitset()); break; // WAKE_BITSET
    case 3: parts.push(String(val), String(val2), uaddr2); break; // REQUEUE
    case 4: case 12: parts.push(String(val), String(val2), uaddr2, String(val3)); break; // CMP_REQUEUE(_PI)
    case 5: { // WAKE_OP
      let op3 = '';
      if ((val3 >>> 28) & 8) op3 += 'FUTEX_OP_OPARG_SHIFT<<28|';
      const wop = xlookup('futexwakeops', (val3 >>> 28) & 7);
      op3 += `${wop ?? String((val3 >>> 28) & 7)}<<28${wop ? '' : ' /* FUTEX_OP_??? */'}|`;
      op3 += `${hex((val3 >>> 12) & 0xfff)}<<12|`;
      const cmp = xlookup('futexwakecmps', (val3 >>> 24) & 0xf);
      op3 += `${cmp ?? String((val3 >>> 24) & 0xf)}<<24${cmp ? '' : ' /* FUTEX_OP_CMP_??? */'}|`;
      op3 += hex(val3 & 0xfff);
      parts.push(String(val), String(val2), uaddr2, op3);
      break;
    }
    case 11: parts.push(String(val), futexTimeout(c, c.args[3]), uaddr2); break; // WAIT_REQUEUE_PI
    case 1: case 2: parts.push(String(val)); break; // WAKE, FD
    case 7: case 8: break; // UNLOCK_PI, TRYLOCK_PI
    default: parts.push(String(val), c.mem.addr(c.args[3]), uaddr2, hex(val3));
  }
  return parts.join(', ');
});

// --- processes ------------------------------------------------------------------------------------

const CSIGNAL = 0xffn;
const CLONE_PIDFD = 0x1000n, CLONE_SETTLS = 0x80000n, CLONE_PARENT_SETTID = 0x100000n;
const CLONE_CHILD_CLEARTID = 0x200000n, CLONE_CHILD_SETTID = 0x1000000n;

const clone: Decoder = {
  enter(c) {
    const raw = argBig(c.args[0]);
    const flags = raw & ~CSIGNAL;
    const sig = Number(raw & CSIGNAL);
    let f: string;
    if (flags) {
      f = flagsEx(['clone_flags'], flags, 'CLONE_???', true);
      if (sig) f += `|${sigText(sig)}`;
    } else f = sigText(sig);
    const text = `child_stack=${c.mem.addr(c.args[1])}, flags=${f}`;
    const done = (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | CLONE_SETTLS)) === 0n;
    return { text, done };
  },
  exit(c) {
    const flags = argBig(c.args[0]) & ~CSIGNAL;
    let s = '';
    if (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD)) {
      const p = c.args[2];
      let v: string;
      if (c.mem.isNull(p)) v = 'NULL';
      else if (c.failed) v = c.mem.addr(p);
      else {
        const n = c.mem.int(p);
        v = n === null ? c.mem.addr(p) : `[${n}]`;
      }
      s += `, parent_tid=${v}`;
    }
    if (flags & CLONE_SETTLS) s += `, tls=${c.mem.addr(c.args[4])}`;
    if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) s += `, child_tidptr=${c.mem.addr(c.args[3])}`;
    return { text: s };
  },
};

const clone3: Decoder = {
  enter(c) {
    const p = c.args[0];
    const size = argNum(c.args[1]);
    if (size < 64) return { text: `${c.mem.addr(p)}, `, done: false };
    const a = c.mem.struct(p, 'clone_args', Math.min(size, 88)) as Obj | null;
    if (!a) return { text: `${c.mem.addr(p)}, `, done: false };
    const flags = argBig(a.flags);
    const parts = [`flags=${flagsEx(['clone_flags', 'clone3_flags'], flags, 'CLONE_???', true)}`];
    if (flags & CLONE_PIDFD) parts.push(`pidfd=${c.mem.addr(a.pidfd)}`);
    if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) parts.push(`child_tid=${c.mem.addr(a.child_tid)}`);
    if (flags & CLONE_PARENT_SETTID) parts.push(`parent_tid=${c.mem.addr(a.parent_tid)}`);
    const es = argBig(a.exit_signal);
    parts.push(`exit_signal=${es < 0x7fffffffn ? sigText(Number(es)) : es.toString()}`);
    parts.push(`stack=${c.mem.addr(a.stack)}`, `stack_size=${hex64(a.stack_size)}`);
    if (flags & CLONE_SETTLS) parts.push(`tls=${c.mem.addr(a.tls)}`);
    if (size >= 80 && argBig(a.set_tid_size)) parts.push(`set_tid=${c.mem.addr(a.set_tid)}`, `set_tid_size=${udec64(a.set_tid_size)}`);
    if (size >= 88 && flags & 0x200000000n) parts.push(`cgroup=${udec64(a.cgroup)}`);
    c.saved.clone3 = true;
    return { text: `{${parts.join(', ')}}, `, done: false };
  },
  exit(c) {
    return { text: udec64(c.args[1]) };
  },
};

const W_EXITCODE = (ret: number, sig: number): number => (ret << 8) | sig;

/** wait4's status as strace prints it: [{WIFEXITED(s) && WEXITSTATUS(s) == 3}]. */
export function waitStatusText(status: number): string {
  let s = status | 0;
  let out: string;
  const low = s & 0x7f;
  if ((s & 0xff) === 0x7f) {
    const sig = (s >> 8) & 0xff;
    out = `{WIFSTOPPED(s) && WSTOPSIG(s) == ${sigText(sig & 0x7f)}${sig & 0x80 ? ' | 0x80' : ''}}`;
    s &= ~((sig << 8) | 0x7f);
  } else if (low !== 0 && low !== 0x7f) {
    out = `{WIFSIGNALED(s) && WTERMSIG(s) == ${sigText(low)}${s & 0x80 ? ' && WCOREDUMP(s)' : ''}}`;
    s &= ~(W_EXITCODE(0, low) | 0x80);
  } else if (low === 0 && s !== 0xffff) {
    const code = (s >> 8) & 0xff;
    out = `{WIFEXITED(s) && WEXITSTATUS(s) == ${code}}`;
    s &= ~W_EXITCODE(code, 0);
  } else if (s === 0xffff) {
    out = '{WIFCONTINUED(s)}';
    s &= ~0xffff;
  } else {
    return `[${hex(status >>> 0)}]`;
  }
  if (s) {
    const event = (s >>> 16) & 0xffff;
    if (event) {
      out += `|${xvalEx(['ptrace_events'], event, 'PTRACE_EVENT_???')}<<16`;
      s &= 0xffff;
    }
    if (s) out += `|${hex(s >>> 0)}`;
  }
  return `[${out}]`;
}

const wait4: Decoder = {
  enter(c) {
    return { text: `${i32(c.args[0])}, `, done: false };
  },
  exit(c) {
    const ret = c.ret ?? 0;
    const sp = c.args[1];
    let st: string;
    if (ret === 0 || c.mem.isNull(sp) || c.failed) st = c.mem.addr(sp);
    else {
      const v = c.mem.int(sp);
      st = v === null ? c.mem.addr(sp) : waitStatusText(v);
    }
    const ru = c.args[3];
    let rus: string;
    if (ret > 0 && !c.mem.isNull(ru)) {
      const r = c.mem.struct(ru, 'rusage');
      rus = r ? structText(c, 'rusage', r as Obj) : c.mem.addr(ru);
    } else rus = c.mem.addr(ru);
    return { text: `${st}, ${flagsEx(['wait4_options'], u32(c.args[2]), 'W???')}, ${rus}` };
  },
};

// --- time -----------------------------------------------------------------------------------------

const nanosleep: Decoder = {
  enter(c) {
    return { text: `${tsOrAddr(c, c.args[0])}, `, done: false };
  },
  exit(c) {
    return { text: isErestart(c) ? tsOrAddr(c, c.args[1], true) : c.mem.addr(c.args[1]) };
  },
};

const clockNanosleep: Decoder = {
  enter(c) {
    return {
      text: `${printEnum('clockid', argNum(c.args[0]))}, ${printFlags('timer_flags', argNum(c.args[1]))}, ${tsOrAddr(c, c.args[2])}, `,
      done: false,
    };
  },
  exit(c) {
    return { text: !argNum(c.args[1]) && isErestart(c) ? tsOrAddr(c, c.args[3], true) : c.mem.addr(c.args[3]) };
  },
};

// --- I/O ------------------------------------------------------------------------------------------

const readv = (withOffset: boolean, flagsArg: number): Decoder => ({
  enter(c) {
    return { text: `${i32(c.args[0])}, `, done: false };
  },
  exit(c) {
    const n = argNum(c.args[2]);
    let s = `${iovText(c, c.args[1], n, c.failed ? 0 : (c.ret ?? 0), c.failed)}, ${udec64(c.args[2])}`;
    if (withOffset) s += `, ${dec64(c.args[3])}`;
    if (flagsArg >= 0) s += `, ${printFlags('rwf_flags', argNum(c.args[flagsArg]))}`;
    return { text: s };
  },
});

const getrandom: Decoder = {
  enter: () => ({ text: '', done: false }),
  exit(c) {
    const buf = c.failed ? c.mem.addr(c.args[0]) : strN(c, c.args[0], c.ret ?? 0, true);
    return { text: `${buf}, ${udec64(c.args[1])}, ${printFlags('grnd_flags', argNum(c.args[2]))}` };
  },
};

const statx: Decoder = {
  enter(c) {
    const flags = u32(c.args[2]);
    let f = flagsEx(['at_statx_sync_types'], flags & 0x6000, null);
    const rest = flags & ~0x6000;
    if (rest) f += `|${flagsEx(['at_flags'], rest, null)}`;
    return {
      text: `${dirfdText(c.args[0])}, ${pathArg(c, c.args[1])}, ${f}, ${printFlags('statx_mask', u32(c.args[3]))}, `,
      done: false,
    };
  },
  exit(c) {
    return { text: structPtr(c, c.args[4], 'statx') };
  },
};

/** poll's retstr: ([{fd=3, revents=POLLIN}]) or Timeout. */
function pollAux(c: CallCtx, tsArg: number): string | undefined {
  if (c.failed) return undefined;
  if (c.ret === 0) return 'Timeout';
  const p = c.args[0];
  const n = u32(c.args[1]);
  if (c.mem.isNull(p) || n === 0) return undefined;
  const items: string[] = [];
  const max = c.opts.verbose ? Infinity : c.opts.strsize;
  const typed = Array.isArray(p) ? p : isOutBox(p) && Array.isArray(p.value) ? p.value : null;
  for (let i = 0; i < n; i++) {
    const f = (typed ? typed[i] : c.mem.struct(c.mem.addrOf(p) + i * 8, 'pollfd')) as Obj | null | undefined;
    if (!f) {
      items.push(c.mem.addr(c.mem.addrOf(p) + i * 8));
      break;
    }
    const rev = argNum(f.revents) & 0xffff;
    if (!rev) continue;
    if (items.length >= max) {
      items.push('...');
      break;
    }
    items.push(`{fd=${i32(f.fd)}, revents=${sprintFlags('pollflags', rev) ?? hex(rev)}}`);
  }
  let out = items.length ? `[${items.join(', ')}]` : '';
  if (tsArg >= 0 && !c.mem.isNull(c.args[tsArg])) {
    const t = c.mem.struct(c.args[tsArg], 'timespec');
    const ts = t ? timespecText(t as Obj) : c.mem.addr(c.args[tsArg]);
    out += `${out ? ', ' : ''}left ${ts}`;
  }
  return out || undefined;
}

function pollfds(c: CallCtx): string {
  const p = c.args[0];
  const n = u32(c.args[1]);
  return argText(c, { name: 'fds', kind: 'array', dir: 'in', struct: 'pollfd', len: { fixed: n } }, p);
}

const poll: Decoder = {
  enter: (c) => ENTRY_DONE(`${pollfds(c)}, ${u32(c.args[1])}, ${i32(c.args[2])}`),
  exit: (c) => ({ text: '', aux: pollAux(c, -1) }),
};

const ppoll: Decoder = {
  enter: (c) => ENTRY_DONE(`${pollfds(c)}, ${u32(c.args[1])}, ${tsOrAddr(c, c.args[2])}, ${sigsetArg(c, c.args[3], argNum(c.args[4]))}, ${udec64(c.args[4])}`),
  exit: (c) => ({ text: '', aux: pollAux(c, 2) }),
};

function sigsetArg(c: CallCtx, p: unknown, len: number): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (len < 8 || len > 8) return c.mem.addr(p);
  if (c.exiting && c.failed) return c.mem.addr(p);
  if (typeof p === 'number') {
    const w = c.mem.ints(p, 2, 4, false);
    return w ? sigmaskText(w) : c.mem.addr(p);
  }
  const v = isOutBox(p) ? p.value : p;
  if (v === undefined || v === null) return c.mem.addr(p);
  return sigmaskText(sigsetWords(v));
}

const rtSigprocmask: Decoder = {
  enter: (c) => ({ text: `${printEnum('sig_how', argNum(c.args[0]))}, ${sigsetArg(c, c.args[1], argNum(c.args[3]))}, `, done: false }),
  exit: (c) => ({ text: `${sigsetArg(c, c.args[2], argNum(c.args[3]))}, ${udec64(c.args[3])}` }),
};

// --- sockets --------------------------------------------------------------------------------------

const socket = atEntry((c) => {
  const family = u32(c.args[0]);
  let proto: string;
  switch (family) {
    case 2: case 10: proto = xvalEx(['inet_protocols'], u32(c.args[2]), 'IPPROTO_???'); break;
    case 16: proto = xvalEx(['netlink_protocols'], u32(c.args[2]), 'NETLINK_???'); break;
    default: proto = udec64(c.args[2]);
  }
  return `${xvalEx(['addrfams'], family, 'AF_???')}, ${printFlags('socket_type', u32(c.args[1]))}, ${proto}`;
});

/** accept/getsockname/getpeername: the address and [ulen => rlen]. */
const sockname = (flagsArg: number): Decoder => ({
  enter(c) {
    const fd = `${i32(c.args[0])}, `;
    const ulen = !c.mem.isNull(c.args[1]) && !c.mem.isNull(c.args[2]) ? c.mem.int(c.args[2]) : null;
    if (ulen === null) {
      let s = `${fd}${c.mem.addr(c.args[1])}, ${c.mem.addr(c.args[2])}`;
      if (flagsArg >= 0) s += `, ${printFlags('sock_type_flags', argNum(c.args[flagsArg]))}`;
      c.saved.decoded = true;
      return { text: s, done: true };
    }
    c.saved.ulen = ulen;
    return { text: fd, done: false };
  },
  exit(c) {
    if (c.saved.decoded) return NONE;
    const ulen = c.saved.ulen as number;
    const rlen = c.failed ? null : c.mem.int(c.args[2]);
    let s: string;
    if (rlen === null) s = `${c.mem.addr(c.args[1])}, [${ulen}]`;
    else s = `${sockaddrText(c, c.args[1], Math.min(ulen, rlen))}, [${ulen !== rlen ? `${ulen} => ` : ''}${rlen}]`;
    if (flagsArg >= 0) s += `, ${printFlags('sock_type_flags', argNum(c.args[flagsArg]))}`;
    return { text: s };
  },
});

const recvfrom: Decoder = {
  enter(c) {
    const ulen = !c.mem.isNull(c.args[4]) && !c.mem.isNull(c.args[5]) ? c.mem.int(c.args[5]) : null;
    if (ulen !== null) c.saved.ulen = ulen;
    return { text: `${i32(c.args[0])}, `, done: false };
  },
  exit(c) {
    const ret = c.ret ?? 0;
    const buf = c.failed ? c.mem.addr(c.args[1]) : strN(c, c.args[1], Math.min(ret, argNum(c.args[2])));
    let s = `${buf}, ${udec64(c.args[2])}, ${printFlags('msg_flags', argNum(c.args[3]))}, `;
    const rlen = !c.mem.isNull(c.args[4]) && !c.mem.isNull(c.args[5]) ? c.mem.int(c.args[5]) : null;
    const ulen = c.saved.ulen as number | undefined;
    if (rlen === null || ulen === undefined) return { text: `${s}${c.mem.addr(c.args[4])}, ${c.mem.addr(c.args[5])}` };
    if (c.failed) return { text: `${s}${c.mem.addr(c.args[4])}, [${ulen}]` };
    s += `${sockaddrText(c, c.args[4], Math.min(ulen, rlen))}, [${ulen !== rlen ? `${ulen} => ` : ''}${rlen}]`;
    return { text: s };
  },
};

const SOL_SOCKET = 1;
const SO_INT_OPTS = new Set([1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 27, 29, 30, 32, 33, 34, 35, 36, 37, 40, 41,
  42, 43, 44, 45, 46, 49, 53, 56, 60, 63, 64, 65, 68, 69, 70, 73, 75]);

function sockoptHead(c: CallCtx, get: boolean): string {
  const level = u32(c.args[1]);
  const name = u32(c.args[2]);
  let n: string;
  switch (level) {
    case SOL_SOCKET: n = xvalEx(['sock_options', get ? 'getsock_options' : 'setsock_options'], name, 'SO_???'); break;
    case 0: n = xvalEx(['sock_ip_options'], name, 'IP_???'); break;
    case 41: n = xvalEx(['sock_ipv6_options'], name, 'IPV6_???'); break;
    case 6: n = xvalEx(['sock_tcp_options'], name, 'TCP_???'); break;
    default: n = hex(name);
  }
  return `${i32(c.args[0])}, ${xvalEx(['socketlayers'], level, 'SOL_??')}, ${n}`;
}

function sockoptVal(c: CallCtx, p: unknown, len: number, get: boolean): string {
  if (c.mem.isNull(p)) return 'NULL';
  const level = u32(c.args[1]);
  const name = u32(c.args[2]);
  if (level === SOL_SOCKET) {
    if (name === 13) { // SO_LINGER
      if (len < 8) return c.mem.addr(p);
      const l = c.mem.struct(p, 'linger');
      return l ? structText(c, 'linger', l as Obj) : c.mem.addr(p);
    }
    if (get && name === 17) { // SO_PEERCRED
      const u = c.mem.struct(p, 'ucred');
      return u ? structText(c, 'ucred', u as Obj) : c.mem.addr(p);
    }
    if (get && name === 4) { // SO_ERROR
      const v = c.mem.int(p);
      if (v === null) return c.mem.addr(p);
      const e = v > 0 ? errnoByNumber(v) : undefined;
      return `[${e ? e.code : v}]`;
    }
    if (SO_INT_OPTS.has(name) || (get && (name === 3 || name === 38 || name === 39))) {
      if (len < 4) return get ? strN(c, p, len, true) : c.mem.addr(p);
      const v = c.mem.int(p);
      return v === null ? c.mem.addr(p) : `[${v}]`;
    }
  }
  return strN(c, p, len, true);
}

const setsockopt = atEntry((c) => {
  const len = i32(c.args[4]);
  return `${sockoptHead(c, false)}, ${sockoptVal(c, c.args[3], len, false)}, ${len}`;
});

const getsockopt: Decoder = {
  enter(c) {
    const head = sockoptHead(c, true);
    const ulen = !c.mem.isNull(c.args[4]) ? c.mem.int(c.args[4]) : null;
    if (ulen === null) {
      c.saved.decoded = true;
      return ENTRY_DONE(`${head}, ${c.mem.addr(c.args[3])}, ${c.mem.addr(c.args[4])}`);
    }
    c.saved.ulen = ulen;
    return { text: `${head}, `, done: false };
  },
  exit(c) {
    if (c.saved.decoded) return NONE;
    const ulen = c.saved.ulen as number;
    const rlen = c.failed ? null : c.mem.int(c.args[4]);
    if (rlen === null) return { text: `${c.mem.addr(c.args[3])}, [${ulen}]` };
    const val = ulen <= 0 || rlen <= 0 ? c.mem.addr(c.args[3]) : sockoptVal(c, c.args[3], rlen, true);
    return { text: `${val}, [${ulen !== rlen ? `${ulen} => ` : ''}${rlen}]` };
  },
};

// --- signals ----------------------------------------------------------------------------------------

const rtSigreturn = atEntry((c) => {
  const m = c.args[0];
  const words = m === undefined ? [0, 0] : typeof m === 'number' && c.mem.mm ? (c.mem.ints(m, 2, 4, false) ?? [0, 0]) : sigsetWords(m);
  return `{mask=${sigmaskText(words)}}`;
});

const epollCtl = atEntry((c) => {
  const op = u32(c.args[1]);
  const head = `${i32(c.args[0])}, ${printEnum('epoll_ctl_op', op)}, ${i32(c.args[2])}`;
  if (op === 2) return `${head}, ${c.mem.addr(c.args[3])}`;
  return `${head}, ${structPtr(c, c.args[3], 'epoll_event')}`;
});

const getdents = (spec: SyscallSpec): Decoder => {
  const g = genericDecoder(spec);
  return {
    enter: g.enter,
    exit(c) {
      const ret = c.ret ?? 0;
      if (!c.failed && ret > u32(c.args[2])) return { text: `${c.mem.addr(c.args[1])}, ${u32(c.args[2])}` };
      return g.exit(c);
    },
  };
};

const execveat = atEntry((c) => {
  const a = c.spec!.args;
  return `${dirfdText(c.args[0])}, ${argText(c, a[1]!, c.args[1])}, ${argText(c, a[2]!, c.args[2])}, ${argText(c, a[3]!, c.args[3])}, ${printFlags('at', argNum(c.args[4]))}`;
});

const lseek = atEntry((c) => `${i32(c.args[0])}, ${dec64(c.args[1])}, ${printEnum('whence', argNum(c.args[2]))}`);

const personality: Decoder = {
  enter: (c) => ({ text: printFlags('personality', u32(c.args[0])), done: false }),
  exit(c) {
    if (c.failed) return NONE;
    const v = u32(c.ret);
    const t = xvalEx(['personality_types'], v & 0xff, 'PER_???');
    const rest = (v & ~0xff) >>> 0;
    return { text: '', rval: 'hex', aux: rest ? `${t}|${sprintFlags('personality_flags', rest) ?? hex(rest)}` : t };
  },
};

const shmget = atEntry((c) => {
  const flg = u32(c.args[2]);
  let flags = flg & ~0o777;
  const huge = flags & (0x3f << 26);
  flags &= ~(0x3f << 26);
  let f = '';
  if (flags || !huge) f = flagsEx(['shm_resource_flags'], flags >>> 0, null);
  if (huge) f += `${flags ? '|' : ''}${huge >>> 26}<<SHM_HUGE_SHIFT`;
  f += `${flags || huge ? '|' : ''}${octMode(flg & 0o777)}`;
  return `${xvalEx(['ipc_private'], u32(c.args[0]), null)}, ${udec64(c.args[1])}, ${f}`;
});

const ipcget = (flagsArg: number): Decoder => atEntry((c) => {
  const parts = [xvalEx(['ipc_private'], u32(c.args[0]), null)];
  for (let i = 1; i < flagsArg; i++) parts.push(String(i32(c.args[i])));
  parts.push(printFlags('ipc_flags', u32(c.args[flagsArg])));
  return parts.join(', ');
});

const mmapDec = atEntry((c) => `${c.mem.addr(c.args[0])}, ${udec64(c.args[1])}, ${printFlags('mmap_prot', argBig(c.args[2]))}, ${printFlags('mmap_flags', u32(c.args[3]))}, ${i32(c.args[4])}, ${hex64(c.args[5])}`, 'hex');

// --- select / pselect6 ----------------------------------------------------------------------------

/** The fds set in an fd_set argument (the first `nfds` bits), or null when it cannot be read. */
function fdsetBits(c: CallCtx, p: unknown, nfds: number): number[] | null {
  if (c.mem.isNull(p)) return null;
  const fdsize = ((Math.floor((nfds + 7) / 8) + 7) & ~7);
  let words: number[] | null = null;
  const v = isOutBox(p) ? p.value : p;
  if (typeof v === 'number' || v instanceof Uint8Array) {
    words = fdsize > 0 ? c.mem.ints(v, fdsize / 4, 4, false) : [];
  } else if (v && typeof v === 'object') {
    const bits = (v as Obj).fds_bits;
    words = Array.isArray(bits) ? bits.map((x) => u32(x)) : null;
  }
  if (!words) return null;
  const out: number[] = [];
  for (let fd = 0; fd < nfds; fd++) if (((words[fd >> 5] ?? 0) >>> (fd & 31)) & 1) out.push(fd);
  return out;
}

const select = (pselect: boolean): Decoder => ({
  enter(c) {
    let nfds = i32(c.args[0]);
    nfds = Math.min(Math.max(nfds, 0), 1024 * 1024);
    const parts = [String(i32(c.args[0]))];
    for (let i = 1; i <= 3; i++) {
      const p = c.args[i];
      if (nfds === 0 || c.mem.isNull(p)) {
        parts.push(c.mem.addr(p));
        continue;
      }
      const fds = fdsetBits(c, p, nfds);
      parts.push(fds ? `[${fds.join(' ')}]` : c.mem.addr(p));
    }
    parts.push(pselect ? tsOrAddr(c, c.args[4]) : tvOrAddr(c, c.args[4]));
    if (pselect) {
      const sp = c.args[5];
      let sig: string;
      if (c.mem.isNull(sp)) sig = 'NULL';
      else {
        const v = isOutBox(sp) ? sp.value : sp;
        let mask: unknown = null;
        let size = 0;
        if (typeof v === 'number' || v instanceof Uint8Array) {
          const w = c.mem.ints(v, 2, 8, false);
          if (w) { mask = w[0]; size = w[1]!; }
        } else if (v && typeof v === 'object') {
          mask = (v as Obj).sigmask ?? (v as Obj).ss;
          size = argNum((v as Obj).sigsetsize ?? (v as Obj).ss_len ?? 8);
        }
        sig = mask === null && !(v && typeof v === 'object') ? c.mem.addr(sp) : `{sigmask=${sigsetArg(c, mask, size)}, sigsetsize=${size}}`;
      }
      parts.push(sig);
    }
    return ENTRY_DONE(parts.join(', '));
  },
  exit(c) {
    if (c.failed) return NONE;
    let ready = c.ret ?? 0;
    if (ready === 0) return { text: '', aux: 'Timeout' };
    const nfds = Math.min(Math.max(i32(c.args[0]), 0), 1024 * 1024);
    const out: string[] = [];
    for (let i = 0; i < 3 && ready > 0; i++) {
      const fds = fdsetBits(c, c.args[i + 1], nfds);
      if (!fds || fds.length === 0) continue;
      const taken: number[] = [];
      for (const fd of fds) {
        taken.push(fd);
        if (--ready === 0) break;
      }
      out.push(`${i === 0 ? 'in' : i === 1 ? 'out' : 'except'} [${taken.join(' ')}]`);
    }
    const tp = c.args[4];
    if (!c.mem.isNull(tp)) out.push(`left ${pselect ? tsOrAddr(c, tp, true) : tvOrAddr(c, tp, true)}`);
    return { text: '', aux: out.join(', ') };
  },
});

function tvOrAddr(c: CallCtx, p: unknown, ignoreFailure = false): string {
  if (c.mem.isNull(p)) return 'NULL';
  if (c.exiting && c.failed && !ignoreFailure) return c.mem.addr(p);
  const t = c.mem.struct(p, 'timeval');
  return t ? structText(c, 'timeval', t as Obj) : c.mem.addr(p);
}

// --- offsets passed by pointer (printnum_int64) -----------------------------------------------

function int64Ptr(c: CallCtx, p: unknown, unsigned = false): string | null {
  if (c.mem.isNull(p)) return null;
  if (c.exiting && c.failed) return c.mem.addr(p);
  const v = c.mem.ints(p, 1, 8, !unsigned);
  if (!v) return c.mem.addr(p);
  return `[${unsigned ? BigInt.asUintN(64, BigInt(v[0]!)).toString() : v[0]}]`;
}

const spliceLike = (flags: (c: CallCtx) => string): Decoder => atEntry((c) =>
  `${i32(c.args[0])}, ${int64Ptr(c, c.args[1]) ?? 'NULL'}, ${i32(c.args[2])}, ${int64Ptr(c, c.args[3]) ?? 'NULL'}, ${udec64(c.args[4])}, ${flags(c)}`);

const sendfile: Decoder = {
  enter(c) {
    const head = `${i32(c.args[0])}, ${i32(c.args[1])}, `;
    const off = int64Ptr(c, c.args[2], true);
    if (off === null || off.startsWith('0x')) {
      c.saved.decoded = true;
      return ENTRY_DONE(`${head}${off ?? 'NULL'}, ${udec64(c.args[3])}`);
    }
    return { text: `${head}${off}`, done: false };
  },
  exit(c) {
    if (c.saved.decoded) return NONE;
    let s = '';
    if (!c.failed && c.ret) s += ` => ${int64Ptr(c, c.args[2], true) ?? 'NULL'}`;
    return { text: `${s}, ${udec64(c.args[3])}` };
  },
};

/** strace's printargs: every argument in hex (calls strace 6.1 does not decode). */
const printargs = (n: number): Decoder => atEntry((c) => {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(hex64(c.args[i]));
  return parts.join(', ');
});

const time: Decoder = {
  enter: () => ({ text: '', done: false }),
  exit(c) {
    const p = c.args[0];
    let text: string;
    if (c.mem.isNull(p)) text = 'NULL';
    else if (c.failed) text = c.mem.addr(p);
    else {
      const v = c.mem.ints(p, 1, 8);
      text = v ? `[${v[0]}${timeComment(v[0]!, 0)}]` : c.mem.addr(p);
    }
    if (c.failed) return { text };
    const t = timeComment(c.ret ?? 0, 0);
    return t ? { text, aux: t.slice(4, -3) } : { text };
  },
};

// --- table ----------------------------------------------------------------------------------------

/** The decoders that replace the generic one, by syscall name. */
export function specialDecoder(spec: SyscallSpec): Decoder | undefined {
  switch (spec.name) {
    case 'open': return atEntry((c) => openArgs(c, 0), 'fd');
    case 'openat': return atEntry((c) => `${dirfdText(c.args[0])}, ${openArgs(c, 1)}`, 'fd');
    case 'fcntl': return fcntl;
    case 'ioctl': return ioctl;
    case 'prctl': return prctl;
    case 'arch_prctl': return archPrctl;
    case 'futex': return futex;
    case 'clone': return clone;
    case 'clone3': return clone3;
    case 'wait4': return wait4;
    case 'nanosleep': return nanosleep;
    case 'clock_nanosleep': return clockNanosleep;
    case 'readv': return readv(false, -1);
    case 'preadv': return readv(true, -1);
    case 'preadv2': return readv(true, 5);
    case 'getrandom': return getrandom;
    case 'statx': return statx;
    case 'poll': return poll;
    case 'ppoll': return ppoll;
    case 'rt_sigprocmask': return rtSigprocmask;
    case 'rt_sigreturn': return rtSigreturn;
    case 'socket': return socket;
    case 'accept': return sockname(-1);
    case 'accept4': return sockname(3);
    case 'getsockname': case 'getpeername': return sockname(-2);
    case 'recvfrom': return recvfrom;
    case 'setsockopt': return setsockopt;
    case 'getsockopt': return getsockopt;
    case 'epoll_ctl': return epollCtl;
    case 'getdents64': case 'getdents': return getdents(spec);
    case 'execveat': return execveat;
    case 'lseek': return lseek;
    case 'personality': return personality;
    case 'shmget': return shmget;
    case 'semget': return ipcget(2);
    case 'msgget': return ipcget(1);
    case 'mmap': return mmapDec;
    case 'time': return time;
    case 'sendfile': return sendfile;
    case 'splice': return spliceLike((c) => printFlags('splice_flags', argNum(c.args[5])));
    case 'copy_file_range': return spliceLike((c) => String(u32(c.args[5])));
    case 'mq_open': return atEntry((c) => {
      const flags = u32(c.args[1]);
      let t = `${pathArg(c, c.args[0])}, ${printFlags('open', flags)}`;
      if (flags & O_CREAT) t += `, ${octMode(u32(c.args[2]))}, ${structPtr(c, c.args[3], 'mq_attr')}`;
      return t;
    }, 'fd');
    case 'mremap': return atEntry((c) => {
      const flags = argBig(c.args[3]);
      let t = `${c.mem.addr(c.args[0])}, ${udec64(c.args[1])}, ${udec64(c.args[2])}, ${printFlags('mremap_flags', flags)}`;
      if ((flags & 3n) === 3n) t += `, ${c.mem.addr(c.args[4])}`;
      return t;
    }, 'hex');
    case 'select': return select(false);
    case 'pselect6': return select(true);
    case 'rseq': return printargs(4);
    case 'modify_ldt': return printargs(3);
    case 'set_thread_area': case 'get_thread_area': return printargs(1);
  }
  return undefined;
}

