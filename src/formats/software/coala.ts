import { toBook, type BookSource } from '../../book/index.js';
import type { Journal } from '../../accounts/index.js';
import { formatMinor } from '../../money/index.js';
import { defineFormat, type Format } from '../Format.js';
import { fitCodes, usedCodes, widthOption, type SoftwareExportOptions } from './_lib/accountMapping.js';
import { dayWriter, ddmmyyyySlashed, exportFileName, selectTransactions, singleLine } from './_lib/text.js';

/**
 * Options of the Sage Coala export (`formats.coala`).
 *
 * @example
 * ```ts
 * const options: CoalaOptions = { accountWidth: 8, zeroPad: true };
 * ```
 */
export interface CoalaOptions extends SoftwareExportOptions {
  /** Width of the general and auxiliary account fields. @defaultValue 13 */
  readonly accountWidth?: number;
  /** Journal labels when the source is transactions rather than a Book. */
  readonly journals?: ReadonlyArray<Journal>;
}

const SEMICOLON_RE = /;/g;

/** One-line text without the separator (internal). */
function field(text: string): string {
  const s = singleLine(text);
  return s.includes(';') ? s.replace(SEMICOLON_RE, ' ') : s;
}

/** The lines of a Book (internal). */
function* coalaChunks(source: BookSource, options: CoalaOptions = {}): Generator<string> {
  const book = toBook(source, options.journals ? { journals: options.journals } : {});
  const accountWidth = widthOption(options, 'accountWidth', 13);
  const order = selectTransactions(book, options.period);
  const codes = fitCodes(book, usedCodes(book, order), { target: 'Sage Coala', accountWidth, journalWidth: Number.MAX_SAFE_INTEGER, ascii: false, sharedField: false, forbidden: SEMICOLON_RE }, options);
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
    const piece = `${field(tx.id[t]!)};${field(tx.pieceRef[t]!)};`;
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
 * Separators and line breaks inside texts become spaces. Its input is a Book
 * or transactions, in date order.
 *
 * @throws AccountingError `account_too_long` when an account does not fit
 *   `accountWidth` (with `overflow: 'error'`) or cutting merges two accounts;
 *   `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.coala.serialize(book).split('\n')[0]
 * //=> '15/10/2024;VT;411000;VT000001;FA2024-0001;600,00;0,00;E;C0001'
 * ```
 */
export const coalaFormat: Format<BookSource, CoalaOptions> = defineFormat<BookSource, CoalaOptions>({
  id: 'coala',
  mediaType: 'text/csv',
  description: 'Sage Coala import: date; journal; account; piece number; piece reference; debit; credit; E; auxiliary',
  fileName: (context) => exportFileName('coala', context, 'csv'),
  chunks: coalaChunks,
});
