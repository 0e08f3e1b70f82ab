// vfs/fs/procfs_files.ts — the contents of procfs's files, one generator each, formatted as
// Linux 6.18 prints them (fs/proc/array.c status/stat/statm, base.c limits/cmdline/environ,
// fd.c fdinfo, task_mmu.c maps/smaps (in ./procfs_maps.ts), proc_namespace.c mounts/mountinfo, meminfo.c, uptime.c, loadavg.c,
// version.c, kernel/sysctl's uts strings). Checked field by field against the host's /proc
// (test/vfs/procfs.test.ts). Values come from the process view and the VFS only: the virtual
// clock, the kernel's tables, the frame pool — never the host. Owned by procfs.

import { ENOENT, type Errno } from '../../abi/errno';
import { O_CLOEXEC } from '../../abi/fcntl';
import { MS_NODEV, MS_NOEXEC, MS_NOSUID } from '../../abi/misc';
import { RLIM_INFINITY } from '../../abi/resource';
import { major, minor } from '../../abi/stat';
import type { VfsCtx } from '../ctx';
import type { Inode, Superblock } from '../inode';
import type { Mount, PathRef } from '../mount';
import { pathOf } from '../path_walk';
import type { Vfs } from '../vfs';
import { maps, smaps, smapsRollup } from './procfs_maps';
import type { ProcessView, ProcProcessView, ProcTaskView } from './procfs_view';

/** What a generator may read. */
export interface GenCtx {
  readonly view: ProcessView;
  /** The reader. */
  readonly ctx: VfsCtx;
  /** The thread the file belongs to (per-process files). */
  readonly task: ProcTaskView | undefined;
  /** fdinfo/N: N. */
  readonly fd: number;
  readonly vfs: Vfs;
  /** d_path() of a file from the reader's root ("… (deleted)" once unlinked). */
  readonly dPath?: (ref: PathRef) => string;
  /** A stable number for an object with no inode of its own (shared anonymous memory's shmem file). */
  readonly idOf?: (obj: object) => number;
}

export type FileGen = (g: GenCtx) => string | Errno;

const PAGE = 4096;
/** USER_HZ: clock ticks of /proc/[pid]/stat. */
const ticks = (ns: number): number => Math.floor(ns / 10_000_000);
const kb = (bytes: number): number => Math.ceil(bytes / 1024);
const hex16 = (v: bigint | number): string => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');

/** The bits of signals 1..64 whose handler satisfies `test` (SigIgn, SigCgt). */
function sigMask(p: ProcProcessView, test: (h: unknown) => boolean): bigint {
  let m = 0n;
  for (let s = 1; s <= 64; s++) {
    const a = p.sighand.actions[s];
    if (a && test(a.handler)) m |= 1n << BigInt(s - 1);
  }
  return m;
}

/** The state letter and word of a thread (fs/proc/array.c task_state_array). */
function stateOf(t: ProcTaskView): string {
  if (t.state === 'dead') return t.process.state === 'zombie' ? 'Z (zombie)' : 'X (dead)';
  if (t.process.stopped) return 'T (stopped)';
  if (t.state === 'blocked') return 'S (sleeping)';
  return 'R (running)';
}

/** struct fdtable's max_fds: 64, then 128 × a power of two (expand_fdtable). */
function fdSize(t: ProcTaskView): number {
  const n = t.files.size;
  if (n <= 64) return 64;
  let k = 1;
  while (k < Math.floor((n - 1) / 128) + 1) k *= 2;
  return 128 * k;
}

const live = (p: ProcProcessView): ProcTaskView[] => p.threads.filter((t) => t.state !== 'dead');

// ---------------------------------------------------------------------------------------------
// /proc/[pid]/…

