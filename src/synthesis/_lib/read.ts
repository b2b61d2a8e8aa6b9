// Reads the documents of a synthesis: validation (fast paths, zod for the
// issues), figures in book minor units, settlements (internal).
import type { Period } from '../../calendar/index.js';
import { AccountingError, fromZodIssues, issue, type AccountingIssue } from '../../errors/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import { compile, type Compiled } from '../../posting/_lib/compiled.js';
import { computeFigures, type FigureLine } from '../../posting/_lib/figures.js';
import { decimalToMinor } from '../../posting/_lib/minor.js';
import type { PostingRules } from '../../posting/rules.js';
import { fastInvoice } from '../../schemas/_lib/fastInvoice.js';
import { parseDocumentIssues } from '../../schemas/document.js';
import type { Invoice, Payment, Purchase, Refund, TillClosing, TillTicket } from '../../schemas/index.js';
import { staySchema, type Stay } from '../../schemas/stay.js';
import { convertMinor } from '../../tax/_lib/lineAmounts.js';
import { fastPayment, fastStay } from './fastDocuments.js';
import { spreadMinor } from './spread.js';

type Path = ReadonlyArray<string | number>;

/**
 * The lines of every sold document by nature (account and rate, or tourist
 * tax), in book minor units as written on the document, laid out in columns
 * (a document's groups are `start … end − 1`): no object per group to keep.
 */
export class GroupTable {
  /** Interned nature: index into `Natures.keys` (account, rate, kind). */
  key = new Int32Array(1024);
  exclTax = new Float64Array(1024);
  inclTax = new Float64Array(1024);
  size = 0;
  push(key: number, exclTax: number, inclTax: number): void {
    if (this.size === this.key.length) {
      const n = this.size * 2;
      const k = new Int32Array(n);
      k.set(this.key);
      this.key = k;
      const e = new Float64Array(n);
      e.set(this.exclTax);
      this.exclTax = e;
      const i = new Float64Array(n);
      i.set(this.inclTax);
      this.inclTax = i;
    }
    this.key[this.size] = key;
    this.exclTax[this.size] = exclTax;
    this.inclTax[this.size] = inclTax;
    this.size++;
  }
}

/** Figures of a sold document (invoice or ticket), in book minor units, as written (credit notes positive). */
export interface SoldFigures {
  readonly exclTax: number;
  readonly vat: number;
  readonly touristTax: number;
  readonly inclTax: number;
  /** The document's groups in `ReadDocuments.groups`: `groupStart … groupEnd − 1`. */
  readonly groupStart: number;
  readonly groupEnd: number;
  /** Σ quantities of the non-tourist-tax lines (tickets only), as a scaled integer (×10^6). */
  readonly items: number;
}

/** An invoice with its figures and what settled it up to the period end. */
export interface InvoiceRecord {
  readonly doc: Invoice;
  readonly index: number;
  readonly figures: SoldFigures;
  /** Cancelled on or before the period end. */
  readonly cancelled: boolean;
  /** Deposits (and proforma receipts) a final invoice deducts. */
  deducted: number;
  /** Paid (payments − refunds; for a credit note: refunded or used as payment), dated up to the period end. */
  paid: number;
  /** Taken off by the credit notes correcting it (`corrects`) up to the period end; on a credit note, what it took off. */
  credited: number;
  /** Whether a stay links it. */
  linked: boolean;
}

/**
 * The payments and refunds, in book minor units, in columns (no object per
 * payment or allocation to keep): payment `p`'s allocations are
 * `allocStart[p] … allocStart[p + 1] − 1`.
 */
export class PaymentTable {
  readonly docs: Array<Payment | Refund> = [];
  readonly amount: number[] = [];
  /** What no allocation takes (left on the customer's account). */
  readonly unallocated: number[] = [];
  /** The credit note a credit-note-method payment draws on, when the documents hold it. */
  readonly creditNote: Array<InvoiceRecord | undefined> = [];
  /** What a credit-note-method payment draws on its credit note: the amount, capped by what the credit note has left (draws in document order, every date). */
  readonly draw: number[] = [];
  readonly allocStart: number[] = [0];
  readonly allocTarget: InvoiceRecord[] = [];
  readonly allocAmount: number[] = [];
  get size(): number {
    return this.docs.length;
  }
}

export interface StayRecord {
  readonly doc: Stay;
  readonly index: number;
  readonly invoices: ReadonlyArray<InvoiceRecord>;
}

