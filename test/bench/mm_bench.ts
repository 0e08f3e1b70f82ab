// test/bench/mm_bench.ts — `npx tsx test/bench/mm_bench.ts`: ns/op of the memory-management core
// (the memory issue's targets): fork+exit+wait of an empty process and of one that touched
// 256 MiB of private memory (a program calling clone(SIGCHLD, fn) and wait4, and the address
// space's own fork()+put()), mmap+munmap of 1 GiB untouched (raw door, and mm alone), and the
// first write to an anonymous page. Not wired into bench.ts (the lead does that). The host
// clock (performance.now) is read here only. Env: MM_BENCH_MS (per measurement, default 300).

import { MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { SIGCHLD } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { FramePool } from '../../mm/frames';
import { MemoryMap } from '../../mm/mm';
import { PtContext } from '../../mm/pagetable';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';

const MS = Number(process.env.MM_BENCH_MS ?? 300);
const P = 4096;
const ANON = MAP_PRIVATE | MAP_ANONYMOUS;
const RW = PROT_READ | PROT_WRITE;

/** Runs `op` in batches for about MS ms after a warm-up; the median batch's ns per op. */
function measure(op: () => void, batch = 1000): number {
  const until = performance.now() + MS / 4;
  while (performance.now() < until) for (let i = 0; i < batch; i++) op();
  const per: number[] = [];
  const end = performance.now() + MS;
  while (performance.now() < end) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) op();
    per.push(((performance.now() - t0) * 1e6) / batch);
  }
  per.sort((a, b) => a - b);
  return per[per.length >> 1]!;
}

/** fork+exit+wait in a program, after touching `touch` bytes of private memory. */
async function forkLoop(touch: number): Promise<number> {
  let result = 0;
  const system = createSystem({
    programs: {
      bench: async (sys: Sys) => {
        if (touch > 0) {
          const a = await sys.mmap(0, touch, RW, ANON);
          for (let off = 0; off < touch; off += P) sys.mem.setU8(a + off, 1);
        }
        const once = async (): Promise<void> => {
          await sys.clone(SIGCHLD, () => 0);
          await sys.wait4(-1, 0);
        };
        for (let i = 0; i < 200; i++) await once(); // warm-up
        const samples: number[] = [];
        const end = performance.now() + MS;
        while (performance.now() < end) {
          const t0 = performance.now();
          for (let i = 0; i < 100; i++) await once();
          samples.push(((performance.now() - t0) * 1e6) / 100);
        }
        samples.sort((x, y) => x - y);
        result = samples[samples.length >> 1]!;
        return 0;
      },
    },
    installed: { '/usr/bin/bench': 'bench' },
  });
  system.spawn('/usr/bin/bench', ['bench']);
  await system.run();
  return result;
}

function mmFork(touch: number): number {
  const ctx = new PtContext(new FramePool());
  const mm = new MemoryMap(ctx, { random: null });
  if (touch > 0) {
    const a = mm.mmap(0, touch, RW, ANON, null, 0) as number;
    const one = new Uint8Array([1]);
    for (let off = 0; off < touch; off += P) mm.copyOut(a + off, one, 0, 1);
  }
  return measure(() => mm.fork().put(), 100);
}

async function main(): Promise<void> {
  const rows: [string, number, string][] = [];
  await forkLoop(0); // warm-up (JIT)
  const empty = await forkLoop(0);
  const touched = await forkLoop(256 << 20);
  rows.push(['fork+exit+wait, empty process (program: clone + wait4)', empty, '']);
  rows.push(['fork+exit+wait, 256 MiB touched (program: clone + wait4)', touched, `≤ 2× empty: ${touched <= 2 * empty ? 'met' : 'missed'} (${(touched / empty).toFixed(2)}×)`]);
  const mmEmpty = mmFork(0);
  const mmTouched = mmFork(256 << 20);
  rows.push(['mm.fork()+put(), empty', mmEmpty, '']);
  rows.push(['mm.fork()+put(), 256 MiB touched', mmTouched, `≤ 100 µs: ${mmTouched <= 100_000 ? 'met' : 'missed'}`]);

  const system = createSystem();
  const p = system.process();
  const GiB = 1 << 30;
  rows.push(['mmap+munmap 1 GiB untouched (raw door)', measure(() => {
    const a = p.syscall(SYS.mmap, 0, GiB, RW, ANON, -1, 0) as number;
    p.syscall(SYS.munmap, a, GiB);
  }), '≤ 200 ns']);
  const mm = p.handle.task.mm;
  rows.push(['mmap+munmap 1 GiB untouched (mm alone)', measure(() => {
    const a = mm.mmap(0, GiB, RW, ANON, null, 0) as number;
    mm.unmap(a, a + GiB);
  }), '≤ 200 ns']);

  // First write to an anonymous page: a fresh region each round, one byte per page. The frames
  // come from the pool (freed by the previous round's munmap) and are zeroed on allocation: a
  // region that fits the CPU caches measures the page-table path, a large one adds DRAM bandwidth.
  const one = new Uint8Array([1]);
  const firstWrite = (region: number, store: (a: number) => void): number => {
    const per: number[] = [];
    for (let r = 0; r < 30; r++) {
      const a = p.syscall(SYS.mmap, 0, region, RW, ANON, -1, 0) as number;
      const t0 = performance.now();
      for (let off = 0; off < region; off += P) store(a + off);
      per.push(((performance.now() - t0) * 1e6) / (region / P));
      p.syscall(SYS.munmap, a, region);
    }
    per.sort((x, y) => x - y);
    return per[per.length >> 1]!;
  };
  for (const mib of [4, 64]) {
    rows.push([`first write to an anonymous page, ${mib} MiB region (kernel copy)`, firstWrite(mib << 20, (a) => mm.copyOut(a, one, 0, 1)), '≤ 600 ns']);
    rows.push([`first write to an anonymous page, ${mib} MiB region (mem.setU8)`, firstWrite(mib << 20, (a) => p.sys.mem.setU8(a, 1)), '≤ 600 ns']);
  }

  // pwrite+pread of 4 KiB through user memory (raw door: page-aligned addresses).
  const fd = p.syscall(SYS.openat, -100, '/tmp/bench', 0o102, 0o644) as number;
  const ubuf = p.syscall(SYS.mmap, 0, 2 * P, RW, ANON, -1, 0) as number;
  mm.copyOut(ubuf, new Uint8Array(P).fill(0x78), 0, P);
  rows.push(['pwrite64+pread64 4 KiB, raw door (user memory)', measure(() => {
    p.syscall(SYS.pwrite64, fd, ubuf, P, 0);
    p.syscall(SYS.pread64, fd, ubuf + P, P, 0);
  }), '']);
  const tb = new Uint8Array(P);
  rows.push(['pwrite64+pread64 4 KiB, typed door (JS buffers)', measure(() => {
    p.syscall(SYS.pwrite64, fd, tb, P, 0);
    p.syscall(SYS.pread64, fd, tb, P, 0);
  }), '']);

  for (const [name, ns, note] of rows) console.log(`${name.padEnd(62)} ${ns.toFixed(0).padStart(9)} ns/op  ${note}`);
}

void main();
