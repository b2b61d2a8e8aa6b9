// @ts-nocheck
import { parquetMetadataAsync, parquetRead, type FileMetaData, type SchemaElement } from 'hyparquet';
import type { Book } from '../book/index.js';
import { AccountingError, fail, issue } from '../errors/index.js';
import { parquetColumnType } from './_lib/parquetTypes.js';
import { bookOfAsyncBatches, booksOfAsyncBatches, readContext, unreadable, type ColumnarReadOptions, type FileColumnType, type ReadBatch, type ReadContext } from './_lib/read.js';
import { COLUMNAR_COLUMNS } from './schema.js';

/**
 * A Parquet file read by byte ranges, as hyparquet reads it (its
 * `AsyncBuffer`): `byteLength` and `slice(start, end)` giving the bytes of
 * that range. Wrap a file handle in it (Node: `fs.promises.open` then
 * `handle.read`; a browser `File` or `Blob`: `blob.slice(start, end).arrayBuffer()`)
 * to read a file larger than the heap a row group at a time.
 *
 * @example
 * ```ts
 * const bytes = toParquet(book);
 * const file: ParquetFile = { byteLength: bytes.length, slice: (start, end) => bytes.slice(start, end).buffer };
 * (await fromParquet(file)).size //=> 4
 * ```
 */
export interface ParquetFile {
  /** The file's size in bytes. */
  readonly byteLength: number;
  /** The bytes from `start` (inclusive) to `end` (exclusive, the end of the file when absent). */
  slice(start: number, end?: number): ArrayBuffer | Promise<ArrayBuffer>;
}

type ParquetInput = Uint8Array | ArrayBuffer | ParquetFile;

function asFile(input: unknown, what: string): ParquetFile {
  if (input instanceof Uint8Array) return input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer ? input.buffer : (input.slice().buffer as ArrayBuffer);
  if (input instanceof ArrayBuffer) return input;
  if (typeof input === 'object' && input !== null && typeof (input as ParquetFile).byteLength === 'number' && typeof (input as ParquetFile).slice === 'function') return input as ParquetFile;
  fail('invalid_input', [], `${what} reads Parquet bytes: a Uint8Array, an ArrayBuffer or a ParquetFile ({ byteLength, slice(start, end) }).`);
}

/** A copy of the schema whose DECIMAL columns are plain integers: hyparquet turns DECIMAL into floats, this library never does. */
function rawDecimals(metadata: FileMetaData): FileMetaData {
  const schema = metadata.schema.map((e): SchemaElement => {
    if (e.converted_type !== 'DECIMAL' && e.logical_type?.type !== 'DECIMAL') return e;
    const { converted_type: _c, logical_type: _l, ...rest } = e;
    return rest;
  });
  return { ...metadata, schema };
}

/** Big-endian two's complement bytes as an integer. */
function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let u = 0n;
  for (const b of bytes) u = (u << 8n) | BigInt(b);
  return BigInt.asIntN(bytes.length * 8, u);
}

const decoder = new TextDecoder();

function normalise(values: ArrayLike<unknown>, type: FileColumnType): ArrayLike<unknown> {
  // typed arrays (a REQUIRED INT32 / INT64 column) already hold numbers / bigints, without nulls
  if (values instanceof BigInt64Array || values instanceof Int32Array) return values;
  if (type.kind === 'decimal') return Array.from(values, (v) => (v === null || v === undefined ? null : v instanceof Uint8Array ? bytesToBigInt(v) : BigInt(v as number | bigint)));
  if (type.kind === 'int' || type.kind === 'date') return Array.from(values, (v) => (v === null || v === undefined ? null : Number(v)));
  return values;
}

interface Opened {
  readonly context: ReadContext;
  readonly batches: AsyncIterable<ReadBatch>;
}

