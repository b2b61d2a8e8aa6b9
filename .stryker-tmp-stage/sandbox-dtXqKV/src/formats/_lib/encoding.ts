// @ts-nocheck
import { fail } from '../../errors/index.js';

/**
 * The text encodings partie-double can write a file in: UTF-8 (the default of
 * every format), ISO-8859-15 (Latin-9, what older French accounting software
 * imports) and 7-bit ASCII.
 *
 * @example
 * ```ts
 * const encoding: TextEncodingName = 'iso-8859-15';
 * ```
 */
export type TextEncodingName = 'utf-8' | 'iso-8859-15' | 'ascii';

/**
 * The byte order mark, as a character. Some spreadsheets need it at the start
 * of a UTF-8 CSV file to guess the encoding.
 *
 * @example
 * ```ts
 * UTF8_BOM.codePointAt(0) //=> 0xfeff
 * ```
 */
export const UTF8_BOM = '\uFEFF';

const ENCODING_LABELS: Readonly<Record<TextEncodingName, string>> = Object.freeze({
  'utf-8': 'UTF-8',
  'iso-8859-15': 'ISO-8859-15',
  ascii: 'ASCII',
});

/** Message texts, kept together so tests can pin them. */
const MESSAGES = Object.freeze({
  unencodable: (char: string, codePoint: number, position: number, encoding: TextEncodingName): string =>
    `Character ${JSON.stringify(char)} (${hexCodePoint(codePoint)}) at position ${position} cannot be written in ${ENCODING_LABELS[encoding]}: ` +
    `replace it, fold the text with foldToAscii(), or write the file in UTF-8.`,
  loneSurrogate: (codeUnit: number, position: number): string =>
    `Lone surrogate ${hexCodePoint(codeUnit)} at position ${position} cannot be written in UTF-8: the string is malformed ` +
    `(half of a character, often from cutting a string with slice()); remove it or repair the text.`,
  invalidUtf8: (offset: number): string =>
    `The bytes are not valid UTF-8 (bad sequence at byte offset ${offset}): decode the file with the encoding it was written in ` +
    `(often 'iso-8859-15').`,
  invalidAscii: (byte: number, offset: number): string =>
    `Byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} is not ASCII (0x00–0x7F): ` +
    `decode the file as 'iso-8859-15' or 'utf-8'.`,
  unknownEncoding: (encoding: unknown): string =>
    `Unknown encoding ${JSON.stringify(String(encoding))}: use 'utf-8', 'iso-8859-15' or 'ascii'.`,
});

function hexCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

// TextEncoder/TextDecoder are stateless for one-shot calls: sharing them keeps no state.
const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * ISO-8859-15 byte for a code unit ≥ 0xA4, or -1. Latin-9 is Latin-1 with
 * eight positions replaced (€ Š š Ž ž Œ œ Ÿ), so ¤ ¦ ¨ ´ ¸ ¼ ½ ¾ are lost.
 */
function latin9Byte(c: number): number {
  switch (c) {
    case 0x20ac: return 0xa4; // €
    case 0x0160: return 0xa6; // Š
    case 0x0161: return 0xa8; // š
    case 0x017d: return 0xb4; // Ž
    case 0x017e: return 0xb8; // ž
    case 0x0152: return 0xbc; // Œ
    case 0x0153: return 0xbd; // œ
    case 0x0178: return 0xbe; // Ÿ
    case 0xa4: case 0xa6: case 0xa8: case 0xb4: case 0xb8: case 0xbc: case 0xbd: case 0xbe:
      return -1;
    default:
      return c <= 0xff ? c : -1;
  }
}

/** The character for each ISO-8859-15 byte from 0xA0 (index 0) to 0xBF. */
const LATIN9_A0_BF = [
  0xa0, 0xa1, 0xa2, 0xa3, 0x20ac, 0xa5, 0x0160, 0xa7, 0x0161, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
  0xb0, 0xb1, 0xb2, 0xb3, 0x017d, 0xb5, 0xb6, 0xb7, 0x017e, 0xb9, 0xba, 0xbb, 0x0152, 0x0153, 0x0178, 0xbf,
] as const;

