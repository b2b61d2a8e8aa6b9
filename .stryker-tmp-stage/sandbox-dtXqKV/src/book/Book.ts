// @ts-nocheck
import type { AuxiliaryAccount, Chart, Journal } from '../accounts/index.js';
import type { CurrencyCode } from '../money/index.js';
import type { TransactionSource } from '../transactions/index.js';

declare const bookBrand: unique symbol;

/**
 * The `validatedOn` column's value for a draft entry (brouillard, `validatedOn:
 * null`): below every day number, so drafts sort first.
 *
 * @example
 * ```ts
 * createBook([draft]).tx.validatedOn[0] === NOT_VALIDATED //=> true
 * ```
 */
export const NOT_VALIDATED = -2147483648;

/** The mark of a Book built by this library (internal). */
export const BOOK: unique symbol = Symbol.for('partie-double.book') as never;

/**
 * Whether a value is a {@link Book} built by `createBook` (or a parser).
 *
 * @example
 * ```ts
 * isBook(createBook([])) //=> true
 * isBook([]) //=> false
 * ```
 */
export function isBook(value: unknown): value is Book {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BOOK] === true;
}

/**
 * The per-transaction columns of a {@link Book}, index = transaction number in
 * input order.
 *
 * @example
 * ```ts
 * book.tx.date[0] //=> 19723 (a day number: 2024-01-01)
 * ```
 */
export interface BookTransactionColumns {
  /** Transaction ids. */
  readonly id: ReadonlyArray<string>;
  /** Index into `book.journals`. */
  readonly journal: Int32Array;
  /** Day numbers (days since 1970-01-01). */
  readonly date: Int32Array;
  /** Piece references (« numéro de pièce »). */
  readonly pieceRef: ReadonlyArray<string>;
  /** Day numbers of the piece dates. */
  readonly pieceDate: Int32Array;
  /** Transaction labels (« libellé »). */
  readonly label: ReadonlyArray<string>;
  /** Day numbers of the validation dates; {@link NOT_VALIDATED} for a draft entry. */
  readonly validatedOn: Int32Array;
  /** Index into `book.types`, −1 when none. */
  readonly type: Int32Array;
  /** 1 for opening (à-nouveaux) transactions. */
  readonly opening: Uint8Array;
  /** Index into `book.sources`, −1 when none. */
  readonly source: Int32Array;
  /** Index into `book.strings` of the reversed transaction id, −1 when none. */
  readonly reverses: Int32Array;
  /** Entries of transaction t are `entryStart[t] … entryStart[t + 1] − 1`. */
  readonly entryStart: Int32Array;
}

/**
 * The per-entry columns of a {@link Book}, index = entry number. Optional
 * columns are absent when no entry uses them.
 *
 * @example
 * ```ts
 * book.entries.amount[0] //=> 100000 (a debit of 1000.00; credits are negative)
 * ```
 */
export interface BookEntryColumns {
  /** The transaction of each entry. */
  readonly tx: Int32Array;
  /** Index into `book.accounts`. */
  readonly account: Int32Array;
  /** Index into `book.ledgers` (account + auxiliary pair). */
  readonly ledger: Int32Array;
  /** Signed minor units: debit > 0, credit < 0 (exact: safe integers). */
  readonly amount: Float64Array;
  /** Index into `book.strings` of the entry's own label, −1 when none. */
  readonly label?: Int32Array;
  /** Index into `book.strings` of the lettering code, −1 when none. */
  readonly letteringCode?: Int32Array;
  /** Day number of the lettering date (valid where a code is set). */
  readonly letteringDate?: Int32Array;
  /** Index into `book.currencies`, −1 when none. */
  readonly foreignCurrency?: Int32Array;
  /** Signed foreign amount as a decimal string, '' when none. */
  readonly foreignAmount?: ReadonlyArray<string>;
  /** Index into `book.strings`, −1 when none. */
  readonly costCenter?: Int32Array;
  /** Index into `book.analytics`, −1 when none. */
  readonly analytics?: Int32Array;
  /** Index into `book.strings` of the VAT rate, −1 when none. */
  readonly vatRate?: Int32Array;
  /** VAT base in minor units (signed as the entry). */
  readonly vatBase?: Float64Array;
  /** Index into `book.strings` of the entry's open item (invoice id), −1 when none. */
  readonly openItem?: Int32Array;
}

