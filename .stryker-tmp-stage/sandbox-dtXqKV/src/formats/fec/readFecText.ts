// @ts-nocheck
import { civilToDays } from '../../calendar/index.js';
import { AccountingError } from '../../errors/index.js';
import { decodeText, stripBom } from '../_lib/encoding.js';
import { detectFecLayout, type FecLayout } from './columns.js';

/**
 * The field separators a FEC may use (A47 A-1 VI 1° c): a TAB or `|`, one of
 * them for the whole file.
 *
 * @example
 * ```ts
 * const separator: FecSeparator = '|';
 * ```
 */
export type FecSeparator = '|' | '\t';

/**
 * How the text of a FEC was obtained:
 * - `'utf-8'`: the bytes are valid UTF-8 (pure ASCII files land here too);
 * - `'iso-8859-15'`: the bytes are not valid UTF-8 and were read as Latin-9;
 * - `'utf-16le'` / `'utf-16be'`: the bytes start with a UTF-16 byte order
 *   mark (not a FEC charset: a checker reports it);
 * - `'text'`: the input was already a string.
 *
 * @example
 * ```ts
 * const encoding: FecTextEncoding = 'iso-8859-15';
 * ```
 */
export type FecTextEncoding = 'utf-8' | 'iso-8859-15' | 'utf-16le' | 'utf-16be' | 'text';

/**
 * One line of a FEC after the header: its 1-based line number (the header is
 * line 1) and its fields, split on the separator, as written (no trimming, no
 * unquoting). An empty line has no fields (`fields.length === 0`). The array
 * is fresh for each record: the consumer may keep or modify it.
 *
 * @example
 * ```ts
 * const record: FecRecord = { line: 2, fields: ['AN', 'A nouveaux', 'AN000001'] };
 * ```
 */
export interface FecRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * A FEC's text, decoded and described, ready to be read line by line:
 * - `encoding`, `bom` (a UTF-8 byte order mark, or U+FEFF at the start of a
 *   string, was removed), `windows1252` (the text holds characters
 *   U+0080–U+009F: in bytes read as ISO-8859-15 these are Windows-1252
 *   characters such as `’` or `€`, not allowed in a FEC);
 * - `empty`: the text holds nothing but white space;
 * - `separator` (`undefined` when the header has both or neither, see
 *   `separatorProblem`);
 * - `headerFields`: the names of line 1, split on the separator, without a
 *   trailing empty name (`headerTrailingSeparator`) and without surrounding
 *   double quotes (`headerQuoted`);
 * - `layout`: what {@link detectFecLayout} recognises in `headerFields`;
 * - `endsWithNewline`: the text ends with CR or LF;
 * - `records()`: a generator of the lines after the header.
 *
 * @example
 * ```ts
 * const fec: FecText = readFecText(bytes);
 * for (const { line, fields } of fec.records()) console.log(line, fields[4]);
 * ```
 */
export interface FecText {
  readonly text: string;
  readonly encoding: FecTextEncoding;
  readonly bom: boolean;
  readonly windows1252: boolean;
  readonly empty: boolean;
  readonly separator: FecSeparator | undefined;
  readonly separatorProblem: 'both' | 'none' | undefined;
  readonly headerFields: ReadonlyArray<string>;
  readonly headerTrailingSeparator: boolean;
  readonly headerQuoted: boolean;
  readonly layout: FecLayout | null;
  readonly endsWithNewline: boolean;
  /**
   * Yields every line after the header, lazily, split on CRLF, LF or CR
   * (a CR directly followed by LF is one line break). The line break that
   * ends the last line yields nothing; an empty line in between yields a
   * record with no fields. Without a separator, a record's only field is
   * the whole line.
   */
  records(): Generator<FecRecord, void, undefined>;
}

const C1_CONTROLS = /[\u0080-\u009f]/;
const NOT_SPACE = /\S/;

/**
 * Decodes bytes the way a FEC reader must: a UTF-16 byte order mark is
 * honoured (so the text can be reported on), a UTF-8 one removed; bytes that
 * are valid UTF-8 are UTF-8, anything else ISO-8859-15.
 */
function decodeFecBytes(bytes: Uint8Array): { text: string; encoding: FecTextEncoding; bom: boolean } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: false };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: false };
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: decodeText(body, 'utf-8'), encoding: 'utf-8', bom };
  } catch (error) {
    if (!(error instanceof AccountingError)) throw error;
    return { text: decodeText(body, 'iso-8859-15'), encoding: 'iso-8859-15', bom };
  }
}

