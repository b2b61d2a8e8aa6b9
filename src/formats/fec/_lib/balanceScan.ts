/**
 * The scan of a FEC for its trial balance only (internal; the CLI's `balance`
 * reads a file with it, part by part in worker threads). No column per line,
 * no string per transaction: per part, the account and auxiliary numbers met
 * on lines that carry an amount, interned by their bytes, and the Σ debit and
 * Σ credit of each (account, auxiliary) ledger per date class of the period.
 *
 * It checks every rule of the full scan (`scanFec`) that makes a file
 * unusable, and gives up (`ok: false`) at the first line that breaks one, or
 * on anything it does not read the way the full scan does (a layout other
 * than the 18 standard Debit/Credit columns, bytes that are not plain UTF-8,
 * an entry number with a colon, an entry number seen twice, sums beyond
 * 2^53): the caller then reads the file with `parseFecBook`, whose Book and
 * errors are the reference. When every part is `ok`, {@link balanceBook}
 * lays the sums out as a small Book with the trial balances of the file's
 * Book (same rows, same labels, same opening mode for any period): one
 * transaction per date class, one entry per ledger and side.
 */
import type { Book } from '../../../book/index.js';
import { bookOf } from '../parseFecBook.js';
import { readFecText } from '../readFecText.js';
import { ByteTable } from './ByteTable.js';
import { centsAt, sameBytes, sameRange, utf8Sequence, ymdAt, ymdToDay } from './bytes.js';
import type { FecColumns, ScanPart, ScannedAuxiliary, ScannedJournal } from './scanFec.js';
import { foreignAt } from './scanFec.js';

/** Options of {@link balanceScan} (structured-clone friendly: a worker thread gets them as they are). */
export interface BalanceScanOptions {
  /** The opening journals (AN, OUV and the caller's). */
  readonly openingJournals: ReadonlyArray<string>;
  /** The period's first and last day numbers, when one is asked for. */
  readonly period?: { readonly from: number; readonly to: number };
}

/**
 * The date classes of an entry, as `trialBalance` reads a period: 0 before
 * it, 1 an opening entry on its first day, 2 another opening entry in it,
 * 3 a movement in it, 4 after it. Without a period: 2 opening, 3 movement.
 */
const CLASSES = 5;

/** What {@link balanceScan} gives for a part. */
export interface FecBalancePart {
  /** Whether the part was read; `false`: the file must be read by `parseFecBook`. */
  readonly ok: boolean;
  /** Lines read (empty lines aside). */
  readonly records: number;
  readonly journals: string[];
  readonly journalLabels: string[];
  /** The accounts of lines with an amount, each with the CompteLib of its first such line. */
  readonly accounts: string[];
  readonly accountLabels: string[];
  /** The auxiliary numbers of lines with an amount, each with the CompAuxLib of its first such line. */
  readonly auxNumbers: string[];
  readonly auxNames: string[];
  /** Per ledger: its account and auxiliary (−1: none), indexes into the lists above. */
  readonly ledgerAccount: Int32Array;
  readonly ledgerAux: Int32Array;
  /** Σ debit and Σ credit in minor units, at `ledger * 5 + class`. */
  readonly debit: Float64Array;
  readonly credit: Float64Array;
  /** Σ |amount| of the part, in minor units. */
  readonly absoluteTotal: number;
  /** A 53-bit hash of each entry's (JournalCode, EcritureNum), in no order. */
  readonly keys: Float64Array;
}

const JOURNAL_RE = /^[A-Za-z0-9_-]{1,10}$/;
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const FIELDS = 18;

function failed(): FecBalancePart {
  const none = new Int32Array(0);
  return { ok: false, records: 0, journals: [], journalLabels: [], accounts: [], accountLabels: [], auxNumbers: [], auxNames: [], ledgerAccount: none, ledgerAux: none, debit: new Float64Array(0), credit: new Float64Array(0), absoluteTotal: 0, keys: new Float64Array(0) };
}

/**
 * The length of the UTF-8 sequence at `i` (2 to 4), or 0 when it is not
 * valid UTF-8 (overlong, surrogate, beyond U+10FFFF, cut at `n`) or encodes a
 * C1 control (U+0080–U+009F): `utf8Check`'s rules, sequence by sequence.
 */
function sequenceAt(b: Uint8Array, i: number, n: number): number {
  const len = utf8Sequence(b, i, n);
  return len > 0 ? len : 0;
}

