// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, AccountingError, Decimal, ROUNDING_MODES } from '../../src/index.js';
import { allocateMinor } from '../../src/money/index.js';
import { codeOf } from '../_errors.js';

const issueOf = (fn: () => unknown): { code: string; path: ReadonlyArray<string | number>; message: string } => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return { code: e.issues[0].code, path: e.issues[0].path, message: e.issues[0].message };
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('allocate', () => {
  it('pins TV3: 33.33 over 360 / 90 / 10.55 gives 26.05 / 6.51 / 0.77', () => {
    expect(allocate('33.33', ['360', '90', '10.55']).map((d) => d.toFixed(2))).toEqual(['26.05', '6.51', '0.77']);
  });

  it('allocates a negative total symmetrically', () => {
    expect(allocate('-33.33', ['360', '90', '10.55']).map((d) => d.toFixed(2))).toEqual(['-26.05', '-6.51', '-0.77']);
  });

  it('gives ties to the earliest weight', () => {
    expect(allocate('0.01', ['1', '1', '1']).map((d) => d.toFixed(2))).toEqual(['0.01', '0.00', '0.00']);
    expect(allocate('1.00', ['1', '1', '1']).map((d) => d.toFixed(2))).toEqual(['0.34', '0.33', '0.33']);
  });

  it('respects the currency scale (JPY 0, TND 3)', () => {
    expect(allocate('100', ['1', '2'], { currency: 'JPY' }).map((d) => d.toString())).toEqual(['33', '67']);
    expect(allocate('1.000', ['1', '2'], { currency: 'TND' }).map((d) => d.toFixed(3))).toEqual(['0.333', '0.667']);
  });

  it('gives a zero weight nothing', () => {
    expect(allocate('10.00', ['0', '1', '0']).map((d) => d.toFixed(2))).toEqual(['0.00', '10.00', '0.00']);
  });

  it('accepts Decimal inputs and safe integers', () => {
    expect(allocate(new Decimal('10'), [1, 3]).map((d) => d.toFixed(2))).toEqual(['2.50', '7.50']);
  });

  it('refuses bad input with typed errors', () => {
    expect(codeOf(() => allocate('10.00', []))).toBe('invalid_weights');
    expect(codeOf(() => allocate('10.00', ['0', '0']))).toBe('invalid_weights');
    expect(codeOf(() => allocate('10.00', ['-1', '2']))).toBe('invalid_weights');
    expect(codeOf(() => allocate('10.001', ['1']))).toBe('too_many_decimals');
    expect(codeOf(() => allocate('abc', ['1']))).toBe('invalid_amount');
    expect(codeOf(() => allocate('1', ['1'], { currency: 'XXX' }))).toBe('unknown_currency');
    expect(codeOf(() => allocate('1', ['1'], { rounding: 'up' as never }))).toBe('invalid_option');
  });

  it('does not mutate the weights', () => {
    const weights = Object.freeze(['1', '2']);
    allocate('3.00', weights);
    expect(weights).toEqual(['1', '2']);
  });

  it.each([
    // total, weights, rounding, shares: the leftover goes to the largest remainders when units are missing, is taken
    // from the smallest when there are too many, ties to the earliest weight either way
    ['1.00', ['1', '2', '4'], 'toward-zero', ['0.14', '0.29', '0.57']],
    ['1.00', ['1', '2', '4'], 'away-from-zero', ['0.14', '0.29', '0.57']],
    ['-1.00', ['1', '2', '4'], 'away-from-zero', ['-0.14', '-0.29', '-0.57']],
    ['1.00', ['1', '1', '1'], 'away-from-zero', ['0.33', '0.33', '0.34']],
    ['0.05', ['1', '1'], 'toward-zero', ['0.03', '0.02']],
    ['0.05', ['1', '1'], 'half-away-from-zero', ['0.02', '0.03']],
    ['0.05', ['1', '1'], 'half-even', ['0.03', '0.02']],
    ['0.05', ['1', '1'], 'away-from-zero', ['0.02', '0.03']],
    ['0.07', ['1', '1', '1', '1'], 'half-even', ['0.01', '0.02', '0.02', '0.02']],
    ['0.06', ['1', '1', '1', '1'], 'half-even', ['0.01', '0.01', '0.02', '0.02']],
    ['0.10', ['1', '1', '1', '1'], 'half-even', ['0.03', '0.03', '0.02', '0.02']],
    ['-0.10', ['1', '1', '1', '1'], 'half-even', ['-0.03', '-0.03', '-0.02', '-0.02']],
    ['1.00', ['0.5', '1.25'], 'toward-zero', ['0.29', '0.71']],
    ['1.00', ['1.25', '0.5'], 'toward-zero', ['0.71', '0.29']],
  ] as const)('allocate(%s, %j) with %s gives %j', (total, weights, rounding, expected) => {
    expect(allocate(total, weights, { rounding }).map((d) => d.toFixed(2))).toEqual(expected);
  });

  it('allocates minor units over bigint and Decimal weights (allocateMinor, used by posting)', () => {
    expect(allocateMinor(100n, [1n, 2n])).toEqual([33n, 67n]);
    expect(allocateMinor(100n, [new Decimal('0.5'), 1n])).toEqual([33n, 67n]);
    expect(allocateMinor(-100n, [1n, 2n], 'away-from-zero')).toEqual([-33n, -67n]);
    expect(allocateMinor(0n, [1n, 2n])).toEqual([0n, 0n]);
    expect(allocateMinor(7n, [0n, 3n, 0n])).toEqual([0n, 7n, 0n]);
  });

  it('says what is wrong with the weights, at their path', () => {
    expect(issueOf(() => allocate('10.00', []))).toEqual({ code: 'invalid_weights', path: ['weights'], message: 'Give at least one weight to allocate over.' });
    expect(issueOf(() => allocate('10.00', ['0', '0.00']))).toEqual({ code: 'invalid_weights', path: ['weights'], message: 'All weights are zero: at least one must be positive.' });
    expect(issueOf(() => allocate('10.00', ['2', '-1.5']))).toEqual({ code: 'invalid_weights', path: ['weights', 1], message: 'Weight -1.5 is negative: weights must be zero or positive.' });
    expect(issueOf(() => allocateMinor(10n, [1n, -2n]))).toEqual({ code: 'invalid_weights', path: ['weights', 1], message: 'Weight -2 is negative: weights must be zero or positive.' });
    expect(issueOf(() => allocate('10.00', ['1', 'x']))).toMatchObject({ code: 'invalid_amount', path: ['weights', 1] });
    expect(issueOf(() => allocate('10.001', ['1']))).toMatchObject({ code: 'too_many_decimals', path: ['total'] });
    expect(issueOf(() => allocate('1', ['1'], { currency: 'XXX' }))).toMatchObject({ code: 'unknown_currency', path: ['currency'] });
    expect(issueOf(() => allocateMinor(1n, [1n], 'up' as never))).toMatchObject({ code: 'invalid_option', path: ['rounding'] });
  });

  describe('properties', () => {
    const totals = fc.integer({ min: -10_000_000, max: 10_000_000 });
    const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((ws) => ws.some((w) => w > 0));
    const mode = fc.constantFrom(...ROUNDING_MODES);

    it('preserves the total: the shares sum exactly to the total', () => {
      fc.assert(
        fc.property(totals, weights, mode, (t, ws, rounding) => {
          const total = new Decimal(t).dividedBy(100);
          const shares = allocate(total, ws.map((w) => new Decimal(w).dividedBy(100)), { rounding });
          return shares.reduce((a, s) => a.plus(s), new Decimal(0)).equals(total);
        }),
      );
    });

    it('is fair: each share is within one minor unit of its exact share', () => {
      fc.assert(
        fc.property(totals, weights, mode, (t, ws, rounding) => {
          const total = new Decimal(t).dividedBy(100);
          const sum = ws.reduce((a, w) => a + w, 0);
          const shares = allocate(total, ws.map(String), { rounding });
          return shares.every((s, i) => s.minus(total.times(ws[i]!).dividedBy(sum)).abs().lessThan('0.01'));
        }),
      );
    });

    // Largest-remainder law (Hamilton): a share that got a leftover unit had a remainder at least as large as every share
    // that did not, and an earlier weight when equal; with too many units (away-from-zero), the units are taken from the
    // smallest remainders, ties to the earliest weight too.
    const smallWeights = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 9 }).filter((ws) => ws.some((w) => w > 0));
    it.each([['toward-zero', 0n], ['away-from-zero', 1n]] as const)('largest remainders first (%s), ties to the earliest weight', (rounding, start) => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 200n }), smallWeights, (total, ws) => {
          const w = ws.map(BigInt);
          const sum = w.reduce((a, b) => a + b, 0n);
          const shares = allocateMinor(total, w, rounding);
          // each share's start (floor or ceiling of the exact share), its remainder exact − start in units of 1/sum,
          // and whether the leftover pass moved it
          const first = w.map((x) => (total * x) / sum + (start === 1n && (total * x) % sum !== 0n ? 1n : 0n));
          const frac = w.map((x, i) => total * x - first[i]! * sum);
          const moved = w.map((_, i) => shares[i]! !== first[i]!);
          for (let i = 0; i < w.length; i++) {
            for (let j = 0; j < w.length; j++) {
              if (!moved[i] || moved[j] || w[j] === 0n) continue;
              // toward-zero: units go to the largest remainders; away-from-zero: units are taken from the smallest
              const before = start === 0n ? frac[i]! > frac[j]! : frac[i]! < frac[j]!;
              if (!(before || (frac[i] === frac[j] && i < j))) return false;
            }
          }
          return true;
        }),
      );
    });

    it('is symmetric: allocating −t gives the negated shares of t', () => {
      fc.assert(
        fc.property(totals, weights, (t, ws) => {
          const a = allocate(new Decimal(t).dividedBy(100), ws.map(String));
          const b = allocate(new Decimal(-t).dividedBy(100), ws.map(String));
          return a.every((s, i) => s.negated().equals(b[i]!));
        }),
      );
    });
  });
});
