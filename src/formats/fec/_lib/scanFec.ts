/**
 * The one pass of the FEC parser over the file's bytes (internal): it splits
 * lines and fields, reads amounts and dates from the bytes, interns accounts,
 * labels and auxiliary accounts by their bytes (a string is made once per
 * distinct value), decodes the per-transaction strings (EcritureNum, PieceRef,
 * EcritureLib) in large batches, checks every rule that makes the data
 * unusable, and lays the result out in columns that `parseFec` turns into
 * transactions and `parseFecBook` into a Book. It never builds an object per
 * line.
 */
import { addDays, addMonths, fromDayNumber, toDayNumber, type IsoDate } from '../../../calendar/index.js';
import type { TransactionSource } from '../../../transactions/index.js';
import { decodeText } from '../../_lib/encoding.js';
import type { FecLayout } from '../columns.js';
import { readFecText, type FecSeparator } from '../readFecText.js';
import type { FecRuleCode } from '../validateFec.js';
import { ByteTable } from './ByteTable.js';
import { EntryNumbers } from './EntryNumbers.js';
import { centsAt, hashBytes, latin9HasC1, sameBytes, sameRange, utf8Check, ymdAt, ymdToDay } from './bytes.js';
import { PARSE_MESSAGES as M } from './messages.js';

/**
 * The codes of the findings `parseFec` reports without throwing: the
 * `validateFec` rules it meets while reading, and three of its own —
 * `fec_entry_piece` (an entry's lines carry different PieceRef or PieceDate:
 * the first line's is kept), `fec_renamed_entry` (an EcritureNum used by two
 * journals: the second gets a `JournalCode:EcritureNum` id) and
 * `fec_dropped_entry` (an entry with no amount at all: left out).
 *
 * @example
 * ```ts
 * const code: ParseFecIssueCode = 'fec_zero_line';
 * ```
 */
export type ParseFecIssueCode = FecRuleCode | 'fec_entry_piece' | 'fec_renamed_entry' | 'fec_dropped_entry';

/**
 * A finding of `parseFec` that does not stop it: a warning (something an
 * auditor would ask about, or data read in a way worth knowing) or an info.
 * `line` is 1-based with the header as line 1, 0 for the whole file.
 *
 * @example
 * ```ts
 * const issue: ParseFecIssue = {
 *   code: 'fec_zero_line', severity: 'info', line: 7,
 *   message: 'Debit and Credit are both zero: the line carries no amount and was left out of its transaction.',
 * };
 * ```
 */
export interface ParseFecIssue {
  /** The rule that found it (an `fec_…` code of {@link FEC_RULES}). */
  readonly code: ParseFecIssueCode;
  /** `warning` or `info`: errors are not returned, they throw. */
  readonly severity: 'warning' | 'info';
  /** The 1-based line (the header is line 1); `0` for the whole file. */
  readonly line: number;
  /** What was found and what the reader did about it. */
  readonly message: string;
}

/** A line the parser cannot use: the rule it breaks, and a message when validateFec has none. */
export interface ScanError {
  readonly line: number;
  readonly rule: FecRuleCode | 'model';
  readonly message?: string;
}

/** A journal as read from the file (internal). */
export interface ScannedJournal {
  readonly code: string;
  readonly label: string;
  readonly opening: boolean;
}

/** An auxiliary account as read (internal): the account and the id of its number. */
export interface ScannedAuxiliary {
  readonly account: { readonly number: string; readonly name: string };
  readonly numberId: number;
}

/** What the scan gives (internal): columns of transactions and entries, the tables they index, issues and errors. */
export interface FecColumns {
  readonly encoding: 'utf-8' | 'iso-8859-15' | 'text';
  readonly separator: FecSeparator;
  readonly lineEnding: '\r\n' | '\n' | '\r';
  readonly layout: FecLayout | null;
  readonly finalNewline: boolean;
  readonly T: number;
  readonly E: number;
  readonly txId: string[];
  readonly txJournal: Int32Array;
  readonly txDate: Int32Array;
  readonly txPieceRef: string[];
  readonly txPieceDate: Int32Array;
  readonly txLabel: string[];
  readonly txValid: Int32Array;
  readonly txOpening: Uint8Array;
  /** Index into `sources`, −1 when none; `null` when no transaction has one. */
  readonly txSource: Int32Array | null;
  readonly txLine: Int32Array;
  readonly entryStart: Int32Array;
  readonly entAccount: Int32Array;
  readonly entAccountLabel: Int32Array;
  readonly entAux: Int32Array;
  readonly entAmount: Float64Array;
  readonly entLabel: Int32Array | null;
  readonly entLetter: Int32Array | null;
  readonly entLetterDate: Int32Array | null;
  readonly entCurrency: Int32Array | null;
  readonly entForeign: string[] | null;
  readonly journals: ReadonlyArray<ScannedJournal>;
  readonly accounts: ReadonlyArray<string>;
  readonly accountLabels: ReadonlyArray<string>;
  readonly auxiliaries: ReadonlyArray<ScannedAuxiliary>;
  readonly entryLabels: ReadonlyArray<string>;
  readonly letterCodes: ReadonlyArray<string>;
  readonly currencies: ReadonlyArray<string>;
  readonly sources: ReadonlyArray<TransactionSource>;
  readonly issues: ParseFecIssue[];
  readonly errors: ScanError[];
  /**
   * With `deferStrings` (or a part's `rawStrings`): EcritureNum, PieceRef and
   * EcritureLib of each transaction still as bytes (`txId`, `txPieceRef` and
   * `txLabel` are then empty: {@link fecStrings} gives them).
   */
  readonly deferred: DeferredStrings | null;
}

/**
 * The per-transaction strings of a scan, not decoded yet (internal): for
 * each column (EcritureNum, PieceRef, EcritureLib), chunks holding the
 * transactions' values in order, '\n' between them — bytes in the file's
 * encoding, or text already decoded (a worker thread decodes its part's
 * chunks) — and the transactions whose id is not their EcritureNum
 * (renamed), with that id.
 */
export interface DeferredStrings {
  /** The strings of the first transactions, already decoded (the merge of a first part that decoded its own), or null. */
  readonly head: FecStrings | null;
  readonly ids: ReadonlyArray<Uint8Array | string>;
  readonly refs: ReadonlyArray<Uint8Array | string>;
  readonly labels: ReadonlyArray<Uint8Array | string>;
  readonly latin9: boolean;
  readonly renamed: ReadonlyArray<readonly [number, string]>;
}

/** Bytes appended value after value, '\n' after each, cut into chunks of about `chunk` bytes (internal). */
class ValueStream {
  readonly chunks: Uint8Array[] = [];
  private buf: Uint8Array;
  private view: DataView;
  private used = 0;

  constructor(
    capacity: number,
    private readonly chunk: number,
  ) {
    this.buf = new Uint8Array(Math.max(1024, Math.min(capacity, chunk + 4096)));
    this.view = new DataView(this.buf.buffer);
  }

