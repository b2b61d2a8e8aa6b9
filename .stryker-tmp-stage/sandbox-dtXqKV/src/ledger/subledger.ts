// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type Book, type BookSource } from '../book/index.js';
import { toDayNumber, toPeriod, type IsoDate, type Period } from '../calendar/index.js';
import type { PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import type { CurrencyCode, Decimal } from '../money/index.js';
import type { TransactionSource } from '../transactions/index.js';
import { accountMask, type AccountFilter } from './_lib/accountFilter.js';
import { assertSafeTotals, decimalOf, pairOf, ZERO } from './_lib/amounts.js';
import { byDateSlice, DayNames } from './_lib/days.js';
import { journalSelection } from './_lib/journals.js';
import { labelTable, LABELS, wordFor, type LabelTableOptions } from '../posting/labelTable.js';
import type { DebitCredit } from './trialBalance.js';

/**
 * The subledger's wording of each transaction type (the home-care seed's
 * French: vente, paiement, annulation, note de crédit, note de débit,
 * radiation…): the French label table's `transactionTypes`
 * (`LABELS.fr.transactionTypes`). A type not listed is shown as given.
 *
 * @example
 * ```ts
 * SUBLEDGER_TYPE_LABELS['credit-note'] //=> 'note de crédit'
 * SUBLEDGER_TYPE_LABELS['vat-transfer'] //=> 'TVA exigible sur encaissement'
 * ```
 */
export const SUBLEDGER_TYPE_LABELS: Readonly<Record<string, string>> = LABELS.fr.transactionTypes;

/** Transaction types whose source document is an invoice (its number is the invoice number). */
const INVOICE_TYPES: ReadonlySet<string> = new Set(['sale', 'credit-note', 'debit-note', 'deposit']);

/**
 * Options of {@link subledger}.
 *
 * @example
 * ```ts
 * const options: SubledgerOptions = { period: { from: '2024-10-01', to: '2024-10-31' }, typeLabels: { sale: 'sale' } };
 * ```
 */
export interface SubledgerOptions {
  /** Inclusive period; every transaction when absent. */
  readonly period?: PeriodInput;
  /** Which accounts to show (classes, range, prefixes). */
  readonly accounts?: AccountFilter;
  /**
   * The journal code, or codes, to include.
   * @defaultValue every journal
   */
  readonly journal?: string | ReadonlyArray<string>;
  /**
   * The transaction types to include (`['payment', 'refund']` for the
   * receipts); a transaction without a type is left out when this is given.
   * @defaultValue every transaction, typed or not
   */
  readonly types?: ReadonlyArray<string>;
  /**
   * Words for transaction types and payment methods: a language of the label
   * table and words to change (`{ language: 'en' }`, `{ paymentMethods: {
   * ancv: 'chèques-vacances' } }`).
   * @defaultValue the French table, {@link LABELS}.fr
   */
  readonly labels?: LabelTableOptions;
  /**
   * Wording of transaction types, merged over those of `labels`.
   * @defaultValue {@link SUBLEDGER_TYPE_LABELS}
   */
  readonly typeLabels?: Readonly<Record<string, string>>;
}

/**
 * One entry of the subledger (grand livre auxiliaire of the home-care seed).
 * Text columns the Book does not know are `''`.
 *
 * @example
 * ```ts
 * const [row] = subledger(book, { journal: 'VT' });
 * row!.transactionId //=> 'dVT000001'
 * row!.type //=> 'vente'
 * ```
 */
export interface SubledgerRow {
  /** A stable id of the entry: transaction id, `-`, line number from 1 (`VT000001-1`). */
  readonly referenceId: string;
  /** The transaction id prefixed `d` for a debit line, `c` for a credit line. */
  readonly transactionId: string;
  /** The date the transaction is posted on (date d'affichage). */
  readonly postingDate: IsoDate;
  /** The date of the business document behind it (the piece date). */
  readonly transactionDate: IsoDate;
  /** The transaction type in the report's wording (`vente`, `paiement`…), `''` when none. */
  readonly type: string;
  /** The account's label. */
  readonly accountName: string;
  /** The general account number. */
  readonly accountNumber: string;
  /** The signed amount in minor units: debit > 0, credit < 0. */
  readonly minor: number;
  /** The debit amount, ≥ 0, in the currency's major unit. */
  readonly debit: Decimal;
  /** The credit amount, ≥ 0. */
  readonly credit: Decimal;
  /** The invoice the line belongs to (its open item, by number when the book has the invoice), else the invoice's own number. */
  readonly invoiceNumber: string;
  /** The entry's cost centre, `''` when none. */
  readonly costCenter: string;
  /** The funder (« bailleur de fonds ») from the transaction's source, `''` when none. */
  readonly funder: string;
  /** The billing contact from the transaction's source, `''` when none. */
  readonly billingContact: string;
  /** The customer's name from the transaction's source, `''` when none. */
  readonly client: string;
  /** The customer's id from the transaction's source, `''` when none. */
  readonly clientId: string;
  /** The memo from the transaction's source, `''` when none. */
  readonly memo: string;
  /** The payment method in the report's wording (`virement`, `chèque`…), `''` when none. */
  readonly paymentMethod: string;
  /** The payment method as the document gave it (`transfer`, `cheque`…), `''` when none. */
  readonly paymentMethodCode: string;
  /** The journal code of the transaction. */
  readonly journal: string;
  /** The piece reference of the transaction. */
  readonly pieceRef: string;
  /** The entry's own label, else the transaction's. */
  readonly label: string;
  /** The entry's auxiliary account (customer, supplier), when it has one. */
  readonly auxiliary?: AuxiliaryAccount;
}

/**
 * The subledger: every entry as a row, in date order, generated lazily on
 * iteration (memory stays flat), with totals. A row is a frozen view of the
 * Book's columns: its fields are accessors read on access, so `JSON.stringify`
 * (its `toJSON`) lists them but `Object.keys` and spreading do not.
 *
 * @example
 * ```ts
 * const sl = subledger(book);
 * sl.rowCount //=> 9
 * sl.totals.debit.equals(sl.totals.credit) //=> true
 * ```
 */
export interface Subledger extends Iterable<SubledgerRow> {
  /** Σ debit and Σ credit of the rows. */
  readonly totals: DebitCredit;
  /** Number of rows. */
  readonly rowCount: number;
  /** The period asked for; absent when every transaction is read. */
  readonly period?: Period;
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
}

/**
 * The subledger (the home-care product's "grand livre auxiliaire" export):
 * one row per entry with a reference id, the transaction id prefixed `d` or
 * `c`, posting and document dates, type, account name and number, debit,
 * credit, invoice number, cost centre, funder, billing contact, client, client
 * id, memo and payment method — from the Book's entries and the transactions'
 * `source`, types and payment methods in words of a label table (French by
 * default: `vente`, `virement`; the method's code stays in `paymentMethodCode`); each row also carries its journal, piece reference, label and
 * auxiliary account (for the receipts journal). `types` keeps the
 * transactions of some types only (payments, refunds…). Rows are generated on iteration; totals are a fold over integer
 * minor units.
 *
 * @param source - a Book, or transactions
 * @param options - period, account filter, journals, transaction types, words (`labels`, `typeLabels`)
 * @returns the iterable rows and their totals
 * @throws AccountingError `invalid_period`, `invalid_date`, `invalid_option`, `invalid_account`, `unknown_account`, `unknown_journal`, `amount_overflow`
 * @example
 * ```ts
 * const [first] = subledger(book, { journal: 'VT' });
 * [first!.referenceId, first!.transactionId, first!.type, first!.accountNumber, first!.debit.toFixed(2), first!.invoiceNumber, first!.client]
 * //=> ['VT000001-1', 'dVT000001', 'vente', '411000', '600.00', 'FA2024-0001', 'DUPONT Jean']
 * ```
 */
export function subledger(source: BookSource, options: SubledgerOptions = {}): Subledger {
  const book = toBook(source);
  assertSafeTotals(book);
  const period = options.period === undefined ? undefined : toPeriod(options.period);
  const mask = accountMask(book, options.accounts);
  const journals = journalSelection(book, options.journal);
  const table = labelTable(options.labels);
  const labels: Record<string, string> = { ...table.transactionTypes };
  if (options.typeLabels !== undefined) {
    if (typeof options.typeLabels !== 'object' || options.typeLabels === null) fail('invalid_option', ['typeLabels'], 'typeLabels must map transaction types to words, e.g. { sale: "sale" }.');
    for (const key of Object.keys(options.typeLabels)) {
      const v = options.typeLabels[key];
      if (typeof v !== 'string') fail('invalid_option', ['typeLabels', key], `The wording of type ${JSON.stringify(key)} must be a string.`);
      labels[key] = v;
    }
  }
  const typeNames = book.types.map((type) => wordFor(labels, type));
  const words: Words = { typeNames, deductible: wordFor(labels, 'vat-transfer:deductible'), vatTransfer: book.types.indexOf('vat-transfer'), methods: table.paymentMethods };
  const typeMask = typeSelection(book, options.types);
  const { lo, hi } = period ? byDateSlice(book, toDayNumber(period.from), toDayNumber(period.to)) : { lo: 0, hi: book.size };

  let debit = 0;
  let credit = 0;
  let count = 0;
  const { byDate, tx } = book;
  const { amount, account } = book.entries;
  for (let i = lo; i < hi; i++) {
    const t = byDate[i]!;
    if (!journals.mask[tx.journal[t]!] || (typeMask && !typeMask[tx.type[t]! + 1])) continue;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      if (!mask[account[e]!]) continue;
      count++;
      const a = amount[e]!;
      if (a > 0) debit += a;
      else credit -= a;
    }
  }

  let numbers: ReadonlyArray<string | undefined> | undefined;
  const report: Record<string | symbol, unknown> = {
    totals: pairOf(debit, credit, book.scale),
    rowCount: count,
    currency: book.currency,
    [Symbol.iterator]: () => {
      numbers ??= invoiceNumbers(book);
      return rows(book, lo, hi, mask, journals.mask, typeMask, words, numbers);
    },
  };
  if (period) report.period = period;
  return Object.freeze(report) as unknown as Subledger;
}

