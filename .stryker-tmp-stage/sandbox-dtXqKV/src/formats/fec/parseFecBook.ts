// @ts-nocheck
import type { AuxiliaryAccount, Chart } from '../../accounts/index.js';
import type { Book, BookLedger } from '../../book/index.js';
import { StringTable } from '../../book/_lib/StringTable.js';
import { bookFromColumns } from '../../book/_lib/bookFromColumns.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../../errors/index.js';
import { isChart } from '../../accounts/Chart.js';
import { currencyScale, Decimal, type CurrencyCode } from '../../money/index.js';
import type { TransactionSource } from '../../transactions/index.js';
import { checkOptionsObject, collectChunks, isAsyncIterable, readFec, scannedJournals } from './_lib/fecInput.js';
import { fecStrings, type FecColumns } from './_lib/scanFec.js';

/**
 * Options of {@link parseFecBook}.
 *
 * @example
 * ```ts
 * const options: ParseFecBookOptions = { openingJournals: ['RAN'], chart: defaultChart() };
 * ```
 */
export interface ParseFecBookOptions {
  /**
   * Journal codes whose entries are opening entries (à-nouveaux), on top of
   * `AN` and `OUV`.
   * @defaultValue `[]`
   */
  readonly openingJournals?: ReadonlyArray<string>;
  /**
   * The currency the file is kept in.
   * @defaultValue 'EUR'
   */
  readonly currency?: CurrencyCode;
  /**
   * When given, every account must be covered by it (`unknown_account`), and
   * the Book keeps it, as `createBook(…, { chart })` does.
   */
  readonly chart?: Chart;
  /**
   * The largest file read, in bytes, as for `parseFec` (`file_too_large`
   * beyond it; at most 2147483647).
   * @defaultValue 1073741824 (1 GiB)
   */
  readonly maxBytes?: number;
}

/**
 * Reads a FEC straight into a {@link Book}: the same checks and the same
 * Book as `createBook(parseFec(input).transactions, { journals })`, built
 * without a `Transaction` or `Entry` object per line — account numbers,
 * labels and auxiliary accounts are interned from the bytes, amounts and
 * dates read into typed arrays. The way to load a year of a large business
 * (a million entries) and fold it with `trialBalance`, `generalLedger`…
 *
 * Given an async iterable of byte chunks (a file stream), it gathers the
 * chunks (cut anywhere, even inside a character) and reads them as one
 * buffer: the same Book, as a Promise; memory is the file's plus the Book's.
 *
 * @param input - the file's bytes (UTF-8 or ISO-8859-15; a BOM is allowed) or
 *   text, or an async iterable of byte chunks
 * @param options - opening journals, currency, chart of accounts
 * @returns the Book, its `journalList` the file's journals; a Promise of it
 *   for an async iterable
 * @throws AccountingError `invalid_file` listing every unusable line (see
 *   `parseFec`), `unknown_account` when a chart is given and does not cover
 *   an account; `file_too_large` above `options.maxBytes`; `invalid_option`,
 *   `unknown_currency`, `invalid_input` for bad arguments
 * @example
 * ```ts
 * const book = parseFecBook(bytes); // readFileSync('123456782FEC20241231.txt')
 * book.size //=> 4
 * trialBalance(book).totals.closing.debit.toFixed(2) //=> '1600.00'
 * const chunks = (async function* () { yield bytes.subarray(0, 100); yield bytes.subarray(100); })(); // createReadStream(…)
 * (await parseFecBook(chunks)).size //=> 4
 * ```
 */
export function parseFecBook(input: Uint8Array | string, options?: ParseFecBookOptions): Book;
export function parseFecBook(input: AsyncIterable<Uint8Array>, options?: ParseFecBookOptions): Promise<Book>;
export function parseFecBook(input: Uint8Array | string | AsyncIterable<Uint8Array>, options: ParseFecBookOptions = {}): Book | Promise<Book> {
  checkOptionsObject(options, 'parseFecBook');
  if (options.chart !== undefined && !isChart(options.chart)) fail('invalid_option', ['chart'], 'options.chart is a chart of accounts made by createChart or defaultChart().');
  if (isAsyncIterable(input)) return collectChunks(input, options.maxBytes).then((bytes) => bookOf(readFec(bytes, options, 'parseFecBook', true), options));
  return bookOf(readFec(input, options, 'parseFecBook', true), options);
}

