// @ts-nocheck
import { isIsoDate } from '../calendar/index.js';
import { issue, type AccountingIssue } from '../errors/index.js';

/**
 * A closing (clôture) as plain data: every day up to `closedThrough` belongs
 * to a closed period whose entries are final. `closePeriod` sets it on the
 * posting rules; `createTransaction`, `createTransactions`,
 * `reverseTransaction` and `createBook` accept it as an option, so that any
 * later input dated in a closed period is `period_closed`. The type lives in
 * `transactions/` so that every layer below can carry it.
 *
 * @example
 * ```ts
 * const closing: ClosingOptions = { closedThrough: '2024-12-31' };
 * ```
 */
export interface ClosingOptions {
  /**
   * The last day of the closed periods (inclusive).
   * @defaultValue none: no period is closed
   */
  readonly closedThrough?: string;
}

/** The message of a `period_closed` issue (internal). */
export function periodClosedMessage(closedThrough: string, date: string, what = 'This transaction'): string {
  return `The books are closed through ${closedThrough} and ${what.charAt(0).toLowerCase() + what.slice(1)} is dated ${date}: entries of a closed period are final; record the correction as a new entry dated in an open period.`;
}

/**
 * Checks `closedThrough` and, when `date` is given, that it is after it
 * (internal): an `invalid_date` or a `period_closed` issue, else none.
 */
export function closingIssue(options: ClosingOptions, date: string | undefined, path: ReadonlyArray<string | number>, what?: string): AccountingIssue | undefined {
  const through = options.closedThrough;
  if (through === undefined) return undefined;
  if (!isIsoDate(through)) return issue('invalid_date', ['closedThrough'], `Invalid date ${JSON.stringify(through)} for closedThrough: write the last closed day as YYYY-MM-DD.`);
  if (date !== undefined && date <= through) return issue('period_closed', [...path], periodClosedMessage(through, date, what));
  return undefined;
}
