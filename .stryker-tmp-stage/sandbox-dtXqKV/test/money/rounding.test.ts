// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, Decimal, ROUNDING_MODES, roundTo, type RoundingMode } from '../../src/index.js';
import { decimalRounding, divRound } from '../../src/money/index.js';

const issueOf = (fn: () => unknown): { code: string; path: ReadonlyArray<string | number>; message: string } => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues[0];
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('rounding modes', () => {
  it('lists the four modes in a stable order, frozen', () => {
    expect(ROUNDING_MODES).toEqual(['half-away-from-zero', 'half-even', 'away-from-zero', 'toward-zero']);
    expect(Object.isFrozen(ROUNDING_MODES)).toBe(true);
  });

  // value → [half-away-from-zero, half-even, away-from-zero, toward-zero], rounded to 2 decimals
  it.each([
    ['2.345', ['2.35', '2.34', '2.35', '2.34']],
    ['2.355', ['2.36', '2.36', '2.36', '2.35']],
    ['-2.345', ['-2.35', '-2.34', '-2.35', '-2.34']],
    ['2.341', ['2.34', '2.34', '2.35', '2.34']],
    ['2.349', ['2.35', '2.35', '2.35', '2.34']],
    ['2.34', ['2.34', '2.34', '2.34', '2.34']],
  ])('roundTo(%s, 2) with each mode', (value, expected) => {
    expect(ROUNDING_MODES.map((mode) => roundTo(new Decimal(value), 2, mode).toFixed(2))).toEqual(expected);
  });

  it('rounds half away from zero by default (arrondi commercial)', () => {
    expect(roundTo(new Decimal('-2.345'), 2).toFixed(2)).toBe('-2.35');
    expect(roundTo(new Decimal('0.5'), 0).toFixed(0)).toBe('1');
  });

  it('refuses an unknown mode, a prototype key included, as invalid_option at the path given', () => {
    expect(issueOf(() => decimalRounding('up' as never))).toEqual({
      code: 'invalid_option',
      path: ['rounding'],
      message: 'Unknown rounding mode "up": use one of half-away-from-zero, half-even, away-from-zero, toward-zero.',
    });
    expect(issueOf(() => decimalRounding('toString' as never)).code).toBe('invalid_option');
    expect(issueOf(() => decimalRounding('constructor' as never, ['options', 'rounding'])).path).toEqual(['options', 'rounding']);
    expect(issueOf(() => roundTo(new Decimal('1'), 2, 'half-up' as never)).code).toBe('invalid_option');
  });
});

describe('divRound (integer division rounded with a mode)', () => {
  // n / 10 → [half-away-from-zero, half-even, away-from-zero, toward-zero]
  it.each([
    [25n, [3n, 2n, 3n, 2n]],
    [35n, [4n, 4n, 4n, 3n]],
    [24n, [2n, 2n, 3n, 2n]],
    [26n, [3n, 3n, 3n, 2n]],
    [20n, [2n, 2n, 2n, 2n]],
    [0n, [0n, 0n, 0n, 0n]],
    [5n, [1n, 0n, 1n, 0n]],
    [-5n, [-1n, 0n, -1n, 0n]],
    [-25n, [-3n, -2n, -3n, -2n]],
    [-35n, [-4n, -4n, -4n, -3n]],
    [-24n, [-2n, -2n, -3n, -2n]],
    [-26n, [-3n, -3n, -3n, -2n]],
    [-20n, [-2n, -2n, -2n, -2n]],
  ])('divRound(%s, 10)', (n, expected) => {
    expect(ROUNDING_MODES.map((mode) => divRound(n, 10n, mode))).toEqual(expected);
  });

  describe('properties', () => {
    const n = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
    const d = fc.bigInt({ min: 1n, max: 10n ** 6n });
    const mode = fc.constantFrom(...ROUNDING_MODES);

    it('agrees with decimal.js rounding of the exact quotient, for every mode', () => {
      fc.assert(
        fc.property(n, d, mode, (a, b, m: RoundingMode) => {
          const exact = new Decimal(a.toString()).dividedBy(b.toString());
          return divRound(a, b, m) === BigInt(roundTo(exact, 0, m).toFixed(0));
        }),
      );
    });

    it('is odd-symmetric: divRound(−n) = −divRound(n), for every mode', () => {
      fc.assert(fc.property(n, d, mode, (a, b, m) => divRound(-a, b, m) === -divRound(a, b, m)));
    });
  });
});
