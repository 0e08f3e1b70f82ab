// test/userland/strace/strace.test.ts — the Strace class driven by hand-made kernel events: line
// assembly, column 40, -T, errors and restart codes, `<unfinished ...>`/`<... resumed>`, -f pid
// prefixes (terminal and -o styles), signal and exit lines, filters, -c. The expected texts are
// strace's (checked against the host strace in host.test.ts where a host run can produce them).

import { describe, expect, it } from 'vitest';
import { SYS } from '../../../abi/syscalls';
import { Tracer } from '../../../kernel/trace';
import { FlatMemory } from '../../../mm/flat';
import { Out } from '../../../mm/usercopy';
import { Strace, type StraceOptions } from '../../../userland/strace/strace';

type Opts = Partial<Omit<StraceOptions, 'write'>>;

function setup(opts: Opts = {}) {
  const tracer = new Tracer();
  const lines: string[] = [];
  const strace = new Strace(tracer, { pids: new Set([100]), follow: false, ...opts, write: (l) => lines.push(l) });
  const mm = new FlatMemory();
  let now = 0;
  const task = {} as never;
  const enter = (tid: number, nr: number, args: unknown[], pid = tid): void => {
    tracer.emit('syscall:enter', { pid, tid, nr, args, timeNs: now, mm, task });
  };
  const exit = (tid: number, nr: number, args: unknown[], ret: number | undefined, durationNs = 15000, injected?: boolean, pid = tid): void => {
    now += durationNs;
    tracer.emit('syscall:exit', { pid, tid, nr, args, timeNs: now, mm, task, ret, durationNs, ...(injected ? { injected } : {}) });
  };
  const call = (tid: number, nr: number, args: unknown[], ret: number | undefined, durationNs = 15000, injected?: boolean): void => {
    enter(tid, nr, args);
    exit(tid, nr, args, ret, durationNs, injected);
  };
  return { tracer, lines, strace, mm, enter, exit, call };
}

