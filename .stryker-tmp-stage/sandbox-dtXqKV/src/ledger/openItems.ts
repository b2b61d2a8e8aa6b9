// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type BookSource } from '../book/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { CurrencyCode, Decimal } from '../money/index.js';
import type { TransactionType } from '../transactions/index.js';
import type { AccountFilter } from './_lib/accountFilter.js';
import { assertSafeTotals, decimalOf } from './_lib/amounts.js';
import { asOfDay } from './_lib/days.js';
import { openItemRows, receivableMask, sortedOpenItems } from './_lib/receivables.js';

/**
 * Options of {@link openItems}.
 *
 * @example
 * ```ts
 * const options: OpenItemsOptions = { asOf: '2024-12-31' };
 * ```
 */
export interface OpenItemsOptions {
  /**
   * The date the items are open at: entries dated after it are ignored.
   * @defaultValue every entry of the book
   */
  readonly asOf?: string;
  /**
   * The receivable accounts to read (only their entries carrying an auxiliary
   * account count).
   * @defaultValue 411, 416, 4191 and 4197 and their sub-accounts
   */
  readonly accounts?: AccountFilter;
}

/**
 * An open item: an unpaid invoice (what remains is a debit) or an unused
 * credit — a credit note, an unallocated payment, a deposit (what remains is a
 * credit). Its entries are those sharing an `openItem` on one customer
 * account; without one, those sharing a lettering code; else the lone entry.
 * An item is a frozen view of its group: its fields are accessors read on
 * access, Decimals included (`JSON.stringify` lists them; `Object.keys` and
 * spreading do not).
 *
 * @example
 * ```ts
 * const item = openItems(receivables, { asOf: '2024-12-31' }).items[0]!;
 * [item.auxiliary.number, item.openItem, item.side, item.amount.toFixed(2), item.settled.toFixed(2), item.remaining.toFixed(2)]
 * //=> ['C0001', 'inv-2', 'debit', '480.00', '80.00', '400.00']
 * ```
 */
export interface OpenItem {
  /** The receivable account number (411…). */
  readonly account: string;
  /** The account's label. */
  readonly accountLabel: string;
  /** The customer (auxiliary account). */
  readonly auxiliary: AuxiliaryAccount;
  /** The open item (invoice id) its entries share, when grouped by it. */
  readonly openItem?: string;
  /** The lettering code its entries share, when grouped by it (partial lettering). */
  readonly lettering?: string;
  /** `debit`: an unpaid invoice; `credit`: an unused credit. */
  readonly side: 'debit' | 'credit';
  /** The transaction that opened it: the earliest entry on its remaining side. */
  readonly transactionId: string;
  /** The type of the transaction that opened it, when typed. */
  readonly type?: TransactionType;
  /** That transaction's date: the age of the item counts from it. */
  readonly date: IsoDate;
  /** That transaction's piece reference. */
  readonly pieceRef: string;
  /** The document number from the transaction's source, else its piece reference. */
  readonly documentNumber: string;
  /** Σ of the item's entries on its side (the invoice, or the credit). */
  readonly amount: Decimal;
  /** Σ of its entries on the other side (payments, or credits used). */
  readonly settled: Decimal;
  /** `amount − settled`, > 0, on `side`. */
  readonly remaining: Decimal;
}

/**
 * The open items report ("factures non réglées et avoirs non utilisés").
 *
 * @example
 * ```ts
 * const report = openItems(receivables);
 * report.totals.unpaid.toFixed(2) //=> '600.00'
 * ```
 */
export interface OpenItems {
  /** Sorted by account, auxiliary number, date, transaction id. */
  readonly items: ReadonlyArray<OpenItem>;
  /** Σ over the items, per side. */
  readonly totals: {
    /** Σ remaining of unpaid invoices. */
    readonly unpaid: Decimal;
    /** Σ remaining of unused credits. */
    readonly credits: Decimal;
  };
  /** The date the items are open at; absent when every entry was read. */
  readonly asOf?: IsoDate;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
}

/**
 * Unpaid invoices and unused credit notes with what remains of them, read
 * from the Book's `openItem` and lettering columns on the customer accounts
 * (entries with an auxiliary account). A group of entries that nets to zero
 * is settled and left out; the remaining amounts of a customer's items add up
 * to the customer's balance.
 *
 * @param source - a Book, or transactions
 * @param options - date, receivable accounts
 * @returns the open items and their totals
 * @throws AccountingError `invalid_date`, `invalid_option`, `invalid_account`, `unknown_account`, `amount_overflow`
 * @example
 * ```ts
 * openItems(receivables, { asOf: '2024-12-31' }).items.map((i) => [i.auxiliary.number, i.documentNumber, i.side, i.remaining.toFixed(2)])
 * //=> [['C0001', 'FA2024-0002', 'debit', '400.00'], ['C0002', 'AV2024-0001', 'credit', '50.00'],
 * //    ['C0003', 'RG-2024-12-20-C0003', 'credit', '30.00'], ['C0004', 'AN2024', 'debit', '200.00']]
 * ```
 */
export function openItems(source: BookSource, options: OpenItemsOptions = {}): OpenItems {
  const book = toBook(source);
  assertSafeTotals(book);
  const asOf = asOfDay(options.asOf);
  const sorted = sortedOpenItems(book, receivableMask(book, options.accounts), asOf.day);
  const { debit, credit } = sorted.groups;
  let unpaid = 0;
  let credits = 0;
  for (const i of sorted.order) {
    const net = debit[i]! - credit[i]!;
    if (net > 0) unpaid += net;
    else credits -= net;
  }
  const items = openItemRows(book, sorted);
  const out: Record<string, unknown> = {
    items: Object.freeze(items),
    totals: Object.freeze({ unpaid: decimalOf(unpaid, book.scale), credits: decimalOf(credits, book.scale) }),
  };
  if (asOf.date) out.asOf = asOf.date;
  out.currency = book.currency;
  return Object.freeze(out) as unknown as OpenItems;
}
