// One `post` call, from unknown inputs to numbered transactions (internal).
import { AccountingError, issue, quote, type AccountingIssue } from '../../errors/index.js';
import { checkRunOptions } from './checkOptions.js';
import type { Document, Invoice } from '../../schemas/index.js';
import { checkDocument } from '../../schemas/_lib/checkDocument.js';
import { fastInvoice } from '../../schemas/_lib/fastInvoice.js';
import { periodClosedMessage, transactionId, type Transaction } from '../../transactions/index.js';
import { readOnce } from '../../transactions/_lib/readOnce.js';
import { fromDayNumber } from '../../calendar/index.js';
import type { Book } from '../../book/Book.js';
import type { BookMode } from './bookMode.js';
import { isPostingRules, type PostingRules } from '../rules.js';
import { compile } from './compiled.js';
import { batchDrafts, clearingDrafts, creditNoteTransfers, paymentDrafts, purchaseDrafts, rejectionDrafts, supplierMoneyDrafts, touristTaxRemittanceDrafts, writeOffDrafts } from './generators.js';
import { vatPaymentDrafts } from './vatPayment.js';
import { IdIndex } from './idIndex.js';
import { invoiceDrafts, invoiceInfo } from './invoices.js';
import { fail, lookup, Rec, type Ctx } from './model.js';
import type { PurchaseResult } from './purchases.js';
import { sequenceNumber } from './sequence.js';
import { tillDrafts } from './till.js';
import { checkDeferred, depositPass, preparePayment, settlementPass, type PayResult } from './settle.js';

/** Options of a posting run (see `PostOptions`). */
export interface RunOptions {
  readonly nextNumbers?: Readonly<Record<string, number>> | undefined;
  readonly context?: ReadonlyArray<unknown> | undefined;
  readonly resetNumbersEachFiscalYear?: boolean | { readonly startMonth: number } | undefined;
  readonly draft?: boolean | undefined;
}

/** A document left out on purpose. */
export interface Skipped {
  readonly index: number;
  readonly id: string;
  readonly reason: 'draft' | 'proforma' | 'no-entry' | 'zero-total';
}

/** A document that cannot be posted. */
export interface Failure {
  readonly index: number;
  readonly id?: string;
  readonly issues: readonly [AccountingIssue, ...AccountingIssue[]];
}

/** Everything a run produces. */
export interface RunResult {
  readonly transactions: ReadonlyArray<Transaction>;
  /** With `asBook`: the Book of the transactions (then `transactions` is empty). */
  readonly book?: Book;
  readonly skipped: ReadonlyArray<Skipped>;
  readonly failures: ReadonlyArray<Failure>;
}

/** Where an invoice number was first seen: document index in the call, or `-1 - k` for `options.context[k]`. */
function numberSeenAt(at: number): string {
  return at < 0 ? `options.context[${-1 - at}] (path ["context", ${-1 - at}, "number"])` : `document ${at} of this call (path [${at}, "number"])`;
}

function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/**
 * Validates, posts and numbers documents. Throws only for invalid rules or
 * options (including an invalid context document); bad documents are failures.
 * `asBook`: postBook's staging columns, invoice fast path and layout (passed in, so that `post` does not bundle them).
 */
