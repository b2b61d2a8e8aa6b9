// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { arrowBooks, arrowChunks, fromArrow, fromParquet, parquetBooks, parquetChunks, toArrow, toParquet } from '../../src/columnar/index.js';
import { appendToBook, createBook, type Book } from '../../src/index.js';
import { goldenTransactions } from '../ledger/_fixtures.js';
import { collect, join } from './_fixtures.js';

const golden = (): Book => createBook(goldenTransactions());
async function* streamOf(parts: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* parts;
}

describe('Arrow', () => {
  it('reads back the golden book it wrote, the same Book', () => {
    const book = golden();
    expect(fromArrow(toArrow(book))).toEqual(book);
  });

  it('writes a stream whose chunks are the schema, one batch per group of whole transactions, the end marker', async () => {
    const book = golden(); // entries per transaction: 2, 3, 2, 2
    const parts = [...arrowChunks(book, { rowsPerBatch: 4 })];
    expect(parts).toHaveLength(5);
    expect(join(parts)).toEqual(toArrow(book, { rowsPerBatch: 4 }));
    expect(Array.from(parts[4]!)).toEqual([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    expect((await collect(arrowBooks(join(parts)))).map((b) => b.size)).toEqual([1, 1, 2]);
    expect(await fromArrow(streamOf(parts))).toEqual(book);
  });
});

describe('Parquet', () => {
  it('reads back the golden book it wrote, the same Book', async () => {
    const book = golden();
    expect(await fromParquet(toParquet(book))).toEqual(book);
  });

  it('writes one row group per group of whole transactions, then the footer', async () => {
    const book = golden();
    const parts = [...parquetChunks(book, { rowsPerBatch: 4 })];
    expect(parts).toHaveLength(4);
    expect(join(parts)).toEqual(toParquet(book, { rowsPerBatch: 4 }));
    expect((await collect(parquetBooks(join(parts)))).map((b) => b.size)).toEqual([1, 1, 2]);
  });

  it('writes Books one after another into one file: reading it gives the Book of all their transactions', async () => {
    const txs = goldenTransactions();
    const parts = [createBook(txs.slice(0, 1)), createBook(txs.slice(1, 3)), createBook(txs.slice(3))];
    const whole = appendToBook(createBook(txs.slice(0, 1)), txs.slice(1));
    expect(await fromParquet(join([...parquetChunks(parts)]))).toEqual(whole);
    expect(fromArrow(join([...arrowChunks(parts)]))).toEqual(whole);
  });
});

describe('the Arrow file format', () => {
  it('is read too (what pyarrow or DuckDB write as .arrow / .feather)', async () => {
    const { tableFromIPC, tableToIPC } = await import('apache-arrow');
    const book = golden();
    const file = tableToIPC(tableFromIPC(toArrow(book)), 'file');
    expect(new TextDecoder().decode(file.subarray(0, 6))).toBe('ARROW1');
    expect(fromArrow(file)).toEqual(book);
  });
});
