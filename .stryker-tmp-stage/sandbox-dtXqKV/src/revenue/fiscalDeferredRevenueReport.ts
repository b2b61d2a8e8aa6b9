// @ts-nocheck
import type { IsoDate } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { currencyScale, minorToDecimal, type CurrencyCode, type Decimal } from '../money/index.js';
import {
  deferredRevenue,
  isDeferredRevenueLine,
  lineMinor,
  type DeferredRevenue,
  type DeferredRevenueLine,
  type DeferredRevenueOptions,
  type LineMinor,
} from './deferredRevenue.js';
import { DEFERRAL_METHODS, type DeferralMethod } from './_lib/methods.js';
import { checkSafe } from './_lib/share.js';

/**
 * Options of {@link fiscalDeferredRevenueReport} read from documents: those
 * of {@link deferredRevenue}.
 *
 * @example
 * ```ts
 * const options: FiscalDeferredRevenueReportOptions = { cutoff: '2024-12-31' };
 * ```
 */
export type FiscalDeferredRevenueReportOptions = DeferredRevenueOptions;

/**
 * One deferred line of the fiscal PCA report: client, product, sale date,
 * the method it is deferred by, its service period and days (when it has
 * one), its sessions (method `sessions`), the deferred fraction in the
 * method's units, amounts incl. and excl. tax and the deferred amount excl.
 * tax (negative on credit notes).
 *
 * @example
 * ```ts
 * const row = fiscalDeferredRevenueReport([invoice], { cutoff: '2024-12-31' }).rows[0]!;
 * [row.method, row.daysRemaining, row.share] //=> ['days', 287, { after: 287, total: 365 }]
 * row.deferred.toFixed(2) //=> '393.15'
 * ```
 */
export interface FiscalDeferredRevenueRow {
  /** The customer invoiced. */
  readonly customer: {
    /** The customer's id. */
    readonly id: string;
    /** The customer's name. */
    readonly name: string;
  };
  /** The line's product, else its label. */
  readonly product: string;
  /** The invoice id. */
  readonly invoice: string;
  /** The invoice number, else its id. */
  readonly number: string;
  /** The sale (invoice) date. */
  readonly saleDate: IsoDate;
  /** How the line is prorated (`days`, `months`, `30/360`, `sessions`). */
  readonly method: DeferralMethod;
  /** First day of the service period (lines with one). */
  readonly start?: IsoDate;
  /** Last day of the service period (lines with one). */
  readonly end?: IsoDate;
  /** Calendar days of the service period (lines with one). */
  readonly totalDays?: number;
  /** Calendar days of the service period after the date (lines with one). */
  readonly daysRemaining?: number;
  /** Sessions sold (method `sessions`). */
  readonly sessions?: number;
  /** Sessions not used by the date (method `sessions`; 0 once the pack's period has ended). */
  readonly sessionsRemaining?: number;
  /** The deferred fraction `after / total` in the method's units (days, months as a reduced fraction, 30E/360 days, sessions). */
  readonly share: {
    /** Units (days, months, sessions) after the date. */
    readonly after: number;
    /** Units of the whole service period or pack. */
    readonly total: number;
  };
  /** The line's amount incl. tax (« TTC »). */
  readonly amountInclTax: Decimal;
  /** The line's amount excl. tax (« HT »). */
  readonly amountExclTax: Decimal;
  /** The deferred revenue (« PCA ») at the date, excl. tax, rounded once. */
  readonly deferred: Decimal;
}

/**
 * The totals of the fiscal PCA report's rows of one method.
 *
 * @example
 * ```ts
 * // A 10-session pack (120.00 incl. 20 % VAT) sold on 1 November 2024, 5 sessions used by the cut-off.
 * const pack = { type: 'invoice', id: 'pack', kind: 'final', status: 'issued', number: 'FA2024-0002', date: '2024-11-01',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ id: 'l1', label: 'Carnet 10 séances', account: '706100', quantity: '1', unitPrice: '120.00', vatRate: '20', sessions: 10 }] };
 * const usage = [1, 2, 3, 4, 5].map((n) => ({ type: 'session-usage', id: `u${n}`, invoice: 'pack', line: 'l1', date: `2024-12-0${n}` }));
 * const days = deferredRevenue([invoice], { cutoff: '2024-12-31' });
 * const sessions = deferredRevenue([pack, ...usage], { cutoff: '2024-12-31', method: 'sessions' });
 * const pca = fiscalDeferredRevenueReport([days, sessions]);
 * pca.totals.byMethod.map((m) => [m.method, m.deferred.toFixed(2)]) //=> [['days', '393.15'], ['sessions', '50.00']]
 * ```
 */
