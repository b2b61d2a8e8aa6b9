// EntryNumbers (src/formats/fec/_lib/EntryNumbers.ts): which journal first used an entry number, against a plain
// Map; and when it needs its hash table, against a plain model of the pattern it reads without one (a prefix of
// the journal's own, then increasing digits). ByteTable's interning through its first sizes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTable } from '../../../src/formats/fec/_lib/ByteTable.js';
import { EntryNumbers } from '../../../src/formats/fec/_lib/EntryNumbers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The numbers of `items` written one after the other (`|` between), added in order: each answer and whether the table answered then. */
function run(items: ReadonlyArray<readonly [number, string]>): { answers: number[]; tables: boolean[]; numbers: EntryNumbers } {
  const b = enc(items.map(([, n]) => n).join('|'));
  const numbers = new EntryNumbers(b);
  let at = 0;
  const answers: number[] = [];
  const tables: boolean[] = [];
  for (const [journal, n] of items) {
    answers.push(numbers.add(at, at + n.length, journal));
    tables.push(numbers.usesTable);
    at += n.length + 1;
  }
  return { answers, tables, numbers };
}

/** The reference: a Map of each number to the journal that first used it (−1: new). */
function reference(items: ReadonlyArray<readonly [number, string]>): number[] {
  const first = new Map<string, number>();
  return items.map(([journal, n]) => {
    const owner = first.get(n);
    if (owner === undefined) first.set(n, journal);
    return owner ?? -1;
  });
}

/**
 * The pattern, as plain strings: a number is its prefix (up to its first digit) and digits only; a journal's first
 * number has a prefix no other journal has; a later one has the journal's prefix and comes after its last number
 * (longer, or as long and greater). The index of the first number that breaks it, or the length when none does.
 */
function firstBreak(items: ReadonlyArray<readonly [number, string]>): number {
  const prefixes = new Map<number, string>();
  const last = new Map<number, string>();
  for (let i = 0; i < items.length; i++) {
    const [journal, n] = items[i]!;
    const m = /^([^0-9]*)([0-9]+)$/.exec(n);
    if (m === null) return i;
    const prefix = m[1]!;
    const own = prefixes.get(journal);
    if (own === undefined) {
      if ([...prefixes.values()].includes(prefix)) return i;
      prefixes.set(journal, prefix);
    } else {
      const before = last.get(journal)!;
      if (own !== prefix || n.length < before.length || (n.length === before.length && n <= before)) return i;
    }
    last.set(journal, n);
  }
  return items.length;
}