describe('Strace lines', () => {
  it('pads to column 40, prints errors, -T times, INJECTED, unknown syscalls', () => {
    const t = setup({ timing: true });
    t.call(100, SYS.close, [3], 0);
    t.call(100, SYS.close, [99], -9, 1500);
    t.call(100, SYS.getpid, [], 100, 2_500_000_000);
    t.call(100, SYS.close, [3], -5, 0, true);
    t.call(100, 500, [1, 2, 3, 4, 5, 6], -38);
    t.call(100, SYS.umask, [0o22], 0o22);
    t.call(100, SYS.brk, [0], 0x55556000);
    t.call(100, SYS.read, [0, new Uint8Array(8), 8], -512);
    const rem = new Out<object>();
    rem.value = { tv_sec: 0, tv_nsec: 0 };
    t.call(100, SYS.nanosleep, [{ tv_sec: 1, tv_nsec: 0 }, rem], -516);
    t.call(100, SYS.close, [3], -4095);
    t.call(100, SYS.close, [3], -1234);
    expect(t.lines).toEqual([
      'close(3)                                = 0 <0.000015>',
      'close(99)                               = -1 EBADF (Bad file descriptor) <0.000001>',
      'getpid()                                = 100 <2.500000>',
      'close(3)                                = -1 EIO (Input/output error) (INJECTED) <0.000000>',
      'syscall_0x1f4(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented) <0.000015>',
      'umask(022)                              = 022 <0.000015>',
      'brk(NULL)                               = 0x55556000 <0.000015>',
      'read(0, 0x7ffd00001000, 8)              = ? ERESTARTSYS (To be restarted if SA_RESTART is set) <0.000015>',
      'nanosleep({tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=0}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal) <0.000015>',
      'close(3)                                = -1 (errno 4095) <0.000015>',
      'close(3)                                = -1 (errno 1234) <0.000015>',
    ]);
  });

  it('fcntl retstr, exit_group, exit lines, killed by a signal', () => {
    const t = setup();
    t.call(100, SYS.fcntl, [3, 3, 0], 0x8002);
    t.call(100, SYS.fcntl, [3, 1, 0], 1);
    t.call(100, SYS.fcntl, [3, 1, 0], 0);
    t.call(100, SYS.fcntl, [3, 3, 0], 0);
    t.call(100, SYS.exit_group, [0], undefined);
    t.tracer.emit('exit', { pid: 100, tid: 100, status: 0, timeNs: 0 });
    expect(t.lines).toEqual([
      'fcntl(3, F_GETFL)                       = 0x8002 (flags O_RDWR|O_LARGEFILE)',
      'fcntl(3, F_GETFD)                       = 0x1 (flags FD_CLOEXEC)',
      'fcntl(3, F_GETFD)                       = 0',
      'fcntl(3, F_GETFL)                       = 0 (flags O_RDONLY)',
      'exit_group(0)                           = ?',
      '+++ exited with 0 +++',
    ]);
    const k = setup();
    k.enter(100, SYS.read, [0, new Uint8Array(4), 4]);
    k.tracer.emit('signal', { pid: 100, tid: 100, info: { signo: 11, code: 1, addr: 0 }, timeNs: 0 });
    k.tracer.emit('exit', { pid: 100, tid: 100, status: 0x8b, timeNs: 0 });
    expect(k.lines).toEqual([
      'read(0,  <unfinished ...>',
      '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---',
      '<... read resumed> <unfinished ...>)    = ?',
      '+++ killed by SIGSEGV (core dumped) +++',
    ]);
    const p = setup();
    p.enter(100, SYS.read, [0, new Uint8Array(4), 4]);
    p.tracer.emit('exit', { pid: 100, tid: 100, status: 9, timeNs: 0 });
    expect(p.lines).toEqual(['read(0,  <unfinished ...>)              = ?', '+++ killed by SIGKILL +++']);
  });

  it('signal lines', () => {
    const t = setup();
    const sig = (info: object): void => {
      t.tracer.emit('signal', { pid: 100, tid: 100, info: info as never, timeNs: 0 });
    };
    sig({ signo: 17, code: 1, pid: 101, uid: 0, status: 3, utime: 0, stime: 0 });
    sig({ signo: 17, code: 2, pid: 101, uid: 1000, status: 9, utime: 123, stime: 5 });
    sig({ signo: 10, code: 0, pid: 100, uid: 0 });
    sig({ signo: 10, code: 0x80 });
    sig({ signo: 13, code: -6, pid: 100, uid: 0 });
    expect(t.lines).toEqual([
      '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=101, si_uid=0, si_status=3, si_utime=0, si_stime=0} ---',
      '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=101, si_uid=1000, si_status=SIGKILL, si_utime=123 /* 1.23 s */, si_stime=5 /* 0.05 s */} ---',
      '--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=100, si_uid=0} ---',
      '--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---',
      '--- SIGPIPE {si_signo=SIGPIPE, si_code=SI_TKILL, si_pid=100, si_uid=0} ---',
    ]);
  });

  it('-f: prefixes while two processes live, unfinished and resumed calls', () => {
    const t = setup({ follow: true });
    t.enter(100, SYS.clone, [17, 0, 0, 0, 0]);
    t.tracer.emit('fork', { pid: 101, tid: 101, parentTid: 100, timeNs: 0 });
    t.exit(100, SYS.clone, [17, 0, 0, 0, 0], 101);
    const st = new Out<number[]>();
    t.enter(100, SYS.wait4, [101, st, 0, 0]);
    t.call(101, SYS.write, [1, 'child\n', 6], 6);
    t.call(101, SYS.exit_group, [3], undefined);
    t.tracer.emit('exit', { pid: 101, tid: 101, status: 3 << 8, timeNs: 0 });
    st.value = [3 << 8];
    t.exit(100, SYS.wait4, [101, st, 0, 0], 101);
    t.tracer.emit('signal', { pid: 100, tid: 100, info: { signo: 17, code: 1, pid: 101, uid: 0, status: 3, utime: 0, stime: 0 }, timeNs: 0 });
    t.call(100, SYS.getpid, [], 100);
    expect(t.lines).toEqual([
      'clone(child_stack=NULL, flags=SIGCHLD)  = 101',
      '[pid   100] wait4(101,  <unfinished ...>',
      '[pid   101] write(1, "child\\n", 6)      = 6',
      '[pid   101] exit_group(3)               = ?',
      '[pid   101] +++ exited with 3 +++',
      '<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 101',
      '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=101, si_uid=0, si_status=3, si_utime=0, si_stime=0} ---',
      'getpid()                                = 100',
    ]);
  });

  it('-f -o: `pid  ` prefixes on every line; children of untraced tasks are ignored', () => {
    const t = setup({ follow: true, toFile: true });
    t.call(100, SYS.getpid, [], 100);
    t.enter(100, SYS.write, [1, 'x', 1]);
    t.tracer.emit('fork', { pid: 101, tid: 101, parentTid: 100, timeNs: 0 });
    t.tracer.emit('fork', { pid: 300, tid: 300, parentTid: 200, timeNs: 0 });
    t.call(300, SYS.getpid, [], 300);
    t.call(101, SYS.getpid, [], 101);
    t.exit(100, SYS.write, [1, 'x', 1], 1);
    expect(t.lines).toEqual([
      '100   getpid()                          = 100',
      '100   write(1, "x", 1 <unfinished ...>',
      '101   getpid()                          = 101',
      '100   <... write resumed>)              = 1',
    ]);
    const n = setup({ follow: false });
    n.tracer.emit('fork', { pid: 101, tid: 101, parentTid: 100, timeNs: 0 });
    n.call(101, SYS.getpid, [], 101);
    expect(n.lines).toEqual([]);
  });

  it('-e trace=, -e signal=none, -e status=failed, -qq', () => {
    const t = setup({ trace: '%desc', signal: 'none', quietExit: true });
    t.call(100, SYS.getpid, [], 100);
    t.call(100, SYS.close, [3], 0);
    t.tracer.emit('signal', { pid: 100, tid: 100, info: { signo: 10, code: 0 }, timeNs: 0 });
    t.tracer.emit('exit', { pid: 100, tid: 100, status: 0, timeNs: 0 });
    expect(t.lines).toEqual(['close(3)                                = 0']);
    const f = setup({ status: 'failed' });
    f.call(100, SYS.close, [3], 0);
    f.call(100, SYS.close, [4], -9);
    expect(f.lines).toEqual(['close(4)                                = -1 EBADF (Bad file descriptor)']);
    expect(() => setup({ trace: 'open,nosuchcall' })).toThrow("invalid system call 'nosuchcall'");
  });

  it('-c counts instead of tracing; -C does both', () => {
    const t = setup({ summary: true });
    t.call(100, SYS.execve, ['/bin/x', [], []], 0, 244000);
    t.call(100, SYS.openat, [-100, 'a', 0, 0], 3, 8000);
    t.call(100, SYS.openat, [-100, 'b', 0, 0], -2, 9000);
    t.call(100, SYS.openat, [-100, 'c', 0, 0], 4, 9000);
    t.call(100, SYS.exit_group, [0], undefined);
    t.tracer.emit('exit', { pid: 100, tid: 100, status: 0, timeNs: 0 });
    expect(t.lines).toEqual([]);
    expect(t.strace.summaryLines()).toEqual([
      '% time     seconds  usecs/call     calls    errors syscall',
      '------ ----------- ----------- --------- --------- ----------------',
      ' 90.37    0.000244         244         1           execve',
      '  9.63    0.000026           8         3         1 openat',
      '------ ----------- ----------- --------- --------- ----------------',
      '100.00    0.000270          67         4         1 total',
    ]);
    const c = setup({ summary: true, summaryAndTrace: true });
    c.call(100, SYS.close, [3], 0);
    expect(c.lines).toEqual(['close(3)                                = 0']);
    expect(c.strace.summaryLines()[2]).toBe('100.00    0.000015          15         1           close');
  });

  it('detach ends an open line with <detached ...> and stops listening', () => {
    const t = setup();
    t.enter(100, SYS.read, [0, new Uint8Array(4), 4]);
    t.strace.detach();
    t.call(100, SYS.close, [3], 0);
    expect(t.lines).toEqual(['read(0,  <detached ...>']);
    expect(t.tracer.active).toBe(false);
  });

  it('traces every task with pids: all', () => {
    const t = setup({ pids: 'all' });
    t.call(5, SYS.getpid, [], 5);
    t.call(6, SYS.getpid, [], 6);
    expect(t.lines).toEqual(['getpid()                                = 5', '[pid     6] getpid()                    = 6']);
  });
});
