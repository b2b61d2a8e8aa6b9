// @ts-nocheck
import { toBook, type BookSource } from '../../book/index.js';
import { fail } from '../../errors/index.js';
import { defineFormat, type Format } from '../Format.js';
import { fitCodes, pickOption, usedCodes, type SoftwareExportOptions } from './_lib/accountMapping.js';
import { exportSelection, fitPieceRefs, pieceNumbers } from './_lib/pieces.js';
import { fixedWidthField } from './FixedWidthField.js';
import { asciiText, dayWriter, fixedWidthRef, ddmmyy, exportFileName, lastChars, left, spaces, toCents } from './_lib/text.js';

/**
 * Options of the Quadratus / Cegid Quadra ASCII export (`formats.quadratus`).
 *
 * @example
 * ```ts
 * const options: QuadratusOptions = { accountRecords: false, zeroPadToField: true, accountMap: { C000001: 'DUPONT' } };
 * ```
 */
export interface QuadratusOptions extends SoftwareExportOptions {
  /**
   * Write a `C` (account creation) record before the first `M` line of each
   * auxiliary account, so that Quadra creates the customer or supplier.
   * @defaultValue true
   */
  readonly accountRecords?: boolean;
  /**
   * The "Maj" flag of `C` records: `true` lets Quadra update the name of an
   * account that already exists (`2`), `false` leaves it untouched (blank).
   * @defaultValue false
   */
  readonly updateAccounts?: boolean;
  /**
   * The "n° pièce" fields (5 and 8 characters): `'sequence'` the
   * transaction's position in the file (1, 2…), `'transaction'` the number
   * that ends the transaction id (`VT000151` → `151`), refused when two
   * transactions of the file get one number in the 8-character field
   * (`BQ000151` and `VT000151`). The 5-character field keeps the last 5 digits.
   * @defaultValue 'sequence'
   */
  readonly pieceNumbers?: 'transaction' | 'sequence';
}

/**
 * Positions (1-based) and lengths of the fields of a Quadratus `M` record
 * (SPEC-FR §3.1); the record is 231 characters followed by CRLF.
 *
 * @example
 * ```ts
 * QUADRATUS_M_FIELDS.montant //=> { position: 44, length: 12 }
 * ```
 */
export const QUADRATUS_M_FIELDS = Object.freeze({
  /** Record type: `M` for an entry line (« mouvement »). */
  type: fixedWidthField(1, 1),
  /** Account: the auxiliary account number when the line has one (`C0001`), else the general account, left-aligned. */
  compte: fixedWidthField(2, 8),
  /** Journal code, 2 characters. */
  journal: fixedWidthField(10, 2),
  /** Folio number, always `000`. */
  folio: fixedWidthField(12, 3),
  /** Entry date, `JJMMAA`. */
  date: fixedWidthField(15, 6),
  /** Blank. */
  filler1: fixedWidthField(21, 1),
  /** Label (« libellé »): piece reference, a space, then the line label, cut to 20 characters. */
  libelle: fixedWidthField(22, 20),
  /** Side (« sens »): `D` debit or `C` credit. */
  sens: fixedWidthField(42, 1),
  /** Sign of the amount, always `+` (the side is in `sens`). */
  signe: fixedWidthField(43, 1),
  /** Amount in cents (« montant »), 12 zero-padded digits, no sign. */
  montant: fixedWidthField(44, 12),
  /** Counterpart account, left blank. */
  contrepartie: fixedWidthField(56, 8),
  /** Due date (« échéance ») `JJMMAA`, written `000000` (a Book has no due date). */
  echeance: fixedWidthField(64, 6),
  /** Lettering code (« lettrage »), 2 characters, blank when the line is not lettered. */
  lettrage: fixedWidthField(70, 2),
  /** Statistics code, blank. */
  codeStat: fixedWidthField(72, 3),
  /** Piece number (« n° pièce »): the last 5 characters of the number chosen by `pieceNumbers`. */
  piece: fixedWidthField(75, 5),
  /** Business (« affaire ») code, blank. */
  affaire: fixedWidthField(80, 10),
  /** Quantity, blank. */
  quantite: fixedWidthField(90, 10),
  /** Piece number 2: the last 8 characters of the number chosen by `pieceNumbers`. */
  piece2: fixedWidthField(100, 8),
  /** Currency code (« devise »), e.g. `EUR`. */
  devise: fixedWidthField(108, 3),
  /** Journal code on 3 characters. */
  journal2: fixedWidthField(111, 3),
  /** Blank. */
  filler2: fixedWidthField(114, 3),
  /** Long label (« libellé 2 »): the line label, cut to 30 characters. */
  libelle2: fixedWidthField(117, 30),
  /** VAT code, blank. */
  codeTva: fixedWidthField(147, 2),
  /** Piece number 3: the piece reference fitted to 10 characters by `pieceRefs`. */
  piece3: fixedWidthField(149, 10),
  /** Reserved, blank. */
  reserve: fixedWidthField(159, 10),
  /** Amount in foreign currency, blank. */
  montantDevise: fixedWidthField(169, 13),
  /** Attached file name (« pièce jointe »), blank. */
  pieceJointe: fixedWidthField(182, 12),
  /** Blank up to column 231. */
  filler3: fixedWidthField(194, 38),
});

