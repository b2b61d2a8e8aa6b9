// @ts-nocheck
import { checkAccountWidth } from '../accounts/index.js';
import { AccountingError, issue, prefixIssues, quote, type AccountingIssue } from '../errors/index.js';
import { readOnce } from './_lib/readOnce.js';
import { closingIssue } from './closing.js';
import { createTransaction, type CreateTransactionOptions } from './createTransaction.js';
import type { Transaction, TransactionInput } from './types.js';

/**
 * Options of {@link createTransactions}.
 *
 * @example
 * ```ts
 * const options: CreateTransactionsOptions = { nextNumbers: { VT: 152 } };
 * ```
 */
export interface CreateTransactionsOptions extends Omit<CreateTransactionOptions, 'number'> {
  /**
   * The next sequence number per journal for inputs without an id.
   * @defaultValue 1 for every journal
   */
  readonly nextNumbers?: Readonly<Record<string, number>>;
}

/**
 * Builds many transactions at once, numbering those without an id per journal
 * in input order (`VT000001`, `VT000002`…). Every bad input is reported, each
 * issue's path starting with the input's index.
 *
 * @param inputs - the transactions
 * @param options - chart, journals, next numbers, account width
 * @returns the transactions, in input order
 * @throws AccountingError listing every issue of every bad input
 * @example
 * ```ts
 * const paymentInput = { id: 'BQ000001', journal: 'BQ', date: '2024-10-20', piece: { ref: 'RG-1' }, label: 'Règlement DUPONT',
 *   entries: [{ account: '512000', debit: '600.00' }, { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, credit: '600.00' }] };
 * createTransactions([input, paymentInput]).map((t) => t.id) //=> ['VT000001', 'BQ000001']
 * ```
 */
export function createTransactions(inputs: Iterable<TransactionInput | unknown>, options: CreateTransactionsOptions = {}): Transaction[] {
  if (typeof inputs !== 'object' || inputs === null || typeof (inputs as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new AccountingError([issue('invalid_input', [], `The inputs are an array (or another iterable) of transaction inputs, not ${quote(inputs)}.`)]);
  }
  if (typeof options !== 'object' || options === null) throw new AccountingError([issue('invalid_option', [], `The options are an object such as { nextNumbers }, or undefined, not ${quote(options)}.`)]);
  if (options.accountWidth !== undefined) checkAccountWidth(options.accountWidth);
  const closing = closingIssue(options, undefined, []);
  if (closing) throw new AccountingError([closing]);
  const next = new Map<string, number>();
  const out: Transaction[] = [];
  const issues: AccountingIssue[] = [];
  let index = 0;
  for (const raw of inputs) {
    // Read once: the id and journal looked at here are those createTransaction validates.
    const read = readOnce(raw, [index]);
    if (!read.ok) {
      issues.push(...read.issues);
      index++;
      continue;
    }
    const input = read.value;
    const journal = typeof input === 'object' && input !== null ? (input as { journal?: unknown }).journal : undefined;
    const hasId = typeof input === 'object' && input !== null && (input as { id?: unknown }).id !== undefined;
    let number = 1;
    if (!hasId && typeof journal === 'string') {
      number = next.get(journal) ?? (Object.hasOwn(options.nextNumbers ?? {}, journal) ? options.nextNumbers![journal]! : 1);
      next.set(journal, number + 1);
    }
    try {
      out.push(createTransaction(input, { ...options, number }));
    } catch (err) {
      if (err instanceof AccountingError) issues.push(...prefixIssues([index], err.issues));
      else throw err;
    }
    index++;
  }
  if (issues.length > 0) throw new AccountingError(issues);
  return out;
}
