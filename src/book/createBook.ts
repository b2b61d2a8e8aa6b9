import { accountTooLongMessage, checkAccountWidth, defaultChart, padUnchecked, type AuxiliaryAccount, type Chart, type Journal } from '../accounts/index.js';
import { toDayNumber } from '../calendar/index.js';
import { AccountingError, issue, type AccountingIssue } from '../errors/index.js';
import { currencyScale, type CurrencyCode } from '../money/index.js';
import { closingIssue, type ClosingOptions, type Transaction, type TransactionSource } from '../transactions/index.js';
import { StringTable } from './_lib/StringTable.js';
import { BOOK, NOT_VALIDATED, type Book, type BookEntryColumns, type BookLedger, type BookTransactionColumns } from './Book.js';

/**
 * Options of {@link createBook}.
 *
 * @example
 * ```ts
 * const options: CreateBookOptions = { chart: defaultChart(), journals: DEFAULT_JOURNALS };
 * ```
 */
export interface CreateBookOptions extends ClosingOptions {
  /** When given, every account must be covered by it; it also names accounts in reports. */
  readonly chart?: Chart;
  /** When given, every journal code must be listed; their labels name journals in reports. */
  readonly journals?: ReadonlyArray<Journal>;
  /**
   * Currency of an empty book (otherwise the transactions').
   * @defaultValue 'EUR'
   */
  readonly currency?: CurrencyCode;
  /**
   * Pad every general account number with zeros to this width, 3 to 20
   * (`512` → `512000` at 6): the book then holds one number per account
   * whatever width its transactions used; a longer number is
   * `account_too_long`. Auxiliary numbers are left as they are.
   * @defaultValue none: numbers are kept as the transactions give them
   */
  readonly accountWidth?: number;
}

const DEFAULT_JOURNAL_LABELS: Readonly<Record<string, string>> = { VT: 'Ventes', AC: 'Achats', BQ: 'Banque', CA: 'Caisse', OD: 'Opérations diverses', AN: 'À-nouveaux' };


/**
 * Lays validated transactions out as a columnar, immutable {@link Book}:
 * accounts interned, amounts in integer minor units, dates as day numbers.
 * Each transaction is checked to balance once more (a hand-made object that
 * does not is refused), ids must be unique.
 *
 * @param transactions - transactions from `createTransaction`, a generator or a parser
 * @param options - chart, journals, currency of an empty book, account width
 * @returns the Book
 * @throws AccountingError `duplicate_transaction`, `unknown_account`, `unknown_journal`,
 *   `unbalanced_transaction`, `invalid_input` (mixed currencies),
 *   `account_too_long`, `invalid_option` (a bad `accountWidth`), `period_closed`
 *   (a draft entry dated on or before `options.closedThrough`: a closed period
 *   holds validated entries only)
 * @example
 * ```ts
 * const book = createBook([sale, payment]);
 * book.size //=> 2
 * book.accounts //=> ['411000', '706100', '445710', '512000']
 * createBook([openingOn512000, paymentOn512], { accountWidth: 6 }).accounts //=> ['512000', '101000', '411000']
 * ```
 */
