// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type BookSource } from '../book/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { CurrencyCode } from '../money/index.js';
import type { AccountFilter } from './_lib/accountFilter.js';
import { assertSafeTotals, pairOf, splitNet } from './_lib/amounts.js';
import { asOfDay } from './_lib/days.js';
import { receivableMask } from './_lib/receivables.js';
import type { DebitCredit } from './trialBalance.js';

/**
 * Options of {@link customerBalances}.
 *
 * @example
 * ```ts
 * const options: CustomerBalancesOptions = { asOf: '2024-12-31' };
 * ```
 */
export interface CustomerBalancesOptions {
  /**
   * The date of the balances: entries dated after it are ignored.
   * @defaultValue every entry of the book
   */
  readonly asOf?: string;
  /**
   * The receivable accounts to read (only their entries carrying an auxiliary
   * account count).
   * @defaultValue 411, 416, 4191 and 4197 and their sub-accounts
   */
  readonly accounts?: AccountFilter;
}

/**
 * A customer's position: the gross movements on its receivable accounts and
 * the net balance (debit: the customer owes it; credit: the business owes it).
 *
 * @example
 * ```ts
 * const row = customerBalances(receivables, { asOf: '2024-12-31' }).rows[0]!;
 * row.auxiliary.number //=> 'C0001'
 * row.balance.debit.toFixed(2) //=> '400.00'
 * ```
 */
export interface CustomerBalanceRow {
  /** The customer (auxiliary account). */
  readonly auxiliary: AuxiliaryAccount;
  /** Σ debits and Σ credits of the customer's entries up to the date. */
  readonly movements: DebitCredit;
  /**
   * The balance (« solde ») on one side: debit when the customer owes, credit when they are owed; the other
   * side 0.
   */
  readonly balance: DebitCredit;
}

/**
 * Customer balances ("soldes clients"): one row per customer, sorted by
 * auxiliary number, with totals. Additive: see {@link mergeCustomerBalances}.
 *
 * @example
 * ```ts
 * customerBalances(receivables).totals.balance.debit.toFixed(2) //=> '600.00'
 * ```
 */
export interface CustomerBalances {
  /** One row per customer with entries, by auxiliary number. */
  readonly rows: ReadonlyArray<CustomerBalanceRow>;
  /** Σ over the customers. */
  readonly totals: {
    /** Σ debits and Σ credits of every customer. */
    readonly movements: DebitCredit;
    /** Σ of the debit balances and Σ of the credit balances. */
    readonly balance: DebitCredit;
  };
  /** The date of the balances; absent when every entry was read. */
  readonly asOf?: IsoDate;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
}

/**
 * The balance of each customer (auxiliary account) over the receivable
 * accounts, at a date: a fold of the Book's entries in integer minor units.
 * A customer's balance equals the Σ remaining of its open items (unpaid
 * invoices minus unused credits) and the total of its aged receivables.
 *
 * @param source - a Book, or transactions
 * @param options - date, receivable accounts
 * @returns one row per customer, and totals
 * @throws AccountingError `invalid_date`, `invalid_option`, `invalid_account`, `unknown_account`, `amount_overflow`
 * @example
 * ```ts
 * customerBalances(receivables, { asOf: '2024-12-31' }).rows.map((r) => [r.auxiliary.number, r.balance.debit.toFixed(2), r.balance.credit.toFixed(2)])
 * //=> [['C0001', '400.00', '0.00'], ['C0002', '0.00', '50.00'], ['C0003', '0.00', '30.00'], ['C0004', '200.00', '0.00']]
 * ```
 */
export function customerBalances(source: BookSource, options: CustomerBalancesOptions = {}): CustomerBalances {
  const book = toBook(source);
  assertSafeTotals(book);
  const asOf = asOfDay(options.asOf);
  const mask = receivableMask(book, options.accounts);
  const auxOf = Int32Array.from(book.ledgers, (l) => (mask[l.account] ? l.auxiliary : -1));
  const n = book.auxiliaries.length;
  const debit = new Float64Array(n);
  const credit = new Float64Array(n);
  const touched = new Uint8Array(n);
  const { tx } = book;
  const { amount, ledger } = book.entries;
  for (let t = 0; t < book.size; t++) {
    if (tx.date[t]! > asOf.day) continue;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const x = auxOf[ledger[e]!]!;
      if (x < 0) continue;
      touched[x] = 1;
      const a = amount[e]!;
      if (a > 0) debit[x]! += a;
      else credit[x]! -= a;
    }
  }
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((x) => touched[x])
    .sort((x, y) => (book.auxiliaries[x]!.number < book.auxiliaries[y]!.number ? -1 : 1));
  const scale = book.scale;
  let md = 0, mc = 0, bd = 0, bc = 0;
  const rows = order.map((x) => {
    const net = debit[x]! - credit[x]!;
    md += debit[x]!;
    mc += credit[x]!;
    if (net > 0) bd += net;
    else bc -= net;
    return Object.freeze({ auxiliary: book.auxiliaries[x]!, movements: pairOf(debit[x]!, credit[x]!, scale), balance: splitNet(net, scale) });
  });
  const out: Record<string, unknown> = {
    rows: Object.freeze(rows),
    totals: Object.freeze({ movements: pairOf(md, mc, scale), balance: pairOf(bd, bc, scale) }),
  };
  if (asOf.date) out.asOf = asOf.date;
  out.currency = book.currency;
  return Object.freeze(out) as unknown as CustomerBalances;
}
