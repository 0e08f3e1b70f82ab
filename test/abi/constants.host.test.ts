// test/abi/constants.host.test.ts — every numeric constant abi/ exports, compared with the value
// the host's C headers give it (the C program is generated from the TS exports); errno numbers
// and strerror() texts; signal numbers, strsignal() texts, default actions (signal(7), and what
// the host kernel does), strace's signal names; and the wait-status encoding against the host
// kernel and glibc's W* macros. Skipped without gcc. Fails only on mismatches.

import { describe, expect, it } from 'vitest';
import * as epoll from '../../abi/epoll';
import * as errno from '../../abi/errno';
import * as fcntl from '../../abi/fcntl';
import * as ioctl from '../../abi/ioctl';
import * as misc from '../../abi/misc';
import * as mman from '../../abi/mman';
import * as prctl from '../../abi/prctl';
import * as resource from '../../abi/resource';
import * as sched from '../../abi/sched';
import * as signal from '../../abi/signal';
import * as socket from '../../abi/socket';
import * as stat from '../../abi/stat';
import * as time from '../../abi/time';
import * as wait from '../../abi/wait';
import { compileC, compileProbes, hasGcc, runBinary } from '../helpers/host';

/** A header set: one C translation unit. */
interface Group {
  readonly name: string;
  readonly headers: readonly string[];
  readonly gnu?: boolean;
}
const kernel = (...headers: string[]): Group => ({ name: 'kernel', headers });
const glibc = (...headers: string[]): Group => ({ name: 'glibc', headers, gnu: true });

interface ModuleSpec {
  readonly name: string;
  readonly exports: Record<string, unknown>;
  /** Header sets in order of authority: the first that defines a name gives its value. */
  readonly groups: readonly Group[];
  /** Names whose value we take from a later group on purpose (name → group name), with why. */
  readonly prefer?: Readonly<Record<string, string>>;
}

const MODULES: readonly ModuleSpec[] = [
  { name: 'fcntl', exports: fcntl, groups: [kernel('linux/fcntl.h', 'linux/limits.h', 'linux/openat2.h'), glibc('fcntl.h', 'unistd.h', 'stdio.h', 'limits.h', 'sys/file.h')] },
  { name: 'stat', exports: stat, groups: [kernel('linux/stat.h'), glibc('sys/stat.h', 'fcntl.h')] },
  { name: 'time', exports: time, groups: [kernel('linux/time.h'), glibc('time.h', 'sys/time.h')] },
  {
    name: 'signal',
    exports: signal,
    groups: [kernel('linux/signal.h'), glibc('signal.h')],
    // The uapi header's NSIG is a legacy 32 "for libcs"; ours is glibc's (_NSIG + 1 = 65).
    prefer: { NSIG: 'glibc' },
  },
  { name: 'mman', exports: mman, groups: [kernel('linux/mman.h'), glibc('sys/mman.h', 'sys/user.h')] },
  { name: 'sched', exports: sched, groups: [kernel('linux/sched.h', 'linux/sched/types.h'), glibc('sched.h')] },
  {
    name: 'socket',
    exports: socket,
    groups: [
      kernel('linux/in.h', 'linux/in6.h', 'linux/tcp.h', 'linux/udp.h', 'linux/un.h', 'linux/socket.h', 'asm/socket.h'),
      glibc('sys/socket.h', 'netinet/in.h', 'netinet/tcp.h', 'netinet/udp.h', 'arpa/inet.h', 'sys/un.h'),
    ],
  },
  { name: 'epoll', exports: epoll, groups: [kernel('linux/eventpoll.h', 'linux/poll.h'), glibc('sys/epoll.h', 'poll.h')] },
  { name: 'resource', exports: resource, groups: [kernel('linux/resource.h', 'linux/fs.h'), glibc('sys/resource.h')] },
  { name: 'wait', exports: wait, groups: [kernel('linux/wait.h'), glibc('sys/wait.h')] },
  {
    name: 'ioctl',
    exports: ioctl,
    groups: [
      kernel('asm/ioctls.h', 'asm/termbits.h', 'asm/ioctl.h', 'linux/sockios.h', 'linux/fs.h', 'linux/tty.h'),
      glibc('sys/ioctl.h', 'termios.h'),
    ],
  },
  { name: 'prctl', exports: prctl, groups: [kernel('linux/prctl.h', 'asm/prctl.h'), glibc('sys/prctl.h')] },
  {
    name: 'misc',
    exports: misc,
    groups: [
      kernel(
        'linux/random.h', 'linux/timerfd.h', 'linux/signalfd.h', 'linux/inotify.h', 'linux/memfd.h',
        'linux/fcntl.h', 'linux/pidfd.h', 'linux/mount.h', 'linux/fs.h', 'linux/xattr.h', 'linux/falloc.h',
        'linux/futex.h', 'linux/ipc.h', 'linux/sem.h', 'linux/msg.h', 'linux/shm.h', 'linux/personality.h',
        'linux/utsname.h', 'linux/capability.h', 'linux/limits.h',
      ),
      glibc(
        'sys/random.h', 'sys/eventfd.h', 'sys/timerfd.h', 'sys/signalfd.h', 'sys/inotify.h', 'sys/mman.h',
        'fcntl.h', 'sys/mount.h', 'sys/xattr.h', 'sys/personality.h', 'sys/utsname.h', 'limits.h',
        'sys/ipc.h', 'sys/sem.h', 'sys/msg.h', 'sys/shm.h', 'unistd.h',
      ),
    ],
  },
  // errno: the Errno objects, compared by number.
  { name: 'errno', exports: errno, groups: [glibc('errno.h')] },
];

