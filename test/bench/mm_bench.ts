// test/bench/mm_bench.ts — the "Memory" rows of `npm run bench` (the memory issue's targets), and
// on its own (`npx tsx test/bench/mm_bench.ts`) the same table: fork+exit+wait of an empty process
// and of one that touched 256 MiB of private memory (a program calling clone(SIGCHLD, fn) and
// wait4, and the address space's own fork()+put()), mmap+munmap of 1 GiB never touched (through
// the synchronous raw door, from a program, and on the MemoryMap alone), and the first write to
// each page of a fresh anonymous region of 4 and 64 MiB (a program's own store, mem.setU8). linuxsim
// runs in BENCH_MM_RUNS (3) fresh Node processes (the table shows their median and range), the host
// through host_mm_bench.c with the same protocol. The host clock (performance.now) is read here only.
// Env: MM_BENCH_MS (per measurement, default 300), BENCH_MM_RUNS (3); bench.ts: BENCH_MM=0 skips.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { SIGCHLD } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { FramePool } from '../../mm/frames';
import { MemoryMap } from '../../mm/mm';
import { PtContext } from '../../mm/pagetable';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';
import { compileC, hasGcc, runBinary } from '../helpers/host';

type Results = Record<string, number>;

const MS = Number(process.env.MM_BENCH_MS ?? 300);
const RUNS = Math.max(1, Number(process.env.BENCH_MM_RUNS ?? 3));
const CHILD = process.env.BENCH_MM_CHILD === '1';
const P = 4096;
const ANON = MAP_PRIVATE | MAP_ANONYMOUS;
const RW = PROT_READ | PROT_WRITE;
const GiB = 1 << 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

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
  return median(per);
}

/** In a program: fork+exit+wait after touching `touch` bytes, and (once) mmap+munmap of 1 GiB. */
async function inProgram(touch: number, r: Results, key: string): Promise<void> {
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
        const timed = async (op: () => Promise<void>, batch: number): Promise<number> => {
          for (let i = 0; i < 2 * batch; i++) await op(); // warm-up
          const samples: number[] = [];
          const end = performance.now() + MS;
          while (performance.now() < end) {
            const t0 = performance.now();
            for (let i = 0; i < batch; i++) await op();
            samples.push(((performance.now() - t0) * 1e6) / batch);
          }
          return median(samples);
        };
        r[key] = await timed(once, 100);
        if (touch === 0) {
          r.mmap_munmap_prog = await timed(async () => {
            await sys.munmap(await sys.mmap(0, GiB, RW, ANON), GiB);
          }, 1000);
        }
        return 0;
      },
    },
    installed: { '/usr/bin/bench': 'bench' },
  });
  system.spawn('/usr/bin/bench', ['bench']);
  await system.run();
  if (system.kernel.oopses.length > 0) throw new Error(`mm bench: kernel oops: ${String(system.kernel.oopses[0]?.error)}`);
}

/** The address space alone: fork()+put() after touching `touch` bytes. */
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

/** Every linuxsim row, in this process. */
async function linuxsim(): Promise<Results> {
  const r: Results = {};
  const warm: Results = {};
  // JIT warm-up: the first few hundred ms of fork+wait in a fresh process run 2–5× slower (measured:
  // 128, 107, then 26 µs for three successive small runs on a loaded machine).
  await inProgram(0, warm, 'fork_empty');
  await inProgram(16 << 20, warm, 'fork_touched');
  await inProgram(0, warm, 'fork_empty');
  await inProgram(0, r, 'fork_empty');
  await inProgram(256 << 20, r, 'fork_touched');
  r.fork_ratio = r.fork_touched! / r.fork_empty!;
  r.mmfork_empty = mmFork(0);
  r.mmfork_touched = mmFork(256 << 20);

  const system = createSystem();
  const p = system.process();
  const h = p.handle;
  r.mmap_munmap = measure(() => {
    const a = h.syscall(SYS.mmap, 0, GiB, RW, ANON, -1, 0) as number;
    h.syscall(SYS.munmap, a, GiB);
  });
  const mm = h.task.mm;
  r.mmap_munmap_mm = measure(() => {
    const a = mm.mmap(0, GiB, RW, ANON, null, 0) as number;
    mm.unmap(a, a + GiB);
  });
  r.getpid2 = 2 * measure(() => h.syscall(SYS.getpid));

  // First write to an anonymous page: a fresh region each round, one byte per page (a program's
  // own store). The frames come from the pool (freed by the previous round's munmap, not timed)
  // and are zeroed when handed out, as Linux clears a page in the fault.
  const mem = p.sys.mem;
  const firstWrite = (region: number): number => {
    const per: number[] = [];
    for (let round = 0; round < 30; round++) {
      const a = h.syscall(SYS.mmap, 0, region, RW, ANON, -1, 0) as number;
      const t0 = performance.now();
      for (let off = 0; off < region; off += P) mem.setU8(a + off, 1);
      per.push(((performance.now() - t0) * 1e6) / (region / P));
      h.syscall(SYS.munmap, a, region);
    }
    return median(per);
  };
  firstWrite(4 << 20); // warm-up
  r.first_write_4 = firstWrite(4 << 20);
  r.first_write_64 = firstWrite(64 << 20);
  if (system.kernel.oopses.length > 0) throw new Error(`mm bench: kernel oops: ${String(system.kernel.oopses[0]?.error)}`);
  return r;
}

