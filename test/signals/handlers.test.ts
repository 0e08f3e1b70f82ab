// test/signals/handlers.test.ts — signal handlers as program callbacks (typed door sigaction),
// their mask, SA_RESETHAND/SA_NODEFER, sigsuspend/pause/sigtimedwait on the virtual clock,
// interval timers, stop and continue with wait4's WUNTRACED/WCONTINUED and SIGCHLD, raw-door
// dispositions, and the rule for a handled SIGSEGV from a program's own access.

import { describe, expect, it } from 'vitest';
import { PROT_NONE, MAP_ANONYMOUS, MAP_PRIVATE } from '../../abi/mman';
import { CLONE_FILES, CLONE_FS, CLONE_SIGHAND, CLONE_THREAD, CLONE_VM } from '../../abi/sched';
import { CLD_CONTINUED, CLD_STOPPED, SA_NODEFER, SA_NOCLDSTOP, SA_RESETHAND, SIGALRM, SIGCHLD, SIGCONT, SIGINT,
  SIGSEGV, SIGSTOP, SIGTERM, SIGUSR1, SIGUSR2, SIG_BLOCK, SIG_DFL, SIG_IGN, SIG_SETMASK, SI_TKILL, SI_USER } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { ITIMER_REAL } from '../../abi/time';
import { WCONTINUED, WIFCONTINUED, WIFSIGNALED, WIFSTOPPED, WSTOPSIG, WTERMSIG, WUNTRACED } from '../../abi/wait';
import type { SigInfo } from '../../proc/signal';
import { ErrnoError } from '../../userland/errors';
import type { Program } from '../../userland/runtime';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';

async function runProgram(main: Program): Promise<{ status: number; out: string }> {
  const system = createSystem({ programs: { main }, installed: { '/usr/bin/main': 'main' } });
  const h = system.spawn('/usr/bin/main', ['main'], { uid: 1000 });
  await system.run();
  return { status: await h.exited(), out: system.output() };
}

const ms = (n: number) => ({ tv_sec: Math.floor(n / 1000), tv_nsec: (n % 1000) * 1_000_000 });
const code = async (f: () => Promise<unknown>) => {
  try { await f(); return 'ok'; } catch (e) { return e instanceof ErrnoError ? e.code : String(e); }
};

