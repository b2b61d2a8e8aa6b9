// @ts-nocheck
import type { AccountingIssue } from '../errors/index.js';
import { run } from './_lib/run.js';
import type { PostableDocument, PostOptions, PostResult } from './post.js';
import type { PostingRules } from './rules.js';

/**
 * A document `safePost` could not post, with every issue found (paths start
 * with the document's index).
 *
 * @example
 * ```ts
 * const f: PostFailure = { index: 42, id: 'inv-42', issues: [{ code: 'unknown_vat_rate', path: [42, 'lines', 1, 'vatRate'], message: '…' }] };
 * ```
 */
export interface PostFailure {
  /** Position in the input. */
  readonly index: number;
  /** The document id, when it has a usable one. */
  readonly id?: string;
  /** What is wrong with the document (at least one issue), paths from the document's position. */
  readonly issues: readonly [AccountingIssue, ...AccountingIssue[]];
}

/**
 * What {@link safePost} returns.
 *
 * @example
 * ```ts
 * const { success, transactions, skipped, failures }: SafePostResult = safePost(consumerDocuments);
 * [success, transactions.length, skipped.length, failures.length] //=> [true, 3, 0, 0]
 * ```
 */
export interface SafePostResult extends PostResult {
  /** Whether every document posted or was skipped: `failures.length === 0`, as the other safe functions' `success`. */
  readonly success: boolean;
  /** Documents that could not be posted, in input order; the others are in `transactions`. */
  readonly failures: ReadonlyArray<PostFailure>;
}

/**
 * The non-throwing twin of `post`: posts every valid document and returns
 * every failure. A document that refers to a failed one fails too
 * (`invalid_reference`). Numbering only counts the transactions returned.
 *
 * @param documents - unknown inputs
 * @param rules - posting rules @defaultValue defaultRules()
 * @param options - as for `post`
 * @returns `{ success, transactions, skipped, failures }`, `success` being `failures.length === 0`
 * @throws AccountingError only for invalid arguments, options or rules (an
 *   invalid `options.context` document included); never for a document's
 *   content — a document whose amounts are all zero is `skipped` (`zero-total`)
 * @example
 * ```ts
 * const line = { label: 'Abonnement', quantity: '1', unitPrice: '60.00', vatRate: '20' };
 * const goodInvoice = { type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-06-03', customer: { id: 'C1', name: 'DUPONT Jean' }, lines: [line] } as const;
 * const r = safePost([goodInvoice, { ...goodInvoice, id: 'inv-2', number: 'FA2024-0002', lines: [{ ...line, vatRate: '0.2' }] }]);
 * r.success //=> false
 * r.transactions.length //=> 1
 * r.failures[0]!.issues[0].code //=> 'unknown_vat_rate'
 * r.failures[0]!.issues[0].path //=> [1, 'lines', 0, 'vatRate']
 * ```
 */
export function safePost(documents: Iterable<PostableDocument>, rules?: PostingRules, options: PostOptions = {}): SafePostResult {
  const { transactions, skipped, failures } = run(documents, rules, options);
  return { success: failures.length === 0, transactions, skipped, failures };
}