/** Whether `b[s…e)` is plain UTF-8 (see {@link sequenceAt}). */
function plainUtf8(b: Uint8Array, s: number, e: number): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only the header is read by plainUtf8, and its names must be the 18 standard ones: a header with a byte that is not plain UTF-8 (a C1 control, ISO-8859-15 Crédit) fails the layout test as well
  for (let i = s; i < e; i++) {
    if (b[i]! < 0x80) continue;
    const len = sequenceAt(b, i, e);
    // Stryker disable next-line BooleanLiteral: only the header is read by plainUtf8, and its names must be the 18 standard ones: a header with a byte that is not plain UTF-8 (a C1 control, ISO-8859-15 Crédit) fails the layout test as well
    if (len === 0) return false;
    // Stryker disable next-line ArithmeticOperator: only the header is read by plainUtf8, and its names must be the 18 standard ones: a header with a byte that is not plain UTF-8 (a C1 control, ISO-8859-15 Crédit) fails the layout test as well
    i += len - 1;
  }
  return true;
}

/**
 * Splits a line as `scanFec`'s splitFields does (field k is `b[fs[k]…fe[k])`,
 * stopping at the line break or at the separator ending field `stop`), and
 * checks its bytes are plain UTF-8 on the way. `out[0]`: where it stopped,
 * `out[1]`: the last field reached, `out[2]`: 1 when a byte is not plain UTF-8.
 */
function split(b: Uint8Array, p: number, n: number, sep: number, fs: Int32Array, fe: Int32Array, cap: number, k0: number, stop: number, out: Int32Array): void {
  let nf = k0;
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
    } else if (c <= 13) {
      if (c === 10 || c === 13) break;
    } else if (c >= 0x80) {
      const len = sequenceAt(b, i, n);
      if (len === 0) {
        out[2] = 1;
        break;
      }
      i += len - 1;
    }
  }
  out[0] = i;
  out[1] = nf;
}

/** A field that is empty or only white space, as the full scan's `blankAt` reads UTF-8. */
function blank(b: Uint8Array, s: number, e: number): boolean {
  return s === e || (b[s] === 32 && spaces(b, s, e));
}

/** Whether a field starting with a space is only white space (the rare case of {@link blank}). */
function spaces(b: Uint8Array, s: number, e: number): boolean {
  return UTF8.decode(b.subarray(s, e)).trim() === '';
}

function grown(a: Float64Array, n: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(n);
  out.set(a);
  return out;
}

/**
 * Scans one part of a FEC (`part`: from byte `start` to byte `end`, both line
 * starts, no entry crossing either; the part at 0 holds the header, a later
 * one reads it for the layout) for its trial balance. See the module's
 * comment for what makes it give up.
 */
