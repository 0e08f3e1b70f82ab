// vitest.config.ts — the test suites are test/**/*.test.ts; benchmarks (test/bench) are a
// script, never tests. Property tests read LINUXSIM_FULL=1 for their long runs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
