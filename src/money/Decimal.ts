import DecimalJs from 'decimal.js';

/**
 * partie-double's private decimal.js constructor: a `Decimal.clone()` with 40
 * significant digits and no exponent notation, so the global `Decimal` of the
 * host application is never touched. Values from any clone are accepted as
 * inputs (recognised with `Decimal.isDecimal`).
 *
 * @example
 * ```ts
 * import { Decimal } from 'partie-double';
 * new Decimal('0.1').plus('0.2').toString() //=> '0.3'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/**
 * An exact decimal value (decimal.js).
 *
 * @example
 * ```ts
 * const amount: Decimal = new Decimal('12.50');
 * ```
 */
export type Decimal = DecimalJs;
