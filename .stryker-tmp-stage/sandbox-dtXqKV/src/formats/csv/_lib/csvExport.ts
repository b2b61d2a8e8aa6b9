// @ts-nocheck
// Shared pieces of the book-based CSV exports (internal).
import { DEFAULT_JOURNALS, type JournalKind } from '../../../accounts/index.js';
import type { Book } from '../../../book/index.js';
import { toPeriod, type IsoDate } from '../../../calendar/index.js';
import { fail } from '../../../errors/index.js';
import type { FileNameContext } from '../../Format.js';
import type { CsvColumn, CsvValue, MinorAmount } from '../../_lib/csv.js';

/** Message texts of the CSV exports, kept together so tests can pin them. */
export const CSV_EXPORT_MESSAGES = Object.freeze({
  needsPeriod: (base: string): string =>
    `The file name ${base}_<from>_<to>.csv needs the period: pass fileName({ period: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' } }).`,
  needsDate: (base: string): string =>
    `The file name ${base}_<date>.csv needs the report's date: pass fileName({ closingDate: 'YYYY-MM-DD' }) (or a period, whose last day is used).`,
  badTotals: (value: unknown): string => `Invalid option totals ${JSON.stringify(value)}: use true or false.`,
});

/**
 * `base_from_to.csv` from the context's period, which must be given and valid
 * (`invalid_option` when missing, `invalid_period` when malformed).
 */
export function periodFileName(base: string, context: FileNameContext): string {
  if (context.period === undefined) fail('invalid_option', ['period'], CSV_EXPORT_MESSAGES.needsPeriod(base));
  const p = toPeriod(context.period, ['period']);
  return `${base}_${p.from}_${p.to}.csv`;
}

/**
 * `base_date.csv` from the context's closing date, else its period's last day
 * (`invalid_option` when neither is given, `invalid_period` when malformed).
 */
export function dateFileName(base: string, context: FileNameContext): string {
  if (context.closingDate !== undefined) {
    const d = toPeriod({ from: context.closingDate, to: context.closingDate }, ['closingDate']);
    return `${base}_${d.to}.csv`;
  }
  if (context.period !== undefined) return `${base}_${toPeriod(context.period, ['period']).to}.csv`;
  return fail('invalid_option', ['closingDate'], CSV_EXPORT_MESSAGES.needsDate(base));
}

/**
 * The codes of the journals of the given kinds, read from the Book's journal
 * list, else from the default journals (VT sales, BQ bank, CA cash…).
 */
export function journalCodesOfKinds(book: Book, kinds: ReadonlyArray<JournalKind>): string[] {
  return (book.journalList ?? DEFAULT_JOURNALS).filter((j) => kinds.includes(j.kind)).map((j) => j.code);
}

/** The debit side of a signed minor amount, empty when it is a credit. */
export function debitCell(minor: number, scale: number): MinorAmount | undefined {
  return minor > 0 ? { minor, scale } : undefined;
}

/** The credit side of a signed minor amount, empty when it is a debit. */
export function creditCell(minor: number, scale: number): MinorAmount | undefined {
  return minor < 0 ? { minor: -minor, scale } : undefined;
}

/** Reads the `totals` option of the balance exports. */
export function totalsOption(options: { readonly totals?: boolean } | undefined): boolean {
  const v = options?.totals;
  if (v === undefined) return true;
  if (v !== true && v !== false) fail('invalid_option', ['totals'], CSV_EXPORT_MESSAGES.badTotals(v));
  return v;
}

/** A text column (internal shorthand). */
export function text<Row>(key: string, fr: string, en: string, value: (row: Row) => CsvValue): CsvColumn<Row> {
  return { key, fr, en, type: 'text', value };
}

/** A date column (internal shorthand). */
export function date<Row>(key: string, fr: string, en: string, value: (row: Row) => IsoDate | string | undefined): CsvColumn<Row> {
  return { key, fr, en, type: 'date', value };
}

/** An amount column (internal shorthand); `scale` is used for `Decimal` values. */
export function amount<Row>(key: string, fr: string, en: string, value: (row: Row) => CsvValue, scale?: number): CsvColumn<Row> {
  return scale === undefined ? { key, fr, en, type: 'amount', value } : { key, fr, en, type: 'amount', value, scale };
}
