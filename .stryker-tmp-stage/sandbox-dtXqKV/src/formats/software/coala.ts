// @ts-nocheck
import { toBook, type BookSource } from '../../book/index.js';
import { formatMinor } from '../../money/index.js';
import { csvCell, neutralizeFormula } from '../_lib/csv.js';
import { defineFormat, type Format } from '../Format.js';
import { aliasWidthOption, fitCodes, usedCodes, type SoftwareExportOptions } from './_lib/accountMapping.js';
import { exportSelection, fitPieceRefs } from './_lib/pieces.js';
import { dayWriter, ddmmyyyySlashed, exportFileName, singleLine } from './_lib/text.js';

/**
 * Options of the Sage Coala export (`formats.coala`).
 *
 * @example
 * ```ts
 * const options: CoalaOptions = { accountFieldWidth: 8, zeroPadToField: true };
 * ```
 */
export interface CoalaOptions extends SoftwareExportOptions {
  /** Width of the target's general and auxiliary account fields. @defaultValue 13 */
  readonly accountFieldWidth?: number;
  /** @deprecated the former name of {@link CoalaOptions.accountFieldWidth}; kept as an alias. */
  readonly accountWidth?: number;
}

const SEMICOLON_RE = /;/g;

/** One-line text without the separator, formula-neutralised (internal). */
function coalaText(text: string): string {
  const s = singleLine(text);
  return neutralizeFormula(s.includes(';') ? s.replace(SEMICOLON_RE, ' ') : s);
}

/** A text field, quoted when it holds a double quote (internal). */
function field(text: string): string {
  return csvCell(coalaText(text), ';');
}

/** The lines of a Book (internal). */
function* coalaChunks(source: BookSource, options: CoalaOptions = {}): Generator<string> {
  const book = toBook(source, options.journalList ? { journals: options.journalList } : {});
  const accountWidth = aliasWidthOption(options, 'accountFieldWidth', 'accountWidth', 13);
  const order = exportSelection(book, options);
  const codes = fitCodes(book, usedCodes(book, order), { target: 'Sage Coala', accountWidth, journalWidth: Number.MAX_SAFE_INTEGER, ascii: false, sharedField: false, forbidden: SEMICOLON_RE, spreadsheet: true }, options);
  // Coala's reference field has no documented width: references are written whole, cleaned
  const pieceRef = fitPieceRefs(book, order, { target: 'Sage Coala', width: Number.MAX_SAFE_INTEGER, write: coalaText, spreadsheet: true }, options.pieceRefs);
  const { tx, entries: c } = book;
  const scale = book.scale;
  const zero = formatMinor(0, scale, ',');
  const generalField = book.ledgers.map((l) => `${codes.general[l.account]!};`);
  const auxField = book.ledgers.map((l) => `;E;${l.auxiliary >= 0 ? codes.auxiliary[l.auxiliary]! : ''}\n`);
  const day = dayWriter(ddmmyyyySlashed);
  let out = '';
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const head = `${day(tx.date[t]!)};${codes.journals[tx.journal[t]!]!};`;
    const piece = `${field(tx.id[t]!)};${csvCell(pieceRef(t), ';')};`;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const amount = c.amount[e]!;
      const ledger = c.ledger[e]!;
      out += head + generalField[ledger]! + piece + (amount > 0 ? `${formatMinor(amount, scale, ',')};${zero}` : `${zero};${formatMinor(-amount, scale, ',')}`) + auxField[ledger]!;
    }
    if (out.length >= 65536) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * Sage Coala import (SPEC-FR §3, Dolibarr's Coala export): one line per
 * entry, `;`-separated, LF, UTF-8, no header: date JJ/MM/AAAA; journal;
 * general account; piece number (the transaction id); piece reference; debit;
 * credit (decimal comma, `0,00` on the other side); `E`; auxiliary account.
 * Separators and line breaks inside texts become spaces; a text that would
 * start a spreadsheet formula gets a leading `'`; a text holding a double
 * quote is quoted (RFC 4180). Its input is a Book or transactions, in date
 * order, the à-nouveaux left out unless `includeOpening`. Piece references
 * are written whole; two that cleaning would merge follow `pieceRefs`.
 *
 * @throws AccountingError `account_too_long` when an account does not fit
 *   `accountFieldWidth` (with `overflow: 'error'`) or cutting merges two accounts;
 *   `piece_reference_collision` when a forced `pieceRefs` mapping merges two pieces;
 *   `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.coala.serialize(book).split('\n')[0]
 * //=> '15/10/2024;VT;411000;VT000001;FA2024-0001;600,00;0,00;E;C0001'
 * ```
 */
export const coalaFormat: Format<BookSource, CoalaOptions> = /* @__PURE__ */ defineFormat<BookSource, CoalaOptions>({
  id: 'coala',
  mediaType: 'text/csv',
  description: 'Sage Coala import: date; journal; account; piece number; piece reference; debit; credit; E; auxiliary',
  fileName: (context) => exportFileName('coala', context, 'csv'),
  chunks: coalaChunks,
});
