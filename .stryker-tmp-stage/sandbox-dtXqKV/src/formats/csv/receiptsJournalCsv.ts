// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { fail } from '../../errors/index.js';
import { subledger, type SubledgerOptions, type SubledgerRow } from '../../ledger/subledger.js';
import { LABELS, type LabelTableOptions } from '../../posting/labelTable.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, creditCell, date, debitCell, periodFileName, text } from './_lib/csvExport.js';

/**
 * The transaction types the receipts journal lists by default: payments,
 * refunds, direct debits and their rejections (negative receipts).
 *
 * @example
 * ```ts
 * RECEIPT_TRANSACTION_TYPES //=> ['payment', 'refund', 'direct-debit', 'rejection']
 * ```
 */
export const RECEIPT_TRANSACTION_TYPES: ReadonlyArray<string> = Object.freeze(['payment', 'refund', 'direct-debit', 'rejection']);

/**
 * The receipts journal's wording of payment methods: the French label
 * table's (`LABELS.fr.paymentMethods`, the words the posting rules use too).
 * A method not listed is written as given.
 *
 * @example
 * ```ts
 * PAYMENT_METHOD_LABELS.card //=> 'CB'
 * ```
 */
export const PAYMENT_METHOD_LABELS: Readonly<Record<string, string>> = LABELS.fr.paymentMethods;

/**
 * Options of the receipts journal CSV export (`csv-receipts-journal`).
 *
 * @example
 * ```ts
 * const options: CsvReceiptsJournalOptions = { period: { from: '2024-10-01', to: '2024-10-31' }, paymentMethodLabels: { card: 'Carte' } };
 * ```
 */
export interface CsvReceiptsJournalOptions extends CsvOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /**
   * The journal code, or codes, to read.
   * @defaultValue every journal
   */
  readonly journal?: string | ReadonlyArray<string>;
  /**
   * The transaction types listed.
   * @defaultValue {@link RECEIPT_TRANSACTION_TYPES}
   */
  readonly types?: ReadonlyArray<string>;
  /** Which accounts to show (e.g. `{ prefixes: ['411'] }` for the customer side only). */
  readonly accounts?: SubledgerOptions['accounts'];
  /**
   * Wording of transaction types, merged over the subledger's French defaults.
   * @defaultValue `SUBLEDGER_TYPE_LABELS`
   */
  readonly typeLabels?: Readonly<Record<string, string>>;
  /**
   * Wording of payment methods, merged over those of `labels`.
   * @defaultValue {@link PAYMENT_METHOD_LABELS}
   */
  readonly paymentMethodLabels?: Readonly<Record<string, string>>;
  /**
   * Words for transaction types and payment methods (see `labelTable`).
   * @defaultValue the label table of the file's `language` (French by default)
   */
  readonly labels?: LabelTableOptions;
}

/** The `labels` the subledger gets: `labels` (or the file's language), with `paymentMethodLabels` merged over. */
function reportLabels(options: CsvReceiptsJournalOptions): LabelTableOptions {
  const base: LabelTableOptions = options.labels ?? { language: options.language === 'en' ? 'en' : 'fr' };
  const extra = options.paymentMethodLabels;
  if (extra === undefined) return base;
  if (typeof extra !== 'object' || extra === null) fail('invalid_option', ['paymentMethodLabels'], 'paymentMethodLabels must map payment methods to words, e.g. { card: "Carte" }.');
  for (const key of Object.keys(extra)) {
    if (typeof extra[key] !== 'string') fail('invalid_option', ['paymentMethodLabels', key], `The wording of payment method ${JSON.stringify(key)} must be a string.`);
  }
  return { ...base, paymentMethods: { ...(base.paymentMethods ?? {}), ...extra } };
}

function receiptColumns(scale: number): ReadonlyArray<CsvColumn<SubledgerRow>> {
  return [
    text('journal', 'Code journal', 'Journal code', (r) => r.journal),
    date('date', 'Date', 'Date', (r) => r.postingDate),
    text('pieceRef', 'Pièce', 'Document ref.', (r) => r.pieceRef),
    text('type', 'Type', 'Type', (r) => r.type),
    text('paymentMethod', 'Mode de paiement', 'Payment method', (r) => r.paymentMethod),
    text('account', 'Compte', 'Account', (r) => r.accountNumber),
    text('accountLabel', 'Libellé compte', 'Account label', (r) => r.accountName),
    text('auxiliary', 'Compte auxiliaire', 'Auxiliary account', (r) => r.auxiliary?.number),
    text('client', 'Client', 'Customer', (r) => (r.client !== '' ? r.client : r.auxiliary?.name)),
    text('invoiceNumber', 'Facture', 'Invoice', (r) => r.invoiceNumber),
    text('label', 'Libellé', 'Label', (r) => r.label),
    amount('debit', 'Débit', 'Debit', (r) => debitCell(r.minor, scale)),
    amount('credit', 'Crédit', 'Credit', (r) => creditCell(r.minor, scale)),
  ];
}

function* receiptsChunks(source: BookSource, options: CsvReceiptsJournalOptions = {}): Generator<string> {
  const book = toBook(source);
  const reportOptions: { -readonly [K in keyof SubledgerOptions]: SubledgerOptions[K] } = { types: options.types ?? RECEIPT_TRANSACTION_TYPES, labels: reportLabels(options) };
  if (options.period !== undefined) reportOptions.period = options.period;
  if (options.journal !== undefined) reportOptions.journal = options.journal;
  if (options.accounts !== undefined) reportOptions.accounts = options.accounts;
  if (options.typeLabels !== undefined) reportOptions.typeLabels = options.typeLabels;
  yield* csvChunks(subledger(book, reportOptions), receiptColumns(book.scale), options);
}

/**
 * The receipts journal (« journal des encaissements », SPEC-FR §5): every
 * entry of the payments, refunds, direct debits and rejections of the
 * period, whatever their journal (bank, cash, or OD for vouchers and credit
 * notes used as payment) — journal code, date, piece, type, payment method,
 * account, auxiliary account, customer, invoice settled, label, debit,
 * credit. The treasury line (Dt 512/530/5112…) and the customer line
 * (Ct 411 per invoice) of each receipt both appear. The rows are the
 * {@link subledger} report's with `types`. File name:
 * `journal-encaissements_<from>_<to>.csv`.
 *
 * @throws AccountingError `unknown_journal`, `invalid_period`,
 *   `invalid_option`, `invalid_account`, `unknown_account`
 * @example
 * ```ts
 * formats.csvReceiptsJournal.serialize(book, { lineEnding: '\n' }).split('\n').slice(1, 3)
 * //=> ['BQ;2024-10-15;RG2024-0001;paiement;CB;512000;Banque;;DUPONT Jean;FA2024-0001;Reglement CB DUPONT FA2024-0001;600,00;',
 * //    'BQ;2024-10-15;RG2024-0001;paiement;CB;411000;Clients;C0001;DUPONT Jean;FA2024-0001;Reglement CB DUPONT FA2024-0001;;600,00']
 * ```
 */
export const csvReceiptsJournalFormat: Format<BookSource, CsvReceiptsJournalOptions> = /* @__PURE__ */ defineFormat<BookSource, CsvReceiptsJournalOptions>({
  id: 'csv-receipts-journal',
  mediaType: 'text/csv',
  description: 'Receipts journal: payments, refunds, direct debits and rejects with method, customer and invoice (CSV)',
  fileName: (context) => periodFileName('journal-encaissements', context),
  chunks: receiptsChunks,
});
