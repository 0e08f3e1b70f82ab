// test/conformance/fuzz.test.ts — differential fuzzing: 2,000 generated scenarios (test/
// conformance/gen.ts; seeded, so every run makes the same ones) run on the host kernel and on
// linuxsim, and must agree call by call (divergences explained in known-divergences.json by a
// "<generated>" pattern excepted). A divergence is shrunk by fast-check to a short scenario,
// printed as a file ready to commit to test/conformance/scenarios/. LINUXSIM_FUZZ_SCENARIOS and
// LINUXSIM_FUZZ_SEED change the count and the seed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareScenario, divergenceText } from '../../userland/conformance/compare';
import type { Scenario, ScenarioResult } from '../../userland/conformance/model';
import { parseScenarios } from '../../userland/conformance/parse';
import { runOnSim } from '../../userland/conformance/sim';
import { explains, loadKnown } from '../../bin/conformance/run';
import { hostAvailable, runOnHost } from '../../bin/conformance/host';
import { scenarioText } from './gen';

const COUNT = Number(process.env.LINUXSIM_FUZZ_SCENARIOS ?? 2000);
const SEED = Number(process.env.LINUXSIM_FUZZ_SEED ?? 20261124);
const GENERATED = '<generated>';
const known = loadKnown();
const avail = hostAvailable();

function parse(text: string): Scenario {
  return parseScenarios(text, GENERATED)[0]!;
}

/** The unexplained divergences of one scenario, given its host result. */
function unexplained(s: Scenario, host: ScenarioResult): string[] {
  if (host.setupError) return [`host setup: ${host.setupError}`];
  return compareScenario(s, host, runOnSim(s))
    .filter((d) => !known.some((k) => explains(k, GENERATED, d)))
    .map(divergenceText);
}

describe('differential fuzzing against the host kernel', () => {
  it.skipIf(!avail.ok)(`${COUNT} generated scenarios (seed ${SEED}) agree with the host`, () => {
    const texts = fc.sample(scenarioText, { seed: SEED, numRuns: COUNT });
    const scenarios = texts.map(parse);
    const hostResults = runOnHost(scenarios);
    const cache = new Map(texts.map((t, i) => [t, hostResults[i]!] as const));
    const failing = texts.filter((t, i) => unexplained(scenarios[i]!, hostResults[i]!).length > 0);
    if (failing.length === 0) return;
    // Shrink: the same seed gives the same values, so the cached host results serve until the
    // shrinker makes new scenarios, which run on the host one by one.
    const result = fc.check(
      fc.property(scenarioText, (text) => {
        const s = parse(text);
        const host = cache.get(text) ?? runOnHost([s])[0]!;
        return unexplained(s, host).length === 0;
      }),
      { seed: SEED, numRuns: COUNT },
    );
    const shrunk = result.counterexample?.[0] ?? failing[0]!;
    const why = unexplained(parse(shrunk), runOnHost([parse(shrunk)])[0]!);
    expect.fail(
      `${failing.length} of ${COUNT} generated scenarios diverge. The smallest, as a scenario file ` +
      `(commit it to test/conformance/scenarios/ once fixed):\n\n${shrunk}\n${why.join('\n')}`,
    );
  });

  it('generates the same scenarios for the same seed', () => {
    expect(fc.sample(scenarioText, { seed: SEED, numRuns: 5 })).toEqual(fc.sample(scenarioText, { seed: SEED, numRuns: 5 }));
  });
});
