// The columns of a Book while they are written, one transaction at a time (internal).
import { accountTooLongMessage, checkAccountWidth, padUnchecked, type AuxiliaryAccount, type Chart, type Journal } from '../../accounts/index.js';
import { pcgLabel } from '../../accounts/pcgLabel.js';
import { toDayNumber } from '../../calendar/index.js';
import { AccountingError, issue, type AccountingIssue } from '../../errors/index.js';
import { currencyScale, type CurrencyCode } from '../../money/index.js';
import { closingIssue, type ClosingOptions, type Entry, type Transaction, type TransactionSource } from '../../transactions/index.js';
import { lazyVatMinor } from '../../transactions/_lib/lazyVat.js';
import { NOT_VALIDATED, type Book, type BookLedger } from '../Book.js';
import { bookFromColumns, dateOrder, ENTRY_COLUMNS } from './bookFromColumns.js';
import { StringTable } from './StringTable.js';

/** What a builder checks and lays out (the options of `createBook`). */
export interface BuilderOptions extends ClosingOptions {
  readonly chart?: Chart | undefined;
  readonly journals?: ReadonlyArray<Journal> | undefined;
  readonly currency?: CurrencyCode | undefined;
  readonly accountWidth?: number | undefined;
}

/** The fields of a transaction the builder reads (a `Transaction`, or a generated one not numbered yet). */
export interface TransactionRow {
  readonly id: string;
  readonly journal: string;
  readonly date: string;
  readonly piece: { readonly ref: string; readonly date: string };
  readonly label: string;
  readonly validatedOn: string | null;
  readonly type?: string | undefined;
  readonly source?: TransactionSource | undefined;
  readonly currency: string;
  readonly reverses?: string | undefined;
  readonly entries: ReadonlyArray<Entry>;
}

/** Source fields that repeat across transactions (a customer's, a funder's): held once. */
const SHARED_SOURCE_KEYS: ReadonlySet<string> = new Set(['customerId', 'customerName', 'funder', 'billingContact', 'paymentMethod', 'supplierId', 'supplierName']);

const NO_OPTIONAL: ReadonlySet<OptionalColumn> = new Set();

const DEFAULT_JOURNAL_LABELS: Readonly<Record<string, string>> = { VT: 'Ventes', AC: 'Achats', BQ: 'Banque', CA: 'Caisse', OD: 'Opérations diverses', AN: 'À-nouveaux' };

/** String → dense id for small sets of keys (internal). */
export class SmallTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** `a` copied into `out` (a larger, zeroed column), the rest filled with `fill`. */
function grownInt32(a: Int32Array, out: Int32Array, fill?: number): Int32Array {
  const cap = out.length;
  out.set(a.subarray(0, Math.min(a.length, cap)));
  if (fill !== undefined && cap > a.length) out.fill(fill, a.length);
  return out;
}

function grownFloat64(a: Float64Array, out: Float64Array): Float64Array {
  out.set(a.subarray(0, Math.min(a.length, out.length)));
  return out;
}