function unencodable(text: string, index: number, offset: number, encoding: TextEncodingName): never {
  const codePoint = text.codePointAt(index) ?? 0;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return fail('unencodable_character', [], MESSAGES.loneSurrogate(codePoint, offset + index));
  return fail('unencodable_character', [], MESSAGES.unencodable(String.fromCodePoint(codePoint), codePoint, offset + index, encoding));
}

/** Encodes one string; `offset` shifts the positions given in errors (internal). */
function encodeAt(text: string, encoding: TextEncodingName, offset: number): Uint8Array {
  switch (encoding) {
    case 'utf-8': {
      const lone = LONE_SURROGATE.exec(text);
      if (lone !== null) unencodable(text, lone.index, offset, encoding);
      return UTF8_ENCODER.encode(text);
    }
    case 'iso-8859-15': {
      const n = text.length;
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < 0xa4) out[i] = c;
        else {
          const b = latin9Byte(c);
          if (b < 0) unencodable(text, i, offset, encoding);
          out[i] = b;
        }
      }
      return out;
    }
    case 'ascii': {
      const n = text.length;
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f) unencodable(text, i, offset, encoding);
        out[i] = c;
      }
      return out;
    }
    default:
      return fail('invalid_option', ['encoding'], MESSAGES.unknownEncoding(encoding));
  }
}

/**
 * Encodes text as bytes in UTF-8, ISO-8859-15 (Latin-9) or ASCII, with the
 * library's own encoders (no `Buffer`). Nothing is replaced silently: a
 * character the encoding cannot hold is an error.
 *
 * @param text - the text to write
 * @param encoding - `'utf-8'`, `'iso-8859-15'` or `'ascii'`
 * @returns a new `Uint8Array` with the bytes
 * @throws AccountingError `unencodable_character` for a character the encoding
 *   cannot hold (the message names it, its code point and its 0-based position),
 *   or a lone surrogate in UTF-8; `invalid_option` for an unknown encoding
 * @example
 * ```ts
 * encodeText('Prix: 5 €', 'iso-8859-15') //=> new Uint8Array([80, 114, 105, 120, 58, 32, 53, 32, 164])
 * encodeText('€', 'utf-8') //=> new Uint8Array([226, 130, 172])
 * encodeText('½', 'iso-8859-15') // throws unencodable_character
 * ```
 */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  return encodeAt(text, encoding, 0);
}

/**
 * Encodes a stream of text chunks, one `Uint8Array` per chunk, so a large file
 * is written without building the whole string. A UTF-16 surrogate pair cut
 * between two chunks is kept whole. Positions in errors count from the start
 * of the first chunk.
 *
 * @param chunks - the text, in pieces (e.g. the lines from `csvRows`)
 * @param encoding - `'utf-8'`, `'iso-8859-15'` or `'ascii'`
 * @returns a lazy iterable of byte chunks
 * @throws AccountingError `unencodable_character` or `invalid_option`, as {@link encodeText}, while iterating
 * @example
 * ```ts
 * [...encodeChunks(['a;b\r\n', 'é\r\n'], 'iso-8859-15')]
 * //=> [new Uint8Array([97, 59, 98, 13, 10]), new Uint8Array([233, 13, 10])]
 * ```
 */
export function* encodeChunks(chunks: Iterable<string>, encoding: TextEncodingName): Iterable<Uint8Array> {
  let offset = 0;
  for (const text of wholeChars(chunks)) {
    yield encodeAt(text, encoding, offset);
    offset += text.length;
  }
}

/** The chunks, never empty, with a surrogate pair cut between two chunks moved whole into the later one. */
function* wholeChars(chunks: Iterable<string>): Iterable<string> {
  let carry = '';
  for (const chunk of chunks) {
    let text = carry === '' ? chunk : carry + chunk;
    carry = '';
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      // a high surrogate at the end: its low half may open the next chunk
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text.length > 0) yield text;
  }
  if (carry !== '') yield carry;
}