/** The words a subledger writes. */
interface Words {
  readonly typeNames: ReadonlyArray<string>;
  /** The word of a `vat-transfer` moving deductible VAT (4456). */
  readonly deductible: string;
  /** The type id of `vat-transfer`, -1 when the Book has none. */
  readonly vatTransfer: number;
  readonly methods: Readonly<Record<string, string>>;
}

/** Per account id: whether it is deductible VAT (PCG 4456). */
function deductibleVat(book: Book): Uint8Array {
  const out = new Uint8Array(book.accounts.length);
  book.accounts.forEach((a, i) => {
    if (a.startsWith('4456')) out[i] = 1;
  });
  return out;
}

/**
 * Resolves the `types` option to a mask indexed by type id + 1 (slot 0: no
 * type), or `undefined` for every transaction. A type the Book does not use
 * selects nothing.
 */
function typeSelection(book: Book, types: ReadonlyArray<string> | undefined): Uint8Array | undefined {
  if (types === undefined) return undefined;
  if (!Array.isArray(types)) fail('invalid_option', ['types'], 'types must be a list of transaction types, e.g. ["payment", "refund"].');
  const wanted = new Set<string>();
  types.forEach((type: unknown, i: number) => {
    if (typeof type !== 'string' || type === '') fail('invalid_option', ['types', i], `A transaction type must be a non-empty string such as "payment", received ${JSON.stringify(type)}.`);
    wanted.add(type);
  });
  const mask = new Uint8Array(book.types.length + 1);
  book.types.forEach((type, id) => {
    if (wanted.has(type)) mask[id + 1] = 1;
  });
  return mask;
}