export interface TicketRecord {
  readonly closing: TillClosing;
  readonly ticket: TillTicket;
  readonly index: number;
  readonly k: number;
  readonly figures: SoldFigures;
  /** Σ payments of the ticket. */
  readonly paid: number;
  /** Each payment, in minor units. */
  readonly payments: ReadonlyArray<number>;
}

export interface PurchaseRecord {
  readonly doc: Purchase;
  readonly index: number;
  readonly exclTax: number;
  readonly vat: number;
  readonly inclTax: number;
}

/** What a nature stands for: sold lines at a rate, tourist tax, or receipts left on the customer's account. */
export type NatureKind = 'sale' | 'tourist-tax' | 'on-account';

/** The (account, rate) pairs met, interned. */
export class Natures {
  readonly keys: Array<{ readonly account: string; readonly rate: string | undefined; readonly num: number; readonly den: number; readonly kind: NatureKind }> = [];
  readonly #index = new Map<string, number>();
  key(account: string, rate: string | undefined, num: number, den: number, kind: NatureKind = 'sale'): number {
    const k = rate === undefined ? `${account}|${kind}` : `${account}|${rate}`;
    let i = this.#index.get(k);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push({ account, rate, num, den, kind });
      this.#index.set(k, i);
    }
    return i;
  }
}

export interface ReadDocuments {
  readonly c: Compiled;
  readonly scale: number;
  readonly period: Period;
  readonly natures: Natures;
  readonly groups: GroupTable;
  readonly invoices: ReadonlyArray<InvoiceRecord>;
  readonly byId: ReadonlyMap<string, InvoiceRecord>;
  readonly payments: PaymentTable;
  readonly stays: ReadonlyArray<StayRecord>;
  /** Tickets of the till closings of the period. */
  readonly tickets: ReadonlyArray<TicketRecord>;
  /** Purchases of the period. */
  readonly purchases: ReadonlyArray<PurchaseRecord>;
}

const EMPTY: never[] = [];
const LINES: Path = Object.freeze(['lines']);

/** Validates one document: fast paths first, zod for the issues. */
function validate(input: unknown, index: number, issues: AccountingIssue[]): unknown {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (type === 'invoice') {
    const fast = fastInvoice(input);
    if (fast) return fast;
  } else if (type === 'payment' || type === 'refund') {
    const fast = fastPayment(input);
    if (fast) return fast;
  } else if (type === 'stay') {
    const fast = fastStay(input);
    if (fast) return fast;
    const r = staySchema.safeParse(input);
    if (r.success) return r.data;
    issues.push(...fromZodIssues(r.error.issues, [index]));
    return undefined;
  }
  const r = parseDocumentIssues(input, [index]);
  if (r.issues) {
    issues.push(...r.issues);
    return undefined;
  }
  return r.document;
}

