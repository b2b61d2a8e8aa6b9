// @ts-nocheck
import { toBook, type Book, type BookSource } from '../../book/index.js';
import type { Period } from '../../calendar/index.js';
import { fail } from '../../errors/index.js';
import { divRound, minorToDecimal, type CurrencyCode, type Decimal } from '../../money/index.js';
import { decimalOf } from '../../ledger/_lib/amounts.js';
import { periodOf, periodOption, standsOn } from './_lib/gymDocuments.js';
import { VAT_SETTLEMENT_TYPE } from '../../tax/vatSynthesis.js';
import { gymIndexOf, type DocumentIndex } from '../documentIndex.js';
import type { GymPeriodOptions } from './types.js';

/**
 * The dashboard indicators of a period (« indicateurs du tableau de bord »).
 * Revenue is the book's: the class-7 movement of the period (invoices, credit
 * notes, till closings, re-billed fees, cash overages…), before and after
 * deferred revenue (PCA); the split by nature and the counts come from the
 * documents (final invoices and debit notes dated in the period, not
 * cancelled by its end, and the credit notes dated in it). Amounts are
 * `Decimal`s in the book currency.
 *
 * @example
 * ```ts
 * const { transactions } = post([invoice, payment]);
 * const deferral = deferralTransactions(deferredRevenue([invoice], { cutoff: '2024-10-31' }), { nextNumbers: { OD: 2 } })[0]!;
 * const d = dashboardIndicators([invoice, payment], createBook([...transactions, deferral]), { period: { from: '2024-10-01', to: '2024-10-31' } });
 * [d.revenueExclTax.toFixed(2), d.revenueAfterDeferral.toFixed(2), d.invoices, d.activeMembers] //=> ['500.00', '23.29', 1, 1]
 * ```
 */
export interface DashboardIndicators {
  /** The period the indicators cover, inclusive. */
  readonly period: Period;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
  /**
   * Revenue excl. tax (CA HT) before deferred revenue: the class-7 movement
   * (credits − debits) of the period's transactions, opening entries and the
   * deferred-revenue (PCA) transactions excluded.
   */
  readonly revenueExclTax: Decimal;
  /**
   * The class-7 movement of the period's deferred-revenue transactions (those
   * moving the rules' deferred-revenue account, 487: the deferral at a
   * cut-off, negative, and the reversal of an earlier one, positive).
   */
  readonly deferral: Decimal;
  /** Revenue excl. tax after deferred revenue: `revenueExclTax + deferral`, the trial balance's class-7 movement over the period. */
  readonly revenueAfterDeferral: Decimal;
  /**
   * VAT collected: the movement (credits − debits) of the collected and pending VAT accounts (4457x) over the
   * period, the VAT returns' clearing entries (`vat-settlement`) left out: they move no VAT of an operation.
   */
  readonly vat: Decimal;
  /** Revenue incl. tax (CA TTC): `revenueExclTax + vat`. */
  readonly revenueInclTax: Decimal;
  /** Of which subscriptions (lines with a service period, and the credit notes of subscription cancellations), excl. tax. */
  readonly subscriptionRevenue: Decimal;
  /** Of which session packs (lines with sessions and no service period), excl. tax. */
  readonly sessionRevenue: Decimal;
  /** The rest (shop till, fees re-billed, other invoice lines, cash overages…), excl. tax: `revenueExclTax − subscriptionRevenue − sessionRevenue`. */
  readonly otherRevenue: Decimal;
  /** Final invoices and debit notes counted. */
  readonly invoices: number;
  /** Credit notes dated in the period. */
  readonly creditNotes: number;
  /** Σ incl. tax of the invoices / their number, rounded half away from zero (0 without invoices). */
  readonly averageBasket: Decimal;
  /** Subscription lines sold. */
  readonly subscriptionsSold: number;
  /** Sessions sold (Σ sessions of the packs). */
  readonly sessionsSold: number;
  /** Cancellations dated in the period. */
  readonly cancellations: number;
  /** Distinct members with an active subscription on the last day of the period. */
  readonly activeMembers: number;
  /** Payments and direct debits received. */
  readonly received: Decimal;
  /** Refunds paid back, positive. */
  readonly refunded: Decimal;
  /** Direct debits collected (before rejections). */
  readonly directDebits: Decimal;
  /** How many direct debits were collected. */
  readonly directDebitCount: number;
  /** Direct debits rejected (rejections dated in the period). */
  readonly rejected: Decimal;
  /** How many direct debits were rejected (rejections dated in the period). */
  readonly rejections: number;
  /** rejections / direct debits of the period, in percent, 2 decimals (0 without debits). */
  readonly rejectionRate: Decimal;
  /** Payments by voucher (method `voucher`). */
  readonly vouchers: Decimal;
}

