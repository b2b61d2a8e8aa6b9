// @ts-nocheck
import { fromDayNumber, type IsoDate } from '../../calendar/index.js';
import { fail } from '../../errors/index.js';
import type { Decimal } from '../../money/index.js';
import { asOfOption, countOption, partyOf, periodOf, periodOption, productOf, standsOn, type GymIndex, type LineRec } from './_lib/gymDocuments.js';
import { gymIndexOf, type DocumentIndex } from '../documentIndex.js';
import type { GymAsOfOptions, GymAsOfReport, GymCustomer, GymPeriodOptions, GymPeriodReport } from './types.js';

/**
 * One subscription sold: an invoice line with a service period (a 12-month
 * or monthly membership).
 *
 * @example
 * ```ts
 * const row = subscriptionSales([invoice], { period: { from: '2024-10-01', to: '2024-10-31' } }).rows[0]!;
 * [row.number, row.product, row.start, row.end, row.inclTax.toFixed(2)] //=> ['FA2024-0001', 'Abonnement 12 mois', '2024-10-15', '2025-10-14', '600.00']
 * ```
 */
export interface SubscriptionSaleRow {
  /** Sale (invoice) date. */
  readonly date: IsoDate;
  /** Invoice id and number. */
  readonly invoice: string;
  /** The invoice number, else its id. */
  readonly number: string;
  /** The member (customer) the document is for. */
  readonly customer: GymCustomer;
  /** The line id, when the invoice gives one. */
  readonly line?: string;
  /** The line's `product`, else its label. */
  readonly product: string;
  /** The invoice line's label. */
  readonly label: string;
  /** The line's product category, when given. */
  readonly category?: string;
  /** The seller credited with the sale, when given. */
  readonly seller?: string;
  /** The service period. */
  readonly start: IsoDate;
  /** The last day of the service period (inclusive). */
  readonly end: IsoDate;
  /** Days of the service period (inclusive). */
  readonly days: number;
  /** The quantity on the line, as written (a decimal string). */
  readonly quantity: string;
  /** The line's amount excl. tax (« HT »), in the currency's major unit. */
  readonly exclTax: Decimal;
  /** The line's VAT. */
  readonly vat: Decimal;
  /** The line's amount incl. tax (« TTC »). */
  readonly inclTax: Decimal;
  /** The date of the subscription's cancellation, if one is among the documents. */
  readonly cancelledOn?: IsoDate;
}

/**
 * Totals of the subscription sales.
 *
 * @example
 * ```ts
 * const report = subscriptionSales(documents, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * report.totals.count //=> 2
 * ```
 */
export interface SubscriptionSalesTotals {
  /** How many rows are listed. */
  readonly count: number;
  /** Σ excl. tax of the rows. */
  readonly exclTax: Decimal;
  /** Σ VAT of the rows. */
  readonly vat: Decimal;
  /** Σ incl. tax of the rows. */
  readonly inclTax: Decimal;
}

/**
 * The subscription sales of a period (« ventes d'abonnements »).
 *
 * @example
 * ```ts
 * const report = subscriptionSales(documents, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * report.rows.length //=> 2
 * ```
 */
export type SubscriptionSales = GymPeriodReport<SubscriptionSaleRow, SubscriptionSalesTotals>;

/** A line's sale fields (internal). */
function saleFields(ix: GymIndex, l: LineRec): Record<string, unknown> {
  const inv = l.invoice;
  const out: Record<string, unknown> = {
    date: inv.doc.date,
    invoice: inv.doc.id,
    number: inv.doc.number ?? inv.doc.id,
    customer: partyOf(inv.doc.customer),
  };
  if (l.line.id !== undefined) out.line = l.line.id;
  out.product = productOf(l.line);
  out.label = l.line.label;
  if (l.line.category !== undefined) out.category = l.line.category;
  if (l.line.seller !== undefined) out.seller = l.line.seller;
  return out;
}

/**
 * Subscription sales (« export des ventes d'abonnements »): one row per
 * subscription line — an invoice line with a service period — of the final
 * invoices and debit notes dated in the period (drafts, proformas and
 * invoices cancelled by the end of the period are left out; credit notes are
 * in {@link invoicesAndCreditNotes} and {@link subscriptionCancellations}), in
 * date then input order, with totals.
 *
 * @param documents - the documents (invoices, cancellations; others are checked and skipped)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document with its index path,
 *   `invalid_period` for a period ending before it starts, `invalid_date`
 * @example
 * ```ts
 * const report = subscriptionSales([invoice], { period: { from: '2024-10-01', to: '2024-10-31' } });
 * report.rows.map((r) => [r.customer.name, r.product, r.start, r.end, r.inclTax.toFixed(2)])
 * //=> [['DUPONT Jean', 'Abonnement 12 mois', '2024-10-15', '2025-10-14', '600.00']]
 * ```
 */
