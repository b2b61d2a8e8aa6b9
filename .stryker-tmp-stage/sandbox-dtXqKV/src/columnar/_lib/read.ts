// @ts-nocheck
// The Book side of the columnar readers (internal): checks a file's schema and metadata, then turns its
// rows back into transactions (consecutive rows with one transaction id are one transaction), which a
// BookBuilder folds with every check of createBook (balance, unique ids…).
import { createChart, createJournals, isAccountNumber, type AccountKind, type AccountNumber, type AuxiliaryAccount, type Chart, type Journal } from '../../accounts/index.js';
import { BookBuilder, type Book, type CreateBookOptions } from '../../book/index.js';
import { fromDayNumber } from '../../calendar/index.js';
import { AccountingError, issue, type AccountingIssue, type IssuePath } from '../../errors/index.js';
import { CURRENCY_SCALES, Decimal, minorToDecimal, type CurrencyCode } from '../../money/index.js';
import { makeEntry, type Entry, type Transaction, type TransactionSource } from '../../transactions/index.js';
import { COLUMNAR_COLUMNS, COLUMNAR_SCHEMA_VERSION, META, type ColumnarColumnKind } from '../schema.js';

/**
 * Options of the columnar readers (`fromArrow`, `fromParquet`,
 * `arrowBooks`, `parquetBooks`).
 *
 * @example
 * ```ts
 * const options: ColumnarReadOptions = { journals: DEFAULT_JOURNALS };
 * ```
 */
export interface ColumnarReadOptions {
  /** The chart to check the accounts against. @defaultValue the chart the file's metadata carries, if any */
  readonly chart?: Chart;
  /** The journals to check the codes against. @defaultValue the journals the file's metadata carries, if any */
  readonly journals?: ReadonlyArray<Journal>;
}

/** What a file's column is, as the format reader sees it (internal). */
export type FileColumnType =
  | { readonly kind: 'string' | 'date' | 'int' | 'boolean' }
  | { readonly kind: 'decimal'; readonly scale: number }
  | { readonly kind: 'other'; readonly description: string };

/** A batch of rows as the format reader decodes it (internal): per column, values by row (absent column: undefined). */
export interface ReadBatch {
  readonly length: number;
  /** strings and JSON: string | null; dates: day number | null; decimals: unscaled bigint | null; int: number | null; boolean: boolean | null */
  column(name: string): ArrayLike<unknown> | undefined;
}

/** What reading needs from the schema and the metadata, once checked (internal). */
export interface ReadContext {
  readonly currency: CurrencyCode;
  readonly scale: number;
  readonly foreignScale: number;
  readonly options: CreateBookOptions;
}

const EXPECTED: Readonly<Record<ColumnarColumnKind, FileColumnType['kind']>> = {
  string: 'string', dictionary: 'string', json: 'string', date: 'date', amount: 'decimal', 'foreign-amount': 'decimal', int: 'int', boolean: 'boolean',
};

const DESCRIBED: Readonly<Record<ColumnarColumnKind, string>> = {
  string: 'a UTF-8 string', dictionary: 'a UTF-8 string', json: 'a UTF-8 string (JSON)', date: 'a DATE (Arrow Date32)', int: 'an INT32', boolean: 'a BOOLEAN',
  amount: 'a DECIMAL (Arrow Decimal128, Parquet DECIMAL): amounts are exact decimals, never floats', 'foreign-amount': 'a DECIMAL (Arrow Decimal128, Parquet DECIMAL): amounts are exact decimals, never floats',
};

/** Wraps what a format library throws on bytes it cannot read (internal). */
export function unreadable(what: string, error: unknown): AccountingError {
  if (error instanceof AccountingError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AccountingError([issue('invalid_file', [], `${what}: the bytes are not a readable file of this format (${detail}).`)]);
}

/** Whether a value is an object whose `key` and `label` are strings (an account of the chart key, a journal). */
const isNamed =
  (key: string) =>
  (value: unknown): boolean =>
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'string' && typeof (value as Record<string, unknown>).label === 'string';

function parseJson(text: string, key: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AccountingError([issue('invalid_file', [key], `The metadata key ${key} is not valid JSON: write the file with partie-double.`)]);
  }
}

/**
 * Checks the schema version, the currency, the columns the Book needs, their
 * types and the decimal scales (internal). Throws every issue found.
 */