/**
 * Dashboard revenue indicators (« indicateurs du tableau de bord ») for a
 * period: revenue excl. tax — the book's whole class-7 movement, so the shop
 * till, re-billed rejection fees and cash overages count as well as the
 * invoices — before and after deferred revenue (PCA), VAT collected and
 * revenue incl. tax; revenue split into subscriptions, session packs and the
 * rest (a credit note counts its lines by their own service period or
 * sessions; one named by a `subscription-cancellation` counts as
 * subscriptions); invoice and credit-note counts, average basket,
 * subscriptions and sessions sold, cancellations, active members at the end
 * of the period, money received and refunded, direct debits, rejections and
 * their rate, voucher payments. Revenue, deferral and VAT come from the Book
 * the documents were posted to (revenue after PCA equals the trial balance's
 * class-7 movement over the period); the rest from the documents (amounts
 * computed the way posting does).
 *
 * @param documents - the documents, or their `indexDocuments` index
 * @param book - the Book (or transactions) the documents were posted to, with the deferral transactions if any
 * @param options - the period, the rules
 * @returns the indicators
 * @throws AccountingError listing every invalid document, `invalid_period`, `invalid_option`
 *   (a book in another currency than the rules'), `amount_overflow`
 * @example
 * ```ts
 * const { transactions } = post([invoice, payment]);
 * const deferral = deferralTransactions(deferredRevenue([invoice], { cutoff: '2024-10-31' }), { nextNumbers: { OD: 2 } })[0]!;
 * const d = dashboardIndicators([invoice, payment], createBook([...transactions, deferral]), { period: { from: '2024-10-01', to: '2024-10-31' } });
 * [d.revenueExclTax.toFixed(2), d.deferral.toFixed(2), d.revenueAfterDeferral.toFixed(2)] //=> ['500.00', '-476.71', '23.29']
 * [d.subscriptionRevenue.toFixed(2), d.received.toFixed(2), d.activeMembers] //=> ['500.00', '600.00', 1]
 * ```
 */
