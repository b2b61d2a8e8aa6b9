// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, mergeMonthlyLedgers, monthlyLedger, trialBalance, type MonthlyLedger } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions, receivablesTransactions, snapshot } from './_fixtures.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0].code;
    throw error;
  }
  return undefined;
}

const table = (m: MonthlyLedger): string[][] => m.rows.map((r) => [r.date, r.account, r.debit.isZero() ? '' : r.debit.toFixed(2), r.credit.isZero() ? '' : r.credit.toFixed(2)]);

describe('monthlyLedger', () => {
  const book = createBook(goldenTransactions());

  it('gives SPEC-FR §6 TV6 for the golden FEC: month ends, net on one side, 411 netting to zero omitted, AN left out', () => {
    expect(table(monthlyLedger(book))).toEqual([
      ['2024-10-31', '445710', '', '100.00'],
      ['2024-10-31', '512000', '600.00', ''],
      ['2024-10-31', '706100', '', '500.00'],
      ['2024-12-31', '487000', '', '393.15'],
      ['2024-12-31', '706100', '393.15', ''],
    ]);
  });

  it('generates stable references from account and month, and carries labels', () => {
    const m = monthlyLedger(book);
    expect(m.rows.map((r) => r.reference)).toEqual(['GL-445710-2024-10', 'GL-512000-2024-10', 'GL-706100-2024-10', 'GL-487000-2024-12', 'GL-706100-2024-12']);
    expect(m.rows[2]).toMatchObject({ month: '2024-10', accountLabel: 'Abonnements' });
    expect(monthlyLedger(book, { referencePrefix: 'MGL' }).rows[0]!.reference).toBe('MGL-445710-2024-10');
    expect(m.totals.debit.toFixed(2)).toBe('993.15');
    expect(m.totals.credit.toFixed(2)).toBe('993.15');
    expect(Object.isFrozen(m) && Object.isFrozen(m.rows) && Object.isFrozen(m.rows[0])).toBe(true);
  });

  it('dates a February of a leap year on the 29th', () => {
    const feb = createTransaction({
      id: 'VT000009', journal: 'VT', date: '2024-02-10', piece: { ref: 'FA-9' }, label: 'Février',
      entries: [{ account: '411000', debit: '12.00' }, { account: '706100', credit: '12.00' }],
    });
    const m = monthlyLedger([feb]);
    expect(m.rows.map((r) => r.date)).toEqual(['2024-02-29', '2024-02-29']);
    const feb23 = createTransaction({ ...feb, id: 'VT000010', date: '2023-02-10', piece: { ref: 'FA-10' }, entries: [{ account: '411000', debit: '1.00' }, { account: '706100', credit: '1.00' }] });
    expect(monthlyLedger([feb23]).rows[0]!.date).toBe('2023-02-28');
  });

  it('filters by period, accounts and journal, and works per auxiliary account', () => {
    expect(table(monthlyLedger(book, { period: { from: '2024-12-01', to: '2024-12-31' } }))).toEqual([
      ['2024-12-31', '487000', '', '393.15'],
      ['2024-12-31', '706100', '393.15', ''],
    ]);
    expect(table(monthlyLedger(book, { accounts: { classes: [7] } })).map((r) => r[1])).toEqual(['706100', '706100']);
    expect(table(monthlyLedger(book, { journal: 'BQ' }))).toEqual([
      ['2024-10-31', '411000', '', '600.00'],
      ['2024-10-31', '512000', '600.00', ''],
    ]);
    const aux = monthlyLedger(receivablesTransactions(), { level: 'auxiliary', accounts: { prefixes: ['411'] }, period: { from: '2024-10-01', to: '2024-10-31' } });
    expect(aux.rows.map((r) => [r.reference, r.debit.toFixed(2)])).toEqual([
      ['GL-411000-C0001-2024-10', '480.00'],
      ['GL-411000-C0003-2024-10', '120.00'],
    ]);
  });

  it('merges two halves into the whole', () => {
    const txs = goldenTransactions();
    const merged = mergeMonthlyLedgers(monthlyLedger(txs.slice(0, 2)), monthlyLedger(txs.slice(2)));
    expect(table(merged)).toEqual(table(monthlyLedger(txs)));
    expect(merged.rows.map((r) => r.reference)).toEqual(monthlyLedger(txs).rows.map((r) => r.reference));
  });

  it('refuses to merge ledgers of different levels or prefixes', () => {
    expect(codeOf(() => mergeMonthlyLedgers(monthlyLedger(book), monthlyLedger(book, { level: 'auxiliary' })))).toBe('invalid_option');
    expect(codeOf(() => mergeMonthlyLedgers(monthlyLedger(book), monthlyLedger(book, { referencePrefix: 'X' })))).toBe('invalid_option');
  });

  it('rejects an unknown account filter, a period ending before it starts, a bad prefix or journal', () => {
    expect(codeOf(() => monthlyLedger(book, { accounts: { prefixes: ['999'] } }))).toBe('unknown_account');
    expect(codeOf(() => monthlyLedger(book, { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => monthlyLedger(book, { referencePrefix: 'G L' }))).toBe('invalid_option');
    expect(codeOf(() => monthlyLedger(book, { journal: 'ZZ' }))).toBe('unknown_journal');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const b = createBook(txs);
    const before = [snapshot(txs), snapshot(b)];
    const a = monthlyLedger(b, Object.freeze({ accounts: Object.freeze({ classes: Object.freeze([4, 5, 7]) }) }));
    const c = monthlyLedger(txs);
    const ledgers = [snapshot(a), snapshot(c)];
    mergeMonthlyLedgers(a, c);
    expect([snapshot(txs), snapshot(b)]).toEqual(before);
    expect([snapshot(a), snapshot(c)]).toEqual(ledgers);
  });
});

describe('properties', () => {
  const arb = transactionsArbitrary({ maxLength: 40, from: '2023-11-01', to: '2024-03-31' });

  it('sums to each account’s net movement (the trial balance’s movements)', () => {
    fc.assert(
      fc.property(arb, (txs) => {
        const m = monthlyLedger(txs);
        const net = new Map<string, string>();
        for (const r of m.rows) net.set(r.account, r.debit.minus(r.credit).plus(net.get(r.account) ?? 0).toFixed(2));
        for (const row of trialBalance(txs).rows) {
          expect(net.get(row.account) ?? '0.00').toBe(row.movements.debit.minus(row.movements.credit).toFixed(2));
        }
      }),
    );
  });

  it('never shows both sides, nor a zero row, and each month balances', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom<'general' | 'auxiliary'>('general', 'auxiliary'), (txs, level) => {
        const m = monthlyLedger(txs, { level });
        const months = new Map<string, number>();
        for (const r of m.rows) {
          expect(r.debit.isZero() !== r.credit.isZero()).toBe(true);
          months.set(r.month, (months.get(r.month) ?? 0) + r.debit.minus(r.credit).times(100).toNumber());
          expect(r.date.startsWith(r.month)).toBe(true);
        }
        for (const v of months.values()) expect(v).toBe(0);
        expect(m.totals.debit.equals(m.totals.credit)).toBe(true);
      }),
    );
  });

  it('merge of halves = whole', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (txs, cut) => {
        const k = txs.length === 0 ? 0 : cut % (txs.length + 1);
        const merged = mergeMonthlyLedgers(monthlyLedger(txs.slice(0, k)), monthlyLedger(txs.slice(k)));
        expect(snapshot(merged.rows)).toBe(snapshot(monthlyLedger(txs).rows));
        expect(snapshot(merged.totals)).toBe(snapshot(monthlyLedger(txs).totals));
      }),
    );
  });

  it('merge of halves = whole, per auxiliary account and over one period (kept on the merge)', () => {
    const period = { from: '2023-12-01', to: '2024-02-29' };
    fc.assert(
      fc.property(arb, fc.nat(), (txs, cut) => {
        const k = txs.length === 0 ? 0 : cut % (txs.length + 1);
        const options = { level: 'auxiliary' as const, period };
        const merged = mergeMonthlyLedgers(monthlyLedger(txs.slice(0, k), options), monthlyLedger(txs.slice(k), options));
        const whole = monthlyLedger(txs, options);
        expect(snapshot(merged.rows)).toBe(snapshot(whole.rows));
        expect(merged.period).toEqual(period);
      }),
    );
  });
});

