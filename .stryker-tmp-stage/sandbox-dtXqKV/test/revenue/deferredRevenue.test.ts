// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';
import { addDays } from '../../src/calendar/index.js';
import { deferredRevenue, DEFERRAL_METHODS } from '../../src/revenue/index.js';
import { codeOf, dateArb, deepFreeze, errorOf, invoice, invoicesArb, methodArb, tv1, usage } from './_fixtures.js';

const at = (cutoff: string, method?: (typeof DEFERRAL_METHODS)[number]) => ({ cutoff, ...(method ? { method } : {}) });

describe('deferredRevenue', () => {
  it('pins TV1 under each method: 393.15 (days), 393.82 (months), 394.44 (30/360)', () => {
    const days = deferredRevenue([tv1()], at('2024-12-31'));
    expect(days.method).toBe('days');
    const line = days.lines[0]!;
    expect([line.totalDays, line.daysAfterCutoff, line.share]).toEqual([365, 287, { after: 287, total: 365 }]);
    expect([line.amountInclTax, line.amountExclTax, line.deferred, line.recognised].map((d) => d.toFixed(2))).toEqual(['600.00', '500.00', '393.15', '106.85']);
    expect(line).toMatchObject({ invoice: 'inv-1', number: 'FA2024-0001', kind: 'final', date: '2024-10-15', customer: { id: 'C0001', name: 'DUPONT Jean' }, line: 0, account: '706100', vatRate: '20' });
    expect(line.servicePeriod).toEqual({ from: '2024-10-15', to: '2025-10-14' });

    const months = deferredRevenue([tv1()], at('2024-12-31', 'months')).lines[0]!;
    // 9 + 14/31 months after the cut-off over 12: 293/372
    expect(months.share).toEqual({ after: 293, total: 372 });
    expect(months.deferred.toFixed(2)).toBe('393.82');
    const d360 = deferredRevenue([tv1()], at('2024-12-31', '30/360')).lines[0]!;
    expect(d360.share).toEqual({ after: 284, total: 360 });
    expect(d360.deferred.toFixed(2)).toBe('394.44');
  });

  it('gives totals per revenue account, sorted, and overall', () => {
    const docs = [
      tv1(),
      invoice('inv-2', '2024-12-01', [
        { account: '706200', unitPrice: '120.00', servicePeriod: { from: '2024-12-01', to: '2025-11-30' } },
        { account: '706100', unitPrice: '60.00', servicePeriod: { from: '2024-12-01', to: '2025-01-31' } },
        { account: '707100', unitPrice: '10.55', vatRate: '5.5' },
      ]),
    ];
    const r = deferredRevenue(docs, at('2024-12-31'));
    expect(r.lines.map((l) => [l.invoice, l.line, l.account, l.amountExclTax.toFixed(2), l.deferred.toFixed(2)])).toEqual([
      ['inv-1', 0, '706100', '500.00', '393.15'],
      ['inv-2', 0, '706200', '100.00', '91.51'], // 100 × 334 / 365
      ['inv-2', 1, '706100', '50.00', '25.00'], // 50 × 31 / 62
    ]);
    expect(r.accounts.map((a) => [a.account, a.lines, a.amountExclTax.toFixed(2), a.deferred.toFixed(2), a.recognised.toFixed(2)])).toEqual([
      ['706100', 2, '550.00', '418.15', '131.85'],
      ['706200', 1, '100.00', '91.51', '8.49'],
    ]);
    expect([r.totals.lines, r.totals.amountExclTax.toFixed(2), r.totals.amountInclTax.toFixed(2), r.totals.deferred.toFixed(2)]).toEqual([3, '650.00', '780.00', '509.66']);
  });

  it('counts 29 February: a period of 366 days, cut off on the 29th', () => {
    const doc = invoice('leap', '2023-12-01', [{ unitPrice: '1440.00', servicePeriod: { from: '2023-12-01', to: '2024-11-30' } }]);
    const days = deferredRevenue([doc], at('2024-02-29')).lines[0]!;
    expect([days.totalDays, days.daysAfterCutoff]).toEqual([366, 275]);
    expect(days.deferred.toFixed(2)).toBe('901.64'); // 1200 × 275 / 366 = 901.639…
    expect(deferredRevenue([doc], at('2024-02-29', 'months')).lines[0]!.deferred.toFixed(2)).toBe('900.00'); // 9 / 12
    expect(deferredRevenue([doc], at('2024-02-29', '30/360')).lines[0]!.deferred.toFixed(2)).toBe('900.00'); // 270 / 360
    // The day before: 29 February itself is still to serve.
    expect(deferredRevenue([doc], at('2024-02-28')).lines[0]!.daysAfterCutoff).toBe(276);
    // A year of 2024 sold on 2024-02-01: 366 days, 31 left at the year end.
    const feb = deferredRevenue([invoice('feb', '2024-02-01', [{ servicePeriod: { from: '2024-02-01', to: '2025-01-31' } }])], at('2024-12-31')).lines[0]!;
    expect([feb.totalDays, feb.daysAfterCutoff, feb.deferred.toFixed(2)]).toEqual([366, 31, '42.35']);
  });

  it('prorates a one-month membership straddling the cut-off by its own month under each method', () => {
    const doc = invoice('m1', '2024-12-15', [{ unitPrice: '36.00', servicePeriod: { from: '2024-12-15', to: '2025-01-14' } }]);
    const byMethod = (method: 'days' | 'months' | '30/360') => deferredRevenue([doc], at('2024-12-31', method)).lines[0]!;
    expect([byMethod('days').share, byMethod('days').deferred.toFixed(2)]).toEqual([{ after: 14, total: 31 }, '13.55']);
    // 17/31 of December + 14/31 of January = one month; 14/31 of it is after the cut-off.
    expect([byMethod('months').share, byMethod('months').deferred.toFixed(2)]).toEqual([{ after: 14, total: 31 }, '13.55']);
    // 30E/360: 30 days in all, 14 after — never over 360.
    expect([byMethod('30/360').share, byMethod('30/360').deferred.toFixed(2)]).toEqual([{ after: 14, total: 30 }, '14.00']);
  });

  it('recognises sessions used: half of a pack used leaves half deferred', () => {
    const pack = invoice('pack', '2024-11-01', [{ id: 'l1', label: 'Carnet 10 séances', unitPrice: '120.00', sessions: 10 }]);
    const used = [1, 2, 3, 4, 5].map((d) => usage(`u${d}`, 'pack', 'l1', `2024-12-0${d}`));
    const r = deferredRevenue([pack, ...used, usage('u6', 'pack', 'l1', '2025-01-03')], at('2024-12-31', 'sessions'));
    const line = r.lines[0]!;
    expect([line.sessions, line.sessionsUsed, line.share, line.deferred.toFixed(2), line.recognised.toFixed(2)]).toEqual([10, 5, { after: 5, total: 10 }, '50.00', '50.00']);
    expect(line.servicePeriod).toBeUndefined();
    // Usage may also come in options.usage.
    expect(deferredRevenue([pack], { cutoff: '2024-12-31', method: 'sessions', usage: used }).totals.deferred.toFixed(2)).toBe('50.00');
    // A pack whose service period has ended has nothing left to serve.
    const expiring = invoice('pack2', '2024-01-01', [{ id: 'l1', unitPrice: '120.00', sessions: 10, servicePeriod: { from: '2024-01-01', to: '2024-06-30' } }]);
    const r2 = deferredRevenue([expiring], { cutoff: '2024-12-31', method: 'sessions', includeRecognised: true });
    expect(r2.lines[0]!.deferred.toFixed(2)).toBe('0.00');
  });

  it('defers credit notes negatively and leaves out what is not revenue at the cut-off', () => {
    const period = { servicePeriod: { from: '2024-10-15', to: '2025-10-14' } };
    const docs = [
      tv1(),
      invoice('av-1', '2024-11-15', [{ unitPrice: '600.00', ...period }], { kind: 'credit-note' }),
      invoice('dep-1', '2024-10-01', [{ ...period }], { kind: 'deposit' }),
      invoice('pf-1', '2024-10-01', [{ ...period }], { kind: 'proforma' }),
      invoice('dr-1', '2024-10-01', [{ ...period }], { status: 'draft' }),
      invoice('late', '2025-01-02', [{ ...period }]),
      invoice('cx-1', '2024-10-15', [{ ...period }], { status: 'cancelled', cancelledOn: '2024-12-20' }),
      invoice('cx-2', '2024-10-15', [{ ...period }], { status: 'cancelled', cancelledOn: '2025-01-20' }),
      invoice('dn-1', '2024-10-15', [{ unitPrice: '60.00', ...period }], { kind: 'debit-note' }),
      { type: 'payment', id: 'p1' } as never,
    ];
    const r = deferredRevenue(docs, at('2024-12-31'));
    expect(r.lines.map((l) => [l.invoice, l.deferred.toFixed(2)])).toEqual([
      ['inv-1', '393.15'],
      ['av-1', '-393.15'],
      ['cx-2', '393.15'],
      ['dn-1', '39.32'],
    ]);
    expect(r.totals.deferred.toFixed(2)).toBe('432.47');
  });

  it('lists lines fully recognised only when asked', () => {
    const done = invoice('old', '2024-01-01', [{ servicePeriod: { from: '2024-01-01', to: '2024-06-30' } }]);
    expect(deferredRevenue([done, tv1()], at('2024-12-31')).lines).toHaveLength(1);
    const all = deferredRevenue([done, tv1()], { cutoff: '2024-12-31', includeRecognised: true });
    expect(all.lines.map((l) => [l.invoice, l.daysAfterCutoff, l.deferred.toFixed(2)])).toEqual([
      ['old', 0, '0.00'],
      ['inv-1', 287, '393.15'],
    ]);
  });

  it('uses the line amounts excl. tax as posted: prices excl. tax, per-invoice-rate rounding, default accounts', () => {
    const doc = invoice(
      'tv2',
      '2024-01-01',
      [1, 2, 3].map((k) => ({ id: `l${k}`, account: undefined, unitPrice: '19.90', servicePeriod: { from: '2024-01-01', to: '2024-12-31' } })),
    );
    const r = deferredRevenue([doc], { cutoff: '2024-06-30' });
    // 59.70 / 1.2 = 49.75 excl. tax over the three lines (per-invoice-rate), on the default 706.
    expect(r.lines.map((l) => l.amountExclTax.toFixed(2))).toEqual(['16.59', '16.58', '16.58']);
    expect(r.accounts.map((a) => [a.account, a.amountExclTax.toFixed(2)])).toEqual([['706', '49.75']]);
    const ht = invoice('ht', '2024-01-01', [{ unitPrice: '500.00', servicePeriod: { from: '2024-01-01', to: '2024-12-31' } }], { pricesIncludeTax: false });
    expect(deferredRevenue([ht], { cutoff: '2024-06-30' }).lines.map((l) => [l.amountExclTax.toFixed(2), l.amountInclTax.toFixed(2)])).toEqual([['500.00', '600.00']]);
  });

  it('rounds once with the named mode', () => {
    // 30.00 × 15 / 360 … a tie: 100.00 × 1 / 8 = 12.5 cents → exact; take 0.25 × 1 / 2 = 0.125
    const doc = invoice('tie', '2024-12-31', [{ unitPrice: '0.25', vatRate: '0', exemption: 'exempt', servicePeriod: { from: '2024-12-31', to: '2025-01-01' } }]);
    expect(deferredRevenue([doc], { cutoff: '2024-12-31' }).lines[0]!.deferred.toFixed(2)).toBe('0.13');
    expect(deferredRevenue([doc], { cutoff: '2024-12-31', rounding: 'half-even' }).lines[0]!.deferred.toFixed(2)).toBe('0.12');
  });

  it('reports bad input, each with its code and path', () => {
    const backwards = invoice('bad', '2024-10-15', [{ servicePeriod: { from: '2025-10-14', to: '2024-10-15' } }]);
    const e = errorOf(() => deferredRevenue([tv1(), backwards], at('2024-12-31')));
    expect(e.issues[0].code).toBe('invalid_period');
    expect(e.issues[0].path).toEqual([1, 'lines', 0, 'servicePeriod']);
    expect(e.issues[0].message).toMatchInlineSnapshot(`"The service period ends on 2024-10-15, before it starts on 2025-10-14: periods are inclusive { from, to } with to ≥ from (to is the last day served)."`);

    expect(codeOf(() => deferredRevenue([tv1()], { cutoff: '2024-12-31', method: 'weeks' as never }))).toBe('invalid_method');
    expect(codeOf(() => deferredRevenue([tv1()], { cutoff: '2024-12-32' }))).toBe('invalid_date');
    expect(codeOf(() => deferredRevenue([tv1()], {} as never))).toBe('invalid_date');
    expect(codeOf(() => deferredRevenue([tv1()], { cutoff: '2024-12-31', rounding: 'up' as never }))).toBe('invalid_option');

    const pack = invoice('pack', '2024-11-01', [{ id: 'l1', unitPrice: '30.00', sessions: 2 }]);
    const unknownLine = errorOf(() => deferredRevenue([pack, usage('u1', 'pack', 'l9', '2024-12-01')], at('2024-12-31', 'sessions')));
    expect([unknownLine.issues[0].code, unknownLine.issues[0].path]).toEqual(['invalid_usage', [1, 'line']]);
    const tooMany = errorOf(() =>
      deferredRevenue([pack], { cutoff: '2024-12-31', method: 'sessions', usage: ['01', '02', '03'].map((d) => usage(`u${d}`, 'pack', 'l1', `2024-12-${d}`)) }),
    );
    expect([tooMany.issues[0].code, tooMany.issues[0].path]).toEqual(['invalid_usage', ['usage', 2]]);
    expect(tooMany.issues[0].message).toMatchInlineSnapshot(`"Session usage u03 is beyond the 2 sessions line l1 of invoice pack sold: remove it or sell more sessions."`);
    expect(codeOf(() => deferredRevenue([tv1(), usage('u1', 'inv-1', 'x', '2024-12-01')], at('2024-12-31')))).toBe('invalid_usage');
    expect(codeOf(() => deferredRevenue([pack, usage('u1', 'nope', 'l1', '2024-12-01')], at('2024-12-31', 'sessions')))).toBe('unknown_document');
    expect(codeOf(() => deferredRevenue([pack, usage('u1', 'pack', 'l1', '2024-13-01')], at('2024-12-31', 'sessions')))).toBe('invalid_date');
    expect(codeOf(() => deferredRevenue([pack, usage('u1', 'pack', 'l1', '2024-12-01'), usage('u1', 'pack', 'l1', '2024-12-02')], at('2024-12-31', 'sessions')))).toBe('duplicate_document');

    const noSessions = errorOf(() => deferredRevenue([tv1()], at('2024-12-31', 'sessions')));
    expect([noSessions.issues[0].code, noSessions.issues[0].path]).toEqual(['invalid_method', [0, 'lines', 0, 'sessions']]);

    expect(codeOf(() => deferredRevenue([tv1(), tv1()], at('2024-12-31')))).toBe('duplicate_document');
    expect(codeOf(() => deferredRevenue([invoice('q', '2024-10-15', [{ quantity: '1e3', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], at('2024-12-31')))).toBe('invalid_amount');
    expect(codeOf(() => deferredRevenue([invoice('usd', '2024-10-15', [{}], { currency: 'USD' })], at('2024-12-31')))).toBe('missing_exchange_rate');
    const cents = errorOf(() => deferredRevenue([invoice('c', '2024-10-15', [{ unitPrice: '19.999', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], at('2024-12-31')));
    expect([cents.issues[0].code, cents.issues[0].path]).toEqual(['too_many_decimals', [0, 'lines', 0, 'unitPrice']]);
  });

  it('converts foreign-currency invoices with their exchange rate', () => {
    const doc = invoice('usd', '2024-10-15', [{ unitPrice: '600.00', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }], { currency: 'USD', exchangeRate: '0.9' });
    expect(deferredRevenue([doc], at('2024-12-31')).lines[0]!.amountExclTax.toFixed(2)).toBe('450.00');
  });

  it('does not mutate its input', () => {
    const docs = deepFreeze([tv1(), invoice('pack', '2024-11-01', [{ id: 'l1', unitPrice: '30.00', sessions: 4 }]), usage('u1', 'pack', 'l1', '2024-12-01')]);
    const copy = structuredClone(docs);
    expect(() => deferredRevenue(docs as never, { cutoff: '2024-12-31', method: 'sessions', usage: deepFreeze([usage('u2', 'pack', 'l1', '2024-12-02')]) })).toThrow(); // tv1 has no sessions
    deferredRevenue(docs, at('2024-12-31'));
    expect(docs).toEqual(copy);
  });

  it('serialises lines with amounts as strings', () => {
    const json = JSON.parse(JSON.stringify(deferredRevenue([tv1()], at('2024-12-31')).lines[0]));
    expect(json).toMatchObject({ amountExclTax: '500.00', amountInclTax: '600.00', deferred: '393.15', recognised: '106.85', daysAfterCutoff: 287 });
  });

  describe('properties', () => {
    it('preserves the amount: deferred + recognised = amount excl. tax, for every line and method', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, methodArb, (docs, cutoff, method) => {
          const r = deferredRevenue(docs, { cutoff, method, includeRecognised: true });
          let total = new Decimal(0);
          for (const l of r.lines) {
            expect(l.deferred.plus(l.recognised).equals(l.amountExclTax)).toBe(true);
            total = total.plus(l.deferred);
          }
          expect(r.totals.deferred.equals(total)).toBe(true);
          expect(r.totals.deferred.plus(r.totals.recognised).equals(r.totals.amountExclTax)).toBe(true);
        }),
      );
    });

    it('stays between nothing and the whole line, with the sign of the line', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, methodArb, (docs, cutoff, method) => {
          for (const l of deferredRevenue(docs, { cutoff, method, includeRecognised: true }).lines) {
            expect(l.deferred.abs().lessThanOrEqualTo(l.amountExclTax.abs())).toBe(true);
            expect(l.deferred.isZero() || l.deferred.isNegative() === l.amountExclTax.isNegative()).toBe(true);
            if (cutoff < l.servicePeriod!.from) expect(l.deferred.equals(l.amountExclTax)).toBe(true);
            if (cutoff >= l.servicePeriod!.to) expect(l.deferred.isZero()).toBe(true);
          }
        }),
      );
    });

    it('never grows as the cut-off moves later (a line only gets served)', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, fc.integer({ min: 1, max: 400 }), methodArb, (docs, cutoff, step, method) => {
          const later = addDays(cutoff, step);
          const a = deferredRevenue(docs, { cutoff, method, includeRecognised: true });
          const b = deferredRevenue(docs, { cutoff: later, method, includeRecognised: true });
          const byKey = new Map(b.lines.map((l) => [`${l.invoice}/${l.line}`, l.deferred.abs()]));
          for (const l of a.lines) expect(byKey.get(`${l.invoice}/${l.line}`)!.lessThanOrEqualTo(l.deferred.abs())).toBe(true);
        }),
      );
    });

    it('is odd: a credit note defers exactly the opposite of the invoice it mirrors', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, methodArb, (docs, cutoff, method) => {
          const mirrored = docs.map((d) => ({ ...d, id: `${d.id}-m`, kind: d.kind === 'credit-note' ? ('final' as const) : ('credit-note' as const) }));
          const a = deferredRevenue(docs, { cutoff, method, includeRecognised: true });
          const b = deferredRevenue(mirrored, { cutoff, method, includeRecognised: true });
          expect(b.totals.deferred.equals(a.totals.deferred.negated())).toBe(true);
        }),
      );
    });

    it('counts sessions: deferred = amount × (sessions − used by the cut-off) / sessions', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 30 }), fc.array(dateArb, { maxLength: 30 }), dateArb, fc.integer({ min: 1, max: 100_000 }), (sessions, dates, cutoff, cents) => {
          const used = dates.slice(0, sessions);
          const price = (cents / 100).toFixed(2);
          const pack = invoice('pack', '2023-01-01', [{ id: 'l1', unitPrice: price, vatRate: '0', exemption: 'exempt', sessions }]);
          const r = deferredRevenue([pack], { cutoff, method: 'sessions', includeRecognised: true, usage: used.map((d, k) => usage(`u${k}`, 'pack', 'l1', d)) });
          const before = used.filter((d) => d <= cutoff).length;
          const expected = new Decimal(price).times(sessions - before).dividedBy(sessions).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
          expect(r.lines[0]!.deferred.equals(expected)).toBe(true);
          expect(r.lines[0]!.sessionsUsed).toBe(before);
        }),
      );
    });

    it('does not mutate the documents', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, methodArb, (docs, cutoff, method) => {
          const copy = structuredClone(docs);
          deferredRevenue(deepFreeze(docs), { cutoff, method });
          expect(docs).toEqual(copy);
        }),
        { numRuns: 30 },
      );
    });
  });
});
