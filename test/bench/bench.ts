// test/bench/bench.ts — `npm run bench`: one table of medians (ns/op) for linuxsim, memfs and the
// host kernel side by side, with ratios and the issue's targets (met/missed). The host clock
// (performance.now) is read here only, never in the kernel. Every column: warm-up, batches of
// ~SAMPLE_MS, median per-op time (host_bench.c likewise); linuxsim: median of BENCH_RUNS fresh
// processes. No tracer attached. Env: BENCH_SAMPLE_MS (5), BENCH_SAMPLES (31), BENCH_WARMUP_MS
// (400), BENCH_RUNS (3); the VFS-at-scale rows (vfs_scale.ts): BENCH_VFS=0 skips them; the Memory rows
// (mm_bench.ts): BENCH_MM=0 skips them. See README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memfs } from 'memfs';
import { AT_FDCWD, O_CREAT, O_RDONLY, O_RDWR } from '../../abi/fcntl';
import { SIGCHLD } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { Out } from '../../mm/usercopy';
import type { Sys } from '../../userland/sys';
import { createSystem } from '../../userland/system';
import { compileC, hasGcc, runBinary } from '../helpers/host';
import { mmScale } from './mm_bench';
import { vfsScale } from './vfs_scale';

const SAMPLE_MS = Number(process.env.BENCH_SAMPLE_MS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 31);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 400);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Set in the child processes that measure the linuxsim column (they print JSON and exit). */
const CHILD = process.env.BENCH_LINUXSIM_CHILD === '1';
const startedAt = performance.now();

/** The file every path row uses in linuxsim and memfs: five directories below /tmp. */
const PATH = '/tmp/a/b/c/d/e/f';

// ---------------------------------------------------------------------------------------------
// Measurement: the same scheme for synchronous loops and for loops inside a linuxsim program.

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * Warm-up: grow the batch to ~SAMPLE_MS, then keep running batches until at least WARMUP_MS
 * have passed and the last five per-op times agree within 10% (V8 may take several hundred
 * ms and a re-optimisation or two to settle), or until 4 × WARMUP_MS. Returns the batch size.
 */
function warmSync(f: (n: number) => void): number {
  const w0 = performance.now();
  let n = 1;
  const recent: number[] = [];
  for (;;) {
    const t0 = performance.now();
    f(n);
    const ms = performance.now() - t0;
    if (ms < SAMPLE_MS / 4) { n *= 2; continue; }
    recent.push(ms / n);
    if (recent.length > 5) recent.shift();
    n = Math.max(1, Math.round((n * SAMPLE_MS) / ms));
    const elapsed = performance.now() - w0;
    if (elapsed >= 4 * WARMUP_MS) return n;
    if (elapsed >= WARMUP_MS && recent.length === 5 && Math.max(...recent) <= 1.1 * Math.min(...recent)) return n;
  }
}

/** `f(n)` does the operation n times. Returns the median ns per operation. */
function measureSync(f: (n: number) => void): number {
  const n = warmSync(f);
  const per: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    f(n);
    per.push(((performance.now() - t0) * 1e6) / n);
  }
  return median(per);
}

/** warmSync for a loop of awaited calls (run inside a program). */
async function warmAsync(f: (n: number) => Promise<void>): Promise<number> {
  const w0 = performance.now();
  let n = 1;
  const recent: number[] = [];
  for (;;) {
    const t0 = performance.now();
    await f(n);
    const ms = performance.now() - t0;
    if (ms < SAMPLE_MS / 4) { n *= 2; continue; }
    recent.push(ms / n);
    if (recent.length > 5) recent.shift();
    n = Math.max(1, Math.round((n * SAMPLE_MS) / ms));
    const elapsed = performance.now() - w0;
    if (elapsed >= 4 * WARMUP_MS) return n;
    if (elapsed >= WARMUP_MS && recent.length === 5 && Math.max(...recent) <= 1.1 * Math.min(...recent)) return n;
  }
}

/** measureSync for a loop of awaited calls (run inside a program). */
async function measureAsync(f: (n: number) => Promise<void>): Promise<number> {
  const n = await warmAsync(f);
  const per: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    await f(n);
    per.push(((performance.now() - t0) * 1e6) / n);
  }
  return median(per);
}

function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`bench: ${what}`);
}

// ---------------------------------------------------------------------------------------------
// The machine

