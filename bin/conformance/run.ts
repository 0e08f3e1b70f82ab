// bin/conformance/run.ts — the conformance run: parse scenario files, run every scenario on
// the host kernel (./host.ts) and on linuxsim (userland/conformance/sim.ts), compare, sort the
// divergences into known ones (test/conformance/known-divergences.json, each with its reason)
// and unexpected ones, and total them per syscall family. `linuxsim conformance` prints the
// report; docs/CONFORMANCE.md is the totals of the last full run (test/conformance keeps it
// current). Host I/O (files, the executor) lives here, not in userland/.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compatibilityRows } from '../../kernel/compat';
import { compareScenario, divergenceText, type Divergence } from '../../userland/conformance/compare';
import type { Scenario, ScenarioResult } from '../../userland/conformance/model';
import { parseScenarios } from '../../userland/conformance/parse';
import { runOnSim } from '../../userland/conformance/sim';
import { hostAvailable, runOnHost } from './host';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCENARIO_DIR = join(ROOT, 'test', 'conformance', 'scenarios');
export const KNOWN_FILE = join(ROOT, 'test', 'conformance', 'known-divergences.json');

/** A divergence that is understood: where it is, and why linuxsim differs. */
export interface KnownDivergence {
  /** The scenario file, relative to test/conformance/scenarios/ ("<generated>" for the fuzzer). */
  readonly file: string;
  /** The syscall line as written in the file… */
  readonly text?: string;
  /** …or a regular expression a generated line matches. */
  readonly pattern?: string;
  readonly reason: string;
}

/** Does `k` explain divergence `d` of a scenario from `file`? */
export function explains(k: KnownDivergence, file: string, d: Divergence): boolean {
  if (k.file !== file) return false;
  if (k.text !== undefined) return k.text === d.text;
  return k.pattern !== undefined && new RegExp(k.pattern).test(d.text);
}

export interface ScenarioOutcome {
  readonly scenario: Scenario;
  /** null when the host could not run it (the reason is in skipped). */
  readonly host: ScenarioResult | null;
  readonly sim: ScenarioResult;
  readonly known: { d: Divergence; reason: string }[];
  readonly unexpected: Divergence[];
  readonly skipped: string | null;
}

export interface FamilyTotals {
  steps: number;
  matched: number;
  known: number;
  unexpected: number;
}

export interface ConformanceRun {
  readonly outcomes: ScenarioOutcome[];
  readonly byFamily: Map<string, FamilyTotals>;
  readonly hostSkipped: string | null;
  /** Known divergences listed in the file that no longer happen (the list should shrink). */
  readonly stale: KnownDivergence[];
}

/** Every scenario file of the corpus (sorted). */
export function corpusFiles(): string[] {
  if (!existsSync(SCENARIO_DIR)) return [];
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.strace')).sort().map((f) => join(SCENARIO_DIR, f));
}

export function loadKnown(): KnownDivergence[] {
  if (!existsSync(KNOWN_FILE)) return [];
  return JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as KnownDivergence[];
}

/** The scenarios of some files, named relative to the scenario directory. */
export function loadScenarios(files: readonly string[]): Scenario[] {
  return files.flatMap((f) => parseScenarios(readFileSync(f, 'utf8'), relative(SCENARIO_DIR, f).startsWith('..') ? f : relative(SCENARIO_DIR, f)));
}

function familyOf(): (name: string) => string {
  const rows = new Map(compatibilityRows().map((r) => [r.name, r.family ?? 'unimplemented']));
  return (name) => (name === 'poke' || name === 'peek' || name === 'maps' ? 'directive' : rows.get(name) ?? 'unknown');
}

/** Runs scenarios on both kernels and sorts out what differs. */
/** How many times a scenario whose host run diverged is run again alone (see runScenarios). */
const HOST_RETRIES = 2;

