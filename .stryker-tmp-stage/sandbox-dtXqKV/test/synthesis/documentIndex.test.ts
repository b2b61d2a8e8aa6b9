// @ts-nocheck
// indexDocuments: the documents read once give the same reports as the
// documents themselves, for every period and list; links resolve whatever the
// order of the documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountingSynthesis, AccountingError, createBook, defaultRules, indexDocuments, post, posFigures, SYNTHESIS_LISTS, synthesisDocuments } from '../../src/index.js';
import { campsiteArbitrary } from '../../src/testing/synthesis.js';
import { gymDocumentsArbitrary } from '../../src/testing/gym.js';
import {
  activeSubscriptions,
  dashboardIndicators,
  directDebitBatchReport,
  directDebitRejections,
  directDebitsByDate,
  expiringSubscriptions,
  incidentsByPaymentMethod,
  invoicesAndCreditNotes,
  membersInIncident,
  newDirectDebitCustomers,
  paymentsAndRefunds,
  sessionsSold,
  subscriptionCancellations,
  subscriptionSales,
  voucherUsages,
} from '../../src/synthesis/gym/index.js';
import { readDocuments } from '../../src/synthesis/_lib/read.js';
import { IdTable } from '../../src/synthesis/_lib/tables.js';
import { spreadInto, spreadMinor } from '../../src/synthesis/_lib/spread.js';
import { spread } from '../../src/tax/_lib/lineAmounts.js';
import { bookOf, JULY, tv3Invoice, tv3Receipt, tv4Invoice, tv4Stay } from './_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

const PERIODS = [
  { from: '2024-01-01', to: '2024-05-31' },
  { from: '2024-02-01', to: '2024-02-29' },
  { from: '2024-03-15', to: '2024-04-14' },
];
const arb = campsiteArbitrary({ from: '2024-01-01', to: '2024-05-31' });

