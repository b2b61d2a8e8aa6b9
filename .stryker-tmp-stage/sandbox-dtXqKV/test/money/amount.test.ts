// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { AccountingError, Decimal, fromMinorUnits, toAmount, toDecimal, toMinorUnits, currencyScale, splitVat, roundTo, normalizeVatRate } from '../../src/index.js';
import { formatMinor } from '../../src/money/index.js';
import { codeOf } from '../_errors.js';

describe('amounts', () => {
  it('reads decimal strings, Decimals of any clone and safe integers', () => {
    expect(toAmount('600.00').toFixed(2)).toBe('600.00');
    expect(toAmount(new DecimalJs('1.5')).toFixed(2)).toBe('1.50');
    expect(toAmount(42).toFixed(2)).toBe('42.00');
    expect(toMinorUnits('-0.05')).toBe(-5);
    expect(toMinorUnits('1.500')).toBe(150);
    expect(toMinorUnits('12', 'JPY')).toBe(12);
    expect(toMinorUnits('1.234', 'TND')).toBe(1234);
  });

  it('knows currency scales', () => {
    expect([currencyScale('EUR'), currencyScale('XOF'), currencyScale('JPY'), currencyScale('TND'), currencyScale('CHF')]).toEqual([2, 0, 0, 3, 2]);
    expect(codeOf(() => currencyScale('ZZZ'))).toBe('unknown_currency');
    expect(codeOf(() => currencyScale('__proto__'))).toBe('unknown_currency');
  });

  it.each([['NaN'], ['Infinity'], ['-Infinity'], ['1e3'], [''], [' 1'], ['1,5'], ['0x10'], ['.5'], ['5.']])('refuses %j as invalid_amount', (v) => {
    expect(codeOf(() => toDecimal(v))).toBe('invalid_amount');
    expect(codeOf(() => toMinorUnits(v))).toBe('invalid_amount');
  });

  it('refuses binary floats and unsafe integers', () => {
    expect(codeOf(() => toDecimal(0.1))).toBe('invalid_amount');
    expect(codeOf(() => toDecimal(Number.MAX_SAFE_INTEGER + 2))).toBe('invalid_amount');
    expect(codeOf(() => toDecimal(new Decimal(NaN)))).toBe('invalid_amount');
  });

  it('refuses more decimals than the currency allows instead of rounding', () => {
    expect(codeOf(() => toAmount('1.005'))).toBe('too_many_decimals');
    expect(codeOf(() => toMinorUnits('1.005'))).toBe('too_many_decimals');
    expect(codeOf(() => toMinorUnits('1.5', 'JPY'))).toBe('too_many_decimals');
    expect(() => toMinorUnits('1.005')).toThrowErrorMatchingInlineSnapshot(`[AccountingError: Amount 1.005 has 3 decimals but EUR allows 2: round it first with a named rounding mode.]`);
  });

  it('checks minor units against overflow', () => {
    expect(codeOf(() => toMinorUnits('90071992547409.92'))).toBe('amount_overflow');
    expect(toMinorUnits('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rounds with the named mode', () => {
    expect(roundTo(new Decimal('8.325'), 2).toFixed(2)).toBe('8.33');
    expect(roundTo(new Decimal('8.325'), 2, 'half-even').toFixed(2)).toBe('8.32');
    expect(roundTo(new Decimal('-8.321'), 2, 'away-from-zero').toFixed(2)).toBe('-8.33');
    expect(roundTo(new Decimal('-8.329'), 2, 'toward-zero').toFixed(2)).toBe('-8.32');
  });

  it('never touches the global Decimal configuration', () => {
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.precision).toBe(40);
  });

  describe('properties', () => {
    it('round trip: fromMinorUnits(toMinorUnits(x)) = x for every amount', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e15, max: 1e15 }), (minor) => {
          const s = formatMinor(minor, 2);
          return toMinorUnits(s) === minor && fromMinorUnits(minor).toFixed(2) === s;
        }),
      );
    });
  });
});

describe('VAT split', () => {
  it('pins TV2 (a): per line 19.90 TTC at 20 % is 16.58 + 3.32', () => {
    const s = splitVat('19.90', { rate: '20', pricesIncludeTax: true });
    expect([s.base.toFixed(2), s.vat.toFixed(2), s.total.toFixed(2)]).toEqual(['16.58', '3.32', '19.90']);
    const whole = splitVat('59.70', { rate: '20', pricesIncludeTax: true });
    expect([whole.base.toFixed(2), whole.vat.toFixed(2)]).toEqual(['49.75', '9.95']);
  });

  it('pins TV2 (b): 0.33 HT at 20 % gives 0.07 per line, 0.20 on 0.99', () => {
    expect(splitVat('0.33', { rate: '20' }).vat.toFixed(2)).toBe('0.07');
    expect(splitVat('0.99', { rate: '20' }).vat.toFixed(2)).toBe('0.20');
  });

  it('pins TV2 (c): 9.99 TTC at 20 % is 8.33 half-up, 8.32 half-even', () => {
    expect(splitVat('9.99', { rate: '20', pricesIncludeTax: true }).base.toFixed(2)).toBe('8.33');
    expect(splitVat('9.99', { rate: '20', pricesIncludeTax: true, rounding: 'half-even' }).base.toFixed(2)).toBe('8.32');
  });

  it('pins TV3 HT: 6.51 TTC at 20 % is 5.43 (a tie, half-up); 0.77 at 5.5 % is 0.73', () => {
    expect(splitVat('6.51', { rate: '20', pricesIncludeTax: true }).base.toFixed(2)).toBe('5.43');
    expect(splitVat('0.77', { rate: '5.5', pricesIncludeTax: true }).base.toFixed(2)).toBe('0.73');
    expect(splitVat('26.05', { rate: '20', pricesIncludeTax: true }).base.toFixed(2)).toBe('21.71');
  });

  it('normalises rates and refuses bad ones', () => {
    expect(normalizeVatRate('5.50')).toBe('5.5');
    expect(normalizeVatRate('020')).toBe('20');
    expect(codeOf(() => normalizeVatRate('120'))).toBe('invalid_rate');
    expect(codeOf(() => normalizeVatRate('abc'))).toBe('invalid_rate');
    expect(codeOf(() => normalizeVatRate('-5'))).toBe('invalid_rate');
  });

  describe('properties', () => {
    it('base + VAT = total, for every amount, rate, side and mode', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.constantFrom('0', '2.1', '5.5', '10', '20', '8.5'),
          fc.boolean(),
          fc.constantFrom('half-away-from-zero', 'half-even', 'away-from-zero', 'toward-zero' as const),
          (minor, rate, ttc, rounding) => {
            const s = splitVat(formatMinor(minor, 2), { rate, pricesIncludeTax: ttc, rounding });
            return s.base.plus(s.vat).equals(s.total) && (ttc ? s.total.equals(fromMinorUnits(minor)) : s.base.equals(fromMinorUnits(minor)));
          },
        ),
      );
    });
  });
});