function machine(): string[] {
  let model = 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1]!.trim();
  } catch {
    model = cpus()[0]?.model ?? model;
  }
  return [
    `CPU: ${model}, ${cpus().length} logical cores`,
    `Node ${process.version} (V8 ${process.versions.v8}), host kernel ${process.platform} ${release()}`,
    loadLine('load average at start'),
  ];
}

/**
 * The 1-minute load average, with a warning when other work competes for the CPUs (`own`: the
 * load this bench itself adds, about 1 once it has run for a while).
 */
function loadLine(when: string, own = 0): string {
  const l = loadavg()[0]!;
  const busy = l - own > 0.5 * cpus().length;
  return `${when}: ${l.toFixed(2)}${busy ? ` — WARNING: the machine is busy (${cpus().length} cores); expect noisy, slower numbers` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// linuxsim

type Results = Record<string, number>;

async function benchLinuxsim(): Promise<{ r: Results; notes: string[] }> {
  const r: Results = {};
  const notes: string[] = [];
  const buf4k = new Uint8Array(4096).fill(0x78);

  // Programs run under the scheduler; they measure with the bench's clock and report here.
  async function inProgram(sys: Sys): Promise<number> {
    r.await_getpid = await measureAsync(async (n) => {
      for (let i = 0; i < n; i++) await sys.getpid();
    });
    r.await_open_close = await measureAsync(async (n) => {
      for (let i = 0; i < n; i++) await sys.close(await sys.open(PATH, O_RDONLY));
    });
    r.await_stat = await measureAsync(async (n) => {
      for (let i = 0; i < n; i++) await sys.stat(PATH);
    });
    const fd = await sys.open(PATH, O_RDWR);
    const b = new Uint8Array(4096);
    r.await_pwrite_pread = await measureAsync(async (n) => {
      for (let i = 0; i < n; i++) {
        await sys.pwrite64(fd, buf4k, 4096, 0);
        await sys.pread64(fd, b, 4096, 0);
      }
    });
    await sys.close(fd);
    return 0;
  }

  // Ping-pong over two pipes between this process and a child made with clone(SIGCHLD, fn)
  // (fork-like: the child gets a copy of the fd table). A 0 byte tells the child to stop.
  async function pipePingPong(sys: Sys): Promise<number> {
    const [ar, aw] = await sys.pipe();
    const [br, bw] = await sys.pipe();
    const child = await sys.clone(SIGCHLD, async (cs: Sys) => {
      const c = new Uint8Array(1);
      for (;;) {
        const got = await cs.read(ar!, c, 1);
        if (got !== 1 || c[0] === 0) return 0;
        await cs.write(bw!, c, 1);
      }
    });
    const one = new Uint8Array([1]);
    const back = new Uint8Array(1);
    r.pipe_rtt = await measureAsync(async (n) => {
      for (let i = 0; i < n; i++) {
        await sys.write(aw!, one, 1);
        await sys.read(br!, back, 1);
      }
    });
    await sys.write(aw!, new Uint8Array([0]), 1);
    const st = await sys.wait4(child);
    return st.status === 0 ? 0 : 1;
  }

  const s = createSystem({
    programs: { 'bench-calls': inProgram, 'bench-pipe': pipePingPong },
    installed: { '/bin/bench-calls': 'bench-calls', '/bin/bench-pipe': 'bench-pipe' },
  });
  const k = s.kernel;
  check(!k.trace.active, 'a tracer is attached');

  // The tree, made through syscalls as root (so mounts and permissions are the real ones).
  const p = s.process({ uid: 0, cwd: '/' });
  for (const d of ['/tmp/a', '/tmp/a/b', '/tmp/a/b/c', '/tmp/a/b/c/d', '/tmp/a/b/c/d/e']) p.sys.mkdir(d, 0o755);
  const wfd = p.sys.open(PATH, O_RDWR | O_CREAT, 0o644);
  p.sys.pwrite64(wfd, buf4k, 4096, 0);
  p.sys.close(wfd);

  // 1. The synchronous core: ProcessHandle.syscall, and the bare Kernel.syscall under it.
  const h = p.handle;
  const t = h.task;
  // The ns counters (clock.monoNs, task.enterNs, utimeNs, stimeNs) start as small integers and
  // pass 2^31 after ~2–4 M syscalls: V8 then changes their representation (and the Task map),
  // deoptimising every function that touches a task, in the middle of whichever row runs then.
  // Cross that line once, before measuring anything (about 0.1 s); see README.md.
  const before = performance.now();
  while (t.utimeNs < 2 ** 31 + 1e6) for (let i = 0; i < 100_000; i++) k.syscall(t, 39);
  notes.push(`pre-warm: ${(t.utimeNs / 500 / 1e6).toFixed(1)} M getpid calls (${(performance.now() - before).toFixed(0)} ms) so that the kernel's ns counters are past 2^31 before measuring`);
  check(h.syscall(SYS.getpid) === p.pid, 'getpid');
  r.getpid_handle = measureSync((n) => {
    for (let i = 0; i < n; i++) h.syscall(SYS.getpid);
  });
  r.getpid_bare = measureSync((n) => {
    for (let i = 0; i < n; i++) k.syscall(t, 39);
  });

  // 3–5. Path and data rows through the same door, typed-door arguments (a binary string
  // for the path, an Out box for struct stat, Uint8Array buffers), as SyncSys passes them.
  const fd0 = h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDONLY, 0) as number;
  check(fd0 >= 0 && h.syscall(SYS.close, fd0) === 0, 'openat/close');
  r.open_close = measureSync((n) => {
    for (let i = 0; i < n; i++) {
      const fd = h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDONLY, 0) as number;
      h.syscall(SYS.close, fd);
    }
  });
  const out = new Out<unknown>();
  check(h.syscall(SYS.newfstatat, AT_FDCWD, PATH, out, 0) === 0 && out.value !== undefined, 'newfstatat');
  r.stat = measureSync((n) => {
    for (let i = 0; i < n; i++) h.syscall(SYS.newfstatat, AT_FDCWD, PATH, out, 0);
  });
  const fd = h.syscall(SYS.openat, AT_FDCWD, PATH, O_RDWR, 0) as number;
  const rb = new Uint8Array(4096);
  check(h.syscall(SYS.pwrite64, fd, buf4k, 4096, 0) === 4096, 'pwrite64');
  check(h.syscall(SYS.pread64, fd, rb, 4096, 0) === 4096 && rb[4095] === 0x78, 'pread64');
  r.pwrite_pread = measureSync((n) => {
    for (let i = 0; i < n; i++) {
      h.syscall(SYS.pwrite64, fd, buf4k, 4096, 0);
      h.syscall(SYS.pread64, fd, rb, 4096, 0);
    }
  });
  r.pwrite = measureSync((n) => {
    for (let i = 0; i < n; i++) h.syscall(SYS.pwrite64, fd, buf4k, 4096, 0);
  });
  r.pread = measureSync((n) => {
    for (let i = 0; i < n; i++) h.syscall(SYS.pread64, fd, rb, 4096, 0);
  });
  h.syscall(SYS.close, fd);
  check(k.oopses.length === 0, `kernel oops: ${String(k.oopses[0]?.error)}`);

  // 2, 6 and the in-program variants: programs under createSystem() + spawn + run().
  for (const prog of ['bench-calls', 'bench-pipe']) {
    const ph = s.spawn(`/bin/${prog}`, [prog], { uid: 0, cwd: '/' });
    const idle = await s.run();
    const status = await ph.exited();
    check(idle === 'done' && status === 0, `${prog}: ${idle}, wait status ${status}; console: ${s.output()}`);
  }
  check(k.oopses.length === 0 && k.programFaults.length === 0, 'oops or program fault during the programs');
  check(!k.trace.active, 'a tracer got attached');
  return { r, notes };
}

