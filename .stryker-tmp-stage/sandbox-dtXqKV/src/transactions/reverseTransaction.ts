// @ts-nocheck
import { isoDate } from '../calendar/index.js';
import { AccountingError, fail } from '../errors/index.js';
import { closingIssue, type ClosingOptions } from './closing.js';
import { makeEntry, entryScale } from './Entry.js';
import type { Transaction } from './types.js';

/**
 * Options of {@link reverseTransaction}.
 *
 * @example
 * ```ts
 * const options: ReverseTransactionOptions = { date: '2025-01-01', id: 'OD000002' };
 * ```
 */
export interface ReverseTransactionOptions extends ClosingOptions {
  /**
   * Date of the reversal (extourne).
   * @defaultValue the original's date
   */
  readonly date?: string;
  /**
   * Id of the reversal.
   * @defaultValue the original id + `-R`
   */
  readonly id?: string;
  /**
   * Label of the reversal.
   * @defaultValue `Extourne ` + the original label
   */
  readonly label?: string;
}

/**
 * The mirror of a transaction: every debit becomes a credit and back, typed
 * `reversal` and referencing the original (`reverses`). Lettering is not
 * carried over.
 *
 * @param tx - the transaction to reverse
 * @param options - date, id, label
 * @returns the reversing transaction, balanced by construction
 * @throws AccountingError `invalid_date`, `empty_id`, `period_closed` (a reversal dated on or
 *   before `options.closedThrough`: date it in an open period)
 * @example
 * ```ts
 * const r = reverseTransaction(tx, { date: '2025-01-01' });
 * r.entries[0]!.side //=> 'credit'
 * r.reverses //=> tx.id
 * ```
 */
export function reverseTransaction(tx: Transaction, options: ReverseTransactionOptions = {}): Transaction {
  const date = options.date === undefined ? tx.date : isoDate(options.date, ['date']);
  const id = options.id ?? `${tx.id}-R`;
  if (id.trim() === '') fail('empty_id', ['id'], 'The reversal id is empty: give a non-empty id or leave it out.');
  const closed = closingIssue(options, date, ['date'], `The reversal of ${tx.id}`);
  if (closed) throw new AccountingError([closed]);
  const entries = tx.entries.map((e) =>
    makeEntry({
      account: e.account,
      side: e.side === 'debit' ? 'credit' : 'debit',
      minor: e.minor,
      scale: entryScale(e),
      accountLabel: e.accountLabel,
      auxiliary: e.auxiliary,
      label: e.label,
      currency: e.currency,
      costCenter: e.costCenter,
      analytics: e.analytics,
      vat: e.vat,
      openItem: e.openItem,
    }),
  );
  const out: Record<string, unknown> = {
    id,
    journal: tx.journal,
    date,
    piece: tx.piece,
    label: options.label ?? `Extourne ${tx.label}`,
    validatedOn: date,
    type: 'reversal',
  };
  if (tx.source) out.source = tx.source;
  out.currency = tx.currency;
  out.reverses = tx.id;
  out.entries = Object.freeze(entries);
  return Object.freeze(out) as unknown as Transaction;
}
