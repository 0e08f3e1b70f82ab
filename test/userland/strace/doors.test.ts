// test/userland/strace/doors.test.ts — the decoders give the same text for a call whether its
// arguments come through the raw door (addresses into a FlatMemory) or the typed door (binary
// strings, Uint8Array, Out boxes, plain objects, arrays); pointers aside, which the typed door
// has only as pseudo-addresses.

import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../abi/structs';
import { syscallByName } from '../../../abi/syscalls';
import { FlatMemory } from '../../../mm/flat';
import { Out } from '../../../mm/usercopy';
import { formatCall } from '../../../userland/strace/strace';

const enc = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A bump allocator over a FlatMemory: the raw door's side of each case. */
class Raw {
  readonly mm = new FlatMemory();
  private next = 0x10000;
  alloc(n: number): number {
    const a = this.next;
    this.next += (n + 15) & ~15;
    return a;
  }
  bytes(b: Uint8Array): number {
    const a = this.alloc(b.length);
    this.mm.copyOut(a, b, 0, b.length);
    return a;
  }
  str(s: string): number {
    return this.bytes(enc(`${s}\0`));
  }
  struct(name: string, v: object): number {
    return this.bytes(LAYOUTS[name]!.toBytes(v));
  }
  write(addr: number, b: Uint8Array): void {
    this.mm.copyOut(addr, b, 0, b.length);
  }
  ptrs(list: number[]): number {
    const b = new Uint8Array((list.length + 1) * 8);
    const dv = new DataView(b.buffer);
    list.forEach((p, i) => dv.setBigUint64(i * 8, BigInt(p), true));
    return this.bytes(b);
  }
}

function fmt(name: string, args: unknown[], ret: number | undefined, mm?: FlatMemory, opts = {}): string {
  const spec = syscallByName(name)!;
  return `${name}(${formatCall(spec, { args, mm }, { ret }, opts)})`;
}

const addrs = (s: string): string => s.replace(/0x[0-9a-f]{5,}/g, '0xADDR');

