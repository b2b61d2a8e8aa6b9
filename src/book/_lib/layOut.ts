// What a posting run and a BookBuilder need beyond createBook (internal): a staging run laid out in numbering
// order, a builder resuming from a Book's columns. Apart from builder.ts so that createBook does not bundle them
// (issue #13 §2: the smallest use is createTransaction + createBook + trialBalance).
import { defaultChart } from '../../accounts/index.js';
import { AccountingError, issue } from '../../errors/index.js';
import type { CurrencyCode } from '../../money/index.js';
import { NOT_VALIDATED, type Book, type BookEntryColumns, type BookTransactionColumns } from '../Book.js';
import { ColumnsBuilder, type BuilderOptions, type OptionalColumn } from './builder.js';
import { StringTable } from './StringTable.js';

/**
 * The Book of a staging run laid out in numbering order: `order[k]` is the
 * staged transaction at position k, `ids[i]` the number of staged
 * transaction i, `reversed[i]` the staged transaction it reverses (−1).
 * Every table is interned again in that order, exactly as `createBook`
 * would intern the numbered transactions.
 */
export function reorder(builder: ColumnsBuilder, order: ArrayLike<number>, ids: ReadonlyArray<string>, reversed: ReadonlyArray<number>, draft: boolean): Book {
  if (builder.issues.length > 0) {
    // Never for generated transactions (checked when generated); kept so that the errors stay those of createBook.
    const at = new Int32Array(builder.size);
    for (let k = 0; k < order.length; k++) at[order[k]!] = k;
    throw new AccountingError(builder.issues.map((i) => ({ ...i, path: [at[i.path[0] as number]!, ...i.path.slice(1)] })));
  }
  return layOut(builderView(builder), order, (i) => ids[i]!, (i) => (reversed[i]! >= 0 ? ids[reversed[i]!] : undefined), draft, {});
}

/** The columns as `layOut` reads them. */
export function builderView(builder: ColumnsBuilder): ColumnsView {
  return {
    journals: builder.journals.values, types: builder.types.values, accounts: builder.accounts.values, currencies: builder.currencies.values, strings: builder.strings.values,
    auxiliaries: builder.auxiliaries, ledgers: builder.ledgers, accountLabels: builder.accountLabels, labelGiven: builder.labelGiven, sources: builder.sources, analyticsList: builder.analyticsList,
    journal: builder.journal, date: builder.date, pieceRef: builder.pieceRef, pieceDate: builder.pieceDate, label: builder.label, validatedOn: builder.validatedOn, type: builder.type, opening: builder.opening, source: builder.source, entryStart: builder.entryStart,
    amount: builder.amount, account: builder.account, ledger: builder.ledger, elabel: builder.elabel, letteringCode: builder.letteringCode, letteringDate: builder.letteringDate, foreignCurrency: builder.foreignCurrency, foreignAmount: builder.foreignAmount,
    costCenter: builder.costCenter, analytics: builder.analytics, openItem: builder.openItem, vatRate: builder.vatRate, vatBase: builder.vatBase, currency: builder.currency,
  };
}

