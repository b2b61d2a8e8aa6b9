// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type Book, type BookSource } from '../book/index.js';
import type { Period, PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal } from '../money/index.js';
import { accountMask, type AccountFilter } from './_lib/accountFilter.js';
import { scopeOf, type OpeningMode } from './_lib/scope.js';

/**
 * A debit / credit pair of amounts.
 *
 * @example
 * ```ts
 * const pair: DebitCredit = { debit: new Decimal('600'), credit: new Decimal('0') };
 * ```
 */
export interface DebitCredit {
  /** The debit column, ≥ 0, in the currency's major unit. */
  readonly debit: Decimal;
  /** The credit column, ≥ 0. */
  readonly credit: Decimal;
}

/**
 * One row of a trial balance (balance générale or auxiliaire): opening and
 * closing are net (one side is zero), movements are gross.
 *
 * @example
 * ```ts
 * const row = trialBalance(book).rows.find((r) => r.account === '706100')!;
 * row.closing.credit.toFixed(2) //=> '106.85'
 * ```
 */
export interface TrialBalanceRow {
  /** The general account number. */
  readonly account: string;
  /** The account's label (chart, else entries). */
  readonly label: string;
  /** The auxiliary account (`auxiliary` level only). */
  readonly auxiliary?: AuxiliaryAccount;
  /** The opening balance (« solde d'ouverture »), on one side. */
  readonly opening: DebitCredit;
  /** Σ debits and Σ credits of the period (« mouvements »), opening entries excluded. */
  readonly movements: DebitCredit;
  /** The closing balance (« solde de clôture »), on one side: opening + movements. */
  readonly closing: DebitCredit;
}

/**
 * Σ of the rows of a trial balance or general ledger, per column pair:
 * opening balances (« soldes d'ouverture »), movements of the period
 * (« mouvements ») and closing balances (« soldes de clôture »).
 *
 * @example
 * ```ts
 * const tb = trialBalance(book);
 * tb.totals.closing.debit.toFixed(2) //=> '1600.00'
 * ```
 */
export interface TrialBalanceTotals {
  /** Σ opening balances, debit and credit columns. */
  readonly opening: DebitCredit;
  /** Σ movements of the period, debit and credit columns. */
  readonly movements: DebitCredit;
  /** Σ closing balances, debit and credit columns. */
  readonly closing: DebitCredit;
}

/**
 * A trial balance: rows sorted by account (then auxiliary number) and the
 * column totals, each column balancing (Σ debit = Σ credit).
 *
 * @example
 * ```ts
 * const tb = trialBalance(book);
 * tb.totals.movements.debit.equals(tb.totals.movements.credit) //=> true
 * ```
 */
export interface TrialBalance {
  /** One row per account (or auxiliary account), sorted by number. */
  readonly rows: ReadonlyArray<TrialBalanceRow>;
  /** Σ of the rows; each pair balances when no account is filtered out. */
  readonly totals: TrialBalanceTotals;
  /** `general` (balance générale) or `auxiliary` (balance auxiliaire). */
  readonly level: 'general' | 'auxiliary';
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
  /** The period asked for; absent when every transaction is read. */
  readonly period?: Period;
  /** How the opening balances were computed (`entries` or `cumulative`). */
  readonly opening: OpeningMode;
}

/**
 * Options of {@link trialBalance}.
 *
 * @example
 * ```ts
 * const options: TrialBalanceOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, level: 'auxiliary', accounts: { prefixes: ['411'] } };
 * ```
 */
export interface TrialBalanceOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /**
   * `general`: one row per account. `auxiliary`: one row per customer or
   * supplier of the accounts that carry auxiliary accounts (balance
   * auxiliaire), whose rows add up to the collective account's row.
   * @defaultValue 'general'
   */
  readonly level?: 'general' | 'auxiliary';
  /**
   * How opening balances are computed. `entries`: the period's opening
   * (à-nouveaux) transactions; `cumulative`: everything before the period.
   * @defaultValue `entries` when the book has opening transactions dated the period's first day, else `cumulative`
   */
  readonly opening?: OpeningMode;
  /** Which accounts to show. */
  readonly accounts?: AccountFilter;
}

/**
 * The trial balance (balance générale, or auxiliaire at the auxiliary level)
 * of a Book: per account, opening, movements and closing in debit and credit.
 * A fold over the Book's typed arrays: no `Decimal` per posting.
 *
 * @param source - a Book, or transactions
 * @param options - period, level, opening mode, account filter
 * @returns rows and totals
 * @throws AccountingError `invalid_period`, `invalid_date`, `invalid_option`, `invalid_account`, `unknown_account`
 * @example
 * ```ts
 * const tb = trialBalance(book, { period: { from: '2024-01-01', to: '2024-12-31' } });
 * tb.rows.map((r) => [r.account, r.closing.debit.minus(r.closing.credit).toFixed(2)])
 * //=> [['101000', '-1000.00'], ['411000', '0.00'], ['445710', '-100.00'], ['487000', '-393.15'], ['512000', '1600.00'], ['706100', '-106.85']]
 * ```
 */
