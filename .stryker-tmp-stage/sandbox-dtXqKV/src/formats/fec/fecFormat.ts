// @ts-nocheck
import { defaultChart, type Journal } from '../../accounts/index.js';
import { addMonths, compactDate, fromDayNumber, toDayNumber, toPeriod, type IsoDate, type PeriodInput } from '../../calendar/index.js';
import { AccountingError, fail, issue, quote } from '../../errors/index.js';
import { CURRENCY_SCALES, currencyScale, formatMinor } from '../../money/index.js';
import { NOT_VALIDATED, toBook, type Book, type BookSource } from '../../book/index.js';
import { defineFormat, type Format } from '../Format.js';
import { checkSiren } from '../_lib/siren.js';
import { FEC_COLUMNS } from './columns.js';

/**
 * Options of the FEC writer (`formats.fec`).
 *
 * @example
 * ```ts
 * const options: FecOptions = { fiscalYear: { from: '2024-01-01', to: '2024-12-31' }, separator: '\t' };
 * ```
 */
export interface FecOptions {
  /**
   * The fiscal year the file covers; transactions dated outside it are left
   * out. Without it, every transaction must fall within twelve months.
   */
  readonly fiscalYear?: PeriodInput;
  /** @defaultValue '|' */
  readonly separator?: '|' | '\t';
  /** @defaultValue '\r\n' */
  readonly lineEnding?: '\r\n' | '\n';
  /**
   * Whether the last line ends with a line ending (DGFiP checkers prefer none).
   * @defaultValue false
   */
  readonly finalNewline?: boolean;
  /**
   * Journals whose transactions are opening entries (à-nouveaux), written first,
   * besides transactions typed `opening`.
   * @defaultValue ['AN']
   */
  readonly openingJournals?: ReadonlyArray<string>;
  /** Journal labels when the source is transactions rather than a Book. */
  readonly journals?: ReadonlyArray<Journal>;
  /**
   * What to do with draft entries (`validatedOn: null`, brouillard): a FEC
   * lists validated entries, so by default the writer refuses them
   * (`unvalidated_entries`, listing them: validate them first with
   * `validate`); `'entry-date'` writes each draft's own date as its ValidDate
   * (an interim export, not the FEC of a closed year).
   * @defaultValue 'refuse'
   */
  readonly drafts?: 'refuse' | 'entry-date';
}

const CLEAN_RE = /[|\t\r\n]/g;

/**
 * Makes a text field safe for a FEC, whose fields are never quoted:
 * separators, tabs and line breaks become spaces; a field that would then be
 * blank is written `/` (as Odoo writes a missing label); a field that would
 * start and end with `"` — which readers take for CSV quoting — has its first
 * quote written as an apostrophe.
 */
function clean(text: string): string {
  CLEAN_RE.lastIndex = 0;
  let out = text;
  if (CLEAN_RE.test(text)) {
    out = text.replace(CLEAN_RE, ' ');
    if (out.trim() === '') return '/';
  }
  const n = out.length;
  if (n >= 2 && out.charCodeAt(0) === 34 && out.charCodeAt(n - 1) === 34) out = `'${out.slice(1)}`;
  return out;
}

/**
 * Checks an identifier field, which cannot be cleaned like a label: replacing
 * a separator would merge two transactions (`OD|1` and `OD 1`) or two
 * accounts, so a separator or a line break in it is refused.
 */
function ident(text: string, sep: string, path: ReadonlyArray<string | number>, what: string): string {
  if (text.includes(sep) || text.includes('\r') || text.includes('\n')) {
    fail('separator_in_field', path, `The ${what} ${quote(text)} holds the separator ${sep === '|' ? '"|"' : 'tab'} or a line break: a FEC has no escape, so it would be read as another ${what}; change it (or write with the other separator).`);
  }
  return text;
}

