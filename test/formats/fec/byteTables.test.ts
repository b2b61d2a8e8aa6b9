// The scanner's byte-level helpers (src/formats/fec/_lib/bytes.ts, ByteTable.ts, EntryNumbers.ts), each against a
// plain oracle: the text readers of readFecText.ts for amounts and dates, a Map of strings for the interning table,
// a Map of entry numbers to their first journal for EntryNumbers; and worked vectors at their edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTable } from '../../../src/formats/fec/_lib/ByteTable.js';
import { EntryNumbers } from '../../../src/formats/fec/_lib/EntryNumbers.js';
import { centsAt, latin9HasC1, sameBytes, sameRange, utf8Check, utf8Sequence, ymdAt, ymdToDay } from '../../../src/formats/fec/_lib/bytes.js';
import { fecAmountToCents, fecDateToDayNumber } from '../../../src/formats/fec/readFecText.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The field `s` inside other bytes, as the scanner meets it: `[bytes, start, end]`. */
const field = (s: string): [Uint8Array, number, number] => {
  const b = enc(`|9${s}9|`);
  return [b, 2, b.length - 2];
};

describe('centsAt and ymdAt: worked vectors', () => {
  it('reads amounts as fecAmountToCents does', () => {
    const cases: Array<[string, number]> = [
      ['0', 0], ['-0', 0], ['0,00-', 0], ['1', 100], ['1,5', 150], ['1,50', 150], ['1,500', 150], ['-1,05', -105], ['1,05-', -105], ['+7', 700], ['7+', 700],
      ['9999999999999,99', 999999999999999], ['000012,34', 1234],
    ];
    for (const [text, cents] of cases) expect(centsAt(...field(text))).toBe(cents);
    for (const bad of ['', '-', '+', ',5', '1,', '1,,5', '1,501', '1.5', '1 0', '10000000000000', '10000000000000,00', '1-2', '--1', '1,5x', '/', ':', '1,/', '1,:']) {
      expect(centsAt(...field(bad)), bad).toBeNaN();
    }
  });

  it('reads AAAAMMJJ dates, refusing what is not a real date', () => {
    for (const ok of ['20240229', '20000229', '00010101', '99991231', '20241231', '20240131', '20240430']) expect(ymdAt(...field(ok)), ok).toBe(Number(ok));
    for (const bad of ['20230229', '21000229', '19000229', '20240230', '20240431', '20240132', '20241301', '20240001', '20240100', '00000101', '2024011', '202401011', '2024-1-1', '2024010/', '2024010:', '/0240101']) {
      expect(ymdAt(...field(bad)), bad).toBeNaN();
    }
    expect(ymdToDay(19700101)).toBe(0);
    expect(ymdToDay(20240229)).toBe(fecDateToDayNumber('20240229'));
    expect(ymdToDay(19691231)).toBe(-1);
  });
});

