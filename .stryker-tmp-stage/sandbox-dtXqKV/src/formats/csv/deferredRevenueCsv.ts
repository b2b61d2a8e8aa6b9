// @ts-nocheck
import { fail } from '../../errors/index.js';
import { currencyScale, type Decimal } from '../../money/index.js';
import type { FiscalDeferredRevenueReport, FiscalDeferredRevenueRow } from '../../revenue/fiscalDeferredRevenueReport.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, date, dateFileName, text, totalsOption } from './_lib/csvExport.js';

/**
 * Options of the fiscal PCA CSV export (`csv-deferred-revenue`).
 *
 * @example
 * ```ts
 * const options: CsvDeferredRevenueOptions = { totals: false, dateFormat: 'dd/mm/yyyy' };
 * ```
 */
export interface CsvDeferredRevenueOptions extends CsvOptions {
  /**
   * End the file with a `Total` line (the report's totals).
   * @defaultValue true
   */
  readonly totals?: boolean;
}

/** A line of the file: a report row, or the totals (internal). */
interface Line {
  readonly customerName: string;
  readonly customerId?: string;
  readonly product?: string;
  readonly number?: string;
  readonly saleDate?: string;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly amountInclTax: Decimal;
  readonly amountExclTax: Decimal;
  readonly totalDays?: number | undefined;
  readonly daysRemaining?: number | undefined;
  readonly method?: string;
  readonly sessions?: number | undefined;
  readonly sessionsRemaining?: number | undefined;
  readonly share?: string;
  readonly deferred: Decimal;
}

function lineOf(row: FiscalDeferredRevenueRow): Line {
  return {
    customerName: row.customer.name,
    customerId: row.customer.id,
    product: row.product,
    number: row.number,
    saleDate: row.saleDate,
    start: row.start,
    end: row.end,
    amountInclTax: row.amountInclTax,
    amountExclTax: row.amountExclTax,
    totalDays: row.totalDays,
    daysRemaining: row.daysRemaining,
    method: row.method,
    sessions: row.sessions,
    sessionsRemaining: row.sessionsRemaining,
    share: `${row.share.after}/${row.share.total}`,
    deferred: row.deferred,
  };
}

function* lines(report: FiscalDeferredRevenueReport, totals: boolean): Generator<Line> {
  for (const row of report.rows) yield lineOf(row);
  if (!totals) return;
  // A subtotal per method when the report mixes methods, then the total.
  if (report.totals.byMethod.length > 1) for (const m of report.totals.byMethod) yield { customerName: 'Total', ...m };
  yield { customerName: 'Total', ...report.totals };
}

function* deferredChunks(report: FiscalDeferredRevenueReport, options: CsvDeferredRevenueOptions = {}): Generator<string> {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.rows) || typeof report.currency !== 'string') {
    fail('invalid_input', [], 'csv-deferred-revenue lays out a fiscal PCA report: pass the result of fiscalDeferredRevenueReport(reports) or fiscalDeferredRevenueReport(documents, { cutoff }).');
  }
  const totals = totalsOption(options);
  const scale = currencyScale(report.currency);
  const columns: ReadonlyArray<CsvColumn<Line>> = [
    text('customer', 'Client', 'Customer', (l) => l.customerName),
    text('customerId', 'Identifiant client', 'Customer ID', (l) => l.customerId),
    text('product', 'Produit', 'Product', (l) => l.product),
    text('invoice', 'Facture', 'Invoice', (l) => l.number),
    date('saleDate', 'Date de vente', 'Sale date', (l) => l.saleDate),
    date('start', 'Date de début', 'Start date', (l) => l.start),
    date('end', 'Date de fin', 'End date', (l) => l.end),
    amount('amountInclTax', 'Montant TTC', 'Amount incl. tax', (l) => l.amountInclTax, scale),
    amount('amountExclTax', 'Montant HT', 'Amount excl. tax', (l) => l.amountExclTax, scale),
    { key: 'totalDays', fr: 'Nombre de jours', en: 'Total days', type: 'integer', value: (l) => l.totalDays },
    { key: 'daysRemaining', fr: 'Jours restants', en: 'Days remaining', type: 'integer', value: (l) => l.daysRemaining },
    text('method', 'Méthode', 'Method', (l) => l.method),
    { key: 'sessions', fr: 'Séances vendues', en: 'Sessions sold', type: 'integer', value: (l) => l.sessions },
    { key: 'sessionsRemaining', fr: 'Séances restantes', en: 'Sessions remaining', type: 'integer', value: (l) => l.sessionsRemaining },
    text('share', 'Prorata restant', 'Share remaining', (l) => l.share),
    amount('deferred', 'PCA HT', 'Deferred revenue excl. tax', (l) => l.deferred, scale),
  ];
  yield* csvChunks(lines(report, totals), columns, options);
}

/**
 * The fiscal PCA report (the gym seed's « PCA fiscal », SPEC-FR §4.3): at the
 * report's date, one CSV line per deferred revenue line — client, client id,
 * product, invoice number, sale date, start and end of the service, amounts
 * incl. and excl. tax, total days, days remaining, method (`days`, `months`,
 * `30/360`, `sessions`), sessions sold and remaining (method `sessions`), the
 * deferred fraction `after/total` in the method's units, deferred revenue
 * excl. tax (negative on credit notes) — then, when the report mixes methods,
 * a `Total` line per method (its method filled in), and a `Total` line. Its
 * input is the result of `fiscalDeferredRevenueReport(reports)` (or of
 * documents and a cut-off); the format lays it out, computing nothing. File name:
 * `pca-fiscal_<date>.csv` from the context's `closingDate` (or its period's
 * last day).
 *
 * @throws AccountingError `invalid_input` (not a report), `invalid_option`
 * @example
 * ```ts
 * const report = fiscalDeferredRevenueReport([invoice], { cutoff: '2024-12-31' });
 * formats.csvDeferredRevenue.serialize(report, { lineEnding: '\n' }).split('\n')[1]
 * //=> 'DUPONT Jean;C0001;Abonnement 12 mois;FA2024-0001;2024-10-15;2024-10-15;2025-10-14;600,00;500,00;365;287;days;;;287/365;393,15'
 * formats.csvDeferredRevenue.fileName({ closingDate: '2024-12-31' }) //=> 'pca-fiscal_2024-12-31.csv'
 * ```
 */
export const csvDeferredRevenueFormat: Format<FiscalDeferredRevenueReport, CsvDeferredRevenueOptions> = /* @__PURE__ */ defineFormat<FiscalDeferredRevenueReport, CsvDeferredRevenueOptions>({
  id: 'csv-deferred-revenue',
  mediaType: 'text/csv',
  description: 'Fiscal PCA report: deferred revenue per line at a date (every method), with totals per method and overall (CSV)',
  fileName: (context) => dateFileName('pca-fiscal', context),
  chunks: deferredChunks,
});