/**
 * Known, explained differences: name → [the host's value, why ours differs]. A mismatch with
 * exactly that host value passes (and is printed). Two kinds: the host's headers
 * (linux-libc-dev) are older than the Linux our ABI follows, or the only header defining the
 * name is glibc's and glibc means something else by it.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, readonly [bigint, string]>> = {
  NSIGSEGV: [9n, 'host headers older: SEGV_CPERR (10) was added in Linux 6.6'],
  _NSIG: [65n, "glibc's _NSIG is the kernel's + 1; ours is the kernel's (arch/x86/include/asm/signal.h)"],
};

/** The numeric exports of a module (Errno objects as their number), by C name. */
function numericExports(exports: Record<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(exports)) {
    if (!/^[A-Z_][A-Za-z0-9_]*$/.test(k)) continue;
    if (typeof v === 'number') out.set(k, v);
    else if (v instanceof errno.Errno) out.set(k, v.errno);
  }
  return out;
}

interface HostValue {
  readonly size: number;
  readonly signed: bigint;
  readonly unsigned: bigint;
}

/** Our value equals the C value read as signed or unsigned; 2**64 stands for all ones (abi/struct.ts). */
function sameValue(ours: number, host: HostValue): boolean {
  if (ours >= 2 ** 64) return host.unsigned === (1n << 64n) - 1n;
  if (!Number.isSafeInteger(ours)) return false;
  const b = BigInt(ours);
  return b === host.signed || b === host.unsigned;
}

function probeGroup(group: Group, names: readonly string[]): { values: Map<string, HostValue>; missing: string[] } {
  const head = [
    ...(group.gnu ? ['#define _GNU_SOURCE'] : []),
    '#include <stdio.h>',
    ...group.headers.map((h) => `#include <${h}>`),
    'int main(void) {',
  ].join('\n');
  const probes = names.map(
    (n) => `printf("%s %d %lld %llu\\n", "${n}", (int)sizeof(${n}), (long long)(${n}), (unsigned long long)(${n}));`,
  );
  const { binary, dropped } = compileProbes(head, probes, 'return 0;\n}\n');
  const run = runBinary(binary);
  expect(run.status).toBe(0);
  const values = new Map<string, HostValue>();
  for (const line of run.stdout.trim().split('\n').filter(Boolean)) {
    const [n, size, s, u] = line.split(' ');
    values.set(n!, { size: Number(size), signed: BigInt(s!), unsigned: BigInt(u!) });
  }
  const missing = dropped.map((d) => /"([^"]+)"/.exec(d.slice(d.indexOf(',')))![1]!);
  return { values, missing };
}

