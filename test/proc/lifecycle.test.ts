// test/proc/lifecycle.test.ts — process lifecycle under the scheduler: orphans re-parented to
// the nearest child subreaper (PR_SET_CHILD_SUBREAPER), an orphaned process group with a
// stopped member getting SIGHUP then SIGCONT (kernel/exit.c's kill_orphaned_pgrp), waitid's
// WSTOPPED/WCONTINUED/WEXITED/WNOWAIT with P_PID/P_PGID/P_ALL/P_PIDFD, and pidfds. Each
// expectation is what the same program does on Linux 6.18 (checked with C on the host).

import { describe, expect, it } from 'vitest';
import { EAGAIN, ECHILD, ESRCH } from '../../abi/errno';
import { PR_GET_CHILD_SUBREAPER, PR_SET_CHILD_SUBREAPER } from '../../abi/prctl';
import { CLD_CONTINUED, CLD_KILLED, CLD_STOPPED, SIGCHLD, SIGCONT, SIGHUP, SIGKILL, SIGSTOP, SIGTERM } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { P_ALL, P_PGID, P_PID, P_PIDFD, WCONTINUED, WEXITED, WNOHANG, WNOWAIT, WSTOPPED } from '../../abi/wait';
import { Out } from '../../mm/usercopy';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';

const ms = (n: number) => ({ tv_sec: 0, tv_nsec: n * 1_000_000 });

interface Info { si_signo: number; si_code: number; si_pid: number; si_status: number }

async function waitid(sys: Sys, which: number, id: number, options: number): Promise<[number, Info | undefined]> {
  const info = new Out<Info>();
  const r = await sys.syscall(SYS.waitid, which, id, info, options, 0);
  return [r, info.value];
}

async function runMain(main: (sys: Sys) => Promise<number>): Promise<string> {
  let log = '';
  const system = createSystem({
    programs: { main: async (sys) => { const code = await main(sys); return code; } },
    installed: { '/usr/bin/main': 'main' },
  });
  const h = system.spawn('/usr/bin/main', ['main'], { uid: 0 });
  expect(await system.run()).toBe('done');
  log = system.output();
  expect(await h.exited()).toBe(0);
  return log;
}

describe('orphans and subreapers', () => {
  it('re-parents a grandchild to the subreaper when its parent dies, and the subreaper reaps it', async () => {
    let out = '';
    await runMain(async (sys) => {
      const me = await sys.getpid();
      const flag = new Out<number>();
      await sys.syscall(SYS.prctl, PR_GET_CHILD_SUBREAPER, flag);
      out += `before=${flag.value}\n`;
      expect(await sys.syscall(SYS.prctl, PR_SET_CHILD_SUBREAPER, 1)).toBe(0);
      await sys.syscall(SYS.prctl, PR_GET_CHILD_SUBREAPER, flag);
      out += `after=${flag.value}\n`;
      let grandchild = 0;
      const [r, w] = await sys.pipe();
      const child = await sys.clone(SIGCHLD, async (s) => {
        grandchild = await s.clone(SIGCHLD, async (g) => {
          await g.nanosleep(ms(50));
          await g.write(w, `ppid-is-subreaper=${(await g.getppid()) === me}\n`);
          return 7;
        });
        return 0;
      });
      const first = await sys.wait4(-1);
      out += `first=${first.pid === child} status=${first.status}\n`;
      const buf = new Uint8Array(64);
      const n = await sys.read(r, buf);
      out += new TextDecoder().decode(buf.subarray(0, n));
      const second = await sys.wait4(-1);
      out += `second=${second.pid === grandchild} status=${second.status >> 8}\n`;
      try { await sys.wait4(-1); } catch (e) { out += `then ${(e as { code: string }).code}\n`; }
      return 0;
    });
    expect(out).toBe('before=0\nafter=1\nfirst=true status=0\nppid-is-subreaper=true\nsecond=true status=7\nthen ECHILD\n');
  });

  it('without a subreaper the orphan goes to init', async () => {
    let ppid = -1;
    await runMain(async (sys) => {
      const [r, w] = await sys.pipe();
      await sys.clone(SIGCHLD, async (s) => {
        await s.clone(SIGCHLD, async (g) => { await g.nanosleep(ms(50)); ppid = await g.getppid(); await g.write(w, 'x'); return 0; });
        return 0;
      });
      await sys.wait4(-1);
      await sys.read(r, new Uint8Array(1));
      return 0;
    });
    expect(ppid).toBe(1);
  });

  it('an orphaned process group with a stopped member gets SIGHUP then SIGCONT', async () => {
    let out = '';
    await runMain(async (sys) => {
      const [r, w] = await sys.pipe();
      await sys.clone(SIGCHLD, async (b) => {
        // B: a new group in the session; its parent (main) is in another group: not orphaned.
        await b.syscall(SYS.setpgid, 0, 0);
        await b.clone(SIGCHLD, async (c) => {
          await c.sigaction(SIGHUP, { handler: () => { out += 'SIGHUP\n'; } });
          await c.sigaction(SIGCONT, { handler: () => { out += 'SIGCONT\n'; } });
          await c.kill(await c.getpid(), SIGSTOP);
          out += 'resumed\n';
          await c.write(w, 'x');
          return 0;
        });
        await b.nanosleep(ms(20)); // C is stopped by now; B's exit orphans the group
        return 0;
      });
      await sys.wait4(-1);
      await sys.read(r, new Uint8Array(1));
      return 0;
    });
    // Both arrive together: SIGHUP's frame is set up first, SIGCONT's on top of it runs first.
    expect(out).toBe('SIGCONT\nSIGHUP\nresumed\n');
  });

  it('a group that keeps a parent in another group of the session is not orphaned', async () => {
    let out = '';
    await runMain(async (sys) => {
      const c = await sys.clone(SIGCHLD, async (s) => {
        await s.syscall(SYS.setpgid, 0, 0);
        await s.sigaction(SIGHUP, { handler: () => { out += 'SIGHUP\n'; } });
        await s.kill(await s.getpid(), SIGSTOP);
        out += 'resumed\n';
        return 0;
      });
      await sys.nanosleep(ms(20));
      await sys.kill(c, SIGCONT);
      await sys.wait4(c);
      return 0;
    });
    expect(out).toBe('resumed\n');
  });
});

