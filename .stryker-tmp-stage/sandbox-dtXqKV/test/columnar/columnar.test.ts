// @ts-nocheck
import fc from 'fast-check';
import { Decimal as ArrowDecimal, Field, Float64, Utf8, vectorFromArray } from 'apache-arrow';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { arrowBooks, arrowChunks, COLUMNAR_COLUMNS, COLUMNAR_SCHEMA_VERSION, fromArrow, fromParquet, parquetBooks, parquetChunks, toArrow, toParquet, type ParquetFile } from '../../src/columnar/index.js';
import { arrowData } from '../../src/columnar/_lib/arrowTypes.js';
import { AccountingError, appendToBook, bookTransactions, createBook, createTransaction, formats, trialBalance, type Book } from '../../src/index.js';
import { bookArbitrary } from '../../src/testing/index.js';
import { goldenTransactions } from '../ledger/_fixtures.js';
import { collect, craftArrow, craftParquet, join, richBook } from './_fixtures.js';

/** The issues of a rejected promise or a throw. */
async function issuesOf(run: () => unknown): Promise<ReadonlyArray<{ code: string; path: ReadonlyArray<string | number> }>> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountingError);
    return (error as AccountingError).issues;
  }
  throw new Error('expected an AccountingError');
}
const codes = async (run: () => unknown): Promise<string[]> => (await issuesOf(run)).map((i) => i.code);
/** The Book `createBook` gives from the same transactions, its chart and journals: what a chart-less comparison needs. */
const withoutChart = (book: Book): Record<string, unknown> => {
  const { chart, ...rest } = book as Book & { chart?: unknown };
  return { ...rest, chartAccounts: book.chart?.accounts };
};

describe('toArrow / fromArrow, toParquet / fromParquet', () => {
  it('give back a book using every optional column (drafts, sources, reversal, lettering, foreign amounts, analytics, VAT, chart, journals)', async () => {
    const book = richBook();
    const fromA = fromArrow(toArrow(book));
    const fromP = await fromParquet(toParquet(book));
    // the chart is rebuilt from the metadata: an equal chart, not the same object (its methods differ)
    expect(withoutChart(fromA)).toEqual(withoutChart(book));
    expect(withoutChart(fromP)).toEqual(withoutChart(book));
    expect(fromA.chart?.find('706100')?.label).toBe('Ventes de cours');
    expect(fromP.journalList).toEqual(book.journalList);
    expect(trialBalance(fromP)).toEqual(trialBalance(book));
  });

  it('keeps the currency and its scale (JPY: 0 decimals, KWD: 3)', async () => {
    for (const [currency, debit] of [['JPY', '1200'], ['KWD', '12.345'], ['EUR', '0.01']] as const) {
      const tx = createTransaction({ id: 'X1', journal: 'OD', date: '2024-01-02', piece: { ref: 'P' }, label: 'x', currency, entries: [{ account: '627000', debit }, { account: '512000', credit: debit }] });
      const book = createBook([tx]);
      expect(fromArrow(toArrow(book))).toEqual(book);
      expect(await fromParquet(toParquet(book))).toEqual(book);
    }
  });

  it('read an empty Book back, with its currency', async () => {
    const book = createBook([], { currency: 'USD' });
    expect(fromArrow(toArrow(book))).toEqual(book);
    expect(await fromParquet(toParquet(book))).toEqual(book);
  });

  it('write amounts as Decimal128(18, 2) / DECIMAL(18, 2) on INT64 and dates as Date32 / DATE, with the schema version in the metadata', () => {
    const book = createBook(goldenTransactions());
    const meta = parquetMetadata(toParquet(book).slice().buffer);
    const debit = meta.schema.find((e) => e.name === 'debit')!;
    expect(debit).toMatchObject({ type: 'INT64', converted_type: 'DECIMAL', scale: 2, precision: 18, repetition_type: 'REQUIRED' });
    expect(meta.schema.find((e) => e.name === 'date')).toMatchObject({ type: 'INT32', converted_type: 'DATE' });
    expect(meta.key_value_metadata).toContainEqual({ key: 'partie-double.schema_version', value: String(COLUMNAR_SCHEMA_VERSION) });
    expect(meta.schema.slice(1).map((e) => e.name)).toEqual(COLUMNAR_COLUMNS.map((c) => c.name));
  });

  it('are deterministic: the same Book gives the same bytes', () => {
    expect(toArrow(richBook())).toEqual(toArrow(richBook()));
    expect(toParquet(richBook())).toEqual(toParquet(richBook()));
  });

  it('read a Parquet file by byte ranges (ParquetFile) and an Arrow stream (AsyncIterable)', async () => {
    const book = richBook();
    const bytes = toParquet(book, { rowsPerBatch: 2 });
    const reads: number[] = [];
    const file: ParquetFile = { byteLength: bytes.length, slice: async (start, end) => (reads.push(start), bytes.slice(start, end).buffer) };
    expect(withoutChart(await fromParquet(file))).toEqual(withoutChart(book));
    expect(reads.length).toBeGreaterThan(1);
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield* arrowChunks(book, { rowsPerBatch: 1 });
    }
    expect(withoutChart(await fromArrow(stream()))).toEqual(withoutChart(book));
  });

  it('never split a transaction: a transaction larger than rowsPerBatch makes a batch of its own', async () => {
    const book = richBook(); // entries per transaction: 3, 2, 2, 3
    expect([...arrowChunks(book, { rowsPerBatch: 1 })]).toHaveLength(1 + 4 + 1);
    expect([...parquetChunks(book, { rowsPerBatch: 1 })]).toHaveLength(4 + 1);
    expect((await collect(parquetBooks(toParquet(book, { rowsPerBatch: 4 })))).map((b) => b.size)).toEqual([1, 2, 1]);
  });

  it('read batches that split a transaction (written by another tool): the transaction goes with the batch that ends it', async () => {
    const book = createBook(goldenTransactions()); // rows: à-nouveaux 0–1, sale 2–4, payment 5–6, deferral 7–8
    const split = craftParquet(book, { rowGroupSize: 3 }); // groups: rows 0–2, 3–5, 6–8
    const parts = await collect(parquetBooks(split));
    expect(parts.map((b) => b.size)).toEqual([1, 1, 2]);
    expect(parts.map((b) => b.tx.id)).toEqual([['AN000001'], ['VT000001'], ['BQ000001', 'OD000001']].map((ids) => ids.map((id) => book.tx.id[book.tx.id.indexOf(id)])));
    expect(await fromParquet(split)).toEqual(book);
  });
});