function status(g: GenCtx): string {
  const t = g.task!;
  const p = t.process;
  const c = t.cred;
  const dead = t.state === 'dead';
  const lines: string[] = [];
  const put = (k: string, v: string | number): void => void lines.push(`${k}:\t${v}`);
  put('Name', t.comm);
  if (!dead) put('Umask', ('0' + t.fs.umask.toString(8)).padStart(4, '0'));
  put('State', stateOf(t));
  put('Tgid', p.pid);
  put('Ngid', 0);
  put('Pid', t.tid);
  put('PPid', p.parent?.pid ?? 0);
  put('TracerPid', 0);
  put('Uid', `${c.uid}\t${c.euid}\t${c.suid}\t${c.fsuid}`);
  put('Gid', `${c.gid}\t${c.egid}\t${c.sgid}\t${c.fsgid}`);
  put('FDSize', dead ? 0 : fdSize(t));
  put('Groups', c.groups.join(' ') + ' ');
  put('NStgid', p.pid);
  put('NSpid', t.tid);
  put('NSpgid', p.pgid);
  put('NSsid', p.sid);
  put('Kthread', 0);
  if (!dead) {
    const rss = kb(t.mm.residentBytes());
    const st = t.mm.stats?.();
    const vm = (v: number): string => `${String(v).padStart(8)} kB`;
    put('VmPeak', vm(st ? kb(st.peak) : rss));
    put('VmSize', vm(st ? kb(st.size) : rss));
    put('VmLck', vm(st ? kb(st.locked) : 0));
    put('VmPin', vm(0));
    put('VmHWM', vm(st ? kb(st.hwm) : rss));
    put('VmRSS', vm(rss));
    put('RssAnon', vm(rss));
    put('RssFile', vm(0));
    put('RssShmem', vm(0));
    put('VmData', vm(st ? kb(st.data) : rss));
    put('VmStk', vm(st ? kb(st.stack) : 0));
    put('VmExe', vm(0));
    put('VmLib', vm(0));
    put('VmPTE', vm(0));
    put('VmSwap', vm(0));
    put('HugetlbPages', vm(0));
  }
  put('CoreDumping', 0);
  put('THP_enabled', 1);
  put('untag_mask', '0xffffffffffffffff');
  put('Threads', Math.max(1, live(p).length));
  put('SigQ', `${queued(p)}/${p.rlimits[11]?.[0] ?? 0}`);
  put('SigPnd', hex16(t.sigPending.set));
  put('ShdPnd', hex16(p.sharedPending.set));
  put('SigBlk', hex16(t.sigBlocked));
  put('SigIgn', hex16(sigMask(p, (h) => h === 1)));
  put('SigCgt', hex16(sigMask(p, (h) => h !== 0 && h !== 1)));
  put('CapInh', hex16(c.capInheritable));
  put('CapPrm', hex16(c.capPermitted));
  put('CapEff', hex16(c.capEffective));
  put('CapBnd', hex16(c.capBounding));
  put('CapAmb', hex16(c.capAmbient));
  put('NoNewPrivs', c.noNewPrivs ? 1 : 0);
  put('Seccomp', 0);
  put('Seccomp_filters', 0);
  put('Speculation_Store_Bypass', 'vulnerable');
  put('SpeculationIndirectBranch', 'always enabled');
  put('Cpus_allowed', 1);
  put('Cpus_allowed_list', 0);
  put('Mems_allowed', [...new Array<string>(31).fill('00000000'), '00000001'].join(','));
  put('Mems_allowed_list', 0);
  put('voluntary_ctxt_switches', 0);
  put('nonvoluntary_ctxt_switches', 0);
  return lines.join('\n') + '\n';
}

/** Signals queued to the process's user (SigQ's first number): what is pending here. */
function queued(p: ProcProcessView): number {
  let n = 0;
  const count = (s: bigint): void => { for (let v = s; v; v &= v - 1n) n++; };
  count(p.sharedPending.set);
  for (const t of live(p)) count(t.sigPending.set);
  return n;
}

/** Total CPU time of a process's threads (live and dead), in ns. */
function cpu(p: ProcProcessView): { u: number; s: number } {
  let u = p.deadUtimeNs;
  let s = p.deadStimeNs;
  for (const t of p.threads) if (t.state !== 'dead') { u += t.utimeNs; s += t.stimeNs; }
  return { u, s };
}

