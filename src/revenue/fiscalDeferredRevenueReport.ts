import type { IsoDate } from '../calendar/index.js';
import { currencyScale, minorToDecimal, type CurrencyCode, type Decimal } from '../money/index.js';
import { deferredRevenue, lineMinor, type DeferredRevenueLine, type DeferredRevenueOptions, type LineMinor } from './deferredRevenue.js';
import type { DeferralMethod } from './_lib/methods.js';

/**
 * Options of {@link fiscalDeferredRevenueReport}: those of
 * {@link deferredRevenue}.
 *
 * @example
 * ```ts
 * const options: FiscalDeferredRevenueReportOptions = { cutoff: '2024-12-31' };
 * ```
 */
export type FiscalDeferredRevenueReportOptions = DeferredRevenueOptions;

/**
 * One subscription line of the fiscal PCA report: client, product, sale
 * date, start, end, amounts incl. and excl. tax, total days, days remaining
 * after the date, deferred amount excl. tax (negative on credit notes).
 *
 * @example
 * ```ts
 * row.daysRemaining //=> 287
 * row.deferred.toFixed(2) //=> '393.15'
 * ```
 */
export interface FiscalDeferredRevenueRow {
  readonly customer: { readonly id: string; readonly name: string };
  /** The line's product, else its label. */
  readonly product: string;
  readonly invoice: string;
  readonly number: string;
  readonly saleDate: IsoDate;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly amountInclTax: Decimal;
  readonly amountExclTax: Decimal;
  readonly totalDays: number;
  readonly daysRemaining: number;
  readonly deferred: Decimal;
}

/**
 * The fiscal PCA report at a date.
 *
 * @example
 * ```ts
 * report.totals.deferred.toFixed(2) //=> '393.15'
 * ```
 */
export interface FiscalDeferredRevenueReport {
  readonly date: IsoDate;
  readonly method: DeferralMethod;
  readonly currency: CurrencyCode;
  readonly rows: ReadonlyArray<FiscalDeferredRevenueRow>;
  readonly totals: {
    readonly rows: number;
    readonly amountInclTax: Decimal;
    readonly amountExclTax: Decimal;
    readonly deferred: Decimal;
  };
}

/** A row reading its amounts from the deferred-revenue line (internal). */
class Row implements FiscalDeferredRevenueRow {
  declare readonly customer: { readonly id: string; readonly name: string };
  declare readonly product: string;
  declare readonly invoice: string;
  declare readonly number: string;
  declare readonly saleDate: IsoDate;
  declare readonly start: IsoDate;
  declare readonly end: IsoDate;
  declare readonly totalDays: number;
  declare readonly daysRemaining: number;
  readonly #m: LineMinor;

  constructor(line: DeferredRevenueLine) {
    this.#m = lineMinor(line);
    const self = this as unknown as Record<string | symbol, unknown>;
    self.customer = line.customer;
    self.product = line.product ?? line.label;
    self.invoice = line.invoice;
    self.number = line.number;
    self.saleDate = line.date;
    self.start = line.servicePeriod!.from;
    self.end = line.servicePeriod!.to;
    self.totalDays = line.totalDays!;
    self.daysRemaining = line.daysAfterCutoff!;
    Object.freeze(this);
  }

  get amountInclTax(): Decimal {
    return minorToDecimal(this.#m.inclTax, this.#m.scale);
  }

  get amountExclTax(): Decimal {
    return minorToDecimal(this.#m.exclTax, this.#m.scale);
  }

  get deferred(): Decimal {
    return minorToDecimal(this.#m.deferred, this.#m.scale);
  }

  /** The row with its amounts as fixed-point strings. */
  toJSON(): Record<string, unknown> {
    const m = this.#m;
    return {
      ...(this as object),
      amountInclTax: minorToDecimal(m.inclTax, m.scale).toFixed(m.scale),
      amountExclTax: minorToDecimal(m.exclTax, m.scale).toFixed(m.scale),
      deferred: minorToDecimal(m.deferred, m.scale).toFixed(m.scale),
    };
  }
}

/**
 * The gym's fiscal deferred-revenue report (« PCA fiscal »): at a date, one
 * row per subscription line (a revenue line with a service period) still
 * running after it — client, product, sale date, start, end, amounts incl.
 * and excl. tax, total days, days remaining, deferred amount — in sale-date
 * order, with totals. The figures are {@link deferredRevenue}'s (same
 * documents, options and rules); its total equals the deferral of the lines
 * listed.
 *
 * @param documents - invoices (others are skipped)
 * @param options - the date as `cutoff`, method, rules, rounding
 * @returns the rows and totals
 * @throws AccountingError as {@link deferredRevenue}
 * @example
 * ```ts
 * const report = fiscalDeferredRevenueReport([invoice], { cutoff: '2024-12-31' });
 * const row = report.rows[0];
 * [row.customer.name, row.saleDate, row.start, row.end, row.totalDays, row.daysRemaining]
 * //=> ['DUPONT Jean', '2024-10-15', '2024-10-15', '2025-10-14', 365, 287]
 * [row.amountInclTax.toFixed(2), row.amountExclTax.toFixed(2), row.deferred.toFixed(2)] //=> ['600.00', '500.00', '393.15']
 * ```
 */
export function fiscalDeferredRevenueReport(documents: Iterable<unknown>, options: FiscalDeferredRevenueReportOptions): FiscalDeferredRevenueReport {
  const report = deferredRevenue(documents, options);
  const rows: Row[] = [];
  let incl = 0;
  let excl = 0;
  let deferred = 0;
  const scale = currencyScale(report.currency);
  for (const line of report.lines) {
    if (line.servicePeriod === undefined) continue;
    const row = new Row(line);
    const m = lineMinor(line);
    incl += m.inclTax;
    excl += m.exclTax;
    deferred += m.deferred;
    rows.push(row);
  }
  rows.sort((a, b) => (a.saleDate < b.saleDate ? -1 : a.saleDate > b.saleDate ? 1 : 0));
  return Object.freeze({
    date: report.cutoff,
    method: report.method,
    currency: report.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({
      rows: rows.length,
      amountInclTax: minorToDecimal(incl, scale),
      amountExclTax: minorToDecimal(excl, scale),
      deferred: minorToDecimal(deferred, scale),
    }),
  });
}
