// @ts-nocheck
// Transactions for the VAT tests, written as readable journal lines.
import { createTransaction, type Transaction } from '../../src/index.js';

/** A journal line: account, debit or credit, amount, and the VAT rate and base of a VAT entry. */
export type Line = readonly [account: string, side: 'D' | 'C', amount: string, vat?: readonly [rate: string, base: string]];

/**
 * A maker of OD transactions from journal lines, numbered `<prefix>000001`,
 * `<prefix>000002`… in the order it is called (one maker per test file).
 */
export function journalLines(prefix: string): (date: string, lines: ReadonlyArray<Line>, type?: string) => Transaction {
  let seq = 0;
  return (date, lines, type) => {
    seq++;
    return createTransaction({
      id: `${prefix}${String(seq).padStart(6, '0')}`,
      journal: 'OD',
      date,
      piece: { ref: `P${seq}` },
      label: `Écriture ${seq}`,
      ...(type ? { type } : {}),
      entries: lines.map(([account, side, amount, vat]) => ({
        account,
        ...(side === 'D' ? { debit: amount } : { credit: amount }),
        ...(vat ? { vat: { rate: vat[0], base: vat[1] } } : {}),
      })),
    });
  };
}