describe('raw door and typed door print the same', () => {
  it('paths, strings and buffers', () => {
    const r = new Raw();
    const p = r.str('/etc/passwd');
    expect(fmt('openat', [-100, p, 0o2000000, 0], 3, r.mm)).toBe('openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC)');
    expect(fmt('openat', [-100, '/etc/passwd', 0o2000000, 0], 3)).toBe('openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC)');
    expect(fmt('openat', [-100, '/x', 0o101, 0o644], 3)).toBe('openat(AT_FDCWD, "/x", O_WRONLY|O_CREAT, 0644)');

    const data = enc('hello\n\tworld\0\x01\x7f"\\ and more than thirty-two bytes');
    const b = r.bytes(data);
    const raw = fmt('write', [1, b, data.length], data.length, r.mm);
    expect(raw).toBe('write(1, "hello\\n\\tworld\\0\\1\\177\\"\\\\ and more than "..., 48)');
    expect(fmt('write', [1, data, data.length], data.length)).toBe(raw);
    expect(fmt('write', [1, 'hello\n\tworld\0\x01\x7f"\\ and more than thirty-two bytes', data.length], data.length)).toBe(raw);

    // read: only the returned bytes, and the pointer on failure
    const rb = r.alloc(64);
    r.write(rb, enc('abc\n012'));
    expect(fmt('read', [3, rb, 64], 5, r.mm)).toBe('read(3, "abc\\n0", 64)');
    const tb = new Uint8Array(64);
    tb.set(enc('abc\n012'));
    expect(fmt('read', [3, tb, 64], 5)).toBe('read(3, "abc\\n0", 64)');
    expect(fmt('read', [3, rb, 64], -9, r.mm)).toBe(`read(3, 0x${rb.toString(16)}, 64)`);
    expect(addrs(fmt('read', [3, tb, 64], -9))).toBe('read(3, 0xADDR, 64)');
  });

  it('octal escapes are minimal unless a digit follows, -s cuts strings', () => {
    const v = new Uint8Array([0, 0x31, 1, 0x32, 0x38, 0xff, 0x0b, 0x0c, 0x0d]);
    expect(fmt('write', [1, v, v.length], v.length)).toBe('write(1, "\\0001\\00128\\377\\v\\f\\r", 9)');
    expect(fmt('write', [1, 'abcdefghij', 10], 10, undefined, { strsize: 4 })).toBe('write(1, "abcd"..., 10)');
    expect(fmt('write', [1, 'abcd', 4], 4, undefined, { strsize: 4 })).toBe('write(1, "abcd", 4)');
    expect(fmt('write', [1, '', 0], 0)).toBe('write(1, "", 0)');
  });

  it('output structs: stat, timespec, utsname, rlimit, pipe fds, rusage', () => {
    const r = new Raw();
    const st = { st_dev: 0x801, st_ino: 42, st_nlink: 1, st_mode: 0o100644, st_uid: 0, st_gid: 0, st_rdev: 0, st_size: 20, st_blksize: 4096, st_blocks: 8,
      st_atime: 0, st_atime_nsec: 0, st_mtime: 0, st_mtime_nsec: 0, st_ctime: 0, st_ctime_nsec: 0 };
    const sa = r.alloc(144);
    r.write(sa, LAYOUTS.stat!.toBytes(st));
    const o = new Out<typeof st>();
    o.value = st;
    expect(fmt('fstat', [3, sa], 0, r.mm)).toBe('fstat(3, {st_mode=S_IFREG|0644, st_size=20, ...})');
    expect(fmt('fstat', [3, o], 0)).toBe('fstat(3, {st_mode=S_IFREG|0644, st_size=20, ...})');
    expect(fmt('fstat', [3, o], 0, undefined, { verbose: true })).toBe(
      'fstat(3, {st_dev=makedev(0x8, 0x1), st_ino=42, st_mode=S_IFREG|0644, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=8, st_size=20, st_atime=0, st_atime_nsec=0, st_mtime=0, st_mtime_nsec=0, st_ctime=0, st_ctime_nsec=0})');
    expect(addrs(fmt('fstat', [3, new Out()], -9))).toBe('fstat(3, 0xADDR)');
    expect(fmt('newfstatat', [-100, 'f', o, 0x100], 0)).toBe('newfstatat(AT_FDCWD, "f", {st_mode=S_IFREG|0644, st_size=20, ...}, AT_SYMLINK_NOFOLLOW)');

    const ts = { tv_sec: 1, tv_nsec: 500 };
    const ta = r.struct('timespec', ts);
    const to = new Out<typeof ts>();
    to.value = ts;
    expect(fmt('clock_gettime', [1, ta], 0, r.mm)).toBe('clock_gettime(CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=500})');
    expect(fmt('clock_gettime', [1, to], 0)).toBe('clock_gettime(CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=500})');
    expect(fmt('nanosleep', [{ tv_sec: 0, tv_nsec: 100000000 }, 0], 0)).toBe('nanosleep({tv_sec=0, tv_nsec=100000000}, NULL)');
    expect(fmt('nanosleep', [r.struct('timespec', { tv_sec: 0, tv_nsec: 100000000 }), 0], 0, r.mm)).toBe('nanosleep({tv_sec=0, tv_nsec=100000000}, NULL)');

    const u = { sysname: 'Linux', nodename: 'host', release: '6.1.0', version: '#1 SMP', machine: 'x86_64', domainname: '(none)' };
    const uo = new Out<typeof u>();
    uo.value = u;
    expect(fmt('uname', [uo], 0)).toBe('uname({sysname="Linux", nodename="host", ...})');
    expect(fmt('uname', [r.struct('utsname', u)], 0, r.mm)).toBe('uname({sysname="Linux", nodename="host", ...})');
    expect(fmt('uname', [uo], 0, undefined, { verbose: true })).toBe(
      'uname({sysname="Linux", nodename="host", release="6.1.0", version="#1 SMP", machine="x86_64", domainname="(none)"})');

    const rl = { rlim_cur: 8192 * 1024, rlim_max: 2 ** 64 };
    const ro = new Out<typeof rl>();
    ro.value = rl;
    expect(fmt('prlimit64', [0, 3, 0, ro], 0)).toBe('prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY})');
    expect(fmt('prlimit64', [0, 3, 0, r.struct('rlimit', rl)], 0, r.mm)).toBe('prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY})');
    expect(fmt('getrlimit', [7, r.struct('rlimit', { rlim_cur: 1024, rlim_max: 4096 })], 0, r.mm)).toBe('getrlimit(RLIMIT_NOFILE, {rlim_cur=1024, rlim_max=4*1024})');

    const fds = new Out<number[]>();
    fds.value = [3, 4];
    expect(fmt('pipe2', [fds, 0o2000000], 0)).toBe('pipe2([3, 4], O_CLOEXEC)');
    const fa = r.alloc(8);
    r.write(fa, new Uint8Array([3, 0, 0, 0, 4, 0, 0, 0]));
    expect(fmt('pipe2', [fa, 0o2000000], 0, r.mm)).toBe('pipe2([3, 4], O_CLOEXEC)');
    expect(fmt('pipe2', [fa, 0], -24, r.mm)).toBe(`pipe2(0x${fa.toString(16)}, 0)`);

    const st2 = new Out<number[]>();
    st2.value = [3 << 8];
    const ru = new Out<object>();
    ru.value = { ru_utime: { tv_sec: 0, tv_usec: 10 }, ru_stime: { tv_sec: 0, tv_usec: 0 } };
    expect(fmt('wait4', [42, st2, 0, ru], 42)).toBe(
      'wait4(42, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, {ru_utime={tv_sec=0, tv_usec=10}, ru_stime={tv_sec=0, tv_usec=0}, ...})');
    const sa2 = r.alloc(4);
    r.write(sa2, new Uint8Array([0x8b, 0, 0, 0]));
    expect(fmt('wait4', [-1, sa2, 1, 0], 42, r.mm)).toBe('wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}], WNOHANG, NULL)');
  });

  it('getcwd, readlink, execve, writev, sockaddr, sigaction', () => {
    const r = new Raw();
    const cwd = new Uint8Array(64);
    cwd.set(enc('/home/user\0'));
    expect(fmt('getcwd', [cwd, 64], 11)).toBe('getcwd("/home/user", 64)');
    const ca = r.alloc(64);
    r.write(ca, cwd);
    expect(fmt('getcwd', [ca, 64], 11, r.mm)).toBe('getcwd("/home/user", 64)');
    const lb = new Uint8Array(64);
    lb.set(enc('target'));
    expect(fmt('readlinkat', [-100, 'lnk', lb, 64], 6)).toBe('readlinkat(AT_FDCWD, "lnk", "target", 64)');

    const argv = ['ls', '-la', 'a b'];
    const envp = ['A=1', 'B=2'];
    const typed = fmt('execve', ['/bin/ls', argv, envp], 0);
    const rawArgv = r.ptrs(argv.map((s) => r.str(s)));
    const rawEnvp = r.ptrs(envp.map((s) => r.str(s)));
    const raw = fmt('execve', [r.str('/bin/ls'), rawArgv, rawEnvp], 0, r.mm);
    expect(addrs(raw)).toBe('execve("/bin/ls", ["ls", "-la", "a b"], 0xADDR /* 2 vars */)');
    expect(addrs(typed)).toBe(addrs(raw));
    expect(fmt('execve', ['/bin/ls', argv, envp], 0, undefined, { verbose: true })).toBe('execve("/bin/ls", ["ls", "-la", "a b"], ["A=1", "B=2"])');

    const bufs = [enc('hello'), enc(' world')];
    const iov = r.alloc(32);
    const dv = new Uint8Array(32);
    const d = new DataView(dv.buffer);
    d.setBigUint64(0, BigInt(r.bytes(bufs[0]!)), true);
    d.setBigUint64(8, 5n, true);
    d.setBigUint64(16, BigInt(r.bytes(bufs[1]!)), true);
    d.setBigUint64(24, 6n, true);
    r.write(iov, dv);
    const want = 'writev(1, [{iov_base="hello", iov_len=5}, {iov_base=" world", iov_len=6}], 2)';
    expect(fmt('writev', [1, iov, 2], 11, r.mm)).toBe(want);
    expect(fmt('writev', [1, bufs, 2], 11)).toBe(want);

    const sin = { sin_family: 2, sin_port: 0x901f, sin_addr: { s_addr: 0 } };
    const sinWant = 'bind(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("0.0.0.0")}, 16)';
    expect(fmt('bind', [3, sin, 16], 0)).toBe(sinWant);
    expect(fmt('bind', [3, r.struct('sockaddr_in', sin), 16], 0, r.mm)).toBe(sinWant);
    const sun = { sun_family: 1, sun_path: enc('/run/sock') };
    expect(fmt('connect', [3, sun, 2 + 10], 0)).toBe('connect(3, {sa_family=AF_UNIX, sun_path="/run/sock"}, 12)');
    const six = { sin6_family: 10, sin6_port: 0x5000, sin6_flowinfo: 0, sin6_addr: { s6_addr: new Uint8Array(16).fill(0).map((_, i) => (i === 15 ? 1 : 0)) }, sin6_scope_id: 0 };
    expect(fmt('connect', [3, six, 28], 0)).toBe('connect(3, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28)');

    const act = { sa_handler: 0x401000, sa_flags: 0x14000000, sa_restorer: 0x401100, sa_mask: { sig: [(1 << 1) | (1 << 14), 0] } };
    const actWant = 'rt_sigaction(SIGINT, {sa_handler=0x401000, sa_mask=[INT TERM], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x401100}, NULL, 8)';
    expect(fmt('rt_sigaction', [2, act, 0, 8], 0)).toBe(actWant);
    expect(fmt('rt_sigaction', [2, r.struct('sigaction', act), 0, 8], 0, r.mm)).toBe(actWant);
    const old = new Out<object>();
    old.value = { sa_handler: 0, sa_flags: 0, sa_restorer: 0, sa_mask: { sig: [0xffffffff, 0xffffffff] } };
    expect(fmt('rt_sigaction', [2, 0, old, 8], 0)).toBe('rt_sigaction(SIGINT, NULL, {sa_handler=SIG_DFL, sa_mask=~[], sa_flags=0}, 8)');
  });

  it('epoll_event, pollfd, clone, fcntl, ioctl, setsockopt', () => {
    const r = new Raw();
    const ev = { events: 0x80000001, data: 4 };
    expect(fmt('epoll_ctl', [5, 1, 4, ev], 0)).toBe('epoll_ctl(5, EPOLL_CTL_ADD, 4, {events=EPOLLIN|EPOLLET, data={u32=4, u64=4}})');
    expect(fmt('epoll_ctl', [5, 1, 4, r.struct('epoll_event', ev)], 0, r.mm)).toBe('epoll_ctl(5, EPOLL_CTL_ADD, 4, {events=EPOLLIN|EPOLLET, data={u32=4, u64=4}})');
    expect(fmt('poll', [[{ fd: 3, events: 1, revents: 1 }, { fd: -1, events: 0, revents: 0 }], 2, 100], 1)).toBe('poll([{fd=3, events=POLLIN}, {fd=-1}], 2, 100)');
    expect(fmt('clone', [0x1200011, 0, 0, 0x7f0000000a10, 0], 77)).toBe(
      'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0000000a10)');
    expect(fmt('clone', [17, 0, 0, 0, 0], 77)).toBe('clone(child_stack=NULL, flags=SIGCHLD)');
    expect(fmt('fcntl', [3, 1, 0], 1)).toBe('fcntl(3, F_GETFD)');
    expect(fmt('fcntl', [3, 2, 1], 0)).toBe('fcntl(3, F_SETFD, FD_CLOEXEC)');
    expect(fmt('ioctl', [1, 0x5401, r.alloc(60)], -25, r.mm)).toMatch(/^ioctl\(1, TCGETS, 0x[0-9a-f]+\)$/);
    const ws = new Out<object>();
    ws.value = { ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
    expect(fmt('ioctl', [1, 0x5413, ws], 0)).toBe('ioctl(1, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0})');
    expect(fmt('setsockopt', [3, 1, 2, new Uint8Array([1, 0, 0, 0]), 4], 0)).toBe('setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4)');
    expect(fmt('prctl', [15, 'worker', 0, 0, 0], 0)).toBe('prctl(PR_SET_NAME, "worker")');
    expect(fmt('arch_prctl', [0x1002, 0x7f0000000800], 0)).toBe('arch_prctl(ARCH_SET_FS, 0x7f0000000800)');
    expect(fmt('futex', [0x7f0000001000, 0x81, 2147483647, 0, 0, 0], 0)).toBe('futex(0x7f0000001000, FUTEX_WAKE_PRIVATE, 2147483647)');
    expect(fmt('kill', [42, 15], 0)).toBe('kill(42, SIGTERM)');
    expect(fmt('tgkill', [42, 43, 9], 0)).toBe('tgkill(42, 43, SIGKILL)');
    const blocked = new Out<object>();
    blocked.value = { sig: [0, 0] };
    expect(fmt('rt_sigprocmask', [0, { sig: [(1 << 1) | (1 << 14), 0] }, blocked, 8], 0)).toBe('rt_sigprocmask(SIG_BLOCK, [INT TERM], [], 8)');
    expect(fmt('mmap', [0, 8192, 3, 0x22, -1, 0], 0x7f0000000000)).toBe('mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)');
    expect(fmt('getdents64', [3, new Uint8Array(0), 32768], 0)).toMatch(/^getdents64\(3, 0x[0-9a-f]+ \/\* 0 entries \*\/, 32768\)$/);
    expect(fmt('statx', [-100, '/tmp', 0x900, 0x7ff, new Out()], -2)).toMatch(
      /^statx\(AT_FDCWD, "\/tmp", AT_STATX_SYNC_AS_STAT\|AT_SYMLINK_NOFOLLOW\|AT_NO_AUTOMOUNT, STATX_BASIC_STATS, 0x[0-9a-f]+\)$/);
  });
});
