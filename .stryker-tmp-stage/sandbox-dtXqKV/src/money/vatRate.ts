// @ts-nocheck
import { fail, quote } from '../errors/index.js';

/**
 * A VAT rate in percent as a normalised decimal string: `"20"`, `"5.5"`,
 * `"2.1"`, `"0"` (`"5.50"` normalises to `"5.5"`).
 *
 * @example
 * ```ts
 * const rate: VatRate = '5.5';
 * ```
 */
export type VatRate = string;

const RATE_RE = /^\d{1,3}(?:\.\d{1,6})?$/;

/**
 * Normalises a VAT rate written in percent.
 *
 * @param rate - `"20"`, `"5.50"`, `"0"`…
 * @returns the normalised string (`"5.5"`)
 * @throws AccountingError `invalid_rate` when not a percentage between 0 and 100
 * @example
 * ```ts
 * normalizeVatRate('5.50') //=> '5.5'
 * normalizeVatRate('20.0') //=> '20'
 * ```
 */
export function normalizeVatRate(rate: string, path: ReadonlyArray<string | number> = []): VatRate {
  if (typeof rate !== 'string' || !RATE_RE.test(rate)) {
    fail('invalid_rate', path, `Invalid VAT rate ${quote(rate)}: write a percentage as a string such as "20" or "5.5".`);
  }
  let [int = '0', frac = ''] = rate.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const out = frac === '' ? int : `${int}.${frac}`;
  if (Number(int) > 100 || (Number(int) === 100 && frac !== '')) {
    fail('invalid_rate', path, `Invalid VAT rate "${rate}": a percentage above 100 is not a VAT rate.`);
  }
  return out;
}

/** A rate as the exact fraction num/den of 1 (20 % → 20/100) (internal helper). */
export interface RateFraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** The exact fraction of a normalised rate (internal helper). */
export function rateFraction(rate: VatRate): RateFraction {
  const [int = '0', frac = ''] = rate.split('.');
  return { num: BigInt(int + frac), den: 100n * 10n ** BigInt(frac.length) };
}
