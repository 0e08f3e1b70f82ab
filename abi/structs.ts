// abi/structs.ts — the struct layouts of the x86-64 Linux ABI, declared with abi/struct.ts.
// One layout per uapi struct, named as in the headers, with its size asserted at load.
// The JS shape of each struct (the interface) is what the typed syscall API passes around.
// ABI facts only; the kernel fills these objects, the raw door encodes them to bytes.

import { AF_INET, AF_INET6, AF_UNIX } from './socket';
import { overlay, struct, type Layout } from './struct';

/** struct timespec (include/uapi/linux/time_types.h __kernel_timespec): 16 bytes. */
export interface Timespec {
  tv_sec: number;
  tv_nsec: number;
}
export const timespec: Layout<Timespec> = struct<Timespec>('timespec', [
  ['tv_sec', 'i64'],
  ['tv_nsec', 'i64'],
], { size: 16 });

/** struct timeval: 16 bytes. */
export interface Timeval {
  tv_sec: number;
  tv_usec: number;
}
export const timeval: Layout<Timeval> = struct<Timeval>('timeval', [
  ['tv_sec', 'i64'],
  ['tv_usec', 'i64'],
], { size: 16 });

/** struct stat (arch/x86/include/uapi/asm/stat.h, x86-64): 144 bytes. */
export interface Stat {
  st_dev: number;
  st_ino: number;
  st_nlink: number;
  st_mode: number;
  st_uid: number;
  st_gid: number;
  st_rdev: number;
  st_size: number;
  st_blksize: number;
  st_blocks: number;
  st_atime: number;
  st_atime_nsec: number;
  st_mtime: number;
  st_mtime_nsec: number;
  st_ctime: number;
  st_ctime_nsec: number;
}
export const stat: Layout<Stat> = struct<Stat>('stat', [
  ['st_dev', 'u64'],
  ['st_ino', 'u64'],
  ['st_nlink', 'u64'],
  ['st_mode', 'u32'],
  ['st_uid', 'u32'],
  ['st_gid', 'u32'],
  ['_', { pad: 4 }],
  ['st_rdev', 'u64'],
  ['st_size', 'i64'],
  ['st_blksize', 'i64'],
  ['st_blocks', 'i64'],
  ['st_atime', 'u64'],
  ['st_atime_nsec', 'u64'],
  ['st_mtime', 'u64'],
  ['st_mtime_nsec', 'u64'],
  ['st_ctime', 'u64'],
  ['st_ctime_nsec', 'u64'],
  ['_', { pad: 24 }],
], { size: 144 });

/** struct new_utsname: six char[65] fields, 390 bytes. */
export interface Utsname {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
  domainname: string;
}
export const utsname: Layout<Utsname> = struct<Utsname>('utsname', [
  ['sysname', { cstr: 65 }],
  ['nodename', { cstr: 65 }],
  ['release', { cstr: 65 }],
  ['version', { cstr: 65 }],
  ['machine', { cstr: 65 }],
  ['domainname', { cstr: 65 }],
], { size: 390 });

// ---------------------------------------------------------------------------------------------
// The rest of the x86-64 layouts (appended; the four above are unchanged). Conventions:
// - names and field names as in the uapi headers (glibc's where the kernel has no uapi struct:
//   msghdr, mmsghdr, ucred, linger, file_handle, sockaddr_storage);
// - bitmaps of 64 bits or more (sigset, fd_set) are arrays of u32 words, because a JS number
//   holds only 53 exact bits: word i bit b is bit 32*i+b of the C bitmap (little-endian);
// - network-order fields (sin_port, s_addr) hold the value as C stores it: use htons/htonl
//   from abi/socket.ts;
// - unions: a layout built with `overlay` lists each member at its offset (siginfo).
// Every layout here is checked field by field against the host's headers by
// test/abi/structs.host.test.ts.



// --- files -----------------------------------------------------------------------------------

/** struct statx_timestamp: 16 bytes. */
export interface StatxTimestamp {
  tv_sec: number;
  tv_nsec: number;
}
export const statx_timestamp: Layout<StatxTimestamp> = struct<StatxTimestamp>('statx_timestamp', [
  ['tv_sec', 'i64'],
  ['tv_nsec', 'u32'],
  ['_', { pad: 4 }], // __reserved
], { size: 16 });

/** struct statx (include/uapi/linux/stat.h, Linux 6.16 fields): 256 bytes. */
export interface Statx {
  stx_mask: number;
  stx_blksize: number;
  stx_attributes: number;
  stx_nlink: number;
  stx_uid: number;
  stx_gid: number;
  stx_mode: number;
  stx_ino: number;
  stx_size: number;
  stx_blocks: number;
  stx_attributes_mask: number;
  stx_atime: StatxTimestamp;
  stx_btime: StatxTimestamp;
  stx_ctime: StatxTimestamp;
  stx_mtime: StatxTimestamp;
  stx_rdev_major: number;
  stx_rdev_minor: number;
  stx_dev_major: number;
  stx_dev_minor: number;
  stx_mnt_id: number;
  stx_dio_mem_align: number;
  stx_dio_offset_align: number;
  stx_subvol: number;
  stx_atomic_write_unit_min: number;
  stx_atomic_write_unit_max: number;
  stx_atomic_write_segments_max: number;
  stx_dio_read_offset_align: number;
  stx_atomic_write_unit_max_opt: number;
}
export const statx: Layout<Statx> = struct<Statx>('statx', [
  ['stx_mask', 'u32'],
  ['stx_blksize', 'u32'],
  ['stx_attributes', 'u64'],
  ['stx_nlink', 'u32'],
  ['stx_uid', 'u32'],
  ['stx_gid', 'u32'],
  ['stx_mode', 'u16'],
  ['_', { pad: 2 }], // __spare0
  ['stx_ino', 'u64'],
  ['stx_size', 'u64'],
  ['stx_blocks', 'u64'],
  ['stx_attributes_mask', 'u64'],
  ['stx_atime', { struct: statx_timestamp }],
  ['stx_btime', { struct: statx_timestamp }],
  ['stx_ctime', { struct: statx_timestamp }],
  ['stx_mtime', { struct: statx_timestamp }],
  ['stx_rdev_major', 'u32'],
  ['stx_rdev_minor', 'u32'],
  ['stx_dev_major', 'u32'],
  ['stx_dev_minor', 'u32'],
  ['stx_mnt_id', 'u64'],
  ['stx_dio_mem_align', 'u32'],
  ['stx_dio_offset_align', 'u32'],
  ['stx_subvol', 'u64'],
  ['stx_atomic_write_unit_min', 'u32'],
  ['stx_atomic_write_unit_max', 'u32'],
  ['stx_atomic_write_segments_max', 'u32'],
  ['stx_dio_read_offset_align', 'u32'],
  ['stx_atomic_write_unit_max_opt', 'u32'],
  ['_', { pad: 4 }], // __spare2
  ['_', { pad: 64 }], // __spare3
], { size: 256 });

