// @ts-nocheck
// post over 1,000,000 final invoices of 1–3 lines, schema validation included (issue 3: ≥ 100,000 documents/s);
// postBook, documents straight to a Book (issue 15: ≥ 150,000 documents/s).
// Run with: npx vitest bench --run test/bench/post.bench.ts   (BENCH_COUNT to change the size)
import type { PostableDocument } from '../../src/index.js';
import { bench, describe } from 'vitest';
import { createBook, invoiceTotals, letter, post, postBook, safePost } from '../../src/index.js';
import { generateInvoices } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);

/** The invoices, half of them paid in full by card or transfer a few days later (references, settlements, lettering). */
function withPayments(invoices: ReadonlyArray<unknown>): unknown[] {
  const out: unknown[] = [];
  invoices.forEach((inv, i) => {
    out.push(inv);
    if (i % 2 === 1) return;
    const d = inv as { id: string; date: string; customer: unknown };
    const amount = invoiceTotals(inv).total.toFixed(2);
    out.push({ type: 'payment', id: `pay-${i}`, date: d.date, method: i % 4 === 0 ? 'card' : 'transfer', amount, customer: d.customer, allocations: [{ invoice: d.id, amount }] });
  });
  return out;
}

const invoices = generateInvoices(COUNT);
const perSecond: Record<string, number> = {};
const timed = (name: string, n: number, fn: () => unknown) => () => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  perSecond[name] = Math.max(perSecond[name] ?? 0, (n / ms) * 1000);
};
const report = (name: string) => () => {
  if (perSecond[name]) console.log(`\n${name}: ${Math.round(perSecond[name]!).toLocaleString('en')} documents/s (best run)`);
};

describe(`post: ${COUNT.toLocaleString('en')} final invoices of 1–3 lines`, () => {
  bench('post (zod validation + generation + numbering)', timed('post', COUNT, () => post((invoices as Iterable<PostableDocument>))), { iterations: 3, time: 0, warmupIterations: 1, teardown: report('post') });
  bench('postBook (documents straight to a Book)', timed('postBook', COUNT, () => postBook((invoices as Iterable<PostableDocument>))), { iterations: 3, time: 0, warmupIterations: 1, teardown: report('postBook') });
  bench('createBook(post(…).transactions) (the plain path postBook replaces)', timed('post+createBook', COUNT, () => createBook(post((invoices as Iterable<PostableDocument>)).transactions)), { iterations: 2, time: 0, warmupIterations: 0, teardown: report('post+createBook') });
  bench('safePost', timed('safePost', COUNT, () => safePost((invoices as Iterable<PostableDocument>))), { iterations: 2, time: 0, warmupIterations: 0, teardown: report('safePost') });
});

const small = Math.min(COUNT, 200_000);
const sales = withPayments(generateInvoices(small, 7));
describe(`${small.toLocaleString('en')} invoices, half of them paid`, () => {
  const { transactions } = post((sales as Iterable<PostableDocument>));
  bench('post (invoices and payments)', timed('mixed', sales.length, () => post((sales as Iterable<PostableDocument>))), { iterations: 3, time: 0, teardown: report('mixed') });
  bench('letter', () => void letter(transactions), { iterations: 3, time: 0 });
});
