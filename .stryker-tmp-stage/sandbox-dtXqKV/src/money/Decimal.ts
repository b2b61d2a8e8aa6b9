// @ts-nocheck
// The named export, not the default one: decimal.js's declarations are CommonJS-shaped, so under
// `moduleResolution: node16 / nodenext` a default import is the whole module (a namespace, not the
// class) and every `Decimal` in the published types became an error or `any`.
import { Decimal as DecimalJs } from 'decimal.js';

/** What `Decimal.set`, `Decimal.config` and any write to a configuration property throw. */
export const READ_ONLY_DECIMAL =
  "partie-double's Decimal is read-only: its configuration (40 significant digits, ROUND_HALF_UP, no exponent notation) is what the library's own results are computed with. " +
  'Configure a constructor of your own instead: const MyDecimal = Decimal.clone({ precision: 20 }) (its values are accepted everywhere). ' +
  "decimal.js's ln, log, exp, non-integer pow and trigonometric functions change their constructor's precision while they compute: call them on a value of such a clone, new MyDecimal(amount).ln().";

/** The configuration properties of a decimal.js constructor (`Decimal.Config`). */
const CONFIG_KEYS = ['precision', 'rounding', 'minE', 'maxE', 'toExpNeg', 'toExpPos', 'modulo', 'crypto'] as const;

function readOnly(): never {
  throw new TypeError(READ_ONLY_DECIMAL);
}

/**
 * What partie-double's `Decimal` constructor refuses: its configuration cannot
 * be changed (calling `set` or `config` throws a `TypeError`, and so does
 * assigning `precision`, `rounding`…).
 *
 * @example
 * ```ts
 * import { Decimal } from 'partie-double';
 * const locked: ReadOnlyDecimalConfiguration = Decimal;
 * locked.precision //=> 40
 * // Decimal.set and Decimal.config do not compile (type never) and throw a TypeError at run time
 * const Mine = Decimal.clone({ precision: 3 }); // a constructor of your own
 * ```
 */
export interface ReadOnlyDecimalConfiguration {
  /** Refused (throws a `TypeError`): use `Decimal.clone({ … })` for a configuration of your own. */
  readonly set: never;
  /** Refused (throws a `TypeError`): use `Decimal.clone({ … })` for a configuration of your own. */
  readonly config: never;
  /** Significant digits of results: 40. */
  readonly precision: number;
  /** Rounding mode of inexact results: `ROUND_HALF_UP` (4). */
  readonly rounding: DecimalJs.Rounding;
  /** Smallest exponent before underflow to zero (decimal.js's default). */
  readonly minE: number;
  /** Largest exponent before overflow to Infinity (decimal.js's default). */
  readonly maxE: number;
  /** `toString` switches to exponent notation below this exponent: −40, so amounts never print as `1e-7`. */
  readonly toExpNeg: number;
  /** `toString` switches to exponent notation from this exponent: 40. */
  readonly toExpPos: number;
  /** Modulo mode of `mod` (decimal.js's default). */
  readonly modulo: DecimalJs.Modulo;
  /** Whether `random` uses a cryptographic source: `false`. */
  readonly crypto: boolean;
}

/** A fixed configuration: each property a getter of its value and a setter that refuses. */
function lock(ctor: typeof DecimalJs): typeof DecimalJs & ReadOnlyDecimalConfiguration {
  for (const key of CONFIG_KEYS) {
    const value: unknown = ctor[key];
    Object.defineProperty(ctor, key, { get: () => value, set: readOnly, enumerable: true, configurable: false });
  }
  for (const key of ['set', 'config'] as const) {
    Object.defineProperty(ctor, key, { value: readOnly, writable: false, enumerable: true, configurable: false });
  }
  return Object.freeze(ctor) as typeof DecimalJs & ReadOnlyDecimalConfiguration;
}

/**
 * partie-double's decimal.js constructor: a `Decimal.clone()` with 40
 * significant digits, `ROUND_HALF_UP` and no exponent notation, so the global
 * `Decimal` of the host application is never touched. It is read-only: the
 * library computes every result with it and hands out its values, so
 * `Decimal.set`, `amount.constructor.set`, `config` and writes to `precision` or
 * `rounding` throw a `TypeError` instead of changing the library's figures.
 * For a configuration of your own, `Decimal.clone({ … })` returns a writable
 * constructor.
 *
 * Values from any clone are accepted as inputs (recognised with
 * `Decimal.isDecimal`), and, decimal.js clones sharing one prototype,
 * `value instanceof Decimal` holds for the library's amounts, for your
 * clones' values and for the global decimal.js's.
 *
 * @example
 * ```ts
 * import { Decimal } from 'partie-double';
 * new Decimal('0.1').plus('0.2').toString() //=> '0.3'
 * // Decimal.set, amount.constructor.set: TypeError (and a compile error)
 * const Mine = Decimal.clone({ precision: 3 });
 * new Mine('123456.78').plus(0).toString() //=> '123000'
 * new Mine('1') instanceof Decimal //=> true
 * ```
 */
export const Decimal = lock(
  DecimalJs.clone({
    precision: 40,
    rounding: DecimalJs.ROUND_HALF_UP,
    toExpNeg: -40,
    toExpPos: 40,
  }),
);

/**
 * An exact decimal value (decimal.js).
 *
 * @example
 * ```ts
 * const amount: Decimal = new Decimal('12.50');
 * ```
 */
export type Decimal = DecimalJs;
