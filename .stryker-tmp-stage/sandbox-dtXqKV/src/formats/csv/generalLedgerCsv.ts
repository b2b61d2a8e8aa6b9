// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { generalLedger, type GeneralLedgerOptions, type GeneralLedgerRow } from '../../ledger/generalLedger.js';
import type { AccountFilter } from '../../ledger/_lib/accountFilter.js';
import type { LedgerLevel } from '../../ledger/_lib/keys.js';
import type { OpeningMode } from '../../ledger/_lib/scope.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, date, periodFileName, text } from './_lib/csvExport.js';

/**
 * Options of the general ledger CSV export (`csv-general-ledger`): the
 * {@link generalLedger} report's options and the CSV layout.
 *
 * @example
 * ```ts
 * const options: CsvGeneralLedgerOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, accounts: { classes: [4, 5] } };
 * ```
 */
export interface CsvGeneralLedgerOptions extends CsvOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /** `general`: one section per account; `auxiliary`: one per customer or supplier. @defaultValue 'general' */
  readonly level?: LedgerLevel;
  /** How opening balances are computed, as {@link generalLedger}. @defaultValue `entries` when the book has opening transactions dated the period's first day, else `cumulative` */
  readonly opening?: OpeningMode;
  /** Which accounts to show. @defaultValue every account */
  readonly accounts?: AccountFilter;
}

const KIND_LABELS = {
  opening: { fr: 'À-nouveau', en: 'Opening' },
  entry: { fr: 'Écriture', en: 'Entry' },
  totals: { fr: 'Total', en: 'Totals' },
  closing: { fr: 'Solde', en: 'Closing' },
} as const;

/** The columns of the general ledger CSV (internal: `scale` is the Book's). */
function generalLedgerColumns(scale: number, language: 'fr' | 'en'): ReadonlyArray<CsvColumn<GeneralLedgerRow>> {
  const entry = <T>(read: (r: Extract<GeneralLedgerRow, { kind: 'entry' }>) => T) => (r: GeneralLedgerRow): T | undefined => (r.kind === 'entry' ? read(r) : undefined);
  return [
    text('account', 'Compte', 'Account', (r) => r.account),
    text('accountLabel', 'Libellé compte', 'Account label', (r) => r.accountLabel),
    text('auxiliary', 'Compte auxiliaire', 'Auxiliary account', (r) => r.auxiliary?.number),
    text('auxiliaryName', 'Libellé auxiliaire', 'Auxiliary name', (r) => r.auxiliary?.name),
    text('kind', 'Ligne', 'Row', (r) => KIND_LABELS[r.kind][language]),
    date('date', 'Date', 'Date', (r) => r.date),
    text('journal', 'Code journal', 'Journal code', entry((r) => r.journal)),
    text('transactionId', 'N° écriture', 'Entry no.', entry((r) => r.transactionId)),
    text('pieceRef', 'Pièce', 'Document ref.', entry((r) => r.pieceRef)),
    date('pieceDate', 'Date pièce', 'Document date', entry((r) => r.pieceDate)),
    text('label', 'Libellé', 'Label', entry((r) => r.label)),
    amount('debit', 'Débit', 'Debit', (r) => (r.debitMinor === 0 ? undefined : { minor: r.debitMinor, scale })),
    amount('credit', 'Crédit', 'Credit', (r) => (r.creditMinor === 0 ? undefined : { minor: r.creditMinor, scale })),
    amount('balance', 'Solde progressif', 'Running balance', (r) => ({ minor: r.balanceMinor, scale })),
    text('lettering', 'Lettrage', 'Matching', entry((r) => r.lettering?.code)),
  ];
}

function* generalLedgerChunks(source: BookSource, options: CsvGeneralLedgerOptions = {}): Generator<string> {
  const book = toBook(source);
  const reportOptions: { -readonly [K in keyof GeneralLedgerOptions]: GeneralLedgerOptions[K] } = {};
  if (options.period !== undefined) reportOptions.period = options.period;
  if (options.level !== undefined) reportOptions.level = options.level;
  if (options.opening !== undefined) reportOptions.opening = options.opening;
  if (options.accounts !== undefined) reportOptions.accounts = options.accounts;
  const report = generalLedger(book, reportOptions);
  yield* csvChunks(report, generalLedgerColumns(book.scale, options.language === 'en' ? 'en' : 'fr'), options);
}

/**
 * The general ledger with running balances (« grand livre »): account
 * section after account section, an `À-nouveau` line (the opening balance),
 * one `Écriture` line per entry in date order — journal, entry number, piece
 * and its date, label, debit, credit, the account's running balance (debit −
 * credit, negative in credit) and matching code —, a `Total` line (the
 * period's movements) and a `Solde` line (the closing balance). The figures
 * are the {@link generalLedger} report's; the file streams (memory stays
 * flat). File name: `grand-livre_<from>_<to>.csv`.
 *
 * @throws AccountingError `invalid_period`, `invalid_option`, `invalid_account`, `unknown_account`
 * @example
 * ```ts
 * formats.csvGeneralLedger.serialize(book, { lineEnding: '\n', accounts: { prefixes: ['512'] } }).split('\n').slice(0, 3)
 * //=> ['Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Ligne;Date;Code journal;N° écriture;Pièce;Date pièce;Libellé;Débit;Crédit;Solde progressif;Lettrage',
 * //    '512000;Banque;;;À-nouveau;2024-01-01;;;;;;1000,00;;1000,00;',
 * //    '512000;Banque;;;Écriture;2024-10-15;BQ;BQ000001;RG2024-0001;2024-10-15;Reglement CB DUPONT FA2024-0001;600,00;;1600,00;']
 * ```
 */
export const csvGeneralLedgerFormat: Format<BookSource, CsvGeneralLedgerOptions> = /* @__PURE__ */ defineFormat<BookSource, CsvGeneralLedgerOptions>({
  id: 'csv-general-ledger',
  mediaType: 'text/csv',
  description: 'General ledger with running balances: opening, entries, totals and closing per account (CSV)',
  fileName: (context) => periodFileName('grand-livre', context),
  chunks: generalLedgerChunks,
});