/**
 * Positions (1-based) and lengths of the fields of a Quadratus `C` (account
 * creation) record, as Dolibarr writes them; the record is written 231
 * characters long, like `M` records.
 *
 * @example
 * ```ts
 * QUADRATUS_C_FIELDS.collectif //=> { position: 99, length: 8 }
 * ```
 */
export const QUADRATUS_C_FIELDS = Object.freeze({
  /** Record type: `C` for an account creation. */
  type: fixedWidthField(1, 1),
  /** The auxiliary account number (customer or supplier), left-aligned. */
  compte: fixedWidthField(2, 8),
  /** The account holder's name, cut to 30 characters. */
  libelle: fixedWidthField(10, 30),
  /** Search key: the name upper-cased, letters and digits only, cut to 7 characters. */
  cle: fixedWidthField(40, 7),
  /** The general (collective) account the auxiliary account belongs to, e.g. `411000` (« compte collectif »). */
  collectif: fixedWidthField(99, 8),
  /** Update flag (« Maj »): `2` lets Quadra rename an existing account (`updateAccounts: true`), blank otherwise. */
  maj: fixedWidthField(217, 1),
  /** Account type: `C` customer (41…), `F` supplier (40…), `G` any other account. */
  typeCompte: fixedWidthField(218, 1),
});

/**
 * Length of every Quadratus record, without its CRLF.
 *
 * @example
 * ```ts
 * QUADRATUS_RECORD_LENGTH //=> 231
 * ```
 */
export const QUADRATUS_RECORD_LENGTH = 231;

const CRLF = '\r\n';

/** The records of a Book, each with its CRLF (internal). */
function* quadratusChunks(source: BookSource, options: QuadratusOptions = {}): Generator<string> {
  const book = toBook(source, options.journalList ? { journals: options.journalList } : {});
  const accountRecords = pickOption(options, 'accountRecords', [true, false], true);
  const maj = pickOption(options, 'updateAccounts', [true, false], false) ? '2' : ' ';
  const pieceMode = pickOption(options, 'pieceNumbers', ['transaction', 'sequence'], 'sequence');
  const order = exportSelection(book, options);
  const codes = fitCodes(book, usedCodes(book, order), { target: 'Quadratus', accountWidth: 8, journalWidth: 2, ascii: true, sharedField: true }, options);
  const pieceRef = fitPieceRefs(book, order, { target: 'Quadratus', width: 10, write: fixedWidthRef, spreadsheet: false }, options.pieceRefs);
  const number = pieceNumbers(book, order, pieceMode, 8, 'Quadratus');

  const { tx, entries: c } = book;
  const scale = book.scale;
  const generalField = codes.general.map((code) => left(code, 8));
  const auxField = codes.auxiliary.map((code) => left(code, 8));
  const ledgerField = book.ledgers.map((l) => (l.auxiliary >= 0 ? auxField[l.auxiliary]! : generalField[l.account]!));
  const journal2 = codes.journals.map((code) => left(code, 2));
  const journal3 = codes.journals.map((code) => left(code, 3));
  const currency = left(asciiText(book.currency), 3);
  const day = dayWriter(ddmmyy);
  const seen = accountRecords ? new Uint8Array(book.auxiliaries.length) : undefined;
  const letterCache = new Map<number, string>();
  const letter = (id: number): string => {
    let s = letterCache.get(id);
    if (s === undefined) {
      s = left(asciiText(book.strings[id]!), 2);
      letterCache.set(id, s);
    }
    return s;
  };
  const labelCache = new Map<number, string>();
  const foldedLabel = (id: number): string => {
    let s = labelCache.get(id);
    if (s === undefined) {
      s = asciiText(book.strings[id]!);
      if (labelCache.size < 65536) labelCache.set(id, s);
    }
    return s;
  };
  const blank20 = spaces(20);
  // contrepartie (8 blanks), échéance 000000, then lettrage (2), code stat (3 blanks)
  const afterAmount = '        000000';
  const afterNoLetter = `${afterAmount}     `;
  const tailBlanks = spaces(10 + 13 + 12 + 38);
  const accountField = ledgerField.map((field) => `M${field}`);

  const accountRecord = (aux: number, account: number): string => {
    const x = book.auxiliaries[aux]!;
    const name = asciiText(x.name);
    const key = name.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 7);
    const number = book.accounts[account]!;
    const type = number.startsWith('41') ? 'C' : number.startsWith('40') ? 'F' : 'G';
    return `C${auxField[aux]!}${left(name, 30)}${left(key, 7)}${spaces(52)}${generalField[account]!}${spaces(110)}${maj}${type}${spaces(13)}${CRLF}`;
  };
  const tooLarge = (t: number): never =>
    fail('invalid_amount', ['transactions', tx.id[t]!], `An amount of transaction ${tx.id[t]!} does not fit Quadratus's 12 digits of cents: split the transaction.`);

  let out = '';
  const flushAt = 64 * 1024;
  const amounts = c.amount;
  const ledgers = c.ledger;
  const labels = c.label;
  const letters = c.letteringCode;
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    const j = tx.journal[t]!;
    const ref = asciiText(tx.pieceRef[t]!);
    const label = asciiText(tx.label[t]!);
    const piece = number(i);
    const head = `${journal2[j]!}000${day(tx.date[t]!)} `;
    // per transaction: everything before the amount, and everything after the lettering
    const prefix = head + left(`${ref} ${label}`, 20);
    const mid = `${left(lastChars(piece, 5), 5)}${blank20}${left(lastChars(piece, 8), 8)}${currency}${journal3[j]!}   `;
    const tail = `  ${left(pieceRef(t), 10)}${tailBlanks}${CRLF}`;
    const suffix = mid + left(label, 30) + tail;
    const end = tx.entryStart[t + 1]!;
    for (let e = tx.entryStart[t]!; e < end; e++) {
      const amount = amounts[e]!;
      const ledger = ledgers[e]!;
      if (seen !== undefined) {
        const aux = book.ledgers[ledger]!.auxiliary;
        if (aux >= 0 && seen[aux] === 0) {
          seen[aux] = 1;
          out += accountRecord(aux, book.ledgers[ledger]!.account);
        }
      }
      const cents = scale === 2 ? (amount > 0 ? amount : -amount) : toCents(amount > 0 ? amount : -amount, scale);
      if (cents === undefined || cents > 999_999_999_999) tooLarge(t);
      // 12 zero-padded digits: 10^12 + cents written, its leading 1 dropped
      const signed = (amount > 0 ? 'D+' : 'C+') + String(cents! + 1e12).slice(1);
      const labelId = labels === undefined ? -1 : labels[e]!;
      const letterId = letters === undefined ? -1 : letters[e]!;
      const lettering = letterId >= 0 ? `${afterAmount}${letter(letterId)}   ` : afterNoLetter;
      if (labelId >= 0) {
        const own = foldedLabel(labelId);
        out += accountField[ledger]! + head + left(`${ref} ${own}`, 20) + signed + lettering + mid + left(own, 30) + tail;
      } else out += accountField[ledger]! + prefix + signed + lettering + suffix;
    }
    if (out.length >= flushAt) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

