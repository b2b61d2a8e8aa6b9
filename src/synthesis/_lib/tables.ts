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
 * re-reads every key.
 */
export class IdTable {
  /** The ids, by ordinal. */
  readonly keys: string[] = [];
  #slots: number[];
  #mask: number;
  #used = 0;
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.#slots = new Array<number>(capacity * 2).fill(0);
    this.#mask = capacity - 1;
  }
  /** Adds `id` under the next ordinal; returns the ordinal an equal id already has, or −1 when it is new. */
  add(id: string): number {
    const ordinal = this.keys.length;
    this.keys.push(id);
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
    const slots = new Array<number>(capacity * 2).fill(0);
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
  readonly key: number[] = [];
  readonly exclTax: number[] = [];
  readonly inclTax: number[] = [];
  get size(): number {
    return this.key.length;
  }
  push(key: number, exclTax: number, inclTax: number): void {
    this.key.push(key);
    this.exclTax.push(exclTax);
    this.inclTax.push(inclTax);
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
  readonly docs: Invoice[] = [];
  readonly exclTax: number[] = [];
  readonly touristTax: number[] = [];
  readonly inclTax: number[] = [];
  /** The invoice's groups in `ReadDocuments.groups`: `groupStart … groupEnd − 1`. */
  readonly groupStart: number[] = [];
  readonly groupEnd: number[] = [];
  /** Kind code (FINAL, DEPOSIT…). */
  readonly kind: number[] = [];
  /** 1 for a draft. */
  readonly draft: number[] = [];
  /** Day number of the invoice date. */
  readonly day: number[] = [];
  /** Day number it was cancelled on; NEVER when it is not cancelled. */
  readonly cancelledOn: number[] = [];
  // Filled once every document is read.
  /** 1 when a stay links it. */
  readonly linked: number[] = [];
  /** The invoice a credit or debit note corrects (ordinal), −1 when none or not among the documents. */
  readonly corrects: number[] = [];
  /** Invoice `r` deducts the ordinals `deductTarget[deductStart[r]] … deductTarget[deductStart[r + 1] − 1]`. */
  readonly deductStart: number[] = [0];
  readonly deductTarget: number[] = [];
  get size(): number {
    return this.docs.length;
  }
  /** VAT as written: incl. tax − excl. tax − tourist tax. */
  vat(r: number): number {
    return this.inclTax[r]! - this.exclTax[r]! - this.touristTax[r]!;
  }
  /** Appends an invoice; returns its ordinal. */
  push(doc: Invoice, f: SoldFigures, day: number, cancelledOn: number): number {
    const i = this.docs.length;
    this.docs.push(doc);
    this.exclTax.push(f.exclTax);
    this.touristTax.push(f.touristTax);
    this.inclTax.push(f.inclTax);
    this.groupStart.push(f.groupStart);
    this.groupEnd.push(f.groupEnd);
    this.kind.push(kindCode(doc.kind));
    this.draft.push(doc.status === 'draft' ? 1 : 0);
    this.day.push(day);
    this.cancelledOn.push(cancelledOn);
    return i;
  }
}

/**
 * The payments and refunds, in book minor units, in columns: payment `p`'s
 * allocations are `allocStart[p] … allocStart[p + 1] − 1`, each naming an
 * invoice ordinal.
 */
export class PaymentTable {
  readonly docs: Array<Payment | Refund> = [];
  readonly day: number[] = [];
  /** 1 for a refund. */
  readonly refund: number[] = [];
  /** The method, as an index into `ReadDocuments.methods`. */
  readonly method: number[] = [];
  readonly amount: number[] = [];
  /** What no allocation takes (left on the customer's account). */
  readonly unallocated: number[] = [];
  /** The nature (customer account, on account) of the unallocated part; −1 when all is allocated. */
  readonly onAccount: number[] = [];
  /** The ordinal of the credit note a payment names (`creditNote`), when the documents hold it; −1 otherwise. */
  readonly creditNote: number[] = [];
  /** What a credit-note-method payment draws on its credit note: the amount, capped by what the credit note has left (draws in document order, every date). */
  readonly draw: number[] = [];
  readonly allocStart: number[] = [0];
  /** Invoice ordinals (−1 while an id is not resolved). */
  readonly allocTarget: number[] = [];
  readonly allocAmount: number[] = [];
  get size(): number {
    return this.docs.length;
  }
  get allocSize(): number {
    return this.allocTarget.length;
  }
  /** Appends an allocation to the payment being read. */
  allocate(target: number, amount: number): void {
    this.allocTarget.push(target);
    this.allocAmount.push(amount);
  }
  /** Drops the allocations added after the first `size`. */
  truncate(size: number): void {
    this.allocTarget.length = size;
    this.allocAmount.length = size;
  }
  /** Appends a payment whose allocations were just added; returns its ordinal. */
  push(doc: Payment | Refund, day: number, method: number, amount: number, unallocated: number, onAccount: number): number {
    const p = this.docs.length;
    this.docs.push(doc);
    this.day.push(day);
    this.refund.push(doc.type === 'refund' ? 1 : 0);
    this.method.push(method);
    this.amount.push(amount);
    this.unallocated.push(unallocated);
    this.onAccount.push(onAccount);
    this.creditNote.push(-1);
    this.draw.push(0);
    this.allocStart.push(this.allocTarget.length);
    return p;
  }
}

/** The stays, in columns: stay `s` links the invoice ordinals `invoices[invoiceStart[s]] … invoices[invoiceStart[s + 1] − 1]`. */
export class StayTable {
  readonly docs: Stay[] = [];
  readonly index: number[] = [];
  /** Day number of the departure. */
  readonly departure: number[] = [];
  readonly invoiceStart: number[] = [0];
  /** Invoice ordinals (−1 while an id is not resolved). */
  readonly invoices: number[] = [];
  get size(): number {
    return this.docs.length;
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