export function balanceScan(input: Uint8Array, options: BalanceScanOptions, part: ScanPart = { start: 0, end: input.length }): FecBalancePart {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a Uint8Array over the same bytes reads the same
  const b = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const n = part.end;
  // the header: the layout must be the 18 standard Debit/Credit columns, the bytes plain UTF-8
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  let headerEnd = start;
  while (headerEnd < b.length && b[headerEnd] !== 10 && b[headerEnd] !== 13) headerEnd++;
  if (headerEnd >= b.length || !plainUtf8(b, start, headerEnd)) return failed();
  const header = readFecText(UTF8.decode(b.subarray(start, headerEnd)));
  const layout = header.layout;
  if (header.separator === undefined || layout === null || layout.variant !== 'standard' || layout.amounts !== 'debit-credit' || layout.columns.length !== FIELDS) return failed();
  const sep = header.separator.charCodeAt(0);
  let p = part.start;
  if (p === 0) p = b[headerEnd] === 13 && b[headerEnd + 1] === 10 ? headerEnd + 2 : headerEnd + 1;
  const opening = new Set(options.openingJournals);
  const period = options.period;
  const from = period === undefined ? 0 : period.from;
  const to = period === undefined ? 0 : period.to;

  // tables
  const journalTable = new ByteTable();
  const journals: string[] = [];
  const journalLabels: string[] = [];
  const journalOpening: boolean[] = [];
  const accountTable = new ByteTable(256);
  /** Per account of the table: its index among the accounts with an amount, −1 before. */
  let accountKept = new Int32Array(256).fill(-1);
  const accounts: string[] = [];
  const accountLabels: string[] = [];
  const auxTable = new ByteTable(1024);
  let auxKept = new Int32Array(1024).fill(-1);
  /** Per auxiliary number of the table: the account of its last ledger looked up (−1 before), and that ledger. */
  let auxAccount = new Int32Array(1024).fill(-1);
  let auxLedger = new Int32Array(1024);
  const auxNumbers: string[] = [];
  const auxNames: string[] = [];
  const ledgerOf = new Map<number, number>();
  /** Per account of the table: its ledger without auxiliary account, −1 before. */
  let plainLedger = new Int32Array(256).fill(-1);
  const ledgerAccount: number[] = [];
  const ledgerAux: number[] = [];
  let debit = new Float64Array(1024 * CLASSES);
  let credit = new Float64Array(1024 * CLASSES);
  let absoluteTotal = 0;
  // sized for an entry every 512 bytes (a usual FEC's entry is 3 lines of ~150 bytes): it seldom grows
  const keySet = new KeySet((n - p) / 512);
  const dayOf = new Map<number, number>();

  // the current line's fields, the entry's first line's
  const fs = new Int32Array(FIELDS + 2);
  const fe = new Int32Array(FIELDS + 2);
  const cap = FIELDS + 1;
  const out = new Int32Array(3);
  const eFs = new Int32Array(FIELDS + 2);
  // Stryker disable next-line ArithmeticOperator: the entry's first line's field ends past 15 are read only into a repeated line's fields 16–18, which nothing reads (the last one's end is set from the line's end)
  const eFe = new Int32Array(FIELDS + 2);
  // the end of the entry's first line and its last field reached
  let eEnd = 0;
  let eNf = 0;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eLines = 0;
  let eDebit = 0;
  let eCredit = 0;
  let eClass = 0;
  let eVs = 0;
  let eVe = 0;
  let records = 0;
  // the last (account, auxiliary) looked up and its ledger: an entry's lines often come back to one
  // Stryker disable next-line UnaryOperator: the cache of the last ledger: no line has auxiliary −2, so it is not hit before it is set, whatever the first account
  let lastAccount = -1;
  // Stryker disable next-line UnaryOperator: the cache of the last ledger: no account is −1, so it is not hit before it is set, whatever the first auxiliary
  let lastAux = -2;
  // Stryker disable next-line UnaryOperator: read only on a hit of the cache, which is set with it
  let lastLedger = -1;

  // the last valid date read (its 8 bytes as two words): most dates repeat the one before
  let dateSet = false;
  let dateHi = 0;
  let dateLo = 0;
  /** Whether `b[s…e)` is a valid AAAAMMJJ date. */
  const validDate = (s: number, e: number): boolean => {
    if (e - s !== 8) return false;
    // Stryker disable next-line BooleanLiteral: the cache key of the last valid date: its bytes as words in either byte order
    const hi = dv.getInt32(s, true);
    // Stryker disable next-line BooleanLiteral: the cache key of the last valid date: its bytes as words in either byte order
    const lo = dv.getInt32(s + 4, true);
    if (dateSet && hi === dateHi && lo === dateLo) return true;
    if (Number.isNaN(ymdAt(b, s, e))) return false;
    // Stryker disable next-line BooleanLiteral: the cache of the last valid date: without it the date is checked again, with the same answer
    dateSet = true;
    dateHi = hi;
    dateLo = lo;
    return true;
  };
  // the last EcritureDate read and its day number
  let entrySet = false;
  let entryHi = 0;
  let entryLo = 0;
  let entryDay = 0;

  /** Whether the entry just read is usable: two lines at least, balanced. */
  const entryOk = (): boolean => eLines === 0 || (eLines > 1 && eDebit === eCredit && Number.isSafeInteger(eDebit) && Number.isSafeInteger(eCredit));

  while (p < n) {
    const ls = p;
    let head = false;
    let tail = false;
    let rest = false;
    out[2] = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (at the first line there is no entry to repeat)
    if (eLines > 0) {
      // a line repeating its entry's JournalCode … EcritureDate (and PieceRef … EcritureLib) is compared four bytes at a time
      const hs = eFs[0]!;
      const hl = eFe[3]! - hs;
      // Stryker disable next-line ArithmeticOperator,BlockStatement: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a wrong range compares unequal)
      if (p + hl < n && b[p + hl] === sep && sameRange(b, dv, p, p + hl, hs, hs + hl)) {
        // Stryker disable next-line BooleanLiteral: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks
        head = true;
        // Stryker disable next-line ArithmeticOperator: fields the fast path copies and nothing reads on a repeated line (the checks of its head, piece and end are skipped)
        const shift = p - hs;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: fields the fast path copies and nothing reads on a repeated line (the checks of its head, piece and end are skipped)
        for (let k = 0; k < 4; k++) {
          // Stryker disable next-line ArithmeticOperator: fields the fast path copies and nothing reads on a repeated line (the checks of its head, piece and end are skipped)
          fs[k] = eFs[k]! + shift;
          // Stryker disable next-line ArithmeticOperator: fields the fast path copies and nothing reads on a repeated line (the checks of its head, piece and end are skipped)
          fe[k] = eFe[k]! + shift;
        }
        split(b, p + hl + 1, n, sep, fs, fe, cap, 4, 7, out);
        const at = out[0]!;
        const ts = eFs[8]!;
        const tl = eFe[10]! - ts;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a split stopped by a bad byte fails below; one stopped at the line end has no separator there)
        if (out[2] === 0 && out[1] === 7 && at < n && b[at] === sep) {
          // Stryker disable next-line ArithmeticOperator: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a wrong range compares unequal)
          if (at + 1 + tl < n && b[at + 1 + tl] === sep && sameRange(b, dv, at + 1, at + 1 + tl, ts, ts + tl)) {
            // Stryker disable next-line BooleanLiteral: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks
            tail = true;
            // Stryker disable next-line ArithmeticOperator: fields 8–10 the fast path copies and nothing reads on a repeated line (its piece is not checked again)
            const tshift = at + 1 - ts;
            // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: fields 8–10 the fast path copies and nothing reads on a repeated line (its piece is not checked again)
            for (let k = 8; k < 11; k++) {
              // Stryker disable next-line ArithmeticOperator: fields the fast path copies and nothing reads on a repeated line (the checks of its head, piece and end are skipped)
              fs[k] = eFs[k]! + tshift;
              // Stryker disable next-line ArithmeticOperator: fields the fast path copies and nothing reads on a repeated line (the checks of its head, piece and end are skipped)
              fe[k] = eFe[k]! + tshift;
            }
            split(b, at + 2 + tl, n, sep, fs, fe, cap, 11, 12, out);
            // EcritureLet … the line's end, most often the entry's first line's too: compared four bytes at a time
            const q = out[0]!;
            const rs = eFs[13]!;
            // Stryker disable next-line ArithmeticOperator: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a wrong range compares unequal)
            const rl = eEnd - rs;
            // Stryker disable next-line ArithmeticOperator: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a wrong range compares unequal)
            const r = q + 1 + rl;
            // Stryker disable next-line ConditionalExpression,LogicalOperator: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a split stopped by a bad byte fails below; one stopped at the line end has no separator there)
            if (out[2] === 0 && (out[1] as number) === 12 && q < n && b[q] === sep) {
              // Stryker disable next-line ArithmeticOperator: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks (a wrong range compares unequal)
              if ((r === n || (r < n && (b[r] === 10 || b[r] === 13))) && sameRange(b, dv, q + 1, r, rs, eEnd)) {
                // Stryker disable next-line BooleanLiteral: the fast path for a line repeating its entry’s first line: not taking it splits the line whole, with the same fields and checks
                rest = true;
                const rshift = q + 1 - rs;
                // Stryker disable next-line LogicalOperator: the fields past the entry’s first line’s last are not read (the count is that line’s)
                for (let k = 13; k <= eNf && k < cap; k++) {
                  fs[k] = eFs[k]! + rshift;
                  // Stryker disable next-line ArithmeticOperator: the ends of fields 13–18 of a repeated line are not read (the last one is set from the line’s end below)
                  fe[k] = eFe[k]! + rshift;
                }
                out[0] = r;
                out[1] = eNf;
              } else split(b, q + 1, n, sep, fs, fe, cap, 13, -1, out);
            }
          } else split(b, at + 1, n, sep, fs, fe, cap, 8, -1, out);
        }
      }
    }
    if (!head) split(b, p, n, sep, fs, fe, cap, 0, -1, out);
    if (out[2] === 1) return failed();
    const i = out[0]!;
    const nf = out[1]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: the next line’s start: one byte short after a CR LF reads the LF as an empty line, skipped; past the end stops the loop as the end does
    p = i < n ? (b[i] === 13 && b[i + 1] === 10 ? i + 2 : i + 1) : n;
    if (i === ls) continue;
    records++;
    let count = nf + 1;
    if (count <= cap) fe[nf] = i;
    if (count === FIELDS + 1 && fs[FIELDS] === fe[FIELDS]) count--;
    if (count !== FIELDS) return failed();

    // the entry: a new one when JournalCode or EcritureNum changes
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a line not seen as repeating its entry’s head goes through the same-journal, same-number test below, with the same outcome
    const sameHead = head || (eLines > 0 && sameRange(b, dv, fs[0]!, fe[3]!, eFs[0]!, eFe[3]!));
    if (!sameHead) {
      if (eLines > 0 && sameBytes(b, fs[0]!, fe[0]!, eFs[0]!, eFe[0]!) && sameBytes(b, fs[2]!, fe[2]!, eFs[2]!, eFe[2]!)) {
        // the same entry with another JournalLib or EcritureDate: the date must be the entry's
        if (!sameBytes(b, fs[3]!, fe[3]!, eFs[3]!, eFe[3]!) || blank(b, fs[1]!, fe[1]!)) return failed();
      } else {
        if (!entryOk()) return failed();
        // a new entry: journal, number, date
        const js = fs[0]!;
        const je = fe[0]!;
        let j = journalTable.find(b, js, je);
        if (j < 0) {
          j = journalTable.id(b, js, je);
          const code = UTF8.decode(b.subarray(js, je));
          if (!JOURNAL_RE.test(code)) return failed();
          journals.push(code);
          journalLabels.push(UTF8.decode(b.subarray(fs[1]!, fe[1]!)));
          journalOpening.push(opening.has(code));
        }
        if (blank(b, fs[1]!, fe[1]!)) return failed();
        const ns = fs[2]!;
        const ne = fe[2]!;
        if (blank(b, ns, ne)) return failed();
        // the key (JournalCode, EcritureNum): two hashes of its bytes, 53 bits
        let h1 = 0x811c9dc5 | 0;
        let h2 = 7;
        for (let k = js; k < je; k++) {
          const c = b[k]!;
          h1 = Math.imul(h1 ^ c, 0x01000193);
          // Stryker disable next-line ArithmeticOperator: another hash of the same bytes, computed the same way in every part and compared only with itself
          h2 = (Math.imul(h2, 31) + c) | 0;
        }
        h1 = Math.imul(h1 ^ 0x3a, 0x01000193);
        // Stryker disable next-line ArithmeticOperator: another hash of the same bytes, computed the same way in every part and compared only with itself
        h2 = (Math.imul(h2, 31) + 0x3a) | 0;
        for (let k = ns; k < ne; k++) {
          const c = b[k]!;
          // a colon: a renamed entry's id could meet another number (the full scan tells)
          if (c === 0x3a) return failed();
          h1 = Math.imul(h1 ^ c, 0x01000193);
          // Stryker disable next-line ArithmeticOperator: another hash of the same bytes, computed the same way in every part and compared only with itself
          h2 = (Math.imul(h2, 31) + c) | 0;
        }
        h1 ^= h1 >>> 16;
        h1 = Math.imul(h1, 0x45d9f3b) ^ (h1 >>> 13);
        if (!keySet.add((h1 >>> 0) * 2097152 + (h2 >>> 11))) return failed();
        const ds = fs[3]!;
        if (fe[3]! - ds !== 8) return failed();
        // Stryker disable next-line BooleanLiteral: the cache key of the last EcritureDate: its bytes as words in either byte order
        const hi = dv.getInt32(ds, true);
        // Stryker disable next-line BooleanLiteral: the cache key of the last EcritureDate: its bytes as words in either byte order
        const lo = dv.getInt32(ds + 4, true);
        if (!entrySet || hi !== entryHi || lo !== entryLo) {
          const v = ymdAt(b, ds, ds + 8);
          if (Number.isNaN(v)) return failed();
          let day = dayOf.get(v);
          if (day === undefined) {
            day = ymdToDay(v);
            dayOf.set(v, day);
          }
          // Stryker disable next-line BooleanLiteral: the cache of the last EcritureDate: without it the date is read again, with the same day
          entrySet = true;
          entryHi = hi;
          entryLo = lo;
          entryDay = day;
        }
        const d = entryDay;
        const open = journalOpening[j]!;
        eClass = period === undefined ? (open ? 2 : 3) : d > to ? 4 : d < from ? 0 : open ? (d === from ? 1 : 2) : 3;
        eLines = 0;
        eDebit = 0;
        eCredit = 0;
      }
    }
    if (eLines === 0) {
      for (let k = 0; k <= FIELDS; k++) {
        eFs[k] = fs[k]!;
        eFe[k] = fe[k]!;
      }
      eEnd = i;
      eNf = nf;
      eVs = fs[15]!;
      eVe = fe[15]!;
      // the first line's ValidDate is the entry's
      if (!validDate(eVs, eVe)) return failed();
    } else if (!rest && !sameBytes(b, fs[15]!, fe[15]!, eVs, eVe)) return failed();
    eLines++;

    // PieceRef, PieceDate, EcritureLib: checked on the first line, and on a line that does not repeat them
    if (!tail && (eLines === 1 || !sameRange(b, dv, fs[8]!, fe[10]!, eFs[8]!, eFe[10]!))) {
      if (blank(b, fs[8]!, fe[8]!) || !validDate(fs[9]!, fe[9]!) || blank(b, fs[10]!, fe[10]!)) return failed();
    }

    // the account, its label
    const as = fs[4]!;
    const ae = fe[4]!;
    let account = accountTable.find(b, as, ae);
    if (account < 0) {
      const c0 = b[as]!;
      const c1 = b[as + 1]!;
      const c2 = b[as + 2]!;
      if (ae - as < 3 || ae - as > 20 || c0 < 49 || c0 > 56 || c1 < 48 || c1 > 57 || c2 < 48 || c2 > 57) return failed();
      for (let k = as + 3; k < ae; k++) {
        const d = b[k]!;
        if (!((d >= 48 && d <= 57) || (d >= 65 && d <= 90))) return failed();
      }
      account = accountTable.id(b, as, ae);
      if (account >= accountKept.length) {
        const more = new Int32Array(accountKept.length * 2).fill(-1);
        more.set(accountKept);
        accountKept = more;
      }
    }
    if (blank(b, fs[5]!, fe[5]!)) return failed();

    // the pairs: auxiliary account, lettering, foreign amount
    const a6s = fs[6]!;
    const a6e = fe[6]!;
    const noAux = blank(b, a6s, a6e);
    if (noAux !== blank(b, fs[7]!, fe[7]!)) return failed();
    if (!rest) {
      // (a line whose EcritureLet … end repeats its entry's first line's was checked there)
      const l14s = fs[14]!;
      const l14e = fe[14]!;
      if (blank(b, fs[13]!, fe[13]!) !== blank(b, l14s, l14e)) return failed();
      if (l14e > l14s && !validDate(l14s, l14e)) return failed();
      const f16s = fs[16]!;
      const f16e = fe[16]!;
      let foreignFilled = false;
      if (f16e > f16s) {
        const v = foreignAt(b, f16s, f16e);
        if (Number.isNaN(v)) return failed();
        foreignFilled = v === 1;
      }
      if (foreignFilled === blank(b, fs[17]!, fe[17]!)) return failed();
    }

    // the amounts
    const dr = centsAt(b, fs[11]!, fe[11]!);
    const cr = centsAt(b, fs[12]!, fe[12]!);
    if (Number.isNaN(dr) || Number.isNaN(cr) || (dr !== 0 && cr !== 0)) return failed();
    eDebit += dr;
    eCredit += cr;
    const signed = dr - cr;
    if (signed === 0) continue;

    // a line with an amount: its ledger's sums
    let aux = -1;
    if (!noAux) {
      aux = auxTable.id(b, a6s, a6e);
      if (aux >= auxKept.length) {
        const more = new Int32Array(auxKept.length * 2).fill(-1);
        more.set(auxKept);
        auxKept = more;
        const accountsMore = new Int32Array(more.length).fill(-1);
        accountsMore.set(auxAccount);
        auxAccount = accountsMore;
        const ledgersMore = new Int32Array(more.length);
        ledgersMore.set(auxLedger);
        auxLedger = ledgersMore;
      }
    }
    let ledger: number;
    if (account === lastAccount && aux === lastAux) ledger = lastLedger;
    else if (aux < 0 && account < plainLedger.length && plainLedger[account]! >= 0) ledger = plainLedger[account]!;
    else if (aux >= 0 && auxAccount[aux] === account) ledger = auxLedger[aux]!;
    else {
      // Stryker disable next-line ArithmeticOperator: the ledger key: unique per (account, auxiliary) with either operator (auxiliary + 1 < 2^22)
      const key = account * 4194304 + (aux + 1);
      let found = ledgerOf.get(key);
      if (found === undefined) {
        let a = accountKept[account]!;
        if (a < 0) {
          a = accountKept[account] = accounts.length;
          accounts.push(UTF8.decode(b.subarray(as, ae)));
          accountLabels.push(UTF8.decode(b.subarray(fs[5]!, fe[5]!)));
        }
        let x = -1;
        if (aux >= 0) {
          x = auxKept[aux]!;
          if (x < 0) {
            x = auxKept[aux] = auxNumbers.length;
            auxNumbers.push(UTF8.decode(b.subarray(a6s, a6e)));
            auxNames.push(UTF8.decode(b.subarray(fs[7]!, fe[7]!)));
          }
        }
        found = ledgerAccount.length;
        ledgerAccount.push(a);
        ledgerAux.push(x);
        ledgerOf.set(key, found);
        // Stryker disable next-line BlockStatement: the per-account cache of the ledger without auxiliary: without it the ledger is looked up by key, the same
        if (aux < 0) {
          // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the growth of the per-account ledger cache: a slot past its end is not kept, and the ledger is looked up by key
          if (account >= plainLedger.length) {
            // Stryker disable next-line ArithmeticOperator,MethodExpression: the new size of the per-account ledger cache: a slot past its end is not kept, and the ledger is looked up by key
            const more = new Int32Array(Math.max(account + 1, plainLedger.length * 2)).fill(-1);
            more.set(plainLedger);
            plainLedger = more;
          }
          plainLedger[account] = found;
        }
        if (found * CLASSES >= debit.length) {
          debit = grown(debit, debit.length * 2);
          credit = grown(credit, credit.length * 2);
        }
      }
      ledger = found;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the per-auxiliary ledger cache: without it the ledger is looked up by key; a write at −1 is dropped by the typed array
      if (aux >= 0) {
        // most lines of an auxiliary account are on one account: its ledger there is kept beside it
        auxAccount[aux] = account;
        auxLedger[aux] = ledger;
      }
      lastAccount = account;
      lastAux = aux;
      lastLedger = ledger;
    }
    if (signed > 0) {
      debit[ledger * CLASSES + eClass]! += signed;
      absoluteTotal += signed;
    } else {
      credit[ledger * CLASSES + eClass]! -= signed;
      absoluteTotal -= signed;
    }
  }
  if (!entryOk()) return failed();
  const ledgers = ledgerAccount.length;
  return {
    ok: true,
    records,
    journals,
    journalLabels,
    accounts,
    accountLabels,
    auxNumbers,
    auxNames,
    ledgerAccount: Int32Array.from(ledgerAccount),
    ledgerAux: Int32Array.from(ledgerAux),
    debit: debit.slice(0, ledgers * CLASSES),
    credit: credit.slice(0, ledgers * CLASSES),
    absoluteTotal,
    keys: keySet.values(),
  };
}

