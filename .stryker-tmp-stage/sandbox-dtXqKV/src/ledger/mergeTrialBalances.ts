// @ts-nocheck
import { fail } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { DebitCredit, TrialBalance, TrialBalanceRow } from './trialBalance.js';

/**
 * Adds two trial balances of the same level and currency — for instance of
 * two halves of the transactions, or of two books over the same period: net
 * openings and closings are added then split again, movements are added. The
 * merge of the halves equals the trial balance of the whole.
 *
 * @param a - a trial balance
 * @param b - another, of the same level and currency
 * @returns their sum
 * @throws AccountingError `invalid_option` when the levels or currencies differ
 * @example
 * ```ts
 * const transactions = [...bookTransactions(book)];
 * const firstHalf = transactions.filter((t) => t.date < '2024-07-01');
 * const secondHalf = transactions.filter((t) => t.date >= '2024-07-01');
 * mergeTrialBalances(trialBalance(firstHalf), trialBalance(secondHalf)).totals
 * //=> trialBalance([...firstHalf, ...secondHalf]).totals
 * ```
 */
export function mergeTrialBalances(a: TrialBalance, b: TrialBalance): TrialBalance {
  if (a.level !== b.level) fail('invalid_option', ['level'], `Cannot merge a ${a.level} trial balance with a ${b.level} one: compute both at the same level.`);
  if (a.currency !== b.currency) fail('invalid_option', ['currency'], `Cannot merge trial balances in ${a.currency} and ${b.currency}.`);
  const byKey = new Map<string, { row: TrialBalanceRow; open: Decimal; md: Decimal; mc: Decimal; label: string }>();
  const keyOf = (r: TrialBalanceRow): string => `${r.account}\u0000${r.auxiliary?.number ?? ''}`;
  for (const r of [...a.rows, ...b.rows]) {
    const k = keyOf(r);
    const net = r.opening.debit.minus(r.opening.credit);
    const cur = byKey.get(k);
    if (!cur) byKey.set(k, { row: r, open: net, md: r.movements.debit, mc: r.movements.credit, label: r.label });
    else {
      cur.open = cur.open.plus(net);
      cur.md = cur.md.plus(r.movements.debit);
      cur.mc = cur.mc.plus(r.movements.credit);
      if (cur.label === '') cur.label = r.label;
    }
  }
  const zero = new Decimal(0);
  const split = (net: Decimal): DebitCredit => Object.freeze({ debit: net.isPositive() && !net.isZero() ? net : zero, credit: net.isNegative() && !net.isZero() ? net.negated() : zero });
  const keys = [...byKey.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const rows: TrialBalanceRow[] = [];
  let od = zero, oc = zero, md = zero, mc = zero, cd = zero, cc = zero;
  for (const k of keys) {
    const v = byKey.get(k)!;
    const opening = split(v.open);
    const closing = split(v.open.plus(v.md).minus(v.mc));
    const row: Record<string, unknown> = { account: v.row.account, label: v.label };
    if (v.row.auxiliary) row.auxiliary = v.row.auxiliary;
    row.opening = opening;
    row.movements = Object.freeze({ debit: v.md, credit: v.mc });
    row.closing = closing;
    od = od.plus(opening.debit); oc = oc.plus(opening.credit);
    md = md.plus(v.md); mc = mc.plus(v.mc);
    cd = cd.plus(closing.debit); cc = cc.plus(closing.credit);
    rows.push(Object.freeze(row) as unknown as TrialBalanceRow);
  }
  const out: Record<string, unknown> = {
    rows: Object.freeze(rows),
    totals: Object.freeze({
      opening: Object.freeze({ debit: od, credit: oc }),
      movements: Object.freeze({ debit: md, credit: mc }),
      closing: Object.freeze({ debit: cd, credit: cc }),
    }),
    level: a.level,
    currency: a.currency,
  };
  if (a.period && b.period && a.period.from === b.period.from && a.period.to === b.period.to) out.period = a.period;
  out.opening = a.opening;
  return Object.freeze(out) as unknown as TrialBalance;
}
