// @ts-nocheck
// Which transactions an accounting-software export writes (period, journals, à-nouveaux),
// and the piece references and piece numbers it writes for them: never two pieces
// (or two transactions) under one reference.
import type { Book } from '../../../book/index.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../../../errors/index.js';
import { neutralizeFormula } from '../../_lib/csv.js';
import { selectTransactions } from './text.js';

/**
 * How an export writes a piece reference longer than its field (or one that
 * its character rules would change):
 * - `'shorten'` (default, never collides): a reference that fits is written as
 *   is; one that does not loses its separators (anything but letters and
 *   digits), and when it still does not fit keeps its leading letters (at most
 *   half the field) and its last characters (`FA2024-00001` in 10 characters
 *   → `FA02400001`). A reference whose written form another piece of the file
 *   already has ends with `~` and a base-36 counter (`FA0240000~1`).
 * - `'keep-start'`: the first characters; `'keep-end'`: the last characters
 *   (Dolibarr's Quadratus export). Two pieces cut to one reference are an
 *   error (`piece_reference_collision`).
 * - a function from the book's reference to the reference to write (it must
 *   fit the field); two pieces given one reference are an error.
 *
 * @example
 * ```ts
 * const mapping: PieceRefMapping = (ref) => ref.replace(/^FA20/, 'F');
 * ```
 */
export type PieceRefMapping = 'shorten' | 'keep-start' | 'keep-end' | ((ref: string, context: PieceRefContext) => string);

/**
 * What a {@link PieceRefMapping} function is told about the field.
 *
 * @example
 * ```ts
 * const context: PieceRefContext = { target: 'Quadratus', width: 10 };
 * ```
 */
export interface PieceRefContext {
  /** The target software (`'Quadratus'`, `'Ciel'`…). */
  readonly target: string;
  /** Characters the piece reference field holds. */
  readonly width: number;
}

/** A target's rules for piece references (internal). */
export interface PieceRefRules {
  readonly target: string;
  readonly width: number;
  /** The text as the target writes it, before any cut (accents folded, separators replaced, formulas neutralised). */
  readonly write: (text: string) => string;
  /** Whether a written reference must not start a spreadsheet formula (delimited targets). */
  readonly spreadsheet: boolean;
}

/** Message texts of the piece mapping, kept together so tests can pin them. */
export const PIECE_MESSAGES = Object.freeze({
  collision: (a: string, b: string, written: string, target: string, width: number, mode: string): string =>
    `Pieces ${JSON.stringify(a)} and ${JSON.stringify(b)} would both be written ${JSON.stringify(written)} (${target} keeps ${width} characters, pieceRefs ${mode}): ` +
    `use pieceRefs 'shorten' (the default, which never merges two pieces) or a function that keeps them apart.`,
  noRoom: (ref: string, target: string, width: number): string =>
    `Piece ${JSON.stringify(ref)} cannot get a reference of its own in ${target}'s ${width} characters: export fewer transactions (options.period or options.journals).`,
  badMapping: (value: unknown): string => `Invalid option pieceRefs ${JSON.stringify(value)}: use 'shorten', 'keep-start', 'keep-end' or a function.`,
  badMapped: (ref: string, value: unknown, target: string, width: number): string =>
    `options.pieceRefs gives ${JSON.stringify(value)} for piece ${JSON.stringify(ref)}: return a non-empty text of at most ${width} characters as ${target} writes it.`,
  numberCollision: (a: string, b: string, written: string, target: string): string =>
    `Transactions ${JSON.stringify(a)} and ${JSON.stringify(b)} would both be numbered ${JSON.stringify(written)} in ${target} (pieceNumbers 'transaction' keeps the digits ending the id): ` +
    `use pieceNumbers 'sequence' (the default), or export one journal at a time (options.journals).`,
  badJournals: (value: unknown): string => `Invalid option journals ${JSON.stringify(value)}: give an array of journal codes such as ['VT'] (journal labels go in options.journalList).`,
  badOpening: (value: unknown): string => `Invalid option includeOpening ${JSON.stringify(value)}: use true or false.`,
});

/** The options that choose the transactions of an export (internal view of SoftwareExportOptions). */
export interface SelectionOptions {
  readonly period?: { readonly from: string; readonly to: string };
  readonly journals?: ReadonlyArray<string>;
  readonly includeOpening?: boolean;
}

/**
 * The transactions an accounting-software export writes, in (date, input)
 * order: within the period, of the journals asked for, the à-nouveaux left
 * out unless `includeOpening`.
 *
 * @throws AccountingError `invalid_period`, `invalid_option`
 */