export function run(documents: Iterable<unknown>, rules: PostingRules | undefined, options: RunOptions = {}, asBook: BookMode | false = false): RunResult {
  checkArguments(documents, rules);
  // The options (context documents included) are read once too, and only that copy is used.
  const optionsRead = readOnce(options);
  if (!optionsRead.ok) throw new AccountingError(optionsRead.issues.map((i) => issue('invalid_option', i.path, i.message)));
  options = optionsRead.value as RunOptions;
  const optionIssues = checkRunOptions(options);
  if (optionIssues.length > 0) throw new AccountingError(optionIssues);
  const c = compile(readRules(rules));
  const expected = Array.isArray(documents) ? documents.length : 1024;
  const staging = asBook ? asBook.staging(expected) : undefined;
  const ctx: Ctx = { c, scale: c.scale, mode: c.rules.rounding, registry: new IdIndex(expected), inputs: [], auxCache: new Map(), txs: [], book: staging, stage: asBook ? asBook.stage : undefined, stageNew: asBook ? asBook.stageNew : undefined, days: [], orders: [], revs: [], contextRefs: new Set(), deferDeducts: false };

  const all: Rec[] = [];
  const contextIssues: AccountingIssue[] = [];
  // Invoice numbers seen (see `sequenceNumber`): index in the call, or -1 - k for options.context[k].
  const numbers = new IdIndex<number>(expected);
  options.context?.forEach((input, k) => {
    const path = ['context', k];
    const { document, issues } = checkDocument(input, path);
    if (issues) {
      contextIssues.push(...issues);
      return;
    }
    const doc = document!;
    if (ctx.registry.has(doc.id)) {
      contextIssues.push(issue('duplicate_document', [...path, 'id'], `Document id ${doc.id} is used twice in options.context.`));
      return;
    }
    const n = sequenceNumber(doc);
    if (n !== undefined) {
      const at = numbers.get(n);
      if (at !== undefined) {
        contextIssues.push(issue('duplicate_number', [...path, 'number'], `Invoice number ${n} is already used by ${numberSeenAt(at)}: two invoices never share a number (CGI, annexe II, art. 242 nonies A).`));
        return;
      }
      numbers.set(n, -1 - k);
    }
    const rec = new Rec(doc, input, -1, k);
    if (doc.type === 'invoice') {
      if (doc.status === 'draft') rec.skipped = 'draft';
      else if (doc.kind === 'proforma') rec.skipped = 'proforma';
    }
    ctx.registry.set(doc.id, rec);
    all.push(rec);
    references(doc, (id) => ctx.contextRefs.add(id));
  });
  if (contextIssues.length > 0) throw new AccountingError(contextIssues);

  const failures: Failure[] = [];
  const recs: Rec[] = [];
  let index = 0;
  // The same object given twice is refused before it is read again: one document posts once (and a list of
  // one object repeated 100,000 times costs a map lookup per repeat, not a validation).
  const seen = new Map<object, number>();
  for (const raw of documents) {
    if (typeof raw === 'object' && raw !== null) {
      const first = seen.get(raw);
      if (first !== undefined) {
        failures.push({ index, issues: [issue('duplicate_document', [index], `Document ${index} is the same object as document ${first}: a document posts once; give it once (or copy it with its own id).`)] });
        index++;
        continue;
      }
      seen.set(raw, index);
    }
    // Read once into plain data: validation (fast path, zod, messages) and posting use this copy only.
    const read = readOnce(raw, [index]);
    if (!read.ok) {
      failures.push({ index, issues: read.issues as unknown as Failure['issues'] });
      index++;
      continue;
    }
    const input = read.value;
    // The common invoice without a copy; any other document through the zod-free check (checkDocument).
    const fast = fastInvoice(input);
    const parsed = fast ? { document: fast as Document } : checkDocument(input, [index]);
    if (parsed.issues) {
      const issues = parsed.issues;
      const id = idOf(input);
      failures.push(id === undefined ? { index, issues: issues as unknown as Failure['issues'] } : { index, id, issues: issues as unknown as Failure['issues'] });
      index++;
      continue;
    }
    const doc = parsed.document!;
    const rec = new Rec(doc, input, index);
    // one lookup of the id: its slot, new or holding the document that has it
    const registered = ctx.registry.size;
    const slot = ctx.registry.slot(doc.id);
    const previous = slot < registered ? ctx.registry.at(slot) : undefined;
    if (previous !== undefined) {
      const at = typeof previous === 'number' ? previous : previous.index;
      fail(
        rec,
        'duplicate_document',
        ['id'],
        at < 0 ? `Document ${doc.id} was posted by an earlier call (it is in options.context): do not post it again.` : `Document id ${doc.id} is already used by document ${at} of this call: ids must be unique.`,
      );
    } else {
      ctx.registry.put(slot, rec);
      // One check for invoices read by the fast path and by zod alike.
      const n = sequenceNumber(doc);
      if (n !== undefined) {
        const known = numbers.size;
        const numberSlot = numbers.slot(n);
        const at = numberSlot < known ? numbers.at(numberSlot) : undefined;
        if (at !== undefined) {
          fail(rec, 'duplicate_number', ['number'], `Invoice number ${n} is already used by ${numberSeenAt(at)}: each invoice, credit or debit note needs its own number in a continuous sequence (CGI, annexe II, art. 242 nonies A). If it is the same invoice under another id, post it once; otherwise give it its own number.`);
        } else numbers.put(numberSlot, index);
      }
    }
    index++;
    if (NO_ENTRY.has(doc.type)) {
      rec.skipped = 'no-entry';
      recs.push(rec);
      continue;
    }
    checkLock(ctx, rec, doc);
    if (doc.type === 'invoice') {
      if (doc.status === 'draft') rec.skipped = 'draft';
      else if (doc.kind === 'proforma') rec.skipped = 'proforma';
      else if (doc.deducts === undefined && doc.corrects === undefined && rec.issues.length === 0 && (ctx.contextRefs.size === 0 || !ctx.contextRefs.has(doc.id))) {
        // An invoice that depends on no other document posts at once; only its input is kept, read
        // again if a later document refers to it.
        generateNow(ctx, rec);
        if (rec.issues.length > 0 || rec.skipped !== undefined) recs.push(rec);
        if (rec.issues.length === 0) {
          ctx.registry.put(slot, rec.index);
          ctx.inputs[rec.index] = input;
        }
        continue;
      }
    }
    recs.push(rec);
    all.push(rec);
  }

  // Which documents others refer to: only their figures are kept for the passes.
  for (const rec of all) if (rec.issues.length === 0) references(rec.doc, (id) => mark(ctx, id, all));
  // Static facts: invoices (deposits and proformas before the finals that deduct them), then payments.
  for (const rec of all) {
    if (rec.issues.length > 0 || rec.skipped === 'draft') continue;
    const d = rec.doc;
    if (d.type === 'invoice' && d.deducts === undefined && (rec.referenced || d.kind === 'proforma' || d.corrects !== undefined)) invoiceInfo(ctx, rec);
  }
  ctx.deferDeducts = true;
  // Stryker disable next-line ArrayDeclaration: an element that is no record is read by checkDeferred and the cascade below as a document without a result, and skipped
  const payments: Rec[] = [];
  for (const rec of all) {
    if (rec.issues.length > 0) continue;
    const t = rec.doc.type;
    if (t === 'payment' || t === 'refund' || t === 'supplier-payment' || t === 'supplier-refund') {
      preparePayment(ctx, rec);
      payments.push(rec);
    }
  }
  depositPass(ctx, all);
  ctx.deferDeducts = false;
  for (const rec of all) {
    if (rec.issues.length > 0) continue;
    const d = rec.doc;
    if (d.type === 'invoice' && d.deducts !== undefined) invoiceInfo(ctx, rec);
  }
  for (const rec of payments) checkDeferred(ctx, rec);
  settlementPass(ctx, all);
  // A final invoice deducting deposits from a payment that failed afterwards fails too.
  for (const rec of all) {
    const info = rec.info;
    if (!info || rec.issues.length > 0 || rec.index < 0) continue;
    info.deductions.forEach((dd, k) => {
      const deposits = dd.target.info?.item.deposits;
      if (deposits?.some((x) => x.date <= info.doc.date && (x.payment.issues.length > 0 || (x.payment.result as PayResult | undefined) === undefined))) {
        fail(rec, 'invalid_reference', ['deducts', k], `A payment received on proforma ${dd.target.doc.id} is invalid (see its issues): fix it first.`);
      }
    });
  }
  // Likewise a payment paying a re-billed rejection fee or a till ticket whose document failed afterwards.
  for (const rec of payments) {
    const r = rec.result as PayResult | undefined;
    if (!r || rec.issues.length > 0 || rec.index < 0) continue;
    for (const a of r.info.allocations) {
      if (a.item !== undefined && a.target.issues.length > 0) {
        fail(rec, 'invalid_reference', ['allocations', a.k, a.target.doc.type === 'till-closing' ? 'closing' : 'rejection'], `${a.target.doc.type === 'till-closing' ? 'Till closing' : 'Rejection'} ${a.target.id} is itself invalid (see its issues): fix it first.`);
        break;
      }
    }
  }
  // Likewise a purchase deducting the advance of a supplier payment that failed afterwards.
  for (const rec of all) {
    if (!rec.purchase || rec.issues.length > 0 || rec.index < 0) continue;
    (rec.result as PurchaseResult | undefined)?.advances.forEach((a) => {
      if (a.payment.issues.length > 0 || a.payment.result === undefined) {
        fail(rec, 'invalid_reference', ['advances', a.k, 'payment'], `Supplier payment ${a.payment.id} is itself invalid (see its issues): fix it first.`);
      }
    });
  }

  for (const rec of all) {
    if (rec.index < 0 || rec.done || rec.issues.length > 0 || rec.skipped !== undefined) continue;
    generateNow(ctx, rec);
  }

  const skipped: Skipped[] = [];
  for (const rec of recs) {
    if (rec.issues.length > 0) failures.push({ index: rec.index, id: rec.id, issues: rec.issues as unknown as Failure['issues'] });
    else if (rec.skipped !== undefined) skipped.push(Object.freeze({ index: rec.index, id: rec.id, reason: rec.skipped }));
  }
  failures.sort((a, b) => a.index - b.index);
  const { transactions, book } = number(ctx, options, asBook && asBook.layOut);
  return {
    transactions: Object.freeze(transactions),
    ...(book ? { book } : {}),
    skipped: Object.freeze(skipped),
    failures: Object.freeze(failures.map((f) => Object.freeze(f))),
  };
}