function sameValues(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The optional entry columns a builder may hold (the typed ones). */
export type OptionalColumn = 'elabel' | 'letteringCode' | 'letteringDate' | 'foreignCurrency' | 'costCenter' | 'analytics' | 'openItem' | 'vatRate' | 'vatBase';

/** Optional columns whose empty value is −1 (the others start at 0). */
const MINUS_ONE: ReadonlySet<OptionalColumn> = new Set<OptionalColumn>(['elabel', 'letteringCode', 'foreignCurrency', 'costCenter', 'analytics', 'openItem', 'vatRate']);

/** The largest buffer carved into columns; larger layouts get one buffer per column. */
const MAX_CARVED_BYTES = 2 ** 30;

/**
 * Typed columns carved out of one ArrayBuffer. V8 counts every ArrayBuffer
 * against an external-memory limit and, each time allocations cross it (about
 * every 64 MB), marks the whole heap — seconds when a million documents or
 * transactions sit on it, as they do while a Book is built from them. The
 * columns of a Book allocated together cross it once. Each column starts on an
 * 8-byte boundary; a column's `buffer` is then shared with the others.
 */
export class Carver {
  readonly #buffer: ArrayBuffer | undefined;
  #offset = 0;
  /** `sizes`: the byte length of every column to be carved (in any order). */
  constructor(sizes: ReadonlyArray<number>) {
    let total = 0;
    for (const n of sizes) total += Math.ceil(n / 8) * 8;
    this.#buffer = total > 0 && total <= MAX_CARVED_BYTES ? new ArrayBuffer(total) : undefined;
  }
  #take(bytes: number): number {
    const at = this.#offset;
    this.#offset += Math.ceil(bytes / 8) * 8;
    return at;
  }
  int32(n: number): Int32Array {
    return this.#buffer === undefined || n === 0 ? new Int32Array(n) : new Int32Array(this.#buffer, this.#take(n * 4), n);
  }
  float64(n: number): Float64Array {
    return this.#buffer === undefined || n === 0 ? new Float64Array(n) : new Float64Array(this.#buffer, this.#take(n * 8), n);
  }
  uint8(n: number): Uint8Array {
    return this.#buffer === undefined || n === 0 ? new Uint8Array(n) : new Uint8Array(this.#buffer, this.#take(n), n);
  }
}

/**
 * Bytes of the entry columns (3 Int32, amount, the optional ones) of a layout. The transaction columns are
 * allocated apart: `finish` holds per-transaction columns with equal values once (the piece and validation
 * dates of generated transactions are their dates…), and a column dropped that way must not stay retained as
 * part of a shared buffer (1,000,000 transactions: 4 MB a column, the Book's 100 bytes an entry).
 */
function layoutSizes(E: number, optional: ReadonlySet<OptionalColumn>): number[] {
  const sizes = [E * 4, E * 4, E * 4, E * 8];
  for (const c of optional) sizes.push(c === 'vatBase' ? E * 8 : E * 4);
  return sizes;
}

/**
 * Book columns allocated for a known number of transactions and entries
 * (internal): what `createBook` needs, every transaction given at once.
 * `add` applies every check of `createBook` and interns exactly as it does.
 * The {@link ColumnsBuilder} grows them and adds a posting run's staging mode;
 * apart, so that a bundle creating Books does not carry that code.
 */
export class FixedColumnsBuilder {
  declare readonly options: BuilderOptions;
  declare staging: boolean;
  private declare readonly width: number | undefined;
  private declare readonly journalCodes: ReadonlySet<string> | undefined;
  currency: CurrencyCode | undefined;
  scale = 0;
  size = 0;
  entryCount = 0;
  /** @internal the transaction capacity (a staging emitter, posting/_lib/stageInvoice.ts, reads it) */
  declare tcap: number;
  declare ecap: number;
  issues: AccountingIssue[] = [];
  absoluteTotal = 0;

  // per transaction
  id: string[] = [];
  declare journal: Int32Array;
  declare date: Int32Array;
  pieceRef: string[] = [];
  declare pieceDate: Int32Array;
  label: string[] = [];
  declare validatedOn: Int32Array;
  declare type: Int32Array;
  declare opening: Uint8Array;
  declare source: Int32Array;
  declare reverses: Int32Array;
  declare entryStart: Int32Array;

  // per entry
  declare etx: Int32Array;
  declare account: Int32Array;
  declare ledger: Int32Array;
  declare amount: Float64Array;
  elabel: Int32Array | undefined;
  letteringCode: Int32Array | undefined;
  letteringDate: Int32Array | undefined;
  foreignCurrency: Int32Array | undefined;
  foreignAmount: string[] | undefined;
  costCenter: Int32Array | undefined;
  analytics: Int32Array | undefined;
  vatRate: Int32Array | undefined;
  vatBase: Float64Array | undefined;
  openItem: Int32Array | undefined;

