// @ts-nocheck
// Edges of fiscalDeferredRevenueReport (the gym's « PCA fiscal » listing, whose total is the 487 balance)
// the main tests leave open: the fields of a row, its JSON, the sale-date order, the totals per method in
// the order of DEFERRAL_METHODS, freezing, the paths and messages of each refusal, and overflow.
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/posting/index.js';
import { deferredRevenue, fiscalDeferredRevenueReport } from '../../src/revenue/index.js';
import { errorOf, invoice, tv1, usage } from './_fixtures.js';

const year2025 = { servicePeriod: { from: '2025-01-01', to: '2025-12-31' } };
const pack = () => invoice('pack', '2024-11-01', [{ id: 'l1', label: 'Carnet 10 séances', unitPrice: '120.00', sessions: 10 }], { number: 'FA2024-0002' });
const used = ['01', '02', '03', '04', '05'].map((d) => usage(`u${d}`, 'pack', 'l1', `2024-12-${d}`));

describe('fiscalDeferredRevenueReport: rows', () => {
  it('serialises a subscription row with every field, its amounts as strings', () => {
    const row = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31' }).rows[0]!;
    expect(JSON.parse(JSON.stringify(row))).toEqual({
      customer: { id: 'C0001', name: 'DUPONT Jean' },
      product: 'Abonnement 12 mois',
      invoice: 'inv-1',
      number: 'FA2024-0001',
      saleDate: '2024-10-15',
      method: 'days',
      start: '2024-10-15',
      end: '2025-10-14',
      totalDays: 365,
      daysRemaining: 287,
      share: { after: 287, total: 365 },
      amountInclTax: '600.00',
      amountExclTax: '500.00',
      deferred: '393.15',
    });
  });

  it('names the product by the line label when the line has no product, and gives a pack its sessions and no dates', () => {
    const row = fiscalDeferredRevenueReport([pack(), ...used], { cutoff: '2024-12-31', method: 'sessions' }).rows[0]!;
    expect(JSON.parse(JSON.stringify(row))).toEqual({
      customer: { id: 'C0001', name: 'DUPONT Jean' },
      product: 'Carnet 10 séances',
      invoice: 'pack',
      number: 'FA2024-0002',
      saleDate: '2024-11-01',
      method: 'sessions',
      sessions: 10,
      sessionsRemaining: 5,
      share: { after: 5, total: 10 },
      amountInclTax: '120.00',
      amountExclTax: '100.00',
      deferred: '50.00',
    });
  });

  it('gives no sessions fields to a row prorated by days', () => {
    const row = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31' }).rows[0]!;
    expect('sessions' in row || 'sessionsRemaining' in row).toBe(false);
  });

  it('orders the rows by sale date across reports, keeping the order of equal dates', () => {
    const days = deferredRevenue(
      [
        invoice('c', '2024-12-10', [{ unitPrice: '438.00', ...year2025 }]),
        invoice('a', '2024-09-01', [{ unitPrice: '438.00', ...year2025 }]),
        invoice('b', '2024-11-01', [{ unitPrice: '438.00', ...year2025 }]),
      ],
      { cutoff: '2024-12-31' },
    );
    const sessions = deferredRevenue([pack(), ...used], { cutoff: '2024-12-31', method: 'sessions' });
    const r = fiscalDeferredRevenueReport([days, sessions]);
    expect(r.rows.map((x) => [x.invoice, x.saleDate])).toEqual([
      ['a', '2024-09-01'],
      ['b', '2024-11-01'],
      ['pack', '2024-11-01'],
      ['c', '2024-12-10'],
    ]);
  });
});