/**
 * A set of 53-bit hashes (non-negative integers), open addressing (internal):
 * an entry key met twice — the same entry number twice in a journal, or two
 * keys alike — sends the file to the full scan, which tells which.
 */
class KeySet {
  private slots: Float64Array<ArrayBuffer>;
  private size = 0;

  /** A set sized for `expected` hashes (at least 2,048). */
  constructor(expected: number) {
    let cap = 1 << 12;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Float64Array(cap).fill(-1);
  }

  /** Adds a hash: false when it was there already. */
  add(h: number): boolean {
    let slots = this.slots;
    if ((this.size + 1) * 2 > slots.length) slots = this.grow();
    const mask = slots.length - 1;
    let i = (h ^ (h / 4294967296)) & mask;
    for (;;) {
      const v = slots[i]!;
      if (v === -1) {
        slots[i] = h;
        this.size++;
        return true;
      }
      if (v === h) return false;
      i = (i + 1) & mask;
    }
  }

  /** The hashes, in no order. */
  values(): Float64Array {
    const out = new Float64Array(this.size);
    let k = 0;
    for (const v of this.slots) if (v !== -1) out[k++] = v;
    return out;
  }

  private grow(): Float64Array<ArrayBuffer> {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2).fill(-1);
    this.size = 0;
    for (const v of old) if (v !== -1) this.add(v);
    return this.slots;
  }
}

