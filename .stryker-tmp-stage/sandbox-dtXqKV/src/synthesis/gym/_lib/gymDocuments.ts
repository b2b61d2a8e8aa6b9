// @ts-nocheck
// The documents the gym reports read, checked once and indexed (internal).
import { isoDate, toDayNumber, toPeriod, type IsoDate, type Period } from '../../../calendar/index.js';
import { AccountingError, fail, fromZodIssues, issue, type AccountingIssue } from '../../../errors/index.js';
import { CURRENCY_SCALES, decimalRounding, type Decimal } from '../../../money/index.js';
import { decimalOf } from '../../../ledger/_lib/amounts.js';
import { defaultRules, isPostingRules, type PostingRules } from '../../../posting/rules.js';
import type { DirectDebitBatch, DirectDebitItem } from '../../../schemas/directDebitBatch.js';
import type { DirectDebitRejection } from '../../../schemas/directDebitRejection.js';
import { parseDocumentIssues } from '../../../schemas/document.js';
import { fastInvoice } from '../../../schemas/_lib/fastInvoice.js';
import { fastPayment } from '../../_lib/fastDocuments.js';
import type { Invoice, InvoiceLine } from '../../../schemas/invoice.js';
import type { Payment, Refund } from '../../../schemas/payment.js';
import type { SessionUsage } from '../../../schemas/sessionUsage.js';
import { subscriptionCancellationSchema, type SubscriptionCancellation } from '../../../schemas/subscriptionCancellation.js';
import type { VoucherSettlement } from '../../../schemas/voucherSettlement.js';
import { convertMinor, lineAmounts } from '../../../tax/_lib/lineAmounts.js';

type Path = ReadonlyArray<string | number>;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** A customer as the reports show it. */
export interface Party {
  readonly id: string;
  readonly name: string;
}

/** One invoice line with its amounts in minor units of the book currency, unsigned (internal). */
export interface LineRec {
  readonly invoice: InvoiceRec;
  readonly k: number;
  readonly line: InvoiceLine;
  readonly exclTax: number;
  readonly inclTax: number;
  /** Day numbers of the service period, −1 when none. */
  readonly from: number;
  readonly to: number;
  /** The cancellation naming this line, if any. */
  cancellation?: CancellationRec;
  /** Days of the session usages of this line, in input order. */
  readonly usage: number[];
}

/** An invoice with its totals in minor units of the book currency, unsigned (internal). */
export interface InvoiceRec {
  readonly doc: Invoice;
  readonly index: number;
  readonly day: number;
  /** Day number of `cancelledOn`, or Infinity. */
  readonly cancelledDay: number;
  readonly lines: LineRec[];
  readonly exclTax: number;
  readonly vat: number;
  readonly touristTax: number;
  readonly inclTax: number;
  /** Sold (final or debit note, not draft or proforma): its lines are sales. */
  readonly sale: boolean;
  /** −1 for a credit note, else 1. */
  readonly sign: 1 | -1;
}

/** A payment or a refund with its amounts in the book currency (internal). */
export interface PaymentRec {
  readonly doc: Payment | Refund;
  readonly index: number;
  readonly day: number;
  readonly amount: number;
  readonly allocated: number;
}

/** A direct-debit item with its batch (internal). */
export interface ItemRec {
  readonly batch: DirectDebitBatch;
  readonly item: DirectDebitItem;
  readonly index: number;
  readonly day: number;
  readonly amount: number;
  rejection?: RejectionRec;
}

/** A rejection with the item it rejects (internal). */
export interface RejectionRec {
  readonly doc: DirectDebitRejection;
  readonly index: number;
  readonly day: number;
  readonly item: ItemRec;
  readonly fees: number;
}

/** A subscription cancellation with its line (internal). */
export interface CancellationRec {
  readonly doc: SubscriptionCancellation;
  readonly index: number;
  readonly day: number;
  /** The last day served (day number). */
  readonly endsDay: number;
  readonly line: LineRec;
  readonly creditNote?: InvoiceRec;
  readonly refund?: PaymentRec;
}

/** A voucher settlement (internal). */
export interface SettlementRec {
  readonly doc: VoucherSettlement;
  readonly index: number;
  readonly day: number;
}