/** struct statfs (asm-generic/statfs.h, 64-bit): 120 bytes. */
export interface Statfs {
  f_type: number;
  f_bsize: number;
  f_blocks: number;
  f_bfree: number;
  f_bavail: number;
  f_files: number;
  f_ffree: number;
  f_fsid: number[];
  f_namelen: number;
  f_frsize: number;
  f_flags: number;
}
export const statfs: Layout<Statfs> = struct<Statfs>('statfs', [
  ['f_type', 'i64'],
  ['f_bsize', 'i64'],
  ['f_blocks', 'u64'],
  ['f_bfree', 'u64'],
  ['f_bavail', 'u64'],
  ['f_files', 'u64'],
  ['f_ffree', 'u64'],
  ['f_fsid', { array: 'i32', n: 2 }],
  ['f_namelen', 'i64'],
  ['f_frsize', 'i64'],
  ['f_flags', 'i64'],
  ['_', { pad: 32 }], // f_spare[4]
], { size: 120 });

/** struct linux_dirent64 (getdents64(2)): the 19-byte header; d_name follows, NUL-terminated. */
export interface LinuxDirent64 {
  d_ino: number;
  d_off: number;
  d_reclen: number;
  d_type: number;
}
export const linux_dirent64: Layout<LinuxDirent64> = struct<LinuxDirent64>('linux_dirent64', [
  ['d_ino', 'u64'],
  ['d_off', 'i64'],
  ['d_reclen', 'u16'],
  ['d_type', 'u8'],
], { packed: true, size: 19 });

/**
 * struct linux_dirent (getdents(2)): the 18-byte header; d_name follows, then a NUL, padding,
 * and d_type in the record's last byte (at d_reclen - 1).
 */
export interface LinuxDirent {
  d_ino: number;
  d_off: number;
  d_reclen: number;
}
export const linux_dirent: Layout<LinuxDirent> = struct<LinuxDirent>('linux_dirent', [
  ['d_ino', 'u64'],
  ['d_off', 'u64'],
  ['d_reclen', 'u16'],
], { packed: true, size: 18 });

/** struct flock (asm-generic/fcntl.h, 64-bit off_t): 32 bytes. */
export interface Flock {
  l_type: number;
  l_whence: number;
  l_start: number;
  l_len: number;
  l_pid: number;
}
export const flock: Layout<Flock> = struct<Flock>('flock', [
  ['l_type', 'i16'],
  ['l_whence', 'i16'],
  ['l_start', 'i64'],
  ['l_len', 'i64'],
  ['l_pid', 'i32'],
], { size: 32 });

/** struct f_owner_ex (F_GETOWN_EX/F_SETOWN_EX): 8 bytes. */
export interface FOwnerEx {
  type: number;
  pid: number;
}
export const f_owner_ex: Layout<FOwnerEx> = struct<FOwnerEx>('f_owner_ex', [
  ['type', 'i32'],
  ['pid', 'i32'],
], { size: 8 });

/** struct open_how (openat2(2)): 24 bytes. */
export interface OpenHow {
  flags: number;
  mode: number;
  resolve: number;
}
export const open_how: Layout<OpenHow> = struct<OpenHow>('open_how', [
  ['flags', 'u64'],
  ['mode', 'u64'],
  ['resolve', 'u64'],
], { size: 24 });

/** struct utimbuf (utime(2)): 16 bytes. */
export interface Utimbuf {
  actime: number;
  modtime: number;
}
export const utimbuf: Layout<Utimbuf> = struct<Utimbuf>('utimbuf', [
  ['actime', 'i64'],
  ['modtime', 'i64'],
], { size: 16 });

/** struct file_handle (name_to_handle_at(2)): the 8-byte header; f_handle[handle_bytes] follows. */
export interface FileHandle {
  handle_bytes: number;
  handle_type: number;
}
export const file_handle: Layout<FileHandle> = struct<FileHandle>('file_handle', [
  ['handle_bytes', 'u32'],
  ['handle_type', 'i32'],
], { size: 8 });

/** struct mount_attr (mount_setattr(2)): 32 bytes. */
export interface MountAttr {
  attr_set: number;
  attr_clr: number;
  propagation: number;
  userns_fd: number;
}
export const mount_attr: Layout<MountAttr> = struct<MountAttr>('mount_attr', [
  ['attr_set', 'u64'],
  ['attr_clr', 'u64'],
  ['propagation', 'u64'],
  ['userns_fd', 'u64'],
], { size: 32 });

// --- time ------------------------------------------------------------------------------------

/** struct timezone (gettimeofday(2)): 8 bytes. */
export interface Timezone {
  tz_minuteswest: number;
  tz_dsttime: number;
}
export const timezone: Layout<Timezone> = struct<Timezone>('timezone', [
  ['tz_minuteswest', 'i32'],
  ['tz_dsttime', 'i32'],
], { size: 8 });

