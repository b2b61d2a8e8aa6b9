// post over 1,000,000 final invoices of 1–3 lines, schema validation included (issue 3: ≥ 100,000 documents/s).
// Run with: npx vitest bench --run test/bench/post.bench.ts   (BENCH_COUNT to change the size)
import type { PostableDocument } from '../../src/index.js';
import { bench, describe } from 'vitest';
import { invoiceTotals, letter, post, safePost } from '../../src/index.js';
import { prng } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);

/** Seeded final invoices of 1–3 lines (`lines` = the entries-per-transaction knob), one year, 5,000 customers. */
export function generateInvoices(count: number, seed = 42, maxLines = 3): unknown[] {
  const rnd = prng(seed);
  const rates = ['20', '10', '5.5', '2.1'];
  const accounts = ['706100', '706200', '707100', '708500'];
  const out: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rnd() * maxLines);
    const lines = [];
    for (let k = 0; k < n; k++) {
      lines.push({
        label: 'Abonnement mensuel',
        account: accounts[Math.floor(rnd() * accounts.length)]!,
        quantity: rnd() < 0.8 ? '1' : '2',
        unitPrice: `${1 + Math.floor(rnd() * 300)}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`,
        vatRate: rates[Math.floor(rnd() * rates.length)]!,
      });
    }
    const c = 1 + Math.floor(rnd() * 5000);
    const month = 1 + Math.floor((i * 12) / count);
    out[i] = {
      type: 'invoice',
      id: `inv-${i}`,
      kind: 'final',
      status: rnd() < 0.5 ? 'issued' : 'paid',
      number: `FA2024-${String(i + 1).padStart(7, '0')}`,
      date: `2024-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      customer: { id: `C${String(c).padStart(5, '0')}`, name: `CLIENT ${c}` },
      pricesIncludeTax: rnd() < 0.5,
      lines,
    };
  }
  return out;
}

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
  bench('safePost', timed('safePost', COUNT, () => safePost((invoices as Iterable<PostableDocument>))), { iterations: 2, time: 0, warmupIterations: 0, teardown: report('safePost') });
});

const small = Math.min(COUNT, 200_000);
const sales = withPayments(generateInvoices(small, 7));
describe(`${small.toLocaleString('en')} invoices, half of them paid`, () => {
  const { transactions } = post((sales as Iterable<PostableDocument>));
  bench('post (invoices and payments)', timed('mixed', sales.length, () => post((sales as Iterable<PostableDocument>))), { iterations: 3, time: 0, teardown: report('mixed') });
  bench('letter', () => void letter(transactions), { iterations: 3, time: 0 });
});
