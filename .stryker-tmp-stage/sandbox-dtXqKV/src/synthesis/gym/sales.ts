// @ts-nocheck
import type { IsoDate } from '../../calendar/index.js';
import type { Decimal } from '../../money/index.js';
import type { InvoiceKind, InvoiceStatus } from '../../schemas/invoice.js';
import type { Allocation } from '../../schemas/payment.js';
import { fail } from '../../errors/index.js';
import { byDayThenIndex, partyOf, periodOf, periodOption, type GymIndex } from './_lib/gymDocuments.js';
import { gymIndexOf, type DocumentIndex } from '../documentIndex.js';
import type { GymCustomer, GymPeriodOptions, GymPeriodReport } from './types.js';

/**
 * One invoice or credit note. Amounts are signed: a credit note's are negative.
 *
 * @example
 * ```ts
 * const row = invoicesAndCreditNotes(documents, { period: { from: '2024-10-01', to: '2025-03-31' } }).rows.find((r) => r.kind === 'credit-note')!;
 * [row.number, row.kind, row.status, row.inclTax.toFixed(2)] //=> ['AV2025-0001', 'credit-note', 'issued', '-323.84']
 * ```
 */
export interface InvoiceRow {
  /** The invoice or credit note date. */
  readonly date: IsoDate;
  /** The document id. */
  readonly invoice: string;
  /** The document number, else its id. */
  readonly number: string;
  /** The invoice kind (`final`, `deposit`, `credit-note`, `debit-note`). */
  readonly kind: InvoiceKind;
  /** The invoice's status as given in the document. */
  readonly status: InvoiceStatus;
  /** The customer invoiced. */
  readonly customer: GymCustomer;
  /** Total excl. tax (« HT »), negative for a credit note. */
  readonly exclTax: Decimal;
  /** Total VAT, negative for a credit note. */
  readonly vat: Decimal;
  /** Tourist tax (none in a gym, kept for completeness). */
  readonly touristTax: Decimal;
  /** Total incl. tax (« TTC »), negative for a credit note. */
  readonly inclTax: Decimal;
  /** The number (else id) of the invoice a credit or debit note corrects. */
  readonly corrects?: string;
  /** The cancellation date, when the invoice was cancelled. */
  readonly cancelledOn?: IsoDate;
}

/**
 * Totals of the invoices and credit notes: signed sums (credit notes
 * negative), invoices cancelled by the end of the period left out.
 *
 * @example
 * ```ts
 * const report = invoicesAndCreditNotes([invoice, creditNote], { period: { from: '2024-10-01', to: '2025-03-31' } });
 * [report.totals.invoices, report.totals.creditNotes, report.totals.inclTax.toFixed(2)] //=> [1, 1, '276.16']
 * ```
 */
export interface InvoicesTotals {
  /** Final invoices, deposit invoices and debit notes listed (cancelled ones included). */
  readonly invoices: number;
  /** Credit notes listed. */
  readonly creditNotes: number;
  /** Invoices cancelled on or before the end of the period. */
  readonly cancelled: number;
  /** Signed Σ excl. tax, cancelled invoices left out. */
  readonly exclTax: Decimal;
  /** Signed Σ VAT, cancelled invoices left out. */
  readonly vat: Decimal;
  /** Signed Σ tourist tax. */
  readonly touristTax: Decimal;
  /** Signed Σ incl. tax, cancelled invoices left out. */
  readonly inclTax: Decimal;
}

/**
 * The invoices and credit notes of a period (« factures et avoirs »).
 *
 * @example
 * ```ts
 * const report = invoicesAndCreditNotes([invoice, creditNote], { period: { from: '2024-10-01', to: '2025-03-31' } });
 * report.rows.length //=> 2
 * ```
 */
export type InvoicesAndCreditNotes = GymPeriodReport<InvoiceRow, InvoicesTotals>;

