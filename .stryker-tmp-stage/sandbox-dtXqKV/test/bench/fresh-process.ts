// @ts-nocheck
// Fresh-process figures: wall time of each step and retained memory, one step per child process.
// Run with: node --expose-gc --import tsx test/bench/fresh-process.ts [step]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createBook, post, postBook, trialBalance, type PostableDocument } from '../../src/index.js';
import { generateInvoices, generateTransactions } from './_data.js';
import { formats, validateFec } from '../../src/index.js';
import { parseFec, type ParsedFec } from '../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../src/formats/fec/parseFecBook.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
/** CPU time (user + system) since `from`, in ms: on a shared machine it varies less than wall time. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
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
  // issue 15: 1M invoices straight to a Book, against post + createBook; each in its own process, JIT cold
  postBook: () => {
    const base = heap();
    let docs: unknown[] | undefined = generateInvoices(COUNT);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { book } = postBook(docs as Iterable<PostableDocument>);
    const ms = performance.now() - t0;
    const cpu = cpuMs(c0);
    docs = undefined;
    const retained = heap() - base;
    return {
      'postBook (first call, cold)': `${ms.toFixed(0)} ms = ${Math.round((COUNT / ms) * 1000).toLocaleString('en')} documents/s; CPU ${cpu.toFixed(0)} ms = ${Math.round((COUNT / cpu) * 1000).toLocaleString('en')} documents/s`,
      'Book': `${book.size.toLocaleString('en')} transactions, ${book.entryCount.toLocaleString('en')} entries`,
      'Book retained': `${mb(retained)} = ${(retained / book.entryCount).toFixed(0)} bytes per entry`,
    };
  },
  'post+createBook': () => {
    const docs = generateInvoices(COUNT);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { transactions } = post(docs as Iterable<PostableDocument>);
    const postMs = performance.now() - t0;
    const t1 = performance.now();
    const book = createBook(transactions);
    const bookMs = performance.now() - t1;
    const cpu = cpuMs(c0);
    return {
      'post (first call, cold)': `${postMs.toFixed(0)} ms`,
      'createBook of its transactions': `${bookMs.toFixed(0)} ms`,
      'together': `${(postMs + bookMs).toFixed(0)} ms = ${Math.round((COUNT / (postMs + bookMs)) * 1000).toLocaleString('en')} documents/s (${book.entryCount.toLocaleString('en')} entries); CPU ${cpu.toFixed(0)} ms = ${Math.round((COUNT / cpu) * 1000).toLocaleString('en')} documents/s`,
    };
  },
  fec: () => {
    // the FEC of COUNT transactions × 3 entries, serialized once; parseFecBook + trialBalance timed first, JIT cold
    let source: ReturnType<typeof createBook> | undefined = createBook(generateTransactions({ count: COUNT }));
    const bytes = formats.fec.encode(source);
    source = undefined;
    const base = heap();
    const t0 = performance.now();
    const book = parseFecBook(bytes);
    const parseMs = performance.now() - t0;
    trialBalance(book);
    const totalMs = performance.now() - t0;
    const retained = heap() - base;
    const t1 = performance.now();
    let parsed: ParsedFec | undefined = parseFec(bytes);
    const parseFecMs = performance.now() - t1;
    const transactions = heap() - base - retained;
    parsed = undefined;
    const chunkBase = heap();
    let peak = 0;
    let chars = 0;
    let k = 0;
    const t2 = performance.now();
    for (const chunk of formats.fec.chunks(book)) {
      chars += chunk.length;
      if ((++k & 63) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - chunkBase);
    }
    const chunksMs = performance.now() - t2;
    const t3 = performance.now();
    const validation = validateFec(bytes);
    const validateMs = performance.now() - t3;
    return {
      'file': `${(book.entryCount + 1).toLocaleString('en')} lines, ${mb(bytes.length)}`,
      'parseFecBook (cold)': `${parseMs.toFixed(0)} ms`,
      'parseFecBook + trialBalance (cold)': `${totalMs.toFixed(0)} ms`,
      'Book retained': `${mb(retained)} = ${(retained / book.entryCount).toFixed(0)} bytes per entry`,
      'parseFec (validated transactions)': `${parseFecMs.toFixed(0)} ms, ${mb(transactions)} of transactions`,
      'formats.fec.chunks over the Book': `${chunksMs.toFixed(0)} ms, ${(chars / 1e6).toFixed(0)} M chars, heap growth ≤ ${mb(peak)}`,
      'validateFec': `${validateMs.toFixed(0)} ms (${validation.valid ? 'valid' : 'invalid'})`,
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
  // the machine's reference, measured in this same run (BENCH_STEPS=book,postBook to run some steps only)
  const machine = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./machine.ts', import.meta.url))], { encoding: 'utf8', env: process.env });
  console.log(`  ${machine.stdout.trim()}`);
  const only = process.env.BENCH_STEPS?.split(',');
  for (const name of Object.keys(steps).filter((n) => !only || only.includes(n))) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', self, name], { encoding: 'utf8', env: process.env });
    if (r.status !== 0) {
      console.log(`${name}: failed\n${r.stderr}`);
      continue;
    }
    const figures = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, string>;
    for (const [k, v] of Object.entries(figures)) console.log(`  ${name} · ${k}: ${v}`);
  }
}
