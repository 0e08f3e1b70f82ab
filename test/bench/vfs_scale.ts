// test/bench/vfs_scale.ts — the "VFS at scale" rows of `npm run bench` (the VFS issue's
// targets): files created, stat-ed, listed and removed in one 100,000-file directory; the same
// with 1,000,000 files, comparing the per-file cost at the millionth file with the thousandth
// and measuring the heap an empty file costs; a 256 MiB file written and read in 1 MiB chunks.
// linuxsim runs in fresh child processes (node --expose-gc, so the heap can be measured after a
// full GC), memfs in this process, the host kernel through host_vfs_bench.c on a tmpfs. The
// protocol is the same in all three: per-file costs are means over the second half of the files
// (the directory holds between N/2 and N entries), readdir is ns per entry with a 64 KiB
// getdents64 buffer, throughput is the median over the repetitions. Host clock here only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memfs } from 'memfs';
import { AT_FDCWD, O_CREAT, O_DIRECTORY, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../../abi/fcntl';
import { SYS } from '../../abi/syscalls';
import { createKernel } from '../../kernel/kernel';
import { compileC, hasGcc, runBinary } from '../helpers/host';

export type Results = Record<string, number>;

const FILES = Number(process.env.BENCH_VFS_FILES ?? 100_000);
const MILLION = Number(process.env.BENCH_VFS_MILLION ?? 1_000_000);
const MIB = Number(process.env.BENCH_VFS_MIB ?? 256);
const REPS = Number(process.env.BENCH_VFS_REPS ?? 5);
const CHILD = process.env.BENCH_VFS_CHILD;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** JS heap in use plus ArrayBuffer memory (directories keep their tables in typed arrays). */
function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
}

