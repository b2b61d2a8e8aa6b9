// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBook, Decimal, mergeTrialBalances, trialBalance, type TrialBalance } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions } from '../_fixtures.js';

const table = (tb: TrialBalance) =>
  tb.rows.map((r) => [r.account, r.auxiliary?.number ?? '', ...[r.opening, r.movements, r.closing].flatMap((p) => [p.debit.toFixed(2), p.credit.toFixed(2)])]);
const FY = { from: '2024-01-01', to: '2024-12-31' };

describe('trialBalance', () => {
  it('pins TV5: the balance générale of the golden FEC', () => {
    const tb = trialBalance(createBook(goldenTransactions()), { period: FY });
    expect(tb.opening).toBe('entries');
    expect(table(tb)).toEqual([
      ['101000', '', '0.00', '1000.00', '0.00', '0.00', '0.00', '1000.00'],
      ['411000', '', '0.00', '0.00', '600.00', '600.00', '0.00', '0.00'],
      ['445710', '', '0.00', '0.00', '0.00', '100.00', '0.00', '100.00'],
      ['487000', '', '0.00', '0.00', '0.00', '393.15', '0.00', '393.15'],
      ['512000', '', '1000.00', '0.00', '600.00', '0.00', '1600.00', '0.00'],
      ['706100', '', '0.00', '0.00', '393.15', '500.00', '0.00', '106.85'],
    ]);
    const t = tb.totals;
    expect([t.opening, t.movements, t.closing].flatMap((p) => [p.debit.toFixed(2), p.credit.toFixed(2)])).toEqual(['1000.00', '1000.00', '1593.15', '1593.15', '1600.00', '1600.00']);
    expect(tb.rows[0]!.label).toBe('Capital');
  });

  it('pins TV5: the balance auxiliaire (C0001 equals the 411000 row)', () => {
    const tb = trialBalance(goldenTransactions(), { period: FY, level: 'auxiliary' });
    expect(table(tb)).toEqual([['411000', 'C0001', '0.00', '0.00', '600.00', '600.00', '0.00', '0.00']]);
    expect(tb.rows[0]!.auxiliary).toEqual({ number: 'C0001', name: 'DUPONT Jean' });
  });

  it('filters by class, range and prefix', () => {
    const book = createBook(goldenTransactions());
    expect(trialBalance(book, { accounts: { classes: [4, 5] } }).rows.map((r) => r.account)).toEqual(['411000', '445710', '487000', '512000']);
    expect(trialBalance(book, { accounts: { from: '4', to: '445' } }).rows.map((r) => r.account)).toEqual(['411000', '445710']);
    expect(trialBalance(book, { accounts: { prefixes: ['7', '10'] } }).rows.map((r) => r.account)).toEqual(['101000', '706100']);
  });

  it('computes opening balances cumulatively when the period has no opening entries', () => {
    const tb = trialBalance(goldenTransactions(), { period: { from: '2024-11-01', to: '2024-12-31' } });
    expect(tb.opening).toBe('cumulative');
    expect(table(tb).find((r) => r[0] === '512000')).toEqual(['512000', '', '1600.00', '0.00', '0.00', '0.00', '1600.00', '0.00']);
    expect(table(tb).find((r) => r[0] === '706100')).toEqual(['706100', '', '0.00', '500.00', '393.15', '0.00', '0.00', '106.85']);
    const entries = trialBalance(goldenTransactions(), { period: { from: '2024-11-01', to: '2024-12-31' }, opening: 'entries' });
    expect(table(entries).map((r) => r[0])).toEqual(['487000', '706100']);
  });

  it('refuses bad options with typed errors', () => {
    const book = createBook(goldenTransactions());
    expect(codeOf(() => trialBalance(book, { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => trialBalance(book, { period: { from: '2024-02-30', to: '2024-12-31' } }))).toBe('invalid_date');
    expect(codeOf(() => trialBalance(book, { accounts: { prefixes: ['999'] } }))).toBe('unknown_account');
    expect(codeOf(() => trialBalance(book, { accounts: { prefixes: ['x'] } }))).toBe('invalid_account');
    expect(codeOf(() => trialBalance(book, { accounts: { classes: [0] } }))).toBe('invalid_option');
    expect(codeOf(() => trialBalance(book, { level: 'detail' as never }))).toBe('invalid_option');
    expect(codeOf(() => trialBalance(book, { opening: 'all' as never }))).toBe('invalid_option');
  });

  it('is exact beyond 2^53 minor units (BigInt fold)', () => {
    const big = (id: string) => ({ id, journal: 'OD', date: '2024-01-01', piece: { ref: id }, label: 'big', entries: [{ account: '512000', debit: '90071992547409.91' }, { account: '101000', credit: '90071992547409.91' }] });
    const tb = trialBalance(createBook([big('A'), big('B')].map((i) => createTransactionSafe(i))));
    expect(tb.rows.find((r) => r.account === '512000')!.closing.debit.toFixed(2)).toBe('180143985094819.82');
  });

  describe('properties', () => {
    const sum = (ds: Decimal[]) => ds.reduce((a, b) => a.plus(b), new Decimal(0));
    it('totals balance: Σ debit = Σ credit in every column', () => {
      fc.assert(
        fc.property(transactionsArbitrary(), fc.constantFrom('general', 'auxiliary' as const), (txs, level) => {
          const { totals } = trialBalance(txs, { period: FY, level: level as 'general' });
          if (level === 'auxiliary') return true;
          return totals.opening.debit.equals(totals.opening.credit) && totals.movements.debit.equals(totals.movements.credit) && totals.closing.debit.equals(totals.closing.credit);
        }),
      );
    });

    it('closing = opening + movements, per account', () => {
      fc.assert(
        fc.property(transactionsArbitrary(), (txs) =>
          trialBalance(txs, { period: { from: '2024-03-01', to: '2024-12-31' } }).rows.every((r) =>
            r.closing.debit.minus(r.closing.credit).equals(r.opening.debit.minus(r.opening.credit).plus(r.movements.debit).minus(r.movements.credit)),
          ),
        ),
      );
    });

    it('the auxiliary rows of an account add up to its general row', () => {
      fc.assert(
        fc.property(transactionsArbitrary(), (txs) => {
          const book = createBook(txs);
          const general = trialBalance(book);
          const aux = trialBalance(book, { level: 'auxiliary' });
          for (const g of general.rows) {
            const rows = aux.rows.filter((r) => r.account === g.account);
            if (rows.length === 0) continue;
            if (!sum(rows.map((r) => r.closing.debit.minus(r.closing.credit))).equals(g.closing.debit.minus(g.closing.credit))) return false;
            if (!sum(rows.map((r) => r.movements.debit)).equals(g.movements.debit)) return false;
          }
          return true;
        }),
      );
    });

    it('merging the trial balances of two halves equals the whole', () => {
      fc.assert(
        fc.property(transactionsArbitrary(), fc.nat(), fc.constantFrom('general', 'auxiliary' as const), (txs, k, level) => {
          const cut = txs.length === 0 ? 0 : k % (txs.length + 1);
          const options = { period: FY, opening: 'cumulative' as const, level };
          const merged = mergeTrialBalances(trialBalance(txs.slice(0, cut), options), trialBalance(txs.slice(cut), options));
          const whole = trialBalance(txs, options);
          expect(table(merged)).toEqual(table(whole));
          expect(merged.totals).toEqual(whole.totals);
        }),
      );
    });

    it('does not mutate the transactions', () => {
      fc.assert(
        fc.property(transactionsArbitrary(), (txs) => {
          const before = JSON.stringify(txs);
          trialBalance(txs, { level: 'auxiliary' });
          return JSON.stringify(txs) === before;
        }),
        { numRuns: 30 },
      );
    });
  });
});

import { createTransaction } from '../../src/index.js';
import { codeOf } from '../_errors.js';
function createTransactionSafe(input: unknown) {
  return createTransaction(input);
}
