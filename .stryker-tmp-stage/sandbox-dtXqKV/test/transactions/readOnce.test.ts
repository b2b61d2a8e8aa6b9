// @ts-nocheck
// readOnce: the copy the library validates and builds from, and the refusals (code, path, message) of what it cannot read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { createTransaction, Decimal, safeCreateTransaction } from '../../src/index.js';
import { MAX_DEPTH, MAX_ITEMS, readOnce } from '../../src/transactions/_lib/readOnce.js';

const failure = (input: unknown, prefix: ReadonlyArray<string | number> = []) => {
  const r = readOnce(input, prefix);
  if (r.ok) throw new Error('expected a failure');
  expect(r.issues).toHaveLength(1);
  return { code: r.issues[0]!.code, path: r.issues[0]!.path, message: r.issues[0]!.message };
};
const copyOf = (input: unknown): unknown => {
  const r = readOnce(input);
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r.value;
};
/** `n` objects nested in one another: the innermost is at depth n − 1. */
const nest = (n: number): Record<string, unknown> => {
  let o: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < n; i++) o = { a: o };
  return o;
};

describe('readOnce', () => {
  it('passes primitives through and copies plain objects and arrays', () => {
    expect(readOnce(5)).toEqual({ ok: true, value: 5 });
    expect(readOnce(null)).toEqual({ ok: true, value: null });
    const input = { a: [1, { b: 'x' }], c: null, d: undefined };
    const copy = copyOf(input) as typeof input;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.a).not.toBe(input.a);
    expect(Object.keys(copy)).toEqual(['a', 'c', 'd']);
    expect(Array.isArray(copy.a)).toBe(true);
  });

  it('copies a shared object each time it is met (not a cycle)', () => {
    const shared = { site: 'PARIS' };
    const copy = copyOf({ x: shared, y: [shared, shared] }) as { x: unknown; y: unknown[] };
    expect(copy).toEqual({ x: shared, y: [shared, shared] });
    expect(copy.y[0]).not.toBe(copy.y[1]);
  });

  it('keeps a __proto__ key as an own property, never as the prototype', () => {
    const copy = copyOf(JSON.parse('{"__proto__":{"polluted":true},"a":1}')) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')).toEqual({ value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  });

  it('turns a Decimal of any clone into its digits, read once', () => {
    let reads = 0;
    const d = new DecimalJs('12.50');
    const spy = Object.assign(Object.create(Object.getPrototypeOf(d) as object) as object, d, { toFixed: () => { reads++; return '12.5'; } });
    const copy = copyOf({ a: new DecimalJs('1.5'), b: spy }) as { a: unknown; b: unknown };
    expect(Decimal.isDecimal(copy.a) && (copy.a as Decimal).toFixed(2)).toBe('1.50');
    expect((copy.b as Decimal).toFixed(2)).toBe('12.50');
    expect(copy.b).toBeInstanceOf(Decimal);
    expect(reads).toBe(1);
  });

  it('turns a class instance that only claims to be a Decimal into something no schema accepts', () => {
    class Fake {
      readonly toStringTag = '[object Decimal]';
      toFixed(): string {
        return 'NaN';
      }
    }
    class Throwing {
      readonly toStringTag = '[object Decimal]';
      toFixed(): string {
        throw new Error('boom');
      }
    }
    const fake = copyOf({ a: new Fake(), b: new Throwing(), c: Object.assign(Object.create(null) as object, { toStringTag: '[object Decimal]' }) }) as Record<string, unknown>;
    expect(fake.a).toEqual({ notAnAmount: true });
    expect(fake.b).toEqual({ notAnAmount: true });
    expect(Object.isFrozen(fake.a)).toBe(true);
    // An object without a class (null prototype) is copied as plain data.
    expect(fake.c).toEqual({ toStringTag: '[object Decimal]' });
    const entries = [{ account: '512000', debit: new Fake() }, { account: '706100', credit: '1.00' }];
    const r = safeCreateTransaction({ journal: 'OD', date: '2024-01-10', piece: { ref: 'P' }, label: 'x', entries });
    expect(r.success || r.issues[0]!.path).toEqual(['entries', 0, 'debit']);
  });

  it('keeps an instance whose toFixed answers plain digits as a Decimal, anything else as not an amount', () => {
    class Claims {
      readonly toStringTag = '[object Decimal]';
      constructor(private readonly text: unknown) {}
      toFixed(): unknown {
        return this.text;
      }
    }
    const read = (text: unknown): unknown => (copyOf([new Claims(text)]) as unknown[])[0];
    expect(String(read('12'))).toBe('12');
    expect(String(read('-12.50'))).toBe('-12.5');
    expect(read('12.50')).toBeInstanceOf(Decimal);
    for (const text of [12, 'x12', '12x', '12.', '1e3', undefined]) expect(read(text)).toEqual({ notAnAmount: true });
  });

  it('refuses a cycle, at the path where the value meets itself again', () => {
    const input: Record<string, unknown> = { a: { b: [1] } };
    ((input.a as Record<string, unknown>).b as unknown[]).push(input);
    expect(failure(input, [7])).toEqual({ code: 'invalid_input', path: [7, 'a', 'b', 1], message: 'This value contains itself (a cycle): give plain data, each object once.' });
  });

  it(`refuses a value nested deeper than ${MAX_DEPTH} levels, accepts ${MAX_DEPTH}`, () => {
    expect(readOnce(nest(MAX_DEPTH + 1)).ok).toBe(true);
    const f = failure(nest(MAX_DEPTH + 2));
    expect(f.code).toBe('invalid_input');
    expect(f.path).toEqual(new Array(MAX_DEPTH + 1).fill('a'));
    expect(f.message).toBe("The value nests deeper than 64 levels: give the document's plain data.");
  });

  it(`counts the depth of arrays too: ${MAX_DEPTH} levels are read, not more`, () => {
    const arrays = (n: number): unknown => {
      let a: unknown = [];
      for (let i = 1; i < n; i++) a = [a];
      return a;
    };
    expect(readOnce(arrays(MAX_DEPTH + 1)).ok).toBe(true);
    expect(failure(arrays(MAX_DEPTH + 2))).toEqual({ code: 'invalid_input', path: new Array(MAX_DEPTH + 1).fill(0), message: "The value nests deeper than 64 levels: give the document's plain data." });
  });

  it('refuses a read that throws, naming the error, at its path', () => {
    const getter = (thrown: unknown) => Object.defineProperty({ ok: 1 }, 'bad', { enumerable: true, get: () => { throw thrown; } });
    expect(failure({ x: [0, getter(new TypeError('boom'))] })).toEqual({
      code: 'invalid_input',
      path: ['x', 1, 'bad'],
      message: 'Reading this value threw TypeError: give plain data (no getter or proxy that throws).',
    });
    expect(failure(getter('nope')).message).toBe('Reading this value threw "nope": give plain data (no getter or proxy that throws).');
    expect(failure({ p: new Proxy({}, { ownKeys: () => { throw new Error('keys'); } }) })).toMatchObject({ path: ['p'], message: 'Reading this value threw Error: give plain data (no getter or proxy that throws).' });
    expect(failure({ p: new Proxy({}, { getPrototypeOf: () => { throw new Error('proto'); } }) })).toMatchObject({ path: ['p'], message: 'Reading this value threw Error: give plain data (no getter or proxy that throws).' });
    expect(failure([new Proxy([], { get: (t, k) => { if (k === 'length') throw new Error('length'); return Reflect.get(t, k); } })])).toMatchObject({ path: [0], message: 'Reading this value threw Error: give plain data (no getter or proxy that throws).' });
  });

  it(`refuses a list longer than ${MAX_ITEMS} items, or whose length is not a count`, () => {
    const list = (length: unknown) => new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
    expect(failure({ l: list(MAX_ITEMS + 1) })).toEqual({ code: 'invalid_input', path: ['l'], message: 'The list has 10000001 items, more than the 10000000 read: split it.' });
    expect(failure(list(-1)).message).toBe('The list has -1 items, more than the 10000000 read: split it.');
    expect(failure(list(1.5)).code).toBe('invalid_input');
    expect(failure(list('2')).message).toBe('The list has "2" items, more than the 10000000 read: split it.');
    expect(copyOf(list(0))).toEqual([]);
    expect(copyOf(new Proxy(['a', 'b'], {}))).toEqual(['a', 'b']);
  });

  it('createTransaction refuses what readOnce refuses, with the path into the input', () => {
    const entry = Object.defineProperty({ account: '512000' }, 'debit', { enumerable: true, get: () => { throw new Error('x'); } });
    const r = safeCreateTransaction({ journal: 'OD', date: '2024-01-10', piece: { ref: 'P' }, label: 'x', entries: [entry, { account: '706100', credit: '1.00' }] });
    expect(r.success || r.issues.map((i) => [i.code, i.path])).toEqual([['invalid_input', ['entries', 0, 'debit']]]);
  });

  it('createTransaction builds the same transaction from an input and from its copy', () => {
    const input = { journal: 'OD', date: '2024-01-10', piece: { ref: 'P' }, label: 'x', entries: [{ account: '512000', debit: new Decimal('3.5') }, { account: '706100', credit: '3.50' }] };
    expect(JSON.stringify(createTransaction(copyOf(input)))).toBe(JSON.stringify(createTransaction(input)));
  });

  describe('properties', () => {
    it('round trip: the copy of JSON data is deep-equal to it and shares no object with it', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
          const copy = copyOf(value);
          expect(copy).toEqual(value);
          if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
        }),
        { numRuns: 200 },
      );
    });

  });
});
