// @ts-nocheck
export { isBook, NOT_VALIDATED, type Book, type BookEntryColumns, type BookLedger, type BookTransactionColumns } from './Book.js';
export { createBook, sortByDate, type CreateBookOptions } from './createBook.js';
export { bookTransaction, bookTransactions } from './bookTransactions.js';
export { toBook, type BookSource } from './toBook.js';
export { withLettering } from './withLettering.js';
export { accountNumberClashes, type AccountNumberClash } from './accountNumberClashes.js';
export { BookBuilder, appendToBook } from './BookBuilder.js';
