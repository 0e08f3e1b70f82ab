// test/kernel/programs.test.ts — programs under the scheduler: blocking and waking through
// pipes, sleeping on the virtual clock, clone for threads and processes, exit and wait4
// statuses, SIGPIPE, execve's errors, deadlock detection and determinism.

import { describe, expect, it } from 'vitest';
import { CLONE_FILES, CLONE_FS, CLONE_SIGHAND, CLONE_THREAD, CLONE_VM } from '../../abi/sched';
import { SIGCHLD, SIGPIPE } from '../../abi/signal';
import { CLOCK_MONOTONIC } from '../../abi/time';
import { WEXITSTATUS, WIFEXITED, WIFSIGNALED, WTERMSIG } from '../../abi/wait';
import { O_CREAT, O_WRONLY } from '../../abi/fcntl';
import { ErrnoError } from '../../userland/errors';
import type { Program } from '../../userland/runtime';
import { createSystem } from '../../userland/system';

function system(programs: Record<string, Program>) {
  const installed = Object.fromEntries(Object.keys(programs).map((n) => [`/usr/bin/${n}`, n]));
  return createSystem({ programs, installed });
}

describe('programs under the scheduler', () => {
  it('ping-pongs a byte through two pipes between two processes, deterministically', async () => {
    const run = async () => {
      const s = system({
        pingpong: async (sys) => {
          const [r1, w1] = await sys.pipe();
          const [r2, w2] = await sys.pipe();
          const child = await sys.clone(SIGCHLD, async (c) => {
            const b = new Uint8Array(1);
            for (let i = 0; i < 3; i++) {
              await c.read(r1, b);
              await c.write(1, `pong ${b[0]}\n`);
              await c.write(w2, b);
            }
            return 7;
          });
          const b = new Uint8Array(1);
          for (let i = 0; i < 3; i++) {
            b[0] = i;
            await sys.write(1, `ping ${i}\n`);
            await sys.write(w1, b);
            await sys.read(r2, b);
          }
          const w = await sys.wait4(child);
          await sys.write(1, `child ${w.pid === child} ${WEXITSTATUS(w.status)}\n`);
          return 0;
        },
      });
      const h = s.spawn('/usr/bin/pingpong', ['pingpong']);
      expect(await s.run()).toBe('done');
      return { out: s.output(), status: await h.exited(), oops: s.kernel.oopses };
    };
    const a = await run();
    expect(a.out).toBe('ping 0\npong 0\nping 1\npong 1\nping 2\npong 2\nchild true 7\n');
    expect(a.status).toBe(0);
    expect(a.oops).toEqual([]);
    expect(await run()).toEqual(a);
  });

  it('sleeps exactly on the virtual clock and wakes sleepers in deadline order', async () => {
    const s = system({
      sleeper: async (sys, argv) => {
        const ms = Number(argv[1]);
        const t0 = await sys.clock_gettime(CLOCK_MONOTONIC);
        await sys.nanosleep({ tv_sec: 0, tv_nsec: ms * 1e6 });
        const t1 = await sys.clock_gettime(CLOCK_MONOTONIC);
        const dt = (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec);
        await sys.write(1, `${ms} ${dt}\n`);
      },
    });
    s.spawn('/usr/bin/sleeper', ['sleeper', '300']);
    s.spawn('/usr/bin/sleeper', ['sleeper', '100']);
    s.spawn('/usr/bin/sleeper', ['sleeper', '200']);
    expect(await s.run()).toBe('done');
    const lines = s.output().trim().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['100', '200', '300']);
    // clock_gettime's own cost model charge (1 µs per call: 500 ns user + 500 ns system)
    for (const l of lines) {
      const [ms, dt] = l.split(' ').map(Number);
      expect(dt! - ms! * 1e6).toBeGreaterThanOrEqual(0);
      expect(dt! - ms! * 1e6).toBeLessThan(10_000);
    }
  });

  it('reports exit codes and signals through wait4, and reaps zombies', async () => {
    const s = system({
      parent: async (sys) => {
        const a = await sys.clone(SIGCHLD, () => 3);
        const [r, w] = await sys.pipe();
        const b = await sys.clone(SIGCHLD, async (c) => {
          await c.close(r);
          await c.write(w, 'x'); // the read end is open in the parent: fine
          await c.nanosleep({ tv_sec: 0, tv_nsec: 1e6 });
          await c.write(w, 'x'); // the parent closed it meanwhile: SIGPIPE
          return 0;
        });
        await sys.close(r);
        await sys.close(w);
        const results: string[] = [];
        for (let i = 0; i < 2; i++) {
          const st = await sys.wait4(-1);
          const who = st.pid === a ? 'a' : st.pid === b ? 'b' : '?';
          results.push(WIFEXITED(st.status) ? `${who} exited ${WEXITSTATUS(st.status)}` : `${who} killed ${WIFSIGNALED(st.status) ? WTERMSIG(st.status) : '?'}`);
        }
        try {
          await sys.wait4(-1);
        } catch (e) {
          results.push((e as ErrnoError).code);
        }
        await sys.write(1, results.join('\n') + '\n');
      },
    });
    s.spawn('/usr/bin/parent', ['parent']);
    await s.run();
    expect(s.output()).toBe(`a exited 3\nb killed ${SIGPIPE}\nECHILD\n`);
  });

  it('runs threads that share the process: same pid, own tid, shared fds', async () => {
    const s = system({
      threads: async (sys) => {
        const pid = await sys.getpid();
        const flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD;
        const [r, w] = await sys.pipe();
        const tid = await sys.clone(flags, async (t) => {
          await t.write(w, `${(await t.getpid()) === pid} ${await t.gettid()}`);
          return 0;
        });
        const buf = new Uint8Array(64);
        const n = await sys.read(r, buf);
        await sys.write(1, `${new TextDecoder().decode(buf.subarray(0, n))} ${tid}\n`);
      },
    });
    s.spawn('/usr/bin/threads', ['threads']);
    await s.run();
    const [same, tid, cloneRet] = s.output().trim().split(' ');
    expect(same).toBe('true');
    expect(tid).toBe(cloneRet);
  });

  it('fails execve with ENOENT, EACCES and ENOEXEC as Linux does', async () => {
    const s = system({
      exec: async (sys) => {
        const fd = await sys.open('notexec', O_CREAT | O_WRONLY, 0o644);
        await sys.write(fd, '#!/bin/nothing\n');
        await sys.close(fd);
        const fd2 = await sys.open('garbage', O_CREAT | O_WRONLY, 0o755);
        await sys.write(fd2, 'not a program');
        await sys.close(fd2);
        const codes: string[] = [];
        for (const p of ['/no/such', 'notexec', 'garbage', '/tmp']) {
          try {
            await sys.execve(p, [p], []);
          } catch (e) {
            codes.push((e as ErrnoError).code);
          }
        }
        await sys.write(1, codes.join(' ') + '\n');
      },
    });
    s.spawn('/usr/bin/exec', ['exec']);
    await s.run();
    expect(s.output()).toBe('ENOENT EACCES ENOEXEC EACCES\n');
  });

  it('replaces the program on execve: the new one runs in the same process', async () => {
    const s = system({
      first: async (sys) => {
        await sys.write(1, `first ${await sys.getpid()}\n`);
        await sys.execve('/bin/echo', ['echo', 'second'], []);
        await sys.write(1, 'never\n');
      },
    });
    const h = s.spawn('/usr/bin/first', ['first']);
    await s.run();
    expect(s.output()).toBe(`first ${h.pid}\nsecond\n`);
    expect(await h.exited()).toBe(0);
  });

  it('reports a deadlock when every task waits forever', async () => {
    const s = system({
      stuck: async (sys) => {
        const [r] = await sys.pipe();
        await sys.read(r, new Uint8Array(1)); // the write end is ours: nobody will write
      },
    });
    s.spawn('/usr/bin/stuck', ['stuck']);
    expect(await s.run()).toBe('deadlock');
  });

  it('waits for console input and ends on end-of-input', async () => {
    const s = system({
      reader: async (sys) => {
        const b = new Uint8Array(100);
        let total = '';
        for (;;) {
          const n = await sys.read(0, b);
          if (n === 0) break;
          total += new TextDecoder().decode(b.subarray(0, n)) + '|';
        }
        await sys.write(1, total + '\n');
      },
    });
    s.spawn('/usr/bin/reader', ['reader']);
    s.input('abc');
    await Promise.resolve();
    s.input('def');
    s.endInput();
    expect(await s.run()).toBe('done');
    expect(s.output()).toMatch(/^abc\|def\|\n$|^abcdef\|\n$/);
  });
});

describe('signals to processes', () => {
  it('accepts kill() of a zombie (it exists until reaped) and refuses it after the wait', async () => {
    const s = system({
      zombie: async (sys) => {
        const c = await sys.clone(SIGCHLD, () => 0);
        await sys.nanosleep({ tv_sec: 0, tv_nsec: 1e6 }); // the child exits meanwhile: a zombie
        const before = await sys.syscall(62 /* kill */, c, 15);
        await sys.wait4(c);
        const after = await sys.syscall(62, c, 15);
        await sys.write(1, `${before} ${after}\n`);
      },
    });
    s.spawn('/usr/bin/zombie', ['zombie']);
    await s.run();
    expect(s.output()).toBe('0 -3\n'); // 0, then ESRCH: what Linux answers (kill(2))
  });
});
