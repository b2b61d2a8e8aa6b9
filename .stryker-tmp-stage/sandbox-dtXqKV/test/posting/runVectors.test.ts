// @ts-nocheck
// One posting run (src/posting/_lib/run.ts) seen from post, safePost and postBook: the arguments, options and context
// it refuses (code, path, message), the documents it skips or refuses before posting (duplicates, locks per document
// type, no-entry types), how failures are listed, and how the transactions are ordered and numbered (per journal, per
// fiscal year, nextNumbers, drafts, reversals). Hand-written vectors; postBook is checked against createBook(post(…)).
import type { PostableDocument, PostOptions } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { createBook, defaultRules, post, postBook, safePost } from '../../src/index.js';
import { refusal } from '../_errors.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, invoice, line, payment, rows } from './_helpers.js';

const docs = (list: unknown[]): Iterable<PostableDocument> => list as Iterable<PostableDocument>;
const stay = { type: 'stay', id: 'st-1', customer: dupont, arrival: '2024-07-24', departure: '2024-07-31', guests: 2 };
const cancellation = { type: 'subscription-cancellation', id: 'sc-1', date: '2024-03-10', invoice: 'inv-1', line: 'L1', reason: 'Déménagement' };
const usage = { type: 'session-usage', id: 'su-1', invoice: 'inv-1', line: 'L1', date: '2024-03-10' };
const creditor = { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const batch = {
  type: 'direct-debit-batch',
  id: 'dd-1',
  messageId: 'PRLV-1',
  createdAt: '2024-03-02T09:00:00',
  collectionDate: '2024-03-05',
  creditor,
  items: [{ id: 'i1', endToEndId: 'E2E-i1', customer: dupont, amount: '12.00', mandate: { id: 'RUM-1', signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: dupont.name, iban: 'FR1420041010050500013M02606' }, invoices: ['inv-1'] }],
};
const closing = { type: 'till-closing', id: 'z-1', till: 'C1', day: '2024-03-05', tickets: [{ id: 't1', lines: [{ label: 'Cours', account: '706100', quantity: '1', unitPrice: '12.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '12.00' }] }] };
const vatPaid = { type: 'vat-payment', id: 'vp-1', date: '2024-03-05', method: 'transfer', amount: '100.00' };

describe('run: arguments, options and rules', () => {
  it('refuses documents that are not an iterable of objects, saying a string is read by character', () => {
    expect(refusal(() => post('abc' as never))).toEqual(['invalid_input', '', 'The documents are an array (or another iterable) of document objects, not "abc" (a string would be read one character at a time).']);
    expect(refusal(() => post(42 as never))).toEqual(['invalid_input', '', 'The documents are an array (or another iterable) of document objects, not 42.']);
    expect(refusal(() => post({ length: 1, 0: {} } as never))).toEqual(['invalid_input', '', 'The documents are an array (or another iterable) of document objects, not an object.']);
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(refusal(() => post(hostile as never))[0]).toBe('invalid_input');
  });

  it('posts any iterable of documents (a Set, a generator), as a list', () => {
    const a = invoice('a', '2024-03-01', [line('12.00')]);
    function* gen(): Generator<unknown> {
      yield a;
    }
    const want = post([a], vatOnInvoice).transactions;
    expect(post(docs([...new Set([a])]), vatOnInvoice).transactions).toEqual(want);
    expect(post(new Set([a]) as Iterable<PostableDocument>, vatOnInvoice).transactions).toEqual(want);
    expect(post(gen() as Iterable<PostableDocument>, vatOnInvoice).transactions).toEqual(want);
    expect(postBook(gen() as Iterable<PostableDocument>, vatOnInvoice).book).toEqual(createBook(want));
  });

  it('refuses rules or options whose reading throws (invalid_option, at the field)', () => {
    const rules = { get currency(): string { throw new Error('no'); } };
    expect(refusal(() => post([], rules as never)).slice(0, 2)).toEqual(['invalid_option', 'rules.currency']);
    const options = { get draft(): boolean { throw new Error('no'); } };
    expect(refusal(() => post([], undefined, options as never)).slice(0, 2)).toEqual(['invalid_option', 'draft']);
    // Hand-made rules are read as overrides of the defaults.
    expect(post([invoice('a', '2024-03-01', [line('12.00')])], { vatExigibility: 'on-invoice' } as never).transactions).toEqual(post([invoice('a', '2024-03-01', [line('12.00')])], vatOnInvoice).transactions);
  });
});

describe('run: options.context', () => {
  const a = invoice('a', '2024-03-01', [line('12.00')], { number: 'FA-1' });

  it('refuses an invalid context document, and one id given twice, with their paths', () => {
    expect(refusal(() => post([], vatOnInvoice, { context: [a, { ...a, number: 'FA-2' }] }))).toEqual(['duplicate_document', 'context.1.id', 'Document id a is used twice in options.context.']);
    expect(refusal(() => post([], vatOnInvoice, { context: [a, { type: 'payment', id: 'p' }] }))[1]).toMatch(/^context\.1\./);
  });

  it('refuses a document of the call that is already in the context, and a number the context uses', () => {
    expect(refusal(() => post([a], vatOnInvoice, { context: [a] }))).toEqual(['duplicate_document', '0.id', 'Document a was posted by an earlier call (it is in options.context): do not post it again.']);
    const [code, path, message] = refusal(() => post([{ ...a, id: 'b' }], vatOnInvoice, { context: [payment('p', '2024-03-02', '1.00', []), a] }));
    expect([code, path]).toEqual(['duplicate_number', '0.number']);
    expect(message).toContain('Invoice number FA-1 is already used by options.context[1] (path ["context", 1, "number"])');
  });

  it('reads a draft or a proforma of the context as it is: a draft is not there to pay, a proforma takes deposits', () => {
    const draft = { ...a, status: 'draft', number: undefined };
    const [code, path] = refusal(() => post([payment('p', '2024-03-02', '12.00', [['a', '12.00']])], vatOnInvoice, { context: [draft] }));
    expect([code, path]).toEqual(['unknown_document', '0.allocations.0.invoice']);
    const proforma = { ...a, kind: 'proforma', number: 'PF-1' };
    const tx = post([payment('p', '2024-03-02', '6.00', [['a', '6.00']])], vatOnInvoice, { context: [proforma] }).transactions[0]!;
    expect(rows(tx)).toEqual(['512 D 6.00', '4191 C 5.00 C0001 @a', '445711 C 1.00 vat20/5.00']);
  });

  it('posts an invoice of the call that a context document refers to as any other', () => {
    const p = payment('p', '2024-03-02', '12.00', [['a', '12.00']]);
    expect(post([a], vatOnInvoice, { context: [p] }).transactions).toEqual(post([a], vatOnInvoice).transactions);
  });
});

describe('run: documents refused or skipped before posting', () => {
  it('lists a failure with the document id when it has one (not a blank one), in input order', () => {
    const r = safePost(docs([{ type: 'quote', id: 'q' }, { type: 'quote', id: '  ' }, { type: 'quote' }, 42, { type: 'quote', id: 7 }]), vatOnInvoice);
    expect(r.failures.map((f) => [f.index, 'id' in f, f.id])).toEqual([
      [0, true, 'q'],
      [1, false, undefined],
      [2, false, undefined],
      [3, false, undefined],
      [4, false, undefined],
    ]);
  });

  it('lists a document whose reading throws as a failure without id, and posts the others', () => {
    const bad = { type: 'invoice', get id(): string { throw new Error('no'); } };
    const r = safePost(docs([bad, invoice('a', '2024-03-01', [line('12.00')])]), vatOnInvoice);
    expect(r.failures.map((f) => [f.index, 'id' in f, f.issues[0].code])).toEqual([[0, false, 'invalid_input']]);
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-a']);
  });

  it('orders failures by input index, whichever pass found them', () => {
    // Document 0 fails in the settlement pass (after the others are read), document 1 when it is read.
    const r = safePost(docs([payment('p', '2024-03-02', '20.00', [['a', '20.00']]), { type: 'quote', id: 'q' }, invoice('a', '2024-03-01', [line('12.00')])]), vatOnInvoice);
    expect(r.failures.map((f) => [f.index, f.issues[0].code])).toEqual([
      [0, 'over_allocation'],
      [1, 'invalid_input'],
    ]);
  });

  it('refuses an id used twice in one call, naming the first document', () => {
    const a = invoice('a', '2024-03-01', [line('12.00')], { number: 'FA-1' });
    expect(refusal(() => post([a, payment('x', '2024-03-01', '1.00', []), { ...a, number: 'FA-2' }], vatOnInvoice))).toEqual(['duplicate_document', '2.id', 'Document id a is already used by document 0 of this call: ids must be unique.']);
  });

  it('keeps only invoices in the invoice sequence: a payment may carry an invoice\'s number', () => {
    const r = safePost(docs([invoice('a', '2024-03-01', [line('12.00')], { number: 'N-1' }), payment('p', '2024-03-02', '12.00', [['a', '12.00']], { number: 'N-1' })]), vatOnInvoice);
    expect(r.failures).toEqual([]);
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['N-1', 'N-1']);
  });

  it('skips stays, session usages and subscription cancellations as no-entry, even in a locked period', () => {
    const r = safePost(docs([stay, usage, cancellation]), defaultRules({ lockedUntil: '2024-12-31' }));
    expect(r.failures).toEqual([]);
    expect(r.transactions).toEqual([]);
    expect(r.skipped).toEqual([
      { index: 0, id: 'st-1', reason: 'no-entry' },
      { index: 1, id: 'su-1', reason: 'no-entry' },
      { index: 2, id: 'sc-1', reason: 'no-entry' },
    ]);
  });

  it('refuses each document type at the date it posts on, in a locked or a closed period', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('12.00')]);
    const cases: Array<[unknown, string, string, string]> = [
      [inv, 'date', '2024-03-01', '2024-02-29'],
      [batch, 'collectionDate', '2024-03-05', '2024-03-04'],
      [closing, 'day', '2024-03-05', '2024-03-04'],
      [vatPaid, 'date', '2024-03-05', '2024-03-04'],
      [payment('p', '2024-03-05', '1.00', []), 'date', '2024-03-05', '2024-03-04'],
    ];
    for (const [doc, field, date, dayBefore] of cases) {
      const locked = safePost(docs([doc]), defaultRules({ lockedUntil: date })).failures[0]!.issues;
      expect(locked.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([['period_locked', `0.${field}`, `The books are locked until ${date}: this document would post on ${date}. Date it after the lock, or post it in an open period.`]]);
      const closed = safePost(docs([doc]), defaultRules({ closedThrough: date, lockedUntil: date })).failures[0]!.issues;
      expect(closed.map((i) => [i.code, i.path.join('.')])).toEqual([['period_closed', `0.${field}`]]);
      // Locked or closed the day before: it posts (the batch's invoice is posted with it, after the lock).
      const open = safePost(docs(doc === batch ? [{ ...inv, date: '2024-03-05' }, doc] : [doc]), defaultRules({ lockedUntil: dayBefore, closedThrough: dayBefore }));
      expect(open.failures).toEqual([]);
      expect(open.transactions.length).toBeGreaterThan(0);
    }
  });

  it('never refuses a draft or a proforma for a lock (they do not post)', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('12.00')]);
    const r = safePost(docs([{ ...inv, status: 'draft', number: undefined }, { ...inv, id: 'pf', kind: 'proforma', number: 'PF-1' }]), defaultRules({ lockedUntil: '2024-12-31', closedThrough: '2024-06-30' }));
    expect(r.failures).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual(['draft', 'proforma']);
  });

  it('refuses a cancellation in a closed period even when the invoice is after the lock date', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('12.00')], { status: 'cancelled', cancelledOn: '2024-03-10' });
    const issues = safePost(docs([inv]), defaultRules({ closedThrough: '2024-03-10' })).failures[0]!.issues;
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['period_closed', '0.date'],
      ['period_closed', '0.cancelledOn'],
    ]);
    expect(safePost(docs([inv]), defaultRules({ closedThrough: '2024-03-09' })).failures[0]!.issues.map((i) => i.path.join('.'))).toEqual(['0.date']);
  });
});