describe.skipIf(!hasGcc())('constants against the host headers', () => {
  for (const mod of MODULES) {
    it(`${mod.name}: every exported constant the host defines has the host's value`, () => {
      const ours = numericExports(mod.exports);
      const names = [...ours.keys()];
      const byGroup = mod.groups.map((g) => ({ group: g, ...probeGroup(g, names) }));
      const mismatches: string[] = [];
      const explained: string[] = [];
      const notFound: string[] = [];
      for (const [name, value] of ours) {
        const preferred = mod.prefer?.[name];
        const found = byGroup.find((g) => g.values.has(name) && (preferred === undefined || g.group.name === preferred));
        if (!found) {
          notFound.push(name);
          continue;
        }
        const host = found.values.get(name)!;
        if (sameValue(value, host)) continue;
        const known = KNOWN_DIFFERENCES[name];
        if (known && known[0] === host.signed) {
          explained.push(`${name}: ours ${value}, host ${host.signed} (${known[1]})`);
          continue;
        }
        const all = byGroup.filter((g) => g.values.has(name)).map((g) => `${g.group.name} ${g.values.get(name)!.signed}`);
        mismatches.push(`${name}: ours ${value}, host ${all.join(', ')}`);
      }
      const report = [
        `${mod.name}: ${ours.size - notFound.length}/${ours.size} checked against the host`,
        ...(explained.length ? [`  known differences: ${explained.join('; ')}`] : []),
        ...(notFound.length ? [`  not in the host's headers (${notFound.length}): ${notFound.join(' ')}`] : []),
      ];
      console.log(report.join('\n'));
      expect(mismatches).toEqual([]);
    });
  }
});

// --- errno -------------------------------------------------------------------------------------

describe.skipIf(!hasGcc())('errno against the host', () => {
  it('strerror() texts for 1..133 are our messages', () => {
    const bin = compileC(`
#include <stdio.h>
#include <string.h>
int main(void) { for (int i = 1; i <= 133; i++) printf("%d\\t%s\\n", i, strerror(i)); return 0; }
`);
    const lines = runBinary(bin).stdout.trim().split('\n');
    const diffs: string[] = [];
    for (const line of lines) {
      const [n, text] = line.split('\t') as [string, string];
      const ours = errno.errnoByNumber(Number(n))?.message ?? `Unknown error ${n}`;
      if (ours !== text) diffs.push(`${n}: ours '${ours}', host '${text}'`);
    }
    expect(lines.length).toBe(133);
    expect(diffs).toEqual([]);
  });
});

// --- signals -----------------------------------------------------------------------------------

/** signal(7)'s "Standard signals" table: the default action of each signal (realtime: Term). */
const SIGNAL7: Readonly<Record<string, string>> = {
  SIGABRT: 'core', SIGALRM: 'term', SIGBUS: 'core', SIGCHLD: 'ign', SIGCONT: 'cont', SIGFPE: 'core',
  SIGHUP: 'term', SIGILL: 'core', SIGINT: 'term', SIGIO: 'term', SIGKILL: 'term', SIGPIPE: 'term',
  SIGPROF: 'term', SIGPWR: 'term', SIGQUIT: 'core', SIGSEGV: 'core', SIGSTKFLT: 'term', SIGSTOP: 'stop',
  SIGTSTP: 'stop', SIGSYS: 'core', SIGTERM: 'term', SIGTRAP: 'core', SIGTTIN: 'stop', SIGTTOU: 'stop',
  SIGURG: 'ign', SIGUSR1: 'term', SIGUSR2: 'term', SIGVTALRM: 'term', SIGXCPU: 'core', SIGXFSZ: 'core',
  SIGWINCH: 'ign',
};