/** Reads and checks the documents; throws one error listing every issue. */
export function readDocuments(documents: Iterable<unknown>, period: Period, rules: PostingRules | undefined, path: Path = ['documents']): ReadDocuments {
  if (documents === null || typeof documents !== 'object' || typeof (documents as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new AccountingError([issue('invalid_input', path, 'Give the documents as an array (or any iterable) of invoices, payments, stays, till closings, purchases…')]);
  }
  const c = compile(rules);
  const scale = c.scale;
  const mode = c.rules.rounding;
  const issues: AccountingIssue[] = [];
  const natures = new Natures();
  const groups = new GroupTable();
  const invoices: InvoiceRecord[] = [];
  const byId = new Map<string, InvoiceRecord>();
  const rawPayments: Array<Payment | Refund> = [];
  const rawPaymentIndex: number[] = [];
  const rawStays: Array<{ doc: Stay; index: number }> = [];
  const tickets: TicketRecord[] = [];
  const purchases: PurchaseRecord[] = [];
  const { from, to } = period;

  // One sink, pointed at the current document (issues are rare: no allocation per document).
  let current = 0;
  const sinkOf = {
    issues,
    add(code: AccountingIssue['code'], p: Path, message: string): void {
      issues.push(issue(code, [current, ...p], message));
    },
  };
  const conv = (minor: number, currency: string | undefined, rate: string | undefined): number => {
    if (currency === undefined || currency === c.currency || rate === undefined) return minor;
    return Number(convertMinor(BigInt(minor), rate, CURRENCY_SCALES[currency] ?? scale, scale, mode));
  };
  // Nature keys by rate object (compiled rates are shared) and account: no string built per group.
  const rateKeys = new Map<object, Map<string, number>>();
  const touristKeys = new Map<string, number>();
  const natureKey = (account: string, info: { readonly rate: string; readonly num: number; readonly den: number } | undefined): number => {
    if (info === undefined) {
      let k = touristKeys.get(account);
      if (k === undefined) touristKeys.set(account, (k = natures.key(account, undefined, 0, 1, 'tourist-tax')));
      return k;
    }
    let byAccount = rateKeys.get(info);
    if (byAccount === undefined) rateKeys.set(info, (byAccount = new Map()));
    let k = byAccount.get(account);
    if (k === undefined) byAccount.set(account, (k = natures.key(account, info.rate, info.num, info.den)));
    return k;
  };
  const sold = (lines: ReadonlyArray<FigureLine & { readonly quantity: string }>, pricesIncludeTax: boolean, currency: string | undefined, rate: string | undefined, path: Path, tourist: boolean, countItems: boolean): SoldFigures | undefined => {
    const docScale = currency === undefined ? scale : (CURRENCY_SCALES[currency] ?? scale);
    const f = computeFigures(lines, { rules: c, scale: docScale, pricesIncludeTax, mode: 'sale', path, sink: sinkOf, tourist });
    if (!f) return undefined;
    const foreign = currency !== undefined && currency !== c.currency;
    const groupStart = groups.size;
    let touristTax = 0;
    let exclTax = 0;
    let inclTax = 0;
    const add = (key: number, excl: number, incl: number): void => {
      groups.push(key, excl, incl);
      exclTax += excl;
      inclTax += incl;
    };
    let touristGroups = 0;
    for (const g of f.groups) if (g.tourist) touristGroups++;
    if (f.groups.length - touristGroups === f.rates.length) {
      // The common case: one group per rate takes the rate's VAT.
      for (const g of f.groups) {
        if (g.tourist) continue;
        let vat = 0;
        for (const t of f.rates) if (t.info === g.rate) vat = t.vat;
        const info = g.rate!;
        const excl = foreign ? conv(g.base, currency, rate) : g.base;
        const incl = foreign ? conv(g.base + vat, currency, rate) : g.base + vat;
        add(natureKey(g.account, info), excl, incl);
      }
    } else {
      // Several groups share a rate's VAT: incl. tax as written, or the VAT spread by base.
      for (const t of f.rates) {
        const members = f.groups.filter((g) => g.rate === t.info);
        const vats = members.length === 1 ? [t.vat] : pricesIncludeTax ? members.map((g) => g.gross - g.base) : spreadMinor(t.vat, members.map((g) => g.base));
        members.forEach((g, k) => {
          const excl = foreign ? conv(g.base, currency, rate) : g.base;
          const incl = foreign ? conv(g.base + vats[k]!, currency, rate) : g.base + vats[k]!;
          add(natureKey(g.account, t.info), excl, incl);
        });
      }
    }
    if (touristGroups > 0) {
      for (const g of f.groups) {
        if (!g.tourist) continue;
        const amount = foreign ? conv(g.base, currency, rate) : g.base;
        add(natureKey(g.account, undefined), amount, amount);
        touristTax += amount;
      }
    }
    exclTax -= touristTax;
    let items = 0;
    if (countItems) {
      for (const l of lines) {
        if (l.kind === 'tourist-tax') continue;
        const q = l.quantity;
        const dot = q.indexOf('.');
        items += dot < 0 ? Number(q) * 1e6 : Number(q.slice(0, dot)) * 1e6 + Number(q.slice(dot + 1).padEnd(6, '0').slice(0, 6));
      }
    }
    return { exclTax, vat: inclTax - exclTax - touristTax, touristTax, inclTax, groupStart, groupEnd: groups.size, items };
  };

  let index = 0;
  for (const input of documents) {
    const i = index++;
    current = i;
    const doc = validate(input, i, issues) as { type: string } | undefined;
    if (doc === undefined) continue;
    switch (doc.type) {
      case 'invoice': {
        const d = doc as Invoice;
        const figures = sold(d.lines, d.pricesIncludeTax === true, d.currency, d.exchangeRate, LINES, d.kind !== 'deposit', false);
        if (!figures) continue;
        const rec: InvoiceRecord = { doc: d, index: i, figures, cancelled: d.status === 'cancelled' && d.cancelledOn !== undefined && d.cancelledOn <= to, deducted: 0, paid: 0, credited: 0, linked: false };
        // one Map operation per invoice: a repeated id does not grow the map (and the call fails below)
        const size = byId.size;
        byId.set(d.id, rec);
        if (byId.size === size) {
          issues.push(issue('duplicate_document', [i, 'id'], `Invoice id "${d.id}" is used by two documents: ids must be unique.`));
          continue;
        }
        invoices.push(rec);
        break;
      }
      case 'payment':
      case 'refund':
        rawPayments.push(doc as Payment | Refund);
        rawPaymentIndex.push(i);
        break;
      case 'stay':
        rawStays.push({ doc: doc as Stay, index: i });
        break;
      case 'till-closing': {
        const d = doc as TillClosing;
        if (d.day < from || d.day > to) break;
        d.tickets.forEach((t, k) => {
          const figures = sold(t.lines, d.pricesIncludeTax !== false, undefined, undefined, ['tickets', k, 'lines'], true, true);
          if (!figures) return;
          let paid = 0;
          const payments = t.payments.map((p, j) => decimal(p.amount, scale, i, ['tickets', k, 'payments', j, 'amount'], issues));
          for (const m of payments) paid += m;
          tickets.push({ closing: d, ticket: t, index: i, k, figures, paid, payments });
        });
        break;
      }
      case 'purchase': {
        const d = doc as Purchase;
        if (d.date < from || d.date > to) break;
        const f = computeFigures(d.lines, { rules: c, scale: d.currency === undefined ? scale : (CURRENCY_SCALES[d.currency] ?? scale), pricesIncludeTax: d.pricesIncludeTax === true, mode: 'purchase', path: LINES, sink: sinkOf, tourist: false });
        if (!f) break;
        const s = d.kind === 'credit-note' ? -1 : 1;
        const exclTax = s * conv(f.base, d.currency, d.exchangeRate);
        const inclTax = s * conv(f.total, d.currency, d.exchangeRate);
        purchases.push({ doc: d, index: i, exclTax, vat: inclTax - exclTax, inclTax });
        break;
      }
      default:
        break;
    }
  }

  // Payments: book amounts, allocations, settlements up to the period end.
  const payments = new PaymentTable();
  // The last invoice read before document i (invoices are in document order).
  let cursor = 0;
  const lastInvoiceBefore = (i: number): InvoiceRecord | undefined => {
    while (cursor < invoices.length && invoices[cursor]!.index < i) cursor++;
    return cursor > 0 ? invoices[cursor - 1] : undefined;
  };
  const drawn = new Map<InvoiceRecord, number>();
  for (let r = 0; r < rawPayments.length; r++) {
    const d = rawPayments[r]!;
    const i = rawPaymentIndex[r]!;
    const pScale = d.currency === undefined ? scale : (CURRENCY_SCALES[d.currency] ?? scale);
    const amount = conv(decimal(d.amount, pScale, i, ['amount'], issues), d.currency, d.exchangeRate);
    const first = payments.allocTarget.length;
    let allocated = 0;
    let bad = false;
    const list = d.allocations;
    if (list !== undefined) {
      for (let k = 0; k < list.length; k++) {
        const a = list[k]!;
        // documents often list a payment right after its invoice: try the invoice before it first
        const near = lastInvoiceBefore(i);
        const target = near !== undefined && near.doc.id === a.invoice ? near : byId.get(a.invoice);
        if (!target) {
          bad = true;
          issues.push(issue('unknown_document', [i, 'allocations', k, 'invoice'], `Invoice ${a.invoice} is not among the documents: pass every invoice the receipts settle (even from earlier periods), or fix the id.`));
          continue;
        }
        const m = conv(decimal(a.amount, pScale, i, ['allocations', k, 'amount'], issues), d.currency, d.exchangeRate);
        allocated += m;
        payments.allocTarget.push(target);
        payments.allocAmount.push(m);
      }
    }
    if (!bad && allocated > amount) {
      bad = true;
      issues.push(issue('over_allocation', [i, 'allocations'], `The allocations (${allocated} minor units) exceed the amount ${d.amount}: allocate at most the amount received.`));
    }
    if (bad) {
      payments.allocTarget.length = first;
      payments.allocAmount.length = first;
      continue;
    }
    let creditNote: InvoiceRecord | undefined;
    let draw = 0;
    if (d.creditNote !== undefined) {
      const cn = byId.get(d.creditNote);
      if (cn && cn.doc.kind === 'credit-note') creditNote = cn;
      if (creditNote && d.type === 'payment' && transferMethod(c, d.method)) {
        const used = drawn.get(creditNote) ?? 0;
        draw = Math.min(amount, Math.max(0, creditNote.figures.inclTax - used));
        drawn.set(creditNote, used + draw);
      }
    }
    payments.docs.push(d);
    payments.draw.push(draw);
    payments.amount.push(amount);
    payments.unallocated.push(amount - allocated);
    payments.creditNote.push(creditNote);
    payments.allocStart.push(payments.allocTarget.length);
  }

  // Stays and the invoices they link.
  const stays: StayRecord[] = [];
  const stayIds = new Set<string>();
  for (const { doc: d, index: i } of rawStays) {
    if (stayIds.has(d.id)) issues.push(issue('duplicate_document', [i, 'id'], `Stay id "${d.id}" is used by two stays: ids must be unique.`));
    stayIds.add(d.id);
    const linked: InvoiceRecord[] = [];
    (d.invoices ?? EMPTY).forEach((ref: string, k: number) => {
      const target = byId.get(ref);
      if (!target) {
        issues.push(issue('unknown_document', [i, 'invoices', k], `Invoice ${ref} of stay ${d.id} is not among the documents: pass the stay's invoices too, or fix the id.`));
        return;
      }
      target.linked = true;
      linked.push(target);
    });
    stays.push({ doc: d, index: i, invoices: linked });
  }
  if (issues.length > 0) throw new AccountingError(issues);

  // What settled each invoice up to the period end; deposits deducted by final invoices.
  for (let p = 0; p < payments.size; p++) {
    const d = payments.docs[p]!;
    if (d.date > to) continue;
    const refund = d.type === 'refund';
    for (let a = payments.allocStart[p]!; a < payments.allocStart[p + 1]!; a++) {
      const target = payments.allocTarget[a]!;
      const m = payments.allocAmount[a]!;
      target.paid += refund && target.doc.kind !== 'credit-note' ? -m : m;
    }
    const cn = payments.creditNote[p];
    if (cn) cn.paid += payments.draw[p]!;
  }
  for (const rec of invoices) {
    const list = rec.doc.deducts;
    if (list === undefined) continue;
    for (const ref of list) {
      const t = byId.get(ref);
      if (!t) continue;
      rec.deducted += t.doc.kind === 'deposit' ? t.figures.inclTax : Math.max(0, t.paid);
    }
  }
  // A credit note correcting an invoice settles what is left on it (as post applies it).
  for (const rec of invoices) {
    const d = rec.doc;
    if (d.kind !== 'credit-note' || d.corrects === undefined || d.status === 'draft' || rec.cancelled || d.date > to) continue;
    const target = byId.get(d.corrects);
    if (!target || target.doc.kind === 'credit-note') continue;
    const left = target.figures.inclTax - target.deducted - target.paid - target.credited;
    const applied = Math.max(0, Math.min(rec.figures.inclTax - rec.paid - rec.credited, left));
    target.credited += applied;
    rec.credited += applied;
  }
  return { c, scale, period, natures, groups, invoices, byId, payments, stays, tickets, purchases };
}

/** A decimal string (shape checked by the schemas) in minor units; an issue when it has more decimals than the currency or is too large. */
function decimal(value: string, scale: number, index: number, path: Path, issues: AccountingIssue[]): number {
  const n = decimalToMinor(value, scale);
  if (Number.isNaN(n)) {
    issues.push(issue('too_many_decimals', [index, ...path], `Amount ${value} has more decimals than the currency allows (${scale}): round it.`));
    return 0;
  }
  if (!Number.isSafeInteger(n)) {
    issues.push(issue('amount_overflow', [index, ...path], `Amount ${value} is too large.`));
    return 0;
  }
  return n;
}

/** Whether a method moves no money (its rule posts to the customer account), as the credit-note method. */
export function isTransferMethod(docs: ReadDocuments, method: string): boolean {
  return transferMethod(docs.c, method);
}

function transferMethod(c: Compiled, method: string): boolean {
  const rule = c.method(method);
  return rule ? rule.account === 'customer' : method === 'credit-note';
}