/**
 * A Book with the trial balances of the file's Book, from the balance scans
 * of its parts (in file order, the first from byte 0), or `undefined` when
 * the file must be read by `parseFecBook` (a part gave up, an entry number in
 * two parts, no line, sums beyond 2^53). Its accounts, labels, auxiliary
 * accounts and ledgers are the file's Book's; its transactions are one per
 * date class (see {@link balanceScan}), dated so that `trialBalance` puts each
 * in the class's place for the period the scan was given (and chooses the
 * same opening mode), its entries the Σ debit and Σ credit of each ledger.
 */
export function balanceBook(parts: ReadonlyArray<FecBalancePart>, options: BalanceScanOptions): Book | undefined {
  let records = 0;
  let absoluteTotal = 0;
  for (const p of parts) {
    if (!p.ok) return undefined;
    records += p.records;
    absoluteTotal += p.absoluteTotal;
  }
  // an entry key in two parts: the full scan tells (each part's keys are distinct already)
  if (parts.length > 1) {
    const keys = new KeySet(parts.reduce((sum, p) => sum + p.keys.length, 0));
    for (const p of parts) for (const h of p.keys) if (!keys.add(h)) return undefined;
  }
  if (records === 0 || parts.length === 0 || absoluteTotal > Number.MAX_SAFE_INTEGER) return undefined;

  // the tables, each value where it first appears; the sums per merged ledger
  const opening = new Set(options.openingJournals);
  const journalIds = new Map<string, number>();
  const journals: ScannedJournal[] = [];
  const accountIds = new Map<string, number>();
  const accounts: string[] = [];
  const accountLabels: string[] = [];
  const auxIds = new Map<string, number>();
  const auxiliaries: ScannedAuxiliary[] = [];
  const ledgerIds = new Map<string, number>();
  const ledgerAccount: number[] = [];
  const ledgerAux: number[] = [];
  const debit: number[] = [];
  const credit: number[] = [];
  for (const p of parts) {
    p.journals.forEach((code, j) => {
      if (!journalIds.has(code)) {
        journalIds.set(code, journals.length);
        journals.push(Object.freeze({ code, label: p.journalLabels[j]!, opening: opening.has(code) }));
      }
    });
    const accountMap = p.accounts.map((number, a) => {
      let id = accountIds.get(number);
      if (id === undefined) {
        accountIds.set(number, (id = accounts.length));
        accounts.push(number);
        accountLabels.push(p.accountLabels[a]!);
      }
      return id;
    });
    const auxMap = p.auxNumbers.map((number, x) => {
      let id = auxIds.get(number);
      if (id === undefined) {
        auxIds.set(number, (id = auxiliaries.length));
        auxiliaries.push(Object.freeze({ account: Object.freeze({ number, name: p.auxNames[x]! }), numberId: id }));
      }
      return id;
    });
    for (let l = 0; l < p.ledgerAccount.length; l++) {
      const a = accountMap[p.ledgerAccount[l]!]!;
      const x = p.ledgerAux[l]! < 0 ? -1 : auxMap[p.ledgerAux[l]!]!;
      const key = `${a}:${x}`;
      let id = ledgerIds.get(key);
      if (id === undefined) {
        ledgerIds.set(key, (id = ledgerAccount.length));
        ledgerAccount.push(a);
        ledgerAux.push(x);
        for (let c = 0; c < CLASSES; c++) {
          debit.push(0);
          credit.push(0);
        }
      }
      for (let c = 0; c < CLASSES; c++) {
        debit[id * CLASSES + c]! += p.debit[l * CLASSES + c]!;
        credit[id * CLASSES + c]! += p.credit[l * CLASSES + c]!;
      }
    }
  }

  // one transaction per date class with an amount, dated where trialBalance puts the class
  const period = options.period;
  const from = period?.from ?? 0;
  const to = period?.to ?? 0;
  const dates = [Math.min(from - 1, to), from, from + 1, from, to + 1];
  const txDate: number[] = [];
  const txOpening: number[] = [];
  const entryStart: number[] = [0];
  const entAccount: number[] = [];
  const entAux: number[] = [];
  const entAmount: number[] = [];
  for (let c = 0; c < CLASSES; c++) {
    const before = entAmount.length;
    for (let l = 0; l < ledgerAccount.length; l++) {
      for (const amount of [debit[l * CLASSES + c]!, -credit[l * CLASSES + c]!]) {
        if (amount === 0) continue;
        entAccount.push(ledgerAccount[l]!);
        entAux.push(ledgerAux[l]!);
        entAmount.push(amount);
      }
    }
    if (entAmount.length === before) continue;
    txDate.push(period === undefined ? 0 : dates[c]!);
    txOpening.push(c === 1 || c === 2 ? 1 : 0);
    entryStart.push(entAmount.length);
  }
  const T = txDate.length;
  const E = entAmount.length;
  const date = Int32Array.from(txDate);
  const ints = (length: number): Int32Array => new Int32Array(length);
  const scan: FecColumns = {
    encoding: 'utf-8',
    separator: '|',
    lineEnding: '\r\n',
    layout: null,
    finalNewline: false,
    T,
    E,
    txId: txDate.map((_, t) => `balance-${t + 1}`),
    txJournal: ints(T),
    txDate: date,
    txPieceRef: txDate.map(() => ''),
    txPieceDate: date,
    txLabel: txDate.map(() => ''),
    txValid: date,
    txOpening: Uint8Array.from(txOpening),
    txSource: null,
    txLine: ints(T),
    entryStart: Int32Array.from(entryStart),
    entAccount: Int32Array.from(entAccount),
    entAccountLabel: Int32Array.from(entAccount),
    entAux: Int32Array.from(entAux),
    entAmount: Float64Array.from(entAmount),
    entLabel: null,
    entLetter: null,
    entLetterDate: null,
    entCurrency: null,
    entForeign: null,
    journals,
    accounts,
    accountLabels,
    auxiliaries,
    entryLabels: [],
    letterCodes: [],
    currencies: [],
    sources: [],
    issues: [],
    errors: [],
    deferred: null,
  };
  return bookOf(scan, {});
}