export function subscriptionSales(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): SubscriptionSales {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const rows: SubscriptionSaleRow[] = [];
  let ex = 0, vat = 0, inc = 0;
  for (const inv of ix.invoices) {
    if (!inv.sale || inv.day < p.fromDay || inv.day > p.toDay || !standsOn(inv, p.toDay)) continue;
    for (const l of inv.lines) {
      if (l.from < 0 || l.line.kind === 'tourist-tax') continue;
      const row = saleFields(ix, l);
      row.start = l.line.servicePeriod!.from;
      row.end = l.line.servicePeriod!.to;
      row.days = l.to - l.from + 1;
      row.quantity = l.line.quantity;
      row.exclTax = ix.dec(l.exclTax);
      row.vat = ix.dec(l.inclTax - l.exclTax);
      row.inclTax = ix.dec(l.inclTax);
      if (l.cancellation) row.cancelledOn = l.cancellation.doc.date;
      ex += l.exclTax;
      inc += l.inclTax;
      vat += l.inclTax - l.exclTax;
      rows.push(Object.freeze(row) as unknown as SubscriptionSaleRow);
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, exclTax: ix.dec(ex), vat: ix.dec(vat), inclTax: ix.dec(inc) }),
  });
}

/**
 * One pack of sessions sold (carnet de séances): an invoice line with a number
 * of sessions, and how many were used by the end of the period.
 *
 * @example
 * ```ts
 * const row = sessionsSold(documents, { period }).rows[0]!;
 * [row.sessions, row.used, row.remaining] //=> [10, 2, 8]
 * ```
 */
export interface SessionSaleRow {
  /** The sale (invoice) date. */
  readonly date: IsoDate;
  /** The invoice id. */
  readonly invoice: string;
  /** The invoice number (« numéro de facture »), else its id. */
  readonly number: string;
  /** The member (customer) the document is for. */
  readonly customer: GymCustomer;
  /** The invoice line id, when the invoice gives one. */
  readonly line?: string;
  /** The line's `product`, else its label. */
  readonly product: string;
  /** The invoice line's label. */
  readonly label: string;
  /** The line's product category, when given. */
  readonly category?: string;
  /** The seller credited with the sale, when given. */
  readonly seller?: string;
  /** Sessions sold. */
  readonly sessions: number;
  /** Sessions used (session-usage documents) on or before the end of the period. */
  readonly used: number;
  /** Sessions left: `sessions − used` (never below 0). */
  readonly remaining: number;
  /** The pack's amount excl. tax (« HT »), in the currency's major unit. */
  readonly exclTax: Decimal;
  /** The pack's amount incl. tax (« TTC »). */
  readonly inclTax: Decimal;
}

/**
 * Totals of the sessions sold.
 *
 * @example
 * ```ts
 * const report = sessionsSold(documents, { period });
 * report.totals.sessions //=> 10
 * ```
 */
export interface SessionsSoldTotals {
  /** How many packs are listed. */
  readonly count: number;
  /** Σ sessions sold. */
  readonly sessions: number;
  /** Σ sessions used by the end of the period. */
  readonly used: number;
  /** Σ sessions left. */
  readonly remaining: number;
  /** Σ excl. tax of the rows. */
  readonly exclTax: Decimal;
  /** Σ incl. tax of the rows. */
  readonly inclTax: Decimal;
}

/**
 * The sessions sold in a period (« séances vendues »).
 *
 * @example
 * ```ts
 * const report = sessionsSold(documents, { period });
 * report.totals.count //=> 1
 * ```
 */
export type SessionsSold = GymPeriodReport<SessionSaleRow, SessionsSoldTotals>;

/**
 * Sessions sold (« export des séances vendues »): one row per invoice line
 * selling a number of sessions, on the final invoices and debit notes dated in
 * the period (as {@link subscriptionSales}), with the sessions used by the end
 * of the period (`session-usage` documents) and those remaining.
 *
 * @param documents - the documents (invoices, session usages…)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document (`invalid_usage` for
 *   a usage of an unknown line or beyond the sessions sold), `invalid_period`
 * @example
 * ```ts
 * const report = sessionsSold([packInvoice, usage1, usage2], { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.rows.map((r) => [r.product, r.sessions, r.used, r.remaining, r.inclTax.toFixed(2)]) //=> [['Carnet 10 séances', 10, 2, 8, '120.00']]
 * ```
 */
