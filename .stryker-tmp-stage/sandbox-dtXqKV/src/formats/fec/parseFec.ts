// @ts-nocheck
import type { AccountNumber, Journal } from '../../accounts/index.js';
import { fromDayNumber, type IsoDate } from '../../calendar/index.js';
import { currencyScale, Decimal, type CurrencyCode } from '../../money/index.js';
import { makeEntry, type Entry, type Transaction } from '../../transactions/index.js';
import type { FecLayout } from './columns.js';
import type { FecSeparator } from './readFecText.js';
import { validateFec } from './validateFec.js';
import { checkOptionsObject, collectChunks, isAsyncIterable, readFec, scannedJournals } from './_lib/fecInput.js';
import type { FecColumns, ParseFecIssue } from './_lib/scanFec.js';

export type { ParseFecIssue, ParseFecIssueCode } from './_lib/scanFec.js';

/**
 * Options of {@link parseFec}.
 *
 * @example
 * ```ts
 * const options: ParseFecOptions = { openingJournals: ['RAN'], validate: true };
 * ```
 */
export interface ParseFecOptions {
  /**
   * Journal codes whose entries are opening entries (à-nouveaux, typed
   * `opening`), on top of `AN` and `OUV` (Odoo's).
   * @defaultValue `[]`
   */
  readonly openingJournals?: ReadonlyArray<string>;
  /**
   * The currency the file is kept in (Debit and Credit are in it).
   * @defaultValue 'EUR'
   */
  readonly currency?: CurrencyCode;
  /**
   * Also run every check of `validateFec` (numbering gaps, chronology,
   * labels, balances per journal and month…) and report its findings in
   * `issues`; its errors that leave the data usable (an entry outside the
   * fiscal year, a closing entry…) become warnings. Without it, `issues`
   * holds what the parser meets while reading.
   * @defaultValue false
   */
  readonly validate?: boolean;
  /**
   * How many issues of one code are listed; one more (line 0) counts the rest.
   * @defaultValue 1000
   */
  readonly maxIssuesPerRule?: number;
  /**
   * The largest file read, in bytes (a string counts its UTF-8 bytes): a
   * larger one is refused with `file_too_large` before it is read (an async
   * source as soon as its chunks pass it). At most 2147483647 (2 GiB − 1),
   * the most the reader can address. See docs/limits.md.
   * @defaultValue 1073741824 (1 GiB)
   */
  readonly maxBytes?: number;
}

/**
 * What {@link parseFec} reads from a FEC:
 * - `transactions`: one per entry (JournalCode + EcritureNum), in file order,
 *   validated and balanced, amounts in exact integer minor units;
 * - `issues`: warnings and infos (errors throw), sorted by line;
 * - `journals`: each JournalCode with its JournalLib, so that
 *   `createBook(transactions, { journals })` and `formats.fec.serialize`
 *   write the file back;
 * - `encoding` (`'utf-8'`, `'iso-8859-15'`, or `'text'` for a string),
 *   `separator`, `lineEnding` (of the header line), `finalNewline`, and the
 *   header's `layout`.
 *
 * @example
 * ```ts
 * const parsed: ParsedFec = parseFec(bytes);
 * parsed.transactions.length //=> 4
 * ```
 */
export interface ParsedFec {
  /** The file's entries as transactions, validated and balanced, in file order. */
  readonly transactions: ReadonlyArray<Transaction>;
  /** Warnings and infos found while reading (errors throw), sorted by line. */
  readonly issues: ReadonlyArray<ParseFecIssue>;
  /** Each JournalCode with its JournalLib, in order of first appearance. */
  readonly journals: ReadonlyArray<Journal>;
  /** The encoding the bytes were read in; `'text'` when a string was given. */
  readonly encoding: 'utf-8' | 'iso-8859-15' | 'text';
  /** The field separator of the header (`|` or TAB). */
  readonly separator: FecSeparator;
  /** The header line's line ending. */
  readonly lineEnding: '\r\n' | '\n' | '\r';
  /** Whether the file ends with a line break. */
  readonly finalNewline: boolean;
  /**
   * Which header the file uses (the 18 columns, or a variant with Montant/Sens or the cash-basis columns).
   */
  readonly layout: FecLayout;
}