describe('EntryNumbers: worked vectors', () => {
  it('answers -1 for each new number of journals numbered VT000001, BQ000001… and builds no table', () => {
    const items: Array<[number, string]> = [
      [0, 'VT000001'],
      [1, 'BQ000001'],
      [0, 'VT000002'],
      [1, 'BQ000002'],
      [0, 'VT000010'],
      [2, '1'],
      [2, '2'],
      [2, '10'],
    ];
    const { answers, tables } = run(items);
    expect(answers).toEqual([-1, -1, -1, -1, -1, -1, -1, -1]);
    expect(tables.every((t) => !t)).toBe(true);
  });

  it('answers the first owner once a number comes back, the table then built with every number seen', () => {
    const { answers, tables } = run([
      [0, 'VT01'],
      [0, 'VT02'],
      [1, 'BQ01'],
      [0, 'VT01'], // back: breaks the pattern (not after VT02)
      [1, 'BQ01'],
      [1, 'VT02'], // another journal's number
      [1, 'BQ02'],
    ]);
    expect(answers).toEqual([-1, -1, -1, 0, 1, 0, -1]);
    expect(tables).toEqual([false, false, false, true, true, true, true]);
  });

  it('needs the table for a number without digits, with a letter after its digits, or with another journal\'s prefix', () => {
    expect(run([[0, 'A1'], [0, 'AB']]).tables).toEqual([false, true]);
    expect(run([[0, 'ABC']]).tables).toEqual([true]);
    expect(run([[0, 'A1'], [0, 'A2x']]).tables).toEqual([false, true]);
    expect(run([[0, '1x']]).tables).toEqual([true]);
    expect(run([[0, 'A1'], [1, 'A2']]).tables).toEqual([false, true]);
    expect(run([[0, '7'], [1, '8']]).tables).toEqual([false, true]);
    // another prefix in the same journal
    expect(run([[0, 'A1'], [0, 'B2']]).tables).toEqual([false, true]);
    // a byte below '0' after the digits, or in the prefix (part of it)
    expect(run([[0, 'A1-']]).tables).toEqual([true]);
    expect(run([[0, 'A1 2']]).tables).toEqual([true]);
    expect(run([[0, 'VT-1'], [0, 'VT-2'], [1, 'VT/1']]).tables).toEqual([false, false, false]);
    // the same prefix's start, longer: not the journal's prefix
    expect(run([[0, 'A1'], [0, 'AA2']]).tables).toEqual([false, true]);
  });

  it('keeps the fast path for a longer number, or one as long and greater at its first differing digit, and only then', () => {
    expect(run([[0, 'A9'], [0, 'A10'], [0, 'A11'], [0, 'A100']]).tables).toEqual([false, false, false, false]);
    expect(run([[0, 'A10'], [0, 'A9']]).tables).toEqual([false, true]);
    expect(run([[0, 'A12'], [0, 'A12']]).tables).toEqual([false, true]);
    expect(run([[0, 'A12'], [0, 'A11']]).tables).toEqual([false, true]);
    expect(run([[0, 'A21'], [0, 'A12']]).tables).toEqual([false, true]);
    expect(run([[0, 'A12'], [0, 'A21']]).tables).toEqual([false, false]);
    expect(run([[0, 'A019'], [0, 'A020'], [0, 'A100']]).tables).toEqual([false, false, false]);
  });

  it('tells a number of a journal first met after a higher one (journals in any order)', () => {
    // journal 1 first: journal 0 is new later, with the same digits-only prefix
    expect(run([[1, '5'], [0, '5']]).answers).toEqual([-1, 1]);
    expect(run([[3, 'X1'], [1, 'X2'], [3, 'X2']]).answers).toEqual([-1, -1, 1]);
    expect(run([[2, 'B1'], [0, 'A1'], [2, 'B2'], [0, 'A2']]).tables).toEqual([false, false, false, false]);
  });

  it('answers through the table for numbers given as other bytes (addBytes), and builds it then', () => {
    const { numbers } = run([[0, 'VT1'], [0, 'VT2']]);
    expect(numbers.usesTable).toBe(false);
    const vt1 = enc('xVT1');
    expect(numbers.addBytes(vt1, 1, 4, 5)).toBe(0);
    expect(numbers.usesTable).toBe(true);
    const renamed = enc('VT1:2');
    expect(numbers.addBytes(renamed, 0, renamed.length, 5)).toBe(-1);
    expect(numbers.addBytes(renamed, 0, renamed.length, 0)).toBe(5);
  });

  it('moves exactly as many numbers as its first arrays hold (1,024) into the table, and grows the table past 1,024 numbers', () => {
    const full: Array<[number, string]> = Array.from({ length: 1024 }, (_, i) => [0, `F${i + 1}`] as [number, string]);
    full.push([0, 'F1'], [1, 'G1'], [1, 'G1'], [0, 'F1024']);
    expect(run(full).answers.slice(1024)).toEqual([0, -1, 1, 0]);
    // the table from the first number: 1,500 numbers, all answered, and again
    const early: Array<[number, string]> = [[0, 'X']];
    for (let i = 1; i <= 1500; i++) early.push([1 + (i % 2), `N${i}`]);
    for (let i = 1; i <= 1500; i += 7) early.push([3, `N${i}`]);
    early.push([3, 'N1024'], [3, 'N1025']);
    const { answers, tables } = run(early);
    expect(tables[0]).toBe(true);
    expect(answers).toEqual(reference(early));
    expect(answers.slice(1501, -2).every((a, k) => a === 1 + ((1 + 7 * k) % 2))).toBe(true);
    expect(answers.slice(-2)).toEqual([1, 2]);
  });

  it('keeps every number through more than 1,024 on the fast path, then the table and its growth', () => {
    const items: Array<[number, string]> = [];
    for (let i = 1; i <= 3000; i++) items.push([i % 3, `${'ABC'[i % 3]}${String(i).padStart(5, '0')}`]);
    items.push([1, 'A00003'], [2, 'C00003'], [0, 'Z1']);
    for (let i = 1; i <= 1500; i++) items.push([0, `N${i}`]);
    items.push([2, 'N1500'], [0, 'B02998']);
    const { answers, tables } = run(items);
    expect(answers).toEqual(reference(items));
    expect(tables.indexOf(true)).toBe(3000);
    expect(answers.slice(3000, 3003)).toEqual([0, -1, -1]);
    expect(answers.slice(-2)).toEqual([0, 1]);
  });
});