function stat(g: GenCtx): string {
  const t = g.task!;
  const p = t.process;
  const dead = t.state === 'dead';
  const times = cpu(p);
  const rssBytes = dead ? 0 : t.mm.residentBytes();
  const st = dead ? undefined : t.mm.stats?.();
  const brk = dead ? 0 : t.mm.brkStart;
  const state = stateOf(t)[0];
  const f = [
    t.tid, `(${t.comm})`, state, p.parent?.pid ?? 0, p.pgid, p.sid,
    0 /* tty_nr */, -1 /* tpgid */, 4194304 /* PF_RANDOMIZE */, st?.minFlt ?? 0, 0, st?.majFlt ?? 0, 0,
    ticks(times.u), ticks(times.s), ticks(p.cutimeNs), ticks(p.cstimeNs),
    20 /* priority */, 0 /* nice */, Math.max(1, live(p).length), 0 /* itrealvalue */,
    ticks(p.startNs), st?.size ?? rssBytes, Math.ceil(rssBytes / PAGE),
    rlim(p.rlimits[5]?.[0] ?? RLIM_INFINITY), // RLIMIT_RSS
    0, 0, 0, 0, 0, // startcode endcode startstack kstkesp kstkeip
    0, 0, 0, 0, // signal blocked sigignore sigcatch (obsolete: /proc/[pid]/status has them)
    0, 0, 0, p.exitSignal, 0 /* processor */, 0, 0, 0, 0, 0,
    brk, brk, brk, 0, 0, 0, 0, // start_data end_data start_brk arg_start arg_end env_start env_end
    dead ? p.exitStatus : 0,
  ];
  // The four signal words are filled in here: decimal bit masks.
  f[30] = String(t.sigPending.set | p.sharedPending.set);
  f[31] = String(t.sigBlocked);
  f[32] = String(sigMask(p, (h) => h === 1));
  f[33] = String(sigMask(p, (h) => h !== 0 && h !== 1));
  return f.join(' ') + '\n';
}

/** A limit as the kernel prints an unsigned long (RLIM_INFINITY is 2^64 - 1). */
function rlim(v: number): string {
  return v >= RLIM_INFINITY ? '18446744073709551615' : String(v);
}

function statm(g: GenCtx): string {
  const t = g.task!;
  const dead = t.state === 'dead';
  const pages = dead ? 0 : Math.ceil(t.mm.residentBytes() / PAGE);
  const st = dead ? undefined : t.mm.stats?.();
  const size = st ? Math.ceil(st.size / PAGE) : pages;
  const data = st ? Math.ceil((st.data + st.stack) / PAGE) : pages;
  return `${size} ${pages} 0 0 0 ${data} 0\n`;
}

const LIMITS: readonly (readonly [string, string])[] = [
  ['Max cpu time', 'seconds'], ['Max file size', 'bytes'], ['Max data size', 'bytes'],
  ['Max stack size', 'bytes'], ['Max core file size', 'bytes'], ['Max resident set', 'bytes'],
  ['Max processes', 'processes'], ['Max open files', 'files'], ['Max locked memory', 'bytes'],
  ['Max address space', 'bytes'], ['Max file locks', 'locks'], ['Max pending signals', 'signals'],
  ['Max msgqueue size', 'bytes'], ['Max nice priority', ''], ['Max realtime priority', ''],
  ['Max realtime timeout', 'us'],
];

/** proc_pid_limits(): "%-25s %-20s %-20s %-10s" with the header, "unlimited" for RLIM_INFINITY. */
function limits(g: GenCtx): string {
  const p = g.task!.process;
  let out = `${'Limit'.padEnd(25)} ${'Soft Limit'.padEnd(20)} ${'Hard Limit'.padEnd(20)} ${'Units'.padEnd(10)}\n`;
  LIMITS.forEach(([name, unit], i) => {
    const [cur, max] = p.rlimits[i] ?? [RLIM_INFINITY, RLIM_INFINITY];
    const v = (x: number): string => (x >= RLIM_INFINITY ? 'unlimited' : String(x)).padEnd(20);
    out += `${name.padEnd(25)} ${v(cur)} ${v(max)} ${unit ? unit.padEnd(10) : ''}\n`;
  });
  return out;
}