/** The checked, indexed documents (internal). */
export interface GymIndex {
  readonly rules: PostingRules;
  readonly scale: number;
  readonly invoices: ReadonlyArray<InvoiceRec>;
  readonly invoiceById: ReadonlyMap<string, InvoiceRec>;
  readonly payments: ReadonlyArray<PaymentRec>;
  readonly paymentById: ReadonlyMap<string, PaymentRec>;
  readonly items: ReadonlyArray<ItemRec>;
  readonly batches: ReadonlyMap<string, { readonly doc: DirectDebitBatch; readonly index: number; readonly items: ReadonlyArray<ItemRec> }>;
  readonly rejections: ReadonlyArray<RejectionRec>;
  readonly settlements: ReadonlyArray<SettlementRec>;
  readonly cancellations: ReadonlyArray<CancellationRec>;
  /** Minor units to a Decimal of the book currency. */
  readonly dec: (minor: number) => Decimal;
}

const days = new Map<string, number>();
/** Day number of a valid date (cached: documents share few dates). */
export function dayOf(date: string): number {
  let d = days.get(date);
  if (d === undefined) {
    d = toDayNumber(date as IsoDate);
    if (days.size < 100_000) days.set(date, d);
  }
  return d;
}

/** Checks `rules` (internal). */
export function rulesOption(rules: PostingRules | undefined): PostingRules {
  const r = rules ?? defaultRules();
  if (!isPostingRules(r)) fail('invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).');
  decimalRounding(r.rounding);
  return r;
}

/** A checked inclusive period as day numbers (internal). */
export interface DayPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly fromDay: number;
  readonly toDay: number;
}

/** Checks `options.period` (internal). @throws `invalid_period`, `invalid_date` */
export function periodOption(value: unknown): DayPeriod {
  if (value === undefined) fail('invalid_period', ['period'], 'Give the period of the report as options.period = { from, to } (YYYY-MM-DD, inclusive).');
  const p = toPeriod(value, ['period']);
  return { from: p.from, to: p.to, fromDay: toDayNumber(p.from), toDay: toDayNumber(p.to) };
}

/** The frozen public period of a checked period (internal). */
export function periodOf(p: DayPeriod): Period {
  return Object.freeze({ from: p.from, to: p.to }) as Period;
}

/** Checks `options.asOf` (internal). @throws `invalid_date` */
export function asOfOption(value: unknown): { date: IsoDate; day: number } {
  if (value === undefined) fail('invalid_date', ['asOf'], 'Give the date of the report as options.asOf (YYYY-MM-DD).');
  const date = isoDate(value as string, ['asOf']);
  return { date, day: toDayNumber(date) };
}

/** A non-negative safe integer option (internal). @throws `invalid_option` */
export function countOption(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('invalid_option', [name], `options.${name} must be a whole number of days, zero or more (received ${JSON.stringify(value)}).`);
  }
  return value;
}

function toNumber(v: bigint, add: (code: AccountingIssue['code'], path: Path, message: string) => void, path: Path): number {
  if (v > MAX || v < -MAX) {
    add('amount_overflow', path, 'This amount in minor units passes Number.MAX_SAFE_INTEGER: split the document.');
    return 0;
  }
  return Number(v);
}

/** An amount string of a checked document to minor units of the book currency. */
function docMinor(amount: string, currency: string | undefined, exchangeRate: string | undefined, rules: PostingRules, bookScale: number): bigint | undefined {
  const docScale = currency === undefined ? bookScale : CURRENCY_SCALES[currency as keyof typeof CURRENCY_SCALES]!;
  const dot = amount.indexOf('.');
  const decimals = dot < 0 ? 0 : amount.length - dot - 1;
  if (decimals > docScale) return undefined;
  const digits = dot < 0 ? amount : amount.slice(0, dot) + amount.slice(dot + 1);
  const minor = BigInt(digits) * 10n ** BigInt(docScale - decimals);
  if (currency === undefined || currency === rules.currency || exchangeRate === undefined) return minor;
  return convertMinor(minor, exchangeRate, docScale, bookScale, rules.rounding);
}

/**
 * Checks every document (with the document schemas; `subscription-cancellation`
 * with its own), and every reference the reports follow: a rejection's batch
 * and item, a session usage's invoice and line, a cancellation's invoice,
 * line, credit note and refund. Reports every problem at once. `checked`:
 * the documents were validated already (by indexDocuments), only the
 * references are checked.
 */
