// @ts-nocheck
// decimalToMinor reads amounts char by char; the reference below is the
// string-slicing version it replaced, kept here as the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToMinor } from '../../src/posting/_lib/minor.js';

const MAX = Number.MAX_SAFE_INTEGER;

function reference(s: string, scale: number): number {
  const neg = s.charCodeAt(0) === 45;
  const dot = s.indexOf('.');
  let int: string;
  let frac: string;
  if (dot < 0) {
    int = neg ? s.slice(1) : s;
    frac = '';
  } else {
    int = s.slice(neg ? 1 : 0, dot);
    frac = s.slice(dot + 1);
    if (frac.length > scale) {
      let end = frac.length;
      while (end > scale && frac.charCodeAt(end - 1) === 48) end--;
      if (end > scale) return NaN;
      frac = frac.slice(0, end);
    }
  }
  const digits = frac.length === scale ? int + frac : int + frac.padEnd(scale, '0');
  if (digits.length > 15 && BigInt(digits) > BigInt(MAX)) return Infinity;
  const n = Number(digits);
  return neg && n !== 0 ? -n : n;
}

const digits = (min: number, max: number) => fc.array(fc.constantFrom('0', '1', '2', '5', '7', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimal = fc
  .tuple(fc.boolean(), digits(1, 19), fc.option(digits(1, 8), { nil: undefined }), fc.nat(4))
  .map(([neg, int, frac, zeros]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}${'0'.repeat(zeros)}`}`);

describe('decimalToMinor', () => {
  it('reads a decimal string as the string-slicing reference does (NaN past the scale, Infinity past the safe range)', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 4 }), (s, scale) => {
        expect(Object.is(decimalToMinor(s, scale), reference(s, scale))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('pins the edges', () => {
    expect(decimalToMinor('12.3400', 2)).toBe(1234);
    expect(decimalToMinor('12.345', 2)).toBeNaN();
    expect(decimalToMinor('-0.00', 2)).toBe(0);
    expect(Object.is(decimalToMinor('-0.00', 2), 0)).toBe(true);
    expect(decimalToMinor('90071992547409.91', 2)).toBe(MAX);
    expect(decimalToMinor('90071992547409.92', 2)).toBe(Infinity);
    expect(decimalToMinor('-90071992547409.91', 2)).toBe(-MAX);
    expect(decimalToMinor('7', 0)).toBe(7);
    expect(decimalToMinor('0.001', 3)).toBe(1);
  });
});