/** Position of the first CR or LF at or after `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf < 0) return cr < 0 ? text.length : cr;
  return cr < 0 || lf < cr ? lf : cr;
}

function unquoteName(name: string): string {
  return name.length >= 2 && name.charCodeAt(0) === 34 && name.charCodeAt(name.length - 1) === 34 ? name.slice(1, -1).replace(/""/g, '"') : name;
}

/**
 * Whether a field is written between double quotes, as a CSV writer would
 * (`"Reprise des soldes"`); a FEC takes no quotes (A47 A-1 XII 3°). A quote
 * inside a label (`Pneu 17"`, `"Promo" été`) is not quoting: only a field
 * that starts and ends with one is.
 *
 * @param field - a field as read
 * @returns `true` when the field starts and ends with `"`
 * @example
 * ```ts
 * isQuotedFecField('"Banque"') //=> true
 * isQuotedFecField('Pneu 17"') //=> false
 * ```
 */
export function isQuotedFecField(field: string): boolean {
  const n = field.length;
  return n >= 2 && field.charCodeAt(0) === 34 && field.charCodeAt(n - 1) === 34;
}

/**
 * Removes CSV quoting from a field (`"a ""b"""` → `a "b"`), so the value can
 * still be checked after the quoting is reported.
 *
 * @param field - a field for which {@link isQuotedFecField} is true
 * @returns the value inside the quotes
 * @example
 * ```ts
 * unquoteFecField('"Reprise ""AN"""') //=> 'Reprise "AN"'
 * ```
 */
export function unquoteFecField(field: string): string {
  const end = field.length >= 2 && field.charCodeAt(field.length - 1) === 34 ? field.length - 1 : field.length;
  return field.slice(1, end).replace(/""/g, '"');
}

/**
 * The largest FEC amount accepted, in cents, exclusive: 10^15 cents
 * (10 000 000 000 000,00). Below it, sums of millions of amounts stay exact
 * when accumulated as numbers flushed into a bigint.
 *
 * @example
 * ```ts
 * fecAmountToCents('9999999999999,99') < FEC_MAX_CENTS //=> true
 * ```
 */
export const FEC_MAX_CENTS = 1e15;

/**
 * Reads a FEC amount as integer cents, exactly and fast (no regular
 * expression, no `Decimal`): digits, an optional decimal comma, the sign
 * first or last (A47 A-1 XII 2°), leading zeros allowed. At most 2 decimals
 * may be non-zero (`1,500` is 150 cents). Anything else — a dot, a thousands
 * separator, a space, an empty string, an amount of {@link FEC_MAX_CENTS} or
 * more — gives `NaN`.
 *
 * @param text - the field as written
 * @returns the amount in cents (a safe integer, never `-0`), or `NaN`
 * @example
 * ```ts
 * fecAmountToCents('000000000000600,00') //=> 60000
 * fecAmountToCents('12,5-') //=> -1250
 * fecAmountToCents('1234.56') //=> NaN
 * ```
 */
export function fecAmountToCents(text: string): number {
  const n = text.length;
  if (n === 0) return NaN;
  let i = 0;
  let end = n;
  let neg = false;
  let c = text.charCodeAt(0);
  if (c === 45 || c === 43) {
    neg = c === 45;
    i = 1;
  } else {
    c = text.charCodeAt(n - 1);
    if (c === 45 || c === 43) {
      neg = c === 45;
      end = n - 1;
    }
  }
  const i0 = i;
  let int = 0;
  while (i < end) {
    c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    int = int * 10 + (c - 48);
    i++;
  }
  if (i === i0) return NaN;
  let frac = 0;
  if (i < end) {
    if (text.charCodeAt(i) !== 44) return NaN;
    i++;
    if (i === end) return NaN;
    let k = 0;
    while (i < end) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return NaN;
      if (k < 2) frac = frac * 10 + (c - 48);
      else if (c !== 48) return NaN;
      k++;
      i++;
    }
    if (k === 1) frac *= 10;
  }
  if (int >= FEC_MAX_CENTS / 100) return NaN;
  const cents = int * 100 + frac;
  return neg && cents !== 0 ? -cents : cents;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Reads a FEC date `AAAAMMJJ` (A47 A-1 XII 4°) as a day number (days since
 * 1970-01-01, as `toDayNumber`), checking it is a real date; fast, with no
 * `Date` and no time zone.
 *
 * @param text - the field as written
 * @returns the day number, or `NaN` for `20240230`, `2024-02-29`, `''`…
 * @example
 * ```ts
 * fecDateToDayNumber('20240229') //=> 19782
 * fecDateToDayNumber('20230229') //=> NaN
 * ```
 */
export function fecDateToDayNumber(text: string): number {
  if (text.length !== 8) return NaN;
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (y < 1 || m < 1 || m > 12 || d < 1) return NaN;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[m] as number) + (leap ? 1 : 0)) return NaN;
  return civilToDays(y, m, d);
}

