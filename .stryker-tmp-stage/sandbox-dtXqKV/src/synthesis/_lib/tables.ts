// @ts-nocheck
// Columns of the documents a synthesis reads (internal): ids, invoices,
// payments, stays and the groups of their lines. One object per document is
// kept (the document itself, for the rows that print it); everything a figure
// needs sits in columns, so the period's folds never go back to the documents
// (on a large heap, every visit to a document is a cache miss). The columns
// are plain arrays of numbers, not typed arrays: V8 counts typed arrays as
// external memory and runs a full collection of the whole heap for every
// 64 MB of them allocated — several seconds when the documents fill a large
// heap — while arrays of small integers and doubles grow on the heap.
import type { Invoice, Payment, Purchase, Refund, TillClosing, TillTicket } from '../../schemas/index.js';
import type { Stay } from '../../schemas/stay.js';

/** FNV-1a over the UTF-16 code units, then a murmur3 finaliser. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Ids → ordinals (0, 1, 2… in the order they are added), open addressing in
 * one array (ordinal + 1 and hash side by side): growing rehashes from
 * the stored hashes without reading a single id again, and a miss compares
 * hashes, not strings. Cheaper than a Map over a million ids, whose growth
 * re-reads every key. The slots are 32-bit integers (half the bytes of an
 * array of numbers, so more of the table stays in cache): one typed array,
 * allocated once when the expected count is known.
 */