  add(b: Uint8Array, dv: DataView, s: number, e: number): void {
    const len = e - s;
    if (this.used + len + 1 > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.used + len + 1));
      grown.set(this.buf.subarray(0, this.used));
      this.buf = grown;
      this.view = new DataView(grown.buffer);
    }
    const out = this.buf;
    const view = this.view;
    let j = this.used;
    let i = s;
    for (; i + 4 <= e; i += 4, j += 4) view.setInt32(j, dv.getInt32(i, true), true);
    for (; i < e; i++) out[j++] = b[i]!;
    out[j++] = 10;
    this.used = j;
    if (j >= this.chunk) this.cut();
  }

  /** The chunks, the last one cut (each without its final '\n'). */
  finish(): Uint8Array[] {
    this.cut();
    return this.chunks;
  }

  private cut(): void {
    if (this.used === 0) return;
    this.chunks.push(this.buf.slice(0, this.used - 1));
    this.used = 0;
  }
}

/** Splits each chunk of a deferred column into its values, in one array (after `head`'s values, when given). */
function splitChunks(chunks: ReadonlyArray<Uint8Array | string>, latin9: boolean, head: string[] | undefined): string[] {
  const arrays = chunks.map((chunk) => (typeof chunk === 'string' ? chunk : latin9 ? decodeText(chunk, 'iso-8859-15') : UTF8.decode(chunk)).split('\n'));
  if (head !== undefined) arrays.unshift(head);
  return arrays.length === 1 ? arrays[0]! : arrays.length === 0 ? [] : ([] as string[]).concat(...arrays);
}

/** The per-transaction strings of a scan (internal). */
export interface FecStrings {
  readonly txId: string[];
  readonly txPieceRef: string[];
  readonly txLabel: string[];
}

const decodedStrings = new WeakMap<FecColumns, FecStrings>();

/**
 * The ids, piece references and labels of a scan's transactions, decoded
 * once (memoized) when the scan deferred them. Deferring lets `parseFecBook`
 * allocate the Book's columns before a million strings fill the heap (each
 * large allocation can start a full collection, whose cost is the heap's).
 */
export function fecStrings(scan: FecColumns): FecStrings {
  const d = scan.deferred;
  if (d === null) return scan;
  let out = decodedStrings.get(scan);
  if (out !== undefined) return out;
  const head = d.head;
  const txId = splitChunks(d.ids, d.latin9, head?.txId);
  const txPieceRef = splitChunks(d.refs, d.latin9, head?.txPieceRef);
  const txLabel = splitChunks(d.labels, d.latin9, head?.txLabel);
  for (const [t, id] of d.renamed) txId[t] = id;
  out = { txId, txPieceRef, txLabel };
  decodedStrings.set(scan, out);
  return out;
}

/**
 * A part of the file scanned on its own (internal, for a parallel parse):
 * the lines from byte `start` to byte `end`, both line starts (or the file's
 * end), no entry crossing either. The part with `start` 0 reads the header
 * and numbers its lines from the file's start; a later part reads the header
 * only for the layout, reports nothing about it, and numbers its lines from
 * 1 (its first line), for the merge to shift.
 */
export interface ScanPart {
  readonly start: number;
  readonly end: number;
  /**
   * Leave EcritureNum, PieceRef and EcritureLib undecoded (`deferred`), as
   * `ScanOptions.deferStrings` does: a worker thread sends a few large texts
   * back far faster than a million strings.
   */
  readonly rawStrings?: boolean;
}

/** What the merge of parts needs beyond a part's columns (internal). */
export interface ScanPartState {
  /** The number of the part's last line (a later part's lines are counted from 0 before its first). */
  readonly lines: number;
  /** Whether the part's bytes are valid UTF-8 without a C1 control (else the file is read whole). */
  readonly utf8: boolean;
  /** Every unusable line met (the part's `errors` stop at the cap per rule). */
  readonly errorTotal: number;
  /** Issues met per code (the part's `issues` stop at the cap per code). */
  readonly issueCounts: ReadonlyMap<string, number>;
  readonly records: number;
  readonly finalNewline: boolean;
  readonly minDay: number;
  readonly maxDay: number;
  /** A 53-bit hash of every entry number the part recorded (renamed ones included), sorted. */
  readonly numberHashes: Float64Array;
}

/** The scan of a part: its columns and its state. */
export interface FecPartColumns extends FecColumns {
  readonly part: ScanPartState;
}

/** Options of the scan (internal, already checked). */
export interface ScanOptions {
  readonly openingJournals: ReadonlySet<string>;
  /** The book currency's minor-unit scale. */
  readonly scale: number;
  readonly currency: string;
  /** Issues listed per code (then one more counts the rest). */
  readonly maxIssues: number;
  /** For text input (then valid UTF-8 by construction): whether it holds a C1 control (U+0080–U+009F). */
  readonly textHasC1?: boolean;
  /** Leave the per-transaction strings undecoded in `deferred` (see {@link fecStrings}). */
  readonly deferStrings?: boolean;
  /** The size of the deferred strings' chunks (default 32 MiB; the tests cut many small ones). */
  readonly stringChunk?: number;
}

const JOURNAL_RE = /^[A-Za-z0-9_-]{1,10}$/;
const REQUIRED_STANDARD = [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15] as const;
const REQUIRED_CASH = [2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 18, 19] as const;
const BATCH_BYTES = 1 << 20;
/** The size of a deferred column's chunks: one split each (a string stays far below V8's longest). */
const STREAM_CHUNK = 1 << 25;
/** The fields a line of an entry usually repeats from its first line. */
const REPEATED = [0, 1, 2, 3, 8, 9, 10] as const;
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

function grownInt(a: Int32Array, n: number, fill?: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(n);
  out.set(a);
  if (fill !== undefined) out.fill(fill, a.length);
  return out;
}

function grownFloat(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(n);
  out.set(a);
  return out;
}

function grownByte(a: Uint8Array, n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  out.set(a);
  return out;
}

/**
 * Splits a line on `sep` from position `p`, where field `k0` starts: field k
 * is `b[fs[k]…fe[k])` (for k < cap). It stops at the line break (or `n`), or
 * at the separator that ends field `stop` (−1: never). `out[0]` is where it
 * stopped, `out[1]` the index of the last field reached, `out[2]` 1 when a
 * field starts with a double quote. A plain byte loop: FEC fields are short,
 * and skipping words four bytes at a time measured slower.
 */
function splitFields(
  b: Uint8Array,
  p: number,
  n: number,
  sep: number,
  fs: Int32Array,
  fe: Int32Array,
  cap: number,
  k0: number,
  stop: number,
  out: Int32Array,
): void {
  let nf = k0;
  let quoted = b[p] === 34 ? 1 : 0;
  fs[k0] = p;
  let i = p;
  for (; i < n; i++) {
    const c = b[i]!;
    if (c === sep) {
      if (nf < cap) {
        fe[nf] = i;
        fs[nf + 1] = i + 1;
      }
      if (nf === stop) break;
      nf++;
      if (b[i + 1] === 34) quoted = 1;
    } else if (c <= 13 && (c === 10 || c === 13)) break;
  }
  out[0] = i;
  out[1] = nf;
  out[2] = quoted;
}

/** A field that is empty or only white space (as validateFec's `isBlank`). */
function blankAt(b: Uint8Array, s: number, e: number, latin9: boolean): boolean {
  if (s === e) return true;
  if (b[s] !== 32) return false;
  const text = latin9 ? decodeText(b.subarray(s, e), 'iso-8859-15') : UTF8.decode(b.subarray(s, e));
  return text.trim() === '';
}

