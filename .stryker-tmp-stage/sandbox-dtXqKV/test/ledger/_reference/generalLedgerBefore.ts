// @ts-nocheck
// The general ledger as it was before the issue-15 speed work (src/ledger/generalLedger.ts at commit c3591a3), frozen
// here as the oracle of test/ledger/generalLedger.test.ts: the current code must give the same rows on every
// Book. Only its imports were rewritten. Do not edit.
import type { AuxiliaryAccount } from '../../../src/accounts/index.js';
import { toBook, type Book, type BookSource } from '../../../src/book/index.js';
import type { IsoDate, Period } from '../../../src/calendar/index.js';
import { toDayNumber } from '../../../src/calendar/index.js';
import type { CurrencyCode, Decimal } from '../../../src/money/index.js';
import { accountMask, type AccountFilter } from '../../../src/ledger/_lib/accountFilter.js';
import { assertSafeTotals, decimalOf, pairOf, splitNet } from '../../../src/ledger/_lib/amounts.js';
import { bookDays, DayNames } from '../../../src/ledger/_lib/days.js';
import { accountsWithAuxiliaries, checkLevel, reportKeys, type LedgerLevel, type ReportKeys } from '../../../src/ledger/_lib/keys.js';
import { scopeOf, type OpeningMode } from '../../../src/ledger/_lib/scope.js';
import type { DebitCredit, TrialBalanceRow } from '../../../src/ledger/trialBalance.js';

/**
 * Options of {@link generalLedger}.
 *
 * @example
 * ```ts
 * const options: GeneralLedgerOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, accounts: { classes: [4, 5] } };
 * ```
 */
export interface GeneralLedgerOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: { readonly from: string; readonly to: string };
  /**
   * `general`: one section per account (grand livre général). `auxiliary`:
   * one section per customer or supplier of the accounts that carry
   * auxiliary accounts (grand livre auxiliaire).
   * @defaultValue 'general'
   */
  readonly level?: LedgerLevel;
  /**
   * How opening balances are computed: the period's opening (à-nouveaux)
   * transactions, or everything before the period.
   * @defaultValue `entries` when the book has opening transactions dated the period's first day, else `cumulative`
   */
  readonly opening?: OpeningMode;
  /** Which accounts to show (classes, range, prefixes). */
  readonly accounts?: AccountFilter;
}

/**
 * What every general-ledger row carries: its account section, a date, a debit
 * and credit, and the account's balance after the row (debit − credit).
 *
 * @example
 * ```ts
 * row.balance.toFixed(2) //=> '1600.00'
 * ```
 */
export interface GeneralLedgerRowBase {
  readonly account: string;
  readonly accountLabel: string;
  readonly auxiliary?: AuxiliaryAccount;
  readonly date: IsoDate;
  readonly debit: Decimal;
  readonly credit: Decimal;
  /** The running balance, debit − credit (negative when in credit). */
  readonly balance: Decimal;
  /** `debit` in minor units (a safe integer), for formatters that skip `Decimal`. */
  readonly debitMinor: number;
  /** `credit` in minor units. */
  readonly creditMinor: number;
  /** `balance` in minor units, signed. */
  readonly balanceMinor: number;
}

/**
 * A summary row of an account section: `opening` (the net opening balance on
 * its side, dated the period's first day), `totals` (the period's gross
 * movements; `balance` is the closing) and `closing` (the net closing balance
 * on its side, dated the period's last day).
 *
 * @example
 * ```ts
 * row.kind //=> 'opening'
 * ```
 */
export interface GeneralLedgerSummaryRow extends GeneralLedgerRowBase {
  readonly kind: 'opening' | 'totals' | 'closing';
}

/**
 * A posting of an account section, with the account's running balance after it.
 *
 * @example
 * ```ts
 * row.kind //=> 'entry'
 * row.transactionId //=> 'VT000001'
 * ```
 */
export interface GeneralLedgerEntryRow extends GeneralLedgerRowBase {
  readonly kind: 'entry';
  readonly journal: string;
  readonly transactionId: string;
  readonly pieceRef: string;
  readonly pieceDate: IsoDate;
  /** The entry's own label, else the transaction's. */
  readonly label: string;
  readonly lettering?: { readonly code: string; readonly date: IsoDate };
  /** The signed amount in minor units: debit > 0, credit < 0. */
  readonly minor: number;
}

/**
 * One row of the general ledger. Each account section is an `opening` row,
 * its `entry` rows in date order, a `totals` row and a `closing` row.
 *
 * @example
 * ```ts
 * [...generalLedger(book, { accounts: { prefixes: ['101'] } })].map((r: GeneralLedgerRow) => r.kind)
 * //=> ['opening', 'totals', 'closing']
 * ```
 */
export type GeneralLedgerRow = GeneralLedgerSummaryRow | GeneralLedgerEntryRow;

/**
 * The general ledger (grand livre): iterable rows, account section after
 * account section (lazily generated; memory stays flat), plus the per-account
 * summary and totals, which are the trial balance of the same options.
 *
 * @example
 * ```ts
 * const gl = generalLedger(book);
 * gl.accounts.length //=> 6
 * for (const row of gl) if (row.kind === 'entry') console.log(row.transactionId, row.balance.toFixed(2));
 * ```
 */
