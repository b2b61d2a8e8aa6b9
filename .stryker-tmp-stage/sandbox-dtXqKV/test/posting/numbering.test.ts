// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, defaultRules, numberingReport, post, safePost } from '../../src/index.js';
import { deepFreeze, errorOf, firstIssue, invoice, line, payment } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const rules = defaultRules({ vatExigibility: 'on-invoice' });
const inv = (id: string, number: string, date = '2024-10-01', extra: Record<string, unknown> = {}): Record<string, unknown> => invoice(id, date, [line('12.00')], { number, ...extra });
/** An invoice the fast path does not take (a field set to undefined), read by zod. */
const slow = (id: string, number: string, date = '2024-10-01'): Record<string, unknown> => inv(id, number, date, { memo: undefined });

describe('post: duplicate invoice numbers (duplicate_number)', () => {
  it('refuses the same number twice in one call, naming both paths', () => {
    const e = errorOf(() => post([inv('a', 'FA-x1'), inv('b', 'FA-x1')], vatOnInvoice));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ code: 'duplicate_number', path: [1, 'number'] });
    expect(e.issues[0]!.message).toContain('FA-x1');
    expect(e.issues[0]!.message).toMatchInlineSnapshot(`"Invoice number FA-x1 is already used by document 0 of this call (path [0, "number"]): each invoice, credit or debit note needs its own number in a continuous sequence (CGI, annexe II, art. 242 nonies A). If it is the same invoice under another id, post it once; otherwise give it its own number."`);
  });

  it('refuses a number already used by an invoice of options.context, naming both paths', () => {
    const e = errorOf(() => post([payment('p', '2024-10-02', '12.00', [['a', '12.00']]), inv('b', 'FA-x1')], rules, { context: [inv('a', 'FA-x1')] }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_number', [1, 'number']]]);
    expect(e.issues[0]!.message).toContain('options.context[0] (path ["context", 0, "number"])');
  });

  it('refuses two invoices of options.context sharing a number (invalid options throw)', () => {
    const e = errorOf(() => post([], rules, { context: [inv('a', 'FA-1'), inv('b', 'FA-1')] }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_number', ['context', 1, 'number']]]);
    expect(e.issues[0]!.message).toContain('options.context[0] (path ["context", 0, "number"])');
  });

  it('applies one check to invoices read by the fast path and by zod, in any combination', () => {
    for (const [x, y] of [
      [inv, slow],
      [slow, inv],
      [slow, slow],
      [inv, inv],
    ] as const) {
      expect(firstIssue(() => post([x('a', 'FA-7'), y('b', 'FA-7')], vatOnInvoice))).toMatchObject({ code: 'duplicate_number', path: [1, 'number'] });
      expect(firstIssue(() => post([y('b', 'FA-7')], rules, { context: [x('a', 'FA-7')] }))).toMatchObject({ code: 'duplicate_number', path: [0, 'number'] });
    }
  });

  it('safePost posts the first and fails the second', () => {
    const r = safePost([inv('a', 'FA-1'), inv('b', 'FA-1'), inv('c', 'FA-2')], vatOnInvoice);
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-1', 'FA-2']);
    expect(r.failures.map((f) => [f.index, f.id, f.issues[0].code, f.issues[0].path])).toEqual([[1, 'b', 'duplicate_number', [1, 'number']]]);
  });

  it('counts every kind that posts, cancelled invoices included: a credit note cannot reuse an invoice number', () => {
    expect(firstIssue(() => post([inv('a', 'N-1'), inv('b', 'N-1', '2024-10-02', { kind: 'credit-note' })], vatOnInvoice))).toMatchObject({ code: 'duplicate_number' });
    expect(firstIssue(() => post([inv('a', 'N-1', '2024-10-01', { status: 'cancelled', cancelledOn: '2024-10-03' }), inv('b', 'N-1')], vatOnInvoice))).toMatchObject({ code: 'duplicate_number', path: [1, 'number'] });
    expect(firstIssue(() => post([inv('a', 'N-1', '2024-10-01', { kind: 'deposit' }), inv('b', 'N-1', '2024-10-01', { kind: 'debit-note' })], vatOnInvoice))).toMatchObject({ code: 'duplicate_number' });
  });

  it('leaves drafts and proformas out: neither takes a place in the sequence', () => {
    const r = post([inv('pf', 'FA-1', '2024-10-01', { kind: 'proforma' }), inv('d', 'FA-1', '2024-10-01', { status: 'draft' }), inv('a', 'FA-1')], vatOnInvoice);
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-1']);
    expect(r.skipped.map((s) => s.reason)).toEqual(['proforma', 'draft']);
  });

  it('compares numbers exactly: FA-1 and FA-01 are two numbers for post (numberingReport flags them)', () => {
    expect(post([inv('a', 'FA-1'), inv('b', 'FA-01')], vatOnInvoice).transactions).toHaveLength(2);
  });
});

describe('numberingReport', () => {
  it('lists per series first, last, count, gaps, duplicates and dates out of order', () => {
    const docs = [
      inv('i1', 'FA2024-0001', '2024-10-01'),
      inv('i2', 'FA2024-0002', '2024-10-03'),
      inv('i5', 'FA2024-0005', '2024-10-04'),
      inv('i6', 'FA2024-0006', '2024-10-02'),
      inv('i6b', 'FA2024-0006', '2024-10-05'),
      inv('c1', 'AV2024-0001', '2024-10-06', { kind: 'credit-note' }),
      inv('c3', 'AV2024-0003', '2024-10-07', { kind: 'credit-note' }),
      payment('p', '2024-10-08', '12.00', [['i1', '12.00']]),
    ];
    const r = numberingReport(docs);
    expect(r.clean).toBe(false);
    expect(r.unsequenced).toEqual([]);
    expect(r.series).toEqual([
      {
        series: 'AV2024-',
        first: 'AV2024-0001',
        last: 'AV2024-0003',
        count: 2,
        gaps: [{ from: 'AV2024-0002', to: 'AV2024-0002', count: 1 }],
        duplicates: [],
        outOfOrder: [],
        clean: false,
      },
      {
        series: 'FA2024-',
        first: 'FA2024-0001',
        last: 'FA2024-0006',
        count: 5,
        gaps: [{ from: 'FA2024-0003', to: 'FA2024-0004', count: 2 }],
        duplicates: [{ number: 'FA2024-0006', documents: ['i6', 'i6b'] }],
        outOfOrder: [{ number: 'FA2024-0006', id: 'i6', date: '2024-10-02', previous: 'FA2024-0005', previousDate: '2024-10-04' }],
        clean: false,
      },
    ]);
  });

  it('counts cancelled invoices, deposits and debit notes; leaves out drafts and proformas', () => {
    const r = numberingReport([
      inv('a', 'F-1'),
      inv('b', 'F-2', '2024-10-01', { status: 'cancelled', cancelledOn: '2024-10-02' }),
      inv('c', 'F-3', '2024-10-01', { kind: 'deposit' }),
      inv('d', 'F-4', '2024-10-01', { kind: 'debit-note' }),
      inv('e', 'F-5', '2024-10-01', { kind: 'proforma' }),
      inv('f', 'F-6', '2024-10-01', { status: 'draft' }),
      inv('g', 'F-7'),
    ]);
    expect(r.series.map((s) => [s.series, s.count, s.gaps])).toEqual([['F-', 5, [{ from: 'F-5', to: 'F-6', count: 2 }]]]);
  });

  it('writes missing numbers like the number before them, and places FA-1 and FA-01 together (a duplicate)', () => {
    expect(numberingReport([inv('a', 'X-9'), inv('b', 'X-12')]).series[0]!.gaps).toEqual([{ from: 'X-10', to: 'X-11', count: 2 }]);
    expect(numberingReport([inv('a', 'X-0099'), inv('b', 'X-0101')]).series[0]!.gaps).toEqual([{ from: 'X-0100', to: 'X-0100', count: 1 }]);
    expect(numberingReport([inv('a', 'FA-1'), inv('b', 'FA-01')]).series[0]!.duplicates).toEqual([{ number: 'FA-1', documents: ['a', 'b'] }]);
  });

  it('keeps years apart by default (FA2024- and FA2025- are two series); a series function merges or splits them', () => {
    const docs = [inv('a', 'FA2024-0001', '2024-12-30'), inv('b', 'FA2025-0001', '2025-01-02'), inv('c', 'FA2025-0002', '2025-01-03')];
    expect(numberingReport(docs).series.map((s) => [s.series, s.count, s.clean])).toEqual([
      ['FA2024-', 1, true],
      ['FA2025-', 2, true],
    ]);
    const bySite = numberingReport([inv('a', 'PARIS-1'), inv('b', 'LYON-1'), inv('c', 'PARIS-3')], { series: (n) => n.split('-')[0]! });
    expect(bySite.series.map((s) => [s.series, s.gaps.length])).toEqual([
      ['LYON', 0],
      ['PARIS', 1],
    ]);
    const seen: string[] = [];
    numberingReport([inv('a', 'FA-1', '2024-10-01', { kind: 'credit-note' })], { series: (n, invoice) => (seen.push(`${n} ${invoice.kind}`), 'S') });
    expect(seen).toEqual(['FA-1 credit-note']);
  });

  it('lists numbers without trailing digits apart (unsequenced)', () => {
    const r = numberingReport([inv('a', 'FACTURE-A'), inv('b', 'F-1')]);
    expect(r.unsequenced).toEqual([{ id: 'a', number: 'FACTURE-A' }]);
    expect(r.clean).toBe(false);
    expect(r.series.map((s) => s.clean)).toEqual([true]);
  });

  it('reads numbers longer than a safe integer exactly', () => {
    const r = numberingReport([inv('a', 'N-90071992547409930'), inv('b', 'N-90071992547409932')]);
    expect(r.series[0]!.gaps).toEqual([{ from: 'N-90071992547409931', to: 'N-90071992547409931', count: 1 }]);
  });

  it('returns an empty, clean report for no invoices', () => {
    expect(numberingReport([])).toEqual({ series: [], unsequenced: [], clean: true });
  });

  it('returns frozen data and does not mutate its input', () => {
    const docs = deepFreeze([inv('a', 'F-1'), inv('b', 'F-3')]);
    const r = numberingReport(docs);
    expect(Object.isFrozen(r) && Object.isFrozen(r.series) && Object.isFrozen(r.series[0]) && Object.isFrozen(r.series[0]!.gaps[0])).toBe(true);
  });

  describe('bad input', () => {
    it('throws every issue of every invalid document, paths starting with its index', () => {
      const e = errorOf(() => numberingReport([inv('a', 'F-1'), { ...inv('b', 'F-2'), date: '2024-02-30' }, { type: 'nope', id: 'x' }]));
      expect(e).toBeInstanceOf(AccountingError);
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_date', [1, 'date']],
        ['invalid_input', [2, 'type']],
      ]);
    });

    it('refuses a series option that is not a function, or that returns no string (invalid_option)', () => {
      expect(firstIssue(() => numberingReport([], { series: 'FA' as never }))).toMatchObject({ code: 'invalid_option', path: ['series'] });
      expect(firstIssue(() => numberingReport([inv('a', 'F-1')], { series: () => 3 as never }))).toMatchObject({ code: 'invalid_option', path: ['series'] });
    });
  });
});

