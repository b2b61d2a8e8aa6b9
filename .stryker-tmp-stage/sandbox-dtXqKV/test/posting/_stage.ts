// @ts-nocheck
// Shared by the stageInvoice tests: the comparison with createBook(post(…)), hostile copies, arbitrary invoices.
import fc from 'fast-check';
import { expect } from 'vitest';
import { AccountingError, createBook, defaultRules, post, postBook, safePost, safePostBook, type PostableDocument, type PostingRules, type PostOptions } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';

/** The outcome of a call: its value, or the issues of the AccountingError it threw. */
export function outcome<T>(fn: () => T): { ok: true; value: T } | { ok: false; issues: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof AccountingError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** createBook(post(…)) against postBook: same Book and skipped documents, or the same issues. */
export function sameAsPost(docs: unknown[], rules: PostingRules, options: PostOptions = {}): void {
  const plain = outcome(() => {
    const r = post(docs as PostableDocument[], rules, options);
    return { book: createBook(r.transactions), skipped: r.skipped };
  });
  const fast = outcome(() => postBook(docs as PostableDocument[], rules, options));
  if (fast.ok && plain.ok) {
    expect(fast.value.book).toStrictEqual(plain.value.book);
    expect(fast.value.skipped).toStrictEqual(plain.value.skipped);
  } else expect(fast).toStrictEqual(plain);
  const safe = safePost(docs as PostableDocument[], rules, options);
  const safeBook = safePostBook(docs as PostableDocument[], rules, options);
  expect(safeBook.book).toStrictEqual(createBook(safe.transactions));
  expect(safeBook.failures).toStrictEqual(safe.failures);
  expect(safeBook.skipped).toStrictEqual(safe.skipped);
}

/** A deep copy of `value` whose every field is a getter counting its reads in `reads` (by path). */
export function counting(value: unknown, reads: Map<string, number>, path = ''): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const out = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) {
    const p = `${path}/${k}`;
    const inner = counting(v, reads, p);
    reads.set(p, 0);
    Object.defineProperty(out, k, {
      enumerable: true,
      get: () => {
        reads.set(p, reads.get(p)! + 1);
        return inner;
      },
    });
  }
  return out;
}

/** A deep copy of `value` whose every field answers its value on the first read and `later` afterwards (getters, or a proxy). */
export function flipping(value: unknown, later: unknown, proxy: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const inner = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) inner[k] = flipping(v, later, proxy);
  if (proxy) {
    const count = new Map<PropertyKey, number>();
    return new Proxy(inner, {
      get: (t, k, r) => {
        const n = count.get(k) ?? 0;
        count.set(k, n + 1);
        return n === 0 || typeof k === 'symbol' || k === 'length' ? Reflect.get(t, k, r) : later;
      },
    });
  }
  const out = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
  for (const k of Object.keys(inner)) {
    let n = 0;
    Object.defineProperty(out, k, { enumerable: true, get: () => (n++ === 0 ? inner[k] : later) });
  }
  return out;
}

/** `arb` now and then (one time in `freq`), else undefined. */
export const rare = <T>(arb: fc.Arbitrary<T>, freq = 6): fc.Arbitrary<T | undefined> => fc.oneof({ weight: freq - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** Mostly `usual`, now and then one of `unusual`. */
export const mostly = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ weight: 20, arbitrary: usual }, { weight: 1, arbitrary: unusual });

export const lineArbitrary = fc.record({
  label: fc.constantFrom('Abonnement', 'Séance'),
  account: mostly(fc.constantFrom('706100', '707100', '706200', '708500'), fc.constantFrom('7061', '99', undefined)),
  quantity: mostly(fc.constantFrom('1', '2'), fc.constantFrom('0', '-1', '1.5')),
  // a line past the safe integers is refused (amount_overflow), and so are lines whose absolute sum passes them
  unitPrice: mostly(fc.constantFrom('10.00', '123.45', '0.01', '33.33', '7.77'), fc.constantFrom('0.00', '-5.00', '90071992547409.91', '45035996273.70')),
  vatRate: mostly(fc.constantFrom('20', '10', '5.5', '2.1'), fc.constantFrom('0', '0.2', undefined)),
  kind: rare(fc.constantFrom('goods', 'service', 'tourist-tax')),
  exemption: fc.constantFrom('exempt', 'out-of-scope', undefined),
}).map(({ exemption, ...l }) => (l.vatRate === '0' || exemption === undefined || l.kind === 'tourist-tax' ? { ...l, exemption } : l));

/** Invoices of every shape the staging takes or leaves to the general path. */
export const invoicesArbitrary = fc
  .array(
    fc.record({
      kind: mostly(fc.constantFrom('final', 'credit-note', 'debit-note'), fc.constantFrom('deposit', 'proforma')),
      status: mostly(fc.constantFrom('issued', 'paid'), fc.constantFrom('cancelled', 'draft')),
      cancelledOn: rare(fc.constantFrom('2024-03-02', '2023-12-31'), 2),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 3 }),
      customer: fc.record({ id: fc.constantFrom('C1', 'C2', 'FA-x', 'C3'), name: fc.constantFrom('DUPONT Jean', 'MARTIN Léa', 'FA-x') }),
      account: rare(fc.constantFrom('411100', '411', '999999', '4111111111111111111')),
      pricesIncludeTax: fc.boolean(),
      lines: mostly(fc.array(lineArbitrary, { minLength: 1, maxLength: 3 }), fc.array(lineArbitrary, { maxLength: 0 })),
      costCenter: rare(fc.constantFrom('CC1', 'FA-x', '20'), 2),
      funder: rare(fc.constantFrom('CAF', 'FA-x'), 3),
      billingContact: rare(fc.constantFrom('Mme Contact'), 3),
      memo: rare(fc.constantFrom('note', 'FA-x'), 3),
      currency: rare(fc.constantFrom('EUR', 'USD')),
      exchangeRate: rare(fc.constantFrom('1', '0.9215')),
      numberIsId: fc.boolean(),
      sameNumber: rare(fc.constant(true), 10),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) =>
    list.map((x, i) => {
      const id = x.numberIsId ? `FA-x${i}` : `inv-${i}`;
      const doc: Record<string, unknown> = {
        type: 'invoice',
        id,
        kind: x.kind,
        status: x.status,
        number: x.numberIsId ? id : x.sameNumber && i > 0 ? 'FA-x' : `FA-${i}`,
        date: `2024-0${x.month}-${String(x.day).padStart(2, '0')}`,
        customer: x.account === undefined ? x.customer : { ...x.customer, account: x.account },
        pricesIncludeTax: x.pricesIncludeTax,
        lines: x.lines.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined))),
      };
      if (x.kind === 'credit-note' && i > 0 && x.day % 3 === 0) doc.corrects = 'inv-0';
      if (x.cancelledOn !== undefined && (x.status === 'cancelled' || x.day % 5 === 0)) doc.cancelledOn = x.cancelledOn;
      for (const k of ['costCenter', 'funder', 'billingContact', 'memo', 'currency', 'exchangeRate'] as const) if (x[k] !== undefined) doc[k] = x[k];
      return doc;
    }),
  );

export const rulesArbitrary = fc.constantFrom<PostingRules>(vatOnInvoice, defaultRules(), defaultRules({ lockedUntil: '2024-01-15' }));
export const optionsArbitrary: fc.Arbitrary<PostOptions> = fc.record(
  { nextNumbers: fc.record({ VT: fc.integer({ min: 1, max: 999 }) }), resetNumbersEachFiscalYear: fc.boolean(), draft: fc.boolean() },
  { requiredKeys: [] },
);