/**
 * Invoices and credit notes (« export des factures et avoirs »): every
 * invoice dated in the period except drafts and proformas — final, deposit,
 * credit and debit notes — in date then input order, with its totals excl.
 * tax, VAT, tourist tax and incl. tax computed the way posting does (per-line
 * amounts, VAT rounded per the rules). Credit notes are negative. A cancelled
 * invoice is listed with its status and cancellation date but left out of the
 * totals when cancelled by the end of the period.
 *
 * @param documents - the documents (invoices; others are checked and skipped)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document, `invalid_period`
 * @example
 * ```ts
 * const report = invoicesAndCreditNotes([invoice, creditNote], { period: { from: '2024-10-01', to: '2025-03-31' } });
 * report.rows.map((r) => [r.number, r.kind, r.inclTax.toFixed(2)]) //=> [['FA2024-0001', 'final', '600.00'], ['AV2025-0001', 'credit-note', '-323.84']]
 * ```
 */
export function invoicesAndCreditNotes(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): InvoicesAndCreditNotes {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const list = ix.invoices.filter((inv) => inv.doc.status !== 'draft' && inv.doc.kind !== 'proforma' && inv.day >= p.fromDay && inv.day <= p.toDay).sort(byDayThenIndex);
  let invoices = 0, creditNotes = 0, cancelled = 0, ex = 0, vat = 0, tt = 0, inc = 0;
  const rows = list.map((inv) => {
    const d = inv.doc;
    const s = inv.sign;
    const row: Record<string, unknown> = {
      date: d.date,
      invoice: d.id,
      number: d.number ?? d.id,
      kind: d.kind,
      status: d.status,
      customer: partyOf(d.customer),
      exclTax: ix.dec(s * inv.exclTax),
      vat: ix.dec(s * inv.vat),
      touristTax: ix.dec(s * inv.touristTax),
      inclTax: ix.dec(s * inv.inclTax),
    };
    if (d.corrects !== undefined) row.corrects = ix.invoiceById.get(d.corrects)?.doc.number ?? d.corrects;
    if (d.cancelledOn !== undefined) row.cancelledOn = d.cancelledOn;
    if (d.kind === 'credit-note') creditNotes++;
    else invoices++;
    if (inv.cancelledDay <= p.toDay) cancelled++;
    else {
      ex += s * inv.exclTax;
      vat += s * inv.vat;
      tt += s * inv.touristTax;
      inc += s * inv.inclTax;
    }
    return Object.freeze(row) as unknown as InvoiceRow;
  });
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ invoices, creditNotes, cancelled, exclTax: ix.dec(ex), vat: ix.dec(vat), touristTax: ix.dec(tt), inclTax: ix.dec(inc) }),
  });
}

/**
 * What a money movement is: a payment received, a refund paid back, a
 * direct debit collected in a batch, or a direct debit rejected.
 *
 * @example
 * ```ts
 * const kind: MoneyMovementKind = 'direct-debit';
 * ```
 */
export type MoneyMovementKind = 'payment' | 'refund' | 'direct-debit' | 'rejection';

/**
 * One payment or refund. `amount` is signed: money in is positive, money
 * out (refunds, rejections) negative.
 *
 * @example
 * ```ts
 * const row = paymentsAndRefunds(documents, { period: { from: '2024-10-01', to: '2024-10-31' } }).rows.find((r) => r.method === 'card')!;
 * [row.kind, row.method, row.amount.toFixed(2), row.invoices] //=> ['payment', 'card', '600.00', ['FA2024-0001']]
 * ```
 */
export interface MoneyMovementRow {
  /** The day the money moved (payment, refund, collection or rejection date). */
  readonly date: IsoDate;
  /** What the movement is. */
  readonly kind: MoneyMovementKind;
  /** Document id (for a direct debit: the batch id). */
  readonly id: string;
  /** Receipt number, batch reference, or rejection number; else the id. */
  readonly number: string;
  /** The payment method (`card`, `cheque`, `direct-debit`…). */
  readonly method: string;
  /** The customer who paid or was paid. */
  readonly customer: GymCustomer;
  /** The amount, signed: money in positive, refunds and rejections negative. */
  readonly amount: Decimal;
  /** The part allocated — to invoices, re-billed rejection fees or till tickets on account (signed as `amount`). */
  readonly allocated: Decimal;
  /** The part left on the customer's account (signed as `amount`). */
  readonly unallocated: Decimal;
  /** Numbers (else ids) of the invoices paid or credit notes refunded (and of the rejections whose re-billed fee, or ids of the till tickets whose rest on account, the receipt pays). */
  readonly invoices: ReadonlyArray<string>;
  /** Bank or cheque reference, mandate (RUM) of a direct debit, or a rejection's reason code. */
  readonly reference?: string;
}