function concatBytes(parts: ReadonlyArray<Uint8Array>): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function compact(day: number): string {
  return fromDayNumber(day).replace(/-/g, '');
}

/** Whether a foreign amount is well written (any decimals): NaN, 0 (zero) or 1 (non-zero), as validateFec reads it (internal). */
export function foreignAt(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let end = e;
  let c = b[s]!;
  if (c === 45 || c === 43) i = s + 1;
  else {
    c = b[e - 1]!;
    if (c === 45 || c === 43) end = e - 1;
  }
  let digits = 0;
  let nonZero = 0;
  let comma = false;
  for (; i < end; i++) {
    c = b[i]!;
    if (c >= 48 && c <= 57) {
      digits++;
      if (c !== 48) nonZero = 1;
    } else if (c === 44 && !comma && digits > 0 && i + 1 < end) comma = true;
    else return NaN;
  }
  return digits === 0 ? NaN : nonZero;
}

/** A well-written foreign amount as a decimal string with a dot (`'-60.00'`). */
function foreignDecimal(text: string): string {
  let sign = '';
  let body = text;
  const first = body.charAt(0);
  if (first === '-' || first === '+') {
    sign = first === '-' ? '-' : '';
    body = body.slice(1);
  } else {
    const last = body.charAt(body.length - 1);
    if (last === '-' || last === '+') {
      sign = last === '-' ? '-' : '';
      body = body.slice(0, -1);
    }
  }
  return sign + body.replace(',', '.');
}

/** A second hash of bytes (polynomial), for the 53-bit entry-number hashes of a part. */
function hash2(b: Uint8Array, s: number, e: number): number {
  let h = 7;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
  return h;
}

/**
 * Reads a FEC's bytes into columns (internal). `text` tells that the bytes
 * are the UTF-8 encoding of a string given by the caller. Given a `part`,
 * it reads only that part's lines (see {@link ScanPart}) and also returns
 * what the merge needs (`part`).
 */
