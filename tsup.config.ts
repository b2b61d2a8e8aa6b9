import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const external = ['fast-check', 'decimal.js', 'zod', '@noble/hashes'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package: dist/ is not minified (names and structure read as in src/), and the
    // maps were 4.3 MB of the 7 MB unpacked. See the README's "Install".
    sourcemap: false,
    clean: true,
    // esbuild's own tree shaking only (it always shakes a bundle). tsup's extra rollup pass saved 0.5 % and
    // warned about date-fns specifiers it had shaken out of dist/testing.cjs.
    treeshake: false,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    // The command line: ESM for Node only (the one place with `node:` imports), no types.
    // fecWorker: the worker thread of the parallel FEC parse, loaded by dist/cli.js from beside it.
    entry: { cli: 'src/cli/main.ts', fecWorker: 'src/cli/fecWorker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    external,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