/** A plain decimal string (`'130.5'`, `'-7'`) written with exactly `digits` decimals (`'130.50'`); never rounds (the Book holds amounts valid for their currency). */
function fixedDecimals(amount: string, digits: number): string {
  const dot = amount.indexOf('.');
  const decimals = dot < 0 ? 0 : amount.length - dot - 1;
  if (decimals >= digits) return amount;
  if (digits === 0) return amount;
  return (dot < 0 ? `${amount}.` : amount) + '0'.repeat(digits - decimals);
}

/** The validation days to write: the book's, or for drafts their own date when allowed (internal). */
function fecValidDays(book: Book, options: FecOptions, from: number, to: number): Int32Array {
  const { date, validatedOn } = book.tx;
  const mode = options.drafts ?? 'refuse';
  if (mode !== 'refuse' && mode !== 'entry-date') fail('invalid_option', ['drafts'], `options.drafts is "refuse" or "entry-date", not ${JSON.stringify(mode)}.`);
  const drafts: number[] = [];
  for (let t = 0; t < book.size; t++) if (validatedOn[t] === NOT_VALIDATED && date[t]! >= from && date[t]! <= to) drafts.push(t);
  if (drafts.length === 0) return validatedOn;
  if (mode === 'refuse') {
    const shown = drafts.slice(0, 20).map((t) => `${book.tx.id[t]!} (${fromDayNumber(date[t]!)})`);
    const more = drafts.length > 20 ? ` and ${drafts.length - 20} more` : '';
    throw new AccountingError([
      issue(
        'unvalidated_entries',
        ['drafts'],
        `${drafts.length} draft entr${drafts.length === 1 ? 'y has' : 'ies have'} no validation date (ValidDate): ${shown.join(', ')}${more}. A FEC lists validated entries: validate them first (validate(book, { through, on })), or pass { drafts: 'entry-date' } for an interim export dated on the entry dates.`,
      ),
    ]);
  }
  const out = Int32Array.from(validatedOn);
  for (const t of drafts) out[t] = date[t]!;
  return out;
}