/** argv or envp, each string NUL-terminated (a zombie has none). */
function nulJoined(list: readonly string[], t: ProcTaskView): string {
  if (t.state === 'dead') return '';
  return list.map((s) => s + '\0').join('');
}

function fdinfo(g: GenCtx): string | Errno {
  for (const [fd, f, cloexec] of g.task!.files.entries()) {
    if (fd !== g.fd) continue;
    const flags = f.flags | (cloexec ? O_CLOEXEC : 0);
    return `pos:\t${f.pos}\nflags:\t0${flags.toString(8)}\nmnt_id:\t${f.mnt.id}\nino:\t${f.inode.ino}\n`;
  }
  return ENOENT;
}

// ---------------------------------------------------------------------------------------------
// mounts and mountinfo

/** mangle(): space, tab, newline and backslash as octal escapes. */
function mangle(s: string): string {
  return s.replace(/[ \t\n\\]/g, (c) => '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'));
}

/** The source a mount shows (the device or name given to mount(2); the type for the boot ones). */
function sourceOf(m: Mount): string {
  return m.source.length > 0 ? m.source : m.sb.fsType;
}

/** The per-mount flags ("rw,nosuid,…,relatime"). */
function mountOpts(m: Mount): string {
  const o = [m.readOnly ? 'ro' : 'rw'];
  if (m.flags & MS_NOSUID) o.push('nosuid');
  if (m.flags & MS_NODEV) o.push('nodev');
  if (m.flags & MS_NOEXEC) o.push('noexec');
  o.push('relatime');
  return o.join(',');
}

/** The filesystem's own options (shmem_show_options for tmpfs: only what differs from the defaults). */
function superOpts(sb: Superblock): string {
  const o: string[] = [];
  if (sb.fsType === 'tmpfs' || sb.fsType === 'devtmpfs' || sb.fsType === 'ramfs') {
    if (sb.sizeLimit < Number.MAX_SAFE_INTEGER) o.push(`size=${Math.floor(sb.sizeLimit / 1024)}k`);
    if (sb.inodeLimit < Number.MAX_SAFE_INTEGER) o.push(`nr_inodes=${sb.inodeLimit}`);
    const mode = sb.root.mode & 0o7777;
    if (mode !== 0o1777) o.push(`mode=${mode.toString(8).padStart(3, '0')}`);
    if (sb.root.uid !== 0) o.push(`uid=${sb.root.uid}`);
    if (sb.root.gid !== 0) o.push(`gid=${sb.root.gid}`);
  }
  return o.length ? ',' + o.join(',') : '';
}

/** The path of a mount's root directory inside its own filesystem ("/" for the whole of it). */
function pathInFs(root: Inode): string {
  const parts: string[] = [];
  let i: Inode = root;
  for (let guard = 0; guard < 4096 && i.isDir() && i !== i.sb.root; guard++) {
    parts.push(i.name);
    const up = i.sb.inodes.get(i.parent);
    if (!up) break;
    i = up;
  }
  return '/' + parts.reverse().join('/');
}

/** Every mount of the task's namespace that its root can see, with where it is. */
function visibleMounts(t: ProcTaskView): [Mount, string][] {
  const root: PathRef = t.fs.root;
  const out: [Mount, string][] = [];
  for (const m of t.mntns.mounts.values()) {
    const at = pathOf(root, { mnt: m, inode: m.root });
    if (at !== null) out.push([m, at]);
  }
  return out;
}