describe('handlers run as program callbacks', () => {
  it('gets the siginfo; the mask during the handler is sa_mask | the signal; it is restored after', async () => {
    const { status, out } = await runProgram(async (sys) => {
      const log: string[] = [];
      const me = await sys.getpid();
      await sys.sigaction(SIGUSR1, {
        handler: async (sig: number, info: SigInfo) => {
          const mask = await sys.sigprocmask(SIG_BLOCK, null);
          log.push(`sig=${sig} code=${info.code} pid=${info.pid === me} uid=${info.uid} mask=${mask.join(',')}`);
        },
        mask: [SIGUSR2],
      });
      await sys.kill(me, SIGUSR1);
      await sys.tgkill(me, me, SIGUSR1);
      log.push(`after: ${(await sys.sigprocmask(SIG_BLOCK, null)).join(',') || 'none'}`);
      await sys.write(1, log.join('\n') + '\n');
    });
    expect(status).toBe(0);
    expect(out).toBe(`sig=10 code=${SI_USER} pid=true uid=1000 mask=10,12\nsig=10 code=${SI_TKILL} pid=true uid=1000 mask=10,12\nafter: none\n`);
  });

  it('SA_RESETHAND resets to SIG_DFL (the second signal kills); SA_NODEFER leaves the signal unblocked', async () => {
    const { status, out } = await runProgram(async (sys) => {
      const me = await sys.getpid();
      await sys.sigaction(SIGUSR2, { handler: async () => { await sys.write(1, `nodefer mask=${(await sys.sigprocmask(SIG_BLOCK, null)).join(',') || 'none'}\n`); }, flags: SA_NODEFER });
      await sys.kill(me, SIGUSR2);
      await sys.sigaction(SIGUSR1, { handler: async () => { await sys.write(1, 'once\n'); }, flags: SA_RESETHAND });
      await sys.kill(me, SIGUSR1);
      const now = await sys.sigaction(SIGUSR1, null);
      await sys.write(1, `handler now ${now.handler}\n`);
      await sys.kill(me, SIGUSR1);
      await sys.write(1, 'not reached\n');
    });
    expect(out).toBe('nodefer mask=none\nonce\nhandler now 0\n');
    expect(WIFSIGNALED(status) && WTERMSIG(status)).toBe(SIGUSR1);
  });

  it('a handler interrupting a handler: signals stack, the later one runs first (Linux frames)', async () => {
    const { out } = await runProgram(async (sys) => {
      const me = await sys.getpid();
      await sys.sigprocmask(SIG_BLOCK, [SIGUSR1, SIGUSR2]);
      await sys.sigaction(SIGUSR1, { handler: async () => { await sys.write(1, 'usr1\n'); } });
      await sys.sigaction(SIGUSR2, { handler: async () => { await sys.write(1, 'usr2\n'); } });
      await sys.kill(me, SIGUSR2);
      await sys.kill(me, SIGUSR1);
      await sys.write(1, `pending ${(await sys.sigpending()).join(',')}\n`);
      await sys.sigprocmask(SIG_SETMASK, []);
      await sys.write(1, 'back\n');
    });
    // Both become deliverable at once: SIGUSR1 (lower) is dequeued first, its frame set up,
    // then SIGUSR2's on top of it: SIGUSR2's handler runs first.
    expect(out).toBe('pending 10,12\nusr2\nusr1\nback\n');
  });

  it('a handler that throws is a siglongjmp: the exception reaches the interrupted await, the mask is restored', async () => {
    const { out } = await runProgram(async (sys) => {
      const me = await sys.getpid();
      await sys.sigaction(SIGUSR1, { handler: () => { throw new Error('jumped'); } });
      try {
        await sys.kill(me, SIGUSR1);
        await sys.write(1, 'no\n');
      } catch (e) {
        await sys.write(1, `caught ${(e as Error).message}; mask ${(await sys.sigprocmask(SIG_BLOCK, null)).length}\n`);
      }
    });
    expect(out).toBe('caught jumped; mask 0\n');
  });
});

describe('waiting for signals', () => {
  it('pause and sigsuspend return EINTR after the handler; alarm fires on the virtual clock', async () => {
    const { out } = await runProgram(async (sys) => {
      let n = 0;
      await sys.sigaction(SIGALRM, { handler: () => { n++; } });
      const t0 = await sys.clock_gettime(1);
      await sys.alarm(2);
      const r = await code(() => sys.pause());
      const t1 = await sys.clock_gettime(1);
      await sys.write(1, `pause ${r} n=${n} after ${t1.tv_sec - t0.tv_sec}s\n`);
      await sys.sigprocmask(SIG_BLOCK, [SIGALRM]);
      await sys.alarm(1);
      const s = await code(() => sys.sigsuspend([]));
      await sys.write(1, `sigsuspend ${s} n=${n} mask ${(await sys.sigprocmask(SIG_BLOCK, null)).join(',')}\n`);
    });
    expect(out).toBe('pause EINTR n=1 after 2s\nsigsuspend EINTR n=2 mask 14\n');
  });

  it('sigtimedwait: a blocked pending signal at once, EAGAIN at the timeout, EINTR by a handled one', async () => {
    const { out } = await runProgram(async (sys) => {
      const me = await sys.getpid();
      await sys.sigprocmask(SIG_BLOCK, [SIGUSR1]);
      await sys.sigqueue(me, SIGUSR1, 42);
      const info = await sys.sigtimedwait([SIGUSR1], ms(0));
      const t = await code(() => sys.sigtimedwait([SIGUSR1], ms(1500)));
      await sys.sigaction(SIGUSR2, { handler: () => undefined });
      await sys.clone(SIGCHLD, async (s) => { await s.nanosleep(ms(100)); await s.kill(me, SIGUSR2); });
      const i = await code(() => sys.sigtimedwait([SIGUSR1], ms(5000)));
      await sys.clone(SIGCHLD, async (s) => { await s.nanosleep(ms(100)); await s.kill(me, SIGUSR1); });
      const got = await sys.sigtimedwait([SIGUSR1], null);
      await sys.write(1, `${info.signo} value=${info.value} code=${info.code}; ${t}; ${i}; ${got.signo}\n`);
    });
    expect(out).toBe('10 value=42 code=-1; EAGAIN; EINTR; 10\n');
  });

  it('setitimer ITIMER_REAL reloads with its interval', async () => {
    const { out } = await runProgram(async (sys) => {
      let n = 0;
      await sys.sigaction(SIGALRM, { handler: () => { n++; } });
      await sys.setitimer(ITIMER_REAL, { it_interval: { tv_sec: 0, tv_usec: 100_000 }, it_value: { tv_sec: 0, tv_usec: 250_000 } });
      const t0 = await sys.clock_gettime(1);
      while (n < 3) await code(() => sys.pause());
      const t1 = await sys.clock_gettime(1);
      const left = await sys.setitimer(ITIMER_REAL, { it_interval: { tv_sec: 0, tv_usec: 0 }, it_value: { tv_sec: 0, tv_usec: 0 } });
      const ns = (t1.tv_sec - t0.tv_sec) * 1e9 + t1.tv_nsec - t0.tv_nsec;
      await sys.write(1, `n=${n} after ~${Math.round(ns / 1e7) * 10}ms interval ${left.it_interval.tv_usec}\n`);
    });
    expect(out).toBe('n=3 after ~450ms interval 100000\n');
  });
});

