// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';
import { createBook, trialBalance } from '../../src/index.js';
import { deferralTransactions, deferredRevenue, fiscalDeferredRevenueReport } from '../../src/revenue/index.js';
import { codeOf, dateArb, deepFreeze, invoice, invoicesArb, methodArb, tv1, usage } from './_fixtures.js';

/** The credit balance deferral transactions leave on 487 (debit − credit, negated). */
function on487(reports: ReadonlyArray<ReturnType<typeof deferredRevenue>>): Decimal {
  let next = 1;
  const txs = reports.flatMap((r) => {
    const [deferral] = deferralTransactions(r, { nextNumbers: { OD: next } });
    next += 2;
    return deferral === undefined ? [] : [deferral];
  });
  if (txs.length === 0) return new Decimal(0);
  const row = trialBalance(createBook(txs)).rows.find((x) => x.account === '487');
  return row === undefined ? new Decimal(0) : row.closing.credit.minus(row.closing.debit);
}

const pack = () => invoice('pack', '2024-11-01', [{ id: 'l1', label: 'Carnet 10 séances', product: 'Carnet 10', unitPrice: '120.00', sessions: 10 }], { number: 'FA2024-0002' });
const used = ['01', '02', '03', '04', '05'].map((d) => usage(`u${d}`, 'pack', 'l1', `2024-12-${d}`));

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

  it('lists every line of the reports deferralTransactions posts (days and sessions): its total is the 487 balance they leave', () => {
    const days = deferredRevenue([tv1()], { cutoff: '2024-12-31' });
    const sessions = deferredRevenue([pack(), ...used], { cutoff: '2024-12-31', method: 'sessions' });
    const r = fiscalDeferredRevenueReport([days, sessions]);
    expect(r.methods).toEqual(['days', 'sessions']);
    expect(r.rows.map((x) => [x.invoice, x.method, x.daysRemaining, x.sessions, x.sessionsRemaining, x.share, x.deferred.toFixed(2)])).toEqual([
      ['inv-1', 'days', 287, undefined, undefined, { after: 287, total: 365 }, '393.15'],
      ['pack', 'sessions', undefined, 10, 5, { after: 5, total: 10 }, '50.00'],
    ]);
    expect(r.totals.byMethod.map((m) => [m.method, m.rows, m.deferred.toFixed(2)])).toEqual([
      ['days', 1, '393.15'],
      ['sessions', 1, '50.00'],
    ]);
    expect(r.totals.deferred.toFixed(2)).toBe('443.15');
    expect(on487([days, sessions]).toFixed(2)).toBe('443.15');
    // One report alone is accepted too.
    expect(fiscalDeferredRevenueReport(sessions).totals.deferred.toFixed(2)).toBe('50.00');
  });

  it('read from documents with the sessions method, lists the packs that have no service period', () => {
    const r = fiscalDeferredRevenueReport([pack(), ...used], { cutoff: '2024-12-31', method: 'sessions' });
    expect(r.rows.map((x) => [x.invoice, x.start, x.totalDays, x.sessionsRemaining, x.deferred.toFixed(2)])).toEqual([['pack', undefined, undefined, 5, '50.00']]);
    expect(r.totals.deferred.toFixed(2)).toBe('50.00');
  });

  it('shows months and 30E/360 rows with their own fractions', () => {
    const months = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31', method: 'months' });
    const e360 = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31', method: '30/360' });
    expect([months.methods, months.rows[0]!.deferred.toFixed(2)]).toEqual([['months'], '393.82']);
    expect([e360.methods, e360.rows[0]!.share, e360.rows[0]!.deferred.toFixed(2)]).toEqual([['30/360'], { after: 284, total: 360 }, '394.44']);
  });

  it('refuses reports it cannot add up', () => {
    const days = deferredRevenue([tv1()], { cutoff: '2024-12-31' });
    expect(codeOf(() => fiscalDeferredRevenueReport([] as never))).toBe('invalid_input');
    expect(codeOf(() => fiscalDeferredRevenueReport([days, tv1()] as never))).toBe('invalid_input');
    expect(codeOf(() => fiscalDeferredRevenueReport([days, deferredRevenue([tv1()], { cutoff: '2024-11-30' })]))).toBe('invalid_option');
    expect(codeOf(() => fiscalDeferredRevenueReport([days, deferredRevenue([tv1()], { cutoff: '2024-12-31', method: 'months' })]))).toBe('duplicate_document');
    expect(codeOf(() => fiscalDeferredRevenueReport(JSON.parse(JSON.stringify(days)) as never))).toBe('invalid_input');
    expect(codeOf(() => fiscalDeferredRevenueReport({ ...days, method: 'weeks' } as never))).toBe('invalid_method');
    expect(codeOf(() => fiscalDeferredRevenueReport([days, { ...deferredRevenue([invoice('x', '2024-10-15', [{ servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], { cutoff: '2024-12-31' }), currency: 'USD' }] as never))).toBe('invalid_option');
    expect(codeOf(() => fiscalDeferredRevenueReport([tv1()] as never))).toBe('invalid_input'); // documents without options
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
          for (const x of r.rows) expect(x.daysRemaining).toBeLessThanOrEqual(x.totalDays!);
        }),
      );
    });

    it('ties to 487: the total of reports split by method is the balance their deferral transactions leave on 487', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, fc.uniqueArray(methodArb, { minLength: 1, maxLength: 3 }), (docs, cutoff, methods) => {
          // Invoice n is deferred by methods[n % k]: one report per method, every line in exactly one.
          const reports = methods.map((method, k) => deferredRevenue(docs.filter((_, n) => n % methods.length === k), { cutoff, method }));
          const r = fiscalDeferredRevenueReport(reports);
          expect(r.totals.deferred.equals(on487(reports))).toBe(true);
          expect(r.totals.rows).toBe(reports.reduce((n, x) => n + x.totals.lines, 0));
          expect(r.totals.byMethod.reduce((s, m) => s.plus(m.deferred), new Decimal(0)).equals(r.totals.deferred)).toBe(true);
        }),
      );
    });
  });
});
