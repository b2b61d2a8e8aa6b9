// postBook's staging of the common invoice (src/posting/_lib/stageInvoice.ts): worked vectors, and which invoices
// take it (the same Book, numbering and errors as createBook(post(…).transactions) either way). Properties on
// arbitrary, invalid and hostile invoices: stageInvoice.properties.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { AccountingError, createBook, defaultRules, post, postBook, safePostBook, type PostableDocument, type PostingRules, type PostOptions } from '../../src/index.js';
import { invoice, line } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';
import { stagedCount } from '../../src/posting/_lib/stageInvoice.js';
import { BOOK_MODE } from '../../src/posting/_lib/bookMode.js';
import { ColumnsBuilder } from '../../src/book/_lib/builder.js';
import { counting, outcome, sameAsPost } from './_stage.js';

const TITLES = ['Facture', 'Avoir', 'Note de débit'];

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

  it('stages final invoices, credit and debit notes in the book currency, paid or issued, with a cost centre; lines that cancel out', () => {
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

  it('stages beside the general path: a payment (journal BQ, type payment) before, between and after staged invoices', () => {
    const pay = (id: string, date: string, inv: string): Record<string, unknown> => ({ type: 'payment', id, date, amount: '12.00', method: 'card', customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: inv, amount: '12.00' }] });
    // a cancelled invoice (general path: types sale, then cancellation) just before a staged one
    const docs = [pay('p0', '2024-10-15', 'a'), common('a', { date: '2024-10-14' }), common('x', { status: 'cancelled', cancelledOn: '2024-10-15' }), common('b', { billingContact: 'Mme Contact' }), pay('p1', '2024-10-16', 'b'), common('c')];
    const n = staged(docs);
    expect(n).toBeGreaterThanOrEqual(2);
    const { book } = postBook(docs as PostableDocument[], vatOnInvoice);
    expect(book.sources.map((x) => x.billingContact)).toContain('Mme Contact');
    expect(new Set(book.journals)).toEqual(new Set(['VT', 'BQ']));
    expect(book.tx.type.filter((t) => book.types[t] === 'cancellation')).toHaveLength(1);
  });

  it('grows the staging columns: more invoices than an iterable announces, more entries than three an invoice', () => {
    const many = Array.from({ length: 1030 }, (_, i) => common(`m${i}`));
    function* oneShot(): Generator<Record<string, unknown>> {
      yield* many;
    }
    const before = stagedCount();
    const fromIterable = postBook(oneShot() as Iterable<PostableDocument>, vatOnInvoice).book;
    expect(stagedCount() - before).toBe(1030);
    expect(fromIterable).toStrictEqual(postBook(many as PostableDocument[], vatOnInvoice).book);
    expect(fromIterable.size).toBe(1030);
    const wide = [0, 1, 2].map((i) => invoice(`w${i}`, '2024-10-15', [line('12.00'), line('11.00', '10', { account: '707100' }), line('10.55', '5.5', { account: '706200' }), line('10.21', '2.1', { account: '708500' }), line('9.00', '0', { account: '706100', exemption: 'exempt' })]));
    expect(staged(wide)).toBe(3);
  });

  it('sizes the staging columns for three entries a document of the first 4,096, then grows them once at the rate seen (10 % spare)', () => {
    // BOOK_MODE.staging: room for the transactions expected, and for three entries each of the first 4,096 only
    expect([10, 4096, 100_000].map((n) => BOOK_MODE.staging(n).ecap)).toEqual([30, 12_288, 12_288]);
    expect(BOOK_MODE.staging(100_000).tcap).toBe(100_000);
    const grow = vi.spyOn(ColumnsBuilder.prototype, 'growEntries');
    try {
      // one invoice of three entries fills the three entries room of one document exactly: no growth
      postBook([common('one')] as PostableDocument[], vatOnInvoice);
      expect(grow).not.toHaveBeenCalled();
      // 8,000 invoices of three entries: 12,288 entries staged by the 4,097th, which needs room for three more: the
      // columns grow once to 3 entries × 8,000 transactions + 10 % = 26,400 (more than doubling's 24,576)
      const docs = Array.from({ length: 8000 }, (_, i) => common(`g${i}`));
      const book = postBook(docs as PostableDocument[], vatOnInvoice).book;
      expect(book.entryCount).toBe(24_000);
      expect(grow).toHaveBeenCalledTimes(1);
      expect((grow.mock.contexts[0] as ColumnsBuilder).ecap).toBe(26_400);
    } finally {
      grow.mockRestore();
    }
  });

  it('leaves a transaction of zero amounts to pushDraft (skipped as zero-total)', () => {
    expect(staged([invoice('a', '2024-10-15', [line('0.00')])])).toBe(0);
  });

  it('leaves an entry past the safe integers (a group of several large lines offset by others) to the general path', () => {
    const big = '45035996273704.95';
    const doc = invoice('a', '2024-10-15', [line(big, '0', { exemption: 'exempt' }), line(big, '0', { exemption: 'exempt' }), line(big, '0', { exemption: 'exempt' }), line(`-${big}`, '0', { account: '707100', exemption: 'exempt' }), line(`-${big}`, '0', { account: '707100', exemption: 'exempt' })]);
    const before = stagedCount();
    // refused by the figures (an exact sum of the 706 group could not be held), as post refuses it
    expect(() => postBook([doc], vatOnInvoice)).toThrow(AccountingError);
    expect((() => { try { postBook([doc], vatOnInvoice); } catch (e) { return (e as AccountingError).issues.map((i) => [i.code, i.path.join('.')]); } })()).toEqual([['amount_overflow', '0.lines']]);
    sameAsPost([doc], vatOnInvoice);
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
