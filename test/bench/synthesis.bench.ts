// accountingSynthesis over 1,000,000 campsite invoices with their payments (issue 6: ≤ 2 s, document validation included).
// The book is built with post() + createBook before the measured part.
// Run with: NODE_OPTIONS=--max-old-space-size=8192 npx vitest bench --run test/bench/synthesis.bench.ts   (BENCH_COUNT to change the size)
import { bench, describe } from 'vitest';
import { accountingSynthesis, createBook, post, synthesisDocuments } from '../../src/index.js';
import { generateCampsiteDocuments } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

const { documents, postable } = generateCampsiteDocuments({ count: COUNT });
const book = createBook(post(postable).transactions);

const best: Record<string, number> = {};
const timed = (name: string, fn: () => unknown) => () => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  best[name] = Math.min(best[name] ?? Infinity, ms);
};
const report = (name: string) => () => {
  if (best[name] !== undefined) console.log(`\n${name}: ${Math.round(best[name]!)} ms (best run), ${Math.round((documents.length / best[name]!) * 1000).toLocaleString('en')} documents/s`);
};

describe(`accounting synthesis: ${COUNT.toLocaleString('en')} invoices + payments (+ ${Math.ceil(COUNT / 4).toLocaleString('en')} stays), one year`, () => {
  bench('accountingSynthesis (validation + figures + book folds)', timed('synthesis', () => accountingSynthesis(book, documents, { period: YEAR })), { iterations: 3, time: 0, warmupIterations: 1, teardown: report('synthesis') });
  bench('synthesisDocuments (unpaid invoices, sorted by remaining)', timed('list', () => synthesisDocuments(documents, { period: YEAR, list: 'invoices', unpaidOnly: true, sort: { by: 'remaining', direction: 'desc' } })), { iterations: 2, time: 0, warmupIterations: 0, teardown: report('list') });
});
