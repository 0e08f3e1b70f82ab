// test/abi/syscalls.test.ts — checks abi/syscalls.ts against the host's uapi header, strace's
// trace-class membership (the lists below were read off strace master's x86_64 syscallent.h and
// copied from shared/research/conventions.md §1.6) and the table's own consistency.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SET_NAMES_USED,
  STRUCT_NAMES_USED,
  SYS,
  SYSCALLS,
  SYSCALL_MAX_NR,
  syscallByName,
  syscallByNr,
  syscallNamesInClass,
} from '../../abi/syscalls';
import { parseArg, POINTER_KINDS, type ArgSpec, type TraceClass } from '../../abi/types';

const HOST_HEADER = '/usr/include/x86_64-linux-gnu/asm/unistd_64.h';

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

/** strace's class membership on x86_64 (conventions.md §1.6). */
const EXPECTED_CLASSES: Record<string, string[]> = {
  file: words(`open stat lstat access execve truncate getcwd chdir rename mkdir rmdir creat link
    unlink symlink readlink chmod chown lchown utime mknod uselib statfs pivot_root chroot acct mount
    umount2 swapon swapoff quotactl setxattr lsetxattr getxattr lgetxattr listxattr llistxattr
    removexattr lremovexattr utimes inotify_add_watch openat mkdirat mknodat fchownat futimesat
    newfstatat unlinkat renameat linkat symlinkat readlinkat fchmodat faccessat utimensat
    fanotify_mark name_to_handle_at renameat2 execveat statx open_tree move_mount fsconfig fspick
    openat2 faccessat2 mount_setattr fchmodat2 setxattrat getxattrat listxattrat removexattrat
    open_tree_attr file_getattr file_setattr`),
  desc: words(`read write open close fstat poll lseek mmap ioctl pread64 pwrite64 readv writev pipe
    select dup dup2 sendfile fcntl flock fsync fdatasync ftruncate getdents fchdir creat fchmod fchown
    fstatfs readahead fsetxattr fgetxattr flistxattr fremovexattr epoll_create getdents64 fadvise64
    epoll_wait epoll_ctl mq_open mq_timedsend mq_timedreceive mq_notify mq_getsetattr inotify_init
    inotify_add_watch inotify_rm_watch openat mkdirat mknodat fchownat futimesat newfstatat unlinkat
    renameat linkat symlinkat readlinkat fchmodat faccessat pselect6 ppoll splice tee sync_file_range
    vmsplice utimensat epoll_pwait signalfd timerfd_create eventfd fallocate timerfd_settime
    timerfd_gettime signalfd4 eventfd2 epoll_create1 dup3 pipe2 inotify_init1 preadv pwritev
    perf_event_open fanotify_init fanotify_mark name_to_handle_at open_by_handle_at syncfs setns
    finit_module renameat2 memfd_create kexec_file_load bpf execveat userfaultfd copy_file_range
    preadv2 pwritev2 statx pidfd_send_signal io_uring_setup io_uring_enter io_uring_register
    open_tree move_mount fsopen fsconfig fsmount fspick pidfd_open openat2 pidfd_getfd faccessat2
    process_madvise epoll_pwait2 mount_setattr quotactl_fd landlock_create_ruleset landlock_add_rule
    landlock_restrict_self memfd_secret process_mrelease cachestat fchmodat2 setxattrat getxattrat
    listxattrat removexattrat open_tree_attr file_getattr file_setattr`),
  network: words(`sendfile socket connect accept sendto recvfrom sendmsg recvmsg shutdown bind listen
    getsockname getpeername socketpair setsockopt getsockopt getpmsg putpmsg accept4 recvmmsg
    sendmmsg`),
  process: words(`clone fork vfork execve exit wait4 kill rt_sigqueueinfo tkill exit_group tgkill
    waitid rt_tgsigqueueinfo execveat pidfd_send_signal clone3`),
  signal: words(`rt_sigaction rt_sigprocmask rt_sigreturn pause kill rt_sigpending rt_sigtimedwait
    rt_sigqueueinfo rt_sigsuspend sigaltstack tkill tgkill signalfd signalfd4 rt_tgsigqueueinfo
    pidfd_send_signal io_uring_enter`),
  memory: words(`mmap mprotect munmap brk mremap msync mincore madvise shmat shmdt mlock munlock
    mlockall munlockall io_setup io_destroy remap_file_pages mbind set_mempolicy get_mempolicy
    migrate_pages move_pages mlock2 pkey_mprotect io_uring_register set_mempolicy_home_node
    map_shadow_stack mseal`),
  ipc: words(`shmget shmat shmctl semget semop semctl shmdt msgget msgsnd msgrcv msgctl semtimedop`),
  creds: words(`getuid getgid setuid setgid geteuid getegid setreuid setregid getgroups setgroups
    setresuid getresuid setresgid getresgid setfsuid setfsgid capget capset prctl`),
  clock: words(`gettimeofday adjtimex settimeofday time clock_settime clock_gettime clock_getres
    clock_adjtime`),
  pure: words(`getpid getuid getgid geteuid getegid getppid getpgrp gettid`),
  statlike: words(`stat fstat lstat newfstatat statx`),
  fstat: words(`fstat newfstatat statx`),
  stat: words(`stat`),
  lstat: words(`lstat`),
  statfs: words(`statfs`),
  fstatfs: words(`fstatfs`),
  statfslike: words(`ustat statfs fstatfs`),
};