export function trialBalance(source: BookSource, options: TrialBalanceOptions = {}): TrialBalance {
  const book = toBook(source);
  const level = options.level ?? 'general';
  if (level !== 'general' && level !== 'auxiliary') fail('invalid_option', ['level'], `Unknown level ${JSON.stringify(level)}: use "general" or "auxiliary".`);
  const scope = scopeOf(book, options.period, options.opening);
  const mask = accountMask(book, options.accounts);
  const auxiliary = level === 'auxiliary';
  const keys = auxiliary ? book.entries.ledger : book.entries.account;
  const n = auxiliary ? book.ledgers.length : book.accounts.length;
  const sums = book.absoluteTotal <= Number.MAX_SAFE_INTEGER ? foldNumbers(book, keys, n, scope.role) : foldBigInts(book, keys, n, scope.role);

  const rows: TrialBalanceRow[] = [];
  const scale = book.scale;
  const total = { od: 0n, oc: 0n, md: 0n, mc: 0n, cd: 0n, cc: 0n };
  let withAux: Uint8Array | undefined;
  if (auxiliary) {
    withAux = new Uint8Array(book.accounts.length);
    for (const l of book.ledgers) if (l.auxiliary >= 0) withAux[l.account] = 1;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  const accountOf = (k: number): number => (auxiliary ? book.ledgers[k]!.account : k);
  const auxNumber = (k: number): string => {
    const a = auxiliary ? book.ledgers[k]!.auxiliary : -1;
    return a >= 0 ? book.auxiliaries[a]!.number : '';
  };
  order.sort((a, b) => {
    const x = book.accounts[accountOf(a)]!;
    const y = book.accounts[accountOf(b)]!;
    if (x !== y) return x < y ? -1 : 1;
    const p = auxNumber(a);
    const q = auxNumber(b);
    return p < q ? -1 : p > q ? 1 : 0;
  });
  for (const k of order) {
    const account = accountOf(k);
    if (!mask[account]) continue;
    if (withAux && !withAux[account]) continue;
    const open = sums.open[k]!;
    const md = sums.debit[k]!;
    const mc = sums.credit[k]!;
    if (open === 0n && md === 0n && mc === 0n && !sums.touched[k]) continue;
    const close = open + md - mc;
    const od = open > 0n ? open : 0n;
    const oc = open < 0n ? -open : 0n;
    const cd = close > 0n ? close : 0n;
    const cc = close < 0n ? -close : 0n;
    total.od += od;
    total.oc += oc;
    total.md += md;
    total.mc += mc;
    total.cd += cd;
    total.cc += cc;
    const row: Record<string, unknown> = { account: book.accounts[account]!, label: book.accountLabels[account]! };
    const auxId = auxiliary ? book.ledgers[k]!.auxiliary : -1;
    if (auxId >= 0) row.auxiliary = book.auxiliaries[auxId]!;
    row.opening = pair(od, oc, scale);
    row.movements = pair(md, mc, scale);
    row.closing = pair(cd, cc, scale);
    rows.push(Object.freeze(row) as unknown as TrialBalanceRow);
  }
  const result: Record<string, unknown> = {
    rows: Object.freeze(rows),
    totals: Object.freeze({ opening: pair(total.od, total.oc, scale), movements: pair(total.md, total.mc, scale), closing: pair(total.cd, total.cc, scale) }),
    level,
    currency: book.currency,
  };
  if (scope.period) result.period = scope.period;
  result.opening = scope.opening;
  return Object.freeze(result) as unknown as TrialBalance;
}

function pair(debit: bigint, credit: bigint, scale: number): DebitCredit {
  return Object.freeze({ debit: minorToDecimal(debit, scale), credit: minorToDecimal(credit, scale) });
}

interface Sums {
  readonly open: ReadonlyArray<bigint>;
  readonly debit: ReadonlyArray<bigint>;
  readonly credit: ReadonlyArray<bigint>;
  readonly touched: Uint8Array;
}

/** The fast fold: exact while Σ|amount| ≤ 2^53 − 1 (checked by the caller). */
function foldNumbers(book: Book, keys: Int32Array, n: number, role: Uint8Array): Sums {
  const open = new Float64Array(n);
  const debit = new Float64Array(n);
  const credit = new Float64Array(n);
  const touched = new Uint8Array(n);
  const start = book.tx.entryStart;
  const amount = book.entries.amount;
  const T = book.size;
  for (let t = 0; t < T; t++) {
    const r = role[t];
    if (r === 0) continue;
    const end = start[t + 1]!;
    if (r === 1) {
      for (let e = start[t]!; e < end; e++) {
        const k = keys[e]!;
        open[k]! += amount[e]!;
        touched[k] = 1;
      }
    } else {
      for (let e = start[t]!; e < end; e++) {
        const k = keys[e]!;
        const a = amount[e]!;
        if (a > 0) debit[k]! += a;
        else credit[k]! -= a;
        touched[k] = 1;
      }
    }
  }
  const big = (xs: Float64Array): bigint[] => Array.from(xs, (x) => BigInt(x));
  return { open: big(open), debit: big(debit), credit: big(credit), touched };
}

/** The exact slow fold for books whose sums could pass 2^53 − 1. */
function foldBigInts(book: Book, keys: Int32Array, n: number, role: Uint8Array): Sums {
  const open = new Array<bigint>(n).fill(0n);
  const debit = new Array<bigint>(n).fill(0n);
  const credit = new Array<bigint>(n).fill(0n);
  const touched = new Uint8Array(n);
  const start = book.tx.entryStart;
  const amount = book.entries.amount;
  for (let t = 0; t < book.size; t++) {
    const r = role[t];
    if (r === 0) continue;
    for (let e = start[t]!; e < start[t + 1]!; e++) {
      const k = keys[e]!;
      const a = BigInt(amount[e]!);
      touched[k] = 1;
      if (r === 1) open[k] = open[k]! + a;
      else if (a > 0n) debit[k] = debit[k]! + a;
      else credit[k] = credit[k]! - a;
    }
  }
  return { open, debit, credit, touched };
}