/** struct itimerval (getitimer(2)): 32 bytes. */
export interface Itimerval {
  it_interval: Timeval;
  it_value: Timeval;
}
export const itimerval: Layout<Itimerval> = struct<Itimerval>('itimerval', [
  ['it_interval', { struct: timeval }],
  ['it_value', { struct: timeval }],
], { size: 32 });

/** struct itimerspec (timer_settime(2), timerfd_settime(2)): 32 bytes. */
export interface Itimerspec {
  it_interval: Timespec;
  it_value: Timespec;
}
export const itimerspec: Layout<Itimerspec> = struct<Itimerspec>('itimerspec', [
  ['it_interval', { struct: timespec }],
  ['it_value', { struct: timespec }],
], { size: 32 });

/** struct tms (times(2)): four clock_t, 32 bytes. */
export interface Tms {
  tms_utime: number;
  tms_stime: number;
  tms_cutime: number;
  tms_cstime: number;
}
export const tms: Layout<Tms> = struct<Tms>('tms', [
  ['tms_utime', 'i64'],
  ['tms_stime', 'i64'],
  ['tms_cutime', 'i64'],
  ['tms_cstime', 'i64'],
], { size: 32 });

/** struct timex (adjtimex(2), clock_adjtime(2)): 208 bytes. */
export interface Timex {
  modes: number;
  offset: number;
  freq: number;
  maxerror: number;
  esterror: number;
  status: number;
  constant: number;
  precision: number;
  tolerance: number;
  time: Timeval;
  tick: number;
  ppsfreq: number;
  jitter: number;
  shift: number;
  stabil: number;
  jitcnt: number;
  calcnt: number;
  errcnt: number;
  stbcnt: number;
  tai: number;
}
export const timex: Layout<Timex> = struct<Timex>('timex', [
  ['modes', 'u32'],
  ['offset', 'i64'],
  ['freq', 'i64'],
  ['maxerror', 'i64'],
  ['esterror', 'i64'],
  ['status', 'i32'],
  ['constant', 'i64'],
  ['precision', 'i64'],
  ['tolerance', 'i64'],
  ['time', { struct: timeval }],
  ['tick', 'i64'],
  ['ppsfreq', 'i64'],
  ['jitter', 'i64'],
  ['shift', 'i32'],
  ['stabil', 'i64'],
  ['jitcnt', 'i64'],
  ['calcnt', 'i64'],
  ['errcnt', 'i64'],
  ['stbcnt', 'i64'],
  ['tai', 'i32'],
  ['_', { pad: 44 }], // int :32 x 11
], { size: 208 });

// --- processes, resources, scheduling --------------------------------------------------------

/** struct rlimit (getrlimit(2), prlimit64(2)): 16 bytes; RLIM_INFINITY is 2**64 (see struct.ts). */
export interface Rlimit {
  rlim_cur: number;
  rlim_max: number;
}
export const rlimit: Layout<Rlimit> = struct<Rlimit>('rlimit', [
  ['rlim_cur', 'u64'],
  ['rlim_max', 'u64'],
], { size: 16 });

/** struct rusage (getrusage(2), wait4(2)): 144 bytes. */
export interface Rusage {
  ru_utime: Timeval;
  ru_stime: Timeval;
  ru_maxrss: number;
  ru_ixrss: number;
  ru_idrss: number;
  ru_isrss: number;
  ru_minflt: number;
  ru_majflt: number;
  ru_nswap: number;
  ru_inblock: number;
  ru_oublock: number;
  ru_msgsnd: number;
  ru_msgrcv: number;
  ru_nsignals: number;
  ru_nvcsw: number;
  ru_nivcsw: number;
}
export const rusage: Layout<Rusage> = struct<Rusage>('rusage', [
  ['ru_utime', { struct: timeval }],
  ['ru_stime', { struct: timeval }],
  ['ru_maxrss', 'i64'],
  ['ru_ixrss', 'i64'],
  ['ru_idrss', 'i64'],
  ['ru_isrss', 'i64'],
  ['ru_minflt', 'i64'],
  ['ru_majflt', 'i64'],
  ['ru_nswap', 'i64'],
  ['ru_inblock', 'i64'],
  ['ru_oublock', 'i64'],
  ['ru_msgsnd', 'i64'],
  ['ru_msgrcv', 'i64'],
  ['ru_nsignals', 'i64'],
  ['ru_nvcsw', 'i64'],
  ['ru_nivcsw', 'i64'],
], { size: 144 });

/** struct sysinfo (sysinfo(2)): 112 bytes. */
export interface Sysinfo {
  uptime: number;
  loads: number[];
  totalram: number;
  freeram: number;
  sharedram: number;
  bufferram: number;
  totalswap: number;
  freeswap: number;
  procs: number;
  totalhigh: number;
  freehigh: number;
  mem_unit: number;
}
export const sysinfo: Layout<Sysinfo> = struct<Sysinfo>('sysinfo', [
  ['uptime', 'i64'],
  ['loads', { array: 'u64', n: 3 }],
  ['totalram', 'u64'],
  ['freeram', 'u64'],
  ['sharedram', 'u64'],
  ['bufferram', 'u64'],
  ['totalswap', 'u64'],
  ['freeswap', 'u64'],
  ['procs', 'u16'],
  ['_', { pad: 2 }], // pad
  ['totalhigh', 'u64'],
  ['freehigh', 'u64'],
  ['mem_unit', 'u32'],
], { size: 112 });

/** struct sched_param: 4 bytes. */
export interface SchedParam {
  sched_priority: number;
}
export const sched_param: Layout<SchedParam> = struct<SchedParam>('sched_param', [
  ['sched_priority', 'i32'],
], { size: 4 });

