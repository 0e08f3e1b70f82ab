// bin/conformance/host-only.ts — runs scenario files on the host kernel alone and prints what
// it returned for every line (addresses as hex and the name they match, peeks' bytes, the
// normalised # maps lines), then every line whose written expectation the host does not meet.
// For writing scenarios linuxsim cannot run yet (kept outside test/conformance/scenarios/): the expected
// results in a file must be what this printed. Exit status 1 when an expectation fails.
//   npx tsx bin/conformance/host-only.ts FILE... [--quiet]
// Owned by the conformance harness.

// It imports no kernel code (only the parser, the comparer and the host runner), so it works
// while linuxsim's side of a call is being written.

import { readFileSync } from 'node:fs';
import { checkScenario, resultLines } from '../../userland/conformance/compare';
import { parseScenarios } from '../../userland/conformance/parse';
import { hostAvailable, runOnHost } from './host';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: tsx bin/conformance/host-only.ts FILE... [--quiet]\n');
  process.exit(2);
}
const avail = hostAvailable();
if (!avail.ok) {
  process.stderr.write(`host kernel not available: ${avail.reason}\n`);
  process.exit(2);
}
const scenarios = files.flatMap((f) => parseScenarios(readFileSync(f, 'utf8'), f));
const results = runOnHost(scenarios);
let bad = 0;
let lines = 0;
for (const [i, s] of scenarios.entries()) {
  const r = results[i]!;
  if (!quiet) process.stdout.write(`== ${s.file ?? ''} — ${s.name}\n`);
  if (r.setupError) {
    process.stdout.write(`  setup failed: ${r.setupError}\n`);
    bad++;
    continue;
  }
  lines += s.steps.length;
  if (!quiet) {
    for (const l of resultLines(s, r)) {
      process.stdout.write(`  ${l.line}: ${l.text}\n      => ${l.result}\n`);
      for (const x of l.extra) process.stdout.write(`      #| ${x}\n`);
    }
  }
  for (const f of checkScenario(s, r)) {
    bad++;
    process.stdout.write(`MISMATCH ${s.file}:${f.line}: ${f.text}\n    host: ${f.why}\n`);
  }
}
process.stdout.write(`${scenarios.length} scenarios, ${lines} lines on the host: ${bad} expectation(s) not met\n`);
process.exit(bad > 0 ? 1 : 0);