/**
 * Encodes a stream of text chunks into one `Uint8Array`, writing each chunk
 * straight into a growing buffer (UTF-8 through `TextEncoder.encodeInto`), so
 * a large file costs a few buffer reallocations instead of one allocation per
 * chunk. Same checks and errors as {@link encodeChunks}.
 *
 * @param chunks - the text, in pieces
 * @param encoding - `'utf-8'`, `'iso-8859-15'` or `'ascii'`
 * @returns the bytes
 * @throws AccountingError `unencodable_character` or `invalid_option`, as {@link encodeText}
 * @example
 * ```ts
 * encodeAll(['a;b\r\n', 'é'], 'iso-8859-15') //=> new Uint8Array([97, 59, 98, 13, 10, 233])
 * ```
 */
export function encodeAll(chunks: Iterable<string>, encoding: TextEncodingName): Uint8Array {
  if (encoding !== 'utf-8' && encoding !== 'iso-8859-15' && encoding !== 'ascii') return fail('invalid_option', ['encoding'], MESSAGES.unknownEncoding(encoding));
  const perChar = encoding === 'utf-8' ? 3 : 1;
  let buffer = new Uint8Array(1 << 16);
  let size = 0;
  let offset = 0;
  const write = (text: string): void => {
    const need = size + text.length * perChar;
    if (need > buffer.length) {
      let capacity = buffer.length * 2;
      while (capacity < need) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(buffer.subarray(0, size));
      buffer = grown;
    }
    if (encoding === 'utf-8') {
      const lone = LONE_SURROGATE.exec(text);
      if (lone !== null) unencodable(text, lone.index, offset, encoding);
      size += UTF8_ENCODER.encodeInto(text, buffer.subarray(size)).written;
    } else {
      const n = text.length;
      const latin9 = encoding === 'iso-8859-15';
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80 || (latin9 && c < 0xa4)) buffer[size + i] = c;
        else {
          const b = latin9 ? latin9Byte(c) : -1;
          if (b < 0) unencodable(text, i, offset, encoding);
          buffer[size + i] = b;
        }
      }
      size += n;
    }
    offset += text.length;
  };
  for (const text of wholeChars(chunks)) write(text);
  return size === buffer.length ? buffer : buffer.slice(0, size);
}

/** Offset of the first byte that breaks UTF-8 (only run after TextDecoder refused the bytes). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return i;
      const c = bytes[i + k] ?? 0;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16LE_DECODER = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Builds a string from code units (never surrogates) in one native call where possible (internal). */
function fromCodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16LE_DECODER.decode(units);
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