/** struct sched_attr (sched_setattr(2), SCHED_ATTR_SIZE_VER1): 56 bytes. */
export interface SchedAttr {
  size: number;
  sched_policy: number;
  sched_flags: number;
  sched_nice: number;
  sched_priority: number;
  sched_runtime: number;
  sched_deadline: number;
  sched_period: number;
  sched_util_min: number;
  sched_util_max: number;
}
export const sched_attr: Layout<SchedAttr> = struct<SchedAttr>('sched_attr', [
  ['size', 'u32'],
  ['sched_policy', 'u32'],
  ['sched_flags', 'u64'],
  ['sched_nice', 'i32'],
  ['sched_priority', 'u32'],
  ['sched_runtime', 'u64'],
  ['sched_deadline', 'u64'],
  ['sched_period', 'u64'],
  ['sched_util_min', 'u32'],
  ['sched_util_max', 'u32'],
], { size: 56 });

/** struct clone_args (clone3(2), CLONE_ARGS_SIZE_VER2): 88 bytes. */
export interface CloneArgs {
  flags: number;
  pidfd: number;
  child_tid: number;
  parent_tid: number;
  exit_signal: number;
  stack: number;
  stack_size: number;
  tls: number;
  set_tid: number;
  set_tid_size: number;
  cgroup: number;
}
export const clone_args: Layout<CloneArgs> = struct<CloneArgs>('clone_args', [
  ['flags', 'u64'],
  ['pidfd', 'u64'],
  ['child_tid', 'u64'],
  ['parent_tid', 'u64'],
  ['exit_signal', 'u64'],
  ['stack', 'u64'],
  ['stack_size', 'u64'],
  ['tls', 'u64'],
  ['set_tid', 'u64'],
  ['set_tid_size', 'u64'],
  ['cgroup', 'u64'],
], { size: 88 });

/** struct __user_cap_header_struct (capget(2)): 8 bytes. */
export interface CapHeader {
  version: number;
  pid: number;
}
export const cap_header: Layout<CapHeader> = struct<CapHeader>('cap_header', [
  ['version', 'u32'],
  ['pid', 'i32'],
], { size: 8 });

/** struct __user_cap_data_struct (capget(2); version 3 passes an array of two): 12 bytes. */
export interface CapData {
  effective: number;
  permitted: number;
  inheritable: number;
}
export const cap_data: Layout<CapData> = struct<CapData>('cap_data', [
  ['effective', 'u32'],
  ['permitted', 'u32'],
  ['inheritable', 'u32'],
], { size: 12 });

/**
 * struct rseq (rseq(2)): the original 32-byte registration area (the kernel's struct is
 * 32-byte aligned; newer fields past 32 bytes are registered only with a larger rseq_len).
 */
export interface Rseq {
  cpu_id_start: number;
  cpu_id: number;
  rseq_cs: number;
  flags: number;
  node_id: number;
  mm_cid: number;
  slice_ctrl: number;
}
export const rseq: Layout<Rseq> = struct<Rseq>('rseq', [
  ['cpu_id_start', 'u32'],
  ['cpu_id', 'u32'],
  ['rseq_cs', 'u64'],
  ['flags', 'u32'],
  ['node_id', 'u32'],
  ['mm_cid', 'u32'],
  ['slice_ctrl', 'u32'],
], { size: 32 });

/** struct robust_list_head (set_robust_list(2)): 24 bytes. `list` is the first entry's address. */
export interface RobustListHead {
  list: number;
  futex_offset: number;
  list_op_pending: number;
}
export const robust_list_head: Layout<RobustListHead> = struct<RobustListHead>('robust_list_head', [
  ['list', 'u64'], // struct robust_list { struct robust_list *next; }
  ['futex_offset', 'i64'],
  ['list_op_pending', 'u64'],
], { size: 24 });

/**
 * struct user_desc (set_thread_area(2), modify_ldt(2)): 16 bytes. The C bitfields
 * seg_32bit:1 contents:2 read_exec_only:1 limit_in_pages:1 seg_not_present:1 useable:1 lm:1
 * are the low bits of `flags`, in that order.
 */
export interface UserDesc {
  entry_number: number;
  base_addr: number;
  limit: number;
  flags: number;
}
export const user_desc: Layout<UserDesc> = struct<UserDesc>('user_desc', [
  ['entry_number', 'u32'],
  ['base_addr', 'u32'],
  ['limit', 'u32'],
  ['flags', 'u32'],
], { size: 16 });

// --- signals ---------------------------------------------------------------------------------

/** The kernel's sigset_t on x86-64 (one unsigned long), as two u32 words: [signals 1..32, 33..64]. */
export interface Sigset {
  sig: number[];
}
export const sigset: Layout<Sigset> = struct<Sigset>('sigset', [
  ['sig', { array: 'u32', n: 2 }],
], { size: 8 });

/** The kernel's struct sigaction on x86-64 (rt_sigaction(2)): handler, flags, restorer, mask: 32 bytes. */
export interface Sigaction {
  sa_handler: number;
  sa_flags: number;
  sa_restorer: number;
  sa_mask: Sigset;
}
export const sigaction: Layout<Sigaction> = struct<Sigaction>('sigaction', [
  ['sa_handler', 'u64'],
  ['sa_flags', 'u64'],
  ['sa_restorer', 'u64'],
  ['sa_mask', { struct: sigset }],
], { size: 32 });

/** stack_t (sigaltstack(2)): 24 bytes. */
export interface StackT {
  ss_sp: number;
  ss_flags: number;
  ss_size: number;
}
export const stack_t: Layout<StackT> = struct<StackT>('stack_t', [
  ['ss_sp', 'u64'],
  ['ss_flags', 'i32'],
  ['ss_size', 'u64'],
], { size: 24 });

/**
 * siginfo_t (asm-generic/siginfo.h): 128 bytes. si_signo, si_errno, si_code, then the union
 * `_sifields` at offset 16, flattened: each member's fields at their offsets. Which fields are
 * meaningful depends on the signal and si_code: kill/tkill (si_pid, si_uid), rt/sigqueue
 * (+ si_value; si_int is its low 32 bits), POSIX timers (si_tid, si_overrun, si_value), SIGCHLD
 * (si_pid, si_uid, si_status, si_utime, si_stime), faults (si_addr, si_addr_lsb, si_lower,
 * si_upper, si_pkey, si_perf_*), SIGPOLL (si_band, si_fd), SIGSYS (si_call_addr, si_syscall,
 * si_arch). Encode one member's fields; decode returns every view.
 */