export function gymIndex(documents: Iterable<unknown>, rulesInput: PostingRules | undefined, checked = false): GymIndex {
  const rules = rulesOption(rulesInput);
  const scale = CURRENCY_SCALES[rules.currency] ?? 2;
  const issues: AccountingIssue[] = [];
  const add = (code: AccountingIssue['code'], path: Path, message: string): void => {
    issues.push(issue(code, path, message));
  };
  if (documents === null || typeof documents !== 'object' || typeof (documents as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    fail('invalid_input', [], 'documents must be an iterable (an array) of documents.');
  }
  const ids = new Map<string, number>();
  const invoices: InvoiceRec[] = [];
  const invoiceById = new Map<string, InvoiceRec>();
  const payments: PaymentRec[] = [];
  const paymentById = new Map<string, PaymentRec>();
  const items: ItemRec[] = [];
  const batches = new Map<string, { doc: DirectDebitBatch; index: number; items: ItemRec[] }>();
  const rawRejections: Array<{ doc: DirectDebitRejection; index: number }> = [];
  const usages: Array<{ doc: SessionUsage; index: number }> = [];
  const settlements: SettlementRec[] = [];
  const rawCancellations: Array<{ doc: SubscriptionCancellation; index: number }> = [];

  let index = 0;
  for (const raw of documents) {
    const i = index++;
    let doc: { type: string; id: string } | undefined;
    if (checked) doc = raw as { type: string; id: string }; // checked by indexDocuments (the same schemas)
    else if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'subscription-cancellation') {
      const r = subscriptionCancellationSchema.safeParse(raw);
      if (r.success) doc = r.data;
      else issues.push(...fromZodIssues(r.error.issues, [i], { schema: subscriptionCancellationSchema, input: raw }));
    } else if ((doc = fastInvoice(raw) ?? fastPayment(raw)) === undefined) {
      // the common invoice is checked by hand (and returned as is: nothing here writes to documents); the rest by zod
      const r = parseDocumentIssues(raw, [i]);
      if (r.issues) issues.push(...r.issues);
      else doc = r.document;
    }
    if (doc === undefined) continue;
    const seen = ids.get(doc.id);
    if (seen !== undefined) {
      add('duplicate_document', [i, 'id'], `Document id ${doc.id} is used twice (documents ${seen} and ${i}): ids must be unique.`);
      continue;
    }
    ids.set(doc.id, i);
    switch (doc.type) {
      case 'invoice': {
        const rec = invoiceRec(doc as Invoice, i, rules, scale, add);
        if (rec) {
          invoices.push(rec);
          invoiceById.set(rec.doc.id, rec);
        }
        break;
      }
      case 'payment':
      case 'refund': {
        const d = doc as Payment;
        const amount = docMinor(d.amount, d.currency, d.exchangeRate, rules, scale);
        let allocated = 0n;
        let bad = amount === undefined;
        for (const a of d.allocations ?? []) {
          const m = docMinor(a.amount, d.currency, d.exchangeRate, rules, scale);
          if (m === undefined) bad = true;
          else allocated += m;
        }
        if (bad) {
          add('too_many_decimals', [i, 'amount'], `An amount of ${d.type} ${d.id} has more decimals than its currency allows: round it.`);
          break;
        }
        const rec: PaymentRec = { doc: d, index: i, day: dayOf(d.date), amount: toNumber(amount!, add, [i, 'amount']), allocated: toNumber(allocated, add, [i, 'allocations']) };
        payments.push(rec);
        paymentById.set(d.id, rec);
        break;
      }
      case 'direct-debit-batch': {
        const d = doc as DirectDebitBatch;
        const list: ItemRec[] = [];
        const day = dayOf(d.collectionDate);
        d.items.forEach((item, k) => {
          const m = docMinor(item.amount, undefined, undefined, rules, scale);
          if (m === undefined) {
            add('too_many_decimals', [i, 'items', k, 'amount'], `Debit amount ${item.amount} has more decimals than the currency allows: round it.`);
            return;
          }
          const rec: ItemRec = { batch: d, item, index: i, day, amount: toNumber(m, add, [i, 'items', k, 'amount']) };
          list.push(rec);
          items.push(rec);
        });
        batches.set(d.id, { doc: d, index: i, items: list });
        break;
      }
      case 'direct-debit-rejection':
        rawRejections.push({ doc: doc as DirectDebitRejection, index: i });
        break;
      case 'session-usage':
        usages.push({ doc: doc as SessionUsage, index: i });
        break;
      case 'voucher-settlement':
        settlements.push({ doc: doc as VoucherSettlement, index: i, day: dayOf((doc as VoucherSettlement).date) });
        break;
      case 'subscription-cancellation':
        rawCancellations.push({ doc: doc as SubscriptionCancellation, index: i });
        break;
      default:
        break; // remittances, till closings, purchases, write-offs: no gym report reads them
    }
  }

  const rejections: RejectionRec[] = [];
  // Items by id, per batch, built for the batches rejections cite (a batch holds thousands of debits).
  const itemsById = new Map<string, Map<string, ItemRec>>();
  for (const { doc, index: i } of rawRejections) {
    const batch = batches.get(doc.batch);
    if (!batch) {
      add('unknown_document', [i, 'batch'], `Rejection ${doc.id} cites batch ${doc.batch}, which is not among the documents: add the direct-debit batch.`);
      continue;
    }
    let byId = itemsById.get(doc.batch);
    if (byId === undefined) {
      byId = new Map();
      for (const x of batch.items) if (!byId.has(x.item.id)) byId.set(x.item.id, x);
      itemsById.set(doc.batch, byId);
    }
    const item = byId.get(doc.item);
    if (!item) {
      add('unknown_item', [i, 'item'], `Rejection ${doc.id} cites item ${doc.item}, which batch ${doc.batch} does not have (its items: ${batch.doc.items.map((x) => x.id).join(', ')}).`);
      continue;
    }
    if (item.rejection) {
      add('invalid_input', [i, 'item'], `Item ${doc.item} of batch ${doc.batch} is rejected twice (documents ${item.rejection.index} and ${i}): a debit is rejected once.`);
      continue;
    }
    const fees = doc.fees === undefined ? 0n : docMinor(doc.fees, undefined, undefined, rules, scale);
    if (fees === undefined) {
      add('too_many_decimals', [i, 'fees'], `Fees ${doc.fees} have more decimals than the currency allows: round them.`);
      continue;
    }
    const rec: RejectionRec = { doc, index: i, day: dayOf(doc.date), item, fees: toNumber(fees, add, [i, 'fees']) };
    item.rejection = rec;
    rejections.push(rec);
  }

  for (const { doc, index: i } of usages) {
    const inv = invoiceById.get(doc.invoice);
    if (!inv) {
      add('unknown_document', [i, 'invoice'], `Session usage ${doc.id} refers to invoice ${doc.invoice}, which is not among the documents: add the invoice.`);
      continue;
    }
    const line = inv.lines.find((l) => l.line.id === doc.line);
    if (!line || line.line.sessions === undefined) {
      add('invalid_usage', [i, 'line'], `Session usage ${doc.id} refers to line ${doc.line} of invoice ${doc.invoice}, which is not a line that sold sessions: fix the line id.`);
      continue;
    }
    if (line.usage.length >= line.line.sessions) {
      add('invalid_usage', [i], `Session usage ${doc.id} is beyond the ${line.line.sessions} sessions line ${doc.line} of invoice ${doc.invoice} sold: remove it or sell more sessions.`);
      continue;
    }
    line.usage.push(dayOf(doc.date));
  }

  const cancellations: CancellationRec[] = [];
  for (const { doc, index: i } of rawCancellations) {
    const inv = invoiceById.get(doc.invoice);
    if (!inv) {
      add('unknown_document', [i, 'invoice'], `Cancellation ${doc.id} refers to invoice ${doc.invoice}, which is not among the documents: add the invoice that sold the subscription.`);
      continue;
    }
    const line = inv.lines.find((l) => l.line.id === doc.line);
    if (!line) {
      const lineIds = inv.doc.lines.map((l) => l.id).filter((x) => x !== undefined);
      add('unknown_item', [i, 'line'], `Cancellation ${doc.id} refers to line ${doc.line}, which invoice ${doc.invoice} does not have (its line ids: ${lineIds.length > 0 ? lineIds.join(', ') : 'none'}).`);
      continue;
    }
    if (!inv.sale || line.from < 0) {
      add('not_a_subscription', [i, 'line'], `Line ${doc.line} of invoice ${doc.invoice} is not a subscription sold (${line.from < 0 ? 'it has no service period' : `the invoice is a ${inv.doc.status === 'draft' ? 'draft' : inv.doc.kind}`}): cancel a line with a service period on an issued invoice.`);
      continue;
    }
    if (line.cancellation) {
      add('invalid_input', [i, 'line'], `Line ${doc.line} of invoice ${doc.invoice} is cancelled twice (documents ${line.cancellation.index} and ${i}): keep one cancellation.`);
      continue;
    }
    let creditNote: InvoiceRec | undefined;
    if (doc.creditNote !== undefined) {
      creditNote = invoiceById.get(doc.creditNote);
      if (!creditNote) {
        add('unknown_document', [i, 'creditNote'], `Cancellation ${doc.id} refers to credit note ${doc.creditNote}, which is not among the documents: add it or remove creditNote.`);
        continue;
      }
      if (creditNote.doc.kind !== 'credit-note') {
        add('invalid_input', [i, 'creditNote'], `Document ${doc.creditNote} is a ${creditNote.doc.kind} invoice, not a credit note: give the id of the credit note the cancellation produced.`);
        continue;
      }
    }
    let refund: PaymentRec | undefined;
    if (doc.refund !== undefined) {
      refund = paymentById.get(doc.refund);
      if (!refund || refund.doc.type !== 'refund') {
        add(refund ? 'invalid_input' : 'unknown_document', [i, 'refund'], refund ? `Document ${doc.refund} is a payment, not a refund: give the id of the refund the cancellation produced.` : `Cancellation ${doc.id} refers to refund ${doc.refund}, which is not among the documents: add it or remove refund.`);
        continue;
      }
    }
    const rec: CancellationRec = {
      doc,
      index: i,
      day: dayOf(doc.date),
      endsDay: dayOf(doc.endsOn ?? doc.date),
      line,
      ...(creditNote ? { creditNote } : {}),
      ...(refund ? { refund } : {}),
    };
    line.cancellation = rec;
    cancellations.push(rec);
  }

  if (issues.length > 0) throw new AccountingError(issues);
  return { rules, scale, invoices, invoiceById, payments, paymentById, items, batches, rejections, settlements, cancellations, dec: (m) => decimalOf(m, scale) };
}