  // tables
  declare strings: StringTable;
  accounts = new SmallTable();
  journals = new SmallTable();
  types = new SmallTable();
  currencies = new SmallTable();
  auxNumbers = new SmallTable();
  auxiliaries: AuxiliaryAccount[] = [];
  ledgerByAccount: Array<Map<number, number>> = [];
  /** Per account, the auxiliary of its last entry and that entry's ledger (most entries repeat them). */
  readonly lastAuxOf: number[] = [];
  readonly lastLedgerOf: number[] = [];
  ledgers: BookLedger[] = [];
  accountLabels: string[] = [];
  labelGiven: number[] = [];
  sources: TransactionSource[] = [];
  analyticsList: Array<Readonly<Record<string, string>>> = [];
  seenIds: StringTable | undefined;
  private readonly dayCache = new Map<string, number>();
  readonly sharedValues = new Map<string, string>();
  /**
   * Reads a VAT base in minor units without a Decimal when it can (the `vat` of the entries `post` generates:
   * building a Decimal per VAT entry, kept on the entry, was most of what `createBook` allocated for them).
   */
  vatMinor: ((vat: unknown, scale: number) => number | undefined) | undefined = lazyVatMinor;
  // the last-seen caches below and `day`, `growEntries`, `auxiliaryId`, `growTransactions` are also used by the
  // staging emitter of simple invoices (posting/_lib/stageInvoice.ts), which writes the same columns as `add`
  lastAux: AuxiliaryAccount | undefined;
  lastAuxId = -1;
  lastJournal: string | undefined;
  lastJournalId = -1;
  lastType: string | undefined;
  lastTypeId = -1;

  /**
   * `expected`: the sizes to allocate for (`transactions`, `entries`), staging mode, and the optional entry
   * columns the Book will certainly hold (allocated with the others, in one buffer).
   */
  constructor(options: BuilderOptions = {}, expected: { readonly transactions?: number; readonly entries?: number; readonly staging?: boolean; readonly optional?: ReadonlySet<OptionalColumn> } = {}) {
    this.options = options;
    this.staging = expected.staging === true;
    this.width = options.accountWidth;
    if (this.width !== undefined) checkAccountWidth(this.width);
    const closing = closingIssue(options, undefined, []);
    if (closing) throw new AccountingError([closing]);
    this.journalCodes = options.journals ? new Set(options.journals.map((j) => j.code)) : undefined;
    const T = Math.max(0, expected.transactions ?? 1024);
    const E = Math.max(0, expected.entries ?? T * 3);
    this.tcap = T;
    this.ecap = E;
    // every entry column in one buffer (see Carver), the optional columns known to be needed included
    const optional = expected.optional ?? NO_OPTIONAL;
    const carve = new Carver(layoutSizes(E, optional));
    this.journal = new Int32Array(T);
    this.date = new Int32Array(T);
    this.pieceDate = new Int32Array(T);
    this.validatedOn = new Int32Array(T);
    this.type = new Int32Array(T);
    this.opening = new Uint8Array(T);
    this.source = new Int32Array(T);
    this.reverses = new Int32Array(T);
    this.entryStart = new Int32Array(T + 1);
    this.etx = carve.int32(E);
    this.account = carve.int32(E);
    this.ledger = carve.int32(E);
    this.amount = carve.float64(E);
    for (const c of optional) {
      if (c === 'vatBase') this.vatBase = carve.float64(E);
      else this[c] = MINUS_ONE.has(c) ? carve.int32(E).fill(-1) : carve.int32(E);
    }
    // a staging run (postBook, its layout) interns about one string per transaction (the invoice's open item): sized once
    this.strings = new StringTable(this.staging ? T : undefined);
    if (!this.staging) this.seenIds = new StringTable(T);
    if (expected.transactions !== undefined) {
      this.id = new Array<string>(T);
      this.pieceRef = new Array<string>(T);
      this.label = new Array<string>(T);
    }
  }

  /** The book's currency once known (the first transaction's), and its scale. */
  setCurrency(currency: CurrencyCode): void {
    this.scale = currencyScale(currency, ['currency']);
    this.currency = currency;
  }

  day(d: string): number {
    let n = this.dayCache.get(d);
    if (n === undefined) {
      n = toDayNumber(d);
      this.dayCache.set(d, n);
    }
    return n;
  }

