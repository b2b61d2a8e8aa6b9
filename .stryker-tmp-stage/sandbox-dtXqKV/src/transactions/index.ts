// @ts-nocheck
export type { Entry, EntryInput, Transaction, TransactionInput, TransactionSource, TransactionType } from './types.js';
export { createTransaction, safeCreateTransaction, transactionId, type CreateTransactionOptions } from './createTransaction.js';
export { createTransactions, type CreateTransactionsOptions } from './createTransactions.js';
export { reverseTransaction, type ReverseTransactionOptions } from './reverseTransaction.js';
export { makeEntry, entryScale, type EntryParts } from './Entry.js';
export { transactionInputSchema, entryInputSchema, amountInputSchema } from './schema.js';
export { type ClosingOptions, closingIssue, periodClosedMessage } from './closing.js';