async function open(input: ParquetInput, options: ColumnarReadOptions | undefined, what: string): Promise<Opened> {
  const file = asFile(input, what);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw unreadable(what, error);
  }
  const root = metadata.schema[0];
  if (!root) throw new AccountingError([issue('invalid_file', [], `${what}: the Parquet file has no schema.`)]);
  // the root's direct children (a nested column is skipped with its children, and reported as not a flat type)
  const columns = new Map<string, FileColumnType>();
  let i = 1;
  while (i < metadata.schema.length) {
    const e = metadata.schema[i]!;
    columns.set(e.name, e.num_children ? { kind: 'other', description: 'a Parquet group' } : parquetColumnType(e));
    let skip = e.num_children ?? 0;
    i++;
    while (skip > 0 && i < metadata.schema.length) {
      skip += (metadata.schema[i]!.num_children ?? 0) - 1;
      i++;
    }
  }
  const kv = new Map<string, string>((metadata.key_value_metadata ?? []).map((k) => [k.key, k.value ?? '']));
  const context = readContext(kv, columns, options);
  const raw = rawDecimals(metadata);
  const wanted = COLUMNAR_COLUMNS.map((c) => c.name).filter((name) => columns.has(name));
  async function* batches(): AsyncGenerator<ReadBatch> {
    let start = 0;
    for (const group of metadata.row_groups) {
      const n = Number(group.num_rows);
      // column by column (never an object per row: a million rows of 30 keys is mostly garbage collection)
      const data = new Map<string, ArrayLike<unknown>>();
      const end = start + n;
      try {
        await parquetRead({
          file,
          metadata: raw,
          columns: wanted,
          rowStart: start,
          rowEnd: end,
          utf8: false,
          parsers: { dateFromDays: (days: number) => days, jsonFromBytes: (bytes: Uint8Array) => bytes && decoder.decode(bytes) },
          onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
            const from = Math.max(rowStart, start);
            const to = Math.min(rowEnd, end);
            if (from === start && to === end && rowStart === start && rowEnd === end && !data.has(columnName)) {
              data.set(columnName, columnData as ArrayLike<unknown>);
              return;
            }
            let values = data.get(columnName) as unknown[] | undefined;
            if (values === undefined || !Array.isArray(values)) {
              const previous = values as ArrayLike<unknown> | undefined;
              values = new Array<unknown>(n);
              if (previous) for (let i = 0; i < n; i++) values[i] = previous[i];
              data.set(columnName, values);
            }
            for (let r = from; r < to; r++) values[r - start] = (columnData as ArrayLike<unknown>)[r - rowStart];
          },
        });
      } catch (error) {
        throw unreadable(what, error);
      }
      start = end;
      const decoded = new Map<string, ArrayLike<unknown>>();
      yield {
        length: n,
        column(name: string): ArrayLike<unknown> | undefined {
          const type = columns.get(name);
          if (type === undefined) return undefined;
          let values = decoded.get(name);
          if (values === undefined) decoded.set(name, (values = normalise(data.get(name) ?? new Array<unknown>(n), type)));
          return values;
        },
      };
    }
  }
  return { context, batches: batches() };
}

/**
 * Reads Apache Parquet bytes (as `toParquet` writes them, or as DuckDB,
 * Polars or Spark write the same columns) back into a Book: the same Book
 * that was written. Every check of `createBook` applies (a Book is proof
 * of balance): the schema version, the columns and their types, the
 * decimal scales (amounts are read as exact integers of minor units, never
 * as floats), then each transaction (consecutive rows with one
 * `transaction_id`) must balance and ids must be unique. Asynchronous:
 * hyparquet reads by byte ranges, so a {@link ParquetFile} over a file
 * handle reads a file larger than the heap a row group at a time.
 *
 * @param input - the bytes, or a file read by ranges
 * @param options - a chart and journals to check against (default: the file's)
 * @returns a Promise of the Book
 * @throws AccountingError (the Promise rejects with it) `invalid_file` (not Parquet),
 *   `unsupported_schema_version`, `missing_column`, `invalid_column_type`,
 *   `decimal_scale_mismatch`, `unbalanced_transaction`, `duplicate_transaction`,
 *   `invalid_account`, `invalid_input` (rows of one transaction that disagree), …
 * @example
 * ```ts
 * const read = await fromParquet(toParquet(book)); // the golden book
 * formats.ledger.serialize(read) === formats.ledger.serialize(book) //=> true (the same Book)
 * ```
 */
export async function fromParquet(input: Uint8Array | ArrayBuffer | ParquetFile, options?: ColumnarReadOptions): Promise<Book> {
  const { context, batches } = await open(input, options, 'fromParquet');
  return bookOfAsyncBatches(context, batches);
}

/**
 * Reads Apache Parquet bytes as a sequence of Books, one per row group
 * (the transactions each group completes): a year larger than one heap is
 * read a part at a time, each part folded (a trial balance per part, then
 * `mergeTrialBalances`) and dropped. Each part is checked as `fromParquet`
 * checks the whole, except that ids are unique within a part only.
 *
 * @param input - the bytes, or a file read by ranges
 * @param options - a chart and journals to check against (default: the file's)
 * @returns the Books, in file order
 * @throws AccountingError as {@link fromParquet} (the first part in error stops the iteration)
 * @example
 * ```ts
 * const sizes: number[] = [];
 * for await (const part of parquetBooks(toParquet(book, { rowsPerBatch: 4 }))) sizes.push(part.size); // the golden book
 * sizes //=> [1, 1, 2]
 * ```
 */
export async function* parquetBooks(input: Uint8Array | ArrayBuffer | ParquetFile, options?: ColumnarReadOptions): AsyncGenerator<Book> {
  const { context, batches } = await open(input, options, 'parquetBooks');
  yield* booksOfAsyncBatches(context, batches);
}
