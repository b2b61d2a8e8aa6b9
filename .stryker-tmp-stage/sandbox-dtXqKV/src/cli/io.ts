// @ts-nocheck
// The CLI's I/O: reading documents (JSON array or NDJSON, streamed), rules files and FEC files, writing outputs.
// The only layer allowed `node:` imports.
import { createReadStream, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { AccountingError, issue } from '../errors/index.js';

/** Where a command writes: standard output and error as plain functions, so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (the progress bar redraws in place only there). */
  readonly stderrIsTty: boolean;
  /** The clock, for the progress bar only (never in any output file). */
  readonly now: () => number;
}

/** A CLI failure that is not an accounting issue: a missing file, a bad flag. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The size of a file, or a usage error naming it. */
export function fileSize(path: string): number {
  try {
    const s = statSync(path);
    if (!s.isFile()) throw new UsageError(`${path} is not a file.`);
    return s.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

/** The bytes of a file, or a usage error naming it (a view of the bytes read, not a copy). */
export function readBytes(path: string): Uint8Array {
  fileSize(path);
  const bytes = readFileSync(path);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether a documents file is NDJSON (one JSON document per line) by its extension. */
export function isNdjson(path: string): boolean {
  return /\.(nd)?jsonl?$/i.test(path) && !/\.json$/i.test(path);
}

function parseError(path: string, line: number, message: string): AccountingError {
  return new AccountingError([issue('invalid_input', line > 0 ? [line] : [], `${path}${line > 0 ? ` line ${line}` : ''}: not valid JSON (${message}). Each document must be a JSON object.`)]);
}

/**
 * Reads the documents of a file: a JSON array (`.json`) read whole, or NDJSON
 * (`.ndjson`, `.jsonl`: one document per line, blank lines ignored) read as a
 * stream. `onProgress` gets the bytes read so far.
 */
export async function readDocuments(path: string, onProgress: (bytesRead: number, totalBytes: number) => void): Promise<unknown[]> {
  const size = fileSize(path);
  if (!isNdjson(path)) {
    const text = readFileSync(path, 'utf8');
    onProgress(size, size);
    let value: unknown;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      throw parseError(path, 0, (e as Error).message);
    }
    if (!Array.isArray(value)) {
      throw new AccountingError([issue('invalid_input', [], `${path}: expected a JSON array of documents (or use a .ndjson file, one document per line).`)]);
    }
    return value;
  }
  const documents: unknown[] = [];
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const raw of lines) {
    line++;
    bytes += raw.length + 1; // characters, close enough to bytes for a progress bar
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    try {
      documents.push(JSON.parse(text));
    } catch (e) {
      throw parseError(path, line, (e as Error).message);
    }
    if ((documents.length & 0xff) === 0) onProgress(Math.min(bytes, size), size);
  }
  onProgress(size, size);
  return documents;
}

/** Reads a JSON file (rules), or a typed error naming it. */
export function readJson(path: string): unknown {
  const bytes = readBytes(path);
  const text = new TextDecoder('utf-8').decode(bytes);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw parseError(path, 0, (e as Error).message);
  }
}

/** Writes a file, creating its folder. */
export function writeBytes(dir: string, name: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}`, bytes);
}
