// `partie-double balance` reads a large FEC in parallel: the file's bytes go into a SharedArrayBuffer, are cut at
// entry boundaries (splitFecParts), the first part is scanned here while worker threads (fecWorker.ts) scan the
// others, and the parts' columns are merged (mergeFecParts) into the scan of the whole file, from which the Book
// is laid out exactly as parseFecBook lays it out. Whenever a part cannot be read alone (an unusable line, a file
// that is not plain UTF-8, an entry number in two parts…) the file is read whole by parseFecBook: same Book, same
// error, either way.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFecBook, type Book } from '../index.js';
import { fecScanOptions } from '../formats/fec/_lib/fecInput.js';
import { mergeFecParts, splitFecParts } from '../formats/fec/_lib/fecParts.js';
import { scanFec, type FecPartColumns } from '../formats/fec/_lib/scanFec.js';
import { bookOf } from '../formats/fec/parseFecBook.js';
import type { FecWorkerRequest } from './fecWorker.js';
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

/** The bytes of a file in a SharedArrayBuffer (the workers read them without a copy). */
function readShared(path: string, size: number): Uint8Array {
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const fd = openSync(path, 'r');
  try {
    let at = 0;
    while (at < size) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) break;
      at += read;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** A worker thread scanning one part: its columns, or the error that stopped it. */
function scanInWorker(worker: Worker, request: FecWorkerRequest): Promise<FecPartColumns> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The FEC worker thread stopped (exit code ${code}) before sending its part.`)));
    worker.postMessage(request);
  });
}

/**
 * The Book of a FEC file, as `parseFecBook(readFileSync(path))` gives it
 * (the same Book, the same error), read in {@link partCount} parts by worker
 * threads when the file is large enough and the worker script is there.
 */
export async function readFecBook(path: string, threads?: number): Promise<Book> {
  const size = fileSize(path);
  const count = partCount(size, threads);
  if (count < 2 || size > MAX_BYTES || !workersAvailable()) return parseFecBook(readBytes(path));
  const bytes = readShared(path, size);
  const parts = splitFecParts(bytes, count);
  if (parts.length < 2) return parseFecBook(bytes);
  const options = fecScanOptions({});
  const shared = bytes.buffer as SharedArrayBuffer;
  const workers = parts.slice(1).map(() => new Worker(WORKER));
  let scans: FecPartColumns[];
  try {
    const later = parts
      .slice(1)
      .map((p) => ({ ...p, rawStrings: true }))
      .map((part, k) => scanInWorker(workers[k]!, { bytes: shared, part, openingJournals: [...options.openingJournals], scale: options.scale, currency: options.currency, maxIssues: options.maxIssues }));
    // the first part here, meanwhile
    const first = scanFec(bytes, false, options, parts[0]!);
    scans = [first, ...(await Promise.all(later))];
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  const merged = mergeFecParts(scans, options.maxIssues);
  return merged === undefined ? parseFecBook(bytes) : bookOf(merged, {});
}
