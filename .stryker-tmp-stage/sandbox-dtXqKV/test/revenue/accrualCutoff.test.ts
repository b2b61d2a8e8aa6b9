// @ts-nocheck
// accrualTransactions with the book it closes: a cut-off in a fiscal year the book holds nothing of is refused.
import { describe, expect, it } from 'vitest';
import { accrualTransactions, createBook, createTransaction, defaultRules } from '../../src/index.js';
import { codeAt } from '../_errors.js';

const sale = (id: string, date: string) =>
  createTransaction({
    id, journal: 'VT', date, piece: { ref: id }, label: 'Vente',
    entries: [{ account: '411000', debit: '120.00' }, { account: '706000', credit: '100.00' }, { account: '445711', credit: '20.00' }],
  });
const book = createBook([sale('VT000001', '2024-03-10'), sale('VT000002', '2024-11-20')]);

describe('accrualTransactions: the cut-off and the book', () => {
  it('accepts a cut-off in the fiscal year the book keeps, even after its last entry (a year-end closing)', () => {
    expect(accrualTransactions([], { cutoff: '2024-12-31', book }).transactions).toEqual([]);
    expect(accrualTransactions([], { cutoff: '2024-06-30', book }).items).toEqual([]);
  });

  it('refuses a cut-off in a year the book holds nothing of (cutoff_outside_book, at cutoff)', () => {
    expect(codeAt(() => accrualTransactions([], { cutoff: '2023-12-31', book }))).toBe('cutoff_outside_book@cutoff');
    expect(codeAt(() => accrualTransactions([], { cutoff: '2025-12-31', book }))).toBe('cutoff_outside_book@cutoff');
    expect(codeAt(() => accrualTransactions([], { cutoff: '2024-12-31', book: createBook([]) }))).toBe('cutoff_outside_book@cutoff');
  });

  it('reads fiscal years from the rules (a year starting in July)', () => {
    const rules = defaultRules({ fiscalYearStartMonth: 7 });
    // 2024-03-10 falls in the fiscal year 2023-07-01 – 2024-06-30, 2024-11-20 in 2024-07-01 – 2025-06-30
    expect(() => accrualTransactions([], { cutoff: '2024-06-30', book, rules })).not.toThrow();
    expect(() => accrualTransactions([], { cutoff: '2025-06-30', book, rules })).not.toThrow();
    expect(codeAt(() => accrualTransactions([], { cutoff: '2023-06-30', book, rules }))).toBe('cutoff_outside_book@cutoff');
  });

  it('names the fiscal year in its message', () => {
    expect(() => accrualTransactions([], { cutoff: '2023-12-31', book })).toThrow('The cut-off 2023-12-31 closes the fiscal year 2023-01-01 – 2023-12-31, in which the book holds no transaction');
  });
});
