import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    testTimeout: 60_000,
    pool: 'threads',
    // The library has no global state and no test mocks a module: sharing the module cache between the
    // files of a worker saves importing the library ~70 times (test time is mostly import time otherwise).
    isolate: false,
  },
});
