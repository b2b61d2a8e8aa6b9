// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, journal, type JournalLine } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions, receivablesTransactions, snapshot } from './_fixtures.js';

const table = (lines: Iterable<JournalLine>): string[][] =>
  [...lines].map((l) => [l.transactionId, l.date, l.account, l.auxiliary?.number ?? '', l.debit.toFixed(2), l.credit.toFixed(2)]);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0].code;
    throw error;
  }
  return undefined;
}

describe('journal', () => {
  const book = createBook(goldenTransactions());

  it('lists a journal in detail, one transaction per piece, auxiliary accounts shown', () => {
    const sales = journal(book, { journal: 'VT' });
    expect(table(sales)).toEqual([
      ['VT000001', '2024-10-15', '411000', 'C0001', '600.00', '0.00'],
      ['VT000001', '2024-10-15', '706100', '', '0.00', '500.00'],
      ['VT000001', '2024-10-15', '445710', '', '0.00', '100.00'],
    ]);
    expect(sales.totals.debit.toFixed(2)).toBe('600.00');
    expect(sales.totals.credit.toFixed(2)).toBe('600.00');
    expect(sales.transactionCount).toBe(1);
    expect(sales.journals).toEqual(['VT']);
    expect(sales.grouping).toBe('detailed');
    expect(sales.level).toBe('auxiliary');
  });

  it('carries the FEC fields of each line', () => {
    const [line] = journal(book, { journal: 'VT' });
    expect(line).toMatchObject({
      journal: 'VT', journalLabel: 'Ventes', transactionId: 'VT000001', date: '2024-10-15', pieceRef: 'FA2024-0001', pieceDate: '2024-10-15',
      label: 'Abonnement 12 mois DUPONT', validatedOn: '2024-10-15', type: 'sale', account: '411000', accountLabel: 'Clients',
      auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, minor: 60000, lettering: { code: 'A', date: '2024-10-15' },
    });
    expect(JSON.parse(JSON.stringify(line))).toMatchObject({ debit: '600.00', credit: '0.00', minor: 60000 });
    expect(Object.isFrozen(line)).toBe(true);
  });

  it('hides auxiliary accounts at the general level', () => {
    expect(table(journal(book, { journal: 'VT', level: 'general' }))[0]![3]).toBe('');
  });

  it('groups by account and day: one balanced transaction per day, one line per account and side', () => {
    const sales = journal(book, { journal: 'VT', grouping: 'by-account-and-day' });
    expect(table(sales)).toEqual([
      ['VT-20241015', '2024-10-15', '411000', '', '600.00', '0.00'],
      ['VT-20241015', '2024-10-15', '445710', '', '0.00', '100.00'],
      ['VT-20241015', '2024-10-15', '706100', '', '0.00', '500.00'],
    ]);
    const [first] = sales;
    expect(first).toMatchObject({ pieceRef: 'VT-20241015', label: 'Ventes du 15/10/2024', journal: 'VT' });
    expect(first!.lettering).toBeUndefined();
  });

  it('keeps a debit line and a credit line for an account moving both ways in a day', () => {
    const txs = receivablesTransactions();
    const days = journal(txs, { journal: 'BQ', grouping: 'by-account-and-day', period: { from: '2024-09-15', to: '2024-09-15' } });
    expect(table(days)).toEqual([
      ['BQ-20240915', '2024-09-15', '411000', '', '0.00', '600.00'],
      ['BQ-20240915', '2024-09-15', '512000', '', '600.00', '0.00'],
    ]);
    const all = journal(txs, { grouping: 'by-account-and-day', level: 'auxiliary', period: { from: '2024-10-20', to: '2024-10-25' } });
    expect(table(all).map((r) => r.slice(0, 4))).toEqual([
      ['VT-20241020', '2024-10-20', '411000', 'C0001'],
      ['VT-20241020', '2024-10-20', '445711', ''],
      ['VT-20241020', '2024-10-20', '706100', ''],
      ['VT-20241025', '2024-10-25', '411000', 'C0003'],
      ['VT-20241025', '2024-10-25', '445711', ''],
      ['VT-20241025', '2024-10-25', '706100', ''],
    ]);
  });

  it('lists several journals, each day one grouped transaction per journal in code order', () => {
    const refs = [...journal(book, { journal: ['VT', 'BQ'], grouping: 'by-account-and-day' })].map((l) => l.pieceRef);
    expect([...new Set(refs)]).toEqual(['BQ-20241015', 'VT-20241015']);
  });

  it('filters by period, and lists every journal by default in date order', () => {
    const all = journal(book);
    expect(all.journals).toEqual(['AN', 'BQ', 'OD', 'VT']);
    expect([...new Set([...all].map((l) => l.transactionId))]).toEqual(['AN000001', 'VT000001', 'BQ000001', 'OD000001']);
    const december = journal(book, { period: { from: '2024-12-01', to: '2024-12-31' } });
    expect([...december].map((l) => l.transactionId)).toEqual(['OD000001', 'OD000001']);
    expect(december.period).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('accepts a journal of the default list the book does not use, as an empty report', () => {
    const cash = journal(book, { journal: 'CA' });
    expect([...cash]).toEqual([]);
    expect(cash.totals.debit.toFixed(2)).toBe('0.00');
  });

  it('can be iterated twice', () => {
    const sales = journal(book, { journal: 'VT' });
    expect([...sales].length).toBe(3);
    expect([...sales].length).toBe(3);
  });

  it('builds a Book from transactions', () => {
    expect(table(journal(goldenTransactions(), { journal: 'OD' }))).toEqual([
      ['OD000001', '2024-12-31', '706100', '', '393.15', '0.00'],
      ['OD000001', '2024-12-31', '487000', '', '0.00', '393.15'],
    ]);
  });

  it('rejects a journal the book and its journal list do not know', () => {
    expect(codeOf(() => journal(book, { journal: 'XX' }))).toBe('unknown_journal');
  });

  it('rejects a period ending before it starts', () => {
    expect(codeOf(() => journal(book, { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
  });

  it('rejects a bad date, grouping or level', () => {
    expect(codeOf(() => journal(book, { period: { from: '2024-02-30', to: '2024-03-01' } }))).toBe('invalid_date');
    expect(codeOf(() => journal(book, { grouping: 'by-day' as never }))).toBe('invalid_option');
    expect(codeOf(() => journal(book, { level: 'detail' as never }))).toBe('invalid_option');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const b = createBook(txs);
    const before = [snapshot(txs), snapshot(b)];
    const options = Object.freeze({ journal: Object.freeze(['VT', 'BQ']), grouping: 'by-account-and-day' as const });
    [...journal(b, options)];
    [...journal(txs, { journal: 'VT' })];
    expect([snapshot(txs), snapshot(b)]).toEqual(before);
  });
});

describe('properties', () => {
  const sumsByDay = (lines: Iterable<JournalLine>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const l of lines) out.set(l.pieceRef, (out.get(l.pieceRef) ?? 0) + l.minor);
    return out;
  };

  it('each day of the grouped journal balances: Σ debit = Σ credit per journal and day', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 40 }), fc.constantFrom<'general' | 'auxiliary'>('general', 'auxiliary'), (txs, level) => {
        const grouped = journal(txs, { grouping: 'by-account-and-day', level });
        for (const sum of sumsByDay(grouped).values()) expect(sum).toBe(0);
      }),
    );
  });

  it('grouping preserves the totals: the grouped journal sums to the detailed journal, account by account', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 40 }), (txs) => {
        const byAccount = (lines: Iterable<JournalLine>): Record<string, number> => {
          const out: Record<string, number> = {};
          for (const l of lines) out[`${l.date} ${l.journal} ${l.account} ${l.minor > 0 ? 'D' : 'C'}`] = (out[`${l.date} ${l.journal} ${l.account} ${l.minor > 0 ? 'D' : 'C'}`] ?? 0) + l.minor;
          return out;
        };
        const detailed = journal(txs);
        const grouped = journal(txs, { grouping: 'by-account-and-day' });
        expect(byAccount(grouped)).toEqual(byAccount(detailed));
        expect(grouped.totals.debit.equals(detailed.totals.debit)).toBe(true);
        expect(detailed.totals.debit.equals(detailed.totals.credit)).toBe(true);
      }),
    );
  });

  it('the detailed journal lists every entry once, in date order', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 40 }), (txs) => {
        const lines = [...journal(txs)];
        expect(lines.length).toBe(txs.reduce((n, t) => n + t.entries.length, 0));
        for (let i = 1; i < lines.length; i++) expect(lines[i - 1]!.date <= lines[i]!.date).toBe(true);
      }),
    );
  });

  it('the journals of a partition of the codes add up to the whole journal', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 40 }), (txs) => {
        const book = createBook(txs);
        const whole = journal(book).totals.debit;
        const parts = ['VT', 'BQ', 'AC', 'OD', 'AN'].filter((j) => book.journals.includes(j)).map((j) => journal(book, { journal: j }).totals.debit);
        expect(parts.reduce((a, b) => a.plus(b), whole.minus(whole)).equals(whole)).toBe(true);
      }),
    );
  });
});
