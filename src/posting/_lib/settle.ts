// The settlement pass: payments, refunds, credit notes, direct debits,
// rejections and write-offs applied to open items in (date, id) order (internal).
import { accountTooLongMessage } from '../../accounts/index.js';
import { allocateMinor } from '../../money/index.js';
import type { DirectDebitBatch, DirectDebitRejection, Invoice, Payment, Purchase, Refund, Remittance, VoucherSettlement, WriteOff } from '../../schemas/index.js';
import type { SupplierPayment } from '../../schemas/supplierPayment.js';
import type { SupplierRefund } from '../../schemas/supplierRefund.js';
import type { PaymentMethodRule } from '../rules.js';
import { convert, type Conversion } from './entries.js';
import { docConversion, invoiceInfo, partyAccount, type CreditApplication } from './invoices.js';
import { purchaseInfo, type AdvanceDeduction, type PurchaseResult } from './purchases.js';
import { auxOf, fail, itemOf, lookup, share, type Ctx, type DepositRate, type OpenItem, type Path, type Rec, type VatLine } from './model.js';
import { decimalToMinor, mulDivRound } from './minor.js';
import { tillInfo } from './till.js';
import type { RateInfo } from './compiled.js';

/**
 * A VAT amount moved between pending and collected VAT (book currency; > 0:
 * pending → collected), or, for a purchase on a receipt basis (its line has
 * `deductible`), between pending and deductible VAT (> 0: pending → deductible).
 */
export interface Transfer {
  readonly line: VatLine;
  readonly vat: number;
  readonly base: number;
}

/** One settlement of an open item. */
export interface Settlement {
  readonly item: OpenItem;
  /** Document currency, > 0. */
  readonly amount: number;
  /** Book value of the customer line (signed as the settlement: > 0 reduces what is owed). */
  readonly book: number;
  readonly transfers: Transfer[];
}

/** Static facts of a payment, refund or supplier payment. */
export interface PayInfo {
  /** How the money moves (for a supplier payment: the account it leaves by). */
  readonly method: PaymentMethodRule;
  readonly conv: Conversion | undefined;
  readonly currency: string;
  readonly amount: number;
  readonly amountBook: number;
  /** The party's collective account: the customer's (411), or the supplier's (401). */
  readonly partyAccount: string;
  /**
   * Each allocation: the document it names and, when that document is not an
   * invoice or purchase (a rejection's re-billed fee, a till ticket left on
   * account), the open item it settles and its number for the label.
   */
  readonly allocations: ReadonlyArray<{ readonly target: Rec; readonly item?: OpenItem | undefined; readonly number?: string | undefined; readonly amount: number; readonly k: number }>;
  readonly unallocated: number;
  readonly creditNote?: Rec | undefined;
}

/** What the pass records on a payment, refund or supplier payment. */
export interface PayResult {
  readonly info: PayInfo;
  settlements: Settlement[];
  deposits: Array<{ readonly item: OpenItem; readonly amount: number; readonly rates: ReadonlyArray<DepositRate> }>;
  draw?: Settlement;
  /** A supplier payment: how much of its unallocated part (the advance on 4091) purchases deducted so far (document currency). */
  advanced?: number;
}

/** What the pass records on a direct-debit batch: per item, its settlements and what stayed on account. */
export interface BatchResult {
  readonly items: Array<{ readonly settlements: Settlement[]; readonly unallocated: number; readonly amount: number } | undefined>;
  readonly rejected: Set<string>;
}

/** What the pass records on a rejection. */
export interface RejectionResult {
  readonly batch: DirectDebitBatch;
  readonly item: DirectDebitBatch['items'][number];
  readonly settlements: Settlement[];
  readonly unallocated: number;
  readonly amount: number;
  readonly fees: number;
}

/** What the pass records on a write-off. */
export interface WriteOffResult {
  readonly settlement: Settlement;
  /** VAT reversed per line (book currency). */
  readonly vat: Array<{ readonly line: VatLine; readonly vat: number; readonly base: number }>;
}

/** What the pass records on a remittance or voucher settlement. */
export interface ClearingResult {
  readonly method: PaymentMethodRule;
  readonly amount: number;
  readonly fees: number;
  readonly payments: ReadonlyArray<{ readonly rec: Rec; readonly book: number }>;
}

/** A decimal amount in minor units at `scale`; undefined (with an issue) when too precise or too large. */
export function amountOf(rec: Rec, value: string, path: Path, scale: number): number | undefined {
  const m = decimalToMinor(value, scale);
  if (Number.isNaN(m)) {
    fail(rec, 'too_many_decimals', path, `Amount ${value} has more decimals than the currency allows (${scale}).`);
    return undefined;
  }
  if (m === Infinity) {
    fail(rec, 'amount_overflow', path, `Amount ${value} is too large.`);
    return undefined;
  }
  return m;
}

/** Looks up an invoice another document refers to; undefined (with an issue) when it cannot be used. */
function invoiceRef(ctx: Ctx, rec: Rec, id: string, path: Path, what: string): Rec | undefined {
  const target = lookup(ctx, id);
  if (!target || target.doc.type !== 'invoice') {
    fail(rec, 'unknown_document', path, `${what} ${id} is neither in this call nor in options.context${target ? ' as an invoice' : ''}: pass it too (documents posted earlier go in options.context), or fix the id.`);
    return undefined;
  }
  if (target.doc.status === 'draft') {
    fail(rec, 'unknown_document', path, `${what} ${id} is a draft: a draft is not posted, so nothing can be applied to it. Issue it first.`);
    return undefined;
  }
  if (ctx.deferDeducts && target.doc.deducts !== undefined && target.info === undefined) return target.issues.length > 0 ? undefined : target;
  if (target.issues.length > 0 || !invoiceInfo(ctx, target)) {
    fail(rec, 'invalid_reference', path, `${what} ${id} is itself invalid (see its issues): fix it first.`);
    return undefined;
  }
  return target;
}