export function scanFec(input: Uint8Array, text: boolean, options: ScanOptions): FecColumns;
export function scanFec(input: Uint8Array, text: boolean, options: ScanOptions, part: ScanPart): FecPartColumns;
export function scanFec(input: Uint8Array, text: boolean, options: ScanOptions, part?: ScanPart): FecColumns {
  // a plain view: a Node Buffer's subarray goes through its own (slower) constructor
  const b = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  let n = b.length;
  // a part after the first: the header read for its layout only, nothing reported about it
  const later = part !== undefined && part.start > 0;
  let partUtf8 = true;
  const issues: ParseFecIssue[] = [];
  const errors: ScanError[] = [];
  const issueCounts = new Map<string, number>();
  const errorCounts = new Map<string, number>();
  const max = options.maxIssues;
  const note = (code: ParseFecIssueCode, severity: 'warning' | 'info', line: number, message: () => string): void => {
    const count = (issueCounts.get(code) ?? 0) + 1;
    issueCounts.set(code, count);
    if (count <= max) issues.push(Object.freeze({ code, severity, line, message: message() }));
  };
  let errorTotal = 0;
  const error = (line: number, rule: FecRuleCode | 'model', message?: () => string): void => {
    errorTotal++;
    const count = (errorCounts.get(rule) ?? 0) + 1;
    errorCounts.set(rule, count);
    if (count <= Math.max(max, 1)) {
      if (message === undefined) errors.push({ line, rule });
      else errors.push({ line, rule, message: message() });
    }
  };

  // ── encoding, BOM, header ───────────────────────────────────────────────
  let start = 0;
  let encoding: FecColumns['encoding'] = text ? 'text' : 'utf-8';
  let latin9 = false;
  // a part of a file refused before its lines (encoding, blank, header) still gives its state, for the merge to give up
  const empty = (layout: FecLayout | null, separator: FecSeparator): FecColumns => {
    const columns = finishEmpty(encoding, separator, layout, issues, errors);
    if (part === undefined) return columns;
    return withPart(columns, { lines: 0, utf8: partUtf8, errorTotal, issueCounts, records: 0, finalNewline: false, minDay: Infinity, maxDay: -Infinity, numberHashes: new Float64Array(0) });
  };
  if (!text && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    error(0, 'fec_encoding');
    return empty(null, '|');
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    start = 3;
    if (!later) note('fec_bom', 'info', 0, M.bom);
  }
  const body = part !== undefined ? b.subarray(later ? part.start : start, part.end) : start === 0 ? b : b.subarray(start);
  if (part !== undefined && !text) {
    // a part: the encoding of the whole file is not known here; anything but plain UTF-8 reads the file whole
    partUtf8 = utf8Check(body) === 1;
    if (!partUtf8) return empty(null, '|');
  } else if (!text) {
    const check = utf8Check(body);
    if (check === 0) {
      latin9 = true;
      encoding = 'iso-8859-15';
      if (latin9HasC1(body)) error(0, 'fec_encoding');
    } else if (check === 2) error(0, 'fec_encoding');
  } else if (options.textHasC1 === true) error(0, 'fec_encoding');
  const decode = (s: number, e: number): string => (s === e ? '' : latin9 ? decodeText(b.subarray(s, e), 'iso-8859-15') : UTF8.decode(b.subarray(s, e)));

  let headerEnd = start;
  while (headerEnd < n && b[headerEnd] !== 10 && b[headerEnd] !== 13) headerEnd++;
  let lineEnding: FecColumns['lineEnding'] = '\r\n';
  let p = headerEnd;
  if (p < n) {
    if (b[p] === 13 && b[p + 1] === 10) p += 2;
    else {
      lineEnding = b[p] === 13 ? '\r' : '\n';
      p += 1;
    }
  }
  let blank = true;
  for (let i = start; i < n && blank; i++) {
    const c = b[i]!;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 11 && c !== 12) blank = false;
  }
  if (blank) {
    error(0, 'fec_empty_file');
    return empty(null, '|');
  }
  const header = readFecText(decode(start, headerEnd));
  const separator = header.separator;
  if (separator === undefined) {
    error(1, 'fec_separator');
    return empty(null, '|');
  }
  const fileSeparator: FecSeparator = separator;
  const layout = header.layout;
  if (layout === null) {
    error(1, 'fec_header');
    return empty(null, separator);
  }
  if (header.headerQuoted && !later) note('fec_quoted_field', 'warning', 1, M.headerQuoted);
  if (header.headerTrailingSeparator && !later) note('fec_trailing_separator', 'info', 1, M.trailingSeparator);
  if (layout.looseNames.length > 0 && !later) {
    const shown = layout.looseNames.map((i) => `${JSON.stringify(header.headerFields[i] ?? '')} for ${JSON.stringify(layout.columns[i] ?? '')}`).join(', ');
    note('fec_header_case', 'warning', 1, () => M.headerCase(shown));
  }
  if (layout.extraColumns.length > 0 && !later) note('fec_extra_columns', 'info', 1, () => M.extraColumns(layout.extraColumns.join(', ')));

  const sep = separator.charCodeAt(0);
  const expected = layout.columns.length;
  const montantSens = layout.amounts === 'montant-sens';
  const cash = layout.variant !== 'standard';
  const bnc = layout.variant === 'bnc-cash';
  const required: ReadonlyArray<number> = cash ? REQUIRED_CASH : REQUIRED_STANDARD;
  const requiredRepeat = required.filter((k) => k > 3 && (k < 8 || k > 10));
  const columns = layout.columns;
  const scale = options.scale;
  const factor = scale >= 2 ? 10 ** (scale - 2) : 0;
  const divisor = scale < 2 ? 10 ** (2 - scale) : 0;

  if (part !== undefined) {
    if (later) p = part.start;
    n = part.end;
  }

  // ── tables ──────────────────────────────────────────────────────────────
  const journalTable = new ByteTable();
  const journals: ScannedJournal[] = [];
  const journalValid: boolean[] = [];
  const accountTable = new ByteTable(256);
  const accounts: string[] = [];
  const accountOk: number[] = [];
  const accountIncome: number[] = [];
  // per account, where its label was last read and its id: most lines repeat it
  const accLabelStart: number[] = [];
  const accLabelEnd: number[] = [];
  const accLabelId: number[] = [];
  const accountLabelTable = new ByteTable(256);
  const accountLabels: string[] = [];
  const auxTable = new ByteTable(1024);
  const auxNumberTable = new ByteTable(1024);
  const auxiliaries: ScannedAuxiliary[] = [];
  const entryLabelTable = new ByteTable();
  const entryLabels: string[] = [];
  const letterTable = new ByteTable();
  const letterCodes: string[] = [];
  const currencyTable = new ByteTable();
  const currencies: string[] = [];
  const modeTable = new ByteTable();
  const modes: string[] = [];
  const clientTable = new ByteTable();
  const clients: string[] = [];
  const sourceIds = new Map<number, number>();
  const sources: TransactionSource[] = [];
  const numbers = new EntryNumbers(b);
  // a part: the hash of every entry number it records, so the merge can tell that no number is in two parts
  let numberHashes = new Float64Array(part === undefined ? 0 : 1024);
  let numberCount = 0;
  const recordNumber = (bytes: Uint8Array, s: number, e: number): void => {
    if (part === undefined) return;
    if (numberCount === numberHashes.length) {
      const grown = new Float64Array(numberCount * 2);
      grown.set(numberHashes);
      numberHashes = grown;
    }
    numberHashes[numberCount++] = (hashBytes(bytes, s, e) >>> 0) * 2097152 + (hash2(bytes, s, e) >>> 11);
  };
  const renamedIds = new Map<number, string>();
  const dayOf = new Map<number, number>();
  let lastYmd = -1;
  let lastDay = 0;
  const day = (v: number): number => {
    if (v === lastYmd) return lastDay;
    lastYmd = v;
    let d = dayOf.get(v);
    if (d === undefined) {
      d = ymdToDay(v);
      dayOf.set(v, d);
    }
    lastDay = d;
    return d;
  };

  // ── columns ─────────────────────────────────────────────────────────────
  // capacities from the average length of the first lines, so the columns rarely grow
  let sampleLines = 0;
  const sampleEnd = Math.min(n, p + 262_144);
  for (let k = p; k < sampleEnd; k++) if (b[k] === 10 || b[k] === 13) sampleLines++;
  const averageLine = sampleLines > 0 ? (sampleEnd - p) / sampleLines : 100;
  let eCap = Math.ceil(((n - p) / Math.max(averageLine, 16)) * 1.02) + 64;
  let tCap = Math.ceil(eCap / 2) + 64;
  let txId: string[] = [];
  let txPieceRef: string[] = [];
  let txLabel: string[] = [];
  let txJournal = new Int32Array(tCap);
  let txDate = new Int32Array(tCap);
  let txPieceDate = new Int32Array(tCap);
  let txValid = new Int32Array(tCap);
  let txOpening = new Uint8Array(tCap);
  let txSource: Int32Array | null = null;
  let txLine = new Int32Array(tCap);
  let entryStart = new Int32Array(tCap + 1);
  let entAccount = new Int32Array(eCap);
  let entAccountLabel = new Int32Array(eCap);
  let entAux = new Int32Array(eCap);
  let entAmount = new Float64Array(eCap);
  let entLabel: Int32Array | null = null;
  let entLetter: Int32Array | null = null;
  let entLetterDate: Int32Array | null = null;
  let entCurrency: Int32Array | null = null;
  let entForeign: string[] | null = null;
  let T = 0;
  let E = 0;

  const growTx = (): void => {
    tCap = Math.ceil(tCap * 1.5) + 16;
    txJournal = grownInt(txJournal, tCap);
    txDate = grownInt(txDate, tCap);
    txPieceDate = grownInt(txPieceDate, tCap);
    txValid = grownInt(txValid, tCap);
    txOpening = grownByte(txOpening, tCap);
    if (txSource !== null) txSource = grownInt(txSource, tCap, -1);
    txLine = grownInt(txLine, tCap);
    entryStart = grownInt(entryStart, tCap + 1);
  };
  const growEntries = (): void => {
    eCap = Math.ceil(eCap * 1.5) + 16;
    entAccount = grownInt(entAccount, eCap);
    entAccountLabel = grownInt(entAccountLabel, eCap);
    entAux = grownInt(entAux, eCap);
    entAmount = grownFloat(entAmount, eCap);
    if (entLabel !== null) entLabel = grownInt(entLabel, eCap, -1);
    if (entLetter !== null) entLetter = grownInt(entLetter, eCap, -1);
    if (entLetterDate !== null) entLetterDate = grownInt(entLetterDate, eCap);
    if (entCurrency !== null) entCurrency = grownInt(entCurrency, eCap, -1);
  };

  // ── batched strings: EcritureNum, PieceRef, EcritureLib of each transaction ──
  let batch = new Uint8Array(BATCH_BYTES + 4096);
  let batchView = new DataView(batch.buffer);
  let batchUsed = 0;
  let batchFrom = 0;
  const append = (s: number, e: number): void => {
    const len = e - s;
    if (batchUsed + len + 1 > batch.length) {
      const grown = new Uint8Array(Math.max(batch.length * 2, batchUsed + len + 1));
      grown.set(batch.subarray(0, batchUsed));
      batch = grown;
      batchView = new DataView(grown.buffer);
    }
    const out = batch;
    let j = batchUsed;
    // four bytes at a time (a byte loop costs ~2 ns a byte, a native copy more for such short fields)
    let i = s;
    for (; i + 4 <= e; i += 4, j += 4) batchView.setInt32(j, dv.getInt32(i, true), true);
    for (; i < e; i++) out[j++] = b[i]!;
    out[j++] = 10;
    batchUsed = j;
  };
  const raw = part?.rawStrings === true || options.deferStrings === true;
  // deferred: one stream of bytes per column (each split into its column in one go when asked for)
  const chunk = options.stringChunk ?? STREAM_CHUNK;
  const ids = raw ? new ValueStream((n - p) >> 5, chunk) : null;
  const refs = raw ? new ValueStream((n - p) >> 4, chunk) : null;
  const labels = raw ? new ValueStream((n - p) >> 3, chunk) : null;
  const flush = (): void => {
    if (raw || batchFrom === T) return;
    const chunk = batch.subarray(0, batchUsed - 1);
    const strings = (latin9 ? decodeText(chunk, 'iso-8859-15') : UTF8.decode(chunk)).split('\n');
    let k = 0;
    for (let t = batchFrom; t < T; t++) {
      txId.push(strings[k++]!);
      txPieceRef.push(strings[k++]!);
      txLabel.push(strings[k++]!);
    }
    batchFrom = T;
    batchUsed = 0;
  };

  // ── the current entry ───────────────────────────────────────────────────
  const fs = new Int32Array(expected + 2);
  const fe = new Int32Array(expected + 2);
  const cap = expected + 1;
  const split = new Int32Array(3);
  // the field positions of the entry's first line, and whether its repeated fields are quoted
  const eFs = new Int32Array(11);
  const eFe = new Int32Array(11);
  let eQuoted = 0;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eActive = false;
  let eLine = 0;
  let eJournal = -1;
  let eHs = 0;
  let eHe = 0;
  let eTs = 0;
  let eTe = 0;
  let eJs = 0;
  let eJe = 0;
  let eNs = 0;
  let eNe = 0;
  let eDs = 0;
  let eDe = 0;
  let eVs = 0;
  let eVe = 0;
  let ePs = 0;
  let ePe = 0;
  let ePDs = 0;
  let ePDe = 0;
  let eLs = 0;
  let eLe = 0;
  let eLines = 0;
  let eBroken = false;
  let eUnreadable = false;
  let eFailed = false;
  let eDebit = 0;
  let eCredit = 0;
  let eDay = NaN;
  let eValidDay = NaN;
  let ePieceDay = NaN;
  let eDatesReported = false;
  let eRequiredBad = false;
  let ePieceReported = false;
  let eOpening = false;
  let eMode = -1;
  let eClient = -1;
  let errorsAtStart = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let records = 0;

  const entryName = (): string => {
    const num = decode(eNs, eNe);
    return eJe === eJs ? num : `${num} (journal ${decode(eJs, eJe)})`;
  };

  const finishEntry = (): void => {
    if (!eActive) return;
    eActive = false;
    if (eLines === 1 && !eBroken) error(eLine, 'fec_single_line_entry');
    if (!eUnreadable && !eBroken && eDebit !== eCredit) error(eLine, 'fec_entry_unbalanced');
    if (!Number.isSafeInteger(eDebit) || !Number.isSafeInteger(eCredit)) {
      const name = entryName();
      error(eLine, 'model', () => `[amount_overflow] ${M.overflow(name)}`);
    }
    if (eBroken || eFailed || errorTotal > errorsAtStart) {
      E = entryStart[T]!;
      // an entry left out keeps no id: the next transaction takes its slot
      renamedIds.delete(T);
      return;
    }
    if (E === entryStart[T]) {
      const name = entryName();
      note('fec_dropped_entry', 'info', eLine, () => M.droppedEntry(name));
      renamedIds.delete(T);
      return;
    }
    txLine[T] = eLine;
    txJournal[T] = eJournal;
    txDate[T] = eDay;
    txValid[T] = eValidDay;
    txPieceDate[T] = ePieceDay;
    txOpening[T] = eOpening ? 1 : 0;
    if (eMode >= 0 || eClient >= 0) {
      const key = (eMode + 1) * 4294967296 + (eClient + 1);
      let id = sourceIds.get(key);
      if (id === undefined) {
        const source: Record<string, string> = {};
        if (eClient >= 0) source.customerId = clients[eClient]!;
        if (eMode >= 0) source.paymentMethod = modes[eMode]!;
        id = sources.length;
        sources.push(Object.freeze(source));
        sourceIds.set(key, id);
      }
      if (txSource === null) txSource = new Int32Array(tCap).fill(-1);
      txSource[T] = id;
    }
    if (eDay < minDay) minDay = eDay;
    if (eDay > maxDay) maxDay = eDay;
    if (raw) {
      ids!.add(b, dv, eNs, eNe);
      refs!.add(b, dv, ePs, ePe);
      labels!.add(b, dv, eLs, eLe);
    } else {
      append(eNs, eNe);
      append(ePs, ePe);
      append(eLs, eLe);
    }
    T++;
    if (T >= tCap) growTx();
    entryStart[T] = E;
    if (batchUsed >= BATCH_BYTES) flush();
  };

  // ── lines ───────────────────────────────────────────────────────────────
  /** Starts the entry whose first line's fields are in fs/fe: journal, number, state. */
  const startEntry = (line: number): void => {
    const js = fs[0]!;
    const je = fe[0]!;
    const ns = fs[2]!;
    const ne = fe[2]!;
    eActive = true;
    eLine = line;
    eJs = js;
    eJe = je;
    eNs = ns;
    eNe = ne;
    eLines = 0;
    eBroken = false;
    eUnreadable = false;
    eFailed = false;
    eDebit = 0;
    eCredit = 0;
    eDatesReported = false;
    ePieceReported = false;
    eMode = -1;
    eClient = -1;
    errorsAtStart = errorTotal;
    entryStart[T] = E;
    // journal
    let j = journalTable.find(b, js, je);
    if (j < 0) {
      j = journalTable.id(b, js, je);
      const code = decode(js, je);
      const label = decode(fs[1]!, fe[1]!);
      journals.push(Object.freeze({ code, label, opening: options.openingJournals.has(code) }));
      journalValid.push(JOURNAL_RE.test(code) || (cash && je === js));
    }
    eJournal = j;
    eOpening = journals[j]!.opening;
    if (!journalValid[j]) {
      const code = journals[j]!.code;
      error(line, 'model', () => `[invalid_journal] ${M.journalCode(code)}`);
    }
    // the number: one entry per number in the file, its lines contiguous
    const owner = numbers.add(ns, ne, j);
    if (owner < 0) recordNumber(b, ns, ne);
    if (owner === j) error(line, 'fec_numbering_duplicate');
    else if (owner >= 0) {
      // used by another journal: this transaction's id is JournalCode:EcritureNum
      const colon = new Uint8Array([58]);
      for (let suffix = 1; ; suffix++) {
        const parts = [b.subarray(js, je), colon, b.subarray(ns, ne)];
        if (suffix > 1) parts.push(colon, new TextEncoder().encode(String(suffix)));
        const key = concatBytes(parts);
        const taken = numbers.addBytes(key, 0, key.length, j);
        if (taken === j) {
          error(line, 'fec_numbering_duplicate');
          break;
        }
        if (taken < 0) {
          recordNumber(key, 0, key.length);
          const renamed = latin9 ? decodeText(key, 'iso-8859-15') : UTF8.decode(key);
          renamedIds.set(T, renamed);
          const numText = decode(ns, ne);
          const code = journals[j]!.code;
          const other = journals[owner]!.code;
          note('fec_renamed_entry', 'info', line, () => M.renamed(numText, code, other, renamed));
          break;
        }
      }
    }
  };


  let line = later ? 0 : 1;
  let finalNewline = false;
  while (p < n) {
    line++;
    const ls = p;
    // a line repeating its entry's JournalCode … EcritureDate and PieceRef … EcritureLib (the common case)
    // is compared four bytes at a time with the entry's first line instead of being split byte by byte
    let head = false;
    let tail = false;
    let quotedLine = 0;
    if (eLines > 0 && eActive) {
      const hl = eHe - eHs;
      if (p + hl < n && b[p + hl] === sep && sameRange(b, dv, p, p + hl, eHs, eHe)) {
        head = true;
        const shift = p - eHs;
        for (let k = 0; k < 4; k++) {
          fs[k] = eFs[k]! + shift;
          fe[k] = eFe[k]! + shift;
        }
        splitFields(b, p + hl + 1, n, sep, fs, fe, cap, 4, 7, split);
        quotedLine = split[2]!;
        const at = split[0]!;
        const tl = eTe - eTs;
        if (split[1] === 7 && at < n && b[at] === sep && at + 1 + tl < n && b[at + 1 + tl] === sep && sameRange(b, dv, at + 1, at + 1 + tl, eTs, eTe)) {
          tail = true;
          const tshift = at + 1 - eTs;
          for (let k = 8; k < 11; k++) {
            fs[k] = eFs[k]! + tshift;
            fe[k] = eFe[k]! + tshift;
          }
          splitFields(b, at + 2 + tl, n, sep, fs, fe, cap, 11, -1, split);
        } else if (split[1] === 7 && at < n && b[at] === sep) splitFields(b, at + 1, n, sep, fs, fe, cap, 8, -1, split);
        quotedLine |= split[2]! | eQuoted;
      }
    }
    if (!head) {
      splitFields(b, p, n, sep, fs, fe, cap, 0, -1, split);
      quotedLine = split[2]!;
    }
    const i = split[0]!;
    const nf = split[1]!;
    const c = i < n ? b[i]! : 0;
    if (i < n) {
      p = c === 13 && b[i + 1] === 10 ? i + 2 : i + 1;
      if (p >= n) finalNewline = true;
    } else p = n;
    if (i === ls) {
      note('fec_empty_line', 'info', line, M.emptyLine);
      continue;
    }
    records++;
    let count = nf + 1;
    if (count <= cap) fe[nf] = i;
    if (count === expected + 1 && fs[expected] === fe[expected]) {
      note('fec_trailing_separator', 'info', line, M.trailingSeparator);
      count--;
    }
    if (count !== expected) {
      error(line, 'fec_field_count');
      if (count >= 3 && !(eActive && sameBytes(b, fs[0]!, fe[0]!, eJs, eJe) && sameBytes(b, fs[2]!, fe[2]!, eNs, eNe))) {
        finishEntry();
        startEntry(line);
      }
      if (eActive) eBroken = true;
      continue;
    }
    const errorsBefore = errorTotal;

    // quotes: kept as written, reported
    if (quotedLine === 1) {
      let quoted = '';
      for (let k = 0; k < expected; k++) if (fe[k]! - fs[k]! >= 2 && b[fs[k]!] === 34 && b[fe[k]! - 1] === 34) quoted = quoted === '' ? columns[k]! : `${quoted}, ${columns[k]!}`;
      if (quoted !== '') note('fec_quoted_field', 'warning', line, () => M.quoted(quoted));
    }

    // entry boundaries; most lines repeat their entry's JournalCode … EcritureDate and PieceRef … EcritureLib
    const sameHead = head || (eActive && eLines > 0 && sameRange(b, dv, fs[0]!, fe[3]!, eHs, eHe));
    if (!sameHead && !(eActive && sameBytes(b, fs[0]!, fe[0]!, eJs, eJe) && sameBytes(b, fs[2]!, fe[2]!, eNs, eNe))) {
      finishEntry();
      startEntry(line);
    }
    const first = eLines === 0;
    if (first) {
      for (let k = 0; k < 11; k++) {
        eFs[k] = fs[k]!;
        eFe[k] = fe[k]!;
      }
      eQuoted = 0;
      // a quoted field starts with a double quote, which the split saw
      if (quotedLine === 1) for (let r = 0; r < REPEATED.length; r++) if (fe[REPEATED[r]!]! - fs[REPEATED[r]!]! >= 2 && b[fs[REPEATED[r]!]!] === 34 && b[fe[REPEATED[r]!]! - 1] === 34) eQuoted = 1;
      eHs = fs[0]!;
      eHe = fe[3]!;
      eTs = fs[8]!;
      eTe = fe[10]!;
      eDs = fs[3]!;
      eDe = fe[3]!;
      eVs = fs[15]!;
      eVe = fe[15]!;
      ePs = fs[8]!;
      ePe = fe[8]!;
      ePDs = fs[9]!;
      ePDe = fe[9]!;
      eLs = fs[10]!;
      eLe = fe[10]!;
    }
    const sameTail = tail || (!first && sameRange(b, dv, fs[8]!, fe[10]!, eTs, eTe));
    eLines++;
    if (first) {
      eRequiredBad = false;
      for (let r = 0; r < required.length && !eRequiredBad; r++) {
        const k = required[r]!;
        if ((k <= 3 || (k >= 8 && k <= 10)) && blankAt(b, fs[k]!, fe[k]!, latin9)) eRequiredBad = true;
      }
    }

    // mandatory fields (those repeating the entry's first line were checked there)
    const toCheck = sameHead && sameTail && !eRequiredBad ? requiredRepeat : required;
    for (let r = 0; r < toCheck.length; r++) {
      const k = toCheck[r]!;
      const rs = fs[k]!;
      if (rs === fe[k]! || (b[rs] === 32 && blankAt(b, rs, fe[k]!, latin9))) {
        error(line, 'fec_required_field');
        break;
      }
    }

    // dates
    if (first) {
      const v = ymdAt(b, eDs, eDe);
      if (Number.isNaN(v)) {
        eDay = NaN;
        if (eDe > eDs) error(line, 'fec_invalid_date');
      } else eDay = day(v);
      const w = ymdAt(b, eVs, eVe);
      if (Number.isNaN(w)) {
        eValidDay = NaN;
        if (eVe > eVs) error(line, 'fec_invalid_date');
      } else eValidDay = day(w);
      const pd = ymdAt(b, ePDs, ePDe);
      if (Number.isNaN(pd)) {
        ePieceDay = NaN;
        if (ePDe > ePDs) error(line, 'fec_invalid_date');
      } else ePieceDay = day(pd);
      if (!Number.isNaN(eDay) && !Number.isNaN(eValidDay) && eValidDay < eDay) {
        const name = entryName();
        const valid = decode(eVs, eVe);
        const date = decode(eDs, eDe);
        note('fec_valid_date_before_entry', 'warning', line, () => M.validBeforeEntry(name, valid, date));
      }
    } else {
      const sameDate = sameHead || sameBytes(b, fs[3]!, fe[3]!, eDs, eDe);
      const sameValid = sameBytes(b, fs[15]!, fe[15]!, eVs, eVe);
      // a bad date is reported on every line that carries it, as validateFec does
      if (sameDate ? Number.isNaN(eDay) && eDe > eDs : fe[3]! > fs[3]! && Number.isNaN(ymdAt(b, fs[3]!, fe[3]!))) error(line, 'fec_invalid_date');
      if (sameValid ? Number.isNaN(eValidDay) && eVe > eVs : fe[15]! > fs[15]! && Number.isNaN(ymdAt(b, fs[15]!, fe[15]!))) error(line, 'fec_invalid_date');
      if ((sameTail || sameBytes(b, fs[9]!, fe[9]!, ePDs, ePDe)) && Number.isNaN(ePieceDay) && ePDe > ePDs) error(line, 'fec_invalid_date');
      if ((!sameDate || !sameValid) && !eDatesReported) {
        eDatesReported = true;
        error(line, 'fec_entry_dates');
      }
      if (!sameTail && !sameBytes(b, fs[9]!, fe[9]!, ePDs, ePDe)) {
        if (fe[9]! > fs[9]! && Number.isNaN(ymdAt(b, fs[9]!, fe[9]!))) error(line, 'fec_invalid_date');
        else if (!ePieceReported) {
          ePieceReported = true;
          const name = entryName();
          const value = decode(fs[9]!, fe[9]!);
          const firstValue = decode(ePDs, ePDe);
          const at = eLine;
          note('fec_entry_piece', 'warning', line, () => M.piece(name, 'PieceDate', value, firstValue, at));
        }
      }
      if (!sameTail && !ePieceReported && !sameBytes(b, fs[8]!, fe[8]!, ePs, ePe)) {
        ePieceReported = true;
        const name = entryName();
        const value = decode(fs[8]!, fe[8]!);
        const firstValue = decode(ePs, ePe);
        const at = eLine;
        note('fec_entry_piece', 'warning', line, () => M.piece(name, 'PieceRef', value, firstValue, at));
      }
    }
    const ls14 = fs[14]!;
    const le14 = fe[14]!;
    let letterDay = NaN;
    if (le14 > ls14) {
      const v = ymdAt(b, ls14, le14);
      if (Number.isNaN(v)) error(line, 'fec_invalid_date');
      else letterDay = day(v);
    }
    if (cash && fe[18]! > fs[18]! && Number.isNaN(ymdAt(b, fs[18]!, fe[18]!))) error(line, 'fec_invalid_date');

    // amounts
    let debit: number;
    let credit: number;
    if (montantSens) {
      const amount = centsAt(b, fs[11]!, fe[11]!);
      if (Number.isNaN(amount) && fe[11]! > fs[11]!) error(line, 'fec_invalid_amount');
      const ss = fs[12]!;
      const sl = fe[12]! - ss;
      let sign = 0;
      if (sl === 1 && b[ss] === 68) sign = 1;
      else if (sl === 1 && b[ss] === 67) sign = -1;
      else if (sl === 2 && b[ss + 1] === 49 && b[ss] === 43) sign = 1;
      else if (sl === 2 && b[ss + 1] === 49 && b[ss] === 45) sign = -1;
      else if (sl > 0) error(line, 'fec_invalid_sens');
      if (!Number.isNaN(amount) && sign !== 0) {
        debit = sign > 0 ? amount : 0;
        credit = sign < 0 ? amount : 0;
      } else {
        debit = NaN;
        credit = NaN;
      }
    } else {
      debit = centsAt(b, fs[11]!, fe[11]!);
      credit = centsAt(b, fs[12]!, fe[12]!);
      if (Number.isNaN(debit) && fe[11]! > fs[11]!) error(line, 'fec_invalid_amount');
      if (Number.isNaN(credit) && fe[12]! > fs[12]!) error(line, 'fec_invalid_amount');
      if (debit !== 0 && credit !== 0 && !Number.isNaN(debit) && !Number.isNaN(credit)) error(line, 'fec_debit_and_credit');
    }
    let signed = 0;
    if (Number.isNaN(debit) || Number.isNaN(credit)) eUnreadable = true;
    else {
      eDebit += debit;
      eCredit += credit;
      signed = debit - credit;
      if (signed === 0) note('fec_zero_line', 'info', line, M.zeroLine);
    }

    // account
    const as = fs[4]!;
    const ae = fe[4]!;
    let account = -1;
    if (ae > as) {
      account = accountTable.find(b, as, ae);
      if (account < 0) {
        account = accountTable.id(b, as, ae);
        const c0 = b[as]!;
        const c1 = b[as + 1] ?? 0;
        const c2 = b[as + 2] ?? 0;
        const prefixOk = ae - as >= 3 && c0 >= 49 && c0 <= 56 && c1 >= 48 && c1 <= 57 && c2 >= 48 && c2 <= 57;
        let shapeOk = prefixOk && ae - as <= 20;
        for (let k = as + 3; k < ae && shapeOk; k++) {
          const d = b[k]!;
          if (!((d >= 48 && d <= 57) || (d >= 65 && d <= 90))) shapeOk = false;
        }
        const ok = prefixOk ? (shapeOk ? 1 : 0) : -1;
        accounts.push(decode(as, ae));
        accountOk.push(ok);
        accountIncome.push(c0 === 54 || c0 === 55 ? 1 : 0);
        accLabelStart.push(0);
        accLabelEnd.push(-1);
        accLabelId.push(-1);
      }
      const ok = accountOk[account]!;
      if (ok === -1) error(line, 'fec_account_prefix');
      else if (ok === 0) {
        const shown = accounts[account]!;
        error(line, 'model', () => `[invalid_account] ${M.accountShape(shown)}`);
      }
      if (eOpening && accountIncome[account] === 1) {
        const name = entryName();
        const shown = accounts[account]!;
        note('fec_opening_on_income_account', 'warning', line, () => M.openingOnIncome(name, shown));
      }
    }

    // pairs
    const a6s = fs[6]!;
    const a6e = fe[6]!;
    const a7s = fs[7]!;
    const a7e = fe[7]!;
    const auxBlank = a6s === a6e || (b[a6s] === 32 && blankAt(b, a6s, a6e, latin9));
    if (auxBlank !== (a7s === a7e || (b[a7s] === 32 && blankAt(b, a7s, a7e, latin9)))) error(line, 'fec_pair_filled_together');
    const l13s = fs[13]!;
    const l13e = fe[13]!;
    const letterBlank = l13s === l13e || (b[l13s] === 32 && blankAt(b, l13s, l13e, latin9));
    if (letterBlank !== (ls14 === le14 || (b[ls14] === 32 && blankAt(b, ls14, le14, latin9)))) error(line, 'fec_pair_filled_together');
    const f16s = fs[16]!;
    const f16e = fe[16]!;
    let foreignFilled = false;
    if (f16e > f16s) {
      const v = foreignAt(b, f16s, f16e);
      if (Number.isNaN(v)) error(line, 'fec_invalid_amount');
      foreignFilled = v === 1;
    }
    const f17s = fs[17]!;
    const currencyBlank = f17s === fe[17]! || (b[f17s] === 32 && blankAt(b, f17s, fe[17]!, latin9));
    if (foreignFilled === currencyBlank) error(line, 'fec_pair_filled_together');

    // cash-basis sources: the first ModeRglt and IdClient of the entry
    if (cash) {
      if (eMode < 0 && !blankAt(b, fs[19]!, fe[19]!, latin9)) {
        eMode = modeTable.id(b, fs[19]!, fe[19]!);
        if (eMode === modes.length) modes.push(decode(fs[19]!, fe[19]!));
      }
      if (bnc && eClient < 0 && !blankAt(b, fs[21]!, fe[21]!, latin9)) {
        eClient = clientTable.id(b, fs[21]!, fe[21]!);
        if (eClient === clients.length) clients.push(decode(fs[21]!, fe[21]!));
      }
    }

    // the amount in the book currency's minor units
    let minor = signed;
    if (factor > 1) {
      minor = signed * factor;
      if (!Number.isSafeInteger(minor)) {
        const name = entryName();
        error(line, 'model', () => `[amount_overflow] ${M.overflow(name)}`);
      }
    }
    else if (divisor > 0 && signed !== 0) {
      if (signed % divisor !== 0) {
        const at = montantSens || debit !== 0 ? 11 : 12;
        const shown = decode(fs[at]!, fe[at]!);
        const currency = options.currency;
        error(line, 'model', () => `[too_many_decimals] ${M.currencyScale(currency, shown)}`);
      }
      minor = signed / divisor;
    }
    if (errorTotal > errorsBefore) {
      eFailed = true;
      continue;
    }
    if (signed === 0 || eFailed) continue;

    // the entry
    if (E >= eCap) growEntries();
    entAmount[E] = minor;
    entAccount[E] = account;
    const l5s = fs[5]!;
    const l5e = fe[5]!;
    let label: number;
    if (sameRange(b, dv, l5s, l5e, accLabelStart[account]!, accLabelEnd[account]!)) label = accLabelId[account]!;
    else {
      label = accountLabelTable.id(b, l5s, l5e);
      if (label === accountLabels.length) accountLabels.push(decode(l5s, l5e));
      accLabelId[account] = label;
    }
    accLabelStart[account] = l5s;
    accLabelEnd[account] = l5e;
    entAccountLabel[E] = label;
    if (auxBlank) entAux[E] = -1;
    else {
      let aux = auxTable.find(b, a6s, a7e);
      if (aux < 0) {
        aux = auxTable.id(b, a6s, a7e);
        const numberId = auxNumberTable.id(b, a6s, a6e);
        auxiliaries.push(Object.freeze({ account: Object.freeze({ number: decode(a6s, a6e), name: decode(a7s, a7e) }), numberId }));
      }
      entAux[E] = aux;
    }
    if (!first && !sameTail && !sameBytes(b, fs[10]!, fe[10]!, eLs, eLe)) {
      label = entryLabelTable.id(b, fs[10]!, fe[10]!);
      if (label === entryLabels.length) entryLabels.push(decode(fs[10]!, fe[10]!));
      if (entLabel === null) entLabel = new Int32Array(eCap).fill(-1);
      entLabel[E] = label;
    }
    if (!letterBlank) {
      const code = letterTable.id(b, l13s, l13e);
      if (code === letterCodes.length) letterCodes.push(decode(l13s, l13e));
      if (entLetter === null) {
        entLetter = new Int32Array(eCap).fill(-1);
        entLetterDate = new Int32Array(eCap);
      }
      entLetter[E] = code;
      entLetterDate![E] = letterDay;
    }
    if (foreignFilled) {
      const code = currencyTable.id(b, fs[17]!, fe[17]!);
      if (code === currencies.length) currencies.push(decode(fs[17]!, fe[17]!));
      if (entCurrency === null) {
        entCurrency = new Int32Array(eCap).fill(-1);
        entForeign = [];
      }
      entCurrency[E] = code;
      entForeign![E] = foreignDecimal(decode(f16s, f16e));
    }
    E++;
  }
  finishEntry();
  flush();
  if (!raw) for (const [t, id] of renamedIds) txId[t] = id;

  if (part !== undefined) {
    const hashes = numberHashes.slice(0, numberCount).sort();
    if (entForeign !== null && entForeign.length < E) entForeign.length = E;
    const state: ScanPartState = { lines: line, utf8: partUtf8, errorTotal, issueCounts, records, finalNewline, minDay, maxDay, numberHashes: hashes };
    return withPart(columnsOf(), state);
  }
  if (records === 0) error(0, 'fec_empty_file');
  if (finalNewline) note('fec_trailing_newline', 'info', 0, M.trailingNewline);
  if (minDay <= maxDay) {
    const last = toDayNumber(addDays(addMonths(fromDayNumber(minDay), 12), -1) as IsoDate);
    if (maxDay > last) note('fec_date_outside_year', 'warning', 0, () => M.spanTooLong(compact(minDay), compact(maxDay)));
  }
  for (const [code, count] of issueCounts) {
    if (count > max) issues.push(Object.freeze({ code: code as ParseFecIssueCode, severity: 'info' as const, line: 0, message: M.truncated(count - max, max) }));
  }
  issues.sort((x, y) => x.line - y.line);

  if (entForeign !== null && entForeign.length < E) entForeign.length = E;
  return columnsOf();

  function columnsOf(): FecColumns {
    return {
      encoding,
      separator: fileSeparator,
      lineEnding,
      layout,
      finalNewline,
      T,
      E,
      txId,
      txJournal: fit(txJournal, T),
      txDate: fit(txDate, T),
      txPieceRef,
      txPieceDate: fit(txPieceDate, T),
      txLabel,
      txValid: fit(txValid, T),
      txOpening: fit(txOpening, T),
      txSource: txSource === null ? null : fit(txSource as Int32Array, T),
      txLine: fit(txLine, T),
      entryStart: fit(entryStart, T + 1),
      entAccount: fit(entAccount, E),
      entAccountLabel: fit(entAccountLabel, E),
      entAux: fit(entAux, E),
      entAmount: fit(entAmount, E),
      entLabel: entLabel === null ? null : fit(entLabel as Int32Array, E),
      entLetter: entLetter === null ? null : fit(entLetter as Int32Array, E),
      entLetterDate: entLetterDate === null ? null : fit(entLetterDate, E),
      entCurrency: entCurrency === null ? null : fit(entCurrency as Int32Array, E),
      entForeign,
      journals,
      accounts,
      accountLabels,
      auxiliaries,
      entryLabels,
      letterCodes,
      currencies,
      sources,
      issues,
      errors,
      deferred: raw ? { head: null, ids: ids!.finish(), refs: refs!.finish(), labels: labels!.finish(), latin9, renamed: [...renamedIds] } : null,
    };
  }
}

