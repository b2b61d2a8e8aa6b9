// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, Decimal, post, posFigures, tillClosings } from '../../src/index.js';
import { campsiteArbitrary } from '../../src/testing/synthesis.js';
import { JULY, martin } from './_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

/** Two tickets: 7.00 cash (bread 5.5 %, beer 20 %), 2.25 of bread paid 2.00 by card, 0.25 left on MARTIN's account. */
const closing = (id: string, till: string, day: string, cash: { countedCash?: string; expectedCash?: string } = {}) => ({
  type: 'till-closing',
  id,
  till,
  day,
  ...cash,
  tickets: [
    {
      id: 't1',
      number: 'T-0001',
      lines: [
        { label: 'Baguette', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' },
        { label: 'Bière', account: '707200', quantity: '1', unitPrice: '4.00', vatRate: '20' },
      ],
      payments: [{ method: 'cash', amount: '7.00' }],
    },
    {
      id: 't2',
      customer: martin,
      lines: [{ label: 'Baguette', account: '707100', quantity: '1.5', unitPrice: '1.50', vatRate: '5.5' }],
      payments: [{ method: 'card', amount: '2.00' }],
    },
  ],
});

const codes = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
};

describe('tillClosings', () => {
  it('gives each Z its tickets, sales by VAT rate, payments by method and cash count (hand-computed)', () => {
    const report = tillClosings([closing('z-2', 'CAISSE1', '2024-07-16', { countedCash: '7.20' }), closing('z-1', 'CAISSE1', '2024-07-15', { countedCash: '6.90' }), closing('z-0', 'CAISSE1', '2024-06-30')], { period: JULY });
    expect(report.closings.map((z) => [z.number, z.day])).toEqual([
      ['z-1', '2024-07-15'],
      ['z-2', '2024-07-16'],
    ]);
    const z = report.closings[0]!;
    expect([z.till, z.tickets, z.ticketCount, z.revenue.toFixed(2), z.onAccount.toFixed(2)]).toEqual(['CAISSE1', ['T-0001', 't2'], 2, '9.25', '0.25']);
    expect(z.byVatRate.map((r) => [r.rate, r.exclTax.toFixed(2), r.vat.toFixed(2), r.inclTax.toFixed(2)])).toEqual([
      ['20', '3.33', '0.67', '4.00'],
      ['5.5', '4.97', '0.28', '5.25'],
    ]);
    expect(z.byMethod.map((m) => [m.method, m.count, m.amount.toFixed(2)])).toEqual([
      ['card', 1, '2.00'],
      ['cash', 1, '7.00'],
    ]);
    expect(z.byMethod.find((m) => m.method === 'cash')!.account).toBe('530');
    // cash: 7.00 expected (the cash payments), 6.90 counted: 0.10 short, posted to 658
    expect([z.expectedCash.toFixed(2), z.countedCash.toFixed(2), z.difference.toFixed(2), z.differenceAccount]).toEqual(['7.00', '6.90', '-0.10', '658']);
    const over = report.closings[1]!;
    expect([over.difference.toFixed(2), over.differenceAccount]).toEqual(['0.20', '758']);
  });

  it('agrees with the posted closing: the difference is what 658 / 758 receive, the cash account what was counted', () => {
    const doc = closing('z-1', 'CAISSE1', '2024-07-15', { countedCash: '6.90' });
    const [tx] = post([doc], vatOnInvoice).transactions;
    const z = tillClosings([doc], { period: JULY }).closings[0]!;
    const on = (account: string) => tx!.entries.filter((e) => e.account.startsWith(account));
    expect(on('658').map((e) => e.debit?.toFixed(2))).toEqual([z.difference.negated().toFixed(2)]);
    expect(on('530').map((e) => e.debit?.toFixed(2))).toEqual([z.countedCash.toFixed(2)]);
    expect(tx!.piece.ref).toBe(z.number);
  });

  it('takes the expected cash as given, counts a closing without tickets, and filters one till', () => {
    const z = tillClosings([closing('z-1', 'CAISSE1', '2024-07-15', { expectedCash: '10.00', countedCash: '10.00' })], { period: JULY }).closings[0]!;
    expect([z.expectedCash.toFixed(2), z.difference.toFixed(2), z.differenceAccount]).toEqual(['10.00', '0.00', undefined]);
    const empty = { type: 'till-closing', id: 'z-9', till: 'BAR', day: '2024-07-20', tickets: [], countedCash: '0.00' };
    const report = tillClosings([empty, closing('z-1', 'CAISSE1', '2024-07-15')], { period: JULY, till: 'BAR' });
    expect(report.till).toBe('BAR');
    expect(report.closings.map((c) => [c.number, c.ticketCount, c.revenue.toFixed(2), c.byVatRate.length])).toEqual([['z-9', 0, '0.00', 0]]);
  });

  it('refuses a bad period, a bad till, a cash amount with too many decimals and an invalid document, by code', () => {
    expect(codes(() => tillClosings([], { period: { from: '2024-07-31', to: '2024-07-01' } }))).toEqual(['invalid_period']);
    expect(codes(() => tillClosings([], { period: JULY, till: ' ' }))).toEqual(['invalid_option']);
    expect(codes(() => tillClosings([closing('z-1', 'CAISSE1', '2024-07-15', { countedCash: '6.901' })], { period: JULY }))).toEqual(['too_many_decimals']);
    expect(codes(() => tillClosings([{ type: 'till-closing', id: 'z', till: 'C', day: '2024-07-01' }], { period: JULY })).length).toBeGreaterThan(0);
  });

  it('orders closings by day, then till, then input order, and lists rates from the highest, tourist tax (no rate) last, methods by name', () => {
    const camp = {
      type: 'till-closing', id: 'z-camp', till: 'ACCUEIL', day: '2024-07-15',
      tickets: [{
        id: 't9',
        lines: [
          { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60' },
          { label: 'Pain', account: '707100', quantity: '1', unitPrice: '1.10', vatRate: '5.5' },
          { label: 'Emplacement', account: '706100', quantity: '1', unitPrice: '22.00', vatRate: '10' },
        ],
        payments: [{ method: 'voucher', amount: '20.00' }, { method: 'cash', amount: '4.30' }],
      }],
    };
    const report = tillClosings([closing('z-b', 'CAISSE1', '2024-07-15'), camp, closing('z-c', 'CAISSE1', '2024-07-15'), closing('z-a', 'BAR', '2024-07-16')], { period: JULY });
    expect(report.closings.map((z) => z.number)).toEqual(['z-camp', 'z-b', 'z-c', 'z-a']);
    const z = report.closings[0]!;
    expect(z.byVatRate.map((r) => [r.rate, r.inclTax.toFixed(2), r.vat.toFixed(2)])).toEqual([
      ['10', '22.00', '2.00'],
      ['5.5', '1.10', '0.06'],
      [undefined, '1.20', '0.00'],
    ]);
    expect(z.byMethod.map((m) => [m.method, m.account, m.amount.toFixed(2)])).toEqual([['cash', '530', '4.30'], ['voucher', '4671', '20.00']]);
    expect([z.revenue.toFixed(2), z.expectedCash.toFixed(2), z.onAccount.toFixed(2)]).toEqual(['24.30', '4.30', '0.00']);
  });

  it('refuses options that are not an object (invalid_period) and a till that is not a text (invalid_option)', () => {
    expect(codes(() => tillClosings([], null as never))).toEqual(['invalid_period']);
    expect(codes(() => tillClosings([], { period: JULY, till: 7 as never }))).toEqual(['invalid_option']);
  });

  it('does not touch its input, and gives the same figures twice', () => {
    const docs = [closing('z-1', 'CAISSE1', '2024-07-15', { countedCash: '6.90' })];
    const before = JSON.stringify(docs);
    const a = tillClosings(docs, { period: JULY });
    expect(JSON.stringify(docs)).toBe(before);
    expect(JSON.stringify(tillClosings(docs, { period: JULY }))).toBe(JSON.stringify(a));
  });
});

describe('properties', () => {
  it('the closings add up to the period’s POS figures: revenue, tickets and payments by method', () => {
    fc.assert(
      fc.property(campsiteArbitrary({ from: '2024-01-01', to: '2024-02-28' }), ({ documents }) => {
        const period = { from: '2024-01-01', to: '2024-12-31' };
        const report = tillClosings(documents, { period });
        const f = posFigures(documents, { period });
        const sum = (values: Decimal[]) => values.reduce((s, v) => s.plus(v), new Decimal(0));
        const byMethod = new Map<string, Decimal>();
        for (const z of report.closings) for (const m of z.byMethod) byMethod.set(m.method, (byMethod.get(m.method) ?? new Decimal(0)).plus(m.amount));
        return (
          sum(report.closings.map((z) => z.revenue)).equals(f.revenue) &&
          report.closings.reduce((n, z) => n + z.ticketCount, 0) === f.sales &&
          f.byMethod.every((m) => byMethod.get(m.method)?.equals(m.amount) === true) &&
          report.closings.every((z) => z.countedCash.minus(z.expectedCash).equals(z.difference) && sum(z.byVatRate.map((r) => r.inclTax)).equals(z.revenue))
        );
      }),
      { numRuns: 40 },
    );
  });
});
