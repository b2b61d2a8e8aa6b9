// @ts-nocheck
// The one seeded random generator of the examples: mulberry32 (32-bit integer
// state), with small helpers. Same seed, same documents, same files — byte for
// byte. Money is drawn as integer cents and written as decimal strings; no
// float ever holds an amount.
import { addDays, daysBetween, type IsoDate } from '../../src/index.js';

/** A seeded source of integers and the helpers the generators use. */
export interface Random {
  /** The next unsigned 32-bit integer. */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: ReadonlyArray<T>): T;
  /** True `n` times out of `outOf` (integers, e.g. `chance(3, 100)` for 3 %). */
  chance(n: number, outOf?: number): boolean;
  /** A day in [from, to], both included. */
  date(from: IsoDate | string, to: IsoDate | string): IsoDate;
  /** An amount in whole cents in [min, max] cents, rounded to a multiple of `step` cents. */
  cents(min: number, max: number, step?: number): number;
}

/**
 * A mulberry32 generator seeded with a 32-bit integer.
 *
 * @example
 * ```ts
 * const rng = createRandom(2024);
 * rng.int(1, 6); // a die
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) throw new RangeError(`int(${min}, ${max}): give integers with min <= max`);
    const span = max - min + 1;
    if (span > 2 ** 32) throw new RangeError('int: the span is larger than 2^32');
    return min + (next() % span);
  };
  return {
    next,
    int,
    pick<T>(list: ReadonlyArray<T>): T {
      if (list.length === 0) throw new RangeError('pick: the list is empty');
      return list[int(0, list.length - 1)]!;
    },
    chance(n: number, outOf = 100): boolean {
      return int(1, outOf) <= n;
    },
    date(from: IsoDate | string, to: IsoDate | string): IsoDate {
      return addDays(from as IsoDate, int(0, daysBetween(from as IsoDate, to as IsoDate)));
    },
    cents(min: number, max: number, step = 1): number {
      return int(Math.ceil(min / step), Math.floor(max / step)) * step;
    },
  };
}

/**
 * Integer cents as a decimal string: `123456` → `'1234.56'`, `-5` → `'-0.05'`.
 *
 * @example
 * ```ts
 * money(4990) //=> '49.90'
 * ```
 */
export function money(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`money(${cents}): cents must be a safe integer`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A decimal string with at most two decimals as integer cents: `'49.90'` → `4990`.
 *
 * @example
 * ```ts
 * cents('49.9') //=> 4990
 * ```
 */
export function cents(amount: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m) throw new RangeError(`cents(${JSON.stringify(amount)}): expected a decimal string with at most two decimals`);
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -value : value;
}

/** Zero-padded number: `pad(7, 4)` → `'0007'`. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