/**
 * Reads a FEC (fichier des écritures comptables, LPF art. A47 A-1) into
 * transactions: the import side of `formats.fec`. It reads both separators
 * (`|`, TAB), CRLF, LF or CR line ends, a UTF-8 BOM, UTF-8 or ISO-8859-15
 * bytes (UTF-8 when the bytes are valid UTF-8, as `validateFec` decides), the
 * Debit/Credit and Montant/Sens (`D`/`C`, `+1`/`-1`) layouts, signs first or
 * last, and the 21- and 22-column cash-basis layouts (ModeRglt becomes the
 * transaction's `source.paymentMethod`, IdClient its `source.customerId`;
 * other extra columns are ignored).
 *
 * Each entry (JournalCode + EcritureNum, its lines contiguous) becomes a
 * transaction keeping the file's words: id = EcritureNum, JournalLib in
 * `journals`, CompteLib as each entry's `accountLabel`, CompAuxNum/CompAuxLib
 * as `auxiliary`, PieceRef/PieceDate as `piece`, EcritureLib as the label
 * (a line whose EcritureLib differs from the first line's keeps it as the
 * entry's `label`), EcritureLet/DateLet as `lettering`, Montantdevise/Idevise
 * as `currency`, ValidDate as `validatedOn`; entries of `AN`, `OUV` and
 * `options.openingJournals` are typed `opening`. Lines with zero on both
 * sides are left out (an info each). An EcritureNum used by two journals
 * makes the second an id `JournalCode:EcritureNum` (an info).
 *
 * The file is read in one pass over its bytes (no per-line string split; a
 * 450 MB file is never decoded into one string). A file with unusable lines
 * — bad header or separator, wrong field count, a bad date, amount or Sens,
 * Debit and Credit both non-zero, an empty mandatory field, an unbalanced or
 * single-line entry, lines of an entry that are not contiguous or carry two
 * dates, a bad account number, Windows-1252 bytes, unpaired fields — throws
 * one error listing every bad line, each explained by `validateFec`.
 *
 * @param input - the file's bytes or text, or an async iterable of byte chunks
 * @param options - opening journals, currency, full validation, issue cap
 * @returns the transactions, issues, journals and how the file was written;
 *   a Promise of them for an async iterable
 * @throws AccountingError `invalid_file` with one issue per bad line, path
 *   `['line', n]` (1-based, the header is line 1, 0 for the whole file), the
 *   message starting with the rule (`[fec_entry_unbalanced] Entry VT000001
 *   is unbalanced…`); `file_too_large` above `options.maxBytes` (before
 *   reading it); `invalid_option`, `unknown_currency`, `invalid_input` for
 *   bad arguments
 * @example
 * ```ts
 * const { transactions, journals } = parseFec(bytes); // readFileSync('123456782FEC20241231.txt')
 * transactions[1]!.entries[0]!.auxiliary //=> { number: 'C0001', name: 'DUPONT Jean' }
 * formats.fec.serialize(createBook(transactions, { journals })) // the same file, byte for byte (as text)
 * parseFec('JournalCode;JournalLib') // throws invalid_file: [fec_separator] …
 * ```
 */
export function parseFec(input: string | Uint8Array, options?: ParseFecOptions): ParsedFec;
export function parseFec(input: AsyncIterable<Uint8Array>, options?: ParseFecOptions): Promise<ParsedFec>;
export function parseFec(input: string | Uint8Array | AsyncIterable<Uint8Array>, options: ParseFecOptions = {}): ParsedFec | Promise<ParsedFec> {
  checkOptionsObject(options, 'parseFec');
  if (isAsyncIterable(input)) return collectChunks(input, options.maxBytes).then((bytes) => parseSync(bytes, options));
  return parseSync(input, options);
}

function parseSync(input: string | Uint8Array, options: ParseFecOptions): ParsedFec {
  const scan = readFec(input, options, 'parseFec');
  const issues = options.validate ? complianceIssues(input, scan, options) : scan.issues;
  return Object.freeze({
    transactions: Object.freeze(transactionsOf(scan, options.currency ?? 'EUR')),
    issues: Object.freeze(issues),
    journals: scannedJournals(scan),
    encoding: scan.encoding,
    separator: scan.separator,
    lineEnding: scan.lineEnding,
    finalNewline: scan.finalNewline,
    layout: scan.layout!,
  });
}

