// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { NOT_VALIDATED, toBook, type Book, type BookSource } from '../book/index.js';
import { compactDate, toDayNumber, toPeriod, type IsoDate, type Period, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import type { CurrencyCode, Decimal } from '../money/index.js';
import type { Entry, TransactionType } from '../transactions/index.js';
import { assertSafeTotals, pairOf, signedRowClass } from './_lib/amounts.js';
import { byDateSlice, DayNames } from './_lib/days.js';
import { journalSelection } from './_lib/journals.js';
import { checkLevel, reportKeys, type LedgerLevel } from './_lib/keys.js';
import type { DebitCredit } from './trialBalance.js';

/**
 * How a journal lists its transactions: `detailed`, one transaction per piece
 * as posted; `by-account-and-day`, one grouped transaction per journal and day
 * with one line per account and side (journal centralisé).
 *
 * @example
 * ```ts
 * const grouping: JournalGrouping = 'by-account-and-day';
 * ```
 */
export type JournalGrouping = 'detailed' | 'by-account-and-day';

/**
 * Options of {@link journal}.
 *
 * @example
 * ```ts
 * const options: JournalOptions = { journal: 'VT', period: { from: '2024-10-01', to: '2024-10-31' }, grouping: 'by-account-and-day' };
 * ```
 */
export interface JournalOptions {
  /**
   * The journal code, or codes, to list: `VT` is the sales journal, `BQ` the
   * bank journal, `CA` cash, `AC` purchases…
   * @defaultValue every journal of the book
   */
  readonly journal?: string | ReadonlyArray<string>;
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /**
   * `detailed` (one transaction per piece) or `by-account-and-day` (per day,
   * one line per account and side, each day balanced).
   * @defaultValue 'detailed'
   */
  readonly grouping?: JournalGrouping;
  /**
   * `auxiliary` shows customers' and suppliers' auxiliary accounts (one line
   * per auxiliary account when grouped); `general` shows the collective
   * account only (one 411 line per day and side when grouped).
   * @defaultValue 'auxiliary' when detailed, 'general' when grouped by account and day
   */
  readonly level?: LedgerLevel;
}

/**
 * One line of a journal, laid out as a FEC line: the transaction's fields,
 * then the entry's. Amounts are `Decimal`s built on access from `minor`.
 *
 * @example
 * ```ts
 * const [line] = journal(book, { journal: 'VT' });
 * line!.account //=> '411000'
 * line!.debit.toFixed(2) //=> '600.00'
 * ```
 */
export interface JournalLine {
  /** The journal code. */
  readonly journal: string;
  /** The journal's label (`Ventes`). */
  readonly journalLabel: string;
  /** The transaction id; for a grouped day, its generated reference (`VT-20241015`). */
  readonly transactionId: string;
  /** The accounting date. */
  readonly date: IsoDate;
  /** The piece reference; for a grouped day, `VT-20241015`. */
  readonly pieceRef: string;
  /** The piece date; for a grouped day, the day. */
  readonly pieceDate: IsoDate;
  /** The entry's own label, else the transaction's; for a grouped day, "Ventes du 15/10/2024". */
  readonly label: string;
  /**
   * The validation date; for a grouped day, the latest of the day's
   * transactions; `null` for a draft entry (for a grouped day: when one of its
   * transactions is a draft).
   */
  readonly validatedOn: IsoDate | null;
  /** The transaction type (detailed lines only). */
  readonly type?: TransactionType;
  /** The general account number. */
  readonly account: string;
  /** The account's label. */
  readonly accountLabel: string;
  /** The auxiliary account (customer, supplier), at the `auxiliary` level. */
  readonly auxiliary?: AuxiliaryAccount;
  /** The signed amount in minor units: debit > 0, credit < 0. */
  readonly minor: number;
  /** The debit amount, ≥ 0, in the currency's major unit. */
  readonly debit: Decimal;
  /** The credit amount, ≥ 0. */
  readonly credit: Decimal;
  /** The lettering code and date (detailed lines only). */
  readonly lettering?: Entry['lettering'];
}

/**
 * A journal (journal de ventes, de banque…): its lines, iterated lazily in
 * date order (iterate it as often as needed; memory stays flat), and totals.
 *
 * @example
 * ```ts
 * const report = journal(book, { journal: 'VT' });
 * for (const line of report) console.log(line.account, line.debit.toFixed(2));
 * report.totals.debit.equals(report.totals.credit) //=> true
 * ```
 */
export interface JournalReport extends Iterable<JournalLine> {
  /** The journal codes listed, sorted. */
  readonly journals: ReadonlyArray<string>;
  /** The grouping used. */
  readonly grouping: JournalGrouping;
  /** The level used (`auxiliary` or `general`). */
  readonly level: LedgerLevel;
  /** The period asked for; absent when every transaction is listed. */
  readonly period?: Period;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
  /** Σ debit and Σ credit of the lines (equal). */
  readonly totals: DebitCredit;
  /** Number of transactions listed (before grouping). */
  readonly transactionCount: number;
}

/**
 * The journal report: the transactions of one or more journals over a period,
 * detailed (one transaction per piece, auxiliary accounts shown) or grouped by
 * account and day (each day one balanced transaction, one line per account
 * and side). The sales, receipts, bank, cash and purchases journals are this
 * report for their codes. Lines are generated on iteration from the Book's
 * columns; the totals are a fold over integer minor units.
 *
 * @param source - a Book, or transactions
 * @param options - journal codes, period, grouping, level
 * @returns the iterable lines and their totals
 * @throws AccountingError `unknown_journal`, `invalid_period`, `invalid_date`, `invalid_option`, `amount_overflow`
 * @example
 * ```ts
 * const sales = journal(book, { journal: 'VT', grouping: 'by-account-and-day' });
 * [...sales].map((l) => [l.pieceRef, l.account, l.debit.toFixed(2), l.credit.toFixed(2)])
 * //=> [['VT-20241015', '411000', '600.00', '0.00'], ['VT-20241015', '445710', '0.00', '100.00'], ['VT-20241015', '706100', '0.00', '500.00']]
 * ```
 */
export function journal(source: BookSource, options: JournalOptions = {}): JournalReport {
  const book = toBook(source);
  assertSafeTotals(book);
  const grouping = options.grouping ?? 'detailed';
  if (grouping !== 'detailed' && grouping !== 'by-account-and-day') {
    fail('invalid_option', ['grouping'], `Unknown grouping ${JSON.stringify(grouping)}: use "detailed" or "by-account-and-day".`);
  }
  const level = checkLevel(options.level, grouping === 'detailed' ? 'auxiliary' : 'general');
  const period = options.period === undefined ? undefined : toPeriod(options.period);
  const selection = journalSelection(book, options.journal);
  const { lo, hi } = period ? byDateSlice(book, toDayNumber(period.from), toDayNumber(period.to)) : { lo: 0, hi: book.size };

  const { byDate, tx } = book;
  const amount = book.entries.amount;
  let debit = 0;
  let credit = 0;
  let count = 0;
  for (let i = lo; i < hi; i++) {
    const t = byDate[i]!;
    if (!selection.mask[tx.journal[t]!]) continue;
    count++;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const a = amount[e]!;
      if (a > 0) debit += a;
      else credit -= a;
    }
  }

  const auxiliary = level === 'auxiliary';
  const iterate = grouping === 'detailed' ? () => detailedLines(book, selection.mask, lo, hi, auxiliary) : () => groupedLines(book, selection.mask, lo, hi, auxiliary);
  const report: Record<string | symbol, unknown> = {
    journals: selection.codes,
    grouping,
    level,
    currency: book.currency,
    totals: pairOf(debit, credit, book.scale),
    transactionCount: count,
    [Symbol.iterator]: iterate,
  };
  if (period) report.period = period;
  return Object.freeze(report) as unknown as JournalReport;
}

