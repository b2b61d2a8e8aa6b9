// @ts-nocheck
// Edges of deferredRevenue (PCA, PCG art. 944-48 / account 487) the main tests leave open: the optional
// fields of a line, the days after a cut-off before, on and after the service period, the reduced share
// of the months method, serialisation, freezing, ordering and the overflow of the summed amounts.
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/posting/index.js';
import { deferredRevenue } from '../../src/revenue/index.js';
import { isDeferredRevenueLine, lineMinor } from '../../src/revenue/deferredRevenue.js';
import { codeOf, errorOf, invoice, tv1, usage } from './_fixtures.js';

const year2025 = { servicePeriod: { from: '2025-01-01', to: '2025-12-31' } };

describe('deferredRevenue: optional fields of a line', () => {
  it('takes the invoice id as number when the invoice has none, and leaves out lineId, product and vatRate when the line has none', () => {
    const doc = invoice('no-number', '2024-12-01', [{ vatRate: undefined, exemption: 'franchise', unitPrice: '365.00', ...year2025 }], { number: undefined });
    const line = deferredRevenue([doc], { cutoff: '2024-12-31' }).lines[0]!;
    expect(line.number).toBe('no-number');
    expect(['lineId', 'product', 'vatRate', 'sessions', 'sessionsUsed'].filter((k) => k in line)).toEqual([]);
    expect([line.amountExclTax.toFixed(2), line.amountInclTax.toFixed(2)]).toEqual(['365.00', '365.00']);
  });

  it('gives lineId, product and the VAT rate when the line has them', () => {
    const doc = invoice('full', '2024-12-01', [{ id: 'L-7', product: 'Abonnement annuel', vatRate: '5.5', unitPrice: '211.00', ...year2025 }]);
    const line = deferredRevenue([doc], { cutoff: '2024-12-31' }).lines[0]!;
    expect([line.lineId, line.product, line.vatRate, line.number]).toEqual(['L-7', 'Abonnement annuel', '5.5', 'FA-full']);
    // 211.00 incl. 5.5 % → 200.00 excl. tax, the whole of 2025 after the cut-off.
    expect([line.amountExclTax.toFixed(2), line.deferred.toFixed(2), line.recognised.toFixed(2)]).toEqual(['200.00', '200.00', '0.00']);
  });

  it('gives a session pack its sessions and sessions used, and no service period nor days, under the sessions method', () => {
    const pack = invoice('pack', '2024-11-01', [{ id: 'l1', label: 'Carnet 8 séances', unitPrice: '96.00', sessions: 8 }]);
    const used = ['2024-11-05', '2024-12-31', '2025-01-01'].map((d, k) => usage(`u${k}`, 'pack', 'l1', d));
    const line = deferredRevenue([pack, ...used], { cutoff: '2024-12-31', method: 'sessions' }).lines[0]!;
    expect(['servicePeriod', 'totalDays', 'daysAfterCutoff'].filter((k) => k in line)).toEqual([]);
    // The use of the cut-off day counts as used; the one of the day after does not.
    expect([line.sessions, line.sessionsUsed, line.share]).toEqual([8, 2, { after: 6, total: 8 }]);
    // 96.00 / 1.2 = 80.00 excl. tax; 80 × 6 / 8 = 60.00 deferred.
    expect([line.deferred.toFixed(2), line.recognised.toFixed(2)]).toEqual(['60.00', '20.00']);
  });

  it('gives no sessions fields to a line prorated by days', () => {
    const line = deferredRevenue([tv1()], { cutoff: '2024-12-31' }).lines[0]!;
    expect('sessions' in line || 'sessionsUsed' in line).toBe(false);
  });
});

