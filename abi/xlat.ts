// abi/xlat.ts — named value tables, as strace prints them: for every `flags=`/`enum=` set of the
// syscall table (abi/syscalls.ts SET_NAMES_USED) the ordered [value, 'NAME'] lists of strace's
// src/xlat/*.in (values for x86-64), plus the printing rules of strace's printflags/printxval.
// The tables below the GENERATED marker are data read off strace and the x86-64 uapi headers; edit
// them only to follow strace. Owned by the strace formatter (userland/strace/); others may read.

import { signalName } from './signal';

/** One named value. Values of 64-bit tables that exceed 2^53 are bigints. */
export type XlatEntry = readonly [value: number | bigint, name: string];

export interface Xlat {
  readonly entries: readonly XlatEntry[];
  /** A 64-bit table (strace's val_type uint64_t …): values are compared as unsigned 64-bit. */
  readonly wide: boolean;
}

function n(entries: readonly XlatEntry[]): Xlat {
  return Object.freeze({ entries: Object.freeze(entries), wide: false });
}
function w(entries: readonly XlatEntry[]): Xlat {
  return Object.freeze({ entries: Object.freeze(entries), wide: true });
}

/** How a set of the syscall table prints: a bit set (printflags) or one value (printxval). */
export interface XlatSet {
  readonly kind: 'flags' | 'enum';
  /** strace's xlat tables, searched in order. */
  readonly tables: readonly string[];
  /** strace's default comment for unknown values ('O_???'), or null for none. */
  readonly dflt: string | null;
  /** Printed as 64-bit (printflags64/printxval64): values are not cut to 32 bits. */
  readonly wide?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Printing (strace src/xlat.c semantics, abbreviated style).

/** strace's "%#x": 0 prints as 0, anything else as 0x…. */
export function hex(v: number | bigint): string {
  if (typeof v === 'bigint') return v === 0n ? '0' : `0x${v.toString(16)}`;
  return v === 0 ? '0' : `0x${v.toString(16)}`;
}

function u32(v: number | bigint): number {
  return typeof v === 'bigint' ? Number(BigInt.asUintN(32, v)) : Math.trunc(v) >>> 0;
}

function u64(v: number | bigint): bigint {
  if (typeof v === 'bigint') return BigInt.asUintN(64, v);
  if (!Number.isFinite(v)) return 0n;
  if (v >= 18446744073709551615) return 0xffffffffffffffffn;
  return BigInt.asUintN(64, BigInt(Math.trunc(v)));
}

/** The table named `name` (strace's xlat file name), or throws. */
export function xlatTable(name: string): Xlat {
  const t = (TABLES as Record<string, Xlat>)[name];
  if (!t) throw new Error(`abi/xlat: no table '${name}'`);
  return t;
}

/** The name of `value` in a table (first match), or undefined (strace's xlookup). */
export function xlookup(table: string | Xlat, value: number | bigint): string | undefined {
  const t = typeof table === 'string' ? xlatTable(table) : table;
  if (t.wide) {
    const v = u64(value);
    for (const [ev, name] of t.entries) if (u64(ev) === v) return name;
    return undefined;
  }
  const v = u32(value);
  for (const [ev, name] of t.entries) if (ev === v) return name;
  return undefined;
}

/**
 * strace's printflags_ex: names of the bits set in `value`, searched through `tables` in order,
 * joined by '|', unknown bits as a trailing 0x…; no known bit: 0x… with ` /* dflt *\/`; zero:
 * the table's zero-valued first entry if any, else '0' when a dflt is given, else ''.
 */
export function flagsEx(tables: readonly (string | Xlat)[], value: number | bigint, dflt: string | null, wide = false): string {
  const ts = tables.map((t) => (typeof t === 'string' ? xlatTable(t) : t));
  const big = wide || ts.some((t) => t.wide) || (typeof value === 'bigint' && value > 0xffffffffn);
  let flags: bigint = big ? u64(value) : BigInt(u32(value));
  const out: string[] = [];
  for (const t of ts) {
    for (const [ev, name] of t.entries) {
      if (!(flags !== 0n || out.length === 0)) break;
      const v = BigInt(ev);
      if (flags === v || (v !== 0n && (flags & v) === v)) {
        out.push(name);
        flags &= ~v;
      }
      if (flags === 0n) break;
    }
  }
  if (out.length > 0) {
    if (flags !== 0n) out.push(hex(flags));
    return out.join('|');
  }
  if (flags !== 0n) return dflt !== null ? `${hex(flags)} /* ${dflt} */` : hex(flags);
  return dflt !== null ? '0' : '';
}

/**
 * strace's sprintflags (used for retstr and open modes): the names of the set bits, unknown
 * bits as 0x…; for zero the table's zero-valued first entry; undefined when nothing prints.
 */
export function sprintFlags(table: string | Xlat, value: number | bigint): string | undefined {
  const t = typeof table === 'string' ? xlatTable(table) : table;
  let flags = t.wide ? u64(value) : BigInt(u32(value));
  const first = t.entries[0];
  if (flags === 0n && first && BigInt(first[0]) === 0n) return first[1];
  const out: string[] = [];
  for (const [ev, name] of t.entries) {
    const v = BigInt(ev);
    if (flags !== 0n && v !== 0n && (flags & v) === v) {
      out.push(name);
      flags &= ~v;
    }
  }
  if (flags !== 0n) out.push(hex(flags));
  return out.length > 0 ? out.join('|') : undefined;
}

/** strace's printxvals: the first table's name for `value`, else 0x… with ` /* dflt *\/`. */
export function xvalEx(tables: readonly (string | Xlat)[], value: number | bigint, dflt: string | null, fmt: 'x' | 'd' | 'u' = 'x'): string {
  for (const t of tables) {
    const s = xlookup(t, value);
    if (s !== undefined) return s;
  }
  const wide = tables.some((t) => (typeof t === 'string' ? xlatTable(t) : t).wide);
  let num: string;
  if (fmt === 'd') num = String(typeof value === 'bigint' ? value : Math.trunc(value) | 0);
  else if (fmt === 'u') num = String(wide ? u64(value) : u32(value));
  else num = hex(wide ? u64(value) : u32(value));
  return dflt !== null ? `${num} /* ${dflt} */` : num;
}

/** open(2) flags: the access mode first (O_RDONLY…), then the other bits (strace tprint_open_modes). */
export function openFlags(value: number | bigint): string {
  const v = u32(value);
  const mode = xlookup('open_access_modes', v & 3)!;
  const rest = (v & ~3) >>> 0;
  if (rest === 0) return mode;
  return `${mode}|${sprintFlags('open_mode_flags', rest) ?? hex(rest)}`;
}

/** The "flags …" text strace appends to F_GETFL's return: ` (flags O_RDWR|O_LARGEFILE)`. */
export function openFlagsAux(value: number | bigint): string {
  return `flags ${openFlags(value)}`;
}

const CSIGNAL = 0xff;
const SOCK_TYPE_MASK = 0xf;
const MAP_TYPE = 0xf;
const MAP_HUGE_SHIFT = 26;
const MAP_HUGE_MASK = 0x3f;
const MFD_HUGE_SHIFT = 26;
const MFD_HUGE_MASK = 0x3f;
const FAN_ALL_CLASS_BITS = 0xc;
const FUTEX2_SIZE_MASK = 0x3;
const PER_MASK = 0xff;

/** The numeric mode strace prints for permission bits: %#03o (0644, 000). */
export function octal(v: number): string {
  const s = (v >>> 0).toString(8);
  return `0${s.padStart(2, '0')}`;
}

/**
 * A `flags=` argument as strace prints it, including the sets whose rendering composes several
 * tables (open's access mode, socket type, clone's exit signal, mmap's map type, IPC mode bits…).
 */
export function printFlags(set: string, value: number | bigint): string {
  const s = SETS[set];
  if (!s) throw new Error(`abi/xlat: no set '${set}'`);
  switch (set) {
    case 'open':
      return openFlags(value);
    case 'socket_type': {
      const v = u32(value);
      const type = xlookup('socktypes', v & SOCK_TYPE_MASK);
      if (type === undefined) return flagsEx(['sock_type_flags'], v, 'SOCK_???');
      const rest = (v & ~SOCK_TYPE_MASK) >>> 0;
      return rest === 0 ? type : `${type}|${flagsEx(['sock_type_flags'], rest, 'SOCK_???')}`;
    }
    case 'clone_flags': {
      const big = u64(value);
      const sig = Number(big & BigInt(CSIGNAL));
      const flags = big & ~BigInt(CSIGNAL);
      if (flags === 0n) return signalName(sig);
      const f = flagsEx(['clone_flags'], flags, 'CLONE_???', true);
      return sig !== 0 ? `${f}|${signalName(sig)}` : f;
    }
    case 'mmap_flags': {
      const v = u32(value);
      let out = xvalEx(['mmap_flags'], v & MAP_TYPE, 'MAP_???');
      let rest = (v & ~MAP_TYPE) >>> 0;
      const huge = (rest & (MAP_HUGE_MASK << MAP_HUGE_SHIFT)) >>> 0;
      rest = (rest & ~(MAP_HUGE_MASK << MAP_HUGE_SHIFT)) >>> 0;
      if (rest !== 0) out += `|${flagsEx(['mmap_flags'], rest, null)}`;
      if (huge !== 0) out += `|${huge >>> MAP_HUGE_SHIFT}<<MAP_HUGE_SHIFT`;
      return out;
    }
    case 'ipc_flags': {
      const v = u32(value);
      const f = flagsEx(['resource_flags'], (v & ~0o777) >>> 0, null);
      return f === '' ? octal(v & 0o777) : `${f}|${octal(v & 0o777)}`;
    }
    case 'personality': {
      const v = u32(value);
      if (v === 0xffffffff) return '0xffffffff';
      const t = xvalEx(['personality_types'], v & PER_MASK, 'PER_???');
      const rest = (v & ~PER_MASK) >>> 0;
      return rest === 0 ? t : `${t}|${flagsEx(['personality_flags'], rest, null)}`;
    }
    case 'memfd_flags': {
      const v = u32(value);
      if (v === 0) return '0';
      const huge = (v & (MFD_HUGE_MASK << MFD_HUGE_SHIFT)) >>> 0;
      const rest = (v & ~(MFD_HUGE_MASK << MFD_HUGE_SHIFT)) >>> 0;
      const parts: string[] = [];
      if (rest !== 0 || huge === 0) parts.push(flagsEx(['memfd_create_flags'], rest, 'MFD_???'));
      if (huge !== 0) parts.push(`${huge >>> MFD_HUGE_SHIFT}<<MFD_HUGE_SHIFT`);
      return parts.join('|');
    }
    case 'fan_init_flags': {
      const v = u32(value);
      const cls = xvalEx(['fan_classes'], v & FAN_ALL_CLASS_BITS, 'FAN_CLASS_???');
      const rest = (v & ~FAN_ALL_CLASS_BITS) >>> 0;
      return rest === 0 ? cls : `${cls}|${flagsEx(['fan_init_flags'], rest, 'FAN_???')}`;
    }
    case 'futex2_flags': {
      const v = u32(value);
      const size = xvalEx(['futex2_sizes'], v & FUTEX2_SIZE_MASK, null);
      const rest = (v & ~FUTEX2_SIZE_MASK) >>> 0;
      return rest === 0 ? size : `${size}|${flagsEx(['futex2_flags'], rest, null)}`;
    }
  }
  if (s.kind === 'enum') return printEnum(set, value);
  return flagsEx(s.tables, value, s.dflt, s.wide ?? false);
}

/** An `enum=` argument as strace prints it: the name, else 0x… /* DFLT *\/. */
export function printEnum(set: string, value: number | bigint): string {
  const s = SETS[set];
  if (!s) throw new Error(`abi/xlat: no set '${set}'`);
  switch (set) {
    case 'quotactl_cmd': {
      const v = u32(value);
      return `QCMD(${xvalEx(['quotacmds'], v >>> 8, 'Q_???')}, ${xvalEx(['quotatypes'], v & 0xff, '???QUOTA')})`;
    }
    case 'mpol_mode': {
      const v = u32(value);
      const flags = v & 0xe000;
      const mode = xlookup('mpol_modes', (v & ~0xe000) >>> 0);
      if (mode === undefined) return xvalEx(['mpol_modes'], v, 'MPOL_???');
      return flags ? `${mode}|${flagsEx(['mpol_mode_flags'], flags, null)}` : mode;
    }
    case 'syslog_action':
      return xvalEx(s.tables, value, s.dflt, 'd');
  }
  if (s.kind === 'flags') return printFlags(set, value);
  return xvalEx(s.tables, value, s.dflt);
}

/** Every set of the syscall table, by the name its `flags=`/`enum=` specs use. */
export const SETS: Readonly<Record<string, XlatSet>> = Object.freeze({
  access_mode: { kind: 'flags', tables: ['access_modes'], dflt: '?_OK' },
  arch_prctl_code: { kind: 'enum', tables: ['archvals'], dflt: 'ARCH_???' },
  at: { kind: 'flags', tables: ['at_flags'], dflt: 'AT_???' },
  at_removedir: { kind: 'flags', tables: ['at_flags'], dflt: 'AT_???' },
  clockid: { kind: 'enum', tables: ['clocknames'], dflt: 'CLOCK_???' },
  clone_flags: { kind: 'flags', tables: ['clone_flags'], dflt: 'CLONE_???', wide: true },
  close_range_flags: { kind: 'flags', tables: ['close_range_flags'], dflt: 'CLOSE_RANGE_???' },
  delete_module_flags: { kind: 'flags', tables: ['delete_module_flags'], dflt: 'O_???' },
  dup3_flags: { kind: 'flags', tables: ['open_mode_flags'], dflt: 'O_???' },
  epoll_create_flags: { kind: 'flags', tables: ['epollflags'], dflt: 'EPOLL_???' },
  epoll_ctl_op: { kind: 'enum', tables: ['epollctls'], dflt: 'EPOLL_CTL_???' },
  eventfd_flags: { kind: 'flags', tables: ['efd_flags'], dflt: 'EFD_???' },
  faccessat_flags: { kind: 'flags', tables: ['faccessat_flags'], dflt: 'AT_???' },
  fadvise_advice: { kind: 'enum', tables: ['advise'], dflt: 'POSIX_FADV_???' },
  fallocate_mode: { kind: 'flags', tables: ['falloc_flags'], dflt: 'FALLOC_FL_???' },
  fan_event_flags: { kind: 'flags', tables: ['fan_event_flags'], dflt: 'FAN_???', wide: true },
  fan_init_flags: { kind: 'flags', tables: ['fan_classes', 'fan_init_flags'], dflt: 'FAN_???' },
  fan_mark_flags: { kind: 'flags', tables: ['fan_mark_flags'], dflt: 'FAN_MARK_???' },
  fsconfig_cmd: { kind: 'enum', tables: ['fsconfig_cmds'], dflt: 'FSCONFIG_???' },
  fsmount_flags: { kind: 'flags', tables: ['fsmount_flags'], dflt: 'FSMOUNT_???' },
  fsopen_flags: { kind: 'flags', tables: ['fsopen_flags'], dflt: 'FSOPEN_???' },
  fspick_flags: { kind: 'flags', tables: ['fspick_flags'], dflt: 'FSPICK_???' },
  futex2_flags: { kind: 'flags', tables: ['futex2_flags'], dflt: 'FUTEX2_???' },
  get_mempolicy_flags: { kind: 'flags', tables: ['get_mempolicy_flags'], dflt: 'MPOL_F_???', wide: true },
  grnd_flags: { kind: 'flags', tables: ['getrandom_flags'], dflt: 'GRND_???' },
  inotify_init_flags: { kind: 'flags', tables: ['inotify_init_flags'], dflt: 'IN_???' },
  inotify_mask: { kind: 'flags', tables: ['inotify_flags'], dflt: 'IN_???' },
  ioprio_which: { kind: 'enum', tables: ['ioprio_who'], dflt: 'IOPRIO_WHO_???' },
  ipc_flags: { kind: 'flags', tables: ['resource_flags'], dflt: null },
  ipc_msg_flags: { kind: 'flags', tables: ['ipc_msg_flags'], dflt: 'MSG_???' },
  itimer_which: { kind: 'enum', tables: ['itimer_which'], dflt: 'ITIMER_???' },
  kcmp_type: { kind: 'enum', tables: ['kcmp_types'], dflt: 'KCMP_???' },
  kexec_file_load_flags: { kind: 'flags', tables: ['kexec_file_load_flags'], dflt: 'KEXEC_FILE_???', wide: true },
  kexec_load_flags: { kind: 'flags', tables: ['kexec_load_flags'], dflt: 'KEXEC_???', wide: true },
  keyctl_cmd: { kind: 'enum', tables: ['keyctl_commands'], dflt: 'KEYCTL_???' },
  landlock_rule_type: { kind: 'enum', tables: ['landlock_rule_types'], dflt: 'LANDLOCK_RULE_???' },
  listmount_flags: { kind: 'flags', tables: ['listmount_flags'], dflt: 'LISTMOUNT_???' },
  lock_op: { kind: 'flags', tables: ['flockcmds'], dflt: 'LOCK_???' },
  lsm_attr: { kind: 'enum', tables: ['lsm_attrs'], dflt: 'LSM_ATTR_???' },
  lsm_flags: { kind: 'flags', tables: ['lsm_flags'], dflt: 'LSM_FLAG_???' },
  madvise: { kind: 'enum', tables: ['madvise_cmds'], dflt: 'MADV_???' },
  mbind_flags: { kind: 'flags', tables: ['mbind_flags'], dflt: 'MPOL_MF_???' },
  membarrier_cmd: { kind: 'enum', tables: ['membarrier_cmds'], dflt: 'MEMBARRIER_CMD_???' },
  membarrier_flags: { kind: 'flags', tables: ['membarrier_flags'], dflt: 'MEMBARRIER_CMD_FLAG_???' },
  memfd_flags: { kind: 'flags', tables: ['memfd_create_flags'], dflt: 'MFD_???' },
  memfd_secret_flags: { kind: 'flags', tables: ['memfd_secret_flags'], dflt: '' },
  mlock2_flags: { kind: 'flags', tables: ['mlock_flags'], dflt: 'MLOCK_???' },
  mlockall_flags: { kind: 'flags', tables: ['mlockall_flags'], dflt: 'MCL_???' },
  mmap_flags: { kind: 'flags', tables: ['mmap_flags'], dflt: 'MAP_???' },
  mmap_prot: { kind: 'flags', tables: ['mmap_prot'], dflt: 'PROT_???', wide: true },
  module_init_flags: { kind: 'flags', tables: ['module_init_flags'], dflt: 'MODULE_INIT_???' },
  mount_attr_flags: { kind: 'flags', tables: ['mount_attr_attr'], dflt: 'MOUNT_ATTR_???' },
  mount_flags: { kind: 'flags', tables: ['mount_flags'], dflt: 'MS_???', wide: true },
  move_mount_flags: { kind: 'flags', tables: ['move_mount_flags'], dflt: 'MOVE_MOUNT_???' },
  mpol_mode: { kind: 'enum', tables: ['mpol_modes'], dflt: 'MPOL_???', wide: true },
  mremap_flags: { kind: 'flags', tables: ['mremap_flags'], dflt: 'MREMAP_???', wide: true },
  msg_flags: { kind: 'flags', tables: ['msg_flags'], dflt: 'MSG_???' },
  msgctl_cmd: { kind: 'enum', tables: ['msgctl_flags'], dflt: 'MSG_???' },
  msync_flags: { kind: 'flags', tables: ['mctl_sync'], dflt: 'MS_???' },
  open: { kind: 'flags', tables: ['open_mode_flags'], dflt: 'O_???' },
  open_tree_flags: { kind: 'flags', tables: ['open_tree_flags'], dflt: 'OPEN_TREE_???' },
  perf_event_open_flags: { kind: 'flags', tables: ['perf_event_open_flags'], dflt: 'PERF_FLAG_???', wide: true },
  personality: { kind: 'flags', tables: ['personality_flags'], dflt: null },
  pidfd_open_flags: { kind: 'flags', tables: ['pidfd_open_flags'], dflt: 'PIDFD_???' },
  pidfd_send_signal_flags: { kind: 'flags', tables: ['pidfd_send_signal_flags'], dflt: 'PIDFD_SIGNAL_???' },
  pipe_flags: { kind: 'flags', tables: ['open_mode_flags'], dflt: 'O_???' },
  pkey_access: { kind: 'flags', tables: ['pkey_access'], dflt: 'PKEY_???', wide: true },
  prio_which: { kind: 'enum', tables: ['priorities'], dflt: 'PRIO_???' },
  ptrace_request: { kind: 'enum', tables: ['ptrace_cmds'], dflt: 'PTRACE_???', wide: true },
  quotactl_cmd: { kind: 'enum', tables: ['quotacmds'], dflt: 'Q_???' },
  rename_flags: { kind: 'flags', tables: ['rename_flags'], dflt: 'RENAME_???' },
  rlimit_resource: { kind: 'enum', tables: ['resources'], dflt: 'RLIMIT_???' },
  rseq_flags: { kind: 'flags', tables: ['rseq_flags'], dflt: 'RSEQ_FLAG_???' },
  rusage_who: { kind: 'enum', tables: ['usagewho'], dflt: 'RUSAGE_???' },
  rwf_flags: { kind: 'flags', tables: ['rwf_flags'], dflt: 'RWF_???' },
  sched_policy: { kind: 'enum', tables: ['schedulers'], dflt: 'SCHED_???' },
  seccomp_op: { kind: 'enum', tables: ['seccomp_ops'], dflt: 'SECCOMP_???' },
  semctl_cmd: { kind: 'enum', tables: ['semctl_flags'], dflt: 'SEM_???' },
  setns_type: { kind: 'flags', tables: ['setns_types'], dflt: 'CLONE_NEW???' },
  shadow_stack_flags: { kind: 'flags', tables: ['shadow_stack_flags'], dflt: 'SHADOW_STACK_???' },
  shm_flags: { kind: 'flags', tables: ['shm_flags'], dflt: 'SHM_???' },
  shmctl_cmd: { kind: 'enum', tables: ['shmctl_flags'], dflt: 'SHM_???' },
  shutdown_how: { kind: 'enum', tables: ['shutdown_modes'], dflt: 'SHUT_???' },
  sig_how: { kind: 'enum', tables: ['sigprocmaskcmds'], dflt: 'SIG_???' },
  signalfd_flags: { kind: 'flags', tables: ['sfd_flags'], dflt: 'SFD_???' },
  sock_type_flags: { kind: 'flags', tables: ['sock_type_flags'], dflt: 'SOCK_???' },
  socket_family: { kind: 'enum', tables: ['addrfams'], dflt: 'AF_???' },
  socket_level: { kind: 'enum', tables: ['socketlayers'], dflt: 'SOL_??' },
  socket_opt: { kind: 'enum', tables: ['sock_options'], dflt: 'SO_???' },
  socket_type: { kind: 'flags', tables: ['sock_type_flags'], dflt: 'SOCK_???' },
  splice_flags: { kind: 'flags', tables: ['splice_flags'], dflt: 'SPLICE_F_???' },
  statmount_flags: { kind: 'flags', tables: ['statmount_flags'], dflt: 'STATMOUNT_???' },
  statx_mask: { kind: 'flags', tables: ['statx_masks'], dflt: 'STATX_???' },
  swapon_flags: { kind: 'flags', tables: ['swap_flags'], dflt: 'SWAP_FLAG_???' },
  sync_file_range_flags: { kind: 'flags', tables: ['sync_file_range_flags'], dflt: 'SYNC_FILE_RANGE_???' },
  syslog_action: { kind: 'enum', tables: ['syslog_action_type'], dflt: 'SYSLOG_ACTION_???' },
  timer_flags: { kind: 'flags', tables: ['clockflags'], dflt: 'TIMER_???' },
  timerfd_flags: { kind: 'flags', tables: ['timerfdflags'], dflt: 'TFD_???' },
  umount_flags: { kind: 'flags', tables: ['umount_flags'], dflt: 'MNT_???' },
  unshare_flags: { kind: 'flags', tables: ['unshare_flags'], dflt: 'CLONE_???', wide: true },
  userfaultfd_flags: { kind: 'flags', tables: ['uffd_flags'], dflt: 'UFFD_???' },
  wait_options: { kind: 'flags', tables: ['wait4_options'], dflt: 'W???' },
  waitid_which: { kind: 'enum', tables: ['waitid_types'], dflt: 'P_???' },
  whence: { kind: 'enum', tables: ['whence_codes'], dflt: 'SEEK_???' },
  xattr_flags: { kind: 'flags', tables: ['xattrflags'], dflt: 'XATTR_???' },
});

// ---------------------------------------------------------------------------------------------
// Tables: strace src/xlat/<name>.in, in strace order, values for x86-64 (kernel uapi).

/* BEGIN GENERATED TABLES */
const TABLES = {
  access_modes: n([[0, 'F_OK'], [4, 'R_OK'], [2, 'W_OK'], [1, 'X_OK']]),
  addrfams: n([[0, 'AF_UNSPEC'], [1, 'AF_UNIX'], [2, 'AF_INET'], [3, 'AF_AX25'], [4, 'AF_IPX'],
    [5, 'AF_APPLETALK'], [6, 'AF_NETROM'], [7, 'AF_BRIDGE'], [8, 'AF_ATMPVC'], [9, 'AF_X25'],
    [0xa, 'AF_INET6'], [0xb, 'AF_ROSE'], [0xc, 'AF_DECnet'], [0xd, 'AF_NETBEUI'],
    [0xe, 'AF_SECURITY'], [0xf, 'AF_KEY'], [0x10, 'AF_NETLINK'], [0x11, 'AF_PACKET'],
    [0x12, 'AF_ASH'], [0x13, 'AF_ECONET'], [0x14, 'AF_ATMSVC'], [0x15, 'AF_RDS'], [0x16, 'AF_SNA'],
    [0x17, 'AF_IRDA'], [0x18, 'AF_PPPOX'], [0x19, 'AF_WANPIPE'], [0x1a, 'AF_LLC'], [0x1b, 'AF_IB'],
    [0x1c, 'AF_MPLS'], [0x1d, 'AF_CAN'], [0x1e, 'AF_TIPC'], [0x1f, 'AF_BLUETOOTH'],
    [0x20, 'AF_IUCV'], [0x21, 'AF_RXRPC'], [0x22, 'AF_ISDN'], [0x23, 'AF_PHONET'],
    [0x24, 'AF_IEEE802154'], [0x25, 'AF_CAIF'], [0x26, 'AF_ALG'], [0x27, 'AF_NFC'],
    [0x28, 'AF_VSOCK'], [0x29, 'AF_KCM'], [0x2a, 'AF_QIPCRTR'], [0x2b, 'AF_SMC'], [0x2c, 'AF_XDP'],
    [0x2d, 'AF_MCTP']]),
  advise: n([[0, 'POSIX_FADV_NORMAL'], [1, 'POSIX_FADV_RANDOM'], [2, 'POSIX_FADV_SEQUENTIAL'],
    [3, 'POSIX_FADV_WILLNEED'], [4, 'POSIX_FADV_DONTNEED'], [5, 'POSIX_FADV_NOREUSE']]),
  archvals: n([[0x1001, 'ARCH_SET_GS'], [0x1002, 'ARCH_SET_FS'], [0x1003, 'ARCH_GET_FS'],
    [0x1004, 'ARCH_GET_GS'], [0x1011, 'ARCH_GET_CPUID'], [0x1012, 'ARCH_SET_CPUID'],
    [0x1021, 'ARCH_GET_XCOMP_SUPP'], [0x1022, 'ARCH_GET_XCOMP_PERM'],
    [0x1023, 'ARCH_REQ_XCOMP_PERM'], [0x1024, 'ARCH_GET_XCOMP_GUEST_PERM'],
    [0x1025, 'ARCH_REQ_XCOMP_GUEST_PERM'], [0x2001, 'ARCH_MAP_VDSO_X32'],
    [0x2002, 'ARCH_MAP_VDSO_32'], [0x2003, 'ARCH_MAP_VDSO_64'], [0x4001, 'ARCH_GET_UNTAG_MASK'],
    [0x4002, 'ARCH_ENABLE_TAGGED_ADDR'], [0x4003, 'ARCH_GET_MAX_TAG_BITS'],
    [0x4004, 'ARCH_FORCE_TAGGED_SVA'], [0x5001, 'ARCH_SHSTK_ENABLE'],
    [0x5002, 'ARCH_SHSTK_DISABLE'], [0x5003, 'ARCH_SHSTK_LOCK'], [0x5004, 'ARCH_SHSTK_UNLOCK'],
    [0x5005, 'ARCH_SHSTK_STATUS']]),
  at_flags: n([[0x100, 'AT_SYMLINK_NOFOLLOW'], [0x200, 'AT_REMOVEDIR'],
    [0x400, 'AT_SYMLINK_FOLLOW'], [0x800, 'AT_NO_AUTOMOUNT'], [0x1000, 'AT_EMPTY_PATH'],
    [0x8000, 'AT_RECURSIVE']]),
  at_statx_sync_types: n([[0, 'AT_STATX_SYNC_AS_STAT'], [0x2000, 'AT_STATX_FORCE_SYNC'],
    [0x4000, 'AT_STATX_DONT_SYNC'], [0x6000, 'AT_STATX_SYNC_TYPE']]),
  baud_options: n([[0, 'B0'], [1, 'B50'], [2, 'B75'], [3, 'B110'], [4, 'B134'], [5, 'B150'],
    [6, 'B200'], [7, 'B300'], [8, 'B600'], [9, 'B1200'], [0xa, 'B1800'], [0xb, 'B2400'],
    [0xc, 'B4800'], [0xd, 'B9600'], [0xe, 'B19200'], [0xf, 'B38400'], [0x1001, 'B57600'],
    [0x1002, 'B115200'], [0x1003, 'B230400'], [0x1004, 'B460800'], [0x1005, 'B500000'],
    [0x1006, 'B576000'], [0x1007, 'B921600'], [0x1008, 'B1000000'], [0x1009, 'B1152000'],
    [0x100a, 'B1500000'], [0x100b, 'B2000000'], [0x100c, 'B2500000'], [0x100d, 'B3000000'],
    [0x100e, 'B3500000'], [0x100f, 'B4000000'], [0xe, 'EXTA'], [0xf, 'EXTB'], [0x1000, 'BOTHER']]),
  cap: n([[0, 'CAP_CHOWN'], [1, 'CAP_DAC_OVERRIDE'], [2, 'CAP_DAC_READ_SEARCH'], [3, 'CAP_FOWNER'],
    [4, 'CAP_FSETID'], [5, 'CAP_KILL'], [6, 'CAP_SETGID'], [7, 'CAP_SETUID'], [8, 'CAP_SETPCAP'],
    [9, 'CAP_LINUX_IMMUTABLE'], [0xa, 'CAP_NET_BIND_SERVICE'], [0xb, 'CAP_NET_BROADCAST'],
    [0xc, 'CAP_NET_ADMIN'], [0xd, 'CAP_NET_RAW'], [0xe, 'CAP_IPC_LOCK'], [0xf, 'CAP_IPC_OWNER'],
    [0x10, 'CAP_SYS_MODULE'], [0x11, 'CAP_SYS_RAWIO'], [0x12, 'CAP_SYS_CHROOT'],
    [0x13, 'CAP_SYS_PTRACE'], [0x14, 'CAP_SYS_PACCT'], [0x15, 'CAP_SYS_ADMIN'],
    [0x16, 'CAP_SYS_BOOT'], [0x17, 'CAP_SYS_NICE'], [0x18, 'CAP_SYS_RESOURCE'],
    [0x19, 'CAP_SYS_TIME'], [0x1a, 'CAP_SYS_TTY_CONFIG'], [0x1b, 'CAP_MKNOD'], [0x1c, 'CAP_LEASE'],
    [0x1d, 'CAP_AUDIT_WRITE'], [0x1e, 'CAP_AUDIT_CONTROL'], [0x1f, 'CAP_SETFCAP'],
    [0x20, 'CAP_MAC_OVERRIDE'], [0x21, 'CAP_MAC_ADMIN'], [0x22, 'CAP_SYSLOG'],
    [0x23, 'CAP_WAKE_ALARM'], [0x24, 'CAP_BLOCK_SUSPEND'], [0x25, 'CAP_AUDIT_READ'],
    [0x26, 'CAP_PERFMON'], [0x27, 'CAP_BPF'], [0x28, 'CAP_CHECKPOINT_RESTORE']]),
  cap_version: n([[0x19980330, '_LINUX_CAPABILITY_VERSION_1'],
    [0x20071026, '_LINUX_CAPABILITY_VERSION_2'], [0x20080522, '_LINUX_CAPABILITY_VERSION_3']]),
  clockflags: n([[1, 'TIMER_ABSTIME']]),
  clocknames: n([[0, 'CLOCK_REALTIME'], [1, 'CLOCK_MONOTONIC'], [2, 'CLOCK_PROCESS_CPUTIME_ID'],
    [3, 'CLOCK_THREAD_CPUTIME_ID'], [4, 'CLOCK_MONOTONIC_RAW'], [5, 'CLOCK_REALTIME_COARSE'],
    [6, 'CLOCK_MONOTONIC_COARSE'], [7, 'CLOCK_BOOTTIME'], [8, 'CLOCK_REALTIME_ALARM'],
    [9, 'CLOCK_BOOTTIME_ALARM'], [0xa, 'CLOCK_SGI_CYCLE'], [0xb, 'CLOCK_TAI']]),
  clone3_flags: w([[0x80, 'CLONE_NEWTIME'], [0x100000000, 'CLONE_CLEAR_SIGHAND'],
    [0x200000000, 'CLONE_INTO_CGROUP'], [0x400000000, 'CLONE_AUTOREAP'],
    [0x800000000, 'CLONE_NNP'], [0x1000000000, 'CLONE_PIDFD_AUTOKILL'],
    [0x2000000000, 'CLONE_EMPTY_MNTNS']]),
  clone_flags: n([[0x100, 'CLONE_VM'], [0x200, 'CLONE_FS'], [0x400, 'CLONE_FILES'],
    [0x800, 'CLONE_SIGHAND'], [0x1000, 'CLONE_PIDFD'], [0x2000, 'CLONE_PTRACE'],
    [0x4000, 'CLONE_VFORK'], [0x8000, 'CLONE_PARENT'], [0x10000, 'CLONE_THREAD'],
    [0x20000, 'CLONE_NEWNS'], [0x40000, 'CLONE_SYSVSEM'], [0x80000, 'CLONE_SETTLS'],
    [0x100000, 'CLONE_PARENT_SETTID'], [0x200000, 'CLONE_CHILD_CLEARTID'],
    [0x800000, 'CLONE_UNTRACED'], [0x1000000, 'CLONE_CHILD_SETTID'],
    [0x2000000, 'CLONE_NEWCGROUP'], [0x4000000, 'CLONE_NEWUTS'], [0x8000000, 'CLONE_NEWIPC'],
    [0x10000000, 'CLONE_NEWUSER'], [0x20000000, 'CLONE_NEWPID'], [0x40000000, 'CLONE_NEWNET'],
    [0x80000000, 'CLONE_IO']]),
  close_range_flags: n([[2, 'CLOSE_RANGE_UNSHARE'], [4, 'CLOSE_RANGE_CLOEXEC']]),
  delete_module_flags: n([[0x800, 'O_NONBLOCK'], [0x200, 'O_TRUNC']]),
  dirent_types: n([[0, 'DT_UNKNOWN'], [1, 'DT_FIFO'], [2, 'DT_CHR'], [4, 'DT_DIR'], [6, 'DT_BLK'],
    [8, 'DT_REG'], [0xa, 'DT_LNK'], [0xc, 'DT_SOCK'], [0xe, 'DT_WHT']]),
  efd_flags: n([[1, 'EFD_SEMAPHORE'], [0x80000, 'EFD_CLOEXEC'], [0x800, 'EFD_NONBLOCK']]),
  epollctls: n([[1, 'EPOLL_CTL_ADD'], [2, 'EPOLL_CTL_DEL'], [3, 'EPOLL_CTL_MOD']]),
  epollevents: n([[1, 'EPOLLIN'], [2, 'EPOLLPRI'], [4, 'EPOLLOUT'], [8, 'EPOLLERR'],
    [0x10, 'EPOLLHUP'], [0x20, 'EPOLLNVAL'], [0x40, 'EPOLLRDNORM'], [0x80, 'EPOLLRDBAND'],
    [0x100, 'EPOLLWRNORM'], [0x200, 'EPOLLWRBAND'], [0x400, 'EPOLLMSG'], [0x2000, 'EPOLLRDHUP'],
    [0x10000000, 'EPOLLEXCLUSIVE'], [0x20000000, 'EPOLLWAKEUP'], [0x40000000, 'EPOLLONESHOT'],
    [0x80000000, 'EPOLLET']]),
  epollflags: n([[0x80000, 'EPOLL_CLOEXEC']]),
  f_owner_types: n([[0, 'F_OWNER_TID'], [1, 'F_OWNER_PID'], [2, 'F_OWNER_PGRP']]),
  f_seals: n([[1, 'F_SEAL_SEAL'], [2, 'F_SEAL_SHRINK'], [4, 'F_SEAL_GROW'], [8, 'F_SEAL_WRITE'],
    [0x10, 'F_SEAL_FUTURE_WRITE'], [0x20, 'F_SEAL_EXEC']]),
  faccessat_flags: n([[0x100, 'AT_SYMLINK_NOFOLLOW'], [0x200, 'AT_EACCESS'],
    [0x1000, 'AT_EMPTY_PATH']]),
  falloc_flags: n([[1, 'FALLOC_FL_KEEP_SIZE'], [2, 'FALLOC_FL_PUNCH_HOLE'],
    [4, 'FALLOC_FL_NO_HIDE_STALE'], [8, 'FALLOC_FL_COLLAPSE_RANGE'],
    [0x10, 'FALLOC_FL_ZERO_RANGE'], [0x20, 'FALLOC_FL_INSERT_RANGE'],
    [0x40, 'FALLOC_FL_UNSHARE_RANGE'], [0x80, 'FALLOC_FL_WRITE_ZEROES']]),
  fan_classes: n([[0, 'FAN_CLASS_NOTIF'], [4, 'FAN_CLASS_CONTENT'], [8, 'FAN_CLASS_PRE_CONTENT']]),
  fan_event_flags: n([[1, 'FAN_ACCESS'], [2, 'FAN_MODIFY'], [4, 'FAN_ATTRIB'],
    [8, 'FAN_CLOSE_WRITE'], [0x10, 'FAN_CLOSE_NOWRITE'], [0x20, 'FAN_OPEN'],
    [0x40, 'FAN_MOVED_FROM'], [0x80, 'FAN_MOVED_TO'], [0x100, 'FAN_CREATE'], [0x200, 'FAN_DELETE'],
    [0x400, 'FAN_DELETE_SELF'], [0x800, 'FAN_MOVE_SELF'], [0x1000, 'FAN_OPEN_EXEC'],
    [0x4000, 'FAN_Q_OVERFLOW'], [0x8000, 'FAN_FS_ERROR'], [0x10000, 'FAN_OPEN_PERM'],
    [0x20000, 'FAN_ACCESS_PERM'], [0x40000, 'FAN_OPEN_EXEC_PERM'], [0x80000, 'FAN_DIR_MODIFY'],
    [0x100000, 'FAN_PRE_ACCESS'], [0x1000000, 'FAN_MNT_ATTACH'], [0x2000000, 'FAN_MNT_DETACH'],
    [0x8000000, 'FAN_EVENT_ON_CHILD'], [0x10000000, 'FAN_RENAME'], [0x40000000, 'FAN_ONDIR']]),
  fan_init_flags: n([[1, 'FAN_CLOEXEC'], [2, 'FAN_NONBLOCK'], [0x10, 'FAN_UNLIMITED_QUEUE'],
    [0x20, 'FAN_UNLIMITED_MARKS'], [0x40, 'FAN_ENABLE_AUDIT'], [0x80, 'FAN_REPORT_PIDFD'],
    [0x100, 'FAN_REPORT_TID'], [0x200, 'FAN_REPORT_FID'], [0x400, 'FAN_REPORT_DIR_FID'],
    [0x800, 'FAN_REPORT_NAME'], [0x1000, 'FAN_REPORT_TARGET_FID'], [0x2000, 'FAN_REPORT_FD_ERROR'],
    [0x4000, 'FAN_REPORT_MNT']]),
  fan_mark_flags: n([[1, 'FAN_MARK_ADD'], [2, 'FAN_MARK_REMOVE'], [0x80, 'FAN_MARK_FLUSH'],
    [4, 'FAN_MARK_DONT_FOLLOW'], [8, 'FAN_MARK_ONLYDIR'], [0x110, 'FAN_MARK_MNTNS'],
    [0x10, 'FAN_MARK_MOUNT'], [0x100, 'FAN_MARK_FILESYSTEM'], [0x20, 'FAN_MARK_IGNORED_MASK'],
    [0x40, 'FAN_MARK_IGNORED_SURV_MODIFY'], [0x400, 'FAN_MARK_IGNORE'],
    [0x200, 'FAN_MARK_EVICTABLE']]),
  fcntlcmds: n([[0, 'F_DUPFD'], [1, 'F_GETFD'], [2, 'F_SETFD'], [3, 'F_GETFL'], [4, 'F_SETFL'],
    [5, 'F_GETLK'], [6, 'F_SETLK'], [7, 'F_SETLKW'], [8, 'F_SETOWN'], [9, 'F_GETOWN'],
    [0xa, 'F_SETSIG'], [0xb, 'F_GETSIG'], [0xf, 'F_SETOWN_EX'], [0x10, 'F_GETOWN_EX'],
    [0x11, 'F_GETOWNER_UIDS'], [0x24, 'F_OFD_GETLK'], [0x25, 'F_OFD_SETLK'],
    [0x26, 'F_OFD_SETLKW'], [0x400, 'F_SETLEASE'], [0x401, 'F_GETLEASE'], [0x402, 'F_NOTIFY'],
    [0x403, 'F_DUPFD_QUERY'], [0x404, 'F_CREATED_QUERY'], [0x405, 'F_CANCELLK'],
    [0x406, 'F_DUPFD_CLOEXEC'], [0x407, 'F_SETPIPE_SZ'], [0x408, 'F_GETPIPE_SZ'],
    [0x409, 'F_ADD_SEALS'], [0x40a, 'F_GET_SEALS'], [0x40b, 'F_GET_RW_HINT'],
    [0x40c, 'F_SET_RW_HINT'], [0x40d, 'F_GET_FILE_RW_HINT'], [0x40e, 'F_SET_FILE_RW_HINT'],
    [0x40f, 'F_GETDELEG'], [0x410, 'F_SETDELEG']]),
  fdflags: n([[1, 'FD_CLOEXEC']]),
  flockcmds: n([[1, 'LOCK_SH'], [2, 'LOCK_EX'], [4, 'LOCK_NB'], [8, 'LOCK_UN'],
    [0x20, 'LOCK_MAND'], [0xc0, 'LOCK_RW'], [0x40, 'LOCK_READ'], [0x80, 'LOCK_WRITE']]),
  fsconfig_cmds: n([[0, 'FSCONFIG_SET_FLAG'], [1, 'FSCONFIG_SET_STRING'],
    [2, 'FSCONFIG_SET_BINARY'], [3, 'FSCONFIG_SET_PATH'], [4, 'FSCONFIG_SET_PATH_EMPTY'],
    [5, 'FSCONFIG_SET_FD'], [6, 'FSCONFIG_CMD_CREATE'], [7, 'FSCONFIG_CMD_RECONFIGURE'],
    [8, 'FSCONFIG_CMD_CREATE_EXCL']]),
  fsmagic: n([[0x2f, 'QNX4_SUPER_MAGIC'], [0x33, 'Z3FOLD_MAGIC'], [0x187, 'AUTOFS_SUPER_MAGIC'],
    [0x1373, 'DEVFS_SUPER_MAGIC'], [0x137d, 'EXT_SUPER_MAGIC'], [0x137f, 'MINIX_SUPER_MAGIC'],
    [0x138f, 'MINIX_SUPER_MAGIC2'], [0x1cd1, 'DEVPTS_SUPER_MAGIC'], [0x2468, 'MINIX2_SUPER_MAGIC'],
    [0x2478, 'MINIX2_SUPER_MAGIC2'], [0x3434, 'NILFS_SUPER_MAGIC'], [0x4244, 'HFS_SUPER_MAGIC'],
    [0x482b, 'HFSPLUS_SUPER_MAGIC'], [0x4d44, 'MSDOS_SUPER_MAGIC'], [0x4d5a, 'MINIX3_SUPER_MAGIC'],
    [0x517b, 'SMB_SUPER_MAGIC'], [0x564c, 'NCP_SUPER_MAGIC'], [0x5df5, 'EXOFS_SUPER_MAGIC'],
    [0x6969, 'NFS_SUPER_MAGIC'], [0x7275, 'ROMFS_MAGIC'], [0x72b6, 'JFFS2_SUPER_MAGIC'],
    [0x9660, 'ISOFS_SUPER_MAGIC'], [0x9fa0, 'PROC_SUPER_MAGIC'], [0x9fa1, 'OPENPROM_SUPER_MAGIC'],
    [0x9fa2, 'USBDEVICE_SUPER_MAGIC'], [0xadf5, 'ADFS_SUPER_MAGIC'], [0xadff, 'AFFS_SUPER_MAGIC'],
    [0xef51, 'EXT2_OLD_SUPER_MAGIC'], [0xef53, 'EXT2_SUPER_MAGIC'],
    [0xf15f, 'ECRYPTFS_SUPER_MAGIC'], [0x11954, 'UFS_MAGIC'], [0x27e0eb, 'CGROUP_SUPER_MAGIC'],
    [0x414a53, 'EFS_SUPER_MAGIC'], [0xc0ffee, 'HOSTFS_SUPER_MAGIC'],
    [0xc36400, 'CEPH_SUPER_MAGIC'], [0x1021994, 'TMPFS_MAGIC'], [0x1021997, 'V9FS_MAGIC'],
    [0x1161970, 'GFS2_MAGIC'], [0x12fd16d, 'XIAFS_SUPER_MAGIC'], [0x12ff7b4, 'XENIX_SUPER_MAGIC'],
    [0x12ff7b5, 'SYSV4_SUPER_MAGIC'], [0x12ff7b6, 'SYSV2_SUPER_MAGIC'],
    [0x12ff7b7, 'COH_SUPER_MAGIC'], [0x2011994, 'SHMFS_SUPER_MAGIC'],
    [0x9041934, 'ANON_INODE_FS_MAGIC'], [0xbad1dea, 'FUTEXFS_SUPER_MAGIC'],
    [0xbd00bd0, 'LL_SUPER_MAGIC'], [0xbd00bd1, 'LUSTRE_SUPER_MAGIC'],
    [0x11307854, 'MTD_INODE_FS_MAGIC'], [0x13661366, 'BALLOON_KVM_MAGIC'],
    [0x15013346, 'UDF_SUPER_MAGIC'], [0x1badface, 'BFS_MAGIC'], [0x2011bab0, 'EXFAT_SUPER_MAGIC'],
    [0x24051905, 'UBIFS_SUPER_MAGIC'], [0x28cd3d45, 'CRAMFS_MAGIC'],
    [0x2fc12fc1, 'ZFS_SUPER_MAGIC'], [0x3153464a, 'JFS_SUPER_MAGIC'],
    [0x42465331, 'BEFS_SUPER_MAGIC'], [0x42494e4d, 'BINFMTFS_MAGIC'], [0x43415d53, 'SMACK_MAGIC'],
    [0x444d4142, 'DMA_BUF_MAGIC'], [0x453dcd28, 'CRAMFS_MAGIC_WEND'], [0x454d444d, 'DEVMEM_MAGIC'],
    [0x474d454d, 'GUEST_MEMFD_MAGIC'], [0x47504653, 'GPFS_SUPER_MAGIC'],
    [0x4e554c4c, 'NULL_FS_MAGIC'], [0x50494446, 'PID_FS_MAGIC'], [0x50495045, 'PIPEFS_MAGIC'],
    [0x52654973, 'REISERFS_SUPER_MAGIC'], [0x5345434d, 'SECRETMEM_MAGIC'],
    [0x5346414f, 'AFS_SUPER_MAGIC'], [0x5346544e, 'NTFS_SB_MAGIC'], [0x534f434b, 'SOCKFS_MAGIC'],
    [0x54190100, 'UFS_CIGAM'], [0x565a4653, 'VZFS_SUPER_MAGIC'], [0x57ac6e9d, 'STACK_END_MAGIC'],
    [0x58295829, 'ZSMALLOC_MAGIC'], [0x58465342, 'XFS_SUPER_MAGIC'], [0x5a3c69f0, 'AAFS_MAGIC'],
    [0x5a4f4653, 'ZONEFS_MAGIC'], [0x6165676c, 'PSTOREFS_MAGIC'], [0x61756673, 'AUFS_SUPER_MAGIC'],
    [0x62646576, 'BDEVFS_MAGIC'], [0x62656570, 'CONFIGFS_MAGIC'], [0x62656572, 'SYSFS_MAGIC'],
    [0x63677270, 'CGROUP2_SUPER_MAGIC'], [0x64626720, 'DEBUGFS_MAGIC'],
    [0x64646178, 'DAXFS_MAGIC'], [0x65735543, 'FUSE_CTL_SUPER_MAGIC'],
    [0x65735546, 'FUSE_SUPER_MAGIC'], [0x68191122, 'QNX6_SUPER_MAGIC'],
    [0x6b414653, 'AFS_FS_MAGIC'], [0x6c6f6f70, 'BINDERFS_SUPER_MAGIC'], [0x6e736673, 'NSFS_MAGIC'],
    [0x73636673, 'SECURITYFS_MAGIC'], [0x73717368, 'SQUASHFS_MAGIC'],
    [0x73727279, 'BTRFS_TEST_MAGIC'], [0x73757245, 'CODA_SUPER_MAGIC'],
    [0x7461636f, 'OCFS2_SUPER_MAGIC'], [0x74726163, 'TRACEFS_MAGIC'],
    [0x794c7630, 'OVERLAYFS_SUPER_MAGIC'], [0x858458f6, 'RAMFS_MAGIC'],
    [0x9123683e, 'BTRFS_SUPER_MAGIC'], [0x958458f6, 'HUGETLBFS_MAGIC'],
    [0xa501fcf5, 'VXFS_SUPER_MAGIC'], [0xabba1974, 'XENFS_SUPER_MAGIC'],
    [0xc7571590, 'PPC_CMM_MAGIC'], [0xc97e8168, 'LOGFS_MAGIC'],
    [0xca451a4e, 'BCACHEFS_SUPER_MAGIC'], [0xcafe4a11, 'BPF_FS_MAGIC'],
    [0xde5e81e4, 'EFIVARFS_MAGIC'], [0xe0f5e1e2, 'EROFS_SUPER_MAGIC_V1'],
    [0xf2f52010, 'F2FS_SUPER_MAGIC'], [0xf97cff8c, 'SELINUX_MAGIC'],
    [0xf995e849, 'HPFS_SUPER_MAGIC'], [0xfe534d42, 'SMB2_SUPER_MAGIC'],
    [0xff534d42, 'CIFS_SUPER_MAGIC']]),
  fsmount_flags: n([[1, 'FSMOUNT_CLOEXEC'], [2, 'FSMOUNT_NAMESPACE']]),
  fsopen_flags: n([[1, 'FSOPEN_CLOEXEC']]),
  fspick_flags: n([[1, 'FSPICK_CLOEXEC'], [2, 'FSPICK_SYMLINK_NOFOLLOW'],
    [4, 'FSPICK_NO_AUTOMOUNT'], [8, 'FSPICK_EMPTY_PATH']]),
  futex2_flags: n([[4, 'FUTEX2_NUMA'], [8, 'FUTEX2_MPOL'], [0x80, 'FUTEX2_PRIVATE']]),
  futex2_sizes: n([[0, 'FUTEX2_SIZE_U8'], [1, 'FUTEX2_SIZE_U16'], [2, 'FUTEX2_SIZE_U32'],
    [3, 'FUTEX2_SIZE_U64']]),
  futexbitset: n([[0xffffffff, 'FUTEX_BITSET_MATCH_ANY']]),
  futexops: n([[0, 'FUTEX_WAIT'], [1, 'FUTEX_WAKE'], [2, 'FUTEX_FD'], [3, 'FUTEX_REQUEUE'],
    [4, 'FUTEX_CMP_REQUEUE'], [5, 'FUTEX_WAKE_OP'], [6, 'FUTEX_LOCK_PI'], [7, 'FUTEX_UNLOCK_PI'],
    [8, 'FUTEX_TRYLOCK_PI'], [9, 'FUTEX_WAIT_BITSET'], [0xa, 'FUTEX_WAKE_BITSET'],
    [0xb, 'FUTEX_WAIT_REQUEUE_PI'], [0xc, 'FUTEX_CMP_REQUEUE_PI'], [0xd, 'FUTEX_LOCK_PI2'],
    [0x80, 'FUTEX_WAIT_PRIVATE'], [0x81, 'FUTEX_WAKE_PRIVATE'],
    [0x82, 'FUTEX_FD|FUTEX_PRIVATE_FLAG'], [0x83, 'FUTEX_REQUEUE_PRIVATE'],
    [0x84, 'FUTEX_CMP_REQUEUE_PRIVATE'], [0x85, 'FUTEX_WAKE_OP_PRIVATE'],
    [0x86, 'FUTEX_LOCK_PI_PRIVATE'], [0x87, 'FUTEX_UNLOCK_PI_PRIVATE'],
    [0x88, 'FUTEX_TRYLOCK_PI_PRIVATE'], [0x89, 'FUTEX_WAIT_BITSET_PRIVATE'],
    [0x8a, 'FUTEX_WAKE_BITSET_PRIVATE'], [0x8b, 'FUTEX_WAIT_REQUEUE_PI_PRIVATE'],
    [0x8c, 'FUTEX_CMP_REQUEUE_PI_PRIVATE'], [0x8d, 'FUTEX_LOCK_PI2_PRIVATE'],
    [0x100, 'FUTEX_WAIT|FUTEX_CLOCK_REALTIME'], [0x180, 'FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME'],
    [0x109, 'FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME'],
    [0x189, 'FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME'],
    [0x10b, 'FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME'],
    [0x18b, 'FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME']]),
  futexwakecmps: n([[0, 'FUTEX_OP_CMP_EQ'], [1, 'FUTEX_OP_CMP_NE'], [2, 'FUTEX_OP_CMP_LT'],
    [3, 'FUTEX_OP_CMP_LE'], [4, 'FUTEX_OP_CMP_GT'], [5, 'FUTEX_OP_CMP_GE']]),
  futexwakeops: n([[0, 'FUTEX_OP_SET'], [1, 'FUTEX_OP_ADD'], [2, 'FUTEX_OP_OR'],
    [3, 'FUTEX_OP_ANDN'], [4, 'FUTEX_OP_XOR']]),
  get_mempolicy_flags: n([[1, 'MPOL_F_NODE'], [2, 'MPOL_F_ADDR'], [4, 'MPOL_F_MEMS_ALLOWED']]),
  getrandom_flags: n([[1, 'GRND_NONBLOCK'], [2, 'GRND_RANDOM'], [4, 'GRND_INSECURE']]),
  getsock_options: n([[0x1a, 'SO_GET_FILTER']]),
  inet_protocols: n([[0, 'IPPROTO_IP'], [1, 'IPPROTO_ICMP'], [2, 'IPPROTO_IGMP'],
    [4, 'IPPROTO_IPIP'], [6, 'IPPROTO_TCP'], [8, 'IPPROTO_EGP'], [0xc, 'IPPROTO_PUP'],
    [0x11, 'IPPROTO_UDP'], [0x16, 'IPPROTO_IDP'], [0x1d, 'IPPROTO_TP'], [0x21, 'IPPROTO_DCCP'],
    [0x29, 'IPPROTO_IPV6'], [0x2b, 'IPPROTO_ROUTING'], [0x2c, 'IPPROTO_FRAGMENT'],
    [0x2e, 'IPPROTO_RSVP'], [0x2f, 'IPPROTO_GRE'], [0x32, 'IPPROTO_ESP'], [0x33, 'IPPROTO_AH'],
    [0x3a, 'IPPROTO_ICMPV6'], [0x3b, 'IPPROTO_NONE'], [0x3c, 'IPPROTO_DSTOPTS'],
    [0x5c, 'IPPROTO_MTP'], [0x5e, 'IPPROTO_BEETPH'], [0x62, 'IPPROTO_ENCAP'],
    [0x67, 'IPPROTO_PIM'], [0x6c, 'IPPROTO_COMP'], [0x73, 'IPPROTO_L2TP'], [0x84, 'IPPROTO_SCTP'],
    [0x87, 'IPPROTO_MH'], [0x88, 'IPPROTO_UDPLITE'], [0x89, 'IPPROTO_MPLS'],
    [0x8f, 'IPPROTO_ETHERNET'], [0x90, 'IPPROTO_AGGFRAG'], [0xff, 'IPPROTO_RAW'],
    [0x100, 'IPPROTO_SMC'], [0x106, 'IPPROTO_MPTCP']]),
  inotify_flags: n([[1, 'IN_ACCESS'], [2, 'IN_MODIFY'], [4, 'IN_ATTRIB'], [8, 'IN_CLOSE_WRITE'],
    [0x10, 'IN_CLOSE_NOWRITE'], [0x20, 'IN_OPEN'], [0x40, 'IN_MOVED_FROM'], [0x80, 'IN_MOVED_TO'],
    [0x100, 'IN_CREATE'], [0x200, 'IN_DELETE'], [0x400, 'IN_DELETE_SELF'], [0x800, 'IN_MOVE_SELF'],
    [0x2000, 'IN_UNMOUNT'], [0x4000, 'IN_Q_OVERFLOW'], [0x8000, 'IN_IGNORED'],
    [0x1000000, 'IN_ONLYDIR'], [0x2000000, 'IN_DONT_FOLLOW'], [0x4000000, 'IN_EXCL_UNLINK'],
    [0x10000000, 'IN_MASK_CREATE'], [0x20000000, 'IN_MASK_ADD'], [0x40000000, 'IN_ISDIR'],
    [0x80000000, 'IN_ONESHOT']]),
  inotify_init_flags: n([[0x800, 'IN_NONBLOCK'], [0x80000, 'IN_CLOEXEC']]),
  ioprio_who: n([[1, 'IOPRIO_WHO_PROCESS'], [2, 'IOPRIO_WHO_PGRP'], [3, 'IOPRIO_WHO_USER']]),
  ipc_msg_flags: n([[0x1000, 'MSG_NOERROR'], [0x2000, 'MSG_EXCEPT'], [0x4000, 'MSG_COPY'],
    [0x800, 'IPC_NOWAIT']]),
  ipc_private: n([[0, 'IPC_PRIVATE']]),
  itimer_which: n([[0, 'ITIMER_REAL'], [1, 'ITIMER_VIRTUAL'], [2, 'ITIMER_PROF']]),
  kcmp_types: n([[0, 'KCMP_FILE'], [1, 'KCMP_VM'], [2, 'KCMP_FILES'], [3, 'KCMP_FS'],
    [4, 'KCMP_SIGHAND'], [5, 'KCMP_IO'], [6, 'KCMP_SYSVSEM'], [7, 'KCMP_EPOLL_TFD']]),
  kexec_arch_values: n([[0, 'KEXEC_ARCH_DEFAULT'], [0x30000, 'KEXEC_ARCH_386'],
    [0x40000, 'KEXEC_ARCH_68K'], [0xf0000, 'KEXEC_ARCH_PARISC'], [0x3e0000, 'KEXEC_ARCH_X86_64'],
    [0x140000, 'KEXEC_ARCH_PPC'], [0x150000, 'KEXEC_ARCH_PPC64'], [0x320000, 'KEXEC_ARCH_IA_64'],
    [0x280000, 'KEXEC_ARCH_ARM'], [0x160000, 'KEXEC_ARCH_S390'], [0x2a0000, 'KEXEC_ARCH_SH'],
    [0xa0000, 'KEXEC_ARCH_MIPS_LE'], [0x80000, 'KEXEC_ARCH_MIPS'],
    [0xb70000, 'KEXEC_ARCH_AARCH64'], [0xf30000, 'KEXEC_ARCH_RISCV'],
    [0x1020000, 'KEXEC_ARCH_LOONGARCH']]),
  kexec_file_load_flags: n([[1, 'KEXEC_FILE_UNLOAD'], [2, 'KEXEC_FILE_ON_CRASH'],
    [4, 'KEXEC_FILE_NO_INITRAMFS'], [8, 'KEXEC_FILE_DEBUG'], [0x10, 'KEXEC_FILE_NO_CMA'],
    [0x20, 'KEXEC_FILE_FORCE_DTB']]),
  kexec_load_flags: n([[1, 'KEXEC_ON_CRASH'], [2, 'KEXEC_PRESERVE_CONTEXT'],
    [4, 'KEXEC_UPDATE_ELFCOREHDR'], [8, 'KEXEC_CRASH_HOTPLUG_SUPPORT']]),
  keyctl_commands: n([[0, 'KEYCTL_GET_KEYRING_ID'], [1, 'KEYCTL_JOIN_SESSION_KEYRING'],
    [2, 'KEYCTL_UPDATE'], [3, 'KEYCTL_REVOKE'], [4, 'KEYCTL_CHOWN'], [5, 'KEYCTL_SETPERM'],
    [6, 'KEYCTL_DESCRIBE'], [7, 'KEYCTL_CLEAR'], [8, 'KEYCTL_LINK'], [9, 'KEYCTL_UNLINK'],
    [0xa, 'KEYCTL_SEARCH'], [0xb, 'KEYCTL_READ'], [0xc, 'KEYCTL_INSTANTIATE'],
    [0xd, 'KEYCTL_NEGATE'], [0xe, 'KEYCTL_SET_REQKEY_KEYRING'], [0xf, 'KEYCTL_SET_TIMEOUT'],
    [0x10, 'KEYCTL_ASSUME_AUTHORITY'], [0x11, 'KEYCTL_GET_SECURITY'],
    [0x12, 'KEYCTL_SESSION_TO_PARENT'], [0x13, 'KEYCTL_REJECT'], [0x14, 'KEYCTL_INSTANTIATE_IOV'],
    [0x15, 'KEYCTL_INVALIDATE'], [0x16, 'KEYCTL_GET_PERSISTENT'], [0x17, 'KEYCTL_DH_COMPUTE'],
    [0x18, 'KEYCTL_PKEY_QUERY'], [0x19, 'KEYCTL_PKEY_ENCRYPT'], [0x1a, 'KEYCTL_PKEY_DECRYPT'],
    [0x1b, 'KEYCTL_PKEY_SIGN'], [0x1c, 'KEYCTL_PKEY_VERIFY'], [0x1d, 'KEYCTL_RESTRICT_KEYRING'],
    [0x1e, 'KEYCTL_MOVE'], [0x1f, 'KEYCTL_CAPABILITIES'], [0x20, 'KEYCTL_WATCH_KEY']]),
  landlock_rule_types: n([[1, 'LANDLOCK_RULE_PATH_BENEATH'], [2, 'LANDLOCK_RULE_NET_PORT']]),
  listmount_flags: n([[1, 'LISTMOUNT_REVERSE']]),
  lockfcmds: n([[0, 'F_RDLCK'], [1, 'F_WRLCK'], [2, 'F_UNLCK'], [4, 'F_EXLCK'], [8, 'F_SHLCK']]),
  lsm_attrs: n([[0, 'LSM_ATTR_UNDEF'], [0x64, 'LSM_ATTR_CURRENT'], [0x65, 'LSM_ATTR_EXEC'],
    [0x66, 'LSM_ATTR_FSCREATE'], [0x67, 'LSM_ATTR_KEYCREATE'], [0x68, 'LSM_ATTR_PREV'],
    [0x69, 'LSM_ATTR_SOCKCREATE']]),
  lsm_flags: n([[1, 'LSM_FLAG_SINGLE']]),
  madvise_cmds: n([[0, 'MADV_NORMAL'], [1, 'MADV_RANDOM'], [2, 'MADV_SEQUENTIAL'],
    [3, 'MADV_WILLNEED'], [4, 'MADV_DONTNEED'], [8, 'MADV_FREE'], [9, 'MADV_REMOVE'],
    [0xa, 'MADV_DONTFORK'], [0xb, 'MADV_DOFORK'], [0x14, 'MADV_COLD'], [0x15, 'MADV_PAGEOUT'],
    [0x16, 'MADV_POPULATE_READ'], [0x17, 'MADV_POPULATE_WRITE'], [0x18, 'MADV_DONTNEED_LOCKED'],
    [0x64, 'MADV_HWPOISON'], [0x65, 'MADV_SOFT_OFFLINE'], [0x66, 'MADV_GUARD_INSTALL'],
    [0x67, 'MADV_GUARD_REMOVE']]),
  mbind_flags: n([[1, 'MPOL_MF_STRICT'], [2, 'MPOL_MF_MOVE'], [4, 'MPOL_MF_MOVE_ALL']]),
  mctl_sync: n([[4, 'MS_SYNC'], [1, 'MS_ASYNC'], [2, 'MS_INVALIDATE']]),
  membarrier_cmds: n([[0, 'MEMBARRIER_CMD_QUERY'], [1, 'MEMBARRIER_CMD_GLOBAL'],
    [2, 'MEMBARRIER_CMD_GLOBAL_EXPEDITED'], [4, 'MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED'],
    [8, 'MEMBARRIER_CMD_PRIVATE_EXPEDITED'], [0x10, 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED'],
    [0x20, 'MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE'],
    [0x40, 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE'],
    [0x80, 'MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ'],
    [0x100, 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ'],
    [0x200, 'MEMBARRIER_CMD_GET_REGISTRATIONS']]),
  membarrier_flags: n([[1, 'MEMBARRIER_CMD_FLAG_CPU']]),
  memfd_create_flags: n([[1, 'MFD_CLOEXEC'], [2, 'MFD_ALLOW_SEALING'], [4, 'MFD_HUGETLB'],
    [8, 'MFD_NOEXEC_SEAL'], [0x10, 'MFD_EXEC']]),
  memfd_secret_flags: n([[0x80000, 'O_CLOEXEC']]),
  mlock_flags: n([[1, 'MLOCK_ONFAULT']]),
  mlockall_flags: n([[1, 'MCL_CURRENT'], [2, 'MCL_FUTURE'], [4, 'MCL_ONFAULT']]),
  mmap_flags: n([[1, 'MAP_SHARED'], [2, 'MAP_PRIVATE'], [3, 'MAP_SHARED_VALIDATE'],
    [8, 'MAP_DROPPABLE'], [0x10, 'MAP_FIXED'], [0x20, 'MAP_ANONYMOUS'], [0x40, 'MAP_32BIT'],
    [0x80, 'MAP_ABOVE4G'], [0x4000, 'MAP_NORESERVE'], [0x8000, 'MAP_POPULATE'],
    [0x10000, 'MAP_NONBLOCK'], [0x100, 'MAP_GROWSDOWN'], [0x800, 'MAP_DENYWRITE'],
    [0x1000, 'MAP_EXECUTABLE'], [0, 'MAP_FILE'], [0x2000, 'MAP_LOCKED'], [0x20000, 'MAP_STACK'],
    [0x40000, 'MAP_HUGETLB'], [0x80000, 'MAP_SYNC'], [0x4000000, 'MAP_UNINITIALIZED'],
    [0x100000, 'MAP_FIXED_NOREPLACE']]),
  mmap_prot: n([[0, 'PROT_NONE'], [1, 'PROT_READ'], [2, 'PROT_WRITE'], [4, 'PROT_EXEC'],
    [8, 'PROT_SEM'], [0x1000000, 'PROT_GROWSDOWN'], [0x2000000, 'PROT_GROWSUP']]),
  modem_flags: n([[1, 'TIOCM_LE'], [2, 'TIOCM_DTR'], [4, 'TIOCM_RTS'], [8, 'TIOCM_ST'],
    [0x10, 'TIOCM_SR'], [0x20, 'TIOCM_CTS'], [0x40, 'TIOCM_CAR'], [0x80, 'TIOCM_RNG'],
    [0x100, 'TIOCM_DSR'], [0x2000, 'TIOCM_OUT1'], [0x4000, 'TIOCM_OUT2'], [0x8000, 'TIOCM_LOOP']]),
  modetypes: n([[0x8000, 'S_IFREG'], [0xc000, 'S_IFSOCK'], [0x1000, 'S_IFIFO'],
    [0xa000, 'S_IFLNK'], [0x4000, 'S_IFDIR'], [0x6000, 'S_IFBLK'], [0x2000, 'S_IFCHR']]),
  module_init_flags: n([[1, 'MODULE_INIT_IGNORE_MODVERSIONS'], [2, 'MODULE_INIT_IGNORE_VERMAGIC'],
    [4, 'MODULE_INIT_COMPRESSED_FILE']]),
  mount_attr_attr: n([[1, 'MOUNT_ATTR_RDONLY'], [2, 'MOUNT_ATTR_NOSUID'], [4, 'MOUNT_ATTR_NODEV'],
    [8, 'MOUNT_ATTR_NOEXEC'], [0x70, 'MOUNT_ATTR__ATIME'], [0x10, 'MOUNT_ATTR_NOATIME'],
    [0x20, 'MOUNT_ATTR_STRICTATIME'], [0x80, 'MOUNT_ATTR_NODIRATIME'],
    [0x100000, 'MOUNT_ATTR_IDMAP'], [0x200000, 'MOUNT_ATTR_NOSYMFOLLOW']]),
  mount_flags: n([[1, 'MS_RDONLY'], [2, 'MS_NOSUID'], [4, 'MS_NODEV'], [8, 'MS_NOEXEC'],
    [0x10, 'MS_SYNCHRONOUS'], [0x20, 'MS_REMOUNT'], [0x40, 'MS_MANDLOCK'], [0x80, 'MS_DIRSYNC'],
    [0x100, 'MS_NOSYMFOLLOW'], [0x400, 'MS_NOATIME'], [0x800, 'MS_NODIRATIME'],
    [0x1000, 'MS_BIND'], [0x2000, 'MS_MOVE'], [0x4000, 'MS_REC'], [0x8000, 'MS_SILENT'],
    [0x10000, 'MS_POSIXACL'], [0x20000, 'MS_UNBINDABLE'], [0x40000, 'MS_PRIVATE'],
    [0x80000, 'MS_SLAVE'], [0x100000, 'MS_SHARED'], [0x200000, 'MS_RELATIME'],
    [0x400000, 'MS_KERNMOUNT'], [0x800000, 'MS_I_VERSION'], [0x1000000, 'MS_STRICTATIME'],
    [0x2000000, 'MS_LAZYTIME'], [0x4000000, 'MS_SUBMOUNT'], [0x8000000, 'MS_NOREMOTELOCK'],
    [0x10000000, 'MS_NOSEC'], [0x20000000, 'MS_BORN'], [0x40000000, 'MS_ACTIVE'],
    [0x80000000, 'MS_NOUSER']]),
  move_mount_flags: n([[1, 'MOVE_MOUNT_F_SYMLINKS'], [2, 'MOVE_MOUNT_F_AUTOMOUNTS'],
    [4, 'MOVE_MOUNT_F_EMPTY_PATH'], [0x10, 'MOVE_MOUNT_T_SYMLINKS'],
    [0x20, 'MOVE_MOUNT_T_AUTOMOUNTS'], [0x40, 'MOVE_MOUNT_T_EMPTY_PATH'],
    [0x100, 'MOVE_MOUNT_SET_GROUP'], [0x200, 'MOVE_MOUNT_BENEATH']]),
  mpol_mode_flags: n([[0x8000, 'MPOL_F_STATIC_NODES'], [0x4000, 'MPOL_F_RELATIVE_NODES'],
    [0x2000, 'MPOL_F_NUMA_BALANCING']]),
  mpol_modes: n([[0, 'MPOL_DEFAULT'], [1, 'MPOL_PREFERRED'], [2, 'MPOL_BIND'],
    [3, 'MPOL_INTERLEAVE'], [4, 'MPOL_LOCAL'], [5, 'MPOL_PREFERRED_MANY'],
    [6, 'MPOL_WEIGHTED_INTERLEAVE']]),
  mremap_flags: n([[1, 'MREMAP_MAYMOVE'], [2, 'MREMAP_FIXED'], [4, 'MREMAP_DONTUNMAP']]),
  msg_flags: n([[1, 'MSG_OOB'], [2, 'MSG_PEEK'], [4, 'MSG_DONTROUTE'], [8, 'MSG_CTRUNC'],
    [0x10, 'MSG_PROBE'], [0x20, 'MSG_TRUNC'], [0x40, 'MSG_DONTWAIT'], [0x80, 'MSG_EOR'],
    [0x100, 'MSG_WAITALL'], [0x200, 'MSG_FIN'], [0x400, 'MSG_SYN'], [0x800, 'MSG_CONFIRM'],
    [0x1000, 'MSG_RST'], [0x2000, 'MSG_ERRQUEUE'], [0x4000, 'MSG_NOSIGNAL'], [0x8000, 'MSG_MORE'],
    [0x10000, 'MSG_WAITFORONE'], [0x20000, 'MSG_SENDPAGE_NOTLAST'], [0x40000, 'MSG_BATCH'],
    [0x80000, 'MSG_NO_SHARED_FRAGS'], [0x2000000, 'MSG_SOCK_DEVMEM'], [0x4000000, 'MSG_ZEROCOPY'],
    [0x20000000, 'MSG_FASTOPEN'], [0x40000000, 'MSG_CMSG_CLOEXEC'],
    [0x80000000, 'MSG_CMSG_COMPAT']]),
  msgctl_flags: n([[0, 'IPC_RMID'], [1, 'IPC_SET'], [2, 'IPC_STAT'], [3, 'IPC_INFO'],
    [0xb, 'MSG_STAT'], [0xc, 'MSG_INFO'], [0xd, 'MSG_STAT_ANY']]),
  netlink_protocols: n([[0, 'NETLINK_ROUTE'], [1, 'NETLINK_UNUSED'], [2, 'NETLINK_USERSOCK'],
    [3, 'NETLINK_FIREWALL'], [4, 'NETLINK_SOCK_DIAG'], [5, 'NETLINK_NFLOG'], [6, 'NETLINK_XFRM'],
    [7, 'NETLINK_SELINUX'], [8, 'NETLINK_ISCSI'], [9, 'NETLINK_AUDIT'],
    [0xa, 'NETLINK_FIB_LOOKUP'], [0xb, 'NETLINK_CONNECTOR'], [0xc, 'NETLINK_NETFILTER'],
    [0xd, 'NETLINK_IP6_FW'], [0xe, 'NETLINK_DNRTMSG'], [0xf, 'NETLINK_KOBJECT_UEVENT'],
    [0x10, 'NETLINK_GENERIC'], [0x12, 'NETLINK_SCSITRANSPORT'], [0x13, 'NETLINK_ECRYPTFS'],
    [0x14, 'NETLINK_RDMA'], [0x15, 'NETLINK_CRYPTO'], [0x16, 'NETLINK_SMC']]),
  notifyflags: n([[1, 'DN_ACCESS'], [2, 'DN_MODIFY'], [4, 'DN_CREATE'], [8, 'DN_DELETE'],
    [0x10, 'DN_RENAME'], [0x20, 'DN_ATTRIB'], [0x80000000, 'DN_MULTISHOT']]),
  open_access_modes: n([[0, 'O_RDONLY'], [1, 'O_WRONLY'], [2, 'O_RDWR'], [3, 'O_ACCMODE']]),
  open_mode_flags: n([[0x40, 'O_CREAT'], [0x80, 'O_EXCL'], [0x100, 'O_NOCTTY'], [0x200, 'O_TRUNC'],
    [0x400, 'O_APPEND'], [0x800, 'O_NONBLOCK'], [0x101000, 'O_SYNC'], [0x100000, '__O_SYNC'],
    [0x1000, 'O_DSYNC'], [0x4000, 'O_DIRECT'], [0x8000, 'O_LARGEFILE'], [0x20000, 'O_NOFOLLOW'],
    [0x40000, 'O_NOATIME'], [0x80000, 'O_CLOEXEC'], [0x200000, 'O_PATH'], [0x410000, 'O_TMPFILE'],
    [0x400000, '__O_TMPFILE'], [0x10000, 'O_DIRECTORY'], [0x4000000, 'O_EMPTYPATH'],
    [0x2000, 'FASYNC']]),
  open_resolve_flags: n([[1, 'RESOLVE_NO_XDEV'], [2, 'RESOLVE_NO_MAGICLINKS'],
    [4, 'RESOLVE_NO_SYMLINKS'], [8, 'RESOLVE_BENEATH'], [0x10, 'RESOLVE_IN_ROOT'],
    [0x20, 'RESOLVE_CACHED']]),
  open_tree_flags: n([[1, 'OPEN_TREE_CLONE'], [2, 'OPEN_TREE_NAMESPACE'],
    [0x80000, 'OPEN_TREE_CLOEXEC'], [0x100, 'AT_SYMLINK_NOFOLLOW'], [0x800, 'AT_NO_AUTOMOUNT'],
    [0x1000, 'AT_EMPTY_PATH'], [0x8000, 'AT_RECURSIVE']]),
  perf_event_open_flags: n([[1, 'PERF_FLAG_FD_NO_GROUP'], [2, 'PERF_FLAG_FD_OUTPUT'],
    [4, 'PERF_FLAG_PID_CGROUP'], [8, 'PERF_FLAG_FD_CLOEXEC']]),
  personality_flags: n([[0x20000, 'UNAME26'], [0x40000, 'ADDR_NO_RANDOMIZE'],
    [0x80000, 'FDPIC_FUNCPTRS'], [0x100000, 'MMAP_PAGE_ZERO'], [0x200000, 'ADDR_COMPAT_LAYOUT'],
    [0x400000, 'READ_IMPLIES_EXEC'], [0x800000, 'ADDR_LIMIT_32BIT'], [0x1000000, 'SHORT_INODE'],
    [0x2000000, 'WHOLE_SECONDS'], [0x4000000, 'STICKY_TIMEOUTS'], [0x8000000, 'ADDR_LIMIT_3GB']]),
  personality_types: n([[0, 'PER_LINUX'], [0x800000, 'PER_LINUX_32BIT'],
    [0x80000, 'PER_LINUX_FDPIC'], [0x4100001, 'PER_SVR4'], [0x5000002, 'PER_SVR3'],
    [0x7000003, 'PER_SCOSVR3'], [0x6000003, 'PER_OSR5'], [0x5000004, 'PER_WYSEV386'],
    [0x4000005, 'PER_ISCR4'], [6, 'PER_BSD'], [0x4000006, 'PER_SUNOS'], [0x5000007, 'PER_XENIX'],
    [8, 'PER_LINUX32'], [0x8000008, 'PER_LINUX32_3GB'], [0x4000009, 'PER_IRIX32'],
    [0x400000a, 'PER_IRIXN32'], [0x400000b, 'PER_IRIX64'], [0xc, 'PER_RISCOS'],
    [0x400000d, 'PER_SOLARIS'], [0x410000e, 'PER_UW7'], [0xf, 'PER_OSF4'], [0x10, 'PER_HPUX'],
    [0xff, 'PER_MASK']]),
  pidfd_open_flags: n([[0x800, 'PIDFD_NONBLOCK'], [0x80, 'PIDFD_THREAD'],
    [0x200, 'PIDFD_AUTOKILL']]),
  pidfd_send_signal_flags: n([[1, 'PIDFD_SIGNAL_THREAD'], [2, 'PIDFD_SIGNAL_THREAD_GROUP'],
    [4, 'PIDFD_SIGNAL_PROCESS_GROUP']]),
  pkey_access: n([[0, 'PKEY_UNRESTRICTED'], [1, 'PKEY_DISABLE_ACCESS'], [2, 'PKEY_DISABLE_WRITE'],
    [4, 'PKEY_DISABLE_EXECUTE']]),
  pollflags: n([[1, 'POLLIN'], [2, 'POLLPRI'], [4, 'POLLOUT'], [8, 'POLLERR'], [0x10, 'POLLHUP'],
    [0x20, 'POLLNVAL'], [0x40, 'POLLRDNORM'], [0x80, 'POLLRDBAND'], [0x100, 'POLLWRNORM'],
    [0x200, 'POLLWRBAND'], [0x400, 'POLLMSG'], [0x1000, 'POLLREMOVE'], [0x2000, 'POLLRDHUP'],
    [0x8000, 'POLL_BUSY_LOOP']]),
  pr_dumpable: n([[0, 'SUID_DUMP_DISABLE'], [1, 'SUID_DUMP_USER'], [2, 'SUID_DUMP_ROOT']]),
  prctl_options: n([[1, 'PR_SET_PDEATHSIG'], [2, 'PR_GET_PDEATHSIG'], [3, 'PR_GET_DUMPABLE'],
    [4, 'PR_SET_DUMPABLE'], [5, 'PR_GET_UNALIGN'], [6, 'PR_SET_UNALIGN'], [7, 'PR_GET_KEEPCAPS'],
    [8, 'PR_SET_KEEPCAPS'], [9, 'PR_GET_FPEMU'], [0xa, 'PR_SET_FPEMU'], [0xb, 'PR_GET_FPEXC'],
    [0xc, 'PR_SET_FPEXC'], [0xd, 'PR_GET_TIMING'], [0xe, 'PR_SET_TIMING'], [0xf, 'PR_SET_NAME'],
    [0x10, 'PR_GET_NAME'], [0x13, 'PR_GET_ENDIAN'], [0x14, 'PR_SET_ENDIAN'],
    [0x15, 'PR_GET_SECCOMP'], [0x16, 'PR_SET_SECCOMP'], [0x17, 'PR_CAPBSET_READ'],
    [0x18, 'PR_CAPBSET_DROP'], [0x19, 'PR_GET_TSC'], [0x1a, 'PR_SET_TSC'],
    [0x1b, 'PR_GET_SECUREBITS'], [0x1c, 'PR_SET_SECUREBITS'], [0x1d, 'PR_SET_TIMERSLACK'],
    [0x1e, 'PR_GET_TIMERSLACK'], [0x1f, 'PR_TASK_PERF_EVENTS_DISABLE'],
    [0x20, 'PR_TASK_PERF_EVENTS_ENABLE'], [0x21, 'PR_MCE_KILL'], [0x22, 'PR_MCE_KILL_GET'],
    [0x23, 'PR_SET_MM'], [0x24, 'PR_SET_CHILD_SUBREAPER'], [0x25, 'PR_GET_CHILD_SUBREAPER'],
    [0x26, 'PR_SET_NO_NEW_PRIVS'], [0x27, 'PR_GET_NO_NEW_PRIVS'], [0x28, 'PR_GET_TID_ADDRESS'],
    [0x29, 'PR_SET_THP_DISABLE'], [0x2a, 'PR_GET_THP_DISABLE'], [0x2b, 'PR_MPX_ENABLE_MANAGEMENT'],
    [0x2c, 'PR_MPX_DISABLE_MANAGEMENT'], [0x2d, 'PR_SET_FP_MODE'], [0x2e, 'PR_GET_FP_MODE'],
    [0x2f, 'PR_CAP_AMBIENT'], [0x32, 'PR_SVE_SET_VL'], [0x33, 'PR_SVE_GET_VL'],
    [0x34, 'PR_GET_SPECULATION_CTRL'], [0x35, 'PR_SET_SPECULATION_CTRL'],
    [0x36, 'PR_PAC_RESET_KEYS'], [0x37, 'PR_SET_TAGGED_ADDR_CTRL'],
    [0x38, 'PR_GET_TAGGED_ADDR_CTRL'], [0x39, 'PR_SET_IO_FLUSHER'], [0x3a, 'PR_GET_IO_FLUSHER'],
    [0x3b, 'PR_SET_SYSCALL_USER_DISPATCH'], [0x3c, 'PR_PAC_SET_ENABLED_KEYS'],
    [0x3d, 'PR_PAC_GET_ENABLED_KEYS'], [0x3e, 'PR_SCHED_CORE'], [0x3f, 'PR_SME_SET_VL'],
    [0x40, 'PR_SME_GET_VL'], [0x41, 'PR_SET_MDWE'], [0x42, 'PR_GET_MDWE'],
    [0x43, 'PR_SET_MEMORY_MERGE'], [0x44, 'PR_GET_MEMORY_MERGE'], [0x45, 'PR_RISCV_V_SET_CONTROL'],
    [0x46, 'PR_RISCV_V_GET_CONTROL'], [0x47, 'PR_RISCV_SET_ICACHE_FLUSH_CTX'],
    [0x48, 'PR_PPC_GET_DEXCR'], [0x49, 'PR_PPC_SET_DEXCR'], [0x4a, 'PR_GET_SHADOW_STACK_STATUS'],
    [0x4b, 'PR_SET_SHADOW_STACK_STATUS'], [0x4c, 'PR_LOCK_SHADOW_STACK_STATUS'],
    [0x4d, 'PR_TIMER_CREATE_RESTORE_IDS'], [0x4e, 'PR_FUTEX_HASH'],
    [0x4f, 'PR_RSEQ_SLICE_EXTENSION'], [0x50, 'PR_GET_CFI'], [0x51, 'PR_SET_CFI'],
    [0x41555856, 'PR_GET_AUXV'], [0x53564d41, 'PR_SET_VMA'], [0x59616d61, 'PR_SET_PTRACER']]),
  priorities: n([[0, 'PRIO_PROCESS'], [1, 'PRIO_PGRP'], [2, 'PRIO_USER']]),
  ptrace_cmds: n([[0, 'PTRACE_TRACEME'], [1, 'PTRACE_PEEKTEXT'], [2, 'PTRACE_PEEKDATA'],
    [3, 'PTRACE_PEEKUSER'], [4, 'PTRACE_POKETEXT'], [5, 'PTRACE_POKEDATA'], [6, 'PTRACE_POKEUSER'],
    [7, 'PTRACE_CONT'], [8, 'PTRACE_KILL'], [9, 'PTRACE_SINGLESTEP'], [0x10, 'PTRACE_ATTACH'],
    [0x11, 'PTRACE_DETACH'], [0x18, 'PTRACE_SYSCALL'], [0x4200, 'PTRACE_SETOPTIONS'],
    [0x4201, 'PTRACE_GETEVENTMSG'], [0x4202, 'PTRACE_GETSIGINFO'], [0x4203, 'PTRACE_SETSIGINFO'],
    [0x4204, 'PTRACE_GETREGSET'], [0x4205, 'PTRACE_SETREGSET'], [0x4206, 'PTRACE_SEIZE'],
    [0x4207, 'PTRACE_INTERRUPT'], [0x4208, 'PTRACE_LISTEN'], [0x4209, 'PTRACE_PEEKSIGINFO'],
    [0x420a, 'PTRACE_GETSIGMASK'], [0x420b, 'PTRACE_SETSIGMASK'],
    [0x420c, 'PTRACE_SECCOMP_GET_FILTER'], [0x420d, 'PTRACE_SECCOMP_GET_METADATA'],
    [0x420e, 'PTRACE_GET_SYSCALL_INFO'], [0x420f, 'PTRACE_GET_RSEQ_CONFIGURATION'],
    [0x4210, 'PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG'],
    [0x4211, 'PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG'], [0x4212, 'PTRACE_SET_SYSCALL_INFO'],
    [0xc, 'PTRACE_GETREGS'], [0xd, 'PTRACE_SETREGS'], [0xe, 'PTRACE_GETFPREGS'],
    [0xf, 'PTRACE_SETFPREGS'], [0x12, 'PTRACE_GETFPXREGS'], [0x13, 'PTRACE_SETFPXREGS'],
    [0x15, 'PTRACE_OLDSETOPTIONS'], [0x19, 'PTRACE_GET_THREAD_AREA'],
    [0x1a, 'PTRACE_SET_THREAD_AREA'], [0x1f, 'PTRACE_SYSEMU'], [0x20, 'PTRACE_SYSEMU_SINGLESTEP'],
    [0x21, 'PTRACE_SINGLEBLOCK'], [0x1e, 'PTRACE_ARCH_PRCTL']]),
  ptrace_events: n([[1, 'PTRACE_EVENT_FORK'], [2, 'PTRACE_EVENT_VFORK'], [3, 'PTRACE_EVENT_CLONE'],
    [4, 'PTRACE_EVENT_EXEC'], [5, 'PTRACE_EVENT_VFORK_DONE'], [6, 'PTRACE_EVENT_EXIT'],
    [7, 'PTRACE_EVENT_SECCOMP'], [0x80, 'PTRACE_EVENT_STOP']]),
  quotacmds: n([[0x100, 'Q_V1_QUOTAON'], [0x200, 'Q_V1_QUOTAOFF'], [0x300, 'Q_V1_GETQUOTA'],
    [0x400, 'Q_V1_SETQUOTA'], [0x500, 'Q_V1_SETUSE'], [0x600, 'Q_V1_SYNC'], [0x700, 'Q_SETQLIM'],
    [0x800, 'Q_V1_GETSTATS'], [0x1000, 'Q_V1_RSQUASH'], [0xd00, 'Q_V2_GETQUOTA'],
    [0xe00, 'Q_V2_SETQUOTA'], [0xf00, 'Q_V2_SETUSE'], [0x900, 'Q_V2_GETINFO'],
    [0xa00, 'Q_V2_SETINFO'], [0xb00, 'Q_V2_SETGRACE'], [0xc00, 'Q_V2_SETFLAGS'],
    [0x1100, 'Q_V2_GETSTATS'], [0x800001, 'Q_SYNC'], [0x800002, 'Q_QUOTAON'],
    [0x800003, 'Q_QUOTAOFF'], [0x800004, 'Q_GETFMT'], [0x800005, 'Q_GETINFO'],
    [0x800006, 'Q_SETINFO'], [0x800007, 'Q_GETQUOTA'], [0x800008, 'Q_SETQUOTA'],
    [0x800009, 'Q_GETNEXTQUOTA'], [0x5801, 'Q_XQUOTAON'], [0x5802, 'Q_XQUOTAOFF'],
    [0x5803, 'Q_XGETQUOTA'], [0x5804, 'Q_XSETQLIM'], [0x5805, 'Q_XGETQSTAT'],
    [0x5806, 'Q_XQUOTARM'], [0x5807, 'Q_XQUOTASYNC'], [0x5808, 'Q_XGETQSTATV'],
    [0x5809, 'Q_XGETNEXTQUOTA']]),
  quotatypes: n([[0, 'USRQUOTA'], [1, 'GRPQUOTA'], [2, 'PRJQUOTA']]),
  rename_flags: n([[1, 'RENAME_NOREPLACE'], [2, 'RENAME_EXCHANGE'], [4, 'RENAME_WHITEOUT']]),
  resource_flags: n([[0x200, 'IPC_CREAT'], [0x400, 'IPC_EXCL'], [0x800, 'IPC_NOWAIT']]),
  resources: n([[0, 'RLIMIT_CPU'], [1, 'RLIMIT_FSIZE'], [2, 'RLIMIT_DATA'], [3, 'RLIMIT_STACK'],
    [4, 'RLIMIT_CORE'], [5, 'RLIMIT_RSS'], [6, 'RLIMIT_NPROC'], [7, 'RLIMIT_NOFILE'],
    [8, 'RLIMIT_MEMLOCK'], [9, 'RLIMIT_AS'], [0xa, 'RLIMIT_LOCKS'], [0xb, 'RLIMIT_SIGPENDING'],
    [0xc, 'RLIMIT_MSGQUEUE'], [0xd, 'RLIMIT_NICE'], [0xe, 'RLIMIT_RTPRIO'], [0xf, 'RLIMIT_RTTIME']]),
  rseq_flags: n([[1, 'RSEQ_FLAG_UNREGISTER'], [2, 'RSEQ_FLAG_SLICE_EXT_DEFAULT_ON']]),
  rwf_flags: n([[1, 'RWF_HIPRI'], [2, 'RWF_DSYNC'], [4, 'RWF_SYNC'], [8, 'RWF_NOWAIT'],
    [0x10, 'RWF_APPEND'], [0x20, 'RWF_NOAPPEND'], [0x40, 'RWF_ATOMIC'], [0x80, 'RWF_DONTCACHE'],
    [0x100, 'RWF_NOSIGNAL']]),
  sa_handler_values: w([[0xffffffffffffffffn, 'SIG_ERR'], [0, 'SIG_DFL'], [1, 'SIG_IGN']]),
  sched_flags: n([[1, 'SCHED_FLAG_RESET_ON_FORK'], [2, 'SCHED_FLAG_RECLAIM'],
    [4, 'SCHED_FLAG_DL_OVERRUN'], [8, 'SCHED_FLAG_KEEP_POLICY'], [0x10, 'SCHED_FLAG_KEEP_PARAMS'],
    [0x20, 'SCHED_FLAG_UTIL_CLAMP_MIN'], [0x40, 'SCHED_FLAG_UTIL_CLAMP_MAX']]),
  schedulers: n([[0, 'SCHED_OTHER'], [1, 'SCHED_FIFO'], [2, 'SCHED_RR'], [3, 'SCHED_BATCH'],
    [4, 'SCHED_ISO'], [5, 'SCHED_IDLE'], [6, 'SCHED_DEADLINE'], [7, 'SCHED_EXT']]),
  scmvals: n([[1, 'SCM_RIGHTS'], [2, 'SCM_CREDENTIALS'], [3, 'SCM_SECURITY'], [4, 'SCM_PIDFD'],
    [0x29, 'SO_WIFI_STATUS'], [0x3d, 'SO_TXTIME'], [0x1d, 'SO_TIMESTAMP_OLD'],
    [0x23, 'SO_TIMESTAMPNS_OLD'], [0x25, 'SO_TIMESTAMPING_OLD'], [0x3f, 'SO_TIMESTAMP_NEW'],
    [0x40, 'SO_TIMESTAMPNS_NEW'], [0x41, 'SO_TIMESTAMPING_NEW'],
    [0x36, 'SCM_TIMESTAMPING_OPT_STATS'], [0x3a, 'SCM_TIMESTAMPING_PKTINFO'],
    [0x4e, 'SCM_DEVMEM_LINEAR'], [0x4f, 'SCM_DEVMEM_DMABUF'], [0x51, 'SCM_TS_OPT_ID'],
    [0x54, 'SCM_INQ']]),
  seccomp_ops: n([[0, 'SECCOMP_SET_MODE_STRICT'], [1, 'SECCOMP_SET_MODE_FILTER'],
    [2, 'SECCOMP_GET_ACTION_AVAIL'], [3, 'SECCOMP_GET_NOTIF_SIZES']]),
  semctl_flags: n([[0, 'IPC_RMID'], [1, 'IPC_SET'], [2, 'IPC_STAT'], [3, 'IPC_INFO'],
    [0xb, 'GETPID'], [0xc, 'GETVAL'], [0xd, 'GETALL'], [0xe, 'GETNCNT'], [0xf, 'GETZCNT'],
    [0x10, 'SETVAL'], [0x11, 'SETALL'], [0x12, 'SEM_STAT'], [0x13, 'SEM_INFO'],
    [0x14, 'SEM_STAT_ANY']]),
  setns_types: n([[0x80, 'CLONE_NEWTIME'], [0x20000, 'CLONE_NEWNS'],
    [0x2000000, 'CLONE_NEWCGROUP'], [0x4000000, 'CLONE_NEWUTS'], [0x8000000, 'CLONE_NEWIPC'],
    [0x10000000, 'CLONE_NEWUSER'], [0x20000000, 'CLONE_NEWPID'], [0x40000000, 'CLONE_NEWNET']]),
  setsock_options: n([[0x1a, 'SO_ATTACH_FILTER'], [0x50, 'SO_DEVMEM_DONTNEED']]),
  sfd_flags: n([[0x80000, 'SFD_CLOEXEC'], [0x800, 'SFD_NONBLOCK']]),
  shadow_stack_flags: n([[1, 'SHADOW_STACK_SET_TOKEN']]),
  shm_flags: n([[0x1000, 'SHM_RDONLY'], [0x2000, 'SHM_RND'], [0x4000, 'SHM_REMAP'],
    [0x8000, 'SHM_EXEC']]),
  shm_resource_flags: n([[0x200, 'IPC_CREAT'], [0x400, 'IPC_EXCL'], [0x800, 'SHM_HUGETLB'],
    [0x1000, 'SHM_NORESERVE']]),
  shmctl_flags: n([[0, 'IPC_RMID'], [1, 'IPC_SET'], [2, 'IPC_STAT'], [3, 'IPC_INFO'],
    [0xb, 'SHM_LOCK'], [0xc, 'SHM_UNLOCK'], [0xd, 'SHM_STAT'], [0xe, 'SHM_INFO'],
    [0xf, 'SHM_STAT_ANY']]),
  shutdown_modes: n([[0, 'SHUT_RD'], [1, 'SHUT_WR'], [2, 'SHUT_RDWR']]),
  sigact_flags: n([[0x4000000, 'SA_RESTORER'], [0x8000000, 'SA_ONSTACK'],
    [0x10000000, 'SA_RESTART'], [0x20000000, 'SA_INTERRUPT'], [0x40000000, 'SA_NODEFER'],
    [0x80000000, 'SA_RESETHAND'], [4, 'SA_SIGINFO'], [0x80000000, 'SA_RESETHAND'],
    [0x8000000, 'SA_ONSTACK'], [0x40000000, 'SA_NODEFER'], [1, 'SA_NOCLDSTOP'],
    [2, 'SA_NOCLDWAIT']]),
  sigaltstack_flags: n([[1, 'SS_ONSTACK'], [2, 'SS_DISABLE'], [0x80000000, 'SS_AUTODISARM']]),
  sigbus_codes: n([[1, 'BUS_ADRALN'], [2, 'BUS_ADRERR'], [3, 'BUS_OBJERR'], [4, 'BUS_MCEERR_AR'],
    [5, 'BUS_MCEERR_AO']]),
  sigchld_codes: n([[1, 'CLD_EXITED'], [2, 'CLD_KILLED'], [3, 'CLD_DUMPED'], [4, 'CLD_TRAPPED'],
    [5, 'CLD_STOPPED'], [6, 'CLD_CONTINUED']]),
  sigemt_codes: n([[1, 'EMT_TAGOVF']]),
  sigfpe_codes: n([[1, 'FPE_INTDIV'], [2, 'FPE_INTOVF'], [3, 'FPE_FLTDIV'], [4, 'FPE_FLTOVF'],
    [5, 'FPE_FLTUND'], [6, 'FPE_FLTRES'], [7, 'FPE_FLTINV'], [8, 'FPE_FLTSUB'],
    [9, '__FPE_DECOVF'], [0xa, '__FPE_DECDIV'], [0xb, '__FPE_DECERR'], [0xc, '__FPE_INVASC'],
    [0xd, '__FPE_INVDEC'], [0xe, 'FPE_FLTUNK'], [0xf, 'FPE_CONDTRAP']]),
  sigill_codes: n([[1, 'ILL_ILLOPC'], [2, 'ILL_ILLOPN'], [3, 'ILL_ILLADR'], [4, 'ILL_ILLTRP'],
    [5, 'ILL_PRVOPC'], [6, 'ILL_PRVREG'], [7, 'ILL_COPROC'], [8, 'ILL_BADSTK'],
    [9, 'ILL_BADIADDR'], [0xa, '__ILL_BREAK'], [0xb, '__ILL_BNDMOD']]),
  siginfo_codes: n([[0, 'SI_USER'], [0x80, 'SI_KERNEL'], [0xffffffff, 'SI_QUEUE'],
    [0xfffffffe, 'SI_TIMER'], [0xfffffffd, 'SI_MESGQ'], [0xfffffffc, 'SI_ASYNCIO'],
    [0xfffffffb, 'SI_SIGIO'], [0xfffffffa, 'SI_TKILL'], [0xfffffff9, 'SI_DETHREAD'],
    [0xffffffc4, 'SI_ASYNCNL']]),
  sigpoll_codes: n([[1, 'POLL_IN'], [2, 'POLL_OUT'], [3, 'POLL_MSG'], [4, 'POLL_ERR'],
    [5, 'POLL_PRI'], [6, 'POLL_HUP']]),
  sigprocmaskcmds: n([[0, 'SIG_BLOCK'], [1, 'SIG_UNBLOCK'], [2, 'SIG_SETMASK']]),
  sigprof_codes: n([]),
  sigsegv_codes: n([[1, 'SEGV_MAPERR'], [2, 'SEGV_ACCERR'], [3, 'SEGV_BNDERR'],
    [4, '__SEGV_PSTKOVF'], [4, 'SEGV_PKUERR'], [5, 'SEGV_ACCADI'], [6, 'SEGV_ADIDERR'],
    [7, 'SEGV_ADIPERR'], [8, 'SEGV_MTEAERR'], [9, 'SEGV_MTESERR'], [0xa, 'SEGV_CPERR']]),
  sigsys_codes: n([[1, 'SYS_SECCOMP'], [2, 'SYS_USER_DISPATCH']]),
  sigtrap_codes: n([[1, 'TRAP_BRKPT'], [2, 'TRAP_TRACE'], [3, 'TRAP_BRANCH'], [4, 'TRAP_HWBKPT'],
    [5, 'TRAP_UNK'], [6, 'TRAP_PERF']]),
  sock_ip_options: n([[1, 'IP_TOS'], [2, 'IP_TTL'], [3, 'IP_HDRINCL'], [4, 'IP_OPTIONS'],
    [5, 'IP_ROUTER_ALERT'], [6, 'IP_RECVOPTS'], [7, 'IP_RETOPTS'], [8, 'IP_PKTINFO'],
    [9, 'IP_PKTOPTIONS'], [0xa, 'IP_MTU_DISCOVER'], [0xb, 'IP_RECVERR'], [0xc, 'IP_RECVTTL'],
    [0xd, 'IP_RECVTOS'], [0xe, 'IP_MTU'], [0xf, 'IP_FREEBIND'], [0x10, 'IP_IPSEC_POLICY'],
    [0x11, 'IP_XFRM_POLICY'], [0x12, 'IP_PASSSEC'], [0x13, 'IP_TRANSPARENT'],
    [0x14, 'IP_ORIGDSTADDR'], [0x15, 'IP_MINTTL'], [0x16, 'IP_NODEFRAG'], [0x17, 'IP_CHECKSUM'],
    [0x18, 'IP_BIND_ADDRESS_NO_PORT'], [0x19, 'IP_RECVFRAGSIZE'], [0x1a, 'IP_RECVERR_RFC4884'],
    [0x20, 'IP_MULTICAST_IF'], [0x21, 'IP_MULTICAST_TTL'], [0x22, 'IP_MULTICAST_LOOP'],
    [0x23, 'IP_ADD_MEMBERSHIP'], [0x24, 'IP_DROP_MEMBERSHIP'], [0x25, 'IP_UNBLOCK_SOURCE'],
    [0x26, 'IP_BLOCK_SOURCE'], [0x27, 'IP_ADD_SOURCE_MEMBERSHIP'],
    [0x28, 'IP_DROP_SOURCE_MEMBERSHIP'], [0x29, 'IP_MSFILTER'], [0x2a, 'MCAST_JOIN_GROUP'],
    [0x2b, 'MCAST_BLOCK_SOURCE'], [0x2c, 'MCAST_UNBLOCK_SOURCE'], [0x2d, 'MCAST_LEAVE_GROUP'],
    [0x2e, 'MCAST_JOIN_SOURCE_GROUP'], [0x2f, 'MCAST_LEAVE_SOURCE_GROUP'],
    [0x30, 'MCAST_MSFILTER'], [0x31, 'IP_MULTICAST_ALL'], [0x32, 'IP_UNICAST_IF'],
    [0x33, 'IP_LOCAL_PORT_RANGE'], [0x34, 'IP_PROTOCOL']]),
  sock_ipv6_options: n([[1, 'IPV6_ADDRFORM'], [2, 'IPV6_2292PKTINFO'], [3, 'IPV6_2292HOPOPTS'],
    [4, 'IPV6_2292DSTOPTS'], [5, 'IPV6_2292RTHDR'], [6, 'IPV6_2292PKTOPTIONS'],
    [7, 'IPV6_CHECKSUM'], [8, 'IPV6_2292HOPLIMIT'], [9, 'IPV6_NEXTHOP'], [0xa, 'IPV6_AUTHHDR'],
    [0xb, 'IPV6_FLOWINFO'], [0x10, 'IPV6_UNICAST_HOPS'], [0x11, 'IPV6_MULTICAST_IF'],
    [0x12, 'IPV6_MULTICAST_HOPS'], [0x13, 'IPV6_MULTICAST_LOOP'], [0x14, 'IPV6_ADD_MEMBERSHIP'],
    [0x15, 'IPV6_DROP_MEMBERSHIP'], [0x16, 'IPV6_ROUTER_ALERT'], [0x17, 'IPV6_MTU_DISCOVER'],
    [0x18, 'IPV6_MTU'], [0x19, 'IPV6_RECVERR'], [0x1a, 'IPV6_V6ONLY'], [0x1b, 'IPV6_JOIN_ANYCAST'],
    [0x1c, 'IPV6_LEAVE_ANYCAST'], [0x1d, 'IPV6_MULTICAST_ALL'],
    [0x1e, 'IPV6_ROUTER_ALERT_ISOLATE'], [0x1f, 'IPV6_RECVERR_RFC4884'],
    [0x20, 'IPV6_FLOWLABEL_MGR'], [0x21, 'IPV6_FLOWINFO_SEND'], [0x22, 'IPV6_IPSEC_POLICY'],
    [0x23, 'IPV6_XFRM_POLICY'], [0x24, 'IPV6_HDRINCL'], [0x2a, 'MCAST_JOIN_GROUP'],
    [0x2b, 'MCAST_BLOCK_SOURCE'], [0x2c, 'MCAST_UNBLOCK_SOURCE'], [0x2d, 'MCAST_LEAVE_GROUP'],
    [0x2e, 'MCAST_JOIN_SOURCE_GROUP'], [0x2f, 'MCAST_LEAVE_SOURCE_GROUP'],
    [0x30, 'MCAST_MSFILTER'], [0x31, 'IPV6_RECVPKTINFO'], [0x32, 'IPV6_PKTINFO'],
    [0x33, 'IPV6_RECVHOPLIMIT'], [0x34, 'IPV6_HOPLIMIT'], [0x35, 'IPV6_RECVHOPOPTS'],
    [0x36, 'IPV6_HOPOPTS'], [0x37, 'IPV6_RTHDRDSTOPTS'], [0x38, 'IPV6_RECVRTHDR'],
    [0x39, 'IPV6_RTHDR'], [0x3a, 'IPV6_RECVDSTOPTS'], [0x3b, 'IPV6_DSTOPTS'],
    [0x3c, 'IPV6_RECVPATHMTU'], [0x3d, 'IPV6_PATHMTU'], [0x3e, 'IPV6_DONTFRAG'],
    [0x3f, 'IPV6_USE_MIN_MTU'], [0x42, 'IPV6_RECVTCLASS'], [0x43, 'IPV6_TCLASS'],
    [0x46, 'IPV6_AUTOFLOWLABEL'], [0x48, 'IPV6_ADDR_PREFERENCES'], [0x49, 'IPV6_MINHOPCOUNT'],
    [0x4a, 'IPV6_ORIGDSTADDR'], [0x4b, 'IPV6_TRANSPARENT'], [0x4c, 'IPV6_UNICAST_IF'],
    [0x4d, 'IPV6_RECVFRAGSIZE'], [0x4e, 'IPV6_FREEBIND']]),
  sock_options: n([[1, 'SO_DEBUG'], [2, 'SO_REUSEADDR'], [3, 'SO_TYPE'], [4, 'SO_ERROR'],
    [5, 'SO_DONTROUTE'], [6, 'SO_BROADCAST'], [7, 'SO_SNDBUF'], [8, 'SO_RCVBUF'],
    [9, 'SO_KEEPALIVE'], [0xa, 'SO_OOBINLINE'], [0xb, 'SO_NO_CHECK'], [0xc, 'SO_PRIORITY'],
    [0xd, 'SO_LINGER'], [0xe, 'SO_BSDCOMPAT'], [0xf, 'SO_REUSEPORT'], [0x10, 'SO_PASSCRED'],
    [0x11, 'SO_PEERCRED'], [0x12, 'SO_RCVLOWAT'], [0x13, 'SO_SNDLOWAT'], [0x14, 'SO_RCVTIMEO_OLD'],
    [0x15, 'SO_SNDTIMEO_OLD'], [0x16, 'SO_SECURITY_AUTHENTICATION'],
    [0x17, 'SO_SECURITY_ENCRYPTION_TRANSPORT'], [0x18, 'SO_SECURITY_ENCRYPTION_NETWORK'],
    [0x19, 'SO_BINDTODEVICE'], [0x1b, 'SO_DETACH_FILTER'], [0x1c, 'SO_PEERNAME'],
    [0x1d, 'SO_TIMESTAMP_OLD'], [0x1e, 'SO_ACCEPTCONN'], [0x1f, 'SO_PEERSEC'],
    [0x20, 'SO_SNDBUFFORCE'], [0x21, 'SO_RCVBUFFORCE'], [0x22, 'SO_PASSSEC'],
    [0x23, 'SO_TIMESTAMPNS_OLD'], [0x24, 'SO_MARK'], [0x25, 'SO_TIMESTAMPING_OLD'],
    [0x26, 'SO_PROTOCOL'], [0x27, 'SO_DOMAIN'], [0x28, 'SO_RXQ_OVFL'], [0x29, 'SO_WIFI_STATUS'],
    [0x2a, 'SO_PEEK_OFF'], [0x2b, 'SO_NOFCS'], [0x2c, 'SO_LOCK_FILTER'],
    [0x2d, 'SO_SELECT_ERR_QUEUE'], [0x2e, 'SO_BUSY_POLL'], [0x2f, 'SO_MAX_PACING_RATE'],
    [0x30, 'SO_BPF_EXTENSIONS'], [0x31, 'SO_INCOMING_CPU'], [0x32, 'SO_ATTACH_BPF'],
    [0x33, 'SO_ATTACH_REUSEPORT_CBPF'], [0x34, 'SO_ATTACH_REUSEPORT_EBPF'],
    [0x35, 'SO_CNX_ADVICE'], [0x37, 'SO_MEMINFO'], [0x38, 'SO_INCOMING_NAPI_ID'],
    [0x39, 'SO_COOKIE'], [0x3b, 'SO_PEERGROUPS'], [0x3c, 'SO_ZEROCOPY'], [0x3d, 'SO_TXTIME'],
    [0x3e, 'SO_BINDTOIFINDEX'], [0x3f, 'SO_TIMESTAMP_NEW'], [0x40, 'SO_TIMESTAMPNS_NEW'],
    [0x41, 'SO_TIMESTAMPING_NEW'], [0x42, 'SO_RCVTIMEO_NEW'], [0x43, 'SO_SNDTIMEO_NEW'],
    [0x44, 'SO_DETACH_REUSEPORT_BPF'], [0x45, 'SO_PREFER_BUSY_POLL'],
    [0x46, 'SO_BUSY_POLL_BUDGET'], [0x47, 'SO_NETNS_COOKIE'], [0x48, 'SO_BUF_LOCK'],
    [0x49, 'SO_RESERVE_MEM'], [0x4a, 'SO_TXREHASH'], [0x4b, 'SO_RCVMARK'], [0x4c, 'SO_PASSPIDFD'],
    [0x4d, 'SO_PEERPIDFD'], [0x52, 'SO_RCVPRIORITY'], [0x53, 'SO_PASSRIGHTS'], [0x54, 'SO_INQ']]),
  sock_tcp_options: n([[1, 'TCP_NODELAY'], [2, 'TCP_MAXSEG'], [3, 'TCP_CORK'], [4, 'TCP_KEEPIDLE'],
    [5, 'TCP_KEEPINTVL'], [6, 'TCP_KEEPCNT'], [7, 'TCP_SYNCNT'], [8, 'TCP_LINGER2'],
    [9, 'TCP_DEFER_ACCEPT'], [0xa, 'TCP_WINDOW_CLAMP'], [0xb, 'TCP_INFO'], [0xc, 'TCP_QUICKACK'],
    [0xd, 'TCP_CONGESTION'], [0xe, 'TCP_MD5SIG'], [0xf, 'TCP_COOKIE_TRANSACTIONS'],
    [0x10, 'TCP_THIN_LINEAR_TIMEOUTS'], [0x11, 'TCP_THIN_DUPACK'], [0x12, 'TCP_USER_TIMEOUT'],
    [0x13, 'TCP_REPAIR'], [0x14, 'TCP_REPAIR_QUEUE'], [0x15, 'TCP_QUEUE_SEQ'],
    [0x16, 'TCP_REPAIR_OPTIONS'], [0x17, 'TCP_FASTOPEN'], [0x18, 'TCP_TIMESTAMP'],
    [0x19, 'TCP_NOTSENT_LOWAT'], [0x1a, 'TCP_CC_INFO'], [0x1b, 'TCP_SAVE_SYN'],
    [0x1c, 'TCP_SAVED_SYN'], [0x1d, 'TCP_REPAIR_WINDOW'], [0x1e, 'TCP_FASTOPEN_CONNECT'],
    [0x1f, 'TCP_ULP'], [0x20, 'TCP_MD5SIG_EXT'], [0x21, 'TCP_FASTOPEN_KEY'],
    [0x22, 'TCP_FASTOPEN_NO_COOKIE'], [0x23, 'TCP_ZEROCOPY_RECEIVE'], [0x24, 'TCP_INQ'],
    [0x25, 'TCP_TX_DELAY'], [0x26, 'TCP_AO_ADD_KEY'], [0x27, 'TCP_AO_DEL_KEY'],
    [0x28, 'TCP_AO_INFO'], [0x29, 'TCP_AO_GET_KEYS'], [0x2a, 'TCP_AO_REPAIR'],
    [0x2b, 'TCP_IS_MPTCP'], [0x2c, 'TCP_RTO_MAX_MS'], [0x2d, 'TCP_RTO_MIN_US'],
    [0x2e, 'TCP_DELACK_MAX_US']]),
  sock_type_flags: n([[0x80000, 'SOCK_CLOEXEC'], [0x800, 'SOCK_NONBLOCK']]),
  socketlayers: n([[0, 'SOL_IP'], [1, 'SOL_SOCKET'], [6, 'SOL_TCP'], [0x11, 'SOL_UDP'],
    [0x28, 'AF_VSOCK'], [0x29, 'SOL_IPV6'], [0x3a, 'SOL_ICMPV6'], [0x64, 'SOL_CAN_BASE'],
    [0x65, 'SOL_CAN_RAW'], [0x84, 'SOL_SCTP'], [0x88, 'SOL_UDPLITE'], [0xff, 'SOL_RAW'],
    [0x100, 'SOL_IPX'], [0x101, 'SOL_AX25'], [0x102, 'SOL_ATALK'], [0x103, 'SOL_NETROM'],
    [0x104, 'SOL_ROSE'], [0x105, 'SOL_DECNET'], [0x106, 'SOL_X25'], [0x107, 'SOL_PACKET'],
    [0x108, 'SOL_ATM'], [0x109, 'SOL_AAL'], [0x10a, 'SOL_IRDA'], [0x10b, 'SOL_NETBEUI'],
    [0x10c, 'SOL_LLC'], [0x10d, 'SOL_DCCP'], [0x10e, 'SOL_NETLINK'], [0x10f, 'SOL_TIPC'],
    [0x110, 'SOL_RXRPC'], [0x111, 'SOL_PPPOL2TP'], [0x112, 'SOL_BLUETOOTH'], [0x113, 'SOL_PNPIPE'],
    [0x114, 'SOL_RDS'], [0x115, 'SOL_IUCV'], [0x116, 'SOL_CAIF'], [0x117, 'SOL_ALG'],
    [0x118, 'SOL_NFC'], [0x119, 'SOL_KCM'], [0x11a, 'SOL_TLS'], [0x11b, 'SOL_XDP'],
    [0x11c, 'SOL_MPTCP'], [0x11d, 'SOL_MCTP'], [0x11e, 'SOL_SMC'], [0x11f, 'SOL_VSOCK']]),
  socktypes: n([[1, 'SOCK_STREAM'], [2, 'SOCK_DGRAM'], [3, 'SOCK_RAW'], [4, 'SOCK_RDM'],
    [5, 'SOCK_SEQPACKET'], [6, 'SOCK_DCCP'], [0xa, 'SOCK_PACKET']]),
  splice_flags: n([[1, 'SPLICE_F_MOVE'], [2, 'SPLICE_F_NONBLOCK'], [4, 'SPLICE_F_MORE'],
    [8, 'SPLICE_F_GIFT']]),
  statfs_flags: n([[0x20, 'ST_VALID'], [1, 'ST_RDONLY'], [2, 'ST_NOSUID'], [4, 'ST_NODEV'],
    [8, 'ST_NOEXEC'], [0x10, 'ST_SYNCHRONOUS'], [0x40, 'ST_MANDLOCK'], [0x400, 'ST_NOATIME'],
    [0x800, 'ST_NODIRATIME'], [0x1000, 'ST_RELATIME'], [0x2000, 'ST_NOSYMFOLLOW']]),
  statmount_flags: n([[1, 'STATMOUNT_BY_FD']]),
  statx_attrs: n([[4, 'STATX_ATTR_COMPRESSED'], [0x10, 'STATX_ATTR_IMMUTABLE'],
    [0x20, 'STATX_ATTR_APPEND'], [0x40, 'STATX_ATTR_NODUMP'], [0x800, 'STATX_ATTR_ENCRYPTED'],
    [0x1000, 'STATX_ATTR_AUTOMOUNT'], [0x2000, 'STATX_ATTR_MOUNT_ROOT'],
    [0x100000, 'STATX_ATTR_VERITY'], [0x200000, 'STATX_ATTR_DAX'],
    [0x400000, 'STATX_ATTR_WRITE_ATOMIC']]),
  statx_masks: n([[0xfff, 'STATX_ALL'], [0x7ff, 'STATX_BASIC_STATS'], [1, 'STATX_TYPE'],
    [2, 'STATX_MODE'], [4, 'STATX_NLINK'], [8, 'STATX_UID'], [0x10, 'STATX_GID'],
    [0x20, 'STATX_ATIME'], [0x40, 'STATX_MTIME'], [0x80, 'STATX_CTIME'], [0x100, 'STATX_INO'],
    [0x200, 'STATX_SIZE'], [0x400, 'STATX_BLOCKS'], [0x800, 'STATX_BTIME'],
    [0x1000, 'STATX_MNT_ID'], [0x2000, 'STATX_DIOALIGN'], [0x4000, 'STATX_MNT_ID_UNIQUE'],
    [0x8000, 'STATX_SUBVOL'], [0x10000, 'STATX_WRITE_ATOMIC'], [0x20000, 'STATX_DIO_READ_ALIGN']]),
  swap_flags: n([[0x8000, 'SWAP_FLAG_PREFER'], [0x10000, 'SWAP_FLAG_DISCARD'],
    [0x20000, 'SWAP_FLAG_DISCARD_ONCE'], [0x40000, 'SWAP_FLAG_DISCARD_PAGES']]),
  sync_file_range_flags: n([[1, 'SYNC_FILE_RANGE_WAIT_BEFORE'], [2, 'SYNC_FILE_RANGE_WRITE'],
    [4, 'SYNC_FILE_RANGE_WAIT_AFTER']]),
  syslog_action_type: n([[0, 'SYSLOG_ACTION_CLOSE'], [1, 'SYSLOG_ACTION_OPEN'],
    [2, 'SYSLOG_ACTION_READ'], [3, 'SYSLOG_ACTION_READ_ALL'], [4, 'SYSLOG_ACTION_READ_CLEAR'],
    [5, 'SYSLOG_ACTION_CLEAR'], [6, 'SYSLOG_ACTION_CONSOLE_OFF'], [7, 'SYSLOG_ACTION_CONSOLE_ON'],
    [8, 'SYSLOG_ACTION_CONSOLE_LEVEL'], [9, 'SYSLOG_ACTION_SIZE_UNREAD'],
    [0xa, 'SYSLOG_ACTION_SIZE_BUFFER']]),
  tcflsh_options: n([[0, 'TCIFLUSH'], [1, 'TCOFLUSH'], [2, 'TCIOFLUSH']]),
  tcxonc_options: n([[0, 'TCOOFF'], [1, 'TCOON'], [2, 'TCIOFF'], [3, 'TCION']]),
  term_cflags: n([[0x40, 'CSTOPB'], [0x80, 'CREAD'], [0x100, 'PARENB'], [0x200, 'PARODD'],
    [0x400, 'HUPCL'], [0x800, 'CLOCAL'], [0x40000000, 'CMSPAR'], [0x80000000, 'CRTSCTS']]),
  term_cflags_csize: n([[0, 'CS5'], [0x10, 'CS6'], [0x20, 'CS7'], [0x30, 'CS8']]),
  term_iflags: n([[1, 'IGNBRK'], [2, 'BRKINT'], [4, 'IGNPAR'], [8, 'PARMRK'], [0x10, 'INPCK'],
    [0x20, 'ISTRIP'], [0x40, 'INLCR'], [0x80, 'IGNCR'], [0x100, 'ICRNL'], [0x200, 'IUCLC'],
    [0x400, 'IXON'], [0x800, 'IXANY'], [0x1000, 'IXOFF'], [0x2000, 'IMAXBEL'], [0x4000, 'IUTF8']]),
  term_lflags: n([[1, 'ISIG'], [2, 'ICANON'], [4, 'XCASE'], [8, 'ECHO'], [0x10, 'ECHOE'],
    [0x20, 'ECHOK'], [0x40, 'ECHONL'], [0x80, 'NOFLSH'], [0x8000, 'IEXTEN'], [0x200, 'ECHOCTL'],
    [0x400, 'ECHOPRT'], [0x800, 'ECHOKE'], [0x1000, 'FLUSHO'], [0x4000, 'PENDIN'],
    [0x100, 'TOSTOP'], [0x10000, 'EXTPROC']]),
  term_line_discs: n([[0, 'N_TTY'], [1, 'N_SLIP'], [2, 'N_MOUSE'], [3, 'N_PPP'], [4, 'N_STRIP'],
    [5, 'N_AX25'], [6, 'N_X25'], [7, 'N_6PACK'], [8, 'N_MASC'], [9, 'N_R3964'],
    [0xa, 'N_PROFIBUS_FDL'], [0xb, 'N_IRDA'], [0xc, 'N_SMSBLOCK'], [0xd, 'N_HDLC'],
    [0xe, 'N_SYNC_PPP'], [0xf, 'N_HCI'], [0x10, 'N_GIGASET_M101'], [0x11, 'N_SLCAN'],
    [0x12, 'N_PPS'], [0x13, 'N_V253'], [0x14, 'N_CAIF'], [0x15, 'N_GSM0710'], [0x16, 'N_TI_WL'],
    [0x17, 'N_TRACESINK'], [0x18, 'N_TRACEROUTER'], [0x19, 'N_NCI'], [0x1a, 'N_SPEAKUP'],
    [0x1b, 'N_NULL']]),
  term_oflags: n([[1, 'OPOST'], [2, 'OLCUC'], [4, 'ONLCR'], [8, 'OCRNL'], [0x10, 'ONOCR'],
    [0x20, 'ONLRET'], [0x40, 'OFILL'], [0x80, 'OFDEL']]),
  term_oflags_bsdly: n([[0x2000, 'BS1'], [0, 'BS0']]),
  term_oflags_crdly: n([[0, 'CR0'], [0x200, 'CR1'], [0x400, 'CR2'], [0x600, 'CR3']]),
  term_oflags_ffdly: n([[0, 'FF0'], [0x8000, 'FF1']]),
  term_oflags_nldly: n([[0, 'NL0'], [0x100, 'NL1']]),
  term_oflags_tabdly: n([[0x1800, 'XTABS'], [0, 'TAB0'], [0x800, 'TAB1'], [0x1000, 'TAB2'],
    [0x1800, 'TAB3']]),
  term_oflags_vtdly: n([[0, 'VT0'], [0x4000, 'VT1']]),
  termios_cc: n([[0, 'VINTR'], [1, 'VQUIT'], [2, 'VERASE'], [3, 'VKILL'], [0x10, 'VEOL2'],
    [7, 'VSWTC'], [8, 'VSTART'], [9, 'VSTOP'], [0xa, 'VSUSP'], [0xc, 'VREPRINT'],
    [0xd, 'VDISCARD'], [0xe, 'VWERASE'], [0xf, 'VLNEXT'], [6, 'VMIN'], [5, 'VTIME'], [4, 'VEOF'],
    [0xb, 'VEOL']]),
  timerfdflags: n([[1, 'TFD_TIMER_ABSTIME'], [2, 'TFD_TIMER_CANCEL_ON_SET'],
    [0x80000, 'TFD_CLOEXEC'], [0x800, 'TFD_NONBLOCK']]),
  uffd_flags: n([[1, 'UFFD_USER_MODE_ONLY'], [0x800, 'O_NONBLOCK'], [0x80000, 'O_CLOEXEC']]),
  umount_flags: n([[1, 'MNT_FORCE'], [2, 'MNT_DETACH'], [4, 'MNT_EXPIRE'], [8, 'UMOUNT_NOFOLLOW']]),
  unshare_flags: n([[0x80, 'CLONE_NEWTIME'], [0x100, 'CLONE_VM'], [0x200, 'CLONE_FS'],
    [0x400, 'CLONE_FILES'], [0x800, 'CLONE_SIGHAND'], [0x10000, 'CLONE_THREAD'],
    [0x20000, 'CLONE_NEWNS'], [0x40000, 'CLONE_SYSVSEM'], [0x2000000, 'CLONE_NEWCGROUP'],
    [0x4000000, 'CLONE_NEWUTS'], [0x8000000, 'CLONE_NEWIPC'], [0x10000000, 'CLONE_NEWUSER'],
    [0x20000000, 'CLONE_NEWPID'], [0x40000000, 'CLONE_NEWNET']]),
  usagewho: n([[0, 'RUSAGE_SELF'], [0xffffffff, 'RUSAGE_CHILDREN'], [0xfffffffe, 'RUSAGE_BOTH'],
    [1, 'RUSAGE_THREAD']]),
  wait4_options: n([[1, 'WNOHANG'], [4, 'WEXITED'], [2, 'WSTOPPED'], [8, 'WCONTINUED'],
    [0x1000000, 'WNOWAIT'], [0x80000000, '__WCLONE'], [0x40000000, '__WALL'],
    [0x20000000, '__WNOTHREAD']]),
  waitid_types: n([[0, 'P_ALL'], [1, 'P_PID'], [2, 'P_PGID'], [3, 'P_PIDFD']]),
  whence_codes: n([[0, 'SEEK_SET'], [1, 'SEEK_CUR'], [2, 'SEEK_END'], [3, 'SEEK_DATA'],
    [4, 'SEEK_HOLE']]),
  xattrflags: n([[1, 'XATTR_CREATE'], [2, 'XATTR_REPLACE']]),
};
/* END GENERATED TABLES */

/** Every table by strace xlat name. */
export const XLAT: Readonly<Record<string, Xlat>> = TABLES;
