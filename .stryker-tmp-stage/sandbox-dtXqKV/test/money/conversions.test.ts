// @ts-nocheck
// Worked vectors of the money conversions: each boundary, sign and error (code, path and message) pinned.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { AccountingError, CURRENCY_SCALES, currencyScale, Decimal, fromMinorUnits, normalizeVatRate, splitVat, toAmount, toDecimal, toMinorUnits } from '../../src/index.js';
import { formatMinor, minorToDecimal, rateFraction, stringToMinor } from '../../src/money/index.js';

const issueOf = (fn: () => unknown): { code: string; path: ReadonlyArray<string | number>; message: string } => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return { code: e.issues[0].code, path: e.issues[0].path, message: e.issues[0].message };
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('toDecimal', () => {
  it('says how to write an amount, at the path given (none by default)', () => {
    expect(issueOf(() => toDecimal('1e3', ['entries', 0, 'debit']))).toEqual({
      code: 'invalid_amount',
      path: ['entries', 0, 'debit'],
      message: 'Invalid amount "1e3": write a decimal string such as "12.50" (digits, an optional "-" and "." — no exponent, spaces, NaN or Infinity).',
    });
    expect(issueOf(() => toDecimal('x')).path).toEqual([]);
    expect(issueOf(() => toDecimal(0.5, ['q']))).toEqual({
      code: 'invalid_amount',
      path: ['q'],
      message: 'Invalid amount 0.5: a JS number is accepted only as a safe integer; pass decimals as a string such as "12.50".',
    });
    expect(issueOf(() => toDecimal(null as never))).toEqual({ code: 'invalid_amount', path: [], message: 'Invalid amount: expected a decimal string, a Decimal or a safe integer, received null.' });
    expect(issueOf(() => toDecimal(true as never)).message).toBe('Invalid amount: expected a decimal string, a Decimal or a safe integer, received boolean.');
    expect(issueOf(() => toDecimal(undefined as never, ['x'])).path).toEqual(['x']);
  });

  it('refuses an object that only claims to be a Decimal, or whose toFixed throws or is not plain digits', () => {
    const claims = { toStringTag: '[object Decimal]' } as never;
    expect(issueOf(() => toDecimal(claims, ['a']))).toEqual({
      code: 'invalid_amount',
      path: ['a'],
      message: 'Invalid amount object: a Decimal must be finite (an object that only looks like a Decimal is not one); or pass a decimal string such as "12.50".',
    });
    expect(issueOf(() => toDecimal({ toStringTag: '[object Decimal]', toFixed: () => { throw new Error('boom'); } } as never)).code).toBe('invalid_amount');
    expect(issueOf(() => toDecimal({ toStringTag: '[object Decimal]', toFixed: () => 12 } as never)).message).toContain('Invalid amount object:');
    expect(issueOf(() => toDecimal({ toStringTag: '[object Decimal]', toFixed: () => '1e3' } as never)).message).toContain('Invalid amount "1e3":');
    expect(issueOf(() => toDecimal(new DecimalJs(Infinity))).message).toContain('Invalid amount "Infinity":');
    expect(issueOf(() => toDecimal(new Decimal(NaN))).code).toBe('invalid_amount');
  });

  it('reads a Decimal of any clone through its plain digits, exactly', () => {
    expect(toDecimal(new DecimalJs('1e-7')).toString()).toBe('0.0000001');
    expect(toDecimal(new DecimalJs('123456789012345678901234567890.5')).toFixed()).toBe('123456789012345678901234567890.5');
    expect(toDecimal({ toStringTag: '[object Decimal]', toFixed: () => '-2.50' } as never).toFixed(2)).toBe('-2.50');
  });
});

describe('toAmount', () => {
  it('checks the decimals against the currency (EUR by default)', () => {
    expect(toAmount('1.234', 'TND').toFixed(3)).toBe('1.234');
    expect(issueOf(() => toAmount('1.234'))).toEqual({
      code: 'too_many_decimals',
      path: [],
      message: 'Amount 1.234 has 3 decimals but EUR allows 2: round it first with a named rounding mode.',
    });
    expect(issueOf(() => toAmount(new Decimal('0.5'), 'JPY', ['total']))).toEqual({
      code: 'too_many_decimals',
      path: ['total'],
      message: 'Amount 0.5 has 1 decimals but JPY allows 0: round it first with a named rounding mode.',
    });
    expect(toAmount('12.34').toFixed(2)).toBe('12.34');
    expect(issueOf(() => toAmount('1', 'ZZZ', ['currency'])).path).toEqual(['currency']);
  });
});

