// @ts-nocheck
import { fail } from '../errors/index.js';
import { isoDate, toDayNumber, dateParts, fromParts, daysInMonth, type IsoDate } from './IsoDate.js';
import { addDays, addMonths } from './dates.js';

/**
 * An inclusive period: `to` is the last day. A 12-month subscription sold on
 * 2024-10-15 runs `{ from: '2024-10-15', to: '2025-10-14' }`.
 *
 * @example
 * ```ts
 * const fy: Period = period('2024-01-01', '2024-12-31');
 * ```
 */
export interface Period {
  /** The first day of the period, included. */
  readonly from: IsoDate;
  /** The last day of the period, included (not the day after). */
  readonly to: IsoDate;
}

/**
 * A period as options take it: two `YYYY-MM-DD` strings, `to` being the last
 * day; checked like {@link period} (`invalid_date`, `invalid_period`). A
 * {@link Period} is one.
 *
 * @example
 * ```ts
 * const q4: PeriodInput = { from: '2024-10-01', to: '2024-12-31' };
 * ```
 */
export interface PeriodInput {
  /** The first day, `YYYY-MM-DD`, included. */
  readonly from: string;
  /** The last day, `YYYY-MM-DD`, included; not before `from`. */
  readonly to: string;
}

type Path = ReadonlyArray<string | number>;

/**
 * Checks and builds an inclusive period.
 *
 * @param from - first day
 * @param to - last day, not before `from`
 * @returns the frozen period
 * @throws AccountingError `invalid_date`, `invalid_period`
 * @example
 * ```ts
 * period('2024-01-01', '2024-12-31') //=> { from: '2024-01-01', to: '2024-12-31' }
 * period('2024-12-31', '2024-01-01') // throws invalid_period
 * ```
 */
export function period(from: string, to: string, path: Path = []): Period {
  const f = isoDate(from, [...path, 'from']);
  const t = isoDate(to, [...path, 'to']);
  if (t < f) fail('invalid_period', path, `Invalid period: it ends on ${t}, before it starts on ${f}; periods are inclusive { from, to } with to ≥ from.`);
  return Object.freeze({ from: f, to: t });
}

/**
 * Checks an unknown value is a period (internal helper for options).
 */
export function toPeriod(value: unknown, path: Path = ['period']): Period {
  if (typeof value !== 'object' || value === null) fail('invalid_period', path, 'A period must be an object { from, to } of YYYY-MM-DD dates.');
  const v = value as { from?: unknown; to?: unknown };
  return period(v.from as string, v.to as string, path);
}

/**
 * The number of days of an inclusive period.
 *
 * @example
 * ```ts
 * daysInPeriod(period('2024-10-15', '2025-10-14')) //=> 365
 * ```
 */
export function daysInPeriod(p: Period): number {
  return toDayNumber(p.to) - toDayNumber(p.from) + 1;
}

/**
 * Whether a date falls in an inclusive period.
 *
 * @example
 * ```ts
 * isWithin('2024-12-31' as IsoDate, period('2024-01-01', '2024-12-31')) //=> true
 * ```
 */
export function isWithin(date: IsoDate | string, p: Period): boolean {
  return date >= p.from && date <= p.to;
}

/**
 * Options of {@link fiscalYear}.
 *
 * @example
 * ```ts
 * const options: FiscalYearOptions = { startMonth: 7 };
 * ```
 */
export interface FiscalYearOptions {
  /**
   * Month (1–12) the fiscal year starts on.
   * @defaultValue 1
   */
  readonly startMonth?: number;
}

/**
 * The fiscal year containing a date, for a year starting on the first day of
 * any month.
 *
 * @example
 * ```ts
 * fiscalYear('2024-03-10' as IsoDate, { startMonth: 7 }) //=> { from: '2023-07-01', to: '2024-06-30' }
 * ```
 */
export function fiscalYear(date: IsoDate, options: FiscalYearOptions = {}): Period {
  const start = options.startMonth ?? 1;
  if (!Number.isInteger(start) || start < 1 || start > 12) {
    fail('invalid_option', ['startMonth'], `startMonth must be a whole month number from 1 to 12, received ${String(start)}.`);
  }
  const { year, month } = dateParts(date);
  const startYear = month >= start ? year : year - 1;
  const from = fromParts(startYear, start, 1);
  return Object.freeze({ from, to: addDays(addMonths(from, 12), -1) });
}

/**
 * The calendar months overlapping a period, each as its own period clipped to
 * it.
 *
 * @example
 * ```ts
 * monthsOf(period('2024-01-15', '2024-02-10')).length //=> 2
 * ```
 */
export function monthsOf(p: Period): Period[] {
  const out: Period[] = [];
  let { year, month } = dateParts(p.from);
  for (;;) {
    const first = fromParts(year, month, 1);
    const last = fromParts(year, month, daysInMonth(year, month));
    if (first > p.to) break;
    out.push(Object.freeze({ from: first < p.from ? p.from : first, to: last > p.to ? p.to : last }));
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}