/**
 * Looks up a purchase another supplier document refers to — a supplier
 * payment pays an invoice, a supplier refund pays back a credit note, a credit
 * note corrects an invoice; undefined (with an issue) when it cannot be used.
 */
function purchaseRef(ctx: Ctx, rec: Rec, id: string, path: Path, use: 'pay' | 'refund' | 'correct'): Rec | undefined {
  const target = lookup(ctx, id);
  if (!target || target.doc.type !== 'purchase') {
    fail(rec, 'unknown_document', path, `Purchase ${id} is neither in this call nor in options.context${target ? ' as a purchase' : ''}: pass it too (documents posted earlier go in options.context), or fix the id.`);
    return undefined;
  }
  const note = target.doc.kind === 'credit-note';
  if (use === 'pay' && note) {
    fail(rec, 'invalid_reference', path, `${id} is a supplier credit note: a supplier payment pays purchase invoices (a credit note lowers what is owed; the supplier refunds it).`);
    return undefined;
  }
  if (use === 'refund' && !note) {
    fail(rec, 'invalid_input', path, `${id} is a supplier invoice: a supplier refund pays back supplier credit notes; leave money returned on anything else unallocated (an advance returned, 4091), or record the supplier's credit note first.`);
    return undefined;
  }
  if (use === 'correct' && note) {
    fail(rec, 'invalid_input', path, `${id} is a supplier credit note: a credit note corrects a supplier invoice.`);
    return undefined;
  }
  if (use !== 'pay') {
    const own = (rec.doc as Purchase | SupplierRefund).supplier.id;
    if (target.doc.supplier.id !== own) {
      fail(rec, 'party_mismatch', path, `Purchase ${id} is from supplier ${target.doc.supplier.id}, not ${own}: ${use === 'refund' ? 'a supplier refunds its own credit notes' : 'a credit note corrects a purchase of the same supplier'}.`);
      return undefined;
    }
  }
  if (target.issues.length > 0 || !purchaseInfo(ctx, target)) {
    fail(rec, 'invalid_reference', path, `Purchase ${id} is itself invalid (see its issues): fix it first.`);
    return undefined;
  }
  return target;
}

/** The rule of the method a payment or refund uses, checked; undefined after an issue. */
function incomingMethod(ctx: Ctx, rec: Rec, d: Payment | Refund): PaymentMethodRule | undefined {
  const method = ctx.c.method(d.method);
  if (!method) unknownMethod(ctx, rec, d.method);
  else if (method.account === 'customer' && d.type === 'refund') {
    fail(rec, 'invalid_method', ['method'], `A refund pays money back: method "${d.method}" moves none. Use the method the money leaves by (transfer, cash…).`);
  }
  if (d.creditNote !== undefined && method && method.account !== 'customer') {
    fail(rec, 'invalid_input', ['creditNote'], `creditNote goes with a method that moves no money (such as "credit-note"), and "${d.method}" does: remove creditNote or change the method.`);
  }
  // A cheque the business writes is paid from the bank; the cheques-to-remit account holds cheques received.
  if (method && d.type === 'refund' && method.account === ctx.c.rules.accounts.cheques) return { account: ctx.c.rules.accounts.bank, journal: 'bank', clearing: false, label: method.label };
  return method;
}

/**
 * How the money of a payment the business makes (a supplier payment, a
 * tourist-tax remittance) leaves: by the method's account, except that the
 * clearing accounts of receipts (cards and cheques to remit) are skipped — a
 * card or a cheque paid out is debited from the bank.
 */
export function outgoingMethod(ctx: Ctx, rec: Rec, d: { readonly type: 'supplier-payment' | 'tourist-tax-remittance'; readonly method: string }): PaymentMethodRule | undefined {
  const method = ctx.c.method(d.method);
  const accounts = ctx.c.rules.accounts;
  if (!method) unknownMethod(ctx, rec, d.method);
  else if (method.account === 'customer' || method.account === accounts.vouchers) {
    const who = d.type === 'supplier-payment' ? 'A supplier is paid' : 'Tourist tax is paid over';
    fail(rec, 'invalid_method', ['method'], `${who} with money leaving the business: method "${d.method}" ${method.account === 'customer' ? 'moves none' : 'receives payment vouchers'}. Use card, cash, cheque, transfer or direct-debit.`);
  } else if (method.clearing) return { account: accounts.bank, journal: 'bank', clearing: false, label: method.label };
  else return method;
  return undefined;
}

/**
 * How the money a supplier pays back arrives: by the method's account, as for
 * a customer payment (a cheque waits on the cheques-to-remit account for its
 * remittance), except that a card refund is credited back to the bank (it
 * never goes through the card acquirer's remittance).
 */
function refundMethod(ctx: Ctx, rec: Rec, d: SupplierRefund): PaymentMethodRule | undefined {
  const method = ctx.c.method(d.method);
  const accounts = ctx.c.rules.accounts;
  if (!method) unknownMethod(ctx, rec, d.method);
  else if (method.account === 'customer' || method.account === accounts.vouchers) {
    fail(rec, 'invalid_method', ['method'], `A supplier refund is money received: method "${d.method}" ${method.account === 'customer' ? 'moves none' : 'receives payment vouchers'}. Use transfer, cheque, cash, card or direct-debit.`);
  } else if (method.account === accounts.cards) return { account: accounts.bank, journal: 'bank', clearing: false, label: method.label };
  else return method;
  return undefined;
}

