// @ts-nocheck
import { fail } from '../errors/index.js';

/**
 * ISO 4217 minor units (decimals) of the currencies partie-double knows.
 *
 * @example
 * ```ts
 * CURRENCY_SCALES.EUR //=> 2
 * CURRENCY_SCALES.JPY //=> 0
 * ```
 */
export const CURRENCY_SCALES: Readonly<Record<string, number>> = Object.freeze({
  __proto__: null,
  EUR: 2, USD: 2, GBP: 2, CHF: 2, CAD: 2, AUD: 2, NZD: 2, SEK: 2, NOK: 2, DKK: 2, PLN: 2, CZK: 2, HUF: 2,
  RON: 2, BGN: 2, MAD: 2, DZD: 2, XPF: 0, XOF: 0, XAF: 0, JPY: 0, KRW: 0, ISK: 0, CNY: 2, HKD: 2, SGD: 2,
  INR: 2, BRL: 2, MXN: 2, ZAR: 2, TRY: 2, ILS: 2, AED: 2, SAR: 2, QAR: 2, MUR: 2, MGA: 2, HTG: 2,
  TND: 3, KWD: 3, BHD: 3, OMR: 3, JOD: 3, LYD: 3, IQD: 3,
} as unknown as Record<string, number>);

/**
 * An ISO 4217 currency code such as `'EUR'`.
 *
 * @example
 * ```ts
 * const code: CurrencyCode = 'EUR';
 * ```
 */
export type CurrencyCode = string;

/**
 * The number of decimals (minor-unit exponent) of a currency.
 *
 * @param currency - ISO 4217 code
 * @returns its scale: 2 for EUR, 0 for JPY or XOF, 3 for TND
 * @throws AccountingError `unknown_currency`
 * @example
 * ```ts
 * currencyScale('TND') //=> 3
 * ```
 */
export function currencyScale(currency: CurrencyCode, path: ReadonlyArray<string | number> = []): number {
  const scale = Object.hasOwn(CURRENCY_SCALES, currency) ? CURRENCY_SCALES[currency] : undefined;
  if (scale === undefined) {
    fail('unknown_currency', path, `Unknown currency "${currency}": use an ISO 4217 code such as "EUR" (known: ${Object.keys(CURRENCY_SCALES).join(', ')}).`);
  }
  return scale;
}