/** Refuses arguments of the wrong type with a typed error (a string is iterable, by character: refused too). */
function checkArguments(documents: unknown, rules: unknown): void {
  let iterable = false;
  if (typeof documents === 'object' && documents !== null) {
    try {
      iterable = typeof (documents as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
    } catch {
      iterable = false;
    }
  }
  if (!iterable) {
    throw new AccountingError([issue('invalid_input', [], `The documents are an array (or another iterable) of document objects, not ${quote(documents)}${typeof documents === 'string' ? ' (a string would be read one character at a time)' : ''}.`)]);
  }
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
    throw new AccountingError([issue('invalid_option', ['rules'], `The posting rules are an object (defaultRules() or its options), or undefined for the defaults, not ${quote(rules)}.`)]);
  }
}

/** Rules built by defaultRules() as they are; overrides read once into plain data (a throwing read is invalid_option). */
function readRules(rules: PostingRules | undefined): PostingRules | undefined {
  if (rules === undefined) return undefined;
  let branded: boolean;
  try {
    branded = isPostingRules(rules);
  } catch {
    branded = false;
  }
  if (branded) return rules;
  const read = readOnce(rules, ['rules']);
  if (!read.ok) throw new AccountingError(read.issues.map((i) => issue('invalid_option', i.path, i.message)));
  return read.value as PostingRules;
}

