// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStay, safeParseStay, staySchema, paymentSchema, refundSchema } from '../../src/index.js';
import { fastPayment, fastStay } from '../../src/synthesis/_lib/fastDocuments.js';
import { stayArbitrary } from '../../src/testing/synthesis.js';
import { tv3Receipt, tv4Stay } from './_fixtures.js';

describe('stay schema', () => {
  it('parses a stay', () => {
    expect(parseStay(tv4Stay)).toEqual(tv4Stay);
    expect(safeParseStay(tv4Stay).success).toBe(true);
  });

  it('refuses a departure before the arrival (invalid_period) and other bad fields, each with its code', () => {
    const r = safeParseStay({ ...tv4Stay, arrival: '2024-07-31', departure: '2024-07-24' });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_period', ['departure']]]);
    const codes = (input: unknown) => {
      const x = safeParseStay(input);
      return x.success ? [] : x.issues.map((i) => i.code);
    };
    expect(codes({ ...tv4Stay, arrival: '2024-02-30' })).toEqual(['invalid_date']);
    expect(codes({ ...tv4Stay, id: ' ' })).toEqual(['empty_id']);
    expect(codes({ ...tv4Stay, guests: 0 })).toEqual(['invalid_input']);
    expect(codes({ ...tv4Stay, invoices: ['a', 'a'] })).toEqual(['invalid_input']);
    expect(codes({ ...tv4Stay, nights: 7 })).toEqual(['unknown_field']);
    expect(() => parseStay({ ...tv4Stay, guests: 1.5 })).toThrow();
  });

  describe('properties', () => {
    // The char-code checks the fast paths use (nonBlank, positive) are checked against their regexes in test/schemas/checks.test.ts.
    const payments = fc.record({
      type: fc.constantFrom('payment', 'refund'),
      id: fc.constantFrom('p1', ' ', ''),
      date: fc.constantFrom('2024-07-01', '2024-02-30', 'x'),
      method: fc.constantFrom('card', '', 'cheque-vacances'),
      amount: fc.constantFrom('10.00', '0', '-1', '1e3', '33.33'),
      customer: fc.constantFrom({ id: 'C1', name: 'X' }, { id: 'C1', name: '' }, { id: 'C1', name: 'X', account: '411100' }),
      allocations: fc.option(
        fc.array(
          fc.oneof(
            fc.record({ invoice: fc.constantFrom('i1', 'i2'), amount: fc.constantFrom('5.00', '0') }),
            fc.record({ rejection: fc.constantFrom('rj-1', ''), amount: fc.constantFrom('4.50', '0') }),
            fc.record({ closing: fc.constantFrom('z-1'), ticket: fc.constantFrom('t1', 't2'), amount: fc.constantFrom('5.00') }),
            fc.record({ invoice: fc.constantFrom('i1'), rejection: fc.constantFrom('rj-1'), amount: fc.constantFrom('5.00') }),
          ),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
      creditNote: fc.option(fc.constantFrom('av-1', ''), { nil: undefined }),
      currency: fc.option(fc.constantFrom('EUR', 'USD', 'XXX', 5), { nil: undefined }),
      exchangeRate: fc.option(fc.constantFrom('0.9215', '2', '0', '0.00', '1.12345678901', '1.1234567890', 'x', 0.9), { nil: undefined }),
      reference: fc.option(fc.constantFrom('REF-1', 5), { nil: undefined }),
      memo: fc.option(fc.constantFrom('note', null), { nil: undefined }),
    });
    /** Shapes the fast path must leave to zod: a null-prototype party, a sparse or subclassed allocation list. */
    const shapes = fc.constantFrom('as-is', 'null-proto-customer', 'sparse-allocations', 'subclassed-allocations', 'allocations-not-a-list');
    class List<T> extends Array<T> {}
    const reshape = (input: Record<string, unknown>, shape: string): Record<string, unknown> => {
      const out = { ...input };
      if (shape === 'null-proto-customer') out.customer = Object.assign(Object.create(null) as object, input.customer);
      const list = input.allocations as unknown[] | undefined;
      if (shape === 'sparse-allocations' && list) {
        const sparse = new Array<unknown>(list.length + 1);
        list.forEach((a, k) => (sparse[k + 1] = a));
        out.allocations = sparse;
      }
      if (shape === 'subclassed-allocations' && list) out.allocations = List.from(list);
      if (shape === 'allocations-not-a-list' && list) out.allocations = { 0: list[0] };
      return out;
    };

    it('the payment fast path accepts only what zod accepts, and parses equal', () => {
      fc.assert(
        fc.property(payments, shapes, (p, shape) => {
          const input = reshape(Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)), shape);
          const fast = fastPayment(input);
          const zod = (input.type === 'payment' ? paymentSchema : refundSchema).safeParse(input);
          if (fast) {
            expect(zod.success).toBe(true);
            expect(zod.data).toEqual(fast);
          }
        }),
        { numRuns: 500 },
      );
      expect(fastPayment(tv3Receipt)).toBe(tv3Receipt);
    });

    it('the payment fast path takes common valid payments: in a foreign currency with its rate, with a null-prototype customer', () => {
      const usd = { type: 'payment', id: 'p1', date: '2024-07-01', method: 'card', amount: '10.00', currency: 'USD', exchangeRate: '0.9215', customer: { id: 'C1', name: 'X' }, allocations: [{ invoice: 'i1', amount: '10.00' }] };
      expect(fastPayment(usd)).toBe(usd);
      const bare = { ...usd, customer: Object.assign(Object.create(null) as object, { id: 'C1', name: 'X' }) };
      expect(fastPayment(bare)).toBe(bare);
      expect(fastPayment({ ...usd, exchangeRate: '0.12345678901' })).toBeUndefined();
      expect(fastPayment({ ...usd, currency: undefined })).toBeUndefined();
    });

    it('the fast paths leave to zod every payment or stay they cannot vouch for (one defect at a time)', () => {
      const base = { type: 'payment', id: 'p1', date: '2024-07-01', method: 'card', amount: '10.00', currency: 'USD', exchangeRate: '0.9215', customer: { id: 'C1', name: 'X' }, allocations: [{ invoice: 'i1', amount: '6.00' }, { invoice: 'i2', amount: '4.00' }] };
      expect(fastPayment(base)).toBe(base);
      class List<T> extends Array<T> {}
      const sparse = new Array<unknown>(2);
      sparse[1] = base.allocations[1];
      const defects: Record<string, unknown>[] = [
        { ...base, customer: 'C1' },
        { ...base, customer: { id: 'C1', name: ' ' } },
        { ...base, customer: { id: 'C1', name: 'X', account: 'abc' } },
        { ...base, exchangeRate: 0.9 },
        { ...base, exchangeRate: '0' },
        { ...base, allocations: List.from(base.allocations) },
        { ...base, allocations: sparse },
        { ...base, allocations: [{ invoice: 'i1', amount: '0' }] },
        { ...base, allocations: [{ invoice: 'i1', amount: '6.00' }, { invoice: 'i1', amount: '4.00' }] },
        { ...base, allocations: [null] },
      ];
      for (const input of defects) {
        expect(fastPayment(input)).toBeUndefined();
        const zod = paymentSchema.safeParse(input);
        if (zod.success) expect(zod.data).toEqual({ ...input, allocations: [...(input.allocations as unknown[])] });
      }
      const stay = { type: 'stay', id: 'st-1', customer: { id: 'C1', name: 'X' }, arrival: '2024-07-01', departure: '2024-07-08', guests: 2, invoices: ['i1'] };
      expect(fastStay(stay)).toBe(stay);
      for (const input of [{ ...stay, id: ' ' }, { ...stay, number: 5 }, { ...stay, memo: 5 }, { ...stay, customer: { id: 'C1' } }, { ...stay, guests: 2.5 }, { ...stay, invoices: List.from(['i1']) }]) {
        expect(fastStay(input)).toBeUndefined();
      }
    });

    it('the stay fast path accepts only what zod accepts, and parses equal', () => {
      const stays = fc.record({
        stay: stayArbitrary({ invoices: ['i1'] }),
        tweak: fc.constantFrom('none', 'swap', 'dup', 'guests', 'extra', 'blank-invoice', 'sparse-invoices', 'invoices-not-a-list'),
      });
      fc.assert(
        fc.property(stays, ({ stay, tweak }) => {
          const input: Record<string, unknown> = { ...stay };
          if (tweak === 'swap') Object.assign(input, { arrival: stay.departure, departure: stay.arrival });
          if (tweak === 'dup') input.invoices = ['i1', 'i1'];
          if (tweak === 'guests') input.guests = 0;
          if (tweak === 'extra') input.pets = 1;
          if (tweak === 'blank-invoice') input.invoices = ['i1', ' '];
          if (tweak === 'sparse-invoices') input.invoices = [, 'i1'];
          if (tweak === 'invoices-not-a-list') input.invoices = { 0: 'i1' };
          const fast = fastStay(input);
          const zod = staySchema.safeParse(input);
          if (fast) {
            expect(zod.success).toBe(true);
            expect(zod.data).toEqual(fast);
          } else if (tweak === 'none') expect.unreachable('a valid stay takes the fast path');
        }),
      );
    });
  });
});
