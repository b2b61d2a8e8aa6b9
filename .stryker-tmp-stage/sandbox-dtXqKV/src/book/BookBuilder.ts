// @ts-nocheck
import { AccountingError, issue } from '../errors/index.js';
import type { Transaction } from '../transactions/index.js';
import { ColumnsBuilder } from './_lib/builder.js';
import { builderFrom } from './_lib/layOut.js';
import { isBook, type Book } from './Book.js';
import type { CreateBookOptions } from './createBook.js';

/**
 * Builds a {@link Book} a batch of transactions at a time, writing each one
 * straight into growable columns (the transactions need not be kept), or
 * continues an existing Book. `build()` gives the same Book as `createBook`
 * over every transaction added, in the order added (the same checks, the
 * same errors with the same paths); the builder stays usable after it and a
 * Book it gave never changes.
 *
 * @example
 * ```ts
 * // the golden book's transactions: the à-nouveaux, then the sale, its payment and the deferral
 * const builder = new BookBuilder();
 * builder.addTransactions(transactions.slice(0, 1)).addTransactions(transactions.slice(1));
 * const built = builder.build();
 * const fecOf = (b: Book) => formats.fec.serialize(b, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
 * fecOf(built) === fecOf(createBook(transactions)) //=> true (the same Book)
 * const next = createTransaction({ ...input, id: 'VT000002', piece: { ref: 'FA2024-0002' } });
 * BookBuilder.from(built).add(next).build().size //=> 5
 * ```
 */
export class BookBuilder {
  #core: ColumnsBuilder;

  /**
   * @param options - as for `createBook` (chart, journals, currency of an empty book, account width, closedThrough)
   * @throws AccountingError `invalid_option` (a bad `accountWidth` or `closedThrough`)
   */
  constructor(options: CreateBookOptions = {}) {
    this.#core = new ColumnsBuilder(options);
  }

  /**
   * A builder that starts with a Book's transactions (the Book is left as
   * it is): what is added after them gives the Book `createBook` builds
   * from all of them. `options` default to the Book's chart and journals;
   * give the options the Book was built with.
   *
   * @param book - a Book from `createBook`, a builder or a parser
   * @param options - as for `createBook`
   * @returns the builder
   * @throws AccountingError `invalid_input` when `book` is not a Book
   * @example
   * ```ts
   * const opening = createBook(transactions.slice(0, 1)); // the golden book's à-nouveaux
   * const year = BookBuilder.from(opening).addTransactions(transactions.slice(1)).build();
   * year.size //=> 4
   * formats.ledger.serialize(year) === formats.ledger.serialize(book) //=> true (the golden book)
   * ```
   */
  static from(book: Book, options: CreateBookOptions = {}): BookBuilder {
    if (!isBook(book)) throw new AccountingError([issue('invalid_input', ['book'], 'BookBuilder.from takes a Book (from createBook, postBook or parseFecBook).')]);
    const merged = withBookOptions(book, options);
    const builder = new BookBuilder(merged);
    builder.#core = builderFrom(book, merged);
    return builder;
  }

  /**
   * Transactions added so far.
   *
   * @example
   * ```ts
   * new BookBuilder().add(sale).size //=> 1
   * ```
   */
  get size(): number {
    return this.#core.size;
  }

  /**
   * Adds one transaction; its issues (unbalanced, duplicate id, unknown
   * account…) are reported by `build`, with the path `createBook` gives.
   *
   * @param transaction - a transaction from `createTransaction`, a generator or a parser
   * @returns this builder
   * @example
   * ```ts
   * new BookBuilder().add(sale).add(payment).build().size //=> 2
   * ```
   */
  add(transaction: Transaction): this {
    this.#core.add(transaction);
    return this;
  }

  /**
   * Adds transactions in order (see {@link BookBuilder.add}).
   *
   * @param transactions - any iterable of transactions
   * @returns this builder
   * @example
   * ```ts
   * new BookBuilder().addTransactions([sale, payment]).size //=> 2
   * ```
   */
  addTransactions(transactions: Iterable<Transaction>): this {
    const c = this.#core;
    for (const tx of transactions) c.add(tx);
    return this;
  }

  /**
   * The Book of every transaction added so far.
   *
   * @returns the Book (its columns are copies: adding more never changes it)
   * @throws AccountingError every issue found, as `createBook` reports them
   * @example
   * ```ts
   * const built = new BookBuilder().addTransactions([sale, payment]).build();
   * built.size //=> 2
   * formats.ledger.serialize(built) === formats.ledger.serialize(createBook([sale, payment])) //=> true (the same Book)
   * ```
   */
  build(): Book {
    return this.#core.finish(false);
  }
}

/**
 * A Book with transactions after those of `book` — a month posted onto
 * last month's Book without rebuilding the year. `book` is left as it is;
 * the result is the Book `createBook` builds from all the transactions,
 * `book`'s first (same numbering of inputs in error paths: the first new
 * transaction is at `book.size`). Columns are copied once, nothing is
 * checked again.
 *
 * @param book - the Book to continue
 * @param transactions - the transactions to add after its own
 * @param options - as for `createBook` @defaultValue the Book's chart and journals
 * @returns the new Book
 * @throws AccountingError as `createBook` (`duplicate_transaction` for an id already in `book`, …)
 * @example
 * ```ts
 * const opening = createBook(transactions.slice(0, 1)); // the golden book's à-nouveaux
 * const year = appendToBook(opening, transactions.slice(1)); // the sale, its payment, the deferral
 * year.size //=> 4
 * formats.ledger.serialize(year) === formats.ledger.serialize(book) //=> true (the same Book as the golden one)
 * ```
 */
export function appendToBook(book: Book, transactions: Iterable<Transaction>, options: CreateBookOptions = {}): Book {
  const list = Array.isArray(transactions) ? (transactions as ReadonlyArray<Transaction>) : [...transactions];
  if (!isBook(book)) throw new AccountingError([issue('invalid_input', ['book'], 'appendToBook takes a Book (from createBook, postBook or parseFecBook) and transactions.')]);
  let entries = 0;
  for (const tx of list) entries += tx.entries.length;
  const core = builderFrom(book, withBookOptions(book, options), list.length, entries);
  for (const tx of list) core.add(tx);
  return core.finish(true);
}

/** The options of `createBook` with the Book's chart and journals where none are given. */
function withBookOptions(book: Book, options: CreateBookOptions): CreateBookOptions {
  return { ...(book.chart ? { chart: book.chart } : {}), ...(book.journalList ? { journals: book.journalList } : {}), ...options };
}
