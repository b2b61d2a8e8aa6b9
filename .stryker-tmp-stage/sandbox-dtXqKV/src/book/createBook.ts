// @ts-nocheck
import { checkAccountWidth, type Chart, type Journal } from '../accounts/index.js';
import type { CurrencyCode } from '../money/index.js';
import type { ClosingOptions, Transaction } from '../transactions/index.js';
import { FixedColumnsBuilder, expectedSizes } from './_lib/builder.js';
import type { Book } from './Book.js';

/**
 * Options of {@link createBook}.
 *
 * @example
 * ```ts
 * const options: CreateBookOptions = { chart: defaultChart(), journals: DEFAULT_JOURNALS };
 * ```
 */
export interface CreateBookOptions extends ClosingOptions {
  /** When given, every account must be covered by it; it also names accounts in reports. */
  readonly chart?: Chart;
  /** When given, every journal code must be listed; their labels name journals in reports. */
  readonly journals?: ReadonlyArray<Journal>;
  /**
   * Currency of an empty book (otherwise the transactions').
   * @defaultValue 'EUR'
   */
  readonly currency?: CurrencyCode;
  /**
   * Pad every general account number with zeros to this width, 3 to 20
   * (`512` → `512000` at 6): the book then holds one number per account
   * whatever width its transactions used; a longer number is
   * `account_too_long`. Auxiliary numbers are left as they are.
   * @defaultValue none: numbers are kept as the transactions give them
   */
  readonly accountWidth?: number;
}


/**
 * Lays validated transactions out as a columnar, immutable {@link Book}:
 * accounts interned, amounts in integer minor units, dates as day numbers.
 * Each transaction is checked to balance once more (a hand-made object that
 * does not is refused), ids must be unique.
 *
 * @param transactions - transactions from `createTransaction`, a generator or a parser
 * @param options - chart, journals, currency of an empty book, account width
 * @returns the Book
 * @throws AccountingError `duplicate_transaction`, `unknown_account`, `unknown_journal`,
 *   `unbalanced_transaction`, `invalid_input` (mixed currencies),
 *   `account_too_long`, `invalid_option` (a bad `accountWidth`), `period_closed`
 *   (a draft entry dated on or before `options.closedThrough`: a closed period
 *   holds validated entries only)
 * @example
 * ```ts
 * const book = createBook([sale, payment]);
 * book.size //=> 2
 * book.accounts //=> ['411000', '706100', '445710', '512000']
 * createBook([openingOn512000, paymentOn512], { accountWidth: 6 }).accounts //=> ['512000', '101000', '411000']
 * ```
 */
export function createBook(transactions: Iterable<Transaction>, options: CreateBookOptions = {}): Book {
  if (options.accountWidth !== undefined) checkAccountWidth(options.accountWidth);
  const list: ReadonlyArray<Transaction> = Array.isArray(transactions) ? transactions : [...transactions];
  const sizes = expectedSizes(list);
  // columns allocated for every transaction: the one builder that never grows them (a smaller bundle)
  const builder = new FixedColumnsBuilder(options, sizes);
  for (let t = 0; t < sizes.transactions; t++) builder.add(list[t]!);
  return builder.finish(true);
}

/** Stable sort of transaction indexes by day number (internal). */
export function sortByDate(days: Int32Array): Int32Array {
  const n = days.length;
  const out = new Int32Array(n);
  if (n < 16_777_216) {
    let min = Infinity;
    for (let i = 0; i < n; i++) if (days[i]! < min) min = days[i]!;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (days[i]! - min) * 16_777_216 + i;
    keys.sort();
    for (let i = 0; i < n; i++) out[i] = keys[i]! % 16_777_216;
    return out;
  }
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
  for (let i = 0; i < n; i++) out[i] = idx[i]!;
  return out;
}