describe('signal table', () => {
  it('has 64 signals, default actions as signal(7) says, and lookups both ways', () => {
    expect(signal.SIGNALS.map((s) => s.signo)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    for (const s of signal.SIGNALS) {
      expect(s.defaultAction).toBe(s.signo >= signal.SIGRTMIN ? 'term' : SIGNAL7[s.name]);
      expect(signal.signalByName(s.name)).toBe(s);
      expect(signal.signalByNumber(s.signo)).toBe(s);
      expect(signal.signalName(s.signo)).toBe(s.name);
    }
    expect(signal.signalByName('SEGV')?.signo).toBe(11);
    expect(signal.signalByName('SIGRTMIN+3')?.signo).toBe(35);
    expect(signal.signalByName('SIGRTMAX-1')?.signo).toBe(63);
    expect(signal.signalByName('SIGIOT')?.signo).toBe(6);
    expect(signal.signalName(32)).toBe('SIGRTMIN');
    expect(signal.signalName(35)).toBe('SIGRT_3');
    expect(signal.signalName(64)).toBe('SIGRT_32');
    expect(signal.signalName(65)).toBe('65');
    expect(signal.sigsetToSignals(signal.sigsetFromSignals([1, 9, 32, 33, 64]))).toEqual([1, 9, 32, 33, 64]);
  });
});

describe.skipIf(!hasGcc())('signals against the host', () => {
  it("descriptions are glibc's strsignal()", () => {
    const bin = compileC(`
#include <stdio.h>
#include <string.h>
int main(void) { for (int i = 1; i <= 64; i++) printf("%d\\t%s\\n", i, strsignal(i)); return 0; }
`);
    const diffs: string[] = [];
    for (const line of runBinary(bin).stdout.trim().split('\n')) {
      const [n, text] = line.split('\t') as [string, string];
      const ours = signal.signalByNumber(Number(n))?.description;
      if (ours !== text) diffs.push(`${n}: ours '${ours}', host '${text}'`);
    }
    expect(diffs).toEqual([]);
  });

  it('default actions are what the host kernel does (killed / stopped / ignored)', () => {
    // Each child gets its own process group (so job-control stops are not discarded as for an
    // orphaned group), makes itself non-dumpable (no core files), resets the disposition and
    // sends itself the signal with kill(2): glibc's raise() refuses 32 and 33, which it keeps.
    const bin = compileC(`
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  for (int s = 1; s <= 64; s++) {
    pid_t pid = fork();
    if (pid == 0) {
      setpgid(0, 0);
      prctl(PR_SET_DUMPABLE, 0);
      struct sigaction sa = {0}; sa.sa_handler = SIG_DFL; sigaction(s, &sa, NULL);
      sigset_t none; sigemptyset(&none); sigprocmask(SIG_SETMASK, &none, NULL);
      kill(getpid(), s);
      _exit(0);
    }
    int st; waitpid(pid, &st, WUNTRACED);
    if (WIFSTOPPED(st)) { printf("%d stopped\\n", s); kill(pid, SIGKILL); waitpid(pid, &st, 0); }
    else if (WIFSIGNALED(st)) printf("%d killed\\n", s);
    else printf("%d ignored\\n", s);
  }
  return 0;
}
`);
    const cls: Record<string, string> = { term: 'killed', core: 'killed', stop: 'stopped', ign: 'ignored', cont: 'ignored' };
    const diffs: string[] = [];
    for (const line of runBinary(bin).stdout.trim().split('\n')) {
      const [n, what] = line.split(' ') as [string, string];
      const s = signal.signalByNumber(Number(n))!;
      if (cls[s.defaultAction] !== what) diffs.push(`${s.name}: ours ${s.defaultAction}, host ${what}`);
    }
    expect(diffs).toEqual([]);
  });

  it("signalName() is strace's name for 1..64", (ctx) => {
    const strace = runBinary('/bin/sh', ['-c', 'command -v strace']).stdout.trim();
    if (!strace) return ctx.skip('strace is not installed');
    const bin = compileC(`
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) { for (int i = 1; i <= 64; i++) syscall(SYS_kill, 0x7ffffff0, i); return 0; }
`);
    const r = runBinary(strace, ['-e', 'trace=kill', '-e', 'signal=none', '-qq', bin]);
    const names = [...r.stderr.matchAll(/^kill\(\d+, (\w+)\)/gm)].map((m) => m[1]);
    if (names.length === 0) return ctx.skip(`strace could not trace here: ${r.stderr.slice(0, 200)}`);
    expect(names).toEqual(signal.SIGNALS.map((s) => s.name));
  });
});

// --- wait status -------------------------------------------------------------------------------

describe.skipIf(!hasGcc())('wait status against the host', () => {
  it('encodes exits, deaths, stops and continues as the host kernel does', () => {
    const bin = compileC(`
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  int st; pid_t pid;
  if ((pid = fork()) == 0) _exit(42);
  waitpid(pid, &st, 0); printf("exit42 %d\\n", st);
  if ((pid = fork()) == 0) { signal(SIGTERM, SIG_DFL); raise(SIGTERM); _exit(1); }
  waitpid(pid, &st, 0); printf("term15 %d\\n", st);
  if ((pid = fork()) == 0) { setpgid(0, 0); for (;;) pause(); }
  kill(pid, SIGSTOP); waitpid(pid, &st, WUNTRACED); printf("stop19 %d\\n", st);
  kill(pid, SIGCONT); waitpid(pid, &st, WCONTINUED); printf("cont %d\\n", st);
  kill(pid, SIGKILL); waitpid(pid, &st, 0); printf("kill9 %d\\n", st);
  return 0;
}
`);
    const got = Object.fromEntries(runBinary(bin).stdout.trim().split('\n').map((l) => l.split(' ')).map(([k, v]) => [k, Number(v)]));
    expect(got).toEqual({
      exit42: wait.wExitStatus(42),
      term15: wait.wTermSig(15),
      stop19: wait.wStopSig(19),
      cont: wait.W_CONTINUED,
      kill9: wait.wTermSig(9),
    });
  });

  it("decodes every 16-bit status as glibc's W* macros do", () => {
    const bin = compileC(`
#include <stdio.h>
#include <sys/wait.h>
int main(void) {
  for (int s = 0; s <= 0xffff; s++)
    printf("%d %d %d %d %d %d %d %d\\n", WIFEXITED(s) != 0, WEXITSTATUS(s), WIFSIGNALED(s) != 0, WTERMSIG(s),
           WIFSTOPPED(s) != 0, WSTOPSIG(s), WIFCONTINUED(s) != 0, WCOREDUMP(s) != 0);
  return 0;
}
`);
    const lines = runBinary(bin).stdout.trim().split('\n');
    const b = (x: boolean): number => (x ? 1 : 0);
    let diffs = 0;
    let first = '';
    for (let s = 0; s <= 0xffff; s++) {
      const ours = [
        b(wait.WIFEXITED(s)), wait.WEXITSTATUS(s), b(wait.WIFSIGNALED(s)), wait.WTERMSIG(s),
        b(wait.WIFSTOPPED(s)), wait.WSTOPSIG(s), b(wait.WIFCONTINUED(s)), b(wait.WCOREDUMP(s)),
      ].join(' ');
      if (ours !== lines[s]) {
        diffs++;
        first ||= `status ${s}: ours ${ours}, host ${lines[s]}`;
      }
    }
    expect(first).toBe('');
    expect(diffs).toBe(0);
  });
});
