// @ts-nocheck
import { fail } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import { ZERO } from './_lib/amounts.js';
import type { CustomerBalanceRow, CustomerBalances } from './customerBalances.js';
import type { DebitCredit } from './trialBalance.js';

/**
 * Adds two customer-balance reports of the same currency — for instance of
 * two halves of the transactions: movements are added per customer and the
 * balances recomputed. The merge of the halves equals the report of the whole.
 *
 * @param a - customer balances
 * @param b - others, in the same currency
 * @returns their sum
 * @throws AccountingError `invalid_option` when the currencies differ
 * @example
 * ```ts
 * const transactions = [...bookTransactions(book)];
 * const firstHalf = transactions.filter((t) => t.date < '2024-07-01');
 * const secondHalf = transactions.filter((t) => t.date >= '2024-07-01');
 * mergeCustomerBalances(customerBalances(firstHalf), customerBalances(secondHalf)).rows
 * //=> customerBalances([...firstHalf, ...secondHalf]).rows
 * ```
 */
export function mergeCustomerBalances(a: CustomerBalances, b: CustomerBalances): CustomerBalances {
  if (a.currency !== b.currency) fail('invalid_option', ['currency'], `Cannot merge customer balances in ${a.currency} and ${b.currency}.`);
  const byNumber = new Map<string, { row: CustomerBalanceRow; debit: Decimal; credit: Decimal }>();
  for (const r of [...a.rows, ...b.rows]) {
    const cur = byNumber.get(r.auxiliary.number);
    if (!cur) byNumber.set(r.auxiliary.number, { row: r, debit: r.movements.debit, credit: r.movements.credit });
    else {
      cur.debit = cur.debit.plus(r.movements.debit);
      cur.credit = cur.credit.plus(r.movements.credit);
    }
  }
  const numbers = [...byNumber.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  let md: Decimal = ZERO, mc: Decimal = ZERO, bd: Decimal = ZERO, bc: Decimal = ZERO;
  const rows = numbers.map((number) => {
    const { row, debit, credit } = byNumber.get(number)!;
    const net = debit.minus(credit);
    const balance: DebitCredit = Object.freeze({ debit: net.isPositive() && !net.isZero() ? net : ZERO, credit: net.isNegative() && !net.isZero() ? net.negated() : ZERO });
    md = md.plus(debit);
    mc = mc.plus(credit);
    bd = bd.plus(balance.debit);
    bc = bc.plus(balance.credit);
    return Object.freeze({ auxiliary: row.auxiliary, movements: Object.freeze({ debit, credit }), balance }) as CustomerBalanceRow;
  });
  const out: Record<string, unknown> = {
    rows: Object.freeze(rows),
    totals: Object.freeze({ movements: Object.freeze({ debit: md, credit: mc }), balance: Object.freeze({ debit: bd, credit: bc }) }),
  };
  if (a.asOf !== undefined && a.asOf === b.asOf) out.asOf = a.asOf;
  out.currency = a.currency;
  return Object.freeze(out) as unknown as CustomerBalances;
}