describe('sameBytes, sameRange, latin9HasC1, utf8Check: worked vectors', () => {
  it('compares byte ranges of one buffer, of any length and offset', () => {
    const b = enc('abcdefgh|abcdefgh|abcdefgX|abc');
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    expect([sameBytes(b, 0, 8, 9, 17), sameBytes(b, 0, 8, 18, 26), sameBytes(b, 0, 3, 27, 30), sameBytes(b, 0, 4, 27, 30), sameBytes(b, 5, 5, 9, 9)]).toEqual([true, false, true, false, true]);
    expect([sameRange(b, dv, 0, 8, 9, 17), sameRange(b, dv, 0, 8, 18, 26), sameRange(b, dv, 0, 3, 27, 30), sameRange(b, dv, 0, 4, 27, 30), sameRange(b, dv, 1, 8, 19, 26), sameRange(b, dv, 1, 8, 10, 17)]).toEqual([true, false, true, false, false, true]);
    // a difference in the first word, and in the tail after the words
    const c = enc('Xbcdefghi|abcdefghi|abcdefghX');
    const cv = new DataView(c.buffer);
    expect([sameRange(c, cv, 0, 9, 10, 19), sameRange(c, cv, 10, 19, 20, 29), sameRange(c, cv, 1, 9, 11, 19)]).toEqual([false, false, true]);
  });

  it('finds a C1 byte only between 0x80 and 0x9F', () => {
    expect([0x7f, 0xa0, 0xff, 0x41].map((x) => latin9HasC1(new Uint8Array([0x41, x])))).toEqual([false, false, false, false]);
    expect([0x80, 0x9f, 0x92].map((x) => latin9HasC1(new Uint8Array([0x41, x, 0x41])))).toEqual([true, true, true]);
    expect(latin9HasC1(new Uint8Array(0))).toBe(false);
  });

  it('checks UTF-8 at its edges: overlong forms, surrogates, above U+10FFFF, truncated, C1', () => {
    const check = (...bytes: number[]) => utf8Check(new Uint8Array(bytes));
    expect(check()).toBe(1);
    expect(check(0x41, 0x7f)).toBe(1);
    expect(check(0xc2, 0x80)).toBe(2); // U+0080
    expect(check(0xc2, 0x9f)).toBe(2); // U+009F
    expect(check(0xc2, 0xa0)).toBe(1); // U+00A0
    expect(check(0xc1, 0xbf)).toBe(0); // overlong
    expect(check(0xe0, 0x9f, 0xbf)).toBe(0); // overlong U+07FF
    expect(check(0xe0, 0xa0, 0x80)).toBe(1); // U+0800
    expect(check(0xed, 0x9f, 0xbf)).toBe(1); // U+D7FF
    expect(check(0xed, 0xa0, 0x80)).toBe(0); // U+D800
    expect(check(0xed, 0xbf, 0xbf)).toBe(0); // U+DFFF
    expect(check(0xee, 0x80, 0x80)).toBe(1); // U+E000
    expect(check(0xef, 0xbf, 0xbf)).toBe(1); // U+FFFF
    expect(check(0xf0, 0x8f, 0xbf, 0xbf)).toBe(0); // overlong U+FFFF
    expect(check(0xf0, 0x90, 0x80, 0x80)).toBe(1); // U+10000
    expect(check(0xf4, 0x8f, 0xbf, 0xbf)).toBe(1); // U+10FFFF
    expect(check(0xf4, 0x90, 0x80, 0x80)).toBe(0); // U+110000
    expect(check(0xf5, 0x80, 0x80, 0x80)).toBe(0);
    expect(check(0xe2, 0x82)).toBe(0); // truncated €
    expect(check(0xe2, 0x82, 0x41)).toBe(0);
    expect(check(0x80)).toBe(0);
    expect(check(0xdf, 0xbf)).toBe(1);
    expect(check(0xe0)).toBe(0);
    // long ASCII runs read by words, then a C1 or a bad byte at each position of a word
    for (let at = 0; at < 24; at++) {
      const ascii = new Uint8Array(40).fill(0x61);
      const withC1 = new Uint8Array([...ascii.slice(0, at), 0xc2, 0x85, ...ascii.slice(at)]);
      const withBad = new Uint8Array([...ascii.slice(0, at), 0xff, ...ascii.slice(at)]);
      expect([utf8Check(withC1), utf8Check(withBad), utf8Check(ascii.subarray(0, at + 1))]).toEqual([2, 0, 1]);
    }
  });
});

