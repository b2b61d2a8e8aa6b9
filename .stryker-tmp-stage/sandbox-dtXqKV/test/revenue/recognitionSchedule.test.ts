// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';
import { endOfMonth, isoDate } from '../../src/calendar/index.js';
import { deferredRevenue, recognitionSchedule } from '../../src/revenue/index.js';
import { codeOf, deepFreeze, invoice, invoicesArb, methodArb, tv1, usage } from './_fixtures.js';

const sum = (xs: ReadonlyArray<{ amount: Decimal }>) => xs.reduce((s, m) => s.plus(m.amount), new Decimal(0));

describe('recognitionSchedule', () => {
  it('spreads TV1 over its 13 months (days), summing to 500.00', () => {
    const s = recognitionSchedule([tv1()]);
    const line = s.lines[0]!;
    expect(line.months.map((m) => [m.month, m.amount.toFixed(2)])).toEqual([
      ['2024-10', '23.29'],
      ['2024-11', '41.09'],
      ['2024-12', '42.47'],
      ['2025-01', '42.47'],
      ['2025-02', '38.35'],
      ['2025-03', '42.47'],
      ['2025-04', '41.09'],
      ['2025-05', '42.47'],
      ['2025-06', '41.09'],
      ['2025-07', '42.47'],
      ['2025-08', '42.47'],
      ['2025-09', '41.09'],
      ['2025-10', '19.18'],
    ]);
    expect(line.months[0]!.period).toEqual({ from: '2024-10-15', to: '2024-10-31' });
    expect(line.months[12]!.period).toEqual({ from: '2025-10-01', to: '2025-10-14' });
    expect(sum(line.months).toFixed(2)).toBe('500.00');
    expect(line.unrecognised.toFixed(2)).toBe('0.00');
    // Revenue kept in 2024 is TV1's 106.85.
    expect(sum(line.months.slice(0, 3)).toFixed(2)).toBe('106.85');
    expect(s.months.map((m) => m.month)).toEqual(line.months.map((m) => m.month));
  });

  it("names each line by the invoice's number (its id when it has none) and by the line's id when it has one", () => {
    const [plain] = recognitionSchedule([tv1()]).lines;
    expect([plain!.invoice, plain!.number, plain!.line, 'lineId' in plain!]).toEqual(['inv-1', 'FA2024-0001', 0, false]);
    const withId = invoice('inv-2', '2024-10-15', [{ id: 'L-7', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }]);
    const [named] = recognitionSchedule([withId]).lines;
    expect([named!.number, named!.lineId]).toEqual(['FA-inv-2', 'L-7']);
  });

  it('spreads by months: whole months weigh the same', () => {
    const line = recognitionSchedule([tv1()], { method: 'months' }).lines[0]!;
    expect(line.months.slice(1, 4).map((m) => m.amount.toFixed(2))).toEqual(['41.67', '41.66', '41.67']);
    expect(sum(line.months).toFixed(2)).toBe('500.00');
  });

  it('recognises sessions in the months they are used; the rest waits without a period, or ends with it', () => {
    const pack = invoice('pack', '2024-11-01', [{ id: 'l1', unitPrice: '120.00', sessions: 4 }]);
    const used = [usage('u1', 'pack', 'l1', '2024-11-20'), usage('u2', 'pack', 'l1', '2025-01-05')];
    const line = recognitionSchedule([pack, ...used], { method: 'sessions' }).lines[0]!;
    expect(line.months.map((m) => [m.month, m.amount.toFixed(2)])).toEqual([
      ['2024-11', '25.00'],
      ['2024-12', '0.00'],
      ['2025-01', '25.00'],
    ]);
    expect(line.unrecognised.toFixed(2)).toBe('50.00');
    const withPeriod = invoice('pack', '2024-11-01', [{ id: 'l1', unitPrice: '120.00', sessions: 4, servicePeriod: { from: '2024-11-01', to: '2025-02-28' } }]);
    const ended = recognitionSchedule([withPeriod, ...used], { method: 'sessions' }).lines[0]!;
    expect(ended.months.map((m) => m.amount.toFixed(2))).toEqual(['25.00', '0.00', '25.00', '50.00']);
    expect(ended.unrecognised.toFixed(2)).toBe('0.00');
  });

  it('leaves out cancelled invoices and reports bad input', () => {
    expect(recognitionSchedule([invoice('cx', '2024-10-15', [{ servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }], { status: 'cancelled', cancelledOn: '2024-11-01' })]).lines).toEqual([]);
    expect(codeOf(() => recognitionSchedule([tv1()], { method: 'quarterly' as never }))).toBe('invalid_method');
    expect(codeOf(() => recognitionSchedule([invoice('b', '2024-10-15', [{ servicePeriod: { from: '2024-10-15', to: '2024-10-14' } }])]))).toBe('invalid_period');
  });

  it('does not mutate its input', () => {
    const docs = deepFreeze([tv1()]);
    const copy = structuredClone(docs);
    recognitionSchedule(docs, { method: 'months' });
    expect(docs).toEqual(copy);
  });

  describe('properties', () => {
    it('sums exactly: the months of a line add up to its amount excl. tax, under every method', () => {
      fc.assert(
        fc.property(invoicesArb, methodArb, (docs, method) => {
          const s = recognitionSchedule(docs, { method });
          for (const l of s.lines) expect(sum(l.months).plus(l.unrecognised).equals(l.amountExclTax)).toBe(true);
          expect(sum(s.months).equals(s.lines.reduce((t, l) => t.plus(l.amountExclTax), new Decimal(0)))).toBe(true);
        }),
      );
    });

    it('agrees with deferredRevenue: at a month end, revenue scheduled so far + deferred = amount', () => {
      fc.assert(
        fc.property(invoicesArb, methodArb, fc.nat(), (docs, method, pick) => {
          const s = recognitionSchedule(docs, { method });
          const line = s.lines[pick % s.lines.length]!;
          const k = pick % line.months.length;
          const cutoff = endOfMonth(isoDate(`${line.months[k]!.month}-01`));
          const doc = docs.find((d) => d.id === line.invoice)!;
          if (doc.date > cutoff) return;
          const pca = deferredRevenue([doc], { cutoff, method, includeRecognised: true }).lines.find((l) => l.line === line.line)!;
          expect(sum(line.months.slice(0, k + 1)).plus(pca.deferred).equals(line.amountExclTax)).toBe(true);
        }),
      );
    });
  });
});