export function sessionsSold(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): SessionsSold {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const rows: SessionSaleRow[] = [];
  let ex = 0, inc = 0, sessions = 0, used = 0;
  for (const inv of ix.invoices) {
    if (!inv.sale || inv.day < p.fromDay || inv.day > p.toDay || !standsOn(inv, p.toDay)) continue;
    for (const l of inv.lines) {
      const n = l.line.sessions;
      if (n === undefined || l.line.kind === 'tourist-tax') continue;
      const u = l.usage.filter((d) => d <= p.toDay).length;
      const row = saleFields(ix, l);
      row.sessions = n;
      row.used = u;
      row.remaining = n - u;
      row.exclTax = ix.dec(l.exclTax);
      row.inclTax = ix.dec(l.inclTax);
      ex += l.exclTax;
      inc += l.inclTax;
      sessions += n;
      used += u;
      rows.push(Object.freeze(row) as unknown as SessionSaleRow);
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, sessions, used, remaining: sessions - used, exclTax: ix.dec(ex), inclTax: ix.dec(inc) }),
  });
}

/**
 * Whether a subscription is running on the report date (`active`) or starts
 * after it (`upcoming`).
 *
 * @example
 * ```ts
 * const status: SubscriptionStatus = 'upcoming';
 * ```
 */
export type SubscriptionStatus = 'active' | 'upcoming';

/**
 * One subscription at a date: active (its service period contains the date
 * and it was not cancelled before) or upcoming (it starts after the date).
 *
 * @example
 * ```ts
 * const row = activeSubscriptions(documents, { asOf: '2024-12-31' }).rows[0]!;
 * [row.status, row.customer.id, row.start, row.end, row.daysRemaining] //=> ['active', 'C0001', '2024-10-15', '2025-10-14', 288]
 * ```
 */
export interface SubscriptionStatusRow {
  /** `active` when the report date falls in the served period, `upcoming` when it starts later. */
  readonly status: SubscriptionStatus;
  /** The member (customer) the document is for. */
  readonly customer: GymCustomer;
  /** The invoice id. */
  readonly invoice: string;
  /** The invoice number, else its id. */
  readonly number: string;
  /** The invoice line id, when the invoice gives one. */
  readonly line?: string;
  /** The line's `product`, else its label. */
  readonly product: string;
  /** The invoice line's label. */
  readonly label: string;
  /** The line's product category, when given. */
  readonly category?: string;
  /** Sale (invoice) date. */
  readonly saleDate: IsoDate;
  /** The first day of the service period. */
  readonly start: IsoDate;
  /** The last day served: the end of the service period, or the cancellation's `endsOn` if earlier. */
  readonly end: IsoDate;
  /** The scheduled end, when a cancellation brought the end forward. */
  readonly scheduledEnd?: IsoDate;
  /** Days served from the report date (included) to the end; for an upcoming one, every day of it. */
  readonly daysRemaining: number;
  /** Days from the report date to the start (0 when active). */
  readonly daysToStart: number;
  /** Whether another subscription of the same customer covers the day after the end. */
  readonly renewed: boolean;
  /** The subscription line's amount excl. tax. */
  readonly exclTax: Decimal;
  /** The subscription line's amount incl. tax. */
  readonly inclTax: Decimal;
}

/**
 * Totals of a subscription list at a date.
 *
 * @example
 * ```ts
 * const report = activeSubscriptions(documents, { asOf: '2024-12-31' });
 * [report.totals.active, report.totals.upcoming, report.totals.members] //=> [1, 1, 2]
 * ```
 */
export interface SubscriptionStatusTotals {
  /** How many subscriptions are active at the date. */
  readonly active: number;
  /** How many start after the date. */
  readonly upcoming: number;
  /** Distinct customers listed. */
  readonly members: number;
  /** Σ incl. tax of the subscriptions listed. */
  readonly inclTax: Decimal;
}

/**
 * A list of subscriptions at a date.
 *
 * @example
 * ```ts
 * const report = activeSubscriptions(documents, { asOf: '2024-12-31' });
 * report.asOf //=> '2024-12-31'
 * ```
 */
