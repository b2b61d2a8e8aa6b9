// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountingError,
  closePeriod,
  createBook,
  createTransaction,
  createTransactions,
  defaultRules,
  lockPeriod,
  post,
  reverseTransaction,
  safePost,
  seal,
} from '../../src/index.js';
import { transactionInputArbitrary } from '../../src/testing/index.js';
import { novemberInput, OCTOBER, sale, saleInput } from './_fixtures.js';

const codes = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (err instanceof AccountingError) return err.issues.map((i) => i.code);
    throw err;
  }
  return [];
};

const invoice = (date: string, id = 'inv-1') => ({
  type: 'invoice',
  id,
  kind: 'final',
  status: 'issued',
  number: `FA-${id}`,
  date,
  customer: { id: 'C0001', name: 'DUPONT Jean' },
  pricesIncludeTax: true,
  lines: [{ label: 'Abonnement', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }],
});

describe('closePeriod', () => {
  const closed = closePeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-10-31');

  it('returns new rules carrying closedThrough, and only moves forward', () => {
    expect(closed.closedThrough).toBe('2024-10-31');
    expect(defaultRules({ vatExigibility: 'on-invoice' }).closedThrough).toBeUndefined();
    expect(closePeriod(closed, '2024-09-30').closedThrough).toBe('2024-10-31');
    expect(closePeriod(closed, '2024-11-30').closedThrough).toBe('2024-11-30');
    expect(defaultRules({ vatExigibility: 'on-invoice', closedThrough: '2024-10-31' }).closedThrough).toBe('2024-10-31');
    expect(codes(() => defaultRules({ vatExigibility: 'on-invoice', closedThrough: '2024-13-01' }))).toEqual(['invalid_date']);
    expect(codes(() => closePeriod(defaultRules({ vatExigibility: 'on-invoice' }), '31/10/2024'))).toEqual(['invalid_date']);
  });

  it('refuses documents dated in a closed period (period_closed), the cancellation date included', () => {
    expect(codes(() => post([invoice('2024-10-31')], closed))).toEqual(['period_closed']);
    expect(post([invoice('2024-11-01')], closed).transactions).toHaveLength(1);
    const r = safePost([invoice('2024-10-20'), invoice('2024-11-02', 'inv-2')], closed);
    expect(r.failures.map((f) => [f.index, f.issues[0]!.code, f.issues[0]!.path])).toEqual([[0, 'period_closed', [0, 'date']]]);
    const cancelled = { ...invoice('2024-09-15'), status: 'cancelled', cancelledOn: '2024-10-10' };
    expect(codes(() => post([cancelled], closePeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-09-30')))).toEqual(['period_closed']);
  });

  it('says period_closed, not period_locked, when both apply', () => {
    const both = lockPeriod(closed, '2024-12-31');
    expect(codes(() => post([invoice('2024-10-15')], both))).toEqual(['period_closed']);
    expect(codes(() => post([invoice('2024-11-15')], both))).toEqual(['period_locked']);
  });

  it('createTransaction, createTransactions, reverseTransaction take { closedThrough }', () => {
    expect(codes(() => createTransaction(saleInput, { closedThrough: '2024-10-31' }))).toEqual(['period_closed']);
    expect(createTransaction(novemberInput, { closedThrough: '2024-10-31' }).id).toBe('VT000002');
    expect(codes(() => createTransactions([novemberInput, saleInput], { closedThrough: '2024-10-31' }))).toEqual(['period_closed']);
    expect(codes(() => reverseTransaction(sale, { closedThrough: '2024-10-31' }))).toEqual(['period_closed']);
    expect(reverseTransaction(sale, { date: '2024-11-02', closedThrough: '2024-10-31' }).date).toBe('2024-11-02');
    expect(codes(() => createTransaction(novemberInput, { closedThrough: 'soon' }))).toEqual(['invalid_date']);
    expect(codes(() => createTransactions([novemberInput, novemberInput], { closedThrough: 'soon' }))).toEqual(['invalid_date']);
  });

  it('createBook refuses drafts in a closed period; validated entries of the period are its history', () => {
    const draft = createTransaction({ ...saleInput, id: 'VT000005', validatedOn: null });
    expect(codes(() => createBook([sale, draft], { closedThrough: '2024-10-31' }))).toEqual(['period_closed']);
    expect(createBook([sale], { closedThrough: '2024-10-31' }).size).toBe(1);
    expect(codes(() => createBook([sale], { closedThrough: '2024-02-30' }))).toEqual(['invalid_date']);
  });

  it('a closing before the last seal is closing_before_seal; drafts up to the closing are unvalidated_entries', () => {
    const book = createBook([sale]);
    const october = seal(book, { period: OCTOBER });
    expect(codes(() => closePeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-10-30', { seals: [october] }))).toEqual(['closing_before_seal']);
    expect(closePeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-10-31', { seals: [october] }).closedThrough).toBe('2024-10-31');
    const draft = createTransaction({ ...saleInput, id: 'VT000005', validatedOn: null });
    expect(codes(() => closePeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-10-31', { book: createBook([sale, draft]) }))).toEqual(['unvalidated_entries']);
  });

  it('does not mutate the rules', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice' });
    closePeriod(rules, '2024-10-31');
    expect(rules.closedThrough).toBeUndefined();
    expect(Object.isFrozen(closed)).toBe(true);
  });

  describe('properties', () => {
    it('adding a transaction dated in a closed period is refused; after it, accepted', () => {
      fc.assert(
        fc.property(transactionInputArbitrary(), fc.integer({ min: 0, max: 365 }), (input, offset) => {
          const through = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
          const r = codes(() => createTransaction(input, { closedThrough: through }));
          return input.date <= through ? r.length === 1 && r[0] === 'period_closed' : r.length === 0;
        }),
        { numRuns: 200 },
      );
    });
  });
});
