// test/replay/replay.test.ts — `linuxsim replay` (userland/conformance/replay.ts) on the logs
// committed here (recorded by ./record.sh on a real Linux; see ./README.md): each replays with
// no divergence and the stated numbers of replayed and skipped calls (a replayer that skipped
// calls silently would fail), hand-broken copies diverge exactly once, and the log parser and
// the replay rules hold on small hand-written logs. Re-recording the logs changes the numbers:
// update them here, after reading the new logs.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStraceLog, replayLog, replayReportText, type ReplayReport } from '../../userland/conformance/replay';

const HERE = import.meta.dirname ?? new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '..', '..');
const log = (name: string) => readFileSync(join(HERE, name), 'utf8');
const replay = (text: string, opts = {}) => replayLog(parseStraceLog(text), opts);

/** The report's numbers, as the test states them. */
function numbers(r: ReplayReport) {
  const t = r.totals;
  return {
    calls: t.calls, replayed: t.replayed, matched: t.matched, diverged: t.diverged,
    startup: t.skipped['start-up'], host: t.skipped['host file'], unsupported: t.skipped.unsupported, injected: t.skipped.injected,
    signals: t.signals, exits: t.exits,
  };
}

/** Replaces exactly one occurrence of `from` (the test fails if there is not exactly one). */
function breakOnce(text: string, from: string | RegExp, to: string | ((...m: string[]) => string)): string {
  const n = typeof from === 'string' ? text.split(from).length - 1 : [...text.matchAll(new RegExp(from, 'gm'))].length;
  expect(n).toBe(1);
  return typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
}

describe('the committed logs replay with no divergence', () => {
  const files = { calls: 203, replayed: 169, matched: 169, diverged: 0, startup: 29, host: 5, unsupported: 0, injected: 0, signals: 0, exits: 1 };
  it.each([
    ['files.dynamic.log', files],
    ['files.v.log', files],
    ['files.static.log', { ...files, calls: 185, replayed: 166, matched: 166, startup: 14 }],
    ['signals.log', { calls: 41, replayed: 12, matched: 12, diverged: 0, startup: 29, host: 0, unsupported: 0, injected: 0, signals: 3, exits: 1 }],
    ['signals.f.log', { calls: 41, replayed: 12, matched: 12, diverged: 0, startup: 29, host: 0, unsupported: 0, injected: 0, signals: 3, exits: 1 }],
    ['fork.f.log', { calls: 41, replayed: 2, matched: 2, diverged: 0, startup: 29, host: 0, unsupported: 10, injected: 0, signals: 0, exits: 0 }],
  ])('%s', (name, want) => {
    const r = replay(log(name));
    expect(r.divergences.map((d) => `${d.line}: ${d.what}: ${d.log} | ${d.sim}`)).toEqual([]);
    expect(numbers(r)).toEqual(want);
  });

  it('files.*: start in the recorded directory, replay mmap/munmap, and treat /dev/zero as a host file', () => {
    const r = replay(log('files.dynamic.log'));
    expect(r.cwd).toBe('/tmp/linuxsim-replay/work');
    expect(r.totals.unsupported).toEqual({});
    expect(r.calls.filter((c) => (c.name === 'mmap' || c.name === 'munmap') && c.outcome !== 'start-up').map((c) => c.outcome)).toEqual(['matched', 'matched']);
    const host = r.calls.filter((c) => c.outcome === 'host file').map((c) => c.text.replace(/\s+=.*/, ''));
    expect(host).toEqual(['openat(AT_FDCWD, "/dev/zero", O_RDONLY)', 'read(3, "\\0\\0\\0\\0", 4)', 'dup(3)', 'close(3)', 'close(5)']);
    // The fds after the host file's: the log's numbers, replayed and matched.
    expect(r.calls.find((c) => c.line === 59)).toMatchObject({ name: 'openat', outcome: 'matched' });
  });

  it('files.dynamic.log: the first call after start-up is getcwd; the whole start-up is counted', () => {
    const r = replay(log('files.dynamic.log'));
    const firstReplayed = r.calls.findIndex((c) => c.outcome !== 'start-up');
    expect(firstReplayed).toBe(29);
    expect(r.calls[firstReplayed]!.name).toBe('getcwd');
    expect(new Set(r.calls.slice(0, 29).map((c) => c.name))).toEqual(new Set([
      'execve', 'brk', 'mmap', 'access', 'openat', 'newfstatat', 'close', 'read', 'pread64', 'arch_prctl',
      'set_tid_address', 'set_robust_list', 'rseq', 'mprotect', 'prlimit64', 'munmap',
    ]));
  });

  it('fork.f.log: parsed in full; every call from the clone on is unsupported', () => {
    const r = replay(log('fork.f.log'));
    expect(r.totals.unsupported).toEqual({
      'clone: a raw fork/clone is not supported yet': 1,
      'after fork/clone (line 32): linuxsim replays one process': 9,
    });
    const entries = parseStraceLog(log('fork.f.log'));
    // The two exits and the parent's SIGCHLD: parsed, not checked.
    expect(r.notes.map((n) => n.line)).toEqual(entries.filter((e) => e.kind === 'exit' || e.kind === 'signal').map((e) => e.line));
    expect(r.notes).toHaveLength(3);
    const clone = entries.find((e) => e.kind === 'call' && e.name === 'clone');
    const parent = clone!.pid!;
    const child = clone?.kind === 'call' && clone.call?.ret && 'value' in clone.call.ret ? clone.call.ret.value : -1n;
    expect(clone!.line).toBe(32);
    const wait = entries.find((e) => e.kind === 'call' && e.name === 'wait4');
    expect(wait).toMatchObject({ pid: parent, unfinished: true, parseError: null });
    expect(wait?.kind === 'call' && wait.call?.ret).toEqual({ value: child });
    expect(wait?.kind === 'call' && wait.call?.args[1]).toEqual({ t: 'array', items: [{ t: 'num', v: 7n << 8n }], more: false });
    expect(entries.filter((e) => e.pid === Number(child)).length).toBeGreaterThan(3);
  });
});