export function readContext(metadata: ReadonlyMap<string, string>, columns: ReadonlyMap<string, FileColumnType>, options: ColumnarReadOptions = {}): ReadContext {
  const issues: AccountingIssue[] = [];
  const version = metadata.get(META.version);
  if (version !== String(COLUMNAR_SCHEMA_VERSION)) {
    throw new AccountingError([
      issue(
        'unsupported_schema_version',
        [META.version],
        version === undefined
          ? `The file has no ${META.version} metadata key: it was not written by partie-double (toArrow, toParquet), or its metadata was dropped.`
          : `The file is of columnar schema version ${JSON.stringify(version)}; this version of partie-double reads version ${COLUMNAR_SCHEMA_VERSION}: read it with the partie-double that wrote it, or write it again.`,
      ),
    ]);
  }
  const currency = metadata.get(META.currency);
  const scale = currency !== undefined && Object.hasOwn(CURRENCY_SCALES, currency) ? CURRENCY_SCALES[currency]! : undefined;
  if (scale === undefined) {
    issues.push(issue('unknown_currency', [META.currency], `The file's currency ${JSON.stringify(currency ?? null)} is not an ISO 4217 code this library knows (metadata key ${META.currency}).`));
  }
  let foreignScale = 0;
  for (const spec of COLUMNAR_COLUMNS) {
    const found = columns.get(spec.name);
    if (found === undefined) {
      if (spec.required) issues.push(issue('missing_column', [spec.name], `The file has no ${spec.name} column, which a Book needs (${spec.meaning}): write the file with toArrow or toParquet, or add the column.`));
      continue;
    }
    if (found.kind !== EXPECTED[spec.kind]) {
      const got = found.kind === 'other' ? found.description : found.kind;
      issues.push(issue('invalid_column_type', [spec.name], `Column ${spec.name} is ${got}, not ${DESCRIBED[spec.kind]}.`));
      continue;
    }
    if (found.kind === 'decimal') {
      if (spec.kind === 'foreign-amount') foreignScale = found.scale;
      else if (scale !== undefined && found.scale !== scale) {
        issues.push(issue('decimal_scale_mismatch', [spec.name], `Column ${spec.name} has scale ${found.scale} but ${currency} amounts have ${scale} decimals: write amounts as DECIMAL(18, ${scale}).`));
      }
    }
  }
  const bookOptions: { chart?: Chart; journals?: ReadonlyArray<Journal>; currency?: CurrencyCode } = {};
  if (currency !== undefined && scale !== undefined) bookOptions.currency = currency as CurrencyCode;
  if (options.chart) bookOptions.chart = options.chart;
  else {
    const chartText = metadata.get(META.chart);
    if (chartText !== undefined) {
      const chart = parseJson(chartText, META.chart) as { accountWidth?: unknown; accounts?: unknown };
      if (typeof chart !== 'object' || chart === null || !Array.isArray(chart.accounts) || !chart.accounts.every(isNamed('number'))) issues.push(issue('invalid_file', [META.chart], `The metadata key ${META.chart} is not a chart ({ accounts: [...] }): write the file with partie-double.`));
      else {
        const definitions = (chart.accounts as Array<{ number: string; label: string; kind?: AccountKind }>).map((a) => ({ number: a.number, label: a.label, ...(a.kind ? { kind: a.kind } : {}) }));
        bookOptions.chart = createChart(definitions, typeof chart.accountWidth === 'number' ? { accountWidth: chart.accountWidth } : {});
      }
    }
  }
  if (options.journals) bookOptions.journals = options.journals;
  else {
    const journalsText = metadata.get(META.journals);
    if (journalsText !== undefined) {
      const list = parseJson(journalsText, META.journals);
      if (!Array.isArray(list) || !list.every(isNamed('code'))) issues.push(issue('invalid_file', [META.journals], `The metadata key ${META.journals} is not a list of journals: write the file with partie-double.`));
      else bookOptions.journals = createJournals(list as Journal[]);
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);
  return { currency: currency as CurrencyCode, scale: scale!, foreignScale, options: bookOptions };
}

interface OpenTransaction {
  readonly row: number;
  readonly fields: Record<string, unknown>;
  readonly entries: Entry[];
  /** Rows read so far (a bad row counts, so that one bad row is one issue). */
  rows: number;
}

const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

const TX_COLUMNS = ['journal', 'date', 'piece_ref', 'piece_date', 'label', 'validated_on', 'type', 'reverses', 'source'] as const;

function stringRecord(text: string, path: IssuePath, issues: AccountingIssue[]): Readonly<Record<string, string>> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    issues.push(issue('invalid_input', path, `Column ${String(path[1])} holds ${JSON.stringify(text.slice(0, 40))}, not a JSON object: write a JSON object of strings, or null.`));
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    issues.push(issue('invalid_input', path, `Column ${String(path[1])} holds ${text.slice(0, 40)}: write a JSON object of strings, or null.`));
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, string>)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') {
      issues.push(issue('forbidden_key', path, `Column ${String(path[1])} has the key ${k}: never accepted.`));
      return undefined;
    }
    out[k] = v;
  }
  return Object.freeze(out);
}

