// @ts-nocheck
// The Book side of the columnar writers (internal): batches of whole transactions, their rows as plain
// column arrays, the file's metadata. Arrow and Parquet each lay these arrays out in their own types.
import { isBook, NOT_VALIDATED, type Book } from '../../book/index.js';
import { AccountingError, fail, issue } from '../../errors/index.js';
import { Decimal } from '../../money/index.js';
import { COLUMNAR_SCHEMA_VERSION, FOREIGN_PRECISION, FOREIGN_SCALE, META } from '../schema.js';

/**
 * Options of the columnar writers (`toArrow`, `arrowChunks`, `toParquet`,
 * `parquetChunks`).
 *
 * @example
 * ```ts
 * const options: ColumnarWriteOptions = { rowsPerBatch: 10_000 };
 * ```
 */
export interface ColumnarWriteOptions {
  /**
   * Most rows (entries) per Arrow record batch or Parquet row group. A batch
   * never splits a transaction: a transaction with more entries than this
   * makes a batch of its own.
   * @defaultValue 65536
   */
  readonly rowsPerBatch?: number;
}

/** The rows of a batch, by column name (internal): strings or null, day numbers, minor units, scaled bigints. */
export interface WriteRows {
  readonly length: number;
  readonly columns: Readonly<Record<string, ReadonlyArray<unknown>>>;
}

/** The parts a writer takes: one Book, or Books written one after another (internal). */
export function bookParts(input: Book | Iterable<Book>, what: string): Iterable<Book> {
  if (isBook(input)) return [input];
  if (input === null || typeof input !== 'object' || typeof (input as Partial<Iterable<Book>>)[Symbol.iterator] !== 'function') {
    fail('invalid_input', [], `${what} takes a Book (from createBook, postBook or a parser) or an iterable of Books.`);
  }
  return input;
}

/** The batch size asked for (internal). */
export function rowsPerBatch(options: ColumnarWriteOptions | undefined): number {
  const n = options?.rowsPerBatch ?? 65_536;
  if (!Number.isSafeInteger(n) || n < 1) fail('invalid_option', ['rowsPerBatch'], `rowsPerBatch must be a positive integer, not ${String(n)}.`);
  return n;
}

/** Transaction ranges [from, to) of at most `rows` entries each (a transaction larger than that alone), in order. */
export function* batchRanges(book: Book, rows: number): Generator<readonly [number, number]> {
  const start = book.tx.entryStart;
  let from = 0;
  for (let t = 0; t < book.size; t++) {
    if (t > from && start[t + 1]! - start[from]! > rows) {
      yield [from, t];
      from = t;
    }
  }
  if (from < book.size) yield [from, book.size];
}

/** The key/value metadata of a file whose first part is `book` (internal). */
export function fileMetadata(book: Book | undefined): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [
    [META.version, String(COLUMNAR_SCHEMA_VERSION)],
    [META.currency, book?.currency ?? 'EUR'],
  ];
  if (book?.journalList) out.push([META.journals, JSON.stringify(book.journalList.map((j) => ({ code: j.code, label: j.label, kind: j.kind })))]);
  if (book?.chart) {
    const chart = book.chart;
    out.push([
      META.chart,
      JSON.stringify({ ...(chart.accountWidth !== undefined ? { accountWidth: chart.accountWidth } : {}), accounts: chart.accounts.map((a) => ({ number: a.number, label: a.label, kind: a.kind })) }),
    ]);
  }
  return out;
}

/** Checks that a later part can follow the first one in the same file (internal). */
export function checkPart(first: Book, part: Book, index: number): void {
  if (!isBook(part)) fail('invalid_input', [index], `Part ${index} is not a Book: give Books (from createBook, postBook or a parser).`);
  // every part, even an empty one: the file's amount columns have the first part's scale
  if (part.currency !== first.currency) {
    throw new AccountingError([issue('invalid_input', [index, 'currency'], `Part ${index} is in ${part.currency} but the file is in ${first.currency}: a file holds one currency.`)]);
  }
}

const TEN_TO_FOREIGN = new Decimal(10).pow(FOREIGN_SCALE);
const FOREIGN_LIMIT = 10n ** BigInt(FOREIGN_PRECISION);

/** A foreign amount (a decimal string) as an integer of 10^-4 units (internal). */
function foreignUnits(value: string, path: ReadonlyArray<string | number>): bigint {
  const scaled = new Decimal(value).times(TEN_TO_FOREIGN);
  if (!scaled.isInteger()) fail('too_many_decimals', path, `Foreign amount ${value} has more than ${FOREIGN_SCALE} decimals: the columnar schema keeps ${FOREIGN_SCALE}.`);
  const units = BigInt(scaled.toFixed(0));
  if (units >= FOREIGN_LIMIT || -units >= FOREIGN_LIMIT) fail('amount_overflow', path, `Foreign amount ${value} has more than ${FOREIGN_PRECISION - FOREIGN_SCALE} integer digits: the columnar schema keeps DECIMAL(${FOREIGN_PRECISION}, ${FOREIGN_SCALE}).`);
  return units;
}

