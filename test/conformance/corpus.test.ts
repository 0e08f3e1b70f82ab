// test/conformance/corpus.test.ts — the scenario corpus (test/conformance/scenarios/*.strace,
// written from the man pages' ERRORS sections) on the host kernel and on linuxsim: every call
// agrees, or its divergence is listed with a reason in known-divergences.json; every
// expectation written in the files holds on both; the corpus keeps its size; and
// docs/CONFORMANCE.md holds this run's totals (regenerate: npm run conformance -- --write).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { divergenceText } from '../../userland/conformance/compare';
import { conformanceMarkdown, corpusFiles, loadScenarios, ROOT, runScenarios } from '../../bin/conformance/run';
import { hostAvailable } from '../../bin/conformance/host';

const files = corpusFiles();
const scenarios = loadScenarios(files);
const run = runScenarios(scenarios);

describe('the conformance corpus', () => {
  it('has at least 300 syscall lines', () => {
    expect(scenarios.reduce((n, s) => n + s.steps.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it.each(run.outcomes.map((o) => [`${o.scenario.file} — ${o.scenario.name}`, o] as const))('%s', (_name, o) => {
    expect(o.unexpected.map(divergenceText)).toEqual([]);
  });

  it('lists no known divergence that no longer happens', () => {
    expect(run.stale).toEqual([]);
  });

  it.skipIf(!hostAvailable().ok)('ran on the host kernel, and docs/CONFORMANCE.md has this run\'s totals', () => {
    expect(run.outcomes.filter((o) => o.skipped).map((o) => `${o.scenario.name}: ${o.skipped}`)).toEqual([]);
    expect(readFileSync(join(ROOT, 'docs', 'CONFORMANCE.md'), 'utf8')).toBe(conformanceMarkdown(run));
  });
});