/**
 * Turns rows into transactions, batch after batch (internal). A transaction
 * whose rows run past the end of a batch is kept open until the next one,
 * so batches written by another tool may split transactions.
 */
export class RowFolder {
  private open: OpenTransaction | undefined;
  private row = 0;
  private readonly context: ReadContext;
  private readonly ten: Decimal;

  constructor(context: ReadContext) {
    this.context = context;
    this.ten = new Decimal(10).pow(context.foreignScale);
  }

  /** The transactions this batch completes (the last one stays open: the next batch may continue it); throws the batch's issues. */
  add(batch: ReadBatch): Transaction[] {
    const { scale } = this.context;
    const issues: AccountingIssue[] = [];
    const out: Transaction[] = [];
    const col = (name: string): ArrayLike<unknown> | undefined => batch.column(name);
    const ids = col('transaction_id')!;
    const txColumns = TX_COLUMNS.map((name) => [name, col(name)] as const);
    const line = col('line');
    const account = col('account')!;
    const accountLabel = col('account_label');
    const labelGiven = col('account_label_given');
    const auxiliary = col('auxiliary');
    const auxiliaryName = col('auxiliary_name');
    const debit = col('debit')!;
    const credit = col('credit')!;
    const entryLabel = col('entry_label');
    const letteringCode = col('lettering_code');
    const letteringDate = col('lettering_date');
    const foreignCurrency = col('foreign_currency');
    const foreignAmount = col('foreign_amount');
    const costCenter = col('cost_center');
    const analytics = col('analytics');
    const vatRate = col('vat_rate');
    const vatBase = col('vat_base');
    const openItem = col('open_item');
    const at = <X>(c: ArrayLike<unknown> | undefined, i: number): X | null => (c === undefined ? null : ((c[i] ?? null) as X | null));
    const auxByKey = new Map<string, AuxiliaryAccount>();

    for (let i = 0; i < batch.length; i++) {
      const row = this.row + i;
      const id = at<string>(ids, i);
      if (id === null || id === '') {
        issues.push(issue('empty_id', [row, 'transaction_id'], `Row ${row} has no transaction_id: every row names its transaction.`));
        continue;
      }
      if (this.open === undefined || this.open.fields.id !== id) {
        if (this.open) out.push(this.close(this.open, issues));
        const fields: Record<string, unknown> = { id };
        for (const [name, c] of txColumns) fields[name] = at(c, i);
        this.open = { row, fields, entries: [], rows: 0 };
      } else {
        for (const [name, c] of txColumns) {
          const value = at(c, i);
          if (value !== this.open.fields[name]) {
            issues.push(issue('invalid_input', [row, name], `Row ${row} says ${name} ${JSON.stringify(value)} but the first row of transaction ${id} (row ${this.open.row}) says ${JSON.stringify(this.open.fields[name])}: a transaction's rows repeat its columns unchanged.`));
          }
        }
      }
      const entries = this.open.entries;
      const k = this.open.rows++;
      const position = at<number>(line, i);
      if (line !== undefined && position !== k) {
        issues.push(issue('invalid_input', [row, 'line'], `Row ${row} is line ${String(position)} of transaction ${id} but comes at position ${k}: keep a transaction's rows together, in line order.`));
      }
      const number = at<string>(account, i);
      if (number === null || !isAccountNumber(number)) {
        issues.push(issue('invalid_account', [row, 'account'], `Row ${row} has the account ${JSON.stringify(number)}: an account number starts with three digits (PCG class and account).`));
        continue;
      }
      const d = at<bigint>(debit, i);
      const c = at<bigint>(credit, i);
      if (d === null || c === null) {
        const side = d === null ? 'debit' : 'credit';
        issues.push(issue('invalid_amount', [row, side], `Row ${row} has a null ${side}: write 0 on the side the entry is not on.`));
        continue;
      }
      if (d < 0n || c < 0n) {
        const side = d < 0n ? 'debit' : 'credit';
        issues.push(issue('non_positive_amount', [row, side], `Row ${row} has a negative ${side}: put the amount on the other side.`));
        continue;
      }
      if (d > 0n && c > 0n) {
        issues.push(issue('both_sides', [row, 'debit'], `Row ${row} has both a debit and a credit: split it into two entries.`));
        continue;
      }
      if (d === 0n && c === 0n) {
        issues.push(issue('missing_side', [row, 'debit'], `Row ${row} has neither a debit nor a credit: an entry amount is strictly positive.`));
        continue;
      }
      const units = d > 0n ? d : c;
      if (units > MAX_MINOR) {
        issues.push(issue('amount_overflow', [row, d > 0n ? 'debit' : 'credit'], `Row ${row}'s amount passes Number.MAX_SAFE_INTEGER minor units: split the entry.`));
        continue;
      }
      const given = at<boolean>(labelGiven, i) === true;
      const auxNumber = at<string>(auxiliary, i);
      let aux: AuxiliaryAccount | undefined;
      if (auxNumber !== null) {
        const name = at<string>(auxiliaryName, i) ?? '';
        const key = `${auxNumber}\u0000${name}`;
        aux = auxByKey.get(key);
        if (aux === undefined) auxByKey.set(key, (aux = Object.freeze({ number: auxNumber, name })));
      }
      const code = at<string>(letteringCode, i);
      const lettered = at<number>(letteringDate, i);
      if ((code === null) !== (lettered === null)) issues.push(issue('invalid_input', [row, code === null ? 'lettering_code' : 'lettering_date'], `Row ${row} has a lettering ${code === null ? 'date without its code' : 'code without its date'}: give both, or neither.`));
      const fcCode = at<string>(foreignCurrency, i);
      const fcUnits = at<bigint>(foreignAmount, i);
      if ((fcCode === null) !== (fcUnits === null)) issues.push(issue('invalid_input', [row, fcCode === null ? 'foreign_currency' : 'foreign_amount'], `Row ${row} has a foreign ${fcCode === null ? 'amount without its currency' : 'currency without its amount'}: give both, or neither.`));
      else if (fcCode !== null && !Object.hasOwn(CURRENCY_SCALES, fcCode)) issues.push(issue('unknown_currency', [row, 'foreign_currency'], `Row ${row}'s foreign currency ${JSON.stringify(fcCode)} is not an ISO 4217 code this library knows.`));
      const rate = at<string>(vatRate, i);
      const base = at<bigint>(vatBase, i);
      if ((rate === null) !== (base === null)) issues.push(issue('invalid_input', [row, rate === null ? 'vat_rate' : 'vat_base'], `Row ${row} has a VAT ${rate === null ? 'base without its rate' : 'rate without its base'}: give both, or neither.`));
      else if (base !== null && (base > MAX_MINOR || -base > MAX_MINOR)) issues.push(issue('amount_overflow', [row, 'vat_base'], `Row ${row}'s VAT base passes Number.MAX_SAFE_INTEGER minor units.`));
      const analyticsText = at<string>(analytics, i);
      const axes = analyticsText === null ? undefined : stringRecord(analyticsText, [row, 'analytics'], issues);
      const accountLabelText = at<string>(accountLabel, i);
      entries.push(
        makeEntry({
          account: number as AccountNumber,
          side: d > 0n ? 'debit' : 'credit',
          minor: Number(units),
          scale,
          accountLabel: given && accountLabelText !== null ? accountLabelText : undefined,
          auxiliary: aux,
          label: at<string>(entryLabel, i) ?? undefined,
          currency: fcCode !== null && fcUnits !== null ? Object.freeze({ code: fcCode as CurrencyCode, amount: new Decimal(fcUnits.toString()).dividedBy(this.ten) }) : undefined,
          costCenter: at<string>(costCenter, i) ?? undefined,
          analytics: axes,
          vat: rate !== null && base !== null ? Object.freeze({ rate: rate as never, base: minorToDecimal(Number(base < 0n ? -base : base), scale) }) : undefined,
          lettering: code !== null && lettered !== null ? Object.freeze({ code, date: fromDayNumber(lettered) }) : undefined,
          openItem: at<string>(openItem, i) ?? undefined,
        }),
      );
    }
    this.row += batch.length;
    if (issues.length > 0) throw new AccountingError(issues);
    return out;
  }

