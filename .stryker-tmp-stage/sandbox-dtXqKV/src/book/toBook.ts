// @ts-nocheck
import type { Transaction } from '../transactions/index.js';
import { isBook, type Book } from './Book.js';
import { createBook, type CreateBookOptions } from './createBook.js';

/**
 * What the reports accept: a Book, or transactions to build one from.
 *
 * @example
 * ```ts
 * const source: BookSource = [sale, payment];
 * ```
 */
export type BookSource = Book | Iterable<Transaction>;

/** A Book as is, or one built from transactions (internal helper for reports). */
export function toBook(source: BookSource, options?: CreateBookOptions): Book {
  return isBook(source) ? source : createBook(source, options);
}
