// @ts-nocheck
// The canonical serialisation a seal hashes (internal; documented in docs/integrity.md).
import { NOT_VALIDATED, type Book } from '../../book/index.js';
import { fromDayNumber } from '../../calendar/index.js';
import { currencyScale, Decimal } from '../../money/index.js';

/** The first field of the header line; with the version, what the text is. */
export const CANONICAL_TAG = 'partie-double/seal';
/** The version of the canonical form: bump it only with a new seal `version`. */
export const CANONICAL_VERSION = 1;

/** Transaction indexes dated within [from, to] (day numbers), in (date, journal code, id) order by UTF-16 code units. */
export function periodTransactions(book: Book, from: number, to: number): number[] {
  const { date, journal, id } = book.tx;
  const out: number[] = [];
  for (let t = 0; t < book.size; t++) if (date[t]! >= from && date[t]! <= to) out.push(t);
  const codes = book.journals;
  out.sort((a, b) => {
    const d = date[a]! - date[b]!;
    if (d !== 0) return d;
    const ja = codes[journal[a]!]!;
    const jb = codes[journal[b]!]!;
    if (ja !== jb) return ja < jb ? -1 : 1;
    const ia = id[a]!;
    const ib = id[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return out;
}

/** The header line of a period's canonical text. */
export function headerLine(currency: string, from: string, to: string, previousHash: string | null): string {
  return `${JSON.stringify([CANONICAL_TAG, CANONICAL_VERSION, currency, from, to, previousHash])}\n`;
}

/**
 * The canonical lines of transaction `t`: a `T` line (id, journal, date, piece
 * reference and date, validation date or null) and one `E` line per entry in
 * the transaction's order (account, auxiliary number and name or null, side,
 * amount in minor units as a string, the line's label — its own or the
 * transaction's —, foreign currency and amount or null). Lettering, account
 * and journal labels, type, source, open items, VAT and analytics are left out.
 */
export function transactionLines(book: Book, t: number): string {
  const { tx, entries: c } = book;
  const valid = tx.validatedOn[t]!;
  let out = `${JSON.stringify(['T', tx.id[t]!, book.journals[tx.journal[t]!]!, fromDayNumber(tx.date[t]!), tx.pieceRef[t]!, fromDayNumber(tx.pieceDate[t]!), valid === NOT_VALIDATED ? null : fromDayNumber(valid)])}\n`;
  const label = tx.label[t]!;
  for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
    const amount = c.amount[e]!;
    const x = book.ledgers[c.ledger[e]!]!.auxiliary;
    const aux = x >= 0 ? book.auxiliaries[x]! : undefined;
    const own = c.label ? c.label[e]! : -1;
    const fc = c.foreignCurrency ? c.foreignCurrency[e]! : -1;
    let code: string | null = null;
    let foreign: string | null = null;
    if (fc >= 0) {
      code = book.currencies[fc]!;
      foreign = new Decimal(c.foreignAmount![e]!).toFixed(currencyScale(code));
    }
    out += `${JSON.stringify([
      'E',
      book.accounts[c.account[e]!]!,
      aux ? aux.number : null,
      aux ? aux.name : null,
      amount > 0 ? 'D' : 'C',
      String(Math.abs(amount)),
      own >= 0 ? book.strings[own]! : label,
      code,
      foreign,
    ])}\n`;
  }
  return out;
}
