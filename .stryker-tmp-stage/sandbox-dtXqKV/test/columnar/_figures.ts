// @ts-nocheck
// Reports as lines of text to compare (ours, merged, or DuckDB's): every amount with its 2 decimals.
import type { CustomerBalances, DebitCredit, Decimal, MonthlyLedger, TrialBalance } from '../../src/index.js';

/** A Decimal amount as a fixed string with 2 decimals. */
export const cents = (d: Decimal): string => d.toFixed(2);

/** The figures of a trial balance: one line per row (account, auxiliary, opening, movements, closing), then the totals. */
export function trialBalanceFigures(tb: TrialBalance): string[] {
  const dc = (x: DebitCredit): string => `${cents(x.debit)}/${cents(x.credit)}`;
  return [
    ...tb.rows.map((r) => `${r.account} ${r.auxiliary?.number ?? '-'} open ${dc(r.opening)} mvt ${dc(r.movements)} close ${dc(r.closing)}`),
    `total open ${dc(tb.totals.opening)} mvt ${dc(tb.totals.movements)} close ${dc(tb.totals.closing)}`,
  ];
}

/** The figures of a monthly ledger: one line per row (month, account, auxiliary, debit, credit), then the totals. */
export function monthlyLedgerFigures(ml: MonthlyLedger): string[] {
  return [...ml.rows.map((r) => `${r.month} ${r.account} ${r.auxiliary?.number ?? '-'} ${cents(r.debit)}/${cents(r.credit)}`), `total ${cents(ml.totals.debit)}/${cents(ml.totals.credit)}`];
}

/** The figures of customer balances: one line per customer (movements, balance), then the totals. */
export function customerBalanceFigures(cb: CustomerBalances): string[] {
  const dc = (x: DebitCredit): string => `${cents(x.debit)}/${cents(x.credit)}`;
  return [...cb.rows.map((r) => `${r.auxiliary.number} mvt ${dc(r.movements)} balance ${dc(r.balance)}`), `total mvt ${dc(cb.totals.movements)} balance ${dc(cb.totals.balance)}`];
}
