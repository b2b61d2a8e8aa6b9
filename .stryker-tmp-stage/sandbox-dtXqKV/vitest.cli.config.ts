// @ts-nocheck
import { defineConfig } from 'vitest/config';

// The built command line (dist/cli.js), run as a user would: after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/cli/**/*.cli.ts'],
    testTimeout: 120_000,
    pool: 'threads',
  },
});