function invoiceRec(doc: Invoice, i: number, rules: PostingRules, bookScale: number, add: (code: AccountingIssue['code'], path: Path, message: string) => void): InvoiceRec | undefined {
  const docScale = doc.currency === undefined ? bookScale : CURRENCY_SCALES[doc.currency as keyof typeof CURRENCY_SCALES]!;
  const amounts = lineAmounts(doc.lines, { pricesIncludeTax: doc.pricesIncludeTax ?? false, scale: docScale, rounding: rules.rounding, vatRounding: rules.vatRounding });
  if ('badLine' in amounts) {
    const l = doc.lines[amounts.badLine]!;
    add('too_many_decimals', [i, 'lines', amounts.badLine, 'unitPrice'], `Unit price ${l.unitPrice} has more decimals than the currency allows (${docScale}), or quantity × unit price is too large: round it.`);
    return undefined;
  }
  const foreign = doc.currency !== undefined && doc.currency !== rules.currency && doc.exchangeRate !== undefined;
  const sign: 1 | -1 = doc.kind === 'credit-note' ? -1 : 1;
  const lines: LineRec[] = [];
  let exclTax = 0;
  let inclTax = 0;
  let vat = 0;
  let tourist = 0;
  const rec = { doc, index: i, day: dayOf(doc.date), cancelledDay: doc.cancelledOn === undefined ? Infinity : dayOf(doc.cancelledOn), lines, sale: doc.status !== 'draft' && (doc.kind === 'final' || doc.kind === 'debit-note'), sign } as InvoiceRec & { exclTax: number; inclTax: number; vat: number; touristTax: number };
  for (let k = 0; k < doc.lines.length; k++) {
    const line = doc.lines[k]!;
    let ex = amounts.exclTax[k]!;
    let inc = amounts.inclTax[k]!;
    if (foreign) {
      ex = convertMinor(ex, doc.exchangeRate!, docScale, bookScale, rules.rounding);
      inc = convertMinor(inc, doc.exchangeRate!, docScale, bookScale, rules.rounding);
    }
    const e = toNumber(ex, add, [i, 'lines', k]);
    const n = toNumber(inc, add, [i, 'lines', k]);
    if (line.kind === 'tourist-tax') tourist += n;
    else {
      exclTax += e;
      vat += n - e;
    }
    inclTax += n;
    lines.push({
      invoice: rec,
      k,
      line,
      exclTax: e,
      inclTax: n,
      from: line.servicePeriod ? dayOf(line.servicePeriod.from) : -1,
      to: line.servicePeriod ? dayOf(line.servicePeriod.to) : -1,
      usage: [],
    });
  }
  rec.exclTax = exclTax;
  rec.inclTax = inclTax;
  rec.vat = vat;
  rec.touristTax = tourist;
  return rec;
}

/** Whether an invoice is issued (not a draft, not a proforma) and not cancelled on or before `day` (internal). */
export function standsOn(inv: InvoiceRec, day: number): boolean {
  return inv.doc.status !== 'draft' && inv.doc.kind !== 'proforma' && inv.cancelledDay > day;
}

/** The product of a line: its `product`, else its label (internal). */
export function productOf(line: InvoiceLine): string {
  return line.product ?? line.label;
}

/** The customer of a document, as a frozen pair (internal). */
export function partyOf(p: { readonly id: string; readonly name: string }): Party {
  return Object.freeze({ id: p.id, name: p.name });
}

/** Sort helper: by a date, then by input index (internal). */
export function byDayThenIndex<T extends { readonly day: number; readonly index: number }>(a: T, b: T): number {
  return a.day - b.day || a.index - b.index;
}
