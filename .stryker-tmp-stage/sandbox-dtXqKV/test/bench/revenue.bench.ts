// @ts-nocheck
// Deferred revenue over 100,000 subscription lines; VAT synthesis over 1,000,000 posted invoices.
import { bench, describe } from "vitest";
import { createBook, createTransaction, transactionId, type Transaction } from '../../src/index.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { formatMinor } from '../../src/money/index.js';
import { deferredRevenue, fiscalDeferredRevenueReport } from '../../src/revenue/index.js';
import { vatSynthesis } from '../../src/tax/index.js';
import { prng } from './_data.js';

const LINES = Number(process.env.BENCH_PCA_LINES ?? 100_000);
const INVOICES = Number(process.env.BENCH_VAT_INVOICES ?? 1_000_000);

/** Subscription invoices of one line each (a few with two), as a billing export hands them over. */
function subscriptionInvoices(lines: number, seed = 7): unknown[] {
  const rnd = prng(seed);
  const start = toDayNumber('2024-01-01');
  const out: unknown[] = [];
  const months = [1, 3, 6, 12];
  for (let n = 0; n < lines; ) {
    const two = rnd() < 0.1 && n + 1 < lines;
    const day = start + Math.floor(rnd() * 366);
    const date = fromDayNumber(day);
    const c = 1 + Math.floor(rnd() * 5000);
    const docLines = [];
    for (let k = 0; k < (two ? 2 : 1); k++, n++) {
      const m = months[Math.floor(rnd() * months.length)]!;
      const price = (1000 + Math.floor(rnd() * 60_000)) * m;
      docLines.push({
        id: `l${k}`,
        label: `Abonnement ${m} mois`,
        product: `ABO-${m}M`,
        account: k === 0 ? '706100' : '706200',
        quantity: '1',
        unitPrice: formatMinor(price, 2),
        vatRate: '20',
        servicePeriod: { from: date, to: addDays(date, Math.round(m * 30.4) - 1) },
      });
    }
    out.push(JSON.parse(JSON.stringify({ type: 'invoice', id: `inv-${n}`, kind: rnd() < 0.03 ? 'credit-note' : 'final', status: 'paid', number: `FA2024-${n}`, date, customer: { id: `C${c}`, name: `CLIENT ${c}` }, pricesIncludeTax: true, lines: docLines })));
  }
  return out;
}

/** Posted invoices as the default rules post them: 411 / revenue / VAT per rate with its base; some credit notes, some zero-rated lines. */
function postedInvoices(count: number, seed = 11): Transaction[] {
  const rnd = prng(seed);
  const start = toDayNumber('2024-01-01');
  const rates = [
    ['20', '445711', 20],
    ['10', '445712', 10],
    ['5.5', '445713', 5.5],
  ] as const;
  const out: Transaction[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const date = fromDayNumber(start + Math.floor((i * 366) / count));
    const [rate, account, pct] = rates[Math.floor(rnd() * rates.length)]!;
    const base = 100 + Math.floor(rnd() * 50_000);
    const vat = Math.round((base * pct) / 100);
    const credit = rnd() < 0.05;
    const zero = rnd() < 0.05 ? 100 + Math.floor(rnd() * 5000) : 0;
    const total = base + vat + zero;
    const c = 1 + Math.floor(rnd() * 5000);
    const side = (x: number) => (credit ? { debit: formatMinor(x, 2) } : { credit: formatMinor(x, 2) });
    const entries = [
      { account: '411', auxiliary: { number: `C${c}`, name: `CLIENT ${c}` }, ...(credit ? { credit: formatMinor(total, 2) } : { debit: formatMinor(total, 2) }) },
      { account: '706100', ...side(base) },
      { account: account, ...side(vat), vat: { rate, base: formatMinor(base, 2) } },
    ];
    if (zero > 0) entries.push({ account: '706300', ...side(zero), vat: { rate: '0', base: formatMinor(zero, 2) } } as never);
    out[i] = createTransaction({ id: transactionId('VT', i + 1), journal: 'VT', date, piece: { ref: `FA${i + 1}` }, label: `Facture FA${i + 1}`, type: credit ? 'credit-note' : 'sale', entries });
  }
  return out;
}

const timings: Record<string, number> = {};
const timed = (name: string, fn: () => unknown) => () => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  timings[name] = Math.min(timings[name] ?? Infinity, ms);
};
const report = (name: string, budget: number) => () => console.log(`\n${name}: best ${timings[name]?.toFixed(0)} ms (budget ${budget} ms)`);

describe(`deferred revenue: ${LINES.toLocaleString('en')} subscription lines`, () => {
  const docs = subscriptionInvoices(LINES);
  bench('deferredRevenue (days)', timed('days', () => deferredRevenue(docs, { cutoff: '2024-12-31' })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('days', 500) });
  bench('deferredRevenue (months)', timed('months', () => deferredRevenue(docs, { cutoff: '2024-12-31', method: 'months' })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('months', 500) });
  bench('deferredRevenue (30/360)', timed('30/360', () => deferredRevenue(docs, { cutoff: '2024-12-31', method: '30/360' })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('30/360', 500) });
  bench('fiscalDeferredRevenueReport', timed('fiscal', () => fiscalDeferredRevenueReport(docs, { cutoff: '2024-12-31' })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('fiscal', 500) });
});

describe(`VAT synthesis: ${INVOICES.toLocaleString('en')} posted invoices`, () => {
  const book = createBook(postedInvoices(INVOICES));
  const period = { from: '2024-01-01', to: '2024-12-31' };
  bench('vatSynthesis (year)', timed('vat', () => vatSynthesis(book, undefined, { period })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('vat', 1000) });
  bench('vatSynthesis (one quarter)', timed('vatQ', () => vatSynthesis(book, undefined, { period: { from: '2024-10-01', to: '2024-12-31' } })), { iterations: 5, time: 0, warmupIterations: 1, teardown: report('vatQ', 1000) });
});