export interface GeneralLedger extends Iterable<GeneralLedgerRow> {
  /** Per account section: opening, movements and closing (the trial-balance rows). */
  readonly accounts: ReadonlyArray<TrialBalanceRow>;
  readonly totals: { readonly opening: DebitCredit; readonly movements: DebitCredit; readonly closing: DebitCredit };
  readonly level: LedgerLevel;
  /** The period asked for; when none, the book's first to last date frame the sections. */
  readonly period?: Period;
  readonly opening: OpeningMode;
  readonly currency: CurrencyCode;
  /** Number of `entry` rows. */
  readonly entryCount: number;
}

/**
 * The general ledger (grand livre) of a Book: per account, the opening
 * balance, every posting of the period with its running balance, the period
 * totals and the closing balance. Rows are generated on iteration, from an
 * index of the entries sorted by account then date (a counting sort over the
 * Book's typed arrays); sums are folded in integer minor units.
 *
 * @param source - a Book, or transactions
 * @param options - period, level, opening mode, account filter
 * @returns the iterable rows with the per-account summary and totals
 * @throws AccountingError `invalid_period`, `invalid_date`, `invalid_option`, `invalid_account`, `unknown_account`, `amount_overflow`
 * @example
 * ```ts
 * const gl = generalLedger(book, { accounts: { prefixes: ['512'] } });
 * [...gl].map((r) => [r.kind, r.date, r.balance.toFixed(2)])
 * //=> [['opening', '2024-01-01', '1000.00'], ['entry', '2024-10-15', '1600.00'], ['totals', '2024-12-31', '1600.00'], ['closing', '2024-12-31', '1600.00']]
 * ```
 */
export function generalLedger(source: BookSource, options: GeneralLedgerOptions = {}): GeneralLedger {
  const book = toBook(source);
  assertSafeTotals(book);
  const level = checkLevel(options.level, 'general');
  const scope = scopeOf(book, options.period, options.opening);
  const mask = accountMask(book, options.accounts);
  const keys = reportKeys(book, level === 'auxiliary');
  const withAux = level === 'auxiliary' ? accountsWithAuxiliaries(book) : undefined;
  const selected = new Uint8Array(keys.n);
  for (let k = 0; k < keys.n; k++) selected[k] = mask[keys.account[k]!]! && (!withAux || withAux[keys.account[k]!]!) ? 1 : 0;

  const open = new Float64Array(keys.n);
  const debit = new Float64Array(keys.n);
  const credit = new Float64Array(keys.n);
  const count = new Int32Array(keys.n);
  const touched = new Uint8Array(keys.n);
  const { role } = scope;
  const { entryStart } = book.tx;
  const { amount } = book.entries;
  const keyOf = keys.keys;
  for (let t = 0; t < book.size; t++) {
    const r = role[t];
    if (r === 0) continue;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) {
      const k = keyOf[e]!;
      if (!selected[k]) continue;
      touched[k] = 1;
      const a = amount[e]!;
      if (r === 1) open[k]! += a;
      else {
        count[k]!++;
        if (a > 0) debit[k]! += a;
        else credit[k]! -= a;
      }
    }
  }

  const scale = book.scale;
  const sections: number[] = [];
  const accounts: TrialBalanceRow[] = [];
  let od = 0, oc = 0, md = 0, mc = 0, cd = 0, cc = 0, entryCount = 0;
  for (const k of keys.order) {
    if (!touched[k]) continue;
    sections.push(k);
    entryCount += count[k]!;
    const o = open[k]!;
    const c = o + debit[k]! - credit[k]!;
    if (o > 0) od += o;
    else oc -= o;
    md += debit[k]!;
    mc += credit[k]!;
    if (c > 0) cd += c;
    else cc -= c;
    const row: Record<string, unknown> = { account: book.accounts[keys.account[k]!]!, label: book.accountLabels[keys.account[k]!]! };
    if (keys.aux[k]! >= 0) row.auxiliary = book.auxiliaries[keys.aux[k]!]!;
    row.opening = splitNet(o, scale);
    row.movements = pairOf(debit[k]!, credit[k]!, scale);
    row.closing = splitNet(c, scale);
    accounts.push(Object.freeze(row) as unknown as TrialBalanceRow);
  }

  const frame = scope.period ? { first: toDayNumber(scope.period.from), last: toDayNumber(scope.period.to) } : bookDays(book);
  let index: { offsets: Int32Array; entries: Int32Array } | undefined;
  const report: Record<string | symbol, unknown> = {
    accounts: Object.freeze(accounts),
    totals: Object.freeze({ opening: pairOf(od, oc, scale), movements: pairOf(md, mc, scale), closing: pairOf(cd, cc, scale) }),
    level,
    opening: scope.opening,
    currency: book.currency,
    entryCount,
    [Symbol.iterator]: () => {
      index ??= sortEntries(book, keys, selected, count, role);
      return rows(book, keys, sections, open, index, frame ?? { first: 0, last: 0 });
    },
  };
  if (scope.period) report.period = scope.period;
  return Object.freeze(report) as unknown as GeneralLedger;
}