export interface FiscalDeferredRevenueMethodTotals {
  /** The prorating method. */
  readonly method: DeferralMethod;
  /** How many rows use it. */
  readonly rows: number;
  /** Σ incl. tax of those rows. */
  readonly amountInclTax: Decimal;
  /** Σ excl. tax of those rows. */
  readonly amountExclTax: Decimal;
  /** Σ deferred of those rows. */
  readonly deferred: Decimal;
}

/**
 * The fiscal PCA report at a date.
 *
 * @example
 * ```ts
 * const pca = fiscalDeferredRevenueReport([invoice], { cutoff: '2024-12-31' });
 * pca.totals.deferred.toFixed(2) //=> '393.15'
 * ```
 */
export interface FiscalDeferredRevenueReport {
  /** The cut-off date of the report. */
  readonly date: IsoDate;
  /** The methods of the reports read, in the order `days`, `months`, `30/360`, `sessions`. */
  readonly methods: ReadonlyArray<DeferralMethod>;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** One row per line with something deferred. */
  readonly rows: ReadonlyArray<FiscalDeferredRevenueRow>;
  /** Σ over the rows. */
  readonly totals: {
    /** How many rows are listed. */
    readonly rows: number;
    /** Σ incl. tax of the rows. */
    readonly amountInclTax: Decimal;
    /** Σ excl. tax of the rows. */
    readonly amountExclTax: Decimal;
    /** The deferred revenue of every row: what `deferralTransactions` of the same reports leave on 487. */
    readonly deferred: Decimal;
    /** One entry per method, in the order of `methods`. */
    readonly byMethod: ReadonlyArray<FiscalDeferredRevenueMethodTotals>;
  };
}

/** A row reading its amounts from the deferred-revenue line (internal). */
class Row implements FiscalDeferredRevenueRow {
  declare readonly customer: { readonly id: string; readonly name: string };
  declare readonly product: string;
  declare readonly invoice: string;
  declare readonly number: string;
  declare readonly saleDate: IsoDate;
  declare readonly method: DeferralMethod;
  declare readonly start?: IsoDate;
  declare readonly end?: IsoDate;
  declare readonly totalDays?: number;
  declare readonly daysRemaining?: number;
  declare readonly sessions?: number;
  declare readonly sessionsRemaining?: number;
  declare readonly share: { readonly after: number; readonly total: number };
  readonly #m: LineMinor;