export type SubscriptionList = GymAsOfReport<SubscriptionStatusRow, SubscriptionStatusTotals>;

/**
 * Options of {@link activeSubscriptions}.
 *
 * @example
 * ```ts
 * const options: ActiveSubscriptionsOptions = { asOf: '2024-12-31', include: 'active' };
 * ```
 */
export interface ActiveSubscriptionsOptions extends GymAsOfOptions {
  /**
   * Which subscriptions to list.
   * @defaultValue 'all' (active and upcoming)
   */
  readonly include?: 'active' | 'upcoming' | 'all';
}

/** The subscriptions sold by `day` with their effective end on `day` (internal). */
interface Running {
  readonly l: LineRec;
  readonly end: number;
}

function subscriptionsOn(ix: GymIndex, day: number): Running[] {
  const out: Running[] = [];
  for (const inv of ix.invoices) {
    if (!inv.sale || inv.day > day || !standsOn(inv, day)) continue;
    for (const l of inv.lines) {
      if (l.from < 0 || l.line.kind === 'tourist-tax') continue;
      const c = l.cancellation;
      const end = c !== undefined && c.day <= day ? Math.min(l.to, c.endsDay) : l.to;
      if (end < l.from || end < day) continue; // cancelled before it started, or over
      out.push({ l, end });
    }
  }
  return out;
}

function statusRows(ix: GymIndex, running: Running[], day: number, keep: (r: Running) => boolean): { rows: SubscriptionStatusRow[]; totals: SubscriptionStatusTotals } {
  // coverage per customer, to tell whether a subscription is renewed
  const byCustomer = new Map<string, Running[]>();
  for (const r of running) {
    const id = r.l.invoice.doc.customer.id;
    let list = byCustomer.get(id);
    if (!list) byCustomer.set(id, (list = []));
    list.push(r);
  }
  const rows: SubscriptionStatusRow[] = [];
  const members = new Set<string>();
  let active = 0, upcoming = 0, inc = 0;
  for (const r of running) {
    if (!keep(r)) continue;
    const { l, end } = r;
    const inv = l.invoice;
    const isActive = l.from <= day;
    const next = end + 1;
    const renewed = (byCustomer.get(inv.doc.customer.id) ?? []).some((o) => o !== r && o.l.from <= next && o.end >= next);
    const row: Record<string, unknown> = { status: isActive ? 'active' : 'upcoming', customer: partyOf(inv.doc.customer), invoice: inv.doc.id, number: inv.doc.number ?? inv.doc.id };
    if (l.line.id !== undefined) row.line = l.line.id;
    row.product = productOf(l.line);
    row.label = l.line.label;
    if (l.line.category !== undefined) row.category = l.line.category;
    row.saleDate = inv.doc.date;
    row.start = l.line.servicePeriod!.from;
    row.end = fromDayNumber(end);
    if (end !== l.to) row.scheduledEnd = l.line.servicePeriod!.to;
    row.daysRemaining = end - Math.max(day, l.from) + 1;
    row.daysToStart = isActive ? 0 : l.from - day;
    row.renewed = renewed;
    row.exclTax = ix.dec(l.exclTax);
    row.inclTax = ix.dec(l.inclTax);
    if (isActive) active++;
    else upcoming++;
    inc += l.inclTax;
    members.add(inv.doc.customer.id);
    rows.push(Object.freeze(row) as unknown as SubscriptionStatusRow);
  }
  rows.sort((a, b) => (a.status !== b.status ? (a.status === 'active' ? -1 : 1) : a.end !== b.end && a.status === 'active' ? (a.end < b.end ? -1 : 1) : a.start < b.start ? -1 : a.start > b.start ? 1 : a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0));
  return { rows, totals: Object.freeze({ active, upcoming, members: members.size, inclTax: ix.dec(inc) }) };
}

/**
 * Active and upcoming subscriptions (« abonnements actifs (à venir) ») at a
 * date: a subscription (an invoice line with a service period, on a final
 * invoice or debit note dated on or before the date and not cancelled by
 * then) is active when its service period contains the date and no
 * cancellation recorded by then ended it before; upcoming when it starts
 * after the date. A cancellation's `endsOn` (its date by default) is the last
 * day served. Active rows come first, soonest end first; upcoming ones by
 * start. `renewed` says whether another subscription of the customer covers
 * the day after the end.
 *
 * @param documents - the documents (invoices, cancellations…)
 * @param options - the date, which subscriptions to list, the rules
 * @returns the rows and totals (active, upcoming, distinct members)
 * @throws AccountingError listing every invalid document, `invalid_date`, `invalid_option`
 * @example
 * ```ts
 * const report = activeSubscriptions([invoice], { asOf: '2024-12-31' });
 * report.rows.map((r) => [r.status, r.customer.name, r.end, r.daysRemaining]) //=> [['active', 'DUPONT Jean', '2025-10-14', 288]]
 * ```
 */
