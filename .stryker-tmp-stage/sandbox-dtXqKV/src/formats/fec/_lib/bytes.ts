/**
 * Byte-level readers of FEC fields (internal): the same rules as
 * `fecAmountToCents` and `fecDateToDayNumber`, read straight from the file's
 * bytes so no string is made for a field that only carries a number.
 */
// @ts-nocheck

import { civilToDays } from '../../../calendar/index.js';
import { FEC_MAX_CENTS } from '../readFecText.js';

const MAX_INT = FEC_MAX_CENTS / 100;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The amount written in `b[s…e)` in cents, or `NaN`: exactly
 * `fecAmountToCents` on the decoded field (digits, decimal comma, sign first
 * or last, at most 2 non-zero decimals, below `FEC_MAX_CENTS`).
 */
export function centsAt(b: Uint8Array, s: number, e: number): number {
  if (s >= e) return NaN;
  let neg = false;
  let c = b[s]!;
  if (c === 45 || c === 43) {
    neg = c === 45;
    s++;
  } else {
    c = b[e - 1]!;
    if (c === 45 || c === 43) {
      neg = c === 45;
      e--;
    }
  }
  let i = s;
  let int = 0;
  while (i < e) {
    c = b[i]!;
    if (c < 48 || c > 57) break;
    int = int * 10 + (c - 48);
    i++;
  }
  if (i === s) return NaN;
  let frac = 0;
  if (i < e) {
    if (b[i] !== 44) return NaN;
    i++;
    if (i === e) return NaN;
    let k = 0;
    while (i < e) {
      c = b[i]!;
      if (c < 48 || c > 57) return NaN;
      if (k < 2) frac = frac * 10 + (c - 48);
      else if (c !== 48) return NaN;
      k++;
      i++;
    }
    if (k === 1) frac *= 10;
  }
  if (int >= MAX_INT) return NaN;
  const cents = int * 100 + frac;
  return neg && cents !== 0 ? -cents : cents;
}

/** `AAAAMMJJ` in `b[s…e)` as the number AAAAMMJJ when it is a real date, else `NaN`. */
export function ymdAt(b: Uint8Array, s: number, e: number): number {
  if (e - s !== 8) return NaN;
  let v = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (y < 1 || m < 1 || m > 12 || d < 1) return NaN;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m]! + (leap ? 1 : 0)) return NaN;
  return v;
}

/** The day number of a valid AAAAMMJJ number (from {@link ymdAt}). */
export function ymdToDay(v: number): number {
  return civilToDays(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
}

/** Whether `b[s1…e1)` and `b[s2…e2)` hold the same bytes. */
export function sameBytes(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false;
  for (let i = s1, j = s2; i < e1; i++, j++) if (b[i] !== b[j]) return false;
  return true;
}

/** FNV-1a over bytes, mixed (internal). */
export function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x45d9f3b) ^ (h >>> 13);
}

/**
 * Whether the bytes are valid UTF-8 (no overlong form, no surrogate, nothing
 * above U+10FFFF: what a fatal UTF-8 `TextDecoder` accepts), and whether they
 * hold a C1 control (U+0080–U+009F, the mark of Windows-1252 text): 0 invalid,
 * 1 valid, 2 valid with a C1 control. ASCII runs are skipped four bytes at a
 * time.
 */
export function utf8Check(b: Uint8Array): 0 | 1 | 2 {
  const n = b.length;
  // the words start at the first byte whose address is a multiple of 4 (a part of a file starts anywhere)
  const lead = (4 - (b.byteOffset & 3)) & 3;
  const u32 = n > lead ? new Uint32Array(b.buffer, b.byteOffset + lead, (n - lead) >>> 2) : undefined;
  let c1 = false;
  let i = 0;
  while (i < n) {
    if (u32 !== undefined && ((i - lead) & 3) === 0 && i >= lead) {
      let k = (i - lead) >>> 2;
      const m = u32.length;
      const m4 = m - 4;
      while (k <= m4 && ((u32[k]! | u32[k + 1]! | u32[k + 2]! | u32[k + 3]!) & 0x80808080) === 0) k += 4;
      while (k < m && (u32[k]! & 0x80808080) === 0) k++;
      i = (k << 2) + lead;
      if (i >= n) break;
    }
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = utf8Sequence(b, i, n);
    if (len === 0) return 0;
    if (len < 0) c1 = true;
    i += len < 0 ? -len : len;
  }
  return c1 ? 2 : 1;
}

/**
 * The UTF-8 sequence starting with the byte `b[i]` ≥ 0x80, read up to `n`:
 * its length (2 to 4), negated when it encodes a C1 control (U+0080–U+009F),
 * or 0 when it is not valid UTF-8 (a lone or bad continuation byte, overlong,
 * a surrogate, beyond U+10FFFF, cut at `n`).
 */
export function utf8Sequence(b: Uint8Array, i: number, n: number): number {
  const c = b[i]!;
  let need: number;
  let min: number;
  let cp: number;
  if (c >= 0xc2 && c <= 0xdf) {
    need = 1;
    min = 0x80;
    cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    min = 0x800;
    cp = c & 0x0f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    min = 0x10000;
    cp = c & 0x07;
  } else return 0;
  if (i + need >= n) return 0;
  for (let j = 1; j <= need; j++) {
    const d = b[i + j]!;
    if ((d & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return cp <= 0x9f ? -(need + 1) : need + 1;
}

/** Whether bytes read as ISO-8859-15 hold a C1 control (a byte 0x80–0x9F). */
export function latin9HasC1(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0x80 && c <= 0x9f) return true;
  }
  return false;
}

/**
 * {@link sameBytes} reading four bytes at a time through a DataView over the
 * same bytes (for the long ranges the parser compares on every line).
 */
export function sameRange(b: Uint8Array, dv: DataView, s1: number, e1: number, s2: number, e2: number): boolean {
  const len = e1 - s1;
  if (len !== e2 - s2) return false;
  let k = 0;
  for (; k + 4 <= len; k += 4) if (dv.getInt32(s1 + k, true) !== dv.getInt32(s2 + k, true)) return false;
  for (; k < len; k++) if (b[s1 + k] !== b[s2 + k]) return false;
  return true;
}