/** The rows of transactions [from, to) of a Book, one per entry (internal). */
export function bookRows(book: Book, from: number, to: number): WriteRows {
  const { tx, entries: c } = book;
  const e0 = tx.entryStart[from]!;
  const n = tx.entryStart[to]! - e0;
  const col = <X>(): X[] => new Array<X>(n);
  const transactionId = col<string>();
  const journal = col<string>();
  const journalLabel = col<string>();
  const date = col<number>();
  const pieceRef = col<string>();
  const pieceDate = col<number>();
  const label = col<string>();
  const validatedOn = col<number | null>();
  const type = col<string | null>();
  const opening = col<boolean>();
  const reverses = col<string | null>();
  const source = col<string | null>();
  const line = col<number>();
  const account = col<string>();
  const accountLabel = col<string>();
  const accountLabelGiven = col<boolean>();
  const auxiliary = col<string | null>();
  const auxiliaryName = col<string | null>();
  const debit = col<number>();
  const credit = col<number>();
  const entryLabel = col<string | null>();
  const letteringCode = col<string | null>();
  const letteringDate = col<number | null>();
  const foreignCurrency = col<string | null>();
  const foreignAmount = col<bigint | null>();
  const costCenter = col<string | null>();
  const analytics = col<string | null>();
  const vatRate = col<string | null>();
  const vatBase = col<number | null>();
  const openItem = col<string | null>();
  const sourceJson = new Map<number, string>();
  const str = (column: Int32Array | undefined, e: number): string | null => (column && column[e]! >= 0 ? book.strings[column[e]!]! : null);
  let r = 0;
  for (let t = from; t < to; t++) {
    const id = tx.id[t]!;
    const j = tx.journal[t]!;
    const v = tx.validatedOn[t]!;
    const ty = tx.type[t]!;
    const s = tx.source[t]!;
    let json: string | null = null;
    if (s >= 0) {
      json = sourceJson.get(s) ?? null;
      if (json === null) sourceJson.set(s, (json = JSON.stringify(book.sources[s])));
    }
    const rev = tx.reverses[t]! >= 0 ? book.strings[tx.reverses[t]!]! : null;
    for (let e = tx.entryStart[t]!, k = 0; e < tx.entryStart[t + 1]!; e++, k++, r++) {
      transactionId[r] = id;
      journal[r] = book.journals[j]!;
      journalLabel[r] = book.journalLabels[j]!;
      date[r] = tx.date[t]!;
      pieceRef[r] = tx.pieceRef[t]!;
      pieceDate[r] = tx.pieceDate[t]!;
      label[r] = tx.label[t]!;
      validatedOn[r] = v === NOT_VALIDATED ? null : v;
      type[r] = ty >= 0 ? book.types[ty]! : null;
      opening[r] = tx.opening[t] === 1;
      reverses[r] = rev;
      source[r] = json;
      line[r] = k;
      const a = c.account[e]!;
      account[r] = book.accounts[a]!;
      accountLabel[r] = book.accountLabels[a]!;
      accountLabelGiven[r] = book.accountLabelGiven[a] === 1;
      const aux = book.ledgers[c.ledger[e]!]!.auxiliary;
      auxiliary[r] = aux >= 0 ? book.auxiliaries[aux]!.number : null;
      auxiliaryName[r] = aux >= 0 ? book.auxiliaries[aux]!.name : null;
      const amount = c.amount[e]!;
      debit[r] = amount > 0 ? amount : 0;
      credit[r] = amount < 0 ? -amount : 0;
      entryLabel[r] = str(c.label, e);
      const lettered = c.letteringCode !== undefined && c.letteringCode[e]! >= 0;
      letteringCode[r] = lettered ? book.strings[c.letteringCode![e]!]! : null;
      letteringDate[r] = lettered ? c.letteringDate![e]! : null;
      const fc = c.foreignCurrency !== undefined && c.foreignCurrency[e]! >= 0;
      foreignCurrency[r] = fc ? book.currencies[c.foreignCurrency![e]!]! : null;
      foreignAmount[r] = fc ? foreignUnits(c.foreignAmount![e]!, [t, 'entries', k, 'currency', 'amount']) : null;
      costCenter[r] = str(c.costCenter, e);
      analytics[r] = c.analytics && c.analytics[e]! >= 0 ? JSON.stringify(book.analytics[c.analytics[e]!]) : null;
      const vat = c.vatRate !== undefined && c.vatRate[e]! >= 0;
      vatRate[r] = vat ? book.strings[c.vatRate![e]!]! : null;
      vatBase[r] = vat ? Math.abs(c.vatBase![e]!) : null;
      openItem[r] = str(c.openItem, e);
    }
  }
  return {
    length: n,
    columns: {
      transaction_id: transactionId, journal, journal_label: journalLabel, date, piece_ref: pieceRef, piece_date: pieceDate, label, validated_on: validatedOn, type, opening, reverses, source, line,
      account, account_label: accountLabel, account_label_given: accountLabelGiven, auxiliary, auxiliary_name: auxiliaryName, debit, credit, entry_label: entryLabel,
      lettering_code: letteringCode, lettering_date: letteringDate, foreign_currency: foreignCurrency, foreign_amount: foreignAmount, cost_center: costCenter, analytics,
      vat_rate: vatRate, vat_base: vatBase, open_item: openItem,
    },
  };
}