function unknownMethod(ctx: Ctx, rec: Rec, name: string): void {
  fail(rec, 'invalid_method', ['method'], `Unknown payment method "${name}": use one of ${Object.keys(ctx.c.rules.paymentMethods).join(', ')}, or map it in the rules (paymentMethods).`);
}

/** Static checks of a payment, refund or supplier payment; its facts, or undefined after an issue. */
export function payInfo(ctx: Ctx, rec: Rec): PayInfo | undefined {
  const d = rec.doc as Payment | Refund | SupplierPayment | SupplierRefund;
  const before = rec.issues.length;
  const supplier = d.type === 'supplier-payment' || d.type === 'supplier-refund';
  const method = d.type === 'supplier-payment' ? outgoingMethod(ctx, rec, d) : d.type === 'supplier-refund' ? refundMethod(ctx, rec, d) : incomingMethod(ctx, rec, d);
  const conv = docConversion(ctx, rec, d.currency, d.exchangeRate);
  const currency = d.currency ?? ctx.c.currency;
  const scale = conv ? conv.scale : ctx.scale;
  const party = supplier ? d.supplier : d.customer;
  const accounts = ctx.c.rules.accounts;
  const account = partyAccount(ctx, rec, party.account, supplier ? accounts.suppliers : accounts.customers, [supplier ? 'supplier' : 'customer', 'account']);
  const amount = amountOf(rec, d.amount, ['amount'], scale);
  const allocations: Array<PayInfo['allocations'][number]> = [];
  let allocated = 0;
  type Named = { readonly amount: string; readonly invoice?: string | undefined; readonly purchase?: string | undefined; readonly rejection?: string | undefined; readonly ticket?: string | undefined; readonly closing?: string | undefined };
  const list: ReadonlyArray<Named> | undefined = d.allocations;
  list?.forEach((a, k) => {
    const m = amountOf(rec, a.amount, ['allocations', k, 'amount'], scale);
    if (!supplier && a.invoice === undefined) {
      const named = a.rejection !== undefined ? rejectionRef(ctx, rec, a.rejection, k) : ticketRef(ctx, rec, a.closing!, a.ticket!, k);
      if (m === undefined || !named) return;
      if (currency !== ctx.c.currency) {
        fail(rec, 'invalid_input', ['allocations', k, a.rejection !== undefined ? 'rejection' : 'ticket'], `${a.rejection !== undefined ? `Rejection ${a.rejection} re-billed its fee` : `Ticket ${a.ticket} was left on account`} in ${ctx.c.currency} and this ${d.type} is in ${currency}: allocate in ${ctx.c.currency}.`);
        return;
      }
      allocated += m;
      allocations.push({ ...named, amount: m, k });
      return;
    }
    const target = supplier ? purchaseRef(ctx, rec, a.purchase!, ['allocations', k, 'purchase'], d.type === 'supplier-refund' ? 'refund' : 'pay') : invoiceRef(ctx, rec, a.invoice!, ['allocations', k, 'invoice'], 'Invoice');
    if (m === undefined || !target) return;
    if (supplier) {
      const pc = (target.doc as Purchase).currency ?? ctx.c.currency;
      if (pc !== currency) {
        fail(rec, 'invalid_input', ['allocations', k, 'purchase'], `Purchase ${a.purchase} is in ${pc} and this ${d.type === 'supplier-refund' ? 'supplier refund' : 'supplier payment'} in ${currency}: allocate in the purchase's currency.`);
        return;
      }
    } else if (!invoiceAllocation(ctx, rec, d as Payment | Refund, target, a.invoice!, k, currency)) return;
    allocated += m;
    allocations.push({ target, amount: m, k });
  });
  let creditNote: Rec | undefined;
  if (!supplier && d.creditNote !== undefined) {
    creditNote = invoiceRef(ctx, rec, d.creditNote, ['creditNote'], 'Credit note');
    if (creditNote && (creditNote.doc as Invoice).kind !== 'credit-note') {
      fail(rec, 'invalid_input', ['creditNote'], `${d.creditNote} is a ${(creditNote.doc as Invoice).kind}, not a credit note.`);
    }
  }
  if (amount !== undefined && allocated > amount && rec.issues.length === before) {
    fail(rec, 'over_allocation', ['allocations'], `The allocations add up to more than the ${d.type} (${allocated} > ${amount} minor units): allocate at most the amount ${d.type === 'payment' || d.type === 'supplier-refund' ? 'received' : d.type === 'refund' ? 'paid back' : 'paid'}.`);
  }
  if (rec.issues.length > before || !method || amount === undefined || account === undefined || conv === null) return undefined;
  return { method, conv, currency, amount, amountBook: convert(amount, conv), partyAccount: account, allocations, unallocated: amount - allocated, creditNote };
}

/** Whether an invoice can take an allocation of a payment or refund (an issue otherwise). */
function invoiceAllocation(ctx: Ctx, rec: Rec, d: Payment | Refund, target: Rec, id: string, k: number, currency: string): boolean {
  const td = target.doc as Invoice;
  if ((td.currency ?? ctx.c.currency) !== currency) {
    fail(rec, 'invalid_input', ['allocations', k, 'invoice'], `Invoice ${id} is in ${td.currency ?? ctx.c.currency} and this ${d.type} in ${currency}: allocate in the invoice's currency.`);
    return false;
  }
  if (d.type === 'payment' && td.kind === 'credit-note') {
    fail(rec, 'invalid_input', ['allocations', k, 'invoice'], `${id} is a credit note: a payment settles invoices; pay back a credit note with a refund, or use it as payment with the credit-note method.`);
    return false;
  }
  if (d.type === 'refund' && td.kind === 'proforma') {
    fail(rec, 'invalid_input', ['allocations', k, 'invoice'], `${id} is a proforma: a deposit received is given back through a credit note.`);
    return false;
  }
  return true;
}