export function activeSubscriptions(documents: Iterable<unknown> | DocumentIndex, options: ActiveSubscriptionsOptions): SubscriptionList {
  const asOf = asOfOption(options?.asOf);
  const include = options.include ?? 'all';
  if (include !== 'all' && include !== 'active' && include !== 'upcoming') {
    fail('invalid_option', ['include'], `options.include must be 'active', 'upcoming' or 'all' (received ${JSON.stringify(include)}).`);
  }
  const ix = gymIndexOf(documents, options.rules);
  const running = subscriptionsOn(ix, asOf.day);
  const { rows, totals } = statusRows(ix, running, asOf.day, (r) => include === 'all' || (include === 'active') === r.l.from <= asOf.day);
  return Object.freeze({ asOf: asOf.date, currency: ix.rules.currency, rows: Object.freeze(rows), totals });
}

/**
 * Options of {@link expiringSubscriptions}.
 *
 * @example
 * ```ts
 * const options: ExpiringSubscriptionsOptions = { asOf: '2024-12-01', days: 30 };
 * ```
 */
export interface ExpiringSubscriptionsOptions extends GymAsOfOptions {
  /** The window: subscriptions whose last day falls within this many days after `asOf` (0: today). */
  readonly days: number;
}

/**
 * Subscriptions about to expire (« abonnements allant expirer »): the active
 * subscriptions at `asOf` (as {@link activeSubscriptions}) whose last day
 * served falls from `asOf` to `asOf + days`, soonest first, each saying
 * whether the member already renewed (another subscription covers the day
 * after its end).
 *
 * @param documents - the documents (invoices, cancellations…)
 * @param options - the date, the window in days, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document, `invalid_date`,
 *   `invalid_option` (days not a whole number ≥ 0)
 * @example
 * ```ts
 * const report = expiringSubscriptions([monthly], { asOf: '2024-11-20', days: 15 });
 * report.rows.map((r) => [r.customer.id, r.end, r.daysRemaining, r.renewed]) //=> [['C0002', '2024-11-30', 11, false]]
 * ```
 */
export function expiringSubscriptions(documents: Iterable<unknown> | DocumentIndex, options: ExpiringSubscriptionsOptions): SubscriptionList {
  const asOf = asOfOption(options?.asOf);
  const window = countOption(options.days, 'days');
  const ix = gymIndexOf(documents, options.rules);
  const running = subscriptionsOn(ix, asOf.day);
  const last = asOf.day + window;
  const { rows, totals } = statusRows(ix, running, asOf.day, (r) => r.l.from <= asOf.day && r.end <= last);
  return Object.freeze({ asOf: asOf.date, currency: ix.rules.currency, rows: Object.freeze(rows), totals });
}

/**
 * One subscription cancellation (résiliation), with what it produced.
 *
 * @example
 * ```ts
 * const row = subscriptionCancellations(documents, { period: { from: '2025-03-01', to: '2025-03-31' } }).rows[0]!;
 * [row.date, row.reason, row.daysUnused, row.creditNoteAmount?.toFixed(2)] //=> ['2025-03-31', 'Déménagement', 197, '323.84']
 * ```
 */
export interface SubscriptionCancellationRow {
  /** The cancellation date. */
  readonly date: IsoDate;
  /** The cancellation document id. */
  readonly id: string;
  /** The member who cancelled. */
  readonly customer: GymCustomer;
  /** The id of the invoice that sold the subscription. */
  readonly invoice: string;
  /** That invoice's number, else its id. */
  readonly invoiceNumber: string;
  /** The id of the subscription line cancelled. */
  readonly line: string;
  /** The line's `product`, else its label. */
  readonly product: string;
  /** The sale (invoice) date. */
  readonly saleDate: IsoDate;
  /** The first day of the service period sold. */
  readonly start: IsoDate;
  /** The last day of the service period as sold. */
  readonly end: IsoDate;
  /** The last day served. */
  readonly endsOn: IsoDate;
  /** Days of the service period after `endsOn` (0 when it ends later). */
  readonly daysUnused: number;
  /** The reason given for the cancellation (« motif de résiliation »). */
  readonly reason: string;
  /** The subscription line's amount incl. tax. */
  readonly inclTax: Decimal;
  /** The id of the credit note (« avoir ») the cancellation produced, if any. */
  readonly creditNote?: string;
  /** That credit note's number, else its id. */
  readonly creditNoteNumber?: string;
  /** The credit note's total incl. tax. */
  readonly creditNoteAmount?: Decimal;
  /** The id of the refund paid back for it, if any. */
  readonly refund?: string;
  /** That refund's number, else its id. */
  readonly refundNumber?: string;
  /** The amount refunded, positive. */
  readonly refundAmount?: Decimal;
}