describe('indexDocuments', () => {
  it('counts what it holds and is frozen', () => {
    const index = indexDocuments([tv4Invoice, tv4Stay, tv3Invoice, tv3Receipt]);
    expect(index).toEqual({ documents: 4, invoices: 2, payments: 1, stays: 1, tickets: 0, purchases: 0 });
    expect(Object.isFrozen(index)).toBe(true);
  });

  it('the index gives the same synthesis, lists and POS figures as the documents, for every period', () => {
    fc.assert(
      fc.property(arb, ({ documents, stays }) => {
        const all = [...documents, ...stays];
        const book = createBook(post(documents, vatOnInvoice).transactions);
        const index = indexDocuments(all);
        for (const period of PERIODS) {
          expect(accountingSynthesis(book, index, { period })).toEqual(accountingSynthesis(book, all, { period }));
          expect(posFigures(index, { period })).toEqual(posFigures(all, { period }));
          for (const list of SYNTHESIS_LISTS) {
            expect(synthesisDocuments(index, { period, list })).toEqual(synthesisDocuments(all, { period, list }));
            expect(synthesisDocuments(index, { period, list, unpaidOnly: true, sort: { by: 'remaining', direction: 'desc' } })).toEqual(synthesisDocuments(all, { period, list, unpaidOnly: true, sort: { by: 'remaining', direction: 'desc' } }));
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the index gives the same gym management reports as the documents', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary({ maxMembers: 6, months: 6 }), (docs) => {
        const index = indexDocuments(docs);
        const book = createBook(post(docs.filter((d) => d.type !== 'subscription-cancellation'), vatOnInvoice).transactions);
        const period = { period: { from: '2024-02-01', to: '2024-05-31' } };
        const asOf = { asOf: '2024-04-15' };
        const same = <T>(report: (documents: never) => T): void => {
          expect(report(index as never)).toEqual(report(docs as never));
        };
        for (const report of [subscriptionSales, sessionsSold, invoicesAndCreditNotes, paymentsAndRefunds, directDebitsByDate, directDebitRejections, newDirectDebitCustomers, incidentsByPaymentMethod, subscriptionCancellations, voucherUsages]) {
          same((d) => report(d, period));
        }
        same((d) => dashboardIndicators(d, book, period));
        same((d) => activeSubscriptions(d, { ...asOf, include: 'all' }));
        same((d) => expiringSubscriptions(d, { ...asOf, days: 30 }));
        same((d) => membersInIncident(d, book, asOf));
        for (const batch of docs.filter((d) => d.type === 'direct-debit-batch').slice(0, 2)) same((d) => directDebitBatchReport(d, { batch: batch.id as string }));
        expect(codesOf(() => subscriptionSales(index, { ...period, rules: defaultRules() }))).toEqual(['invalid_option']);
      }),
      { numRuns: 20 },
    );
  });

  it('links resolve whatever the order: invoices listed after the receipts and stays that name them give the same synthesis', () => {
    fc.assert(
      fc.property(arb, ({ documents, stays }) => {
        const book = createBook(post(documents, vatOnInvoice).transactions);
        const invoices = documents.filter((d) => d.type === 'invoice');
        const others = documents.filter((d) => d.type !== 'invoice');
        const period = PERIODS[0]!;
        const inOrder = accountingSynthesis(book, [...documents, ...stays], { period });
        expect(accountingSynthesis(book, [...stays, ...others, ...invoices], { period })).toEqual(inOrder);
        expect(synthesisDocuments([...stays, ...others, ...invoices], { period, list: 'receipts' })).toEqual(synthesisDocuments([...documents, ...stays], { period, list: 'receipts' }));
      }),
      { numRuns: 40 },
    );
  });

  it('a receipt listed before its invoice is spread over the invoice (TV3)', () => {
    const s = accountingSynthesis(bookOf([tv3Invoice, tv3Receipt]), [tv3Receipt, tv3Invoice], { period: JULY });
    expect(s.receiptsByNature.map((n) => n.inclTax.toFixed(2))).toEqual(['26.05', '6.51', '0.77']);
  });

  it('uses the rules it was built with; other rules are refused (invalid_option)', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', rounding: 'half-even' });
    const index = indexDocuments([tv3Invoice, tv3Receipt], { rules });
    const book = bookOf([tv3Invoice, tv3Receipt]);
    expect(accountingSynthesis(book, index, { period: JULY, rules })).toEqual(accountingSynthesis(book, [tv3Invoice, tv3Receipt], { period: JULY, rules }));
    expect(accountingSynthesis(book, index, { period: JULY })).toEqual(accountingSynthesis(book, [tv3Invoice, tv3Receipt], { period: JULY, rules }));
    expect(codesOf(() => accountingSynthesis(book, index, { period: JULY, rules: defaultRules() }))).toEqual(['invalid_option']);
    expect(codesOf(() => synthesisDocuments(index, { period: JULY, list: 'invoices', rules: defaultRules() }))).toEqual(['invalid_option']);
  });

  describe('bad input', () => {
    it('refuses what the synthesis refuses, with the same codes', () => {
      expect(codesOf(() => indexDocuments([tv3Receipt]))).toEqual(['unknown_document']);
      expect(codesOf(() => indexDocuments([tv4Stay]))).toEqual(['unknown_document']);
      expect(codesOf(() => indexDocuments([tv3Invoice, tv3Invoice]))).toEqual(['duplicate_document']);
      expect(codesOf(() => indexDocuments([tv4Invoice, tv4Stay, tv4Stay]))).toEqual(['duplicate_document']);
      expect(codesOf(() => indexDocuments([tv3Invoice, { ...tv3Receipt, amount: '10.00' }]))).toEqual(['over_allocation']);
      expect(codesOf(() => indexDocuments(42 as never))).toEqual(['invalid_input']);
      expect(codesOf(() => indexDocuments([], 'x' as never))).toEqual(['invalid_option']);
    });

    it('names the position of a receipt whose invoice is missing, even when other invoices come after it', () => {
      try {
        indexDocuments([tv3Receipt, tv4Invoice]);
        expect.unreachable();
      } catch (e) {
        expect((e as AccountingError).issues.map((i) => [i.code, i.path])).toEqual([['unknown_document', [0, 'allocations', 0, 'invoice']]]);
      }
    });

    it('ignores __proto__ keys in documents', () => {
      const hostile = JSON.parse(JSON.stringify(tv3Invoice).replace('{"type"', '{"__proto__":{"polluted":1},"type"'));
      expect(() => indexDocuments([hostile])).not.toThrow(TypeError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe('properties', () => {
  // readDocuments sizes its columns from a first count when the documents are an array; a one-shot
  // iterable gives no count, and its columns grow row by row: both must hold the same rows.
  const once = function* <T>(items: readonly T[]): Generator<T> {
    yield* items;
  };
  const plain = (docs: ReturnType<typeof readDocuments>): unknown => ({
    ...docs,
    natures: docs.natures.keys,
    ids: { keys: docs.ids.keys, size: docs.ids.size },
    groups: { ...docs.groups, size: docs.groups.size },
    invoices: { ...docs.invoices, size: docs.invoices.size },
    payments: { ...docs.payments, size: docs.payments.size, allocSize: docs.payments.allocSize },
    stays: { ...docs.stays, size: docs.stays.size, links: docs.stays.links },
  });

  it('columns sized from a first count = columns grown row by row (campsite documents, an array against a one-shot iterable)', () => {
    fc.assert(
      fc.property(arb, fc.boolean(), ({ documents, stays }, invoicesLast) => {
        const all = invoicesLast ? [...stays, ...documents.filter((d) => d.type !== 'invoice'), ...documents.filter((d) => d.type === 'invoice')] : [...documents, ...stays];
        const sized = readDocuments(all, undefined);
        const grown = readDocuments(once(all), undefined);
        expect(plain(sized)).toEqual(plain(grown));
        // every column holds exactly its rows: no slot left over from the count
        for (const column of [sized.invoices.exclTax, sized.invoices.docs, sized.invoices.linked, sized.payments.amount, sized.stays.departure, sized.groups.key, sized.checked]) {
          expect(Object.keys(column).length).toBe(column.length);
        }
        expect(sized.invoices.deductStart.length).toBe(sized.invoices.size + 1);
        expect(sized.payments.allocStart.length).toBe(sized.payments.size + 1);
        expect(sized.stays.invoiceStart.length).toBe(sized.stays.size + 1);
      }),
      { numRuns: 40 },
    );
  });

  it('columns sized from a first count = columns grown row by row (gym documents: till closings, ignored types)', () => {
    fc.assert(
      fc.property(gymDocumentsArbitrary({ maxMembers: 6, months: 4 }), (docs) => {
        expect(plain(readDocuments(docs, undefined))).toEqual(plain(readDocuments(once(docs), undefined)));
      }),
      { numRuns: 15 },
    );
  });
});

describe('IdTable', () => {
  it('behaves as a Map from ids to the order they were added in, duplicates found', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', '__proto__', 'constructor', 'inv-1')), { maxLength: 3000 }), (ids) => {
        const table = new IdTable();
        const map = new Map<string, number>();
        ids.forEach((id, k) => {
          const had = map.get(id);
          expect(table.add(id)).toBe(had ?? -1);
          if (had === undefined) map.set(id, k);
        });
        for (const id of ids) expect(table.get(id)).toBe(map.get(id));
        expect(table.get('never-added-id')).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every id across growth (100,000 ids)', () => {
    const table = new IdTable();
    let added = 0;
    for (let i = 0; i < 100_000; i++) if (table.add(`inv-${i}`) === -1) added++;
    expect(added).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) expect(table.get(`inv-${i}`)).toBe(i);
    expect(table.add('inv-42')).toBe(42);
  });
});

describe('spreadInto', () => {
  // The oracle: the bigint largest-remainder spread of the tax module (an independent implementation).
  const oracle = (total: number, weights: number[]): number[] => {
    const sum = weights.reduce((a, w) => a + w, 0);
    if (sum === 0) {
      let big = 0;
      weights.forEach((w, i) => (Math.abs(w) > Math.abs(weights[big]!) ? (big = i) : 0));
      return weights.map((_, i) => (i === big ? total : 0));
    }
    const sign = sum < 0 ? -1 : 1;
    return spread(BigInt(total), weights.map((w) => BigInt(total) * BigInt(sign * w)), BigInt(sign * sum)).map((x) => Number(x) + 0);
  };

  it('gives the bigint largest-remainder shares (ties to the earliest weight), reading weights at an offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.array(fc.integer({ min: -1e7, max: 1e7 }), { minLength: 1, maxLength: 8 }), fc.nat(3), (total, weights, offset) => {
        const padded = [...Array.from({ length: offset }, () => 7), ...weights];
        const out = new Float64Array(weights.length);
        spreadInto(total, padded, offset, padded.length, out, new Float64Array(weights.length));
        expect([...out]).toEqual(oracle(total, weights));
        expect(spreadMinor(total, weights)).toEqual(oracle(total, weights));
      }),
      { numRuns: 2000 },
    );
  });

  it('switches to bigints past the safe range and still sums to the total', () => {
    const shares = spreadMinor(9_007_199_254_740_000, [3, 3, 1]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(9_007_199_254_740_000);
    expect(shares).toEqual(oracle(9_007_199_254_740_000, [3, 3, 1]));
  });
});