/** The transactions to write, opening ones first, then by validation date and input order, with their validation days (internal). */
function fecOrder(book: Book, options: FecOptions): { order: Int32Array; validatedOn: Int32Array } {
  const T = book.size;
  const { date, opening, journal } = book.tx;
  const openingJournals = new Set(options.openingJournals ?? ['AN']);
  const isOpeningJournal = book.journals.map((j) => openingJournals.has(j));
  let from = -Infinity;
  let to = Infinity;
  if (options.fiscalYear) {
    const fy = toPeriod(options.fiscalYear, ['fiscalYear']);
    from = toDayNumber(fy.from);
    to = toDayNumber(fy.to);
  } else if (T > 0) {
    let min = Infinity;
    let max = -Infinity;
    for (let t = 0; t < T; t++) {
      if (date[t]! < min) min = date[t]!;
      if (date[t]! > max) max = date[t]!;
    }
    const last = toDayNumber(addMonths(fromDayNumber(min), 12)) - 1;
    if (max > last) {
      fail('invalid_option', ['fiscalYear'], `The transactions run from ${fromDayNumber(min)} to ${fromDayNumber(max)}, more than one fiscal year: a FEC covers one; pass options.fiscalYear.`);
    }
  }
  const validatedOn = fecValidDays(book, options, from, to);
  let minValid = Infinity;
  for (let t = 0; t < T; t++) if (validatedOn[t]! < minValid && date[t]! >= from && date[t]! <= to) minValid = validatedOn[t]!;
  let n = 0;
  for (let t = 0; t < T; t++) if (date[t]! >= from && date[t]! <= to) n++;
  const selected = new Int32Array(n);
  for (let t = 0, k = 0; t < T; t++) if (date[t]! >= from && date[t]! <= to) selected[k++] = t;
  const packed = new Float64Array(n);
  // key = (not opening) · 2^46 + (validation day − min) · 2^24 + position: exact in a float64 below 2^53.
  for (let i = 0; i < n; i++) {
    const t = selected[i]!;
    const open = opening[t] || isOpeningJournal[journal[t]!] ? 0 : 1;
    packed[i] = open * 2 ** 46 + (validatedOn[t]! - minValid) * 2 ** 24 + i;
  }
  // books are usually in order already: then no sort at all
  let sorted = n < 2 ** 24;
  for (let i = 1; sorted && i < n; i++) {
    if (packed[i]! < packed[i - 1]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return { order: selected, validatedOn };
  if (n >= 2 ** 24) {
    const order = Array.from(selected, (_, i) => i).sort((a, b) => packed[a]! - packed[b]! || a - b);
    return { order: Int32Array.from(order, (i) => selected[i]!), validatedOn };
  }
  packed.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = selected[packed[i]! % 2 ** 24]!;
  return { order: out, validatedOn };
}

/** The FEC lines of a Book, header first, each with its line ending except the last (internal). */
function* fecChunks(source: BookSource, options: FecOptions = {}): Generator<string> {
  const book = toBook(source, options.journals ? { journals: options.journals } : {});
  const sep = options.separator ?? '|';
  if (sep !== '|' && sep !== '\t') fail('invalid_option', ['separator'], `A FEC separator is "|" or a tab, not ${JSON.stringify(sep)}.`);
  const eol = options.lineEnding ?? '\r\n';
  if (eol !== '\r\n' && eol !== '\n') fail('invalid_option', ['lineEnding'], 'lineEnding is "\\r\\n" or "\\n".');
  const { order, validatedOn } = fecOrder(book, options);
  const scale = book.scale;
  const zero = formatMinor(0, scale, ',');
  const { tx, entries: c } = book;
  const cl = clean;

  const journalPrefix = book.journals.map((code, j) => {
    if (code.trim() === '') {
      // A cash-basis FEC (21 or 22 columns) may leave JournalCode blank; the 18 columns written here may not.
      fail('empty_id', ['journals', j], 'A transaction has a blank journal code (read from a cash-basis FEC, where JournalCode may be empty): a FEC of 18 columns requires one; give those transactions a journal (e.g. "OD") before writing.');
    }
    return `${ident(code, sep, ['journals', j], 'journal code')}${sep}${cl(book.journalLabels[j] || code)}${sep}`;
  });
  const chart = book.chart ?? defaultChart();
  const accountField = book.accounts.map((n, a) => `${ident(n, sep, ['accounts', a], 'account number')}${sep}${cl(book.accountLabels[a] || chart.find(n)?.label || n)}${sep}`);
  const auxField = book.auxiliaries.map((x, k) => `${ident(x.number, sep, ['auxiliaries', k], 'auxiliary account number')}${sep}${cl(x.name)}${sep}`);
  const emptyAux = `${sep}${sep}`;
  const foreignField = book.currencies.map((code, k) => {
    ident(code, sep, ['currencies', k], 'currency code');
    // A code the library knows is written with its decimals. Another one can only come from a FEC read by
    // parseFec (createTransaction refuses it): written back as read, with the decimals its amount has.
    if (!Object.hasOwn(CURRENCY_SCALES, code)) return (amount: string): string => amount.replace('.', ',');
    const digits = currencyScale(code);
    return (amount: string): string => fixedDecimals(amount, digits).replace('.', ',');
  });
  // AAAAMMJJ by day number, computed once per distinct day (a plain array: no Map lookup per line)
  const dayText: string[] = [];
  const day = (d: number): string => dayText[d] ?? (dayText[d] = compactDate(fromDayNumber(d) as IsoDate));

  let out = FEC_COLUMNS.join(sep);
  const flushAt = 64 * 1024;
  const sep2 = sep + sep;
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    // what every line of the transaction shares, joined once
    const head = `${eol}${journalPrefix[tx.journal[t]!]}${ident(tx.id[t]!, sep, ['transactions', t, 'id'], 'transaction id')}${sep}${day(tx.date[t]!)}${sep}`;
    const piece = `${cl(tx.pieceRef[t]!)}${sep}${day(tx.pieceDate[t]!)}${sep}`;
    const pieceLabel = `${piece}${cl(tx.label[t]!)}${sep}`;
    const valid = day(validatedOn[t]!);
    const plainTail = `${sep2}${sep}${valid}${sep2}`;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const amount = c.amount[e]!;
      const ledger = book.ledgers[c.ledger[e]!]!;
      const labelId = c.label ? c.label[e]! : -1;
      const letterId = c.letteringCode ? c.letteringCode[e]! : -1;
      const fcId = c.foreignCurrency ? c.foreignCurrency[e]! : -1;
      const tail =
        letterId < 0 && fcId < 0
          ? plainTail
          : `${sep}${letterId >= 0 ? `${ident(book.strings[letterId]!, sep, ['transactions', t, 'entries', e - tx.entryStart[t]!, 'lettering', 'code'], 'lettering code')}${sep}${day(c.letteringDate![e]!)}` : sep}${sep}${valid}${sep}${
              fcId >= 0 ? `${foreignField[fcId]!(c.foreignAmount![e]!)}${sep}${book.currencies[fcId]!}` : sep
            }`;
      out +=
        head +
        accountField[c.account[e]!] +
        (ledger.auxiliary >= 0 ? auxField[ledger.auxiliary] : emptyAux) +
        (labelId >= 0 ? `${piece}${cl(book.strings[labelId]!)}${sep}` : pieceLabel) +
        (amount > 0 ? `${formatMinor(amount, scale, ',')}${sep}${zero}` : `${zero}${sep}${formatMinor(-amount, scale, ',')}`) +
        tail;
      if (out.length >= flushAt) {
        yield out;
        out = '';
      }
    }
  }
  if (options.finalNewline) out += eol;
  if (out !== '') yield out;
}