/** Document types that record a fact read by reports, never an accounting entry. */
const NO_ENTRY: ReadonlySet<string> = new Set(['session-usage', 'subscription-cancellation', 'stay']);

/** Refuses a document that would post on or before the rules' lock (drafts and proformas never post). */
function checkLock(ctx: Ctx, rec: Rec, d: Document): void {
  const locked = ctx.c.rules.lockedUntil;
  const closed = ctx.c.rules.closedThrough;
  if (locked === undefined && closed === undefined) return;
  const refuse = (date: string, field: string): void => {
    if (closed !== undefined && date <= closed) fail(rec, 'period_closed', [field], periodClosedMessage(closed, date, 'this document'));
    else if (locked !== undefined && date <= locked) fail(rec, 'period_locked', [field], `The books are locked until ${locked}: this document would post on ${date}. Date it after the lock, or post it in an open period.`);
  };
  switch (d.type) {
    case 'invoice':
      if (d.status === 'draft' || d.kind === 'proforma') return;
      refuse(d.date, 'date');
      if (d.cancelledOn !== undefined) refuse(d.cancelledOn, 'cancelledOn');
      return;
    case 'direct-debit-batch':
      return refuse(d.collectionDate, 'collectionDate');
    case 'till-closing':
      return refuse(d.day, 'day');
    case 'stay':
      return; // never posts
    default:
      return refuse(d.date, 'date');
  }
}

