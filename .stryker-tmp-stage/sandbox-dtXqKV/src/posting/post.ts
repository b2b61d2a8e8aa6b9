// @ts-nocheck
import { AccountingError, type AccountingIssue } from '../errors/index.js';
import type { Transaction } from '../transactions/index.js';
import { run } from './_lib/run.js';
import type { DocumentInput } from '../schemas/index.js';
import type { PostingRules } from './rules.js';

/**
 * Options of {@link post} and `safePost`.
 *
 * @example
 * ```ts
 * // June's invoice was posted by an earlier call; this one posts its payment, continuing VT at 152 and BQ at 40.
 * const [june, junePayment] = consumerDocuments;
 * const options: PostOptions = { nextNumbers: { VT: 152, BQ: 40 }, context: [june] };
 * post([junePayment!], defaultRules(), options).transactions.map((t) => t.id) //=> ['BQ000040', 'OD000001'] (the payment, and its VAT made due on receipt)
 * ```
 */
export interface PostOptions {
  /**
   * The next sequence number per journal (`{ VT: 152 }`), to continue the
   * numbering of an earlier call.
   * @defaultValue 1 for every journal
   */
  readonly nextNumbers?: Readonly<Record<string, number>>;
  /**
   * Documents posted by earlier calls that this call's documents refer to
   * (the invoice a payment settles, the purchase a supplier payment pays, the
   * batch a rejection cites, a deposit a final invoice deducts). They are read, never posted again; give every
   * earlier document that settles the same invoices so that amounts still owed
   * are right.
   * @defaultValue []
   */
  readonly context?: ReadonlyArray<unknown>;
  /**
   * Restart numbering at 1 each fiscal year; ids then carry the year the
   * fiscal year ends in (`VT2024-000001`). `nextNumbers` applies to the first
   * fiscal year of each journal in the call. `{ startMonth: 7 }` for a fiscal
   * year starting in July.
   * @defaultValue false
   */
  readonly resetNumbersEachFiscalYear?: boolean | {
    /** The first month of the fiscal year, 1–12. */
    readonly startMonth: number;
  };
  /**
   * Post draft entries (brouillard): every transaction gets `validatedOn:
   * null`, to be validated later with `validate(book, { through, on })`.
   * Without it, the entries generated from issued documents are final: each
   * is validated on its own date (the document is issued, its number is
   * taken; a correction is a credit note, never an edit).
   * @defaultValue false
   */
  readonly draft?: boolean;
}

/**
 * What `post` and `safePost` take for each document: a {@link DocumentInput}
 * (so editors complete and check invoice, payment… fields) or any other object
 * (documents read from JSON, typed `Record<string, unknown>`). Every document is
 * validated at run time whatever its static type.
 *
 * @example
 * ```ts
 * const fromJson: PostableDocument = JSON.parse('{"type":"payment"}') as Record<string, unknown>;
 * ```
 */
export type PostableDocument = DocumentInput | { readonly [key: string]: unknown };

/**
 * A document `post` left out on purpose: a `draft` or a `proforma` invoice, or
 * a document that records a fact without an accounting entry (`no-entry`: a
 * `session-usage`, read by deferred revenue; a `subscription-cancellation`,
 * read by the gym reports — its credit note or refund posts on its own; a
 * `stay`, read by the accounting synthesis — its invoices post on their own),
 * or a document whose amounts are all zero (`zero-total`: a free invoice, lines
 * that cancel out on one account, a zero deposit or purchase — an accounting
 * entry records amounts, so there is none to write; the invoice keeps its
 * number in the billing sequence).
 *
 * @example
 * ```ts
 * const s: SkippedDocument = { index: 3, id: 'pf-1', reason: 'proforma' };
 * ```
 */
export interface SkippedDocument {
  /** Position in the input. */
  readonly index: number;
  /** The document id. */
  readonly id: string;
  /** Why nothing was posted: a draft or proforma (never posted), no entry to make, or a zero total. */
  readonly reason: 'draft' | 'proforma' | 'no-entry' | 'zero-total';
}

/**
 * What {@link post} returns.
 *
 * @example
 * ```ts
 * const { transactions, skipped }: PostResult = post(consumerDocuments);
 * transactions.map((t) => t.id) //=> ['VT000001', 'BQ000001', 'OD000001']
 * skipped //=> []
 * ```
 */
export interface PostResult {
  /** In (date, input index) order, numbered per journal. */
  readonly transactions: ReadonlyArray<Transaction>;
  /** Documents that produce no transaction, with the reason, in input order. */
  readonly skipped: ReadonlyArray<SkippedDocument>;
}

/**
 * Turns billing documents into balanced transactions under posting rules —
 * invoices (final, deposit, credit and debit notes, cancelled ones with their
 * cancellation), payments and refunds, remittances, voucher settlements,
 * direct-debit batches and rejections, till closings, purchases, supplier
 * payments and write-offs. Drafts and proformas are skipped. Transactions are numbered per
 * journal in (date, input index) order from `options.nextNumbers`. A pure
 * function: the same arguments give the same output, and no input is mutated.
 *
 * @param documents - the documents (typed as {@link DocumentInput} for completion, or plain objects read from JSON), each checked with the document schemas
 * @param rules - posting rules @defaultValue defaultRules()
 * @param options - next numbers, context (documents of earlier calls), yearly reset, draft entries
 * @returns `{ transactions, skipped }`
 * @throws AccountingError listing every issue of every invalid document, each
 *   path starting with the document's index (`[42, 'lines', 1, 'vatRate']`);
 *   also for invalid options or rules
 * @example
 * ```ts
 * const { transactions } = post([{
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }],
 * }]);
 * transactions[0]!.id //=> 'VT000001'
 * transactions[0]!.label //=> 'Facture FA2024-0001 DUPONT Jean'
 * transactions[0]!.entries.map((e) => `${e.account} ${e.side} ${e.amount.toFixed(2)}`)
 * //=> ['411 debit 600.00', '706100 credit 500.00', '44574 credit 100.00'] (VAT on a service waits for its payment, CGI art. 269-2)
 * ```
 */
export function post(documents: Iterable<PostableDocument>, rules?: PostingRules, options: PostOptions = {}): PostResult {
  const r = run(documents, rules, options);
  if (r.failures.length > 0) {
    const issues: AccountingIssue[] = [];
    for (const f of r.failures) issues.push(...f.issues);
    throw new AccountingError(issues);
  }
  return Object.freeze({ transactions: r.transactions, skipped: r.skipped });
}
