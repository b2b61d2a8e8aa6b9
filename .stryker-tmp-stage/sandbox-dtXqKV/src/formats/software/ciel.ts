// @ts-nocheck
import { toBook, type BookSource } from '../../book/index.js';
import { fail } from '../../errors/index.js';
import { formatMinor } from '../../money/index.js';
import { defineFormat, type Format } from '../Format.js';
import { fitCodes, pickOption, usedCodes, type SoftwareExportOptions } from './_lib/accountMapping.js';
import { exportSelection, fitPieceRefs, pieceNumbers } from './_lib/pieces.js';
import { fixedWidthField } from './FixedWidthField.js';
import { asciiText, dayWriter, fixedWidthRef, lastChars, left, right, spaces, yyyymmdd } from './_lib/text.js';

/**
 * Options of the Ciel / Sage 50 XIMPORT export (`formats.ciel`).
 *
 * @example
 * ```ts
 * const options: CielOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, pieceNumbers: 'sequence' };
 * ```
 */
export interface CielOptions extends SoftwareExportOptions {
  /**
   * The "n° mouvement" field, which groups the lines of one transaction:
   * `'sequence'` the transaction's position in the file (1, 2…: distinct for
   * every transaction of a file of up to 99,999 transactions; a longer file
   * numbers on from its last 5 digits), `'transaction'` the number that ends
   * the transaction id (`VT000151` → `151`), refused when two transactions of
   * the file get one number (`AN000001`, `VT000001`).
   * @defaultValue 'sequence'
   */
  readonly pieceNumbers?: 'transaction' | 'sequence';
}

/**
 * Positions (1-based) and lengths of the fields of a Ciel XIMPORT record
 * (SPEC-FR §3.2); the record is 142 characters followed by CRLF.
 *
 * @example
 * ```ts
 * CIEL_FIELDS.montant //=> { position: 72, length: 13 }
 * ```
 */
export const CIEL_FIELDS = Object.freeze({
  /** Entry number (« n° mouvement »), shared by the lines of one transaction; see `pieceNumbers`. */
  mouvement: fixedWidthField(1, 5),
  /** Journal code, 2 characters. */
  journal: fixedWidthField(6, 2),
  /** Entry date, `AAAAMMJJ`. */
  date: fixedWidthField(8, 8),
  /** Due date (« échéance »), `AAAAMMJJ`: the entry date, since a Book has no due date. */
  echeance: fixedWidthField(16, 8),
  /** Piece reference (« pièce »), fitted to 12 characters by `pieceRefs`. */
  piece: fixedWidthField(24, 12),
  /** Account: the auxiliary account number when the line has one, else the general account, left-aligned. */
  compte: fixedWidthField(36, 11),
  /** Label: piece reference followed by the line label, cut to 25 characters. */
  libelle: fixedWidthField(47, 25),
  /** Amount, right-aligned, decimal comma (`600,00`), no sign. */
  montant: fixedWidthField(72, 13),
  /** Side (« sens »): `D` debit or `C` credit. */
  sens: fixedWidthField(85, 1),
  /** Analytic section, blank. */
  analytique: fixedWidthField(86, 18),
  /** Long label: the line label, cut to 34 characters. */
  libelle2: fixedWidthField(104, 34),
  /** Record trailer, always `O2003` (as Dolibarr writes it). */
  code: fixedWidthField(138, 5),
});

/**
 * Length of every Ciel XIMPORT record, without its CRLF.
 *
 * @example
 * ```ts
 * CIEL_RECORD_LENGTH //=> 142
 * ```
 */
export const CIEL_RECORD_LENGTH = 142;