/** validateFec's findings (errors demoted to warnings) and the parser's own ones. */
function complianceIssues(input: string | Uint8Array, scan: FecColumns, options: ParseFecOptions): ParseFecIssue[] {
  const own = new Set(['fec_entry_piece', 'fec_renamed_entry', 'fec_dropped_entry']);
  const validation = validateFec(input, {
    ...(options.openingJournals && options.openingJournals.length > 0 ? { openingJournals: options.openingJournals } : {}),
    ...(options.maxIssuesPerRule !== undefined ? { maxIssuesPerRule: options.maxIssuesPerRule } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const out: ParseFecIssue[] = validation.issues.map((i) =>
    Object.freeze({ code: i.code, severity: i.severity === 'info' ? ('info' as const) : ('warning' as const), line: i.line, message: i.message }),
  );
  for (const i of scan.issues) if (own.has(i.code)) out.push(i);
  return out.sort((a, b) => a.line - b.line);
}

/** The scan's columns as frozen transactions (internal). */
function transactionsOf(scan: FecColumns, currency: CurrencyCode): Transaction[] {
  const scale = currencyScale(currency);
  const isoCache = new Map<number, IsoDate>();
  const iso = (day: number): IsoDate => {
    let d = isoCache.get(day);
    if (d === undefined) {
      d = fromDayNumber(day);
      isoCache.set(day, d);
    }
    return d;
  };
  const letterings = new Map<number, { readonly code: string; readonly date: IsoDate }>();
  const { entryStart, entAmount, entAccount, entAccountLabel, entAux, entLabel, entLetter, entLetterDate, entCurrency, entForeign } = scan;
  const out = new Array<Transaction>(scan.T);
  for (let t = 0; t < scan.T; t++) {
    const entries: Entry[] = [];
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) {
      const amount = entAmount[e]!;
      const aux = entAux[e]!;
      const label = entLabel === null ? -1 : entLabel[e]!;
      const letter = entLetter === null ? -1 : entLetter[e]!;
      let lettering: { readonly code: string; readonly date: IsoDate } | undefined;
      if (letter >= 0) {
        const day = entLetterDate![e]!;
        const key = letter * 4_194_304 + day + 2_097_152;
        lettering = letterings.get(key);
        if (lettering === undefined) {
          lettering = Object.freeze({ code: scan.letterCodes[letter]!, date: iso(day) });
          letterings.set(key, lettering);
        }
      }
      const fc = entCurrency === null ? -1 : entCurrency[e]!;
      entries.push(
        makeEntry({
          account: scan.accounts[entAccount[e]!] as AccountNumber,
          side: amount > 0 ? 'debit' : 'credit',
          minor: Math.abs(amount),
          scale,
          accountLabel: scan.accountLabels[entAccountLabel[e]!],
          auxiliary: aux >= 0 ? scan.auxiliaries[aux]!.account : undefined,
          label: label >= 0 ? scan.entryLabels[label] : undefined,
          currency: fc >= 0 ? Object.freeze({ code: scan.currencies[fc]!, amount: new Decimal(entForeign![e]!) }) : undefined,
          lettering,
        }),
      );
    }
    const date = iso(scan.txDate[t]!);
    const tx: Record<string, unknown> = {
      id: scan.txId[t],
      journal: scan.journals[scan.txJournal[t]!]!.code,
      date,
      piece: Object.freeze({ ref: scan.txPieceRef[t], date: iso(scan.txPieceDate[t]!) }),
      label: scan.txLabel[t],
      validatedOn: iso(scan.txValid[t]!),
    };
    if (scan.txOpening[t] === 1) tx.type = 'opening';
    const source = scan.txSource === null ? -1 : scan.txSource[t]!;
    if (source >= 0) tx.source = scan.sources[source];
    tx.currency = currency;
    tx.entries = Object.freeze(entries);
    out[t] = Object.freeze(tx) as unknown as Transaction;
  }
  return out;
}