/**
 * Per string id of the Book: the number of the invoice whose id it is, found
 * on the invoice's own transaction (its `source.documentId` used as an open
 * item, with a `documentNumber`). No string-keyed lookup per entry.
 */
function invoiceNumbers(book: Book): ReadonlyArray<string | undefined> {
  const out = new Array<string | undefined>(book.strings.length);
  const open = book.entries.openItem;
  if (!open) return out;
  const { tx } = book;
  for (let t = 0; t < book.size; t++) {
    const s = tx.source[t]!;
    if (s < 0) continue;
    const { documentId, documentNumber } = book.sources[s]!;
    if (documentId === undefined || documentNumber === undefined) continue;
    for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
      const id = open[e]!;
      if (id >= 0 && out[id] === undefined && book.strings[id] === documentId) out[id] = documentNumber;
    }
  }
  return out;
}

function* rows(
  book: Book,
  lo: number,
  hi: number,
  mask: Uint8Array,
  journals: Uint8Array,
  typeMask: Uint8Array | undefined,
  words: Words,
  numbers: ReadonlyArray<string | undefined>,
): Generator<SubledgerRow> {
  const x: RowContext = { book, words, numbers, deductible: words.vatTransfer >= 0 ? deductibleVat(book) : undefined, days: new DayNames() };
  const { byDate, tx } = book;
  const { account } = book.entries;
  const { entryStart } = tx;
  for (let i = lo; i < hi; i++) {
    const t = byDate[i]!;
    if (!journals[tx.journal[t]!] || (typeMask && !typeMask[tx.type[t]! + 1])) continue;
    for (let e = entryStart[t]!; e < entryStart[t + 1]!; e++) {
      if (mask[account[e]!]) yield new SubledgerRowView(x, t, e) as unknown as SubledgerRow;
    }
  }
}