// ---------------------------------------------------------------------------------------------
// memfs (its synchronous fs API; no processes, so no pipe row)

function benchMemfs(): Results {
  const r: Results = {};
  const { fs } = memfs({ [PATH]: 'x'.repeat(4096) });
  const buf = new Uint8Array(4096).fill(0x78);
  const rb = new Uint8Array(4096);
  r.open_close = measureSync((n) => {
    for (let i = 0; i < n; i++) fs.closeSync(fs.openSync(PATH, 'r'));
  });
  r.stat = measureSync((n) => {
    for (let i = 0; i < n; i++) fs.statSync(PATH);
  });
  const fd = fs.openSync(PATH, 'r+');
  check(fs.writeSync(fd, buf, 0, 4096, 0) === 4096 && fs.readSync(fd, rb, 0, 4096, 0) === 4096, 'memfs rw');
  r.pwrite_pread = measureSync((n) => {
    for (let i = 0; i < n; i++) {
      fs.writeSync(fd, buf, 0, 4096, 0);
      fs.readSync(fd, rb, 0, 4096, 0);
    }
  });
  r.pwrite = measureSync((n) => {
    for (let i = 0; i < n; i++) fs.writeSync(fd, buf, 0, 4096, 0);
  });
  r.pread = measureSync((n) => {
    for (let i = 0; i < n; i++) fs.readSync(fd, rb, 0, 4096, 0);
  });
  fs.closeSync(fd);
  return r;
}