/** Generates a document's transactions, dropping them if the document fails. */
function generateNow(ctx: Ctx, rec: Rec): void {
  const start = ctx.days.length;
  generate(ctx, rec);
  rec.done = true;
  if (rec.issues.length === 0 && rec.zero === true && rec.seq === 0) rec.skipped = 'zero-total';
  if (rec.issues.length > 0) {
    ctx.txs.length = start;
    ctx.book?.truncate(start);
    ctx.days.length = start;
    ctx.orders.length = start;
    ctx.revs.length = start;
  }
  if (!rec.referenced) {
    rec.info = undefined;
    rec.purchase = undefined;
    rec.release();
  }
}

/** Marks a document others refer to; a released one joins the documents the passes read. */
function mark(ctx: Ctx, id: string, all: Rec[]): void {
  const r = lookup(ctx, id);
  if (!r || r.referenced) return;
  r.referenced = true;
  if (r.done) all.push(r);
}

/** Calls `mark` with every document id a document refers to. */
function references(d: Document, mark: (id: string) => void): void {
  switch (d.type) {
    case 'invoice':
      d.deducts?.forEach(mark);
      if (d.corrects !== undefined) mark(d.corrects);
      break;
    case 'payment':
    case 'refund':
      d.allocations?.forEach((a) => mark(a.invoice ?? a.rejection ?? a.closing!));
      if (d.creditNote !== undefined) mark(d.creditNote);
      break;
    case 'supplier-payment':
    case 'supplier-refund':
      d.allocations?.forEach((a) => mark(a.purchase));
      break;
    case 'purchase':
      if (d.corrects !== undefined) mark(d.corrects);
      d.advances?.forEach((a) => mark(a.payment));
      break;
    case 'direct-debit-batch':
      for (const it of d.items) it.invoices.forEach(mark);
      break;
    case 'direct-debit-rejection':
      mark(d.batch);
      break;
    case 'write-off':
      mark(d.invoice);
      break;
    case 'remittance':
    case 'voucher-settlement':
      d.payments?.forEach(mark);
      break;
    default:
      break;
  }
}

