// @ts-nocheck
// The accounting-software and plaintext exports over 1,000,000 transactions of 3 entries, through `chunks`
// (the streaming path: nothing holds the whole file). Issue 8 budget: each fixed-width export ≤ 3 s, memory flat.
import { bench, describe } from 'vitest';
import { createBook, type Book } from '../../src/index.js';
import type { AnyFormat } from '../../src/formats/Format.js';
import { quadratusFormat } from '../../src/formats/software/quadratus.js';
import { cielFormat } from '../../src/formats/software/ciel.js';
import { cegidFormat } from '../../src/formats/software/cegid.js';
import { coalaFormat } from '../../src/formats/software/coala.js';
import { ebpFormat } from '../../src/formats/software/ebp.js';
import { ledgerFormat } from '../../src/formats/plaintext/ledger.js';
import { beancountFormat } from '../../src/formats/plaintext/beancount.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const book: Book = createBook(generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: 42 }));

interface Figures {
  ms: number;
  chars: number;
  heapMb: number;
}
const figures = new Map<string, Figures>();

/** Reads every chunk (as a writer to a file would), sampling the heap growth every 64 chunks. */
function drain(format: AnyFormat): void {
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let chars = 0;
  let k = 0;
  const t0 = performance.now();
  for (const chunk of format.chunks(book) as Iterable<string>) {
    chars += chunk.length;
    if ((++k & 63) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }
  const ms = performance.now() - t0;
  const previous = figures.get(format.id);
  if (previous === undefined || ms < previous.ms) figures.set(format.id, { ms, chars, heapMb: peak / 1e6 });
}

function report(): void {
  for (const [id, f] of figures) {
    console.log(`${id.padEnd(10)} ${f.ms.toFixed(0).padStart(6)} ms  ${(f.chars / 1e6).toFixed(0).padStart(4)} M chars  ${((f.chars / 1e6) / (f.ms / 1000)).toFixed(0).padStart(4)} M chars/s  heap growth ≤ ${f.heapMb.toFixed(0)} MB`);
  }
}

describe(`Fixed-width exports through chunks: ${COUNT.toLocaleString('en')} transactions × 3 entries`, () => {
  bench('quadratus (231-character M records)', () => drain(quadratusFormat), { iterations: 3, time: 0, warmupIterations: 1 });
  bench('ciel (142-character XIMPORT records)', () => drain(cielFormat), { iterations: 3, time: 0, warmupIterations: 1 });
});

describe(`Delimited and plaintext exports through chunks: ${COUNT.toLocaleString('en')} transactions × 3 entries`, () => {
  bench('cegid', () => drain(cegidFormat), { iterations: 1, time: 0 });
  bench('coala', () => drain(coalaFormat), { iterations: 1, time: 0 });
  bench('ebp', () => drain(ebpFormat), { iterations: 1, time: 0 });
  bench('ledger', () => drain(ledgerFormat), { iterations: 1, time: 0 });
  bench('beancount', () => drain(beancountFormat), { iterations: 1, time: 0, teardown: report });
});
