// @ts-nocheck
import type { AccountNumber } from '../accounts/index.js';
import { fromDayNumber, type IsoDate } from '../calendar/index.js';
import { Decimal } from '../money/index.js';
import { makeEntry, type Entry, type Transaction } from '../transactions/index.js';
import { NOT_VALIDATED, type Book } from './Book.js';

/**
 * Rebuilds the transaction at index `t` of a Book as a `Transaction` value
 * (the inverse of `createBook` for that transaction).
 *
 * @example
 * ```ts
 * bookTransaction(createBook([tx]), 0).id //=> tx.id
 * ```
 */
export function bookTransaction(book: Book, t: number): Transaction {
  const { tx, entries: c } = book;
  const entries: Entry[] = [];
  for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
    const amount = c.amount[e]!;
    const ledger = book.ledgers[c.ledger[e]!]!;
    const label = c.label && c.label[e]! >= 0 ? book.strings[c.label[e]!] : undefined;
    const letter = c.letteringCode && c.letteringCode[e]! >= 0 ? { code: book.strings[c.letteringCode[e]!]!, date: fromDayNumber(c.letteringDate![e]!) } : undefined;
    const fc = c.foreignCurrency && c.foreignCurrency[e]! >= 0 ? { code: book.currencies[c.foreignCurrency[e]!]!, amount: new Decimal(c.foreignAmount![e]!) } : undefined;
    const vat =
      c.vatRate && c.vatRate[e]! >= 0
        ? { rate: book.strings[c.vatRate[e]!]!, base: new Decimal(Math.abs(c.vatBase![e]!)).dividedBy(10 ** book.scale) }
        : undefined;
    entries.push(
      makeEntry({
        account: book.accounts[c.account[e]!] as AccountNumber,
        side: amount > 0 ? 'debit' : 'credit',
        minor: Math.abs(amount),
        scale: book.scale,
        accountLabel: book.accountLabelGiven[c.account[e]!] ? book.accountLabels[c.account[e]!] : undefined,
        auxiliary: ledger.auxiliary >= 0 ? book.auxiliaries[ledger.auxiliary] : undefined,
        label,
        currency: fc ? Object.freeze(fc) : undefined,
        costCenter: c.costCenter && c.costCenter[e]! >= 0 ? book.strings[c.costCenter[e]!] : undefined,
        analytics: c.analytics && c.analytics[e]! >= 0 ? book.analytics[c.analytics[e]!] : undefined,
        vat: vat ? Object.freeze(vat) : undefined,
        lettering: letter ? Object.freeze(letter) : undefined,
        openItem: c.openItem && c.openItem[e]! >= 0 ? book.strings[c.openItem[e]!] : undefined,
      }),
    );
  }
  const out: Record<string, unknown> = {
    id: tx.id[t],
    journal: book.journals[tx.journal[t]!],
    date: fromDayNumber(tx.date[t]!),
    piece: Object.freeze({ ref: tx.pieceRef[t], date: fromDayNumber(tx.pieceDate[t]!) as IsoDate }),
    label: tx.label[t],
    validatedOn: tx.validatedOn[t] === NOT_VALIDATED ? null : fromDayNumber(tx.validatedOn[t]!),
  };
  if (tx.type[t]! >= 0) out.type = book.types[tx.type[t]!];
  if (tx.source[t]! >= 0) out.source = book.sources[tx.source[t]!];
  out.currency = book.currency;
  if (tx.reverses[t]! >= 0) out.reverses = book.strings[tx.reverses[t]!];
  out.entries = Object.freeze(entries);
  return Object.freeze(out) as unknown as Transaction;
}

/**
 * The Book's transactions as `Transaction` values, in input order (built
 * lazily, one at a time).
 *
 * @example
 * ```ts
 * [...bookTransactions(createBook([sale, payment]))].length //=> 2
 * ```
 */
export function* bookTransactions(book: Book): Generator<Transaction> {
  for (let t = 0; t < book.size; t++) yield bookTransaction(book, t);
}
