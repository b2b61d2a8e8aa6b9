// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type BookSource } from '../book/index.js';
import { civilToDays, toDayNumber, toPeriod, type IsoDate, type Period, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import type { CurrencyCode, Decimal } from '../money/index.js';
import { accountMask, type AccountFilter } from './_lib/accountFilter.js';
import { assertSafeTotals, decimalOf, pairOf, ZERO } from './_lib/amounts.js';
import { byDateSlice, DayNames } from './_lib/days.js';
import { journalSelection } from './_lib/journals.js';
import { checkLevel, reportKeys, type LedgerLevel } from './_lib/keys.js';
import type { DebitCredit } from './trialBalance.js';

/**
 * Options of {@link monthlyLedger}.
 *
 * @example
 * ```ts
 * const options: MonthlyLedgerOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, accounts: { classes: [7] } };
 * ```
 */
export interface MonthlyLedgerOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /** Which accounts to show (classes, range, prefixes). */
  readonly accounts?: AccountFilter;
  /**
   * The journal code, or codes, to include.
   * @defaultValue every journal
   */
  readonly journal?: string | ReadonlyArray<string>;
  /**
   * `general`: one row per account and month; `auxiliary`: per account,
   * auxiliary account and month.
   * @defaultValue 'general'
   */
  readonly level?: LedgerLevel;
  /**
   * The start of the generated references (`GL-706100-2024-10`): letters,
   * digits, `_` or `-`.
   * @defaultValue 'GL'
   */
  readonly referencePrefix?: string;
}

/**
 * One row of the monthly ledger: an account's net movement over a month, on
 * one side (the other is zero), dated the month's last day.
 *
 * @example
 * ```ts
 * const row = monthlyLedger(book).rows.find((r) => r.account === '706100')!;
 * [row.date, row.month, row.reference, row.account, row.debit.toFixed(2), row.credit.toFixed(2)]
 * //=> ['2024-10-31', '2024-10', 'GL-706100-2024-10', '706100', '0.00', '500.00']
 * ```
 */
export interface MonthlyLedgerRow {
  /** The month's last day (2024-02-29 in a leap year). */
  readonly date: IsoDate;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** A stable reference generated from the prefix, account (auxiliary) and month: `GL-706100-2024-10`. */
  readonly reference: string;
  /** The general account number. */
  readonly account: string;
  /** The account's label. */
  readonly accountLabel: string;
  /** The auxiliary account (`auxiliary` level only). */
  readonly auxiliary?: AuxiliaryAccount;
  /** The month's net movement when it is a debit (Σ debit − Σ credit > 0), else 0. */
  readonly debit: Decimal;
  /** The month's net movement when it is a credit, else 0. */
  readonly credit: Decimal;
}

/**
 * The monthly ledger (the home-care product's "general ledger" export): rows
 * sorted by month then account, and their totals.
 *
 * @example
 * ```ts
 * monthlyLedger(book).rows.length //=> 5
 * ```
 */
export interface MonthlyLedger {
  /** One row per account (and auxiliary) and month with a non-zero net movement, by account then month. */
  readonly rows: ReadonlyArray<MonthlyLedgerRow>;
  /** Σ debit and Σ credit of the rows (equal when no account or journal is filtered out). */
  readonly totals: DebitCredit;
  /** The level used. */
  readonly level: LedgerLevel;
  /** The prefix of the generated references. */
  readonly referencePrefix: string;
  /** The period asked for; absent when every transaction is read. */
  readonly period?: Period;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
}

const PREFIX_RE = /^[A-Za-z0-9_-]{1,20}$/;

/**
 * The monthly ledger: per account and month, the net movement in debit or in
 * credit (never both), dated the month's last day, with a stable generated
 * reference; months where an account nets to zero are left out. Opening
 * (à-nouveaux) transactions are not movements and are left out. A single pass
 * over the Book in date order, one month's sums at a time, in integer minor
 * units.
 *
 * @param source - a Book, or transactions
 * @param options - period, account filter, journals, level, reference prefix
 * @returns the rows (month, then account order) and their totals
 * @throws AccountingError `invalid_period`, `invalid_date`, `invalid_option`, `invalid_account`, `unknown_account`, `unknown_journal`, `amount_overflow`
 * @example
 * ```ts
 * monthlyLedger(book).rows.map((r) => [r.date, r.reference, r.debit.toFixed(2), r.credit.toFixed(2)])
 * //=> [['2024-10-31', 'GL-445710-2024-10', '0.00', '100.00'], ['2024-10-31', 'GL-512000-2024-10', '600.00', '0.00'],
 * //    ['2024-10-31', 'GL-706100-2024-10', '0.00', '500.00'], ['2024-12-31', 'GL-487000-2024-12', '0.00', '393.15'],
 * //    ['2024-12-31', 'GL-706100-2024-12', '393.15', '0.00']]
 * ```
 */