  /** The ledger of (account `a`, auxiliary `auxId`, −1 for none): its id, the ledger added when new. */
  ledgerOf(a: number, auxId: number): number {
    const byAux = (this.ledgerByAccount[a] ??= new Map<number, number>());
    let found = byAux.get(auxId);
    if (found === undefined) {
      found = this.ledgers.length;
      this.ledgers.push(Object.freeze({ account: a, auxiliary: auxId }));
      byAux.set(auxId, found);
    }
    return found;
  }

  /**
   * Room for `need` entries: each entry column copied into one twice as large. `createBook` allocates every entry
   * up front, so it comes here only when a transaction's entries changed between two reads (a getter); the
   * {@link ColumnsBuilder} overrides it with columns carved from one buffer.
   */
  growEntries(need: number): void {
    const cap = Math.max(64, this.ecap * 2, need);
    const columns = this as unknown as Record<string, Int32Array | Float64Array | undefined>;
    for (const c of ['etx', 'account', 'ledger', 'amount', 'letteringDate', 'vatBase', ...MINUS_ONE] as const) {
      const column = columns[c];
      if (column) (columns[c] = new (column.constructor as Int32ArrayConstructor)(cap).fill(MINUS_ONE.has(c as OptionalColumn) ? -1 : 0)).set(column);
    }
    if (this.foreignAmount) for (let e = this.foreignAmount.length; e < cap; e++) this.foreignAmount.push('');
    this.ecap = cap;
  }

  column(): Int32Array {
    return new Int32Array(this.ecap).fill(-1);
  }

