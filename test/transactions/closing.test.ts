// A closing ({ closedThrough }) as createTransaction, createTransactions and reverseTransaction read it: the closed
// day itself is closed, the day after is open; a malformed closedThrough is `invalid_date` before anything else.
// Worked cases with code, path and message (test/integrity/closePeriod.test.ts covers closePeriod and createBook).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, createTransaction, createTransactions, reverseTransaction } from '../../src/index.js';
import { closingIssue, periodClosedMessage } from '../../src/transactions/closing.js';

const input = (date: string, id?: string) => ({
  ...(id === undefined ? {} : { id }),
  journal: 'OD',
  date,
  piece: { ref: 'P1' },
  label: 'Régularisation',
  entries: [
    { account: '512000', debit: '10.00' },
    { account: '706000', credit: '10.00' },
  ],
});
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (err instanceof AccountingError) return err.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw err;
  }
  throw new Error('expected an AccountingError');
};
const closedMessage = (date: string, what: string) =>
  `The books are closed through 2024-10-31 and ${what} is dated ${date}: entries of a closed period are final; record the correction as a new entry dated in an open period.`;
const badThrough = { code: 'invalid_date', path: ['closedThrough'], message: 'Invalid date "2024-02-30" for closedThrough: write the last closed day as YYYY-MM-DD.' };

describe('closing (closedThrough)', () => {
  it('createTransaction refuses a transaction dated on or before the closed day, at its date, and accepts the day after', () => {
    expect(issuesOf(() => createTransaction(input('2024-10-31'), { closedThrough: '2024-10-31' }))).toEqual([
      { code: 'period_closed', path: ['date'], message: closedMessage('2024-10-31', 'transaction OD000001') },
    ]);
    expect(issuesOf(() => createTransaction(input('2023-01-15', 'OD-7'), { closedThrough: '2024-10-31' }))).toEqual([
      { code: 'period_closed', path: ['date'], message: closedMessage('2023-01-15', 'transaction OD-7') },
    ]);
    expect(createTransaction(input('2024-11-01'), { closedThrough: '2024-10-31' }).date).toBe('2024-11-01');
    expect(createTransaction(input('2024-10-31'), {}).date).toBe('2024-10-31');
  });

  it('createTransaction refuses a closedThrough that is no date, whatever the transaction date', () => {
    expect(issuesOf(() => createTransaction(input('2025-01-01'), { closedThrough: '2024-02-30' }))).toEqual([badThrough]);
  });

  it('createTransactions refuses a malformed closedThrough once, before reading any input, and a closed transaction at its index', () => {
    expect(issuesOf(() => createTransactions([input('2025-01-01'), { not: 'read' }], { closedThrough: '2024-02-30' }))).toEqual([badThrough]);
    expect(issuesOf(() => createTransactions([input('2024-11-01'), input('2024-10-01')], { closedThrough: '2024-10-31' }))).toEqual([
      { code: 'period_closed', path: [1, 'date'], message: closedMessage('2024-10-01', 'transaction OD000002') },
    ]);
    expect(createTransactions([input('2024-11-01')], { closedThrough: '2024-10-31' }).map((t) => t.id)).toEqual(['OD000001']);
  });

  it('reverseTransaction refuses a reversal dated in a closed period (its own date or the original one), and a malformed closedThrough', () => {
    const tx = createTransaction(input('2024-10-15', 'OD-1'));
    expect(issuesOf(() => reverseTransaction(tx, { closedThrough: '2024-10-31' }))).toEqual([
      { code: 'period_closed', path: ['date'], message: closedMessage('2024-10-15', 'the reversal of OD-1') },
    ]);
    expect(issuesOf(() => reverseTransaction(tx, { date: '2024-10-31', closedThrough: '2024-10-31' }))).toEqual([
      { code: 'period_closed', path: ['date'], message: closedMessage('2024-10-31', 'the reversal of OD-1') },
    ]);
    expect(issuesOf(() => reverseTransaction(tx, { date: '2024-11-01', closedThrough: '2024-02-30' }))).toEqual([badThrough]);
    expect(reverseTransaction(tx, { date: '2024-11-01', closedThrough: '2024-10-31' }).id).toBe('OD-1-R');
  });

  it('periodClosedMessage names the document as given, its first letter in lower case, "this transaction" by default', () => {
    expect(periodClosedMessage('2024-10-31', '2024-10-02', 'This document')).toBe(closedMessage('2024-10-02', 'this document'));
    expect(periodClosedMessage('2024-10-31', '2024-10-02')).toBe(closedMessage('2024-10-02', 'this transaction'));
    expect(closingIssue({}, '1999-01-01', ['date'])).toBeUndefined();
    expect(closingIssue({ closedThrough: '2024-10-31' }, undefined, ['date'])).toBeUndefined();
  });

  describe('properties', () => {
    it('closed iff on or before: a date is refused exactly when it is not after closedThrough (ISO dates sort as text)', () => {
      const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      fc.assert(
        fc.property(day, day, (date, through) => {
          const found = closingIssue({ closedThrough: through }, date, ['date'], 'This entry');
          if (date <= through) expect(found).toMatchObject({ code: 'period_closed', path: ['date'] });
          else expect(found).toBeUndefined();
        }),
        { numRuns: 200 },
      );
    });
  });
});
