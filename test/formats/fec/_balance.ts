// Shared by the balance-scan tests: a trial balance (or its refusal's issues) as comparable data.
import { expect } from 'vitest';
import { AccountingError, trialBalance, type Book, type IsoDate } from '../../../src/index.js';
import type { BalanceScanOptions } from '../../../src/formats/fec/_lib/balanceScan.js';

/** The scan options' period (day numbers) as ISO dates. */
export const periodOf = (o: BalanceScanOptions): { from: IsoDate; to: IsoDate } | undefined => {
  const p = o.period;
  if (p === undefined) return undefined;
  const iso = (d: number): IsoDate => new Date(d * 86_400_000).toISOString().slice(0, 10) as IsoDate;
  return { from: iso(p.from), to: iso(p.to) };
};

/** A trial balance, or the issues of its refusal, as comparable data. */
export function outcome(book: Book, options: BalanceScanOptions, level: 'general' | 'auxiliary'): unknown {
  const period = periodOf(options);
  try {
    return JSON.parse(JSON.stringify(trialBalance(book, { level, ...(period ? { period } : {}) })));
  } catch (e) {
    expect(e).toBeInstanceOf(AccountingError);
    return (e as AccountingError).issues;
  }
}
