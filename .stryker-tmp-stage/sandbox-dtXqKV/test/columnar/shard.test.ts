// @ts-nocheck
// Shard and merge (issue #19): a book split by quarter (and the home-care agency's by cost centre), each part
// posted and folded in its own worker thread, the partial trial balances, monthly ledgers and customer balances
// merged with mergeTrialBalances / mergeMonthlyLedgers / mergeCustomerBalances equal the whole book's, to the
// cent. Posting the parts apart numbers their transactions apart (each part's VT starts at VT000001): the
// figures are compared, never the ids. Then the parts' Parquet files (each worker writes its own), read by DuckDB
// in one query (the SQL of docs/scale.md), give the same figures.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_WIDTH } from '../../examples/_lib/runBusiness.js';
import {
  createBook,
  createTransactions,
  customerBalances,
  mergeCustomerBalances,
  mergeMonthlyLedgers,
  mergeTrialBalances,
  monthlyLedger,
  post,
  trialBalance,
  type CustomerBalances,
  type MonthlyLedger,
  type TrialBalance,
} from '../../src/index.js';
import { byCostCenter, byQuarter, customerBalanceFigures, exampleRules, exampleYear, fromWire, monthlyLedgerFigures, trialBalanceFigures, type BusinessKey } from './_books.js';
import type { PartReply, PartRequest } from './_partWorker.js';
import { duckCustomerBalances, duckMonthlyLedger, duckTrialBalance, openDuck, type Duck } from './_duckdb.js';

const opened = await openDuck();

let dir: string;
let script: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'partie-double-shard-'));
  script = join(dir, 'part-worker.mjs');
  // The worker runs as plain JavaScript: one bundle of the worker, the library and the examples' data.
  await build({
    entryPoints: [fileURLToPath(new URL('./_partWorker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'silent',
    // The examples' runners (examples/gym.ts…) run themselves when their file is the main script: in a bundle
    // every file shares the worker's URL, so name another one.
    define: { 'import.meta.url': JSON.stringify('file:///partie-double/test/columnar/bundled.js') },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}, 60_000);

afterAll(() => {
  opened.duck?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One part in a fresh worker thread: its reply, or the worker's error. */
function inWorker(request: PartRequest): Promise<PartReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    let reply: PartReply | undefined;
    worker.once('message', (m: PartReply) => (reply = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (reply && code === 0 ? resolve(reply) : reject(new Error(`part worker exited with ${code} and no reply`))));
  });
}

/** Every part in its own worker, at most one per core at a time, replies in the parts' order. */
async function inWorkers(requests: ReadonlyArray<PartRequest>): Promise<PartReply[]> {
  const replies: PartReply[] = new Array(requests.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < requests.length) {
      const k = next++;
      replies[k] = await inWorker(requests[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(2, availableParallelism())) }, lane));
  return replies;
}

/** The whole book of an example's year (opening entries and every document posted in one call), and its parts posted in workers. */
async function wholeAndParts(key: BusinessKey, split: typeof byQuarter) {
  const year = exampleYear(key);
  const rules = exampleRules(key, year.rules ?? {});
  const whole = createBook([...createTransactions(year.opening, { accountWidth: ACCOUNT_WIDTH }), ...post(year.documents, rules).transactions]);
  const parts = split(year.documents);
  const requests = parts.map((p, k): PartRequest => {
    const own = new Set(p.documents);
    // A quarter needs only the quarters before it as context (what its payments settle, its rejections cite…).
    const context = split === byQuarter ? parts.slice(0, k).flatMap((q) => q.documents) : year.documents.filter((d) => !own.has(d));
    return { key, rules: year.rules ?? {}, documents: p.documents, context, opening: k === 0 ? year.opening : [] };
  });
  const replies = await inWorkers(requests);
  return { whole, parts, replies, documents: year.documents.length };
}

// By quarter, not by month: four cold workers a business instead of twelve prove the same merge laws (the parts'
// months never overlap either way), at a third of the test's time.
const cases: ReadonlyArray<readonly [string, BusinessKey, typeof byQuarter, number]> = [
  ['gym by quarter', 'gym', byQuarter, 4],
  ['campsite by quarter', 'campsite', byQuarter, 4],
  ['home care by quarter', 'homecare', byQuarter, 4],
  ['home care by cost centre', 'homecare', byCostCenter, 4],
];

describe('shard and merge: parts posted and folded in worker threads, merged, equal the whole', () => {
  it.each(cases)('%s', async (_name, key, split, count) => {
    const { whole, parts, replies, documents } = await wholeAndParts(key, split);
    expect(parts.length).toBe(count);
    // Every document in exactly one part.
    expect(new Set(parts.flatMap((p) => p.documents)).size).toBe(documents);
    expect(parts.reduce((n, p) => n + p.documents.length, 0)).toBe(documents);
    // Each part posts its own transactions: together, as many as the whole.
    expect(replies.reduce((n, r) => n + r.transactions, 0)).toBe(whole.size);
    const merged = <T>(pick: (r: PartReply) => unknown, merge: (a: T, b: T) => T): T => replies.map((r) => fromWire<T>(pick(r))).reduce(merge);
    const tb = merged<TrialBalance>((r) => r.trialBalance, mergeTrialBalances);
    const aux = merged<TrialBalance>((r) => r.auxiliaryBalance, mergeTrialBalances);
    const ml = merged<MonthlyLedger>((r) => r.monthlyLedger, mergeMonthlyLedgers);
    const cb = merged<CustomerBalances>((r) => r.customerBalances, mergeCustomerBalances);
    expect(trialBalanceFigures(tb)).toEqual(trialBalanceFigures(trialBalance(whole)));
    expect(trialBalanceFigures(aux)).toEqual(trialBalanceFigures(trialBalance(whole, { level: 'auxiliary' })));
    expect(monthlyLedgerFigures(ml)).toEqual(monthlyLedgerFigures(monthlyLedger(whole)));
    expect(customerBalanceFigures(cb)).toEqual(customerBalanceFigures(customerBalances(whole)));
    // Not vacuous: the merged reports have rows, and a balanced trial balance.
    expect(tb.rows.length).toBeGreaterThan(10);
    expect(cb.rows.length).toBeGreaterThan(10);
    expect(tb.totals.movements.debit.equals(tb.totals.movements.credit)).toBe(true);

    // The same parts as Parquet files, read by DuckDB in one query: the whole's figures again.
    if (!opened.duck) return; // (DuckDB could not load: the reason is the duckdb.test.ts suite's name)
    const folder = join(dir, `${key}-${split.name}`);
    mkdirSync(folder);
    const files = replies.map((r, k) => {
      const file = join(folder, `${parts[k]!.part}.parquet`);
      writeFileSync(file, r.parquet);
      return file;
    });
    const duck: Duck = opened.duck;
    const rows = (figures: string[]): string[] => figures.slice(0, -1);
    expect(await duckTrialBalance(duck, files)).toEqual(rows(trialBalanceFigures(trialBalance(whole))));
    expect(await duckMonthlyLedger(duck, files)).toEqual(rows(monthlyLedgerFigures(monthlyLedger(whole))));
    expect(await duckCustomerBalances(duck, files)).toEqual(rows(customerBalanceFigures(customerBalances(whole))));
  }, 120_000);
});
