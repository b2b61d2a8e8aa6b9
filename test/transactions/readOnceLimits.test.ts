// readOnce's limits at their boundaries: exactly at each limit is read, one beyond is refused (invalid_input, path,
// message naming the limit). The limits are passed small (the internal `limits` parameter) so no test allocates
// millions of objects; the defaults every entry point reads with are checked against docs/limits.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ITEMS, MAX_VALUES, READ_LIMITS, readOnce, type ReadLimits } from '../../src/transactions/_lib/readOnce.js';

const LIMITS: ReadLimits = { maxDepth: 64, maxItems: 1_000, maxValues: 1_000 };

const read = (input: unknown, limits: Partial<ReadLimits>, prefix: ReadonlyArray<string | number> = []) => readOnce(input, prefix, { ...LIMITS, ...limits });
const failure = (input: unknown, limits: Partial<ReadLimits>, prefix: ReadonlyArray<string | number> = []) => {
  const r = read(input, limits, prefix);
  if (r.ok) throw new Error('expected a failure');
  expect(r.issues).toHaveLength(1);
  return { code: r.issues[0]!.code, path: r.issues[0]!.path, message: r.issues[0]!.message };
};
/** `n` objects nested in one another, `{ a: { a: … { leaf: 1 } } }`: the innermost is at depth n − 1. */
const nest = (n: number): Record<string, unknown> => {
  let o: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < n; i++) o = { a: o };
  return o;
};
/** A list of `n` empty objects. */
const objects = (n: number): object[] => Array.from({ length: n }, () => ({}));