export function exportSelection(book: Book, options: SelectionOptions): Int32Array {
  const journals = options.journals;
  if (journals !== undefined && (!Array.isArray(journals) || journals.length === 0 || journals.some((j) => typeof j !== 'string' || j === ''))) {
    fail('invalid_option', ['journals'], PIECE_MESSAGES.badJournals(journals));
  }
  const includeOpening = options.includeOpening ?? false;
  if (includeOpening !== true && includeOpening !== false) fail('invalid_option', ['includeOpening'], PIECE_MESSAGES.badOpening(includeOpening));
  const order = selectTransactions(book, options.period);
  let wanted: Uint8Array | undefined;
  if (journals !== undefined) {
    wanted = new Uint8Array(book.journals.length);
    book.journals.forEach((code, j) => {
      if (journals.includes(code)) wanted![j] = 1;
    });
  }
  const opening = book.tx.opening;
  const journal = book.tx.journal;
  const keep = (t: number): boolean => (includeOpening || opening[t] !== 1) && (wanted === undefined || wanted[journal[t]!] === 1);
  let count = 0;
  for (let i = 0; i < order.length; i++) if (keep(order[i]!)) count++;
  if (count === order.length) return order;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    if (keep(t)) out[k++] = t;
  }
  return out;
}

const NOT_ASCII_RE = /[^\x00-\x7f]/;
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
const LEADING_LETTERS_RE = /^\p{L}*/u;

/** Whether a char code is an ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The `'shorten'` form of a reference (internal): separators dropped, then
 * its leading letters (at most half the width) and its last characters.
 */
export function shortenReference(text: string, width: number): string {
  let compact: string;
  let lead: number;
  if (NOT_ASCII_RE.test(text)) {
    compact = text.replace(SEPARATORS_RE, '');
    lead = LEADING_LETTERS_RE.exec(compact)![0].length;
  } else {
    // the common case, without regular expressions: this runs once per piece of large books
    compact = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isAsciiAlnum(text.charCodeAt(i))) {
        if (i > start) compact += text.slice(start, i);
        start = i + 1;
      }
    }
    if (start === 0) compact = text;
    else if (start < text.length) compact += text.slice(start);
    lead = 0;
    while (lead < compact.length) {
      const c = compact.charCodeAt(lead) | 0x20;
      if (c < 97 || c > 122) break;
      lead++;
    }
  }
  if (compact.length <= width) return compact;
  lead = Math.min(lead, Math.floor(width / 2));
  return compact.slice(0, lead) + compact.slice(compact.length - (width - lead));
}

/** A cut of a written reference that starts no formula where the target is a spreadsheet (internal). */
function cut(text: string, width: number, mode: 'keep-start' | 'keep-end', spreadsheet: boolean): string {
  const c = mode === 'keep-start' ? text.slice(0, width) : text.slice(text.length - width);
  if (!spreadsheet || neutralizeFormula(c) === c) return c;
  return `'${mode === 'keep-start' ? text.slice(0, width - 1) : text.slice(text.length - width + 1)}`;
}

/** FNV-1a hash of a text (internal: the collision table). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The written references met so far, as an open-addressing table of
 * positions in the file (internal): a few bytes per piece, where a Map of
 * strings would hold every reference of a large book.
 */
class WrittenTable {
  private readonly slots: Int32Array;
  /** The hash of each slot's reference: most probes end here, without rewriting a reference. */
  private readonly hashes: Int32Array;
  constructor(
    capacity: number,
    /** The written reference of the piece at a position. */
    private readonly writtenAt: (position: number) => string,
  ) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n);
    this.hashes = new Int32Array(n);
  }
  /** The position that owns `written`, or −1. */
  find(written: string): number {
    const mask = this.slots.length - 1;
    const h = hash(written) | 0;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const p = this.slots[k]! - 1;
      if (p < 0) return -1;
      if (this.hashes[k] === h && this.writtenAt(p) === written) return p;
    }
  }
  /** Records that the piece at `position` owns `written` (not yet in the table; at most `capacity` of them). */
  add(written: string, position: number): void {
    const mask = this.slots.length - 1;
    const h = hash(written) | 0;
    let k = h & mask;
    while (this.slots[k] !== 0) k = (k + 1) & mask;
    this.slots[k] = position + 1;
    this.hashes[k] = h;
  }
}

/**
 * The piece reference each selected transaction is written with: a function
 * of the transaction number. Distinct references of the book are written
 * distinct (the mapping is injective), or the export fails. Memory stays
 * small on large books: the written references are recomputed, not kept;
 * only the few renamed ones (`~1`) are.
 *
 * @throws AccountingError `piece_reference_collision`, `invalid_option`
 */
