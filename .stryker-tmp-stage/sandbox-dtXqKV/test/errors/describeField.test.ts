// @ts-nocheck
// The words a missing-field message uses for what a field holds, read from the zod schema.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeField, FIELD_HINTS, missingAt } from '../../src/errors/_lib/describeField.js';
import { fromZodIssues } from '../../src/errors/index.js';

const party = z.strictObject({ id: z.string(), name: z.string(), account: z.string().optional() });

describe('describeField', () => {
  it('names each zod type in words', () => {
    const s = z.object({
      s: z.string(),
      n: z.number(),
      b: z.boolean(),
      e: z.enum(['a', 'b']),
      l: z.literal('x'),
      l2: z.literal([1, 2]),
      u: z.union([z.string(), z.number()]),
      o: party,
      a: z.array(z.number()),
      aa: z.array(z.array(z.number())),
      ao: z.array(z.object({ x: z.object({ y: z.string() }) })),
      big: z.bigint(),
    });
    const at = (key: string) => describeField(s, {}, [key]);
    expect(at('s')).toBe('a string');
    expect(at('n')).toBe('a number');
    expect(at('b')).toBe('true or false');
    expect(at('e')).toBe('one of "a", "b"');
    expect(at('l')).toBe('"x"');
    expect(at('l2')).toBe('1 or 2');
    expect(at('u')).toBe('a string or a number');
    expect(at('o')).toBe('an object { id, name, account? }');
    expect(at('a')).toBe('a list, each a number');
    expect(at('aa')).toBe('a list, each a list, each a number');
    expect(at('ao')).toBe('a list, each an object { x }');
    expect(at('big')).toBe('a value');
  });

  it('sees through wrappers, and marks as optional the fields that may be left out', () => {
    const s = z.object({
      w: z.string().nullable().readonly().catch('x').default('y'),
      o: z.object({ a: z.string().optional(), b: z.string().default('b'), c: z.string().prefault('c'), d: z.string().optional().nullable(), e: z.string().nullable(), f: z.string().optional().readonly() }),
      nn: z.string().optional().nonoptional(),
    });
    expect(describeField(s, {}, ['w'])).toBe('a string');
    expect(describeField(s, {}, ['o'])).toBe('an object { a?, b?, c?, d?, e, f? }');
    expect(describeField(s, {}, ['nn'])).toBe('a string');
  });

  it('reads the input side of a pipe, the target of a preprocess (a transform piped into the schema)', () => {
    const s = z.object({ p: z.string().pipe(z.string()), t: z.preprocess((v) => Number(v), z.number()) });
    expect(describeField(s, {}, ['p'])).toBe('a string');
    expect(describeField(s, {}, ['t'])).toBe('a number');
  });

  it('lists at most 10 keys, and only names nested objects', () => {
    const shape = Object.fromEntries('abcdefghijkl'.split('').map((k) => [k, z.string()]));
    const s = z.object({ wide: z.object(shape), deep: z.union([z.object({ x: z.string() }), z.number()]) });
    expect(describeField(s, {}, ['wide'])).toBe('an object { a, b, c, d, e, f, g, h, i, j, … }');
    expect(describeField(s, {}, ['deep'])).toBe('an object { x } or a number');
    expect(describeField(z.array(z.array(z.array(z.string()))), [], [])).toBe('a list, each a list, each a list');
  });

  it('uses the hint a schema carries (a date is more than a string)', () => {
    const date = z.string();
    FIELD_HINTS.set(date, 'a date written YYYY-MM-DD');
    const s = z.object({ d: date.optional(), list: z.array(date) });
    expect(describeField(s, {}, ['d'])).toBe('a date written YYYY-MM-DD');
    expect(describeField(s, {}, ['list'])).toBe('a list, each a date written YYYY-MM-DD');
    expect(describeField(s, {}, ['list', 0])).toBe('a date written YYYY-MM-DD');
  });

  it('follows a path through objects and arrays, and picks the option of a discriminated union by its tag', () => {
    const doc = z.discriminatedUnion('type', [
      z.object({ type: z.literal('invoice'), customer: party, lines: z.array(z.object({ qty: z.number() })) }),
      z.object({ type: z.literal('purchase'), supplier: party }),
    ]);
    const list = z.array(doc);
    expect(describeField(list, [{ type: 'invoice' }], [0, 'customer'])).toBe('an object { id, name, account? }');
    expect(describeField(list, [{ type: 'invoice', lines: [{}] }], [0, 'lines', 0, 'qty'])).toBe('a number');
    expect(describeField(list, [{ type: 'purchase' }], [0, 'supplier', 'account'])).toBe('a string');
    // No tag, an unknown tag, a field of the other option: no words.
    expect(describeField(list, [{}], [0, 'customer'])).toBeUndefined();
    expect(describeField(list, [{ type: 'payment' }], [0, 'customer'])).toBeUndefined();
    expect(describeField(list, [{ type: 'purchase' }], [0, 'customer'])).toBeUndefined();
    expect(describeField(list, [null], [0, 'customer'])).toBeUndefined();
    // A path into a string, a numeric key on an object, an unknown key.
    expect(describeField(party, {}, ['id', 'x'])).toBeUndefined();
    expect(describeField(party, {}, [0])).toBeUndefined();
    expect(describeField(party, {}, ['nope'])).toBeUndefined();
  });
});

describe('missingAt', () => {
  it('is true when the path leads to undefined or through a non-object', () => {
    expect(missingAt({ a: { b: 1 } }, ['a', 'b'])).toBe(false);
    expect(missingAt({ a: { b: null } }, ['a', 'b'])).toBe(false);
    expect(missingAt({ a: {} }, ['a', 'b'])).toBe(true);
    expect(missingAt({ a: 'x' }, ['a', 'b'])).toBe(true);
    expect(missingAt(null, ['a'])).toBe(true);
    expect(missingAt([{ x: 1 }], [0, 'x'])).toBe(false);
  });
});

describe('fromZodIssues messages', () => {
  const messages = (schema: z.ZodType, input: unknown, withSource = true) => {
    const r = schema.safeParse(input);
    if (r.success) throw new Error('expected a failure');
    return fromZodIssues(r.error.issues, ['doc'], withSource ? { schema, input } : undefined).map((i) => [i.code, i.path, i.message]);
  };
  const s = z.object({ customer: party, kind: z.enum(['final', 'deposit']), n: z.number() });
  it('tells a missing field what it holds', () => {
    expect(messages(s, { kind: 'final', n: 1 })).toEqual([['invalid_input', ['doc', 'customer'], 'Missing field "customer": it is required and holds an object { id, name, account? }.']]);
    expect(messages(s, { customer: { id: 'C', name: 'N' }, n: 1 })).toEqual([['invalid_input', ['doc', 'kind'], 'Missing field "kind": it is required and holds one of "final", "deposit".']]);
  });
  it('without the input, falls back on the type zod expected', () => {
    expect(messages(s, { kind: 'final', n: 1 }, false)).toEqual([['invalid_input', ['doc', 'customer'], 'Missing field "customer": it is required (object).']]);
  });
  it('tells a field of the wrong type what it must be', () => {
    const [[code, path, message]] = messages(s, { customer: { id: 'C', name: 'N' }, kind: 'final', n: '1' }) as [[string, unknown, string]];
    expect([code, path]).toEqual(['invalid_input', ['doc', 'n']]);
    expect(message).toMatch(/^"n" must be a number: /);
  });
});