export interface Siginfo {
  si_signo: number;
  si_errno: number;
  si_code: number;
  si_pid: number;
  si_uid: number;
  si_tid: number;
  si_overrun: number;
  si_value: number;
  si_int: number;
  si_status: number;
  si_utime: number;
  si_stime: number;
  si_addr: number;
  si_addr_lsb: number;
  si_lower: number;
  si_upper: number;
  si_pkey: number;
  si_perf_data: number;
  si_perf_type: number;
  si_perf_flags: number;
  si_band: number;
  si_fd: number;
  si_call_addr: number;
  si_syscall: number;
  si_arch: number;
}
export const siginfo: Layout<Siginfo> = overlay<Siginfo>('siginfo', 128, [
  ['si_signo', 'i32', 0],
  ['si_errno', 'i32', 4],
  ['si_code', 'i32', 8],
  // _kill, _rt, _sigchld
  ['si_pid', 'i32', 16],
  ['si_uid', 'u32', 20],
  // _timer
  ['si_tid', 'i32', 16],
  ['si_overrun', 'i32', 20],
  // _rt, _timer: union sigval (sival_int / sival_ptr)
  ['si_value', 'u64', 24],
  ['si_int', 'i32', 24],
  // _sigchld
  ['si_status', 'i32', 24],
  ['si_utime', 'i64', 32],
  ['si_stime', 'i64', 40],
  // _sigfault
  ['si_addr', 'u64', 16],
  ['si_addr_lsb', 'i16', 24],
  ['si_lower', 'u64', 32],
  ['si_upper', 'u64', 40],
  ['si_pkey', 'u32', 32],
  ['si_perf_data', 'u64', 24],
  ['si_perf_type', 'u32', 32],
  ['si_perf_flags', 'u32', 36],
  // _sigpoll
  ['si_band', 'i64', 16],
  ['si_fd', 'i32', 24],
  // _sigsys
  ['si_call_addr', 'u64', 16],
  ['si_syscall', 'i32', 24],
  ['si_arch', 'u32', 28],
]);

/**
 * struct sigevent (timer_create(2), mq_notify(2)): 64 bytes. The union after sigev_notify is
 * read by the kernel only as sigev_notify_thread_id (SIGEV_THREAD_ID); glibc's SIGEV_THREAD
 * function/attributes pointers share those bytes and the kernel never looks at them.
 */
export interface Sigevent {
  sigev_value: number;
  sigev_signo: number;
  sigev_notify: number;
  sigev_notify_thread_id: number;
}
export const sigevent: Layout<Sigevent> = struct<Sigevent>('sigevent', [
  ['sigev_value', 'u64'],
  ['sigev_signo', 'i32'],
  ['sigev_notify', 'i32'],
  ['sigev_notify_thread_id', 'i32'],
  ['_', { pad: 44 }],
], { size: 64 });

// --- I/O multiplexing, AIO, message queues, IPC ------------------------------------------------

/** struct iovec: 16 bytes. */
export interface Iovec {
  iov_base: number;
  iov_len: number;
}
export const iovec: Layout<Iovec> = struct<Iovec>('iovec', [
  ['iov_base', 'u64'],
  ['iov_len', 'u64'],
], { size: 16 });

/** struct pollfd: 8 bytes. */
export interface Pollfd {
  fd: number;
  events: number;
  revents: number;
}
export const pollfd: Layout<Pollfd> = struct<Pollfd>('pollfd', [
  ['fd', 'i32'],
  ['events', 'i16'],
  ['revents', 'i16'],
], { size: 8 });

/** struct epoll_event: packed on x86-64, 12 bytes (data is the user's u64 at offset 4). */
export interface EpollEvent {
  events: number;
  data: number;
}
export const epoll_event: Layout<EpollEvent> = struct<EpollEvent>('epoll_event', [
  ['events', 'u32'],
  ['data', 'u64'],
], { packed: true, size: 12 });

/** fd_set (select(2)): 1024 bits as 32 u32 words; fd n is bit n%32 of word n>>5. */
export interface FdSet {
  fds_bits: number[];
}
export const fd_set: Layout<FdSet> = struct<FdSet>('fd_set', [
  ['fds_bits', { array: 'u32', n: 32 }],
], { size: 128 });

/** struct io_event (io_getevents(2)): 32 bytes. */
export interface IoEvent {
  data: number;
  obj: number;
  res: number;
  res2: number;
}
export const io_event: Layout<IoEvent> = struct<IoEvent>('io_event', [
  ['data', 'u64'],
  ['obj', 'u64'],
  ['res', 'i64'],
  ['res2', 'i64'],
], { size: 32 });

/** struct iocb (io_submit(2)), little-endian field order: 64 bytes. */
export interface Iocb {
  aio_data: number;
  aio_key: number;
  aio_rw_flags: number;
  aio_lio_opcode: number;
  aio_reqprio: number;
  aio_fildes: number;
  aio_buf: number;
  aio_nbytes: number;
  aio_offset: number;
  aio_flags: number;
  aio_resfd: number;
}
export const iocb: Layout<Iocb> = struct<Iocb>('iocb', [
  ['aio_data', 'u64'],
  ['aio_key', 'u32'],
  ['aio_rw_flags', 'i32'],
  ['aio_lio_opcode', 'u16'],
  ['aio_reqprio', 'i16'],
  ['aio_fildes', 'u32'],
  ['aio_buf', 'u64'],
  ['aio_nbytes', 'u64'],
  ['aio_offset', 'i64'],
  ['_', { pad: 8 }], // aio_reserved2
  ['aio_flags', 'u32'],
  ['aio_resfd', 'u32'],
], { size: 64 });