/**
 * The re-billed fee of a direct-debit rejection as an open item of its
 * customer (the rejection id, what `rejectionDrafts` debits to 411): `'none'`
 * when the rejection re-bills nothing, `'invalid'` when its batch or item
 * cannot be read (the rejection then fails on its own).
 */
function rejectionFee(ctx: Ctx, rec: Rec): OpenItem | 'none' | 'invalid' {
  if (rec.fee) return rec.fee;
  const d = rec.doc as DirectDebitRejection;
  const fees = d.fees === undefined ? 0 : decimalToMinor(d.fees, ctx.scale);
  if (!Number.isFinite(fees)) return 'invalid';
  if (d.rebilled !== true || fees === 0) return 'none';
  const batch = lookup(ctx, d.batch);
  if (!batch || batch.doc.type !== 'direct-debit-batch' || batch.issues.length > 0) return 'invalid';
  const it = batch.doc.items.find((x) => x.id === d.item);
  if (!it) return 'invalid';
  const total = fees + rebilledFeeVat(ctx, fees).vat;
  const item: OpenItem = { id: d.id, rec, kind: 'invoice', aux: auxOf(ctx, it.customer), customerAccount: it.customer.account ?? ctx.c.rules.accounts.customers, currency: ctx.c.currency, conv: undefined, total, totalBook: total, settled: 0, buckets: [] };
  rec.fee = item;
  return item;
}

/** The VAT on re-billed rejection fees (`rules.rebilledFeesVatRate`; none by default), and its rate. */
export function rebilledFeeVat(ctx: Ctx, fees: number): { readonly vat: number; readonly rate: RateInfo | undefined } {
  const rules = ctx.c.rules;
  const rate = rules.rebilledFeesVatRate !== undefined ? ctx.c.rate(rules.rebilledFeesVatRate) : undefined;
  return { vat: rate && !rate.zero ? mulDivRound(fees, rate.num, rate.den, ctx.mode) : 0, rate };
}

/** A rejection an allocation names, with its re-billed fee; undefined (with an issue) when it cannot take the allocation. */
function rejectionRef(ctx: Ctx, rec: Rec, id: string, k: number): { target: Rec; item: OpenItem; number: string } | undefined {
  const path: Path = ['allocations', k, 'rejection'];
  const target = lookup(ctx, id);
  if (!target || target.doc.type !== 'direct-debit-rejection') {
    fail(rec, 'unknown_document', path, `Rejection ${id} is neither in this call nor in options.context${target ? ' as a direct-debit rejection' : ''}: pass it too (documents posted earlier go in options.context), or fix the id.`);
    return undefined;
  }
  const fee = target.issues.length > 0 ? 'invalid' : rejectionFee(ctx, target);
  if (fee === 'invalid') {
    fail(rec, 'invalid_reference', path, `Rejection ${id} is itself invalid (see its issues): fix it first.`);
    return undefined;
  }
  if (fee === 'none') {
    fail(rec, 'invalid_input', path, `Rejection ${id} re-bills no fee to the customer (rebilled is not true, or no fees): there is nothing to pay on it. Allocate to the invoices it re-opened instead.`);
    return undefined;
  }
  return { target, item: fee, number: target.doc.number ?? id };
}

/** A till ticket left on account an allocation names; undefined (with an issue) when it cannot take the allocation. */
function ticketRef(ctx: Ctx, rec: Rec, closing: string, ticket: string, k: number): { target: Rec; item: OpenItem; number: string } | undefined {
  const target = lookup(ctx, closing);
  if (!target || target.doc.type !== 'till-closing') {
    fail(rec, 'unknown_document', ['allocations', k, 'closing'], `Till closing ${closing} is neither in this call nor in options.context${target ? ' as a till closing' : ''}: pass it too (documents posted earlier go in options.context), or fix the id.`);
    return undefined;
  }
  const info = target.issues.length > 0 ? undefined : tillInfo(ctx, target);
  if (!info || target.issues.length > 0) {
    fail(rec, 'invalid_reference', ['allocations', k, 'closing'], `Till closing ${closing} is itself invalid (see its issues): fix it first.`);
    return undefined;
  }
  const t = target.doc.tickets.find((x) => x.id === ticket);
  if (!t) {
    fail(rec, 'unknown_item', ['allocations', k, 'ticket'], `Till closing ${closing} has no ticket "${ticket}": give the id of one of its tickets.`);
    return undefined;
  }
  const item = info.items.get(ticket);
  if (!item) {
    fail(rec, 'invalid_input', ['allocations', k, 'ticket'], `Ticket ${ticket} of till closing ${closing} was paid in full at the till: nothing of it is on the customer's account.`);
    return undefined;
  }
  return { target, item, number: t.number ?? t.id };
}

