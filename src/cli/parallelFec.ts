// `partie-double balance` reads a large FEC in parallel: the file's bytes go into a SharedArrayBuffer, are cut at
// entry boundaries (splitFecParts), the first part is scanned here while worker threads (fecWorker.ts) scan the
// others, and the parts' columns are merged (mergeFecParts) into the scan of the whole file, from which the Book
// is laid out exactly as parseFecBook lays it out. Whenever a part cannot be read alone (an unusable line, a file
// that is not plain UTF-8, an entry number in two parts…) the file is read whole by parseFecBook: same Book, same
// error, either way.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFecBook, type Book } from '../index.js';
import { balanceBook, balanceScan, type BalanceScanOptions, type FecBalancePart } from '../formats/fec/_lib/balanceScan.js';
import { fecScanOptions } from '../formats/fec/_lib/fecInput.js';
import { mergeFecParts, splitFecParts } from '../formats/fec/_lib/fecParts.js';
import { scanFec, type FecPartColumns } from '../formats/fec/_lib/scanFec.js';
import { bookOf } from '../formats/fec/parseFecBook.js';
import type { FecWorkerRequest } from './fecWorker.js';
import { readClaimedChunks } from './fileRange.js';
import { fileSize, readBytes } from './io.js';

/** Below this size per part, a thread costs more than it saves. */
export const MIN_PART_BYTES = 8 << 20;
/** parseFecBook's default `maxBytes`: a larger file is refused by it, whole. */
const MAX_BYTES = 1 << 30;
const WORKER = new URL('./fecWorker.js', import.meta.url);

/**
 * How many parts a file of `size` bytes is read in: `threads` when given,
 * else one per available core with at least {@link MIN_PART_BYTES} each.
 */
export function partCount(size: number, threads: number | undefined): number {
  if (threads !== undefined) return Math.max(1, threads);
  return Math.max(1, Math.min(availableParallelism(), Math.floor(size / MIN_PART_BYTES)));
}

/** Whether the worker script is there (it is beside the built dist/cli.js; not when src/cli runs from source). */
export function workersAvailable(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/** What a worker thread answers: the bytes it read, or its part's columns. */
function answer<T>(worker: Worker, request: FecWorkerRequest, transfer: ReadonlyArray<ArrayBuffer> = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (value: T): void => {
      worker.off('error', reject);
      worker.off('exit', onExit);
      resolve(value);
    };
    const onExit = (code: number): void => reject(new Error(`The FEC worker thread stopped (exit code ${code}) before answering.`));
    worker.once('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', onExit);
    worker.postMessage(request, transfer as ArrayBuffer[]);
  });
}

/** The answer, marked handled: when this thread fails before awaiting it, its rejection is not an unhandled one. */
function handled<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

/**
 * The share of the file the main thread scans when it is read in `count`
 * parts, the others sharing the rest equally: sized so every part is
 * scanned at about the same time (the merge waits for the last one).
 * Per-thread CPU times (2026-12-05, 1,000,000 transactions): the main
 * thread, decoding its strings on the way, scans the file at ~3.2 s, a
 * worker, leaving them as bytes then decoding them to texts, at ~2.7 s: the
 * main thread takes 1 part for 1.18 of each worker's.
 */
export function firstShare(count: number): number {
  return count < 2 ? 1 : 1 / (1 + 1.18 * (count - 1));
}

/**
 * The Book of a FEC file, as `parseFecBook(readFileSync(path))` gives it
 * (the same Book, the same error), read in {@link partCount} parts by worker
 * threads when the file is large enough and the worker script is there.
 *
 * The worker threads start first; the file is read into a SharedArrayBuffer
 * by every thread at once (each the chunks it claims), then cut at entry boundaries
 * ({@link firstShare}); each thread
 * scans its part, the workers sending their columns back.
 */
