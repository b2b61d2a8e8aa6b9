// @ts-nocheck
import type { AgedReceivables, AgedReceivablesRow } from '../../ledger/agedReceivables.js';
import { currencyScale, type Decimal } from '../../money/index.js';
import { defineFormat, type Format } from '../Format.js';
import { csvRows, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, dateFileName, text, totalsOption } from './_lib/csvExport.js';

/**
 * Options of the aged receivables CSV export (`csv-aged-receivables`).
 *
 * @example
 * ```ts
 * const options: CsvAgedReceivablesOptions = { totals: false, language: 'en' };
 * ```
 */
export interface CsvAgedReceivablesOptions extends CsvOptions {
  /**
   * End the file with a `Total` line (the report's totals per bucket).
   * @defaultValue true
   */
  readonly totals?: boolean;
}

/** A line of the file: a customer, or the totals (internal). */
interface AgedLine {
  readonly auxiliary?: AgedReceivablesRow['auxiliary'];
  readonly buckets: ReadonlyArray<Decimal>;
  readonly total: Decimal;
  readonly isTotal?: true;
}

function* agedLines(report: AgedReceivables, totals: boolean): Generator<AgedLine> {
  yield* report.rows;
  if (totals) yield { buckets: report.totals.buckets, total: report.totals.total, isTotal: true };
}

/**
 * The aged receivables (« balance âgée clients ») at a date as CSV
 * (`formats.csvAgedReceivables`): one line per customer with open items —
 * auxiliary account, name, the amount in each age bucket (days since the
 * transaction that opened the item: unpaid invoices positive, unused credits
 * negative) and the total, which is the customer's balance —, then a `Total`
 * line. One column per bucket of the report, headed with its label
 * (`0–30 j`…). The figures are the {@link agedReceivables} report's. File
 * name: `balance-agee-clients_<date>.csv` (the context's closing date, else
 * its period's last day).
 *
 * @throws AccountingError `invalid_option` (a CSV option, `totals`, or a file name without date)
 * @example
 * ```ts
 * formats.csvAgedReceivables.serialize(agedReceivables(receivables, { asOf: '2024-12-31' }), { lineEnding: '\n' }).split('\n').slice(0, 2)
 * //=> ['Compte auxiliaire;Nom;0–30 j;31–60 j;61–90 j;> 90 j;Total', 'C0001;DUPONT Jean;0,00;0,00;400,00;0,00;400,00']
 * formats.csvAgedReceivables.fileName({ closingDate: '2024-12-31' }) //=> 'balance-agee-clients_2024-12-31.csv'
 * ```
 */
export const csvAgedReceivablesFormat: Format<AgedReceivables, CsvAgedReceivablesOptions> = /* @__PURE__ */ defineFormat<AgedReceivables, CsvAgedReceivablesOptions>({
  id: 'csv-aged-receivables',
  mediaType: 'text/csv',
  description: 'Aged receivables: open items per customer by age bucket, with totals (CSV)',
  fileName: (context) => dateFileName('balance-agee-clients', context),
  chunks: (report, options = {}) => {
    const totals = totalsOption(options);
    const scale = currencyScale(report.currency);
    const columns: CsvColumn<AgedLine>[] = [
      text('auxiliary', 'Compte auxiliaire', 'Auxiliary account', (r) => (r.isTotal ? 'Total' : r.auxiliary?.number)),
      text('name', 'Nom', 'Name', (r) => r.auxiliary?.name),
      ...report.buckets.map((b, k) => amount(`bucket${k}`, `${b.label} j`, `${b.label} days`, (r: AgedLine) => r.buckets[k], scale)),
      amount('total', 'Total', 'Total', (r) => r.total, scale),
    ];
    return csvRows(agedLines(report, totals), columns, options);
  },
});
