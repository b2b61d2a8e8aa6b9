// The state of one `post` call (internal).
import type { AuxiliaryAccount } from '../../accounts/index.js';
import type { IsoDate } from '../../calendar/index.js';
import { issue, type AccountingIssue, type IssueCode } from '../../errors/index.js';
import type { RoundingMode } from '../../money/index.js';
import type { Document, Invoice } from '../../schemas/index.js';
import { checkDocument } from '../../schemas/_lib/checkDocument.js';
import { fastInvoice } from '../../schemas/_lib/fastInvoice.js';
import type { Entry, TransactionSource, TransactionType } from '../../transactions/index.js';
import type { ColumnsBuilder } from '../../book/_lib/builder.js';
import type { stageInvoice, stageNewInvoice } from './stageInvoice.js';
import type { Compiled, RateInfo } from './compiled.js';
import type { Conversion, EntryList } from './entries.js';
import type { Figures } from './figures.js';
import type { TillInfo } from './till.js';
import type { IdIndex } from './idIndex.js';
import { mulDivRound } from './minor.js';

export type Path = ReadonlyArray<string | number>;

const NO_ISSUES: ReadonlyArray<AccountingIssue> = Object.freeze([]);

/** A document of the call (index ≥ 0) or of the context (index −1, at `ctxIndex`). */
export class Rec {
  /** The input as given (a released document is parsed again from it when needed). */
  readonly input: unknown;
  #doc: Document | undefined;
  readonly id: string;
  readonly index: number;
  readonly ctxIndex: number;
  #list: AccountingIssue[] | undefined;
  /** Transactions generated so far (their order within the document). */
  seq = 0;
  declare skipped?: 'draft' | 'proforma' | 'no-entry' | 'zero-total';
  /** Whether a transaction it generated had only zero amounts (and was left out). */
  declare zero?: boolean;
  /** Whether another document refers to it (its figures are then kept). */
  declare referenced?: boolean;
  /** Invoice figures: undefined before computing, null when they failed. */
  declare info?: InvoiceInfo | null | undefined;
  /** Purchase entries and open item: undefined before computing, null when they failed. */
  declare purchase?: PurchaseInfo | null | undefined;
  /** A direct-debit rejection's re-billed fee as an open item: undefined before computing, null when there is none or it failed. */
  declare fee?: OpenItem | null | undefined;
  /** A till closing's figures and the open items of its tickets left on account: undefined before computing, null when they failed. */
  declare till?: TillInfo | null | undefined;
  /** Whatever the settlement pass worked out for this document. */
  declare result?: unknown;
  /** Whether its transactions are generated already. */
  declare done?: boolean;

  // Stryker disable next-line UnaryOperator: ctxIndex is read only for a context record, which always gives it
  constructor(doc: Document, input: unknown, index: number, ctxIndex = -1) {
    this.#doc = doc;
    this.input = input;
    this.id = doc.id;
    this.index = index;
    this.ctxIndex = ctxIndex;
  }