describe('stop and continue', () => {
  it('SIGSTOP stops the child (wait4 WUNTRACED, SIGCHLD CLD_STOPPED); SIGCONT resumes it (WCONTINUED, CLD_CONTINUED)', async () => {
    const { out } = await runProgram(async (sys) => {
      const log: string[] = [];
      await sys.sigaction(SIGCHLD, { handler: (_s: number, info: SigInfo) => { log.push(`SIGCHLD code=${info.code === CLD_STOPPED ? 'STOPPED' : info.code === CLD_CONTINUED ? 'CONTINUED' : info.code} status=${info.status}`); } });
      const c = await sys.clone(SIGCHLD, async (s) => {
        for (let i = 0; i < 3; i++) { await s.write(1, `child ${i}\n`); await s.nanosleep(ms(100)); }
        return 5;
      });
      await sys.nanosleep(ms(150));
      await sys.kill(c, SIGSTOP);
      const w1 = await sys.wait4(c, WUNTRACED);
      log.push(`stopped=${WIFSTOPPED(w1.status)} by ${WSTOPSIG(w1.status)}`);
      // /proc shows it stopped: State "T (stopped)", and "T" in stat's third field.
      const st = await sys.open(`/proc/${c}/status`, 0, 0);
      const b = new Uint8Array(4096);
      const text = new TextDecoder().decode(b.subarray(0, await sys.read(st, b)));
      await sys.close(st);
      log.push(/\nState:\tT \(stopped\)\n/.test(text) ? 'proc: T (stopped)' : `proc: ${/State:.*/.exec(text)?.[0]}`);
      await sys.nanosleep(ms(1000));
      await sys.write(1, 'parent: child quiet for 1s\n');
      await sys.kill(c, SIGCONT);
      const w2 = await sys.wait4(c, WCONTINUED);
      log.push(`continued=${WIFCONTINUED(w2.status)}`);
      const w3 = await sys.wait4(c);
      log.push(`exit ${w3.status >> 8}`);
      await sys.write(1, log.join('\n') + '\n');
    });
    expect(out).toBe('child 0\nchild 1\nparent: child quiet for 1s\nchild 2\n'
      + `SIGCHLD code=STOPPED status=${SIGSTOP}\nstopped=true by ${SIGSTOP}\nproc: T (stopped)\nSIGCHLD code=CONTINUED status=${SIGCONT}\ncontinued=true\nSIGCHLD code=1 status=5\nexit 5\n`);
  });

  it('a read stopped by SIGSTOP and continued by SIGCONT restarts transparently (no handler ran)', async () => {
    const { out } = await runProgram(async (sys) => {
      const [r, w] = await sys.pipe();
      const c = await sys.clone(SIGCHLD, async (s) => {
        const n = await s.read(r, new Uint8Array(8));
        await s.write(1, `child read ${n}\n`);
        return 0;
      });
      await sys.nanosleep(ms(10));
      await sys.kill(c, SIGSTOP);
      await sys.wait4(c, WUNTRACED);
      await sys.write(w, 'abc');
      await sys.nanosleep(ms(10));
      await sys.write(1, 'parent: wrote while the child was stopped\n');
      await sys.kill(c, SIGCONT);
      const st = await sys.wait4(c);
      await sys.write(1, `exit ${st.status >> 8}\n`);
    });
    expect(out).toBe('parent: wrote while the child was stopped\nchild read 3\nexit 0\n');
  });

  it('SA_NOCLDSTOP: no SIGCHLD for the stop; SIGKILL ends a stopped process', async () => {
    const { out } = await runProgram(async (sys) => {
      let n = 0;
      await sys.sigaction(SIGCHLD, { handler: () => { n++; }, flags: SA_NOCLDSTOP });
      const c = await sys.clone(SIGCHLD, async (s) => { for (;;) await s.nanosleep(ms(100)); });
      await sys.nanosleep(ms(50));
      await sys.kill(c, SIGSTOP);
      await sys.wait4(c, WUNTRACED);
      const before = n;
      await sys.kill(c, 9);
      const w = await sys.wait4(c);
      await sys.write(1, `chld during stop ${before}; killed by ${WTERMSIG(w.status)}; chld ${n}\n`);
    });
    expect(out).toBe('chld during stop 0; killed by 9; chld 1\n');
  });
});