  /**
   * A source whose values are shared with the transaction's own strings (the
   * piece reference, the id) or with earlier sources (customer ids and
   * names): one string held once however many transactions repeat it.
   */
  private shareSource(source: TransactionSource, pieceRef: string): TransactionSource {
    const shared = this.sharedValues;
    const record = source as Readonly<Record<string, unknown>>;
    const keys = Object.keys(record);
    const out: Record<string, string> = {};
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = record[key];
      if (typeof value !== 'string') return source;
      if (value === pieceRef) out[key] = pieceRef;
      else if (SHARED_SOURCE_KEYS.has(key)) {
        const known = shared.get(value);
        if (known === undefined) shared.set(value, value);
        out[key] = known ?? value;
      } else out[key] = value;
    }
    return Object.freeze(out) as TransactionSource;
  }

  /** Adds one transaction (its issues, if any, are kept for `finish`). */
  add(tx: TransactionRow): void {
    const t = this.size;
    const issues = this.issues;
    if (this.currency === undefined) this.setCurrency(tx.currency as CurrencyCode);
    const currency = this.currency!;
    const entries = tx.entries;
    if (this.entryCount + entries.length > this.ecap) this.growEntries(this.entryCount + entries.length);
    const closedThrough = this.options.closedThrough;
    // columns in locals: the calls below (interning) would make every this.… read again
    const etx = this.etx;
    const amountColumn = this.amount;
    const accountColumn = this.account;
    const ledgerColumn = this.ledger;
    const accounts = this.accounts;
    const accountLabels = this.accountLabels;
    const labelGiven = this.labelGiven;
    const strings = this.strings;
    const lastAuxOf = this.lastAuxOf;
    const lastLedgerOf = this.lastLedgerOf;
    if (this.seenIds) {
      const before = this.seenIds.size;
      if (this.seenIds.id(tx.id) !== before) {
        const first = this.id.indexOf(tx.id);
        issues.push(issue('duplicate_transaction', [t, 'id'], `Transaction id ${tx.id} is used twice (inputs ${first} and ${t}): ids must be unique in a book.`));
      }
    }
    if (tx.currency !== currency) {
      issues.push(issue('invalid_input', [t, 'currency'], `Transaction ${tx.id} is in ${tx.currency} but the book is in ${currency}: a book has one currency (keep foreign amounts on the entries).`));
    }
    if (this.journalCodes && !this.journalCodes.has(tx.journal)) {
      issues.push(issue('unknown_journal', [t, 'journal'], `Journal ${tx.journal} of transaction ${tx.id} is not in the journals given: add it to options.journals.`));
    }
    this.id[t] = tx.id;
    if (tx.journal !== this.lastJournal) {
      this.lastJournal = tx.journal;
      this.lastJournalId = this.journals.id(tx.journal);
    }
    this.journal[t] = this.lastJournalId;
    const d = this.day(tx.date);
    this.date[t] = d;
    const pieceRef = tx.piece.ref;
    this.pieceRef[t] = pieceRef;
    this.pieceDate[t] = this.day(tx.piece.date);
    this.label[t] = tx.label;
    if (tx.validatedOn === null) {
      this.validatedOn[t] = NOT_VALIDATED;
      if (closedThrough !== undefined && tx.date <= closedThrough) {
        issues.push(issue('period_closed', [t, 'validatedOn'], `Transaction ${tx.id} is a draft (validatedOn null) dated ${tx.date}, in the period closed through ${closedThrough}: a closed period holds validated entries only; validate the drafts before closing (validate), or leave closedThrough out.`));
      }
    } else this.validatedOn[t] = this.day(tx.validatedOn);
    if (tx.type !== this.lastType) {
      this.lastType = tx.type;
      this.lastTypeId = tx.type === undefined ? -1 : this.types.id(tx.type);
    }
    this.type[t] = this.lastTypeId;
    this.opening[t] = tx.type === 'opening' ? 1 : 0;
    if (tx.source) {
      this.source[t] = this.sources.length;
      this.sources.push(this.shareSource(tx.source, pieceRef));
    } else this.source[t] = -1;
    this.reverses[t] = tx.reverses === undefined ? -1 : strings.id(tx.reverses);
    let e = this.entryCount;
    this.entryStart[t] = e;

    let balance = 0;
    if (entries.length < 2) issues.push(issue('too_few_entries', [t, 'entries'], `Transaction ${tx.id} has fewer than two entries: build transactions with createTransaction.`));
    const width = this.width;
    const scale = this.scale;
    for (let k = 0; k < entries.length; k++, e++) {
      const en = entries[k]!;
      const minor = en.minor;
      if (!(Number.isSafeInteger(minor) && minor > 0) || (en.side !== 'debit' && en.side !== 'credit')) {
        issues.push(issue('invalid_amount', [t, 'entries', k], `Entry ${k} of transaction ${tx.id} has no valid amount: build transactions with createTransaction.`));
        continue;
      }
      const signed = en.side === 'debit' ? minor : -minor;
      balance += signed;
      this.absoluteTotal += minor;
      etx[e] = t;
      amountColumn[e] = signed;
      let number: string = en.account;
      if (width !== undefined && number.length !== width) {
        if (number.length > width) issues.push(issue('account_too_long', [t, 'entries', k, 'account'], accountTooLongMessage(number, width, `transaction ${tx.id}`)));
        else number = padUnchecked(number, width);
      }
      const a = accounts.id(number);
      if (a === accountLabels.length) {
        // the default chart's label without building that chart (pcgLabel: a smaller bundle)
        const chart = this.options.chart;
        let chartLabel: string | undefined;
        if (chart) {
          const chartAccount = chart.find(number);
          if (!chartAccount) issues.push(issue('unknown_account', [t, 'entries', k, 'account'], `Account ${number} of transaction ${tx.id} is not covered by the chart of accounts: add it to the chart.`));
          chartLabel = chartAccount?.label;
        } else chartLabel = pcgLabel(number);
        accountLabels.push(en.accountLabel ?? chartLabel ?? '');
        labelGiven.push(en.accountLabel === undefined ? 0 : 1);
      } else if (!labelGiven[a] && en.accountLabel !== undefined) {
        accountLabels[a] = en.accountLabel;
        labelGiven[a] = 1;
      }
      accountColumn[e] = a;
      let auxId = -1;
      if (en.auxiliary) {
        if (en.auxiliary === this.lastAux) auxId = this.lastAuxId;
        else {
          auxId = this.auxiliaryId(en.auxiliary);
          this.lastAux = en.auxiliary;
          this.lastAuxId = auxId;
        }
      }
      // the ledger of (account, auxiliary): the account's last one when the auxiliary is the same (revenue and VAT
      // accounts have none), otherwise looked up
      let ledger: number;
      if (lastAuxOf[a] === auxId) ledger = lastLedgerOf[a]!;
      else {
        ledger = this.ledgerOf(a, auxId);
        lastAuxOf[a] = auxId;
        lastLedgerOf[a] = ledger;
      }
      ledgerColumn[e] = ledger;
      if (en.label !== undefined) (this.elabel ??= this.column())[e] = strings.id(en.label);
      if (en.lettering) {
        (this.letteringCode ??= this.column())[e] = strings.id(en.lettering.code);
        (this.letteringDate ??= new Int32Array(this.ecap))[e] = this.day(en.lettering.date);
      }
      if (en.currency) {
        (this.foreignCurrency ??= this.column())[e] = this.currencies.id(en.currency.code);
        (this.foreignAmount ??= new Array<string>(this.ecap).fill(''))[e] = en.currency.amount.toString();
      }
      if (en.costCenter !== undefined) (this.costCenter ??= this.column())[e] = strings.id(en.costCenter);
      if (en.analytics) {
        (this.analytics ??= this.column())[e] = this.analyticsList.length;
        this.analyticsList.push(en.analytics);
      }
      if (en.openItem !== undefined) (this.openItem ??= this.column())[e] = strings.id(en.openItem === pieceRef ? pieceRef : en.openItem);
      if (en.vat) {
        (this.vatRate ??= this.column())[e] = strings.id(en.vat.rate);
        const base = this.vatMinor?.(en.vat, scale) ?? Number(en.vat.base.times(10 ** scale).toFixed(0));
        (this.vatBase ??= new Float64Array(this.ecap))[e] = en.side === 'debit' ? base : -base;
      }
    }
    if (balance !== 0) {
      issues.push(issue('unbalanced_transaction', [t, 'entries'], `Transaction ${tx.id} does not balance (residual ${balance} minor units): build transactions with createTransaction.`));
    }
    this.entryCount = e;
    this.size = t + 1;
    this.entryStart[t + 1] = e;
  }

  /** The id of an auxiliary account not seen on the entry before: by number (one account, one number). */
  auxiliaryId(aux: AuxiliaryAccount): number {
    const auxId = this.auxNumbers.id(aux.number);
    if (auxId === this.auxiliaries.length) this.auxiliaries.push(aux);
    return auxId;
  }

  /** The Book (throws the issues found). `handOver`: the builder is not used again, its columns are the Book's when they fit exactly. */
  finish(handOver = false): Book {
    if (this.issues.length > 0) throw new AccountingError(this.issues);
    const T = this.size;
    const E = this.entryCount;
    const options = this.options;
    const currency = this.currency ?? options.currency ?? 'EUR';
    const scale = this.currency === undefined ? currencyScale(currency, ['currency']) : this.scale;
    // a column handed over when it fits exactly, else cut to n
    const i32 = <A extends Int32Array | Float64Array>(a: A, n: number): A => (handOver && a.length === n ? a : (a.slice(0, n) as A));
    // a copy has exactly n slots (an array grown by push keeps spare capacity)
    const copy = <X>(a: X[], n: number): X[] => a.slice(0, n);
    const journalLabel = (code: string): string =>
      options.journals?.find((j) => j.code === code)?.label ?? (Object.hasOwn(DEFAULT_JOURNAL_LABELS, code) ? DEFAULT_JOURNAL_LABELS[code]! : code);
    const entries: Record<string, unknown> = {};
    for (const k of ENTRY_COLUMNS) {
      const column = k === 'tx' ? this.etx : k === 'label' ? this.elabel : this[k];
      if (column) entries[k] = Array.isArray(column) ? copy(column, E) : i32(column, E);
    }
    const opening = handOver && this.opening.length === T ? this.opening : this.opening.slice(0, T);
    // Day columns equal to the transaction dates (piece dated as the entry, validated on its date: every generated
    // transaction) are the date column itself: the same values held once.
    // Per-transaction columns with equal values are one array: the piece and validation dates of generated
    // transactions are their dates, the sources of a book whose every transaction has one are 0, 1, 2… as is
    // `byDate` of a book in date order, the types of a book follow its journals. Read-only values, held once.
    const distinct: Int32Array[] = [];
    const once = (a: Int32Array): Int32Array => {
      for (const d of distinct) if (sameValues(d, a)) return d;
      distinct.push(a);
      return a;
    };
    const date = once(i32(this.date, T));
    const byDate = once(dateOrder(date));
    return bookFromColumns({
      currency,
      scale,
      accounts: this.accounts.values.slice(),
      accountLabels: this.accountLabels.slice(),
      accountLabelGiven: Uint8Array.from(this.labelGiven),
      auxiliaries: this.auxiliaries.slice(),
      ledgers: this.ledgers.slice(),
      journals: this.journals.values.slice(),
      journalLabels: this.journals.values.map(journalLabel),
      types: this.types.values.slice(),
      currencies: this.currencies.values.slice(),
      strings: copy(this.strings.values, this.strings.values.length),
      sources: copy(this.sources, this.sources.length),
      analytics: copy(this.analyticsList, this.analyticsList.length),
      tx: {
        id: copy(this.id, T),
        journal: once(i32(this.journal, T)),
        date,
        pieceRef: copy(this.pieceRef, T),
        pieceDate: once(i32(this.pieceDate, T)),
        label: copy(this.label, T),
        validatedOn: once(i32(this.validatedOn, T)),
        type: once(i32(this.type, T)),
        opening,
        source: once(i32(this.source, T)),
        reverses: once(i32(this.reverses, T)),
        entryStart: i32(this.entryStart, T + 1),
      },
      entries: entries as never,
      absoluteTotal: this.absoluteTotal,
      byDate,
      ...(options.chart ? { chart: options.chart } : {}),
      ...(options.journals ? { journalList: options.journals } : {}),
    });
  }
}