/** struct mq_attr (mq_getsetattr(2)): 64 bytes. */
export interface MqAttr {
  mq_flags: number;
  mq_maxmsg: number;
  mq_msgsize: number;
  mq_curmsgs: number;
}
export const mq_attr: Layout<MqAttr> = struct<MqAttr>('mq_attr', [
  ['mq_flags', 'i64'],
  ['mq_maxmsg', 'i64'],
  ['mq_msgsize', 'i64'],
  ['mq_curmsgs', 'i64'],
  ['_', { pad: 32 }], // __reserved[4]
], { size: 64 });

/** struct sembuf (semop(2)): 6 bytes. */
export interface Sembuf {
  sem_num: number;
  sem_op: number;
  sem_flg: number;
}
export const sembuf: Layout<Sembuf> = struct<Sembuf>('sembuf', [
  ['sem_num', 'u16'],
  ['sem_op', 'i16'],
  ['sem_flg', 'i16'],
], { size: 6 });

/** struct ipc64_perm (asm-generic/ipcbuf.h; x86-64's __kernel_mode_t is 32 bits): 48 bytes. */
export interface IpcPerm {
  key: number;
  uid: number;
  gid: number;
  cuid: number;
  cgid: number;
  mode: number;
  seq: number;
}
export const ipc64_perm: Layout<IpcPerm> = struct<IpcPerm>('ipc64_perm', [
  ['key', 'i32'],
  ['uid', 'u32'],
  ['gid', 'u32'],
  ['cuid', 'u32'],
  ['cgid', 'u32'],
  ['mode', 'u32'],
  ['seq', 'u16'],
  ['_', { pad: 2 }], // __pad2
  ['_', 'u64'], // __unused1 (unnamed fields are not read or written, but align)
  ['_', 'u64'], // __unused2
], { size: 48 });

/** struct msqid64_ds, what msgctl(2) reads and writes on x86-64: 120 bytes. */
export interface MsqidDs {
  msg_perm: IpcPerm;
  msg_stime: number;
  msg_rtime: number;
  msg_ctime: number;
  msg_cbytes: number;
  msg_qnum: number;
  msg_qbytes: number;
  msg_lspid: number;
  msg_lrpid: number;
}
export const msqid_ds: Layout<MsqidDs> = struct<MsqidDs>('msqid_ds', [
  ['msg_perm', { struct: ipc64_perm }],
  ['msg_stime', 'i64'],
  ['msg_rtime', 'i64'],
  ['msg_ctime', 'i64'],
  ['msg_cbytes', 'u64'],
  ['msg_qnum', 'u64'],
  ['msg_qbytes', 'u64'],
  ['msg_lspid', 'i32'],
  ['msg_lrpid', 'i32'],
  ['_', { pad: 16 }], // __unused4, __unused5
], { size: 120 });

/** struct shmid64_ds, what shmctl(2) reads and writes on x86-64: 112 bytes. */
export interface ShmidDs {
  shm_perm: IpcPerm;
  shm_segsz: number;
  shm_atime: number;
  shm_dtime: number;
  shm_ctime: number;
  shm_cpid: number;
  shm_lpid: number;
  shm_nattch: number;
}
export const shmid_ds: Layout<ShmidDs> = struct<ShmidDs>('shmid_ds', [
  ['shm_perm', { struct: ipc64_perm }],
  ['shm_segsz', 'u64'],
  ['shm_atime', 'i64'],
  ['shm_dtime', 'i64'],
  ['shm_ctime', 'i64'],
  ['shm_cpid', 'i32'],
  ['shm_lpid', 'i32'],
  ['shm_nattch', 'u64'],
  ['_', { pad: 16 }], // __unused4, __unused5
], { size: 112 });

/** struct semid64_ds, what semctl(2) reads and writes on x86-64 (arch/x86 sembuf.h): 104 bytes. */
export interface SemidDs {
  sem_perm: IpcPerm;
  sem_otime: number;
  sem_ctime: number;
  sem_nsems: number;
}
export const semid_ds: Layout<SemidDs> = struct<SemidDs>('semid_ds', [
  ['sem_perm', { struct: ipc64_perm }],
  ['sem_otime', 'i64'],
  ['_', { pad: 8 }], // __unused1
  ['sem_ctime', 'i64'],
  ['_', { pad: 8 }], // __unused2
  ['sem_nsems', 'u64'],
  ['_', { pad: 16 }], // __unused3, __unused4
], { size: 104 });

// --- terminals ---------------------------------------------------------------------------------

/** struct winsize (TIOCGWINSZ): 8 bytes. */
export interface Winsize {
  ws_row: number;
  ws_col: number;
  ws_xpixel: number;
  ws_ypixel: number;
}
export const winsize: Layout<Winsize> = struct<Winsize>('winsize', [
  ['ws_row', 'u16'],
  ['ws_col', 'u16'],
  ['ws_xpixel', 'u16'],
  ['ws_ypixel', 'u16'],
], { size: 8 });

/** The kernel's struct termios (TCGETS/TCSETS*; asm-generic/termbits.h, NCCS = 19): 36 bytes. */
export interface Termios {
  c_iflag: number;
  c_oflag: number;
  c_cflag: number;
  c_lflag: number;
  c_line: number;
  c_cc: number[];
}
export const termios: Layout<Termios> = struct<Termios>('termios', [
  ['c_iflag', 'u32'],
  ['c_oflag', 'u32'],
  ['c_cflag', 'u32'],
  ['c_lflag', 'u32'],
  ['c_line', 'u8'],
  ['c_cc', { array: 'u8', n: 19 }],
], { size: 36 });

// --- sockets -----------------------------------------------------------------------------------

/** struct in_addr: s_addr in network byte order (htonl). */
export interface InAddr {
  s_addr: number;
}
export const in_addr: Layout<InAddr> = struct<InAddr>('in_addr', [
  ['s_addr', 'u32'],
], { size: 4 });