function linuxsimInChild(): Results {
  const res = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_MM_CHILD: '1' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('{'));
  if (res.status !== 0 || !line) throw new Error(`mm bench child failed (${res.status ?? res.signal}):\n${res.stderr}${res.stdout}`);
  return JSON.parse(line) as Results;
}

function host(notes: string[]): Results | null {
  if (!hasGcc()) {
    notes.push('Memory host column skipped: no gcc');
    return null;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const bin = compileC(readFileSync(join(here, 'host_mm_bench.c'), 'utf8'), { flags: ['-O2'] });
  const res = runBinary(bin, [String(MS)]);
  if (res.status !== 0) throw new Error(`host_mm_bench failed: ${res.stderr}`);
  const r: Results = {};
  for (const line of res.stdout.split('\n')) {
    const m = /^(\w+) ([\d.]+)$/.exec(line.trim());
    if (m) r[m[1]!] = Number(m[2]);
  }
  if (r.fork_touched !== undefined && r.fork_empty !== undefined) r.fork_ratio = r.fork_touched / r.fork_empty;
  return r;
}

interface Row {
  label: string;
  key: string;
  unit: 'ns' | '×';
  /** The host figure to show (the same key unless given; '' for none). */
  hostKey?: string;
  max?: number;
}

const ROWS: Row[] = [
  { label: 'M1. fork+exit+wait, small process (program: clone + wait4)', key: 'fork_empty', unit: 'ns' },
  { label: 'M2. fork+exit+wait, 256 MiB touched (program)', key: 'fork_touched', unit: 'ns', max: 100_000 },
  { label: '    … ratio to M1 (≤ 2)', key: 'fork_ratio', unit: '×', max: 2 },
  { label: '    mm.fork()+put() alone, small address space', key: 'mmfork_empty', unit: 'ns', hostKey: '' },
  { label: '    mm.fork()+put() alone, 256 MiB touched', key: 'mmfork_touched', unit: 'ns', hostKey: '', max: 100_000 },
  { label: 'M3. mmap+munmap 1 GiB untouched (handle.syscall)', key: 'mmap_munmap', unit: 'ns', max: 200 },
  { label: '    … from a program (await sys.mmap, sys.munmap)', key: 'mmap_munmap_prog', unit: 'ns', hostKey: 'mmap_munmap' },
  { label: '    … the address space alone (mm.mmap + mm.unmap)', key: 'mmap_munmap_mm', unit: 'ns', hostKey: '' },
  { label: '    (two getpid through handle.syscall, for scale)', key: 'getpid2', unit: 'ns', hostKey: '' },
  { label: 'M4. first write to an anonymous page, 4 MiB region', key: 'first_write_4', unit: 'ns', max: 600 },
  { label: '    … 64 MiB region', key: 'first_write_64', unit: 'ns', max: 600 },
];

function fmt(v: number | undefined, unit: string): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  if (unit === '×') return `${v.toFixed(2)}×`;
  return v < 100 ? v.toFixed(1) : v.toFixed(0);
}

/** Runs every Memory row and prints their table; returns [targets met, targets]. */
export function mmScale(): [number, number] {
  const notes: string[] = [];
  const hostR = host(notes);
  const runs: Results[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(linuxsimInChild());
  const ls: Results = {};
  for (const key of Object.keys(runs[0]!)) ls[key] = median(runs.map((r) => r[key]!));
  const header = ['Memory', 'linuxsim', `(${RUNS} runs)`, 'host', 'unit', 'target', 'status'];
  const lines: string[][] = [header];
  let met = 0;
  let total = 0;
  for (const row of ROWS) {
    const v = ls[row.key];
    const vs = runs.map((r) => r[row.key]!);
    const range = `${fmt(Math.min(...vs), row.unit)}–${fmt(Math.max(...vs), row.unit)}`;
    const hk = row.hostKey ?? row.key;
    let status = '';
    const target = row.max !== undefined ? `≤ ${row.unit === '×' ? row.max : row.max.toLocaleString('en-US')}` : '';
    if (row.max !== undefined) {
      total++;
      const ok = v !== undefined && v <= row.max;
      if (ok) met++;
      status = ok ? 'met' : 'MISSED';
    }
    lines.push([row.label, fmt(v, row.unit), range, hk && hostR ? fmt(hostR[hk], row.unit) : '', row.unit === '×' ? 'ratio' : row.unit, target, status]);
  }
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  const render = (l: string[]): string => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(render(lines[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const l of lines.slice(1)) console.log(render(l));
  console.log();
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`note: Memory rows: linuxsim is the median of ${RUNS} fresh processes (range beside it), ~${MS} ms per measurement;`);
  console.log('      first write = one byte stored to each page of a fresh region (fault, a zeroed frame from the pool,');
  console.log('      one page-table store), median of 30 rounds, munmap not timed; host: the same in C (host_mm_bench.c).');
  return [met, total];
}

if (CHILD) {
  console.log(JSON.stringify(await linuxsim()));
} else if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mmScale();
}