/**
 * The FEC (fichier des écritures comptables, LPF art. A47 A-1): the 18
 * columns in order, `|` (or tab) separated, CRLF, no newline after the last
 * line, comma decimals, `0,00` never empty, AAAAMMJJ dates, no quoting
 * (separators and line breaks inside labels and piece references become
 * spaces; in an identifier — transaction id, journal, account, auxiliary
 * account, lettering code — they are refused with `separator_in_field`, since
 * the file would merge two of them), Idevise as given (a code the library
 * does not list, such as THB read by `parseFec`, is written back as read,
 * its amount with the decimals it has), a blank journal code (read from a
 * cash-basis FEC) refused with `empty_id`, opening entries
 * first then by validation date and input order, one fiscal year. Its input is
 * a Book or transactions. Draft entries (`validatedOn: null`) have no
 * ValidDate: they are refused (`unvalidated_entries`, listing them) unless
 * `options.drafts` is `'entry-date'`.
 *
 * @example
 * ```ts
 * formats.fec.serialize(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }).split('\r\n')[0]
 * //=> 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise'
 * formats.fec.fileName({ siren: '123456782', closingDate: '2024-12-31' }) //=> '123456782FEC20241231.txt'
 * ```
 */
export const fecFormat: Format<BookSource, FecOptions> = /* @__PURE__ */ defineFormat<BookSource, FecOptions>({
  id: 'fec',
  mediaType: 'text/plain',
  description: "Fichier des écritures comptables (LPF art. A47 A-1), the file every French accounting program imports and the tax administration asks for",
  fileName(context) {
    const siren = checkSiren(context.siren);
    const closing = context.closingDate ?? context.period?.to;
    if (closing === undefined) fail('invalid_option', ['closingDate'], 'A FEC file name needs the closing date of the fiscal year (closingDate or period.to).');
    return `${siren}FEC${compactDate(toPeriod({ from: closing, to: closing }, ['closingDate']).to)}.txt`;
  },
  chunks: fecChunks,
});
