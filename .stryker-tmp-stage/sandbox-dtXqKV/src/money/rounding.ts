// @ts-nocheck
import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from './Decimal.js';
import { fail } from '../errors/index.js';

/**
 * How a value is rounded to a currency's minor unit. `half-away-from-zero` is
 * the French commercial rounding (arrondi commercial) and the default.
 *
 * @example
 * ```ts
 * const mode: RoundingMode = 'half-even';
 * ```
 */
export type RoundingMode = 'half-away-from-zero' | 'half-even' | 'away-from-zero' | 'toward-zero';

/**
 * The rounding modes, in a stable order.
 *
 * @example
 * ```ts
 * ROUNDING_MODES //=> ['half-away-from-zero', 'half-even', 'away-from-zero', 'toward-zero']
 * ```
 */
export const ROUNDING_MODES: ReadonlyArray<RoundingMode> = Object.freeze([
  'half-away-from-zero',
  'half-even',
  'away-from-zero',
  'toward-zero',
]);

const MODES: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'away-from-zero': Decimal.ROUND_UP,
  'toward-zero': Decimal.ROUND_DOWN,
};

/** decimal.js constant of a rounding mode (internal helper). */
export function decimalRounding(mode: RoundingMode, path: ReadonlyArray<string | number> = ['rounding']): DecimalJs.Rounding {
  const r = Object.hasOwn(MODES, mode) ? MODES[mode] : undefined;
  if (r === undefined) fail('invalid_option', path, `Unknown rounding mode "${String(mode)}": use one of ${ROUNDING_MODES.join(', ')}.`);
  return r;
}

/**
 * Rounds a decimal to `scale` decimals with the named mode.
 *
 * @param value - the exact value
 * @param scale - decimals to keep (2 for EUR)
 * @param mode - rounding mode, default `half-away-from-zero`
 * @returns the rounded value
 * @example
 * ```ts
 * roundTo(new Decimal('8.325'), 2, 'half-even').toFixed(2) //=> '8.32'
 * roundTo(new Decimal('8.325'), 2).toFixed(2) //=> '8.33'
 * ```
 */
export function roundTo(value: Decimal, scale: number, mode: RoundingMode = 'half-away-from-zero'): Decimal {
  return new Decimal(value).toDecimalPlaces(scale, decimalRounding(mode));
}

/** Integer division of bigints rounded with a mode (internal helper; `d` > 0). */
export function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  // Stryker disable next-line EqualityOperator: n = 0 has r = 0 and returned above
  const sign = n < 0n ? -1n : 1n;
  // Stryker disable next-line EqualityOperator: r = 0 returned above
  const ar = r < 0n ? -r : r;
  switch (mode) {
    case 'toward-zero':
      return q;
    case 'away-from-zero':
      return q + sign;
    case 'half-away-from-zero':
      return ar * 2n >= d ? q + sign : q;
    case 'half-even': {
      const twice = ar * 2n;
      if (twice > d) return q + sign;
      if (twice < d) return q;
      return q % 2n === 0n ? q : q + sign;
    }
  }
}
