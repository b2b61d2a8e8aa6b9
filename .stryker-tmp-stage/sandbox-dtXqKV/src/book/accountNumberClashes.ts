// @ts-nocheck
import { trimAccountNumber } from '../accounts/index.js';
import { toBook, type BookSource } from './toBook.js';

/**
 * Numbers of one book that are one account: they differ only by trailing
 * zeros (`512` and `512000`), so reports, the year-end closing and exports
 * would carry the account twice.
 *
 * @example
 * ```ts
 * const clash: AccountNumberClash = { account: '512', numbers: ['512', '512000'] };
 * ```
 */
export interface AccountNumberClash {
  /** The account's number without its trailing zeros ({@link trimAccountNumber}). */
  readonly account: string;
  /** The book's numbers for it: two or more, sorted. */
  readonly numbers: ReadonlyArray<string>;
}

/**
 * One account, one number: the general account numbers of a book that name
 * the same account once trailing zeros are dropped — typically opening entries
 * keyed on `512000` beside rules posting on `512`. Build the book (or the
 * rules and transactions) with one `accountWidth` to have none. Auxiliary
 * numbers are not compared.
 *
 * @param source - a Book, or transactions to build one from
 * @returns the clashes, sorted by account; empty when every account has one number
 * @example
 * ```ts
 * accountNumberClashes(createBook([openingOn512000, paymentOn512]))
 * //=> [{ account: '512', numbers: ['512', '512000'] }]
 * accountNumberClashes(createBook([openingOn512000, paymentOn512], { accountWidth: 6 })) //=> []
 * ```
 */
export function accountNumberClashes(source: BookSource): ReadonlyArray<AccountNumberClash> {
  const book = toBook(source);
  const byAccount = new Map<string, string[]>();
  for (const number of book.accounts) {
    const key = trimAccountNumber(number);
    const list = byAccount.get(key);
    if (list === undefined) byAccount.set(key, [number]);
    else list.push(number);
  }
  const out: AccountNumberClash[] = [];
  for (const [account, numbers] of byAccount) {
    if (numbers.length < 2) continue;
    out.push(Object.freeze({ account, numbers: Object.freeze(numbers.sort()) }));
  }
  out.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0));
  return Object.freeze(out);
}