  constructor(line: DeferredRevenueLine, method: DeferralMethod) {
    this.#m = lineMinor(line);
    const self = this as unknown as Record<string | symbol, unknown>;
    self.customer = line.customer;
    self.product = line.product ?? line.label;
    self.invoice = line.invoice;
    self.number = line.number;
    self.saleDate = line.date;
    self.method = method;
    if (line.servicePeriod !== undefined) {
      self.start = line.servicePeriod.from;
      self.end = line.servicePeriod.to;
      self.totalDays = line.totalDays!;
      self.daysRemaining = line.daysAfterCutoff!;
    }
    if (method === 'sessions') {
      self.sessions = line.sessions!;
      self.sessionsRemaining = line.share.after;
    }
    self.share = line.share;
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

/** Whether a value looks like a {@link deferredRevenue} report (not a document). */
function looksLikeReport(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Symbol.iterator in value) return false;
  const r = value as Partial<Record<keyof DeferredRevenue, unknown>>;
  return Array.isArray(r.lines) && Array.isArray(r.accounts) && typeof r.cutoff === 'string' && typeof r.method === 'string';
}

/** The reports given, checked: same date and currency, lines made by deferredRevenue, no line twice. */
function checkReports(reports: ReadonlyArray<unknown>): ReadonlyArray<DeferredRevenue> {
  // Stryker disable next-line all: unreachable, the callers pass one report or a list with at least one report
  if (reports.length === 0) fail('invalid_input', [], 'Give at least one deferredRevenue report (or the documents and options.cutoff).');
  const first = reports[0] as DeferredRevenue;
  const seen = new Map<string, number>();
  reports.forEach((raw, k) => {
    if (!looksLikeReport(raw)) fail('invalid_input', [k], 'Each report must be the result of deferredRevenue(documents, { cutoff, method }): do not mix reports and documents.');
    const r = raw as DeferredRevenue;
    if (!DEFERRAL_METHODS.includes(r.method)) fail('invalid_method', [k, 'method'], `Unknown deferral method ${JSON.stringify(r.method)}: pass reports made by deferredRevenue.`);
    if (r.cutoff !== first.cutoff) fail('invalid_option', [k, 'cutoff'], `The reports are at different dates (${first.cutoff}, ${r.cutoff}): compute every report at the same cut-off.`);
    if (r.currency !== first.currency) fail('invalid_option', [k, 'currency'], `The reports are in different currencies (${first.currency}, ${r.currency}): one report per currency.`);
    r.lines.forEach((line, i) => {
      if (!isDeferredRevenueLine(line)) fail('invalid_input', [k, 'lines', i], 'A report line was not made by deferredRevenue (a copy or JSON of it?): pass the report deferredRevenue returned.');
      const key = `${line.invoice}\u0000${line.line}`;
      const before = seen.get(key);
      if (before !== undefined) {
        fail('duplicate_document', [k, 'lines', i], `Line ${line.line} of invoice ${line.invoice} is in reports ${before} and ${k}: each line must be deferred by one method only (split the documents between the reports).`);
      }
      seen.set(key, k);
    });
  });
  return reports as ReadonlyArray<DeferredRevenue>;
}

/**
 * The gym's fiscal deferred-revenue report (« PCA fiscal »): at a date, one
 * row per revenue line still deferred — client, product, sale date, method,
 * start, end, total days and days remaining (lines with a service period),
 * sessions sold and not used (method `sessions`), the deferred fraction,
 * amounts incl. and excl. tax, deferred amount — in sale-date order, with
 * totals overall and per method.
 *
 * Give it the {@link deferredRevenue} reports you post with
 * {@link deferralTransactions} (one per method, e.g. subscriptions by days
 * and session packs by sessions): every line of every report is a row, so
 * the report's total is exactly what those deferral transactions leave on
 * deferred revenue (487). Or give it the documents and the options of
 * {@link deferredRevenue}: it reads them with one method, every line that
 * report lists (with or without a service period) being a row.
 *
 * @param reports - one or several `deferredRevenue` reports at the same date, each line in one report only
 * @returns the rows and totals
 * @throws AccountingError `invalid_input` (no report, a report mixed with documents, a line not
 *   made by deferredRevenue), `invalid_method` (a report of an unknown method), `invalid_option`
 *   (reports at different dates or in different currencies), `duplicate_document` (a line in two
 *   reports), `amount_overflow`
 * @example
 * ```ts
 * // A 10-session pack (120.00 incl. 20 % VAT) sold on 1 November 2024, 5 sessions used by the cut-off.
 * const pack = { type: 'invoice', id: 'pack', kind: 'final', status: 'issued', number: 'FA2024-0002', date: '2024-11-01',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ id: 'l1', label: 'Carnet 10 séances', account: '706100', quantity: '1', unitPrice: '120.00', vatRate: '20', sessions: 10 }] };
 * const usage = [1, 2, 3, 4, 5].map((n) => ({ type: 'session-usage', id: `u${n}`, invoice: 'pack', line: 'l1', date: `2024-12-0${n}` }));
 * const days = deferredRevenue([invoice], { cutoff: '2024-12-31' });
 * const sessions = deferredRevenue([pack, ...usage], { cutoff: '2024-12-31', method: 'sessions' });
 * const pca = fiscalDeferredRevenueReport([days, sessions]);
 * pca.rows.map((r) => [r.method, r.daysRemaining, r.sessionsRemaining, r.deferred.toFixed(2)])
 * //=> [['days', 287, undefined, '393.15'], ['sessions', undefined, 5, '50.00']]
 * pca.totals.deferred.toFixed(2) //=> '443.15' (the credit deferralTransactions leaves on 487 for both reports)
 * ```
 */
export function fiscalDeferredRevenueReport(reports: DeferredRevenue | ReadonlyArray<DeferredRevenue>): FiscalDeferredRevenueReport;
/**
 * The fiscal PCA report of documents read with one method (see the overload
 * taking reports).
 *
 * @param documents - invoices and session-usage documents (others are skipped)
 * @param options - the date as `cutoff`, method, rules, rounding
 * @returns the rows and totals
 * @throws AccountingError as {@link deferredRevenue}
 * @example
 * ```ts
 * const pca = fiscalDeferredRevenueReport([invoice], { cutoff: '2024-12-31' });
 * const row = pca.rows[0]!;
 * [row.customer.name, row.saleDate, row.start, row.end, row.totalDays, row.daysRemaining]
 * //=> ['DUPONT Jean', '2024-10-15', '2024-10-15', '2025-10-14', 365, 287]
 * [row.amountInclTax.toFixed(2), row.amountExclTax.toFixed(2), row.deferred.toFixed(2)] //=> ['600.00', '500.00', '393.15']
 * ```
 */
export function fiscalDeferredRevenueReport(documents: Iterable<unknown>, options: FiscalDeferredRevenueReportOptions): FiscalDeferredRevenueReport;
export function fiscalDeferredRevenueReport(
  input: DeferredRevenue | ReadonlyArray<DeferredRevenue> | Iterable<unknown>,
  options?: FiscalDeferredRevenueReportOptions,
): FiscalDeferredRevenueReport {
  let reports: ReadonlyArray<DeferredRevenue>;
  if (looksLikeReport(input)) reports = checkReports([input]);
  else if (Array.isArray(input) && input.some(looksLikeReport)) reports = checkReports(input);
  else {
    if (options === undefined) fail('invalid_input', [], 'Give the deferredRevenue reports, or the documents and options ({ cutoff }).');
    reports = [deferredRevenue(input as Iterable<unknown>, options)];
  }
  const first = reports[0]!;
  const scale = currencyScale(first.currency);
  const rows: Row[] = [];
  const sums = new Map<DeferralMethod, { rows: number; incl: number; excl: number; deferred: number }>();
  let absolute = 0;
  for (const r of reports) {
    let s = sums.get(r.method);
    if (s === undefined) sums.set(r.method, (s = { rows: 0, incl: 0, excl: 0, deferred: 0 }));
    for (const line of r.lines) {
      const m = lineMinor(line);
      s.rows++;
      s.incl += m.inclTax;
      s.excl += m.exclTax;
      s.deferred += m.deferred;
      absolute += m.inclTax < 0 ? -m.inclTax : m.inclTax;
      rows.push(new Row(line, r.method));
    }
  }
  checkSafe(absolute, 'amounts of the reports');
  rows.sort((a, b) => (a.saleDate < b.saleDate ? -1 : a.saleDate > b.saleDate ? 1 : 0));
  const methods = DEFERRAL_METHODS.filter((m) => sums.has(m));
  const total = { rows: 0, incl: 0, excl: 0, deferred: 0 };
  const byMethod = methods.map((method) => {
    const s = sums.get(method)!;
    total.rows += s.rows;
    total.incl += s.incl;
    total.excl += s.excl;
    total.deferred += s.deferred;
    return Object.freeze({ method, rows: s.rows, amountInclTax: minorToDecimal(s.incl, scale), amountExclTax: minorToDecimal(s.excl, scale), deferred: minorToDecimal(s.deferred, scale) });
  });
  return Object.freeze({
    date: first.cutoff,
    methods: Object.freeze(methods),
    currency: first.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({
      rows: total.rows,
      amountInclTax: minorToDecimal(total.incl, scale),
      amountExclTax: minorToDecimal(total.excl, scale),
      deferred: minorToDecimal(total.deferred, scale),
      byMethod: Object.freeze(byMethod),
    }),
  });
}