const EXPECTED_COUNTS: Record<string, number> = {
  file: 75, desc: 132, network: 21, process: 16, signal: 17, memory: 28, ipc: 12, creds: 19,
  clock: 8, pure: 8,
};

/** strace's SYSCALL_NEVER_FAILS (NF) calls on x86_64. */
const NEVER_FAILS = words(`getpid umask getuid getgid geteuid getegid getppid getpgrp setfsuid
  setfsgid personality gettid`);

/** Writes an ArgSpec back in parseArg's notation. */
function toNotation(a: ArgSpec): string {
  const param = a.set ?? a.struct;
  const dir = a.dir === 'inout' ? '<>' : a.dir === 'out' ? '>' : '';
  let len = '';
  if (a.len) {
    if ('ret' in a.len) len = '@ret';
    else if ('argPtr' in a.len) len = `@*${a.len.argPtr}`;
    else if ('arg' in a.len) len = `@${a.len.arg}`;
    else len = `#${a.len.fixed}`;
  }
  return `${a.name}:${a.kind}${param !== undefined ? `=${param}` : ''}${dir}${len}`;
}

describe('abi/syscalls: the x86-64 table', () => {
  it('matches every number of the host uapi header, name for name', () => {
    if (!existsSync(HOST_HEADER)) {
      console.warn(`skipped: ${HOST_HEADER} does not exist on this host (install linux-libc-dev)`);
      return;
    }
    const text = readFileSync(HOST_HEADER, 'utf8');
    const defs = [...text.matchAll(/^#define __NR_(\w+)\s+(\d+)\s*$/gm)];
    expect(defs.length).toBeGreaterThan(300);
    for (const m of defs) {
      const name = m[1]!;
      const nr = Number(m[2]);
      expect(syscallByNr(nr)?.name, `__NR_${name} = ${nr}`).toBe(name);
      expect(syscallByName(name)?.nr, `__NR_${name}`).toBe(nr);
    }
  });

  it('runs 0 … 336 and 424 … 471 with no other rows, in number order', () => {
    expect(SYSCALL_MAX_NR).toBe(471);
    const nrs = SYSCALLS.map((s) => s.nr);
    const expected = [
      ...Array.from({ length: 337 }, (_, i) => i),
      ...Array.from({ length: 471 - 424 + 1 }, (_, i) => 424 + i),
    ];
    expect(nrs).toEqual(expected);
    expect(SYSCALLS).toHaveLength(385);
    expect(syscallByNr(337)).toBeUndefined();
    expect(syscallByNr(423)).toBeUndefined();
    expect(syscallByNr(472)).toBeUndefined();
    expect(syscallByNr(-1)).toBeUndefined();
    expect(syscallByNr(512)).toBeUndefined();
    expect(syscallByNr(1.5)).toBeUndefined();
  });

  it('has no duplicate numbers or names', () => {
    expect(new Set(SYSCALLS.map((s) => s.nr)).size).toBe(SYSCALLS.length);
    expect(new Set(SYSCALLS.map((s) => s.name)).size).toBe(SYSCALLS.length);
  });

  it('looks rows up by number and by name, and SYS agrees', () => {
    for (const s of SYSCALLS) {
      expect(syscallByNr(s.nr)).toBe(s);
      expect(syscallByName(s.name)).toBe(s);
      expect((SYS as Record<string, number>)[s.name]).toBe(s.nr);
    }
    expect(Object.keys(SYS)).toHaveLength(SYSCALLS.length);
    expect(Object.isFrozen(SYS)).toBe(true);
    expect(SYS.read).toBe(0);
    expect(SYS.openat).toBe(257);
    expect(SYS.newfstatat).toBe(262);
    expect(SYS._sysctl).toBe(156);
    expect(SYS.rseq_slice_yield).toBe(471);
    expect(syscallByName('stat64')).toBeUndefined();
  });

  it('uses the names strace prints', () => {
    for (const n of ['newfstatat', 'pread64', 'pwrite64', '_sysctl', 'rt_sigaction', 'umount2',
      'sendfile', 'fadvise64', 'prlimit64', 'quotactl_fd', 'uname', 'exit_group']) {
      expect(syscallByName(n), n).toBeDefined();
    }
  });

  it('has args that parse, at most 6 of them, with consistent lengths and directions', () => {
    for (const s of SYSCALLS) {
      expect(s.args.length, s.name).toBeLessThanOrEqual(6);
      for (const a of s.args) {
        // Rows are parsed when the module loads; round-trip each spec through the notation.
        const text = toNotation(a);
        expect(() => parseArg(text), `${s.name}.${a.name}`).not.toThrow();
        expect(parseArg(text), text).toEqual(a);
        if (!POINTER_KINDS.has(a.kind)) expect(a.dir, `${s.name}.${a.name}`).toBe('in');
        if (a.kind === 'flags' || a.kind === 'enum') expect(a.set, `${s.name}.${a.name}`).toBeTruthy();
        if (a.kind === 'struct' || a.kind === 'array') expect(a.struct, `${s.name}.${a.name}`).toBeTruthy();
        if (a.kind === 'buf' || a.kind === 'array' || a.kind === 'intarray' || a.kind === 'longarray') {
          expect(a.len, `${s.name}.${a.name} needs a length`).toBeDefined();
        }
        const len = a.len;
        if (len && 'arg' in len) expect(len.arg).toBeLessThan(s.args.length);
        if (len && 'argPtr' in len) expect(len.argPtr).toBeLessThan(s.args.length);
      }
      expect(new Set(s.args.map((a) => a.name)).size, `${s.name}: duplicate argument names`).toBe(s.args.length);
    }
  });

  it('decodes the compact notation as intended', () => {
    const openat = syscallByName('openat')!;
    expect(openat.args.map((a) => [a.name, a.kind, a.set ?? null])).toEqual([
      ['dirfd', 'dirfd', null], ['pathname', 'path', null], ['flags', 'flags', 'open'], ['mode', 'mode', null],
    ]);
    expect(openat.ret).toBe('fd');
    const read = syscallByName('read')!;
    expect(read.args[1]).toEqual({ name: 'buf', kind: 'buf', dir: 'out', len: { ret: true } });
    const fstat = syscallByName('fstat')!;
    expect(fstat.args[1]).toEqual({ name: 'statbuf', kind: 'struct', dir: 'out', struct: 'stat' });
    expect(fstat.classes).toEqual(['desc', 'fstat', 'statlike']);
    const accept = syscallByName('accept')!;
    expect(accept.args[1]!.len).toEqual({ argPtr: 2 });
    expect(accept.args[2]).toEqual({ name: 'addrlen', kind: 'intarray', dir: 'inout', len: { fixed: 1 } });
    expect(syscallByName('pipe')!.args[0]).toEqual({
      name: 'pipefd', kind: 'intarray', dir: 'out', len: { fixed: 2 },
    });
    expect(syscallByName('poll')!.args[0]!.dir).toBe('inout');
  });

  it('has the return kinds strace prints', () => {
    const ret = (n: string): string => syscallByName(n)!.ret;
    for (const n of ['mmap', 'brk', 'mremap', 'shmat']) expect(ret(n), n).toBe('hex');
    expect(ret('umask')).toBe('oct');
    for (const n of ['exit', 'exit_group']) expect(ret(n), n).toBe('none');
    expect(SYSCALLS.filter((s) => s.ret === 'none').map((s) => s.name)).toEqual(['exit', 'exit_group']);
    expect(ret('rt_sigreturn')).toBe('int');
    for (const n of ['fork', 'vfork', 'clone', 'clone3', 'getpid', 'getppid', 'gettid', 'wait4']) {
      expect(ret(n), n).toBe('pid');
    }
    for (const n of ['getuid', 'geteuid']) expect(ret(n), n).toBe('uid');
    for (const n of ['getgid', 'getegid']) expect(ret(n), n).toBe('gid');
    for (const n of ['open', 'openat', 'openat2', 'creat', 'dup', 'dup2', 'dup3', 'socket', 'accept',
      'accept4', 'epoll_create1', 'eventfd2', 'timerfd_create', 'signalfd4', 'inotify_init1',
      'memfd_create', 'pidfd_open', 'pidfd_getfd', 'fsopen', 'fsmount', 'open_tree', 'perf_event_open']) {
      expect(ret(n), n).toBe('fd');
    }
  });

  it("matches strace's trace-class membership", () => {
    for (const [cls, names] of Object.entries(EXPECTED_CLASSES)) {
      expect([...syscallNamesInClass(cls as TraceClass)].sort(), `%${cls}`).toEqual([...names].sort());
    }
    for (const [cls, n] of Object.entries(EXPECTED_COUNTS)) {
      expect(EXPECTED_CLASSES[cls], cls).toHaveLength(n);
    }
    // Every class a row carries is one of the expected lists (no stray memberships).
    for (const s of SYSCALLS) {
      for (const c of s.classes) expect(EXPECTED_CLASSES[c], `${s.name} %${c}`).toContain(s.name);
    }
    for (const n of ['futex', 'nanosleep', 'clock_nanosleep', 'getrandom', 'uname', 'umask',
      'prlimit64', 'set_tid_address', 'rseq', 'arch_prctl', 'close_range', 'seccomp']) {
      expect(syscallByName(n)!.classes, n).toEqual([]);
    }
  });

  it("marks strace's never-fails calls", () => {
    expect(SYSCALLS.filter((s) => s.neverFails).map((s) => s.name).sort()).toEqual([...NEVER_FAILS].sort());
  });

  it('exports the value-table and struct names it uses', () => {
    const sets = new Set<string>();
    const structs = new Set<string>();
    for (const s of SYSCALLS) {
      for (const a of s.args) {
        if (a.set !== undefined) sets.add(a.set);
        if (a.struct !== undefined) structs.add(a.struct);
      }
    }
    expect([...SET_NAMES_USED]).toEqual([...sets].sort());
    expect([...STRUCT_NAMES_USED]).toEqual([...structs].sort());
    for (const n of ['open', 'at', 'clockid', 'mmap_prot', 'mmap_flags', 'socket_family']) {
      expect(SET_NAMES_USED).toContain(n);
    }
    for (const n of ['stat', 'statx', 'timespec', 'sockaddr', 'sigaction', 'sigset', 'epoll_event']) {
      expect(STRUCT_NAMES_USED).toContain(n);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SYSCALLS)).toBe(true);
    for (const s of SYSCALLS) {
      expect(Object.isFrozen(s)).toBe(true);
      expect(Object.isFrozen(s.args)).toBe(true);
      expect(Object.isFrozen(s.classes)).toBe(true);
    }
  });
});