export function dashboardIndicators(documents: Iterable<unknown> | DocumentIndex, book: BookSource, options: GymPeriodOptions): DashboardIndicators {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const b = toBook(book);
  if (b.currency !== ix.rules.currency) fail('invalid_option', ['book'], `The book is in ${b.currency} and the rules in ${ix.rules.currency}: pass the book the documents were posted to with these rules.`);
  const fromBook = bookRevenue(b, p.fromDay, p.toDay, ix.rules.accounts.deferredRevenue);
  const within = (day: number): boolean => day >= p.fromDay && day <= p.toDay;
  let subs = 0, sess = 0, invoices = 0, creditNotes = 0, salesIncl = 0, subscriptionsSold = 0, sessionsSold = 0;
  const active = new Set<string>();
  const cancellationCredits = new Set(ix.cancellations.flatMap((c) => (c.creditNote ? [c.creditNote.doc.id] : [])));
  for (const inv of ix.invoices) {
    const d = inv.doc;
    if (inv.sale && inv.day <= p.toDay && standsOn(inv, p.toDay)) {
      for (const l of inv.lines) {
        if (l.from < 0 || l.line.kind === 'tourist-tax') continue;
        const c = l.cancellation;
        const end = c !== undefined && c.day <= p.toDay ? Math.min(l.to, c.endsDay) : l.to;
        if (l.from <= p.toDay && end >= p.toDay) active.add(d.customer.id);
      }
    }
    if (!within(inv.day) || d.status === 'draft' || d.kind === 'proforma' || d.kind === 'deposit') continue;
    if (d.kind === 'credit-note') creditNotes++;
    else {
      if (!standsOn(inv, p.toDay)) continue;
      invoices++;
      salesIncl += inv.inclTax;
    }
    const s = inv.sign;
    for (const l of inv.lines) {
      if (l.line.kind === 'tourist-tax') continue;
      if (l.from >= 0 || (s < 0 && l.line.sessions === undefined && cancellationCredits.has(d.id))) {
        subs += s * l.exclTax;
        if (s > 0) subscriptionsSold++;
      } else if (l.line.sessions !== undefined) {
        sess += s * l.exclTax;
        if (s > 0) sessionsSold += l.line.sessions;
      }
    }
  }
  let received = 0, refunded = 0, vouchers = 0, dd = 0, ddCount = 0, rejected = 0, rejections = 0;
  for (const r of ix.payments) {
    if (!within(r.day)) continue;
    if (r.doc.type === 'refund') refunded += r.amount;
    else {
      received += r.amount;
      if (r.doc.method === 'voucher') vouchers += r.amount;
    }
  }
  for (const it of ix.items) {
    if (!within(it.day)) continue;
    dd += it.amount;
    ddCount++;
  }
  received += dd;
  for (const rj of ix.rejections) {
    if (!within(rj.day)) continue;
    rejected += rj.item.amount;
    rejections++;
  }
  const cancellations = ix.cancellations.filter((c) => within(c.day)).length;
  const dec = ix.dec;
  const ex = fromBook.revenue;
  const bd = (minor: number): Decimal => minorToDecimal(minor, b.scale);
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    revenueExclTax: bd(ex),
    deferral: bd(fromBook.deferral),
    revenueAfterDeferral: bd(ex + fromBook.deferral),
    vat: bd(fromBook.vat),
    revenueInclTax: bd(ex + fromBook.vat),
    subscriptionRevenue: dec(subs),
    sessionRevenue: dec(sess),
    otherRevenue: bd(ex - subs - sess),
    invoices,
    creditNotes,
    averageBasket: invoices === 0 ? dec(0) : dec(Number(divRound(BigInt(salesIncl), BigInt(invoices), 'half-away-from-zero'))),
    subscriptionsSold,
    sessionsSold,
    cancellations,
    activeMembers: active.size,
    received: dec(received),
    refunded: dec(refunded),
    directDebits: dec(dd),
    directDebitCount: ddCount,
    rejected: dec(rejected),
    rejections,
    rejectionRate: ddCount === 0 ? decimalOf(0, 2) : decimalOf(Number(divRound(BigInt(rejections) * 10000n, BigInt(ddCount), 'half-away-from-zero')), 2),
    vouchers: dec(vouchers),
  });
}

/**
 * The class-7 movement (credits − debits, minor units) of the period's
 * transactions, opening entries left out: apart the transactions moving the
 * deferred-revenue account, and the 4457x movement.
 */
function bookRevenue(book: Book, from: number, to: number, deferredAccount: string): { revenue: number; deferral: number; vat: number } {
  if (book.absoluteTotal > Number.MAX_SAFE_INTEGER) fail('amount_overflow', ['book'], 'The sums of this book pass Number.MAX_SAFE_INTEGER minor units: split it into shorter periods.');
  const A = book.accounts.length;
  // 1: class 7, 2: collected or pending VAT (4457x), 3: deferred revenue.
  const kind = new Uint8Array(A);
  for (let a = 0; a < A; a++) {
    const n = book.accounts[a]!;
    kind[a] = n.charCodeAt(0) === 55 ? 1 : n.startsWith('4457') ? 2 : n === deferredAccount || n.startsWith(deferredAccount) ? 3 : 0;
  }
  const { date, opening, entryStart, type } = book.tx;
  const { account, amount } = book.entries;
  // A VAT return's clearing entry moves 4457x into 44551 / 44567: no VAT of an operation.
  const settlement = book.types.indexOf(VAT_SETTLEMENT_TYPE);
  let revenue = 0;
  let deferral = 0;
  let vat = 0;
  for (let t = 0; t < book.size; t++) {
    const day = date[t]!;
    if (day < from || day > to || opening[t] === 1) continue;
    const end = entryStart[t + 1]!;
    const settles = settlement >= 0 && type[t] === settlement;
    let pca = false;
    let r = 0;
    for (let e = entryStart[t]!; e < end; e++) {
      const k = kind[account[e]!]!;
      if (k === 1) r -= amount[e]!;
      else if (k === 2 && !settles) vat -= amount[e]!;
      else if (k === 3) pca = true;
    }
    if (pca) deferral += r;
    else revenue += r;
  }
  return { revenue: revenue || 0, deferral: deferral || 0, vat: vat || 0 };
}
