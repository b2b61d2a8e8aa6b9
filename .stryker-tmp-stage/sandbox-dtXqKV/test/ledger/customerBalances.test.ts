// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, customerBalances, mergeCustomerBalances, trialBalance, type CustomerBalances } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { receivablesTransactions, snapshot } from './_fixtures.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0].code;
    throw error;
  }
  return undefined;
}

const table = (r: CustomerBalances): string[][] =>
  r.rows.map((x) => [x.auxiliary.number, x.movements.debit.toFixed(2), x.movements.credit.toFixed(2), x.balance.debit.toFixed(2), x.balance.credit.toFixed(2)]);

describe('customerBalances', () => {
  const book = createBook(receivablesTransactions());

  it('gives each customer’s movements and balance on the receivable accounts', () => {
    const report = customerBalances(book, { asOf: '2024-12-31' });
    expect(table(report)).toEqual([
      ['C0001', '1080.00', '680.00', '400.00', '0.00'],
      ['C0002', '0.00', '50.00', '0.00', '50.00'],
      ['C0003', '120.00', '150.00', '0.00', '30.00'],
      ['C0004', '200.00', '0.00', '200.00', '0.00'],
    ]);
    expect(report.rows[0]!.auxiliary).toEqual({ number: 'C0001', name: 'DUPONT Jean' });
    const t = report.totals;
    expect([t.movements.debit, t.movements.credit, t.balance.debit, t.balance.credit].map((d) => d.toFixed(2))).toEqual(['1400.00', '880.00', '600.00', '80.00']);
    expect(report.asOf).toBe('2024-12-31');
    expect(Object.isFrozen(report.rows[0])).toBe(true);
  });

  it('ignores entries after the date', () => {
    expect(table(customerBalances(book, { asOf: '2024-09-30' }))).toEqual([
      ['C0001', '600.00', '600.00', '0.00', '0.00'],
      ['C0004', '200.00', '0.00', '200.00', '0.00'],
    ]);
  });

  it('keeps a settled customer (its movements make the report additive)', () => {
    expect(customerBalances(book, { asOf: '2024-09-30' }).rows.map((r) => r.auxiliary.number)).toContain('C0001');
  });

  it('merges two halves into the whole, and refuses mixed currencies', () => {
    const txs = receivablesTransactions();
    expect(table(mergeCustomerBalances(customerBalances(txs.slice(0, 4)), customerBalances(txs.slice(4))))).toEqual(table(customerBalances(txs)));
    const other = { ...customerBalances(txs), currency: 'USD' } as CustomerBalances;
    expect(codeOf(() => mergeCustomerBalances(customerBalances(txs), other))).toBe('invalid_option');
  });

  it('rejects an unknown account filter and a bad date', () => {
    expect(codeOf(() => customerBalances(book, { accounts: { prefixes: ['999'] } }))).toBe('unknown_account');
    expect(codeOf(() => customerBalances(book, { asOf: '31/12/2024' }))).toBe('invalid_date');
  });

  it('does not mutate its input', () => {
    const txs = receivablesTransactions();
    const b = createBook(txs);
    const before = [snapshot(txs), snapshot(b)];
    const x = customerBalances(b, Object.freeze({ accounts: Object.freeze({ prefixes: Object.freeze(['411']) }) }));
    const y = customerBalances(txs);
    const reports = [snapshot(x), snapshot(y)];
    mergeCustomerBalances(x, y);
    expect([snapshot(txs), snapshot(b)]).toEqual(before);
    expect([snapshot(x), snapshot(y)]).toEqual(reports);
  });
});

describe('properties', () => {
  const arb = transactionsArbitrary({ maxLength: 40 });

  it('merge of halves = whole', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (txs, cut) => {
        const k = txs.length === 0 ? 0 : cut % (txs.length + 1);
        const merged = mergeCustomerBalances(customerBalances(txs.slice(0, k)), customerBalances(txs.slice(k)));
        expect(snapshot(merged)).toBe(snapshot(customerBalances(txs)));
      }),
    );
  });

  it('the customers’ balances add up to the receivable accounts’ closing at the auxiliary level', () => {
    fc.assert(
      fc.property(arb, (txs) => {
        const report = customerBalances(txs);
        const tb = trialBalance(txs, { level: 'auxiliary' });
        const customers = tb.rows.filter((r) => r.auxiliary && r.account.startsWith('411'));
        const net = customers.reduce((s, r) => s.plus(r.closing.debit).minus(r.closing.credit), report.totals.balance.debit.minus(report.totals.balance.debit));
        expect(report.totals.balance.debit.minus(report.totals.balance.credit).equals(net)).toBe(true);
        expect(report.rows.length).toBe(new Set(customers.map((r) => r.auxiliary!.number)).size);
      }),
    );
  });
});
