// @ts-nocheck
import { fail } from '../../errors/index.js';
import { formatMinor } from '../../money/index.js';
import { UTF8_BOM } from './encoding.js';

/**
 * Options of the CSV writer ({@link csvRows}, {@link serializeCsv}). The
 * defaults suit a French spreadsheet: `;` between cells, decimal comma, CRLF.
 *
 * @example
 * ```ts
 * const options: CsvOptions = { separator: ',', decimal: '.', language: 'en' };
 * ```
 */
export interface CsvOptions {
  /**
   * Cell separator.
   * @defaultValue `';'`
   */
  readonly separator?: ';' | ',' | '\t';
  /**
   * Decimal separator of amounts and numbers. With `','` and a `','`
   * separator, numeric cells holding a decimal comma are quoted (RFC 4180).
   * @defaultValue `','`
   */
  readonly decimal?: ',' | '.';
  /**
   * Line ending, written after every line including the last one.
   * @defaultValue `'\r\n'`
   */
  readonly lineEnding?: '\r\n' | '\n';
  /**
   * Start the file with a byte order mark (U+FEFF), which Excel needs to read
   * UTF-8. Only for UTF-8: ISO-8859-15 and ASCII cannot hold it.
   * @defaultValue `false`
   */
  readonly bom?: boolean;
  /**
   * Language of the header labels.
   * @defaultValue `'fr'`
   */
  readonly language?: 'fr' | 'en';
  /**
   * Write the header line.
   * @defaultValue `true`
   */
  readonly header?: boolean;
  /**
   * How date cells are written: `'iso'` as `YYYY-MM-DD`, `'dd/mm/yyyy'` the
   * French way (`31/12/2024`). A column's own `format` wins.
   * @defaultValue `'iso'`
   */
  readonly dateFormat?: 'iso' | 'dd/mm/yyyy';
}

/**
 * How a column's values are written:
 * - `'text'`: a string (or a number, written with `String`), formula-neutralised;
 * - `'amount'`: a {@link MinorAmount}, a {@link DecimalLike} (`Decimal`) or a
 *   decimal string with a dot (`'-12.50'`), written with the decimal separator;
 * - `'number'`: as an amount, and also a finite JS number (`5.5`);
 * - `'integer'`: a safe integer or a string of digits;
 * - `'date'`: an `IsoDate` string, written as given or through the column's `format`.
 *
 * @example
 * ```ts
 * const type: CsvColumnType = 'amount';
 * ```
 */
export type CsvColumnType = 'text' | 'amount' | 'integer' | 'date' | 'number';

/**
 * An amount as an integer count of minor units at a scale (cents: scale 2).
 *
 * @example
 * ```ts
 * const amount: MinorAmount = { minor: -1250, scale: 2 }; // -12.50
 * ```
 */
export interface MinorAmount {
  /** A safe integer: the amount times 10^scale. */
  readonly minor: number;
  /** Number of decimals, an integer from 0 to 20. */
  readonly scale: number;
}

/**
 * Anything with decimal.js's `toFixed`: a `Decimal` from any clone.
 *
 * @example
 * ```ts
 * const value: DecimalLike = new Decimal('12.5'); // written '12,50' in an amount column
 * ```
 */
export interface DecimalLike {
  /** Plain decimal notation with a dot, without exponent. */
  toFixed(decimalPlaces?: number): string;
}

/**
 * What a column's `value` may return; `null` and `undefined` give an empty cell.
 *
 * @example
 * ```ts
 * const value: CsvValue = { minor: 1250, scale: 2 };
 * ```
 */
export type CsvValue = string | number | MinorAmount | DecimalLike | null | undefined;

/**
 * One column of a CSV file: its stable key, its French and English header
 * labels, its type and how to read its value from a row.
 *
 * @example
 * ```ts
 * type Row = { readonly debitMinor: number };
 * const debit: CsvColumn<Row> = {
 *   key: 'debit', fr: 'Débit', en: 'Debit', type: 'amount',
 *   value: (row) => ({ minor: row.debitMinor, scale: 2 }),
 * };
 * ```
 */