describe('hand-broken copies diverge exactly once', () => {
  it('a changed return value', () => {
    const text = breakOnce(log('files.dynamic.log'), 'lseek(3, -3, SEEK_CUR)                  = 10', 'lseek(3, -3, SEEK_CUR)                  = 11');
    const r = replay(text);
    expect(r.divergences).toHaveLength(1);
    expect(r.divergences[0]).toMatchObject({ what: 'result', log: '11', sim: '10' });
    expect(numbers(r)).toMatchObject({ replayed: 169, matched: 168, diverged: 1 });
  });

  it('a changed -v struct field', () => {
    const text = breakOnce(log('files.v.log'), 'st_mode=S_IFREG|0640, st_nlink=1,', 'st_mode=S_IFREG|0640, st_nlink=2,');
    const r = replay(text);
    expect(r.divergences).toHaveLength(1);
    expect(r.divergences[0]).toMatchObject({ what: 'argument 3 (statbuf)', sim: 'st_nlink is 1, the log says 2' });
  });

  it('a changed directory entry', () => {
    const text = log('files.v.log').replace('d_name="g.txt"}', 'd_name="h.txt"}');
    const r = replay(text);
    expect(r.divergences).toHaveLength(1);
    expect(r.divergences[0]!.sim).toBe('entry 2: d_name is g.txt, the log says h.txt');
  });

  it('a signal the log does not show', () => {
    const text = breakOnce(log('signals.log'), /^--- SIGCHLD \{.*\} ---\n/m, '');
    const r = replay(text);
    expect(r.divergences.map((d) => [d.what, d.sim])).toEqual([['signal', 'delivered SIGCHLD']]);
  });

  it('another way to die', () => {
    const r = replay(breakOnce(log('signals.log'), '+++ killed by SIGPIPE +++', '+++ exited with 0 +++'));
    expect(r.divergences.map((d) => [d.what, d.log, d.sim])).toEqual([['exit', 'exited with 0', 'killed by SIGPIPE']]);
  });

  it('a pid that is not the process', () => {
    const text = log('files.static.log');
    const pid = Number(/^gettid\(\)\s+= (\d+)$/m.exec(text)![1]);
    const r = replay(breakOnce(text, /^gettid\(\)(\s+)= \d+$/m, (_m, sp) => `gettid()${sp}= ${pid + 1}`));
    expect(r.divergences).toHaveLength(1);
    expect(r.divergences[0]!.log).toBe(`${pid + 1} (linuxsim's 2 stands for the log's ${pid})`);
  });

  it('a break that moved differently', () => {
    // opendir's malloc: the program's only brk(ADDRESS) after start-up.
    const r = replay(breakOnce(log('files.dynamic.log'), /^brk\((0x[0-9a-f]+)\)(\s+)= 0x[0-9a-f]+$/m,
      (_m, a, sp) => `brk(${a})${sp}= 0x${(BigInt(a!) + 0x1000n).toString(16)}`));
    expect(r.divergences).toHaveLength(1);
    expect(r.divergences[0]!.what).toBe('result');
    expect(r.divergences[0]!.log).toMatch(/^0x[0-9a-f]+ \(0x[0-9a-f]+ in linuxsim's terms\)$/);
  });
});

describe('parseStraceLog', () => {
  it('reads pids, timestamps, -T, injections, signals and exits', () => {
    const entries = parseStraceLog([
      '[pid  4242] 10:11:12.123456 getpid() = 4242 <0.000010>',
      '4242  1700000000.123456 openat(AT_FDCWD, "a", O_RDONLY) = -1 ENOENT (No such file or directory) (INJECTED)',
      'strace: Process 4243 attached',
      '4243  --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---',
      '4243  +++ killed by SIGSEGV (core dumped) +++',
      '4242  exit_group(0 <unfinished ...>',
      '4242  +++ exited with 0 +++',
      'what is this',
    ].join('\n'));
    expect(entries.map((e) => [e.kind, e.pid, e.line])).toEqual([
      ['call', 4242, 1], ['call', 4242, 2], ['other', null, 3], ['signal', 4243, 4], ['exit', 4243, 5],
      ['call', 4242, 6], ['exit', 4242, 7], ['other', null, 8],
    ]);
    const [getpid, openat, attached, segv, killed, exit, , unknown] = entries;
    expect(getpid).toMatchObject({ text: 'getpid() = 4242', injected: false });
    expect(openat).toMatchObject({ injected: true, parseError: null });
    expect(attached).toMatchObject({ understood: true });
    expect(segv).toMatchObject({ signal: 'SIGSEGV' });
    expect(segv?.kind === 'signal' && segv.info?.t).toBe('struct');
    expect(killed).toMatchObject({ killedBy: 'SIGSEGV', core: true, exited: null });
    expect(exit).toMatchObject({ unfinished: true, resumedAt: null, parseError: null });
    expect(exit?.kind === 'call' && exit.call?.ret).toEqual({ noreturn: true });
    expect(unknown).toMatchObject({ understood: false });
  });

  it('joins an unfinished call with its resumption, at the unfinished position', () => {
    const entries = parseStraceLog([
      '7 read(3,  <unfinished ...>',
      '8 write(4, "hi", 2) = 2',
      '7 <... read resumed>"hi", 10) = 2',
    ].join('\n'));
    expect(entries.map((e) => e.kind)).toEqual(['call', 'call', 'resume']);
    expect(entries[0]).toMatchObject({ text: 'read(3, "hi", 10) = 2', unfinished: true, resumedAt: 2, line: 1 });
    expect(entries[2]).toMatchObject({ callIndex: 0, line: 3 });
  });

  it('reads resource limits and wait statuses strace writes in its own notation', () => {
    const [rl, w] = parseStraceLog([
      'prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=1024, rlim_max=4*1024}) = 0',
      'wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], 0, NULL) = 12',
    ].join('\n'));
    expect(rl).toMatchObject({ parseError: null });
    expect(w).toMatchObject({ parseError: null });
    expect(w?.kind === 'call' && w.call?.args[1]).toEqual({ t: 'array', items: [{ t: 'num', v: 9n }], more: false });
  });
});

describe('replay rules on hand-written logs', () => {
  it('compares rlimits written as multiples of 1024', () => {
    const r = replay('prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=1024, rlim_max=4*1024}) = 0\n');
    expect(numbers(r)).toMatchObject({ replayed: 1, matched: 1 });
    const bad = replay('prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=1024, rlim_max=8*1024}) = 0\n');
    expect(bad.divergences.map((d) => d.sim)).toEqual(['rlim_max is 4096, the log says 8192']);
  });

  it('compares device numbers (-v): stdin is /dev/null', () => {
    const line = (minor: number) => `newfstatat(0, "", {st_mode=S_IFCHR|0666, st_nlink=1, st_uid=0, st_gid=0, st_rdev=makedev(0x1, ${minor}), ...}, AT_EMPTY_PATH) = 0\n`;
    expect(replay(line(3)).divergences).toEqual([]);
    expect(replay(line(5)).divergences.map((d) => d.sim)).toEqual([`st_rdev is ${(1 << 8) | 3}, the log says ${(1 << 8) | 5}`]);
  });

  it('runs as root unless told otherwise', () => {
    expect(replay('getuid() = 1000\n').divergences).toHaveLength(1);
    expect(replay('getuid() = 1000\ngetgid() = 1000\n', { uid: 1000 }).divergences).toEqual([]);
  });

  it('skips injected results', () => {
    const r = replay('openat(AT_FDCWD, "a", O_RDONLY) = -1 ENOENT (No such file or directory) (INJECTED)\n');
    expect(numbers(r)).toMatchObject({ replayed: 0, injected: 1 });
  });

  it('keeps a host file\'s fd occupied, also when a dirfd names it', () => {
    const r = replay([
      'openat(AT_FDCWD, "/etc", O_RDONLY|O_DIRECTORY) = 3',
      'openat(3, "passwd", O_RDONLY) = 4',
      'openat(AT_FDCWD, "mine", O_WRONLY|O_CREAT, 0644) = 5',
      'dup2(5, 3) = 3',
      'write(3, "x", 1) = 1',
      'close(4) = 0',
      'openat(AT_FDCWD, "mine", O_RDONLY) = 4',
      'read(4, "x", 10) = 1',
    ].join('\n'));
    expect(r.calls.map((c) => c.outcome)).toEqual(['host file', 'host file', 'matched', 'matched', 'matched', 'host file', 'matched', 'matched']);
    expect(r.divergences).toEqual([]);
  });

  it('skips calls on an fd an unsupported call made, and starts over after a wrapper\'s execve', () => {
    const r = replay([
      'execve("./wrapper", ["./wrapper", "./prog"], 0x7ffd00001000 /* 1 var */) = 0',
      'brk(NULL) = 0x5555aaaa0000',
      'getpid() = 100',
      'openat(AT_FDCWD, "keep", O_WRONLY|O_CREAT, 0644) = 3',
      'openat(AT_FDCWD, "gone", O_WRONLY|O_CREAT|O_CLOEXEC, 0644) = 4',
      'socket(AF_UNIX, SOCK_STREAM, 0) = 5',
      'write(5, "x", 1) = 1',
      'execve("./prog", ["./prog"], 0x7ffd00002000 /* 1 var */) = -1 ENOENT (No such file or directory)',
      'execve("/usr/bin/prog", ["./prog"], 0x7ffd00002000 /* 1 var */) = 0',
      'brk(NULL) = 0x5555bbbb0000',
      'arch_prctl(ARCH_SET_FS, 0x7f0000001000) = 0',
      'write(3, "k", 1) = 1',
      'write(4, "g", 1) = -1 EBADF (Bad file descriptor)',
      'openat(AT_FDCWD, "new", O_WRONLY|O_CREAT, 0644) = 4',
      'brk(0x5555bbbd1000) = 0x5555bbbd1000',
      'readv(3, [{iov_base="k", iov_len=1}], 1) = -1 EBADF (Bad file descriptor)',
      'close(5) = 0',
      'socket(AF_UNIX, SOCK_STREAM, 0) = 5',
    ].join('\n'));
    expect(r.calls.map((c) => `${c.name} ${c.outcome}${c.reason ? ` (${c.reason})` : ''}`)).toEqual([
      'execve start-up', 'brk start-up', 'getpid matched', 'openat matched', 'openat matched',
      'socket unsupported (socket: not implemented in linuxsim)', 'write unsupported (fd 5 comes from an unsupported call)',
      'execve unsupported (execve: linuxsim runs only its own programs)', 'execve start-up', 'brk start-up', 'arch_prctl start-up',
      'write matched', 'write matched', 'openat matched', 'brk matched',
      'readv unsupported (cannot pass an argument: readv: argument 2 (iovec with pointers inside) yet)',
      'close unsupported (fd 5 comes from an unsupported call)', 'socket unsupported (socket: not implemented in linuxsim)',
    ]);
    expect(r.divergences).toEqual([]);
  });

  it('reports a call that sleeps where Linux returned, and the calls it holds up', () => {
    const r = replay(['pipe2([3, 4], 0) = 0', 'read(3, "x", 1) = 1', 'close(3) = 0'].join('\n'));
    expect(r.divergences.map((d) => [d.line, d.sim])).toEqual([
      [2, 'still blocked where Linux had returned'],
      [3, "linuxsim's process is still blocked in its previous call"],
    ]);
  });

  it('maps the break: brk(NULL) where the log had a different address', () => {
    const r = replay(['brk(NULL) = 0x5555aaaa0000', 'brk(0x5555aaac1000) = 0x5555aaac1000', 'brk(0x5555aaab0000) = 0x5555aaab0000', 'brk(NULL) = 0x5555aaab0000'].join('\n'));
    expect(r.divergences).toEqual([]);
    expect(numbers(r)).toMatchObject({ replayed: 4, matched: 4 });
  });

  it('prints the divergences and the totals', () => {
    const text = replayReportText(replay('getuid() = 7\n'), { file: 'x.log' });
    expect(text).toBe([
      'x.log:1: getuid() = 7',
      '    result: the log says 7 | linuxsim: 0',
      '',
      'replayed as uid 0 in /',
      'calls: 1; replayed 1 (matched 0, diverged 1); skipped 0 (start-up 0, host file 0, unsupported 0, injected 0)',
      'signals checked: 0; exits checked: 0; other lines: 0',
      '1 divergence',
    ].join('\n'));
  });
});

describe('linuxsim replay (the command)', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const run = (...args: string[]) => spawnSync(tsx, [join(ROOT, 'bin', 'linuxsim.ts'), 'replay', ...args], { encoding: 'utf8', cwd: ROOT });

  it('exits 0 with no divergence, 1 with one, 2 on a usage error', () => {
    const ok = run(join(HERE, 'files.static.log'));
    expect(ok.stdout).toContain('no divergence');
    expect(ok.status).toBe(0);
    const bad = run('--uid', '1000', join(HERE, 'signals.log'));
    expect(bad.status).toBe(1); // getpid is fine, but kill's si_uid is 1000 where the log says 0
    expect(run().status).toBe(2);
  }, 60_000);
});