describe('utf8Sequence: worked vectors', () => {
  /** The sequence at `i` of the bytes, read up to `n` (default: their end). */
  const seq = (bytes: number[], i = 0, n = bytes.length) => utf8Sequence(new Uint8Array(bytes), i, n);

  it('gives the length of a sequence, negated for a C1 control (U+0080–U+009F)', () => {
    expect([seq([0xc2, 0x80]), seq([0xc2, 0x9f]), seq([0xc2, 0xa0]), seq([0xc3, 0xa9]), seq([0xdf, 0xbf])]).toEqual([-2, -2, 2, 2, 2]);
    expect([seq([0xe0, 0xa0, 0x80]), seq([0xe2, 0x82, 0xac]), seq([0xed, 0x9f, 0xbf]), seq([0xee, 0x80, 0x80]), seq([0xef, 0xbf, 0xbf])]).toEqual([3, 3, 3, 3, 3]);
    expect([seq([0xf0, 0x90, 0x80, 0x80]), seq([0xf0, 0x9f, 0x98, 0x80]), seq([0xf4, 0x8f, 0xbf, 0xbf])]).toEqual([4, 4, 4]);
    // inside a longer buffer, at an offset: only the sequence's own bytes count
    expect([seq([0x41, 0x41, 0xc3, 0xa9, 0x41], 2), seq([0x41, 0xe2, 0x82, 0xac, 0xc3], 1), seq([0x41, 0xc2, 0x85, 0x41], 1)]).toEqual([2, 3, -2]);
  });

  it('refuses (0) bytes that cannot start a sequence, even when continuation bytes follow', () => {
    // a continuation byte, the overlong leads C0 and C1, and F5–FF (beyond U+10FFFF or not UTF-8 at all)
    for (const lead of [0x80, 0x81, 0x8f, 0xbf, 0xc0, 0xc1, 0xf5, 0xf7, 0xf8, 0xf9, 0xfb, 0xfc, 0xfe, 0xff]) {
      expect([lead, seq([lead, 0x80, 0x80, 0x80]), seq([lead, 0x90, 0x80, 0x80]), seq([lead, 0xbf, 0xbf, 0xbf])]).toEqual([lead, 0, 0, 0]);
    }
  });

  it('refuses overlong forms, surrogates, code points above U+10FFFF and bad continuation bytes', () => {
    expect([seq([0xe0, 0x9f, 0xbf]), seq([0xe0, 0x80, 0x80]), seq([0xf0, 0x8f, 0xbf, 0xbf]), seq([0xf0, 0x80, 0x80, 0x80])]).toEqual([0, 0, 0, 0]);
    expect([seq([0xed, 0xa0, 0x80]), seq([0xed, 0xb0, 0x80]), seq([0xed, 0xbf, 0xbf])]).toEqual([0, 0, 0]);
    expect([seq([0xf4, 0x90, 0x80, 0x80]), seq([0xf4, 0xbf, 0xbf, 0xbf])]).toEqual([0, 0]);
    expect([seq([0xc3, 0x41]), seq([0xc3, 0xc3]), seq([0xe2, 0x82, 0x41]), seq([0xe2, 0x41, 0xac]), seq([0xf0, 0x9f, 0x98, 0xc0])]).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses a sequence cut at n, whatever bytes lie beyond n', () => {
    const euro = [0x41, 0x41, 0xe2, 0x82, 0xac, 0x41];
    expect([seq(euro, 2, 3), seq(euro, 2, 4), seq(euro, 2, 5), seq(euro, 2, 6)]).toEqual([0, 0, 3, 3]);
    const e = [0xc3, 0xa9, 0x41];
    expect([seq(e, 0, 1), seq(e, 0, 2)]).toEqual([0, 2]);
    const emoji = [0x41, 0xf0, 0x9f, 0x98, 0x80];
    expect([seq(emoji, 1, 2), seq(emoji, 1, 4), seq(emoji, 1, 5)]).toEqual([0, 0, 4]);
  });
});

describe('properties', () => {
  const amountText = fc.oneof(
    fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{1,15}$/), fc.constantFrom('', ',', ',5', ',05', ',50', ',500', ',501', ',123'), fc.constantFrom('', '', '-', '+')).map(([a, b, c, d]) => `${a}${b}${c}${d}`),
    fc.stringMatching(/^[-+0-9,. a]{0,8}$/),
  );

  it('centsAt ≡ fecAmountToCents on the decoded field', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        const got = centsAt(...field(text));
        const want = fecAmountToCents(text);
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(got).toBe(want === 0 ? 0 : want);
      }),
      { numRuns: 400 },
    );
  });

  it('ymdAt ≡ fecDateToDayNumber on the decoded field, and ymdToDay gives its day number', () => {
    const dateText = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
      fc.stringMatching(/^[0-9/:]{7,9}$/),
    );
    fc.assert(
      fc.property(dateText, (text) => {
        const v = ymdAt(...field(text));
        const day = fecDateToDayNumber(text);
        if (Number.isNaN(day)) expect(v).toBeNaN();
        else expect(ymdToDay(v)).toBe(day);
      }),
      { numRuns: 400 },
    );
  });

  it('interning: ByteTable gives each distinct byte string one dense id, in order of first use, and its bytes back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.integer({ min: 0, max: 40 }), (keys, expected) => {
        const table = new ByteTable(expected);
        const oracle = new Map<string, number>();
        for (const k of keys) {
          const [b, s, e] = field(k);
          expect(table.find(b, s, e)).toBe(oracle.get(k) ?? -1);
          const id = table.id(b, s, e);
          if (!oracle.has(k)) oracle.set(k, oracle.size);
          expect(id).toBe(oracle.get(k));
          expect(table.size).toBe(oracle.size);
        }
        for (const [k, id] of oracle) {
          expect(new TextDecoder().decode(table.bytes(id))).toBe(k);
          expect(table.find(...field(k))).toBe(id);
        }
        expect(table.find(...field('not a key, longer than six'))).toBe(-1);
      }),
      { numRuns: 100 },
    );
  });

  it('EntryNumbers answers the journal that first used a number, -1 for a new one, patterned or not (journals numbered in order of first use)', () => {
    const numbersArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.oneof(fc.integer({ min: 0, max: 30 }).map((n) => `P${n}`), fc.integer({ min: 0, max: 30 }).map((n) => `VT${String(n).padStart(3, '0')}`), fc.constantFrom('X', 'AB', '12', '7', 'VT', 'VT1x'))),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(numbersArb, fc.boolean(), (list, sequential) => {
        // journals numbered in order of first use, as the scanner numbers them (EntryNumbers relies on it)
        const ids = new Map<number, number>();
        const ordered = list.map(([j, n]) => [ids.get(j) ?? (ids.set(j, ids.size), ids.size - 1), n] as const);
        // in order per journal (the fast path) or as drawn
        const items = sequential ? ordered.map(([j], i) => [j, `J${j}-${String(i).padStart(4, '0')}`] as const) : ordered;
        const text = items.map(([, n]) => n).join('|');
        const b = enc(text);
        const numbers = new EntryNumbers(b);
        const oracle = new Map<string, number>();
        let at = 0;
        for (const [journal, num] of items) {
          const got = numbers.add(at, at + num.length, journal);
          expect(got).toBe(oracle.get(num) ?? -1);
          if (!oracle.has(num)) oracle.set(num, journal);
          at += num.length + 1;
        }
        const extra = enc('RENAMED');
        expect(numbers.addBytes(extra, 0, extra.length, 9)).toBe(-1);
        expect(numbers.addBytes(extra, 0, extra.length, 8)).toBe(9);
      }),
      { numRuns: 150 },
    );
  });
});

