// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, createTransaction, type Book } from '../../../src/index.js';
import { fitCodes, type CodeRules } from '../../../src/formats/software/_lib/accountMapping.js';
import { thrown } from './_error.js';

const rules = (over: Partial<CodeRules> = {}): CodeRules => ({ target: 'Test', accountWidth: 8, journalWidth: 2, ascii: true, sharedField: true, ...over });

/** A book with one transaction using every account (and the auxiliary numbers under 411000). */
const bookOf = (accounts: ReadonlyArray<string>, auxiliaries: ReadonlyArray<string> = []): Book => {
  const entries = [
    ...accounts.map((account) => ({ account, debit: '1.00' })),
    ...auxiliaries.map((number) => ({ account: '411000', auxiliary: { number, name: number }, debit: '1.00' })),
  ];
  const total = entries.length;
  return createBook([createTransaction({ id: 'OD000001', journal: 'OD', date: '2024-01-01', piece: { ref: 'X' }, label: 'x', entries: [...entries, { account: '999', credit: `${total}.00` }] })]);
};

describe('fitCodes', () => {
  it('maps, folds, pads with zeros and cuts', () => {
    const book = bookOf(['706100', '4457110000'], ['Cé01']);
    const codes = fitCodes(book, undefined, rules(), { zeroPad: true, accountMap: (n, kind) => (kind === 'general' && n === '706100' ? '706' : undefined) });
    expect(book.accounts.map((n, a) => [n, codes.general[a]])).toEqual([['706100', '70600000'], ['4457110000', '44571100'], ['411000', '41100000'], ['999', '99900000']]);
    expect(codes.auxiliary).toEqual(['Ce01']);
  });

  it('finds an auxiliary number that would merge with a general account in a shared field, not in separate fields', () => {
    const book = bookOf(['706100'], ['706100']);
    expect(thrown(() => fitCodes(book, undefined, rules(), {})).issues[0].code).toBe('account_too_long');
    expect(() => fitCodes(book, undefined, rules({ sharedField: false }), {})).not.toThrow();
  });

  it('lists every clash and every overflow', () => {
    const book = bookOf(['70610000001', '70610000002', '70610000003']);
    expect(thrown(() => fitCodes(book, undefined, rules(), {})).issues.map((i) => i.path)).toEqual([['accounts', '70610000002'], ['accounts', '70610000003']]);
    expect(thrown(() => fitCodes(book, undefined, rules(), { overflow: 'error' })).issues).toHaveLength(3);
  });

  it('refuses empty mappings and bad map values: invalid_option', () => {
    const book = bookOf(['706100']);
    expect(thrown(() => fitCodes(book, undefined, rules(), { accountMap: { '706100': ' ' } })).issues[0].code).toBe('invalid_option');
    expect(thrown(() => fitCodes(book, undefined, rules(), { journalMap: { OD: '' } })).issues[0].code).toBe('invalid_option');
    expect(thrown(() => fitCodes(book, undefined, rules(), { accountMap: 'x' as never })).issues[0].code).toBe('invalid_option');
    // inherited keys are not mappings
    expect(fitCodes(book, undefined, rules(), { accountMap: Object.create({ '706100': '7' }) as Record<string, string> }).general[0]).toBe('706100');
  });
});

describe('properties', () => {
  const account = fc.stringMatching(/^[1-7]\d{2}[0-9]{0,9}$/);
  it('truncation never merges silently: either account_too_long, or distinct accounts get distinct codes within the width', () => {
    fc.assert(
      fc.property(fc.uniqueArray(account, { minLength: 1, maxLength: 8 }), fc.integer({ min: 3, max: 12 }), (accounts, width) => {
        const book = bookOf(accounts);
        try {
          const codes = fitCodes(book, undefined, rules({ accountWidth: width, sharedField: false }), {});
          return new Set(codes.general).size === codes.general.length && codes.general.every((c) => c.length <= width);
        } catch (e) {
          return (e as { issues?: Array<{ code: string }> }).issues?.[0]?.code === 'account_too_long';
        }
      }),
    );
  });
});