/**
 * Growable Book columns (internal): a {@link FixedColumnsBuilder} that makes room as transactions come (a
 * BookBuilder, a posting run). In `staging` mode (a posting run, transactions not numbered yet, added in
 * generation order) ids are not read and auxiliary accounts are told apart by number and name; `reorder` then
 * lays the Book out in numbering order.
 */
export class ColumnsBuilder extends FixedColumnsBuilder {
  private readonly auxByObject = new Map<AuxiliaryAccount, number>();

  override add(tx: TransactionRow): void {
    if (this.size >= this.tcap) this.growTransactions(this.size + 1);
    super.add(tx);
  }

  override auxiliaryId(aux: AuxiliaryAccount): number {
    if (!this.staging) return super.auxiliaryId(aux);
    // by object: layOut keeps, for each number, the first auxiliary account in numbering order
    const known = this.auxByObject.get(aux);
    if (known !== undefined) return known;
    const auxId = this.auxiliaries.length;
    this.auxByObject.set(aux, auxId);
    this.auxiliaries.push(aux);
    return auxId;
  }

  growTransactions(need: number): void {
    let cap = Math.max(16, this.tcap * 2);
    while (cap < need) cap *= 2;
    // the transaction columns apart, as in the constructor (see layoutSizes)
    this.journal = grownInt32(this.journal, new Int32Array(cap));
    this.date = grownInt32(this.date, new Int32Array(cap));
    this.pieceDate = grownInt32(this.pieceDate, new Int32Array(cap));
    this.validatedOn = grownInt32(this.validatedOn, new Int32Array(cap));
    this.type = grownInt32(this.type, new Int32Array(cap));
    const opening = new Uint8Array(cap);
    opening.set(this.opening.subarray(0, Math.min(this.opening.length, cap)));
    this.opening = opening;
    this.source = grownInt32(this.source, new Int32Array(cap));
    this.reverses = grownInt32(this.reverses, new Int32Array(cap));
    this.entryStart = grownInt32(this.entryStart, new Int32Array(cap + 1));
    this.tcap = cap;
  }