function generate(ctx: Ctx, rec: Rec): void {
  const d = rec.doc;
  switch (d.type) {
    case 'invoice':
      // postBook: an invoice nothing refers to straight into the Book's columns, its figures not kept
      if (ctx.stageNew !== undefined && rec.info === undefined && rec.referenced !== true && ctx.stageNew(ctx, rec)) return;
      if (!invoiceInfo(ctx, rec)) return;
      invoiceDrafts(ctx, rec);
      if (d.kind === 'credit-note') creditNoteTransfers(ctx, rec);
      break;
    case 'payment':
    case 'refund':
      paymentDrafts(ctx, rec);
      break;
    case 'remittance':
    case 'voucher-settlement':
      clearingDrafts(ctx, rec);
      break;
    case 'direct-debit-batch':
      batchDrafts(ctx, rec);
      break;
    case 'direct-debit-rejection':
      rejectionDrafts(ctx, rec);
      break;
    case 'till-closing':
      tillDrafts(ctx, rec);
      break;
    case 'purchase':
      purchaseDrafts(ctx, rec);
      break;
    case 'supplier-payment':
    case 'supplier-refund':
      supplierMoneyDrafts(ctx, rec);
      break;
    case 'write-off':
      writeOffDrafts(ctx, rec);
      break;
    case 'tourist-tax-remittance':
      touristTaxRemittanceDrafts(ctx, rec);
      break;
    case 'vat-payment':
      vatPaymentDrafts(ctx, rec);
      break;
  }
}

/** Sorts the transactions by (date, input index, order within the document), numbers them per journal and freezes them. */
function number(ctx: Ctx, options: RunOptions, layOutBook: BookMode['layOut'] | false): { transactions: Transaction[]; book?: Book } {
  const { txs, days, orders, revs } = ctx;
  const n = days.length;
  let min = Infinity;
  // Stryker disable next-line UnaryOperator: a maximum that stays +Infinity fails the bound below: the comparator sorts, in the same order
  let max = -Infinity;
  let span = 1;
  for (let i = 0; i < n; i++) {
    const day = days[i]!;
    if (day < min) min = day;
    if (day > max) max = day;
    if (orders[i]! >= span) span = orders[i]! + 1;
  }
  let order: ArrayLike<number>;
  if (n > 0 && (max - min + 1) * span * n < 2 ** 52) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((days[i]! - min) * span + orders[i]!) * n + i;
    keys.sort();
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = keys[i]! % n;
    order = out;
  } else order = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a]! - days[b]! || orders[a]! - orders[b]!);

  const next = options.nextNumbers ?? {};
  const reset = options.resetNumbersEachFiscalYear;
  const startMonth = typeof reset === 'object' ? reset.startMonth : 1;
  const counters = new Map<string, number>();
  // Journals numbered so far: only a journal's first fiscal year starts at options.nextNumbers.
  const started = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: every index below n is assigned (or none, with a Book); the length only presizes
  const out: Transaction[] = new Array<Transaction>(ctx.book ? 0 : n);
  // Stryker disable next-line ArrayDeclaration: the same for the ids, read only with a Book
  const ids: string[] = ctx.book ? new Array<string>(n) : [];
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const tx = txs[i]!;
    const journal = ctx.book ? ctx.book.journals.values[ctx.book.journal[i]!]! : (tx.journal as string);
    let id: string;
    if (reset) {
      const date = ctx.book ? fromDayNumber(days[i]!) : (tx.date as string);
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      const fy = String(startMonth === 1 || month < startMonth ? year : year + 1);
      const key = `${journal}\u0000${fy}`;
      let count = counters.get(key);
      if (count === undefined) {
        const first = !started.has(journal);
        started.add(journal);
        count = first && Object.hasOwn(next, journal) ? next[journal]! : 1;
      }
      counters.set(key, count + 1);
      id = `${journal}${fy}-${String(count).padStart(6, '0')}`;
    } else {
      const count = counters.get(journal) ?? (Object.hasOwn(next, journal) ? next[journal]! : 1);
      counters.set(journal, count + 1);
      id = transactionId(journal, count);
    }
    if (ctx.book) {
      ids[i] = id;
      continue;
    }
    tx.id = id;
    if (options.draft === true) tx.validatedOn = null;
    if (revs[i]! >= 0) tx.reverses = txs[revs[i]!]!.id;
    out[k] = Object.freeze(tx) as unknown as Transaction;
  }
  // With a Book (postBook), ctx.book and layOutBook are both given.
  if (layOutBook) return { transactions: out, book: layOutBook(ctx.book!, order, ids, revs, options.draft === true) };
  return { transactions: out };
}