/** struct in6_addr: 16 bytes. */
export interface In6Addr {
  s6_addr: Uint8Array;
}
export const in6_addr: Layout<In6Addr> = struct<In6Addr>('in6_addr', [
  ['s6_addr', { bytes: 16 }],
], { size: 16 });

/** struct sockaddr_in: 16 bytes; sin_port and sin_addr.s_addr in network byte order. */
export interface SockaddrIn {
  sin_family: number;
  sin_port: number;
  sin_addr: InAddr;
}
export const sockaddr_in: Layout<SockaddrIn> = struct<SockaddrIn>('sockaddr_in', [
  ['sin_family', 'u16'],
  ['sin_port', 'u16'],
  ['sin_addr', { struct: in_addr }],
  ['_', { pad: 8 }], // sin_zero
], { size: 16 });

/** struct sockaddr_in6: 28 bytes. */
export interface SockaddrIn6 {
  sin6_family: number;
  sin6_port: number;
  sin6_flowinfo: number;
  sin6_addr: In6Addr;
  sin6_scope_id: number;
}
export const sockaddr_in6: Layout<SockaddrIn6> = struct<SockaddrIn6>('sockaddr_in6', [
  ['sin6_family', 'u16'],
  ['sin6_port', 'u16'],
  ['sin6_flowinfo', 'u32'],
  ['sin6_addr', { struct: in6_addr }],
  ['sin6_scope_id', 'u32'],
], { size: 28 });

/**
 * struct sockaddr_un: 110 bytes. sun_path is raw bytes: a pathname is NUL-terminated, an
 * abstract name starts with a NUL byte, and the real length is the addrlen passed with it
 * (see decodeSockaddr).
 */
export interface SockaddrUn {
  sun_family: number;
  sun_path: Uint8Array;
}
export const sockaddr_un: Layout<SockaddrUn> = struct<SockaddrUn>('sockaddr_un', [
  ['sun_family', 'u16'],
  ['sun_path', { bytes: 108 }],
], { size: 110 });

/** struct sockaddr_storage (glibc's field names): 128 bytes, 8-byte aligned. */
export interface SockaddrStorage {
  ss_family: number;
  __ss_padding: Uint8Array;
  __ss_align: number;
}
export const sockaddr_storage: Layout<SockaddrStorage> = struct<SockaddrStorage>('sockaddr_storage', [
  ['ss_family', 'u16'],
  ['__ss_padding', { bytes: 118 }],
  ['__ss_align', 'u64'],
], { size: 128 });

/** A socket address of a family we do not decode. */
export interface SockaddrOther {
  sa_family: number;
  sa_data: Uint8Array;
}

/** Any socket address, by family: tell them apart by the family field's name. */
export type Sockaddr = SockaddrIn | SockaddrIn6 | SockaddrUn | SockaddrOther;

/**
 * `sockaddr`: the generic socket address of the syscall table (bind, connect, accept, …): a
 * 128-byte sockaddr_storage whose decode dispatches on the family (AF_INET → sockaddr_in,
 * AF_INET6 → sockaddr_in6, AF_UNIX → sockaddr_un, else family + 126 raw bytes), and whose
 * encode takes any of those shapes. For the length the caller passed, use decodeSockaddr.
 */
export const sockaddr: Layout<Sockaddr> = (() => {
  const SIZE = 128;
  const other = struct<SockaddrOther>('sockaddr', [
    ['sa_family', 'u16'],
    ['sa_data', { bytes: 126 }],
  ], { size: SIZE });
  const layout: Layout<Sockaddr> = {
    name: 'sockaddr',
    size: SIZE,
    align: 8,
    fields: other.fields,
    encode(value, view, offset) {
      for (let i = offset; i < offset + SIZE; i++) view.setUint8(i, 0);
      const v = value as Partial<SockaddrIn & SockaddrIn6 & SockaddrUn & SockaddrOther>;
      if (v.sin_family !== undefined) sockaddr_in.encode(v, view, offset);
      else if (v.sin6_family !== undefined) sockaddr_in6.encode(v, view, offset);
      else if (v.sun_family !== undefined) sockaddr_un.encode(v, view, offset);
      else other.encode(v, view, offset);
    },
    decode(view, offset) {
      const family = view.getUint16(offset, true);
      if (family === AF_INET) return sockaddr_in.decode(view, offset);
      if (family === AF_INET6) return sockaddr_in6.decode(view, offset);
      if (family === AF_UNIX) return sockaddr_un.decode(view, offset);
      return other.decode(view, offset);
    },
    toBytes(value) {
      const b = new Uint8Array(SIZE);
      layout.encode(value, new DataView(b.buffer), 0);
      return b;
    },
    scratchBytes(value) {
      return layout.toBytes(value); // sockets are not a hot path yet
    },
    fromBytes(bytes, offset = 0) {
      return layout.decode(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset);
    },
    offsetOf(field) {
      return other.offsetOf(field as keyof SockaddrOther & string);
    },
  };
  return Object.freeze(layout);
})();

/**
 * Decodes the `addrlen` bytes of a socket address as the kernel sees them: missing bytes are
 * zero, and an AF_UNIX sun_path is cut to addrlen - 2 bytes (an abstract name keeps its
 * leading NUL; a pathname keeps its bytes up to the first NUL).
 */
export function decodeSockaddr(bytes: Uint8Array, addrlen: number): Sockaddr {
  const len = Math.max(0, Math.min(addrlen, bytes.length, 128));
  const buf = new Uint8Array(128);
  buf.set(bytes.subarray(0, len));
  const sa = sockaddr.fromBytes(buf);
  if ('sun_family' in sa) {
    let path = sa.sun_path.subarray(0, Math.max(0, len - 2));
    if (path.length > 0 && path[0] !== 0) {
      const nul = path.indexOf(0);
      if (nul >= 0) path = path.subarray(0, nul);
    }
    return { sun_family: sa.sun_family, sun_path: path.slice() };
  }
  return sa;
}

