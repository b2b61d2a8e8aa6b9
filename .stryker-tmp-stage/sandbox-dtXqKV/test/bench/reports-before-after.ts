// @ts-nocheck
// Issue 15 ("reports that do not wait"): each report timed against the code it replaced (frozen in
// test/ledger/_reference), in the same process, over the same data, beside the machine's own figures
// (test/bench/machine.ts, printed first) — the machine is shared, so only figures of one run compare.
// Run with: nice -n 10 node --max-old-space-size=8192 --import tsx test/bench/reports-before-after.ts [ledger|documents]
// (BENCH_ONLY=openItems for one report; BENCH_COUNT to change the size: 1,000,000 transactions × 3 entries; 1,000,000 invoices for the documents).
import './machine.js';
import { createBook, generalLedger, indexDocuments, openItems, subledger } from '../../src/index.js';
import { generalLedger as generalLedgerBefore } from '../ledger/_reference/generalLedgerBefore.js';
import { openItemsBefore } from '../ledger/_reference/receivablesBefore.js';
import { subledger as subledgerBefore } from '../ledger/_reference/subledgerBefore.js';
import { generateCampsiteDocuments, generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const step = process.argv[2] ?? 'ledger';

/** Best of RUNS, alternating the two versions so that both see the same load. */
function compare(name: string, before: () => unknown, after: () => unknown): void {
  if (process.env.BENCH_ONLY !== undefined && !name.startsWith(process.env.BENCH_ONLY)) return;
  let b = Infinity;
  let a = Infinity;
  for (let k = 0; k < RUNS; k++) {
    let t0 = performance.now();
    before();
    b = Math.min(b, performance.now() - t0);
    t0 = performance.now();
    after();
    a = Math.min(a, performance.now() - t0);
  }
  console.log(`  ${name}: before ${b.toFixed(0)} ms, after ${a.toFixed(0)} ms`);
}

const drain = (rows: Iterable<unknown>, touch: (row: never) => number): number => {
  let sink = 0;
  for (const row of rows) sink += touch(row as never);
  return sink;
};

if (step === 'ledger') {
  const book = createBook(generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: 42 }));
  console.log(`ledger reports, ${COUNT.toLocaleString('en')} transactions × 3 entries, Node ${process.version} (best of ${RUNS}):`);
  compare('openItems', () => openItemsBefore(book), () => openItems(book));
  const sl = (r: { transactionId: string; accountNumber: string; invoiceNumber: string; minor: number }): number => r.transactionId.length + r.accountNumber.length + r.invoiceNumber.length + r.minor;
  compare('subledger: build + iterate every row (ids, account, invoice, minor)', () => drain(subledgerBefore(book), sl), () => drain(subledger(book), sl));
  const gl = (r: { kind: string; account: string }): number => r.kind.length + r.account.length;
  compare('generalLedger: build + iterate every row (kind, account)', () => drain(generalLedgerBefore(book), gl), () => drain(generalLedger(book), gl));
} else if (step === 'documents') {
  const { documents } = generateCampsiteDocuments({ count: COUNT });
  console.log(`indexDocuments of ${documents.length.toLocaleString('en')} documents, Node ${process.version} (best of ${RUNS}):`);
  // Not rewritten in issue 15 (yet): one figure, beside the machine's.
  let best = Infinity;
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    indexDocuments(documents);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`  indexDocuments: ${best.toFixed(0)} ms`);
} else throw new Error(`unknown step ${step}: ledger or documents`);