describe('waitid', () => {
  it('reports a stop, a continue, then a kill; WNOWAIT leaves the zombie; P_PGID and P_ALL find it', async () => {
    let out = '';
    await runMain(async (sys) => {
      const c = await sys.clone(SIGCHLD, async (s) => {
        await s.kill(await s.getpid(), SIGSTOP);
        await s.nanosleep({ tv_sec: 10, tv_nsec: 0 });
        return 0;
      });
      const show = ([r, i]: [number, Info | undefined]) => {
        out += `${r} ${i ? `${i.si_signo === SIGCHLD} code=${i.si_code} pid=${i.si_pid === c} status=${i.si_status ?? 0}` : '-'}\n`;
      };
      show(await waitid(sys, P_PID, c, WSTOPPED));
      show(await waitid(sys, P_PID, c, WSTOPPED | WNOHANG));
      await sys.kill(c, SIGCONT);
      show(await waitid(sys, P_PID, c, WCONTINUED));
      await sys.kill(c, SIGTERM);
      show(await waitid(sys, P_PGID, 0, WEXITED | WNOWAIT));
      show(await waitid(sys, P_ALL, 0, WEXITED));
      out += `${(await waitid(sys, P_ALL, 0, WEXITED))[0] === -ECHILD.errno ? 'ECHILD' : '?'}\n`;
      return 0;
    });
    expect(out).toBe([
      `0 true code=${CLD_STOPPED} pid=true status=${SIGSTOP}`,
      `0 false code=0 pid=false status=0`, // WNOHANG, nothing new: infop zeroed
      `0 true code=${CLD_CONTINUED} pid=true status=${SIGCONT}`,
      `0 true code=${CLD_KILLED} pid=true status=${SIGTERM}`,
      `0 true code=${CLD_KILLED} pid=true status=${SIGTERM}`,
      'ECHILD', '',
    ].join('\n'));
  });
});

describe('pidfds', () => {
  it('waits on a child through its pidfd and signals it; the fd reads as anon_inode:[pidfd]', async () => {
    let out = '';
    await runMain(async (sys) => {
      const c = await sys.clone(SIGCHLD, async (s) => { await s.nanosleep({ tv_sec: 10, tv_nsec: 0 }); return 3; });
      const fd = await sys.syscall(SYS.pidfd_open, c, 0);
      out += `link=${await sys.readlink(`/proc/self/fd/${fd}`)}\n`;
      const nb = await sys.syscall(SYS.pidfd_open, c, 0o4000 /* PIDFD_NONBLOCK */);
      out += `nonblock: ${(await waitid(sys, P_PIDFD, nb, WEXITED))[0] === -EAGAIN.errno ? 'EAGAIN' : '?'}\n`;
      expect(await sys.syscall(SYS.pidfd_send_signal, fd, SIGKILL, 0, 0)).toBe(0);
      const [r, i] = await waitid(sys, P_PIDFD, fd, WEXITED);
      out += `${r} code=${i?.si_code} status=${i?.si_status}\n`;
      out += `after reap: ${(await sys.syscall(SYS.pidfd_send_signal, fd, 0, 0, 0)) === -ESRCH.errno ? 'ESRCH' : '?'}\n`;
      return 0;
    });
    expect(out).toBe(`link=anon_inode:[pidfd]\nnonblock: EAGAIN\n0 code=${CLD_KILLED} status=${SIGKILL}\nafter reap: ESRCH\n`);
  });
});
