import type { Book } from '../book/index.js';
import { AccountingError, type AccountingIssue } from '../errors/index.js';
import { BOOK_MODE } from './_lib/bookMode.js';
import { run } from './_lib/run.js';
import type { PostableDocument, PostOptions, SkippedDocument } from './post.js';
import type { PostingRules } from './rules.js';
import type { PostFailure } from './safePost.js';

/**
 * What {@link postBook} returns.
 *
 * @example
 * ```ts
 * const { book, skipped }: PostBookResult = postBook([invoice]); // the golden book's invoice FA2024-0001
 * book.size //=> 1
 * skipped //=> []
 * ```
 */
export interface PostBookResult {
  /** The Book of the transactions `post` would return, in the same order, with the same numbers. */
  readonly book: Book;
  /** Documents that post nothing (drafts, proformas, zero totals, documents without entries), with the reason, as `post` lists them. */
  readonly skipped: ReadonlyArray<SkippedDocument>;
}

/**
 * What {@link safePostBook} returns.
 *
 * @example
 * ```ts
 * const { success, book, skipped, failures }: SafePostBookResult = safePostBook([invoice, { type: 'invoice' }]);
 * success //=> false
 * book.size //=> 1
 * skipped //=> []
 * failures.length //=> 1
 * ```
 */
export interface SafePostBookResult extends PostBookResult {
  /** `failures.length === 0`. */
  readonly success: boolean;
  /** The documents refused, each with its index, id and issues, as `safePost` lists them; the Book holds the others. */
  readonly failures: ReadonlyArray<PostFailure>;
}

/**
 * Documents straight to a {@link Book}: `post` without a `Transaction`
 * object per generated transaction — entries are written into the Book's
 * columns as they are generated, then laid out in numbering order. The
 * result is the Book `createBook(post(documents, rules, options).transactions)`
 * builds (same numbering, same tables, same columns), and the errors are
 * `post`'s.
 *
 * @param documents - the documents, as for `post`
 * @param rules - posting rules @defaultValue defaultRules()
 * @param options - as for `post` (next numbers, context, yearly reset, draft entries)
 * @returns `{ book, skipped }`
 * @throws AccountingError as `post`: every issue of every invalid document, invalid options or rules
 * @example
 * ```ts
 * const { book } = postBook([{
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }],
 * }]);
 * book.tx.id //=> ['VT000001']
 * book.accounts //=> ['411', '706100', '44574']
 * Array.from(book.entries.amount) //=> [60000, -50000, -10000] (minor units, debit positive)
 * ```
 */
export function postBook(documents: Iterable<PostableDocument>, rules?: PostingRules, options: PostOptions = {}): PostBookResult {
  const r = run(documents, rules, options, BOOK_MODE);
  if (r.failures.length > 0) {
    const issues: AccountingIssue[] = [];
    for (const f of r.failures) issues.push(...f.issues);
    throw new AccountingError(issues);
  }
  return Object.freeze({ book: r.book!, skipped: r.skipped });
}

/**
 * The non-throwing twin of {@link postBook}, as `safePost` is of `post`:
 * the Book of every document that posts (the Book
 * `createBook(safePost(…).transactions)` builds) and every failure.
 *
 * @param documents - unknown inputs
 * @param rules - posting rules @defaultValue defaultRules()
 * @param options - as for `post`
 * @returns `{ success, book, skipped, failures }`
 * @throws AccountingError only for invalid arguments, options or rules, as `safePost`
 * @example
 * ```ts
 * const line = { label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' };
 * const goodInvoice = {
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true, lines: [line],
 * } as const;
 * const r = safePostBook([goodInvoice, { ...goodInvoice, id: 'inv-2', number: 'FA2024-0002', lines: [{ ...line, vatRate: '0.2' }] }]);
 * r.success //=> false
 * r.book.size //=> 1
 * r.failures[0]?.issues[0]?.code //=> 'unknown_vat_rate'
 * ```
 */
export function safePostBook(documents: Iterable<PostableDocument>, rules?: PostingRules, options: PostOptions = {}): SafePostBookResult {
  const { book, skipped, failures } = run(documents, rules, options, BOOK_MODE);
  return { success: failures.length === 0, book: book!, skipped, failures };
}
