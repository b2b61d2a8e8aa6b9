// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type Book, type BookSource } from '../book/index.js';
import type { IsoDate, Period } from '../calendar/index.js';
import type { PeriodInput } from '../calendar/index.js';
import { toDayNumber } from '../calendar/index.js';
import type { CurrencyCode, Decimal } from '../money/index.js';
import { accountMask, type AccountFilter } from './_lib/accountFilter.js';
import { assertSafeTotals, decimalOf, pairOf, splitNet } from './_lib/amounts.js';
import { bookDays, DayNames } from './_lib/days.js';
import { accountsWithAuxiliaries, checkLevel, reportKeys, type LedgerLevel, type ReportKeys } from './_lib/keys.js';
import { scopeOf, type OpeningMode } from './_lib/scope.js';
import type { DebitCredit, TrialBalanceRow } from './trialBalance.js';
import type { TrialBalanceTotals } from './trialBalance.js';
import type { Entry } from '../transactions/index.js';

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
  readonly period?: PeriodInput;
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
 * const row = [...generalLedger(book, { accounts: { prefixes: ['512'] } })].find((r) => r.kind === 'entry')!;
 * row.balance.toFixed(2) //=> '1600.00'
 * ```
 */
export interface GeneralLedgerRowBase {
  /** The general account number of the section. */
  readonly account: string;
  /** The account's label (chart, else entries). */
  readonly accountLabel: string;
  /** The auxiliary account of the section (auxiliary ledger only). */
  readonly auxiliary?: AuxiliaryAccount;
  /** The entry's date; for a summary row, the period's first day (opening) or last day (totals, closing). */
  readonly date: IsoDate;
  /** The debit amount, ≥ 0, in the currency's major unit. */
  readonly debit: Decimal;
  /** The credit amount, ≥ 0. */
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
 * const [row] = generalLedger(book);
 * row!.kind //=> 'opening'
 * ```
 */
export interface GeneralLedgerSummaryRow extends GeneralLedgerRowBase {
  /**
   * `opening` the section's opening balance (« report à nouveau »), `totals` its movements, `closing` its
   * closing balance.
   */
  readonly kind: 'opening' | 'totals' | 'closing';
}

/**
 * A posting of an account section, with the account's running balance after it.
 *
 * @example
 * ```ts
 * const row = [...generalLedger(book, { accounts: { prefixes: ['411'] } })].find((r): r is GeneralLedgerEntryRow => r.kind === 'entry')!;
 * row.kind //=> 'entry'
 * row.transactionId //=> 'VT000001'
 * ```
 */
export interface GeneralLedgerEntryRow extends GeneralLedgerRowBase {
  /** Always `entry`: one line of a transaction. */
  readonly kind: 'entry';
  /** The journal code of the transaction. */
  readonly journal: string;
  /** The transaction id. */
  readonly transactionId: string;
  /** The piece reference (« numéro de pièce »). */
  readonly pieceRef: string;
  /** The piece date. */
  readonly pieceDate: IsoDate;
  /** The entry's own label, else the transaction's. */
  readonly label: string;
  /** The lettering (« lettrage ») code and date, when the line is lettered. */
  readonly lettering?: Entry['lettering'];
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
 * summary and totals, which are the trial balance of the same options. An
 * `entry` row is a frozen view of the Book's columns: its fields are
 * accessors read on access, so `JSON.stringify` (its `toJSON`) lists them but
 * `Object.keys` and spreading do not.
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
  /** Σ over the sections. */
  readonly totals: TrialBalanceTotals;
  /** `general` (one section per account) or `auxiliary` (per customer or supplier). */
  readonly level: LedgerLevel;
  /** The period asked for; when none, the book's first to last date frame the sections. */
  readonly period?: Period;
  /** How the opening balances were computed (`entries` or `cumulative`). */
  readonly opening: OpeningMode;
  /** The book currency of every amount. */
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
  const c = book.entries;
  const days = new DayNames();
  const first = days.name(frame.first);
  const last = days.name(frame.last);
  const Summary = summaryRowClass(Row);
  const x: EntryContext = { book, days };
  const summary = (kind: GeneralLedgerSummaryRow['kind'], head: Head, date: IsoDate, d: number, cr: number, b: number): GeneralLedgerRow =>
    new Summary(kind, head, date, d, cr, b) as unknown as GeneralLedgerRow;
  for (const k of sections) {
    const a = keys.account[k]!;
    const head: Head = { account: book.accounts[a]!, accountLabel: book.accountLabels[a]!, auxiliary: keys.aux[k]! >= 0 ? book.auxiliaries[keys.aux[k]!] : undefined };
    let balance = open[k]!;
    yield summary('opening', head, first, balance > 0 ? balance : 0, balance < 0 ? -balance : 0, balance);
    let d = 0;
    let cr = 0;
    for (let p = index.offsets[k]!; p < index.offsets[k + 1]!; p++) {
      const e = index.entries[p]!;
      const minor = c.amount[e]!;
      balance += minor;
      if (minor > 0) d += minor;
      else cr -= minor;
      yield new EntryRowView(x, head, e, balance) as unknown as GeneralLedgerRow;
    }
    yield summary('totals', head, last, d, cr, balance);
    yield summary('closing', head, last, balance > 0 ? balance : 0, balance < 0 ? -balance : 0, balance);
  }
}

