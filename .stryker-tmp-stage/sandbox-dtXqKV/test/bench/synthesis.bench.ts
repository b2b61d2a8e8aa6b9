// @ts-nocheck
// accountingSynthesis over 1,000,000 campsite invoices with their payments (issue 6: ≤ 2 s).
// Measured three ways: reading the documents once (indexDocuments: validation, figures, links),
// the synthesis of a period from that index, and the synthesis straight from the documents (both).
// The book is built with post() + createBook before the measured part.
// Run with: NODE_OPTIONS=--max-old-space-size=8192 npx vitest bench --run test/bench/synthesis.bench.ts   (BENCH_COUNT to change the size)
import type { PostableDocument } from '../../src/index.js';
import { bench, describe } from 'vitest';
import { accountingSynthesis, createBook, indexDocuments, post, synthesisDocuments } from '../../src/index.js';
import { generateCampsiteDocuments } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const YEAR = { from: '2024-01-01', to: '2024-12-31' };

const { documents, postable } = generateCampsiteDocuments({ count: COUNT });
const book = createBook(post((postable as Iterable<PostableDocument>)).transactions);
const index = indexDocuments(documents);

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
  bench('accountingSynthesis of the year from the index (settlements + figures + book folds)', timed('synthesis(index)', () => accountingSynthesis(book, index, { period: YEAR })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('synthesis(index)') });
  bench('accountingSynthesis of July from the index', timed('synthesis(index, July)', () => accountingSynthesis(book, index, { period: { from: '2024-07-01', to: '2024-07-31' } })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('synthesis(index, July)') });
  bench('synthesisDocuments from the index (unpaid invoices, sorted by remaining)', timed('list(index)', () => synthesisDocuments(index, { period: YEAR, list: 'invoices', unpaidOnly: true, sort: { by: 'remaining', direction: 'desc' } })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('list(index)') });
  bench('indexDocuments (validation, figures, links: once for every period)', timed('index', () => indexDocuments(documents)), { iterations: 3, time: 0, warmupIterations: 1, teardown: report('index') });
  bench('accountingSynthesis straight from the documents (index + synthesis)', timed('synthesis(documents)', () => accountingSynthesis(book, documents, { period: YEAR })), { iterations: 3, time: 0, warmupIterations: 1, teardown: report('synthesis(documents)') });
});
