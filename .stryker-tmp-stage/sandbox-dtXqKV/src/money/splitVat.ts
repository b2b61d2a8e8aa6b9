// @ts-nocheck
import { Decimal } from './Decimal.js';
import { toAmount, minorToDecimal, type AmountInput } from './amount.js';
import { currencyScale, type CurrencyCode } from './currency.js';
import { divRound, type RoundingMode } from './rounding.js';
import { normalizeVatRate, rateFraction, type RateFraction, type VatRate } from './vatRate.js';

/**
 * Options of {@link splitVat}.
 *
 * @example
 * ```ts
 * const options: SplitVatOptions = { rate: '20', pricesIncludeTax: true };
 * ```
 */
export interface SplitVatOptions {
  /** VAT rate in percent: `"20"`, `"5.5"`, `"0"`. */
  readonly rate: string;
  /**
   * `true` when the amount is incl. tax (TTC), `false` when excl. tax (HT).
   * @defaultValue false
   */
  readonly pricesIncludeTax?: boolean;
  /** @defaultValue 'EUR' */
  readonly currency?: CurrencyCode;
  /** @defaultValue 'half-away-from-zero' */
  readonly rounding?: RoundingMode;
}

/**
 * An amount split into base excl. tax, VAT and total incl. tax.
 *
 * @example
 * ```ts
 * const split: VatSplit = splitVat('600.00', { rate: '20', pricesIncludeTax: true });
 * ```
 */
export interface VatSplit {
  /** The base excl. tax (« HT »), in the currency's major unit, rounded as the options say. */
  readonly base: Decimal;
  /** The VAT: `total − base`. */
  readonly vat: Decimal;
  /** The amount incl. tax (« TTC »). */
  readonly total: Decimal;
  /** The normalised rate. */
  readonly rate: VatRate;
}

/**
 * Splits an amount excl. or incl. tax into base, VAT and total; the one
 * rounding (of the VAT from a base, or of the base from a total) uses the
 * named mode, and base + VAT = total exactly.
 *
 * @param amount - excl. tax, or incl. tax with `pricesIncludeTax`
 * @param options - rate, side, currency, rounding
 * @returns `{ base, vat, total, rate }`
 * @throws AccountingError `invalid_amount`, `too_many_decimals`, `invalid_rate`
 * @example
 * ```ts
 * const s = splitVat('19.90', { rate: '20', pricesIncludeTax: true });
 * [s.base.toFixed(2), s.vat.toFixed(2)] //=> ['16.58', '3.32']
 * splitVat('9.99', { rate: '20', pricesIncludeTax: true, rounding: 'half-even' }).base.toFixed(2) //=> '8.32'
 * ```
 */
export function splitVat(amount: AmountInput, options: SplitVatOptions): VatSplit {
  const currency = options.currency ?? 'EUR';
  const scale = currencyScale(currency, ['currency']);
  const rate = normalizeVatRate(options.rate, ['rate']);
  const a = toAmount(amount, currency, ['amount']);
  const minor = BigInt(a.times(new Decimal(10).pow(scale)).toFixed(0));
  const fr = rateFraction(rate);
  const mode = options.rounding ?? 'half-away-from-zero';
  const [base, vat] = options.pricesIncludeTax ? splitTotalMinor(minor, fr, mode) : [minor, vatOfBaseMinor(minor, fr, mode)];
  return Object.freeze({
    base: minorToDecimal(base, scale),
    vat: minorToDecimal(vat, scale),
    total: minorToDecimal(base + vat, scale),
    rate,
  });
}

/** VAT on a base in minor units, rounded once (internal helper). */
export function vatOfBaseMinor(base: bigint, rate: RateFraction, mode: RoundingMode): bigint {
  return divRound(base * rate.num, rate.den, mode);
}

/** [base, vat] of a total incl. tax in minor units (internal helper). */
export function splitTotalMinor(total: bigint, rate: RateFraction, mode: RoundingMode): [bigint, bigint] {
  const base = divRound(total * rate.den, rate.den + rate.num, mode);
  return [base, total - base];
}

export { rateFraction, type RateFraction };
