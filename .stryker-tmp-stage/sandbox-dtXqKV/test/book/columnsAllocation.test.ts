// @ts-nocheck
// What building a Book allocates: its typed columns carved out of one ArrayBuffer (builder.ts: Carver), the optional
// columns allocated up front, no Decimal for the VAT bases of post's entries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BookBuilder, createBook, createTransaction, Decimal, post, postBook, type Transaction } from '../../src/index.js';
import { Carver } from '../../src/book/_lib/builder.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions } from '../_fixtures.js';
import { invoice, line } from '../posting/_helpers.js';
import { vatOnInvoice } from '../_rules.js';

/** A transaction of two entries, with an entry label or not. */
const tx = (k: number, label?: string): Transaction =>
  createTransaction({ id: `X${k}`, journal: 'OD', date: '2024-01-01', piece: { ref: `P${k}` }, label: 'x', entries: [{ account: '512100', debit: '1', ...(label === undefined ? {} : { label }) }, { account: '706', credit: '1' }] });

describe('Carver', () => {
  it('carves zeroed columns on 8-byte boundaries out of one buffer', () => {
    const c = new Carver([3 * 4, 2 * 8, 5]);
    const a = c.int32(3);
    const b = c.float64(2);
    const u = c.uint8(5);
    expect(a.buffer).toBe(b.buffer);
    expect(u.buffer).toBe(a.buffer);
    expect([a.byteOffset, b.byteOffset, u.byteOffset]).toEqual([0, 16, 32]);
    expect([...a, ...b, ...u]).toEqual(new Array(10).fill(0));
    b[1] = 1.5;
    expect(a[2]).toBe(0);
  });

  it('a Book of createBook, and of postBook, holds its entry columns in one buffer (one allocation V8 counts once)', () => {
    const book = createBook(goldenTransactions());
    expect(book.entries.account.buffer).toBe(book.entries.tx.buffer);
    expect(book.entries.amount.buffer).toBe(book.entries.tx.buffer);
    expect(book.entries.letteringCode!.buffer).toBe(book.entries.tx.buffer);
    const posted = postBook([invoice('inv-1', '2024-10-15', [line('600.00', '20')], { number: 'FA1' })], vatOnInvoice).book;
    expect(posted.entries.openItem!.buffer).toBe(posted.entries.amount.buffer);
    expect(posted.entries.vatBase!.buffer).toBe(posted.entries.tx.buffer);
  });

  it('transaction columns are allocated apart: a column held once (piece dates equal to the dates) leaves no unused slot retained', () => {
    // generated-like transactions: piece dated and validated on the transaction's date
    const book = createBook(Array.from({ length: 40 }, (_, k) => tx(k)));
    expect(book.tx.pieceDate).toBe(book.tx.date);
    expect(book.tx.date.buffer).not.toBe(book.entries.tx.buffer);
    // the date column's buffer holds the dates and nothing else (4 bytes a transaction)
    expect(book.tx.date.buffer.byteLength).toBe(book.size * 4);
  });

  it('an optional column first needed after the first 256 transactions is allocated then, with the same values', () => {
    const late = [...Array.from({ length: 300 }, (_, k) => tx(k)), tx(300, 'libellé')];
    const book = createBook(late);
    expect(book.entries.label).toBeDefined();
    expect(book.entries.label!.buffer).not.toBe(book.entries.tx.buffer);
    expect(Array.from(book.entries.label!).filter((s) => s >= 0)).toEqual([0]);
    expect(book.strings[book.entries.label![600]!]).toBe('libellé');
    const early = createBook([tx(300, 'libellé'), ...Array.from({ length: 300 }, (_, k) => tx(k))]);
    expect(early.entries.label!.buffer).toBe(early.entries.tx.buffer);
    expect(Array.from(early.entries.label!)).toEqual([0, ...new Array(601).fill(-1)]);
  });

  it("createBook, whose columns are allocated up front, grows them when a transaction's entries change between two reads (a getter)", () => {
    const long = createTransaction({
      id: 'L1', journal: 'VT', date: '2024-02-01', piece: { ref: 'FA9' }, label: 'long',
      entries: [
        { account: '411000', auxiliary: { number: 'C9', name: 'N' }, debit: '120.00', lettering: { code: 'B', date: '2024-02-02' }, openItem: 'FA9' },
        { account: '706100', credit: '100.00', label: 'Vente', costCenter: 'CC1', analytics: { axe: 'A' }, currency: { code: 'USD', amount: '110.00' } },
        { account: '445711', credit: '20.00', vat: { rate: '20', base: '100.00' } },
        ...Array.from({ length: 40 }, (_, k) => [{ account: '512000', debit: `${k + 1}.00` }, { account: '758', credit: `${k + 1}.00`, label: `L${k}` }]).flat(),
      ],
    });
    const short = tx(0, 'court').entries;
    let reads = 0;
    // createBook reads the entries twice while sizing the columns (length, optional columns), then once to add them
    const changing = { ...long, get entries() { return reads++ < 2 ? short : long.entries; } } as Transaction;
    const list = [tx(1, 'a'), tx(2), changing, tx(3, 'b')];
    const book = createBook(list);
    expect(reads).toBe(3);
    expect(book).toEqual(createBook([tx(1, 'a'), tx(2), long, tx(3, 'b')]));
    expect(book.entryCount).toBe(2 + 2 + long.entries.length + 2);
  });

  describe('properties', () => {
    it('same Book: columns carved up front (createBook) or grown and allocated as met (BookBuilder, one transaction at a time) hold the same values', () => {
      fc.assert(
        fc.property(transactionsArbitrary({ maxLength: 12 }), (txs) => {
          const book = createBook(txs);
          const builder = new BookBuilder();
          for (const t of txs) builder.add(t);
          expect(builder.build()).toEqual(book);
          if (txs.length > 0) expect(book.entries.account.buffer).toBe(book.entries.tx.buffer);
        }),
        { numRuns: 50 },
      );
      const docs = [invoice('inv-1', '2024-10-15', [line('600.00', '20'), line('12.00', '5.5')], { number: 'FA1' }), invoice('inv-2', '2024-10-14', [line('10.00', '10')], { number: 'FA2' })];
      expect(postBook(docs, vatOnInvoice).book).toEqual(createBook(post(docs, vatOnInvoice).transactions));
    });
  });

  it("createBook reads the VAT bases of post's entries in minor units: no Decimal arithmetic, the same columns as postBook", () => {
    const docs = [invoice('inv-1', '2024-10-15', [line('600.00', '20'), line('12.00', '5.5')], { number: 'FA1' }), invoice('inv-2', '2024-10-14', [line('10.00', '10')], { number: 'FA2' })];
    const { transactions } = post(docs, vatOnInvoice);
    const proto = Decimal.prototype as unknown as { times: (...args: unknown[]) => unknown };
    const times = proto.times;
    let calls = 0;
    proto.times = function (this: unknown, ...args: unknown[]) {
      calls++;
      return times.apply(this, args);
    };
    let book;
    try {
      book = createBook(transactions);
    } finally {
      proto.times = times;
    }
    expect(calls).toBe(0);
    expect(Array.from(book.entries.vatBase!).filter((b) => b !== 0)).toEqual([-909, -50000, -1137]);
    expect(book).toEqual(postBook(docs, vatOnInvoice).book);
  });
});