describe('bad input', () => {
  const book = (): Book => createBook(goldenTransactions());

  it('garbage bytes: invalid_file, never a raw exception', async () => {
    const garbage = new TextEncoder().encode('not an arrow nor a parquet file, just text');
    expect(await codes(() => fromArrow(garbage))).toEqual(['invalid_file']);
    expect(await codes(() => fromParquet(garbage))).toEqual(['invalid_file']);
    expect(await codes(() => fromParquet(toArrow(book())))).toEqual(['invalid_file']);
    expect(await codes(() => fromArrow(toParquet(book())))).toEqual(['invalid_file']);
    const truncated = toParquet(book()).slice(0, 200);
    expect(await codes(() => fromParquet(truncated))).toEqual(['invalid_file']);
  });

  it('another schema version, or none: unsupported_schema_version', async () => {
    const v2 = { metadata: (m: Array<readonly [string, string]>) => m.map(([k, v]) => [k, k === 'partie-double.schema_version' ? '2' : v] as const) };
    const none = { metadata: (m: Array<readonly [string, string]>) => m.filter(([k]) => k !== 'partie-double.schema_version') };
    expect(await issuesOf(() => fromParquet(craftParquet(book(), v2)))).toEqual([expect.objectContaining({ code: 'unsupported_schema_version', path: ['partie-double.schema_version'] })]);
    expect(await codes(() => fromParquet(craftParquet(book(), none)))).toEqual(['unsupported_schema_version']);
    expect(await codes(() => fromArrow(craftArrow(book(), v2)))).toEqual(['unsupported_schema_version']);
    expect(await codes(() => fromArrow(craftArrow(book(), none)))).toEqual(['unsupported_schema_version']);
  });

  it('a column the Book needs is missing: missing_column, one issue per column', async () => {
    const drop = { values: (name: string, v: unknown[]) => (name === 'debit' || name === 'transaction_id' ? undefined : v) };
    expect(await issuesOf(() => fromParquet(craftParquet(book(), drop)))).toEqual([
      expect.objectContaining({ code: 'missing_column', path: ['transaction_id'] }),
      expect.objectContaining({ code: 'missing_column', path: ['debit'] }),
    ]);
    expect(await codes(() => fromArrow(craftArrow(book(), drop)))).toEqual(['missing_column', 'missing_column']);
  });

  it('optional columns may be absent: a file with only the required ones reads (labels from the chart, no auxiliaries…)', async () => {
    const required = new Set(COLUMNAR_COLUMNS.filter((c) => c.required).map((c) => c.name));
    const keep = { values: (name: string, v: unknown[]) => (required.has(name) ? v : undefined) };
    const read = await fromParquet(craftParquet(book(), keep));
    expect(read.size).toBe(4);
    expect(read.entries.amount).toEqual(book().entries.amount);
    expect(read.accounts).toEqual(book().accounts);
    expect(read.types).toEqual([]); // no type column: no opening transaction either
  });

  it('an amount column stored as floats: invalid_column_type', async () => {
    const float = craftArrow(book(), { data: (name, _f, values) => (name === 'credit' ? vectorFromArray(values.map((v) => (v as number) / 100), new Float64()).data[0] : undefined) });
    expect(await issuesOf(() => fromArrow(float))).toEqual([expect.objectContaining({ code: 'invalid_column_type', path: ['credit'] })]);
    const double = craftParquet(book(), {
      values: (name, v) => (name === 'debit' ? v.map((x) => Number(x) / 100) : v),
      element: (name, e) => (name === 'debit' ? { name, type: 'DOUBLE', repetition_type: 'REQUIRED' } : e),
    });
    expect(await codes(() => fromParquet(double))).toEqual(['invalid_column_type']);
    const textDate = craftArrow(book(), { data: (name, _f, values) => (name === 'date' ? vectorFromArray(values.map(String), new Utf8()).data[0] : undefined) });
    expect(await codes(() => fromArrow(textDate))).toEqual(['invalid_column_type']);
  });

  it("a decimal column whose scale differs from the currency's: decimal_scale_mismatch", async () => {
    // EUR has 2 decimals; the debit column written with scale 3 (its values × 10, so the amounts are right)
    const scale3 = craftParquet(book(), {
      values: (name, v) => (name === 'debit' ? v.map((x) => (x as bigint) * 10n) : v),
      element: (name, e) => (name === 'debit' ? { ...e, scale: 3, logical_type: { type: 'DECIMAL', scale: 3, precision: 18 } } : e),
    });
    expect(await issuesOf(() => fromParquet(scale3))).toEqual([expect.objectContaining({ code: 'decimal_scale_mismatch', path: ['debit'] })]);
    const arrow = craftArrow(book(), {
      data: (name, f, values) => {
        if (name !== 'vat_base') return undefined;
        // scale 4 where EUR has 2 (the values × 100, so the amounts are right)
        return arrowData(new Field(name, new ArrowDecimal(4, 18, 128), true), values.map((v) => (v === null ? null : (v as number) * 100)));
      },
    });
    expect(await codes(() => fromArrow(arrow))).toEqual(['decimal_scale_mismatch']);
  });

  it('entries that do not balance per transaction: unbalanced_transaction (a Book is proof of balance)', async () => {
    // the sale's last credit (row 4) one cent short
    const short = { values: (name: string, v: unknown[]) => (name === 'credit' ? v.map((x, i) => (i === 4 ? (typeof x === 'bigint' ? x - 1n : (x as number) - 1) : x)) : v) };
    expect(await issuesOf(() => fromParquet(craftParquet(book(), short)))).toEqual([expect.objectContaining({ code: 'unbalanced_transaction', path: [1, 'entries'] })]);
    expect(await codes(() => fromArrow(craftArrow(book(), short)))).toEqual(['unbalanced_transaction']);
    expect(await codes(() => collect(parquetBooks(craftParquet(book(), short))))).toEqual(['unbalanced_transaction']);
  });

  it('a transaction id met again after other rows: duplicate_transaction', async () => {
    const ids = { values: (name: string, v: unknown[]) => (name === 'transaction_id' ? v.map((x, i) => (i >= 7 ? 'AN000001' : x)) : v) };
    expect(await codes(() => fromParquet(craftParquet(book(), ids)))).toEqual(['duplicate_transaction']);
  });

  it('bad rows: invalid_account, both_sides, missing_side, non_positive_amount, empty_id, rows of one transaction that disagree', async () => {
    const at = (name: string, row: number, value: unknown) => ({ values: (n: string, v: unknown[]) => (n === name ? v.map((x, i) => (i === row ? value : x)) : v) });
    expect(await codes(() => fromParquet(craftParquet(book(), at('account', 0, 'ABC'))))).toEqual(['invalid_account']);
    expect(await codes(() => fromParquet(craftParquet(book(), at('credit', 0, 5n))))).toEqual(['both_sides']);
    expect(await codes(() => fromParquet(craftParquet(book(), at('debit', 0, 0n))))).toEqual(['missing_side']);
    expect(await codes(() => fromParquet(craftParquet(book(), at('debit', 0, -5n))))).toEqual(['non_positive_amount']);
    // (the next row then starts the transaction at its line 1: reported too)
    expect((await issuesOf(() => fromArrow(craftArrow(book(), at('transaction_id', 0, ''))))).map((i) => [i.code, i.path])).toEqual([['empty_id', [0, 'transaction_id']], ['invalid_input', [1, 'line']]]);
    expect(await issuesOf(() => fromParquet(craftParquet(book(), at('date', 3, 19000))))).toEqual([expect.objectContaining({ code: 'invalid_input', path: [3, 'date'] })]);
    expect(await issuesOf(() => fromParquet(craftParquet(book(), at('line', 3, 5))))).toEqual([expect.objectContaining({ code: 'invalid_input', path: [3, 'line'] })]);
    expect(await codes(() => fromParquet(craftParquet(book(), at('foreign_currency', 0, 'XXZ'))))).toEqual(['invalid_input']);
    // the sale's first row (row 2) carries the golden book's lettering code A: its date alone, or its code alone
    expect(await issuesOf(() => fromParquet(craftParquet(book(), at('lettering_code', 2, null))))).toEqual([expect.objectContaining({ code: 'invalid_input', path: [2, 'lettering_code'] })]);
    expect(await issuesOf(() => fromParquet(craftParquet(book(), at('lettering_date', 2, null))))).toEqual([expect.objectContaining({ code: 'invalid_input', path: [2, 'lettering_date'] })]);
    expect(await codes(() => fromParquet(craftParquet(book(), at('debit', 0, 2n ** 60n))))).toEqual(['amount_overflow']);
    const notAnObject = { values: (n: string, v: unknown[]) => (n === 'source' ? v.map((x) => (x === null ? x : ['not', 'an object'])) : v) };
    expect(await issuesOf(() => fromParquet(craftParquet(book(), notAnObject)))).toEqual([expect.objectContaining({ code: 'invalid_input', path: [2, 'source'] }), expect.objectContaining({ code: 'invalid_input', path: [5, 'source'] })]);
  });

  it('not a Book, not bytes, a bad rowsPerBatch: invalid_input, invalid_option', async () => {
    expect(await codes(() => toArrow({} as Book))).toEqual(['invalid_input']);
    expect(await codes(() => [...parquetChunks([createBook([]), {} as Book])])).toEqual(['invalid_input']);
    expect(await codes(() => toParquet(book(), { rowsPerBatch: 0 }))).toEqual(['invalid_option']);
    expect(await codes(() => fromArrow('text' as never))).toEqual(['invalid_input']);
    expect(await codes(() => fromParquet(42 as never))).toEqual(['invalid_input']);
    const usd = createBook([createTransaction({ id: 'U1', journal: 'OD', date: '2024-01-02', piece: { ref: 'P' }, label: 'x', currency: 'USD', entries: [{ account: '627000', debit: '1.00' }, { account: '512000', credit: '1.00' }] })]);
    expect(await codes(() => [...arrowChunks([book(), usd])])).toEqual(['invalid_input']);
    // an empty first part fixes the file's currency (and its scale) too: a JPY part after an empty EUR Book is refused
    const jpy = createBook([createTransaction({ id: 'J1', journal: 'OD', date: '2024-01-02', piece: { ref: 'P' }, label: 'x', currency: 'JPY', entries: [{ account: '627000', debit: '100' }, { account: '512000', credit: '100' }] })]);
    expect(await codes(() => [...parquetChunks([createBook([]), jpy])])).toEqual(['invalid_input']);
    expect(await fromParquet(join([...parquetChunks([createBook([], { currency: 'JPY' }), jpy])]))).toEqual(jpy);
  });
});

