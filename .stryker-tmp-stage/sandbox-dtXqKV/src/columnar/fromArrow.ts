// @ts-nocheck
import { RecordBatchReader, type AsyncRecordBatchStreamReader, type RecordBatch } from 'apache-arrow';
import type { Book } from '../book/index.js';
import { AccountingError, fail, issue } from '../errors/index.js';
import { arrowBatch, arrowColumns } from './_lib/arrowRead.js';
import { bookOfAsyncBatches, bookOfBatches, booksOfAsyncBatches, readContext, unreadable, type ColumnarReadOptions, type ReadBatch, type ReadContext } from './_lib/read.js';

type ArrowInput = Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array>;

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function';
}

function checkInput(input: unknown, what: string): void {
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer) && !isAsyncIterable(input)) {
    fail('invalid_input', [], `${what} reads Arrow IPC bytes: a Uint8Array, an ArrayBuffer or an AsyncIterable<Uint8Array>.`);
  }
}

const bytesOf = (input: Uint8Array | ArrayBuffer): Uint8Array => (input instanceof Uint8Array ? input : new Uint8Array(input));

/** Opens a reader and checks the schema (sync input). */
function openSync(input: Uint8Array, options: ColumnarReadOptions | undefined, what: string): { context: ReadContext; batches: Iterable<ReadBatch> } {
  let reader: RecordBatchReader;
  try {
    reader = RecordBatchReader.from(input);
    reader.open();
  } catch (error) {
    throw unreadable(what, error);
  }
  const schema = reader.schema as typeof reader.schema | undefined;
  if (!schema) throw new AccountingError([issue('invalid_file', [], `${what}: the bytes are not an Arrow IPC stream or file (no schema message).`)]);
  const columns = arrowColumns(schema);
  const context = readContext(schema.metadata, columns, options);
  function* batches(): Generator<ReadBatch> {
    for (;;) {
      let next: IteratorResult<RecordBatch>;
      try {
        next = reader.next() as IteratorResult<RecordBatch>;
      } catch (error) {
        throw unreadable(what, error);
      }
      if (next.done) return;
      yield arrowBatch(next.value, columns);
    }
  }
  return { context, batches: batches() };
}

/** Opens a reader and checks the schema (async input). */
async function openAsync(input: AsyncIterable<Uint8Array>, options: ColumnarReadOptions | undefined, what: string): Promise<{ context: ReadContext; batches: AsyncIterable<ReadBatch> }> {
  let reader: AsyncRecordBatchStreamReader;
  try {
    reader = (await RecordBatchReader.from(input)) as AsyncRecordBatchStreamReader;
    await reader.open();
  } catch (error) {
    throw unreadable(what, error);
  }
  const schema = reader.schema as typeof reader.schema | undefined;
  if (!schema) throw new AccountingError([issue('invalid_file', [], `${what}: the bytes are not an Arrow IPC stream (no schema message).`)]);
  const columns = arrowColumns(schema);
  const context = readContext(schema.metadata, columns, options);
  async function* batches(): AsyncGenerator<ReadBatch> {
    for (;;) {
      let next: IteratorResult<RecordBatch>;
      try {
        next = await reader.next();
      } catch (error) {
        throw unreadable(what, error);
      }
      if (next.done) return;
      yield arrowBatch(next.value, columns);
    }
  }
  return { context, batches: batches() };
}

/**
 * Reads Apache Arrow IPC bytes (the streaming format `toArrow` writes, or
 * the file format) back into a Book: the same Book that was written. Every
 * check of `createBook` applies (a Book is proof of balance): the schema
 * version, the columns and their types, the decimal scales, then each
 * transaction (consecutive rows with one `transaction_id`) must balance and
 * ids must be unique. Give an `AsyncIterable<Uint8Array>` (a file or
 * network stream) to read batch by batch: the result is then a Promise.
 *
 * @param input - the bytes, or a stream of them
 * @param options - a chart and journals to check against (default: the file's)
 * @returns the Book (a Promise of it for a stream)
 * @throws AccountingError `invalid_file` (not Arrow), `unsupported_schema_version`,
 *   `missing_column`, `invalid_column_type`, `decimal_scale_mismatch`,
 *   `unbalanced_transaction`, `duplicate_transaction`, `invalid_account`,
 *   `invalid_input` (rows of one transaction that disagree), …
 * @example
 * ```ts
 * const read = fromArrow(toArrow(book)); // the golden book
 * formats.ledger.serialize(read) === formats.ledger.serialize(book) //=> true (the same Book)
 * async function* stream() { yield* arrowChunks(book, { rowsPerBatch: 4 }); } // a file or network stream
 * (await fromArrow(stream())).size //=> 4
 * ```
 */
export function fromArrow(input: Uint8Array | ArrayBuffer, options?: ColumnarReadOptions): Book;
export function fromArrow(input: AsyncIterable<Uint8Array>, options?: ColumnarReadOptions): Promise<Book>;
export function fromArrow(input: ArrowInput, options?: ColumnarReadOptions): Book | Promise<Book> {
  checkInput(input, 'fromArrow');
  if (isAsyncIterable(input)) return openAsync(input, options, 'fromArrow').then(({ context, batches }) => bookOfAsyncBatches(context, batches));
  const { context, batches } = openSync(bytesOf(input), options, 'fromArrow');
  return bookOfBatches(context, batches);
}

async function* asAsync<X>(items: Iterable<X>): AsyncGenerator<X> {
  yield* items;
}

/**
 * Reads Apache Arrow IPC bytes as a sequence of Books, one per record batch
 * (the transactions each batch completes): a year larger than one heap is
 * read a part at a time, each part folded (a trial balance per part, then
 * `mergeTrialBalances`) and dropped. Each part is checked as `fromArrow`
 * checks the whole, except that ids are unique within a part only.
 *
 * @param input - the bytes, or a stream of them
 * @param options - a chart and journals to check against (default: the file's)
 * @returns the Books, in file order
 * @throws AccountingError as {@link fromArrow} (the first part in error stops the iteration)
 * @example
 * ```ts
 * const sizes: number[] = [];
 * for await (const part of arrowBooks(toArrow(book, { rowsPerBatch: 4 }))) sizes.push(part.size); // the golden book
 * sizes //=> [1, 1, 2]
 * ```
 */
export async function* arrowBooks(input: Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array>, options?: ColumnarReadOptions): AsyncGenerator<Book> {
  checkInput(input, 'arrowBooks');
  if (isAsyncIterable(input)) {
    const { context, batches } = await openAsync(input, options, 'arrowBooks');
    yield* booksOfAsyncBatches(context, batches);
  } else {
    const { context, batches } = openSync(bytesOf(input), options, 'arrowBooks');
    yield* booksOfAsyncBatches(context, asAsync(batches));
  }
}