/**
 * Lays the scan's columns out as `createBook` would lay out the same transactions (internal; the CLI's parallel
 * parse builds its Book with it). The per-transaction strings, when the scan deferred them, are decoded last:
 * the Book's typed columns are allocated while the heap is still small.
 */
export function bookOf(scan: FecColumns, options: ParseFecBookOptions): Book {
  const T = scan.T;
  const E = scan.E;
  const currency = options.currency ?? 'EUR';
  const scale = currencyScale(currency);
  const journalList = scannedJournals(scan);

  // transactions: journals, types and sources in order of first use, as createBook interns them
  const journalId = new Int32Array(scan.journals.length).fill(-1);
  const journals: string[] = [];
  const journalLabels: string[] = [];
  const txJournal = new Int32Array(T);
  const type = new Int32Array(T).fill(-1);
  const types: string[] = [];
  const source = new Int32Array(T).fill(-1);
  const sources: TransactionSource[] = [];
  for (let t = 0; t < T; t++) {
    const j = scan.txJournal[t]!;
    let id = journalId[j]!;
    if (id < 0) {
      id = journalId[j] = journals.length;
      journals.push(scan.journals[j]!.code);
      journalLabels.push(scan.journals[j]!.label);
    }
    txJournal[t] = id;
    if (scan.txOpening[t] === 1) {
      if (types.length === 0) types.push('opening');
      type[t] = 0;
    }
    if (scan.txSource !== null && scan.txSource[t]! >= 0) {
      source[t] = sources.length;
      sources.push(scan.sources[scan.txSource[t]!]!);
    }
  }

  // entries: accounts, auxiliary accounts and ledgers in order of first use
  const accountId = new Int32Array(scan.accounts.length).fill(-1);
  const accounts: string[] = [];
  const accountLabels: string[] = [];
  const auxNumbers = scan.auxiliaries.reduce((m, a) => Math.max(m, a.numberId + 1), 0);
  const auxId = new Int32Array(auxNumbers).fill(-1);
  const auxiliaries: AuxiliaryAccount[] = [];
  const ledgers: BookLedger[] = [];
  const plainLedger: number[] = [];
  const auxLedgers: Array<Map<number, number> | undefined> = [];
  const auxAccount = new Int32Array(scan.auxiliaries.length).fill(-1);
  const auxLedger = new Int32Array(scan.auxiliaries.length);
  const entTx = new Int32Array(E);
  const entAccount = new Int32Array(E);
  const entLedger = new Int32Array(E);
  const { entAmount, entAccount: scannedAccount, entAux, entAccountLabel, entryStart } = scan;
  const issues: AccountingIssue[] = [];
  let absoluteTotal = 0;
  let lastScanned = -1;
  let lastAux = -2;
  let lastLedger = -1;
  let lastAccount = -1;
  for (let t = 0; t < T; t++) {
    const end = entryStart[t + 1]!;
    for (let e = entryStart[t]!; e < end; e++) {
      entTx[e] = t;
      const amount = entAmount[e]!;
      absoluteTotal += amount < 0 ? -amount : amount;
      const scanned = scannedAccount[e]!;
      const aux = entAux[e]!;
      if (scanned === lastScanned && aux === lastAux) {
        entAccount[e] = lastAccount;
        entLedger[e] = lastLedger;
        continue;
      }
      let a = accountId[scanned]!;
      if (a < 0) {
        a = accountId[scanned] = accounts.length;
        const number = scan.accounts[scanned]!;
        accounts.push(number);
        accountLabels.push(scan.accountLabels[entAccountLabel[e]!]!);
        plainLedger.push(-1);
        auxLedgers.push(undefined);
        if (options.chart && !options.chart.find(number)) {
          issues.push(issue('unknown_account', ['line', scan.txLine[t]!], `Account ${number} of entry ${fecStrings(scan).txId[t]!} is not covered by the chart of accounts: add it to the chart.`));
        }
      }
      let ledger: number;
      if (aux < 0) {
        ledger = plainLedger[a]!;
        if (ledger < 0) {
          ledger = plainLedger[a] = ledgers.length;
          ledgers.push(Object.freeze({ account: a, auxiliary: -1 }));
        }
      } else {
        const number = scan.auxiliaries[aux]!.numberId;
        let x = auxId[number]!;
        if (x < 0) {
          x = auxId[number] = auxiliaries.length;
          auxiliaries.push(scan.auxiliaries[aux]!.account);
        }
        // most lines of an auxiliary account are on one account: its ledger there is kept beside the auxiliary
        if (auxAccount[aux] === a) ledger = auxLedger[aux]!;
        else {
          const byAux = (auxLedgers[a] ??= new Map<number, number>());
          const found = byAux.get(x);
          if (found === undefined) {
            ledger = ledgers.length;
            ledgers.push(Object.freeze({ account: a, auxiliary: x }));
            byAux.set(x, ledger);
          } else ledger = found;
          auxAccount[aux] = a;
          auxLedger[aux] = ledger;
        }
      }
      entAccount[e] = a;
      entLedger[e] = ledger;
      lastScanned = scanned;
      lastAux = aux;
      lastAccount = a;
      lastLedger = ledger;
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);

  // strings: entry labels and lettering codes, interned in entry order as createBook does
  const strings = new StringTable();
  let label: Int32Array | undefined;
  let letteringCode: Int32Array | undefined;
  if (scan.entLabel !== null || scan.entLetter !== null) {
    const labelId = new Int32Array(scan.entryLabels.length).fill(-1);
    const letterId = new Int32Array(scan.letterCodes.length).fill(-1);
    const sl = scan.entLabel;
    const sc = scan.entLetter;
    if (sl !== null) label = new Int32Array(E).fill(-1);
    if (sc !== null) letteringCode = new Int32Array(E).fill(-1);
    for (let e = 0; e < E; e++) {
      const l = sl === null ? -1 : sl[e]!;
      if (l >= 0) {
        let id = labelId[l]!;
        if (id < 0) id = labelId[l] = strings.id(scan.entryLabels[l]!);
        label![e] = id;
      }
      const c = sc === null ? -1 : sc[e]!;
      if (c >= 0) {
        let id = letterId[c]!;
        if (id < 0) id = letterId[c] = strings.id(scan.letterCodes[c]!);
        letteringCode![e] = id;
      }
    }
  }
  let foreignCurrency: Int32Array | undefined;
  let foreignAmount: string[] | undefined;
  const currencies: string[] = [];
  if (scan.entCurrency !== null) {
    const currencyId = new Int32Array(scan.currencies.length).fill(-1);
    foreignCurrency = new Int32Array(E).fill(-1);
    foreignAmount = new Array<string>(E).fill('');
    for (let e = 0; e < E; e++) {
      const c = scan.entCurrency[e]!;
      if (c < 0) continue;
      let id = currencyId[c]!;
      if (id < 0) {
        id = currencyId[c] = currencies.length;
        currencies.push(scan.currencies[c]!);
      }
      foreignCurrency[e] = id;
      foreignAmount[e] = new Decimal(scan.entForeign![e]!).toString();
    }
  }

  const reverses = new Int32Array(T).fill(-1);
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return bookFromColumns({
    currency,
    scale,
    accounts,
    accountLabels,
    accountLabelGiven: new Uint8Array(accounts.length).fill(1),
    auxiliaries,
    ledgers,
    journals,
    journalLabels,
    types,
    currencies,
    strings: strings.values,
    sources,
    analytics: [],
    tx: {
      id: txId,
      journal: txJournal,
      date: scan.txDate,
      pieceRef: txPieceRef,
      pieceDate: scan.txPieceDate,
      label: txLabel,
      validatedOn: scan.txValid,
      type,
      opening: scan.txOpening,
      source,
      reverses,
      entryStart: scan.entryStart,
    },
    entries: {
      tx: entTx,
      account: entAccount,
      ledger: entLedger,
      amount: entAmount,
      ...(label ? { label } : {}),
      ...(letteringCode ? { letteringCode, letteringDate: scan.entLetterDate! } : {}),
      ...(foreignCurrency ? { foreignCurrency, foreignAmount: foreignAmount! } : {}),
    },
    absoluteTotal,
    ...(options.chart ? { chart: options.chart } : {}),
    journalList,
  });
}
