import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const external = ['fast-check', 'decimal.js', 'zod', 'date-fns', '@noble/hashes'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    // The command line: ESM for Node only (the one place with `node:` imports), no types.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    external,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
