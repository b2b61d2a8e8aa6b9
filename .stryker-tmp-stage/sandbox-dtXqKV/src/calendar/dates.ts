// @ts-nocheck
import { civilToDays, dateParts, daysInMonth, fromDayNumber, fromParts, toDayNumber, type IsoDate } from './IsoDate.js';

// Day-number arithmetic only: a local `Date` would follow the process's time zone, and zones that
// skipped a day (Pacific/Kiritimati on 1994-12-31, Kwajalein in 1993, Apia in 2011) would shift results.

/**
 * Adds (or subtracts) days.
 *
 * @example
 * ```ts
 * addDays('2024-02-28' as IsoDate, 1) //=> '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months, clamping to the month's end (2024-01-31 + 1 month =
 * 2024-02-29), as date-fns's `addMonths` does, in any time zone. A fractional
 * `months` is truncated.
 *
 * @example
 * ```ts
 * addMonths('2024-01-31' as IsoDate, 1) //=> '2024-02-29'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const total = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Calendar days from `from` to `to` (`to − from`, negative when `to` is
 * earlier), in any time zone.
 *
 * @example
 * ```ts
 * daysBetween('2024-10-15' as IsoDate, '2024-12-31' as IsoDate) //=> 77
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return civilToDays(b.year, b.month, b.day) - civilToDays(a.year, a.month, a.day);
}

/**
 * The last day of the date's month (2024-02-29 in a leap year).
 *
 * @example
 * ```ts
 * endOfMonth('2024-02-10' as IsoDate) //=> '2024-02-29'
 * ```
 */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return fromParts(year, month, daysInMonth(year, month));
}

/**
 * The first day of the date's month.
 *
 * @example
 * ```ts
 * startOfMonth('2024-02-10' as IsoDate) //=> '2024-02-01'
 * ```
 */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return fromParts(year, month, 1);
}

/**
 * Compares two dates for sorting: negative, zero or positive.
 *
 * @example
 * ```ts
 * ['2024-03-01', '2024-01-01'].sort(compareDates) //=> ['2024-01-01', '2024-03-01']
 * ```
 */
export function compareDates(a: IsoDate | string, b: IsoDate | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes a date as `AAAAMMJJ` (FEC) — `'2024-10-15'` → `'20241015'`.
 *
 * @example
 * ```ts
 * compactDate('2024-10-15' as IsoDate) //=> '20241015'
 * ```
 */
export function compactDate(date: IsoDate): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/**
 * The 30E/360 day count between two dates (`[from, to)`), as the European
 * convention defines it: day 31 counts as day 30.
 *
 * @example
 * ```ts
 * days360('2025-01-01' as IsoDate, '2025-10-15' as IsoDate) //=> 284
 * ```
 */
export function days360(from: IsoDate, to: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  const d1 = Math.min(a.day, 30);
  const d2 = Math.min(b.day, 30);
  return (b.year - a.year) * 360 + (b.month - a.month) * 30 + (d2 - d1);
}