export async function readFecBook(path: string, threads?: number): Promise<Book> {
  const size = fileSize(path);
  const count = partCount(size, threads);
  if (count < 2 || size > MAX_BYTES || !workersAvailable()) return parseFecBook(readBytes(path));
  const workers = Array.from({ length: count - 1 }, () => new Worker(WORKER));
  try {
    const read = await readShared(path, size, workers);
    return read === undefined ? parseFecBook(readBytes(path)) : await bookInParts(read.shared, read.bytes, workers);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/**
 * A Book with the trial balances of the FEC file's Book (`trialBalance` of
 * it, at either level, for the period given — as day numbers — or for none,
 * is `trialBalance` of `parseFecBook(readFileSync(path))`), or that Book's
 * error. Read by {@link balanceScan} in {@link partCount} parts, worker
 * threads scanning all but the first, and laid out by {@link balanceBook}: a
 * few transactions, one entry per ledger and side. When the balance scan
 * gives up (an unusable line, anything it does not read as the full scan
 * does), the file is read by the full parse, as {@link readFecBook} reads it,
 * so the output (or the error) is the same either way.
 */
export async function readFecBalance(path: string, threads: number | undefined, period: BalanceScanOptions['period']): Promise<Book> {
  const size = fileSize(path);
  const count = partCount(size, threads);
  const options: BalanceScanOptions = { openingJournals: [...fecScanOptions({}).openingJournals], ...(period ? { period } : {}) };
  if (size > MAX_BYTES) return readFecBook(path, threads);
  if (count < 2 || !workersAvailable()) {
    const bytes = readBytes(path);
    return balanceBook([balanceScan(bytes, options)], options) ?? parseFecBook(bytes);
  }
  const workers = Array.from({ length: count - 1 }, () => new Worker(WORKER));
  try {
    const read = await readShared(path, size, workers);
    if (read === undefined) return parseFecBook(readBytes(path));
    const { shared, bytes } = read;
    const parts = splitFecParts(bytes, count);
    if (parts.length < 2) return balanceBook([balanceScan(bytes, options)], options) ?? parseFecBook(bytes);
    const later = parts.slice(1).map((part, k) => handled(answer<FecBalancePart>(workers[k]!, { kind: 'balance', bytes: shared, part, options })));
    const first = balanceScan(bytes, options, parts[0]!);
    const book = balanceBook([first, ...(await Promise.all(later))], options);
    return book ?? (await bookInParts(shared, bytes, workers));
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/**
 * The file read into a SharedArrayBuffer by every thread at once (chunk by chunk, each thread claiming the next one:
 * the workers start while this thread reads, and the later one starts the less it reads), or undefined when its size
 * changed meanwhile.
 */
async function readShared(path: string, size: number, workers: ReadonlyArray<Worker>): Promise<{ readonly shared: SharedArrayBuffer; readonly bytes: Uint8Array } | undefined> {
  const shared = new SharedArrayBuffer(size);
  const bytes = new Uint8Array(shared);
  const claims = new SharedArrayBuffer(4);
  const reads = workers.map((worker) => handled(answer<number>(worker, { kind: 'read', bytes: shared, path, claims })));
  let read = readClaimedChunks(path, bytes, new Int32Array(claims));
  for (const r of await Promise.all(reads)) read += r;
  return read === size ? { shared, bytes } : undefined;
}

/** The Book of the file's bytes, cut at entry boundaries ({@link firstShare}), each part scanned by a thread, the columns merged. */
async function bookInParts(shared: SharedArrayBuffer, bytes: Uint8Array, workers: ReadonlyArray<Worker>): Promise<Book> {
  const count = workers.length + 1;
  const parts = splitFecParts(bytes, count, firstShare(count));
  if (parts.length < 2) return parseFecBook(bytes);
  const options = fecScanOptions({});
  const scanOptions = { openingJournals: [...options.openingJournals], scale: options.scale, currency: options.currency, maxIssues: options.maxIssues };
  const later = parts.slice(1).map((part, k) => handled(answer<FecPartColumns>(workers[k]!, { kind: 'scan', bytes: shared, part: { ...part, rawStrings: true }, ...scanOptions })));
  // the first part here, meanwhile, its strings decoded on the way (the workers' are split last, after the Book's columns are laid out)
  const first = scanFec(bytes, false, options, parts[0]!);
  const scans = [first, ...(await Promise.all(later))];
  const merged = mergeFecParts(scans, options.maxIssues);
  return merged === undefined ? parseFecBook(bytes) : bookOf(merged, {});
}