/** A builder holding a Book's columns, to add transactions after them (the Book is left as it is). */
export function builderFrom(book: Book, options: BuilderOptions, extra = 1024, extraEntries = extra * 3): ColumnsBuilder {
  const T = book.size;
  const E = book.entryCount;
  const b = new ColumnsBuilder(options, { transactions: T + extra, entries: E + extraEntries, staging: true });
  b.staging = false;
  if (T > 0) b.setCurrency(book.currency);
  const tx = book.tx;
  const ent = book.entries;
  b.size = T;
  b.entryCount = E;
  b.id = tx.id.slice();
  b.pieceRef = tx.pieceRef.slice();
  b.label = tx.label.slice();
  b.journal.set(tx.journal);
  b.date.set(tx.date);
  b.pieceDate.set(tx.pieceDate);
  b.validatedOn.set(tx.validatedOn);
  b.type.set(tx.type);
  b.opening.set(tx.opening);
  b.source.set(tx.source);
  b.reverses.set(tx.reverses);
  b.entryStart.set(tx.entryStart);
  b.etx.set(ent.tx);
  b.account.set(ent.account);
  b.ledger.set(ent.ledger);
  b.amount.set(ent.amount);
  const col = (c: Int32Array | undefined): Int32Array | undefined => {
    if (!c) return undefined;
    const out = b.column();
    out.set(c);
    return out;
  };
  b.elabel = col(ent.label);
  b.letteringCode = col(ent.letteringCode);
  if (ent.letteringDate) (b.letteringDate = new Int32Array(b.ecap)).set(ent.letteringDate);
  b.foreignCurrency = col(ent.foreignCurrency);
  if (ent.foreignAmount) {
    b.foreignAmount = ent.foreignAmount.slice();
    for (let e = E; e < b.ecap; e++) b.foreignAmount.push('');
  }
  b.costCenter = col(ent.costCenter);
  b.analytics = col(ent.analytics);
  b.vatRate = col(ent.vatRate);
  if (ent.vatBase) (b.vatBase = new Float64Array(b.ecap)).set(ent.vatBase);
  b.openItem = col(ent.openItem);
  const strings = new StringTable(book.strings.length);
  for (const s of book.strings) strings.id(s);
  b.strings = strings;
  for (const a of book.accounts) b.accounts.id(a);
  for (const j of book.journals) b.journals.id(j);
  for (const t of book.types) b.types.id(t);
  for (const c of book.currencies) b.currencies.id(c);
  b.auxiliaries = book.auxiliaries.slice();
  for (const aux of b.auxiliaries) b.auxNumbers.id(aux.number);
  b.ledgers = book.ledgers.slice();
  book.ledgers.forEach((l, id) => (b.ledgerByAccount[l.account] ??= new Map()).set(l.auxiliary, id));
  b.accountLabels = book.accountLabels.slice();
  b.labelGiven = Array.from(book.accountLabelGiven);
  b.sources = book.sources.slice();
  b.analyticsList = book.analytics.slice();
  const seen = new StringTable(T + extra);
  for (let t = 0; t < T; t++) seen.id(tx.id[t]!);
  b.seenIds = seen;
  b.absoluteTotal = book.absoluteTotal;
  // the last-seen caches start empty: the next transaction looks its journal, type and auxiliary up
  return b;
}

/** The columns of a Book's transactions that {@link layOut} reads. */
type TxColumn = 'journal' | 'date' | 'pieceRef' | 'pieceDate' | 'label' | 'validatedOn' | 'type' | 'opening' | 'source' | 'entryStart';
/** The optional entry columns {@link layOut} reads. */
type OptionalEntryColumn = 'letteringCode' | 'letteringDate' | 'foreignCurrency' | 'foreignAmount' | 'costCenter' | 'analytics' | 'openItem' | 'vatRate' | 'vatBase';

/**
 * What {@link layOut} reads: a builder's columns, or a Book's — the Book's own
 * column types, picked (a Book's entry `label` is `elabel` here, its
 * `analytics` list `analyticsList`, its `accountLabelGiven` `labelGiven`).
 */
export type ColumnsView = Pick<Book, 'journals' | 'types' | 'accounts' | 'currencies' | 'strings' | 'auxiliaries' | 'ledgers' | 'accountLabels' | 'sources'> &
  Pick<BookTransactionColumns, TxColumn> &
  Pick<BookEntryColumns, 'amount' | 'account' | 'ledger'> & { readonly [K in OptionalEntryColumn]?: BookEntryColumns[K] | undefined } & {
    readonly labelGiven: ArrayLike<number>;
    readonly analyticsList: Book['analytics'];
    readonly elabel?: BookEntryColumns['label'] | undefined;
    readonly currency: CurrencyCode | undefined;
  };

/** A Book's columns as `layOut` reads them. */
export function bookView(book: Book): ColumnsView {
  const { tx, entries: c } = book;
  return {
    journals: book.journals, types: book.types, accounts: book.accounts, currencies: book.currencies, strings: book.strings,
    auxiliaries: book.auxiliaries, ledgers: book.ledgers, accountLabels: book.accountLabels, labelGiven: book.accountLabelGiven, sources: book.sources, analyticsList: book.analytics,
    journal: tx.journal, date: tx.date, pieceRef: tx.pieceRef, pieceDate: tx.pieceDate, label: tx.label, validatedOn: tx.validatedOn, type: tx.type, opening: tx.opening, source: tx.source, entryStart: tx.entryStart,
    amount: c.amount, account: c.account, ledger: c.ledger, elabel: c.label, letteringCode: c.letteringCode, letteringDate: c.letteringDate, foreignCurrency: c.foreignCurrency, foreignAmount: c.foreignAmount,
    costCenter: c.costCenter, analytics: c.analytics, openItem: c.openItem, vatRate: c.vatRate, vatBase: c.vatBase, currency: book.size > 0 ? book.currency : undefined,
  };
}

