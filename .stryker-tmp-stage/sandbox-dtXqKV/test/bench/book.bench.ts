// @ts-nocheck
// createBook and trialBalance over 1,000,000 transactions of 3 entries, against a naive decimal.js fold.
import { bench, describe } from 'vitest';
import DecimalJs from 'decimal.js';
import { createBook, trialBalance, type Transaction } from '../../src/index.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const transactions: Transaction[] = generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: 42 });
const book = createBook(transactions);

/** The same data as a vendor would hold it: entries with decimal.js amounts (built outside the timing). */
interface NaiveEntry {
  readonly account: string;
  readonly debit?: DecimalJs;
  readonly credit?: DecimalJs;
}
const naiveData: NaiveEntry[][] = transactions.map((tx) =>
  tx.entries.map((e) => (e.side === 'debit' ? { account: e.account, debit: new DecimalJs(e.amount.toString()) } : { account: e.account, credit: new DecimalJs(e.amount.toString()) })),
);

/** The fold every vendor hand-writes: decimal.js values summed in a Map keyed by account number. */
function naiveTrialBalance(txs: ReadonlyArray<ReadonlyArray<NaiveEntry>>): Map<string, { debit: DecimalJs; credit: DecimalJs }> {
  const sums = new Map<string, { debit: DecimalJs; credit: DecimalJs }>();
  for (const entries of txs) {
    for (const e of entries) {
      let s = sums.get(e.account);
      if (!s) sums.set(e.account, (s = { debit: new DecimalJs(0), credit: new DecimalJs(0) }));
      if (e.debit) s.debit = s.debit.plus(e.debit);
      if (e.credit) s.credit = s.credit.plus(e.credit);
    }
  }
  return sums;
}

const timings: Record<string, number> = {};
const timed = (name: string, fn: () => unknown) => () => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  timings[name] = Math.min(timings[name] ?? Infinity, ms);
};

describe(`Book: ${COUNT.toLocaleString('en')} transactions × 3 entries`, () => {
  bench('createBook', timed('createBook', () => createBook(transactions)), { iterations: 3, time: 0, warmupIterations: 1 });
  bench('trialBalance (general)', timed('trialBalance', () => trialBalance(book)), { iterations: 10, time: 0 });
  bench('trialBalance (auxiliary)', () => void trialBalance(book, { level: 'auxiliary' }), { iterations: 10, time: 0 });
  bench('naive fold: Decimal per posting in a Map<string, Decimal>', timed('naive', () => naiveTrialBalance(naiveData)), {
    iterations: 2,
    time: 0,
    teardown: () => {
      if (timings.naive && timings.trialBalance) {
        console.log(`\nratio naive fold / trialBalance = ${(timings.naive / timings.trialBalance).toFixed(0)}× (${timings.naive.toFixed(0)} ms vs ${timings.trialBalance.toFixed(1)} ms)`);
      }
    },
  });
});
