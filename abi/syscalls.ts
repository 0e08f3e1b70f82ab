// abi/syscalls.ts — the x86-64 Linux syscall table as data: every number of the `common` and `64`
// ABIs of arch/x86/entry/syscalls/syscall_64.tbl (0 … 471; x32's 512+ excluded), with the name
// strace prints, argument specs (abi/types.ts notation), return kind, strace trace classes and
// strace's never-fails flag. ABI facts only; imports nothing but ./types.
// Owned by the syscall-table maintainer: add rows here when Linux adds numbers; the kernel's
// handlers, the strace formatter and the docs' compatibility table are all generated from it.

import { parseArg, type ArgSpec, type RetKind, type SyscallSpec, type TraceClass } from './types';

/*
 * Conventions (beyond abi/types.ts):
 * - Argument names are those strace prints with -N/--arg-names (the man-page names); where strace
 *   decodes a call with another call's decoder (setgid with setuid's, mlock with munmap's …) the
 *   man page's own names are used.
 * - Arguments are listed in ABI register order, even where strace prints them in another order
 *   (clone: flags, child_stack, parent_tid, child_tidptr, tls) or skips one (preadv2/pwritev2 pass
 *   the high half of the offset in argument 4, which strace does not print).
 * - iovec arrays take the direction of the data they describe in the caller's memory: readv's is
 *   out (the kernel fills the buffers), writev's is in; remote_iov of process_vm_* is in (only the
 *   array itself is in the caller's memory).
 * - Variable-length records (getdents) are `array` with the length in bytes from the return value.
 * - Calls whose argument meaning depends on a command (fcntl, ioctl, prctl, futex, bpf, keyctl,
 *   ptrace, arch_prctl, semctl …) use the generic kinds ulong/ptr there; the formatter
 *   special-cases them by name. strace's `printargs` calls (unimplemented or ignored syscalls:
 *   afs_syscall, tuxcall, sysfs …) have all-`hex` arguments, as strace prints them.
 * - `classes` and `neverFails` are strace's sysent flags (src/linux/x86_64/syscallent.h and
 *   src/linux/generic/syscallent-common.h); `uprobe` (336, Linux 6.18) is not in strace yet.
 */

/** One row of the table: a SyscallSpec whose number and name keep their literal types. */
export interface SyscallRow<N extends number = number, S extends string = string> extends SyscallSpec {
  readonly nr: N;
  readonly name: S;
}

/**
 * Builds a row. `classes` is a space-separated list of TraceClass names, plus `NF` for strace's
 * SYSCALL_NEVER_FAILS; `args` are parseArg notations.
 */
function row<const N extends number, const S extends string>(
  nr: N,
  name: S,
  ret: RetKind,
  classes: string,
  args: readonly string[],
): SyscallRow<N, S> {
  const tokens = classes.split(' ').filter((t) => t !== '');
  const neverFails = tokens.includes('NF');
  const cls = tokens.filter((t) => t !== 'NF') as TraceClass[];
  for (const c of cls) {
    if (!TRACE_CLASSES.has(c)) throw new Error(`abi: unknown trace class '${c}' in ${name}`);
  }
  const parsed: readonly ArgSpec[] = Object.freeze(args.map(parseArg));
  return Object.freeze({
    nr,
    name,
    args: parsed,
    ret,
    classes: Object.freeze(cls),
    neverFails,
  });
}

const TRACE_CLASSES: ReadonlySet<string> = new Set<TraceClass>([
  'file', 'desc', 'network', 'process', 'signal', 'memory', 'ipc', 'creds', 'clock', 'pure',
  'stat', 'lstat', 'fstat', 'statlike', 'statfs', 'fstatfs', 'statfslike',
]);