function* detailedLines(book: Book, mask: Uint8Array, lo: number, hi: number, auxiliary: boolean): Generator<JournalLine> {
  const Line = signedRowClass(book.scale);
  const { byDate, tx, entries: c } = book;
  const days = new DayNames();
  for (let i = lo; i < hi; i++) {
    const t = byDate[i]!;
    const j = tx.journal[t]!;
    if (!mask[j]) continue;
    const journalCode = book.journals[j]!;
    const journalLabel = book.journalLabels[j]!;
    const id = tx.id[t]!;
    const date = days.name(tx.date[t]!);
    const pieceRef = tx.pieceRef[t]!;
    const pieceDate = days.name(tx.pieceDate[t]!);
    const label = tx.label[t]!;
    const validatedOn = tx.validatedOn[t] === NOT_VALIDATED ? null : days.name(tx.validatedOn[t]!);
    const type = tx.type[t]! >= 0 ? book.types[tx.type[t]!] : undefined;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const line = new Line() as unknown as Record<string, unknown>;
      line.journal = journalCode;
      line.journalLabel = journalLabel;
      line.transactionId = id;
      line.date = date;
      line.pieceRef = pieceRef;
      line.pieceDate = pieceDate;
      line.label = c.label && c.label[e]! >= 0 ? book.strings[c.label[e]!]! : label;
      line.validatedOn = validatedOn;
      if (type !== undefined) line.type = type;
      const a = c.account[e]!;
      line.account = book.accounts[a]!;
      line.accountLabel = book.accountLabels[a]!;
      if (auxiliary) {
        const x = book.ledgers[c.ledger[e]!]!.auxiliary;
        if (x >= 0) line.auxiliary = book.auxiliaries[x]!;
      }
      line.minor = c.amount[e]!;
      if (c.letteringCode && c.letteringCode[e]! >= 0) line.lettering = Object.freeze({ code: book.strings[c.letteringCode[e]!]!, date: days.name(c.letteringDate![e]!) });
      yield Object.freeze(line) as unknown as JournalLine;
    }
  }
}

