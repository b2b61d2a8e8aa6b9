// readOnce: the copy the library validates and builds from, and the refusals (code, path, message) of what it cannot read.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

  it('defines on the copy a key Object.prototype has: a setter there does not run, a frozen Object.prototype refuses nothing', () => {
    // a polluted Object.prototype (an accessor): the copy still holds the key as its own, and the setter never runs
    const sets: unknown[] = [];
    Object.defineProperty(Object.prototype, 'pdPolluted', { configurable: true, get: () => 'inherited', set: (x: unknown) => void sets.push(x) });
    try {
      const copy = copyOf({ pdPolluted: { x: 1 }, a: 1 }) as Record<string, unknown>;
      expect(Object.keys(copy)).toEqual(['pdPolluted', 'a']);
      expect(Object.getOwnPropertyDescriptor(copy, 'pdPolluted')).toEqual({ value: { x: 1 }, enumerable: true, writable: true, configurable: true });
      expect(sets).toEqual([]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).pdPolluted;
    }
    // a frozen Object.prototype (hardened runtimes: its keys are read-only): `constructor` and `toString` are still copied,
    // and createTransaction refuses the forbidden key instead of throwing a TypeError
    const frozen = ['constructor', 'toString'] as const;
    for (const key of frozen) Object.defineProperty(Object.prototype, key, { writable: false });
    try {
      const copy = copyOf({ constructor: 'c', toString: 't', a: [1] }) as Record<string, unknown>;
      expect(Object.entries(copy)).toEqual([['constructor', 'c'], ['toString', 't'], ['a', [1]]]);
      const r = safeCreateTransaction({ journal: 'OD', date: '2024-01-10', piece: { ref: 'P' }, label: 'x', entries: [{ account: '512000', debit: '1.00' }, { account: '706100', credit: '1.00' }], constructor: 'x' });
      expect(r.success || r.issues.map((i) => [i.code, i.path])).toEqual([['forbidden_key', ['constructor']]]);
    } finally {
      for (const key of frozen) Object.defineProperty(Object.prototype, key, { writable: true });
    }
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

  // The common document shapes (an invoice, its customer, its lines, keys in the documentation's order) are copied by
  // a path of their own (copyShaped): the same copy, reads and refusals as any other object.
  const shapes = {
    invoice: ['type', 'id', 'kind', 'status', 'number', 'date', 'customer', 'pricesIncludeTax', 'lines'],
    line: ['label', 'account', 'quantity', 'unitPrice', 'vatRate'],
    party: ['id', 'name'],
  };
  const invoiceInput = () => ({
    type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA1', date: '2024-10-15',
    customer: { id: 'C1', name: 'DUPONT Jean' }, pricesIncludeTax: true,
    lines: [{ label: 'Abonnement', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }, { label: 'Séance', account: '706200', quantity: '2', unitPrice: '10.00', vatRate: '10' }],
  });

  it('copies the common document shapes to equal plain objects, keys in the same order, each field read once', () => {
    const input = invoiceInput();
    const copy = copyOf(input) as typeof input;
    expect(copy).toStrictEqual(input);
    expect(Object.keys(copy)).toEqual(shapes.invoice);
    expect(Object.keys(copy.lines[0]!)).toEqual(shapes.line);
    expect(Object.keys(copy.customer)).toEqual(shapes.party);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy.customer).not.toBe(input.customer);
    expect(copy.lines[1]).not.toBe(input.lines[1]);
    // each field a getter counting its reads
    const reads: string[] = [];
    const counted = (o: Record<string, unknown>, path: string): Record<string, unknown> => {
      const out = {};
      for (const [k, v] of Object.entries(o)) {
        const inner = Array.isArray(v) ? v.map((x, i) => counted(x as Record<string, unknown>, `${path}/${k}/${i}`)) : typeof v === 'object' && v !== null ? counted(v as Record<string, unknown>, `${path}/${k}`) : v;
        Object.defineProperty(out, k, { enumerable: true, get: () => (reads.push(`${path}/${k}`), inner) });
      }
      return out;
    };
    expect(copyOf(counted(input, ''))).toStrictEqual(input);
    expect(reads).toEqual([...new Set(reads)]);
    expect(reads).toHaveLength(9 + 2 + 2 * 5);
    // a key list in another order, or one key more or less, is copied by the general path to the same value
    const { type, ...rest } = input;
    for (const other of [{ ...rest, type }, { ...input, memo: 'm' }, rest]) expect(copyOf(other)).toStrictEqual(other);
  });

  it('copies an object one key away from a common shape as it is: each key renamed in turn, or two keys swapped, keeps its own keys and values', () => {
    for (const keys of Object.values(shapes)) {
      const like = (names: ReadonlyArray<string>) => Object.fromEntries(names.map((k, i) => [k, i === 0 ? { n: i } : `v${i}`]));
      for (let i = 0; i < keys.length; i++) {
        const renamed = like(keys.map((k, j) => (j === i ? `${k}_` : k)));
        const copy = copyOf(renamed) as Record<string, unknown>;
        expect(copy).toStrictEqual(renamed);
        expect(Object.keys(copy)).toEqual(Object.keys(renamed));
        if (i + 1 < keys.length) {
          const swapped = like(keys.map((k, j) => (j === i ? keys[i + 1]! : j === i + 1 ? keys[i]! : k)));
          expect(copyOf(swapped)).toStrictEqual(swapped);
          expect(Object.keys(copyOf(swapped) as object)).toEqual(Object.keys(swapped));
        }
      }
    }
  });

  it('refuses a read that throws on any key of a common shape at that key, and reads the keys before it once, in order', () => {
    for (const keys of Object.values(shapes)) {
      for (let i = 0; i < keys.length; i++) {
        const reads: string[] = [];
        const o = {};
        keys.forEach((k, j) => {
          Object.defineProperty(o, k, {
            enumerable: true,
            get: () => {
              reads.push(k);
              if (j === i) throw new RangeError(k);
              return `v${j}`;
            },
          });
        });
        expect(failure({ doc: o }, [7])).toEqual({ code: 'invalid_input', path: [7, 'doc', keys[i]], message: 'Reading this value threw RangeError: give plain data (no getter or proxy that throws).' });
        expect(reads).toEqual(keys.slice(0, i + 1));
      }
    }
  });

  it('refuses in a common shape what it refuses elsewhere, at the same path: a read that throws, a cycle, too deep a nesting', () => {
    const input = invoiceInput();
    const line = Object.defineProperty({ label: 'x', account: '706100', quantity: '1' }, 'unitPrice', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    Object.assign(line, { vatRate: '20' });
    expect(failure({ ...input, lines: [input.lines[0], line] }, [3])).toEqual({ code: 'invalid_input', path: [3, 'lines', 1, 'unitPrice'], message: 'Reading this value threw TypeError: give plain data (no getter or proxy that throws).' });
    const cyclic: Record<string, unknown> = { ...input };
    cyclic.customer = { id: 'C1', name: cyclic };
    expect(failure(cyclic)).toEqual({ code: 'invalid_input', path: ['customer', 'name'], message: 'This value contains itself (a cycle): give plain data, each object once.' });
    expect(failure({ ...input, customer: { id: 'C1', name: nest(MAX_DEPTH) } }).path).toEqual(['customer', 'name', ...new Array(MAX_DEPTH - 1).fill('a')]);
    const proxy = new Proxy(input, { get: (t, k, r) => { if (k === 'date') throw new Error('date'); return Reflect.get(t, k, r); } });
    expect(failure(proxy).path).toEqual(['date']);
  });

  it('reads inside a getter of another read, and after a refused or deep read, as on their own (the reused state is per read)', () => {
    const inner: Record<string, unknown> = { a: { b: 1 } };
    (inner.a as Record<string, unknown>).c = inner;
    let innerFailure: unknown;
    const outer = Object.defineProperty({ x: { y: [1, 2] } }, 'g', { enumerable: true, get: () => ((innerFailure = failure(inner, ['in'])), 'v') });
    expect(copyOf(outer)).toEqual({ x: { y: [1, 2] }, g: 'v' });
    expect(innerFailure).toEqual({ code: 'invalid_input', path: ['in', 'a', 'c'], message: 'This value contains itself (a cycle): give plain data, each object once.' });
    expect(readOnce(nest(MAX_DEPTH + 1)).ok).toBe(true);
    // after a deep read, a shallow cycle is still found, and the same object at two places is still no cycle
    const shared = { s: 1 };
    expect(copyOf({ p: shared, q: [shared] })).toEqual({ p: { s: 1 }, q: [{ s: 1 }] });
    const self: Record<string, unknown> = {};
    self.me = self;
    expect(failure(self).path).toEqual(['me']);
  });

  it('refuses a read that throws something that throws in turn when read, at its path', () => {
    const hostile = 'Reading this value threw something that throws in turn when read: give plain data (no getter or proxy that throws).';
    class NamelessError extends Error {
      override get name(): string {
        throw new Error('name');
      }
    }
    const looping: object = new Proxy({}, { getPrototypeOf: () => { throw looping; } });
    const getter = (thrown: unknown) => Object.defineProperty({ ok: 1 }, 'bad', { enumerable: true, get: () => { throw thrown; } });
    for (const thrown of [new NamelessError('x'), looping]) {
      expect(failure({ x: [getter(thrown)] }, ['doc'])).toEqual({ code: 'invalid_input', path: ['doc', 'x', 0, 'bad'], message: hostile });
      expect(failure(new Proxy({}, { ownKeys: () => { throw thrown; } }))).toEqual({ code: 'invalid_input', path: [], message: hostile });
      // in a common shape too (a party: id, name)
      expect(failure({ customer: Object.defineProperty({ id: 'C1' }, 'name', { enumerable: true, get: () => { throw thrown; } }) })).toEqual({ code: 'invalid_input', path: ['customer', 'name'], message: hostile });
    }
  });

  it('keeps the cycle check of a read whole when a getter reads another input meanwhile', () => {
    const outer: Record<string, unknown> = Object.defineProperty({}, 'g', { enumerable: true, get: () => (readOnce({ z: { y: 1 } }).ok ? 'read' : 'refused') });
    outer.self = outer;
    expect(failure(outer)).toEqual({ code: 'invalid_input', path: ['self'], message: 'This value contains itself (a cycle): give plain data, each object once.' });
    const list: unknown[] = [Object.defineProperty({}, 'g', { enumerable: true, get: () => readOnce([[1]]).ok })];
    list.push([list]);
    expect(failure(list).path).toEqual([1, 0]);
  });

  it('keeps no object of its input once the read is over', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const refs = (() => {
      const input = { a: { b: [{ c: 1 }] } };
      expect(readOnce(input).ok).toBe(true);
      return [new WeakRef(input), new WeakRef(input.a), new WeakRef(input.a.b)];
    })();
    await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef keeps its target until the end of the job
    gc();
    expect(refs.map((r) => r.deref())).toEqual([undefined, undefined, undefined]);
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

    it('round trip of the common shapes: an object of an invoice, line or party key list, any JSON values, copies deep-equal, its keys in the same order', () => {
      fc.assert(
        fc.property(fc.constantFrom(shapes.invoice, shapes.line, shapes.party), fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 9, maxLength: 9 }), (keys, values) => {
          const value = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
          const copy = copyOf(value) as Record<string, unknown>;
          expect(copy).toStrictEqual(value);
          expect(Object.keys(copy)).toEqual(keys);
          for (const k of keys) if (typeof value[k] === 'object' && value[k] !== null) expect(copy[k]).not.toBe(value[k]);
        }),
        { numRuns: 150 },
      );
    });
  });
});
