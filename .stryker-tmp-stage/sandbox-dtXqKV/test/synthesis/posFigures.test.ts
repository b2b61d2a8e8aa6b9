// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, Decimal, posFigures } from '../../src/index.js';
import { campsiteArbitrary } from '../../src/testing/synthesis.js';
import { JULY, martin } from './_fixtures.js';

const closing = (id: string, till: string, day: string) => ({
  type: 'till-closing',
  id,
  till,
  day,
  tickets: [
    {
      id: 't1',
      lines: [
        { label: 'Baguette', product: 'Pain', category: 'Boulangerie', seller: 'Anne', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' },
        { label: 'Bière', category: 'Bar', seller: 'Paul', account: '707200', quantity: '1', unitPrice: '4.00', vatRate: '20' },
      ],
      payments: [{ method: 'cash', amount: '7.00' }],
    },
    {
      id: 't2',
      customer: martin,
      lines: [{ label: 'Baguette', product: 'Pain', category: 'Boulangerie', seller: 'Anne', account: '707100', quantity: '1.5', unitPrice: '1.50', vatRate: '5.5' }],
      payments: [{ method: 'card', amount: '2.00' }],
    },
  ],
});

describe('posFigures', () => {
  it('counts sales, revenue, average basket and items, and breaks them down', () => {
    const f = posFigures([closing('z-1', 'CAISSE1', '2024-07-15'), closing('z-0', 'CAISSE1', '2024-06-30')], { period: JULY });
    expect([f.sales, f.revenue.toFixed(2), f.averageBasket.toFixed(2), f.items.toString(), f.averageItems.toFixed(2)]).toEqual([2, '9.25', '4.63', '4.5', '2.25']);
    expect(f.byVatRate.map((r) => [r.rate, r.exclTax.toFixed(2), r.vat.toFixed(2), r.inclTax.toFixed(2)])).toEqual([
      ['20', '3.33', '0.67', '4.00'],
      ['5.5', '4.97', '0.28', '5.25'], // VAT per ticket: 2,84 + 2,13
    ]);
    expect(f.byCategory.map((r) => [r.category, r.inclTax.toFixed(2)])).toEqual([
      ['Bar', '4.00'],
      ['Boulangerie', '5.25'],
    ]);
    expect(f.byProduct.map((r) => [r.product, r.quantity.toString(), r.inclTax.toFixed(2)])).toEqual([
      ['Bière', '1', '4.00'],
      ['Pain', '3.5', '5.25'],
    ]);
    expect(f.bySeller.map((r) => [r.seller, r.sales, r.inclTax.toFixed(2)])).toEqual([
      ['Anne', 2, '5.25'],
      ['Paul', 1, '4.00'],
    ]);
    expect(f.byMethod.map((r) => [r.method, r.label, r.count, r.amount.toFixed(2)])).toEqual([
      ['card', 'CB', 1, '2.00'],
      ['cash', 'espèces', 1, '7.00'],
    ]);
  });

  it('filters one till and gives zeros without sales', () => {
    const f = posFigures([closing('z-1', 'CAISSE1', '2024-07-15')], { period: JULY, till: 'CAISSE2' });
    expect([f.sales, f.revenue.toFixed(2), f.averageBasket.toFixed(2), f.averageItems.toFixed(2), f.till]).toEqual([0, '0.00', '0.00', '0.00', 'CAISSE2']);
  });

  it('refuses a bad period (invalid_period) and a bad till (invalid_option)', () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as AccountingError).issues.map((i) => i.code);
      }
      return [];
    };
    expect(codes(() => posFigures([], { period: { from: '2024-07-31', to: '2024-07-01' } }))).toEqual(['invalid_period']);
    expect(codes(() => posFigures([], { period: JULY, till: ' ' }))).toEqual(['invalid_option']);
  });

  describe('properties', () => {
    it('the breakdowns add up to the revenue and the payments to the receipts', () => {
      fc.assert(
        fc.property(campsiteArbitrary({ from: '2024-01-01', to: '2024-02-28' }), ({ documents }) => {
          const before = JSON.stringify(documents);
          const f = posFigures(documents, { period: { from: '2024-01-01', to: '2024-12-31' } });
          const sum = (xs: ReadonlyArray<{ inclTax: Decimal }>) => xs.reduce((a, x) => a.plus(x.inclTax), new Decimal(0)).toFixed(2);
          expect(sum(f.byVatRate)).toBe(f.revenue.toFixed(2));
          expect(sum(f.byCategory)).toBe(f.revenue.toFixed(2));
          expect(sum(f.bySeller)).toBe(f.revenue.toFixed(2));
          expect(f.byMethod.reduce((a, m) => a + m.count, 0)).toBeLessThanOrEqual(f.sales);
          expect(JSON.stringify(documents)).toBe(before);
        }),
        { numRuns: 40 },
      );
    });
  });
});