describe('deferredRevenue: the cut-off against the service period', () => {
  it('defers the whole line when the cut-off falls before the period starts', () => {
    const doc = invoice('ahead', '2024-12-01', [{ unitPrice: '438.00', ...year2025 }]);
    const line = deferredRevenue([doc], { cutoff: '2024-12-31' }).lines[0]!;
    expect([line.totalDays, line.daysAfterCutoff, line.share]).toEqual([365, 365, { after: 365, total: 365 }]);
    expect([line.amountExclTax.toFixed(2), line.deferred.toFixed(2), line.recognised.toFixed(2)]).toEqual(['365.00', '365.00', '0.00']);
  });

  it('counts one day left on the day before the last day served, none on the last day and after it', () => {
    const doc = invoice('end', '2025-01-01', [{ unitPrice: '438.00', ...year2025 }]);
    const on = (cutoff: string) => deferredRevenue([doc], { cutoff, includeRecognised: true }).lines[0]!;
    const dayBefore = on('2025-12-30');
    expect([dayBefore.daysAfterCutoff, dayBefore.share, dayBefore.deferred.toFixed(2)]).toEqual([1, { after: 1, total: 365 }, '1.00']);
    for (const cutoff of ['2025-12-31', '2026-01-15']) {
      const line = on(cutoff);
      expect([line.totalDays, line.daysAfterCutoff, line.deferred.toFixed(2), line.recognised.toFixed(2)]).toEqual([365, 0, '0.00', '365.00']);
    }
  });

  it('counts the first day as served on a cut-off on the day the period starts', () => {
    const doc = invoice('start', '2025-01-01', [{ unitPrice: '438.00', ...year2025 }]);
    const line = deferredRevenue([doc], { cutoff: '2025-01-01' }).lines[0]!;
    expect([line.daysAfterCutoff, line.deferred.toFixed(2)]).toEqual([364, '364.00']);
  });
});

describe('deferredRevenue: shares', () => {
  it('shows days and 30/360 shares as counted, not reduced', () => {
    // 50.00 excl. tax over 2024-12-01 → 2025-01-31: 62 days, 31 after 2024-12-31.
    const doc = invoice('two', '2024-12-01', [{ unitPrice: '60.00', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }]);
    expect(deferredRevenue([doc], { cutoff: '2024-12-31' }).lines[0]!.share).toEqual({ after: 31, total: 62 });
    expect(deferredRevenue([doc], { cutoff: '2024-12-31', method: '30/360' }).lines[0]!.share).toEqual({ after: 30, total: 60 });
  });

  it('shows a months share reduced, 0/1 for a line fully recognised', () => {
    const doc = invoice('two', '2024-12-01', [{ unitPrice: '60.00', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }]);
    const half = deferredRevenue([doc], { cutoff: '2024-12-31', method: 'months' }).lines[0]!;
    expect([half.share, half.deferred.toFixed(2)]).toEqual([{ after: 1, total: 2 }, '25.00']);
    const done = deferredRevenue([doc], { cutoff: '2025-03-31', method: 'months', includeRecognised: true }).lines[0]!;
    expect([done.share, done.deferred.toFixed(2)]).toEqual([{ after: 0, total: 1 }, '0.00']);
  });
});