/** Settles (`sign` +1) or un-settles (−1) an item by `amount`, staged; undefined with an issue when out of range. */
function settle(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, item: OpenItem, amount: number, sign: 1 | -1, path: Path, pendingOnly = true): Settlement | undefined {
  const before = staged.get(item) ?? item.settled;
  const after = before + sign * amount;
  if (after > item.total) {
    const left = item.total - before;
    fail(rec, 'over_allocation', path, `${item.rec.purchase ? 'Purchase' : item.kind === 'credit-note' ? 'Credit note' : ITEM_TITLES[item.rec.doc.type] ?? 'Invoice'} ${item.id} has ${left} minor units left to settle, less than the ${amount} applied here: apply at most what is left.`);
    return undefined;
  }
  if (after < 0) {
    fail(rec, 'over_allocation', path, `Only ${before} minor units of ${item.id} were settled, less than the ${amount} taken back here.`);
    return undefined;
  }
  staged.set(item, after);
  const mode = ctx.mode;
  const book = share(item, after, item.totalBook, mode) - share(item, before, item.totalBook, mode);
  const transfers: Transfer[] = [];
  const dir = item.kind === 'credit-note' ? -1 : 1;
  for (const line of item.buckets) {
    if (pendingOnly && !line.pending) continue;
    const vat = share(item, after, line.vatBook, mode) - share(item, before, line.vatBook, mode);
    const base = share(item, after, line.baseBook, mode) - share(item, before, line.baseBook, mode);
    if (vat !== 0 || base !== 0) transfers.push({ line, vat: dir * vat, base: dir * base });
  }
  return { item, amount, book, transfers };
}

/** What the message of an over-allocation calls an open item that is not an invoice. */
const ITEM_TITLES: Readonly<Record<string, string>> = { 'direct-debit-rejection': 'The fee re-billed by rejection', 'till-closing': 'Ticket' };

function commit(staged: Map<OpenItem, number>): void {
  for (const [item, settled] of staged) item.settled = settled;
}

/** Splits a deposit received on a proforma over its VAT rates (exactly). */
function depositRates(ctx: Ctx, item: OpenItem, amount: number, conv: Conversion | undefined): DepositRate[] {
  const info = item.rec.info!;
  const rates = info.figures.rates;
  const weights: bigint[] = rates.map((t) => BigInt(Math.max(0, t.base + t.vat)));
  weights.push(BigInt(Math.max(0, info.figures.tourist)));
  const parts = weights.some((w) => w > 0n) ? allocateMinor(BigInt(amount), weights).map(Number) : [amount];
  const onReceipt = ctx.c.rules.vatExigibility === 'on-receipt';
  const out: DepositRate[] = [];
  rates.forEach((t, k) => {
    const part = parts[k] ?? 0;
    if (part === 0) return;
    const ttc = t.base + t.vat;
    const vat = t.info.zero || ttc === 0 ? 0 : mulDivRound(part, t.vat, ttc, ctx.mode);
    const base = part - vat;
    out.push({ info: t.info, pending: onReceipt && !t.info.zero, base, baseBook: convert(base, conv), vat, vatBook: convert(vat, conv) });
  });
  const tourist = parts[rates.length] ?? 0;
  if (tourist !== 0) {
    const zero = rates.find((t) => t.info.zero)?.info ?? { rate: '0', num: 0, den: 100, zero: true, collected: '', pending: '' };
    out.push({ info: zero, pending: false, base: tourist, baseBook: convert(tourist, conv), vat: 0, vatBook: 0 });
  }
  return out;
}

/** The date a document settles on. */
function settleDate(rec: Rec): string {
  const d = rec.doc;
  return d.type === 'direct-debit-batch' ? d.collectionDate : d.type === 'till-closing' ? d.day : d.type === 'stay' ? d.departure : d.date;
}

/**
 * Deposits on proformas first (final invoices deduct them), then every other
 * settlement in (date, id) order. Records results on the documents; issues on
 * call documents make them fail, and a failed document changes nothing.
 */
