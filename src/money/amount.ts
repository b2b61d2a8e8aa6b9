import { Decimal } from './Decimal.js';
import { currencyScale, type CurrencyCode } from './currency.js';
import { decimalText } from './decimalText.js';
import { fail, quote } from '../errors/index.js';

/**
 * What partie-double accepts as an amount: a `Decimal` (from any decimal.js
 * clone), a decimal string (`"12.50"`, `"-3"`), or a JS number that is a safe
 * integer. Binary fractions such as `0.1` are refused.
 *
 * @example
 * ```ts
 * const a: AmountInput = '19.90';
 * ```
 */
export type AmountInput = Decimal | string | number;

type Path = ReadonlyArray<string | number>;

export const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000];

/**
 * Reads a decimal value (amount, quantity, weight, rate) exactly.
 *
 * @param value - Decimal, decimal string or safe integer
 * @param path - where the value sits in the input, for the error
 * @returns the value as a `Decimal`
 * @throws AccountingError `invalid_amount` for `"NaN"`, `"Infinity"`, `"1e3"`, `""`, `0.1`…
 * @example
 * ```ts
 * toDecimal('12.50').toFixed(2) //=> '12.50'
 * ```
 */
export function toDecimal(value: AmountInput, path: Path = []): Decimal {
  if (typeof value === 'string') {
    if (!DECIMAL_RE.test(value)) {
      fail('invalid_amount', path, `Invalid amount ${quote(value)}: write a decimal string such as "12.50" (digits, an optional "-" and "." — no exponent, spaces, NaN or Infinity).`);
    }
    return new Decimal(value);
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      fail('invalid_amount', path, `Invalid amount ${String(value)}: a JS number is accepted only as a safe integer; pass decimals as a string such as "12.50".`);
    }
    return new Decimal(value);
  }
  if (Decimal.isDecimal(value)) {
    const text = decimalText(value);
    if (typeof text !== 'string' || !DECIMAL_RE.test(text)) {
      fail('invalid_amount', path, `Invalid amount ${typeof text === 'string' ? quote(text) : 'object'}: a Decimal must be finite (an object that only looks like a Decimal is not one); or pass a decimal string such as "12.50".`);
    }
    return new Decimal(text);
  }
  return fail('invalid_amount', path, `Invalid amount: expected a decimal string, a Decimal or a safe integer, received ${value === null ? 'null' : typeof value}.`);
}

/**
 * Reads an amount in a currency, refusing more decimals than the currency has.
 *
 * @param value - the amount
 * @param currency - ISO 4217 code, default `EUR`
 * @returns the amount as a `Decimal`
 * @throws AccountingError `invalid_amount`, `too_many_decimals`, `unknown_currency`
 * @example
 * ```ts
 * toAmount('600.00').toFixed(2) //=> '600.00'
 * toAmount('1.005') // throws too_many_decimals
 * ```
 */
export function toAmount(value: AmountInput, currency: CurrencyCode = 'EUR', path: Path = []): Decimal {
  const d = toDecimal(value, path);
  const scale = currencyScale(currency, path);
  if (d.decimalPlaces() > scale) {
    fail('too_many_decimals', path, `Amount ${d.toString()} has ${d.decimalPlaces()} decimals but ${currency} allows ${scale}: round it first with a named rounding mode.`);
  }
  return d;
}

/**
 * Converts an amount to integer minor units (cents for EUR), exactly.
 *
 * @param value - the amount
 * @param currency - ISO 4217 code, default `EUR`
 * @returns a safe integer
 * @throws AccountingError `invalid_amount`, `too_many_decimals`, `amount_overflow`
 * @example
 * ```ts
 * toMinorUnits('600.00') //=> 60000
 * toMinorUnits('-0.05') //=> -5
 * ```
 */