const ROWS = [
  row(0, 'read', 'int', 'desc', ['fd:fd', 'buf:buf>@ret', 'count:ulong']),
  row(1, 'write', 'int', 'desc', ['fd:fd', 'buf:buf<@2', 'count:ulong']),
  row(2, 'open', 'fd', 'desc file', ['pathname:path', 'flags:flags=open', 'mode:mode']),
  row(3, 'close', 'int', 'desc', ['fd:fd']),
  row(4, 'stat', 'int', 'file stat statlike', ['pathname:path', 'statbuf:struct=stat>']),
  row(5, 'fstat', 'int', 'desc fstat statlike', ['fd:fd', 'statbuf:struct=stat>']),
  row(6, 'lstat', 'int', 'file lstat statlike', ['pathname:path', 'statbuf:struct=stat>']),
  row(7, 'poll', 'int', 'desc', ['fds:array=pollfd<>@1', 'nfds:uint', 'timeout:int']),
  row(8, 'lseek', 'int', 'desc', ['fd:fd', 'offset:long', 'whence:enum=whence']),
  row(9, 'mmap', 'hex', 'desc memory', [
    'addr:ptr', 'length:ulong', 'prot:flags=mmap_prot', 'flags:flags=mmap_flags', 'fd:fd', 'offset:hex',
  ]),
  row(10, 'mprotect', 'int', 'memory', ['addr:ptr', 'length:ulong', 'prot:flags=mmap_prot']),
  row(11, 'munmap', 'int', 'memory', ['addr:ptr', 'length:ulong']),
  row(12, 'brk', 'hex', 'memory', ['addr:ptr']),
  row(13, 'rt_sigaction', 'int', 'signal', [
    'signum:signo', 'act:struct=sigaction<', 'oldact:struct=sigaction>', 'sigsetsize:ulong',
  ]),
  row(14, 'rt_sigprocmask', 'int', 'signal', [
    'how:enum=sig_how', 'set:struct=sigset<', 'oldset:struct=sigset>', 'sigsetsize:ulong',
  ]),
  row(15, 'rt_sigreturn', 'int', 'signal', []),
  row(16, 'ioctl', 'int', 'desc', ['fd:fd', 'op:uint', 'arg:ulong']),
  row(17, 'pread64', 'int', 'desc', ['fd:fd', 'buf:buf>@ret', 'count:ulong', 'offset:long']),
  row(18, 'pwrite64', 'int', 'desc', ['fd:fd', 'buf:buf<@2', 'count:ulong', 'offset:long']),
  row(19, 'readv', 'int', 'desc', ['fd:fd', 'iov:array=iovec>@2', 'iovcnt:ulong']),
  row(20, 'writev', 'int', 'desc', ['fd:fd', 'iov:array=iovec<@2', 'iovcnt:ulong']),
  row(21, 'access', 'int', 'file', ['pathname:path', 'mode:flags=access_mode']),
  row(22, 'pipe', 'int', 'desc', ['pipefd:intarray>#2']),
  row(23, 'select', 'int', 'desc', [
    'nfds:int', 'readfds:struct=fd_set<>', 'writefds:struct=fd_set<>', 'exceptfds:struct=fd_set<>',
    'timeout:struct=timeval<>',
  ]),
  row(24, 'sched_yield', 'int', '', []),
  row(25, 'mremap', 'hex', 'memory', [
    'old_address:ptr', 'old_size:ulong', 'new_size:ulong', 'flags:flags=mremap_flags', 'new_address:ptr',
  ]),
  row(26, 'msync', 'int', 'memory', ['addr:ptr', 'length:ulong', 'flags:flags=msync_flags']),
  row(27, 'mincore', 'int', 'memory', ['addr:ptr', 'length:ulong', 'vec:ptr>']),
  row(28, 'madvise', 'int', 'memory', ['addr:ptr', 'length:ulong', 'advice:enum=madvise']),
  row(29, 'shmget', 'int', 'ipc', ['key:hex', 'size:ulong', 'shmflg:flags=ipc_flags']),
  row(30, 'shmat', 'hex', 'ipc memory', ['shmid:int', 'shmaddr:ptr', 'shmflg:flags=shm_flags']),
  row(31, 'shmctl', 'int', 'ipc', ['shmid:int', 'op:enum=shmctl_cmd', 'buf:struct=shmid_ds<>']),
  row(32, 'dup', 'fd', 'desc', ['oldfd:fd']),
  row(33, 'dup2', 'fd', 'desc', ['oldfd:fd', 'newfd:fd']),
  row(34, 'pause', 'int', 'signal', []),
  row(35, 'nanosleep', 'int', '', ['req:struct=timespec<', 'rem:struct=timespec>']),
  row(36, 'getitimer', 'int', '', ['which:enum=itimer_which', 'curr_value:struct=itimerval>']),
  row(37, 'alarm', 'int', '', ['seconds:uint']),
  row(38, 'setitimer', 'int', '', [
    'which:enum=itimer_which', 'new_value:struct=itimerval<', 'old_value:struct=itimerval>',
  ]),
  row(39, 'getpid', 'pid', 'pure NF', []),
  row(40, 'sendfile', 'int', 'desc network', [
    'out_fd:fd', 'in_fd:fd', 'offset:longarray<>#1', 'count:ulong',
  ]),
  row(41, 'socket', 'fd', 'network', [
    'domain:enum=socket_family', 'type:flags=socket_type', 'protocol:int',
  ]),
  row(42, 'connect', 'int', 'network', ['sockfd:fd', 'addr:struct=sockaddr<@2', 'addrlen:int']),
  row(43, 'accept', 'fd', 'network', [
    'sockfd:fd', 'addr:struct=sockaddr>@*2', 'addrlen:intarray<>#1',
  ]),
  row(44, 'sendto', 'int', 'network', [
    'sockfd:fd', 'buf:buf<@2', 'len:ulong', 'flags:flags=msg_flags', 'dest_addr:struct=sockaddr<@5',
    'addrlen:int',
  ]),
  row(45, 'recvfrom', 'int', 'network', [
    'sockfd:fd', 'buf:buf>@ret', 'len:ulong', 'flags:flags=msg_flags', 'src_addr:struct=sockaddr>@*5',
    'addrlen:intarray<>#1',
  ]),
  row(46, 'sendmsg', 'int', 'network', ['sockfd:fd', 'msg:struct=msghdr<', 'flags:flags=msg_flags']),
  row(47, 'recvmsg', 'int', 'network', ['sockfd:fd', 'msg:struct=msghdr<>', 'flags:flags=msg_flags']),
  row(48, 'shutdown', 'int', 'network', ['sockfd:fd', 'how:enum=shutdown_how']),
  row(49, 'bind', 'int', 'network', ['sockfd:fd', 'addr:struct=sockaddr<@2', 'addrlen:int']),
  row(50, 'listen', 'int', 'network', ['sockfd:fd', 'backlog:int']),
  row(51, 'getsockname', 'int', 'network', [
    'sockfd:fd', 'addr:struct=sockaddr>@*2', 'addrlen:intarray<>#1',
  ]),
  row(52, 'getpeername', 'int', 'network', [
    'sockfd:fd', 'addr:struct=sockaddr>@*2', 'addrlen:intarray<>#1',
  ]),
  row(53, 'socketpair', 'int', 'network', [
    'domain:enum=socket_family', 'type:flags=socket_type', 'protocol:int', 'sv:intarray>#2',
  ]),
  row(54, 'setsockopt', 'int', 'network', [
    'sockfd:fd', 'level:enum=socket_level', 'optname:enum=socket_opt', 'optval:buf<@4', 'optlen:int',
  ]),
  row(55, 'getsockopt', 'int', 'network', [
    'sockfd:fd', 'level:enum=socket_level', 'optname:enum=socket_opt', 'optval:buf>@*4',
    'optlen:intarray<>#1',
  ]),
  row(56, 'clone', 'pid', 'process', [
    'flags:flags=clone_flags', 'child_stack:ptr', 'parent_tid:intarray>#1', 'child_tidptr:ptr>', 'tls:ptr',
  ]),
  row(57, 'fork', 'pid', 'process', []),
  row(58, 'vfork', 'pid', 'process', []),
  row(59, 'execve', 'int', 'file process', ['pathname:path', 'argv:strarray', 'envp:envp']),
  row(60, 'exit', 'none', 'process', ['status:int']),
  row(61, 'wait4', 'pid', 'process', [
    'pid:pid', 'status:intarray>#1', 'options:flags=wait_options', 'usage:struct=rusage>',
  ]),
  row(62, 'kill', 'int', 'signal process', ['pid:pid', 'signum:signo']),
  row(63, 'uname', 'int', '', ['buf:struct=utsname>']),
  row(64, 'semget', 'int', 'ipc', ['key:hex', 'nsems:int', 'semflg:flags=ipc_flags']),
  row(65, 'semop', 'int', 'ipc', ['semid:int', 'sops:array=sembuf<@2', 'nsops:ulong']),
  row(66, 'semctl', 'int', 'ipc', ['semid:int', 'semnum:int', 'op:enum=semctl_cmd', 'arg:ptr<>']),
  row(67, 'shmdt', 'int', 'ipc memory', ['shmaddr:ptr']),
  row(68, 'msgget', 'int', 'ipc', ['key:hex', 'msgflg:flags=ipc_flags']),
  row(69, 'msgsnd', 'int', 'ipc', ['msqid:int', 'msgp:ptr<', 'msgsz:ulong', 'msgflg:flags=ipc_msg_flags']),
  row(70, 'msgrcv', 'int', 'ipc', [
    'msqid:int', 'msgp:ptr>', 'msgsz:ulong', 'msgtyp:long', 'msgflg:flags=ipc_msg_flags',
  ]),
  row(71, 'msgctl', 'int', 'ipc', ['msqid:int', 'op:enum=msgctl_cmd', 'buf:struct=msqid_ds<>']),
  row(72, 'fcntl', 'int', 'desc', ['fd:fd', 'op:int', 'arg:ulong']),
  row(73, 'flock', 'int', 'desc', ['fd:fd', 'op:flags=lock_op']),
  row(74, 'fsync', 'int', 'desc', ['fd:fd']),
  row(75, 'fdatasync', 'int', 'desc', ['fd:fd']),
  row(76, 'truncate', 'int', 'file', ['path:path', 'length:long']),
  row(77, 'ftruncate', 'int', 'desc', ['fd:fd', 'length:long']),
  row(78, 'getdents', 'int', 'desc', ['fd:fd', 'dirp:array=linux_dirent>@ret', 'count:uint']),
  row(79, 'getcwd', 'int', 'file', ['buf:strout>@ret', 'size:ulong']),
  row(80, 'chdir', 'int', 'file', ['path:path']),
  row(81, 'fchdir', 'int', 'desc', ['fd:fd']),
  row(82, 'rename', 'int', 'file', ['oldpath:path', 'newpath:path']),
  row(83, 'mkdir', 'int', 'file', ['pathname:path', 'mode:mode']),
  row(84, 'rmdir', 'int', 'file', ['pathname:path']),
  row(85, 'creat', 'fd', 'desc file', ['pathname:path', 'mode:mode']),
  row(86, 'link', 'int', 'file', ['oldpath:path', 'newpath:path']),
  row(87, 'unlink', 'int', 'file', ['pathname:path']),
  row(88, 'symlink', 'int', 'file', ['target:path', 'linkpath:path']),
  row(89, 'readlink', 'int', 'file', ['pathname:path', 'buf:buf>@ret', 'bufsiz:int']),
  row(90, 'chmod', 'int', 'file', ['pathname:path', 'mode:mode']),
  row(91, 'fchmod', 'int', 'desc', ['fd:fd', 'mode:mode']),
  row(92, 'chown', 'int', 'file', ['pathname:path', 'owner:uid', 'group:gid']),
  row(93, 'fchown', 'int', 'desc', ['fd:fd', 'owner:uid', 'group:gid']),
  row(94, 'lchown', 'int', 'file', ['pathname:path', 'owner:uid', 'group:gid']),
  row(95, 'umask', 'oct', 'NF', ['mask:mode']),
  row(96, 'gettimeofday', 'int', 'clock', ['tv:struct=timeval>', 'tz:struct=timezone>']),
  row(97, 'getrlimit', 'int', '', ['resource:enum=rlimit_resource', 'rlim:struct=rlimit>']),
  row(98, 'getrusage', 'int', '', ['who:enum=rusage_who', 'usage:struct=rusage>']),
  row(99, 'sysinfo', 'int', '', ['info:struct=sysinfo>']),
  row(100, 'times', 'int', '', ['buf:struct=tms>']),
  row(101, 'ptrace', 'int', '', ['op:enum=ptrace_request', 'pid:pid', 'addr:ptr', 'data:ptr']),
  row(102, 'getuid', 'uid', 'creds pure NF', []),
  row(103, 'syslog', 'int', '', ['type:enum=syslog_action', 'bufp:buf>@ret', 'len:int']),
  row(104, 'getgid', 'gid', 'creds pure NF', []),
  row(105, 'setuid', 'int', 'creds', ['uid:uid']),
  row(106, 'setgid', 'int', 'creds', ['gid:gid']),
  row(107, 'geteuid', 'uid', 'creds pure NF', []),
  row(108, 'getegid', 'gid', 'creds pure NF', []),
  row(109, 'setpgid', 'int', '', ['pid:pid', 'pgid:pid']),
  row(110, 'getppid', 'pid', 'pure NF', []),
  row(111, 'getpgrp', 'pid', 'pure NF', []),
  row(112, 'setsid', 'pid', '', []),
  row(113, 'setreuid', 'int', 'creds', ['ruid:uid', 'euid:uid']),
  row(114, 'setregid', 'int', 'creds', ['rgid:gid', 'egid:gid']),
  row(115, 'getgroups', 'int', 'creds', ['size:int', 'list:intarray>@ret']),
  row(116, 'setgroups', 'int', 'creds', ['size:int', 'list:intarray<@0']),
  row(117, 'setresuid', 'int', 'creds', ['ruid:uid', 'euid:uid', 'suid:uid']),
  row(118, 'getresuid', 'int', 'creds', ['ruid:intarray>#1', 'euid:intarray>#1', 'suid:intarray>#1']),
  row(119, 'setresgid', 'int', 'creds', ['rgid:gid', 'egid:gid', 'sgid:gid']),
  row(120, 'getresgid', 'int', 'creds', ['rgid:intarray>#1', 'egid:intarray>#1', 'sgid:intarray>#1']),
  row(121, 'getpgid', 'pid', '', ['pid:pid']),
  row(122, 'setfsuid', 'uid', 'creds NF', ['fsuid:uid']),
  row(123, 'setfsgid', 'gid', 'creds NF', ['fsgid:gid']),
  row(124, 'getsid', 'pid', '', ['pid:pid']),
  row(125, 'capget', 'int', 'creds', ['hdrp:struct=cap_header<>', 'datap:struct=cap_data>']),
  row(126, 'capset', 'int', 'creds', ['hdrp:struct=cap_header<', 'datap:struct=cap_data<']),
  row(127, 'rt_sigpending', 'int', 'signal', ['set:struct=sigset>', 'sigsetsize:ulong']),
  row(128, 'rt_sigtimedwait', 'int', 'signal', [
    'set:struct=sigset<', 'info:struct=siginfo>', 'timeout:struct=timespec<', 'sigsetsize:ulong',
  ]),
  row(129, 'rt_sigqueueinfo', 'int', 'signal process', [
    'tgid:pid', 'signum:signo', 'info:struct=siginfo<',
  ]),
  row(130, 'rt_sigsuspend', 'int', 'signal', ['set:struct=sigset<', 'sigsetsize:ulong']),
  row(131, 'sigaltstack', 'int', 'signal', ['ss:struct=stack_t<', 'old_ss:struct=stack_t>']),
  row(132, 'utime', 'int', 'file', ['filename:path', 'times:struct=utimbuf<']),
  row(133, 'mknod', 'int', 'file', ['pathname:path', 'mode:fmode', 'dev:uint']),
  row(134, 'uselib', 'int', 'file', ['library:path']),
  row(135, 'personality', 'int', 'NF', ['persona:flags=personality']),
  row(136, 'ustat', 'int', 'statfslike', ['dev:uint', 'ubuf:ptr>']),
  row(137, 'statfs', 'int', 'file statfs statfslike', ['pathname:path', 'buf:struct=statfs>']),
  row(138, 'fstatfs', 'int', 'desc fstatfs statfslike', ['fd:fd', 'buf:struct=statfs>']),
  row(139, 'sysfs', 'int', '', ['option:hex', 'arg1:hex', 'arg2:hex']),
  row(140, 'getpriority', 'int', '', ['which:enum=prio_which', 'who:int']),
  row(141, 'setpriority', 'int', '', ['which:enum=prio_which', 'who:int', 'prio:int']),
  row(142, 'sched_setparam', 'int', '', ['pid:pid', 'param:struct=sched_param<']),
  row(143, 'sched_getparam', 'int', '', ['pid:pid', 'param:struct=sched_param>']),
  row(144, 'sched_setscheduler', 'int', '', [
    'pid:pid', 'policy:enum=sched_policy', 'param:struct=sched_param<',
  ]),
  row(145, 'sched_getscheduler', 'int', '', ['pid:pid']),
  row(146, 'sched_get_priority_max', 'int', '', ['policy:enum=sched_policy']),
  row(147, 'sched_get_priority_min', 'int', '', ['policy:enum=sched_policy']),
  row(148, 'sched_rr_get_interval', 'int', '', ['pid:pid', 'tp:struct=timespec>']),
  row(149, 'mlock', 'int', 'memory', ['addr:ptr', 'len:ulong']),
  row(150, 'munlock', 'int', 'memory', ['addr:ptr', 'len:ulong']),
  row(151, 'mlockall', 'int', 'memory', ['flags:flags=mlockall_flags']),
  row(152, 'munlockall', 'int', 'memory', []),
  row(153, 'vhangup', 'int', '', []),
  row(154, 'modify_ldt', 'int', '', ['func:int', 'ptr:struct=user_desc<>', 'bytecount:ulong']),
  row(155, 'pivot_root', 'int', 'file', ['new_root:path', 'put_old:path']),
  row(156, '_sysctl', 'int', '', ['args:ptr<>']),
  row(157, 'prctl', 'int', 'creds', ['op:int', 'arg2:ulong', 'arg3:ulong', 'arg4:ulong', 'arg5:ulong']),
  row(158, 'arch_prctl', 'int', '', ['op:enum=arch_prctl_code', 'addr:ulong']),
  row(159, 'adjtimex', 'int', 'clock', ['buf:struct=timex<>']),
  row(160, 'setrlimit', 'int', '', ['resource:enum=rlimit_resource', 'rlim:struct=rlimit<']),
  row(161, 'chroot', 'int', 'file', ['path:path']),
  row(162, 'sync', 'int', '', []),
  row(163, 'acct', 'int', 'file', ['filename:path']),
  row(164, 'settimeofday', 'int', 'clock', ['tv:struct=timeval<', 'tz:struct=timezone<']),
  row(165, 'mount', 'int', 'file', [
    'source:path', 'target:path', 'filesystemtype:str', 'mountflags:flags=mount_flags', 'data:str',
  ]),
  row(166, 'umount2', 'int', 'file', ['target:path', 'flags:flags=umount_flags']),
  row(167, 'swapon', 'int', 'file', ['path:path', 'swapflags:flags=swapon_flags']),
  row(168, 'swapoff', 'int', 'file', ['path:path']),
  row(169, 'reboot', 'int', '', ['magic:hex', 'magic2:hex', 'op:hex', 'arg:ptr<']),
  row(170, 'sethostname', 'int', '', ['name:buf<@1', 'len:ulong']),
  row(171, 'setdomainname', 'int', '', ['name:buf<@1', 'len:ulong']),
  row(172, 'iopl', 'int', '', ['level:uint']),
  row(173, 'ioperm', 'int', '', ['from:ulong', 'num:ulong', 'turn_on:int']),
  row(174, 'create_module', 'int', '', ['name:hex', 'size:hex']),
  row(175, 'init_module', 'int', '', ['module_image:ptr<', 'len:ulong', 'param_values:str']),
  row(176, 'delete_module', 'int', '', ['name:str', 'flags:flags=delete_module_flags']),
  row(177, 'get_kernel_syms', 'int', '', ['table:hex']),
  row(178, 'query_module', 'int', '', ['name:hex', 'which:hex', 'buf:hex', 'bufsize:hex', 'ret:hex']),
  row(179, 'quotactl', 'int', 'file', ['op:enum=quotactl_cmd', 'special:path', 'id:int', 'addr:ptr<>']),
  row(180, 'nfsservctl', 'int', '', ['cmd:hex', 'argp:hex', 'resp:hex']),
  row(181, 'getpmsg', 'int', 'network', ['fd:hex', 'ctlptr:hex', 'dataptr:hex', 'bandp:hex', 'flagsp:hex']),
  row(182, 'putpmsg', 'int', 'network', ['fd:hex', 'ctlptr:hex', 'dataptr:hex', 'band:hex', 'flags:hex']),
  row(183, 'afs_syscall', 'int', '', ['arg1:hex', 'arg2:hex', 'arg3:hex', 'arg4:hex', 'arg5:hex']),
  row(184, 'tuxcall', 'int', '', ['arg1:hex', 'arg2:hex', 'arg3:hex']),
  row(185, 'security', 'int', '', ['arg1:hex', 'arg2:hex', 'arg3:hex']),
  row(186, 'gettid', 'pid', 'pure NF', []),
  row(187, 'readahead', 'int', 'desc', ['fd:fd', 'offset:long', 'count:ulong']),
  row(188, 'setxattr', 'int', 'file', [
    'pathname:path', 'name:str', 'value:buf<@3', 'size:ulong', 'flags:flags=xattr_flags',
  ]),
  row(189, 'lsetxattr', 'int', 'file', [
    'pathname:path', 'name:str', 'value:buf<@3', 'size:ulong', 'flags:flags=xattr_flags',
  ]),
  row(190, 'fsetxattr', 'int', 'desc', [
    'fd:fd', 'name:str', 'value:buf<@3', 'size:ulong', 'flags:flags=xattr_flags',
  ]),
  row(191, 'getxattr', 'int', 'file', ['pathname:path', 'name:str', 'value:buf>@ret', 'size:ulong']),
  row(192, 'lgetxattr', 'int', 'file', ['pathname:path', 'name:str', 'value:buf>@ret', 'size:ulong']),
  row(193, 'fgetxattr', 'int', 'desc', ['fd:fd', 'name:str', 'value:buf>@ret', 'size:ulong']),
  row(194, 'listxattr', 'int', 'file', ['pathname:path', 'list:buf>@ret', 'size:ulong']),
  row(195, 'llistxattr', 'int', 'file', ['pathname:path', 'list:buf>@ret', 'size:ulong']),
  row(196, 'flistxattr', 'int', 'desc', ['fd:fd', 'list:buf>@ret', 'size:ulong']),
  row(197, 'removexattr', 'int', 'file', ['pathname:path', 'name:str']),
  row(198, 'lremovexattr', 'int', 'file', ['pathname:path', 'name:str']),
  row(199, 'fremovexattr', 'int', 'desc', ['fd:fd', 'name:str']),
  row(200, 'tkill', 'int', 'signal process', ['tid:pid', 'signum:signo']),
  row(201, 'time', 'int', 'clock', ['tloc:longarray>#1']),
  row(202, 'futex', 'int', '', [
    'uaddr:ptr<>', 'futex_op:int', 'val:uint', 'timeout:ptr', 'uaddr2:ptr<>', 'val3:uint',
  ]),
  row(203, 'sched_setaffinity', 'int', '', ['pid:pid', 'cpusetsize:uint', 'mask:ptr<']),
  row(204, 'sched_getaffinity', 'int', '', ['pid:pid', 'cpusetsize:uint', 'mask:ptr>']),
  row(205, 'set_thread_area', 'int', '', ['u_info:struct=user_desc<>']),
  row(206, 'io_setup', 'int', 'memory', ['nr_events:uint', 'ctx_idp:longarray<>#1']),
  row(207, 'io_destroy', 'int', 'memory', ['ctx_id:ptr']),
  row(208, 'io_getevents', 'int', '', [
    'ctx_id:ptr', 'min_nr:long', 'nr:long', 'events:array=io_event>@ret', 'timeout:struct=timespec<',
  ]),
  row(209, 'io_submit', 'int', '', ['ctx_id:ptr', 'nr:long', 'iocbpp:ptr<']),
  row(210, 'io_cancel', 'int', '', ['ctx_id:ptr', 'iocb:struct=iocb<', 'result:struct=io_event>']),
  row(211, 'get_thread_area', 'int', '', ['u_info:struct=user_desc<>']),
  row(212, 'lookup_dcookie', 'int', '', ['cookie:ulong', 'buffer:buf>@ret', 'len:ulong']),
  row(213, 'epoll_create', 'fd', 'desc', ['size:int']),
  row(214, 'epoll_ctl_old', 'int', '', ['epfd:hex', 'op:hex', 'fd:hex', 'event:hex']),
  row(215, 'epoll_wait_old', 'int', '', ['epfd:hex', 'events:hex', 'maxevents:hex', 'timeout:hex']),
  row(216, 'remap_file_pages', 'int', 'memory', [
    'addr:ptr', 'size:ulong', 'prot:flags=mmap_prot', 'pgoff:ulong', 'flags:flags=mmap_flags',
  ]),
  row(217, 'getdents64', 'int', 'desc', ['fd:fd', 'dirp:array=linux_dirent64>@ret', 'count:uint']),
  row(218, 'set_tid_address', 'pid', '', ['tidptr:ptr']),
  row(219, 'restart_syscall', 'int', '', []),
  row(220, 'semtimedop', 'int', 'ipc', [
    'semid:int', 'sops:array=sembuf<@2', 'nsops:ulong', 'timeout:struct=timespec<',
  ]),
  row(221, 'fadvise64', 'int', 'desc', ['fd:fd', 'offset:long', 'len:ulong', 'advice:enum=fadvise_advice']),
  row(222, 'timer_create', 'int', '', [
    'clockid:enum=clockid', 'sevp:struct=sigevent<', 'timerid:intarray>#1',
  ]),
  row(223, 'timer_settime', 'int', '', [
    'timerid:int', 'flags:flags=timer_flags', 'new_value:struct=itimerspec<',
    'old_value:struct=itimerspec>',
  ]),
  row(224, 'timer_gettime', 'int', '', ['timerid:int', 'curr_value:struct=itimerspec>']),
  row(225, 'timer_getoverrun', 'int', '', ['timerid:int']),
  row(226, 'timer_delete', 'int', '', ['timerid:int']),
  row(227, 'clock_settime', 'int', 'clock', ['clockid:enum=clockid', 'tp:struct=timespec<']),
  row(228, 'clock_gettime', 'int', 'clock', ['clockid:enum=clockid', 'tp:struct=timespec>']),
  row(229, 'clock_getres', 'int', 'clock', ['clockid:enum=clockid', 'res:struct=timespec>']),
  row(230, 'clock_nanosleep', 'int', '', [
    'clockid:enum=clockid', 'flags:flags=timer_flags', 'request:struct=timespec<',
    'remain:struct=timespec>',
  ]),
  row(231, 'exit_group', 'none', 'process', ['status:int']),
  row(232, 'epoll_wait', 'int', 'desc', [
    'epfd:fd', 'events:array=epoll_event>@ret', 'maxevents:int', 'timeout:int',
  ]),
  row(233, 'epoll_ctl', 'int', 'desc', [
    'epfd:fd', 'op:enum=epoll_ctl_op', 'fd:fd', 'event:struct=epoll_event<',
  ]),
  row(234, 'tgkill', 'int', 'signal process', ['tgid:pid', 'tid:pid', 'signum:signo']),
  row(235, 'utimes', 'int', 'file', ['pathname:path', 'times:array=timeval<#2']),
  row(236, 'vserver', 'int', '', ['arg1:hex', 'arg2:hex', 'arg3:hex', 'arg4:hex', 'arg5:hex']),
  row(237, 'mbind', 'int', 'memory', [
    'addr:ptr', 'len:ulong', 'mode:enum=mpol_mode', 'nodemask:ptr<', 'maxnode:ulong',
    'flags:flags=mbind_flags',
  ]),
  row(238, 'set_mempolicy', 'int', 'memory', ['mode:enum=mpol_mode', 'nodemask:ptr<', 'maxnode:ulong']),
  row(239, 'get_mempolicy', 'int', 'memory', [
    'mode:intarray>#1', 'nodemask:ptr>', 'maxnode:ulong', 'addr:ptr', 'flags:flags=get_mempolicy_flags',
  ]),
  row(240, 'mq_open', 'fd', 'desc', ['name:path', 'flags:flags=open', 'mode:mode', 'attr:struct=mq_attr<']),
  row(241, 'mq_unlink', 'int', '', ['name:path']),
  row(242, 'mq_timedsend', 'int', 'desc', [
    'mqdes:fd', 'msg_ptr:buf<@2', 'msg_len:ulong', 'msg_prio:uint', 'abs_timeout:struct=timespec<',
  ]),
  row(243, 'mq_timedreceive', 'int', 'desc', [
    'mqdes:fd', 'msg_ptr:buf>@ret', 'msg_len:ulong', 'msg_prio:intarray>#1',
    'abs_timeout:struct=timespec<',
  ]),
  row(244, 'mq_notify', 'int', 'desc', ['mqdes:fd', 'sevp:struct=sigevent<']),
  row(245, 'mq_getsetattr', 'int', 'desc', [
    'mqdes:fd', 'newattr:struct=mq_attr<', 'oldattr:struct=mq_attr>',
  ]),
  row(246, 'kexec_load', 'int', '', [
    'entry:ptr', 'nr_segments:ulong', 'segments:array=kexec_segment<@1', 'flags:flags=kexec_load_flags',
  ]),
  row(247, 'waitid', 'int', 'process', [
    'idtype:enum=waitid_which', 'id:int', 'siginfo:struct=siginfo>', 'options:flags=wait_options',
    'usage:struct=rusage>',
  ]),
  row(248, 'add_key', 'int', '', [
    'type:str', 'description:str', 'payload:buf<@3', 'plen:ulong', 'keyring:int',
  ]),
  row(249, 'request_key', 'int', '', ['type:str', 'description:str', 'callout_info:str', 'dest_keyring:int']),
  row(250, 'keyctl', 'int', '', [
    'operation:enum=keyctl_cmd', 'arg2:ulong', 'arg3:ulong', 'arg4:ulong', 'arg5:ulong',
  ]),
  row(251, 'ioprio_set', 'int', '', ['which:enum=ioprio_which', 'who:int', 'ioprio:int']),
  row(252, 'ioprio_get', 'int', '', ['which:enum=ioprio_which', 'who:int']),
  row(253, 'inotify_init', 'fd', 'desc', []),
  row(254, 'inotify_add_watch', 'int', 'desc file', ['fd:fd', 'pathname:path', 'mask:flags=inotify_mask']),
  row(255, 'inotify_rm_watch', 'int', 'desc', ['fd:fd', 'wd:int']),
  row(256, 'migrate_pages', 'int', 'memory', [
    'pid:pid', 'maxnode:ulong', 'old_nodes:ptr<', 'new_nodes:ptr<',
  ]),
  row(257, 'openat', 'fd', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=open', 'mode:mode',
  ]),
  row(258, 'mkdirat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'mode:mode']),
  row(259, 'mknodat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'mode:fmode', 'dev:uint']),
  row(260, 'fchownat', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'owner:uid', 'group:gid', 'flags:flags=at',
  ]),
  row(261, 'futimesat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'times:array=timeval<#2']),
  row(262, 'newfstatat', 'int', 'desc file fstat statlike', [
    'dirfd:dirfd', 'pathname:path', 'statbuf:struct=stat>', 'flags:flags=at',
  ]),
  row(263, 'unlinkat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'flags:flags=at_removedir']),
  row(264, 'renameat', 'int', 'desc file', [
    'olddirfd:dirfd', 'oldpath:path', 'newdirfd:dirfd', 'newpath:path',
  ]),
  row(265, 'linkat', 'int', 'desc file', [
    'olddirfd:dirfd', 'oldpath:path', 'newdirfd:dirfd', 'newpath:path', 'flags:flags=at',
  ]),
  row(266, 'symlinkat', 'int', 'desc file', ['target:path', 'newdirfd:dirfd', 'linkpath:path']),
  row(267, 'readlinkat', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'buf:buf>@ret', 'bufsiz:int',
  ]),
  row(268, 'fchmodat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'mode:mode']),
  row(269, 'faccessat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'mode:flags=access_mode']),
  row(270, 'pselect6', 'int', 'desc', [
    'nfds:int', 'readfds:struct=fd_set<>', 'writefds:struct=fd_set<>', 'exceptfds:struct=fd_set<>',
    'timeout:struct=timespec<>', 'sig:ptr<',
  ]),
  row(271, 'ppoll', 'int', 'desc', [
    'fds:array=pollfd<>@1', 'nfds:uint', 'tmo_p:struct=timespec<>', 'sigmask:struct=sigset<',
    'sigsetsize:ulong',
  ]),
  row(272, 'unshare', 'int', '', ['flags:flags=unshare_flags']),
  row(273, 'set_robust_list', 'int', '', ['head:ptr<', 'len:ulong']),
  row(274, 'get_robust_list', 'int', '', ['pid:pid', 'head_ptr:longarray>#1', 'len_ptr:longarray>#1']),
  row(275, 'splice', 'int', 'desc', [
    'fd_in:fd', 'off_in:longarray<>#1', 'fd_out:fd', 'off_out:longarray<>#1', 'len:ulong',
    'flags:flags=splice_flags',
  ]),
  row(276, 'tee', 'int', 'desc', ['fd_in:fd', 'fd_out:fd', 'len:ulong', 'flags:flags=splice_flags']),
  row(277, 'sync_file_range', 'int', 'desc', [
    'fd:fd', 'offset:long', 'nbytes:long', 'flags:flags=sync_file_range_flags',
  ]),
  row(278, 'vmsplice', 'int', 'desc', [
    'fd:fd', 'iov:array=iovec<@2', 'nr_segs:ulong', 'flags:flags=splice_flags',
  ]),
  row(279, 'move_pages', 'int', 'memory', [
    'pid:pid', 'count:ulong', 'pages:ptr<', 'nodes:intarray<@1', 'status:intarray>@1',
    'flags:flags=mbind_flags',
  ]),
  row(280, 'utimensat', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'times:array=timespec<#2', 'flags:flags=at',
  ]),
  row(281, 'epoll_pwait', 'int', 'desc', [
    'epfd:fd', 'events:array=epoll_event>@ret', 'maxevents:int', 'timeout:int',
    'sigmask:struct=sigset<', 'sigsetsize:ulong',
  ]),
  row(282, 'signalfd', 'fd', 'desc signal', ['fd:fd', 'mask:struct=sigset<', 'sizemask:ulong']),
  row(283, 'timerfd_create', 'fd', 'desc', ['clockid:enum=clockid', 'flags:flags=timerfd_flags']),
  row(284, 'eventfd', 'fd', 'desc', ['initval:uint']),
  row(285, 'fallocate', 'int', 'desc', ['fd:fd', 'mode:flags=fallocate_mode', 'offset:long', 'len:long']),
  row(286, 'timerfd_settime', 'int', 'desc', [
    'fd:fd', 'flags:flags=timerfd_flags', 'new_value:struct=itimerspec<',
    'old_value:struct=itimerspec>',
  ]),
  row(287, 'timerfd_gettime', 'int', 'desc', ['fd:fd', 'curr_value:struct=itimerspec>']),
  row(288, 'accept4', 'fd', 'network', [
    'sockfd:fd', 'addr:struct=sockaddr>@*2', 'addrlen:intarray<>#1', 'flags:flags=sock_type_flags',
  ]),
  row(289, 'signalfd4', 'fd', 'desc signal', [
    'fd:fd', 'mask:struct=sigset<', 'sizemask:ulong', 'flags:flags=signalfd_flags',
  ]),
  row(290, 'eventfd2', 'fd', 'desc', ['initval:uint', 'flags:flags=eventfd_flags']),
  row(291, 'epoll_create1', 'fd', 'desc', ['flags:flags=epoll_create_flags']),
  row(292, 'dup3', 'fd', 'desc', ['oldfd:fd', 'newfd:fd', 'flags:flags=dup3_flags']),
  row(293, 'pipe2', 'int', 'desc', ['pipefd:intarray>#2', 'flags:flags=pipe_flags']),
  row(294, 'inotify_init1', 'fd', 'desc', ['flags:flags=inotify_init_flags']),
  row(295, 'preadv', 'int', 'desc', ['fd:fd', 'iov:array=iovec>@2', 'iovcnt:ulong', 'offset:long']),
  row(296, 'pwritev', 'int', 'desc', ['fd:fd', 'iov:array=iovec<@2', 'iovcnt:ulong', 'offset:long']),
  row(297, 'rt_tgsigqueueinfo', 'int', 'process signal', [
    'tgid:pid', 'tid:pid', 'signum:signo', 'info:struct=siginfo<',
  ]),
  row(298, 'perf_event_open', 'fd', 'desc', [
    'attr:struct=perf_event_attr<>', 'pid:pid', 'cpu:int', 'group_fd:fd', 'flags:flags=perf_event_open_flags',
  ]),
  row(299, 'recvmmsg', 'int', 'network', [
    'sockfd:fd', 'msgvec:array=mmsghdr<>@ret', 'vlen:uint', 'flags:flags=msg_flags',
    'timeout:struct=timespec<>',
  ]),
  row(300, 'fanotify_init', 'fd', 'desc', ['flags:flags=fan_init_flags', 'event_f_flags:flags=open']),
  row(301, 'fanotify_mark', 'int', 'desc file', [
    'fanotify_fd:fd', 'flags:flags=fan_mark_flags', 'mask:flags=fan_event_flags', 'dirfd:dirfd',
    'pathname:path',
  ]),
  row(302, 'prlimit64', 'int', '', [
    'pid:pid', 'resource:enum=rlimit_resource', 'new_limit:struct=rlimit<', 'old_limit:struct=rlimit>',
  ]),
  row(303, 'name_to_handle_at', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'handle:struct=file_handle<>', 'mount_id:intarray>#1', 'flags:flags=at',
  ]),
  row(304, 'open_by_handle_at', 'fd', 'desc', [
    'mount_fd:fd', 'handle:struct=file_handle<', 'flags:flags=open',
  ]),
  row(305, 'clock_adjtime', 'int', 'clock', ['clockid:enum=clockid', 'buf:struct=timex<>']),
  row(306, 'syncfs', 'int', 'desc', ['fd:fd']),
  row(307, 'sendmmsg', 'int', 'network', [
    'sockfd:fd', 'msgvec:array=mmsghdr<>@2', 'vlen:uint', 'flags:flags=msg_flags',
  ]),
  row(308, 'setns', 'int', 'desc', ['fd:fd', 'nstype:flags=setns_type']),
  row(309, 'getcpu', 'int', '', ['cpu:intarray>#1', 'node:intarray>#1', 'tcache:ptr']),
  row(310, 'process_vm_readv', 'int', '', [
    'pid:pid', 'local_iov:array=iovec>@2', 'liovcnt:ulong', 'remote_iov:array=iovec<@4', 'riovcnt:ulong',
    'flags:ulong',
  ]),
  row(311, 'process_vm_writev', 'int', '', [
    'pid:pid', 'local_iov:array=iovec<@2', 'liovcnt:ulong', 'remote_iov:array=iovec<@4', 'riovcnt:ulong',
    'flags:ulong',
  ]),
  row(312, 'kcmp', 'int', '', ['pid1:pid', 'pid2:pid', 'type:enum=kcmp_type', 'idx1:ulong', 'idx2:ulong']),
  row(313, 'finit_module', 'int', 'desc', ['fd:fd', 'param_values:str', 'flags:flags=module_init_flags']),
  row(314, 'sched_setattr', 'int', '', ['pid:pid', 'attr:struct=sched_attr<>', 'flags:hex']),
  row(315, 'sched_getattr', 'int', '', ['pid:pid', 'attr:struct=sched_attr>@2', 'size:uint', 'flags:hex']),
  row(316, 'renameat2', 'int', 'desc file', [
    'olddirfd:dirfd', 'oldpath:path', 'newdirfd:dirfd', 'newpath:path', 'flags:flags=rename_flags',
  ]),
  row(317, 'seccomp', 'int', '', ['operation:enum=seccomp_op', 'flags:hex', 'args:ptr<>']),
  row(318, 'getrandom', 'int', '', ['buf:buf>@ret', 'buflen:ulong', 'flags:flags=grnd_flags']),
  row(319, 'memfd_create', 'fd', 'desc', ['name:str', 'flags:flags=memfd_flags']),
  row(320, 'kexec_file_load', 'int', 'desc', [
    'kernel_fd:fd', 'initrd_fd:fd', 'cmdline_len:ulong', 'cmdline:buf<@2',
    'flags:flags=kexec_file_load_flags',
  ]),
  row(321, 'bpf', 'int', 'desc', ['cmd:int', 'attr:ptr<>', 'size:uint']),
  row(322, 'execveat', 'int', 'desc file process', [
    'dirfd:dirfd', 'pathname:path', 'argv:strarray', 'envp:envp', 'flags:flags=at',
  ]),
  row(323, 'userfaultfd', 'fd', 'desc', ['flags:flags=userfaultfd_flags']),
  row(324, 'membarrier', 'int', '', ['cmd:enum=membarrier_cmd', 'flags:flags=membarrier_flags', 'cpu_id:int']),
  row(325, 'mlock2', 'int', 'memory', ['addr:ptr', 'length:ulong', 'flags:flags=mlock2_flags']),
  row(326, 'copy_file_range', 'int', 'desc', [
    'fd_in:fd', 'off_in:longarray<>#1', 'fd_out:fd', 'off_out:longarray<>#1', 'len:ulong', 'flags:uint',
  ]),
  row(327, 'preadv2', 'int', 'desc', [
    'fd:fd', 'iov:array=iovec>@2', 'iovcnt:ulong', 'offset:long', 'offset_high:ulong', 'flags:flags=rwf_flags',
  ]),
  row(328, 'pwritev2', 'int', 'desc', [
    'fd:fd', 'iov:array=iovec<@2', 'iovcnt:ulong', 'offset:long', 'offset_high:ulong', 'flags:flags=rwf_flags',
  ]),
  row(329, 'pkey_mprotect', 'int', 'memory', ['addr:ptr', 'length:ulong', 'prot:flags=mmap_prot', 'pkey:int']),
  row(330, 'pkey_alloc', 'int', '', ['flags:hex', 'access_rights:flags=pkey_access']),
  row(331, 'pkey_free', 'int', '', ['pkey:int']),
  row(332, 'statx', 'int', 'desc file fstat statlike', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=at', 'mask:flags=statx_mask', 'statxbuf:struct=statx>',
  ]),
  row(333, 'io_pgetevents', 'int', '', [
    'ctx_id:ptr', 'min_nr:long', 'nr:long', 'events:array=io_event>@ret', 'timeout:struct=timespec<',
    'sig:ptr<',
  ]),
  row(334, 'rseq', 'int', '', ['rseq:struct=rseq<>', 'rseq_len:uint', 'flags:flags=rseq_flags', 'sig:hex']),
  row(335, 'uretprobe', 'int', '', []),
  row(336, 'uprobe', 'int', '', []),
  // 337–423: unused on x86-64 (reserved to keep the numbers of later calls common to all arches).
  row(424, 'pidfd_send_signal', 'int', 'desc signal process', [
    'pidfd:fd', 'signum:signo', 'info:struct=siginfo<', 'flags:flags=pidfd_send_signal_flags',
  ]),
  row(425, 'io_uring_setup', 'fd', 'desc', ['entries:uint', 'params:ptr<>']),
  row(426, 'io_uring_enter', 'int', 'desc signal', [
    'fd:fd', 'to_submit:uint', 'min_complete:uint', 'flags:hex', 'sigset:ptr<', 'sigsetsize:ulong',
  ]),
  row(427, 'io_uring_register', 'int', 'desc memory', ['fd:fd', 'opcode:uint', 'arg:ptr<>', 'nr_args:uint']),
  row(428, 'open_tree', 'fd', 'desc file', ['dirfd:dirfd', 'pathname:path', 'flags:flags=open_tree_flags']),
  row(429, 'move_mount', 'int', 'desc file', [
    'from_dfd:dirfd', 'from_pathname:path', 'to_dfd:dirfd', 'to_pathname:path',
    'flags:flags=move_mount_flags',
  ]),
  row(430, 'fsopen', 'fd', 'desc', ['fsname:str', 'flags:flags=fsopen_flags']),
  row(431, 'fsconfig', 'int', 'desc file', [
    'fd:fd', 'cmd:enum=fsconfig_cmd', 'key:ptr<', 'value:ptr<', 'aux:int',
  ]),
  row(432, 'fsmount', 'fd', 'desc', ['fd:fd', 'flags:flags=fsmount_flags', 'attr_flags:flags=mount_attr_flags']),
  row(433, 'fspick', 'fd', 'desc file', ['dirfd:dirfd', 'pathname:path', 'flags:flags=fspick_flags']),
  row(434, 'pidfd_open', 'fd', 'desc', ['pid:pid', 'flags:flags=pidfd_open_flags']),
  row(435, 'clone3', 'pid', 'process', ['cl_args:struct=clone_args<@1', 'size:ulong']),
  row(436, 'close_range', 'int', '', ['first:uint', 'last:uint', 'flags:flags=close_range_flags']),
  row(437, 'openat2', 'fd', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'how:struct=open_how<@3', 'size:ulong',
  ]),
  row(438, 'pidfd_getfd', 'fd', 'desc', ['pidfd:fd', 'targetfd:int', 'flags:hex']),
  row(439, 'faccessat2', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'mode:flags=access_mode', 'flags:flags=faccessat_flags',
  ]),
  row(440, 'process_madvise', 'int', 'desc', [
    'pidfd:fd', 'iovec:array=iovec<@2', 'n:ulong', 'advice:enum=madvise', 'flags:hex',
  ]),
  row(441, 'epoll_pwait2', 'int', 'desc', [
    'epfd:fd', 'events:array=epoll_event>@ret', 'maxevents:int', 'timeout:struct=timespec<',
    'sigmask:struct=sigset<', 'sigsetsize:ulong',
  ]),
  row(442, 'mount_setattr', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=at', 'attr:struct=mount_attr<@4', 'size:ulong',
  ]),
  row(443, 'quotactl_fd', 'int', 'desc', ['fd:fd', 'op:enum=quotactl_cmd', 'id:int', 'addr:ptr<>']),
  row(444, 'landlock_create_ruleset', 'fd', 'desc', ['attr:ptr<', 'size:ulong', 'flags:hex']),
  row(445, 'landlock_add_rule', 'int', 'desc', [
    'ruleset_fd:fd', 'rule_type:enum=landlock_rule_type', 'rule_attr:ptr<', 'flags:hex',
  ]),
  row(446, 'landlock_restrict_self', 'int', 'desc', ['ruleset_fd:fd', 'flags:hex']),
  row(447, 'memfd_secret', 'fd', 'desc', ['flags:flags=memfd_secret_flags']),
  row(448, 'process_mrelease', 'int', 'desc', ['pidfd:fd', 'flags:hex']),
  row(449, 'futex_waitv', 'int', '', [
    'waiters:ptr<', 'nr_futexes:uint', 'flags:hex', 'timeout:struct=timespec<', 'clockid:enum=clockid',
  ]),
  row(450, 'set_mempolicy_home_node', 'int', 'memory', ['start:ptr', 'len:ulong', 'home_node:ulong', 'flags:hex']),
  row(451, 'cachestat', 'int', 'desc', ['fd:fd', 'cstat_range:ptr<', 'cstat:ptr>', 'flags:hex']),
  row(452, 'fchmodat2', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'mode:mode', 'flags:flags=at']),
  row(453, 'map_shadow_stack', 'hex', 'memory', ['addr:ptr', 'len:ulong', 'flags:flags=shadow_stack_flags']),
  row(454, 'futex_wake', 'int', '', ['uaddr:ptr', 'mask:hex', 'nr:int', 'flags:flags=futex2_flags']),
  row(455, 'futex_wait', 'int', '', [
    'uaddr:ptr', 'val:ulong', 'mask:hex', 'flags:flags=futex2_flags', 'timeout:struct=timespec<',
    'clockid:enum=clockid',
  ]),
  row(456, 'futex_requeue', 'int', '', ['waiters:ptr<', 'flags:hex', 'nr_wake:int', 'nr_requeue:int']),
  row(457, 'statmount', 'int', '', ['req:ptr<', 'buf:ptr>', 'bufsize:ulong', 'flags:flags=statmount_flags']),
  row(458, 'listmount', 'int', '', [
    'req:ptr<', 'mnt_ids:longarray>@ret', 'nr_mnt_ids:ulong', 'flags:flags=listmount_flags',
  ]),
  row(459, 'lsm_get_self_attr', 'int', '', [
    'attr:enum=lsm_attr', 'ctx:ptr>', 'size:intarray<>#1', 'flags:flags=lsm_flags',
  ]),
  row(460, 'lsm_set_self_attr', 'int', '', ['attr:enum=lsm_attr', 'ctx:ptr<', 'size:uint', 'flags:hex']),
  row(461, 'lsm_list_modules', 'int', '', ['ids:longarray>@ret', 'size:intarray<>#1', 'flags:hex']),
  row(462, 'mseal', 'int', 'memory', ['addr:ptr', 'length:ulong', 'flags:hex']),
  row(463, 'setxattrat', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=at', 'name:str', 'args:ptr<', 'size:ulong',
  ]),
  row(464, 'getxattrat', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=at', 'name:str', 'args:ptr<>', 'size:ulong',
  ]),
  row(465, 'listxattrat', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=at', 'list:buf>@ret', 'size:ulong',
  ]),
  row(466, 'removexattrat', 'int', 'desc file', ['dirfd:dirfd', 'pathname:path', 'flags:flags=at', 'name:str']),
  row(467, 'open_tree_attr', 'fd', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'flags:flags=open_tree_flags', 'attr:struct=mount_attr<@4', 'size:ulong',
  ]),
  row(468, 'file_getattr', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'attr:ptr>', 'size:ulong', 'flags:flags=at',
  ]),
  row(469, 'file_setattr', 'int', 'desc file', [
    'dirfd:dirfd', 'pathname:path', 'attr:ptr<', 'size:ulong', 'flags:flags=at',
  ]),
  row(470, 'listns', 'int', '', ['req:ptr<', 'ns_ids:longarray>@ret', 'nr_ns_ids:ulong', 'flags:hex']),
  row(471, 'rseq_slice_yield', 'int', '', []),
] as const;