function mounts(g: GenCtx): string {
  const t = g.task!;
  if (t.state === 'dead') return '';
  return visibleMounts(t).map(([m, at]) =>
    `${mangle(sourceOf(m))} ${mangle(at)} ${m.sb.fsType} ${mountOpts(m).replace(/^rw/, m.sb.readOnly ? 'ro' : 'rw')}${superOpts(m.sb)} 0 0\n`).join('');
}

function mountinfo(g: GenCtx): string {
  const t = g.task!;
  if (t.state === 'dead') return '';
  return visibleMounts(t).map(([m, at]) => {
    const dev = `${major(m.sb.dev)}:${minor(m.sb.dev)}`;
    const parent = m.parent ? m.parent.id : 1;
    return `${m.id} ${parent} ${dev} ${mangle(pathInFs(m.root))} ${mangle(at)} ${mountOpts(m)} - ${m.sb.fsType} ${mangle(sourceOf(m))} ${m.sb.readOnly ? 'ro' : 'rw'}${superOpts(m.sb)}\n`;
  }).join('');
}

export const PID_FILES: ReadonlyMap<string, FileGen> = new Map<string, FileGen>([
  ['status', status],
  ['stat', stat],
  ['statm', statm],
  ['limits', limits],
  ['cmdline', (g) => nulJoined(g.task!.process.argv, g.task!)],
  ['environ', (g) => nulJoined(g.task!.process.envp, g.task!)],
  ['comm', (g) => g.task!.comm + '\n'],
  ['maps', maps],
  ['smaps', smaps],
  ['smaps_rollup', smapsRollup],
  ['mounts', mounts],
  ['mountinfo', mountinfo],
  ['fdinfo', fdinfo],
]);

// ---------------------------------------------------------------------------------------------
// /proc/…

/** "%lu.%02lu": seconds and hundredths, truncated. */
function secs(ns: number): string {
  const cs = Math.floor(ns / 10_000_000);
  return `${Math.floor(cs / 100)}.${String(cs % 100).padStart(2, '0')}`;
}

function uptime(g: GenCtx): string {
  const up = g.view.uptimeNs();
  let busy = 0;
  for (const p of g.view.processes.values()) {
    const c = cpu(p);
    busy += c.u + c.s + p.cutimeNs + p.cstimeNs;
  }
  const idle = Math.max(0, up * g.view.machine.cpus - busy);
  return `${secs(up)} ${secs(idle)}\n`;
}

function loadavg(g: GenCtx): string {
  let running = 0;
  let total = 0;
  for (const t of g.view.tasks.values()) {
    if (t.state === 'dead') continue;
    total++;
    if (t.state === 'running' || t.state === 'runnable' || t.state === 'new') running++;
  }
  return `0.00 0.00 0.00 ${running}/${total} ${g.view.lastPid()}\n`;
}

function meminfo(g: GenCtx): string {
  const total = Math.floor(g.view.machine.ramBytes / 1024);
  const shmem = g.vfs.frames.inUse * (PAGE / 1024);
  let anon = 0;
  for (const p of g.view.processes.values()) {
    const t = p.threads.find((x) => x.state !== 'dead');
    if (t) anon += kb(t.mm.residentBytes());
  }
  const free = Math.max(0, total - shmem - anon);
  const rows: [string, number, boolean][] = [
    ['MemTotal', total, true], ['MemFree', free, true], ['MemAvailable', free, true],
    ['Buffers', 0, true], ['Cached', shmem, true], ['SwapCached', 0, true],
    ['Active', anon, true], ['Inactive', shmem, true], ['Active(anon)', anon, true],
    ['Inactive(anon)', shmem, true], ['Active(file)', 0, true], ['Inactive(file)', 0, true],
    ['Unevictable', 0, true], ['Mlocked', 0, true], ['SwapTotal', 0, true], ['SwapFree', 0, true],
    ['Zswap', 0, true], ['Zswapped', 0, true], ['Dirty', 0, true], ['Writeback', 0, true],
    ['AnonPages', anon, true], ['Mapped', 0, true], ['Shmem', shmem, true], ['KReclaimable', 0, true],
    ['Slab', 0, true], ['SReclaimable', 0, true], ['SUnreclaim', 0, true], ['KernelStack', 0, true],
    ['PageTables', 0, true], ['SecPageTables', 0, true], ['NFS_Unstable', 0, true], ['Bounce', 0, true],
    ['WritebackTmp', 0, true], ['CommitLimit', Math.floor(total / 2), true], ['Committed_AS', anon + shmem, true],
    ['VmallocTotal', 34359738367, true], ['VmallocUsed', 0, true], ['VmallocChunk', 0, true],
    ['Percpu', 0, true], ['AnonHugePages', 0, true], ['ShmemHugePages', 0, true],
    ['ShmemPmdMapped', 0, true], ['FileHugePages', 0, true], ['FilePmdMapped', 0, true],
    ['Balloon', 0, true], ['HugePages_Total', 0, false], ['HugePages_Free', 0, false],
    ['HugePages_Rsvd', 0, false], ['HugePages_Surp', 0, false], ['Hugepagesize', 2048, true],
    ['Hugetlb', 0, true], ['DirectMap4k', 0, true], ['DirectMap2M', total, true],
  ];
  return rows.map(([k, v, unit]) => `${(k + ':').padEnd(16)}${String(v).padStart(8)}${unit ? ' kB' : ''}\n`).join('');
}

