// @ts-nocheck
import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run mutate`). MUTATION_TESTS narrows them to a
// module's own tests (comma-separated globs), e.g. MUTATION_TESTS='test/money/**/*.test.ts'; the
// examples and the CLI (slow, and covering little that the module tests do not) are left out.
export default defineConfig({
  test: {
    include: process.env.MUTATION_TESTS?.split(',') ?? ['test/**/*.test.ts'],
    exclude: ['test/examples/**', 'test/cli/**', '**/node_modules/**'],
    testTimeout: 60_000,
    pool: 'threads',
    isolate: false,
  },
});