export interface CsvColumn<Row> {
  /** Stable identifier (used in error paths). */
  readonly key: string;
  /** Header label in French. */
  readonly fr: string;
  /** Header label in English. */
  readonly en: string;
  /** How the value is written; see {@link CsvColumnType}. */
  readonly type: CsvColumnType;
  /** Reads the cell's value from a row; `null` or `undefined` give an empty cell. */
  readonly value: (row: Row) => CsvValue;
  /**
   * Decimals written for a {@link DecimalLike} value (`toFixed(scale)`).
   * @defaultValue `2` for amounts; for numbers, all the decimals the value has
   */
  readonly scale?: number;
  /** For date columns: rewrites the `YYYY-MM-DD` date (e.g. to `DD/MM/YYYY`); wins over the `dateFormat` option. */
  readonly format?: (iso: string) => string;
}

interface ResolvedCsvOptions {
  readonly separator: string;
  readonly decimal: string;
  readonly lineEnding: string;
  readonly bom: boolean;
  readonly language: 'fr' | 'en';
  readonly header: boolean;
  readonly frenchDates: boolean;
}

/** Message texts, kept together so tests can pin them. */
const MESSAGES = Object.freeze({
  badOption: (name: string, value: unknown, allowed: string): string =>
    `Invalid CSV option ${name} ${JSON.stringify(value)}: use ${allowed}.`,
  noColumns: 'A CSV file needs at least one column: pass a non-empty columns array.',
  badAmount: (key: string, received: string): string =>
    `Column "${key}" expects an amount, received ${received}: return { minor, scale }, a Decimal or a decimal string such as "-12.50".`,
  badNumber: (key: string, received: string): string =>
    `Column "${key}" expects a number, received ${received}: return a finite number, a Decimal or a decimal string such as "5.5".`,
  badInteger: (key: string, received: string): string =>
    `Column "${key}" expects an integer, received ${received}: return a safe integer or a string of digits.`,
  badText: (key: string, received: string): string =>
    `Column "${key}" expects text, received ${received}: return a string or a number.`,
  badDate: (key: string, received: string): string =>
    `Column "${key}" expects a date, received ${received}: return an IsoDate string such as "2024-12-31".`,
});

const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;
const INTEGER_RE = /^-?\d+$/;
const NEGATIVE_ZERO_RE = /^-0(?:\.0+)?$/;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value) ?? typeof value;
    } catch {
      return 'an object';
    }
  }
  return typeof value;
}

function pick<T extends string | boolean>(options: CsvOptions, name: keyof CsvOptions, allowed: ReadonlyArray<T>, fallback: T, label: string): T {
  const value = options[name] as unknown;
  if (value === undefined) return fallback;
  if (!(allowed as ReadonlyArray<unknown>).includes(value)) fail('invalid_option', [name], MESSAGES.badOption(name, value, label));
  return value as T;
}

function resolveOptions(options: CsvOptions): ResolvedCsvOptions {
  return Object.freeze({
    separator: pick(options, 'separator', [';', ',', '\t'], ';', `';', ',' or '\\t'`),
    decimal: pick(options, 'decimal', [',', '.'], ',', `',' or '.'`),
    lineEnding: pick(options, 'lineEnding', ['\r\n', '\n'], '\r\n', `'\\r\\n' or '\\n'`),
    bom: pick(options, 'bom', [true, false], false, 'true or false'),
    language: pick(options, 'language', ['fr', 'en'], 'fr', `'fr' or 'en'`),
    header: pick(options, 'header', [true, false], true, 'true or false'),
    frenchDates: pick(options, 'dateFormat', ['iso', 'dd/mm/yyyy'], 'iso', `'iso' or 'dd/mm/yyyy'`) === 'dd/mm/yyyy',
  });
}

/**
 * Neutralises a text that a spreadsheet would run as a formula (CSV
 * injection): a text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`. Only for text: amounts are never neutralised.
 *
 * @param text - a text cell
 * @returns the text, prefixed with `'` when it could start a formula
 * @example
 * ```ts
 * neutralizeFormula('=SUM(A1:A9)') //=> "'=SUM(A1:A9)"
 * neutralizeFormula('Facture 12') //=> 'Facture 12'
 * ```
 */