  override growEntries(need: number): void {
    const cap = Math.max(64, this.ecap * 2, need);
    const sizes = [cap * 4, cap * 4, cap * 4, cap * 8];
    for (const c of [this.elabel, this.letteringCode, this.letteringDate, this.foreignCurrency, this.costCenter, this.analytics, this.vatRate, this.openItem]) if (c) sizes.push(cap * 4);
    if (this.vatBase) sizes.push(cap * 8);
    const carve = new Carver(sizes);
    this.etx = grownInt32(this.etx, carve.int32(cap));
    this.account = grownInt32(this.account, carve.int32(cap));
    this.ledger = grownInt32(this.ledger, carve.int32(cap));
    this.amount = grownFloat64(this.amount, carve.float64(cap));
    if (this.elabel) this.elabel = grownInt32(this.elabel, carve.int32(cap), -1);
    if (this.letteringCode) this.letteringCode = grownInt32(this.letteringCode, carve.int32(cap), -1);
    if (this.letteringDate) this.letteringDate = grownInt32(this.letteringDate, carve.int32(cap));
    if (this.foreignCurrency) this.foreignCurrency = grownInt32(this.foreignCurrency, carve.int32(cap), -1);
    if (this.foreignAmount) for (let e = this.foreignAmount.length; e < cap; e++) this.foreignAmount.push('');
    if (this.costCenter) this.costCenter = grownInt32(this.costCenter, carve.int32(cap), -1);
    if (this.analytics) this.analytics = grownInt32(this.analytics, carve.int32(cap), -1);
    if (this.vatRate) this.vatRate = grownInt32(this.vatRate, carve.int32(cap), -1);
    if (this.vatBase) this.vatBase = grownFloat64(this.vatBase, carve.float64(cap));
    if (this.openItem) this.openItem = grownInt32(this.openItem, carve.int32(cap), -1);
    this.ecap = cap;
  }

