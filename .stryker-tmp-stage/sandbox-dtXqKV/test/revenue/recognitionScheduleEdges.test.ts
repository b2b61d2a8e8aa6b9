// @ts-nocheck
// Edge cases of recognitionSchedule: the first and last days of a sessions schedule, usage given as an
// option, the month order, a period starting on day 0 (1970-01-01) and the overflow check. Hand-computed values.
import { describe, expect, it } from 'vitest';
import { deferredRevenue, recognitionSchedule } from '../../src/revenue/index.js';
import { defaultRules } from '../../src/index.js';
import { codeOf, errorOf, invoice, usage } from './_fixtures.js';

const rows = (line: { months: ReadonlyArray<{ month: string; period: { from: string; to: string }; amount: { toFixed(n: number): string } }> }) =>
  line.months.map((m) => [m.month, m.period.from, m.period.to, m.amount.toFixed(2)]);

describe('recognitionSchedule (edges)', () => {
  // 4 sessions at 120.00 incl. 20 % VAT: 100.00 excl. tax, 25.00 a session.
  const pack = invoice('pack', '2024-11-10', [{ id: 'l1', unitPrice: '120.00', sessions: 4 }]);

  it('starts a sessions schedule at a session used before the sale, and ends it at the last session', () => {
    const line = recognitionSchedule([pack, usage('u1', 'pack', 'l1', '2024-10-20'), usage('u2', 'pack', 'l1', '2024-12-05')], { method: 'sessions' }).lines[0]!;
    expect(rows(line)).toEqual([
      ['2024-10', '2024-10-20', '2024-10-31', '25.00'],
      ['2024-11', '2024-11-01', '2024-11-30', '0.00'],
      ['2024-12', '2024-12-01', '2024-12-05', '25.00'],
    ]);
    expect(line.unrecognised.toFixed(2)).toBe('50.00');
  });

  it('reads the sessions used from the usage option as from the documents', () => {
    const used = [usage('u1', 'pack', 'l1', '2024-11-20'), usage('u2', 'pack', 'l1', '2024-12-05')];
    const expected = [
      ['2024-11', '2024-11-10', '2024-11-30', '25.00'],
      ['2024-12', '2024-12-01', '2024-12-05', '25.00'],
    ];
    const viaOption = recognitionSchedule([pack], { method: 'sessions', usage: used }).lines[0]!;
    expect(rows(viaOption)).toEqual(expected);
    expect(viaOption.unrecognised.toFixed(2)).toBe('50.00');
    expect(rows(recognitionSchedule([pack, ...used], { method: 'sessions' }).lines[0]!)).toEqual(expected);
    // Without usage, nothing is recognised and the schedule is the month of the sale.
    const none = recognitionSchedule([pack], { method: 'sessions' }).lines[0]!;
    expect(rows(none)).toEqual([['2024-11', '2024-11-10', '2024-11-10', '0.00']]);
    expect(none.unrecognised.toFixed(2)).toBe('100.00');
  });

  it('widens a pack with a service period to the sessions used outside it; other methods keep the period', () => {
    const withPeriod = invoice('pack', '2024-11-10', [{ id: 'l1', unitPrice: '120.00', sessions: 4, servicePeriod: { from: '2024-11-10', to: '2024-12-20' } }]);
    const used = [usage('u1', 'pack', 'l1', '2024-11-05'), usage('u2', 'pack', 'l1', '2025-01-07')];
    // Nov: one session (25.00); Dec: the period has ended, the rest (75.00) is recognised; Jan: the late session, 0.
    expect(rows(recognitionSchedule([withPeriod, ...used], { method: 'sessions' }).lines[0]!)).toEqual([
      ['2024-11', '2024-11-05', '2024-11-30', '25.00'],
      ['2024-12', '2024-12-01', '2024-12-31', '75.00'],
      ['2025-01', '2025-01-01', '2025-01-07', '0.00'],
    ]);
    // By days: 41 days, 21 in November (100.00 × 21 / 41 = 51.22) and 20 in December.
    expect(rows(recognitionSchedule([withPeriod, ...used], { method: 'days' }).lines[0]!)).toEqual([
      ['2024-11', '2024-11-10', '2024-11-30', '51.22'],
      ['2024-12', '2024-12-01', '2024-12-20', '48.78'],
    ]);
  });

  it('lists the months in calendar order whatever the order of the lines', () => {
    const jan = invoice('a', '2025-01-01', [{ servicePeriod: { from: '2025-01-01', to: '2025-01-31' } }]);
    const dec = invoice('b', '2024-12-01', [{ servicePeriod: { from: '2024-12-01', to: '2024-12-31' } }]);
    expect(recognitionSchedule([jan, dec]).months.map((m) => [m.month, m.amount.toFixed(2)])).toEqual([
      ['2024-12', '500.00'],
      ['2025-01', '500.00'],
    ]);
  });

  it('schedules a service period that starts on 1970-01-01 (day 0) over its months', () => {
    // 500.00 excl. tax over 90 days: 31 / 90 → 172.22, 28 / 90 → 155.56, 31 / 90 → 172.22.
    const old = invoice('o', '1970-01-01', [{ servicePeriod: { from: '1970-01-01', to: '1970-03-31' } }]);
    expect(rows(recognitionSchedule([old]).lines[0]!)).toEqual([
      ['1970-01', '1970-01-01', '1970-01-31', '172.22'],
      ['1970-02', '1970-02-01', '1970-02-28', '155.56'],
      ['1970-03', '1970-03-01', '1970-03-31', '172.22'],
    ]);
  });

  it('refuses monthly amounts whose absolute sum passes Number.MAX_SAFE_INTEGER minor units, even when they cancel', () => {
    // 50,000,000,000,000.00 = 5 × 10^15 minor units each; two of them pass 2^53 − 1 ≈ 9.007 × 10^15.
    const big = (id: string, quantity: string) =>
      invoice(id, '2024-01-01', [{ quantity, unitPrice: '50000000000000.00', vatRate: '0', servicePeriod: { from: '2024-01-01', to: '2024-01-31' } }], { pricesIncludeTax: false });
    const err = errorOf(() => recognitionSchedule([big('a', '1'), big('b', '-1')]));
    expect(err.code).toBe('amount_overflow');
    expect(err.issues[0].path).toEqual([]);
    expect(err.issues[0].message).toBe('The monthly amounts pass Number.MAX_SAFE_INTEGER minor units: split the documents into smaller reports.');
    expect(codeOf(() => recognitionSchedule([big('a', '1'), big('b', '1')]))).toBe('amount_overflow');
    // One of them alone is safe.
    expect(recognitionSchedule([big('a', '-1')]).months.map((m) => m.amount.toFixed(2))).toEqual(['-50000000000000.00']);
  });
});