function* groupedLines(book: Book, mask: Uint8Array, lo: number, hi: number, auxiliary: boolean): Generator<JournalLine> {
  const Line = signedRowClass(book.scale);
  const { byDate, tx } = book;
  const { amount } = book.entries;
  const keys = reportKeys(book, auxiliary);
  const debit = new Float64Array(keys.n);
  const credit = new Float64Array(keys.n);
  const seen = new Uint8Array(keys.n);
  const touched: number[] = [];
  const days = new DayNames();
  const journalOrder = book.journals.map((_, j) => j).sort((a, b) => (book.journals[a]! < book.journals[b]! ? -1 : 1));
  const present = new Uint8Array(book.journals.length);
  let i = lo;
  while (i < hi) {
    const day = tx.date[byDate[i]!]!;
    let end = i;
    while (end < hi && tx.date[byDate[end]!] === day) {
      const j = tx.journal[byDate[end]!]!;
      if (mask[j]) present[j] = 1;
      end++;
    }
    for (const j of journalOrder) {
      if (!present[j]) continue;
      present[j] = 0;
      let validated = day;
      let draft = false;
      for (let p = i; p < end; p++) {
        const t = byDate[p]!;
        if (tx.journal[t] !== j) continue;
        if (tx.validatedOn[t] === NOT_VALIDATED) draft = true;
        else if (tx.validatedOn[t]! > validated) validated = tx.validatedOn[t]!;
        for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
          const k = keys.keys[e]!;
          if (!seen[k]) {
            seen[k] = 1;
            touched.push(k);
          }
          const a = amount[e]!;
          if (a > 0) debit[k]! += a;
          else credit[k]! -= a;
        }
      }
      touched.sort((a, b) => keys.rank[a]! - keys.rank[b]!);
      const date = days.name(day);
      const code = book.journals[j]!;
      const journalLabel = book.journalLabels[j]!;
      const ref = `${code}-${compactDate(date)}`;
      const label = `${journalLabel} du ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
      const validatedOn = draft ? null : days.name(validated);
      for (const k of touched) {
        for (const minor of [debit[k]!, -credit[k]!]) {
          if (minor === 0) continue;
          const line = new Line() as unknown as Record<string, unknown>;
          line.journal = code;
          line.journalLabel = journalLabel;
          line.transactionId = ref;
          line.date = date;
          line.pieceRef = ref;
          line.pieceDate = date;
          line.label = label;
          line.validatedOn = validatedOn;
          const a = keys.account[k]!;
          line.account = book.accounts[a]!;
          line.accountLabel = book.accountLabels[a]!;
          if (keys.aux[k]! >= 0) line.auxiliary = book.auxiliaries[keys.aux[k]!]!;
          line.minor = minor;
          yield Object.freeze(line) as unknown as JournalLine;
        }
        debit[k] = 0;
        credit[k] = 0;
        seen[k] = 0;
      }
      touched.length = 0;
    }
    i = end;
  }
}