describe('toMinorUnits', () => {
  it('reads a string exactly: trailing zeros past the scale are harmless, a digit is not', () => {
    expect(toMinorUnits('12.340')).toBe(1234);
    expect(toMinorUnits('12.3400')).toBe(1234);
    expect(toMinorUnits('12.300')).toBe(1230);
    expect(toMinorUnits('12.3')).toBe(1230);
    expect(toMinorUnits('12')).toBe(1200);
    expect(toMinorUnits('0012.30')).toBe(1230);
    expect(toMinorUnits('-12.3')).toBe(-1230);
    expect(toMinorUnits('1.20', 'TND')).toBe(1200);
    expect(toMinorUnits('7.000', 'JPY')).toBe(7);
    expect(issueOf(() => toMinorUnits('1.0050'))).toEqual({
      code: 'too_many_decimals',
      path: [],
      message: 'Amount 1.0050 has 3 decimals but EUR allows 2: round it first with a named rounding mode.',
    });
    expect(issueOf(() => toMinorUnits('12.341', 'EUR', ['entries', 1, 'credit'])).path).toEqual(['entries', 1, 'credit']);
  });

  it('never gives a negative zero', () => {
    expect(Object.is(toMinorUnits('-0.00'), 0)).toBe(true);
    expect(Object.is(toMinorUnits('-0'), 0)).toBe(true);
    expect(Object.is(toMinorUnits('-0.000'), 0)).toBe(true);
  });

  it('reads Decimals and safe integers through the same rules', () => {
    expect(toMinorUnits(new Decimal('12.34'))).toBe(1234);
    expect(toMinorUnits(new DecimalJs('-0.05'))).toBe(-5);
    expect(toMinorUnits(12)).toBe(1200);
    expect(toMinorUnits(12, 'JPY')).toBe(12);
    expect(toMinorUnits(new Decimal('1.234'), 'TND')).toBe(1234);
    expect(issueOf(() => toMinorUnits(new Decimal('1.005'), 'EUR', ['d'])).code).toBe('too_many_decimals');
    expect(issueOf(() => toMinorUnits(1, 'ZZZ', ['c']))).toMatchObject({ code: 'unknown_currency', path: ['c'] });
  });

  it('refuses an amount past Number.MAX_SAFE_INTEGER minor units, of either sign, in any input form', () => {
    const over = { code: 'amount_overflow', path: ['x'], message: 'Amount 90071992547409.92 is too large: in minor units it passes Number.MAX_SAFE_INTEGER (9007199254740991).' };
    expect(issueOf(() => toMinorUnits('90071992547409.92', 'EUR', ['x']))).toEqual(over);
    expect(issueOf(() => toMinorUnits(new Decimal('90071992547409.92'), 'EUR', ['x']))).toEqual(over);
    expect(issueOf(() => toMinorUnits('-90071992547409.92')).code).toBe('amount_overflow');
    expect(issueOf(() => toMinorUnits(new Decimal('-90071992547409.92'))).code).toBe('amount_overflow');
    expect(issueOf(() => toMinorUnits('9007199254740992', 'JPY')).code).toBe('amount_overflow');
    expect(toMinorUnits('-90071992547409.91')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(new Decimal('90071992547409.91'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(new Decimal('-90071992547409.91'))).toBe(-Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits('9007199254740991', 'JPY')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits('999999999999999', 'JPY')).toBe(999_999_999_999_999);
  });

  it('stringToMinor (the fast path) refuses what toDecimal refuses', () => {
    expect(issueOf(() => stringToMinor('1e3', 2, 'EUR', ['p']))).toMatchObject({ code: 'invalid_amount', path: ['p'] });
    expect(stringToMinor('1.5', 3, 'TND', [])).toBe(1500);
  });

  describe('properties', () => {
    it('agrees with the Decimal path: toMinorUnits(string) = toMinorUnits(Decimal) for every amount and scale', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.constantFrom('EUR', 'JPY', 'TND'), fc.nat({ max: 3 }), (minor, currency, zeros) => {
          const s = formatMinor(Number(minor), currencyScale(currency)) + (currencyScale(currency) > 0 ? '0'.repeat(zeros) : '');
          return toMinorUnits(s, currency) === toMinorUnits(new Decimal(s), currency) && toMinorUnits(s, currency) === Number(minor);
        }),
      );
    });
  });
});

describe('fromMinorUnits, minorToDecimal, formatMinor', () => {
  it('converts minor units back at the currency scale (EUR by default), numbers and bigints', () => {
    expect(fromMinorUnits(60000).toFixed(2)).toBe('600.00');
    expect(fromMinorUnits(-5).toString()).toBe('-0.05');
    expect(fromMinorUnits(123n, 'TND').toString()).toBe('0.123');
    expect(fromMinorUnits(123, 'JPY').toString()).toBe('123');
    expect(fromMinorUnits(9007199254740993n).toFixed(2)).toBe('90071992547409.93');
    expect(minorToDecimal(123, 10).toFixed()).toBe('0.0000000123');
    expect(minorToDecimal(-7n, 0).toString()).toBe('-7');
  });

  it.each([
    [-60000, 2, ',', '-600,00'],
    [60000, 2, undefined, '600.00'],
    [5, 2, undefined, '0.05'],
    [-5, 2, undefined, '-0.05'],
    [0, 2, undefined, '0.00'],
    [-12, 0, undefined, '-12'],
    [12, 0, ',', '12'],
    [1234, 3, undefined, '1.234'],
    [-1, 3, ',', '-0,001'],
    [1, 10, undefined, '0.0000000001'],
    [Number.MAX_SAFE_INTEGER, 2, undefined, '90071992547409.91'],
  ])('formatMinor(%d, %d, %s) is %s', (minor, scale, separator, expected) => {
    expect(formatMinor(minor, scale, separator)).toBe(expected);
  });
});

