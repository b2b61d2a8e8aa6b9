// @ts-nocheck
import type { IsoDate } from '../../calendar/index.js';
import { toBook, type BookSource } from '../../book/index.js';
import type { Decimal } from '../../money/index.js';
import { customerBalances } from '../../ledger/customerBalances.js';
import { openItems } from '../../ledger/openItems.js';
import { decimalOf, minorOf } from '../../ledger/_lib/amounts.js';
import { asOfOption, partyOf, type RejectionRec } from './_lib/gymDocuments.js';
import { gymIndexOf, type DocumentIndex } from '../documentIndex.js';
import type { GymAsOfOptions, GymAsOfReport, GymCustomer } from './types.js';

/**
 * A member in incident: a direct debit of theirs was rejected and what it
 * paid is still unpaid at the date.
 *
 * @example
 * ```ts
 * const row = membersInIncident(documents, book, { asOf: '2024-11-30' }).rows[0]!;
 * [row.customer.id, row.rejections, row.lastReason, row.unpaid.toFixed(2), row.balance.toFixed(2)] //=> ['C0002', 1, 'AM04', '49.90', '49.90']
 * ```
 */
export interface MemberInIncidentRow {
  /** The member. */
  readonly customer: GymCustomer;
  /** Rejections of the member dated on or before the date. */
  readonly rejections: number;
  /** The date of their last rejection. */
  readonly lastRejection: IsoDate;
  /** ISO reason code of the last rejection. */
  readonly lastReason: string;
  /** Σ of the debits rejected. */
  readonly rejected: Decimal;
  /** Σ of the bank fees of those rejections. */
  readonly fees: Decimal;
  /**
   * What remains unpaid, in the book at the date, of the invoices the
   * rejected debits paid and of the fees re-billed (open items of the member
   * named after those invoices or rejections).
   */
  readonly unpaid: Decimal;
  /** The member's balance in the book at the date (debit positive: they owe it). */
  readonly balance: Decimal;
}

/**
 * Totals of the members in incident.
 *
 * @example
 * ```ts
 * const report = membersInIncident(documents, book, { asOf: '2024-11-30' });
 * [report.totals.count, report.totals.unpaid.toFixed(2)] //=> [1, '49.90']
 * ```
 */
export interface MembersInIncidentTotals {
  /** How many members are in incident. */
  readonly count: number;
  /** Σ of the debits rejected. */
  readonly rejected: Decimal;
  /** Σ of the bank fees. */
  readonly fees: Decimal;
  /** Σ still unpaid. */
  readonly unpaid: Decimal;
  /** Σ of the members' balances (debit positive). */
  readonly balance: Decimal;
}

/**
 * The members in incident at a date (« membres en incident »).
 *
 * @example
 * ```ts
 * const report = membersInIncident(documents, book, { asOf: '2024-11-30' });
 * report.rows.length //=> 1
 * ```
 */
export type MembersInIncident = GymAsOfReport<MemberInIncidentRow, MembersInIncidentTotals>;

/**
 * Members in incident (« export des membres en incident »): the members with
 * a direct-debit rejection dated on or before the date whose rejected debits
 * are still unpaid in the book at that date — the remaining amount of the
 * open items (from {@link openItems}) that carry the ids of the invoices the
 * rejected debits paid, or of the rejections (re-billed fees). Once the member
 * pays those invoices again (and the fee, by a payment allocated to the
 * rejection), they leave the list; so do open items that `letter` with
 * `netToZero` matched (a zero balance). Sorted by customer id; the
 * balance column is {@link customerBalances}' at the date.
 *
 * A rejected debit that paid no invoice (left on account) cannot be followed
 * this way: it counts in `rejected` and `balance`, not in `unpaid`.
 *
 * @param documents - the documents (batches and rejections)
 * @param book - the book the documents were posted into (a Book, or transactions from `post`)
 * @param options - the date, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document, `invalid_date`, and
 *   the errors of {@link openItems}
 * @example
 * ```ts
 * const docs = [monthlyNov, upcoming, batch, rejection];
 * const report = membersInIncident(docs, post(docs).transactions, { asOf: '2024-11-30' });
 * report.rows.map((r) => [r.customer.id, r.lastReason, r.unpaid.toFixed(2)]) //=> [['C0002', 'AM04', '49.90']]
 * ```
 */
export function membersInIncident(documents: Iterable<unknown> | DocumentIndex, book: BookSource, options: GymAsOfOptions): MembersInIncident {
  const asOf = asOfOption(options?.asOf);
  const ix = gymIndexOf(documents, options.rules);
  const b = toBook(book);
  const scale = b.scale;
  const byCustomer = new Map<string, RejectionRec[]>();
  for (const r of ix.rejections) {
    if (r.day > asOf.day) continue;
    const id = r.item.item.customer.id;
    let list = byCustomer.get(id);
    if (!list) byCustomer.set(id, (list = []));
    list.push(r);
  }
  const open = new Map<string, Map<string, number>>();
  if (byCustomer.size > 0) {
    for (const item of openItems(b, { asOf: asOf.date }).items) {
      if (item.side !== 'debit' || item.openItem === undefined || !byCustomer.has(item.auxiliary.number)) continue;
      let m = open.get(item.auxiliary.number);
      if (!m) open.set(item.auxiliary.number, (m = new Map()));
      m.set(item.openItem, (m.get(item.openItem) ?? 0) + minorOf(item.remaining, scale));
    }
  }
  const balance = new Map<string, number>();
  if (byCustomer.size > 0) {
    for (const row of customerBalances(b, { asOf: asOf.date }).rows) {
      if (byCustomer.has(row.auxiliary.number)) balance.set(row.auxiliary.number, minorOf(row.balance.debit, scale) - minorOf(row.balance.credit, scale));
    }
  }
  const dec = (m: number): Decimal => decimalOf(m, scale);
  const rows: MemberInIncidentRow[] = [];
  let tRejected = 0, tFees = 0, tUnpaid = 0, tBalance = 0;
  for (const id of [...byCustomer.keys()].sort()) {
    const list = byCustomer.get(id)!.sort((a, c) => a.day - c.day || a.index - c.index);
    const refs = new Set<string>();
    let rejected = 0, fees = 0;
    for (const r of list) {
      for (const inv of r.item.item.invoices) refs.add(inv);
      refs.add(r.doc.id);
      rejected += r.item.amount;
      fees += r.fees;
    }
    const items = open.get(id);
    let unpaid = 0;
    if (items) for (const ref of refs) unpaid += items.get(ref) ?? 0;
    if (unpaid <= 0) continue;
    const last = list[list.length - 1]!;
    const bal = balance.get(id) ?? 0;
    tRejected += rejected;
    tFees += fees;
    tUnpaid += unpaid;
    tBalance += bal;
    rows.push(Object.freeze({
      customer: partyOf(last.item.item.customer),
      rejections: list.length,
      lastRejection: last.doc.date as IsoDate,
      lastReason: last.doc.reason,
      rejected: dec(rejected),
      fees: dec(fees),
      unpaid: dec(unpaid),
      balance: dec(bal),
    }));
  }
  return Object.freeze({
    asOf: asOf.date,
    currency: b.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, rejected: dec(tRejected), fees: dec(tFees), unpaid: dec(tUnpaid), balance: dec(tBalance) }),
  });
}
