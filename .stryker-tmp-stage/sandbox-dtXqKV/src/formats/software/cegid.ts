// @ts-nocheck
import { toBook, type BookSource } from '../../book/index.js';
import { formatMinor } from '../../money/index.js';
import { csvCell, neutralizeFormula } from '../_lib/csv.js';
import { defineFormat, type Format } from '../Format.js';
import { aliasWidthOption, fitCodes, usedCodes, widthOption, type SoftwareExportOptions } from './_lib/accountMapping.js';
import { exportSelection, fitPieceRefs } from './_lib/pieces.js';
import { asciiText, dayWriter, ddmmyyyy, exportFileName } from './_lib/text.js';

/**
 * Options of the Cegid CSV export (`formats.cegid`).
 *
 * @example
 * ```ts
 * const options: CegidOptions = { accountFieldWidth: 10, journalMap: { VTE: 'VT' }, journals: ['VT'] };
 * ```
 */
export interface CegidOptions extends SoftwareExportOptions {
  /** Width of the target's general and auxiliary account fields. @defaultValue 17 */
  readonly accountFieldWidth?: number;
  /** @deprecated the former name of {@link CegidOptions.accountFieldWidth}; kept as an alias. */
  readonly accountWidth?: number;
  /** Width of the label and piece reference fields. @defaultValue 35 */
  readonly labelWidth?: number;
}

const SEMICOLON_RE = /;/g;

/** ASCII text without the separator, formula-neutralised (internal; no cut). */
function cegidText(text: string): string {
  const s = asciiText(text);
  return neutralizeFormula(s.includes(';') ? s.replace(SEMICOLON_RE, ' ') : s);
}

/** A text field cut to its width, quoted when it holds a double quote (internal). */
function field(text: string, width: number): string {
  const clean = cegidText(text);
  return csvCell(clean.length > width ? clean.slice(0, width).trimEnd() : clean, ';');
}

/** The lines of a Book (internal). */
function* cegidChunks(source: BookSource, options: CegidOptions = {}): Generator<string> {
  const book = toBook(source, options.journalList ? { journals: options.journalList } : {});
  const accountWidth = aliasWidthOption(options, 'accountFieldWidth', 'accountWidth', 17);
  const labelWidth = widthOption(options, 'labelWidth', 35);
  const order = exportSelection(book, options);
  const codes = fitCodes(book, usedCodes(book, order), { target: 'Cegid', accountWidth, journalWidth: 3, ascii: true, sharedField: false, forbidden: SEMICOLON_RE, spreadsheet: true }, options);
  const pieceRef = fitPieceRefs(book, order, { target: 'Cegid', width: labelWidth, write: cegidText, spreadsheet: true }, options.pieceRefs);
  const { tx, entries: c } = book;
  const scale = book.scale;
  const ledgerField = book.ledgers.map((l) => `${codes.general[l.account]!};${l.auxiliary >= 0 ? codes.auxiliary[l.auxiliary]! : ''};`);
  const day = dayWriter(ddmmyyyy);
  let out = '';
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const head = `${day(tx.date[t]!)};${codes.journals[tx.journal[t]!]!};`;
    const label = field(tx.label[t]!, labelWidth);
    const ref = csvCell(pieceRef(t), ';');
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const amount = c.amount[e]!;
      const labelId = c.label ? c.label[e]! : -1;
      out += `${head}${ledgerField[c.ledger[e]!]!}${amount > 0 ? 'D' : 'C'};${formatMinor(amount > 0 ? amount : -amount, scale, ',')};${labelId >= 0 ? field(book.strings[labelId]!, labelWidth) : label};${ref}\n`;
    }
    if (out.length >= 65536) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * Cegid simple CSV import (SPEC-FR §3, Dolibarr's Cegid export): one line per
 * entry, `;`-separated, LF, ASCII (accents folded), no header: date
 * JJMMAAAA; journal; general account; auxiliary account; D/C; amount with a
 * decimal comma; label; piece reference. Separators inside texts become
 * spaces; a text that would start a spreadsheet formula gets a leading `'`;
 * a text holding a double quote is quoted (RFC 4180). Its input is a Book or
 * transactions, in date order, the à-nouveaux left out unless
 * `includeOpening`; piece references longer than `labelWidth` follow
 * `pieceRefs` (never two pieces under one reference).
 *
 * @throws AccountingError `account_too_long` when an account does not fit
 *   `accountFieldWidth` (with `overflow: 'error'`) or cutting merges two accounts;
 *   `piece_reference_collision` when a forced `pieceRefs` cut merges two pieces;
 *   `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.cegid.serialize(book).split('\n')[0]
 * //=> '15102024;VT;411000;C0001;D;600,00;Abonnement 12 mois DUPONT;FA2024-0001'
 * ```
 */
export const cegidFormat: Format<BookSource, CegidOptions> = /* @__PURE__ */ defineFormat<BookSource, CegidOptions>({
  id: 'cegid',
  mediaType: 'text/csv',
  description: 'Cegid simple CSV import: date; journal; account; auxiliary; D/C; amount; label; piece',
  fileName: (context) => exportFileName('cegid', context, 'csv'),
  chunks: cegidChunks,
  defaultEncoding: 'ascii',
});