describe('run: order and numbering', () => {
  const at = (id: string, date: string, extra: Record<string, unknown> = {}) => invoice(id, date, [line('12.00')], extra);
  const ids = (list: unknown[], options: PostOptions = {}) => post(docs(list), vatOnInvoice, options).transactions.map((t) => `${t.id} ${t.date} ${t.piece.ref}`);

  it('orders by date, then input index, then the order within a document (an invoice before its cancellation on the same day)', () => {
    expect(ids([at('b', '2024-03-02'), at('a', '2024-03-01'), at('c', '2024-03-02')])).toEqual(['VT000001 2024-03-01 FA-a', 'VT000002 2024-03-02 FA-b', 'VT000003 2024-03-02 FA-c']);
    const cancelled = at('x', '2024-03-01', { status: 'cancelled', cancelledOn: '2024-03-01' });
    const txs = post(docs([at('y', '2024-03-01'), cancelled]), vatOnInvoice).transactions;
    expect(txs.map((t) => [t.id, t.piece.ref, t.reverses])).toEqual([
      ['VT000001', 'FA-y', undefined],
      ['VT000002', 'FA-x', undefined],
      ['VT000003', 'FA-x', 'VT000002'],
    ]);
  });

  it('writes a cancellation\'s keys in one order, reverses before the entries (byte-identical JSON)', () => {
    const txs = post(docs([at('x', '2024-03-05', { status: 'cancelled', cancelledOn: '2024-04-01' })]), vatOnInvoice).transactions;
    expect(Object.keys(txs[1]!)).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'type', 'source', 'currency', 'reverses', 'entries']);
    expect(Object.keys(txs[0]!)).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'type', 'source', 'currency', 'entries']);
  });

  it('sets reverses to the id the reversed transaction gets, whatever the dates', () => {
    const cancelled = at('x', '2024-03-05', { status: 'cancelled', cancelledOn: '2024-04-01' });
    const txs = post(docs([cancelled, at('y', '2024-03-20')]), vatOnInvoice, { nextNumbers: { VT: 7 } }).transactions;
    expect(txs.map((t) => [t.id, t.reverses])).toEqual([
      ['VT000007', undefined],
      ['VT000008', undefined],
      ['VT000009', 'VT000007'],
    ]);
  });

  it('numbers each journal on its own, from nextNumbers (own keys only) or 1', () => {
    const list = [at('a', '2024-03-01'), payment('p', '2024-03-02', '12.00', [['a', '12.00']]), at('b', '2024-03-03')];
    expect(ids(list, { nextNumbers: { BQ: 40 } }).map((s) => s.split(' ')[0])).toEqual(['VT000001', 'BQ000040', 'VT000002']);
    expect(ids(list, { nextNumbers: { VT: 999_999_998 } }).map((s) => s.split(' ')[0])).toEqual(['VT999999998', 'BQ000001', 'VT999999999']);
  });

  it('restarts numbering each calendar year, nextNumbers applying to the first year only', () => {
    const list = [at('a', '2024-12-31'), at('b', '2025-01-01'), at('c', '2023-06-01')];
    expect(ids(list, { resetNumbersEachFiscalYear: true, nextNumbers: { VT: 5 } }).map((s) => s.split(' ')[0])).toEqual(['VT2023-000005', 'VT2024-000001', 'VT2025-000001']);
    expect(ids(list, { resetNumbersEachFiscalYear: false }).map((s) => s.split(' ')[0])).toEqual(['VT000001', 'VT000002', 'VT000003']);
  });

  it('restarts numbering each fiscal year from startMonth, the year being the one the fiscal year ends in', () => {
    const list = [at('a', '2024-06-30'), at('b', '2024-07-01'), at('c', '2025-06-30'), at('d', '2025-07-01'), payment('p', '2024-07-02', '12.00', [['b', '12.00']])];
    expect(ids(list, { resetNumbersEachFiscalYear: { startMonth: 7 }, nextNumbers: { BQ: 3 } }).map((s) => s.split(' ')[0])).toEqual(['VT2024-000001', 'VT2025-000001', 'BQ2025-000003', 'VT2025-000002', 'VT2026-000001']);
    expect(ids([at('a', '2024-01-01'), at('b', '2024-12-31')], { resetNumbersEachFiscalYear: { startMonth: 1 } }).map((s) => s.split(' ')[0])).toEqual(['VT2024-000001', 'VT2024-000002']);
  });

  it('posts drafts (validatedOn null) with draft: true, validated entries otherwise', () => {
    const list = [at('a', '2024-03-01')];
    expect(post(docs(list), vatOnInvoice, { draft: true }).transactions.map((t) => t.validatedOn)).toEqual([null]);
    expect(post(docs(list), vatOnInvoice, { draft: false }).transactions.map((t) => t.validatedOn)).toEqual(post(docs(list), vatOnInvoice).transactions.map((t) => t.validatedOn));
    expect(post(docs(list), vatOnInvoice).transactions[0]!.validatedOn).not.toBeNull();
  });

  it('postBook numbers and lays out as createBook(post(…)) does, with every numbering option', () => {
    const list = [at('a', '2024-06-30'), at('b', '2024-07-01', { status: 'cancelled', cancelledOn: '2024-08-01' }), payment('p', '2024-07-02', '12.00', [['a', '12.00']]), at('c', '2025-07-01')];
    const options: PostOptions[] = [{}, { draft: true }, { resetNumbersEachFiscalYear: true, nextNumbers: { VT: 9 } }, { resetNumbersEachFiscalYear: { startMonth: 7 }, draft: true }];
    for (const o of options) expect(postBook(docs(list), vatOnInvoice, o).book).toEqual(createBook(post(docs(list), vatOnInvoice, o).transactions));
  });

  it('returns frozen lists, transactions and failures', () => {
    const r = safePost(docs([at('a', '2024-03-01'), { type: 'quote', id: 'q' }, { ...at('d', '2024-03-01'), status: 'draft', number: undefined }]), vatOnInvoice);
    expect([Object.isFrozen(r.transactions), Object.isFrozen(r.transactions[0]), Object.isFrozen(r.failures), Object.isFrozen(r.failures[0]), Object.isFrozen(r.skipped), Object.isFrozen(r.skipped[0])]).toEqual([true, true, true, true, true, true]);
  });
});
