// @ts-nocheck
// The integer arithmetic on minor units of src/posting/_lib/minor.ts (pow10, decimalParts, divRoundNum,
// mulDivRound, safe): hand-computed vectors in each rounding mode and sign, and agreement with the bigint
// divRound of src/money as the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divRound, type RoundingMode } from '../../src/money/index.js';
import { decimalParts, divRoundNum, mulDivRound, pow10, safe } from '../../src/posting/_lib/minor.js';

const MAX = Number.MAX_SAFE_INTEGER;
const MODES: ReadonlyArray<RoundingMode> = ['half-away-from-zero', 'half-even', 'toward-zero', 'away-from-zero'];

describe('pow10', () => {
  it('gives 10^n from the table and past it', () => {
    expect([0, 1, 2, 3, 15].map(pow10)).toEqual([1, 10, 100, 1000, 1e15]);
    expect([16, 17].map(pow10)).toEqual([1e16, 1e17]);
  });
});

describe('decimalParts', () => {
  it('reads an integer and its decimals, trailing zeros dropped', () => {
    expect(decimalParts('12')).toEqual({ int: 12, scale: 0 });
    expect(decimalParts('5.5')).toEqual({ int: 55, scale: 1 });
    expect(decimalParts('0.500')).toEqual({ int: 5, scale: 1 });
    expect(decimalParts('2.000')).toEqual({ int: 2, scale: 0 });
    expect(decimalParts('2.')).toEqual({ int: 2, scale: 0 });
    expect(decimalParts('-1.25')).toEqual({ int: -125, scale: 2 });
    expect(decimalParts('0.000001')).toEqual({ int: 1, scale: 6 });
  });

  it('gives undefined past the safe integers, with or without decimals', () => {
    expect(decimalParts('9007199254740991')).toEqual({ int: MAX, scale: 0 });
    expect(decimalParts('9007199254740992')).toBeUndefined();
    expect(decimalParts('900719925474099.1')).toEqual({ int: MAX, scale: 1 });
    expect(decimalParts('900719925474099.2')).toBeUndefined();
  });
});

describe('divRoundNum', () => {
  // n / d for n = ±7, ±5, ±6 and d = 2 or 4: exact, below, at and above the half.
  const table: ReadonlyArray<[number, number, Record<RoundingMode, number>]> = [
    [6, 2, { 'half-away-from-zero': 3, 'half-even': 3, 'toward-zero': 3, 'away-from-zero': 3 }],
    [5, 2, { 'half-away-from-zero': 3, 'half-even': 2, 'toward-zero': 2, 'away-from-zero': 3 }],
    [7, 2, { 'half-away-from-zero': 4, 'half-even': 4, 'toward-zero': 3, 'away-from-zero': 4 }],
    [-5, 2, { 'half-away-from-zero': -3, 'half-even': -2, 'toward-zero': -2, 'away-from-zero': -3 }],
    [-7, 2, { 'half-away-from-zero': -4, 'half-even': -4, 'toward-zero': -3, 'away-from-zero': -4 }],
    [5, 4, { 'half-away-from-zero': 1, 'half-even': 1, 'toward-zero': 1, 'away-from-zero': 2 }],
    [7, 4, { 'half-away-from-zero': 2, 'half-even': 2, 'toward-zero': 1, 'away-from-zero': 2 }],
    [-5, 4, { 'half-away-from-zero': -1, 'half-even': -1, 'toward-zero': -1, 'away-from-zero': -2 }],
    [-7, 4, { 'half-away-from-zero': -2, 'half-even': -2, 'toward-zero': -1, 'away-from-zero': -2 }],
    [1, 3, { 'half-away-from-zero': 0, 'half-even': 0, 'toward-zero': 0, 'away-from-zero': 1 }],
    [-1, 3, { 'half-away-from-zero': 0, 'half-even': 0, 'toward-zero': 0, 'away-from-zero': -1 }],
    [2, 3, { 'half-away-from-zero': 1, 'half-even': 1, 'toward-zero': 0, 'away-from-zero': 1 }],
    [-2, 3, { 'half-away-from-zero': -1, 'half-even': -1, 'toward-zero': 0, 'away-from-zero': -1 }],
    [0, 7, { 'half-away-from-zero': 0, 'half-even': 0, 'toward-zero': 0, 'away-from-zero': 0 }],
  ];
  it.each(table)('%i / %i in each mode', (n, d, expected) => {
    for (const mode of MODES) expect([mode, divRoundNum(n, d, mode)]).toEqual([mode, expected[mode]]);
  });

  it('agrees with the bigint divRound of money in every mode', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(...MODES), (n, d, mode) => {
        expect(divRoundNum(n, d, mode)).toBe(Number(divRound(BigInt(n), BigInt(d), mode)));
      }),
    );
  });
});

describe('mulDivRound', () => {
  it('computes a × b / c rounded once: 50000 × 287 / 365 = 39315.07 → 39315', () => {
    expect(mulDivRound(50_000, 287, 365, 'half-away-from-zero')).toBe(39_315);
    expect(mulDivRound(-50_000, 287, 365, 'half-away-from-zero')).toBe(-39_315);
    expect(mulDivRound(50_000, 287, 365, 'away-from-zero')).toBe(39_316);
  });

  it('moves the sign of a negative divisor to the dividend', () => {
    expect(mulDivRound(25, 1, -2, 'half-even')).toBe(-12);
    expect(mulDivRound(-25, 1, -2, 'half-even')).toBe(12);
    expect(mulDivRound(25, 1, -2, 'half-away-from-zero')).toBe(-13);
  });

  it('stays exact when the product passes the safe integers (bigints)', () => {
    // (2^53 − 1) × 3 / 2 = 13510798882111486.5 → …487 half away from zero, …486 half even.
    expect(mulDivRound(MAX, 3, 2, 'half-away-from-zero')).toBe(13_510_798_882_111_487);
    expect(mulDivRound(MAX, 3, 2, 'half-even')).toBe(13_510_798_882_111_486);
    expect(mulDivRound(-MAX, 3, 2, 'half-away-from-zero')).toBe(-13_510_798_882_111_487);
    // exactly at the bound, still numbers: MAX × 1 / 1
    expect(mulDivRound(MAX, 1, 1, 'toward-zero')).toBe(MAX);
    expect(mulDivRound(-MAX, 1, 1, 'toward-zero')).toBe(-MAX);
    // 10^15 × 10^3 / 10^3: a product past MAX divided back exactly
    expect(mulDivRound(1e15, 1000, 1000, 'toward-zero')).toBe(1e15);
  });

  it('agrees with bigint arithmetic for products on both sides of the safe range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }).chain((c) => fc.constantFrom(c, -c)),
        fc.constantFrom(...MODES),
        (a, b, c, mode) => {
          const expected = c < 0 ? divRound(BigInt(-a) * BigInt(b), BigInt(-c), mode) : divRound(BigInt(a) * BigInt(b), BigInt(c), mode);
          // compared with ===: a zero product may come out as −0 here (a × 0 with a < 0), which is 0 in every sum
          expect(mulDivRound(a, b, c, mode) === Number(expected)).toBe(true);
        },
      ),
    );
  });
});

describe('safe', () => {
  it('holds for the safe integers and not one past them, on either side', () => {
    expect([0, MAX, -MAX, 1.5].map(safe)).toEqual([true, true, true, true]);
    expect([MAX + 2, -MAX - 2, Infinity, -Infinity].map(safe)).toEqual([false, false, false, false]);
  });
});