/**
 * Totals of the payments and refunds.
 *
 * @example
 * ```ts
 * const report = paymentsAndRefunds(documents, { period });
 * [report.totals.received.toFixed(2), report.totals.net.toFixed(2)] //=> ['217.90', '168.00']
 * ```
 */
export interface MoneyMovementTotals {
  /** How many movements are listed. */
  readonly count: number;
  /** Payments and direct debits. */
  readonly received: Decimal;
  /** Refunds (positive). */
  readonly refunded: Decimal;
  /** Rejected direct debits (positive). */
  readonly rejected: Decimal;
  /** received − refunded − rejected. */
  readonly net: Decimal;
}

/**
 * The payments and refunds of a period (« paiements et remboursements »).
 *
 * @example
 * ```ts
 * const report = paymentsAndRefunds(documents, { period });
 * report.totals.count //=> 5
 * ```
 */
export type PaymentsAndRefunds = GymPeriodReport<MoneyMovementRow, MoneyMovementTotals>;

function numberOf(ix: GymIndex, id: string): string {
  return ix.invoiceById.get(id)?.doc.number ?? id;
}

/** What an allocation names, for the lists of rows: the invoice's number, the rejection's, else the ticket's id (ids when there is no number). */
function allocationNumber(ix: GymIndex, a: Allocation): string {
  if (a.invoice !== undefined) return numberOf(ix, a.invoice);
  if (a.rejection !== undefined) return ix.rejections.find((r) => r.doc.id === a.rejection)?.doc.number ?? a.rejection;
  return a.ticket!;
}

/**
 * Payments and refunds (« export des paiements et remboursements »): every
 * money movement dated in the period, in date then input order — payments
 * and refunds by method, the direct debits of the batches collected in the
 * period (method `direct-debit`, dated on the collection date) and their
 * rejections — with what each was allocated to and what stayed on account.
 *
 * @param documents - the documents (payments, refunds, batches, rejections…)
 * @param options - the period, the rules
 * @returns the rows and totals
 * @throws AccountingError listing every invalid document, `invalid_period`
 * @example
 * ```ts
 * const report = paymentsAndRefunds([invoice, payment], { period: { from: '2024-10-01', to: '2024-10-31' } });
 * report.rows.map((r) => [r.date, r.kind, r.method, r.amount.toFixed(2)]) //=> [['2024-10-20', 'payment', 'card', '600.00']]
 * ```
 */