describe('deferredRevenue: the report', () => {
  it('sorts the accounts whatever the order of the lines, and sums the recognised amounts', () => {
    const docs = [
      invoice('a', '2024-12-01', [{ account: '707100', unitPrice: '438.00', ...year2025 }]),
      invoice('b', '2024-12-01', [{ account: '706100', unitPrice: '120.00', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }]),
      invoice('c', '2024-12-01', [{ account: '706500', unitPrice: '120.00', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } }]),
    ];
    const r = deferredRevenue(docs, { cutoff: '2024-12-31' });
    expect(r.lines.map((l) => l.account)).toEqual(['707100', '706100', '706500']);
    expect(r.accounts.map((a) => [a.account, a.lines, a.amountExclTax.toFixed(2), a.deferred.toFixed(2), a.recognised.toFixed(2)])).toEqual([
      ['706100', 1, '100.00', '50.00', '50.00'],
      ['706500', 1, '100.00', '50.00', '50.00'],
      ['707100', 1, '365.00', '365.00', '0.00'],
    ]);
    expect([r.totals.lines, r.totals.amountExclTax.toFixed(2), r.totals.amountInclTax.toFixed(2), r.totals.deferred.toFixed(2), r.totals.recognised.toFixed(2)]).toEqual([
      3,
      '565.00',
      '678.00',
      '465.00',
      '100.00',
    ]);
    expect([r.cutoff, r.method, r.currency]).toEqual(['2024-12-31', 'days', 'EUR']);
  });

  it('sorts many accounts too (past the short-array sort of the engine)', () => {
    // 70 accounts 706100, 706101, … given in a shuffled order (k × 37 mod 70 visits each once).
    const accounts = Array.from({ length: 70 }, (_, k) => String(706100 + ((k * 37) % 70)));
    const doc = invoice('many', '2024-12-01', accounts.map((account) => ({ account, unitPrice: '1.20', ...year2025 })));
    const r = deferredRevenue([doc], { cutoff: '2024-12-31' });
    expect(r.accounts.map((a) => a.account)).toEqual([...accounts].sort());
    expect(r.accounts.every((a) => a.lines === 1 && a.deferred.toFixed(2) === '1.00')).toBe(true);
  });

  it('is frozen throughout', () => {
    const r = deferredRevenue([tv1()], { cutoff: '2024-12-31' });
    const line = r.lines[0]!;
    for (const v of [r, r.lines, r.accounts, r.accounts[0], r.totals, line, line.share, line.servicePeriod]) expect(Object.isFrozen(v)).toBe(true);
  });

  it('serialises a line with every field and its amounts as fixed-point strings of the book currency', () => {
    expect(JSON.parse(JSON.stringify(deferredRevenue([tv1()], { cutoff: '2024-12-31' }).lines[0]))).toEqual({
      invoice: 'inv-1',
      number: 'FA2024-0001',
      kind: 'final',
      date: '2024-10-15',
      customer: { id: 'C0001', name: 'DUPONT Jean' },
      line: 0,
      label: 'Abonnement 12 mois',
      product: 'Abonnement 12 mois',
      account: '706100',
      vatRate: '20',
      servicePeriod: { from: '2024-10-15', to: '2025-10-14' },
      totalDays: 365,
      daysAfterCutoff: 287,
      share: { after: 287, total: 365 },
      amountExclTax: '500.00',
      amountInclTax: '600.00',
      deferred: '393.15',
      recognised: '106.85',
    });
    // A book in yen: no decimals. 60000 / 1.2 = 50000 excl. tax; 50000 × 287 / 365 = 39315.07 → 39315.
    const yen = deferredRevenue([invoice('jp', '2024-10-15', [{ unitPrice: '60000', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], {
      cutoff: '2024-12-31',
      rules: defaultRules({ currency: 'JPY' }),
    });
    expect(JSON.parse(JSON.stringify(yen.lines[0]))).toMatchObject({ amountExclTax: '50000', amountInclTax: '60000', deferred: '39315', recognised: '10685' });
    expect([yen.currency, yen.totals.deferred.toFixed(), yen.accounts[0]!.recognised.toFixed()]).toEqual(['JPY', '39315', '10685']);
  });

  it('tells its own lines from copies (for the fiscal report) and keeps their minor units', () => {
    const line = deferredRevenue([tv1()], { cutoff: '2024-12-31' }).lines[0]!;
    expect(isDeferredRevenueLine(line)).toBe(true);
    expect([null, undefined, 'line', 1, { ...line }, JSON.parse(JSON.stringify(line))].map(isDeferredRevenueLine)).toEqual([false, false, false, false, false, false]);
    expect(lineMinor(line)).toEqual({ exclTax: 50_000, inclTax: 60_000, deferred: 39_315, scale: 2 });
  });

  it('refuses missing options with invalid_date (the cut-off is required)', () => {
    expect(codeOf(() => deferredRevenue([tv1()], undefined as never))).toBe('invalid_date');
    expect(codeOf(() => deferredRevenue([tv1()], null as never))).toBe('invalid_date');
  });

  it('refuses lines whose amounts incl. tax sum past Number.MAX_SAFE_INTEGER minor units, even when they net to zero', () => {
    // 50,000,000,000,000.00 EUR is 5e15 cents, safe alone; an invoice and its credit note sum to 1e16 in absolute value.
    const big = [{ unitPrice: '50000000000000.00', vatRate: '0', exemption: 'exempt', ...year2025 }];
    const one = deferredRevenue([invoice('big', '2024-12-01', big)], { cutoff: '2024-12-31' });
    expect(one.totals.deferred.toFixed(2)).toBe('50000000000000.00');
    const e = errorOf(() => deferredRevenue([invoice('big', '2024-12-01', big), invoice('big-av', '2024-12-02', big, { kind: 'credit-note' })], { cutoff: '2024-12-31' }));
    expect([e.issues[0].code, e.issues[0].path]).toEqual(['amount_overflow', []]);
    expect(e.issues[0].message).toBe('The amounts of the lines pass Number.MAX_SAFE_INTEGER minor units: split the documents into smaller reports.');
  });
});
