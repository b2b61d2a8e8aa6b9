// @ts-nocheck
// Book-based CSV exports over 1,000,000 transactions of 3 entries (the shared seeded data):
// the detailed sales journal and the 17-column subledger, streamed chunk by chunk (the files are
// hundreds of MB: joined into one string they would approach V8's string size limit).
import { bench, describe } from 'vitest';
import { createBook, journal, subledger, type Transaction } from '../../src/index.js';
import { csvSalesJournalByDayFormat, csvSalesJournalFormat, csvSubledgerFormat } from '../../src/formats/csv/index.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
let transactions: Transaction[] | undefined = generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: 42 });
const book = createBook(transactions);
transactions = undefined;

const timings: Record<string, number> = {};
const sizes: Record<string, { chars: number; lines: number; heap: number }> = {};
const heap = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Iterates a report's rows without writing them: the baseline the CSV cost adds to. */
function rowsOnly(name: string, rows: () => Iterable<{ readonly minor: number }>): () => void {
  return () => {
    let lines = 0;
    let sink = 0;
    const t0 = performance.now();
    for (const row of rows()) {
      sink += row.minor;
      lines++;
    }
    const ms = performance.now() - t0;
    timings[name] = Math.min(timings[name] ?? Infinity, ms);
    sizes[name] = { chars: sink === Number.NEGATIVE_INFINITY ? 1 : 0, lines, heap: 0 };
  };
}

/** Streams a format's chunks, counting characters and lines, sampling the heap growth; keeps the best time. */
function stream(name: string, chunks: () => Iterable<string>): () => void {
  return () => {
    const base = heap();
    let peak = 0;
    let chars = 0;
    let lines = 0;
    let n = 0;
    const t0 = performance.now();
    for (const chunk of chunks()) {
      chars += chunk.length;
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
      if ((++n & 0xff) === 0) peak = Math.max(peak, heap() - base);
    }
    const ms = performance.now() - t0;
    timings[name] = Math.min(timings[name] ?? Infinity, ms);
    sizes[name] = { chars, lines, heap: Math.max(sizes[name]?.heap ?? 0, peak) };
  };
}

const report = (): void => {
  const lines = Object.keys(timings).map((k) => {
    const s = sizes[k]!;
    return `  ${k}: ${timings[k]!.toFixed(0)} ms, ${s.lines.toLocaleString('en')} lines, ${(s.chars / 1024 / 1024).toFixed(0)} M chars, ${((timings[k]! * 1e6) / s.lines).toFixed(0)} ns/line (heap growth while streaming ≤ ${(s.heap / 1024 / 1024).toFixed(0)} MB)`;
  });
  console.log(`\nCSV exports, ${COUNT.toLocaleString('en')} transactions × 3 entries (best run):\n${lines.join('\n')}`);
};

const once = { iterations: 2, time: 0, warmupIterations: 0 };

describe(`CSV exports: ${COUNT.toLocaleString('en')} transactions × 3 entries`, () => {
  bench('baseline: journal VT detailed, iterate the report rows only', rowsOnly('journal VT rows (baseline)', () => journal(book, { journal: 'VT' })), once);
  bench('csv-sales-journal (detailed, auxiliary accounts): stream every chunk', stream('csv-sales-journal', () => csvSalesJournalFormat.chunks(book)), once);
  bench('csv-sales-journal-by-day: stream every chunk', stream('csv-sales-journal-by-day', () => csvSalesJournalByDayFormat.chunks(book)), once);
  bench('baseline: subledger, iterate the report rows only', rowsOnly('subledger rows (baseline)', () => subledger(book)), once);
  bench('csv-subledger (17 columns): stream every chunk', stream('csv-subledger', () => csvSubledgerFormat.chunks(book)), { ...once, teardown: report });
});