export function neutralizeFormula(text: string): string {
  switch (text.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
      return `'${text}`;
    default:
      return text;
  }
}

/**
 * Writes one CSV cell (RFC 4180): the text is put between double quotes, with
 * inner quotes doubled, when it contains the separator, a quote, CR or LF,
 * begins or ends with a space, or begins with U+FEFF (which a reader would take
 * for a byte order mark); otherwise it is written as is.
 *
 * @param text - the cell's text (already neutralised if it is free text)
 * @param separator - the file's cell separator
 * @returns the cell as written in the file
 * @example
 * ```ts
 * csvCell('Dupont; fils', ';') //=> '"Dupont; fils"'
 * csvCell('Le "Bon" coin', ';') //=> '"Le ""Bon"" coin"'
 * csvCell('12,50', ';') //=> '12,50'
 * ```
 */
export function csvCell(text: string, separator: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  // a leading U+FEFF would be taken for a byte order mark by readers
  let quote = first === 0x20 || first === 0xfeff || text.charCodeAt(n - 1) === 0x20 || text.includes(separator);
  if (!quote) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22 || c === 0x0a || c === 0x0d) {
        quote = true;
        break;
      }
    }
  }
  if (!quote) return text;
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

/** A decimal string with a dot, without negative zero, with the chosen decimal separator. */
function decimalText(dotted: string, decimal: string): string {
  const plain = NEGATIVE_ZERO_RE.test(dotted) ? dotted.slice(1) : dotted;
  return decimal === '.' ? plain : plain.replace('.', decimal);
}

function isMinorAmount(value: object): value is MinorAmount {
  return 'minor' in value && 'scale' in value;
}

/** The cell text of an amount or number, or `undefined` when the value does not suit the column. */
function numericText<Row>(value: CsvValue, column: CsvColumn<Row>, decimal: string): string | undefined {
  let dotted: string;
  if (typeof value === 'string') dotted = value;
  else if (typeof value === 'number') {
    if (column.type === 'amount') return undefined;
    dotted = String(value);
  } else if (typeof value === 'object' && value !== null) {
    if (isMinorAmount(value)) {
      const { minor, scale } = value;
      if (!Number.isSafeInteger(minor) || !Number.isInteger(scale) || scale < 0 || scale > 20) return undefined;
      // minor === 0 covers -0: formatMinor never writes a negative zero
      return formatMinor(minor === 0 ? 0 : minor, scale, decimal);
    }
    if (typeof value.toFixed !== 'function') return undefined;
    const scale = column.scale ?? (column.type === 'amount' ? 2 : undefined);
    dotted = scale === undefined ? value.toFixed() : value.toFixed(scale);
  } else return undefined;
  if (!DECIMAL_RE.test(dotted)) return undefined;
  return decimalText(dotted, decimal);
}

/** Writes one cell of a row, quoted as needed (internal; compiled once per column). */
type CellWriter<Row> = (row: Row, rowIndex: number) => string;

/** Quotes a text when it needs it: the separator, a quote, CR or LF, a space at either end or a leading U+FEFF (internal). */
function quoter(separator: string): (text: string) => string {
  const escaped = separator === '\t' ? '\\t' : separator;
  const needs = new RegExp(`[${escaped}"\\r\\n]|^[ \\uFEFF]| $`);
  return (text) => (text !== '' && needs.test(text) ? `"${text.includes('"') ? text.replace(/"/g, '""') : text}"` : text);
}