/**
 * A ledger account: an account, optionally with an auxiliary account under it.
 *
 * @example
 * ```ts
 * book.ledgers[3] //=> { account: 3, auxiliary: -1 } (no auxiliary account)
 * ```
 */
export interface BookLedger {
  /** Index into `book.accounts`. */
  readonly account: number;
  /** Index into `book.auxiliaries`, −1 when none. */
  readonly auxiliary: number;
}

/**
 * Validated transactions laid out in columns for fast folds: account numbers
 * interned to integer ids, amounts as integer minor units, dates as day
 * numbers, strings stored once and shared. Immutable; build it with
 * `createBook`, read it with the reports. Only the library builds Books: a
 * Book value is proof its transactions were valid and balanced. The typed
 * entry columns of a Book are views that usually share one `ArrayBuffer`
 * (each at its own `byteOffset`): copy a column (`slice()`) before
 * transferring its buffer elsewhere.
 *
 * @example
 * ```ts
 * const book: Book = createBook(transactions);
 * book.size //=> transactions.length
 * ```
 */
export interface Book {
  /** Type-level brand: only the library's `createBook` makes a `Book` (not present at run time). */
  readonly [bookBrand]: true;
  /** The book's currency (every transaction shares it). */
  readonly currency: CurrencyCode;
  /** Its minor-unit scale (2 for EUR). */
  readonly scale: number;
  /** Number of transactions. */
  readonly size: number;
  /** Number of entries. */
  readonly entryCount: number;
  /** Account numbers by id. */
  readonly accounts: ReadonlyArray<string>;
  /** Account labels by id (the first label given in the entries, else the chart's, else ''). */
  readonly accountLabels: ReadonlyArray<string>;
  /** 1 where the account label came from the entries (`accountLabel`), 0 where from the chart. */
  readonly accountLabelGiven: Uint8Array;
  /** Auxiliary accounts (customers, suppliers) by id. */
  readonly auxiliaries: ReadonlyArray<AuxiliaryAccount>;
  /** Ledger accounts (an account with or without an auxiliary account) by id; entries point into it. */
  readonly ledgers: ReadonlyArray<BookLedger>;
  /** Journal codes by id. */
  readonly journals: ReadonlyArray<string>;
  /** Journal labels by id. */
  readonly journalLabels: ReadonlyArray<string>;
  /** Transaction types by id. */
  readonly types: ReadonlyArray<string>;
  /** Foreign currency codes by id, for entries that carry a foreign amount. */
  readonly currencies: ReadonlyArray<string>;
  /** Interned strings referenced by the columns. */
  readonly strings: ReadonlyArray<string>;
  /** Transaction sources (business documents) by id. */
  readonly sources: ReadonlyArray<TransactionSource>;
  /** Analytic axis maps by id. */
  readonly analytics: ReadonlyArray<Readonly<Record<string, string>>>;
  /** The per-transaction columns. */
  readonly tx: BookTransactionColumns;
  /** The per-entry columns. */
  readonly entries: BookEntryColumns;
  /** Transaction indexes in (date, input) order. */
  readonly byDate: Int32Array;
  /** Σ |amount| over all entries, in minor units: when above 2^53 − 1, folds use BigInt. */
  readonly absoluteTotal: number;
  /** The chart of accounts the book was checked against, when one was given. */
  readonly chart?: Chart;
  /** The journals the book was checked against, when given. */
  readonly journalList?: ReadonlyArray<Journal>;
}