function cpuinfo(g: GenCtx): string {
  let out = '';
  for (let i = 0; i < g.view.machine.cpus; i++) {
    const rows: [string, string | number][] = [
      ['processor', i], ['vendor_id', 'GenuineIntel'], ['cpu family', 6], ['model', 85],
      ['model name', 'linuxsim virtual CPU'], ['stepping', 7], ['microcode', '0x1'], ['cpu MHz', '2000.000'],
      ['cache size', '4096 KB'], ['physical id', 0], ['siblings', g.view.machine.cpus], ['core id', i],
      ['cpu cores', g.view.machine.cpus], ['apicid', i], ['initial apicid', i], ['fpu', 'yes'],
      ['fpu_exception', 'yes'], ['cpuid level', 13], ['wp', 'yes'],
      ['flags', 'fpu vme de pse tsc msr pae mce cx8 apic sep pge mca cmov pat pse36 clflush mmx fxsr sse sse2 syscall nx lm constant_tsc nopl pni ssse3 cx16 sse4_1 sse4_2 popcnt hypervisor'],
      ['bugs', ''], ['bogomips', '4000.00'], ['clflush size', 64], ['cache_alignment', 64],
      ['address sizes', '46 bits physical, 48 bits virtual'], ['power management', ''],
    ];
    // "%s\t: %s": names shorter than 8 columns get a second tab (as x86's show_cpuinfo prints).
    out += rows.map(([k, v]) => `${k}${k.length < 8 ? '\t\t' : '\t'}: ${v}`.replace(/: $/, ':').replace('power management\t:', 'power management:')).join('\n') + '\n\n';
  }
  return out;
}

export const GLOBAL_FILES: readonly (readonly [string, FileGen])[] = [
  ['uptime', uptime],
  ['cpuinfo', cpuinfo],
  ['loadavg', loadavg],
  ['meminfo', meminfo],
  ['version', (g) => `Linux version ${g.view.machine.release} (linuxsim@linuxsim) (linuxsim) ${g.view.machine.version}\n`],
  ['filesystems', () => 'nodev\ttmpfs\nnodev\tproc\nnodev\tdevtmpfs\nnodev\tpipefs\n'],
];

/** /proc/sys/kernel: name → reader (and whether root may write it), in Linux's listing order. */
export const SYS_KERNEL_FILES: readonly (readonly [string, { read: FileGen; write?: true }])[] = [
  ['hostname', { read: (g) => g.view.utsOf(g.ctx).nodename + '\n', write: true }],
  ['osrelease', { read: (g) => g.view.machine.release + '\n' }],
  ['ostype', { read: (g) => g.view.machine.sysname + '\n' }],
  ['version', { read: (g) => g.view.machine.version + '\n' }],
];