export function createBook(transactions: Iterable<Transaction>, options: CreateBookOptions = {}): Book {
  const width = options.accountWidth;
  if (width !== undefined) checkAccountWidth(width);
  const list: ReadonlyArray<Transaction> = Array.isArray(transactions) ? transactions : [...transactions];
  const T = list.length;
  let E = 0;
  let withSource = 0;
  for (let t = 0; t < T; t++) {
    const tx = list[t]!;
    E += tx.entries.length;
    if (tx.source !== undefined) withSource++;
  }

  const issues: AccountingIssue[] = [];
  const closing = closingIssue(options, undefined, []);
  if (closing) throw new AccountingError([closing]);
  const closedThrough = options.closedThrough;
  const currency = T > 0 ? list[0]!.currency : (options.currency ?? 'EUR');
  const scale = currencyScale(currency, ['currency']);

  const strings = new StringTable();
  // Few distinct keys looked up often: a Map reuses the strings' cached hashes.
  const accounts = new SmallTable();
  const journals = new SmallTable();
  const types = new SmallTable();
  const currencies = new SmallTable();
  const auxNumbers = new SmallTable();
  const auxiliaries: AuxiliaryAccount[] = [];
  const ledgerByAccount: Array<Map<number, number>> = [];
  const ledgers: BookLedger[] = [];
  const accountLabels: string[] = [];
  const labelGiven: number[] = [];
  const sources = new Array<TransactionSource>(withSource);
  let sourceCount = 0;
  const analyticsList: Array<Readonly<Record<string, string>>> = [];
  const dayCache = new Map<string, number>();
  const seenIds = new StringTable(T);
  const day = (d: string): number => {
    let n = dayCache.get(d);
    if (n === undefined) {
      n = toDayNumber(d);
      dayCache.set(d, n);
    }
    return n;
  };

  const txc = {
    id: new Array<string>(T),
    journal: new Int32Array(T),
    date: new Int32Array(T),
    pieceRef: new Array<string>(T),
    pieceDate: new Int32Array(T),
    label: new Array<string>(T),
    validatedOn: new Int32Array(T),
    type: new Int32Array(T),
    opening: new Uint8Array(T),
    source: new Int32Array(T),
    reverses: new Int32Array(T),
    entryStart: new Int32Array(T + 1),
  };
  const ent = {
    tx: new Int32Array(E),
    account: new Int32Array(E),
    ledger: new Int32Array(E),
    amount: new Float64Array(E),
  };
  let label: Int32Array | undefined;
  let letteringCode: Int32Array | undefined;
  let letteringDate: Int32Array | undefined;
  let foreignCurrency: Int32Array | undefined;
  let foreignAmount: string[] | undefined;
  let costCenter: Int32Array | undefined;
  let analytics: Int32Array | undefined;
  let vatRate: Int32Array | undefined;
  let vatBase: Float64Array | undefined;
  let openItem: Int32Array | undefined;
  const column = (): Int32Array => new Int32Array(E).fill(-1);

  let e = 0;
  let absoluteTotal = 0;
  let sorted = true;
  let previousDay = -Infinity;
  const journalCodes = options.journals ? new Set(options.journals.map((j) => j.code)) : undefined;

  let duplicates = 0;
  let lastAux: AuxiliaryAccount | undefined;
  let lastAuxId = -1;
  let lastJournal: string | undefined;
  let lastJournalId = -1;
  let lastType: string | undefined;
  let lastTypeId = -1;
  for (let t = 0; t < T; t++) {
    const tx = list[t]!;
    if (seenIds.id(tx.id) !== t - duplicates) {
      duplicates++;
      const first = list.findIndex((x) => x.id === tx.id);
      issues.push(issue('duplicate_transaction', [t, 'id'], `Transaction id ${tx.id} is used twice (inputs ${first} and ${t}): ids must be unique in a book.`));
    }
    if (tx.currency !== currency) {
      issues.push(issue('invalid_input', [t, 'currency'], `Transaction ${tx.id} is in ${tx.currency} but the book is in ${currency}: a book has one currency (keep foreign amounts on the entries).`));
    }
    if (journalCodes && !journalCodes.has(tx.journal)) {
      issues.push(issue('unknown_journal', [t, 'journal'], `Journal ${tx.journal} of transaction ${tx.id} is not in the journals given: add it to options.journals.`));
    }
    txc.id[t] = tx.id;
    if (tx.journal !== lastJournal) {
      lastJournal = tx.journal;
      lastJournalId = journals.id(tx.journal);
    }
    txc.journal[t] = lastJournalId;
    const d = day(tx.date);
    txc.date[t] = d;
    if (d < previousDay) sorted = false;
    previousDay = d;
    txc.pieceRef[t] = tx.piece.ref;
    txc.pieceDate[t] = day(tx.piece.date);
    txc.label[t] = tx.label;
    if (tx.validatedOn === null) {
      txc.validatedOn[t] = NOT_VALIDATED;
      if (closedThrough !== undefined && tx.date <= closedThrough) {
        issues.push(issue('period_closed', [t, 'validatedOn'], `Transaction ${tx.id} is a draft (validatedOn null) dated ${tx.date}, in the period closed through ${closedThrough}: a closed period holds validated entries only; validate the drafts before closing (validate), or leave closedThrough out.`));
      }
    } else txc.validatedOn[t] = day(tx.validatedOn);
    if (tx.type !== lastType) {
      lastType = tx.type;
      lastTypeId = tx.type === undefined ? -1 : types.id(tx.type);
    }
    txc.type[t] = lastTypeId;
    txc.opening[t] = tx.type === 'opening' ? 1 : 0;
    if (tx.source) {
      txc.source[t] = sourceCount;
      sources[sourceCount++] = tx.source;
    } else txc.source[t] = -1;
    txc.reverses[t] = tx.reverses === undefined ? -1 : strings.id(tx.reverses);
    txc.entryStart[t] = e;

    let balance = 0;
    const entries = tx.entries;
    if (entries.length < 2) issues.push(issue('too_few_entries', [t, 'entries'], `Transaction ${tx.id} has fewer than two entries: build transactions with createTransaction.`));
    for (let k = 0; k < entries.length; k++, e++) {
      const en = entries[k]!;
      const minor = en.minor;
      if (!(Number.isSafeInteger(minor) && minor > 0) || (en.side !== 'debit' && en.side !== 'credit')) {
        issues.push(issue('invalid_amount', [t, 'entries', k], `Entry ${k} of transaction ${tx.id} has no valid amount: build transactions with createTransaction.`));
        continue;
      }
      const signed = en.side === 'debit' ? minor : -minor;
      balance += signed;
      absoluteTotal += minor;
      ent.tx[e] = t;
      ent.amount[e] = signed;
      let number: string = en.account;
      if (width !== undefined && number.length !== width) {
        if (number.length > width) issues.push(issue('account_too_long', [t, 'entries', k, 'account'], accountTooLongMessage(number, width, `transaction ${tx.id}`)));
        else number = padUnchecked(number, width);
      }
      const a = accounts.id(number);
      if (a === accountLabels.length) {
        const chartAccount = (options.chart ?? defaultChart()).find(number);
        if (options.chart && !chartAccount) {
          issues.push(issue('unknown_account', [t, 'entries', k, 'account'], `Account ${number} of transaction ${tx.id} is not covered by the chart of accounts: add it to the chart.`));
        }
        accountLabels.push(en.accountLabel ?? chartAccount?.label ?? '');
        labelGiven.push(en.accountLabel === undefined ? 0 : 1);
      } else if (!labelGiven[a] && en.accountLabel !== undefined) {
        accountLabels[a] = en.accountLabel;
        labelGiven[a] = 1;
      }
      ent.account[e] = a;
      let auxId = -1;
      if (en.auxiliary) {
        if (en.auxiliary === lastAux) auxId = lastAuxId;
        else {
          auxId = auxNumbers.id(en.auxiliary.number);
          if (auxId === auxiliaries.length) auxiliaries.push(en.auxiliary);
          lastAux = en.auxiliary;
          lastAuxId = auxId;
        }
      }
      const byAux = (ledgerByAccount[a] ??= new Map<number, number>());
      let ledger = byAux.get(auxId);
      if (ledger === undefined) {
        ledger = ledgers.length;
        ledgers.push(Object.freeze({ account: a, auxiliary: auxId }));
        byAux.set(auxId, ledger);
      }
      ent.ledger[e] = ledger;
      if (en.label !== undefined) (label ??= column())[e] = strings.id(en.label);
      if (en.lettering) {
        (letteringCode ??= column())[e] = strings.id(en.lettering.code);
        (letteringDate ??= new Int32Array(E))[e] = day(en.lettering.date);
      }
      if (en.currency) {
        (foreignCurrency ??= column())[e] = currencies.id(en.currency.code);
        (foreignAmount ??= new Array<string>(E).fill(''))[e] = en.currency.amount.toString();
      }
      if (en.costCenter !== undefined) (costCenter ??= column())[e] = strings.id(en.costCenter);
      if (en.analytics) {
        (analytics ??= column())[e] = analyticsList.length;
        analyticsList.push(en.analytics);
      }
      if (en.openItem !== undefined) (openItem ??= column())[e] = strings.id(en.openItem);
      if (en.vat) {
        (vatRate ??= column())[e] = strings.id(en.vat.rate);
        const base = Number(en.vat.base.times(10 ** scale).toFixed(0));
        (vatBase ??= new Float64Array(E))[e] = en.side === 'debit' ? base : -base;
      }
    }
    if (balance !== 0) {
      issues.push(issue('unbalanced_transaction', [t, 'entries'], `Transaction ${tx.id} does not balance (residual ${balance} minor units): build transactions with createTransaction.`));
    }
  }
  txc.entryStart[T] = e;
  if (issues.length > 0) throw new AccountingError(issues);

  const byDate = sorted ? identity(T) : sortByDate(txc.date);
  const journalLabel = (code: string): string =>
    options.journals?.find((j) => j.code === code)?.label ?? (Object.hasOwn(DEFAULT_JOURNAL_LABELS, code) ? DEFAULT_JOURNAL_LABELS[code]! : code);

  const entryColumns: Record<string, unknown> = { ...ent };
  if (label) entryColumns.label = label;
  if (letteringCode) entryColumns.letteringCode = letteringCode;
  if (letteringDate) entryColumns.letteringDate = letteringDate;
  if (foreignCurrency) entryColumns.foreignCurrency = foreignCurrency;
  if (foreignAmount) entryColumns.foreignAmount = Object.freeze(foreignAmount);
  if (costCenter) entryColumns.costCenter = costCenter;
  if (analytics) entryColumns.analytics = analytics;
  if (vatRate) entryColumns.vatRate = vatRate;
  if (vatBase) entryColumns.vatBase = vatBase;
  if (openItem) entryColumns.openItem = openItem;

  const book: Record<string, unknown> = {
    currency,
    scale,
    size: T,
    entryCount: e,
    accounts: Object.freeze(accounts.values),
    accountLabels: Object.freeze(accountLabels),
    accountLabelGiven: Uint8Array.from(labelGiven),
    auxiliaries: Object.freeze(auxiliaries),
    ledgers: Object.freeze(ledgers),
    journals: Object.freeze(journals.values),
    journalLabels: Object.freeze(journals.values.map(journalLabel)),
    types: Object.freeze(types.values),
    currencies: Object.freeze(currencies.values),
    strings: Object.freeze(strings.values),
    sources: Object.freeze(sources),
    analytics: Object.freeze(analyticsList),
    tx: Object.freeze({ ...txc, id: Object.freeze(txc.id), pieceRef: Object.freeze(txc.pieceRef), label: Object.freeze(txc.label) }) as BookTransactionColumns,
    entries: Object.freeze(entryColumns) as unknown as BookEntryColumns,
    byDate,
    absoluteTotal,
  };
  if (options.chart) book.chart = options.chart;
  if (options.journals) book.journalList = options.journals;
  Object.defineProperty(book, BOOK, { value: true, enumerable: false });
  return Object.freeze(book) as unknown as Book;
}

/** String → dense id for small sets of keys (internal). */
class SmallTable {
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

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Stable sort of transaction indexes by day number (internal). */
export function sortByDate(days: Int32Array): Int32Array {
  const n = days.length;
  const out = new Int32Array(n);
  if (n < 16_777_216) {
    let min = Infinity;
    for (let i = 0; i < n; i++) if (days[i]! < min) min = days[i]!;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (days[i]! - min) * 16_777_216 + i;
    keys.sort();
    for (let i = 0; i < n; i++) out[i] = keys[i]! % 16_777_216;
    return out;
  }
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
  for (let i = 0; i < n; i++) out[i] = idx[i]!;
  return out;
}