describe('ByteTable and EntryNumbers: growth', () => {
  it('keeps every key through arena growth and rehashing', () => {
    const table = new ByteTable();
    const long = 'x'.repeat(300);
    const keys = Array.from({ length: 2000 }, (_, i) => (i % 100 === 0 ? `${long}${i}` : `k${i}`));
    keys.forEach((k, i) => expect(table.id(...field(k))).toBe(i));
    keys.forEach((k, i) => expect(table.find(...field(k))).toBe(i));
    expect(table.size).toBe(2000);
    expect(new TextDecoder().decode(table.bytes(1501))).toBe('k1501');
    expect(new TextDecoder().decode(table.bytes(100))).toBe(`${long}100`);
  });

  it('answers across more than 1024 patterned numbers, then after a number breaks the pattern', () => {
    const nums = [...Array.from({ length: 1500 }, (_, i) => `VT${String(i + 1).padStart(5, '0')}`), 'VT00007', 'VT99999', 'BQ00001', 'VT00001'];
    const b = enc(nums.join('|'));
    const numbers = new EntryNumbers(b);
    let at = 0;
    const got = nums.map((n, i) => {
      const r = numbers.add(at, at + n.length, i === 1502 ? 1 : 0);
      at += n.length + 1;
      return r;
    });
    expect(got.slice(0, 1500).every((r) => r === -1)).toBe(true);
    expect(got.slice(1500)).toEqual([0, -1, -1, 0]);
  });

  it('sends a decreasing number, or one of another journal\'s prefix, to the table', () => {
    const check = (items: Array<[number, string]>): number[] => {
      const b = enc(items.map(([, n]) => n).join('|'));
      const numbers = new EntryNumbers(b);
      let at = 0;
      return items.map(([j, n]) => {
        const r = numbers.add(at, at + n.length, j);
        at += n.length + 1;
        return r;
      });
    };
    expect(check([[0, 'A10'], [0, 'A9'], [0, 'A10']])).toEqual([-1, -1, 0]);
    expect(check([[0, 'A2'], [0, 'A1'], [0, 'A2'], [0, 'A1']])).toEqual([-1, -1, 0, 0]);
    expect(check([[0, 'A1'], [1, 'A2'], [1, 'A1']])).toEqual([-1, -1, 0]);
    expect(check([[0, 'A1'], [0, 'A1']])).toEqual([-1, 0]);
    expect(check([[0, 'A12'], [0, 'A13'], [0, 'A12']])).toEqual([-1, -1, 0]);
    expect(check([[0, 'A19'], [0, 'A21'], [0, 'A20'], [0, 'A21']])).toEqual([-1, -1, -1, 0]);
    expect(check([[2, 'B1'], [0, 'A1'], [2, 'B1']])).toEqual([-1, -1, 2]);
    expect(check([[0, '1'], [1, '1']])).toEqual([-1, 0]);
  });
});
