// test/bench/profile_driver.ts — runs one bench row in a loop for a few seconds, so that
// `node --cpu-prof` can see where its time goes (see README.md, "Profiling a row").
// Usage: profile_driver.ts <row> [seconds]; rows: getpid open_close stat pwrite_pread (synchronous
// core), await_getpid await_open_close await_stat (in a program), pipe_rtt (two processes).
// Same setup as bench.ts (root process, /tmp/a/b/c/d/e/f, typed-door arguments); prints the
// mean ns/op of each second so a profile can be matched to the bench's number.

import { AT_FDCWD, O_CREAT, O_RDONLY, O_RDWR } from '../../abi/fcntl';
import { SIGCHLD } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { Out } from '../../mm/usercopy';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';

const PATH = '/tmp/a/b/c/d/e/f';
const row = process.argv[2] ?? 'getpid';
const seconds = Number(process.argv[3] ?? 4);

function report(ops: number, ms: number): void {
  console.log(`${row}: ${((ms * 1e6) / ops).toFixed(1)} ns/op`);
}

/** Runs `f(n)` in batches for `seconds`, reporting each second. */
function loopSync(f: (n: number) => void): void {
  const end = performance.now() + seconds * 1000;
  let n = 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    let ops = 0;
    while (performance.now() - t0 < 1000) { f(n); ops += n; }
    report(ops, performance.now() - t0);
  }
}

async function loopAsync(f: (n: number) => Promise<void>): Promise<void> {
  const end = performance.now() + seconds * 1000;
  const n = 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    let ops = 0;
    while (performance.now() - t0 < 1000) { await f(n); ops += n; }
    report(ops, performance.now() - t0);
  }
}

async function awaitGetpid(sys: Sys): Promise<number> {
  await loopAsync(async (n) => { for (let i = 0; i < n; i++) await sys.getpid(); });
  return 0;
}

async function awaitOpenClose(sys: Sys): Promise<number> {
  await loopAsync(async (n) => { for (let i = 0; i < n; i++) await sys.close(await sys.open(PATH, O_RDONLY)); });
  return 0;
}

async function awaitStat(sys: Sys): Promise<number> {
  await loopAsync(async (n) => { for (let i = 0; i < n; i++) await sys.stat(PATH); });
  return 0;
}

async function pipeRtt(sys: Sys): Promise<number> {
  const [ar, aw] = await sys.pipe();
  const [br, bw] = await sys.pipe();
  const child = await sys.clone(SIGCHLD, async (cs: Sys) => {
    const c = new Uint8Array(1);
    for (;;) {
      if ((await cs.read(ar!, c, 1)) !== 1 || c[0] === 0) return 0;
      await cs.write(bw!, c, 1);
    }
  });
  const one = new Uint8Array([1]);
  const back = new Uint8Array(1);
  await loopAsync(async (n) => {
    for (let i = 0; i < n; i++) { await sys.write(aw!, one, 1); await sys.read(br!, back, 1); }
  });
  await sys.write(aw!, new Uint8Array([0]), 1);
  await sys.wait4(child);
  return 0;
}

const s = createSystem({
  programs: { await_getpid: awaitGetpid, await_open_close: awaitOpenClose, await_stat: awaitStat, pipe_rtt: pipeRtt },
  installed: {
    '/bin/await_getpid': 'await_getpid', '/bin/await_open_close': 'await_open_close',
    '/bin/await_stat': 'await_stat', '/bin/pipe_rtt': 'pipe_rtt',
  },
});
const p = s.process({ uid: 0, cwd: '/' });
for (const d of ['/tmp/a', '/tmp/a/b', '/tmp/a/b/c', '/tmp/a/b/c/d', '/tmp/a/b/c/d/e']) p.sys.mkdir(d, 0o755);
p.sys.close(p.sys.open(PATH, O_RDWR | O_CREAT, 0o644));
const h = p.handle;
// As bench.ts: push the kernel's ns counters past 2^31 first (V8 changes their representation there).
while (h.task.utimeNs < 2 ** 31 + 1e6) for (let i = 0; i < 100_000; i++) s.kernel.syscall(h.task, 39);
const buf = new Uint8Array(4096);
const out = new Out<unknown>();

switch (row) {
  case 'getpid':
    loopSync((n) => { for (let i = 0; i < n; i++) h.syscall(SYS.getpid); });
    break;
  case 'open_close':
    loopSync((n) => {
      for (let i = 0; i < n; i++) h.syscall(SYS.close, h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDONLY, 0) as number);
    });
    break;
  case 'stat':
    loopSync((n) => { for (let i = 0; i < n; i++) h.syscall(SYS.newfstatat, AT_FDCWD, PATH, out, 0); });
    break;
  case 'pwrite_pread': {
    const fd = h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDWR, 0) as number;
    loopSync((n) => {
      for (let i = 0; i < n; i++) { h.syscall(SYS.pwrite64, fd, buf, 4096, 0); h.syscall(SYS.pread64, fd, buf, 4096, 0); }
    });
    break;
  }
  case 'await_getpid':
  case 'await_open_close':
  case 'await_stat':
  case 'pipe_rtt': {
    s.spawn(`/bin/${row}`, [row], { uid: 0, cwd: '/' });
    console.log(`${row}: ${await s.run()}`);
    break;
  }
  default:
    console.error(`unknown row ${row}`);
    process.exit(2);
}
