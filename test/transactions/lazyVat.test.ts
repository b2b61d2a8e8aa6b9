// lazyVat: an entry's `vat` whose base Decimal is built on first read, and lazyVatMinor, which reads the base in minor
// units only from such a vat at the same scale.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';
import { lazyVat, lazyVatMinor } from '../../src/transactions/_lib/lazyVat.js';

describe('lazyVat', () => {
  it('reads as a plain { rate, base }: base the Decimal of the minor units at the scale, the same one on each read', () => {
    const vat = lazyVat('20', 12_345, 2);
    expect(Object.keys(vat)).toEqual(['rate', 'base']);
    expect(vat.rate).toBe('20');
    expect(Decimal.isDecimal(vat.base)).toBe(true);
    expect(vat.base.toFixed()).toBe('123.45');
    expect(vat.base).toBe(vat.base);
    expect(JSON.stringify(vat)).toBe('{"rate":"20","base":"123.45"}');
    expect(lazyVat('5.5', -7, 3).base.toFixed()).toBe('-0.007');
    expect(lazyVat('0', 42, 0).base.toFixed()).toBe('42');
  });

  it('is frozen: neither its rate nor its base can be replaced', () => {
    const vat = lazyVat('10', 100, 2);
    expect(Object.isFrozen(vat)).toBe(true);
    expect(() => Object.assign(vat, { rate: '20' })).toThrow(TypeError);
    expect(() => Object.defineProperty(vat, 'base', { value: new Decimal(0) })).toThrow(TypeError);
    expect(vat.base.toFixed()).toBe('1');
  });

  it('lazyVatMinor gives the minor units of a lazy vat at its own scale only, undefined for anything else', () => {
    expect(lazyVatMinor(lazyVat('20', 12_345, 2), 2)).toBe(12_345);
    expect(lazyVatMinor(lazyVat('20', 0, 2), 2)).toBe(0);
    expect(lazyVatMinor(lazyVat('20', 12_345, 2), 3)).toBeUndefined();
    expect(lazyVatMinor({ rate: '20', base: new Decimal('123.45') }, 2)).toBeUndefined();
    for (const other of [undefined, null, 12_345, '123.45', [12_345]]) expect(lazyVatMinor(other, 2)).toBeUndefined();
  });

  describe('properties', () => {
    it('round trip: the base read back in minor units at the scale is the minor units given, and lazyVatMinor agrees', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (minor, scale) => {
          const vat = lazyVat('20', minor, scale);
          expect(vat.base.times(10 ** scale).toNumber()).toBe(minor);
          expect(lazyVatMinor(vat, scale)).toBe(minor);
        }),
        { numRuns: 100 },
      );
    });
  });
});