/** The records of a Book, each with its CRLF (internal). */
function* cielChunks(source: BookSource, options: CielOptions = {}): Generator<string> {
  const book = toBook(source, options.journalList ? { journals: options.journalList } : {});
  const pieceMode = pickOption(options, 'pieceNumbers', ['transaction', 'sequence'], 'sequence');
  const order = exportSelection(book, options);
  const codes = fitCodes(book, usedCodes(book, order), { target: 'Ciel', accountWidth: 11, journalWidth: 2, ascii: true, sharedField: true }, options);
  const pieceRef = fitPieceRefs(book, order, { target: 'Ciel', width: 12, write: fixedWidthRef, spreadsheet: false }, options.pieceRefs);
  const number = pieceNumbers(book, order, pieceMode, 5, 'Ciel');

  const { tx, entries: c } = book;
  const scale = book.scale;
  const generalField = codes.general.map((code) => left(code, 11));
  const auxField = codes.auxiliary.map((code) => left(code, 11));
  const ledgerField = book.ledgers.map((l) => (l.auxiliary >= 0 ? auxField[l.auxiliary]! : generalField[l.account]!));
  const journal2 = codes.journals.map((code) => left(code, 2));
  const day = dayWriter(yyyymmdd);
  const analytic = spaces(18);
  const labelCache = new Map<number, string>();
  const foldedLabel = (id: number): string => {
    let s = labelCache.get(id);
    if (s === undefined) {
      s = asciiText(book.strings[id]!);
      if (labelCache.size < 65536) labelCache.set(id, s);
    }
    return s;
  };

  let out = '';
  const flushAt = 64 * 1024;
  const amounts = c.amount;
  const ledgers = c.ledger;
  const labels = c.label;
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const ref = pieceRef(t);
    const label = asciiText(tx.label[t]!);
    const date = day(tx.date[t]!);
    // n° mouvement, journal, date, échéance (the date: a Book has no due date), pièce
    const head = `${left(lastChars(number(i), 5), 5)}${journal2[tx.journal[t]!]!}${date}${date}${left(ref, 12)}`;
    const lib = left(ref + label, 25);
    const lab = `${left(label, 34)}O2003\r\n`;
    const debitTail = `D${analytic}${lab}`;
    const creditTail = `C${analytic}${lab}`;
    const end = tx.entryStart[t + 1]!;
    for (let e = tx.entryStart[t]!; e < end; e++) {
      const amount = amounts[e]!;
      const text = formatMinor(amount > 0 ? amount : -amount, scale, ',');
      if (text.length > 13) fail('invalid_amount', ['transactions', tx.id[t]!], `An amount of transaction ${tx.id[t]!} does not fit Ciel's 13 characters: split the transaction.`);
      const labelId = labels === undefined ? -1 : labels[e]!;
      if (labelId >= 0) {
        const own = foldedLabel(labelId);
        out += head + ledgerField[ledgers[e]!]! + left(ref + own, 25) + right(text, 13) + (amount > 0 ? 'D' : 'C') + analytic + left(own, 34) + 'O2003\r\n';
      } else out += head + ledgerField[ledgers[e]!]! + lib + right(text, 13) + (amount > 0 ? debitTail : creditTail);
    }
    if (out.length >= flushAt) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * Ciel Compta / Sage 50 "XIMPORT" import (SPEC-FR §3.2): fixed-width records
 * of 142 characters + CRLF, ASCII (accents folded). One record per entry: n°
 * mouvement (5), journal (2), date and due date AAAAMMJJ, piece reference
 * (12), account (11; the auxiliary number when there is one), piece reference
 * + label (25), the amount right-aligned with a decimal comma (13), D/C, 18
 * analytic blanks, label (34) and `O2003`. Its input is a Book or
 * transactions; transactions come in date order, the à-nouveaux left out
 * unless `includeOpening`. Piece references longer than 12 characters
 * follow `pieceRefs` (never two pieces under one reference). The file name
 * is `XIMPORT.TXT`, the name Ciel picks up.
 *
 * @throws AccountingError `account_too_long` when an account does not fit 11
 *   characters (with `overflow: 'error'`) or cutting merges two accounts;
 *   `piece_reference_collision` when a forced `pieceRefs` cut or
 *   `pieceNumbers: 'transaction'` gives two pieces one reference;
 *   `invalid_amount`, `invalid_option`, `invalid_period`
 * @example
 * ```ts
 * formats.ciel.serialize(book).split('\r\n')[0]!.slice(0, 85)
 * //=> '1    VT2024101520241015FA2024-0001 C0001      FA2024-0001Abonnement 12        600,00D' (the customer's auxiliary number)
 * formats.ciel.fileName({}) //=> 'XIMPORT.TXT'
 * ```
 */
export const cielFormat: Format<BookSource, CielOptions> = /* @__PURE__ */ defineFormat<BookSource, CielOptions>({
  id: 'ciel',
  mediaType: 'text/plain',
  description: 'Ciel Compta / Sage 50 XIMPORT: fixed-width records of 142 characters',
  fileName: () => 'XIMPORT.TXT',
  chunks: cielChunks,
  defaultEncoding: 'ascii',
});
