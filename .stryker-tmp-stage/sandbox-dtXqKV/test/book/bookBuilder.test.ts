// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, appendToBook, BookBuilder, createBook, DEFAULT_JOURNALS, type CreateBookOptions, type Transaction } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions } from '../_fixtures.js';
import { codeAt } from '../_errors.js';

/** The outcome of a call: its value, or the issues of the AccountingError it threw. */
function outcome<T>(fn: () => T): { ok: true; value: T } | { ok: false; issues: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof AccountingError) return { ok: false, issues: error.issues };
    throw error;
  }
}

const optionsArbitrary: fc.Arbitrary<CreateBookOptions> = fc.constantFrom<CreateBookOptions>(
  {},
  { accountWidth: 6 },
  { accountWidth: 8 },
  { accountWidth: 4 }, // too short for 6-digit accounts: account_too_long
  { journals: DEFAULT_JOURNALS.filter((j) => j.code !== 'OD') }, // unknown_journal when OD is used
  { journals: DEFAULT_JOURNALS, closedThrough: '2024-03-31' },
);

/** Valid transactions, sometimes with one of them given twice (duplicate_transaction). */
const listArbitrary = fc
  .tuple(transactionsArbitrary({ maxLength: 16 }), fc.option(fc.nat(), { nil: undefined, freq: 3 }), fc.nat())
  .map(([txs, dup, at]) => {
    if (dup === undefined || txs.length === 0) return txs;
    const out = [...txs];
    out.splice(at % (out.length + 1), 0, txs[dup % txs.length]!);
    return out;
  });

describe('BookBuilder', () => {
  it('builds in batches the Book createBook builds at once', () => {
    const txs = goldenTransactions();
    const builder = new BookBuilder().addTransactions(txs.slice(0, 2));
    const first = builder.build();
    expect(first).toStrictEqual(createBook(txs.slice(0, 2)));
    builder.addTransactions(txs.slice(2));
    expect(builder.size).toBe(4);
    expect(builder.build()).toStrictEqual(createBook(txs));
    // a Book it gave never changes
    expect(first).toStrictEqual(createBook(txs.slice(0, 2)));
  });

  it('reports the issues of createBook, with paths over everything added', () => {
    const txs = goldenTransactions();
    const builder = new BookBuilder().addTransactions(txs).add(txs[1]!);
    expect(codeAt(() => builder.build())).toBe('duplicate_transaction@4.id');
    expect(codeAt(() => new BookBuilder({ accountWidth: 2 }))).toBe('invalid_option@accountWidth');
  });

  it('BookBuilder.from and appendToBook continue a Book without changing it', () => {
    const txs = goldenTransactions();
    const january = createBook(txs.slice(0, 2));
    const snapshot = createBook(txs.slice(0, 2));
    expect(appendToBook(january, txs.slice(2))).toStrictEqual(createBook(txs));
    expect(BookBuilder.from(january).addTransactions(txs.slice(2)).build()).toStrictEqual(createBook(txs));
    expect(january).toStrictEqual(snapshot);
    expect(codeAt(() => appendToBook(january, [txs[0]!]))).toBe('duplicate_transaction@2.id');
    expect(codeAt(() => appendToBook({} as never, []))).toBe('invalid_input@book');
  });

  it('appendToBook keeps the chart and journals of the Book unless told otherwise', () => {
    const txs = goldenTransactions();
    const journals = DEFAULT_JOURNALS;
    const book = createBook(txs.slice(0, 1), { journals });
    expect(appendToBook(book, txs.slice(1))).toStrictEqual(createBook(txs, { journals }));
  });
});

describe('properties', () => {
  it('split invariance: a Book appended to (or built in batches) is the Book built whole, or the same errors', () => {
    fc.assert(
      fc.property(listArbitrary, fc.nat(), fc.nat(), optionsArbitrary, (txs: Transaction[], cut, cut2, options) => {
        const k = cut % (txs.length + 1);
        const j = Math.min(k + (cut2 % (txs.length + 1)), txs.length);
        const whole = outcome(() => createBook(txs, options));
        const head = outcome(() => createBook(txs.slice(0, k), options));
        if (head.ok) {
          const before = createBook(txs.slice(0, k), options);
          expect(outcome(() => appendToBook(head.value, txs.slice(k), options))).toStrictEqual(whole);
          expect(head.value).toStrictEqual(before);
        }
        const batched = outcome(() => new BookBuilder(options).addTransactions(txs.slice(0, k)).addTransactions(txs.slice(k, j)).addTransactions(txs.slice(j)).build());
        expect(batched).toStrictEqual(whole);
      }),
      { numRuns: 150 },
    );
  });
});