describe('threads', () => {
  it('a process-directed signal goes to a thread that does not block it; the handler gets that thread\'s sys', async () => {
    const { out } = await runProgram(async (sys) => {
      const me = await sys.getpid();
      await sys.sigprocmask(SIG_BLOCK, [SIGUSR1]);
      await sys.sigaction(SIGUSR1, { handler: async (_s: number, _i: SigInfo, ts: Sys) => { await ts.write(1, `handled in ${(await ts.gettid()) === me ? 'main' : 'thread'}\n`); } });
      const flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD;
      await sys.clone(flags, async (s) => {
        await s.sigprocmask(SIG_SETMASK, []);
        const r = await code(() => s.nanosleep(ms(200)));
        await s.write(1, `thread's nanosleep ${r}\n`);
      });
      await sys.nanosleep(ms(50));
      await sys.kill(me, SIGUSR1);
      await sys.nanosleep(ms(500));
      await sys.write(1, `main pending ${(await sys.sigpending()).length}\n`);
    });
    expect(out).toBe('handled in thread\nthread\'s nanosleep EINTR\nmain pending 0\n');
  });

  it('ITIMER_VIRTUAL fires SIGVTALRM on the process\'s user CPU time', async () => {
    const { out } = await runProgram(async (sys) => {
      let n = 0;
      await sys.sigaction(26 /* SIGVTALRM */, { handler: () => { n++; } });
      await sys.setitimer(1 /* ITIMER_VIRTUAL */, { it_interval: { tv_sec: 0, tv_usec: 1000 }, it_value: { tv_sec: 0, tv_usec: 1000 } });
      let calls = 0;
      while (n < 2) { await sys.getpid(); calls++; }
      await sys.write(1, `n=${n} after ${calls} calls\n`);
    });
    // Each syscall costs 500 ns of user time: 1 ms of it is about 2,000 calls.
    expect(out).toMatch(/^n=2 after 3\d\d\d calls\n$/);
  });
});

