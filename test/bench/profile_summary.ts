// test/bench/profile_summary.ts — summarises a V8 .cpuprofile (from `node --cpu-prof`): the
// functions with the most self time and the most inclusive time, with their file:line, so a
// bench row that misses its target can be traced to kernel/, vfs/ or userland/ functions.
// Usage: npx tsx test/bench/profile_summary.ts file.cpuprofile [topN] [filter] [--lines bundle.mjs]
// With --lines (a profile of an esbuild bundle, see README.md) it also prints the hottest source
// lines. Bench tooling only (reads host files); nothing in the kernel may import this.

import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile { nodes: ProfNode[]; samples: number[]; timeDeltas: number[] }

const argv = process.argv.slice(2);
const li = argv.indexOf('--lines');
const bundle = li >= 0 ? argv.splice(li, 2)[1] : undefined;
const [file, topArg, filterArg] = argv;
const filter = filterArg === '' ? undefined : filterArg;
if (!file) {
  console.error('usage: profile_summary.ts file.cpuprofile [topN] [filterSubstring]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map<number, ProfNode>();
for (const n of prof.nodes) byId.set(n.id, n);
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function key(n: ProfNode): string {
  const f = n.callFrame;
  const url = f.url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
  return `${f.functionName || '(anonymous)'}  ${url}:${f.lineNumber + 1}`;
}

// Sample counts per node (hitCount is per node; samples gives the same, weighted by timeDeltas).
const selfUs = new Map<number, number>();
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i]!;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
let total = 0;
for (const v of selfUs.values()) total += v;

const self = new Map<string, number>();
const incl = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  const k = key(n);
  self.set(k, (self.get(k) ?? 0) + us);
  // Inclusive: each distinct function on the stack once.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const kk = key(byId.get(cur)!);
    if (seen.has(kk)) continue;
    seen.add(kk);
    incl.set(kk, (incl.get(kk) ?? 0) + us);
  }
}

function show(title: string, m: Map<string, number>): void {
  console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  const rows = [...m].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, us] of rows) console.log(`${((100 * us) / total).toFixed(1).padStart(6)}%  ${k}`);
}
show('self time', self);
show('inclusive time', incl);

// Hottest lines (meaningful for an unminified bundle; tsx's transform puts a module on one line).
if (bundle) {
  const src = readFileSync(bundle, 'utf8').split('\n');
  const lines = new Map<string, number>();
  let ticks = 0;
  for (const n of prof.nodes) {
    ticks += n.hitCount ?? 0;
    for (const pt of n.positionTicks ?? []) {
      const k = `${n.callFrame.functionName || '(anonymous)'}:${pt.line}`;
      lines.set(k, (lines.get(k) ?? 0) + pt.ticks);
    }
  }
  console.log(`\nhottest lines of ${bundle} (self ticks, of ${ticks})`);
  for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const line = Number(k.slice(k.lastIndexOf(':') + 1));
    console.log(`${((100 * v) / ticks).toFixed(1).padStart(6)}%  ${k.padEnd(30)} ${(src[line - 1] ?? '').trim().slice(0, 100)}`);
  }
}
