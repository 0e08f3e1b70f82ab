// test/userland/strace/host.test.ts — the strace formatter against the real strace: each C program
// runs under /usr/bin/strace, the same calls (same arguments, results and memory) are replayed as
// kernel events into our Strace, and the two outputs must be identical (long addresses aside).
// Skipped where gcc, strace or ptrace are missing.

import { describe, expect, it } from 'vitest';
import { hostStraceAvailable, normalize, replay, runUnderStrace, type HostOptions } from './host_replay';

const available = hostStraceAvailable();

function check(body: string, opts: HostOptions = {}, extra: { timing?: boolean } = {}): string[] {
  const run = runUnderStrace(body, opts);
  expect(run.expected.length).toBeGreaterThan(0);
  const ours = replay(run, {
    follow: opts.follow ?? false,
    strsize: opts.strsize ?? 32,
    verbose: opts.verbose ?? false,
    toFile: opts.toFile !== false,
    ...extra,
  });
  expect(normalize(ours)).toEqual(normalize(run.expected));
  return run.expected;
}

describe.skipIf(!available)('strace formatter vs host strace', () => {
  it('openat with and without O_CREAT, read/write escaping, errors, close', () => {
    const body = String.raw`
      long fd = R4(SYS_openat, AT_FDCWD, S("data.txt"), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
      static const char data[] = "hello\n\tworld\0\1\177\"\\ 0123456789abcdefghijklmnopqrstuvwxyz";
      R3(SYS_write, fd, M(data, sizeof data - 1), sizeof data - 1);
      R3(SYS_write, fd, S("short\r\f\v"), 8);
      R3(SYS_write, fd, M("\0\0012\0033", 5), 5);
      R3(SYS_write, fd, S(""), 0);
      R1(SYS_close, fd);
      fd = R3(SYS_openat, AT_FDCWD, S("data.txt"), O_RDONLY);
      char *rb = A(4096);
      R3(SYS_read, fd, rb, 10);
      R3(SYS_read, fd, rb, 4096);
      R3(SYS_read, fd, rb, 4096);
      R3(SYS_read, 999, rb, 10);
      R4(SYS_openat, AT_FDCWD, S("missing/nope"), O_RDONLY, 0);
      R4(SYS_openat, AT_FDCWD, S("."), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_LARGEFILE, 0);
      R4(SYS_openat, 3, S("x"), O_RDWR | O_APPEND | O_EXCL | O_CREAT | 0x10000000, 0600);
      R3(SYS_lseek, fd, 3, SEEK_SET);
      R3(SYS_lseek, fd, -1, SEEK_END);
      R3(SYS_lseek, fd, 0, 77);
      R1(SYS_close, fd);
      R1(SYS_close, fd);
    `;
    const lines = check(body);
    expect(lines.some((l) => l.includes('O_CREAT'))).toBe(true);
    check(body, { strsize: 0 });
    check(body, { strsize: 100 });
    check(body, { strsize: 13 });
  });

  it('-s 8 truncation, long and short lines around column 40', () => {
    check(String.raw`
      R3(SYS_write, 1, S("0123456789"), 10);
      R3(SYS_write, 1, S("01234567"), 8);
      R3(SYS_write, 1, S("0123456"), 7);
      R3(SYS_write, -1, S("a"), 1);
      R4(SYS_openat, AT_FDCWD, S("a/very/long/path/that/is/never/truncated/by/the/-s/option"), O_RDONLY, 0);
      R1(SYS_close, 12345);
      R0(SYS_getppid);
    `, { strsize: 8 });
  });

  it('fstat, newfstatat, statx, pipe2, dup3, getcwd, readlink', () => {
    check(String.raw`
      long fd = R4(SYS_openat, AT_FDCWD, S("f"), O_WRONLY | O_CREAT, 0640);
      R3(SYS_write, fd, S("12345"), 5);
      R2(SYS_fstat, fd, A(sizeof(struct stat)));
      R2(SYS_fstat, 4242, A(sizeof(struct stat)));
      R4(SYS_newfstatat, AT_FDCWD, S("f"), A(sizeof(struct stat)), 0);
      R4(SYS_newfstatat, AT_FDCWD, S("."), A(sizeof(struct stat)), AT_SYMLINK_NOFOLLOW);
      R4(SYS_newfstatat, AT_FDCWD, S("/dev/null"), A(sizeof(struct stat)), 0);
      R4(SYS_newfstatat, fd, S(""), A(sizeof(struct stat)), AT_EMPTY_PATH);
      R4(SYS_newfstatat, AT_FDCWD, S("nope"), A(sizeof(struct stat)), 0);
      R5(SYS_statx, AT_FDCWD, S("f"), AT_STATX_SYNC_AS_STAT | AT_SYMLINK_NOFOLLOW, STATX_MODE | STATX_SIZE, A(256));
      int *fds = A(8);
      R2(SYS_pipe2, fds, O_CLOEXEC);
      R2(SYS_pipe2, fds, 0);
      R2(SYS_pipe2, NULL, 0);
      R3(SYS_dup3, fds[0], 20, O_CLOEXEC);
      R1(SYS_dup, fds[1]);
      R2(SYS_dup2, fds[1], 21);
      R2(SYS_getcwd, A(4096), 4096);
      R2(SYS_getcwd, A(4096), 1);
      R3(SYS_symlinkat, S("target/of/the/link"), AT_FDCWD, S("lnk"));
      R4(SYS_readlinkat, AT_FDCWD, S("lnk"), A(64), 64);
      R4(SYS_readlinkat, AT_FDCWD, S("f"), A(64), 64);
      R3(SYS_readlink, S("lnk"), A(64), 4);
      R3(SYS_faccessat, AT_FDCWD, S("f"), R_OK | W_OK);
      R2(SYS_access, S("nope"), F_OK);
      R3(SYS_unlinkat, AT_FDCWD, S("lnk"), 0);
      R3(SYS_mkdirat, AT_FDCWD, S("d"), 0755);
      R3(SYS_unlinkat, AT_FDCWD, S("d"), AT_REMOVEDIR);
      R1(SYS_umask, 022);
      R1(SYS_umask, 077);
      long g = R3(SYS_openat, AT_FDCWD, S("f"), O_RDONLY);
      long long *off = A(8); *off = 1;
      R4(SYS_sendfile, fds[1], g, off, 3);
      R4(SYS_sendfile, fds[1], g, NULL, 1);
      R4(SYS_sendfile, fds[1], 999, off, 3);
      *off = 0;
      R6(SYS_splice, g, off, fds[1], NULL, 2, SPLICE_F_NONBLOCK);
      R6(SYS_copy_file_range, g, off, 999, NULL, 2, 0);
    `);
  });

  it('uname, clock_gettime, nanosleep, rlimits, rusage, sysinfo, time calls', () => {
    check(String.raw`
      R1(SYS_uname, A(sizeof(struct utsname)));
      R2(SYS_clock_gettime, CLOCK_MONOTONIC, A(16));
      R2(SYS_clock_gettime, 77, A(16));
      struct timespec ts = { 0, 1000000 };
      R2(SYS_nanosleep, M(&ts, sizeof ts), NULL);
      R2(SYS_nanosleep, M(&ts, sizeof ts), A(16));
      ts.tv_nsec = 2000000000;
      R2(SYS_nanosleep, M(&ts, sizeof ts), NULL);
      R4(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, A(16));
      struct rlimit rl = { 1024 * 8, RLIM_INFINITY };
      R4(SYS_prlimit64, 0, RLIMIT_STACK, M(&rl, sizeof rl), A(16));
      R2(SYS_getrlimit, RLIMIT_CORE, A(16));
      R2(SYS_getrusage, RUSAGE_CHILDREN, A(sizeof(struct rusage)));
      R2(SYS_getrusage, 42, A(sizeof(struct rusage)));
      R2(SYS_gettimeofday, A(16), NULL);
      R4(SYS_clock_nanosleep, CLOCK_REALTIME, 0, M(&ts, sizeof ts), NULL);
      R1(SYS_time, NULL);
      R1(SYS_time, A(8));
      R1(SYS_times, A(32));
      R2(SYS_getgroups, 0, NULL);
      R2(SYS_getgroups, 16, A(64));
      R4(SYS_rseq, A(32), 32, 0, 0x53053053);
      R1(SYS_set_tid_address, A(4));
      R3(SYS_getrandom, A(16), 16, GRND_NONBLOCK);
      R1(SYS_sysinfo, A(sizeof(struct sysinfo)));
      R0(SYS_getuid);
      R1(SYS_alarm, 0);
      R2(SYS_setpgid, 0, 0);
      R0(SYS_getpgrp);
      R3(SYS_setresuid, -1, -1, -1);
      R2(SYS_gettimeofday, A(16), A(8));
    `);
  });

  it('uname and rusage with -v', () => {
    check(String.raw`
      R1(SYS_uname, A(sizeof(struct utsname)));
      R2(SYS_getrusage, RUSAGE_SELF, A(sizeof(struct rusage)));
      long fd = R4(SYS_openat, AT_FDCWD, S("f"), O_WRONLY | O_CREAT, 0640);
      R2(SYS_fstat, fd, A(sizeof(struct stat)));
      R5(SYS_statx, AT_FDCWD, S("f"), 0, STATX_BASIC_STATS, A(256));
      R1(SYS_sysinfo, NULL);
    `, { verbose: true });
  });

  it('kill, rt_sigaction, rt_sigprocmask, a handled signal and rt_sigreturn', () => {
    check(String.raw`
      long pid = R0(SYS_getpid);
      R2(SYS_kill, pid, 0);
      R2(SYS_kill, -1, 99);
      struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } act = {
        (void *)SIG_IGN, SA_RESTART | 0x04000000, (void *)0x401000, (1UL << (SIGINT - 1)) | (1UL << (SIGTERM - 1)) | (1UL << 40) };
      R4(SYS_rt_sigaction, SIGUSR1, M(&act, sizeof act), A(sizeof act), 8);
      R4(SYS_rt_sigaction, SIGUSR2, NULL, A(sizeof act), 8);
      R4(SYS_rt_sigaction, SIGKILL, M(&act, sizeof act), NULL, 8);
      unsigned long *set = A(8);
      *set = ~0UL & ~(1UL << (SIGCHLD - 1));
      unsigned long *old = A(8);
      R4(SYS_rt_sigprocmask, SIG_BLOCK, set, old, 8);
      R4(SYS_rt_sigprocmask, SIG_SETMASK, old, NULL, 8);
      R4(SYS_rt_sigprocmask, SIG_UNBLOCK, NULL, old, 8);
      R4(SYS_rt_sigprocmask, 7, set, NULL, 4);
      R3(SYS_tgkill, pid, pid, 0);
      R2(SYS_kill, pid, SIGUSR1);
    `);
  });

  it('a handled signal: the --- SIGUSR1 --- line and rt_sigreturn', () => {
    const lines = check(String.raw`
      long pid = R0(SYS_getpid);
      R2(SYS_kill, pid, SIGUSR1);
      R3(SYS_tgkill, pid, pid, SIGUSR2);
      R0(SYS_getppid);
    `, { globals: 'static void h(int s) { (void)s; }', setup: 'signal(SIGUSR1, h); signal(SIGUSR2, h);' });
    expect(lines.some((l) => l.startsWith('--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER'))).toBe(true);
    expect(lines.some((l) => l.startsWith('rt_sigreturn({mask=[]})'))).toBe(true);
  });

  it('fcntl, ioctl, prctl, futex, arch_prctl, mmap, mprotect, brk', () => {
    check(String.raw`
      long fd = R4(SYS_openat, AT_FDCWD, S("f"), O_RDWR | O_CREAT | O_APPEND, 0600);
      R2(SYS_fcntl, fd, F_GETFL);
      R2(SYS_fcntl, fd, F_GETFD);
      R3(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
      R2(SYS_fcntl, fd, F_GETFD);
      R3(SYS_fcntl, fd, F_SETFL, O_NONBLOCK);
      R3(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 10);
      R3(SYS_fcntl, fd, 12345, 0x17);
      R2(SYS_fcntl, 999, F_GETFL);
      struct flock fl = { F_WRLCK, SEEK_SET, 0, 10, 0 };
      R3(SYS_fcntl, fd, F_SETLK, M(&fl, sizeof fl));
      R3(SYS_fcntl, fd, F_GETLK, M(&fl, sizeof fl));
      R3(SYS_ioctl, fd, TCGETS, A(64));
      R3(SYS_ioctl, fd, TIOCGWINSZ, A(8));
      R3(SYS_ioctl, fd, FIONREAD, A(4));
      R3(SYS_ioctl, fd, FIOCLEX, 0);
      R3(SYS_ioctl, fd, 0xdead, 0x1234);
      R2(SYS_prctl, PR_SET_NAME, S("strace-test"));
      R2(SYS_prctl, PR_SET_NAME, S("a-name-longer-than-sixteen"));
      R2(SYS_prctl, PR_GET_NAME, A(16));
      R2(SYS_prctl, PR_GET_DUMPABLE, 0);
      R5(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
      int *fu = A(4);
      R6(SYS_futex, fu, FUTEX_WAKE_PRIVATE, 2147483647, NULL, NULL, 0);
      R6(SYS_futex, fu, FUTEX_WAIT, 1, NULL, NULL, 0);
      R2(SYS_arch_prctl, 0x1003, A(8));
      R6(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      R6(SYS_mmap, NULL, 4096, PROT_NONE, MAP_SHARED, fd, 4096);
      R3(SYS_mprotect, 0x10000, 4096, PROT_READ | PROT_WRITE);
      R2(SYS_munmap, 0x7f0000000000, 4096);
      R1(SYS_brk, 0);
      R3(SYS_madvise, 0x10000, 4096, MADV_DONTNEED);
    `);
  });

  it('socket calls: socket, bind, connect, setsockopt, getsockopt, getsockname', () => {
    check(String.raw`
      long s = R3(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      int *one = A(4); *one = 1;
      R5(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, one, 4);
      struct sockaddr_in sin = { AF_INET, htons(0), { htonl(0x7f000001) } };
      R3(SYS_bind, s, M(&sin, sizeof sin), sizeof sin);
      struct sockaddr_in *got = A(sizeof sin);
      int *len = A(4); *len = sizeof sin;
      R3(SYS_getsockname, s, got, len);
      R2(SYS_listen, s, 5);
      int *ol = A(4); *ol = 4;
      R5(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, A(4), ol);
      *ol = 4;
      R5(SYS_getsockopt, s, SOL_SOCKET, SO_ERROR, A(4), ol);
      long u = R3(SYS_socket, AF_UNIX, SOCK_DGRAM, 0);
      struct sockaddr_un sun = { AF_UNIX, "/nonexistent/socket" };
      R3(SYS_connect, u, M(&sun, sizeof sun), sizeof sun);
      R3(SYS_connect, u, M(&sun, sizeof sun), 2 + 5);
      long s6 = R3(SYS_socket, AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
      struct sockaddr_in6 sin6 = { AF_INET6, htons(8080) };
      sin6.sin6_addr.s6_addr[15] = 1;
      R3(SYS_bind, s6, M(&sin6, sizeof sin6), sizeof sin6);
      R6(SYS_sendto, s6, S("ping"), 4, MSG_DONTWAIT, M(&sin6, sizeof sin6), sizeof sin6);
      struct sockaddr_in6 *from = A(sizeof sin6);
      int *flen = A(4); *flen = sizeof sin6;
      R6(SYS_recvfrom, s6, A(64), 64, 0, from, flen);
      *flen = 8;
      R6(SYS_recvfrom, s6, A(64), 64, MSG_DONTWAIT, from, flen);
      R6(SYS_recvfrom, s6, A(64), 64, MSG_DONTWAIT, NULL, NULL);
      R3(SYS_fcntl, s, F_SETFL, O_NONBLOCK);
      *len = sizeof sin;
      R4(SYS_accept4, s, got, len, SOCK_CLOEXEC);
      R3(SYS_accept, s, NULL, NULL);
      R3(SYS_socket, AF_NETLINK, SOCK_RAW, 0);
      R3(SYS_socket, 12345, SOCK_STREAM, 0);
      int *sv = A(8);
      R4(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
      R2(SYS_shutdown, sv[0], SHUT_WR);
    `);
  });

  it('iovecs, poll, epoll, getdents64 (abbreviated and -v)', () => {
    const body = String.raw`
      int *p = A(8);
      R2(SYS_pipe2, p, 0);
      struct iovec *iov = A(2 * sizeof(struct iovec));
      iov[0].iov_base = S("hello "); iov[0].iov_len = 6;
      iov[1].iov_base = S("world\n"); iov[1].iov_len = 6;
      R3(SYS_writev, p[1], iov, 2);
      struct iovec *riov = A(2 * sizeof(struct iovec));
      riov[0].iov_base = A(4); riov[0].iov_len = 4;
      riov[1].iov_base = A(16); riov[1].iov_len = 16;
      R3(SYS_readv, p[0], riov, 2);
      struct pollfd *pf = A(2 * sizeof(struct pollfd));
      pf[0].fd = p[0]; pf[0].events = POLLIN;
      pf[1].fd = p[1]; pf[1].events = POLLOUT;
      R3(SYS_poll, pf, 2, 0);
      pf[1].fd = -1;
      R3(SYS_poll, pf, 1, 0);
      long ep = R1(SYS_epoll_create1, EPOLL_CLOEXEC);
      struct epoll_event *ev = A(12 * 2);
      ev->events = EPOLLIN | EPOLLET; ev->data.u64 = 4;
      R4(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[1], ev);
      ev->events = EPOLLOUT; ev->data.u64 = 0x100000005ULL;
      R4(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], ev);
      R4(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, p[0], NULL);
      R4(SYS_epoll_wait, ep, A(12 * 4), 4, 0);
      R3(SYS_write, p[1], S("x"), 1);
      unsigned long *rfds = A(128), *wfds = A(128);
      rfds[0] = 1UL << p[0]; wfds[0] = 1UL << p[1];
      struct timeval *tv = A(16); tv->tv_sec = 1;
      R5(SYS_select, p[1] + 1, rfds, wfds, NULL, tv);
      R3(SYS_read, p[0], A(8), 8);
      rfds[0] = 1UL << p[0]; tv->tv_sec = 0; tv->tv_usec = 0;
      R5(SYS_select, p[0] + 1, rfds, NULL, NULL, tv);
      struct timespec *pts = A(16); pts->tv_nsec = 1000;
      unsigned long *smask = A(8); *smask = 1UL << (SIGINT - 1);
      unsigned long *sig6 = A(16); sig6[0] = (unsigned long)smask; sig6[1] = 8;
      rfds[0] = 1UL << p[0]; wfds[0] = 1UL << p[1];
      R6(SYS_pselect6, p[1] + 1, rfds, wfds, NULL, pts, sig6);
      pts->tv_nsec = 0;
      R6(SYS_pselect6, 0, NULL, NULL, NULL, pts, NULL);
      long d = R4(SYS_openat, AT_FDCWD, S("/usr/share/zoneinfo/Etc"), O_RDONLY | O_DIRECTORY, 0);
      R3(SYS_getdents64, d, A(1024), 1024);
      R3(SYS_getdents64, d, A(1024), 1024);
      R3(SYS_getdents64, d, A(1024), 1024);
      long d2 = R4(SYS_openat, AT_FDCWD, S("/usr/share/zoneinfo/Etc"), O_RDONLY | O_DIRECTORY, 0);
      R3(SYS_getdents, d2, A(512), 512);
      R3(SYS_getdents64, d2, A(8), 8);
      R3(SYS_getdents, 999, A(512), 512);
    `;
    check(body);
    check(body, { verbose: true });
  });

  it('flag sets and enums of many calls (failing calls, odd values)', () => {
    check(String.raw`
      R6(SYS_mmap, NULL, 4096, PROT_READ | PROT_EXEC | 0x10, MAP_SHARED | MAP_POPULATE | MAP_NORESERVE | MAP_LOCKED, 999, 0x2000);
      R6(SYS_mmap, NULL, 4096, PROT_WRITE, MAP_SHARED_VALIDATE | MAP_SYNC | 0x400, 999, 0);
      R6(SYS_mmap, NULL, 4096, PROT_NONE, 0xf | 0x80000000, 999, 0);
      R4(SYS_openat, AT_FDCWD, S("nodir/x"), O_TMPFILE | O_RDWR, 0600);
      R4(SYS_openat, AT_FDCWD, S("nodir/x"), O_WRONLY | O_SYNC | O_DSYNC | O_NOATIME | O_NOFOLLOW | O_PATH | O_NOCTTY | O_DIRECT | FASYNC, 0);
      R4(SYS_openat, AT_FDCWD, S("nodir/x"), 3, 0);
      R3(SYS_socket, AF_INET, SOCK_RAW | 0x100, IPPROTO_ICMP);
      R3(SYS_socket, AF_PACKET + 60, 7, 0);
      R4(SYS_accept4, 999, NULL, NULL, SOCK_NONBLOCK | 0x4);
      R5(SYS_statx, AT_FDCWD, S("nope"), AT_STATX_FORCE_SYNC | AT_EMPTY_PATH | 0x10000, STATX_ALL | 0x40000000, A(256));
      R3(SYS_unlinkat, AT_FDCWD, S("nope"), 0x4);
      R4(SYS_wait4, -1, NULL, WNOHANG | __WALL | WUNTRACED | WCONTINUED | 0x1000, NULL);
      R2(SYS_kill, 1 << 30, 99);
      R4(SYS_rt_sigaction, 0, NULL, NULL, 8);
      R4(SYS_rt_sigaction, SIGRTMIN + 3, NULL, A(32), 8);
      R3(SYS_madvise, 0x10000, 4096, 77);
      R4(SYS_fadvise64, 999, 0, 0, POSIX_FADV_SEQUENTIAL);
      R3(SYS_faccessat, AT_FDCWD, S("nope"), X_OK | 0x40);
      R3(SYS_fchownat, AT_FDCWD, S("nope"), -1);
      R5(SYS_fchownat, AT_FDCWD, S("nope"), 0, -1, AT_SYMLINK_NOFOLLOW);
      R2(SYS_flock, 999, LOCK_EX | LOCK_NB);
      R3(SYS_msync, 0x10000, 4096, MS_ASYNC | MS_INVALIDATE);
      R1(SYS_mlockall, MCL_CURRENT | MCL_FUTURE | 0x100);
      R2(SYS_eventfd2, 0, EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE);
      R2(SYS_timerfd_create, CLOCK_BOOTTIME, TFD_CLOEXEC);
      R1(SYS_epoll_create1, 0x1234);
      R1(SYS_inotify_init1, IN_NONBLOCK);
      R2(SYS_memfd_create, S("m"), MFD_CLOEXEC | MFD_ALLOW_SEALING);
      R2(SYS_shutdown, 999, 7);
      R3(SYS_getpriority, PRIO_USER, 0, 0);
      R2(SYS_setns, 999, CLONE_NEWNET | CLONE_NEWUTS);
      R1(SYS_unshare, 0x40000000 | 0x80);
      R3(SYS_mremap, 0x10000, 4096, 8192);
      R2(SYS_personality, 0xffffffff, 0);
      R3(SYS_msgget, IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0640, 0);
      R3(SYS_semget, 12345, 1, 0600);
      R3(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
      R3(SYS_dup3, 999, 998, O_CLOEXEC);
      R2(SYS_pipe2, A(8), O_NONBLOCK | O_DIRECT);
      R3(SYS_getrandom, A(4), 4, GRND_RANDOM | 0x40);
      R2(SYS_clock_getres, CLOCK_PROCESS_CPUTIME_ID, A(16));
      R2(SYS_clock_gettime, -6, A(16));
      R1(SYS_setuid, -1);
      R3(SYS_ioctl, 999, 0xc0186201, 0);
      R3(SYS_ioctl, 999, 0x40045431, A(4));
      R3(SYS_ioctl, 999, 0x80045430, A(4));
    `);
  });

  it('execve of a missing file, unknown syscall numbers', () => {
    check(String.raw`
      char **argv = A(4 * sizeof(char *));
      argv[0] = S("prog"); argv[1] = S("-la"); argv[2] = S("a\tb");
      char **envp = A(3 * sizeof(char *));
      envp[0] = S("A=1"); envp[1] = S("B=2");
      R3(SYS_execve, S("/nonexistent/prog"), argv, envp);
      R3(SYS_execve, S("/nonexistent/prog"), NULL, NULL);
      R6(500, 1, 2, 3, 4, 5, 6);
      R0(335 + 200);
    `);
  });

  it('-f: fork, wait4 interleaving, SIGCHLD, exit and killed lines (-o FILE)', () => {
    check(String.raw`
      long c = R5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
      if (c == 0) {
        struct timespec ts = { 0, 50000000 };
        R2(SYS_nanosleep, M(&ts, sizeof ts), NULL);
        R3(SYS_write, 1, S("child\n"), 6);
        R1(SYS_exit_group, 3);
      }
      int *st = A(4);
      R4(SYS_wait4, c, st, 0, NULL);
      R4(SYS_wait4, -1, st, WNOHANG, NULL);
      int *p = A(8);
      R2(SYS_pipe2, p, 0);
      long c2 = R5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
      if (c2 == 0) {
        struct timespec ts = { 0, 50000000 };
        R2(SYS_nanosleep, M(&ts, sizeof ts), NULL);
        R1(SYS_close, p[0]);
        R3(SYS_write, p[1], S("x"), 1);
        R1(SYS_exit_group, 0);
      }
      R1(SYS_close, p[0]);
      R4(SYS_wait4, c2, st, 0, A(sizeof(struct rusage)));
      struct { unsigned long long flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls; } *ca = A(64);
      ca->exit_signal = SIGCHLD;
      long c3 = R2(SYS_clone3, ca, 64);
      if (c3 == 0) R1(SYS_exit_group, 0);
      R4(SYS_wait4, c3, st, 0, NULL);
      long c4 = R0(SYS_fork);
      if (c4 == 0) R1(SYS_exit, 5);
      R4(SYS_wait4, c4, st, 0, NULL);
    `, { follow: true });
  });

  it('-e trace= with classes and negation, and the -C summary table', () => {
    const body = String.raw`
      R0(SYS_getppid);
      R1(SYS_uname, A(sizeof(struct utsname)));
      R1(SYS_dup, 4242);
      R1(SYS_dup, 4243);
      R2(SYS_getcwd, A(4096), 4096);
      R1(SYS_sysinfo, A(sizeof(struct sysinfo)));
      R2(SYS_kill, 0x7ffffff0, 0);
      struct timespec ts = { 0, 1000000 };
      R2(SYS_nanosleep, M(&ts, sizeof ts), NULL);
    `;
    const trace = 'getppid,uname,dup,sysinfo,kill,nanosleep';
    const run = runUnderStrace(body, { extra: ['-C', '-e', `trace=${trace}`], wholeTrace: true });
    let ours: string[] = [];
    const lines = replay(run, { follow: false, trace, summary: true, summaryAndTrace: true, toFile: true }, (s) => {
      ours = s.summaryLines();
    });
    expect(lines).toEqual(run.expected);
    const table = run.summary;
    expect(ours[0]).toBe(table[0]);
    expect(ours[1]).toBe(table[1]);
    expect(ours[ours.length - 2]).toBe(table[table.length - 2]);
    const rows = (t: string[]): string[] => t.slice(2, -2).map((l) => l.slice(31)).sort();
    expect(rows(ours)).toEqual(rows(table));
    expect(ours[ours.length - 1]!.slice(31)).toBe(table[table.length - 1]!.slice(31));
    // Classes and negation, compared between the marker writes.
    for (const t of ['%file,write', '!%file', '%clock,%process,write', '/^(get|sys).*,write', '!dup,getppid']) {
      const r = runUnderStrace(body, { extra: ['-e', `trace=${t}`] });
      expect(replay(r, { follow: false, trace: t, toFile: true })).toEqual(r.expected);
    }
  });

  it('-f without -o: [pid N] prefixes while several processes live', () => {
    check(String.raw`
      long c = R5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
      if (c == 0) {
        struct timespec ts = { 0, 50000000 };
        R2(SYS_nanosleep, M(&ts, sizeof ts), NULL);
        R3(SYS_write, 1, S("child\n"), 6);
        R1(SYS_exit_group, 7);
      }
      int *st = A(4);
      R4(SYS_wait4, c, st, 0, NULL);
      R3(SYS_write, 1, S("parent\n"), 7);
    `, { follow: true, toFile: false });
  });
});