function fail(what: string): never {
  throw new Error(`vfs bench: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// linuxsim (in a child process)

function linuxsimProcess() {
  const k = createKernel();
  const h = k.createProcess({ uid: 0, cwd: '/tmp' });
  return { k, h };
}

/**
 * Warms the JIT on the measured code paths (create, stat, unlink of 20,000 files in another
 * directory), then makes the directory `dir` and enters it.
 */
function warmUp(h: ReturnType<typeof linuxsimProcess>['h'], names: readonly string[], dir: string): void {
  h.syscall(SYS.mkdirat, AT_FDCWD, 'warm', 0o755);
  for (let i = 0; i < 20_000; i++) {
    const p = 'warm/' + names[i % names.length];
    h.syscall(SYS.close, h.syscall(SYS.openat, AT_FDCWD, p, O_WRONLY | O_CREAT, 0o644) as number);
    h.syscall(SYS.newfstatat, AT_FDCWD, p, new Uint8Array(144), 0);
    h.syscall(SYS.unlinkat, AT_FDCWD, p, 0);
  }
  h.syscall(SYS.mkdirat, AT_FDCWD, dir, 0o755);
  h.syscall(SYS.chdir, dir);
}

/** Per-file costs in a directory of `n` files (means over the second half), and readdir. */
function linuxsimFiles(n: number, reps: number): Results {
  const { k, h } = linuxsimProcess();
  const names = Array.from({ length: n }, (_, i) => 'f' + i);
  warmUp(h, names, 'd');
  gc();
  const heap0 = heapBytes();
  const r: Results = {};
  let t0 = 0;
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) t0 = performance.now();
    const fd = h.syscall(SYS.openat, AT_FDCWD, names[i]!, O_WRONLY | O_CREAT, 0o644) as number;
    if (fd < 0) fail(`create ${names[i]}: ${fd}`);
    h.syscall(SYS.close, fd);
  }
  r.create = ((performance.now() - t0) * 1e6) / (n - (n >> 1));
  gc();
  r.heap_per_file = (heapBytes() - heap0) / n;
  const st = new Uint8Array(144);
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) t0 = performance.now();
    if (h.syscall(SYS.newfstatat, AT_FDCWD, names[i]!, st, 0) !== 0) fail(`stat ${names[i]}`);
  }
  r.stat = ((performance.now() - t0) * 1e6) / (n - (n >> 1));
  const buf = new Uint8Array(1 << 16);
  const per: number[] = [];
  // The first `reps` listings warm the JIT (the first one costs ~5× a warm one) and are not counted.
  for (let rep = 0; rep < 2 * reps; rep++) {
    const fd = h.syscall(SYS.openat, AT_FDCWD, '.', O_RDONLY | O_DIRECTORY, 0) as number;
    let entries = 0;
    const a = performance.now();
    for (;;) {
      const got = h.syscall(SYS.getdents64, fd, buf, buf.length) as number;
      if (got < 0) fail('getdents64');
      if (got === 0) break;
      for (let o = 0; o < got; o += buf[o + 16]! | (buf[o + 17]! << 8)) entries++;
    }
    if (rep >= reps) per.push(((performance.now() - a) * 1e6) / entries);
    if (entries !== n + 2) fail(`listed ${entries} entries of ${n + 2}`);
    h.syscall(SYS.close, fd);
  }
  r.readdir = median(per);
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) t0 = performance.now();
    if (h.syscall(SYS.unlinkat, AT_FDCWD, names[i]!, 0) !== 0) fail(`unlink ${names[i]}`);
  }
  r.unlink = ((performance.now() - t0) * 1e6) / (n - (n >> 1));
  if (k.oopses.length > 0) fail(`kernel oops: ${String(k.oopses[0]?.error)}`);
  return r;
}

/**
 * 1M files: the per-file cost of create, stat and unlink when the directory holds 1,000
 * entries against when it holds 1,000,000. At each size, 20 rounds of {create 1,000 more
 * names, stat them, unlink them}: the directory stays at that size, and a GC pause weighs the
 * same in both (one 1,000-file window alone would be dominated by whichever pause hit it).
 */
function linuxsimMillion(n: number): Results {
  const { k, h } = linuxsimProcess();
  const names = Array.from({ length: n }, (_, i) => 'f' + i);
  const extra = Array.from({ length: 1000 }, (_, i) => 'x' + i);
  warmUp(h, names, 'm');
  const r: Results = {};
  const st = new Uint8Array(144);
  const rounds = (suffix: string): void => {
    let c = 0;
    let s = 0;
    let u = 0;
    for (let round = 0; round < 20; round++) {
      let t = performance.now();
      for (const name of extra) {
        const fd = h.syscall(SYS.openat, AT_FDCWD, name, O_WRONLY | O_CREAT, 0o644) as number;
        if (fd < 0) fail(`create ${name}`);
        h.syscall(SYS.close, fd);
      }
      c += performance.now() - t;
      t = performance.now();
      for (const name of extra) if (h.syscall(SYS.newfstatat, AT_FDCWD, name, st, 0) !== 0) fail(`stat ${name}`);
      s += performance.now() - t;
      t = performance.now();
      for (const name of extra) if (h.syscall(SYS.unlinkat, AT_FDCWD, name, 0) !== 0) fail(`unlink ${name}`);
      u += performance.now() - t;
    }
    const per = 1e6 / (20 * extra.length);
    r[`create_${suffix}`] = c * per;
    r[`stat_${suffix}`] = s * per;
    r[`unlink_${suffix}`] = u * per;
  };
  for (let i = 0; i < 1000; i++) h.syscall(SYS.close, h.syscall(SYS.openat, AT_FDCWD, names[i]!, O_WRONLY | O_CREAT, 0o644) as number);
  rounds('1k');
  gc();
  const heap0 = heapBytes();
  const t0 = performance.now();
  for (let i = 1000; i < n; i++) {
    const fd = h.syscall(SYS.openat, AT_FDCWD, names[i]!, O_WRONLY | O_CREAT, 0o644) as number;
    if (fd < 0) fail(`create ${names[i]}`);
    h.syscall(SYS.close, fd);
  }
  r.create_all = ((performance.now() - t0) * 1e6) / (n - 1000);
  gc();
  r.heap_per_file = (heapBytes() - heap0) / (n - 1000);
  rounds('1m');
  const buf = new Uint8Array(1 << 16);
  const fd = h.syscall(SYS.openat, AT_FDCWD, '.', O_RDONLY | O_DIRECTORY, 0) as number;
  let entries = 0;
  const a = performance.now();
  for (;;) {
    const got = h.syscall(SYS.getdents64, fd, buf, buf.length) as number;
    if (got <= 0) break;
    for (let o = 0; o < got; o += buf[o + 16]! | (buf[o + 17]! << 8)) entries++;
  }
  r.readdir = ((performance.now() - a) * 1e6) / entries;
  if (entries !== n + 2) fail(`listed ${entries} of ${n + 2}`);
  h.syscall(SYS.close, fd);
  const t1 = performance.now();
  for (let i = 0; i < n; i++) if (h.syscall(SYS.unlinkat, AT_FDCWD, names[i]!, 0) !== 0) fail(`unlink ${names[i]}`);
  r.unlink_all = ((performance.now() - t1) * 1e6) / n;
  if (k.oopses.length > 0) fail(`kernel oops: ${String(k.oopses[0]?.error)}`);
  return r;
}

/** A new `mib` MiB file written in 1 MiB chunks, then read back: GB/s (1e9 bytes/s). */
function linuxsimBigFile(mib: number, reps: number): Results {
  const { k, h } = linuxsimProcess();
  const chunk = new Uint8Array(1 << 20).fill(0x78);
  const back = new Uint8Array(1 << 20);
  const w: number[] = [];
  const rd: number[] = [];
  for (let rep = 0; rep <= reps; rep++) {
    const fd = h.syscall(SYS.openat, AT_FDCWD, 'big', O_RDWR | O_CREAT | O_TRUNC, 0o644) as number;
    let a = performance.now();
    for (let i = 0; i < mib; i++) if (h.syscall(SYS.write, fd, chunk, chunk.length) !== chunk.length) fail('write');
    w.push((mib * 1048576) / ((performance.now() - a) * 1e6));
    h.syscall(SYS.lseek, fd, 0, 0);
    a = performance.now();
    for (let i = 0; i < mib; i++) if (h.syscall(SYS.read, fd, back, back.length) !== back.length) fail('read');
    rd.push((mib * 1048576) / ((performance.now() - a) * 1e6));
    if (back[0] !== 0x78 || back[back.length - 1] !== 0x78) fail('read back other bytes');
    h.syscall(SYS.close, fd);
    h.syscall(SYS.unlinkat, AT_FDCWD, 'big', 0);
  }
  if (k.oopses.length > 0) fail(`kernel oops: ${String(k.oopses[0]?.error)}`);
  // Rep 0 is the first big file of a fresh kernel: its frames are new host memory.
  return { write_gbs: median(w.slice(1)), read_gbs: median(rd.slice(1)), write_cold_gbs: w[0]! };
}

function child(mode: string): Results {
  if (mode === 'files') return linuxsimFiles(FILES, REPS);
  if (mode === 'million') return linuxsimMillion(MILLION);
  if (mode === 'big') return linuxsimBigFile(MIB, REPS);
  return fail(`unknown child mode ${mode}`);
}

function inChild(mode: string): Results {
  const here = fileURLToPath(import.meta.url);
  const res = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, here], {
    env: { ...process.env, BENCH_VFS_CHILD: mode },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('{'));
  if (res.status !== 0 || !line) throw new Error(`vfs bench child ${mode} failed (${res.status ?? res.signal}):\n${res.stderr}${res.stdout}`);
  return JSON.parse(line) as Results;
}

// ---------------------------------------------------------------------------------------------
// memfs and the host

function memfsFiles(n: number, reps: number): Results {
  const { fs } = memfs({ '/d': null });
  const names = Array.from({ length: n }, (_, i) => '/d/f' + i);
  gc();
  const heap0 = heapBytes();
  const r: Results = {};
  let t0 = 0;
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) t0 = performance.now();
    fs.closeSync(fs.openSync(names[i]!, 'w'));
  }
  r.create = ((performance.now() - t0) * 1e6) / (n - (n >> 1));
  gc();
  r.heap_per_file = (heapBytes() - heap0) / n;
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) t0 = performance.now();
    fs.statSync(names[i]!);
  }
  r.stat = ((performance.now() - t0) * 1e6) / (n - (n >> 1));
  const per: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const a = performance.now();
    const list = fs.readdirSync('/d');
    per.push(((performance.now() - a) * 1e6) / list.length);
  }
  r.readdir = median(per);
  for (let i = 0; i < n; i++) {
    if (i === n >> 1) t0 = performance.now();
    fs.unlinkSync(names[i]!);
  }
  r.unlink = ((performance.now() - t0) * 1e6) / (n - (n >> 1));
  const chunk = new Uint8Array(1 << 20).fill(0x78);
  const w: number[] = [];
  const rd: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const fd = fs.openSync('/big', 'w+');
    let a = performance.now();
    for (let i = 0; i < MIB; i++) fs.writeSync(fd, chunk, 0, chunk.length);
    w.push((MIB * 1048576) / ((performance.now() - a) * 1e6));
    a = performance.now();
    for (let i = 0; i < MIB; i++) fs.readSync(fd, chunk, 0, chunk.length, i * chunk.length);
    rd.push((MIB * 1048576) / ((performance.now() - a) * 1e6));
    fs.closeSync(fd);
    fs.unlinkSync('/big');
  }
  r.write_gbs = median(w);
  r.read_gbs = median(rd);
  return r;
}

function hostFiles(notes: string[]): Results | null {
  if (!hasGcc()) {
    notes.push('VFS host column skipped: no gcc');
    return null;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const bin = compileC(readFileSync(join(here, 'host_vfs_bench.c'), 'utf8'), { flags: ['-O2'] });
  let base = tmpdir();
  try {
    if (existsSync('/dev/shm') && statfsSync('/dev/shm').type === 0x01021994) base = '/dev/shm';
  } catch { /* keep tmpdir */ }
  const dir = mkdtempSync(join(base, 'linuxsim-vfs-bench-'));
  try {
    const res = runBinary(bin, [dir, String(FILES), String(MIB), String(REPS)]);
    if (res.status !== 0) throw new Error(`host_vfs_bench failed: ${res.stderr}`);
    notes.push(`VFS host rows: ${base === '/dev/shm' ? 'tmpfs (/dev/shm)' : base}; kernel bytes per file from /proc/meminfo Slab`);
    const r: Results = {};
    for (const line of res.stdout.split('\n')) {
      const m = /^(\w+) ([\d.]+)$/.exec(line.trim());
      if (m) r[m[1]!] = Number(m[2]);
    }
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The table

interface Row {
  label: string;
  ls: string;
  other?: string;
  unit: string;
  /** Target on the linuxsim value: at most (≤) or at least (≥). */
  max?: number;
  min?: number;
}

function fmt(v: number | undefined, unit: string): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  if (unit === 'GB/s') return v.toFixed(2);
  return v < 100 ? v.toFixed(1) : v.toFixed(0);
}

/** Runs every VFS row and prints their table; returns [targets met, targets]. */
export function vfsScale(): [number, number] {
  const notes: string[] = [];
  const host = hostFiles(notes);
  const files = inChild('files');
  const million = inChild('million');
  const big = inChild('big');
  const mf = memfsFiles(FILES, REPS);
  const ls: Results = { ...files, ...big };
  for (const [key, v] of Object.entries(million)) ls[`m_${key}`] = v;
  ls.m_create_ratio = ls.m_create_1m! / ls.m_create_1k!;
  ls.m_stat_ratio = ls.m_stat_1m! / ls.m_stat_1k!;
  ls.m_unlink_ratio = ls.m_unlink_1m! / ls.m_unlink_1k!;
  const k = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  const rows: Row[] = [
    { label: `V1. create (open O_CREAT+close), ${k(FILES)}-file dir`, ls: 'create', other: 'create', unit: 'ns', max: 1000 },
    { label: `V2. stat, ${k(FILES)}-file dir`, ls: 'stat', other: 'stat', unit: 'ns' },
    { label: `V3. unlink, ${k(FILES)}-file dir`, ls: 'unlink', other: 'unlink', unit: 'ns', max: 1000 },
    { label: `V4. readdir (getdents64, 64 KiB), per entry`, ls: 'readdir', other: 'readdir', unit: 'ns', max: 50 },
    { label: `V5. heap per empty file (kernel memory on the host)`, ls: 'heap_per_file', other: 'heap_per_file', unit: 'B', max: 256 },
    { label: `V6. ${k(MILLION)} files in one dir: created, mean per file`, ls: 'm_create_all', unit: 'ns' },
    { label: `    create with 1,000 entries in the dir`, ls: 'm_create_1k', unit: 'ns' },
    { label: `    … with ${k(MILLION)} entries (ratio ≤ 2)`, ls: 'm_create_ratio', unit: '×', max: 2 },
    { label: `    stat with 1,000 entries`, ls: 'm_stat_1k', unit: 'ns' },
    { label: `    … with ${k(MILLION)} entries (ratio ≤ 2)`, ls: 'm_stat_ratio', unit: '×', max: 2 },
    { label: `    unlink with 1,000 entries`, ls: 'm_unlink_1k', unit: 'ns' },
    { label: `    … with ${k(MILLION)} entries (ratio ≤ 2)`, ls: 'm_unlink_ratio', unit: '×', max: 2 },
    { label: `    readdir of ${k(MILLION)} entries, per entry`, ls: 'm_readdir', unit: 'ns' },
    { label: `    all ${k(MILLION)} removed, mean per file`, ls: 'm_unlink_all', unit: 'ns' },
    { label: `    heap per empty file at ${k(MILLION)}`, ls: 'm_heap_per_file', unit: 'B', max: 256 },
    { label: `V7. write ${MIB} MiB in 1 MiB chunks, new file`, ls: 'write_gbs', other: 'write_gbs', unit: 'GB/s', min: 2 },
    { label: `    … the first one of a fresh kernel (new host memory)`, ls: 'write_cold_gbs', unit: 'GB/s' },
    { label: `V8. read it back in 1 MiB chunks`, ls: 'read_gbs', other: 'read_gbs', unit: 'GB/s', min: 6.5 },
  ];
  if (host && host.bytes_per_file !== undefined) host.heap_per_file = host.bytes_per_file;
  const header = ['VFS at scale', 'linuxsim', 'memfs', 'host', 'unit', 'target', 'status'];
  const lines: string[][] = [header];
  let met = 0;
  let total = 0;
  for (const row of rows) {
    const v = ls[row.ls];
    const target = row.max !== undefined ? `≤ ${row.max}` : row.min !== undefined ? `≥ ${row.min}` : '';
    let status = '';
    if (target) {
      total++;
      const ok = v !== undefined && (row.max !== undefined ? v <= row.max : v >= row.min!);
      if (ok) met++;
      status = ok ? 'met' : 'MISSED';
    }
    const unit = row.unit === '×' ? 'ratio' : row.unit;
    lines.push([row.label, row.unit === '×' ? `${v?.toFixed(2)}×` : fmt(v, row.unit),
      row.other ? fmt(mf[row.other], row.unit) : '', row.other && host ? fmt(host[row.other], row.unit) : '', unit, target, status]);
  }
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  const render = (l: string[]) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(render(lines[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const l of lines.slice(1)) console.log(render(l));
  console.log();
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`note: VFS rows: per-file costs are means over files ${k(FILES / 2)}–${k(FILES)} (GC included); the ${k(MILLION)} rows`);
  console.log('      compare 20 rounds of 1,000 creates/stats/unlinks in a directory of 1,000 and of 1M entries,');
  console.log('      after a 20k-file JIT warm-up in another directory;');
  console.log('      heap = V8 heapUsed + arrayBuffers after a full GC, per file; readdir: the median of');
  console.log(`      ${REPS} listings after ${REPS} uncounted ones (JIT warm-up); memfs readdir is readdirSync.`);
  return [met, total];
}

if (CHILD) console.log(JSON.stringify(child(CHILD)));