  /** Whether a batch continues the open transaction (its first row has the open transaction's id); an empty batch may. */
  continues(batch: ReadBatch): boolean {
    if (this.open === undefined) return false;
    return batch.length === 0 || batch.column('transaction_id')?.[0] === this.open.fields.id;
  }

  /** The transaction still open (at the end of the file, or of a batch the next one does not continue), if any; throws its issues. */
  end(): Transaction[] {
    const open = this.open;
    if (open === undefined) return [];
    this.open = undefined;
    const issues: AccountingIssue[] = [];
    const tx = this.close(open, issues);
    if (issues.length > 0) throw new AccountingError(issues);
    return [tx];
  }

  /** The transaction of an open run of rows. */
  private close(open: OpenTransaction, issues: AccountingIssue[]): Transaction {
    const f = open.fields;
    const row = open.row;
    for (const name of ['journal', 'piece_ref', 'label'] as const) {
      if (typeof f[name] !== 'string') issues.push(issue('invalid_input', [row, name], `Row ${row} (transaction ${String(f.id)}) has a null ${name}.`));
    }
    for (const name of ['date', 'piece_date'] as const) {
      if (typeof f[name] !== 'number') issues.push(issue('invalid_date', [row, name], `Row ${row} (transaction ${String(f.id)}) has a null ${name}: every transaction is dated.`));
    }
    const out: Record<string, unknown> = {
      id: f.id,
      journal: f.journal,
      date: typeof f.date === 'number' ? fromDayNumber(f.date) : '',
      piece: Object.freeze({ ref: f.piece_ref, date: typeof f.piece_date === 'number' ? fromDayNumber(f.piece_date) : '' }),
      label: f.label,
      validatedOn: typeof f.validated_on === 'number' ? fromDayNumber(f.validated_on) : null,
    };
    if (typeof f.type === 'string') out.type = f.type;
    if (typeof f.source === 'string') {
      const source = stringRecord(f.source, [row, 'source'], issues);
      if (source) out.source = source as TransactionSource;
    }
    out.currency = this.context.currency;
    if (typeof f.reverses === 'string') out.reverses = f.reverses;
    out.entries = Object.freeze(open.entries);
    return Object.freeze(out) as unknown as Transaction;
  }
}

