// @ts-nocheck
// The builder and shared columns of the gym management CSV exports (internal).
import { fail } from '../../../../errors/index.js';
import { currencyScale } from '../../../../money/index.js';
import { batchLines, defineFormat, type FileNameContext, type Format } from '../../../Format.js';
import { csvRows, type CsvColumn, type CsvOptions, type CsvValue } from '../../../_lib/csv.js';
import { amount as amountColumn, dateFileName, periodFileName, text } from '../../_lib/csvExport.js';
import { labelTable, type LabelTable, type LabelTableOptions } from '../../../../posting/labelTable.js';

export { date, text } from '../../_lib/csvExport.js';

/** A header language. */
export type Lang = 'fr' | 'en';

/**
 * Options of the gym CSV exports: the CSV layout and the words for payment
 * methods.
 *
 * @example
 * ```ts
 * const options: GymCsvOptions = { language: 'en', labels: { language: 'en', paymentMethods: { voucher: 'Gymlib pass' } } };
 * ```
 */
export interface GymCsvOptions extends CsvOptions {
  /**
   * Words for payment methods (see `labelTable`), written with a capital.
   * @defaultValue the label table of the file's `language` (French by default)
   */
  readonly labels?: LabelTableOptions;
}

/** What a gym CSV export needs (internal). */
export interface GymCsvSpec<In, Row> {
  readonly id: string;
  readonly description: string;
  /** File name without extension (French, as the gym's exports). */
  readonly base: string;
  /** How the file is dated: by the context's period, or by its date (closingDate, else the period's end). */
  readonly dated: 'period' | 'date' | 'none';
  readonly rows: (input: In) => Iterable<Row>;
  readonly columns: (lang: Lang, scale: number, labels: LabelTable) => ReadonlyArray<CsvColumn<Row>>;
}

/** `base_from_to.csv`, `base_date.csv` (the book CSV exports' names) or, when the context has no date, `base.csv`. */
function fileNameOf(base: string, dated: 'period' | 'date' | 'none', context: FileNameContext): string {
  if (dated === 'period' && context.period !== undefined) return periodFileName(base, context);
  if (dated !== 'none' && (context.closingDate !== undefined || context.period !== undefined)) return dateFileName(base, context);
  return `${base}.csv`;
}

/** Checks that a format's input is a report (internal). */
function checkReport(input: unknown, id: string): { readonly currency?: string } {
  if (typeof input !== 'object' || input === null) {
    fail('invalid_input', [], `The ${id} export lays out a report: pass the value the matching gym report function returns.`);
  }
  return input as { readonly currency?: string };
}

/** Builds a gym CSV export: the report's rows through the CSV engine, headers in French or English (internal). */
export /* @__NO_SIDE_EFFECTS__ */ function gymCsvFormat<In, Row>(spec: GymCsvSpec<In, Row>): Format<In, GymCsvOptions> {
  return defineFormat<In, GymCsvOptions>({
    id: spec.id,
    mediaType: 'text/csv',
    description: spec.description,
    fileName: (context) => fileNameOf(spec.base, spec.dated, context ?? {}),
    chunks: (input: In, options: GymCsvOptions = {}) => {
      const report = checkReport(input, spec.id);
      const scale = typeof report.currency === 'string' ? currencyScale(report.currency as never, ['currency']) : 2;
      const lang: Lang = options?.language === 'en' ? 'en' : 'fr';
      const labels = labelTable(options?.labels ?? { language: lang });
      return batchLines(csvRows(spec.rows(input), spec.columns(lang, scale, labels), options));
    },
  });
}

/** An integer column. */
export function integer<Row>(key: string, fr: string, en: string, value: (row: Row) => number | undefined): CsvColumn<Row> {
  return { key, fr, en, type: 'integer', value };
}

/** An amount column written with the currency's decimals. */
export function amount<Row>(key: string, fr: string, en: string, scale: number, value: (row: Row) => CsvValue): CsvColumn<Row> {
  return amountColumn(key, fr, en, value, scale);
}

/** A percentage column (2 decimals). */
export function percent<Row>(key: string, fr: string, en: string, value: (row: Row) => CsvValue): CsvColumn<Row> {
  return { key, fr, en, type: 'number', value, scale: 2 };
}

/** The two customer columns every member export starts with. */
export function customerColumns<Row extends { readonly customer: { readonly id: string; readonly name: string } }>(): CsvColumn<Row>[] {
  return [text('customerId', 'N° client', 'Customer ID', (r: Row) => r.customer.id), text('customer', 'Client', 'Customer', (r: Row) => r.customer.name)];
}

/** Yes / no in a language. */
export function yesNo(value: boolean, lang: Lang): string {
  return value ? (lang === 'fr' ? 'Oui' : 'Yes') : lang === 'fr' ? 'Non' : 'No';
}

/** The word for a payment method, with a capital (`Virement`); a method the table does not list is written as is. */
export function methodLabel(method: string, labels: LabelTable): string {
  if (!Object.hasOwn(labels.paymentMethods, method)) return method;
  const w = labels.paymentMethods[method]!;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Words for invoice kinds and statuses. */
const WORDS: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = Object.freeze({
  final: { fr: 'Facture', en: 'Invoice' },
  deposit: { fr: "Facture d'acompte", en: 'Deposit invoice' },
  'credit-note': { fr: 'Avoir', en: 'Credit note' },
  'debit-note': { fr: 'Note de débit', en: 'Debit note' },
  proforma: { fr: 'Proforma', en: 'Proforma' },
  draft: { fr: 'Brouillon', en: 'Draft' },
  issued: { fr: 'Émise', en: 'Issued' },
  sent: { fr: 'Envoyée', en: 'Sent' },
  paid: { fr: 'Payée', en: 'Paid' },
  cancelled: { fr: 'Annulée', en: 'Cancelled' },
  payment: { fr: 'Paiement', en: 'Payment' },
  refund: { fr: 'Remboursement', en: 'Refund' },
  rejection: { fr: 'Rejet de prélèvement', en: 'Direct-debit rejection' },
  collected: { fr: 'Encaissé', en: 'Collected' },
  rejected: { fr: 'Rejeté', en: 'Rejected' },
  active: { fr: 'Actif', en: 'Active' },
  upcoming: { fr: 'À venir', en: 'Upcoming' },
  debit: { fr: 'Facture non réglée', en: 'Unpaid invoice' },
  credit: { fr: 'Crédit non utilisé', en: 'Unused credit' },
});

/** The word for a kind, status or side in a language (as is when unknown). */
export function word(value: string, lang: Lang): string {
  if (value === 'direct-debit') return lang === 'fr' ? 'Prélèvement' : 'Direct debit';
  return Object.hasOwn(WORDS, value) ? WORDS[value]![lang] : value;
}

/** A list of references in one cell. */
export function list(values: ReadonlyArray<string>): string {
  return values.join(', ');
}
