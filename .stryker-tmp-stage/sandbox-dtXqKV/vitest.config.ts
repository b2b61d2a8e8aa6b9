// @ts-nocheck
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
    // `npm run test:unit` runs with --coverage: a drop below the thresholds fails `npm test` (figures in docs/quality.md).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The bin entry only wires process.argv and stdout to runCli (covered in-process by test/cli/cli.test.ts);
      // it runs as dist/cli.js in test/cli/built.cli.ts (`npm run test:cli`), outside this run. So does the worker
      // thread of the parallel FEC parse (dist/fecWorker.js), which only the built CLI starts.
      exclude: ['src/cli/main.ts', 'src/cli/fecWorker.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { statements: 97, branches: 93 },
    },
  },
});
