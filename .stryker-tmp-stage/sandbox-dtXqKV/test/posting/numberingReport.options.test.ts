// @ts-nocheck
// numberingReport (src/posting/numberingReport.ts, CGI annexe II art. 242 nonies A, I-7°: one unbroken sequence per
// series) beyond the main tests: the messages of its refusals, series of one number, a series split by a function,
// the order of numbers with leading zeros, dates compared within a run of duplicates, and the clean flag of each part.
import { describe, expect, it } from 'vitest';
import { numberingReport } from '../../src/index.js';
import { firstIssue, invoice, line } from './_helpers.js';

const inv = (id: string, number: string, date = '2024-10-01', extra: Record<string, unknown> = {}) => invoice(id, date, [line('12.00')], { number, ...extra });
const refusal = (fn: () => unknown) => {
  const i = firstIssue(fn);
  return { code: i.code, path: i.path, message: i.message };
};

describe('numberingReport: refusals', () => {
  it('refuses options that are not an object, a series that is not a function, a series name that is not a string', () => {
    expect(refusal(() => numberingReport([], null as never))).toEqual({ code: 'invalid_option', path: [], message: 'options must be an object such as { series: (number) => … }.' });
    expect(refusal(() => numberingReport([], 'FA' as never))).toEqual({ code: 'invalid_option', path: [], message: 'options must be an object such as { series: (number) => … }.' });
    expect(refusal(() => numberingReport([], { series: 'FA' as never }))).toEqual({ code: 'invalid_option', path: ['series'], message: 'options.series must be a function (number, invoice) → series name.' });
    expect(refusal(() => numberingReport([inv('a', 'F-7')], { series: () => undefined as never }))).toEqual({
      code: 'invalid_option',
      path: ['series'],
      message: 'options.series returned undefined for number F-7: it must return the series name as a string.',
    });
  });
});

describe('numberingReport: series', () => {
  it('reports a series of one number as clean, first and last that number', () => {
    expect(numberingReport([inv('a', 'F-0042')])).toEqual({ series: [{ series: 'F-', first: 'F-0042', last: 'F-0042', count: 1, gaps: [], duplicates: [], outOfOrder: [], clean: true }], unsequenced: [], clean: true });
  });

  it('sorts the series by name and each series by number, whatever the input order', () => {
    const r = numberingReport([inv('b2', 'B-2', '2024-10-02'), inv('a1', 'A-1'), inv('b1', 'B-1'), inv('c', 'C-1')]);
    expect(r.series.map((s) => [s.series, s.first, s.last, s.clean])).toEqual([['A-', 'A-1', 'A-1', true], ['B-', 'B-1', 'B-2', true], ['C-', 'C-1', 'C-1', true]]);
    expect(r.clean).toBe(true);
  });

  it('gives one gap per hole, written with the digits of the number before it', () => {
    const r = numberingReport([inv('a', 'X-001'), inv('b', 'X-003'), inv('c', 'X-007'), inv('d', 'X-008')]);
    expect(r.series[0]!.gaps).toEqual([{ from: 'X-002', to: 'X-002', count: 1 }, { from: 'X-004', to: 'X-006', count: 3 }]);
  });

  it('checks the date of every number of a run of duplicates against the number before the run', () => {
    const r = numberingReport([inv('a', 'F-1', '2024-10-05'), inv('b', 'F-2', '2024-10-06'), inv('c', 'F-2', '2024-10-04'), inv('d', 'F-2', '2024-10-05'), inv('e', 'F-3', '2024-10-05')]);
    const s = r.series[0]!;
    expect(s.duplicates).toEqual([{ number: 'F-2', documents: ['b', 'c', 'd'] }]);
    // c is dated before F-1; d on F-1's day is not out of order; e is compared with b, the first F-2 (10-06).
    expect(s.outOfOrder.map((o) => [o.id, o.previous, o.previousDate])).toEqual([['c', 'F-1', '2024-10-05'], ['e', 'F-2', '2024-10-06']]);
    expect([s.count, s.first, s.last, s.clean]).toEqual([5, 'F-1', 'F-3', false]);
  });

  it('is not clean with a gap only, a duplicate only, a date out of order only, or a number without digits only', () => {
    expect(numberingReport([inv('a', 'F-1'), inv('b', 'F-3')]).clean).toBe(false);
    expect(numberingReport([inv('a', 'F-1'), inv('b', 'F-1')]).clean).toBe(false);
    expect(numberingReport([inv('a', 'F-1', '2024-10-02'), inv('b', 'F-2', '2024-10-01')]).clean).toBe(false);
    const r = numberingReport([inv('a', 'F-1'), inv('b', 'AVOIR')]);
    expect([r.series[0]!.clean, r.unsequenced, r.clean]).toEqual([true, [{ id: 'b', number: 'AVOIR' }], false]);
  });

  it('hands the series function each number with its invoice, and keeps the prefix of the number for the gaps', () => {
    const r = numberingReport([inv('p1', 'PARIS-2024-1'), inv('l1', 'LYON-2024-1'), inv('p3', 'PARIS-2024-3')], { series: (n, invoice) => `${n.split('-')[0]!}/${invoice.customer.id}` });
    expect(r.series.map((s) => [s.series, s.count, s.gaps])).toEqual([
      ['LYON/C0001', 1, []],
      ['PARIS/C0001', 2, [{ from: 'PARIS-2024-2', to: 'PARIS-2024-2', count: 1 }]],
    ]);
  });

  it('reads numbers given in any order by their place, duplicates listed in input order', () => {
    const r = numberingReport([inv('e', 'F-9', '2024-10-09'), inv('d', 'F-5', '2024-10-05'), inv('b', 'F-2', '2024-10-02'), inv('c2', 'F-3', '2024-10-03'), inv('a', 'F-1', '2024-10-01'), inv('c1', 'F-3', '2024-10-03')]);
    const s = r.series[0]!;
    expect([s.first, s.last, s.count]).toEqual(['F-1', 'F-9', 6]);
    expect(s.gaps).toEqual([{ from: 'F-4', to: 'F-4', count: 1 }, { from: 'F-6', to: 'F-8', count: 3 }]);
    expect(s.duplicates).toEqual([{ number: 'F-3', documents: ['c2', 'c1'] }]);
    expect(s.outOfOrder).toEqual([]);
  });

  it('leaves drafts, proformas and documents other than invoices out of every list', () => {
    const r = numberingReport([
      inv('a', 'F-1'),
      inv('d', 'BROUILLON', '2024-10-01', { status: 'draft' }),
      inv('p', 'PRO-7', '2024-10-01', { kind: 'proforma' }),
      { type: 'payment', id: 'pay', date: '2024-10-02', method: 'transfer', amount: '12.00', customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'a', amount: '12.00' }] },
    ]);
    expect(r).toEqual({ series: [{ series: 'F-', first: 'F-1', last: 'F-1', count: 1, gaps: [], duplicates: [], outOfOrder: [], clean: true }], unsequenced: [], clean: true });
  });
});
