// @ts-nocheck
// FEC bytes → trial balance against ledger-cli (issue 15), every figure beside references measured in the same run.
// Run with: node --import tsx test/bench/ledger-cli.ts   (after `npm run build`: the timed processes run dist/)
//
// One seeded generator (test/bench/_data.ts) gives the year's transactions; the library writes them once as a FEC
// (`formats.fec`) and as a ledger-cli journal (`formats.ledger`), cached in BENCH_DIR. Then, ROUNDS times and
// interleaved so a machine slowing down hurts every contender alike, each of these runs as a fresh process:
//   - library: `node` importing dist/index.js, reading the file, parseFecBook + trialBalance;
//   - CLI: `node dist/cli.js balance FILE` (parts read in worker threads, one per core) and the same with
//     `--threads 1` (read in the main thread only);
//   - ledger-cli: `ledger -f books.journal balance` (skipped when ledger is not installed);
// and in this process, between rounds, the references: machine.ts's bare loop (1e7 integer steps), a bare
// typed-array fold of the same postings (account id and minor units per posting, summed per account) and a bare
// pass over the file's bytes (each byte read once: the floor of any byte scanner in JS on this machine).
// Reported: min and median wall time of each, the ratios ledger ÷ library and ledger ÷ CLI (of the mins and of the
// medians), and the library's own split (import, read, parse, trialBalance) from its best run.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBook, formats } from '../../src/index.js';
import { generateTransactions } from './_data.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), `partie-double-bench-${COUNT}-${SEED}`);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const FEC = join(DIR, 'books.fec.txt');
const JOURNAL = join(DIR, 'books.journal');
const LEDGER = process.env.LEDGER ?? 'ledger';
/** Another build (a dist/ folder) to time beside this one in the same run, e.g. the code before a change. */
const BASELINE = process.env.BENCH_BASELINE;

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  for (const chunk of chunks) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((ok, ko) => out.end((e?: Error | null) => (e ? ko(e) : ok())));
  renameSync(partial, path);
}

