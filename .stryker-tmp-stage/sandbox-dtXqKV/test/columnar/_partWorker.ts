// @ts-nocheck
// One part of a book, in its own worker thread (test/columnar/shard.test.ts bundles this file with esbuild and
// starts one worker per part): post the part's documents (the others given as context, never posted again),
// fold its trial balances, monthly ledger and customer balances, and send them back as plain data, with the
// part's Parquet file.
import { parentPort, workerData } from 'node:worker_threads';
import { ACCOUNT_WIDTH } from '../../examples/_lib/runBusiness.js';
import { createBook, createTransactions, customerBalances, monthlyLedger, post, trialBalance, type DefaultRulesOverrides, type Document, type TransactionInput } from '../../src/index.js';
import { toParquet } from '../../src/columnar/index.js';
import { exampleRules, toWire, type BusinessKey } from './_books.js';

/** What the main thread sends each worker. */
export interface PartRequest {
  readonly key: BusinessKey;
  readonly rules: DefaultRulesOverrides;
  /** The part's documents. */
  readonly documents: ReadonlyArray<Document>;
  /** Every other document of the book: read (invoices a payment settles…), not posted. */
  readonly context: ReadonlyArray<unknown>;
  /** Opening entries (à-nouveaux) the part carries, if any. */
  readonly opening: ReadonlyArray<TransactionInput>;
}

/** What each worker sends back: its reports made plain data (toWire). */
export interface PartReply {
  readonly trialBalance: unknown;
  readonly auxiliaryBalance: unknown;
  readonly monthlyLedger: unknown;
  readonly customerBalances: unknown;
  readonly transactions: number;
  /** The part's Book as a Parquet file (toParquet). */
  readonly parquet: Uint8Array;
}

const request = workerData as PartRequest;
const rules = exampleRules(request.key, request.rules);
const transactions = [...createTransactions(request.opening, { accountWidth: ACCOUNT_WIDTH }), ...post(request.documents, rules, { context: request.context }).transactions];
const book = createBook(transactions);
const reply: PartReply = {
  trialBalance: toWire(trialBalance(book)),
  auxiliaryBalance: toWire(trialBalance(book, { level: 'auxiliary' })),
  monthlyLedger: toWire(monthlyLedger(book)),
  customerBalances: toWire(customerBalances(book)),
  transactions: book.size,
  parquet: toParquet(book),
};
parentPort!.postMessage(reply, [reply.parquet.buffer as ArrayBuffer]);