/** Compiles the writer of one column for the file's options: the type switch happens once, not per cell (internal). */
function cellWriter<Row>(column: CsvColumn<Row>, o: ResolvedCsvOptions, quote: (text: string) => string, columnIndex: number): CellWriter<Row> {
  const { decimal, frenchDates } = o;
  const { key, value: read } = column;
  const bad = (message: (key: string, received: string) => string, value: unknown, rowIndex: number): never => fail('invalid_option', [rowIndex, key], message(key, describeValue(value)));
  switch (column.type) {
    case 'text':
      return (row, rowIndex) => {
        const value = read(row);
        if (typeof value === 'string') return quote(neutralizeFormula(value));
        if (value === null || value === undefined) return '';
        if (typeof value === 'number') return quote(neutralizeFormula(String(value)));
        return bad(MESSAGES.badText, value, rowIndex);
      };
    case 'amount':
    case 'number': {
      // a number holds only digits, '-' and the decimal separator: quoted only when that is the cell separator
      const mustQuote = decimal === o.separator;
      const message = column.type === 'amount' ? MESSAGES.badAmount : MESSAGES.badNumber;
      return (row, rowIndex) => {
        const value = read(row);
        if (value === null || value === undefined) return '';
        const text = numericText(value, column, decimal) ?? bad(message, value, rowIndex);
        return mustQuote && text.includes(decimal) ? `"${text}"` : text;
      };
    }
    case 'integer':
      return (row, rowIndex) => {
        const value = read(row);
        if (value === null || value === undefined) return '';
        if (typeof value === 'number' ? Number.isSafeInteger(value) : typeof value === 'string' && INTEGER_RE.test(value)) return String(value);
        return bad(MESSAGES.badInteger, value, rowIndex);
      };
    case 'date': {
      const format = column.format;
      return (row, rowIndex) => {
        const value = read(row);
        if (value === null || value === undefined) return '';
        if (typeof value !== 'string') return bad(MESSAGES.badDate, value, rowIndex);
        if (format !== undefined) return quote(format(value));
        if (ISO_DATE_RE.test(value)) return frenchDates ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
        return quote(value);
      };
    }
    default:
      return fail('invalid_option', ['columns', columnIndex, 'type'], MESSAGES.badOption('column type', column.type, `'text', 'amount', 'integer', 'date' or 'number'`));
  }
}

/** Checks the columns and compiles their writers (internal). */
function compile<Row>(columns: ReadonlyArray<CsvColumn<Row>>, resolved: ResolvedCsvOptions): ReadonlyArray<CellWriter<Row>> {
  if (columns.length === 0) fail('invalid_option', ['columns'], MESSAGES.noColumns);
  const quote = quoter(resolved.separator);
  return columns.map((column, c) => cellWriter(column, resolved, quote, c));
}

function* generateCsv<Row>(
  rows: Iterable<Row>,
  columns: ReadonlyArray<CsvColumn<Row>>,
  o: ResolvedCsvOptions,
  writers: ReadonlyArray<CellWriter<Row>>,
  batch: number,
): Generator<string, void, undefined> {
  const { separator, lineEnding } = o;
  const count = columns.length;
  // batch 0: one chunk per line (the BOM its own chunk); else lines gathered into chunks of about `batch` characters
  let out = '';
  if (o.bom) {
    if (batch === 0) yield UTF8_BOM;
    else out = UTF8_BOM;
  }
  if (o.header) {
    let line = '';
    for (let c = 0; c < count; c++) {
      const column = columns[c] as CsvColumn<Row>;
      if (c > 0) line += separator;
      line += csvCell(o.language === 'en' ? column.en : column.fr, separator);
    }
    line = (line === '' ? '""' : line) + lineEnding;
    if (batch === 0) yield line;
    else out += line;
  }
  const first = writers[0] as CellWriter<Row>;
  let rowIndex = 0;
  for (const row of rows) {
    let line = first(row, rowIndex);
    for (let c = 1; c < count; c++) line += separator + (writers[c] as CellWriter<Row>)(row, rowIndex);
    // a lone empty cell is written "" so that the line is not blank
    if (line === '') line = '""';
    rowIndex++;
    if (batch === 0) yield line + lineEnding;
    else {
      out += line + lineEnding;
      if (out.length >= batch) {
        yield out;
        out = '';
      }
    }
  }
  if (out !== '') yield out;
}

