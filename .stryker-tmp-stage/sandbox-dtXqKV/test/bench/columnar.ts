// @ts-nocheck
// Parquet at scale, proven with DuckDB (issue #19). Run with: node --max-old-space-size=8192 --import tsx test/bench/columnar.ts
// (the last step of `npm run bench`). Sizes: BENCH_COLUMNAR_ENTRIES (default 10,000,000 entries) in
// BENCH_COLUMNAR_PARTS parts (default 10), 3 entries a transaction, from the seeded generator of test/bench/_data.ts;
// the files go to BENCH_COLUMNAR_DIR (default a folder of the OS temp dir, removed at the end unless
// BENCH_COLUMNAR_KEEP=1).
//
// Each part is a slice of the year (its own dates, its own numbering — a shard posted apart): built as a Book,
// written with toParquet to its own file, read back with fromParquet, its trial balance, monthly ledger and
// customer balances folded and merged with the other parts'. Then DuckDB reads every part in one query — the SQL
// of docs/scale.md — and its figures must equal ours, row by row, to the cent. Printed: the machine reference
// (test/bench/machine.ts, run first in its own process), Parquet bytes per million entries, toParquet and
// fromParquet times per million entries, and DuckDB's query time (first run and best of three), all from this run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toParquet, fromParquet } from '../../src/columnar/index.js';
import { createBook, customerBalances, mergeCustomerBalances, mergeMonthlyLedgers, mergeTrialBalances, monthlyLedger, trialBalance, type CustomerBalances, type MonthlyLedger, type TrialBalance } from '../../src/index.js';
import { duckCustomerBalances, duckMonthlyLedger, duckTrialBalance, openDuck } from '../columnar/_duckdb.js';
import { customerBalanceFigures, monthlyLedgerFigures, trialBalanceFigures } from '../columnar/_figures.js';
import { generateTransactions } from './_data.js';

const ENTRIES = Number(process.env['BENCH_COLUMNAR_ENTRIES'] ?? 10_000_000);
const PARTS = Number(process.env['BENCH_COLUMNAR_PARTS'] ?? 10);
const PER_TRANSACTION = 3;
const DIR = process.env['BENCH_COLUMNAR_DIR'] ?? join(tmpdir(), `partie-double-columnar-${ENTRIES}`);
const KEEP = process.env['BENCH_COLUMNAR_KEEP'] === '1';
if (!Number.isSafeInteger(ENTRIES) || ENTRIES < PER_TRANSACTION * PARTS || !Number.isSafeInteger(PARTS) || PARTS < 1) {
  throw new Error(`BENCH_COLUMNAR_ENTRIES (${ENTRIES}) must be an integer of at least 3 × BENCH_COLUMNAR_PARTS (${PARTS}).`);
}