/** One Book of every batch (internal): the folder's transactions added to one builder as the batches come. */
export function bookOfBatches(context: ReadContext, batches: Iterable<ReadBatch>): Book {
  const folder = new RowFolder(context);
  const builder = new BookBuilder(context.options);
  for (const batch of batches) builder.addTransactions(folder.add(batch));
  return builder.addTransactions(folder.end()).build();
}

/** {@link bookOfBatches} for batches read asynchronously (internal). */
export async function bookOfAsyncBatches(context: ReadContext, batches: AsyncIterable<ReadBatch>): Promise<Book> {
  const folder = new RowFolder(context);
  const builder = new BookBuilder(context.options);
  for await (const batch of batches) builder.addTransactions(folder.add(batch));
  return builder.addTransactions(folder.end()).build();
}

/**
 * One Book per batch (internal): the transactions each batch ends (a
 * transaction split across batches goes with the batch that ends it; a
 * batch's last transaction is known to end there when the next batch
 * starts with another id). A batch that ends no transaction gives no Book.
 */
export async function* booksOfAsyncBatches(context: ReadContext, batches: AsyncIterable<ReadBatch>): AsyncGenerator<Book> {
  const folder = new RowFolder(context);
  const bookOf = (transactions: Transaction[]): Book => new BookBuilder(context.options).addTransactions(transactions).build();
  let pending: Transaction[] | undefined;
  for await (const batch of batches) {
    if (pending !== undefined) {
      if (!folder.continues(batch)) pending.push(...folder.end());
      if (pending.length > 0) yield bookOf(pending);
    }
    pending = folder.add(batch);
  }
  const last = [...(pending ?? []), ...folder.end()];
  if (last.length > 0) yield bookOf(last);
}