/** The FEC and the ledger journal of the same seeded books, generated once. */
async function generate(): Promise<void> {
  if (existsSync(FEC) && existsSync(JOURNAL)) return;
  mkdirSync(DIR, { recursive: true });
  const t0 = performance.now();
  const book = createBook(generateTransactions({ count: COUNT, entriesPerTransaction: 3, seed: SEED }));
  await writeChunks(FEC, formats.fec.chunks(book));
  await writeChunks(JOURNAL, formats.ledger.chunks(book, { declarations: false }));
  console.log(`generated ${FEC} and ${JOURNAL} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The library path as a fresh process runs it: import, read the file, parseFecBook, trialBalance. */
const libraryScript = (dist: string): string => `
const t0 = performance.now();
const { parseFecBook, trialBalance } = await import(${JSON.stringify(join(dist, 'index.js'))});
const t1 = performance.now();
const { readFileSync } = await import('node:fs');
const bytes = readFileSync(process.argv[1]);
const t2 = performance.now();
const book = parseFecBook(bytes);
const t3 = performance.now();
const tb = trialBalance(book);
const t4 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, read: t2 - t1, parse: t3 - t2, trialBalance: t4 - t3, rows: tb.rows.length, debit: tb.totals.movements.debit.toFixed(2) }));
`;

interface Run {
  /** Wall time. */
  readonly ms: number;
  /** CPU time (user + system) of the process and its threads, when /usr/bin/time can tell. */
  readonly cpuMs: number;
  readonly stdout: string;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command, its output piped back; wall time measured here, CPU time by /usr/bin/time when present. */
function timed(command: string, args: ReadonlyArray<string>): Run {
  const t0 = performance.now();
  const r = TIME === undefined
    ? spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(TIME, ['-f', '@cpu %U %S', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
  const m = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { ms, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, stdout: r.stdout };
}

function bareLoop(): number {
  let min = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    let s = 0;
    for (let i = 0; i < 1e7; i++) s += i % 7;
    if (s < 0) throw new Error('unreachable');
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** The bare fold: per posting an account id and minor units, summed per account (what trialBalance cannot beat). */
function makeFold(postings: number, accounts: number): () => number {
  const account = new Int32Array(postings);
  const amount = new Float64Array(postings);
  let seed = 1;
  for (let i = 0; i < postings; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    account[i] = seed % accounts;
    amount[i] = (seed >>> 8) - 8_000_000;
  }
  return () => {
    let min = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const debit = new Float64Array(accounts);
      const credit = new Float64Array(accounts);
      for (let i = 0; i < postings; i++) {
        const a = amount[i]!;
        if (a > 0) debit[account[i]!]! += a;
        else credit[account[i]!]! -= a;
      }
      if (debit[0]! < 0 || credit[0]! < 0) throw new Error('unreachable');
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
}

/** A bare pass over the file's bytes: each byte read once, separators and line breaks counted (the floor of any scanner in JS). */
function makeBytePass(bytes: Uint8Array): () => number {
  return () => {
    let min = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      let fields = 0;
      let lineCount = 0;
      for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i]!;
        if (c === 124) fields++;
        else if (c === 10) lineCount++;
      }
      if (fields + lineCount < 0) throw new Error('unreachable');
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const stats = (xs: ReadonlyArray<number>): string => `min ${s(Math.min(...xs))}, median ${s(median(xs))}`;

function hasLedger(): boolean {
  const r = spawnSync(LEDGER, ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

await generate();
if (process.argv[2] === 'generate') process.exit(0);
if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
const fecBytes = statSync(FEC).size;
const lines = (() => {
  const b = readFileSync(FEC);
  let k = b.length > 0 && b[b.length - 1] !== 10 ? 1 : 0;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) k++;
  return k;
})();
const withLedger = hasLedger();
const loadAtStart = loadavg();
const fold = makeFold(lines - 1, 16);
const bytePass = makeBytePass(new Uint8Array(readFileSync(FEC)));

const library: number[] = [];
const cli: number[] = [];
const cliOne: number[] = [];
const cliOneCpu: number[] = [];
const ledger: number[] = [];
const libraryCpu: number[] = [];
const cliCpu: number[] = [];
const ledgerCpu: number[] = [];
const baseline: number[] = [];
const baselineCpu: number[] = [];
const baselineCli: number[] = [];
const baselineCliCpu: number[] = [];
const loops: number[] = [];
const folds: number[] = [];
const passes: number[] = [];
let best: { import: number; read: number; parse: number; trialBalance: number; rows: number; debit: string } | undefined;
let bestMs = Infinity;
let ledgerTotal = '';
for (let round = 0; round < ROUNDS; round++) {
  loops.push(bareLoop());
  folds.push(fold());
  passes.push(bytePass());
  if (withLedger) {
    const r = timed(LEDGER, ['-f', JOURNAL, 'balance']);
    ledger.push(r.ms);
    ledgerCpu.push(r.cpuMs);
    ledgerTotal = r.stdout.trim().split('\n').pop()!.trim();
  }
  if (BASELINE !== undefined) {
    const r = timed(process.execPath, ['--input-type=module', '-e', libraryScript(BASELINE), FEC]);
    baseline.push(r.ms);
    baselineCpu.push(r.cpuMs);
  }
  const lib = timed(process.execPath, ['--input-type=module', '-e', libraryScript(DIST), FEC]);
  library.push(lib.ms);
  libraryCpu.push(lib.cpuMs);
  if (lib.ms < bestMs) {
    bestMs = lib.ms;
    best = JSON.parse(lib.stdout.trim().split('\n').pop()!);
  }
  if (BASELINE !== undefined) {
    const r = timed(process.execPath, [join(BASELINE, 'cli.js'), 'balance', FEC]);
    baselineCli.push(r.ms);
    baselineCliCpu.push(r.cpuMs);
  }
  const c = timed(process.execPath, [join(DIST, 'cli.js'), 'balance', FEC]);
  cli.push(c.ms);
  cliCpu.push(c.cpuMs);
  const one = timed(process.execPath, [join(DIST, 'cli.js'), 'balance', FEC, '--threads', '1']);
  if (one.stdout !== c.stdout) throw new Error('balance --threads 1 printed another trial balance than balance in threads.');
  cliOne.push(one.ms);
  cliOneCpu.push(one.cpuMs);
}
const cpu = (xs: ReadonlyArray<number>): string => (xs.some(Number.isNaN) ? '' : `; CPU ${stats(xs)}`);

console.log(`\nFEC bytes → trial balance, ${COUNT.toLocaleString('en')} transactions: ${lines.toLocaleString('en')} lines, ${(fecBytes / 1e6).toFixed(0)} MB; Node ${process.version}; ${ROUNDS} rounds; ${new Date().toISOString()}`);
console.log(`  reference · bare loop of 1e7 integer steps: ${stats(loops)} (best of 3 each round; quiet machine ≤ 30 ms)`.replace(/(\d+\.\d\d) s/g, (_, x: string) => `${(Number(x) * 1000).toFixed(0)} ms`));
console.log(`  reference · bare fold of ${(lines - 1).toLocaleString('en')} postings (typed arrays): ${stats(folds)}`.replace(/(\d+\.\d\d) s/g, (_, x: string) => `${(Number(x) * 1000).toFixed(0)} ms`));
console.log(`  reference · bare pass over the FEC's bytes (each read once, separators counted): ${stats(passes)}`);
if (withLedger) console.log(`  ledger -f books.journal balance: wall ${stats(ledger)}${cpu(ledgerCpu)} (total line: ${ledgerTotal})`);
else console.log('  ledger-cli: not installed, no ratio');
console.log(`  library, fresh process (parseFecBook + trialBalance): wall ${stats(library)}${cpu(libraryCpu)}`);
if (best) console.log(`    best run: import ${best.import.toFixed(0)} ms, read ${best.read.toFixed(0)} ms, parseFecBook ${best.parse.toFixed(0)} ms, trialBalance ${best.trialBalance.toFixed(0)} ms; ${best.rows} rows, movements ${best.debit}`);
if (BASELINE !== undefined) console.log(`  library, baseline build ${BASELINE}: wall ${stats(baseline)}${cpu(baselineCpu)}`);
console.log(`  CLI, node dist/cli.js balance FILE (worker threads, ${availableParallelism()} cores): wall ${stats(cli)}${cpu(cliCpu)}`);
console.log(`  CLI, node dist/cli.js balance FILE --threads 1: wall ${stats(cliOne)}${cpu(cliOneCpu)}`);
if (BASELINE !== undefined) console.log(`  CLI, baseline build: wall ${stats(baselineCli)}${cpu(baselineCliCpu)}`);
if (withLedger) {
  const ratio = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): string => `${(Math.min(...a) / Math.min(...b)).toFixed(1)}× (mins), ${(median(a) / median(b)).toFixed(1)}× (medians)`;
  console.log(`  ledger ÷ library: wall ${ratio(ledger, library)}${ledgerCpu.some(Number.isNaN) ? '' : `; CPU ${ratio(ledgerCpu, libraryCpu)}`}`);
  console.log(`  ledger ÷ CLI:     wall ${ratio(ledger, cli)}${ledgerCpu.some(Number.isNaN) ? '' : `; CPU ${ratio(ledgerCpu, cliCpu)}`}`);
  console.log(`  ledger ÷ CLI --threads 1: wall ${ratio(ledger, cliOne)}${ledgerCpu.some(Number.isNaN) ? '' : `; CPU ${ratio(ledgerCpu, cliOneCpu)}`}`);
}
console.log(`  load average (1, 5, 15 min): ${loadAtStart.map((x) => x.toFixed(1)).join(', ')} at the start, ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the end`);
