// Fresh-process figures: wall time of each step and retained memory, one step per child process.
// Run with: node --expose-gc --import tsx test/bench/fresh-process.ts [step]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createBook, trialBalance } from '../../src/index.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

type Step = () => Record<string, string>;
const steps: Record<string, Step> = {
  book: () => {
    const base = heap();
    let txs: ReturnType<typeof generateTransactions> | undefined = generateTransactions({ count: COUNT });
    const withTxs = heap();
    const t0 = performance.now();
    const book = createBook(txs);
    const buildMs = performance.now() - t0;
    txs = undefined;
    const retained = heap() - base;
    const t1 = performance.now();
    trialBalance(book);
    const tbMs = performance.now() - t1;
    return {
      'createBook (first call, cold)': `${buildMs.toFixed(0)} ms`,
      'trialBalance (first call, cold)': `${tbMs.toFixed(0)} ms`,
      'transactions as objects': mb(withTxs - base),
      'Book retained (labels, ids, references included)': `${mb(retained)} = ${(retained / book.entryCount).toFixed(0)} bytes per entry`,
    };
  },
};

const step = process.argv[2];
if (step) {
  const fn = steps[step];
  if (!fn) throw new Error(`unknown step ${step}`);
  console.log(JSON.stringify(fn()));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log(`fresh-process figures, ${COUNT.toLocaleString('en')} transactions, Node ${process.version}`);
  for (const name of Object.keys(steps)) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', self, name], { encoding: 'utf8', env: process.env });
    if (r.status !== 0) {
      console.log(`${name}: failed\n${r.stderr}`);
      continue;
    }
    const figures = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, string>;
    for (const [k, v] of Object.entries(figures)) console.log(`  ${name} · ${k}: ${v}`);
  }
}