describe('mergeMonthlyLedgers: what it keeps and refuses', () => {
  const book = createBook(goldenTransactions());

  it('keeps the period only when both ledgers cover the same one', () => {
    const dec = { from: '2024-12-01', to: '2024-12-31' };
    expect(mergeMonthlyLedgers(monthlyLedger(book, { period: dec }), monthlyLedger(book, { period: dec })).period).toEqual(dec);
    expect(mergeMonthlyLedgers(monthlyLedger(book, { period: dec }), monthlyLedger(book, { period: { from: '2024-10-01', to: '2024-12-31' } })).period).toBeUndefined();
    expect(mergeMonthlyLedgers(monthlyLedger(book, { period: dec }), monthlyLedger(book)).period).toBeUndefined();
  });

  it('takes the label of the row that has one when an account first appears without a label', () => {
    const tx = (id: string) => createTransaction({
      id, journal: 'OD', date: '2024-03-10', piece: { ref: id }, label: 'x',
      entries: [{ account: '512000', accountLabel: 'Banque', debit: '1.00' }, { account: '706100', credit: '1.00' }],
    });
    const first = monthlyLedger([tx('OD000001')]);
    const unlabelled = { ...first, rows: first.rows.map((r) => ({ ...r, accountLabel: '' })) } as MonthlyLedger;
    const merged = mergeMonthlyLedgers(unlabelled, monthlyLedger([tx('OD000002')]));
    expect(merged.rows.map((r) => [r.account, r.accountLabel, r.debit.minus(r.credit).toFixed(2)])).toEqual([['512000', 'Banque', '2.00'], ['706100', 'Prestations de services', '-2.00']]);
  });

  it('refuses to merge ledgers in two currencies (invalid_option at currency)', () => {
    const usd = { ...monthlyLedger(book), currency: 'USD' } as MonthlyLedger;
    try {
      mergeMonthlyLedgers(monthlyLedger(book), usd);
      throw new Error('expected an AccountingError');
    } catch (error) {
      expect((error as AccountingError).issues[0]).toMatchObject({ code: 'invalid_option', path: ['currency'] });
    }
  });
});
