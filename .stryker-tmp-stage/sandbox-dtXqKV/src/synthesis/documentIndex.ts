// @ts-nocheck
import { fail } from '../errors/index.js';
import type { PostingRules } from '../posting/rules.js';
import { readDocuments, type ReadDocuments } from './_lib/read.js';
import { gymIndex, type GymIndex } from './gym/_lib/gymDocuments.js';

/**
 * The documents of a synthesis, checked and laid out once for every period
 * and report that reads them (`accountingSynthesis`, `synthesisDocuments`,
 * `posFigures`, the gym management reports). Opaque: its fields only count what it holds. It keeps the
 * documents themselves (not copies): build a new index after changing one.
 *
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const payment = { type: 'payment', id: 'pay-1', date: '2024-08-02', method: 'card', amount: '100.00', customer: invoice.customer, allocations: [{ invoice: 'inv-tv4', amount: '100.00' }] } as const;
 * const book = createBook(post([invoice, payment]).transactions);
 * const index = indexDocuments([invoice, payment, stay]);
 * index.invoices //=> 1
 * accountingSynthesis(book, index, { period: { from: '2024-07-01', to: '2024-07-31' } }).keyFigures.revenue.toFixed(2) //=> '424.62'
 * accountingSynthesis(book, index, { period: { from: '2024-08-01', to: '2024-08-31' } }).keyFigures.revenue.toFixed(2) //=> '0.00'
 * ```
 */
export interface DocumentIndex {
  /** Documents read. */
  readonly documents: number;
  /** Invoices, deposits, credit and debit notes (all kinds). */
  readonly invoices: number;
  /** Payments and refunds. */
  readonly payments: number;
  /** Stays (campsite). */
  readonly stays: number;
  /** Till tickets (of every till closing). */
  readonly tickets: number;
  /** Purchase (supplier) invoices. */
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

interface Entry {
  readonly docs: ReadDocuments;
  readonly rules: PostingRules | undefined;
  /** The gym reports' index, built on first use. */
  gym?: GymIndex;
}
const READ = new WeakMap<object, Entry>();

/**
 * Checks the documents once and lays them out for the synthesis and gym reports:
 * every document is validated (one error lists every issue), invoices get
 * their figures by nature, payments their allocations, stays their invoices.
 * Give the index instead of the documents to `accountingSynthesis`,
 * `synthesisDocuments`, `posFigures` and the gym management reports to pay
 * for reading only once when several periods or reports read the same
 * documents (the gym reports index their references on first use, once).
 *
 * @param documents - invoices (with the earlier ones the receipts settle), payments and refunds, stays, till closings, purchases; other types are checked and ignored
 * @param options - the rules
 * @returns the index, frozen
 * @throws AccountingError `invalid_input`, `unknown_document` (a receipt or a stay naming an invoice not among the documents), `duplicate_document`, `over_allocation`, and every issue of an invalid document, with its index as path
 * @example
 * ```ts
 * const invoice = { type: 'invoice', id: 'inv-tv4', kind: 'final', status: 'issued', number: 'FA2024-0101', date: '2024-07-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' }, { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
 *     { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' }, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' }] } as const;
 * const stay = { type: 'stay', id: 'sej-tv4', number: 'S2024-0042', customer: invoice.customer, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-tv4'] } as const;
 * const payment = { type: 'payment', id: 'pay-1', date: '2024-07-31', method: 'card', amount: '100.00', customer: invoice.customer, allocations: [{ invoice: 'inv-tv4', amount: '100.00' }] } as const;
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

/** The entry of an index, after checking the rules asked for are the index's (undefined for documents). */
function entryOf(documents: Iterable<unknown> | DocumentIndex, rules: PostingRules | undefined): Entry | undefined {
  const entry = typeof documents === 'object' && documents !== null ? READ.get(documents) : undefined;
  if (entry !== undefined && rules !== undefined && rules !== entry.rules) {
    fail('invalid_option', ['rules'], 'This document index was built with other rules: pass these rules to indexDocuments, or leave options.rules out.');
  }
  return entry;
}

/** The read documents of an index, or the documents read now (internal). */
export function documentsOf(documents: Iterable<unknown> | DocumentIndex, rules: PostingRules | undefined): ReadDocuments {
  return entryOf(documents, rules)?.docs ?? readDocuments(documents as Iterable<unknown>, rules);
}

/** The gym reports' index of an index (built once), or of the documents (internal). */
export function gymIndexOf(documents: Iterable<unknown> | DocumentIndex, rules: PostingRules | undefined): GymIndex {
  const entry = entryOf(documents, rules);
  if (entry === undefined) return gymIndex(documents as Iterable<unknown>, rules);
  return (entry.gym ??= gymIndex(entry.docs.checked, entry.rules, true));
}
