// @ts-nocheck
// An entry's `vat` whose base Decimal is built on first read (internal): the
// entries `post` generates carry one, and a Book built from them (`postBook`,
// `createBook`) reads its base in minor units, never as a Decimal.
import { minorToDecimal, type Decimal } from '../../money/index.js';

/**
 * An entry's `vat` whose base `Decimal` is built on first read. `base` is an
 * own enumerable getter, so equality checks and JSON see a plain
 * `{ rate, base }`; the minor units stay private.
 */
class LazyVat {
  declare readonly rate: string;
  declare readonly base: Decimal;
  readonly #minor: number;
  readonly #scale: number;
  #base: Decimal | undefined;
  static readonly #descriptor: PropertyDescriptor = {
    get(this: LazyVat): Decimal {
      return (this.#base ??= minorToDecimal(this.#minor, this.#scale));
    },
    enumerable: true,
  };

  /** The base in minor units at `scale` without building its Decimal; undefined for another value or scale. */
  static minorOf(v: unknown, scale: number): number | undefined {
    return typeof v === 'object' && v !== null && #minor in v && v.#scale === scale ? v.#minor : undefined;
  }

  constructor(rate: string, minor: number, scale: number) {
    (this as { rate: string }).rate = rate;
    this.#minor = minor;
    this.#scale = scale;
    Object.defineProperty(this, 'base', LazyVat.#descriptor);
    Object.freeze(this);
  }
}

/** The base of an entry's `vat` in minor units at `scale`, when it is one built by {@link lazyVat} (postBook reads it without a Decimal). */
export function lazyVatMinor(vat: unknown, scale: number): number | undefined {
  return LazyVat.minorOf(vat, scale);
}

/** The `vat` of an entry: rate and base (minor units, built as a Decimal when read). */
export function lazyVat(rate: string, minor: number, scale: number): { readonly rate: string; readonly base: Decimal } {
  return new LazyVat(rate, minor, scale);
}