/** What a subledger row reads its fields from. */
interface RowContext {
  readonly book: Book;
  readonly words: Words;
  readonly numbers: ReadonlyArray<string | undefined>;
  readonly deductible: Uint8Array | undefined;
  readonly days: DayNames;
}

/** The number of an invoice id (string id): its document number when the book has the invoice, else the id. */
function invoiceOf(x: RowContext, id: number): string {
  return x.numbers[id] ?? x.book.strings[id]!;
}

/**
 * A subledger row: the entry's number in the Book, its fields read from the
 * Book's columns when asked for (the rows of a large book are never all
 * built); frozen. `toJSON` gives the row's fields in order, with debit and
 * credit as fixed-point strings.
 */
class SubledgerRowView {
  readonly #x: RowContext;
  readonly #t: number;
  readonly #e: number;
  constructor(x: RowContext, t: number, e: number) {
    this.#x = x;
    this.#t = t;
    this.#e = e;
    Object.freeze(this);
  }
  get referenceId(): string {
    const { tx } = this.#x.book;
    return `${tx.id[this.#t]!}-${this.#e - tx.entryStart[this.#t]! + 1}`;
  }
  get transactionId(): string {
    return (this.#x.book.entries.amount[this.#e]! > 0 ? 'd' : 'c') + this.#x.book.tx.id[this.#t]!;
  }
  get postingDate(): IsoDate {
    return this.#x.days.name(this.#x.book.tx.date[this.#t]!);
  }
  get transactionDate(): IsoDate {
    return this.#x.days.name(this.#x.book.tx.pieceDate[this.#t]!);
  }
  get type(): string {
    const { book, words, deductible } = this.#x;
    const { tx } = book;
    const t = this.#t;
    const typeId = tx.type[t]!;
    if (typeId < 0) return '';
    if (deductible !== undefined && typeId === words.vatTransfer) {
      // The same type moves collected VAT (44574 → 4457x) or deductible VAT (44568 → 44566).
      for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) if (deductible[book.entries.account[e]!]) return words.deductible;
    }
    return words.typeNames[typeId]!;
  }
  get accountName(): string {
    return this.#x.book.accountLabels[this.#x.book.entries.account[this.#e]!]!;
  }
  get accountNumber(): string {
    return this.#x.book.accounts[this.#x.book.entries.account[this.#e]!]!;
  }
  get minor(): number {
    return this.#x.book.entries.amount[this.#e]!;
  }
  get debit(): Decimal {
    const m = this.minor;
    return m > 0 ? decimalOf(m, this.#x.book.scale) : ZERO;
  }
  get credit(): Decimal {
    const m = this.minor;
    return m < 0 ? decimalOf(-m, this.#x.book.scale) : ZERO;
  }
  get invoiceNumber(): string {
    const x = this.#x;
    const { book } = x;
    const open = book.entries.openItem;
    if (open && open[this.#e]! >= 0) return invoiceOf(x, open[this.#e]!);
    // The transaction's invoice: its single open item, else its own number when it is an invoice.
    const { tx } = book;
    const t = this.#t;
    let txInvoice = -2;
    if (open) {
      for (let e = tx.entryStart[t]!; e < tx.entryStart[t + 1]!; e++) {
        const o = open[e]!;
        if (o < 0) continue;
        if (txInvoice === -2) txInvoice = o;
        else if (txInvoice !== o) txInvoice = -1;
      }
    }
    if (txInvoice >= 0) return invoiceOf(x, txInvoice);
    const typeId = tx.type[t]!;
    return typeId >= 0 && INVOICE_TYPES.has(book.types[typeId]!) ? (this.#source?.documentNumber ?? '') : '';
  }
  get costCenter(): string {
    const { book } = this.#x;
    const c = book.entries.costCenter;
    return c && c[this.#e]! >= 0 ? book.strings[c[this.#e]!]! : '';
  }
  get #source(): TransactionSource | undefined {
    const { book } = this.#x;
    const s = book.tx.source[this.#t]!;
    return s >= 0 ? book.sources[s] : undefined;
  }
  get funder(): string {
    return this.#source?.funder ?? '';
  }
  get billingContact(): string {
    return this.#source?.billingContact ?? '';
  }
  get client(): string {
    return this.#source?.customerName ?? '';
  }
  get clientId(): string {
    return this.#source?.customerId ?? '';
  }
  get memo(): string {
    return this.#source?.memo ?? '';
  }
  get paymentMethod(): string {
    const code = this.paymentMethodCode;
    return code === '' ? '' : wordFor(this.#x.words.methods, code);
  }
  get paymentMethodCode(): string {
    return this.#source?.paymentMethod ?? '';
  }
  get journal(): string {
    return this.#x.book.journals[this.#x.book.tx.journal[this.#t]!]!;
  }
  get pieceRef(): string {
    return this.#x.book.tx.pieceRef[this.#t]!;
  }
  get label(): string {
    const { book } = this.#x;
    const l = book.entries.label;
    return l && l[this.#e]! >= 0 ? book.strings[l[this.#e]!]! : book.tx.label[this.#t]!;
  }
  get auxiliary(): AuxiliaryAccount | undefined {
    const { book } = this.#x;
    const a = book.ledgers[book.entries.ledger[this.#e]!]!.auxiliary;
    return a >= 0 ? book.auxiliaries[a] : undefined;
  }
  /** The row's fields in order, debit and credit as fixed-point strings (`auxiliary` only when there is one). */
  toJSON(): Record<string, unknown> {
    const scale = this.#x.book.scale;
    const out: Record<string, unknown> = {
      referenceId: this.referenceId,
      transactionId: this.transactionId,
      postingDate: this.postingDate,
      transactionDate: this.transactionDate,
      type: this.type,
      accountName: this.accountName,
      accountNumber: this.accountNumber,
      minor: this.minor,
      invoiceNumber: this.invoiceNumber,
      costCenter: this.costCenter,
      funder: this.funder,
      billingContact: this.billingContact,
      client: this.client,
      clientId: this.clientId,
      memo: this.memo,
      paymentMethod: this.paymentMethod,
      paymentMethodCode: this.paymentMethodCode,
      journal: this.journal,
      pieceRef: this.pieceRef,
      label: this.label,
    };
    const auxiliary = this.auxiliary;
    if (auxiliary !== undefined) out.auxiliary = auxiliary;
    out.debit = this.debit.toFixed(scale);
    out.credit = this.credit.toFixed(scale);
    return out;
  }
}