/** struct msghdr (sendmsg(2), recvmsg(2)): 56 bytes. */
export interface Msghdr {
  msg_name: number;
  msg_namelen: number;
  msg_iov: number;
  msg_iovlen: number;
  msg_control: number;
  msg_controllen: number;
  msg_flags: number;
}
export const msghdr: Layout<Msghdr> = struct<Msghdr>('msghdr', [
  ['msg_name', 'u64'],
  ['msg_namelen', 'u32'],
  ['msg_iov', 'u64'],
  ['msg_iovlen', 'u64'],
  ['msg_control', 'u64'],
  ['msg_controllen', 'u64'],
  ['msg_flags', 'i32'],
], { size: 56 });

/** struct mmsghdr (sendmmsg(2), recvmmsg(2)): 64 bytes. */
export interface Mmsghdr {
  msg_hdr: Msghdr;
  msg_len: number;
}
export const mmsghdr: Layout<Mmsghdr> = struct<Mmsghdr>('mmsghdr', [
  ['msg_hdr', { struct: msghdr }],
  ['msg_len', 'u32'],
], { size: 64 });

/** struct cmsghdr: the 16-byte header of a control message; data follows, 8-byte aligned. */
export interface Cmsghdr {
  cmsg_len: number;
  cmsg_level: number;
  cmsg_type: number;
}
export const cmsghdr: Layout<Cmsghdr> = struct<Cmsghdr>('cmsghdr', [
  ['cmsg_len', 'u64'],
  ['cmsg_level', 'i32'],
  ['cmsg_type', 'i32'],
], { size: 16 });

/** struct ucred (SO_PEERCRED, SCM_CREDENTIALS): 12 bytes. */
export interface Ucred {
  pid: number;
  uid: number;
  gid: number;
}
export const ucred: Layout<Ucred> = struct<Ucred>('ucred', [
  ['pid', 'i32'],
  ['uid', 'u32'],
  ['gid', 'u32'],
], { size: 12 });

/** struct linger (SO_LINGER): 8 bytes. */
export interface Linger {
  l_onoff: number;
  l_linger: number;
}
export const linger: Layout<Linger> = struct<Linger>('linger', [
  ['l_onoff', 'i32'],
  ['l_linger', 'i32'],
], { size: 8 });

// --- the rest of the syscall table's structs ----------------------------------------------------

/** struct kexec_segment (kexec_load(2)): 32 bytes. */
export interface KexecSegment {
  buf: number;
  bufsz: number;
  mem: number;
  memsz: number;
}
export const kexec_segment: Layout<KexecSegment> = struct<KexecSegment>('kexec_segment', [
  ['buf', 'u64'],
  ['bufsz', 'u64'],
  ['mem', 'u64'],
  ['memsz', 'u64'],
], { size: 32 });

/**
 * struct perf_event_attr (perf_event_open(2), include/uapi/linux/perf_event.h, PERF_ATTR_SIZE_VER9):
 * 144 bytes. Unions are named by their first member (sample_period/sample_freq,
 * wakeup_events/wakeup_watermark, config1/bp_addr/kprobe_func, config2/bp_len/probe_offset);
 * `flags` holds the u64 of bitfields (disabled = bit 0, inherit = bit 1, … as in the header).
 */
export interface PerfEventAttr {
  type: number;
  size: number;
  config: number;
  sample_period: number;
  sample_type: number;
  read_format: number;
  flags: number;
  wakeup_events: number;
  bp_type: number;
  config1: number;
  config2: number;
  branch_sample_type: number;
  sample_regs_user: number;
  sample_stack_user: number;
  clockid: number;
  sample_regs_intr: number;
  aux_watermark: number;
  sample_max_stack: number;
  aux_sample_size: number;
  aux_action: number;
  sig_data: number;
  config3: number;
  config4: number;
}
export const perf_event_attr: Layout<PerfEventAttr> = struct<PerfEventAttr>('perf_event_attr', [
  ['type', 'u32'],
  ['size', 'u32'],
  ['config', 'u64'],
  ['sample_period', 'u64'],
  ['sample_type', 'u64'],
  ['read_format', 'u64'],
  ['flags', 'u64'],
  ['wakeup_events', 'u32'],
  ['bp_type', 'u32'],
  ['config1', 'u64'],
  ['config2', 'u64'],
  ['branch_sample_type', 'u64'],
  ['sample_regs_user', 'u64'],
  ['sample_stack_user', 'u32'],
  ['clockid', 'i32'],
  ['sample_regs_intr', 'u64'],
  ['aux_watermark', 'u32'],
  ['sample_max_stack', 'u16'],
  ['_', { pad: 2 }], // __reserved_2
  ['aux_sample_size', 'u32'],
  ['aux_action', 'u32'],
  ['sig_data', 'u64'],
  ['config3', 'u64'],
  ['config4', 'u64'],
], { size: 144 });

// --- lookup ----------------------------------------------------------------------------------

/**
 * Every layout by the name the syscall table (abi/syscalls.ts) uses in `struct=` / `array=`
 * argument specs, plus the nested and helper structs.
 */
export const LAYOUTS: Readonly<Record<string, Layout<any>>> = Object.freeze({
  timespec, timeval, stat, utsname,
  statx, statx_timestamp, statfs, timezone, itimerval, itimerspec, rlimit, rusage, sysinfo, tms,
  sockaddr, sockaddr_in, sockaddr_in6, sockaddr_un, sockaddr_storage, in_addr, in6_addr,
  msghdr, mmsghdr, cmsghdr, iovec, pollfd, epoll_event, sigaction, sigset, siginfo, stack_t,
  linux_dirent64, linux_dirent, flock, f_owner_ex, sched_param, sched_attr, open_how, clone_args,
  utimbuf, timex, sigevent, mq_attr, cap_header, cap_data, rseq, robust_list_head, fd_set,
  user_desc, io_event, iocb, file_handle, mount_attr, sembuf, ipc64_perm, msqid_ds, shmid_ds,
  semid_ds, winsize, termios, ucred, linger, kexec_segment, perf_event_attr,
});