export class IdTable {
  /** The ids, by ordinal (`size` of them; cut to `size` by `finish`). */
  readonly keys: string[];
  #size = 0;
  #slots: Int32Array;
  #mask: number;
  #used = 0;
  /** @param expected - how many ids are expected (a hint: more may be added) */
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Int32Array(capacity * 2);
    this.#mask = capacity - 1;
    this.keys = new Array<string>(expected);
  }
  /** How many ids were added. */
  get size(): number {
    return this.#size;
  }
  /** Cuts `keys` to the ids added. */
  finish(): void {
    this.keys.length = this.#size;
  }
  /** Adds `id` under the next ordinal; returns the ordinal an equal id already has, or −1 when it is new. */
  add(id: string): number {
    const ordinal = this.#size++;
    this.keys[ordinal] = id;
    const h = hashOf(id);
    const slots = this.#slots;
    const mask = this.#mask;
    let s = h & mask;
    for (;;) {
      const o = slots[2 * s]!;
      if (o === 0) break;
      if (slots[2 * s + 1] === h && this.keys[o - 1] === id) return o - 1;
      s = (s + 1) & mask;
    }
    slots[2 * s] = ordinal + 1;
    slots[2 * s + 1] = h;
    if (++this.#used * 2 > mask + 1) this.#grow();
    return -1;
  }
  /** The ordinal of `id`, −1 when absent. */
  get(id: string): number {
    const h = hashOf(id);
    const slots = this.#slots;
    const mask = this.#mask;
    let s = h & mask;
    for (;;) {
      const o = slots[2 * s]!;
      if (o === 0) return -1;
      if (slots[2 * s + 1] === h && this.keys[o - 1] === id) return o - 1;
      s = (s + 1) & mask;
    }
  }
  #grow(): void {
    const old = this.#slots;
    const capacity = (this.#mask + 1) * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      const o = old[s]!;
      if (o === 0) continue;
      const h = old[s + 1]!;
      let t = h & mask;
      while (slots[2 * t] !== 0) t = (t + 1) & mask;
      slots[2 * t] = o;
      slots[2 * t + 1] = h;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/**
 * The lines of every sold document by nature (account and rate, or tourist
 * tax), in book minor units as written on the document, laid out in columns
 * (a document's groups are `start … end − 1`): no object per group to keep.
 */
export class GroupTable {
  /** Interned nature: index into `Natures.keys` (account, rate, kind). */
  readonly key: number[];
  readonly exclTax: number[];
  readonly inclTax: number[];
  #size = 0;
  /** @param expected - how many groups are expected (a hint) */
  constructor(expected = 0) {
    this.key = new Array<number>(expected);
    this.exclTax = new Array<number>(expected);
    this.inclTax = new Array<number>(expected);
  }
  get size(): number {
    return this.#size;
  }
  push(key: number, exclTax: number, inclTax: number): void {
    const g = this.#size++;
    this.key[g] = key;
    this.exclTax[g] = exclTax;
    this.inclTax[g] = inclTax;
  }
  /** Cuts the columns to the groups written. */
  finish(): void {
    const n = this.#size;
    this.key.length = n;
    this.exclTax.length = n;
    this.inclTax.length = n;
  }
}

/** Invoice kinds, as codes in `InvoiceTable.kind`. */
export const FINAL = 0;
export const DEPOSIT = 1;
export const PROFORMA = 2;
export const CREDIT_NOTE = 3;
export const DEBIT_NOTE = 4;
function kindCode(kind: string): number {
  switch (kind) {
    case 'deposit':
      return DEPOSIT;
    case 'proforma':
      return PROFORMA;
    case 'credit-note':
      return CREDIT_NOTE;
    case 'debit-note':
      return DEBIT_NOTE;
    default:
      return FINAL;
  }
}
/** Day number of an invoice that is not cancelled. */
export const NEVER = 0x7fffffff;

/**
 * The invoices, in columns indexed by an ordinal (document order): figures in
 * book minor units as written (credit notes positive), kind, dates, the
 * deposits they deduct and the invoice they correct (as ordinals).
 */
export class InvoiceTable {
  /** The documents themselves (validated, not copied). */
  readonly docs: Invoice[];
  readonly exclTax: number[];
  readonly touristTax: number[];
  readonly inclTax: number[];
  /** The invoice's groups in `ReadDocuments.groups`: `groupStart … groupEnd − 1`. */
  readonly groupStart: number[];
  readonly groupEnd: number[];
  /** Kind code (FINAL, DEPOSIT…). */
  readonly kind: number[];
  /** 1 for a draft. */
  readonly draft: number[];
  /** Day number of the invoice date. */
  readonly day: number[];
  /** Day number it was cancelled on; NEVER when it is not cancelled. */
  readonly cancelledOn: number[];
  // Filled once every document is read (`finish`, then the links).
  /** 1 when a stay links it. */
  linked: number[] = [];
  /** The invoice a credit or debit note corrects (ordinal), −1 when none or not among the documents. */
  corrects: number[] = [];
  /** Invoice `r` deducts the ordinals `deductTarget[deductStart[r]] … deductTarget[deductStart[r + 1] − 1]`. */
  deductStart: number[] = [0];
  readonly deductTarget: number[] = [];
  #size = 0;
  /** @param expected - how many invoices are expected (a hint) */
  constructor(expected = 0) {
    this.docs = new Array<Invoice>(expected);
    this.exclTax = new Array<number>(expected);
    this.touristTax = new Array<number>(expected);
    this.inclTax = new Array<number>(expected);
    this.groupStart = new Array<number>(expected);
    this.groupEnd = new Array<number>(expected);
    this.kind = new Array<number>(expected);
    this.draft = new Array<number>(expected);
    this.day = new Array<number>(expected);
    this.cancelledOn = new Array<number>(expected);
  }
  get size(): number {
    return this.#size;
  }
  /** VAT as written: incl. tax − excl. tax − tourist tax. */
  vat(r: number): number {
    return this.inclTax[r]! - this.exclTax[r]! - this.touristTax[r]!;
  }
  /** Appends an invoice; returns its ordinal. */
  push(doc: Invoice, f: SoldFigures, day: number, cancelledOn: number): number {
    const i = this.#size++;
    this.docs[i] = doc;
    this.exclTax[i] = f.exclTax;
    this.touristTax[i] = f.touristTax;
    this.inclTax[i] = f.inclTax;
    this.groupStart[i] = f.groupStart;
    this.groupEnd[i] = f.groupEnd;
    this.kind[i] = kindCode(doc.kind);
    this.draft[i] = doc.status === 'draft' ? 1 : 0;
    this.day[i] = day;
    this.cancelledOn[i] = cancelledOn;
    return i;
  }
  /** Cuts the columns to the invoices read; `linked` all 0, `corrects` all −1, `deductStart` of n + 1 rows to fill. */
  finish(): void {
    const n = this.#size;
    for (const column of [this.docs, this.exclTax, this.touristTax, this.inclTax, this.groupStart, this.groupEnd, this.kind, this.draft, this.day, this.cancelledOn]) column.length = n;
    this.linked = new Array<number>(n).fill(0);
    this.corrects = new Array<number>(n).fill(-1);
    this.deductStart = new Array<number>(n + 1);
    this.deductStart[0] = 0;
  }
}

/**
 * The payments and refunds, in book minor units, in columns: payment `p`'s
 * allocations are `allocStart[p] … allocStart[p + 1] − 1`, each naming an
 * invoice ordinal.
 */
export class PaymentTable {
  readonly docs: Array<Payment | Refund>;
  readonly day: number[];
  /** 1 for a refund. */
  readonly refund: number[];
  /** The method, as an index into `ReadDocuments.methods`. */
  readonly method: number[];
  readonly amount: number[];
  /** What no allocation takes (left on the customer's account). */
  readonly unallocated: number[];
  /** The nature (customer account, on account) of the unallocated part; −1 when all is allocated. */
  readonly onAccount: number[];
  /** The ordinal of the credit note a payment names (`creditNote`), when the documents hold it; −1 otherwise. */
  readonly creditNote: number[];
  /** What a credit-note-method payment draws on its credit note: the amount, capped by what the credit note has left (draws in document order, every date). */
  readonly draw: number[];
  readonly allocStart: number[];
  /** Invoice ordinals (−1 while an id is not resolved). */
  readonly allocTarget: number[];
  readonly allocAmount: number[];
  #size = 0;
  #allocSize = 0;
  /**
   * @param expected - how many payments and refunds are expected (a hint)
   * @param allocations - how many allocations are expected (a hint)
   */
  constructor(expected = 0, allocations = 0) {
    this.docs = new Array<Payment | Refund>(expected);
    this.day = new Array<number>(expected);
    this.refund = new Array<number>(expected);
    this.method = new Array<number>(expected);
    this.amount = new Array<number>(expected);
    this.unallocated = new Array<number>(expected);
    this.onAccount = new Array<number>(expected);
    this.creditNote = new Array<number>(expected);
    this.draw = new Array<number>(expected);
    this.allocStart = new Array<number>(expected + 1);
    this.allocStart[0] = 0;
    this.allocTarget = new Array<number>(allocations);
    this.allocAmount = new Array<number>(allocations);
  }
  get size(): number {
    return this.#size;
  }
  get allocSize(): number {
    return this.#allocSize;
  }
  /** Appends an allocation to the payment being read. */
  allocate(target: number, amount: number): void {
    const a = this.#allocSize++;
    this.allocTarget[a] = target;
    this.allocAmount[a] = amount;
  }
  /** Drops the allocations added after the first `size`. */
  truncate(size: number): void {
    this.#allocSize = size;
  }
  /** Appends a payment whose allocations were just added; returns its ordinal. */
  push(doc: Payment | Refund, day: number, method: number, amount: number, unallocated: number, onAccount: number): number {
    const p = this.#size++;
    this.docs[p] = doc;
    this.day[p] = day;
    this.refund[p] = doc.type === 'refund' ? 1 : 0;
    this.method[p] = method;
    this.amount[p] = amount;
    this.unallocated[p] = unallocated;
    this.onAccount[p] = onAccount;
    this.creditNote[p] = -1;
    this.draw[p] = 0;
    this.allocStart[p + 1] = this.#allocSize;
    return p;
  }
  /** Cuts the columns to the payments and allocations read. */
  finish(): void {
    const n = this.#size;
    for (const column of [this.docs, this.day, this.refund, this.method, this.amount, this.unallocated, this.onAccount, this.creditNote, this.draw]) column.length = n;
    this.allocStart.length = n + 1;
    this.allocTarget.length = this.#allocSize;
    this.allocAmount.length = this.#allocSize;
  }
}

/** The stays, in columns: stay `s` links the invoice ordinals `invoices[invoiceStart[s]] … invoices[invoiceStart[s + 1] − 1]`. */
export class StayTable {
  readonly docs: Stay[];
  readonly index: number[];
  /** Day number of the departure. */
  readonly departure: number[];
  readonly invoiceStart: number[];
  /** Invoice ordinals (−1 while an id is not resolved). */
  readonly invoices: number[];
  #size = 0;
  #links = 0;
  /**
   * @param expected - how many stays are expected (a hint)
   * @param links - how many invoices they name, together (a hint)
   */
  constructor(expected = 0, links = 0) {
    this.docs = new Array<Stay>(expected);
    this.index = new Array<number>(expected);
    this.departure = new Array<number>(expected);
    this.invoiceStart = new Array<number>(expected + 1);
    this.invoiceStart[0] = 0;
    this.invoices = new Array<number>(links);
  }
  get size(): number {
    return this.#size;
  }
  /** How many invoice links were added. */
  get links(): number {
    return this.#links;
  }
  /** Appends a link of the stay being read (before `push`); returns its position in `invoices`. */
  link(target: number): number {
    const k = this.#links++;
    this.invoices[k] = target;
    return k;
  }
  /** Appends a stay whose links were just added; returns its ordinal. */
  push(doc: Stay, index: number, departure: number): number {
    const s = this.#size++;
    this.docs[s] = doc;
    this.index[s] = index;
    this.departure[s] = departure;
    this.invoiceStart[s + 1] = this.#links;
    return s;
  }
  /** Cuts the columns to the stays read. */
  finish(): void {
    const n = this.#size;
    this.docs.length = n;
    this.index.length = n;
    this.departure.length = n;
    this.invoiceStart.length = n + 1;
    this.invoices.length = this.#links;
  }
}

/** Figures of a sold document (an invoice as written, credit notes positive; a till ticket), in book minor units. */
export interface SoldFigures {
  readonly exclTax: number;
  readonly vat: number;
  readonly touristTax: number;
  readonly inclTax: number;
  /** The document's groups in `ReadDocuments.groups`: `groupStart … groupEnd − 1`. */
  readonly groupStart: number;
  readonly groupEnd: number;
  /** Tickets: Σ quantities of the non-tourist-tax lines, as a scaled integer (×10^6); 0 on invoices. */
  readonly items: number;
}

/** A till ticket of a till closing. */
export interface TicketRecord {
  readonly closing: TillClosing;
  readonly ticket: TillTicket;
  readonly index: number;
  readonly k: number;
  /** Day number of the closing. */
  readonly day: number;
  readonly figures: SoldFigures;
  /** Σ payments of the ticket. */
  readonly paid: number;
  /** Each payment, in minor units. */
  readonly payments: ReadonlyArray<number>;
  /** Each payment's method, as an index into `ReadDocuments.methods`. */
  readonly methods: ReadonlyArray<number>;
}

/** A purchase (supplier invoice or credit note, signed). */
export interface PurchaseRecord {
  readonly doc: Purchase;
  readonly index: number;
  /** Day number of the purchase date. */
  readonly day: number;
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
