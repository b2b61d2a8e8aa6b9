// @ts-nocheck
// Ledger reports over 1,000,000 transactions of 3 entries (the shared seeded data):
// monthly ledger, full general-ledger and subledger iteration, grouped journal, receivables, closeYear.
import { bench, describe } from 'vitest';
import {
  agedReceivables,
  closeYear,
  createBook,
  generalLedger,
  journal,
  monthlyLedger,
  openItems,
  subledger,
  trialBalance,
  type Transaction,
} from '../../src/index.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
let transactions: Transaction[] | undefined = generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: 42 });
const book = createBook(transactions);
transactions = undefined;

const timings: Record<string, number> = {};
const memory: Record<string, number> = {};
const heap = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Times `fn`, keeping the best run. */
const timed = (name: string, fn: () => unknown) => () => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  timings[name] = Math.min(timings[name] ?? Infinity, ms);
};

/** Iterates a report, touching each row, and records the heap growth seen while iterating (sampled). */
function drain(name: string, rows: Iterable<unknown>, touch: (row: never) => number): number {
  const base = heap();
  let peak = 0;
  let n = 0;
  let sink = 0;
  for (const row of rows) {
    sink += touch(row as never);
    if ((++n & 0x3ffff) === 0) peak = Math.max(peak, heap() - base);
  }
  memory[name] = Math.max(memory[name] ?? 0, peak);
  return n + (sink === Number.NEGATIVE_INFINITY ? 1 : 0);
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
const report = (): void => {
  const lines = Object.keys(timings).map((k) => `  ${k}: ${timings[k]!.toFixed(0)} ms${memory[k] !== undefined ? ` (heap growth while iterating ≤ ${mb(memory[k]!)})` : ''}`);
  console.log(`\nledger reports, ${COUNT.toLocaleString('en')} transactions × 3 entries (best run):\n${lines.join('\n')}`);
};

const once = { iterations: 3, time: 0, warmupIterations: 1 };

describe(`Ledger reports: ${COUNT.toLocaleString('en')} transactions × 3 entries`, () => {
  bench('trialBalance (general)', timed('trialBalance', () => trialBalance(book)), { iterations: 10, time: 0 });
  bench('monthlyLedger (general)', timed('monthlyLedger', () => monthlyLedger(book)), { iterations: 10, time: 0 });
  bench('monthlyLedger (auxiliary: per customer and month)', timed('monthlyLedger auxiliary', () => monthlyLedger(book, { level: 'auxiliary' })), once);
  bench(
    'generalLedger: build + iterate every row (kind, account, minor)',
    timed('generalLedger iteration', () => drain('generalLedger iteration', generalLedger(book), (r: { kind: string; account: string }) => r.kind.length + r.account.length)),
    once,
  );
  bench(
    'generalLedger: build + iterate every row, reading the Decimal balance',
    timed('generalLedger iteration + Decimal balance', () =>
      drain('generalLedger iteration + Decimal balance', generalLedger(book), (r: { balance: { isNegative(): boolean } }) => (r.balance.isNegative() ? 1 : 0)),
    ),
    { iterations: 1, time: 0 },
  );
  bench(
    'subledger: build + iterate every row (ids, account, invoice, minor)',
    timed('subledger iteration', () =>
      drain('subledger iteration', subledger(book), (r: { transactionId: string; accountNumber: string; invoiceNumber: string; minor: number }) => r.transactionId.length + r.accountNumber.length + r.invoiceNumber.length + r.minor),
    ),
    once,
  );
  bench(
    'subledger: build + iterate every row, reading the Decimal debit',
    timed('subledger iteration + Decimal debit', () => drain('subledger iteration + Decimal debit', subledger(book), (r: { debit: { isZero(): boolean } }) => (r.debit.isZero() ? 0 : 1))),
    { iterations: 1, time: 0 },
  );
  bench(
    'journal VT by account and day: build + iterate',
    timed('journal VT grouped', () => drain('journal VT grouped', journal(book, { journal: 'VT', grouping: 'by-account-and-day' }), (r: { minor: number }) => r.minor)),
    once,
  );
  bench('openItems', timed('openItems', () => openItems(book)), once);
  bench('agedReceivables', timed('agedReceivables', () => agedReceivables(book)), once);
  bench('closeYear', timed('closeYear', () => closeYear(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } })), { ...once, teardown: report });
});
