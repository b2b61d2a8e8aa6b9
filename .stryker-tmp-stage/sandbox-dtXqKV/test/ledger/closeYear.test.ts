// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, closeYear, createBook, createTransaction, trialBalance, type Transaction } from '../../src/index.js';
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

const lines = (t: Transaction): string[][] => t.entries.map((e) => [e.account, e.auxiliary?.number ?? '', e.side, e.amount.toFixed(2)]);
const fy2024 = { from: '2024-01-01', to: '2024-12-31' };

describe('closeYear', () => {
  const book = createBook(goldenTransactions());

  it('carries the balance-sheet balances and closes income and expenses into 120 (profit)', () => {
    const result = closeYear(book, { fiscalYear: fy2024 });
    expect(result.length).toBe(1);
    const an = result[0]!;
    expect(an).toMatchObject({ id: 'AN000001', journal: 'AN', date: '2025-01-01', validatedOn: '2025-01-01', type: 'opening', piece: { ref: 'AN2025', date: '2025-01-01' }, label: 'Reprise des soldes' });
    expect(lines(an)).toEqual([
      ['101000', '', 'credit', '1000.00'],
      ['120000', '', 'credit', '106.85'],
      ['445710', '', 'credit', '100.00'],
      ['487000', '', 'credit', '393.15'],
      ['512000', '', 'debit', '1600.00'],
    ]);
    expect(an.entries.map((e) => e.accountLabel)).toEqual(['Capital', 'Résultat de l\'exercice (bénéfice)', 'TVA collectee 20%', 'Produits constates d avance', 'Banque']);
    expect(an.entries[1]!.label).toBe("Résultat de l'exercice (bénéfice)");
  });

  it('puts a loss in 129 and keeps customers and suppliers per auxiliary account', () => {
    const expense = createTransaction({
      id: 'AC000001', journal: 'AC', date: '2024-12-01', piece: { ref: 'F-1' }, label: 'Loyer', type: 'purchase',
      entries: [
        { account: '613200', debit: '2000.00' },
        { account: '401000', auxiliary: { number: 'F0001', name: 'Bailleur' }, credit: '2000.00' },
      ],
    });
    const [an] = closeYear([...receivablesTransactions(), expense], { fiscalYear: fy2024, nextNumbers: { AN: 7, VT: 3 } });
    expect(an!.id).toBe('AN000007');
    expect(lines(an!)).toEqual([
      ['101000', '', 'credit', '1000.00'],
      ['129000', '', 'debit', '1041.67'],
      ['401000', 'F0001', 'credit', '2000.00'],
      ['411000', '', 'debit', '12.00'],
      ['411000', 'C0001', 'debit', '400.00'],
      ['411000', 'C0002', 'credit', '50.00'],
      ['411000', 'C0003', 'credit', '30.00'],
      ['411000', 'C0004', 'debit', '200.00'],
      ['445711', '', 'credit', '191.67'],
      ['512000', '', 'debit', '1618.00'],
    ]);
  });

  it('takes its journal, result accounts and label from the options', () => {
    const [an] = closeYear(book, { fiscalYear: fy2024, journal: 'OUV', nextNumbers: { OUV: 2 }, resultAccounts: { profit: '120100' }, label: 'À-nouveaux 2025' });
    expect(an).toMatchObject({ id: 'OUV000002', journal: 'OUV', label: 'À-nouveaux 2025', piece: { ref: 'OUV2025' } });
    expect(an!.entries[1]!.account).toBe('120100');
  });

  it('closes a fiscal year that does not follow the calendar', () => {
    const [an] = closeYear(book, { fiscalYear: { from: '2024-07-01', to: '2025-06-30' } });
    expect(an!.date).toBe('2025-07-01');
    // cumulative opening: the AN of 2024-01-01 lies before the year and counts.
    expect(lines(an!).find((l) => l[0] === '512000')).toEqual(['512000', '', 'debit', '1600.00']);
  });

  it('returns nothing when every balance is zero', () => {
    const wash = createTransaction({ id: 'OD1', journal: 'OD', date: '2024-03-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '512000', debit: '5' }, { account: '512000', credit: '5' }] });
    expect(closeYear([wash], { fiscalYear: fy2024 })).toEqual([]);
  });

  it('reopens the next year: the next trial balance opens on the closing balances', () => {
    const txs = goldenTransactions();
    const next = closeYear(txs, { fiscalYear: fy2024, nextNumbers: { AN: 2 } });
    const tb = trialBalance([...txs, ...next], { period: { from: '2025-01-01', to: '2025-12-31' } });
    expect(tb.opening).toBe('entries');
    expect(tb.rows.map((r) => [r.account, r.opening.debit.minus(r.opening.credit).toFixed(2)])).toEqual([
      ['101000', '-1000.00'],
      ['120000', '-106.85'],
      ['445710', '-100.00'],
      ['487000', '-393.15'],
      ['512000', '1600.00'],
    ]);
  });

  it('rejects a fiscal year the book does not cover', () => {
    expect(codeOf(() => closeYear(book, { fiscalYear: { from: '2023-01-01', to: '2023-12-31' } }))).toBe('fiscal_year_not_covered');
    expect(codeOf(() => closeYear([], { fiscalYear: fy2024 }))).toBe('fiscal_year_not_covered');
  });

  it('rejects a fiscal year ending before it starts, or missing', () => {
    expect(codeOf(() => closeYear(book, { fiscalYear: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => closeYear(book, {} as never))).toBe('invalid_period');
    expect(codeOf(() => closeYear(book, undefined as never))).toBe('invalid_period');
  });

  it('rejects a bad journal, number, result account or label', () => {
    expect(codeOf(() => closeYear(book, { fiscalYear: fy2024, journal: 'A N' }))).toBe('invalid_option');
    expect(codeOf(() => closeYear(book, { fiscalYear: fy2024, nextNumbers: { AN: -1 } }))).toBe('invalid_option');
    expect(codeOf(() => closeYear(book, { fiscalYear: fy2024, resultAccounts: { loss: '12' } }))).toBe('invalid_account');
    expect(codeOf(() => closeYear(book, { fiscalYear: fy2024, label: ' ' }))).toBe('invalid_option');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const b = createBook(txs);
    const before = [snapshot(txs), snapshot(b)];
    closeYear(b, Object.freeze({ fiscalYear: Object.freeze(fy2024), nextNumbers: Object.freeze({ AN: 3 }) }));
    closeYear(txs, { fiscalYear: fy2024 });
    expect([snapshot(txs), snapshot(b)]).toEqual(before);
  });
});

describe('properties', () => {
  const arb = transactionsArbitrary({ maxLength: 30, minLength: 1 });
  const net = (r: { closing: { debit: { minus(x: unknown): { toFixed(n: number): string } }; credit: unknown } }): string => r.closing.debit.minus(r.closing.credit).toFixed(2);

  it('reproduces every balance-sheet closing balance (per auxiliary account) and leaves income and expenses at zero', () => {
    fc.assert(
      fc.property(arb, (txs) => {
        const an = closeYear(txs, { fiscalYear: fy2024 });
        const opened = createBook(an);
        const carried = new Map(trialBalance(opened, { level: 'auxiliary' }).rows.map((r) => [`${r.account}/${r.auxiliary?.number ?? ''}`, net(r)]));
        for (const r of trialBalance(txs, { level: 'auxiliary' }).rows) expect(carried.get(`${r.account}/${r.auxiliary?.number ?? ''}`) ?? '0.00').toBe(net(r));
        const general = new Map(trialBalance(opened).rows.map((r) => [r.account, net(r)]));
        let result = 0;
        for (const r of trialBalance(txs).rows) {
          const cls = r.account[0];
          if (cls === '6' || cls === '7') {
            expect(general.has(r.account)).toBe(false);
            result -= Number(net(r));
          } else expect(general.get(r.account) ?? '0.00').toBe(net(r));
        }
        const resultLine = an[0]?.entries.find((e) => e.account === '120000' || e.account === '129000');
        expect(resultLine ? (resultLine.side === 'credit' ? 1 : -1) * resultLine.amount.toNumber() : 0).toBeCloseTo(result, 6);
        if (resultLine) expect(resultLine.account).toBe(result > 0 ? '120000' : '129000');
      }),
    );
  });

  it('its transaction balances and carries the first number of its journal', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 999 }), (txs, n) => {
        for (const t of closeYear(txs, { fiscalYear: fy2024, nextNumbers: { AN: n } })) {
          expect(t.entries.reduce((s, e) => s + (e.side === 'debit' ? e.minor : -e.minor), 0)).toBe(0);
          expect(t.id).toBe(`AN${String(n).padStart(6, '0')}`);
          expect(t.type).toBe('opening');
        }
      }),
    );
  });
});
