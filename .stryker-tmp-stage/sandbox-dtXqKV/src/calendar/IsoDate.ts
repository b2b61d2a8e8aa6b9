// @ts-nocheck
import { fail } from '../errors/index.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` (no time, no time zone), checked to be a
 * real date. Comparing two `IsoDate` strings compares the dates.
 *
 * @example
 * ```ts
 * const d: IsoDate = isoDate('2024-02-29');
 * ```
 */
export type IsoDate = string & {
  /** Type-level brand: the string was checked as a real `YYYY-MM-DD` date (not present at run time). */
  readonly [isoDateBrand]: true;
};

type Path = ReadonlyArray<string | number>;

/**
 * Checks a string is a real `YYYY-MM-DD` date and brands it.
 *
 * @param value - the date
 * @param path - where it sits in the input, for the error
 * @returns the branded date
 * @throws AccountingError `invalid_date` for `2024-02-30`, `2024-2-1`, `20240201`…
 * @example
 * ```ts
 * isoDate('2024-02-29') //=> '2024-02-29'
 * isoDate('2023-02-29') // throws invalid_date
 * ```
 */
export function isoDate(value: string, path: Path = []): IsoDate {
  if (!isIsoDate(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    fail('invalid_date', path, `Invalid date ${shown}: write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").`);
  }
  return value;
}

/**
 * Whether a value is a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-30') //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Char codes, no regex and no Date: this runs once per date of every document.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // '-'
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 ? (isLeapYear(y) ? 29 : 28) : DAYS_IN_MONTH[mo]!);
}

/** The decimal digit at position i, −1 when it is not an ASCII digit. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Days of each month of a common year (index 1–12). */
const DAYS_IN_MONTH: ReadonlyArray<number> = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The proleptic Gregorian leap-year rule (integer years). */
function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/**
 * Days in a month (1-based month), by the Gregorian leap-year rule.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2) //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (Number.isSafeInteger(year) && year >= -200_000 && year <= 200_000) return isLeapYear(year) ? 29 : 28;
  // Non-integer years read as their integer part, years beyond what a Date holds (±275760) as NaN:
  // the answers date-fns gave, without a Date.
  if (!Number.isFinite(year) || Math.abs(year) > 275_760) return Number.NaN;
  return isLeapYear(Math.trunc(year)) ? 29 : 28;
}

/**
 * Days since 1970-01-01 (negative before), computed arithmetically: no `Date`,
 * no time zone.
 *
 * @example
 * ```ts
 * toDayNumber('1970-01-02' as IsoDate) //=> 1
 * ```
 */
export function toDayNumber(date: IsoDate | string): number {
  const y0 = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return civilToDays(y0, m, d);
}

/** Days since the epoch of a (year, month 1–12, day) (internal helper). */
export function civilToDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `IsoDate` of a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * ```ts
 * fromDayNumber(19782) //=> '2024-02-29'
 * ```
 */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as IsoDate;
}

/** Year, month (1–12) and day of a date (internal helper). */
export function dateParts(date: IsoDate | string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds an `IsoDate` from parts (internal helper; parts must be valid). */
export function fromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}
