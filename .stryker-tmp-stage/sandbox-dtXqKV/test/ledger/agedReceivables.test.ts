// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, agedReceivables, createBook, customerBalances, type AgedReceivables } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { receivablesTransactions, snapshot, withOpenItems } from './_fixtures.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0].code;
    throw error;
  }
  return undefined;
}

const table = (r: AgedReceivables): string[][] => r.rows.map((x) => [x.auxiliary.number, ...x.buckets.map((b) => b.toFixed(2)), x.total.toFixed(2)]);

describe('agedReceivables', () => {
  const book = createBook(receivablesTransactions());

  it('ages open items into 0–30, 31–60, 61–90 and > 90 days at a date', () => {
    const aged = agedReceivables(book, { asOf: '2024-12-31' });
    expect(aged.buckets).toEqual([
      { label: '0–30', from: 0, to: 30 },
      { label: '31–60', from: 31, to: 60 },
      { label: '61–90', from: 61, to: 90 },
      { label: '> 90', from: 91 },
    ]);
    expect(table(aged)).toEqual([
      ['C0001', '0.00', '0.00', '400.00', '0.00', '400.00'],
      ['C0002', '-50.00', '0.00', '0.00', '0.00', '-50.00'],
      ['C0003', '-30.00', '0.00', '0.00', '0.00', '-30.00'],
      ['C0004', '0.00', '0.00', '0.00', '200.00', '200.00'],
    ]);
    expect(aged.totals.buckets.map((b) => b.toFixed(2))).toEqual(['-80.00', '0.00', '400.00', '200.00']);
    expect(aged.totals.total.toFixed(2)).toBe('520.00');
    expect(aged.asOf).toBe('2024-12-31');
  });

  it('defaults the date to the book’s last transaction and takes custom buckets', () => {
    const aged = agedReceivables(book, { buckets: [15, 45] });
    expect(aged.asOf).toBe('2024-12-30');
    expect(aged.buckets.map((b) => b.label)).toEqual(['0–15', '16–45', '> 45']);
    expect(table(aged)[0]).toEqual(['C0001', '0.00', '0.00', '400.00', '400.00']);
    expect(agedReceivables(book, { asOf: '2024-11-19', buckets: [] }).buckets).toEqual([{ label: '≥ 0', from: 0 }]);
  });

  it('puts an item exactly on a bound in the lower bucket', () => {
    // FA2024-0002 of 2024-10-20 is 30 days old on 2024-11-19, 31 on 2024-11-20.
    expect(table(agedReceivables(book, { asOf: '2024-11-19' }))[0]).toEqual(['C0001', '400.00', '0.00', '0.00', '0.00', '400.00']);
    expect(table(agedReceivables(book, { asOf: '2024-11-20' }))[0]).toEqual(['C0001', '0.00', '400.00', '0.00', '0.00', '400.00']);
  });

  it('is empty for an empty book', () => {
    const aged = agedReceivables([]);
    expect(aged.rows).toEqual([]);
    expect(aged.asOf).toBeUndefined();
  });

  it('rejects bad buckets, an unknown account filter and a bad date', () => {
    expect(codeOf(() => agedReceivables(book, { buckets: [30, 30] }))).toBe('invalid_option');
    expect(codeOf(() => agedReceivables(book, { buckets: [-1] }))).toBe('invalid_option');
    expect(codeOf(() => agedReceivables(book, { buckets: [1.5] }))).toBe('invalid_option');
    expect(codeOf(() => agedReceivables(book, { buckets: 30 as never }))).toBe('invalid_option');
    expect(codeOf(() => agedReceivables(book, { accounts: { prefixes: ['999'] } }))).toBe('unknown_account');
    expect(codeOf(() => agedReceivables(book, { asOf: 'tomorrow' }))).toBe('invalid_date');
  });

  it('does not mutate its input', () => {
    const txs = receivablesTransactions();
    const b = createBook(txs);
    const buckets = Object.freeze([10, 20]);
    const before = [snapshot(txs), snapshot(b)];
    agedReceivables(b, Object.freeze({ buckets }));
    agedReceivables(txs);
    expect([snapshot(txs), snapshot(b)]).toEqual(before);
    expect(buckets).toEqual([10, 20]);
  });
});

describe('properties', () => {
  const arb = fc.tuple(transactionsArbitrary({ maxLength: 30 }), fc.array(fc.nat(), { maxLength: 40 })).map(([txs, picks]) => withOpenItems(txs, picks));
  const bounds = fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 5 }).map((xs) => xs.sort((a, b) => a - b));

  it('each customer’s aged total equals its balance, and the buckets add up to the total', () => {
    fc.assert(
      fc.property(arb, bounds, fc.constantFrom('2024-03-31', '2024-12-31', '2025-06-30'), (txs, buckets, asOf) => {
        const aged = agedReceivables(txs, { asOf, buckets });
        const balances = new Map(customerBalances(txs, { asOf }).rows.map((r) => [r.auxiliary.number, r.balance.debit.minus(r.balance.credit)]));
        for (const row of aged.rows) {
          expect(row.total.equals(balances.get(row.auxiliary.number)!)).toBe(true);
          expect(row.buckets.reduce((s, b) => s.plus(b), row.total.minus(row.total)).equals(row.total)).toBe(true);
          expect(row.buckets.length).toBe(buckets.length + 1);
        }
        for (const [number, balance] of balances) if (!balance.isZero()) expect(aged.rows.some((r) => r.auxiliary.number === number)).toBe(true);
      }),
    );
  });
});