/** Every x86-64 syscall, ordered by number; gaps in the numbering have no row. */
export const SYSCALLS: readonly SyscallSpec[] = Object.freeze(ROWS as readonly SyscallSpec[]);

/** The highest syscall number in the table. */
export const SYSCALL_MAX_NR: number = Math.max(...ROWS.map((r) => r.nr));

/** A syscall name the table knows, as strace prints it: 'openat', 'newfstatat'. */
export type SyscallName = (typeof ROWS)[number]['name'];

type SysTable = { readonly [R in (typeof ROWS)[number] as R['name']]: R['nr'] };

/** name → number, with literal types: `SYS.openat` is `257`. Frozen. */
export const SYS: SysTable = Object.freeze(
  Object.fromEntries(ROWS.map((r) => [r.name, r.nr])),
) as SysTable;

const BY_NR: readonly (SyscallSpec | undefined)[] = (() => {
  const a: (SyscallSpec | undefined)[] = new Array<SyscallSpec | undefined>(SYSCALL_MAX_NR + 1).fill(undefined);
  for (const r of ROWS) a[r.nr] = r;
  return Object.freeze(a);
})();

const BY_NAME: ReadonlyMap<string, SyscallSpec> = new Map(ROWS.map((r) => [r.name, r] as const));

/** The row for a syscall number, or undefined for gaps, negatives and numbers past the table. */
export function syscallByNr(nr: number): SyscallSpec | undefined {
  return BY_NR[nr];
}

/** The row for a syscall name as strace prints it ('newfstatat', 'pread64', '_sysctl'). */
export function syscallByName(name: string): SyscallSpec | undefined {
  return BY_NAME.get(name);
}

/** Names of the syscalls in one strace trace class, in number order (`-e trace=%file`). */
export function syscallNamesInClass(cls: TraceClass): readonly string[] {
  return ROWS.filter((r) => (r.classes as readonly TraceClass[]).includes(cls)).map((r) => r.name);
}

function collect(pick: (a: ArgSpec) => string | undefined): readonly string[] {
  const names = new Set<string>();
  for (const r of ROWS) {
    for (const a of r.args) {
      const n = pick(a);
      if (n !== undefined) names.add(n);
    }
  }
  return Object.freeze([...names].sort());
}

/** Every flags/enum value-table name the table uses (abi/xlat.ts must define each). Sorted. */
export const SET_NAMES_USED: readonly string[] = collect((a) => a.set);

/** Every struct layout name the table uses (abi/structs.ts must define each). Sorted. */
export const STRUCT_NAMES_USED: readonly string[] = collect((a) => a.struct);