export function fitPieceRefs(book: Book, order: Int32Array, rules: PieceRefRules, mapping: unknown): (t: number) => string {
  const mode = mapping ?? 'shorten';
  if (mode !== 'shorten' && mode !== 'keep-start' && mode !== 'keep-end' && typeof mode !== 'function') fail('invalid_option', ['pieceRefs'], PIECE_MESSAGES.badMapping(mode));
  const { width, write, target, spreadsheet } = rules;
  const refs = book.tx.pieceRef;
  if (typeof mode !== 'function') {
    // the common case: every reference written as it is in the book, so distinct ones stay distinct
    let altered = false;
    let last: string | undefined;
    for (let i = 0; i < order.length && !altered; i++) {
      const raw = refs[order[i]!]!;
      if (raw === last) continue;
      last = raw;
      const w = write(raw);
      altered = w !== raw || w.length > width;
    }
    if (!altered) return (t) => refs[t]!;
  }
  const context: PieceRefContext = Object.freeze({ target, width });
  const mapped = new Map<string, string>();
  /** The reference written before any renaming, from the book's reference and its natural written form (internal). */
  const baseFrom = (raw: string, natural: string): string => {
    if (typeof mode === 'function') {
      let w = mapped.get(raw);
      if (w === undefined) {
        const value: unknown = (mode as (ref: string, context: PieceRefContext) => unknown)(raw, context);
        w = typeof value === 'string' ? write(value) : '';
        if (w === '' || w.length > width) fail('invalid_option', ['pieceRefs', raw], PIECE_MESSAGES.badMapped(raw, value, target, width));
        mapped.set(raw, w);
      }
      return w;
    }
    if (natural.length <= width) return natural;
    return mode === 'shorten' ? shortenReference(natural, width) : cut(natural, width, mode as 'keep-start' | 'keep-end', spreadsheet);
  };
  const baseOf = (raw: string): string => baseFrom(raw, typeof mode === 'function' ? raw : write(raw));
  const renamed = new Map<string, string>();
  const writtenOf = (raw: string): string => (renamed.size === 0 ? undefined : renamed.get(raw)) ?? baseOf(raw);
  const table = new WrittenTable(order.length, (p) => writtenOf(refs[order[p]!]!));
  const issues: AccountingIssue[] = [];
  const modeName = typeof mode === 'function' ? 'function' : JSON.stringify(mode);
  // shortened references come second, so that they never take the reference of a piece that fits
  const passes = mode === 'shorten' ? [true, false] : [undefined];
  for (const fits of passes) {
    let last: string | undefined;
    for (let i = 0; i < order.length; i++) {
      const raw = refs[order[i]!]!;
      if (raw === last) continue;
      last = raw;
      const natural = typeof mode === 'function' ? raw : write(raw);
      if (fits !== undefined && (natural.length <= width) !== fits) continue;
      const base = baseFrom(raw, natural);
      let written = base;
      let owner = table.find(written);
      if (owner >= 0 && refs[order[owner]!] === raw) continue; // this piece, met before
      if (owner >= 0 && mode !== 'shorten') {
        issues.push(issue('piece_reference_collision', ['pieceRefs', raw], PIECE_MESSAGES.collision(refs[order[owner]!]!, raw, written, target, width, modeName)));
        continue;
      }
      // 'shorten': a counter until the reference is free (or is this piece's, renamed before)
      for (let k = 1; owner >= 0; k++) {
        const suffix = `~${k.toString(36)}`;
        if (suffix.length > width) fail('piece_reference_collision', ['pieceRefs', raw], PIECE_MESSAGES.noRoom(raw, target, width));
        written = base.slice(0, width - suffix.length) + suffix;
        owner = table.find(written);
        if (owner >= 0 && refs[order[owner]!] === raw) break;
      }
      if (owner >= 0) continue;
      if (written !== base) renamed.set(raw, written);
      table.add(written, i);
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);
  let lastRaw: string | undefined;
  let lastWritten = '';
  return (t) => {
    const raw = refs[t]!;
    if (raw !== lastRaw) {
      lastRaw = raw;
      lastWritten = writtenOf(raw);
    }
    return lastWritten;
  };
}

const TRAILING_DIGITS_RE = /(\d+)$/;

/**
 * The piece numbers of the selected transactions, per position in the file
 * (internal): `'sequence'` the position (1, 2…), `'transaction'` the digits
 * ending the id without leading zeros (`VT000151` → `151`; the position when
 * the id ends with no digit), checked unique in the `width` last digits the
 * target keeps.
 *
 * @throws AccountingError `piece_reference_collision` when two transactions get one number in `'transaction'` mode
 */
export function pieceNumbers(book: Book, order: Int32Array, mode: 'transaction' | 'sequence', width: number, target: string): (position: number) => string {
  if (mode === 'sequence') return (i) => String(i + 1);
  const ids = book.tx.id;
  const numbers: string[] = new Array<string>(order.length);
  const owner = new Map<string, string>();
  const issues: AccountingIssue[] = [];
  for (let i = 0; i < order.length; i++) {
    const id = ids[order[i]!]!;
    const m = TRAILING_DIGITS_RE.exec(id);
    const n = m ? m[1]!.replace(/^0+(?=\d)/, '') : String(i + 1);
    numbers[i] = n;
    const key = n.length > width ? n.slice(n.length - width) : n;
    const previous = owner.get(key);
    if (previous === undefined) owner.set(key, id);
    else issues.push(issue('piece_reference_collision', ['pieceNumbers', id], PIECE_MESSAGES.numberCollision(previous, id, key, target)));
  }
  if (issues.length > 0) throw new AccountingError(issues);
  return (i) => numbers[i]!;
}
