// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchVatNumber, isSiren, isSiret, isVatNumber, vatNumberProblem } from '../../src/index.js';

describe('frenchVatNumber', () => {
  it('computes the key (12 + 3 × (SIREN mod 97)) mod 97, two digits', () => {
    // 123456782 = 97 × 1272750 + 32 → (12 + 96) mod 97 = 11.
    expect(frenchVatNumber('123456782')).toBe('FR11123456782');
    // 404833048 = 97 × 4173536 + 56 → (12 + 168) mod 97 = 83.
    expect(frenchVatNumber('404833048')).toBe('FR83404833048');
    // 732829320 = 97 × 7554941 + 43 → (12 + 129) mod 97 = 44.
    expect(frenchVatNumber('732829320')).toBe('FR44732829320');
  });
  it('pads a one-digit key', () => {
    const siren = Array.from({ length: 2000 }, (_, k) => String(100000000 + k)).find((s) => isSiren(s) && (12 + 3 * (Number(s) % 97)) % 97 < 10)!;
    expect(frenchVatNumber(siren)).toMatch(/^FR0\d\d{9}$/);
  });
  it('gives undefined for what is not a SIREN', () => {
    expect(frenchVatNumber('123456789')).toBeUndefined();
    expect(frenchVatNumber('12345678')).toBeUndefined();
  });
});

describe('vatNumberProblem', () => {
  it('accepts well-formed numbers of member states', () => {
    for (const v of ['FR11123456782', 'DE123456789', 'BE0123456789', 'ELO123456789'.replace('O', ''), 'NL123456789B01', 'ATU12345678', 'IE1234567WA', 'FRXX123456782']) {
      expect(vatNumberProblem(v), v).toBeUndefined();
    }
  });
  it('refuses a French key that the SIREN does not give, naming the right one', () => {
    expect(vatNumberProblem('FR33123456782')).toBe('VAT number FR33123456782 has the key 33, and SIREN 123456782 gives 11: check the number (FR11123456782).');
  });
  it('refuses a French number whose SIREN fails its Luhn key', () => {
    expect(vatNumberProblem('FR11123456789')).toMatch(/not a valid SIREN/);
  });
  it('refuses unknown prefixes, wrong shapes and spaces', () => {
    expect(vatNumberProblem('US123456789')).toMatch(/EU country prefix/);
    expect(vatNumberProblem('DE12345678')).toMatch(/shape of a DE VAT number/);
    expect(isVatNumber('FR 11 123456782')).toBe(false);
    expect(isVatNumber('__proto__')).toBe(false);
  });
  describe('properties', () => {
    it('frenchVatNumber round trip: the number of any valid SIREN is a valid VAT number; any other key is refused', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 96 }), (n, other) => {
          const body = String(n).padStart(8, '0');
          const siren = [...'0123456789'].map((d) => body + d).find(isSiren)!;
          const vat = frenchVatNumber(siren)!;
          expect(isVatNumber(vat)).toBe(true);
          const wrong = `FR${String(other).padStart(2, '0')}${siren}`;
          if (wrong !== vat) expect(isVatNumber(wrong)).toBe(false);
        }),
      );
    });
  });
});

describe('isSiret', () => {
  it('checks the Luhn key of 14 digits', () => {
    expect(isSiret('12345678200010')).toBe(true);
    expect(isSiret('12345678200011')).toBe(false);
    expect(isSiret('1234567820001')).toBe(false);
  });
  it('checks La Poste establishments by digit sum modulo 5', () => {
    expect(isSiret('35600000000048')).toBe(true);
    expect(isSiret('35600000049837')).toBe(true);
    expect(isSiret('35600000049838')).toBe(false);
  });
});