export function depositPass(ctx: Ctx, recs: ReadonlyArray<Rec>): void {
  const events: Array<{ rec: Rec; info: PayInfo; alloc: PayInfo['allocations'][number] }> = [];
  for (const rec of recs) {
    const pay = (rec.result as PayResult | undefined)?.info;
    if (!pay || rec.issues.length > 0 || rec.doc.type !== 'payment') continue;
    for (const a of pay.allocations) if (a.item === undefined && (a.target.doc as Invoice).kind === 'proforma') events.push({ rec, info: pay, alloc: a });
  }
  events.sort((a, b) => cmp(settleDate(a.rec), settleDate(b.rec)) || cmp(a.rec.doc.id, b.rec.doc.id));
  for (const e of events) {
    if (e.rec.issues.length > 0) continue;
    const item = e.alloc.target.info!.item;
    const received = item.deposits!.reduce((s, x) => s + x.amount, 0);
    if (received + e.alloc.amount > item.total) {
      fail(e.rec, 'over_allocation', ['allocations', e.alloc.k, 'amount'], `Proforma ${item.id} totals ${item.total} minor units and already received ${received}: a deposit of ${e.alloc.amount} passes its total.`);
      continue;
    }
    const rates = depositRates(ctx, item, e.alloc.amount, e.info.conv);
    item.deposits!.push({ payment: e.rec, date: settleDate(e.rec), amount: e.alloc.amount, rates });
    (e.rec.result as PayResult).deposits.push({ item, amount: e.alloc.amount, rates });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The main settlement pass. */
export function settlementPass(ctx: Ctx, recs: ReadonlyArray<Rec>): void {
  const events = recs.filter((r) => {
    if (r.issues.length > 0 || r.skipped !== undefined) return false;
    const d = r.doc;
    switch (d.type) {
      case 'payment':
      case 'refund':
      case 'supplier-payment':
      case 'supplier-refund':
        return r.result !== undefined;
      case 'invoice':
        return d.kind === 'credit-note' && d.corrects !== undefined;
      case 'purchase':
        return d.corrects !== undefined || (d.advances !== undefined && d.advances.length > 0);
      case 'direct-debit-batch':
      case 'direct-debit-rejection':
      case 'write-off':
      case 'remittance':
      case 'voucher-settlement':
        return true;
      default:
        return false;
    }
  });
  events.sort((a, b) => cmp(settleDate(a), settleDate(b)) || cmp(a.doc.id, b.doc.id));
  const remitted = new Map<string, string>();
  for (const rec of events) {
    const staged = new Map<OpenItem, number>();
    const used = new Map<PayResult, number>();
    const before = rec.issues.length;
    const d = rec.doc;
    switch (d.type) {
      case 'payment':
      case 'refund':
      case 'supplier-payment':
      case 'supplier-refund':
        settlePayment(ctx, rec, staged);
        break;
      case 'purchase':
        settlePurchase(ctx, rec, staged, d, used);
        break;
      case 'invoice':
        settleCreditNote(ctx, rec, staged, d);
        break;
      case 'direct-debit-batch':
        settleBatch(ctx, rec, staged, d);
        break;
      case 'direct-debit-rejection':
        settleRejection(ctx, rec, staged, d);
        break;
      case 'write-off':
        settleWriteOff(ctx, rec, staged, d);
        break;
      case 'remittance':
      case 'voucher-settlement':
        settleClearing(ctx, rec, d, remitted);
        break;
    }
    if (rec.issues.length === before) {
      commit(staged);
      for (const [pr, advanced] of used) pr.advanced = advanced;
    } else rec.result = undefined;
  }
}

function settlePayment(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>): void {
  const r = rec.result as PayResult;
  const sign = rec.doc.type === 'refund' ? -1 : 1;
  r.settlements = [];
  for (const a of r.info.allocations) {
    const item = a.item ?? itemOf(a.target)!;
    if (item.kind === 'proforma') continue;
    // A payment settles an invoice; a refund settles a credit note, or takes back what an invoice was paid.
    const s = settle(ctx, rec, staged, item, a.amount, item.kind === 'credit-note' ? 1 : (sign as 1 | -1), ['allocations', a.k, 'amount']);
    if (s) r.settlements.push(s);
  }
  if (r.info.creditNote) {
    const item = r.info.creditNote.info!.item;
    const s = settle(ctx, rec, staged, item, r.info.amount, 1, ['amount']);
    if (s) r.draw = s;
  }
}

function settleCreditNote(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, d: Invoice): void {
  const own = invoiceInfo(ctx, rec)!.item;
  const target = invoiceRef(ctx, rec, d.corrects!, ['corrects'], 'Invoice');
  if (!target) return;
  const td = target.doc as Invoice;
  if (td.kind === 'credit-note' || td.kind === 'proforma') {
    fail(rec, 'invalid_input', ['corrects'], `${d.corrects} is a ${td.kind}: a credit note corrects an invoice.`);
    return;
  }
  if (target.info!.item.currency !== own.currency) {
    fail(rec, 'invalid_input', ['corrects'], `Invoice ${d.corrects} is in ${target.info!.item.currency} and this credit note in ${own.currency}.`);
    return;
  }
  const note = applyNote(ctx, rec, staged, target.info!.item, own);
  if (note) rec.result = (note.applied.amount === 0 ? note.applied : { ...note.applied, transfers: note.transfers }) satisfies CreditApplication & { transfers?: Transfer[] };
}

/**
 * A credit note (`own`) applied to the item it corrects, up to what is left on both: the application and the
 * VAT both settlements move; undefined after an issue.
 */
function applyNote(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, item: OpenItem, own: OpenItem): { applied: CreditApplication; transfers: Transfer[] } | undefined {
  const left = item.total - (staged.get(item) ?? item.settled);
  const amount = Math.min(left, own.total - (staged.get(own) ?? own.settled));
  if (amount <= 0) return { applied: { item, amount: 0, book: 0, ownBook: 0 }, transfers: [] };
  const x = settle(ctx, rec, staged, item, amount, 1, ['corrects']);
  const y = settle(ctx, rec, staged, own, amount, 1, ['corrects']);
  if (!x || !y) return undefined;
  return { applied: { item, amount, book: x.book, ownBook: y.book }, transfers: [...x.transfers, ...y.transfers] };
}

/**
 * A supplier credit note applied to the purchase it corrects (up to what is
 * left on both), or a supplier invoice deducting advances: each settles the
 * purchase and uses the unallocated part of a supplier payment of the same
 * supplier, dated on or before the purchase.
 */
function settlePurchase(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, d: Purchase, used: Map<PayResult, number>): void {
  const info = purchaseInfo(ctx, rec);
  if (!info) return;
  const own = info.item;
  if (d.corrects !== undefined) {
    const target = purchaseRef(ctx, rec, d.corrects, ['corrects'], 'correct');
    if (!target) return;
    const item = target.purchase!.item;
    if (item.currency !== own.currency) {
      fail(rec, 'invalid_input', ['corrects'], `Purchase ${d.corrects} is in ${item.currency} and this credit note in ${own.currency}: a credit note corrects a purchase in its own currency.`);
      return;
    }
    const regime = (target.doc as Purchase).vatExigibility ?? 'on-receipt';
    if ((d.vatExigibility ?? 'on-receipt') !== regime) {
      fail(rec, 'invalid_input', ['vatExigibility'], `Purchase ${d.corrects} has its VAT deductible ${regime === 'on-receipt' ? 'on receipt' : 'on invoice'}: a credit note follows the regime of the purchase it corrects, so set vatExigibility to "${regime}"${regime === 'on-receipt' ? ' (or leave it out)' : ''}.`);
      return;
    }
    const note = applyNote(ctx, rec, staged, item, own);
    if (note) rec.result = (note.transfers.length > 0 ? { applied: note.applied, advances: [], transfers: note.transfers } : { applied: note.applied, advances: [] }) satisfies PurchaseResult;
    return;
  }
  const advances: AdvanceDeduction[] = [];
  const transfers: Transfer[] = [];
  d.advances?.forEach((a, k) => {
    const path: Path = ['advances', k, 'payment'];
    const amount = amountOf(rec, a.amount, ['advances', k, 'amount'], own.conv ? own.conv.scale : ctx.scale);
    const p = lookup(ctx, a.payment);
    if (!p || p.doc.type !== 'supplier-payment') {
      fail(rec, 'unknown_document', path, `Supplier payment ${a.payment} is neither in this call nor in options.context${p ? ' as a supplier payment' : ''}: pass it too (documents posted earlier go in options.context), or fix the id.`);
      return;
    }
    const pr = p.result as PayResult | undefined;
    if (p.issues.length > 0 || !pr) {
      fail(rec, 'invalid_reference', path, `Supplier payment ${a.payment} is itself invalid (see its issues): fix it first.`);
      return;
    }
    if (p.doc.supplier.id !== d.supplier.id) {
      fail(rec, 'party_mismatch', path, `Supplier payment ${a.payment} was made to supplier ${p.doc.supplier.id}, not ${d.supplier.id}: a purchase deducts advances paid to its own supplier.`);
      return;
    }
    if (pr.info.currency !== own.currency) {
      fail(rec, 'invalid_input', path, `Supplier payment ${a.payment} is in ${pr.info.currency} and this purchase in ${own.currency}: an advance is deducted in its own currency.`);
      return;
    }
    if (p.doc.date > d.date) {
      fail(rec, 'invalid_input', path, `Supplier payment ${a.payment} is dated ${p.doc.date}, after this purchase (${d.date}): it is no advance on it. Allocate the payment to the purchase instead.`);
      return;
    }
    if (amount === undefined) return;
    const unallocated = pr.info.unallocated;
    const before = used.get(pr) ?? pr.advanced ?? 0;
    const after = before + amount;
    if (after > unallocated) {
      fail(rec, 'over_allocation', ['advances', k, 'amount'], `Supplier payment ${a.payment} left ${unallocated} minor units unallocated (the advance), ${before} of which are already deducted: deduct at most ${unallocated - before}.`);
      return;
    }
    const s = settle(ctx, rec, staged, own, amount, 1, ['advances', k, 'amount']);
    if (!s) return;
    used.set(pr, after);
    transfers.push(...s.transfers);
    // The 4091 book value: the cumulative share of the payment's advance, so that deducting it all clears it exactly.
    const advanceBook = convert(unallocated, pr.info.conv);
    const cumulative = (x: number): number => (x === unallocated ? advanceBook : mulDivRound(x, advanceBook, unallocated, ctx.mode));
    advances.push({ payment: p, k, amount, book: s.book, advanceBook: cumulative(after) - cumulative(before) });
  });
  rec.result = (transfers.length > 0 ? { advances, transfers } : { advances }) satisfies PurchaseResult;
}

function settleBatch(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, d: DirectDebitBatch): void {
  const items: BatchResult['items'] = [];
  d.items.forEach((it, k) => {
    const amount = amountOf(rec, it.amount, ['items', k, 'amount'], ctx.scale);
    if (amount === undefined) {
      items.push(undefined);
      return;
    }
    const settlements: Settlement[] = [];
    let left = amount;
    it.invoices.forEach((id, j) => {
      const path: Path = ['items', k, 'invoices', j];
      const target = invoiceRef(ctx, rec, id, path, 'Invoice');
      if (!target) return;
      const td = target.doc as Invoice;
      const item = target.info!.item;
      if (td.kind === 'credit-note' || td.kind === 'proforma') {
        fail(rec, 'invalid_input', path, `${id} is a ${td.kind}: a direct debit pays invoices.`);
        return;
      }
      if (item.currency !== ctx.c.currency) {
        fail(rec, 'invalid_input', path, `Invoice ${id} is in ${item.currency}: SEPA direct debits are in EUR.`);
        return;
      }
      const take = Math.min(left, item.total - (staged.get(item) ?? item.settled));
      if (take <= 0) return;
      const s = settle(ctx, rec, staged, item, take, 1, path);
      if (s) {
        settlements.push(s);
        left -= take;
      }
    });
    items.push({ settlements, unallocated: left, amount });
  });
  rec.result = { items, rejected: new Set<string>() } satisfies BatchResult;
}

function settleRejection(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, d: DirectDebitRejection): void {
  const batch = lookup(ctx, d.batch);
  if (!batch || batch.doc.type !== 'direct-debit-batch') {
    fail(rec, 'unknown_document', ['batch'], `Direct-debit batch ${d.batch} is neither in this call nor in options.context: pass it too, or fix the id.`);
    return;
  }
  const b = batch.doc;
  // Checked before the batch's result: settled in date order, a batch is not settled yet when an earlier-dated rejection is.
  if (batch.issues.length === 0 && d.date < b.collectionDate) {
    fail(rec, 'invalid_date', ['date'], `The rejection is dated ${d.date}, before the collection date ${b.collectionDate} of batch ${d.batch}.`);
    return;
  }
  const br = batch.result as BatchResult | undefined;
  if (batch.issues.length > 0 || !br) {
    fail(rec, 'invalid_reference', ['batch'], `Direct-debit batch ${d.batch} is itself invalid (see its issues): fix it first.`);
    return;
  }
  const k = b.items.findIndex((it) => it.id === d.item);
  if (k < 0) {
    fail(rec, 'unknown_item', ['item'], `Batch ${d.batch} has no item "${d.item}": give the id of one of its items.`);
    return;
  }
  if (br.rejected.has(d.item)) {
    fail(rec, 'invalid_input', ['item'], `Item ${d.item} of batch ${d.batch} is already rejected.`);
    return;
  }
  const fees = d.fees === undefined ? 0 : amountOf(rec, d.fees, ['fees'], ctx.scale);
  const it = br.items[k];
  if (!it || fees === undefined) return;
  const settlements: Settlement[] = [];
  for (const s of it.settlements) {
    const u = settle(ctx, rec, staged, s.item, s.amount, -1, ['item']);
    if (u) settlements.push(u);
  }
  br.rejected.add(d.item);
  rec.result = { batch: b, item: b.items[k]!, settlements, unallocated: it.unallocated, amount: it.amount, fees } satisfies RejectionResult;
}

function settleWriteOff(ctx: Ctx, rec: Rec, staged: Map<OpenItem, number>, d: WriteOff): void {
  const target = invoiceRef(ctx, rec, d.invoice, ['invoice'], 'Invoice');
  if (!target) return;
  const td = target.doc as Invoice;
  if (td.kind === 'credit-note' || td.kind === 'proforma') {
    fail(rec, 'invalid_input', ['invoice'], `${d.invoice} is a ${td.kind}: only what an invoice owes is written off.`);
    return;
  }
  const item = target.info!.item;
  const amount = amountOf(rec, d.amount, ['amount'], target.info!.scale);
  if (amount === undefined) return;
  const s = settle(ctx, rec, staged, item, amount, 1, ['amount'], false);
  if (!s) return;
  const vat = d.reverseVat === false ? [] : s.transfers.map((t) => ({ line: t.line, vat: t.vat, base: t.base }));
  rec.result = { settlement: s, vat } satisfies WriteOffResult;
}

function settleClearing(ctx: Ctx, rec: Rec, d: Remittance | VoucherSettlement, remitted: Map<string, string>): void {
  const name = d.type === 'remittance' ? d.method : (d.method ?? 'voucher');
  const method = ctx.c.method(name);
  if (!method) {
    fail(rec, 'invalid_method', ['method'], `Unknown payment method "${name}": use one of ${Object.keys(ctx.c.rules.paymentMethods).join(', ')}.`);
    return;
  }
  if (method.account === 'customer') {
    fail(rec, 'invalid_method', ['method'], `Method "${name}" moves no money: there is nothing to remit.`);
    return;
  }
  if (d.bankAccount !== undefined && ctx.c.tooLong(d.bankAccount)) {
    fail(rec, 'account_too_long', ['bankAccount'], accountTooLongMessage(d.bankAccount, ctx.c.width!));
  } else if (d.bankAccount !== undefined && !ctx.c.covers(d.bankAccount)) {
    fail(rec, 'unknown_account', ['bankAccount'], `Account ${d.bankAccount} is not covered by the chart of accounts.`);
  }
  const amount = amountOf(rec, d.amount, ['amount'], ctx.scale);
  const fees = d.fees === undefined ? 0 : amountOf(rec, d.fees, ['fees'], ctx.scale);
  if (amount === undefined || fees === undefined) return;
  if (fees > amount) fail(rec, 'invalid_input', ['fees'], `The fees (${d.fees}) exceed the amount (${d.amount}).`);
  const payments: Array<{ rec: Rec; book: number }> = [];
  let sum = 0;
  d.payments?.forEach((id, j) => {
    const path: Path = ['payments', j];
    const p = lookup(ctx, id);
    if (!p || (p.doc.type !== 'payment' && p.doc.type !== 'supplier-refund')) {
      fail(rec, 'unknown_document', path, `Payment ${id} is neither in this call nor in options.context: pass it too, or fix the id.`);
      return;
    }
    const pr = p.result as PayResult | undefined;
    if (p.issues.length > 0 || !pr) {
      fail(rec, 'invalid_reference', path, `Payment ${id} is itself invalid (see its issues): fix it first.`);
      return;
    }
    if (pr.info.method.account !== method.account) {
      fail(rec, 'invalid_input', path, `Payment ${id} was made by ${p.doc.method} (account ${pr.info.method.account}), not by ${name} (account ${method.account}).`);
      return;
    }
    const by = remitted.get(id);
    if (by !== undefined && by !== rec.doc.id) {
      fail(rec, 'invalid_input', path, `Payment ${id} is already remitted by ${by}.`);
      return;
    }
    remitted.set(id, rec.doc.id);
    payments.push({ rec: p, book: pr.info.amountBook });
    sum += pr.info.amountBook;
  });
  if (d.payments !== undefined && payments.length === d.payments.length && sum !== amount) {
    fail(rec, 'invalid_input', ['amount'], `The payments listed add up to ${sum} minor units, not ${amount}: the amount is the sum of the payments remitted.`);
  }
  rec.result = { method, amount, fees, payments } satisfies ClearingResult;
}

/** Checks, once final invoices are computed, the payments allocated to them. */
export function checkDeferred(ctx: Ctx, rec: Rec): void {
  const r = rec.result as PayResult | undefined;
  if (!r) return;
  for (const a of r.info.allocations) {
    if (a.item || itemOf(a.target)) continue;
    fail(rec, 'invalid_reference', ['allocations', a.k, 'invoice'], `Invoice ${a.target.id} is itself invalid (see its issues): fix it first.`);
    rec.result = undefined;
  }
}

/** Records the static facts of payments, refunds and supplier payments (their result, before the passes). */
export function preparePayment(ctx: Ctx, rec: Rec): void {
  const info = payInfo(ctx, rec);
  if (info) rec.result = { info, settlements: [], deposits: [] } satisfies PayResult;
}

export { auxOf };
