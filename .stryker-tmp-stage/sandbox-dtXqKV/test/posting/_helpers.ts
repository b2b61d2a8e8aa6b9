// @ts-nocheck
// Helpers shared by the posting tests.
import { AccountingError, type AccountingIssue, type Transaction } from '../../src/index.js';

/** The entries of a transaction as compact strings: `411 D 600.00 C0001 @inv-1 vat20/500.00`. */
export function rows(tx: Transaction): string[] {
  return tx.entries.map((e) => {
    let s = `${e.account} ${e.side === 'debit' ? 'D' : 'C'} ${e.amount.toFixed(2)}`;
    if (e.auxiliary) s += ` ${e.auxiliary.number}`;
    if (e.openItem !== undefined) s += ` @${e.openItem}`;
    if (e.vat) s += ` vat${e.vat.rate}/${e.vat.base.toFixed(2)}`;
    if (e.currency) s += ` ${e.currency.code}${e.currency.amount.toFixed(2)}`;
    return s;
  });
}

/** The error a function throws. */
export function errorOf(fn: () => unknown): AccountingError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e;
    throw e;
  }
  throw new Error('expected an AccountingError');
}

/** The first issue of the error a function throws. */
export function firstIssue(fn: () => unknown): AccountingIssue {
  return errorOf(fn).issues[0];
}

/** Freezes a value deeply (to prove a function does not mutate it). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A plain, comparable view of transactions (Decimals as strings). */
export function plain(txs: ReadonlyArray<Transaction>): unknown {
  return JSON.parse(JSON.stringify(txs));
}

/** Signed balance per account (debit > 0), in minor units, over transactions. */
export function balances(txs: ReadonlyArray<Transaction>, key: (e: Transaction['entries'][number]) => string = (e) => e.account): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of txs) for (const e of t.entries) out.set(key(e), (out.get(key(e)) ?? 0) + (e.side === 'debit' ? e.minor : -e.minor));
  return out;
}

export const dupont = { id: 'C0001', name: 'DUPONT Jean' };
export const martin = { id: 'C0002', name: 'MARTIN Léa' };

/** An issued final invoice. */
export function invoice(id: string, date: string, lines: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'invoice', id, kind: 'final', status: 'issued', number: `FA-${id}`, date, customer: dupont, pricesIncludeTax: true, lines, ...extra };
}

/** A line at a rate (prices as given). */
export function line(unitPrice: string, vatRate: string | undefined = '20', extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { label: 'Prestation', account: '706100', quantity: '1', unitPrice };
  if (vatRate !== undefined) out.vatRate = vatRate;
  return { ...out, ...extra };
}

/** A payment allocated to invoices. */
export function payment(id: string, date: string, amount: string, allocations: ReadonlyArray<[string, string]>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'payment', id, date, method: 'transfer', amount, customer: dupont, allocations: allocations.map(([invoice, a]) => ({ invoice, amount: a })), ...extra };
}
