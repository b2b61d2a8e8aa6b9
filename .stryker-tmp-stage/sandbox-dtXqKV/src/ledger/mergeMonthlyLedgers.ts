// @ts-nocheck
import { endOfMonth, type IsoDate } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import { ZERO } from './_lib/amounts.js';
import type { MonthlyLedger, MonthlyLedgerRow } from './monthlyLedger.js';

/**
 * Adds two monthly ledgers of the same level, currency and reference prefix —
 * for instance of two halves of the transactions: the net movements of each
 * account and month are added, rows netting to zero are dropped. The merge of
 * the halves equals the monthly ledger of the whole.
 *
 * @param a - a monthly ledger
 * @param b - another, of the same level, currency and reference prefix
 * @returns their sum
 * @throws AccountingError `invalid_option` when the levels, currencies or prefixes differ
 * @example
 * ```ts
 * const transactions = [...bookTransactions(book)];
 * const firstHalf = transactions.filter((t) => t.date < '2024-07-01');
 * const secondHalf = transactions.filter((t) => t.date >= '2024-07-01');
 * mergeMonthlyLedgers(monthlyLedger(firstHalf), monthlyLedger(secondHalf)).rows
 * //=> monthlyLedger([...firstHalf, ...secondHalf]).rows
 * ```
 */
export function mergeMonthlyLedgers(a: MonthlyLedger, b: MonthlyLedger): MonthlyLedger {
  if (a.level !== b.level) fail('invalid_option', ['level'], `Cannot merge a ${a.level} monthly ledger with a ${b.level} one: compute both at the same level.`);
  if (a.currency !== b.currency) fail('invalid_option', ['currency'], `Cannot merge monthly ledgers in ${a.currency} and ${b.currency}.`);
  if (a.referencePrefix !== b.referencePrefix) {
    fail('invalid_option', ['referencePrefix'], `Cannot merge monthly ledgers with reference prefixes ${a.referencePrefix} and ${b.referencePrefix}: compute both with the same prefix.`);
  }
  const byKey = new Map<string, { row: MonthlyLedgerRow; net: Decimal; label: string }>();
  for (const r of [...a.rows, ...b.rows]) {
    const key = `${r.month}\u0000${r.account}\u0000${r.auxiliary?.number ?? ''}`;
    const net = r.debit.minus(r.credit);
    const cur = byKey.get(key);
    if (!cur) byKey.set(key, { row: r, net, label: r.accountLabel });
    else {
      cur.net = cur.net.plus(net);
      if (cur.label === '') cur.label = r.accountLabel;
    }
  }
  const keys = [...byKey.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const rows: MonthlyLedgerRow[] = [];
  let debit: Decimal = ZERO;
  let credit: Decimal = ZERO;
  for (const key of keys) {
    const { row: r, net, label } = byKey.get(key)!;
    if (net.isZero()) continue;
    const aux = r.auxiliary;
    const row: Record<string, unknown> = {
      date: endOfMonth(`${r.month}-01` as IsoDate),
      month: r.month,
      reference: aux ? `${a.referencePrefix}-${r.account}-${aux.number}-${r.month}` : `${a.referencePrefix}-${r.account}-${r.month}`,
      account: r.account,
      accountLabel: label,
    };
    if (aux) row.auxiliary = aux;
    row.debit = net.isPositive() ? net : ZERO;
    row.credit = net.isNegative() ? net.negated() : ZERO;
    if (net.isPositive()) debit = debit.plus(net);
    else credit = credit.minus(net);
    rows.push(Object.freeze(row) as unknown as MonthlyLedgerRow);
  }
  const out: Record<string, unknown> = {
    rows: Object.freeze(rows),
    totals: Object.freeze({ debit, credit }),
    level: a.level,
    referencePrefix: a.referencePrefix,
    currency: a.currency,
  };
  if (a.period && b.period && a.period.from === b.period.from && a.period.to === b.period.to) out.period = a.period;
  return Object.freeze(out) as unknown as MonthlyLedger;
}
