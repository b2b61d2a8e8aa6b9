// @ts-nocheck
// The names the TSDoc @example blocks of the gym reports (src/synthesis/gym/, src/formats/csv/gym/) may use
// without defining them: the small gym of test/synthesis/gym/_fixtures.ts, its documents one by one and
// together, and the Book they post.
import { createBook, post } from '../../src/index.js';
import { annual, gymDocuments, monthlyNov, novemberBatch, pack, usages } from '../synthesis/gym/_fixtures.js';

export * from '../synthesis/gym/_fixtures.js';
/** Every document of the small gym. */
export const documents = gymDocuments;
/** Every document of the small gym. */
export const docs = gymDocuments;
/** The small gym's documents, posted with the default rules. */
export const book = createBook(post(gymDocuments as never).transactions);
/** November 2024, the period of the reports' examples. */
export const period = { from: '2024-11-01', to: '2024-11-30' };
/** The 12-month subscription invoice (`annual`), the one invoice most examples use. */
export const invoice = annual;
/** The 10-session pack invoice and two of its session usages. */
export const packInvoice = pack;
export const usage1 = usages[0];
export const usage2 = usages[1];
/** The November monthly subscription invoice. */
export const monthly = monthlyNov;
/** The November direct-debit batch. */
export const batch = novemberBatch;