export function paymentsAndRefunds(documents: Iterable<unknown> | DocumentIndex, options: GymPeriodOptions): PaymentsAndRefunds {
  const p = periodOption(options?.period);
  const ix = gymIndexOf(documents, options.rules);
  const found: Array<{ day: number; index: number; sub: number; row: MoneyMovementRow }> = [];
  let received = 0, refunded = 0, rejected = 0;
  const within = (day: number): boolean => day >= p.fromDay && day <= p.toDay;
  for (const r of ix.payments) {
    if (!within(r.day)) continue;
    const d = r.doc;
    const s = d.type === 'refund' ? -1 : 1;
    if (s < 0) refunded += r.amount;
    else received += r.amount;
    const row: Record<string, unknown> = {
      date: d.date,
      kind: d.type,
      id: d.id,
      number: d.number ?? d.id,
      method: d.method,
      customer: partyOf(d.customer),
      amount: ix.dec(s * r.amount),
      allocated: ix.dec(s * r.allocated),
      unallocated: ix.dec(s * (r.amount - r.allocated)),
      invoices: Object.freeze((d.allocations ?? []).map((a) => allocationNumber(ix, a))),
    };
    if (d.reference !== undefined) row.reference = d.reference;
    found.push({ day: r.day, index: r.index, sub: 0, row: Object.freeze(row) as unknown as MoneyMovementRow });
  }
  for (const it of ix.items) {
    if (!within(it.day)) continue;
    received += it.amount;
    const allocated = allocatedTo(ix, it.item.invoices, it.amount);
    found.push({ day: it.day, index: it.index, sub: 0, row: Object.freeze({
      date: it.batch.collectionDate,
      kind: 'direct-debit',
      id: it.batch.id,
      number: it.batch.number ?? it.batch.messageId,
      method: 'direct-debit',
      customer: partyOf(it.item.customer),
      amount: ix.dec(it.amount),
      allocated: ix.dec(allocated),
      unallocated: ix.dec(it.amount - allocated),
      invoices: Object.freeze(it.item.invoices.map((id) => numberOf(ix, id))),
      reference: it.item.mandate.id,
    }) as unknown as MoneyMovementRow });
  }
  for (const rj of ix.rejections) {
    if (!within(rj.day)) continue;
    const it = rj.item;
    rejected += it.amount;
    const allocated = allocatedTo(ix, it.item.invoices, it.amount);
    found.push({ day: rj.day, index: rj.index, sub: 1, row: Object.freeze({
      date: rj.doc.date,
      kind: 'rejection',
      id: rj.doc.id,
      number: rj.doc.number ?? rj.doc.id,
      method: 'direct-debit',
      customer: partyOf(it.item.customer),
      amount: ix.dec(-it.amount),
      allocated: ix.dec(-allocated),
      unallocated: ix.dec(-(it.amount - allocated)),
      invoices: Object.freeze(it.item.invoices.map((id) => numberOf(ix, id))),
      reference: rj.doc.reason,
    }) as unknown as MoneyMovementRow });
  }
  found.sort((a, b) => a.day - b.day || a.index - b.index || a.sub - b.sub);
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(found.map((f) => f.row)),
    totals: Object.freeze({ count: found.length, received: ix.dec(received), refunded: ix.dec(refunded), rejected: ix.dec(rejected), net: ix.dec(received - refunded - rejected) }),
  });
}

/**
 * What a direct debit pays of its invoices: it fills them in order up to what
 * each one owes (its total incl. tax, when among the documents); an invoice
 * not among the documents takes the rest (internal approximation of posting's
 * allocation, which also knows earlier payments).
 */
function allocatedTo(ix: GymIndex, invoices: ReadonlyArray<string>, amount: number): number {
  let left = amount;
  for (const id of invoices) {
    if (left <= 0) break;
    const inv = ix.invoiceById.get(id);
    const take = inv === undefined ? left : Math.min(left, inv.inclTax);
    left -= take;
  }
  return amount - left;
}

/**
 * Options of {@link voucherUsages}.
 *
 * @example
 * ```ts
 * const options: VoucherUsagesOptions = { period: { from: '2024-01-01', to: '2024-12-31' }, methods: ['voucher', 'cheque-vacances'] };
 * ```
 */
export interface VoucherUsagesOptions extends GymPeriodOptions {
  /**
   * The payment methods that are vouchers (contremarques, sport coupons,
   * chèques-vacances…).
   * @defaultValue ['voucher']
   */
  readonly methods?: ReadonlyArray<string>;
}

/**
 * One voucher taken as payment, and its settlement by the issuer if any.
 *
 * @example
 * ```ts
 * const row = voucherUsages(documents, { period }).rows[0]!;
 * [row.date, row.method, row.amount.toFixed(2), row.settledOn, row.issuer] //=> ['2024-11-04', 'voucher', '30.00', '2024-11-30', 'ANCV']
 * ```
 */
export interface VoucherUsageRow {
  /** The payment date. */
  readonly date: IsoDate;
  /** The payment id and number. */
  readonly payment: string;
  /** The payment (receipt) number, else its id. */
  readonly number: string;
  /** The payment method (a voucher method such as `voucher`). */
  readonly method: string;
  /** The customer who paid with the voucher. */
  readonly customer: GymCustomer;
  /** The voucher's amount taken as payment, positive. */
  readonly amount: Decimal;
  /** Numbers (else ids) of the invoices it paid. */
  readonly invoices: ReadonlyArray<string>;
  /** The voucher reference the payment carries. */
  readonly reference?: string;
  /** The voucher settlement listing this payment, if any. */
  readonly settlement?: string;
  /** The day the issuer settled it, when a settlement lists it. */
  readonly settledOn?: IsoDate;
  /** The voucher issuer of that settlement (`ANCV`…), if any. */
  readonly issuer?: string;
}

