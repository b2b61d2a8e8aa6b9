// @ts-nocheck
// A row group whose columns span several Parquet data pages (hyparquet-writer cuts a page at 1 MiB): hyparquet
// hands each page to fromParquet as its own piece, which the reader joins into the row group's column. Our own
// files reach it on large books (65,536-row groups of long labels); here long, distinct labels reach it cheaply.
import { parquetRead } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { fromParquet, toParquet } from '../../src/columnar/index.js';
import { createBook, createTransaction, trialBalance } from '../../src/index.js';

/** n transactions of 2 entries, each with its own label of about 1,000 characters (no dictionary helps). */
function longLabels(n: number) {
  return createBook(
    Array.from({ length: n }, (_, k) =>
      createTransaction({
        id: `VT${k}`,
        date: `2024-0${1 + (k % 9)}-1${k % 10}`,
        journal: 'VT',
        piece: { ref: `FA${k}` },
        label: `Vente ${k} `.padEnd(1000, String.fromCharCode(97 + (k % 26))),
        entries: [
          { account: '411000', debit: `${k + 1}.05` },
          { account: '706000', credit: `${k + 1}.05` },
        ],
      }),
    ),
  );
}

describe('a row group of several data pages', () => {
  it('reads back as the same Book, each column joined from its pages in row order', async () => {
    const book = longLabels(1500);
    const bytes = toParquet(book);
    // not vacuous: the label column of the (single) row group comes in more than one piece
    const pieces = new Map<string, number>();
    await parquetRead({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      columns: ['label', 'account'],
      onChunk: ({ columnName }) => void pieces.set(columnName, (pieces.get(columnName) ?? 0) + 1),
    });
    expect(pieces.get('label')).toBeGreaterThan(1);
    const back = await fromParquet(bytes);
    expect(back).toEqual(book);
    expect(trialBalance(back).totals.closing.debit.toFixed(2)).toBe(trialBalance(book).totals.closing.debit.toFixed(2));
  });
});