/**
 * Reads a FEC's text or bytes: decodes bytes (UTF-8 BOM removed; UTF-8 when
 * the bytes are valid UTF-8, ISO-8859-15 otherwise), detects the separator
 * from the header (TAB or `|`: both or neither is a problem, reported in
 * `separatorProblem`), recognises the header's layout and exposes the lines
 * after the header as a lazy generator. It never throws on a bad file: it
 * describes it, and the caller (`validateFec`, `parseFec`) decides. Lines are
 * split with `indexOf` loops, without a regular expression per line, so a
 * 3.4-million-line file reads in a few seconds.
 *
 * @param input - the file's text or bytes
 * @returns the decoded text, its description and a `records()` generator
 * @example
 * ```ts
 * const header = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
 * const fec = readFecText(`${header}\r\nAN|A nouveaux|AN000001`);
 * fec.separator //=> '|'
 * fec.layout?.amounts //=> 'debit-credit'
 * [...fec.records()] //=> [{ line: 2, fields: ['AN', 'A nouveaux', 'AN000001'] }]
 * ```
 */
export function readFecText(input: string | Uint8Array): FecText {
  let text: string;
  let encoding: FecTextEncoding;
  let bom: boolean;
  if (typeof input === 'string') {
    bom = input.charCodeAt(0) === 0xfeff;
    text = bom ? stripBom(input) : input;
    encoding = 'text';
  } else {
    ({ text, encoding, bom } = decodeFecBytes(input));
  }
  const length = text.length;
  const empty = !NOT_SPACE.test(text);
  const windows1252 = C1_CONTROLS.test(text);
  const endsWithNewline = length > 0 && (text.charCodeAt(length - 1) === 10 || text.charCodeAt(length - 1) === 13);

  const headerEnd = lineEnd(text, 0);
  const headerLine = text.slice(0, headerEnd);
  const bodyStart = headerEnd >= length ? length : text.charCodeAt(headerEnd) === 13 && text.charCodeAt(headerEnd + 1) === 10 ? headerEnd + 2 : headerEnd + 1;

  const hasPipe = headerLine.includes('|');
  const hasTab = headerLine.includes('\t');
  const separator: FecSeparator | undefined = hasPipe && !hasTab ? '|' : hasTab && !hasPipe ? '\t' : undefined;
  const separatorProblem = empty ? undefined : hasPipe && hasTab ? 'both' : !hasPipe && !hasTab ? 'none' : undefined;

  let rawHeader = separator === undefined ? [headerLine] : headerLine.split(separator);
  const headerTrailingSeparator = rawHeader.length > 1 && rawHeader[rawHeader.length - 1] === '';
  if (headerTrailingSeparator) rawHeader = rawHeader.slice(0, -1);
  const headerQuoted = rawHeader.some(isQuotedFecField);
  const headerFields = Object.freeze(headerQuoted ? rawHeader.map(unquoteName) : rawHeader);
  const layout = separator === undefined ? null : detectFecLayout(headerFields);

  function* records(): Generator<FecRecord, void, undefined> {
    const hasCr = text.includes('\r', bodyStart);
    const sep = separator;
    let pos = bodyStart;
    let line = 2;
    let nextLf = -1;
    let nextCr = hasCr ? -1 : length;
    let nextSep = sep === undefined ? length : -1;
    while (pos < length) {
      if (nextLf < pos) {
        nextLf = text.indexOf('\n', pos);
        if (nextLf < 0) nextLf = length;
      }
      if (nextCr < pos) {
        nextCr = text.indexOf('\r', pos);
        if (nextCr < 0) nextCr = length;
      }
      let end: number;
      let next: number;
      if (nextCr < nextLf) {
        end = nextCr;
        next = nextCr + 1 === nextLf ? nextLf + 1 : nextCr + 1;
      } else {
        end = nextLf;
        next = nextLf + 1;
      }
      const fields: string[] = [];
      if (end > pos) {
        if (sep === undefined) fields.push(text.slice(pos, end));
        else {
          let start = pos;
          for (;;) {
            if (nextSep < start) {
              nextSep = text.indexOf(sep, start);
              if (nextSep < 0) nextSep = length;
            }
            if (nextSep >= end) {
              fields.push(text.slice(start, end));
              break;
            }
            fields.push(text.slice(start, nextSep));
            start = nextSep + 1;
          }
        }
      }
      yield { line, fields };
      line++;
      pos = next;
    }
  }

  return Object.freeze({
    text,
    encoding,
    bom,
    windows1252,
    empty,
    separator,
    separatorProblem,
    headerFields,
    headerTrailingSeparator,
    headerQuoted,
    layout,
    endsWithNewline,
    records,
  });
}