/** Movement entries grouped by key, in date then input order (a stable counting sort). */
function sortEntries(book: Book, keys: ReportKeys, selected: Uint8Array, count: Int32Array, role: Uint8Array): { offsets: Int32Array; entries: Int32Array } {
  const offsets = new Int32Array(keys.n + 1);
  for (let k = 0; k < keys.n; k++) offsets[k + 1] = offsets[k]! + count[k]!;
  const next = offsets.slice(0, keys.n);
  const entries = new Int32Array(offsets[keys.n]!);
  const { byDate } = book;
  const { entryStart } = book.tx;
  const keyOf = keys.keys;
  for (let i = 0; i < book.size; i++) {
    const t = byDate[i]!;
    if (role[t] !== 2) continue;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) {
      const k = keyOf[e]!;
      if (selected[k]) entries[next[k]!++] = e;
    }
  }
  return { offsets, entries };
}

/** Builds the row class of a Book's scale: amounts kept in minor units, exposed as Decimals on access. */
function rowClass(scale: number) {
  return class Row {
    declare readonly debitMinor: number;
    declare readonly creditMinor: number;
    declare readonly balanceMinor: number;
    get debit(): Decimal {
      return decimalOf(this.debitMinor, scale);
    }
    get credit(): Decimal {
      return decimalOf(this.creditMinor, scale);
    }
    get balance(): Decimal {
      return decimalOf(this.balanceMinor, scale);
    }
    /** The row with its amounts as fixed-point strings. */
    toJSON(): Record<string, unknown> {
      return { ...(this as object), debit: this.debit.toFixed(scale), credit: this.credit.toFixed(scale), balance: this.balance.toFixed(scale) };
    }
  };
}

function* rows(
  book: Book,
  keys: ReportKeys,
  sections: ReadonlyArray<number>,
  open: Float64Array,
  index: { offsets: Int32Array; entries: Int32Array },
  frame: { first: number; last: number },
): Generator<GeneralLedgerRow> {
  const Row = rowClass(book.scale);
  const { tx, entries: c } = book;
  const days = new DayNames();
  const first = days.name(frame.first);
  const last = days.name(frame.last);
  const summary = (kind: GeneralLedgerSummaryRow['kind'], head: Head, date: IsoDate, d: number, cr: number, b: number): GeneralLedgerRow => {
    const row = new Row() as unknown as Record<string, unknown>;
    row.kind = kind;
    row.account = head.account;
    row.accountLabel = head.accountLabel;
    if (head.auxiliary) row.auxiliary = head.auxiliary;
    row.date = date;
    row.debitMinor = d;
    row.creditMinor = cr;
    row.balanceMinor = b;
    return Object.freeze(row) as unknown as GeneralLedgerRow;
  };
  for (const k of sections) {
    const a = keys.account[k]!;
    const head: Head = { account: book.accounts[a]!, accountLabel: book.accountLabels[a]!, auxiliary: keys.aux[k]! >= 0 ? book.auxiliaries[keys.aux[k]!] : undefined };
    let balance = open[k]!;
    yield summary('opening', head, first, balance > 0 ? balance : 0, balance < 0 ? -balance : 0, balance);
    let d = 0;
    let cr = 0;
    for (let p = index.offsets[k]!; p < index.offsets[k + 1]!; p++) {
      const e = index.entries[p]!;
      const t = c.tx[e]!;
      const minor = c.amount[e]!;
      balance += minor;
      if (minor > 0) d += minor;
      else cr -= minor;
      const row = new Row() as unknown as Record<string, unknown>;
      row.kind = 'entry';
      row.account = head.account;
      row.accountLabel = head.accountLabel;
      if (head.auxiliary) row.auxiliary = head.auxiliary;
      row.date = days.name(tx.date[t]!);
      row.journal = book.journals[tx.journal[t]!]!;
      row.transactionId = tx.id[t]!;
      row.pieceRef = tx.pieceRef[t]!;
      row.pieceDate = days.name(tx.pieceDate[t]!);
      row.label = c.label && c.label[e]! >= 0 ? book.strings[c.label[e]!]! : tx.label[t]!;
      if (c.letteringCode && c.letteringCode[e]! >= 0) row.lettering = Object.freeze({ code: book.strings[c.letteringCode[e]!]!, date: days.name(c.letteringDate![e]!) });
      row.minor = minor;
      row.debitMinor = minor > 0 ? minor : 0;
      row.creditMinor = minor < 0 ? -minor : 0;
      row.balanceMinor = balance;
      yield Object.freeze(row) as unknown as GeneralLedgerRow;
    }
    yield summary('totals', head, last, d, cr, balance);
    yield summary('closing', head, last, balance > 0 ? balance : 0, balance < 0 ? -balance : 0, balance);
  }
}

interface Head {
  readonly account: string;
  readonly accountLabel: string;
  readonly auxiliary: AuxiliaryAccount | undefined;
}
