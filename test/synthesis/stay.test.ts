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
    });

    it('the payment fast path accepts only what zod accepts, and parses equal', () => {
      fc.assert(
        fc.property(payments, (p) => {
          const input = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
          const fast = fastPayment(input);
          const zod = (input.type === 'payment' ? paymentSchema : refundSchema).safeParse(input);
          if (fast) {
            expect(zod.success).toBe(true);
            expect(zod.data).toEqual(fast);
          }
        }),
      );
      expect(fastPayment(tv3Receipt)).toBe(tv3Receipt);
    });

    it('the stay fast path accepts only what zod accepts, and parses equal', () => {
      const stays = fc.record({
        stay: stayArbitrary({ invoices: ['i1'] }),
        tweak: fc.constantFrom('none', 'swap', 'dup', 'guests', 'extra'),
      });
      fc.assert(
        fc.property(stays, ({ stay, tweak }) => {
          const input: Record<string, unknown> = { ...stay };
          if (tweak === 'swap') Object.assign(input, { arrival: stay.departure, departure: stay.arrival });
          if (tweak === 'dup') input.invoices = ['i1', 'i1'];
          if (tweak === 'guests') input.guests = 0;
          if (tweak === 'extra') input.pets = 1;
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
