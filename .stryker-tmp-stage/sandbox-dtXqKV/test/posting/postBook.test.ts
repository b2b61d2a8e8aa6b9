// @ts-nocheck
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, defaultRules, post, postBook, safePost, safePostBook, type PostOptions } from '../../src/index.js';
import { gymDocumentsArbitrary, purchasesArbitrary, salesArbitrary } from '../../src/testing/index.js';
import { codeAt } from '../_errors.js';
import { bookView, layOut } from '../../src/book/_lib/layOut.js';
import { invoice, line } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

/** The outcome of a call: its value, or the issues of the AccountingError it threw. */
function outcome<T>(fn: () => T): { ok: true; value: T } | { ok: false; issues: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof AccountingError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** Ways to spoil a document (invalid ones must give the same errors on both paths). */
const spoil = fc.constantFrom<Array<(d: Record<string, unknown>) => unknown>>(
  (d) => ({ ...d, id: '' }),
  (d) => ({ ...d, date: '2024-02-30' }),
  (d) => ({ ...d, lines: [{ label: 'x', account: '706100', quantity: '1', unitPrice: '10.00', vatRate: '0.2' }] }),
  (d) => ({ ...d, amount: '-1' }),
  (d) => ({ ...d, type: 'nonsense' }),
  () => 42,
);

/** Documents of many kinds, shuffled (generation order ≠ numbering order), sometimes spoiled or repeated. */
const documentsArbitrary = fc
  .record({
    // sales and gym documents share ids and numbers: one of them with purchases
    sales: fc.oneof(salesArbitrary({ maxCases: 6 }) as fc.Arbitrary<unknown[]>, gymDocumentsArbitrary({ maxMembers: 2, months: 2 })),
    purchases: purchasesArbitrary({ maxCases: 3 }),
    shuffle: fc.array(fc.nat(), { maxLength: 40 }),
    spoilt: fc.array(fc.tuple(fc.nat(), spoil), { maxLength: 1 }),
    repeat: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.nat() }),
  })
  .map(({ sales, purchases, shuffle, spoilt, repeat }) => {
    const docs: unknown[] = [...sales, ...(purchases as unknown[])];
    shuffle.forEach((k, i) => {
      if (docs.length < 2) return;
      const a = i % docs.length;
      const b = k % docs.length;
      [docs[a], docs[b]] = [docs[b], docs[a]];
    });
    for (const [k, fn] of spoilt) if (docs.length > 0) docs[k % docs.length] = fn(docs[k % docs.length] as Record<string, unknown>);
    if (repeat !== undefined && docs.length > 0) docs.push(docs[repeat % docs.length]);
    return docs as PostableDocument[];
  });

