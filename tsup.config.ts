import { defineConfig } from 'tsup';

export default defineConfig({
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
  external: ['fast-check', 'decimal.js', 'zod', 'date-fns'],
});
