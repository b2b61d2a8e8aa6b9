import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';
import { deferredRevenue, fiscalDeferredRevenueReport } from '../../src/revenue/index.js';
import { codeOf, dateArb, deepFreeze, invoice, invoicesArb, methodArb, tv1 } from './_fixtures.js';

describe('fiscalDeferredRevenueReport', () => {
  it('lists TV1 as the gym exports it: client, product, dates, amounts, days, PCA', () => {
    const r = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31' });
    expect(r.date).toBe('2024-12-31');
    const row = r.rows[0]!;
    expect([row.customer.name, row.product, row.saleDate, row.start, row.end, row.totalDays, row.daysRemaining]).toEqual([
      'DUPONT Jean',
      'Abonnement 12 mois',
      '2024-10-15',
      '2024-10-15',
      '2025-10-14',
      365,
      287,
    ]);
    expect([row.amountInclTax, row.amountExclTax, row.deferred].map((d) => d.toFixed(2))).toEqual(['600.00', '500.00', '393.15']);
    expect(JSON.parse(JSON.stringify(row))).toMatchObject({ amountInclTax: '600.00', amountExclTax: '500.00', deferred: '393.15' });
  });

  it('has one row per subscription line in sale-date order, with totals; session packs without a period are not subscriptions', () => {
    const docs = [
      tv1(),
      invoice('inv-0', '2024-09-01', [
        { label: 'Mensuel', unitPrice: '36.00', servicePeriod: { from: '2024-12-15', to: '2025-01-14' } },
        { label: 'Boisson', account: '707100', unitPrice: '2.00', vatRate: '5.5' },
      ]),
      invoice('av-1', '2024-11-02', [{ label: 'Avoir', unitPrice: '60.00', servicePeriod: { from: '2024-11-01', to: '2025-10-31' } }], { kind: 'credit-note' }),
    ];
    const r = fiscalDeferredRevenueReport(docs, { cutoff: '2024-12-31' });
    expect(r.rows.map((x) => [x.invoice, x.product, x.daysRemaining, x.amountInclTax.toFixed(2), x.deferred.toFixed(2)])).toEqual([
      ['inv-0', 'Mensuel', 14, '36.00', '13.55'],
      ['inv-1', 'Abonnement 12 mois', 287, '600.00', '393.15'],
      ['av-1', 'Avoir', 304, '-60.00', '-41.64'],
    ]);
    expect([r.totals.rows, r.totals.amountInclTax.toFixed(2), r.totals.amountExclTax.toFixed(2), r.totals.deferred.toFixed(2)]).toEqual([3, '576.00', '480.00', '365.06']);
  });

  it('reports bad input as deferredRevenue does', () => {
    expect(codeOf(() => fiscalDeferredRevenueReport([tv1()], { cutoff: 'tomorrow' }))).toBe('invalid_date');
    expect(codeOf(() => fiscalDeferredRevenueReport([invoice('b', '2024-10-15', [{ servicePeriod: { from: '2024-10-15', to: '2024-01-01' } }])], { cutoff: '2024-12-31' }))).toBe('invalid_period');
  });

  it('does not mutate its input', () => {
    const docs = deepFreeze([tv1()]);
    const copy = structuredClone(docs);
    fiscalDeferredRevenueReport(docs, { cutoff: '2024-12-31' });
    expect(docs).toEqual(copy);
  });

  describe('properties', () => {
    it('totals its rows, and its deferred total is the deferred revenue of the subscription lines', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, methodArb, (docs, cutoff, method) => {
          const r = fiscalDeferredRevenueReport(docs, { cutoff, method });
          const total = r.rows.reduce((s, x) => s.plus(x.deferred), new Decimal(0));
          expect(r.totals.deferred.equals(total)).toBe(true);
          expect(r.totals.deferred.equals(deferredRevenue(docs, { cutoff, method }).totals.deferred)).toBe(true);
          for (const x of r.rows) expect(x.daysRemaining).toBeLessThanOrEqual(x.totalDays);
        }),
      );
    });
  });
});
