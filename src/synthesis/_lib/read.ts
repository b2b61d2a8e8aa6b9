// Reads the documents of a synthesis: validation (fast paths, zod for the
// issues), figures in book minor units, settlements (internal).
import type { Period } from '../../calendar/index.js';
import { AccountingError, fromZodIssues, issue, type AccountingIssue } from '../../errors/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import { compile, type Compiled } from '../../posting/_lib/compiled.js';
import type { RateInfo } from '../../posting/_lib/compiled.js';
import { computeFigures, isGoodsAccount, type FigureLine } from '../../posting/_lib/figures.js';
import { decimalParts, decimalToMinor, mulDivRound, pow10, safe } from '../../posting/_lib/minor.js';
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

/** Figures of a sold document (a ticket; invoices keep theirs in `InvoiceTable` columns), in book minor units, as written (credit notes positive). */
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

function growF64(a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
function growI32(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
function growU8(a: Uint8Array<ArrayBuffer>, n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}

/**
 * The invoices, in columns indexed by an ordinal (document order): their
 * figures in book minor units as written (credit notes positive), and what
 * settled them up to the period end. No object per invoice: a million
 * invoices make a few typed arrays, not a million records for the GC to move.
 */
export class InvoiceTable {
  /** The documents themselves (validated, not copied). */
  readonly docs: Invoice[] = [];
  /** Index of the invoice among the documents. */
  index = new Int32Array(1024);
  exclTax = new Float64Array(1024);
  touristTax = new Float64Array(1024);
  inclTax = new Float64Array(1024);
  /** The invoice's groups in `ReadDocuments.groups`: `groupStart … groupEnd − 1`. */
  groupStart = new Int32Array(1024);
  groupEnd = new Int32Array(1024);
  /** 1 when cancelled on or before the period end. */
  cancelled = new Uint8Array(1024);
  // The columns below are allocated once, at their exact size, when every invoice is read (`settle`).
  /** 1 when a stay links it. */
  linked = new Uint8Array(0);
  /** Deposits (and proforma receipts) a final invoice deducts. */
  deducted = new Float64Array(0);
  /** Paid (payments − refunds; for a credit note: refunded or used as payment), dated up to the period end. */
  paid = new Float64Array(0);
  /** Taken off by the credit notes correcting it (`corrects`) up to the period end; on a credit note, what it took off. */
  credited = new Float64Array(0);
  /** VAT as written: incl. tax − excl. tax − tourist tax. */
  vat(r: number): number {
    return this.inclTax[r]! - this.exclTax[r]! - this.touristTax[r]!;
  }
  /** Allocates the settlement columns, once every invoice is read. */
  settle(): void {
    const n = this.docs.length;
    this.linked = new Uint8Array(n);
    this.deducted = new Float64Array(n);
    this.paid = new Float64Array(n);
    this.credited = new Float64Array(n);
  }
  get size(): number {
    return this.docs.length;
  }
  /** Appends an invoice; returns its ordinal. */
  push(doc: Invoice, index: number, f: Sold, cancelled: boolean): number {
    const i = this.docs.length;
    if (i === this.index.length) {
      const n = i * 2;
      this.index = growI32(this.index, n);
      this.exclTax = growF64(this.exclTax, n);
      this.touristTax = growF64(this.touristTax, n);
      this.inclTax = growF64(this.inclTax, n);
      this.groupStart = growI32(this.groupStart, n);
      this.groupEnd = growI32(this.groupEnd, n);
      this.cancelled = growU8(this.cancelled, n);
    }
    this.docs.push(doc);
    this.index[i] = index;
    this.exclTax[i] = f.exclTax;
    this.touristTax[i] = f.touristTax;
    this.inclTax[i] = f.inclTax;
    this.groupStart[i] = f.groupStart;
    this.groupEnd[i] = f.groupEnd;
    this.cancelled[i] = cancelled ? 1 : 0;
    return i;
  }
}

/**
 * The payments and refunds, in book minor units, in columns (no object per
 * payment or allocation to keep): payment `p`'s allocations are
 * `allocStart[p] … allocStart[p + 1] − 1`, each naming an invoice ordinal.
 */
export class PaymentTable {
  readonly docs: Array<Payment | Refund> = [];
  readonly amount: Float64Array;
  /** What no allocation takes (left on the customer's account). */
  readonly unallocated: Float64Array;
  /** The ordinal of the credit note a credit-note-method payment draws on, when the documents hold it; −1 otherwise. */
  readonly creditNote: Int32Array;
  /** What a credit-note-method payment draws on its credit note: the amount, capped by what the credit note has left (draws in document order, every date). */
  readonly draw: Float64Array;
  readonly allocStart: Int32Array;
  /** Invoice ordinals. */
  readonly allocTarget: number[] = [];
  readonly allocAmount: number[] = [];
  /** Room for `capacity` payments (no growing). */
  constructor(capacity: number) {
    this.amount = new Float64Array(capacity);
    this.unallocated = new Float64Array(capacity);
    this.creditNote = new Int32Array(capacity);
    this.draw = new Float64Array(capacity);
    this.allocStart = new Int32Array(capacity + 1);
  }
  get size(): number {
    return this.docs.length;
  }
  push(doc: Payment | Refund, amount: number, unallocated: number, creditNote: number, draw: number): void {
    const p = this.docs.length;
    this.docs.push(doc);
    this.amount[p] = amount;
    this.unallocated[p] = unallocated;
    this.creditNote[p] = creditNote;
    this.draw[p] = draw;
    this.allocStart[p + 1] = this.allocTarget.length;
  }
}

/** The stays, in columns: stay `s` links the invoice ordinals `invoices[invoiceStart[s]] … invoices[invoiceStart[s + 1] − 1]`. */
export class StayTable {
  readonly docs: Stay[] = [];
  readonly index: number[] = [];
  readonly invoiceStart: number[] = [0];
  readonly invoices: number[] = [];
  get size(): number {
    return this.docs.length;
  }
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
  readonly invoices: InvoiceTable;
  /** Invoice id → ordinal in `invoices`. */
  readonly byId: ReadonlyMap<string, number>;
  readonly payments: PaymentTable;
  readonly stays: StayTable;
  /** Tickets of the till closings of the period. */
  readonly tickets: ReadonlyArray<TicketRecord>;
  /** Purchases of the period. */
  readonly purchases: ReadonlyArray<PurchaseRecord>;
}

/** Internal knobs of {@link readDocuments} (tests). */
export interface ReadOptions {
  /** Whether common invoices skip the generic figures (`computeFigures`) for the direct computation. @defaultValue true */
  readonly direct?: boolean;
}

/** A document's figures, written in place (one object per call of readDocuments, not per document). */
interface Sold {
  exclTax: number;
  vat: number;
  touristTax: number;
  inclTax: number;
  groupStart: number;
  groupEnd: number;
  items: number;
}

type SoldLine = FigureLine & { readonly quantity: string };

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
export function readDocuments(documents: Iterable<unknown>, period: Period, rules: PostingRules | undefined, path: Path = ['documents'], options: ReadOptions = {}): ReadDocuments {
  if (documents === null || typeof documents !== 'object' || typeof (documents as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new AccountingError([issue('invalid_input', path, 'Give the documents as an array (or any iterable) of invoices, payments, stays, till closings, purchases…')]);
  }
  const c = compile(rules);
  const scale = c.scale;
  const mode = c.rules.rounding;
  const useDirect = options.direct !== false && c.rules.vatRounding !== 'per-line';
  const issues: AccountingIssue[] = [];
  const natures = new Natures();
  const groups = new GroupTable();
  const invoices = new InvoiceTable();
  const byId = new Map<string, number>();
  const rawPayments: Array<Payment | Refund> = [];
  const rawPaymentIndex: number[] = [];
  const stays = new StayTable();
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
  // The nature key of the last (account, rate) met: documents repeat a few natures, so most groups skip both maps.
  let lastAccount = '';
  let lastInfo: RateInfo | undefined;
  let lastKey = -1;
  const natureKeyOf = (account: string, info: RateInfo | undefined): number => {
    if (lastKey >= 0 && info === lastInfo && account === lastAccount) return lastKey;
    lastKey = natureKey(account, info);
    lastAccount = account;
    lastInfo = info;
    return lastKey;
  };

  const sold: Sold = { exclTax: 0, vat: 0, touristTax: 0, inclTax: 0, groupStart: 0, groupEnd: 0, items: 0 };

  /** The generic figures (computeFigures) of sold lines into `sold` and the group table; false after an issue. */
  const generic = (lines: ReadonlyArray<SoldLine>, pricesIncludeTax: boolean, currency: string | undefined, rate: string | undefined, path: Path, tourist: boolean, countItems: boolean): boolean => {
    const docScale = currency === undefined ? scale : (CURRENCY_SCALES[currency] ?? scale);
    const f = computeFigures(lines, { rules: c, scale: docScale, pricesIncludeTax, mode: 'sale', path, sink: sinkOf, tourist });
    if (!f) return false;
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
        add(natureKeyOf(g.account, info), excl, incl);
      }
    } else {
      // Several groups share a rate's VAT: incl. tax as written, or the VAT spread by base.
      for (const t of f.rates) {
        const members = f.groups.filter((g) => g.rate === t.info);
        const vats = members.length === 1 ? [t.vat] : pricesIncludeTax ? members.map((g) => g.gross - g.base) : spreadMinor(t.vat, members.map((g) => g.base));
        members.forEach((g, k) => {
          const excl = foreign ? conv(g.base, currency, rate) : g.base;
          const incl = foreign ? conv(g.base + vats[k]!, currency, rate) : g.base + vats[k]!;
          add(natureKeyOf(g.account, t.info), excl, incl);
        });
      }
    }
    if (touristGroups > 0) {
      for (const g of f.groups) {
        if (!g.tourist) continue;
        const amount = foreign ? conv(g.base, currency, rate) : g.base;
        add(natureKeyOf(g.account, undefined), amount, amount);
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
    sold.exclTax = exclTax;
    sold.vat = inclTax - exclTax - touristTax;
    sold.touristTax = touristTax;
    sold.inclTax = inclTax;
    sold.groupStart = groupStart;
    sold.groupEnd = groups.size;
    sold.items = items;
    return true;
  };

  // The direct path: invoices in the book currency whose lines have no kind
  // (or are tourist tax), rounded per invoice rate — what computeFigures does
  // for them, without its objects. Anything else (or anything computeFigures
  // would report) returns false: the generic path then computes, or reports.
  // A property test checks both paths agree.
  const services = c.rules.accounts.services;
  const touristAccount = c.rules.accounts.touristTax;
  // Accounts (bit 0: covered by the chart, bit 1: goods) and rates met, a few entries scanned linearly.
  const accountText: string[] = [];
  const accountBitsOf: number[] = [];
  const accountBits = (account: string): number => {
    for (let k = 0; k < accountText.length; k++) if (accountText[k] === account) return accountBitsOf[k]!;
    const bits = (c.covers(account) ? 1 : 0) | (isGoodsAccount(account, c) ? 2 : 0);
    if (accountText.length < 32) {
      accountText.push(account);
      accountBitsOf.push(bits);
    }
    return bits;
  };
  const rateText: string[] = [];
  const rateInfoOf: Array<RateInfo | undefined> = [];
  const rateOf = (raw: string): RateInfo | undefined => {
    for (let k = 0; k < rateText.length; k++) if (rateText[k] === raw) return rateInfoOf[k];
    const info = c.rate(raw);
    if (rateText.length < 32) {
      rateText.push(raw);
      rateInfoOf.push(info);
    }
    return info;
  };
  // Groups and rates of the current invoice (reused: no array per invoice). A group's rate is −1 for tourist tax.
  const gAccount: string[] = [];
  const gRate: number[] = [];
  const gFlag: number[] = [];
  const gLines: number[] = [];
  const gGross: number[] = [];
  const gBase: number[] = [];
  const rInfo: RateInfo[] = [];
  const rGross: number[] = [];
  const rBase: number[] = [];
  const rVat: number[] = [];
  const rMembers: number[] = [];
  const weights: number[] = [];
  const direct = (lines: ReadonlyArray<SoldLine>, pricesIncludeTax: boolean, tourist: boolean): boolean => {
    let n = 0;
    let nr = 0;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      const kind = l.kind;
      const isTourist = kind === 'tourist-tax';
      if (kind !== undefined && (!isTourist || !tourist)) return false;
      const raw = l.account;
      let account: string;
      let flag = 0;
      if (raw !== undefined) {
        const bits = accountBits(raw);
        if ((bits & 1) === 0) return false;
        account = raw;
        if (!isTourist) flag = bits >> 1;
      } else account = isTourist ? touristAccount : services;
      let rate = -1;
      if (!isTourist) {
        const vr = l.vatRate;
        if (vr === undefined) return false;
        const info = rateOf(vr);
        if (info === undefined) return false;
        for (let j = 0; j < nr; j++) {
          if (rInfo[j] === info) {
            rate = j;
            break;
          }
        }
        if (rate < 0) {
          rate = nr++;
          rInfo[rate] = info;
          rGross[rate] = 0;
          rMembers[rate] = 0;
        }
      }
      const price = decimalToMinor(l.unitPrice, scale);
      if (!Number.isFinite(price)) return false;
      let amount: number;
      const q = l.quantity;
      if (q === '1') amount = price;
      else {
        const parts = decimalParts(q);
        if (!parts) return false;
        amount = parts.scale === 0 ? parts.int * price : mulDivRound(parts.int, price, pow10(parts.scale), mode);
        if (!safe(amount)) return false;
      }
      let g = -1;
      for (let j = 0; j < n; j++) {
        if (gRate[j] === rate && gFlag[j] === flag && gAccount[j] === account) {
          g = j;
          break;
        }
      }
      if (g < 0) {
        g = n++;
        gAccount[g] = account;
        gRate[g] = rate;
        gFlag[g] = flag;
        gLines[g] = 0;
        gGross[g] = 0;
        if (rate >= 0) rMembers[rate] = rMembers[rate]! + 1;
      }
      // computeFigures keeps a tourist-tax group's first amount as its base: leave repeated ones to it
      if (rate < 0 && gLines[g]! > 0) return false;
      gLines[g] = gLines[g]! + 1;
      gGross[g] = gGross[g]! + amount;
      if (rate >= 0) rGross[rate] = rGross[rate]! + amount;
    }
    let base = 0;
    let vat = 0;
    let touristTax = 0;
    for (let j = 0; j < n; j++) {
      gBase[j] = gGross[j]!;
      if (gRate[j]! < 0) touristTax += gGross[j]!;
    }
    for (let t = 0; t < nr; t++) {
      const r = rInfo[t]!;
      const gross = rGross[t]!;
      if (r.zero || !pricesIncludeTax) {
        rBase[t] = gross;
        rVat[t] = r.zero ? 0 : mulDivRound(gross, r.num, r.den, mode);
      } else {
        const b = mulDivRound(gross, r.den, r.den + r.num, mode);
        rBase[t] = b;
        rVat[t] = gross - b;
        let sum = 0;
        let largest = -1;
        for (let j = 0; j < n; j++) {
          if (gRate[j] !== t) continue;
          const gb = mulDivRound(gGross[j]!, r.den, r.den + r.num, mode);
          gBase[j] = gb;
          sum += gb;
          if (largest < 0 || Math.abs(gGross[j]!) > Math.abs(gGross[largest]!)) largest = j;
        }
        gBase[largest] = gBase[largest]! + (b - sum);
      }
      base += rBase[t]!;
      vat += rVat[t]!;
    }
    const total = base + vat + touristTax;
    if (!safe(total) || !safe(base)) return false;
    const groupStart = groups.size;
    let exclTax = 0;
    let inclTax = 0;
    // rate by rate, each rate's groups in order: one takes the rate's VAT; several
    // with prices incl. tax keep their amounts as written, otherwise share the VAT by base
    for (let t = 0; t < nr; t++) {
      const info = rInfo[t]!;
      const members = rMembers[t]!;
      let vats: number[] | undefined;
      if (members > 1 && !pricesIncludeTax) {
        weights.length = 0;
        for (let j = 0; j < n; j++) if (gRate[j] === t) weights.push(gBase[j]!);
        vats = spreadMinor(rVat[t]!, weights);
      }
      let k = 0;
      for (let j = 0; j < n; j++) {
        if (gRate[j] !== t) continue;
        const b = gBase[j]!;
        const incl = members === 1 ? b + rVat[t]! : vats === undefined ? b + (gGross[j]! - b) : b + vats[k++]!;
        groups.push(natureKeyOf(gAccount[j]!, info), b, incl);
        exclTax += b;
        inclTax += incl;
      }
    }
    for (let j = 0; j < n; j++) {
      if (gRate[j]! >= 0) continue;
      const amount = gBase[j]!;
      groups.push(natureKeyOf(gAccount[j]!, undefined), amount, amount);
      exclTax += amount;
      inclTax += amount;
    }
    exclTax -= touristTax;
    sold.exclTax = exclTax;
    sold.vat = inclTax - exclTax - touristTax;
    sold.touristTax = touristTax;
    sold.inclTax = inclTax;
    sold.groupStart = groupStart;
    sold.groupEnd = groups.size;
    sold.items = 0;
    return true;
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
        const pricesIncludeTax = d.pricesIncludeTax === true;
        const tourist = d.kind !== 'deposit';
        const ok = (useDirect && d.currency === undefined && direct(d.lines, pricesIncludeTax, tourist)) || generic(d.lines, pricesIncludeTax, d.currency, d.exchangeRate, LINES, tourist, false);
        if (!ok) continue;
        const ordinal = invoices.push(d, i, sold, d.status === 'cancelled' && d.cancelledOn !== undefined && d.cancelledOn <= to);
        // one Map operation per invoice: a repeated id does not grow the map (and the call fails below)
        const size = byId.size;
        byId.set(d.id, ordinal);
        if (byId.size === size) issues.push(issue('duplicate_document', [i, 'id'], `Invoice id "${d.id}" is used by two documents: ids must be unique.`));
        break;
      }
      case 'payment':
      case 'refund':
        rawPayments.push(doc as Payment | Refund);
        rawPaymentIndex.push(i);
        break;
      case 'stay':
        stays.docs.push(doc as Stay);
        stays.index.push(i);
        break;
      case 'till-closing': {
        const d = doc as TillClosing;
        if (d.day < from || d.day > to) break;
        d.tickets.forEach((t, k) => {
          if (!generic(t.lines, d.pricesIncludeTax !== false, undefined, undefined, ['tickets', k, 'lines'], true, true)) return;
          const figures: SoldFigures = { ...sold };
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
  const payments = new PaymentTable(rawPayments.length);
  const inv = invoices;
  inv.settle();
  // The last invoice read before document i (invoices are in document order).
  let cursor = 0;
  const lastInvoiceBefore = (i: number): number => {
    while (cursor < inv.size && inv.index[cursor]! < i) cursor++;
    return cursor - 1;
  };
  const drawn = new Map<number, number>();
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
        const target = near >= 0 && inv.docs[near]!.id === a.invoice ? near : (byId.get(a.invoice) ?? -1);
        if (target < 0) {
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
    let creditNote = -1;
    let draw = 0;
    if (d.creditNote !== undefined) {
      const cn = byId.get(d.creditNote);
      if (cn !== undefined && inv.docs[cn]!.kind === 'credit-note') creditNote = cn;
      if (creditNote >= 0 && d.type === 'payment' && transferMethod(c, d.method)) {
        const used = drawn.get(creditNote) ?? 0;
        draw = Math.min(amount, Math.max(0, inv.inclTax[creditNote]! - used));
        drawn.set(creditNote, used + draw);
      }
    }
    payments.push(d, amount, amount - allocated, creditNote, draw);
  }

  // Stays and the invoices they link.
  const stayIds = new Set<string>();
  for (let s = 0; s < stays.size; s++) {
    const d = stays.docs[s]!;
    const i = stays.index[s]!;
    if (stayIds.has(d.id)) issues.push(issue('duplicate_document', [i, 'id'], `Stay id "${d.id}" is used by two stays: ids must be unique.`));
    stayIds.add(d.id);
    const refs = d.invoices ?? EMPTY;
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k]!;
      const target = byId.get(ref);
      if (target === undefined) {
        issues.push(issue('unknown_document', [i, 'invoices', k], `Invoice ${ref} of stay ${d.id} is not among the documents: pass the stay's invoices too, or fix the id.`));
        continue;
      }
      inv.linked[target] = 1;
      stays.invoices.push(target);
    }
    stays.invoiceStart.push(stays.invoices.length);
  }
  if (issues.length > 0) throw new AccountingError(issues);

  // What settled each invoice up to the period end; deposits deducted by final invoices.
  const { paid, deducted, credited, inclTax } = inv;
  for (let p = 0; p < payments.size; p++) {
    const d = payments.docs[p]!;
    if (d.date > to) continue;
    const refund = d.type === 'refund';
    for (let a = payments.allocStart[p]!; a < payments.allocStart[p + 1]!; a++) {
      const target = payments.allocTarget[a]!;
      const m = payments.allocAmount[a]!;
      paid[target] = paid[target]! + (refund && inv.docs[target]!.kind !== 'credit-note' ? -m : m);
    }
    const cn = payments.creditNote[p]!;
    if (cn >= 0) paid[cn] = paid[cn]! + payments.draw[p]!;
  }
  for (let r = 0; r < inv.size; r++) {
    const list = inv.docs[r]!.deducts;
    if (list === undefined) continue;
    for (const ref of list) {
      const t = byId.get(ref);
      if (t === undefined) continue;
      deducted[r] = deducted[r]! + (inv.docs[t]!.kind === 'deposit' ? inclTax[t]! : Math.max(0, paid[t]!));
    }
  }
  // A credit note correcting an invoice settles what is left on it (as post applies it).
  for (let r = 0; r < inv.size; r++) {
    const d = inv.docs[r]!;
    if (d.kind !== 'credit-note' || d.corrects === undefined || d.status === 'draft' || inv.cancelled[r] === 1 || d.date > to) continue;
    const target = byId.get(d.corrects);
    if (target === undefined || inv.docs[target]!.kind === 'credit-note') continue;
    const left = inclTax[target]! - deducted[target]! - paid[target]! - credited[target]!;
    const applied = Math.max(0, Math.min(inclTax[r]! - paid[r]! - credited[r]!, left));
    credited[target] = credited[target]! + applied;
    credited[r] = credited[r]! + applied;
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