const optionsArbitrary: fc.Arbitrary<PostOptions> = fc.record(
  {
    nextNumbers: fc.record({ VT: fc.integer({ min: 1, max: 999 }), BQ: fc.integer({ min: 1, max: 999 }) }, { requiredKeys: [] }),
    resetNumbersEachFiscalYear: fc.oneof(fc.boolean(), fc.record({ startMonth: fc.integer({ min: 1, max: 12 }) })),
    draft: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('postBook', () => {
  it('lays a posted invoice out as columns: Dt 411 / Ct revenue / Ct VAT, numbered VT000001', () => {
    const { book, skipped } = postBook([invoice('inv-1', '2024-10-15', [line('600.00', '20', { label: 'Abonnement 12 mois' })], { number: 'FA2024-0001' })], vatOnInvoice);
    expect(skipped).toEqual([]);
    expect(book.tx.id).toEqual(['VT000001']);
    expect(book.tx.label).toEqual(['Facture FA2024-0001 DUPONT Jean']);
    expect(book.accounts).toEqual(['411', '706100', '445711']);
    expect([...book.entries.amount]).toEqual([60000, -50000, -10000]);
    expect(book.strings[book.entries.openItem![0]!]).toBe('inv-1');
  });

  it('numbers in (date, input) order whatever the input order, as post does', () => {
    const docs = [invoice('inv-2', '2024-10-20', [line('10.00')], { number: 'FA2' }), invoice('inv-1', '2024-10-15', [line('20.00')], { number: 'FA1' })];
    const { book } = postBook(docs, vatOnInvoice, { nextNumbers: { VT: 41 } });
    expect(book.tx.id).toEqual(['VT000041', 'VT000042']);
    expect(book.tx.pieceRef).toEqual(['FA1', 'FA2']);
    expect(book).toEqual(createBook(post(docs, vatOnInvoice, { nextNumbers: { VT: 41 } }).transactions));
  });

  it('keeps the auxiliary account createBook keeps: the first in numbering order when one customer id carries two names', () => {
    const docs = [
      invoice('inv-2', '2024-10-20', [line('10.00')], { number: 'FA2', customer: { id: 'C0001', name: 'DUPONT Jeanne' } }),
      invoice('inv-1', '2024-10-15', [line('20.00')], { number: 'FA1' }),
    ];
    const { book } = postBook(docs, vatOnInvoice);
    expect(book.auxiliaries).toEqual([{ number: 'C0001', name: 'DUPONT Jean' }]);
    expect(book).toStrictEqual(createBook(post(docs, vatOnInvoice).transactions));
  });

  it('throws the errors of post (bad documents), with their paths', () => {
    const bad = [invoice('inv-1', '2024-10-15', [line('10.00', '0.2')])];
    expect(codeAt(() => postBook(bad))).toBe(codeAt(() => post(bad)));
    expect(codeAt(() => postBook(bad))).toBe('unknown_vat_rate@0.lines.0.vatRate');
    expect(codeAt(() => postBook('nope' as never))).toBe('invalid_input@');
  });

  it('safePostBook keeps the documents that post and reports the others', () => {
    const r = safePostBook([invoice('inv-1', '2024-10-15', [line('10.00')]), invoice('inv-2', '2024-10-16', [line('10.00', '0.2')])], vatOnInvoice);
    expect(r.success).toBe(false);
    expect(r.book.size).toBe(1);
    expect(r.failures[0]!.issues[0]!.code).toBe('unknown_vat_rate');
  });
});

describe('properties', () => {
  it('equivalence: postBook gives the Book createBook(post(…).transactions) builds, or throws the same issues', () => {
    fc.assert(
      fc.property(documentsArbitrary, optionsArbitrary, fc.boolean(), (docs, options, onInvoice) => {
        const rules = onInvoice ? vatOnInvoice : defaultRules();
        const plain = outcome(() => {
          const r = post(docs, rules, options);
          return { book: createBook(r.transactions), skipped: r.skipped };
        });
        const fast = outcome(() => postBook(docs, rules, options));
        expect(fast.ok).toBe(plain.ok);
        if (fast.ok && plain.ok) {
          expect(fast.value.book).toStrictEqual(plain.value.book);
          expect(fast.value.skipped).toStrictEqual(plain.value.skipped);
        } else expect(fast).toStrictEqual(plain);
      }),
      { numRuns: 80 },
    );
  });

  it('slice equivalence: a run of a posted Book laid out with the rules’ chart (the CLI’s fiscal years) is the Book createBook builds from those transactions', () => {
    fc.assert(
      fc.property(salesArbitrary({ maxCases: 6 }), fc.nat(), fc.nat(), (docs, a, b) => {
        const rules = defaultRules();
        const txs = post(docs, rules).transactions;
        const { book } = postBook(docs, rules);
        const from = a % (txs.length + 1);
        const to = Math.min(txs.length, from + (b % (txs.length + 1)));
        const run = Array.from({ length: to - from }, (_, k) => from + k);
        const sliced = layOut(bookView(book), run, (t) => book.tx.id[t]!, (t) => (book.tx.reverses[t]! >= 0 ? book.strings[book.tx.reverses[t]!] : undefined), false, { chart: rules.chart });
        expect(sliced).toStrictEqual(createBook(txs.slice(from, to), { chart: rules.chart }));
      }),
      { numRuns: 40 },
    );
  });

  it('equivalence (safe): safePostBook gives the Book of safePost’s transactions and the same failures', () => {
    fc.assert(
      fc.property(documentsArbitrary, optionsArbitrary, (docs, options) => {
        const plain = safePost(docs, vatOnInvoice, options);
        const fast = safePostBook(docs, vatOnInvoice, options);
        expect(fast.book).toStrictEqual(createBook(plain.transactions));
        expect(fast.failures).toStrictEqual(plain.failures);
        expect(fast.skipped).toStrictEqual(plain.skipped);
        expect(fast.success).toBe(plain.success);
      }),
      { numRuns: 60 },
    );
  });
});
