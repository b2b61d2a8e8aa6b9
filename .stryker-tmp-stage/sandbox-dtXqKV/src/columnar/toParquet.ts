// @ts-nocheck
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { Book } from '../book/index.js';
import { parquetSchemaOf } from './_lib/parquetTypes.js';
import { batchRanges, bookParts, bookRows, checkPart, fileMetadata, rowsPerBatch, type ColumnarWriteOptions, type WriteRows } from './_lib/write.js';
import { COLUMNAR_COLUMNS } from './schema.js';
import { concat } from './toArrow.js';

/** A byte writer whose bytes are taken away after each row group (offsets stay those of the whole file). */
class DrainingWriter extends ByteWriter {
  readonly parts: Uint8Array[] = [];
  flush(): void {
    if (this.index > 0) this.parts.push(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }
  override finish(): void {
    this.flush();
  }
  take(): Uint8Array[] {
    return this.parts.splice(0, this.parts.length);
  }
}

/** The column data hyparquet-writer takes for a batch: amounts as bigint (never a float), JSON as objects. */
function columnData(rows: WriteRows): Array<{ name: string; data: unknown[] }> {
  return COLUMNAR_COLUMNS.map((c) => {
    const values = rows.columns[c.name]!;
    if (c.kind === 'amount') return { name: c.name, data: values.map((v) => (v === null ? null : BigInt(v as number))) };
    if (c.kind === 'json') {
      const parsed = new Map<string, unknown>();
      return {
        name: c.name,
        data: values.map((v) => {
          if (v === null) return null;
          let o = parsed.get(v as string);
          if (o === undefined) parsed.set(v as string, (o = JSON.parse(v as string)));
          return o;
        }),
      };
    }
    return { name: c.name, data: values.slice() };
  });
}

/**
 * Writes Books as one Apache Parquet file, one row group at a time: the
 * chunks, concatenated, are the file (the footer, written last, indexes
 * the row groups). One row per entry (see `COLUMNAR_COLUMNS` and
 * docs/columnar.md); a row group holds at most `options.rowsPerBatch` rows
 * and never splits a transaction. Give an iterable of Books (a month at a
 * time…) to write a year larger than one heap. The file's key/value
 * metadata (schema version, currency, chart and journals) comes from the
 * first Book; the others must share its currency, and their transaction
 * ids must differ (reading checks it).
 *
 * @param input - a Book, or Books written one after another
 * @param options - row group size
 * @returns the file's bytes, piece by piece
 * @throws AccountingError `invalid_input` (not a Book, mixed currencies), `invalid_option`
 * @example
 * ```ts
 * const parts = [...parquetChunks(book, { rowsPerBatch: 4 })]; // the golden book: 4 transactions, 9 entries
 * parts.length //=> 4 (three row groups, then the indexes and the footer)
 * (await fromParquet(new Uint8Array(await new Blob(parts).arrayBuffer()))).size //=> 4
 * ```
 */
export function* parquetChunks(input: Book | Iterable<Book>, options?: ColumnarWriteOptions): Generator<Uint8Array> {
  const rows = rowsPerBatch(options);
  const writer = new DrainingWriter();
  let parquet: ParquetWriter | undefined;
  let first: Book | undefined;
  let index = 0;
  const open = (book: Book | undefined): ParquetWriter =>
    new ParquetWriter({
      writer,
      schema: parquetSchemaOf(book?.scale ?? 2),
      kvMetadata: fileMetadata(book).map(([key, value]) => ({ key, value })),
      createdBy: 'partie-double',
    });
  for (const book of bookParts(input, 'parquetChunks')) {
    if (first === undefined) {
      checkPart(book, book, 0);
      first = book;
      parquet = open(book);
    } else checkPart(first, book, index);
    index++;
    for (const [from, to] of batchRanges(book, rows)) {
      const batch = bookRows(book, from, to);
      void parquet!.write({ columnData: columnData(batch) as never, rowGroupSize: batch.length });
      yield concat(writer.take());
    }
  }
  parquet ??= open(undefined);
  void parquet.finish();
  yield concat(writer.take());
}

/**
 * A Book as Apache Parquet bytes: one row per entry, the transaction's
 * columns repeated, amounts as `DECIMAL(18, scale)` (INT64, exact, never a
 * float), dates as `DATE`, strings dictionary-encoded, the schema version
 * and the currency in the key/value metadata. DuckDB, Polars, pandas or
 * Spark read it as it is; `fromParquet` reads it back into the same Book.
 * The columns are `COLUMNAR_COLUMNS` (docs/columnar.md).
 *
 * @param book - the Book
 * @param options - row group size
 * @returns the file's bytes (the chunks of {@link parquetChunks} joined)
 * @throws AccountingError `invalid_input` (not a Book), `invalid_option`
 * @example
 * ```ts
 * const bytes = toParquet(book); // the golden book
 * new TextDecoder().decode(bytes.subarray(0, 4)) //=> 'PAR1'
 * (await fromParquet(bytes)).size //=> 4
 * ```
 */
export function toParquet(book: Book, options?: ColumnarWriteOptions): Uint8Array {
  return concat([...parquetChunks(book, options)]);
}
