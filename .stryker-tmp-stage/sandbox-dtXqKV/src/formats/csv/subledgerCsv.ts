// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { subledger, type SubledgerOptions, type SubledgerRow } from '../../ledger/subledger.js';
import type { LabelTableOptions } from '../../posting/labelTable.js';
import type { AccountFilter } from '../../ledger/_lib/accountFilter.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, creditCell, date, debitCell, periodFileName, text } from './_lib/csvExport.js';

/**
 * Options of the subledger CSV export (`csv-subledger`): those of
 * {@link subledger} and the CSV layout.
 *
 * @example
 * ```ts
 * const options: CsvSubledgerOptions = { period: { from: '2024-10-01', to: '2024-10-31' }, typeLabels: { sale: 'sale' }, language: 'en' };
 * ```
 */
export interface CsvSubledgerOptions extends CsvOptions {
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
   * The transaction types to include.
   * @defaultValue every transaction
   */
  readonly types?: ReadonlyArray<string>;
  /**
   * Words for transaction types and payment methods (see `labelTable`).
   * @defaultValue the label table of the file's `language` (French by default)
   */
  readonly labels?: LabelTableOptions;
  /**
   * Wording of transaction types, merged over those of `labels`.
   * @defaultValue `SUBLEDGER_TYPE_LABELS`
   */
  readonly typeLabels?: Readonly<Record<string, string>>;
}

/** The 17 columns of the home-care seed's subledger (internal). */
function subledgerColumns(scale: number): ReadonlyArray<CsvColumn<SubledgerRow>> {
  return [
    text('referenceId', 'Identifiant de référence', 'Reference ID', (r) => r.referenceId),
    text('transactionId', 'Identifiant de la transaction', 'Transaction ID', (r) => r.transactionId),
    date('postingDate', "Date d'affichage", 'Posting date', (r) => r.postingDate),
    date('transactionDate', 'Date de la transaction', 'Transaction date', (r) => r.transactionDate),
    text('type', 'Type', 'Type', (r) => r.type),
    text('accountName', 'Nom du compte', 'Account name', (r) => r.accountName),
    text('accountNumber', 'Numéro de compte', 'Account number', (r) => r.accountNumber),
    amount('debit', 'Débit', 'Debit', (r) => debitCell(r.minor, scale)),
    amount('credit', 'Crédit', 'Credit', (r) => creditCell(r.minor, scale)),
    text('invoiceNumber', 'Numéro de facture', 'Invoice number', (r) => r.invoiceNumber),
    text('costCenter', 'Centre de coût', 'Cost centre', (r) => r.costCenter),
    text('funder', 'Bailleur de fond', 'Funder', (r) => r.funder),
    text('billingContact', 'Contact de facturation', 'Billing contact', (r) => r.billingContact),
    text('client', 'Client', 'Client', (r) => r.client),
    text('clientId', 'Identifiant du client', 'Client ID', (r) => r.clientId),
    text('memo', 'Mémo', 'Memo', (r) => r.memo),
    text('paymentMethod', 'Mode de paiement', 'Payment method', (r) => r.paymentMethod),
  ];
}

function* subledgerChunks(source: BookSource, options: CsvSubledgerOptions = {}): Generator<string> {
  const book = toBook(source);
  const reportOptions: { -readonly [K in keyof SubledgerOptions]: SubledgerOptions[K] } = { labels: options.labels ?? { language: options.language === 'en' ? 'en' : 'fr' } };
  if (options.period !== undefined) reportOptions.period = options.period;
  if (options.accounts !== undefined) reportOptions.accounts = options.accounts;
  if (options.journal !== undefined) reportOptions.journal = options.journal;
  if (options.types !== undefined) reportOptions.types = options.types;
  if (options.typeLabels !== undefined) reportOptions.typeLabels = options.typeLabels;
  yield* csvChunks(subledger(book, reportOptions), subledgerColumns(book.scale), options);
}

/**
 * The subledger (the home-care seed's « grand livre auxiliaire », SPEC-FR
 * §5): one CSV line per entry with the seed's 17 columns — Identifiant de
 * référence, Identifiant de la transaction (`d`/`c` + id), Date d'affichage,
 * Date de la transaction, Type (vente, paiement, annulation, note de crédit…),
 * Nom du compte, Numéro de compte, Débit, Crédit, Numéro de facture, Centre de
 * coût, Bailleur de fond, Contact de facturation, Client, Identifiant du
 * client, Mémo, Mode de paiement. The rows are the {@link subledger} report's.
 * File name: `grand-livre-auxiliaire_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_period`, `invalid_option`,
 *   `invalid_account`, `unknown_account`, `unknown_journal`
 * @example
 * ```ts
 * formats.csvSubledger.serialize(book, { journal: 'VT', lineEnding: '\n' }).split('\n')[1]
 * //=> "VT000001-1;dVT000001;2024-10-15;2024-10-15;vente;Clients;411000;600,00;;FA2024-0001;;;;DUPONT Jean;C0001;abonnement annuel;"
 * ```
 */
export const csvSubledgerFormat: Format<BookSource, CsvSubledgerOptions> = /* @__PURE__ */ defineFormat<BookSource, CsvSubledgerOptions>({
  id: 'csv-subledger',
  mediaType: 'text/csv',
  description: 'Subledger: every entry with type, invoice, cost centre, funder, client, memo and payment method (CSV)',
  fileName: (context) => periodFileName('grand-livre-auxiliaire', context),
  chunks: subledgerChunks,
});