describe('currencies', () => {
  it('keeps the scale table frozen and without a prototype', () => {
    expect(Object.isFrozen(CURRENCY_SCALES)).toBe(true);
    expect(Object.getPrototypeOf(CURRENCY_SCALES)).toBeNull();
    expect(currencyScale('XPF')).toBe(0);
    expect(currencyScale('KWD')).toBe(3);
  });

  it('names the unknown currency and the known ones, at the path given', () => {
    const i = issueOf(() => currencyScale('toString', ['currency']));
    expect(i.code).toBe('unknown_currency');
    expect(i.path).toEqual(['currency']);
    expect(i.message).toMatch(/^Unknown currency "toString": use an ISO 4217 code such as "EUR" \(known: EUR, USD, GBP, .*, IQD\)\.$/);
    expect(issueOf(() => currencyScale('ZZZ')).path).toEqual([]);
  });
});

describe('VAT rates', () => {
  it.each([
    ['20', '20'], ['5.50', '5.5'], ['5.500000', '5.5'], ['2.10', '2.1'], ['020', '20'], ['07', '7'], ['0', '0'], ['00', '0'], ['000', '0'],
    ['0.000', '0'], ['0.5', '0.5'], ['100', '100'], ['100.0', '100'], ['100.000000', '100'], ['8.5', '8.5'], ['0.055', '0.055'],
  ])('normalises %j to %j', (rate, expected) => {
    expect(normalizeVatRate(rate)).toBe(expected);
  });

  it.each([['100.5'], ['101'], ['999'], ['100.000001']])('refuses %j as above 100', (rate) => {
    expect(issueOf(() => normalizeVatRate(rate, ['rate']))).toEqual({
      code: 'invalid_rate',
      path: ['rate'],
      message: `Invalid VAT rate "${rate}": a percentage above 100 is not a VAT rate.`,
    });
  });

  it.each([['1000'], ['5.5000001'], ['20.'], ['.5'], ['a20'], ['20a'], ['2 0'], ['-5'], [''], ['20%']])('refuses %j as not a percentage', (rate) => {
    expect(issueOf(() => normalizeVatRate(rate))).toEqual({
      code: 'invalid_rate',
      path: [],
      message: `Invalid VAT rate ${JSON.stringify(rate)}: write a percentage as a string such as "20" or "5.5".`,
    });
  });

  it('refuses a rate that is not a string', () => {
    expect(issueOf(() => normalizeVatRate(20 as never)).message).toBe('Invalid VAT rate 20: write a percentage as a string such as "20" or "5.5".');
  });

  it('gives the exact fraction of a normalised rate', () => {
    expect(rateFraction('20')).toEqual({ num: 20n, den: 100n });
    expect(rateFraction('5.5')).toEqual({ num: 55n, den: 1000n });
    expect(rateFraction('0.055')).toEqual({ num: 55n, den: 100000n });
    expect(rateFraction('0')).toEqual({ num: 0n, den: 100n });
  });
});

describe('splitVat, further vectors', () => {
  it('works excl. tax by default, in EUR, rounding half away from zero', () => {
    const s = splitVat('10.05', { rate: '5.5' });
    expect([s.base.toFixed(2), s.vat.toFixed(2), s.total.toFixed(2), s.rate]).toEqual(['10.05', '0.55', '10.60', '5.5']);
    expect(splitVat('-10.05', { rate: '5.5' }).vat.toFixed(2)).toBe('-0.55');
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('splits in the currency scale (JPY 0, TND 3) and normalises the rate', () => {
    const jpy = splitVat('1000', { rate: '10', pricesIncludeTax: true, currency: 'JPY' });
    expect([jpy.base.toString(), jpy.vat.toString(), jpy.total.toString()]).toEqual(['909', '91', '1000']);
    const tnd = splitVat('1.000', { rate: '19.0', pricesIncludeTax: true, currency: 'TND' });
    expect([tnd.base.toFixed(3), tnd.vat.toFixed(3), tnd.rate]).toEqual(['0.840', '0.160', '19']);
  });

  it('splits a negative total symmetrically', () => {
    const s = splitVat('-19.90', { rate: '20', pricesIncludeTax: true });
    expect([s.base.toFixed(2), s.vat.toFixed(2), s.total.toFixed(2)]).toEqual(['-16.58', '-3.32', '-19.90']);
  });

  it('reports bad options at their path', () => {
    expect(issueOf(() => splitVat('1.00', { rate: '20', currency: 'ZZZ' }))).toMatchObject({ code: 'unknown_currency', path: ['currency'] });
    expect(issueOf(() => splitVat('1.00', { rate: '0,2' }))).toMatchObject({ code: 'invalid_rate', path: ['rate'] });
    expect(issueOf(() => splitVat('1.001', { rate: '20' }))).toMatchObject({ code: 'too_many_decimals', path: ['amount'] });
  });
});
