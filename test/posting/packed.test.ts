// packed.ts: the read-once copy of an invoice posted at once, held as one array until a later document refers to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { post, postBook, createBook } from '../../src/index.js';
import { pack, unpack } from '../../src/posting/_lib/packed.js';
import { invoice, line } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

/** Plain data as readOnce copies it: plain objects, dense arrays, primitives (keys of any kind, integer-like ones included). */
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('0', '1', '10', 'id', 'lines', 'constructor', 'prototype')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('packed', () => {
  it('unpack(pack(x)) is a new copy of x: same keys in the same order, same values', () => {
    const doc = invoice('inv-1', '2024-10-15', [line('600.00', '20'), line('10.00', '5.5')], { number: 'FA1' });
    const packed = pack(doc);
    expect(Array.isArray(packed)).toBe(true);
    const back = unpack(packed) as typeof doc & { lines: object[] };
    expect(back).toStrictEqual(doc);
    expect(back).not.toBe(doc);
    expect(Object.keys(back)).toEqual(Object.keys(doc));
    expect(Object.keys(back.lines[1]!)).toEqual(Object.keys((doc as unknown as { lines: object[] }).lines[1]!));
  });

  it('leaves alone what is not plain data: a class instance, a sparse array, a __proto__ key, a primitive', () => {
    const withDate = { at: new Date(0) };
    expect(pack(withDate)).toBe(withDate);
    const sparse = { list: [1, , 3] };
    expect(pack(sparse)).toBe(sparse);
    const proto = JSON.parse('{"__proto__": {"a": 1}}') as unknown;
    expect(pack(proto)).toBe(proto);
    const noProto = Object.assign(Object.create(null) as object, { a: 1 });
    expect(pack(noProto)).toBe(noProto);
    expect(pack('x')).toBe('x');
    expect(unpack(withDate)).toBe(withDate);
    expect(unpack([1, 2])).toEqual([1, 2]);
  });

  describe('properties', () => {
    it('round trip: unpack(pack(x)) deep-equals x with the same key order at every level', () => {
      // every level as [kind, prototype, content]: keys in order with their values, items in order (no hole)
      const layout = (v: unknown): unknown =>
        typeof v !== 'object' || v === null
          ? v
          : Array.isArray(v)
            ? ['array', Object.getPrototypeOf(v) === Array.prototype, Object.keys(v).length, v.map(layout)]
            : ['object', Object.getPrototypeOf(v) === Object.prototype, Object.keys(v).map((k) => [k, layout((v as Record<string, unknown>)[k])])];
      fc.assert(
        fc.property(plainData, (x) => {
          const packed = pack(x);
          const back = unpack(packed);
          // a value pack declines (a null-prototype object: readOnce never makes one) is kept as it is
          if (packed !== x) expect(back).not.toBe(x);
          expect(layout(back)).toEqual(layout(x));
        }),
      );
    });
  });

  it('an invoice posted at once and referred to by a later document posts as from its copy (credit note, payment)', () => {
    const inv = invoice('inv-1', '2024-10-15', [line('600.00', '20'), line('15.00', '5.5')], { number: 'FA1' });
    const credit = { ...invoice('cn-1', '2024-10-20', [line('15.00', '5.5')], { number: 'AV1' }), kind: 'credit-note', corrects: 'inv-1' };
    const payment = { type: 'payment', id: 'pay-1', date: '2024-10-25', method: 'transfer', amount: '100.00', customer: inv.customer, allocations: [{ invoice: 'inv-1', amount: '100.00' }] };
    const docs = [inv, credit, payment];
    const { transactions } = post(docs, vatOnInvoice);
    expect(transactions.map((t) => t.id)).toEqual(['VT000001', 'VT000002', 'BQ000001']);
    expect(postBook(docs, vatOnInvoice).book).toEqual(createBook(transactions));
  });
});
