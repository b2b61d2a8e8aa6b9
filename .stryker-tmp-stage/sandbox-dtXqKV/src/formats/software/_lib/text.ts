// @ts-nocheck
// Text helpers of the accounting-software writers (internal): ASCII folding with a
// per-character cache, fixed-width fields, day-string caches, selection of transactions.
import type { Book } from '../../../book/index.js';
import { fromDayNumber, toDayNumber, toPeriod, type IsoDate } from '../../../calendar/index.js';
import { foldToAscii } from '../../_lib/encoding.js';

const ASCII_PRINTABLE_RE = /^[\x20-\x7E]*$/;
const CONTROL_RE = /[\x00-\x1F\x7F]/g;
/** Folded text of each non-ASCII character met so far: the writers meet the same few accents millions of times. */
const FOLDED = new Map<string, string>();

/** A surrogate pair, or any character outside printable ASCII. */
const NOT_PRINTABLE_RE = /[\ud800-\udbff][\udc00-\udfff]|[^\x20-\x7e]/g;
/** Combining marks: they belong to the previous letter, so the whole text goes through foldToAscii. */
const COMBINING_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

function foldOne(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    const c = ch.charCodeAt(0);
    folded = c < 0x20 || c === 0x7f ? ' ' : foldToAscii(ch);
    if (FOLDED.size < 4096) FOLDED.set(ch, folded);
  }
  return folded;
}

/**
 * Text as a fixed-width or ASCII target takes it: accents folded
 * ({@link foldToAscii}), line breaks, tabs and other control characters
 * replaced by spaces. Printable ASCII comes back unchanged.
 */
export function asciiText(text: string): string {
  if (ASCII_PRINTABLE_RE.test(text)) return text;
  if (COMBINING_RE.test(text)) return foldToAscii(text).replace(CONTROL_RE, ' ');
  return text.replace(NOT_PRINTABLE_RE, foldOne);
}

/**
 * A piece reference as a fixed-width field shows it: {@link asciiText}, then
 * without its trailing spaces — the field is padded with spaces, so `"4 "`
 * and `"4"` would be written alike; written this way, the piece references'
 * collision check sees them as one and keeps them apart.
 */
export function fixedWidthRef(text: string): string {
  return asciiText(text).trimEnd();
}

/** Replaces control characters (line breaks, tabs) by spaces, keeping every other character. */
export function singleLine(text: string): string {
  CONTROL_RE.lastIndex = 0;
  return CONTROL_RE.test(text) ? text.replace(CONTROL_RE, ' ') : text;
}

const SPACES = ' '.repeat(256);

/** `n` spaces. */
export function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/** Left-aligned in `width` characters: cut when longer, padded with spaces when shorter. */
export function left(text: string, width: number): string {
  const n = text.length;
  if (n === width) return text;
  return n > width ? text.slice(0, width) : text + spaces(width - n);
}

/** Right-aligned in `width` characters: cut (keeping the start) when longer, padded on the left when shorter. */
export function right(text: string, width: number): string {
  const n = text.length;
  if (n === width) return text;
  return n > width ? text.slice(0, width) : spaces(width - n) + text;
}

/** A day-number → text function with a cache (transactions come in date order, so hits are the rule). */
export function dayWriter(write: (iso: IsoDate) => string): (day: number) => string {
  const cache = new Map<number, string>();
  let lastDay = Number.NaN;
  let last = '';
  return (day: number): string => {
    if (day === lastDay) return last;
    let s = cache.get(day);
    if (s === undefined) {
      s = write(fromDayNumber(day));
      cache.set(day, s);
    }
    lastDay = day;
    last = s;
    return s;
  };
}

/** `JJMMAA`. */
export const ddmmyy = (iso: IsoDate): string => iso.slice(8, 10) + iso.slice(5, 7) + iso.slice(2, 4);
/** `JJMMAAAA`. */
export const ddmmyyyy = (iso: IsoDate): string => iso.slice(8, 10) + iso.slice(5, 7) + iso.slice(0, 4);
/** `JJ/MM/AAAA`. */
export const ddmmyyyySlashed = (iso: IsoDate): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** `AAAAMMJJ`. */
export const yyyymmdd = (iso: IsoDate): string => iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);

/**
 * The transactions a writer writes, in (date, input) order, restricted to a
 * period when one is given.
 *
 * @throws AccountingError `invalid_period` for a bad period
 */
export function selectTransactions(book: Book, period: { readonly from: string; readonly to: string } | undefined): Int32Array {
  if (period === undefined) return book.byDate;
  const p = toPeriod(period, ['period']);
  const from = toDayNumber(p.from);
  const to = toDayNumber(p.to);
  const date = book.tx.date;
  const order = book.byDate;
  let count = 0;
  for (let i = 0; i < order.length; i++) {
    const d = date[order[i]!]!;
    if (d >= from && d <= to) count++;
  }
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const d = date[t]!;
    if (d >= from && d <= to) out[k++] = t;
  }
  return out;
}

/** The last `width` characters of a text (numbers keep their low digits when cut). */
export function lastChars(text: string, width: number): string {
  return text.length > width ? text.slice(text.length - width) : text;
}

/** A file name from a base, the SIREN and the period or closing date when given: `quadratus-123456782-20240101-20241231.txt`. */
export function exportFileName(base: string, context: { readonly siren?: string; readonly period?: { readonly from: string; readonly to: string }; readonly closingDate?: string; readonly createdOn?: string }, extension: string): string {
  let name = base;
  if (context.siren) name += `-${context.siren.replace(/[^0-9A-Za-z]/g, '')}`;
  if (context.period) name += `-${context.period.from.replace(/-/g, '')}-${context.period.to.replace(/-/g, '')}`;
  else if (context.closingDate) name += `-${context.closingDate.replace(/-/g, '')}`;
  else if (context.createdOn) name += `-${context.createdOn.replace(/-/g, '')}`;
  return `${name}.${extension}`;
}

/** 10^n for small n. */
const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Minor units as cents (internal): a book in a currency with fewer decimals is
 * scaled up; more decimals must round to whole cents. `undefined` when not.
 */
export function toCents(minor: number, scale: number): number | undefined {
  if (scale === 2) return minor;
  if (scale < 2) return minor * (POW10[2 - scale] ?? 10 ** (2 - scale));
  const p = POW10[scale - 2] ?? 10 ** (scale - 2);
  return minor % p === 0 ? minor / p : undefined;
}
