// @ts-nocheck
import { Decimal } from './Decimal.js';
import { toAmount, toDecimal, type AmountInput } from './amount.js';
import { currencyScale, type CurrencyCode } from './currency.js';
import { divRound, decimalRounding, type RoundingMode } from './rounding.js';
import { fail } from '../errors/index.js';

/**
 * Options of {@link allocate}.
 *
 * @example
 * ```ts
 * const options: AllocateOptions = { currency: 'EUR' };
 * ```
 */
export interface AllocateOptions {
  /**
   * Currency of the total; its scale is the unit shares are rounded to.
   * @defaultValue 'EUR'
   */
  readonly currency?: CurrencyCode;
  /**
   * How each exact share is rounded before the leftover minor units are spread.
   * `toward-zero` is the classic largest-remainder method: every share starts
   * at its floor (in absolute value) and the leftover units go, one each, to the
   * largest remainders, ties to the earliest weight. With another mode, the
   * shares start rounded with it and the difference is spread the same way
   * (largest remainders first when units are missing, smallest first when there
   * are too many). Every mode keeps each share within one minor unit of its
   * exact value and the sum exact.
   * @defaultValue 'toward-zero'
   */
  readonly rounding?: RoundingMode;
}

/**
 * Splits a total in proportion to weights without losing a minor unit: the
 * shares sum exactly to the total (largest-remainder method, ties to the
 * earliest weight). A negative total is allocated symmetrically.
 *
 * @param total - the amount to split
 * @param weights - non-negative decimals, not all zero (amounts, quantities…)
 * @param options - currency and rounding
 * @returns one share per weight, in order
 * @throws AccountingError `invalid_amount`, `too_many_decimals`, `invalid_weights`
 * @example
 * ```ts
 * allocate('33.33', ['360', '90', '10.55']).map((s) => s.toFixed(2))
 * //=> ['26.05', '6.51', '0.77']
 * ```
 */
export function allocate(total: AmountInput, weights: ReadonlyArray<AmountInput>, options: AllocateOptions = {}): Decimal[] {
  const currency = options.currency ?? 'EUR';
  const scale = currencyScale(currency, ['currency']);
  const t = toAmount(total, currency, ['total']);
  const tMinor = BigInt(t.times(new Decimal(10).pow(scale)).toFixed(0));
  const ws = weights.map((w, i) => toDecimal(w, ['weights', i]));
  const shares = allocateMinor(tMinor, ws, options.rounding ?? 'toward-zero');
  return shares.map((m) => new Decimal(m.toString()).dividedBy(new Decimal(10).pow(scale)));
}

/**
 * Largest-remainder allocation of an integer (minor units) over decimal
 * weights, exact with bigints (internal helper; also used by posting).
 */
export function allocateMinor(total: bigint, weights: ReadonlyArray<Decimal | bigint>, rounding: RoundingMode = 'toward-zero'): bigint[] {
  decimalRounding(rounding);
  if (weights.length === 0) fail('invalid_weights', ['weights'], 'Give at least one weight to allocate over.');
  let places = 0;
  for (const w of weights) if (typeof w !== 'bigint') places = Math.max(places, w.decimalPlaces());
  const factor = new Decimal(10).pow(places);
  const iw: bigint[] = weights.map((w, i) => {
    const v = typeof w === 'bigint' ? w * 10n ** BigInt(places) : BigInt(w.times(factor).toFixed(0));
    if (v < 0n) fail('invalid_weights', ['weights', i], `Weight ${typeof w === 'bigint' ? w : w.toString()} is negative: weights must be zero or positive.`);
    return v;
  });
  let sum = 0n;
  for (const w of iw) sum += w;
  if (sum === 0n) fail('invalid_weights', ['weights'], 'All weights are zero: at least one must be positive.');

  // Stryker disable next-line ConditionalExpression,EqualityOperator: divRound is odd-symmetric in every mode and the leftover pass mirrors, so allocating |total| and negating gives the same shares as allocating total (property 'is symmetric')
  const neg = total < 0n;
  const abs = neg ? -total : total;
  // Stryker disable next-line ArrayDeclaration: every index is assigned below; the length only presizes the array
  const shares: bigint[] = new Array<bigint>(iw.length);
  // Stryker disable next-line ArrayDeclaration: every index is assigned below; the length only presizes the array
  const rems: bigint[] = new Array<bigint>(iw.length);
  let allocated = 0n;
  for (let i = 0; i < iw.length; i++) {
    const exact = abs * iw[i]!;
    const s = divRound(exact, sum, rounding);
    shares[i] = s;
    rems[i] = exact - s * sum; // signed remainder, in units of 1/sum
    allocated += s;
  }
  let left = abs - allocated;
  // Stryker disable next-line ConditionalExpression: with nothing left the loop below does not run; sorting first changes nothing
  if (left !== 0n) {
    const order = iw.map((_, i) => i);
    if (left > 0n) order.sort((a, b) => (rems[b]! > rems[a]! ? 1 : rems[b]! < rems[a]! ? -1 : a - b));
    else order.sort((a, b) => (rems[a]! > rems[b]! ? 1 : rems[a]! < rems[b]! ? -1 : a - b));
    // Stryker disable next-line EqualityOperator: left is not 0 here
    const step = left > 0n ? 1n : -1n;
    let k = 0;
    while (left !== 0n) {
      const i = order[k % order.length]!;
      // Stryker disable next-line ConditionalExpression: never false: the units left are fewer than the weights with a non-zero remainder, which sort before every zero weight (remainder 0)
      if (iw[i]! !== 0n) {
        shares[i] = shares[i]! + step;
        left -= step;
      }
      k++;
    }
  }
  return neg ? shares.map((s) => -s) : shares;
}