function withPart(columns: FecColumns, part: ScanPartState): FecPartColumns {
  return { ...columns, part };
}

/** The first `used` items of a column: a view when at most half is wasted, else a copy. */
function fit<A extends Int32Array | Float64Array | Uint8Array>(a: A, used: number): A {
  return ((a.length - used) * 2 <= a.length ? a.subarray(0, used) : a.slice(0, used)) as A;
}

function finishEmpty(
  encoding: FecColumns['encoding'],
  separator: FecSeparator,
  layout: FecLayout | null,
  issues: ParseFecIssue[],
  errors: ScanError[],
): FecColumns {
  const none = new Int32Array(0);
  return {
    encoding,
    separator,
    lineEnding: '\r\n',
    layout,
    finalNewline: false,
    T: 0,
    E: 0,
    txId: [],
    txJournal: none,
    txDate: none,
    txPieceRef: [],
    txPieceDate: none,
    txLabel: [],
    txValid: none,
    txOpening: new Uint8Array(0),
    txSource: null,
    txLine: none,
    entryStart: new Int32Array(1),
    entAccount: none,
    entAccountLabel: none,
    entAux: none,
    entAmount: new Float64Array(0),
    entLabel: null,
    entLetter: null,
    entLetterDate: null,
    entCurrency: null,
    entForeign: null,
    journals: [],
    accounts: [],
    accountLabels: [],
    auxiliaries: [],
    entryLabels: [],
    letterCodes: [],
    currencies: [],
    sources: [],
    issues,
    errors,
    deferred: null,
  };
}