/** The summary rows' class: every field set in the constructor, in the row's order, then frozen. */
function summaryRowClass(Base: ReturnType<typeof rowClass>) {
  return class SummaryRow extends Base {
    constructor(kind: GeneralLedgerSummaryRow['kind'], head: Head, date: IsoDate, debitMinor: number, creditMinor: number, balanceMinor: number) {
      super();
      const row = this as unknown as Record<string, unknown>;
      row.kind = kind;
      row.account = head.account;
      row.accountLabel = head.accountLabel;
      if (head.auxiliary) row.auxiliary = head.auxiliary;
      row.date = date;
      row.debitMinor = debitMinor;
      row.creditMinor = creditMinor;
      row.balanceMinor = balanceMinor;
      Object.freeze(this);
    }
  };
}

/** What an entry row reads its fields from. */
interface EntryContext {
  readonly book: Book;
  readonly days: DayNames;
}

/**
 * An entry row: the entry's number in the Book and the running balance after
 * it, its other fields read from the Book's columns when asked for (the rows
 * of a large book are never all built); frozen. `toJSON` gives the row's
 * fields in order, amounts as fixed-point strings.
 */
class EntryRowView {
  readonly #x: EntryContext;
  readonly #head: Head;
  readonly #e: number;
  readonly #balance: number;
  constructor(x: EntryContext, head: Head, e: number, balance: number) {
    this.#x = x;
    this.#head = head;
    this.#e = e;
    this.#balance = balance;
    Object.freeze(this);
  }
  get kind(): 'entry' {
    return 'entry';
  }
  get account(): string {
    return this.#head.account;
  }
  get accountLabel(): string {
    return this.#head.accountLabel;
  }
  get auxiliary(): AuxiliaryAccount | undefined {
    return this.#head.auxiliary;
  }
  get #t(): number {
    return this.#x.book.entries.tx[this.#e]!;
  }
  get date(): IsoDate {
    return this.#x.days.name(this.#x.book.tx.date[this.#t]!);
  }
  get journal(): string {
    return this.#x.book.journals[this.#x.book.tx.journal[this.#t]!]!;
  }
  get transactionId(): string {
    return this.#x.book.tx.id[this.#t]!;
  }
  get pieceRef(): string {
    return this.#x.book.tx.pieceRef[this.#t]!;
  }
  get pieceDate(): IsoDate {
    return this.#x.days.name(this.#x.book.tx.pieceDate[this.#t]!);
  }
  get label(): string {
    const { book } = this.#x;
    const l = book.entries.label;
    return l && l[this.#e]! >= 0 ? book.strings[l[this.#e]!]! : book.tx.label[this.#t]!;
  }
  get lettering(): { readonly code: string; readonly date: IsoDate } | undefined {
    const { book, days } = this.#x;
    const code = book.entries.letteringCode;
    if (!code || code[this.#e]! < 0) return undefined;
    return Object.freeze({ code: book.strings[code[this.#e]!]!, date: days.name(book.entries.letteringDate![this.#e]!) });
  }
  get minor(): number {
    return this.#x.book.entries.amount[this.#e]!;
  }
  get debitMinor(): number {
    const m = this.minor;
    return m > 0 ? m : 0;
  }
  get creditMinor(): number {
    const m = this.minor;
    return m < 0 ? -m : 0;
  }
  get balanceMinor(): number {
    return this.#balance;
  }
  get debit(): Decimal {
    return decimalOf(this.debitMinor, this.#x.book.scale);
  }
  get credit(): Decimal {
    return decimalOf(this.creditMinor, this.#x.book.scale);
  }
  get balance(): Decimal {
    return decimalOf(this.#balance, this.#x.book.scale);
  }
  /** The row's fields in order, amounts as fixed-point strings (`auxiliary` and `lettering` only when set). */
  toJSON(): Record<string, unknown> {
    const scale = this.#x.book.scale;
    const out: Record<string, unknown> = { kind: 'entry', account: this.account, accountLabel: this.accountLabel };
    if (this.#head.auxiliary) out.auxiliary = this.#head.auxiliary;
    out.date = this.date;
    out.journal = this.journal;
    out.transactionId = this.transactionId;
    out.pieceRef = this.pieceRef;
    out.pieceDate = this.pieceDate;
    out.label = this.label;
    const lettering = this.lettering;
    if (lettering !== undefined) out.lettering = lettering;
    out.minor = this.minor;
    out.debitMinor = this.debitMinor;
    out.creditMinor = this.creditMinor;
    out.balanceMinor = this.#balance;
    out.debit = this.debit.toFixed(scale);
    out.credit = this.credit.toFixed(scale);
    out.balance = this.balance.toFixed(scale);
    return out;
  }
}

interface Head {
  readonly account: string;
  readonly accountLabel: string;
  readonly auxiliary: AuxiliaryAccount | undefined;
}