export function toMinorUnits(value: AmountInput, currency: CurrencyCode = 'EUR', path: Path = []): number {
  const scale = currencyScale(currency, path);
  if (typeof value === 'string') return stringToMinor(value, scale, currency, path);
  const d = toAmount(value, currency, path);
  // Stryker disable next-line LogicalOperator,ArithmeticOperator: a currency scale is 0 to 3, always in POW10, so the fallback never runs
  const minor = d.times(POW10[scale] ?? 10 ** scale);
  if (minor.abs().greaterThan(Number.MAX_SAFE_INTEGER)) overflow(d.toString(), path);
  return minor.toNumber();
}

/**
 * Fast exact conversion of a decimal string to minor units (internal helper).
 * Same errors as {@link toMinorUnits}.
 */
export function stringToMinor(value: string, scale: number, currency: CurrencyCode, path: Path): number {
  // Stryker disable next-line ConditionalExpression: toDecimal throws for what the pattern refuses and returns otherwise, so calling it always changes nothing but speed
  if (!DECIMAL_RE.test(value)) toDecimal(value, path);
  const neg = value.charCodeAt(0) === 45;
  const body = neg ? value.slice(1) : value;
  const dot = body.indexOf('.');
  // Stryker disable next-line EqualityOperator: the pattern puts a digit before any ".", so dot is never 0
  const intPart = dot < 0 ? body : body.slice(0, dot);
  // Stryker disable next-line EqualityOperator: the pattern puts a digit before any ".", so dot is never 0
  let frac = dot < 0 ? '' : body.slice(dot + 1);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: trimming the zeros of a fraction no longer than the scale, then padding it back, gives the same digits
  if (frac.length > scale) {
    // trailing zeros beyond the scale are harmless ("1.500" in EUR)
    const trimmed = frac.replace(/0+$/, '');
    if (trimmed.length > scale) {
      fail('too_many_decimals', path, `Amount ${value} has ${trimmed.length} decimals but ${currency} allows ${scale}: round it first with a named rounding mode.`);
    }
    frac = trimmed;
  }
  const digits = intPart + frac.padEnd(scale, '0');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: 15 digits are always below MAX_SAFE_INTEGER (16 digits), so the BigInt check there is only skipped for speed
  if (digits.length > 15) {
    const big = BigInt(digits);
    if (big > BigInt(Number.MAX_SAFE_INTEGER)) overflow(value, path);
  }
  const n = Number(digits);
  return neg && n !== 0 ? -n : n;
}

function overflow(value: string, path: Path): never {
  return fail('amount_overflow', path, `Amount ${value} is too large: in minor units it passes Number.MAX_SAFE_INTEGER (9007199254740991).`);
}

/**
 * Converts integer minor units back to a `Decimal`.
 *
 * @param minor - a safe integer (or a bigint)
 * @param currency - ISO 4217 code, default `EUR`
 * @returns the amount
 * @example
 * ```ts
 * fromMinorUnits(60000).toFixed(2) //=> '600.00'
 * ```
 */
export function fromMinorUnits(minor: number | bigint, currency: CurrencyCode = 'EUR'): Decimal {
  return minorToDecimal(minor, currencyScale(currency));
}

/** Minor units at a scale to a `Decimal` (internal helper). */
export function minorToDecimal(minor: number | bigint, scale: number): Decimal {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: decimal.js 10.6 reads a bigint as it reads its digits, so converting first or not gives the same Decimal
  const d = new Decimal(typeof minor === 'bigint' ? minor.toString() : minor);
  // Stryker disable next-line ConditionalExpression: dividing by 10^0 = 1 gives the same value; the test only spares a division
  return scale === 0 ? d : d.dividedBy(POW10[scale] ?? 10 ** scale);
}

/**
 * Writes minor units as a plain decimal string without building a `Decimal`
 * (internal helper for formats): `formatMinor(-60000, 2, ',') === '-600,00'`.
 */
export function formatMinor(minor: number, scale: number, separator = '.'): string {
  const neg = minor < 0;
  const abs = neg ? -minor : minor;
  if (scale === 0) return (neg ? '-' : '') + String(abs);
  const p = POW10[scale] ?? 10 ** scale;
  const int = Math.floor(abs / p);
  const frac = String(abs - int * p).padStart(scale, '0');
  return (neg ? '-' : '') + String(int) + separator + frac;
}