describe('deferredRevenue (period boundaries)', () => {
  const line = (from: string, to: string) => invoice('p', '2024-01-01', [{ servicePeriod: { from, to } }]);
  const deferred = (doc: unknown, cutoff: string, method: 'days' | 'months' | '30/360') =>
    deferredRevenue([doc], { cutoff, method, includeRecognised: true }).lines[0]!;

  it('treats a one-day period that counts 0 in 30E/360 (the 30th of a 31-day month) as one indivisible unit', () => {
    const doc = line('2024-01-30', '2024-01-30');
    expect([deferred(doc, '2024-01-29', '30/360').share, deferred(doc, '2024-01-29', '30/360').deferred.toFixed(2)]).toEqual([{ after: 1, total: 1 }, '500.00']);
    expect([deferred(doc, '2024-01-30', '30/360').share, deferred(doc, '2024-01-30', '30/360').deferred.toFixed(2)]).toEqual([{ after: 0, total: 1 }, '0.00']);
    // The schedule recognises it in January.
    expect(recognitionSchedule([doc], { method: '30/360' }).lines[0]!.months.map((m) => [m.month, m.amount.toFixed(2)])).toEqual([['2024-01', '500.00']]);
  });

  it('recognises the first day at a cut-off on it (months: 1 / 31 of January out of 3 months)', () => {
    // 500.00 over January–March; after the cut-off 2024-01-01: 30/31 of January + 2 months = 92/31 of 3 months.
    // 500.00 × (92/31) / 3 = 494.6236… → 494.62.
    expect(deferred(line('2024-01-01', '2024-03-31'), '2024-01-01', 'months').deferred.toFixed(2)).toBe('494.62');
  });
});

describe('revenue options and packs (edges)', () => {
  it('writes amounts at the scale of the book currency (3 decimals in TND)', () => {
    // 120.000 TND incl. 20 % VAT = 100.000 excl. tax over 2024-01-30 – 2024-02-01 (3 days): 66.667 in January, 33.333 in February.
    const doc = invoice('t', '2024-01-30', [{ unitPrice: '120.000', servicePeriod: { from: '2024-01-30', to: '2024-02-01' } }]);
    const s = recognitionSchedule([doc], { rules: defaultRules({ currency: 'TND' }) });
    expect(s.months.map((m) => [m.month, m.amount.toFixed(3)])).toEqual([
      ['2024-01', '66.667'],
      ['2024-02', '33.333'],
    ]);
  });

  it('ends a pack whose service period ends on 1970-01-01 (day 0) at that day', () => {
    // 4 sessions, none used; the period [day 0, day 0] has ended at the cut-off day 0: nothing is deferred.
    const pack = invoice('old', '1970-01-01', [{ id: 'l1', unitPrice: '120.00', sessions: 4, servicePeriod: { from: '1970-01-01', to: '1970-01-01' } }]);
    const line = deferredRevenue([pack], { cutoff: '1970-01-01', method: 'sessions', includeRecognised: true }).lines[0]!;
    expect([line.deferred.toFixed(2), line.recognised.toFixed(2)]).toEqual(['0.00', '100.00']);
  });
});

describe('recognitionSchedule (limits of the labels and sums)', () => {
  it('accepts monthly amounts summing to exactly Number.MAX_SAFE_INTEGER minor units', () => {
    // 2^53 − 1 = 9,007,199,254,740,991 minor units = 90,071,992,547,409.91 EUR, in one month.
    const doc = invoice('m', '2024-01-01', [{ unitPrice: '90071992547409.91', vatRate: '0', servicePeriod: { from: '2024-01-01', to: '2024-01-31' } }], { pricesIncludeTax: false });
    expect(recognitionSchedule([doc]).months.map((m) => [m.month, m.amount.toFixed(2)])).toEqual([['2024-01', '90071992547409.91']]);
  });

  it('writes a year before 1000 with four digits', () => {
    const old = invoice('o', '0999-01-01', [{ servicePeriod: { from: '0999-01-01', to: '0999-01-31' } }]);
    expect(recognitionSchedule([old]).months.map((m) => [m.month, m.amount.toFixed(2)])).toEqual([['0999-01', '500.00']]);
  });
});
