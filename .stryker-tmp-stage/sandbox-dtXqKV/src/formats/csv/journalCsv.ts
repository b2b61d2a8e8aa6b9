// @ts-nocheck
import type { PeriodInput } from '../../calendar/index.js';
import type { JournalKind } from '../../accounts/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import { journal, type JournalGrouping, type JournalLine, type JournalOptions } from '../../ledger/journal.js';
import type { LedgerLevel } from '../../ledger/_lib/keys.js';
import { defineFormat, type Format } from '../Format.js';
import { csvChunks, type CsvColumn, type CsvOptions } from '../_lib/csv.js';
import { amount, creditCell, date, debitCell, journalCodesOfKinds, periodFileName, text } from './_lib/csvExport.js';

/**
 * Options of the journal CSV exports (`csv-sales-journal`,
 * `csv-sales-journal-by-day`, `csv-bank-journal`): which journal, the
 * period, the level of detail, and the CSV layout.
 *
 * @example
 * ```ts
 * const options: CsvJournalOptions = { journal: 'VT', period: { from: '2024-01-01', to: '2024-12-31' }, separator: ',', decimal: '.' };
 * ```
 */
export interface CsvJournalOptions extends CsvOptions {
  /**
   * The journal code, or codes, to list.
   * @defaultValue the journals of the format's kind in the Book's journal list
   * (else the default journals): `VT` for sales, `BQ` for bank
   */
  readonly journal?: string | ReadonlyArray<string>;
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /**
   * `auxiliary` shows customers' auxiliary accounts (one line per customer
   * when grouped by day); `general` the collective account only.
   * @defaultValue 'auxiliary' for the detailed journals, 'general' for the journal grouped by day
   */
  readonly level?: LedgerLevel;
}

/** The columns of every journal CSV (internal: `scale` is the Book's). */
function journalColumns(scale: number, lettering: boolean): ReadonlyArray<CsvColumn<JournalLine>> {
  const columns: CsvColumn<JournalLine>[] = [
    text('journal', 'Code journal', 'Journal code', (l) => l.journal),
    date('date', 'Date', 'Date', (l) => l.date),
    text('transactionId', 'N° écriture', 'Entry no.', (l) => l.transactionId),
    text('pieceRef', 'Pièce', 'Document ref.', (l) => l.pieceRef),
    date('pieceDate', 'Date pièce', 'Document date', (l) => l.pieceDate),
    text('account', 'Compte', 'Account', (l) => l.account),
    text('accountLabel', 'Libellé compte', 'Account label', (l) => l.accountLabel),
    text('auxiliary', 'Compte auxiliaire', 'Auxiliary account', (l) => l.auxiliary?.number),
    text('auxiliaryName', 'Libellé auxiliaire', 'Auxiliary name', (l) => l.auxiliary?.name),
    text('label', 'Libellé', 'Label', (l) => l.label),
    amount('debit', 'Débit', 'Debit', (l) => debitCell(l.minor, scale)),
    amount('credit', 'Crédit', 'Credit', (l) => creditCell(l.minor, scale)),
  ];
  if (lettering) columns.push(text('lettering', 'Lettrage', 'Matching', (l) => l.lettering?.code));
  return columns;
}

/** How one journal export is set up (internal). */
export interface JournalCsvSpec {
  readonly id: string;
  readonly description: string;
  /** File name base: `journal-ventes` gives `journal-ventes_2024-01-01_2024-12-31.csv`. */
  readonly base: string;
  readonly grouping: JournalGrouping;
  /** The journal kinds listed by default. */
  readonly kinds: ReadonlyArray<JournalKind>;
}

/**
 * Builds a journal CSV export: the {@link journal} report of the selected
 * journals, laid out one line per journal line (internal).
 */
export function journalCsvFormat(spec: JournalCsvSpec): Format<BookSource, CsvJournalOptions> {
  function* chunks(source: BookSource, options: CsvJournalOptions = {}): Generator<string> {
    const book = toBook(source);
    const reportOptions: { -readonly [K in keyof JournalOptions]: JournalOptions[K] } = {
      journal: options.journal ?? journalCodesOfKinds(book, spec.kinds),
      grouping: spec.grouping,
    };
    if (options.period !== undefined) reportOptions.period = options.period;
    if (options.level !== undefined) reportOptions.level = options.level;
    const report = journal(book, reportOptions);
    yield* csvChunks(report, journalColumns(book.scale, spec.grouping === 'detailed'), options);
  }
  return defineFormat<BookSource, CsvJournalOptions>({
    id: spec.id,
    mediaType: 'text/csv',
    description: spec.description,
    fileName: (context) => periodFileName(spec.base, context),
    chunks,
  });
}
