// vitest.config.ts — the test suites are test/**/*.test.ts; benchmarks (test/bench) are a
// script, never tests. The robustness property runs 100,000 calls; LINUXSIM_FUZZ_CALLS=N runs more.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