const machine = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./machine.ts', import.meta.url))], { encoding: 'utf8' });
console.log((machine.stdout || machine.stderr).trim());
console.log(`columnar: ${ENTRIES.toLocaleString('en')} entries in ${PARTS} parts, ${PER_TRANSACTION} entries a transaction; Node ${process.version}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const ms = (t0: number): number => performance.now() - t0;
const files: string[] = [];
let entries = 0;
let bytes = 0;
let buildMs = 0;
let writeMs = 0;
let readMs = 0;
let ours: TrialBalance | undefined;
let oursMonthly: MonthlyLedger | undefined;
let oursCustomers: CustomerBalances | undefined;
const transactions = Math.floor(ENTRIES / PER_TRANSACTION);
for (let k = 0; k < PARTS; k++) {
  // Part k: its share of the transactions, over its slice of 2024's 366 days.
  const first = Math.floor((k * transactions) / PARTS);
  const count = Math.floor(((k + 1) * transactions) / PARTS) - first;
  const fromDay = Math.floor((k * 366) / PARTS);
  const days = Math.max(1, Math.floor(((k + 1) * 366) / PARTS) - fromDay);
  const from = new Date(Date.UTC(2024, 0, 1 + fromDay)).toISOString().slice(0, 10);
  let t0 = performance.now();
  const book = createBook(generateTransactions({ count, entriesPerTransaction: PER_TRANSACTION, seed: 42 + k, from, days }));
  buildMs += ms(t0);
  t0 = performance.now();
  const parquet = toParquet(book);
  writeMs += ms(t0);
  const file = join(DIR, `part-${String(k).padStart(3, '0')}.parquet`);
  writeFileSync(file, parquet);
  files.push(file);
  entries += book.entryCount;
  bytes += parquet.length;
  const before = trialBalance(book);
  t0 = performance.now();
  const read = await fromParquet(readFileSync(file));
  readMs += ms(t0);
  const tb = trialBalance(read);
  if (JSON.stringify(trialBalanceFigures(tb)) !== JSON.stringify(trialBalanceFigures(before))) throw new Error(`part ${k}: the trial balance read back from Parquet differs from the one written`);
  ours = ours ? mergeTrialBalances(ours, tb) : tb;
  const ml = monthlyLedger(read);
  const cb = customerBalances(read);
  oursMonthly = oursMonthly ? mergeMonthlyLedgers(oursMonthly, ml) : ml;
  oursCustomers = oursCustomers ? mergeCustomerBalances(oursCustomers, cb) : cb;
  console.log(`  part ${k + 1}/${PARTS}: ${book.entryCount.toLocaleString('en')} entries from ${from}, ${(parquet.length / 1e6).toFixed(1)} MB`);
}

const perMillion = 1e6 / entries;
console.log(`Parquet: ${(bytes / 1e6).toFixed(1)} MB for ${entries.toLocaleString('en')} entries = ${((bytes * perMillion) / 1e6).toFixed(1)} MB per million entries (${(bytes / entries).toFixed(1)} B/entry)`);
console.log(`createBook of the generated parts (not Parquet's cost): ${(buildMs / 1000).toFixed(1)} s`);
console.log(`toParquet: ${(writeMs / 1000).toFixed(2)} s = ${((writeMs * perMillion) / 1000).toFixed(2)} s per million entries`);
console.log(`fromParquet (file bytes → Book, every check of createBook): ${(readMs / 1000).toFixed(2)} s = ${((readMs * perMillion) / 1000).toFixed(2)} s per million entries`);
// A shared machine slows every step alike: the ratios to createBook of the same parts, in the same run, travel better than the times.
console.log(`ratios to createBook of the same parts: toParquet ${(writeMs / buildMs).toFixed(2)}×, fromParquet ${(readMs / buildMs).toFixed(2)}×`);

const opened = await openDuck();
if (!opened.duck) {
  console.log(`DuckDB: skipped — ${opened.reason}`);
} else {
  const duck = opened.duck;
  const times: number[] = [];
  let figures: string[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    figures = await duckTrialBalance(duck, files);
    times.push(ms(t0));
  }
  let t0 = performance.now();
  const monthly = await duckMonthlyLedger(duck, files);
  const monthlyMs = ms(t0);
  t0 = performance.now();
  const customers = await duckCustomerBalances(duck, files);
  const customersMs = ms(t0);
  const count = (await duck.rows(`SELECT COUNT(*) AS n FROM read_parquet([${files.map((f) => `'${f}'`).join(', ')}])`))[0]!['n'];
  duck.close();
  const expected = trialBalanceFigures(ours!).slice(0, -1);
  const equal = JSON.stringify(figures) === JSON.stringify(expected) && count === BigInt(entries);
  const monthlyEqual = JSON.stringify(monthly) === JSON.stringify(monthlyLedgerFigures(oursMonthly!).slice(0, -1));
  const customersEqual = JSON.stringify(customers) === JSON.stringify(customerBalanceFigures(oursCustomers!).slice(0, -1));
  console.log(`DuckDB trial balance over the ${PARTS} files in one query (GROUP BY account, DECIMAL sums): first ${times[0]!.toFixed(0)} ms, best of 3 ${Math.min(...times).toFixed(0)} ms; ${String(count)} rows`);
  console.log(`DuckDB's trial balance equals ours (the parts' trial balances merged), row by row to the cent: ${equal ? 'yes' : 'NO'}`);
  console.log(`DuckDB monthly ledger (${monthly.length} rows) ${monthlyMs.toFixed(0)} ms, equal to ours: ${monthlyEqual ? 'yes' : 'NO'}; customer balances (${customers.length} customers) ${customersMs.toFixed(0)} ms, equal to ours: ${customersEqual ? 'yes' : 'NO'}`);
  if (!equal || !monthlyEqual || !customersEqual) process.exitCode = 1;
}
console.log(`files: ${DIR} (${files.reduce((s, f) => s + statSync(f).size, 0).toLocaleString('en')} bytes)${KEEP ? ', kept' : ', removed'}`);
if (!KEEP) rmSync(DIR, { recursive: true, force: true });
