// @ts-nocheck
// A bundle keeps only the formats it imports (issue #13 §2): each built-in format, imported alone by its
// named export, brings no other format; `formatKey` and `createRegistry` bring none. Bundled from
// src/ with esbuild as an app's bundler would (dist/ keeps the same modules; test/bundle/run.ts
// measures the built package).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { formatKey, formats } from '../../src/index.js';

const index = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

const CASES: Readonly<Record<string, readonly string[]>> = {
  fec: ['fec'],
  quadratus: ['quadratus'],
  ledger: ['ledger'],
  csvTrialBalance: ['csvTrialBalance'],
  csvGymInvoices: ['csvGymInvoices'],
  csvGymDirectDebitBatch: ['csvGymDirectDebitBatch'],
  csvPosFigures: ['csvPosFigures'],
  registryHelpers: ['formatKey', 'createRegistry'],
  registry: ['formats'],
};

/** The minified bundle of an app that imports these names and uses them, per case (one esbuild run). */
async function bundles(): Promise<Record<string, string>> {
  const result = await build({
    entryPoints: Object.fromEntries(Object.keys(CASES).map((name) => [name, `case:${name}`])),
    outdir: 'out',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: ['zod', 'zod/*', 'decimal.js', '@noble/hashes', '@noble/hashes/*'],
    plugins: [
      {
        name: 'cases',
        setup(b) {
          b.onResolve({ filter: /^case:/ }, (args) => ({ path: args.path.slice(5), namespace: 'case' }));
          b.onLoad({ filter: /.*/, namespace: 'case' }, (args) => {
            const names = CASES[args.path]!;
            return { contents: `import { ${names.join(', ')} } from ${JSON.stringify(index)};\nconsole.log(${names.join(', ')});`, loader: 'ts', resolveDir: fileURLToPath(new URL('.', import.meta.url)) };
          });
        },
      },
    ],
  });
  return Object.fromEntries(result.outputFiles.map((f) => [f.path.replace(/^.*[\\/]/, '').replace(/\.js$/, ''), f.text]));
}

/** The ids of the built-in formats a bundle defines (each format object is written `id:"<id>"`). */
function formatsIn(code: string): string[] {
  return formats.list().map((f) => f.id).filter((id) => code.includes(`id:${JSON.stringify(id)}`));
}

describe('tree shaking of the formats', () => {
  it('bundles each built-in format imported alone without any other; formatKey and createRegistry without any', async () => {
    const code = await bundles();
    expect(Object.keys(code).sort()).toEqual(Object.keys(CASES).sort());
    const registry = formats as unknown as Record<string, { id: string }>;
    for (const name of Object.keys(CASES).filter((n) => !n.startsWith('registry'))) {
      expect(formatKey(registry[name]!.id)).toBe(name);
      expect(formatsIn(code[name]!), name).toEqual([registry[name]!.id]);
    }
    expect(formatsIn(code.registryHelpers!)).toEqual([]);
    expect(formatsIn(code.registry!)).toEqual(formats.list().map((f) => f.id));
  });
});