// ---------------------------------------------------------------------------------------------
// The host kernel, through host_bench.c

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

function parseHost(stdout: string): Results {
  const r: Results = {};
  for (const line of stdout.split('\n')) {
    const m = /^(\w+) ([\d.]+)$/.exec(line.trim());
    if (m) r[m[1]!] = Number(m[2]);
  }
  return r;
}

function benchHost(): { r: Results | null; notes: string[] } {
  const notes: string[] = [];
  if (!hasGcc()) {
    notes.push('host column skipped: no gcc on this machine');
    return { r: null, notes };
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const bin = compileC(readFileSync(join(here, 'host_bench.c'), 'utf8'), { flags: ['-O2'] });
  // Prefer a tmpfs (like linuxsim's /tmp) for the file; fall back to the OS temp dir.
  let base = tmpdir();
  try {
    if (existsSync('/dev/shm') && statfsSync('/dev/shm').type === 0x01021994 /* TMPFS_MAGIC */) base = '/dev/shm';
  } catch { /* keep tmpdir */ }
  const dir = mkdtempSync(join(base, 'linuxsim-bench-'));
  try {
    mkdirSync(join(dir, 'a/b/c/d/e'), { recursive: true });
    writeFileSync(join(dir, 'a/b/c/d/e/f'), 'x'.repeat(4096));
    const fsType = base === '/dev/shm' ? 'tmpfs' : 'the temp dir\'s filesystem';
    const depth = join(dir, 'a/b/c/d/e/f').split('/').filter(Boolean).length;
    notes.push(`host file: ${join(dir, 'a/b/c/d/e/f')} on ${fsType} (${depth} components; linuxsim's ${PATH} has 7)`);
    const args = [dir, String(SAMPLE_MS), String(SAMPLES)];
    let res;
    if (hasTaskset()) {
      res = runBinary('taskset', ['-c', '0', bin, ...args]);
      notes.push('host rows run pinned to CPU 0 (taskset -c 0): the pipe round trip is two processes on one CPU');
    } else {
      res = runBinary(bin, args);
      notes.push('host rows run unpinned (no taskset): the pipe round trip may cross CPUs');
    }
    if (res.status !== 0) throw new Error(`host_bench failed (${res.status ?? res.signal}): ${res.stderr}`);
    const r = parseHost(res.stdout);
    if (hasTaskset()) {
      const u = parseHost(runBinary(bin, [...args, 'pipe_rtt']).stdout);
      if (u.pipe_rtt !== undefined) notes.push(`host pipe round trip unpinned (the two processes free to use ${cpus().length} CPUs): ${fmt(u.pipe_rtt)} ns`);
    }
    return { r, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The table

interface Row {
  label: string;
  key: string;
  /** Key of the linuxsim result when it differs from `key` (memfs/host use `key`). */
  lsKey?: string;
  target?: number;
  memfs?: boolean;
}

const ROWS: Row[] = [
  { label: '1. getpid, handle.syscall(SYS.getpid)', key: 'getpid', lsKey: 'getpid_handle', target: 20 },
  { label: '1b. getpid, bare k.syscall(task, 39)', key: 'getpid', lsKey: 'getpid_bare', target: 20 },
  { label: '2. await sys.getpid() in a program', key: 'getpid', lsKey: 'await_getpid', target: 250 },
  { label: '3. openat+close, 5 dirs deep', key: 'open_close', target: 200, memfs: true },
  { label: '3p. … await sys.open+close in a program', key: 'open_close', lsKey: 'await_open_close', memfs: true },
  { label: '4. stat (newfstatat), 5 dirs deep', key: 'stat', target: 300, memfs: true },
  { label: '4p. … await sys.stat in a program', key: 'stat', lsKey: 'await_stat', memfs: true },
  { label: '5. pwrite+pread 4 KiB at offset 0', key: 'pwrite_pread', target: 500, memfs: true },
  { label: '5a. pwrite 4 KiB alone', key: 'pwrite', memfs: true },
  { label: '5b. pread 4 KiB alone', key: 'pread', memfs: true },
  { label: '5p. … await pwrite64+pread64 in a program', key: 'pwrite_pread', lsKey: 'await_pwrite_pread', memfs: true },
  { label: '6. pipe round trip, 1 byte, 2 processes', key: 'pipe_rtt', target: 1000 },
];

function fmt(ns: number | undefined): string {
  if (ns === undefined || !Number.isFinite(ns)) return '—';
  return ns < 100 ? ns.toFixed(1) : ns.toFixed(0);
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || b <= 0) return '—';
  const x = a / b;
  return `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`;
}

function printTable(ls: Results, lsRuns: Results[], mf: Results, host: Results | null): void {
  const header = ['operation', 'linuxsim', `(${lsRuns.length} runs)`, 'memfs', 'host', 'ls/host', 'ls/memfs', 'target', 'status'];
  const lines: string[][] = [header];
  for (const row of ROWS) {
    const key = row.lsKey ?? row.key;
    const v = ls[key];
    const vs = lsRuns.map((r) => r[key]).filter((x): x is number => x !== undefined);
    const range = vs.length > 1 ? `${fmt(Math.min(...vs))}–${fmt(Math.max(...vs))}` : '';
    const m = row.memfs ? mf[row.key] : undefined;
    const hv = host ? host[row.key] : undefined;
    const status = row.target === undefined ? '' : v !== undefined && v <= row.target ? 'met' : 'MISSED';
    lines.push([
      row.label, fmt(v), range, fmt(m), fmt(hv), ratio(v, hv), ratio(v, m),
      row.target === undefined ? '' : `≤ ${row.target}`, status,
    ]);
  }
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  const render = (l: string[]) =>
    l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(render(lines[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const l of lines.slice(1)) console.log(render(l));
}

/** Runs the linuxsim measurements in a fresh process (this script, as a child); its results. */
function linuxsimInChild(): { r: Results; notes: string[] } {
  const res = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_LINUXSIM_CHILD: '1' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = res.stdout.split('\n').find((l) => l.startsWith('{'));
  if (res.status !== 0 || !line) throw new Error(`linuxsim bench process failed (${res.status ?? res.signal}):\n${res.stderr}${res.stdout}`);
  return JSON.parse(line) as { r: Results; notes: string[] };
}

/** The per-row median over several runs. */
function medianResults(runs: Results[]): Results {
  const out: Results = {};
  for (const key of new Set(runs.flatMap((r) => Object.keys(r)))) {
    const vs = runs.map((r) => r[key]).filter((x): x is number => x !== undefined);
    if (vs.length > 0) out[key] = median(vs);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (CHILD) {
    console.log(JSON.stringify(await benchLinuxsim()));
    return;
  }
  console.log('linuxsim bench — medians in ns/op (lower is better)');
  for (const l of machine()) console.log(l);
  console.log(`method: warm-up ≥ ${WARMUP_MS} ms until stable, then ${SAMPLES} batches of ~${SAMPLE_MS} ms; median of per-op times;`);
  console.log(`        linuxsim: median of ${RUNS} fresh processes (their range in the next column); no tracer attached`);
  console.log();

  const host = benchHost();
  const lsRuns: { r: Results; notes: string[] }[] = [];
  for (let i = 0; i < RUNS; i++) lsRuns.push(linuxsimInChild());
  const ls = medianResults(lsRuns.map((x) => x.r));
  const mf = benchMemfs();

  printTable(ls, lsRuns.map((x) => x.r), mf, host.r);
  console.log();
  for (const n of [...host.notes, ...lsRuns[0]!.notes]) console.log(`note: ${n}`);
  console.log('note: linuxsim rows 1, 1b, 3, 4, 5 drive the synchronous core from outside (a process made by');
  console.log('      createProcess, typed-door arguments); rows 2, 3p, 4p, 5p, 6 run as programs under the');
  console.log('      scheduler (createSystem + spawn + run); 6 uses clone(SIGCHLD, fn) for the second process.');
  const met = ROWS.filter((r) => r.target !== undefined && (ls[r.lsKey ?? r.key] ?? Infinity) <= r.target).length;
  const total = ROWS.filter((r) => r.target !== undefined).length;
  let vMet = 0;
  let vTotal = 0;
  if (process.env.BENCH_VFS !== '0') {
    console.log();
    [vMet, vTotal] = vfsScale();
  }
  if (process.env.BENCH_MM !== '0') {
    console.log();
    const [mMet, mTotal] = mmScale();
    vMet += mMet;
    vTotal += mTotal;
  }
  console.log(loadLine('load average at end (this bench adds ~1)', 1));
  console.log(`targets met: ${met + vMet}/${total + vTotal}; whole run ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
}

await main();
