// @ts-nocheck
import { makeData, RecordBatch, RecordBatchStreamWriter, Struct, Table, type Schema } from 'apache-arrow';
import type { Book } from '../book/index.js';
import { arrowData, arrowSchema } from './_lib/arrowTypes.js';
import { batchRanges, bookParts, bookRows, checkPart, fileMetadata, rowsPerBatch, type ColumnarWriteOptions } from './_lib/write.js';

/** The end-of-stream marker of the Arrow IPC streaming format: continuation, then a zero length. */
const END_OF_STREAM = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0);

/** The bytes of an IPC stream of one table: schema message, dictionaries and batches, end marker. */
function ipcStream(schema: Schema, batches: RecordBatch[]): Uint8Array {
  return RecordBatchStreamWriter.writeAll(new Table(schema, ...batches)).toUint8Array(true);
}

/** Length of the first message (the schema) of an IPC stream: 0xFFFFFFFF, int32 metadata size, metadata (no body). */
function schemaMessageLength(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return 8 + view.getInt32(4, true);
}

/**
 * Writes Books as an Apache Arrow IPC stream, one record batch at a time:
 * the chunks, concatenated, are one valid stream (schema message, then per
 * batch its dictionaries and its rows, then the end-of-stream marker). One
 * row per entry (see `COLUMNAR_COLUMNS` and docs/columnar.md); a batch
 * holds at most `options.rowsPerBatch` rows and never splits a
 * transaction. Give an iterable of Books (a month at a time…) to write a
 * year larger than one heap: each is turned into batches when the
 * iteration reaches it. The file's metadata (schema version, currency,
 * chart and journals) comes from the first Book; the others must share its
 * currency, and their transaction ids must differ (reading checks it).
 *
 * @param input - a Book, or Books written one after another
 * @param options - batch size
 * @returns the stream's bytes, piece by piece
 * @throws AccountingError `invalid_input` (not a Book, mixed currencies), `invalid_option`
 * @example
 * ```ts
 * const parts = [...arrowChunks(book, { rowsPerBatch: 4 })]; // the golden book: 4 transactions, 9 entries
 * parts.length //=> 5 (the schema, three batches, the end marker)
 * fromArrow(new Uint8Array(await new Blob(parts).arrayBuffer())).size //=> 4
 * ```
 */
export function* arrowChunks(input: Book | Iterable<Book>, options?: ColumnarWriteOptions): Generator<Uint8Array> {
  const rows = rowsPerBatch(options);
  let first: Book | undefined;
  let schema: Schema | undefined;
  let index = 0;
  for (const book of bookParts(input, 'arrowChunks')) {
    if (first === undefined) {
      checkPart(book, book, 0);
      first = book;
      schema = arrowSchema(book.scale, fileMetadata(book));
      const header = ipcStream(schema, []);
      yield header.slice(0, schemaMessageLength(header));
    } else checkPart(first, book, index);
    index++;
    for (const [from, to] of batchRanges(book, rows)) {
      const batch = bookRows(book, from, to);
      const fields = schema!.fields;
      const children = fields.map((f) => arrowData(f, batch.columns[f.name]!));
      const record = new RecordBatch(schema!, makeData({ type: new Struct(fields), length: batch.length, nullCount: 0, children }));
      const bytes = ipcStream(schema!, [record]);
      yield bytes.slice(schemaMessageLength(bytes), bytes.length - END_OF_STREAM.length);
    }
  }
  if (schema === undefined) {
    const header = ipcStream(arrowSchema(2, fileMetadata(undefined)), []);
    yield header.slice(0, schemaMessageLength(header));
  }
  yield END_OF_STREAM.slice();
}

/**
 * A Book as Apache Arrow IPC bytes (the streaming format, `.arrows`): one
 * row per entry, the transaction's columns repeated, amounts as
 * `Decimal128(18, scale)`, dates as `Date32`, account and auxiliary
 * numbers as dictionary strings, the schema version and the currency in the
 * schema's metadata. `fromArrow` reads it back into the same Book. The
 * columns are `COLUMNAR_COLUMNS` (docs/columnar.md).
 *
 * @param book - the Book
 * @param options - batch size
 * @returns the bytes (the chunks of {@link arrowChunks} joined)
 * @throws AccountingError `invalid_input` (not a Book), `invalid_option`
 * @example
 * ```ts
 * const bytes = toArrow(book); // the golden book
 * fromArrow(bytes).entryCount //=> 9 (one row per entry)
 * fromArrow(bytes).size //=> 4
 * ```
 */
export function toArrow(book: Book, options?: ColumnarWriteOptions): Uint8Array {
  return concat([...arrowChunks(book, options)]);
}

/** Bytes joined (internal). */
export function concat(parts: ReadonlyArray<Uint8Array>): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