/**
 * Writes rows as an RFC 4180 CSV file, lazily: yields the BOM (if asked), the
 * header line, then one line per row, each line with its line ending, so
 * joining the chunks gives the file. Text cells are neutralised against
 * formulas ({@link neutralizeFormula}); every cell is quoted when needed
 * ({@link csvCell}). Options are checked at once; cell values while iterating.
 *
 * @param rows - the rows, read once, never modified
 * @param columns - the columns, in file order (at least one)
 * @param options - separator, decimal separator, line ending, BOM, header language
 * @returns a lazy iterable of text chunks
 * @throws AccountingError `invalid_option` for an option outside its allowed
 *   values or no columns (at once), or a value that does not suit its column's
 *   type (while iterating; the path is `[rowIndex, column.key]`)
 * @example
 * ```ts
 * const columns: CsvColumn<{ label: string; minor: number }>[] = [
 *   { key: 'label', fr: 'Libellé', en: 'Label', type: 'text', value: (r) => r.label },
 *   { key: 'amount', fr: 'Montant', en: 'Amount', type: 'amount', value: (r) => ({ minor: r.minor, scale: 2 }) },
 * ];
 * [...csvRows([{ label: '=1+1', minor: -1250 }], columns)]
 * //=> ['Libellé;Montant\r\n', "'=1+1;-12,50\r\n"]
 * ```
 */
export function csvRows<Row>(rows: Iterable<Row>, columns: ReadonlyArray<CsvColumn<Row>>, options: CsvOptions = {}): Iterable<string> {
  const resolved = resolveOptions(options);
  if (columns.length === 0) fail('invalid_option', ['columns'], MESSAGES.noColumns);
  return generateCsv(rows, columns, resolved, compile(columns, resolved), 0);
}

/**
 * The file of {@link csvRows} in chunks of about `size` characters rather
 * than one chunk per line: fewer, larger strings for streaming large files
 * (what the CSV formats' `chunks` yield). Joining the chunks gives the same
 * text.
 *
 * @param rows - the rows, read once, never modified
 * @param columns - the columns, in file order (at least one)
 * @param options - separator, decimal separator, line ending, BOM, header language, date format
 * @param size - the chunk size to reach before yielding, in characters (the last chunk may be smaller)
 * @returns a lazy iterable of text chunks
 * @throws AccountingError `invalid_option`, as {@link csvRows}
 * @example
 * ```ts
 * const columns: CsvColumn<{ label: string; minor: number }>[] = [
 *   { key: 'label', fr: 'Libellé', en: 'Label', type: 'text', value: (r) => r.label },
 *   { key: 'amount', fr: 'Montant', en: 'Amount', type: 'amount', value: (r) => ({ minor: r.minor, scale: 2 }) },
 * ];
 * [...csvChunks([{ label: 'a', minor: 1 }, { label: 'b', minor: 2 }], columns)]
 * //=> ['Libellé;Montant\r\na;0,01\r\nb;0,02\r\n']
 * ```
 */
export function csvChunks<Row>(rows: Iterable<Row>, columns: ReadonlyArray<CsvColumn<Row>>, options: CsvOptions = {}, size = 64 * 1024): Iterable<string> {
  const resolved = resolveOptions(options);
  if (!Number.isSafeInteger(size) || size < 1) fail('invalid_option', ['size'], `Invalid chunk size ${String(size)}: use a whole number of characters, at least 1.`);
  return generateCsv(rows, columns, resolved, compile(columns, resolved), size);
}

/**
 * Writes rows as an RFC 4180 CSV file in one string: the chunks of
 * {@link csvRows} joined.
 *
 * @param rows - the rows, never modified
 * @param columns - the columns, in file order (at least one)
 * @param options - separator, decimal separator, line ending, BOM, header language
 * @returns the whole file
 * @throws AccountingError `invalid_option`, as {@link csvRows}
 * @example
 * ```ts
 * const columns: CsvColumn<{ label: string; minor: number }>[] = [
 *   { key: 'label', fr: 'Libellé', en: 'Label', type: 'text', value: (r) => r.label },
 *   { key: 'amount', fr: 'Montant', en: 'Amount', type: 'amount', value: (r) => ({ minor: r.minor, scale: 2 }) },
 * ];
 * serializeCsv([{ label: 'Vente', minor: 60000 }], columns, { separator: ',', decimal: '.', language: 'en' })
 * //=> 'Label,Amount\r\nVente,600.00\r\n'
 * ```
 */
export function serializeCsv<Row>(rows: Iterable<Row>, columns: ReadonlyArray<CsvColumn<Row>>, options: CsvOptions = {}): string {
  let out = '';
  for (const chunk of csvRows(rows, columns, options)) out += chunk;
  return out;
}