/**
 * Totals of the cancellations.
 *
 * @example
 * ```ts
 * const report = subscriptionCancellations(documents, { period: { from: '2025-03-01', to: '2025-03-31' } });
 * report.totals.count //=> 1
 * ```
 */
export interface SubscriptionCancellationsTotals {
  /** How many cancellations are dated in the period. */
  readonly count: number;
  /** Σ incl. tax of their credit notes, positive. */
  readonly credited: Decimal;
  /** Σ of their refunds, positive. */
  readonly refunded: Decimal;
}

/**
 * The cancellations of a period (« résiliations »).
 *
 * @example
 * ```ts
 * const report = subscriptionCancellations(documents, { period: { from: '2025-03-01', to: '2025-03-31' } });
 * report.totals.credited.toFixed(2) //=> '323.84'
 * ```
 */
export type SubscriptionCancellations = GymPeriodReport<SubscriptionCancellationRow, SubscriptionCancellationsTotals>;

/**
 * Cancellations (« export des résiliations »): one row per
 * `subscription-cancellation` dated in the period, in date order — the member,
 * the subscription (invoice, line, product, service period), the last day
 * served and the days left unused, the reason, and the credit note and refund
 * it produced with their amounts.
 *
 * @param documents - the documents (cancellations, the invoices they name, credit notes, refunds…)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document: `unknown_document`
 *   (a cancellation of an invoice not among the documents), `unknown_item`
 *   (a line id the invoice does not have), `not_a_subscription`; `invalid_period`
 * @example
 * ```ts
 * const report = subscriptionCancellations([invoice, creditNote, refund, cancellation], { period: { from: '2025-03-01', to: '2025-03-31' } });
 * report.rows.map((r) => [r.customer.id, r.endsOn, r.reason, r.creditNoteNumber]) //=> [['C0001', '2025-03-31', 'Déménagement', 'AV2025-0001']]
 * ```
 */
export function subscriptionCancellations(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): SubscriptionCancellations {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const rows: SubscriptionCancellationRow[] = [];
  let credited = 0, refunded = 0;
  const list = ix.cancellations.filter((c) => c.day >= p.fromDay && c.day <= p.toDay).sort((a, b) => a.day - b.day || a.index - b.index);
  for (const c of list) {
    const l = c.line;
    const inv = l.invoice;
    const endsDay = Math.min(c.endsDay, l.to);
    const row: Record<string, unknown> = {
      date: c.doc.date,
      id: c.doc.id,
      customer: partyOf(inv.doc.customer),
      invoice: inv.doc.id,
      invoiceNumber: inv.doc.number ?? inv.doc.id,
      line: c.doc.line,
      product: productOf(l.line),
      saleDate: inv.doc.date,
      start: l.line.servicePeriod!.from,
      end: l.line.servicePeriod!.to,
      endsOn: fromDayNumber(endsDay),
      daysUnused: l.to - Math.max(endsDay, l.from - 1),
      reason: c.doc.reason,
      inclTax: ix.dec(l.inclTax),
    };
    if (c.creditNote) {
      row.creditNote = c.creditNote.doc.id;
      row.creditNoteNumber = c.creditNote.doc.number ?? c.creditNote.doc.id;
      row.creditNoteAmount = ix.dec(c.creditNote.inclTax);
      credited += c.creditNote.inclTax;
    }
    if (c.refund) {
      row.refund = c.refund.doc.id;
      row.refundNumber = c.refund.doc.number ?? c.refund.doc.id;
      row.refundAmount = ix.dec(c.refund.amount);
      refunded += c.refund.amount;
    }
    rows.push(Object.freeze(row) as unknown as SubscriptionCancellationRow);
  }
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, credited: ix.dec(credited), refunded: ix.dec(refunded) }),
  });
}