describe('properties', () => {
  /** Numbers per journal: mostly each journal's counter moving on (by 0 to 3), with the journals' prefixes (maybe shared), some drawn at random. */
  const sequences = fc
    .tuple(
      fc.array(fc.constantFrom('', 'VT', 'BQ', 'A', 'AB', 'V'), { minLength: 5, maxLength: 5 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('', '', '', '0', '00')), { maxLength: 150 }),
      fc.array(fc.tuple(fc.nat(149), fc.constantFrom('X', 'AB', '12', '7', 'VT', 'VT1x', 'A00', '')), { maxLength: 3 }),
    )
    .map(([prefixes, steps, noise]) => {
      const counters = [0, 0, 0, 0, 0];
      const items: Array<[number, string]> = steps.map(([j, step, , pad]) => {
        counters[j]! += step;
        return [j, `${prefixes[j]!}${pad}${counters[j]!}`];
      });
      for (const [at, n] of noise) if (at < items.length) items[at] = [items[at]![0], n];
      return items.filter(([, n]) => n.length > 0);
    });

  it('reference: EntryNumbers answers as a Map of each number to its first journal, for any sequence and journal order', () => {
    fc.assert(
      fc.property(sequences, (items) => {
        expect(run(items).answers).toEqual(reference(items));
      }),
      { numRuns: 200 },
    );
  });

  it('pattern: no table while every number keeps its journal\'s pattern, a table from the first that breaks it on', () => {
    fc.assert(
      fc.property(sequences, (items) => {
        const broken = firstBreak(items);
        expect(run(items).tables).toEqual(items.map((_, i) => i >= broken));
      }),
      { numRuns: 200 },
    );
  });

  it('interning: ByteTable keeps ids, bytes and look-ups through its first sizes, whatever it was sized for', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 0, maxLength: 40 }), { maxLength: 80 }), fc.integer({ min: 0, max: 12 }), (keys, expected) => {
        const table = new ByteTable(expected);
        const ids = new Map<string, number>();
        const b = enc(`${keys.join('\u0000')}\u0000`);
        let at = 0;
        for (const k of keys) {
          const len = enc(k).length;
          const id = table.id(b, at, at + len);
          if (!ids.has(k)) ids.set(k, ids.size);
          expect(id).toBe(ids.get(k));
          at += len + 1;
        }
        expect(table.size).toBe(ids.size);
        for (const [k, id] of ids) {
          expect(new TextDecoder().decode(table.bytes(id))).toBe(k);
          const kb = enc(`#${k}#`);
          expect(table.find(kb, 1, kb.length - 1)).toBe(id);
        }
      }),
      { numRuns: 150 },
    );
  });
});