/**
 * Decodes bytes written in UTF-8, ISO-8859-15 or ASCII: the inverse of
 * {@link encodeText}. A byte order mark is kept (remove it with
 * `stripBom`), so `decodeText(encodeText(s, e), e) === s`.
 *
 * @param bytes - the file's bytes
 * @param encoding - `'utf-8'`, `'iso-8859-15'` or `'ascii'`
 * @returns the text
 * @throws AccountingError `invalid_file` for a malformed UTF-8 sequence or a
 *   byte above 0x7F in ASCII (the message gives the byte offset);
 *   `invalid_option` for an unknown encoding
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xa4, 0x20, 0xbd]), 'iso-8859-15') //=> '€ œ'
 * decodeText(new Uint8Array([0xe9]), 'utf-8') // throws invalid_file
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
      try {
        return UTF8_DECODER.decode(bytes);
      } catch {
        return fail('invalid_file', [], MESSAGES.invalidUtf8(firstInvalidUtf8Offset(bytes)));
      }
    case 'iso-8859-15': {
      const n = bytes.length;
      const units = new Uint16Array(n);
      for (let i = 0; i < n; i++) {
        const b = bytes[i] ?? 0;
        units[i] = b >= 0xa0 && b <= 0xbf ? LATIN9_A0_BF[b - 0xa0] ?? b : b;
      }
      return fromCodeUnits(units);
    }
    case 'ascii': {
      const n = bytes.length;
      const units = new Uint16Array(n);
      for (let i = 0; i < n; i++) {
        const b = bytes[i] ?? 0;
        if (b > 0x7f) fail('invalid_file', [], MESSAGES.invalidAscii(b, i));
        units[i] = b;
      }
      return fromCodeUnits(units);
    }
    default:
      return fail('invalid_option', ['encoding'], MESSAGES.unknownEncoding(encoding));
  }
}

/**
 * Removes one byte order mark (U+FEFF) from the start of a text, if present.
 *
 * @param text - decoded text
 * @returns the text without its leading BOM
 * @example
 * ```ts
 * stripBom('\uFEFFCompteNum') //=> 'CompteNum'
 * stripBom('CompteNum') //=> 'CompteNum'
 * ```
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Replacements for characters that do not fold to ASCII by dropping accents. */
const FOLD_TABLE: ReadonlyMap<number, string> = new Map<number, string>([
  // ligatures and letters without a decomposition
  [0x00c6, 'AE'], [0x00e6, 'ae'], [0x0152, 'OE'], [0x0153, 'oe'], [0x00df, 'ss'], [0x1e9e, 'SS'],
  [0x00d8, 'O'], [0x00f8, 'o'], [0x0110, 'D'], [0x0111, 'd'], [0x00d0, 'D'], [0x00f0, 'd'],
  [0x0141, 'L'], [0x0142, 'l'], [0x0131, 'i'], [0x00de, 'TH'], [0x00fe, 'th'], [0x0132, 'IJ'], [0x0133, 'ij'],
  [0xfb00, 'ff'], [0xfb01, 'fi'], [0xfb02, 'fl'], [0xfb03, 'ffi'], [0xfb04, 'ffl'],
  // currency and signs
  [0x20ac, 'EUR'], [0x00a3, 'GBP'], [0x00a5, 'JPY'], [0x00a2, 'c'], [0x00a9, '(c)'], [0x00ae, '(R)'], [0x2122, 'TM'],
  [0x00b0, 'o'], [0x00ba, 'o'], [0x00aa, 'a'], [0x00d7, 'x'], [0x00f7, '/'], [0x00b7, '.'], [0x2022, '*'],
  [0x00a1, '!'], [0x00bf, '?'], [0x00b2, '2'], [0x00b3, '3'], [0x00b9, '1'], [0x00bc, '1/4'], [0x00bd, '1/2'], [0x00be, '3/4'],
  [0x2030, 'per mille'], [0x2026, '...'],
  // quotes
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2032, "'"], [0x2039, "'"], [0x203a, "'"], [0x00b4, "'"], [0x02bc, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x2033, '"'], [0x00ab, '"'], [0x00bb, '"'],
  // dashes and hyphens
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'], [0x2212, '-'], [0x00ad, '-'],
  // spaces
  [0x00a0, ' '], [0x2002, ' '], [0x2003, ' '], [0x2004, ' '], [0x2005, ' '], [0x2006, ' '], [0x2007, ' '],
  [0x2008, ' '], [0x2009, ' '], [0x200a, ' '], [0x202f, ' '], [0x205f, ' '], [0x3000, ' '],
]);

function isCombiningMark(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

/**
 * Folds text to 7-bit ASCII for formats or software that accept nothing else:
 * accents are dropped (é → e, À → A, ç → c), ligatures spelt out (œ → oe,
 * Æ → AE, ß → ss), € becomes EUR, typographic quotes and guillemets become `'`
 * or `"`, dashes `-`, non-breaking and thin spaces a space; any other non-ASCII
 * character becomes one `?`. ASCII text comes back unchanged.
 *
 * @param text - any text
 * @returns the text with only characters 0x00–0x7F
 * @example
 * ```ts
 * foldToAscii('Œuvre réglée à 12 € – « soldé »') //=> 'OEuvre reglee a 12 EUR - " solde "'
 * ```
 */
export function foldToAscii(text: string): string {
  if (/^[\x00-\x7F]*$/.test(text)) return text;
  const cache = new Map<string, string>();
  return text.normalize('NFC').replace(/[^\x00-\x7F]/gu, (ch) => {
    let folded = cache.get(ch);
    if (folded === undefined) {
      folded = foldChar(ch);
      cache.set(ch, folded);
    }
    return folded;
  });
}

/** The ASCII replacement of one non-ASCII character (internal). */
function foldChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (isCombiningMark(c)) return '';
  const mapped = FOLD_TABLE.get(c);
  if (mapped !== undefined) return mapped;
  // a letter with accents: keep its base letters when the rest are combining marks
  let base = '';
  for (const part of ch.normalize('NFD')) {
    const p = part.codePointAt(0) ?? 0;
    if (p < 0x80) base += part;
    else if (!isCombiningMark(p)) return '?';
  }
  return base === '' ? '?' : base;
}
