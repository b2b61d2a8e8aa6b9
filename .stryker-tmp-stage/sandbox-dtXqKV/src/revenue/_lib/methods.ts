// @ts-nocheck
// How much of a line is still to serve after a cut-off, per method (internal).
import { dateParts, days360, daysInMonth, fromDayNumber, type IsoDate } from '../../calendar/index.js';
import { fail, quote } from '../../errors/index.js';

/**
 * How deferred revenue prorates a line (SPEC-FR §4.3): `days` (exact days,
 * the default), `months` (whole months, a partial month counting for its days
 * over that month's days), `30/360` (the 30E/360 day count on
 * `[from, to + 1 day)`) or `sessions` (per session used, from `session-usage`
 * documents). The denominator is always the period's own count in the same
 * convention.
 *
 * @example
 * ```ts
 * const method: DeferralMethod = '30/360';
 * ```
 */
export type DeferralMethod = 'days' | 'months' | '30/360' | 'sessions';

/**
 * The deferral methods, in a stable order.
 *
 * @example
 * ```ts
 * DEFERRAL_METHODS.includes('months') //=> true
 * ```
 */
export const DEFERRAL_METHODS: ReadonlyArray<DeferralMethod> = Object.freeze(['days', 'months', '30/360', 'sessions'] as const);

/** Checks a method option (internal helper). */
export function checkMethod(method: unknown, path: ReadonlyArray<string | number> = ['method']): DeferralMethod {
  if (method === undefined) return 'days';
  if (typeof method !== 'string' || !(DEFERRAL_METHODS as ReadonlyArray<string>).includes(method)) {
    fail('invalid_method', path, `Unknown deferral method ${quote(method)}: use one of ${DEFERRAL_METHODS.map((m) => `"${m}"`).join(', ')}.`);
  }
  return method as DeferralMethod;
}

/** 1/L of a month is the unit of the `months` method: L is divisible by 28, 29, 30 and 31. */
export const MONTH_UNIT = 377_580;

/** The date and its parts of a day number, memoised: the lines of a report share few dates. */
const DATES = new Map<number, { readonly date: IsoDate; readonly year: number; readonly month: number; readonly day: number }>();
function partsOf(day: number): { readonly date: IsoDate; readonly year: number; readonly month: number; readonly day: number } {
  let p = DATES.get(day);
  if (p === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache bound; clearing early or never changes memory only
    if (DATES.size >= 100_000) DATES.clear();
    const date = fromDayNumber(day);
    p = { date, ...dateParts(date) };
    DATES.set(day, p);
  }
  return p;
}

/** Months of the inclusive day range [a, b] in units of 1/MONTH_UNIT (a ≤ b). */
function monthUnits(a: number, b: number): number {
  const A = partsOf(a);
  const B = partsOf(b);
  const dimA = daysInMonth(A.year, A.month);
  if (A.year === B.year && A.month === B.month) return (b - a + 1) * (MONTH_UNIT / dimA);
  const dimB = daysInMonth(B.year, B.month);
  const full = B.year * 12 + B.month - (A.year * 12 + A.month) - 1;
  return (dimA - A.day + 1) * (MONTH_UNIT / dimA) + B.day * (MONTH_UNIT / dimB) + full * MONTH_UNIT;
}

/** 30E/360 days of the inclusive day range [a, b], counted on [a, b + 1) (as `days360`: day 31 counts as 30). */
function units360(a: number, b: number): number {
  return days360(partsOf(a).date, partsOf(b + 1).date);
}

/**
 * The part of an inclusive period `[from, to]` (day numbers) after the cut-off
 * day, as `[after, total]` in the method's units (`days`, `months` or
 * `30/360`). A period whose count is zero in its convention (a single 30E/360
 * day that counts for nothing) is treated as one indivisible unit.
 */
export function periodShare(method: Exclude<DeferralMethod, 'sessions'>, from: number, to: number, cutoff: number): [number, number] {
  if (method === 'days') {
    const total = to - from + 1;
    const start = cutoff + 1 > from ? cutoff + 1 : from;
    return [start > to ? 0 : to - start + 1, total];
  }
  const count = method === 'months' ? monthUnits : units360;
  const total = count(from, to);
  if (total === 0) return [cutoff < from ? 1 : 0, 1];
  if (cutoff < from) return [total, total];
  if (cutoff >= to) return [0, total];
  return [count(cutoff + 1, to), total];
}
