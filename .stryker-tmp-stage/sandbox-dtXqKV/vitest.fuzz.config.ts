// @ts-nocheck
import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the fuzz properties of test/fuzz with 1,000,000 cases each (FUZZ_RUNS), no time limit.
// Replay a failure with FUZZ_SEED=<seed printed by fast-check> (and FUZZ_RUNS as printed).
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'threads',
    // Prints the seed (FUZZ_SEED, chosen here when not given) before the properties run.
    setupFiles: ['test/fuzz/seed.ts'],
  },
});