/**
 * Totals of the voucher usages.
 *
 * @example
 * ```ts
 * const report = voucherUsages(documents, { period });
 * [report.totals.count, report.totals.unsettled.toFixed(2)] //=> [1, '0.00']
 * ```
 */
export interface VoucherUsagesTotals {
  /** How many voucher payments are listed. */
  readonly count: number;
  /** Σ of their amounts. */
  readonly amount: Decimal;
  /** Σ of those settled by the issuer. */
  readonly settled: Decimal;
  /** Σ of those not yet settled: `amount − settled`. */
  readonly unsettled: Decimal;
}

/**
 * The voucher usages of a period (« utilisations des contremarques »).
 *
 * @example
 * ```ts
 * const report = voucherUsages(documents, { period });
 * report.totals.amount.toFixed(2) //=> '30.00'
 * ```
 */
export type VoucherUsages = GymPeriodReport<VoucherUsageRow, VoucherUsagesTotals>;

/**
 * Voucher usages (« utilisations des contremarques »): the payments dated in
 * the period whose method is a voucher method, in date order, each with the
 * `voucher-settlement` that lists it (by payment id), its date and issuer; a
 * voucher not yet settled by its issuer has none.
 *
 * @param documents - the documents (payments, voucher settlements…)
 * @param options - the period, the voucher methods, the rules
 * @returns the rows and totals (settled and not settled)
 * @throws AccountingError listing every invalid document, `invalid_period`, `invalid_option`
 * @example
 * ```ts
 * const report = voucherUsages([invoice, voucherPayment, settlement], { period: { from: '2024-11-01', to: '2024-11-30' } });
 * report.rows.map((r) => [r.customer.id, r.amount.toFixed(2), r.settledOn]) //=> [['C0001', '30.00', '2024-11-30']]
 * ```
 */
export function voucherUsages(documents: Iterable<unknown> | DocumentIndex, options: VoucherUsagesOptions): VoucherUsages {
  const p = periodOption(options?.period);
  const methods = options.methods ?? ['voucher'];
  if (!Array.isArray(methods) || methods.length === 0 || methods.some((m) => typeof m !== 'string' || m.trim() === '')) {
    fail('invalid_option', ['methods'], 'options.methods must be a non-empty list of payment methods, such as ["voucher"].');
  }
  const ix = gymIndexOf(documents, options.rules);
  const settledBy = new Map<string, (typeof ix.settlements)[number]>();
  for (const s of ix.settlements) for (const id of s.doc.payments ?? []) if (!settledBy.has(id)) settledBy.set(id, s);
  let amount = 0, settled = 0;
  const rows = ix.payments
    .filter((r) => r.doc.type === 'payment' && methods.includes(r.doc.method) && r.day >= p.fromDay && r.day <= p.toDay)
    .sort(byDayThenIndex)
    .map((r) => {
      const d = r.doc;
      const row: Record<string, unknown> = {
        date: d.date,
        payment: d.id,
        number: d.number ?? d.id,
        method: d.method,
        customer: partyOf(d.customer),
        amount: ix.dec(r.amount),
        invoices: Object.freeze((d.allocations ?? []).map((a) => allocationNumber(ix, a))),
      };
      if (d.reference !== undefined) row.reference = d.reference;
      const s = settledBy.get(d.id);
      amount += r.amount;
      if (s) {
        row.settlement = s.doc.id;
        row.settledOn = s.doc.date;
        row.issuer = s.doc.issuer.name;
        settled += r.amount;
      }
      return Object.freeze(row) as unknown as VoucherUsageRow;
    });
  return Object.freeze({
    period: periodOf(p),
    currency: ix.rules.currency,
    rows: Object.freeze(rows),
    totals: Object.freeze({ count: rows.length, amount: ix.dec(amount), settled: ix.dec(settled), unsettled: ix.dec(amount - settled) }),
  });
}
