// @ts-nocheck
import { toBook, type BookSource } from '../../book/index.js';
import { formatMinor } from '../../money/index.js';
import { neutralizeFormula } from '../_lib/csv.js';
import { defineFormat, type Format } from '../Format.js';
import { aliasWidthOption, fitCodes, usedCodes, type SoftwareExportOptions } from './_lib/accountMapping.js';
import { exportSelection, fitPieceRefs } from './_lib/pieces.js';
import { dayWriter, ddmmyyyy, exportFileName, singleLine } from './_lib/text.js';

/**
 * Options of the EBP export (`formats.ebp`).
 *
 * @example
 * ```ts
 * const options: EbpOptions = { accountFieldWidth: 10, journals: ['VT'] };
 * ```
 */
export interface EbpOptions extends SoftwareExportOptions {
  /** Width of the target's account field. @defaultValue 15 */
  readonly accountFieldWidth?: number;
  /** @deprecated the former name of {@link EbpOptions.accountFieldWidth}; kept as an alias. */
  readonly accountWidth?: number;
}

const COMMA_RE = /,/g;
const QUOTE_RE = /"/g;

/** One-line text, double quotes made single, formula-neutralised (internal; no cut). */
function ebpText(text: string): string {
  const s = singleLine(text);
  return neutralizeFormula(s.includes('"') ? s.replace(QUOTE_RE, "'") : s);
}

/** A quoted field cut to its width (internal). */
function quoted(text: string, width: number): string {
  const s = ebpText(text);
  return `"${s.length > width ? s.slice(0, width).trimEnd() : s}"`;
}

/** The lines of a Book (internal). */
function* ebpChunks(source: BookSource, options: EbpOptions = {}): Generator<string> {
  const book = toBook(source, options.journalList ? { journals: options.journalList } : {});
  const accountWidth = aliasWidthOption(options, 'accountFieldWidth', 'accountWidth', 15);
  const order = exportSelection(book, options);
  const codes = fitCodes(book, usedCodes(book, order), { target: 'EBP', accountWidth, journalWidth: Number.MAX_SAFE_INTEGER, ascii: false, sharedField: true, forbidden: /[,"]/g, spreadsheet: true }, options);
  const pieceRef = fitPieceRefs(book, order, { target: 'EBP', width: 15, write: ebpText, spreadsheet: true }, options.pieceRefs);
  const { tx, entries: c } = book;
  const scale = book.scale;
  const ledgerField = book.ledgers.map((l) => `${l.auxiliary >= 0 ? codes.auxiliary[l.auxiliary]! : codes.general[l.account]!},`);
  const day = dayWriter(ddmmyyyy);
  let line = 0;
  let out = '';
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const date = day(tx.date[t]!);
    const head = `,${date},${codes.journals[tx.journal[t]!]!.replace(COMMA_RE, ' ')},`;
    const label = quoted(tx.label[t]!, 40);
    const piece = `"${pieceRef(t)}"`;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const amount = c.amount[e]!;
      const labelId = c.label ? c.label[e]! : -1;
      out += `${++line}${head}${ledgerField[c.ledger[e]!]!}${labelId >= 0 ? quoted(book.strings[labelId]!, 40) : label},${piece},${formatMinor(amount > 0 ? amount : -amount, scale, '.')},${amount > 0 ? 'D' : 'C'},${date}\n`;
    }
    if (out.length >= 65536) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * EBP import (SPEC-FR §3, Dolibarr's EBP export): one line per entry,
 * `,`-separated, LF, UTF-8, no header: line number; date JJMMAAAA; journal;
 * account (the auxiliary number when there is one); "label" (quoted, 40
 * characters at most); "piece reference" (quoted, 15 at most); amount with a
 * decimal dot; D/C; due date (the date: a Book has no due date). Double
 * quotes inside texts become single quotes; a text that would start a
 * spreadsheet formula gets a leading `'`. Its input is a Book or
 * transactions, in date order, the à-nouveaux left out unless
 * `includeOpening`; piece references longer than 15 characters follow
 * `pieceRefs` (never two pieces under one reference).
 *
 * @throws AccountingError `account_too_long` when an account does not fit
 *   `accountFieldWidth` (with `overflow: 'error'`) or cutting merges two accounts;
 *   `piece_reference_collision` when a forced `pieceRefs` cut merges two pieces;
 *   `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.ebp.serialize(book).split('\n')[0]
 * //=> '1,15102024,VT,C0001,"Abonnement 12 mois DUPONT","FA2024-0001",600.00,D,15102024'
 * ```
 */
export const ebpFormat: Format<BookSource, EbpOptions> = /* @__PURE__ */ defineFormat<BookSource, EbpOptions>({
  id: 'ebp',
  mediaType: 'text/csv',
  description: 'EBP import: line; date; journal; account; "label"; "piece"; amount; D/C; due date',
  fileName: (context) => exportFileName('ebp', context, 'csv'),
  chunks: ebpChunks,
});
