// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { monthlyLedger, type MonthlyLedgerOptions, type MonthlyLedgerRow } from '../../ledger/monthlyLedger.js';
import type { AccountFilter } from '../../ledger/_lib/accountFilter.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, date, periodFileName, text } from './_lib/csvExport.js';

/**
 * Options of the monthly ledger CSV export (`csv-monthly-ledger`): those of
 * {@link monthlyLedger} and the CSV layout.
 *
 * @example
 * ```ts
 * const options: CsvMonthlyLedgerOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, referencePrefix: 'GL' };
 * ```
 */
export interface CsvMonthlyLedgerOptions extends CsvOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /** Which accounts to show. */
  readonly accounts?: AccountFilter;
  /**
   * The journal code, or codes, to include.
   * @defaultValue every journal
   */
  readonly journal?: string | ReadonlyArray<string>;
  /**
   * The start of the generated references (`GL-706100-2024-10`).
   * @defaultValue 'GL'
   */
  readonly referencePrefix?: string;
}

function* monthlyChunks(source: BookSource, options: CsvMonthlyLedgerOptions = {}): Generator<string> {
  const book = toBook(source);
  const reportOptions: { -readonly [K in keyof MonthlyLedgerOptions]: MonthlyLedgerOptions[K] } = {};
  if (options.period !== undefined) reportOptions.period = options.period;
  if (options.accounts !== undefined) reportOptions.accounts = options.accounts;
  if (options.journal !== undefined) reportOptions.journal = options.journal;
  if (options.referencePrefix !== undefined) reportOptions.referencePrefix = options.referencePrefix;
  const report = monthlyLedger(book, reportOptions);
  const scale = book.scale;
  const columns: ReadonlyArray<CsvColumn<MonthlyLedgerRow>> = [
    date('date', 'Date', 'Date', (r) => r.date),
    text('reference', 'Référence', 'Reference', (r) => r.reference),
    text('account', 'Numéro de compte', 'Account number', (r) => r.account),
    amount('debit', 'Débit', 'Debit', (r) => (r.debit.isZero() ? undefined : r.debit), scale),
    amount('credit', 'Crédit', 'Credit', (r) => (r.credit.isZero() ? undefined : r.credit), scale),
  ];
  yield* csvChunks(report.rows, columns, options);
}

/**
 * The monthly general ledger (the home-care seed's « grand livre général »,
 * SPEC-FR §5): per account and month one CSV line — Date (the month's last
 * day), Référence (a stable generated id, `GL-706100-2024-10`), Numéro de
 * compte, Débit or Crédit: the month's net movement on one side, the other
 * cell empty. Accounts netting to zero over a month and opening entries are
 * left out. The figures are the {@link monthlyLedger} report's. File name:
 * `grand-livre-mensuel_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_period`, `invalid_option`,
 *   `invalid_account`, `unknown_account`, `unknown_journal`
 * @example
 * ```ts
 * formats.csvMonthlyLedger.serialize(book, { lineEnding: '\n' }).split('\n').slice(0, 2)
 * //=> ['Date;Référence;Numéro de compte;Débit;Crédit', '2024-10-31;GL-445710-2024-10;445710;;100,00']
 * ```
 */
export const csvMonthlyLedgerFormat: Format<BookSource, CsvMonthlyLedgerOptions> = /* @__PURE__ */ defineFormat<BookSource, CsvMonthlyLedgerOptions>({
  id: 'csv-monthly-ledger',
  mediaType: 'text/csv',
  description: 'Monthly general ledger: net movement per account and month, dated the month end (CSV)',
  fileName: (context) => periodFileName('grand-livre-mensuel', context),
  chunks: monthlyChunks,
});
