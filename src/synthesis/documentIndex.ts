import { fail } from '../errors/index.js';
import type { PostingRules } from '../posting/rules.js';
import { readDocuments, type ReadDocuments } from './_lib/read.js';

/**
 * The documents of a synthesis, checked and laid out once for every period
 * and report that reads them (`accountingSynthesis`, `synthesisDocuments`,
 * `posFigures`). Opaque: its fields only count what it holds. It keeps the
 * documents themselves (not copies): build a new index after changing one.
 *
 * @example
 * ```ts
 * const index = indexDocuments(documents);
 * index.invoices //=> 1000
 * accountingSynthesis(book, index, { period: { from: '2024-07-01', to: '2024-07-31' } });
 * accountingSynthesis(book, index, { period: { from: '2024-08-01', to: '2024-08-31' } });
 * ```
 */
export interface DocumentIndex {
  /** Documents read. */
  readonly documents: number;
  readonly invoices: number;
  /** Payments and refunds. */
  readonly payments: number;
  readonly stays: number;
  /** Till tickets (of every till closing). */
  readonly tickets: number;
  readonly purchases: number;
}

/**
 * Options of {@link indexDocuments}.
 *
 * @example
 * ```ts
 * const options: IndexDocumentsOptions = { rules: defaultRules({ rounding: 'half-even' }) };
 * ```
 */
export interface IndexDocumentsOptions {
  /**
   * The rules the documents were posted with; the reports given this index
   * use them (passing other rules to a report is an error).
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
}

const READ = new WeakMap<object, { readonly docs: ReadDocuments; readonly rules: PostingRules | undefined }>();

/**
 * Checks the documents once and lays them out for the synthesis reports:
 * every document is validated (one error lists every issue), invoices get
 * their figures by nature, payments their allocations, stays their invoices.
 * Give the index instead of the documents to `accountingSynthesis`,
 * `synthesisDocuments` and `posFigures` to pay for reading only once when
 * several periods or reports read the same documents.
 *
 * @param documents - invoices (with the earlier ones the receipts settle), payments and refunds, stays, till closings, purchases; other types are checked and ignored
 * @param options - the rules
 * @returns the index, frozen
 * @throws AccountingError `invalid_input`, `unknown_document` (a receipt or a stay naming an invoice not among the documents), `duplicate_document`, `over_allocation`, and every issue of an invalid document, with its index as path
 * @example
 * ```ts
 * const index = indexDocuments([invoice, payment, stay]);
 * index.invoices //=> 1
 * synthesisDocuments(index, { period: { from: '2024-07-01', to: '2024-07-31' }, list: 'stays' }).length //=> 1
 * ```
 */
export function indexDocuments(documents: Iterable<unknown>, options: IndexDocumentsOptions = {}): DocumentIndex {
  if (typeof options !== 'object' || options === null) fail('invalid_option', [], 'Give the options as an object ({ rules }), or leave them out.');
  const docs = readDocuments(documents, options.rules);
  const index: DocumentIndex = Object.freeze({
    documents: docs.count,
    invoices: docs.invoices.size,
    payments: docs.payments.size,
    stays: docs.stays.size,
    tickets: docs.tickets.length,
    purchases: docs.purchases.length,
  });
  READ.set(index, { docs, rules: options.rules });
  return index;
}

/** The read documents of an index, or the documents read now (internal). */
export function documentsOf(documents: Iterable<unknown> | DocumentIndex, rules: PostingRules | undefined): ReadDocuments {
  const read = typeof documents === 'object' && documents !== null ? READ.get(documents) : undefined;
  if (read === undefined) return readDocuments(documents as Iterable<unknown>, rules);
  if (rules !== undefined && rules !== read.rules) {
    fail('invalid_option', ['rules'], 'This document index was built with other rules: pass these rules to indexDocuments, or leave options.rules out.');
  }
  return read.docs;
}