describe('properties', () => {
  /** n numbers 1..n of one series, dated in number order (never decreasing), given in a shuffled order. */
  const sequence = fc
    .integer({ min: 2, max: 40 })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        steps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        order: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
        width: fc.integer({ min: 1, max: 5 }),
      }),
    )
    .map(({ n, steps, order, width }) => {
      let day = 1;
      const docs = Array.from({ length: n }, (_, i) => {
        day += steps[i]!;
        const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
        return inv(`i${i + 1}`, `FA2024-${String(i + 1).padStart(width, '0')}`, date);
      });
      return { n, width, docs: order.map((k) => docs[k]!) };
    });

  it('a sequence 1..n dated in number order, given in any order, has no gap, no duplicate, nothing out of order', () => {
    fc.assert(
      fc.property(sequence, ({ n, docs }) => {
        const r = numberingReport(docs);
        expect(r.clean).toBe(true);
        expect(r.series).toHaveLength(1);
        expect(r.series[0]!.count).toBe(n);
      }),
    );
  });

  it('removing any one inner number yields exactly that gap', () => {
    fc.assert(
      fc.property(
        sequence.filter(({ n }) => n >= 3),
        fc.nat(),
        ({ n, width, docs }, pick) => {
          const k = 2 + (pick % (n - 2)); // 2..n-1
          const removed = `FA2024-${String(k).padStart(width, '0')}`;
          const r = numberingReport(docs.filter((d) => d.number !== removed));
          expect(r.series[0]!.gaps).toEqual([{ from: removed, to: removed, count: 1 }]);
          expect(r.series[0]!.duplicates).toEqual([]);
          expect(r.series[0]!.outOfOrder).toEqual([]);
        },
      ),
    );
  });

  it('post refuses any batch with a repeated number; safePost fails exactly the later carriers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 12 }), (places) => {
        const docs = places.map((p, i) => inv(`d${i}`, `FA-${p}`));
        const repeated = new Set(places).size < places.length;
        const r = safePost(docs, vatOnInvoice);
        const firstAt = new Map<number, number>();
        const expected: number[] = [];
        places.forEach((p, i) => (firstAt.has(p) ? expected.push(i) : firstAt.set(p, i)));
        expect(r.failures.map((f) => f.index)).toEqual(expected);
        expect(r.failures.every((f) => f.issues.every((i) => i.code === 'duplicate_number'))).toBe(true);
        if (repeated) expect(firstIssue(() => post(docs, vatOnInvoice)).code).toBe('duplicate_number');
        else expect(post(docs, vatOnInvoice).transactions).toHaveLength(places.length);
      }),
    );
  });

  it('numberingReport flags every repeated number of a batch as a duplicate', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }), (places) => {
        const r = numberingReport(places.map((p, i) => inv(`d${i}`, `FA-${p}`)));
        const counts = new Map<number, number>();
        for (const p of places) counts.set(p, (counts.get(p) ?? 0) + 1);
        const repeated = [...counts.entries()].filter(([, c]) => c > 1).map(([p]) => `FA-${p}`).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
        expect(r.series[0]!.duplicates.map((d) => d.number)).toEqual(repeated);
      }),
    );
  });
});
