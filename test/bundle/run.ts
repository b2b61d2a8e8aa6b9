// Bundle-size budgets (issue #13 §2), checked in `npm test` after `npm run build`: the fixed entries of
// test/bundle/entries/ import the BUILT package by its name, as a user's app does (a throw-away project
// whose node_modules/partie-double links to this repository, so package.json's exports and
// "sideEffects": false apply), and esbuild bundles each one minified, ESM, for the browser. Sizes are
// the minified bytes and their gzip at level 9 (node:zlib), in KB of 1000 bytes. Each bundle is also run
// with node, so a budget is never met by a bundle that lost code it needs.
// Besides the real figures, each entry is measured without zod (marked external): the share of
// partie-double's own code and decimal.js, while the zod → zod/mini work is under way.
// Run after `npm run build`: node --import tsx test/bundle/run.ts   (KEEP=1 keeps the project)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const KB = 1000;

interface Budget {
  /** test/bundle/entries/<name>.js */
  readonly name: string;
  readonly what: string;
  /** The issue's budget (#13 §2), gzipped bytes: reported as met or not; none: reported only. */
  readonly maxGzip?: number;
  /**
   * The ratchet while the budget is not met: the gzipped size measured when the entry was last shrunk, plus
   * 3 %. Above it the check fails (a change made the bundle heavier); lower it whenever the bundle shrinks,
   * and drop it once the budget holds (the budget then fails the check).
   */
  readonly ceiling?: number;
  /** What the bundle prints when run (checked), or a test of it. */
  readonly prints: (output: string) => boolean;
  /** The entry imports partie-double/columnar: it may bundle the columnar packages (the others must not). */
  readonly columnar?: boolean;
}

export const BUDGETS: readonly Budget[] = [
  {
    name: 'small',
    what: 'createTransaction + createBook + trialBalance',
    maxGzip: 25 * KB,
    // 31.5 KB measured on 2026-12-06 (32.5 KB before the default chart was stored for gzip — labels one a line,
    // numbers as a bitmap, src/accounts/pcg.ts — and a Book took its default labels from pcgLabel instead of building
    // defaultChart(); 33.4 KB before defaultChart stopped bundling createChart, createBook the growing builder, and the
    // Book's entry columns were laid out from one list; 41.9 KB before createTransaction checked its input without
    // zod; 124 KB before zod/mini). Out of reach as the library is built: decimal.js alone is 12.8 KB gzipped in this
    // bundle and the default chart's labels (the trial balance prints them) 4.0 KB, leaving 8.2 KB for the code of
    // createTransaction, the Book and the trial balance, which takes 14.7 KB (each part's share of the gzipped
    // bundle: the Book builder 3.2 with 1.1 more for the Book's layout and string table, createTransaction 2.6 with
    // its input check 1.6 — shape 0.8, read-once copy 0.8 —, the trial balance with its options 1.8, money 1.9,
    // dates 0.6, errors 0.6). Even without the labels, the read-once copy and the shape check (API trade-offs) it
    // would be 26.1 KB.
    ceiling: 32.5 * KB,
    prints: (out) => out === JSON.stringify([['411', 'Clients', '59.88', '0.00'], ['445711', 'TVA collectée 20 %', '0.00', '9.98'], ['706100', 'Prestations de services', '0.00', '49.90']]),
  },
  {
    name: 'fec',
    what: 'post + createBook + fec.serialize/encode + validateFec',
    maxGzip: 60 * KB,
    // 76.0 KB measured on 2026-12-06 (78.7 KB before post stopped bundling postBook's staging columns and invoice
    // fast path — posting/_lib/bookMode.ts, passed in by postBook —, the label tables post does not read, and
    // validateFec's message names; 87.6 KB before post checked its documents, options and rules without zod; 202 KB
    // before zod/mini). zod is no longer bundled. What removing one part saves, gzipped: decimal.js 12.7 KB, the
    // settlement pass 5.4, validateFec 5.0 (+ 2.5 its messages), the default chart's labels 4.4, the document checks
    // and messages 4.1 (+ 2.1 the shape interpreter, 1.7 the document descriptions), the Book builder 3.4, run 3.2.
    // Out of reach as the library is built: the messages alone (every string of 40+ characters but the chart's) are
    // 13.8 KB of it, and merging look-alike code or messages saves minified bytes but no gzipped ones.
    ceiling: 78.3 * KB,
    prints: (out) => /^\{"lines":\d+,"bytes":\d+,"valid":true\}$/.test(out),
  },
  {
    name: 'all',
    what: "the whole library (import * as pd)",
    prints: (out) => /^\{"exports":\d+\}$/.test(out),
  },
  {
    name: 'columnar',
    what: 'createBook + partie-double/columnar (toParquet/fromParquet, toArrow/fromArrow)',
    prints: (out) => out === JSON.stringify({ parquet: 3, arrow: 3 }),
    columnar: true,
  },
];

/**
 * The packages of the columnar subpath (and what apache-arrow brings): only `partie-double/columnar` may
 * reach them; an entry of the core that bundles one fails the check (issue #19).
 */
export const COLUMNAR_PACKAGES: ReadonlySet<string> = new Set(['apache-arrow', 'flatbuffers', 'hyparquet', 'hyparquet-writer']);

