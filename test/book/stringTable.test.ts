// The open-addressing string → id table createBook and parseFecBook intern account numbers, labels and ids with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString, StringTable } from '../../src/book/_lib/StringTable.js';

describe('StringTable', () => {
  it('gives dense ids in first-seen order, the same id for the same string, and −1 for an unknown one', () => {
    const t = new StringTable();
    expect(t.id('411000')).toBe(0);
    expect(t.id('706100')).toBe(1);
    expect(t.id('411000')).toBe(0);
    expect(t.size).toBe(2);
    expect(t.find('706100')).toBe(1);
    expect(t.find('445710')).toBe(-1);
    expect(t.values).toEqual(['411000', '706100']);
  });

  it('keeps every id through many resizes (from the smallest capacity)', () => {
    const t = new StringTable(1);
    for (let k = 0; k < 5000; k++) expect(t.id(`C${k}`)).toBe(k);
    for (let k = 0; k < 5000; k++) expect(t.find(`C${k}`)).toBe(k);
    expect(t.find('C5000')).toBe(-1);
    expect(t.size).toBe(5000);
  });

  it('tells apart strings whose hashes collide in the table (linear probing compares the strings)', () => {
    // Strings that fall in the same slot of a 16-slot table: their hashes agree on the low 4 bits.
    const slot = (s: string): number => hashString(s) & 15;
    const same: string[] = [];
    for (let k = 0; same.length < 4; k++) if (slot(`k${k}`) === slot('k0')) same.push(`k${k}`);
    const t = new StringTable(4);
    same.forEach((s, i) => expect(t.id(s)).toBe(i));
    same.forEach((s, i) => expect(t.find(s)).toBe(i));
    expect(t.find('absent')).toBe(-1);
  });

  it('hashString is deterministic and a 32-bit integer, and tells apart "" and strings differing in one code unit', () => {
    expect(hashString('411000')).toBe(hashString('411000'));
    expect(Number.isInteger(hashString('é'))).toBe(true);
    expect(hashString('ab')).not.toBe(hashString('ba'));
    expect(hashString('')).not.toBe(hashString('\u0000'));
  });

  describe('properties', () => {
    it('map equivalence: ids and lookups agree with a Map<string, number> for any sequence of strings', () => {
      fc.assert(
        fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), fc.nat(64), (added, probes, expected) => {
          const t = new StringTable(expected);
          const m = new Map<string, number>();
          for (const s of added) {
            if (!m.has(s)) m.set(s, m.size);
            expect(t.id(s)).toBe(m.get(s));
          }
          expect(t.size).toBe(m.size);
          for (const s of [...added, ...probes]) expect(t.find(s)).toBe(m.get(s) ?? -1);
        }),
      );
    });

    it('append equivalence: distinct strings appended unhashed, then looked up and added to, agree with a Map<string, number>', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), fc.nat(64), (appended, later, expected) => {
          const t = new StringTable(expected);
          const m = new Map<string, number>();
          for (const s of appended) {
            m.set(s, m.size);
            expect(t.append(s)).toBe(m.get(s));
          }
          expect(t.values).toEqual(appended);
          for (const s of later) {
            expect(t.find(s)).toBe(m.get(s) ?? -1);
            if (!m.has(s)) m.set(s, m.size);
            expect(t.id(s)).toBe(m.get(s));
          }
          expect(t.size).toBe(m.size);
        }),
      );
    });
  });
});
