// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDecimalString, isZeroDecimal, nonBlank, positive, NON_BLANK, RATE_RE, SIGNED_RE, UNSIGNED_RE } from '../../src/schemas/_lib/checks.js';
import { exchangeRate } from '../../src/schemas/_lib/fastInvoice.js';

// Strings of a few characters that matter (digits, points, signs, white space
// ASCII or not, digits of other scripts), or any string at all.
const text = (chars: string[]): fc.Arbitrary<string> => fc.oneof(fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((cs) => cs.join('')), fc.string(), fc.string({ unit: 'binary' }));
const DECIMAL_CHARS = ['0', '0', '1', '5', '9', '.', '.', '-', '-', '+', 'e', ' ', '\n', '٣', '１', 'é', '\u00a0'];

describe('char-code checks', () => {
  it('pins worked cases', () => {
    expect([isDecimalString('-3.00', true), isDecimalString('-3.00', false), isDecimalString('1.', false), isDecimalString('.5', false), isDecimalString('-', true), isDecimalString('', false)]).toEqual([true, false, false, false, false, false]);
    expect([isDecimalString('100.000001', false, 3, 6), isDecimalString('1000', false, 3, 6), isDecimalString('5.5000000', false, 3, 6)]).toEqual([true, false, false]);
    expect([positive(5), positive(undefined), positive('0.0'), positive('0.01'), positive('1.'), positive('.5'), positive('10')]).toEqual([false, false, false, true, false, false, true]);
    expect([exchangeRate('0.92'), exchangeRate('0.0000000001'), exchangeRate('0.00000000001'), exchangeRate('0.000'), exchangeRate(0.92)]).toEqual([true, true, false, false, false]);
    expect([nonBlank(''), nonBlank(' \t\n'), nonBlank('\u00a0\u3000'), nonBlank(' x'), nonBlank('é')]).toEqual([false, false, false, true, true]);
  });
});

describe('properties', () => {
  // Each char-code check the fast paths use equals the regex it replaces, on any string.
  it('nonBlank(s) = /\\S/.test(s): white space of every kind, ASCII or not', () => {
    const chars = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u3000', '\u0000', '\u001f', '\u007f', '\u0085', 'a', '-', 'é', '中'];
    fc.assert(fc.property(text(chars), (s) => {
      expect(nonBlank(s)).toBe(NON_BLANK.test(s));
    }), { numRuns: 2000 });
  });

  it('isDecimalString(s, true) = SIGNED_RE, isDecimalString(s, false) = UNSIGNED_RE', () => {
    fc.assert(fc.property(text(DECIMAL_CHARS), (s) => {
      expect(isDecimalString(s, true)).toBe(SIGNED_RE.test(s));
      expect(isDecimalString(s, false)).toBe(UNSIGNED_RE.test(s));
    }), { numRuns: 2000 });
  });

  it('isDecimalString(s, false, 3, 6) = RATE_RE, and on a rate isZeroDecimal = /^0+(?:\\.0+)?$/', () => {
    fc.assert(fc.property(text(DECIMAL_CHARS), (s) => {
      expect(isDecimalString(s, false, 3, 6)).toBe(RATE_RE.test(s));
      if (RATE_RE.test(s)) expect(isZeroDecimal(s)).toBe(/^0+(?:\.0+)?$/.test(s));
    }), { numRuns: 2000 });
  });

  it('quantity: isDecimalString(s, false, Infinity, 6) = UNSIGNED_RE with at most 6 decimals', () => {
    const decimals = (s: string): number => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
    fc.assert(fc.property(text(DECIMAL_CHARS), (s) => {
      expect(isDecimalString(s, false, Infinity, 6)).toBe(UNSIGNED_RE.test(s) && decimals(s) <= 6);
      expect(exchangeRate(s)).toBe(UNSIGNED_RE.test(s) && /[1-9]/.test(s) && decimals(s) <= 10);
    }), { numRuns: 2000 });
  });

  it('positive(s) = /^\\d+(?:\\.\\d+)?$/ and /[1-9]/: unsigned, not zero', () => {
    fc.assert(fc.property(text(DECIMAL_CHARS), (s) => {
      expect(positive(s)).toBe(UNSIGNED_RE.test(s) && /[1-9]/.test(s));
    }), { numRuns: 2000 });
  });
});
