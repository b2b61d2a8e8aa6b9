// postBook's staging of the common invoice (src/posting/_lib/stageInvoice.ts): the same Book, numbering and
// errors as createBook(post(…).transactions), on arbitrary invoices (valid, invalid, hostile).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, defaultRules, post, postBook, safePost, safePostBook, type PostableDocument, type PostingRules, type PostOptions } from '../../src/index.js';
import { invoice, line } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';
import { stagedCount } from '../../src/posting/_lib/stageInvoice.js';

/** The outcome of a call: its value, or the issues of the AccountingError it threw. */
function outcome<T>(fn: () => T): { ok: true; value: T } | { ok: false; issues: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof AccountingError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** createBook(post(…)) against postBook: same Book and skipped documents, or the same issues. */
function sameAsPost(docs: unknown[], rules: PostingRules, options: PostOptions = {}): void {
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
function counting(value: unknown, reads: Map<string, number>, path = ''): unknown {
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
function flipping(value: unknown, later: unknown, proxy: boolean): unknown {
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

const TITLES = ['Facture', 'Avoir', 'Note de débit'];
/** `arb` now and then (one time in `freq`), else undefined. */
const rare = <T>(arb: fc.Arbitrary<T>, freq = 6): fc.Arbitrary<T | undefined> => fc.oneof({ weight: freq - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** Mostly `usual`, now and then one of `unusual`. */
const mostly = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ weight: 20, arbitrary: usual }, { weight: 1, arbitrary: unusual });

const lineArbitrary = fc.record({
  label: fc.constantFrom('Abonnement', 'Séance'),
  account: mostly(fc.constantFrom('706100', '707100', '706200', '708500'), fc.constantFrom('7061', '99', undefined)),
  quantity: mostly(fc.constantFrom('1', '2'), fc.constantFrom('0', '-1', '1.5')),
  unitPrice: mostly(fc.constantFrom('10.00', '123.45', '0.01', '33.33', '7.77'), fc.constantFrom('0.00', '-5.00', '90071992547409.91', '45035996273704.95')),
  vatRate: mostly(fc.constantFrom('20', '10', '5.5', '2.1'), fc.constantFrom('0', '0.2', undefined)),
  kind: rare(fc.constantFrom('goods', 'service', 'tourist-tax')),
  exemption: fc.constantFrom('exempt', 'out-of-scope', undefined),
}).map(({ exemption, ...l }) => (l.vatRate === '0' || exemption === undefined || l.kind === 'tourist-tax' ? { ...l, exemption } : l));

/** Invoices of every shape the staging takes or leaves to the general path. */
const invoicesArbitrary = fc
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

const rulesArbitrary = fc.constantFrom<PostingRules>(vatOnInvoice, defaultRules(), defaultRules({ lockedUntil: '2024-01-15' }));
const optionsArbitrary: fc.Arbitrary<PostOptions> = fc.record(
  { nextNumbers: fc.record({ VT: fc.integer({ min: 1, max: 999 }) }), resetNumbersEachFiscalYear: fc.boolean(), draft: fc.boolean() },
  { requiredKeys: [] },
);

/** How many of `docs` postBook stages (and checks the Book and errors against createBook(post(…)) on the way). */
function staged(docs: unknown[], rules: PostingRules = vatOnInvoice, options: PostOptions = {}): number {
  const before = stagedCount();
  outcome(() => postBook(docs as PostableDocument[], rules, options));
  const n = stagedCount() - before;
  sameAsPost(docs, rules, options);
  return n;
}

describe('stageInvoice: which invoices are staged', () => {
  const common = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => invoice(id, '2024-10-15', [line('12.00')], { number: `FA-${id}`, ...extra });

  it('stages final invoices, credit and debit notes in the book currency, cancelled without a cancellation date, with a cost centre', () => {
    expect(staged([common('a'), common('b', { kind: 'credit-note' }), common('c', { kind: 'debit-note' }), common('d', { currency: 'EUR', costCenter: 'CC' }), common('e', { status: 'paid' })])).toBe(5);
    // lines that cancel out at one rate: no customer entry, the two revenue entries staged alone
    const offset = invoice('f', '2024-10-15', [line('10.00'), line('-10.00', '20', { account: '707100' })]);
    expect(staged([offset])).toBe(1);
    expect([...postBook([offset], vatOnInvoice).book.entries.amount]).toEqual([-833, 833]);
    expect(postBook([offset], vatOnInvoice).book.entries.openItem).toBeUndefined();
    expect(staged([common('a')], defaultRules())).toBe(1);
  });

  it('post never stages (no Book columns)', () => {
    const before = stagedCount();
    post([common('a')] as PostableDocument[], vatOnInvoice);
    expect(stagedCount()).toBe(before);
  });

  it('leaves to the general path: foreign currency, deposits, deductions, corrections, cancellations, locked rules, credit applied', () => {
    expect(staged([common('a', { currency: 'USD', exchangeRate: '0.9' })])).toBe(0);
    expect(staged([common('a', { kind: 'deposit' })])).toBe(0);
    expect(staged([common('a', { status: 'cancelled', cancelledOn: '2024-10-20' })])).toBe(0);
    expect(staged([common('a')], defaultRules({ lockedUntil: '2024-01-31' }))).toBe(0);
    expect(staged([common('a')], defaultRules({ closedThrough: '2024-01-31' }))).toBe(0);
    // a credit note correcting an invoice: the invoice is staged, the note (labelled after it, applied to it) is not
    expect(staged([common('a'), common('b', { kind: 'credit-note', corrects: 'a' })])).toBe(1);
    expect(staged([common('a'), common('b', { kind: 'credit-note', corrects: 'a', date: '2024-10-16' })])).toBe(1);
    // a final invoice deducting a deposit
    const deposit = invoice('dep', '2024-10-01', [line('6.00')], { kind: 'deposit', number: 'FA-dep' });
    expect(staged([deposit, common('f', { deducts: ['dep'] })])).toBe(0);
  });

  it('leaves a transaction of zero amounts to pushDraft (skipped as zero-total)', () => {
    expect(staged([invoice('a', '2024-10-15', [line('0.00')])])).toBe(0);
  });

  it('leaves an entry past the safe integers (a group of several large lines offset by others) to the general path', () => {
    const big = '45035996273704.95';
    const doc = invoice('a', '2024-10-15', [line(big, '0', { exemption: 'exempt' }), line(big, '0', { exemption: 'exempt' }), line(big, '0', { exemption: 'exempt' }), line(`-${big}`, '0', { account: '707100', exemption: 'exempt' }), line(`-${big}`, '0', { account: '707100', exemption: 'exempt' })]);
    const before = stagedCount();
    // the general path refuses it (Book columns take safe integers only)
    expect(() => postBook([doc], vatOnInvoice)).toThrow(AccountingError);
    expect(stagedCount()).toBe(before);
  });
});

describe('stageInvoice (postBook of the common invoice)', () => {
  it('stages Dt 411 (auxiliary, open item, cost centre) / Ct revenue / Ct VAT per rate, a zero-rate line with its VAT base', () => {
    const doc = invoice('inv-1', '2024-10-15', [line('120.00'), line('55.00', '10', { account: '707100' }), line('30.00', '0', { account: '706200', exemption: 'exempt' })], { number: 'FA1', costCenter: 'CC1', funder: 'CAF', memo: 'm' });
    const { book } = postBook([doc], vatOnInvoice);
    expect(book.tx.id).toEqual(['VT000001']);
    expect(book.tx.label).toEqual(['Facture FA1 DUPONT Jean']);
    expect(book.sources).toEqual([{ documentId: 'inv-1', documentNumber: 'FA1', customerId: 'C0001', customerName: 'DUPONT Jean', funder: 'CAF', memo: 'm' }]);
    expect(book.accounts).toEqual(['411', '706100', '707100', '706200', '445711', '445712']);
    // 120 TTC at 20 % = 100 + 20; 55 TTC at 10 % = 50 + 5; 30 at 0 %
    expect([...book.entries.amount]).toEqual([20500, -10000, -5000, -3000, -2000, -500]);
    expect([...book.entries.vatRate!].map((s) => (s < 0 ? null : book.strings[s]))).toEqual([null, null, null, '0', '20', '10']);
    expect([...book.entries.vatBase!]).toEqual([0, 0, 0, -3000, -10000, -5000]);
    expect([...book.entries.costCenter!].map((s) => book.strings[s])).toEqual(Array(6).fill('CC1'));
    expect(book.strings[book.entries.openItem![0]!]).toBe('inv-1');
    expect([...book.entries.openItem!].slice(1)).toEqual([-1, -1, -1, -1, -1]);
    expect(book.ledgers[book.entries.ledger[0]!]).toEqual({ account: 0, auxiliary: 0 });
    expect(book).toStrictEqual(createBook(post([doc], vatOnInvoice).transactions));
  });

  it('stages a credit note and a debit note on the other sides, titled as post titles them', () => {
    const docs = [invoice('a', '2024-10-15', [line('12.00')], { kind: 'credit-note', number: 'AV1' }), invoice('b', '2024-10-16', [line('12.00')], { kind: 'debit-note', number: 'ND1' })];
    const { book } = postBook(docs, vatOnInvoice);
    expect(book.tx.label).toEqual(['Avoir AV1 DUPONT Jean', 'Note de débit ND1 DUPONT Jean']);
    expect([...book.entries.amount]).toEqual([-1200, 1000, 200, 1200, -1000, -200]);
    expect(book).toStrictEqual(createBook(post(docs, vatOnInvoice).transactions));
    expect(TITLES).toContain(book.tx.label[0]!.split(' ')[0]);
  });

  it('gives the errors of post for amounts past the safe integers (left to the general path)', () => {
    const docs = [invoice('a', '2024-10-15', [line('90071992547409.91', '0')]), invoice('b', '2024-10-15', [line('45035996273704.95', '20'), line('45035996273704.95', '20')])];
    for (const d of docs) sameAsPost([d], vatOnInvoice);
  });

  it('a zero invoice is skipped as zero-total; lines that cancel out too', () => {
    const docs = [invoice('a', '2024-10-15', [line('0.00')]), invoice('b', '2024-10-15', [line('10.00'), line('-10.00')])];
    const r = postBook(docs, vatOnInvoice);
    expect(r.skipped.map((s) => s.reason)).toEqual(['zero-total', 'zero-total']);
    sameAsPost(docs, vatOnInvoice);
  });

  it('shares a source value equal to the piece reference with it, as createBook does', () => {
    const doc = invoice('FA-x', '2024-10-15', [line('10.00')], { number: 'FA-x', customer: { id: 'FA-x', name: 'FA-x' }, funder: 'FA-x' });
    const { book } = postBook([doc], vatOnInvoice);
    expect(book.sources[0]).toEqual({ documentId: 'FA-x', documentNumber: 'FA-x', customerId: 'FA-x', customerName: 'FA-x', funder: 'FA-x' });
    sameAsPost([doc], vatOnInvoice);
  });

  it('reads every field of every invoice once', () => {
    const reads = new Map<string, number>();
    const docs = counting([invoice('a', '2024-01-10', [line('120.00'), line('10.00', '10', { account: '706200' })], { costCenter: 'CC' }), invoice('b', '2024-01-11', [line('1.00', '0.2')])], reads) as PostableDocument[];
    const r = safePostBook(docs, vatOnInvoice);
    expect(r.book.size).toBe(1);
    expect(r.failures.map((f) => f.issues[0].code)).toEqual(['unknown_vat_rate']);
    expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
  });
});

describe('properties', () => {
  it('equivalence: on arbitrary invoices postBook gives the Book of createBook(post(…)) or the same issues, and safePostBook the same failures', () => {
    fc.assert(
      fc.property(invoicesArbitrary, rulesArbitrary, optionsArbitrary, (docs, rules, options) => sameAsPost(docs, rules, options)),
      { numRuns: 150 },
    );
    console.log('HITS', (globalThis as any).__hits);
    void (0
    );
  });

  it('read once: postBook reads every field of arbitrary invoices exactly once', () => {
    fc.assert(
      fc.property(invoicesArbitrary, (docs) => {
        const reads = new Map<string, number>();
        outcome(() => safePostBook(counting(docs, reads) as PostableDocument[], vatOnInvoice));
        expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('first read wins: getters and proxies answering garbage after their first read give the Book of the plain invoices', () => {
    fc.assert(
      fc.property(invoicesArbitrary, fc.constantFrom<unknown>(undefined, 'garbage', 42, [], null), fc.boolean(), (docs, later, proxy) => {
        const hostile = docs.map((d) => flipping(d, later, proxy)) as PostableDocument[];
        const a = outcome(() => safePostBook(hostile, vatOnInvoice));
        const b = outcome(() => safePostBook(docs as PostableDocument[], vatOnInvoice));
        expect(a).toStrictEqual(b);
      }),
      { numRuns: 40 },
    );
  });
});
