// @ts-nocheck
import type { AuxiliaryAccount, Chart, Journal } from '../../accounts/index.js';
import type { CurrencyCode } from '../../money/index.js';
import type { TransactionSource } from '../../transactions/index.js';
import { BOOK, type Book, type BookEntryColumns, type BookLedger, type BookTransactionColumns } from '../Book.js';
import { sortByDate } from '../createBook.js';

/**
 * Everything a {@link Book} holds, as built by a loader (internal). The
 * caller guarantees what `createBook` checks: balanced transactions, unique
 * ids, one currency, accounts covered by the chart when one is given.
 */
export interface BookColumnsInput {
  readonly currency: CurrencyCode;
  readonly scale: number;
  readonly accounts: string[];
  readonly accountLabels: string[];
  readonly accountLabelGiven: Uint8Array;
  readonly auxiliaries: AuxiliaryAccount[];
  readonly ledgers: BookLedger[];
  readonly journals: string[];
  readonly journalLabels: string[];
  readonly types: string[];
  readonly currencies: string[];
  readonly strings: string[];
  readonly sources: TransactionSource[];
  readonly analytics: Array<Readonly<Record<string, string>>>;
  readonly tx: {
    readonly id: string[];
    readonly journal: Int32Array;
    readonly date: Int32Array;
    readonly pieceRef: string[];
    readonly pieceDate: Int32Array;
    readonly label: string[];
    readonly validatedOn: Int32Array;
    readonly type: Int32Array;
    readonly opening: Uint8Array;
    readonly source: Int32Array;
    readonly reverses: Int32Array;
    readonly entryStart: Int32Array;
  };
  readonly entries: {
    readonly tx: Int32Array;
    readonly account: Int32Array;
    readonly ledger: Int32Array;
    readonly amount: Float64Array;
    readonly label?: Int32Array;
    readonly letteringCode?: Int32Array;
    readonly letteringDate?: Int32Array;
    readonly foreignCurrency?: Int32Array;
    readonly foreignAmount?: string[];
    readonly costCenter?: Int32Array;
    readonly analytics?: Int32Array;
    readonly vatRate?: Int32Array;
    readonly vatBase?: Float64Array;
    readonly openItem?: Int32Array;
  };
  /** Σ |amount| in minor units. */
  readonly absoluteTotal: number;
  /** Transaction indexes in (date, input) order, when the caller has them (else computed here). */
  readonly byDate?: Int32Array;
  readonly chart?: Chart;
  readonly journalList?: ReadonlyArray<Journal>;
}

/** The entry columns of a Book, in their order; those after `amount` are present only when given. */
export const ENTRY_COLUMNS = ['tx', 'account', 'ledger', 'amount', 'label', 'letteringCode', 'letteringDate', 'foreignCurrency', 'foreignAmount', 'costCenter', 'analytics', 'vatRate', 'vatBase', 'openItem'] as const;

/** Transaction indexes in (date, input) order: a stable sort by day number (internal). */
export function dateOrder(date: Int32Array): Int32Array {
  const T = date.length;
  let sorted = true;
  for (let t = 1; t < T && sorted; t++) if (date[t]! < date[t - 1]!) sorted = false;
  if (!sorted) return sortByDate(date);
  const out = new Int32Array(T);
  for (let t = 0; t < T; t++) out[t] = t;
  return out;
}

/**
 * Freezes columns into a {@link Book}, laid out exactly as `createBook`
 * lays out the same transactions (same key order, optional entry columns
 * present only when given, `byDate` computed the same way). It checks
 * nothing: loaders that read straight into columns (`parseFecBook`) have
 * validated their input already.
 *
 * @param c - the columns and tables
 * @returns the Book
 */
export function bookFromColumns(c: BookColumnsInput): Book {
  const T = c.tx.id.length;
  const byDate = c.byDate ?? dateOrder(c.tx.date);
  const e = c.entries;
  const entryColumns: Record<string, unknown> = {};
  for (const k of ENTRY_COLUMNS) if (e[k]) entryColumns[k] = k === 'foreignAmount' ? Object.freeze(e[k]) : e[k];

  const tx = c.tx;
  const book: Record<string, unknown> = {
    currency: c.currency,
    scale: c.scale,
    size: T,
    entryCount: e.amount.length,
    accounts: Object.freeze(c.accounts),
    accountLabels: Object.freeze(c.accountLabels),
    accountLabelGiven: c.accountLabelGiven,
    auxiliaries: Object.freeze(c.auxiliaries),
    ledgers: Object.freeze(c.ledgers),
    journals: Object.freeze(c.journals),
    journalLabels: Object.freeze(c.journalLabels),
    types: Object.freeze(c.types),
    currencies: Object.freeze(c.currencies),
    strings: Object.freeze(c.strings),
    sources: Object.freeze(c.sources),
    analytics: Object.freeze(c.analytics),
    tx: Object.freeze({
      id: Object.freeze(tx.id),
      journal: tx.journal,
      date: tx.date,
      pieceRef: Object.freeze(tx.pieceRef),
      pieceDate: tx.pieceDate,
      label: Object.freeze(tx.label),
      validatedOn: tx.validatedOn,
      type: tx.type,
      opening: tx.opening,
      source: tx.source,
      reverses: tx.reverses,
      entryStart: tx.entryStart,
    }) as BookTransactionColumns,
    entries: Object.freeze(entryColumns) as unknown as BookEntryColumns,
    byDate,
    absoluteTotal: c.absoluteTotal,
  };
  if (c.chart) book.chart = c.chart;
  if (c.journalList) book.journalList = c.journalList;
  Object.defineProperty(book, BOOK, { value: true, enumerable: false });
  return Object.freeze(book) as unknown as Book;
}