export function runScenarios(scenarios: readonly Scenario[], known: readonly KnownDivergence[] = loadKnown()): ConformanceRun {
  const avail = hostAvailable();
  const hostResults: (ScenarioResult | null)[] = avail.ok ? runOnHost(scenarios) : scenarios.map(() => null);
  const family = familyOf();
  const byFamily = new Map<string, FamilyTotals>();
  const used = new Set<KnownDivergence>();
  const outcomes: ScenarioOutcome[] = scenarios.map((s, i) => {
    const sim = runOnSim(s);
    let host = hostResults[i] ?? null;
    const skipped = !avail.ok ? avail.reason : host?.setupError ?? null;
    let divergences = host && !host.setupError ? compareScenario(s, host, sim) : [];
    // The host runs 8 scenarios at once, each in its own mount namespace. Another scenario's
    // mount or umount bumps the kernel's mount_lock, so an RCU path walk that was under way falls
    // back to a ref walk: RESOLVE_CACHED then fails with EAGAIN, and the symlinks the RCU attempt
    // followed count again toward the 40 (ELOOP). A scenario whose host run diverges is run again
    // alone, up to HOST_RETRIES times, and the first quiet run that agrees counts.
    for (let retry = 0; retry < HOST_RETRIES && divergences.some((d) => !known.some((x) => explains(x, s.file ?? '', d))); retry++) {
      const again = runOnHost([s], { jobs: 1 })[0]!;
      if (again.setupError) break;
      const d2 = compareScenario(s, again, sim);
      if (d2.length < divergences.length) {
        host = again;
        divergences = d2;
      }
    }
    const knownHere: { d: Divergence; reason: string }[] = [];
    const unexpected: Divergence[] = [];
    for (const d of divergences) {
      const k = known.find((x) => explains(x, s.file ?? '', d));
      if (k) {
        used.add(k);
        knownHere.push({ d, reason: k.reason });
      } else {
        unexpected.push(d);
      }
    }
    if (!skipped) {
      for (const step of s.steps) {
        const fam = family(step.name);
        const t = byFamily.get(fam) ?? { steps: 0, matched: 0, known: 0, unexpected: 0 };
        t.steps++;
        if (unexpected.some((d) => d.line === step.line)) t.unexpected++;
        else if (knownHere.some((d) => d.d.line === step.line)) t.known++;
        else t.matched++;
        byFamily.set(fam, t);
      }
    }
    return { scenario: s, host, sim, known: knownHere, unexpected, skipped };
  });
  const ranFiles = new Set(scenarios.map((s) => s.file));
  const stale = avail.ok ? known.filter((k) => k.text !== undefined && ranFiles.has(k.file) && !used.has(k)) : [];
  return { outcomes, byFamily, hostSkipped: avail.ok ? null : avail.reason, stale };
}

/** The human report: per scenario, then per family. */
export function reportText(run: ConformanceRun): string {
  const lines: string[] = [];
  if (run.hostSkipped) lines.push(`host kernel not consulted: ${run.hostSkipped}`);
  for (const o of run.outcomes) {
    const status = o.skipped ? `skipped (${o.skipped})` : o.unexpected.length > 0 ? `${o.unexpected.length} divergence(s)` : o.known.length > 0 ? `matches, ${o.known.length} known divergence(s)` : 'matches';
    lines.push(`${o.scenario.file ?? ''} — ${o.scenario.name}: ${o.scenario.steps.length} calls, ${status}`);
    for (const d of o.unexpected) lines.push('  ' + divergenceText(d).replace(/\n/g, '\n  '));
    for (const k of o.known) lines.push(`  known: ${k.d.file}:${k.d.line}: ${k.d.text} — ${k.reason}`);
  }
  for (const k of run.stale) lines.push(`stale known divergence (no longer happens; remove it): ${k.file}: ${k.text}`);
  lines.push('', familyTable(run));
  const t = totals(run);
  lines.push(`${t.scenarios} scenarios, ${t.steps} calls: ${t.matched} match, ${t.known} known divergences, ${t.unexpected} unexpected divergences, ${t.skipped} scenarios skipped`);
  return lines.join('\n');
}

export function totals(run: ConformanceRun) {
  let steps = 0;
  let matched = 0;
  let known = 0;
  let unexpected = 0;
  for (const t of run.byFamily.values()) {
    steps += t.steps;
    matched += t.matched;
    known += t.known;
    unexpected += t.unexpected;
  }
  return { scenarios: run.outcomes.length, steps, matched, known, unexpected, skipped: run.outcomes.filter((o) => o.skipped).length };
}

function familyTable(run: ConformanceRun): string {
  const rows = [...run.byFamily.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    '| family | calls | match | known divergences | unexpected |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(([f, t]) => `| ${f} | ${t.steps} | ${t.matched} | ${t.known} | ${t.unexpected} |`),
  ].join('\n');
}

/** The line of docs/CONFORMANCE.md after which the text is written by hand (kept by --write). */
export const HAND_WRITTEN_MARKER = '<!-- Everything below this line is written by hand; `npm run conformance -- --write` keeps it. -->';

/** The hand-written part of docs/CONFORMANCE.md (the marker line and what follows), or ''. */
export function handWrittenPart(): string {
  const file = join(ROOT, 'docs', 'CONFORMANCE.md');
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(HAND_WRITTEN_MARKER);
  return at < 0 ? '' : text.slice(at);
}

/** docs/CONFORMANCE.md: the totals by family of a full run, then the hand-written part
 *  (the scenario syntax) as it stands in the file. */
export function conformanceMarkdown(run: ConformanceRun): string {
  const t = totals(run);
  const hand = handWrittenPart();
  return [
    '# Conformance: linuxsim against the host kernel',
    '',
    'The totals are generated by `npm run conformance -- --write` from the scenarios in test/conformance/scenarios/;',
    'do not edit them by hand (the scenario syntax, after the marker line below, is hand-written and kept).',
    'Each scenario runs on the host kernel (in a chroot, as root) and on linuxsim;',
    'known divergences, each with its reason, are in test/conformance/known-divergences.json.',
    '',
    `${t.scenarios} scenarios, ${t.steps} calls: ${t.matched} match, ${t.known} known divergences, ${t.unexpected} unexpected.`,
    '',
    familyTable(run),
    '',
    ...(hand ? [hand.replace(/\n*$/, '\n')] : []),
  ].join('\n');
}