export function monthlyLedger(source: BookSource, options: MonthlyLedgerOptions = {}): MonthlyLedger {
  const book = toBook(source);
  assertSafeTotals(book);
  const level = checkLevel(options.level, 'general');
  const prefix = options.referencePrefix ?? 'GL';
  if (typeof prefix !== 'string' || !PREFIX_RE.test(prefix)) {
    fail('invalid_option', ['referencePrefix'], `Invalid reference prefix ${JSON.stringify(prefix)}: use 1 to 20 letters, digits, "_" or "-".`);
  }
  const period = options.period === undefined ? undefined : toPeriod(options.period);
  const mask = accountMask(book, options.accounts);
  const journals = journalSelection(book, options.journal);
  const keys = reportKeys(book, level === 'auxiliary');
  const { lo, hi } = period ? byDateSlice(book, toDayNumber(period.from), toDayNumber(period.to)) : { lo: 0, hi: book.size };

  const net = new Float64Array(keys.n);
  const seen = new Uint8Array(keys.n);
  const touched: number[] = [];
  const rows: MonthlyLedgerRow[] = [];
  let debitTotal = 0;
  let creditTotal = 0;
  const scale = book.scale;
  const { byDate, tx } = book;
  const { amount } = book.entries;
  const keyOf = keys.keys;
  const days = new DayNames();

  const flush = (lastDay: number): void => {
    if (touched.length === 0) return;
    touched.sort((a, b) => keys.rank[a]! - keys.rank[b]!);
    const date = days.name(lastDay);
    const label = date.slice(0, 7);
    for (const k of touched) {
      const v = net[k]!;
      net[k] = 0;
      seen[k] = 0;
      if (v === 0) continue;
      const a = keys.account[k]!;
      const account = book.accounts[a]!;
      const aux = keys.aux[k]! >= 0 ? book.auxiliaries[keys.aux[k]!] : undefined;
      const row: Record<string, unknown> = {
        date,
        month: label,
        reference: aux ? `${prefix}-${account}-${aux.number}-${label}` : `${prefix}-${account}-${label}`,
        account,
        accountLabel: book.accountLabels[a]!,
      };
      if (aux) row.auxiliary = aux;
      row.debit = v > 0 ? decimalOf(v, scale) : ZERO;
      row.credit = v < 0 ? decimalOf(-v, scale) : ZERO;
      if (v > 0) debitTotal += v;
      else creditTotal -= v;
      rows.push(Object.freeze(row) as unknown as MonthlyLedgerRow);
    }
    touched.length = 0;
  };

  let monthEnd = Number.NEGATIVE_INFINITY;
  for (let i = lo; i < hi; i++) {
    const t = byDate[i]!;
    if (tx.opening[t] || !journals.mask[tx.journal[t]!]) continue;
    const day = tx.date[t]!;
    if (day > monthEnd) {
      flush(monthEnd);
      const date = days.name(day);
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      monthEnd = (month === 12 ? civilToDays(year + 1, 1, 1) : civilToDays(year, month + 1, 1)) - 1;
    }
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const k = keyOf[e]!;
      if (!mask[keys.account[k]!]) continue;
      if (!seen[k]) {
        seen[k] = 1;
        touched.push(k);
      }
      net[k]! += amount[e]!;
    }
  }
  flush(monthEnd);

  const report: Record<string, unknown> = {
    rows: Object.freeze(rows),
    totals: pairOf(debitTotal, creditTotal, scale),
    level,
    referencePrefix: prefix,
    currency: book.currency,
  };
  if (period) report.period = period;
  return Object.freeze(report) as unknown as MonthlyLedger;
}