describe('properties', () => {
  it('round trip: fromArrow(toArrow(book)) and fromParquet(toParquet(book)) equal the book', async () => {
    await fc.assert(
      fc.asyncProperty(bookArbitrary({ maxLength: 12 }), fc.integer({ min: 1, max: 12 }), async (book, rowsPerBatch) => {
        expect(fromArrow(toArrow(book, { rowsPerBatch }))).toEqual(book);
        expect(await fromParquet(toParquet(book, { rowsPerBatch }))).toEqual(book);
      }),
      { numRuns: 25 },
    );
  });

  it('parts: the Books read one batch at a time, appended, equal the Book read whole', async () => {
    await fc.assert(
      fc.asyncProperty(bookArbitrary({ minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 8 }), async (book, rowsPerBatch) => {
        for (const parts of [await collect(arrowBooks(toArrow(book, { rowsPerBatch }))), await collect(parquetBooks(toParquet(book, { rowsPerBatch })))]) {
          expect(parts.reduce((n, p) => n + p.entryCount, 0)).toBe(book.entryCount);
          for (const p of parts) expect(p.entryCount <= rowsPerBatch || p.size === 1).toBe(true);
          const [head, ...rest] = parts;
          const appended = rest.reduce((acc, p) => appendToBook(acc, [...bookTransactions(p)]), head!);
          expect(appended).toEqual(book);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('chunks: the chunks joined are the file', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 6 }), fc.integer({ min: 2, max: 6 }), (book, rowsPerBatch) => {
        expect(join([...arrowChunks(book, { rowsPerBatch })])).toEqual(toArrow(book, { rowsPerBatch }));
        expect(join([...parquetChunks(book, { rowsPerBatch })])).toEqual(toParquet(book, { rowsPerBatch }));
      }),
      { numRuns: 6 },
    );
  });
});

/** A Book with every index into `book.strings` replaced by the string: equal for two Books that intern the same strings in another order. */
function resolved(book: Book): Record<string, unknown> {
  const str = (column: Int32Array | undefined): Array<string | null> | undefined => column && Array.from(column, (s) => (s >= 0 ? book.strings[s]! : null));
  const { strings: _s, chart, tx, entries, ...rest } = book as Book & { chart?: Book['chart'] };
  return {
    ...rest,
    chartAccounts: chart?.accounts,
    tx: { ...tx, reverses: str(tx.reverses) },
    entries: { ...entries, label: str(entries.label), letteringCode: str(entries.letteringCode), costCenter: str(entries.costCenter), vatRate: str(entries.vatRate), openItem: str(entries.openItem) },
  };
}

describe("the examples' books", () => {
  it('a quarter of the gym example (posted, lettered, 6-digit accounts, a chart) reads back the same, up to the order of its interned strings', async () => {
    const { businessBook } = await import('../../examples/_lib/runBusiness.js');
    const { gymYear } = await import('../../examples/_data/gym.js');
    const { documentDate } = await import('./_books.js');
    // The first quarter's documents (its payments settle its own invoices), lettered like the year: a third of the posting time.
    const year = gymYear();
    const { book } = businessBook({ ...year, documents: year.documents.filter((d) => documentDate(d) < '2024-04-01') });
    expect(book.entryCount).toBeGreaterThan(1000);
    expect(book.entries.letteringCode?.some((c) => c >= 0)).toBe(true);
    // `letter` interns the lettering codes after the Book's other strings; a Book read back interns them in entry order
    expect(resolved(fromArrow(toArrow(book)))).toEqual(resolved(book));
    const read = await fromParquet(toParquet(book));
    expect(resolved(read)).toEqual(resolved(book));
    expect(formats.fec.serialize(read, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } })).toBe(formats.fec.serialize(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }));
  }, 60_000);
});
