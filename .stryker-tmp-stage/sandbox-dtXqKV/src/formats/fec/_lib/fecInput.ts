/**
 * What `parseFec` and `parseFecBook` share (internal): reading the input and
 * the options, scanning, and turning the scan's errors into one
 * `AccountingError` explained by `validateFec`.
 */
// @ts-nocheck

import { DEFAULT_JOURNALS, type Journal, type JournalKind } from '../../../accounts/index.js';
import { AccountingError, fail, issue, quote, type AccountingIssue } from '../../../errors/index.js';
import { CURRENCY_SCALES, type CurrencyCode } from '../../../money/index.js';
import { validateFec, type FecIssue } from '../validateFec.js';
import { PARSE_MESSAGES as M } from './messages.js';
import { scanFec, type FecColumns, type ScanOptions } from './scanFec.js';
import { checkSize, maxBytesOption, tooLarge } from './size.js';

/** Options both parsers take (internal view). */
export interface FecReadOptions {
  readonly openingJournals?: ReadonlyArray<string>;
  readonly currency?: CurrencyCode;
  readonly maxIssuesPerRule?: number;
  readonly maxBytes?: number;
}

const ENCODER = new TextEncoder();
const DEFAULT_OPENING = ['AN', 'OUV'] as const;
const C1_CONTROLS = /[\u0080-\u009f]/;

/** Whether a value is an async iterable (of chunks). */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/** Concatenates the chunks of an async iterable of bytes, stopping as soon as they pass `maxBytes`. */
export async function collectChunks(input: AsyncIterable<unknown>, maxBytes: unknown): Promise<Uint8Array> {
  const max = maxBytesOption(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let index = 0;
  for await (const chunk of input) {
    if (!(chunk instanceof Uint8Array)) fail('invalid_input', ['chunks', index], `Chunk ${index} is not a Uint8Array: an async source of a FEC yields bytes.`);
    size += chunk.length;
    if (size > max) tooLarge(size, max, true);
    chunks.push(chunk);
    index++;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Refuses options that are not an object (`invalid_option`). */
export function checkOptionsObject(options: unknown, what: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('invalid_option', [], `The options of ${what} are an object (or undefined for the defaults), not ${quote(options)}.`);
  }
}

/**
 * Reads a FEC given as text or bytes into columns, throwing one `invalid_file` error when a line is unusable.
 * `deferStrings`: leave the per-transaction strings undecoded (`fecStrings` decodes them).
 */
export function readFec(input: string | Uint8Array, options: FecReadOptions, what: string, deferStrings = false): FecColumns {
  checkOptionsObject(options, what);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    fail('invalid_input', [], `${what} reads a FEC given as a string or a Uint8Array${what.startsWith('parseFec') ? ' (or an AsyncIterable<Uint8Array>)' : ''}, not ${describe(input)}.`);
  }
  const scanOptions = fecScanOptions(options);
  const maxBytes = maxBytesOption(options.maxBytes);
  checkSize(input, maxBytes);
  const bytes = typeof input === 'string' ? ENCODER.encode(input) : input;
  checkSize(bytes, maxBytes);
  const scan = scanFec(bytes, typeof input === 'string', { ...scanOptions, textHasC1: typeof input === 'string' && C1_CONTROLS.test(input), deferStrings });
  if (scan.errors.length > 0) throw invalidFec(input, scan, options.openingJournals ?? [], maxBytes);
  return scan;
}

/** The scan's options from the parsers' options, checked (`invalid_option`, `unknown_currency`). */
export function fecScanOptions(options: FecReadOptions): ScanOptions {
  const extra = options.openingJournals ?? [];
  if (!Array.isArray(extra) || extra.some((j) => typeof j !== 'string')) {
    fail('invalid_option', ['openingJournals'], 'openingJournals must be an array of journal codes, e.g. ["RAN"].');
  }
  const currency = options.currency ?? 'EUR';
  if (typeof currency !== 'string' || !Object.hasOwn(CURRENCY_SCALES, currency)) {
    fail('unknown_currency', ['currency'], `Unknown currency ${quote(currency)}: give the ISO 4217 code the file is kept in, e.g. "EUR".`);
  }
  const max = options.maxIssuesPerRule ?? 1000;
  if (!(Number.isSafeInteger(max) && max >= 0)) {
    fail('invalid_option', ['maxIssuesPerRule'], `maxIssuesPerRule must be a non-negative integer, received ${String(max)}.`);
  }
  return { openingJournals: new Set([...DEFAULT_OPENING, ...extra]), scale: CURRENCY_SCALES[currency]!, currency, maxIssues: max };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? `an object (${Object.prototype.toString.call(value)})` : `a ${typeof value}`;
}

/**
 * The error for a file with unusable lines: each line the scan refused,
 * explained by validateFec's findings on that line (every rule it breaks),
 * or by the parser's own message for what only the parser checks.
 */
function invalidFec(input: string | Uint8Array, scan: FecColumns, openingJournals: ReadonlyArray<string>, maxBytes: number): AccountingError {
  const validation = validateFec(input, openingJournals.length > 0 ? { openingJournals, maxBytes } : { maxBytes });
  const errors = validation.issues.filter((i) => i.severity === 'error');
  const bad = new Set<number>();
  let encoding = false;
  let unbalanced = false;
  for (const e of scan.errors) {
    if (e.rule === 'model') continue;
    bad.add(e.line);
    if (e.rule === 'fec_encoding') encoding = true;
    if (e.rule === 'fec_entry_unbalanced') unbalanced = true;
  }
  const kept: Array<{ readonly line: number; readonly text: string }> = [];
  const explained = new Set<number>();
  const codes = new Set<string>();
  const take = (i: FecIssue): void => {
    kept.push({ line: i.line, text: `[${i.code}] ${i.message}` });
    explained.add(i.line);
    codes.add(i.code);
  };
  const notes: FecIssue[] = [];
  for (const i of errors) {
    if (i.line > 0 && bad.has(i.line)) take(i);
    else if (encoding && i.code === 'fec_encoding') take(i);
    else if (i.line === 0) notes.push(i);
  }
  for (const i of notes) {
    if (bad.has(0) || codes.has(i.code) || (unbalanced && i.code === 'fec_file_unbalanced')) take(i);
  }
  for (const e of scan.errors) {
    if (e.rule === 'model') kept.push({ line: e.line, text: e.message ?? M.generic('model') });
    else if (!explained.has(e.line) && !(e.line === 0 && codes.has(e.rule))) {
      kept.push({ line: e.line, text: `[${e.rule}] ${M.generic(e.rule)}` });
      explained.add(e.line);
    }
  }
  kept.sort((a, b) => a.line - b.line);
  const issues: AccountingIssue[] = kept.map((k) => issue('invalid_file', ['line', k.line], k.text));
  return new AccountingError(issues);
}

const KINDS: ReadonlyMap<string, JournalKind> = new Map(DEFAULT_JOURNALS.map((j) => [j.code, j.kind]));

/**
 * The journals of a scan as `Journal` values: code and label as read (the
 * first JournalLib of each), kind `opening` for opening journals, the usual
 * kind for the usual codes (VT, AC, BQ, CA, OD), else `general`.
 */
export function scannedJournals(scan: FecColumns): ReadonlyArray<Journal> {
  return Object.freeze(
    scan.journals.map((j) => {
      const kind: JournalKind = j.opening ? 'opening' : (KINDS.get(j.code) ?? (/^BQ/.test(j.code) ? 'bank' : 'general'));
      return Object.freeze({ code: j.code, label: j.label, kind });
    }),
  );
}
