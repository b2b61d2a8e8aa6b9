// @ts-nocheck
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const external = ['fast-check', 'decimal.js', 'zod', '@noble/hashes'];

export default defineConfig([
  {
    // ESM: one dist file per src file (bundle: false), so that a user's bundler drops whole modules the
    // user does not reach (package.json says "sideEffects": false). One flattened dist/index.js kept every
    // top-level call (zod schemas, Object.freeze, tables): the smallest use bundled 82 KB gzipped of
    // partie-double instead of 31 KB from the same sources (issue #13 §2; README "Bundle size").
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    // No source maps in the package: dist/ is not minified (names and structure read as in src/), and the
    // maps were 4.3 MB of the 7 MB unpacked. See the README's "Install".
    sourcemap: false,
    clean: true,
    treeshake: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // CommonJS: one bundled file per entry (require() loads everything anyway).
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: false,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    // The columnar subpath in CommonJS: apache-arrow stays external (it ships CommonJS); hyparquet and
    // hyparquet-writer are ES modules only, so they are bundled in, from their browser build (no `fs`).
    entry: { columnar: 'src/columnar/index.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: false,
    target: 'es2022',
    platform: 'neutral',
    external: [...external, 'apache-arrow'],
    noExternal: ['hyparquet', 'hyparquet-writer'],
    esbuildOptions(options) {
      options.conditions = ['browser', 'import', 'default'];
    },
  },
  {
    // Declarations only, one bundled file per entry and module kind (index.d.ts, index.d.cts…).
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', columnar: 'src/columnar/index.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
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