  /** The parsed document (parsed again from the input after {@link release}). */
  get doc(): Document {
    return (this.#doc ??= fastInvoice(this.input) ?? reparse(this.input));
  }

  /** Drops the parsed document (an invoice posted that nothing refers to yet). */
  release(): void {
    this.#doc = undefined;
  }

  /** The issues found so far. */
  get issues(): ReadonlyArray<AccountingIssue> {
    return this.#list ?? NO_ISSUES;
  }

  /** Where the document sits in the input: `[index]` or `['context', k]`. */
  get path(): Path {
    if (this.index >= 0) return [this.index];
    // Stryker disable next-line ArrayDeclaration,StringLiteral: a context record's issues are never reported (this path is not read): a context document is checked when read, and a later issue of one only makes the documents of the call relying on it fail, with their own paths
    return ['context', this.ctxIndex];
  }

  /** Records an issue whose path is relative to the document. */
  add(code: IssueCode, path: Path, message: string): void {
    (this.#list ??= []).push(issue(code, [...this.path, ...path], message));
  }
}

/** Adds an issue to a record, its path prefixed with the record's. */
export function fail(rec: Rec, code: IssueCode, path: Path, message: string): void {
  rec.add(code, path, message);
}

/** One VAT line of an invoice: collected, or pending on a receipt basis. */
export interface VatLine {
  readonly info: RateInfo;
  readonly pending: boolean;
  readonly account: string;
  /** VAT and base in the document currency, and in the book currency. */
  readonly vat: number;
  readonly vatBook: number;
  readonly base: number;
  readonly baseBook: number;
  /**
   * A purchase on a receipt basis: the deductible-VAT account settlements move
   * this line's VAT to (from `account`, the pending deductible VAT). Absent on
   * invoices, whose pending VAT moves to the rate's collected-VAT account.
   */
  readonly deductible?: string;
}

/** A deposit deducted by a final invoice. */
export interface Deduction {
  readonly target: Rec;
  /** TTC deducted, document currency. */
  readonly amount: number;
  /** Posted to 4191: base in document and book currency. */
  readonly base: number;
  readonly baseBook: number;
}

/** What a deposit (deposit invoice, or payments on a proforma) carries per rate. */
export interface DepositRate {
  readonly info: RateInfo;
  readonly base: number;
  readonly baseBook: number;
  readonly vat: number;
  readonly vatBook: number;
  /** On a receipt basis: whether this VAT sits in pending VAT (services of a deposit invoice). */
  readonly pending: boolean;
}

/** An invoice's figures and how it posts. */
export interface InvoiceInfo {
  readonly rec: Rec;
  readonly doc: Invoice;
  readonly currency: string;
  readonly scale: number;
  readonly conv: Conversion | undefined;
  readonly figures: Figures;
  /** Book-currency base of each group (same order as figures.groups); undefined in the book currency. */
  readonly groupsBook: ReadonlyArray<number> | undefined;
  readonly vatLines: ReadonlyArray<VatLine>;
  readonly deductions: ReadonlyArray<Deduction>;
  /** What the customer owes (411), document and book currency; sides per kind. */
  readonly due: number;
  readonly dueBook: number;
  /** Per rate, for a deposit invoice deducted later. */
  readonly depositRates: ReadonlyArray<DepositRate>;
  readonly customerAccount: string;
  readonly aux: AuxiliaryAccount;
  readonly item: OpenItem;
}

/** A purchase's entries (built once) and its open item on the supplier account. */
export interface PurchaseInfo {
  readonly entries: Entry[];
  readonly item: OpenItem;
  /** The signed amounts the entries were built from, and the index of the supplier line among them. */
  readonly list: EntryList;
  readonly supplierLine: number;
}

/** The open item of an invoice or a purchase whose figures are computed. */
export function itemOf(rec: Rec): OpenItem | undefined {
  return rec.purchase?.item ?? rec.info?.item;
}

/**
 * What a party can settle: an invoice, a credit note or a proforma taking
 * deposits (customer, 411), or a purchase (supplier, 401).
 */
export interface OpenItem {
  readonly id: string;
  readonly rec: Rec;
  readonly kind: 'invoice' | 'credit-note' | 'proforma';
  readonly aux: AuxiliaryAccount;
  /** The collective account of the party line (411, or 401 for a purchase). */
  readonly customerAccount: string;
  readonly currency: string;
  readonly conv: Conversion | undefined;
  /** What the item's 411 (401) line shows, in the document and book currency. */
  readonly total: number;
  readonly totalBook: number;
  /** Settled so far (document currency). */
  settled: number;
  /** VAT that settlements move (pending) or reverse (write-offs), book currency. */
  readonly buckets: ReadonlyArray<VatLine>;
  /** Proformas: deposits received, in (date, id) order. */
  readonly deposits?: ProformaDeposit[];
  /** Id of the final invoice that deducted this deposit. */
  deductedBy?: string;
}

/** A payment allocation to a proforma: a deposit received. */
export interface ProformaDeposit {
  readonly payment: Rec;
  readonly date: string;
  readonly amount: number;
  readonly rates: ReadonlyArray<DepositRate>;
}

/** A generated transaction before numbering. */
export interface Draft {
  readonly rec: Rec;
  readonly date: IsoDate;
  readonly journal: string;
  readonly type: TransactionType;
  readonly label: string;
  readonly pieceRef: string;
  readonly pieceDate: IsoDate;
  readonly source: TransactionSource;
  readonly entries: Entry[];
  /** The index (in `ctx.txs`) of the transaction this one reverses (a cancellation). */
  readonly reverses?: number;
}

/** What one `post` call shares. */
export interface Ctx {
  readonly c: Compiled;
  readonly scale: number;
  readonly mode: RoundingMode;
  /** Documents by id: a record, or the input index of an invoice already posted that nothing refers to yet. */
  readonly registry: IdIndex<Rec | number>;
  /** Inputs of those invoices, by input index. */
  readonly inputs: unknown[];
  readonly auxCache: Map<string, AuxiliaryAccount>;
  /** Generated transactions, not numbered nor frozen yet. */
  readonly txs: Array<Record<string, unknown>>;
  /** `postBook`: generated transactions go into these columns instead of `txs`. */
  readonly book?: ColumnsBuilder | undefined;
  /** `postBook`: the common invoice written straight into `book` (stageInvoice.ts). */
  readonly stage?: typeof stageInvoice | undefined;
  /** `postBook`: an invoice nothing refers to straight into `book`, its figures not kept (stageInvoice.ts). */
  readonly stageNew?: typeof stageNewInvoice | undefined;
  /** Their day numbers, (document index × 8 + order) and the index of the one they reverse (−1). */
  readonly days: number[];
  readonly orders: number[];
  readonly revs: number[];
  /** Ids referred to by context documents (their targets are never released). */
  readonly contextRefs: Set<string>;
  /** While payments are first read, final invoices that deduct deposits are not computed yet. */
  deferDeducts: boolean;
}

/** A document read again from its input, which was valid when first read. */
function reparse(input: unknown): Document {
  // Stryker disable next-line ArrayDeclaration: the input was valid when first read, so no issue (nor its path) comes out
  return checkDocument(input, []).document!;
}

/** The record of a document id (rebuilt from its input for an invoice already posted). */
export function lookup(ctx: Ctx, id: string): Rec | undefined {
  const v = ctx.registry.get(id);
  if (typeof v !== 'number') return v;
  const input = ctx.inputs[v];
  const rec = new Rec(fastInvoice(input) ?? reparse(input), input, v);
  rec.done = true;
  ctx.registry.set(id, rec);
  ctx.inputs[v] = undefined;
  return rec;
}

/** A shared frozen auxiliary account. */
export function auxOf(ctx: Ctx, party: { readonly id: string; readonly name: string }): AuxiliaryAccount {
  const aux = ctx.auxCache.get(party.id);
  if (aux !== undefined && aux.name === party.name) return aux;
  const made = Object.freeze({ number: party.id, name: party.name });
  if (aux === undefined) ctx.auxCache.set(party.id, made);
  return made;
}

/** The part of `x` that corresponds to `settled` of `total` (cumulative, so that the parts add up exactly). */
export function share(item: OpenItem, settled: number, x: number, mode: RoundingMode): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: mulDivRound gives 0 for settled = 0 too; an item of total 0 is never settled (nothing can be allocated to it)
  if (settled === 0 || item.total === 0) return 0;
  return mulDivRound(settled, x, item.total, mode);
}