/**
 * Quadratus / Cegid Quadra ASCII import (SPEC-FR §3.1): fixed-width records
 * of 231 characters + CRLF, ASCII (accents folded). One `M` record per entry:
 * account (the auxiliary number when there is one) in 8 characters, journal in
 * 2, date JJMMAA, label (piece reference + label) in 20, D/C, `+`, the amount
 * in cents on 12 zero-padded digits, lettering, piece numbers, currency,
 * label in 30 and the piece reference in 10 (n° pièce 3: a longer reference
 * follows `pieceRefs`, never two pieces under one reference; Dolibarr's last
 * 10 characters are `pieceRefs: 'keep-end'`); an optional `C` record creates
 * each auxiliary account before its first use. Its input is a Book or
 * transactions; transactions come in date order, the à-nouveaux left out
 * unless `includeOpening`.
 *
 * @throws AccountingError `account_too_long` when an account does not fit 8
 *   characters (with `overflow: 'error'`) or cutting merges two accounts;
 *   `piece_reference_collision` when a forced `pieceRefs` cut or
 *   `pieceNumbers: 'transaction'` gives two pieces one reference;
 *   `invalid_amount` for an amount above 12 digits of cents; `invalid_option`,
 *   `invalid_period`
 * @example
 * ```ts
 * formats.quadratus.serialize(book).split('\r\n')[1]!.slice(0, 55)
 * //=> 'MC0001   VT000151024 FA2024-0001 AbonnemeD+000000060000' (after the C record of C0001)
 * formats.quadratus.fileName({ siren: '123456782' }) //=> 'quadratus-123456782.txt'
 * ```
 */
export const quadratusFormat: Format<BookSource, QuadratusOptions> = /* @__PURE__ */ defineFormat<BookSource, QuadratusOptions>({
  id: 'quadratus',
  mediaType: 'text/plain',
  description: 'Quadratus / Cegid Quadra ASCII import: fixed-width M records of 231 characters, amounts in cents',
  fileName: (context) => exportFileName('quadratus', context, 'txt'),
  chunks: quadratusChunks,
  defaultEncoding: 'ascii',
});
