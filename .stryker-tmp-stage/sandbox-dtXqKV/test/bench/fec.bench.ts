// @ts-nocheck
// FEC import and export over 1,000,000 transactions × 3 entries (3,000,000 FEC lines, ~435 MB of UTF-8), serialized once.
// Issue 7 budget: parseFecBook + trialBalance ≤ 3 s (goal 1.5 s); parseFec into validated transactions ≤ 10 s;
// formats.fec.chunks from a Book ≤ 2 s with memory growing < 100 MB. Fresh-process figures: `fec` step of fresh-process.ts.
import { bench, describe } from 'vitest';
import { createBook, formats, trialBalance, validateFec } from '../../src/index.js';
import { parseFec } from '../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../src/formats/fec/parseFecBook.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const book = createBook(generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: 42 }));
const bytes = formats.fec.encode(book);
const lines = book.entryCount + 1;

const figures = new Map<string, string>();
const timed = (name: string, fn: () => string | void) => () => {
  const t0 = performance.now();
  const note = fn();
  const ms = performance.now() - t0;
  const previous = figures.get(name);
  const best = previous === undefined ? ms : Math.min(ms, Number(previous.split(' ')[0]));
  figures.set(name, `${best.toFixed(0)} ms${note ? ` (${note})` : ''}`);
};

function report(): void {
  console.log(`\nFEC of ${COUNT.toLocaleString('en')} transactions: ${lines.toLocaleString('en')} lines, ${(bytes.length / 1e6).toFixed(0)} MB`);
  for (const [name, value] of figures) console.log(`  ${name.padEnd(36)} ${value}`);
}

describe(`FEC: ${COUNT.toLocaleString('en')} transactions × 3 entries (${(bytes.length / 1e6).toFixed(0)} MB)`, () => {
  bench(
    'parseFecBook + trialBalance',
    timed('parseFecBook + trialBalance', () => {
      trialBalance(parseFecBook(bytes));
    }),
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
  bench(
    'parseFec (validated transactions)',
    timed('parseFec', () => {
      parseFec(bytes);
    }),
    { iterations: 1, time: 0, warmupIterations: 0 },
  );
  bench(
    'formats.fec.chunks over a Book (drained)',
    timed('formats.fec.chunks', () => {
      const base = process.memoryUsage().heapUsed;
      let peak = 0;
      let k = 0;
      for (const chunk of formats.fec.chunks(book)) {
        void chunk;
        if ((++k & 63) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
      return `heap growth ≤ ${(peak / 1e6).toFixed(0)} MB`;
    }),
    { iterations: 2, time: 0, warmupIterations: 0 },
  );
  bench(
    'validateFec',
    timed('validateFec', () => {
      validateFec(bytes);
    }),
    { iterations: 1, time: 0, warmupIterations: 0, teardown: report },
  );
});
