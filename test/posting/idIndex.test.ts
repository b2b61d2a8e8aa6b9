// IdIndex (src/posting/_lib/idIndex.ts): the string-keyed table a posting run keeps its document ids and invoice
// numbers in, in place of a Map.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../src/posting/_lib/idIndex.js';

describe('IdIndex', () => {
  it('slots: a new key gets the next slot and no value; a known key its own slot and value', () => {
    const index = new IdIndex<number>(2);
    expect(index.slot('a')).toBe(0);
    expect(index.at(0)).toBeUndefined();
    expect(index.has('a')).toBe(false);
    index.put(0, 7);
    expect(index.slot('b')).toBe(1);
    expect(index.slot('a')).toBe(0);
    expect([index.size, index.at(0), index.get('a'), index.has('a'), index.get('c')]).toEqual([2, 7, 7, true, undefined]);
  });

  describe('properties', () => {
    it('map equivalence: any sequence of set, get and has answers as a Map, values listed in first-insertion order, past its expected size', () => {
      const key = fc.constantFrom('', 'a', 'b', 'FA-1', 'FA-10', 'inv-1', 'é', '\u0000', 'a'.repeat(40));
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom('set', 'get', 'has'), fc.oneof(key, fc.string({ maxLength: 6 })), fc.integer()), { maxLength: 200 }), (ops) => {
          const index = new IdIndex<number>(1);
          const map = new Map<string, number>();
          for (const [op, k, v] of ops) {
            if (op === 'set') {
              index.set(k, v);
              map.set(k, v);
            } else if (op === 'get') expect(index.get(k)).toBe(map.get(k));
            else expect(index.has(k)).toBe(map.has(k));
          }
          expect([...index.values()]).toEqual([...map.values()]);
        }),
        { numRuns: 200 },
      );
    });
  });
});