describe('readOnce limits', () => {
  describe('items in one list', () => {
    it('reads a list of exactly maxItems items and refuses maxItems + 1', () => {
      expect(read({ l: [1, 2, 3] }, { maxItems: 3 })).toEqual({ ok: true, value: { l: [1, 2, 3] } });
      expect(failure({ l: [1, 2, 3, 4] }, { maxItems: 3 }, [2])).toEqual({
        code: 'invalid_input',
        path: [2, 'l'],
        message: 'The list has 4 items, more than the 3 read: split it.',
      });
    });

    it('applies to every list, nested ones included, and to the input itself', () => {
      expect(read([[1, 2], [3, 4]], { maxItems: 2 }).ok).toBe(true);
      expect(failure([[1, 2], [3, 4, 5]], { maxItems: 2 }).path).toEqual([1]);
      expect(failure([1, 2, 3], { maxItems: 2 })).toMatchObject({ code: 'invalid_input', path: [] });
      expect(read([], { maxItems: 0 })).toEqual({ ok: true, value: [] });
      expect(failure([0], { maxItems: 0 }).message).toBe('The list has 1 items, more than the 0 read: split it.');
    });

    it('counts the items of a list, not the keys of an object', () => {
      const wide = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, i]));
      expect(read(wide, { maxItems: 2 })).toEqual({ ok: true, value: wide });
    });
  });

  describe('objects and arrays in one input', () => {
    it('reads an input of exactly maxValues objects and arrays and refuses maxValues + 1, at the first one beyond', () => {
      // The root, the list and 3 objects: 5.
      expect(read({ l: objects(3) }, { maxValues: 5 })).toEqual({ ok: true, value: { l: [{}, {}, {}] } });
      // The root, the list and 4 objects: 6; the 4th object (index 3) is the 6th met.
      expect(failure({ l: objects(4) }, { maxValues: 5 }, [7])).toEqual({
        code: 'invalid_input',
        path: [7, 'l', 3],
        message: "The value holds more than 5 objects and arrays: give the document's plain data (or split it).",
      });
    });

    it('counts a shared object each time it is met, and no primitive', () => {
      const shared = { site: 'PARIS' };
      // The root list and the shared object twice: 3.
      expect(read([shared, shared, 'x', 1, null], { maxValues: 3 }).ok).toBe(true);
      expect(failure([shared, shared, shared], { maxValues: 3 }).path).toEqual([2]);
      // A primitive input holds no object at all.
      expect(read('text', { maxValues: 0 })).toEqual({ ok: true, value: 'text' });
      expect(failure({}, { maxValues: 0 })).toMatchObject({ code: 'invalid_input', path: [] });
    });

    it('gives each read the whole budget: reads with the same limits one after the other, each up to maxValues, all pass', () => {
      // The state of a read is reused by the next one with the same limits: its budget must start full again.
      const limits: ReadLimits = { ...LIMITS, maxValues: 3 };
      const input = { a: {}, b: [] }; // root + a + b: 3
      for (let i = 0; i < 3; i++) expect(readOnce(input, [], limits)).toEqual({ ok: true, value: { a: {}, b: [] } });
      // after a read refused for its budget, the next one is read in full
      expect(readOnce({ a: {}, b: {}, c: {} }, [], limits)).toMatchObject({ ok: false, issues: [{ code: 'invalid_input', path: ['c'] }] });
      expect(readOnce(input, [], limits).ok).toBe(true);
    });

    it('counts the objects of the whole input, across lists and nesting', () => {
      // root + a + a.b + c (list) + c[0]: 5.
      const input = { a: { b: {} }, c: [{}] };
      expect(read(input, { maxValues: 5 }).ok).toBe(true);
      expect(failure(input, { maxValues: 4 }).path).toEqual(['c', 0]);
      expect(failure(input, { maxValues: 2 }).path).toEqual(['a', 'b']);
    });
  });

  describe('nesting', () => {
    it('reads maxDepth levels below the input and refuses one more', () => {
      // nest(n) holds objects at depths 0 … n − 1.
      expect(read(nest(4), { maxDepth: 3 }).ok).toBe(true);
      expect(failure(nest(5), { maxDepth: 3 })).toEqual({
        code: 'invalid_input',
        path: ['a', 'a', 'a', 'a'],
        message: "The value nests deeper than 3 levels: give the document's plain data.",
      });
    });
  });

  it('copies a plain object that only claims to be a Decimal as plain data (only a class instance is read as one)', () => {
    expect(read({ a: { toStringTag: '[object Decimal]', d: 1 } }, {})).toEqual({ ok: true, value: { a: { toStringTag: '[object Decimal]', d: 1 } } });
  });

  describe('the defaults', () => {
    it('are 64 levels, 10,000,000 items and 50,000,000 objects, and every entry point reads with them', () => {
      expect(READ_LIMITS).toEqual({ maxDepth: 64, maxItems: 10_000_000, maxValues: 50_000_000 });
      expect({ MAX_DEPTH, MAX_ITEMS, MAX_VALUES }).toEqual({ MAX_DEPTH: 64, MAX_ITEMS: 10_000_000, MAX_VALUES: 50_000_000 });
      expect(Object.isFrozen(READ_LIMITS)).toBe(true);
      // Without `limits`, a list's length is checked against the default (a proxy claims the length: nothing is allocated).
      const claiming = (length: number) => new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
      expect(readOnce({ l: claiming(MAX_ITEMS + 1) })).toMatchObject({ ok: false, issues: [{ code: 'invalid_input', path: ['l'], message: 'The list has 10000001 items, more than the 10000000 read: split it.' }] });
      // Without `limits`, 64 levels are read and the 65th is refused.
      expect(readOnce(nest(MAX_DEPTH + 1)).ok).toBe(true);
      expect(readOnce(nest(MAX_DEPTH + 2)).ok).toBe(false);
    });

    it('are the ones docs/limits.md states', () => {
      const doc = readFileSync(new URL('../../docs/limits.md', import.meta.url), 'utf8');
      const section = doc.slice(doc.indexOf('## Inputs are read once'));
      const row = (what: string): string => {
        const m = new RegExp(`^\\| ${what} \\| ([^|]+) \\|$`, 'm').exec(section);
        if (!m) throw new Error(`no row "${what}" in docs/limits.md`);
        return m[1]!.trim();
      };
      const count = (text: string): number => Number(text.replace(/ (levels|items)$/, '').replaceAll(',', ''));
      expect(count(row('nesting'))).toBe(READ_LIMITS.maxDepth);
      expect(count(row('one array'))).toBe(READ_LIMITS.maxItems);
      expect(count(row('objects and arrays in one input \\(a shared object counts each time it is met\\)'))).toBe(READ_LIMITS.maxValues);
    });
  });
});