  /**
   * Drops the transactions from `t` on (a staging run whose document failed).
   * Only the columns go back: the tables keep what those transactions
   * interned, and `reorder` lays out only what is still there.
   */
  truncate(t: number): void {
    if (t >= this.size) return;
    this.entryCount = this.entryStart[t]!;
    this.size = t;
    this.id.length = t;
    this.pieceRef.length = t;
    this.label.length = t;
    if (this.issues.length > 0) this.issues = this.issues.filter((i) => (i.path[0] as number) < t);
  }

}

/** Transactions whose entries `expectedSizes` reads for the optional columns a Book will hold. */
const OPTIONAL_PREFIX = 256;

/**
 * The sizes of a list of transactions, and the optional entry columns its first
 * transactions already need (`add` allocates those for them in any case: the
 * same columns, allocated with the others; a column first needed later is
 * allocated then).
 */
export function expectedSizes(list: ReadonlyArray<Transaction>): { transactions: number; entries: number; optional: ReadonlySet<OptionalColumn> } {
  let E = 0;
  for (let t = 0; t < list.length; t++) E += list[t]!.entries.length;
  const optional = new Set<OptionalColumn>();
  for (let t = 0; t < list.length && t < OPTIONAL_PREFIX; t++) {
    for (const en of list[t]!.entries) {
      // as `add`: an entry without a valid amount allocates nothing (and the Book is refused)
      if (!(Number.isSafeInteger(en.minor) && en.minor > 0) || (en.side !== 'debit' && en.side !== 'credit')) continue;
      if (en.label !== undefined) optional.add('elabel');
      if (en.lettering) optional.add('letteringCode').add('letteringDate');
      if (en.currency) optional.add('foreignCurrency');
      if (en.costCenter !== undefined) optional.add('costCenter');
      if (en.analytics) optional.add('analytics');
      if (en.openItem !== undefined) optional.add('openItem');
      if (en.vat) optional.add('vatRate').add('vatBase');
    }
  }
  return { transactions: list.length, entries: E, optional };
}