interface Measure {
  readonly min: number;
  readonly gzip: number;
  readonly code: Uint8Array;
  /** Output bytes per contributor: a package of node_modules, or a file of dist/. */
  readonly contributors: ReadonlyArray<readonly [string, number]>;
}

/** The contributor an input file of the metafile belongs to. */
function contributor(input: string): string {
  const at = input.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = input.slice(at + 'node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    if (name !== 'partie-double') return name;
  }
  const dist = input.lastIndexOf('dist/');
  return dist >= 0 ? input.slice(dist) : input;
}

async function measure(entry: string, cwd: string, external: readonly string[]): Promise<Measure> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: cwd,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
    external: [...external],
  });
  const code = result.outputFiles[0]!.contents;
  const totals = new Map<string, number>();
  const meta: Metafile = result.metafile;
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) totals.set(contributor(input), (totals.get(contributor(input)) ?? 0) + bytesInOutput);
  }
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, code, contributors: [...totals].sort((a, b) => b[1] - a[1]) };
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const pad = (text: string, width: number): string => text.padStart(width);

async function main(): Promise<void> {
  if (!existsSync(join(repo, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
  const project = mkdtempSync(join(tmpdir(), 'partie-double-bundle-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(repo, join(project, 'node_modules', 'partie-double'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bundle-budget', private: true, type: 'module' }));
    for (const file of readdirSync(join(repo, 'test', 'bundle', 'entries'))) copyFileSync(join(repo, 'test', 'bundle', 'entries', file), join(project, file));

    const failures: string[] = [];
    const notMet: string[] = [];
    const rows: string[] = [];
    const details: string[] = [];
    for (const budget of BUDGETS) {
      const real = await measure(`./${budget.name}.js`, project, []);
      const noZod = await measure(`./${budget.name}.js`, project, ['zod', 'zod/*']);
      const bundled = join(project, `${budget.name}.bundle.mjs`);
      writeFileSync(bundled, real.code);
      const output = execFileSync(process.execPath, [bundled], { cwd: project, encoding: 'utf8' }).trim();
      if (!budget.prints(output)) failures.push(`${budget.name}: the bundle does not work: it printed ${output}`);
      const columnarCode = real.contributors.filter(([name]) => COLUMNAR_PACKAGES.has(name));
      if (!budget.columnar && columnarCode.length > 0) {
        failures.push(`${budget.name} (${budget.what}) bundles ${columnarCode.map(([name, bytes]) => `${name} (${kb(bytes)})`).join(', ')}: those packages belong to partie-double/columnar only; import them from there, never from the core.`);
      }
      if (budget.columnar && columnarCode.length === 0) failures.push(`${budget.name}: bundles no columnar package: the entry no longer measures the subpath.`);
      const limit = budget.maxGzip === undefined ? 'reported' : `≤ ${kb(budget.maxGzip)}`;
      const over = budget.maxGzip !== undefined && real.gzip > budget.maxGzip;
      rows.push(`${budget.name.padEnd(6)}${pad(kb(real.min), 11)}${pad(kb(real.gzip), 11)}${pad(limit, 12)}${pad(over ? 'OVER' : budget.maxGzip === undefined ? '' : 'ok', 6)}${pad(kb(noZod.min), 11)}${pad(kb(noZod.gzip), 11)}   ${budget.what}`);
      details.push(`${budget.name}: ${real.contributors.slice(0, 8).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
      if (over) {
        const zod = real.contributors.filter(([name]) => name === 'zod').reduce((sum, [, bytes]) => sum + bytes, 0);
        const message =
          `${budget.name} (${budget.what}) bundles to ${kb(real.gzip)} gzipped, over its budget of ${kb(budget.maxGzip!)} by ${kb(real.gzip - budget.maxGzip!)}` +
          ` (without zod: ${kb(noZod.gzip)}; zod is ${kb(zod)} of the ${kb(real.min)} minified). Its largest parts are listed above: shrink them, never the budget.`;
        if (budget.ceiling === undefined) failures.push(message);
        else if (real.gzip > budget.ceiling) failures.push(`${message} It is also above its ratchet of ${kb(budget.ceiling)}: this change made it heavier.`);
        else notMet.push(`${message} (Held under its ratchet of ${kb(budget.ceiling)}.)`);
      }
    }
    console.log(`bundle sizes (esbuild, minified ESM for the browser, gzip -9; KB = 1000 bytes)`);
    console.log(`entry${pad('minified', 12)}${pad('gzipped', 11)}${pad('budget', 12)}${pad('', 6)}${pad('min no zod', 11)}${pad('gz no zod', 11)}   what`);
    for (const row of rows) console.log(row);
    console.log('\nlargest parts (minified bytes in the bundle):');
    for (const line of details) console.log(`  ${line}`);
    if (notMet.length > 0) console.log(`\nbudgets not met yet (issue #13 §2):\n${notMet.map((f) => `  - ${f}`).join('\n')}`);
    if (failures.length > 0) {
      console.error(`\nbundle budget check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
      process.exitCode = 1;
    } else console.log(notMet.length > 0 ? '\nbundle sizes held under their ratchets' : '\nbundle budgets: ok');
  } finally {
    if (process.env.KEEP) console.log(`project kept in ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
