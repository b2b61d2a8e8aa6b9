// @ts-nocheck
import type { IsoDate, Period, PeriodInput } from '../../calendar/index.js';
import type { CurrencyCode } from '../../money/index.js';
import type { PostingRules } from '../../posting/rules.js';

/**
 * Options of the gym reports over a period (sales, payments, direct debits,
 * rejections, cancellations, dashboard…).
 *
 * @example
 * ```ts
 * const options: GymPeriodOptions = { period: { from: '2024-11-01', to: '2024-11-30' } };
 * ```
 */
export interface GymPeriodOptions {
  /** The inclusive period `{ from, to }` (YYYY-MM-DD) the documents are dated in. */
  readonly period: PeriodInput;
  /**
   * The posting rules: book currency, rounding and VAT rounding of line amounts.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
}

/**
 * Options of the gym reports at a date (active and upcoming subscriptions,
 * members in incident).
 *
 * @example
 * ```ts
 * const options: GymAsOfOptions = { asOf: '2024-12-31' };
 * ```
 */
export interface GymAsOfOptions {
  /** The date of the report (YYYY-MM-DD). */
  readonly asOf: string;
  /**
   * The posting rules: book currency, rounding and VAT rounding of line amounts.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
}

/**
 * A customer (member) as the gym reports show it: the id (the auxiliary
 * account number in the books) and the name.
 *
 * @example
 * ```ts
 * const c: GymCustomer = { id: 'C0001', name: 'DUPONT Jean' };
 * ```
 */
export interface GymCustomer {
  /** The customer's id (their auxiliary account). */
  readonly id: string;
  /** The customer's name as on the documents. */
  readonly name: string;
}

/**
 * A gym report: its rows, totals and the currency of its amounts (the book
 * currency; foreign-currency documents are converted at their exchange rate).
 * Amounts are `Decimal`s normalised to the currency's minor unit.
 *
 * @example
 * ```ts
 * const report: GymReport<{ n: number }, { count: number }> = { rows: [{ n: 1 }], totals: { count: 1 }, currency: 'EUR' };
 * ```
 */
export interface GymReport<Row, Totals> {
  /** The report's lines (each report says what a line is and how lines are sorted). */
  readonly rows: ReadonlyArray<Row>;
  /** The totals over the rows. */
  readonly totals: Totals;
  /** The currency of every amount (the rules' currency). */
  readonly currency: CurrencyCode;
}

/**
 * A gym report over a period.
 *
 * @example
 * ```ts
 * const report = directDebitsByDate(documents, { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.period //=> { from: '2024-11-01', to: '2024-11-30' }
 * ```
 */
export interface GymPeriodReport<Row, Totals> extends GymReport<Row, Totals> {
  /** The period reported, inclusive. */
  readonly period: Period;
}

/**
 * A gym report at a date.
 *
 * @example
 * ```ts
 * const report = membersInIncident(documents, book, { asOf: '2024-12-31' });
 * report.asOf //=> '2024-12-31'
 * ```
 */
export interface GymAsOfReport<Row, Totals> extends GymReport<Row, Totals> {
  /** The date of the report. */
  readonly asOf: IsoDate;
}
