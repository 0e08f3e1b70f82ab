// test/signals/eintr.test.ts — EINTR vs SA_RESTART for blocking calls interrupted by a handled
// signal (signal(7)), under the scheduler, against what the host kernel does. The host's
// answer, from test/signals/host/run.sh (test/signals/host/eintr.c) on Linux 6.18:
//
//   read no-restart: ret=-1 errno=EINTR handler=1
//   nanosleep no-restart: ret=-1 errno=EINTR handler=1 rem>=0.8s:1
//   wait4 no-restart: ret=-1 errno=EINTR handler=1
//   flock no-restart: ret=-1 errno=EINTR handler=1
//   read SA_RESTART: ret=1 errno=- handler=1
//   nanosleep SA_RESTART: ret=-1 errno=EINTR handler=1 rem>=0.8s:1
//   wait4 SA_RESTART: ret=1 errno=- handler=1
//   flock SA_RESTART: ret=0 errno=- handler=1
//
// The same program is written here as a linuxsim program; its lines must be the host's.

import { describe, expect, it } from 'vitest';
import { LOCK_EX, O_CREAT, O_RDWR } from '../../abi/fcntl';
import { SA_RESTART, SIGCHLD, SIGUSR1 } from '../../abi/signal';
import { ErrnoError } from '../../userland/errors';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';

const HOST = `read no-restart: ret=-1 errno=EINTR handler=1
nanosleep no-restart: ret=-1 errno=EINTR handler=1 rem>=0.8s:1
wait4 no-restart: ret=-1 errno=EINTR handler=1
flock no-restart: ret=-1 errno=EINTR handler=1
read SA_RESTART: ret=1 errno=- handler=1
nanosleep SA_RESTART: ret=-1 errno=EINTR handler=1 rem>=0.8s:1
wait4 SA_RESTART: ret=1 errno=- handler=1
flock SA_RESTART: ret=0 errno=- handler=1
`;

const ms = (n: number) => ({ tv_sec: 0, tv_nsec: n * 1_000_000 });

async function attempt(f: () => Promise<number>): Promise<[number, string]> {
  try {
    return [await f(), '-'];
  } catch (e) {
    if (e instanceof ErrnoError) return [-1, e.code];
    throw e;
  }
}

async function main(sys: Sys): Promise<number> {
  let out = '';
  let hits = 0;
  const me = await sys.getpid();
  const report = (what: string, restart: boolean, [r, err]: [number, string]) => {
    out += `${what} ${restart ? 'SA_RESTART' : 'no-restart'}: ret=${r} errno=${err} handler=${hits}\n`;
  };
  for (const restart of [false, true]) {
    const setup = async () => {
      await sys.sigaction(SIGUSR1, { handler: () => { hits++; }, flags: restart ? SA_RESTART : 0 });
      hits = 0;
    };
    // read on a pipe
    const [r0, w0] = await sys.pipe();
    await setup();
    let c = await sys.clone(SIGCHLD, async (s) => {
      await s.nanosleep(ms(100)); await s.kill(me, SIGUSR1); await s.nanosleep(ms(100)); await s.write(w0, 'x');
      return 0;
    });
    report('read', restart, await attempt(() => sys.read(r0, new Uint8Array(4))));
    await sys.wait4(c);
    await sys.close(r0); await sys.close(w0);

    // nanosleep (its remaining time is written to rem through the raw door)
    await setup();
    c = await sys.clone(SIGCHLD, async (s) => { await s.nanosleep(ms(100)); await s.kill(me, SIGUSR1); return 0; });
    const rem = sys.mem; void rem;
    const remOut = { tv_sec: -1, tv_nsec: -1 };
    const { Out } = await import('../../mm/usercopy');
    const box = new Out<{ tv_sec: number; tv_nsec: number }>();
    const nr = await sys.syscall(35 /* nanosleep */, { tv_sec: 1, tv_nsec: 0 }, box);
    Object.assign(remOut, box.value ?? {});
    out += `nanosleep ${restart ? 'SA_RESTART' : 'no-restart'}: ret=${nr < 0 ? -1 : nr} errno=${nr === -4 ? 'EINTR' : '-'} handler=${hits} rem>=0.8s:${remOut.tv_sec === 0 && remOut.tv_nsec >= 800_000_000 ? 1 : 0}\n`;
    await sys.wait4(c);

    // wait4
    await setup();
    const child = await sys.clone(SIGCHLD, async (s) => { await s.nanosleep(ms(200)); return 7; });
    c = await sys.clone(SIGCHLD, async (s) => { await s.nanosleep(ms(100)); await s.kill(me, SIGUSR1); return 0; });
    const w = await attempt(async () => ((await sys.wait4(child)).pid === child ? 1 : 0));
    report('wait4', restart, w);
    await attempt(() => sys.wait4(child).then((x) => x.pid));
    await sys.wait4(c);

    // flock
    await setup();
    const fd = await sys.open('/tmp/eintr-flock', O_RDWR | O_CREAT, 0o600);
    c = await sys.clone(SIGCHLD, async (s) => {
      const f2 = await s.open('/tmp/eintr-flock', O_RDWR);
      await s.flock(f2, LOCK_EX);
      await s.nanosleep(ms(100)); await s.kill(me, SIGUSR1); await s.nanosleep(ms(100));
      return 0;
    });
    await sys.nanosleep(ms(50));
    report('flock', restart, await attempt(() => sys.flock(fd, LOCK_EX)));
    await sys.wait4(c);
    await sys.close(fd);
  }
  await sys.write(1, out);
  return 0;
}

describe('EINTR vs SA_RESTART (signal(7)), as on the host', () => {
  it('read on a pipe, nanosleep (rem), wait4 and flock, with and without SA_RESTART', async () => {
    const system = createSystem({ programs: { eintr: main }, installed: { '/usr/bin/eintr': 'eintr' } });
    const h = system.spawn('/usr/bin/eintr', ['eintr'], { uid: 0 });
    expect(await system.run()).toBe('done');
    expect(await h.exited()).toBe(0);
    expect(system.output()).toBe(HOST);
  });
});