/**
 * The Book of the transactions `order` lists (positions in `src`), laid out
 * as `createBook(those transactions, options)` lays them out: every table
 * interned again in that order. `idOf(i)` is the id of transaction i,
 * `reversesOf(i)` the id it reverses; `draft` makes every transaction a draft.
 * Checks only what `options.chart` asks (the transactions were checked when
 * they were added).
 */
export function layOut(src: ColumnsView, order: ArrayLike<number>, idOf: (i: number) => string, reversesOf: (i: number) => string | undefined, draft: boolean, options: BuilderOptions): Book {
  const T = order.length;
  let E = 0;
  for (let k = 0; k < T; k++) {
    const i = order[k]!;
    E += src.entryStart[i + 1]! - src.entryStart[i]!;
  }
  const out = new ColumnsBuilder(options, { transactions: T, entries: E, staging: true, optional: optionalColumnsOf(src, order) });
  out.staging = false;
  out.seenIds = undefined;
  if (src.currency !== undefined) out.setCurrency(src.currency);
  const journalMap = new Int32Array(src.journals.length).fill(-1);
  const typeMap = new Int32Array(src.types.length).fill(-1);
  const accountMap = new Int32Array(src.accounts.length).fill(-1);
  const auxMap = new Int32Array(src.auxiliaries.length).fill(-1);
  const currencyMap = new Int32Array(src.currencies.length).fill(-1);
  const stringMap = new Int32Array(src.strings.length).fill(-1);
  const ledgerMap = new Int32Array(src.ledgers.length).fill(-1);
  // The source's strings are distinct, and the output's table starts empty: without a reversed transaction (whose
  // id is looked up among them) each string is appended as first met, not hashed (a million open items).
  let distinct = true;
  for (let k = 0; k < T && distinct; k++) distinct = reversesOf(order[k]!) === undefined;
  const str = (s: number): number => {
    let n = stringMap[s]!;
    if (n < 0) n = stringMap[s] = distinct ? out.strings.append(src.strings[s]!) : out.strings.id(src.strings[s]!);
    return n;
  };
  let e = 0;
  let absoluteTotal = 0;
  for (let k = 0; k < T; k++) {
    const i = order[k]!;
    out.id[k] = idOf(i);
    const j = src.journal[i]!;
    out.journal[k] = journalMap[j]! >= 0 ? journalMap[j]! : (journalMap[j] = out.journals.id(src.journals[j]!));
    const d = src.date[i]!;
    out.date[k] = d;
    out.pieceRef[k] = src.pieceRef[i]!;
    out.pieceDate[k] = src.pieceDate[i]!;
    out.label[k] = src.label[i]!;
    out.validatedOn[k] = draft ? NOT_VALIDATED : src.validatedOn[i]!;
    const ty = src.type[i]!;
    out.type[k] = ty < 0 ? -1 : typeMap[ty]! >= 0 ? typeMap[ty]! : (typeMap[ty] = out.types.id(src.types[ty]!));
    out.opening[k] = src.opening[i]!;
    if (src.source[i]! >= 0) {
      out.source[k] = out.sources.length;
      out.sources.push(src.sources[src.source[i]!]!);
    } else out.source[k] = -1;
    const reverses = reversesOf(i);
    out.reverses[k] = reverses === undefined ? -1 : out.strings.id(reverses);
    out.entryStart[k] = e;
    for (let x = src.entryStart[i]!; x < src.entryStart[i + 1]!; x++, e++) {
      out.etx[e] = k;
      const amount = src.amount[x]!;
      out.amount[e] = amount;
      absoluteTotal += amount < 0 ? -amount : amount;
      const sa = src.account[x]!;
      let a = accountMap[sa]!;
      if (a < 0) {
        const number = src.accounts[sa]!;
        a = accountMap[sa] = out.accounts.id(number);
        const given = src.labelGiven[sa]! === 1;
        const chartAccount = (options.chart ?? defaultChart()).find(number);
        if (options.chart && !chartAccount) out.issues.push(issue('unknown_account', [k, 'entries', x - src.entryStart[i]!, 'account'], `Account ${number} of transaction ${idOf(i)} is not covered by the chart of accounts: add it to the chart.`));
        const label = given ? src.accountLabels[sa]! : (chartAccount?.label ?? '');
        out.accountLabels.push(label);
        out.labelGiven.push(given ? 1 : 0);
      }
      out.account[e] = a;
      // a source ledger (account, auxiliary) is one ledger of the Book: found once, then read from ledgerMap
      const sLedger = src.ledger[x]!;
      let ledger = ledgerMap[sLedger]!;
      if (ledger < 0) {
        const sl = src.ledgers[sLedger]!;
        let auxId = -1;
        if (sl.auxiliary >= 0) {
          auxId = auxMap[sl.auxiliary]!;
          if (auxId < 0) {
            const aux = src.auxiliaries[sl.auxiliary]!;
            auxId = auxMap[sl.auxiliary] = out.auxNumbers.id(aux.number);
            if (auxId === out.auxiliaries.length) out.auxiliaries.push(aux);
          }
        }
        ledger = ledgerMap[sLedger] = out.ledgerOf(a, auxId);
      }
      out.ledger[e] = ledger;
      if (src.elabel && src.elabel[x]! >= 0) (out.elabel ??= out.column())[e] = str(src.elabel[x]!);
      if (src.letteringCode && src.letteringCode[x]! >= 0) {
        (out.letteringCode ??= out.column())[e] = str(src.letteringCode[x]!);
        (out.letteringDate ??= new Int32Array(out.ecap))[e] = src.letteringDate![x]!;
      }
      if (src.foreignCurrency && src.foreignCurrency[x]! >= 0) {
        const c = src.foreignCurrency[x]!;
        (out.foreignCurrency ??= out.column())[e] = currencyMap[c]! >= 0 ? currencyMap[c]! : (currencyMap[c] = out.currencies.id(src.currencies[c]!));
        (out.foreignAmount ??= new Array<string>(out.ecap).fill(''))[e] = src.foreignAmount![x]!;
      }
      if (src.costCenter && src.costCenter[x]! >= 0) (out.costCenter ??= out.column())[e] = str(src.costCenter[x]!);
      if (src.analytics && src.analytics[x]! >= 0) {
        (out.analytics ??= out.column())[e] = out.analyticsList.length;
        out.analyticsList.push(src.analyticsList[src.analytics[x]!]!);
      }
      if (src.openItem && src.openItem[x]! >= 0) (out.openItem ??= out.column())[e] = str(src.openItem[x]!);
      if (src.vatRate && src.vatRate[x]! >= 0) {
        (out.vatRate ??= out.column())[e] = str(src.vatRate[x]!);
        (out.vatBase ??= new Float64Array(out.ecap))[e] = src.vatBase![x]!;
      }
    }
  }
  out.entryStart[T] = e;
  out.size = T;
  out.entryCount = e;
  out.absoluteTotal = absoluteTotal;
  return out.finish(true);
}

/** The optional columns of `src` that an entry of the transactions `order` lists uses (what `layOut` allocates). */
function optionalColumnsOf(src: ColumnsView, order: ArrayLike<number>): ReadonlySet<OptionalColumn> {
  const out = new Set<OptionalColumn>();
  const used = (column: Int32Array | undefined): boolean => {
    if (!column) return false;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      for (let x = src.entryStart[i]!; x < src.entryStart[i + 1]!; x++) if (column[x]! >= 0) return true;
    }
    return false;
  };
  if (used(src.elabel)) out.add('elabel');
  if (used(src.letteringCode)) out.add('letteringCode').add('letteringDate');
  if (used(src.foreignCurrency)) out.add('foreignCurrency');
  if (used(src.costCenter)) out.add('costCenter');
  if (used(src.analytics)) out.add('analytics');
  if (used(src.openItem)) out.add('openItem');
  if (used(src.vatRate)) out.add('vatRate').add('vatBase');
  return out;
}