describe('fiscalDeferredRevenueReport: totals', () => {
  it('totals per method in the order days, months, 30/360, sessions, whatever the order of the reports', () => {
    const days = deferredRevenue([tv1()], { cutoff: '2024-12-31' });
    const sessions = deferredRevenue([pack(), ...used], { cutoff: '2024-12-31', method: 'sessions' });
    const r = fiscalDeferredRevenueReport([sessions, days]);
    expect([r.date, r.currency, r.methods]).toEqual(['2024-12-31', 'EUR', ['days', 'sessions']]);
    expect(r.totals.byMethod.map((m) => [m.method, m.rows, m.amountInclTax.toFixed(2), m.amountExclTax.toFixed(2), m.deferred.toFixed(2)])).toEqual([
      ['days', 1, '600.00', '500.00', '393.15'],
      ['sessions', 1, '120.00', '100.00', '50.00'],
    ]);
    expect([r.totals.rows, r.totals.amountInclTax.toFixed(2), r.totals.amountExclTax.toFixed(2), r.totals.deferred.toFixed(2)]).toEqual([2, '720.00', '600.00', '443.15']);
  });

  it('adds two reports of the same method into one total for it', () => {
    const one = deferredRevenue([tv1()], { cutoff: '2024-12-31' });
    const two = deferredRevenue([invoice('b', '2024-12-01', [{ unitPrice: '438.00', ...year2025 }])], { cutoff: '2024-12-31' });
    const r = fiscalDeferredRevenueReport([one, two]);
    expect(r.methods).toEqual(['days']);
    expect(r.totals.byMethod.map((m) => [m.method, m.rows, m.deferred.toFixed(2)])).toEqual([['days', 2, '758.15']]);
  });

  it('is frozen throughout', () => {
    const r = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31' });
    for (const v of [r, r.methods, r.rows, r.rows[0], r.totals, r.totals.byMethod, r.totals.byMethod[0]]) expect(Object.isFrozen(v)).toBe(true);
  });

  it('keeps a yen book without decimals', () => {
    const rules = defaultRules({ currency: 'JPY' });
    const r = fiscalDeferredRevenueReport([invoice('jp', '2024-10-15', [{ unitPrice: '60000', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], { cutoff: '2024-12-31', rules });
    expect(JSON.parse(JSON.stringify(r.rows[0]))).toMatchObject({ amountInclTax: '60000', amountExclTax: '50000', deferred: '39315' });
    expect([r.currency, r.totals.deferred.toFixed(), r.totals.byMethod[0]!.amountExclTax.toFixed()]).toEqual(['JPY', '39315', '50000']);
  });

  it('refuses reports whose amounts incl. tax sum past Number.MAX_SAFE_INTEGER minor units, even when they net to zero', () => {
    const big = [{ unitPrice: '50000000000000.00', vatRate: '0', exemption: 'exempt', ...year2025 }];
    const a = deferredRevenue([invoice('big', '2024-12-01', big)], { cutoff: '2024-12-31' });
    const b = deferredRevenue([invoice('big-av', '2024-12-02', big, { kind: 'credit-note' })], { cutoff: '2024-12-31', method: 'months' });
    expect(fiscalDeferredRevenueReport(a).totals.deferred.toFixed(2)).toBe('50000000000000.00');
    const e = errorOf(() => fiscalDeferredRevenueReport([a, b]));
    expect([e.issues[0].code, e.issues[0].path, e.issues[0].message]).toEqual([
      'amount_overflow',
      [],
      'The amounts of the reports pass Number.MAX_SAFE_INTEGER minor units: split the documents into smaller reports.',
    ]);
  });
});

describe('fiscalDeferredRevenueReport: refusals, each with its path and message', () => {
  const days = () => deferredRevenue([tv1()], { cutoff: '2024-12-31' });
  const first = (fn: () => unknown) => {
    const e = errorOf(fn).issues[0];
    return [e.code, e.path, e.message];
  };

  it('refuses no report', () => {
    expect(first(() => fiscalDeferredRevenueReport([] as never))).toEqual(['invalid_input', [], 'Give the deferredRevenue reports, or the documents and options ({ cutoff }).']);
  });

  it('refuses a report mixed with documents', () => {
    expect(first(() => fiscalDeferredRevenueReport([days(), tv1()] as never))).toEqual([
      'invalid_input',
      [1],
      'Each report must be the result of deferredRevenue(documents, { cutoff, method }): do not mix reports and documents.',
    ]);
    expect(first(() => fiscalDeferredRevenueReport([days(), null] as never))[1]).toEqual([1]);
  });

  it('does not take an iterable, or an object missing accounts, cutoff or method, for a report', () => {
    const r = days();
    for (const notReport of [
      Object.assign(new Map(), { lines: r.lines, accounts: r.accounts, cutoff: r.cutoff, method: r.method }),
      { ...r, accounts: undefined },
      { ...r, lines: undefined },
      { ...r, cutoff: 20241231 },
      { ...r, method: undefined },
    ]) {
      expect(first(() => fiscalDeferredRevenueReport([r, notReport] as never))[0]).toBe('invalid_input');
      expect(first(() => fiscalDeferredRevenueReport([r, notReport] as never))[1]).toEqual([1]);
    }
  });

  it('reads a list of primitives as documents, not as reports', () => {
    expect(first(() => fiscalDeferredRevenueReport([42, 'x'] as never, { cutoff: '2024-12-31' }))).toEqual(['invalid_input', [0], 'A document must be an object with a "type".']);
  });

  it('refuses a report of an unknown method', () => {
    expect(first(() => fiscalDeferredRevenueReport([days(), { ...days(), method: 'weeks' }] as never))).toEqual([
      'invalid_method',
      [1, 'method'],
      'Unknown deferral method "weeks": pass reports made by deferredRevenue.',
    ]);
  });

  it('refuses reports at different dates or in different currencies', () => {
    expect(first(() => fiscalDeferredRevenueReport([days(), deferredRevenue([], { cutoff: '2024-11-30' })]))).toEqual([
      'invalid_option',
      [1, 'cutoff'],
      'The reports are at different dates (2024-12-31, 2024-11-30): compute every report at the same cut-off.',
    ]);
    expect(first(() => fiscalDeferredRevenueReport([days(), { ...deferredRevenue([], { cutoff: '2024-12-31' }), currency: 'USD' }] as never))).toEqual([
      'invalid_option',
      [1, 'currency'],
      'The reports are in different currencies (EUR, USD): one report per currency.',
    ]);
  });

  it('refuses a line that deferredRevenue did not make', () => {
    const r = days();
    expect(first(() => fiscalDeferredRevenueReport({ ...r, lines: [{ ...r.lines[0] }] } as never))).toEqual([
      'invalid_input',
      [0, 'lines', 0],
      'A report line was not made by deferredRevenue (a copy or JSON of it?): pass the report deferredRevenue returned.',
    ]);
  });

  it('refuses a line in two reports, and accepts two lines of one invoice or one line index of two invoices', () => {
    expect(first(() => fiscalDeferredRevenueReport([days(), deferredRevenue([tv1()], { cutoff: '2024-12-31', method: 'months' })]))).toEqual([
      'duplicate_document',
      [1, 'lines', 0],
      'Line 0 of invoice inv-1 is in reports 0 and 1: each line must be deferred by one method only (split the documents between the reports).',
    ]);
    const twoLines = deferredRevenue([invoice('two', '2024-12-01', [{ unitPrice: '438.00', ...year2025 }, { unitPrice: '438.00', ...year2025 }])], { cutoff: '2024-12-31' });
    expect(fiscalDeferredRevenueReport([days(), twoLines]).rows).toHaveLength(3);
  });
});