describe('the alternate stack', () => {
  it('a SA_ONSTACK handler runs on it: SS_ONSTACK read back, EPERM to change it; SS_AUTODISARM disarms it meanwhile', async () => {
    const { out } = await runProgram(async (sys) => {
      const me = await sys.getpid();
      const log: string[] = [];
      await sys.sigaltstack({ ss_sp: 0x7f0000000000, ss_flags: 0, ss_size: 65536 });
      await sys.sigaction(SIGUSR1, {
        flags: 0x08000000 /* SA_ONSTACK */,
        handler: async () => {
          const st = await sys.sigaltstack(null);
          log.push(`in handler flags=${st.ss_flags} set=${await code(() => sys.sigaltstack({ ss_sp: 0, ss_flags: 0, ss_size: 65536 }))}`);
        },
      });
      await sys.kill(me, SIGUSR1);
      log.push(`after flags=${(await sys.sigaltstack(null)).ss_flags}`);
      await sys.sigaltstack({ ss_sp: 0x7f0000000000, ss_flags: 0x80000000 | 0, ss_size: 65536 });
      await sys.kill(me, SIGUSR1);
      log.push(`after autodisarm flags=${(await sys.sigaltstack(null)).ss_flags}`);
      await sys.write(1, log.join('\n') + '\n');
    });
    expect(out).toBe(`in handler flags=1 set=EPERM\nafter flags=0\nin handler flags=2 set=ok\nafter autodisarm flags=${0x80000000 | 0}\n`);
  });
});

describe('raw-door dispositions', () => {
  it('an address handler set through the raw door reads back; it runs as a no-op that returns (EINTR)', async () => {
    const { out } = await runProgram(async (sys) => {
      const { Out } = await import('../../mm/usercopy');
      const act = { sa_handler: 0x401234, sa_flags: 0, sa_restorer: 0, sa_mask: { sig: [0, 0] } };
      await sys.syscall(SYS.rt_sigaction, SIGINT, act, 0, 8);
      const old = new Out<{ sa_handler: number }>();
      await sys.syscall(SYS.rt_sigaction, SIGINT, 0, old, 8);
      const me = await sys.getpid();
      await sys.clone(SIGCHLD, async (s) => { await s.nanosleep(ms(10)); await s.kill(me, SIGINT); });
      const r = await code(() => sys.pause());
      await sys.write(1, `handler 0x${old.value!.sa_handler.toString(16)}; pause ${r}\n`);
    });
    expect(out).toBe('handler 0x401234; pause EINTR\n');
  });

  it('SIG_IGN of SIGTERM survives kill; SIG_DFL of SIGTERM kills', async () => {
    const r = await runProgram(async (sys) => {
      const me = await sys.getpid();
      await sys.sigaction(SIGTERM, { handler: SIG_IGN });
      await sys.kill(me, SIGTERM);
      await sys.write(1, 'survived\n');
      await sys.sigaction(SIGTERM, { handler: SIG_DFL });
      await sys.kill(me, SIGTERM);
    });
    expect(r.out).toBe('survived\n');
    expect(WTERMSIG(r.status)).toBe(SIGTERM);
  });
});

describe('a handled SIGSEGV from the program\'s own access', () => {
  // The rule (a JS access cannot be resumed): the access throws MemoryFault at once; the
  // handler runs before the program's next syscall (if it catches the fault) or as the fault
  // leaves the program; returning from the handler re-executes the access, which faults again
  // — then the signal is forced with its default action and the process dies of it.
  it('caught by the program: the handler runs before its next syscall', async () => {
    const { out, status } = await runProgram(async (sys: Sys) => {
      let seen = '';
      await sys.sigaction(SIGSEGV, { handler: (_s: number, info: SigInfo) => { seen = `SIGSEGV at 0x${(info.addr ?? 0).toString(16)}`; } });
      const a = await sys.mmap(0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS);
      try { sys.mem.u8(a); } catch { /* the sigsetjmp point */ }
      await sys.getpid();
      await sys.write(1, `${seen === `SIGSEGV at 0x${a.toString(16)}`}\n`);
      return 0;
    });
    expect(out).toBe('true\n');
    expect(status).toBe(0);
  });

  it('not caught: the handler runs, then the access faults again and kills', async () => {
    const { out, status } = await runProgram(async (sys: Sys) => {
      await sys.sigaction(SIGSEGV, { handler: async () => { await sys.write(1, 'handler\n'); } });
      const a = await sys.mmap(0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS);
      sys.mem.u8(a);
      return 0;
    });
    expect(out).toBe('handler\n');
    expect(WIFSIGNALED(status) && WTERMSIG(status)).toBe(SIGSEGV);
  });
});
