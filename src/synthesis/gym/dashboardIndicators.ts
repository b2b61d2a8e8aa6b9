import type { Period } from '../../calendar/index.js';
import { divRound, type CurrencyCode, type Decimal } from '../../money/index.js';
import { decimalOf } from '../../ledger/_lib/amounts.js';
import { periodOf, periodOption, standsOn } from './_lib/gymDocuments.js';
import { gymIndexOf, type DocumentIndex } from '../documentIndex.js';
import type { GymPeriodOptions } from './types.js';

/**
 * The dashboard indicators of a period (« indicateurs du tableau de bord »).
 * Revenue counts the final invoices and debit notes dated in the period, not
 * cancelled by its end, less the credit notes dated in it; amounts are
 * `Decimal`s in the book currency.
 *
 * @example
 * ```ts
 * [d.revenueExclTax.toFixed(2), d.invoices, d.activeMembers] //=> ['500.00', 1, 1]
 * ```
 */
export interface DashboardIndicators {
  readonly period: Period;
  readonly currency: CurrencyCode;
  /** Revenue excl. tax (CA HT). */
  readonly revenueExclTax: Decimal;
  readonly vat: Decimal;
  /** Revenue incl. tax (CA TTC). */
  readonly revenueInclTax: Decimal;
  /** Of which subscriptions (lines with a service period, and the credit notes of subscription cancellations), excl. tax. */
  readonly subscriptionRevenue: Decimal;
  /** Of which session packs (lines with sessions and no service period), excl. tax. */
  readonly sessionRevenue: Decimal;
  /** The rest (shop, fees…), excl. tax. */
  readonly otherRevenue: Decimal;
  /** Final invoices and debit notes counted. */
  readonly invoices: number;
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
  readonly refunded: Decimal;
  /** Direct debits collected (before rejections). */
  readonly directDebits: Decimal;
  readonly directDebitCount: number;
  /** Direct debits rejected (rejections dated in the period). */
  readonly rejected: Decimal;
  readonly rejections: number;
  /** rejections / direct debits of the period, in percent, 2 decimals (0 without debits). */
  readonly rejectionRate: Decimal;
  /** Payments by voucher (method `voucher`). */
  readonly vouchers: Decimal;
}

/**
 * Dashboard revenue indicators (« indicateurs du tableau de bord ») for a
 * period: revenue excl. and incl. tax split into subscriptions, session packs
 * and the rest (a credit note counts its lines by their own service period or
 * sessions; one named by a `subscription-cancellation` counts as
 * subscriptions), invoice and credit-note counts, average basket, subscriptions
 * and sessions sold, cancellations, active members at the end of the period,
 * money received and refunded, direct debits, rejections and their rate,
 * voucher payments. Figures come from the documents (amounts computed the way
 * posting does).
 *
 * @param documents - the documents
 * @param options - the period, the rules
 * @returns the indicators
 * @throws AccountingError listing every invalid document, `invalid_period`
 * @example
 * ```ts
 * const d = dashboardIndicators([invoice, payment], { period: { from: '2024-10-01', to: '2024-10-31' } });
 * [d.revenueExclTax.toFixed(2), d.subscriptionRevenue.toFixed(2), d.received.toFixed(2), d.activeMembers] //=> ['500.00', '500.00', '600.00', 1]
 * ```
 */
export function dashboardIndicators(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): DashboardIndicators {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const within = (day: number): boolean => day >= p.fromDay && day <= p.toDay;
  let ex = 0, inc = 0, subs = 0, sess = 0, invoices = 0, creditNotes = 0, salesIncl = 0, subscriptionsSold = 0, sessionsSold = 0;
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
    ex += s * inv.exclTax;
    inc += s * (inv.inclTax - inv.touristTax);
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
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    revenueExclTax: dec(ex),
    vat: dec(inc - ex),
    revenueInclTax: dec(inc),
    subscriptionRevenue: dec(subs),
    sessionRevenue: dec(sess),
    otherRevenue: dec(ex - subs - sess),
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
