// The edges of one posting run (src/posting/_lib/run.ts, with model.ts and entries.ts): the rules and options
// refused before any document is read (code, path, message), documents that are not objects or are given twice,
// the context read as it is (drafts, credit notes, documents without a number), a lock refusing a document alone
// (not with the issues its posting would add), the failures that cascade from a document failing late (a deposit
// on a proforma, a re-billed rejection fee, a supplier advance), invoices that failed or posted at once and are
// referred to later, the order of transactions of documents posted at once and later, one auxiliary account per
// customer name, and the exchange difference of a settlement at another rate. Hand-written vectors.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, safePost } from '../../src/index.js';
import { refusal, refusals } from '../_errors.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, invoice, line, payment, rows } from './_helpers.js';

type Issue = [code: string, path: string, message: string];

const docs = (list: unknown[]): Iterable<PostableDocument> => list as Iterable<PostableDocument>;
/** Every failure of a call as [index, id, issues as [code, path, message]]. */
const failures = (list: unknown[], rules: PostingRules = vatOnInvoice, options = {}): Array<[number, string | undefined, Issue[]]> =>
  safePost(docs(list), rules, options).failures.map((f) => [f.index, f.id, f.issues.map((i): Issue => [i.code, i.path.join('.'), i.message])]);
/** The transactions of a call as `journal-number date piece` strings, in the order returned. */
const listed = (list: unknown[], rules: PostingRules = vatOnInvoice): string[] => safePost(docs(list), rules).transactions.map((t) => `${t.id} ${t.date} ${t.piece.ref}`);

const edf = { id: 'F0001', name: 'EDF' };
const inv = invoice('inv-1', '2024-10-15', [line('600.00')], { number: 'FA-1' });
const proforma = invoice('pf-1', '2024-10-01', [line('300.00')], { kind: 'proforma', number: 'PF-1' });
const creditNote = invoice('av-1', '2024-10-16', [line('600.00')], { kind: 'credit-note', number: 'AV-1', corrects: 'inv-1' });
const purchase = (id: string, date: string, ttc = '120.00', extra: Record<string, unknown> = {}) => ({
  type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: ttc, vatRate: '20' }], ...extra,
});
const supplierPayment = (id: string, date: string, amount: string, allocations: ReadonlyArray<[string, string]>) => ({
  type: 'supplier-payment', id, date, method: 'transfer', amount, supplier: edf, allocations: allocations.map(([p, a]) => ({ purchase: p, amount: a })),
});
const creditor = { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const ddItem = (invoices: string[], amount: string) => ({ id: 'i1', endToEndId: 'E2E-i1', customer: dupont, amount, mandate: { id: 'RUM-1', signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices });
const batch = (invoices: string[]) => ({ type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor, items: [ddItem(invoices, '600.00')] });
const rejection = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'direct-debit-rejection', id, date: '2024-11-12', batch: 'dd-1', item: 'i1', reason: 'AM04', ...extra });
const closing = (method: string) => ({ type: 'till-closing', id: 'z-1', number: 'Z-1', till: 'ACCUEIL', day: '2024-10-15', tickets: [{ id: 't1', lines: [{ label: 'Cours', account: '706100', quantity: '1', unitPrice: '12.00', vatRate: '20' }], payments: [{ method, amount: '12.00' }] }] });
const locked = (lock: string, date: string, field: string): Issue => ['period_locked', `0.${field}`, `The books are locked until ${lock}: this document would post on ${date}. Date it after the lock, or post it in an open period.`];
const itselfInvalid = (what: string, id: string) => `${what} ${id} is itself invalid (see its issues): fix it first.`;

describe('run: rules and options refused before any document is read', () => {
  it('refuses rules that are no object, naming what was given', () => {
    const message = (what: string) => `The posting rules are an object (defaultRules() or its options), or undefined for the defaults, not ${what}.`;
    expect(refusal(() => post([], null as never))).toEqual(['invalid_option', 'rules', message('null')]);
    expect(refusal(() => post([], 'fr' as never))).toEqual(['invalid_option', 'rules', message('"fr"')]);
    expect(refusal(() => post([], 1 as never))).toEqual(['invalid_option', 'rules', message('1')]);
    expect(refusal(() => post([], [] as never))).toEqual(['invalid_option', 'rules', message('an array')]);
  });

  it('reads rules whose brand check throws as overrides, refused at the field whose read throws', () => {
    const hostile = new Proxy({}, { has: () => { throw new Error('no'); }, get: () => { throw new Error('no'); }, ownKeys: () => ['currency'], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true, value: 'EUR' }) });
    expect(refusal(() => post([], hostile as never)).slice(0, 2)).toEqual(['invalid_option', 'rules.currency']);
  });

  it('refuses invalid options even when there is no document to post', () => {
    const [code, path] = refusal(() => post([], vatOnInvoice, { nextNumbers: { VT: -1 } }));
    expect([code, path]).toEqual(['invalid_option', 'nextNumbers.VT']);
    expect(safePost([], vatOnInvoice, { nextNumbers: { VT: 3 } }).success).toBe(true);
  });
});

describe('run: documents that are not objects, or the same object twice', () => {
  it('refuses null and primitives one by one, even when they repeat (no duplicate among primitives)', () => {
    expect(failures([null, null, 42, 42])).toEqual([
      [0, undefined, [['invalid_input', '0', '"0" must be an object: received null.']]],
      [1, undefined, [['invalid_input', '1', '"1" must be an object: received null.']]],
      [2, undefined, [['invalid_input', '2', '"2" must be an object: received 42.']]],
      [3, undefined, [['invalid_input', '3', '"3" must be an object: received 42.']]],
    ]);
  });

  it('refuses the same object given again, naming where it was first, and posts the documents after it', () => {
    const a = invoice('a', '2024-03-01', [line('12.00')]);
    const b = invoice('b', '2024-03-02', [line('12.00')]);
    const r = safePost(docs([a, a, b, a]), vatOnInvoice);
    expect(r.failures.map((f) => [f.index, 'id' in f, f.issues.map((i) => [i.code, i.path.join('.'), i.message])])).toEqual([
      [1, false, [['duplicate_document', '1', 'Document 1 is the same object as document 0: a document posts once; give it once (or copy it with its own id).']]],
      [3, false, [['duplicate_document', '3', 'Document 3 is the same object as document 0: a document posts once; give it once (or copy it with its own id).']]],
    ]);
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-a', 'FA-b']);
  });

  it('refuses a document whose reading throws at the field read, and counts it in the indexes after', () => {
    const bad = { type: 'invoice', get id(): string { throw new Error('no'); } };
    const r = safePost(docs([bad, bad, { type: 'quote', id: 'q' }]), vatOnInvoice);
    expect(r.failures.map((f) => [f.index, f.issues[0].code, f.issues[0].path.join('.')])).toEqual([
      [0, 'invalid_input', '0.id'],
      [1, 'duplicate_document', '1'],
      [2, 'invalid_input', '2.type'],
    ]);
  });
});

describe('run: options.context read as it is', () => {
  it('accepts several context documents without a number (only invoices are in the number sequence)', () => {
    const r = safePost(docs([payment('p3', '2024-10-06', '600.00', [['inv-1', '600.00']])]), vatOnInvoice, { context: [inv, payment('p1', '2024-10-05', '1.00', []), payment('p2', '2024-10-05', '1.00', [])] });
    expect(r.failures).toEqual([]);
    expect(r.transactions.map((t) => rows(t))).toEqual([['512 D 600.00', '411 C 600.00 C0001 @inv-1']]);
  });

  it('applies an issued credit note of the context to the invoice it corrects, not a draft one', () => {
    const paid = payment('p', '2024-10-20', '600.00', [['inv-1', '600.00']]);
    expect(safePost(docs([paid]), vatOnInvoice, { context: [inv, { ...creditNote, status: 'draft', number: undefined }] }).failures).toEqual([]);
    expect(failures([paid], vatOnInvoice, { context: [inv, creditNote] })).toEqual([
      [0, 'p', [['over_allocation', '0.allocations.0.amount', 'Invoice inv-1 has 0 minor units left to settle, less than the 60000 applied here: apply at most what is left.']]],
    ]);
    // Given in the call, the credit note settles the invoice the same way.
    expect(failures([inv, creditNote, paid])).toEqual([
      [2, 'p', [['over_allocation', '2.allocations.0.amount', 'Invoice inv-1 has 0 minor units left to settle, less than the 60000 applied here: apply at most what is left.']]],
    ]);
  });
});

describe('run: a lock refuses a document alone', () => {
  const LOCK = '2024-11-12';
  const rules = defaultRules({ vatExigibility: 'on-invoice', lockedUntil: LOCK });

  it('reports only the lock, not the issues posting the document would add', () => {
    const badCustomer = invoice('bd', '2024-10-15', [line('12.00')], { number: 'FA-8', customer: { ...dupont, account: '999' } });
    expect(failures([badCustomer], rules)).toEqual([[0, 'bd', [locked(LOCK, '2024-10-15', 'date')]]]);
    expect(failures([payment('p', '2024-11-12', '12.00', [['nowhere', '12.00']])], rules)).toEqual([[0, 'p', [locked(LOCK, '2024-11-12', 'date')]]]);
    expect(failures([closing('bitcoin')], rules)).toEqual([[0, 'z-1', [locked(LOCK, '2024-10-15', 'day')]]]);
    expect(failures([batch(['nowhere'])], rules)).toEqual([[0, 'dd-1', [locked(LOCK, '2024-11-05', 'collectionDate')]]]);
    expect(failures([invoice('fin', '2024-11-01', [line('12.00')], { number: 'FA-9', deducts: ['dep-404'] })], rules)).toEqual([[0, 'fin', [locked(LOCK, '2024-11-01', 'date')]]]);
    expect(failures([purchase('pa', '2024-11-02', '120.00', { lines: [{ label: 'X', account: '999', quantity: '1', unitPrice: '1.00', vatRate: '20' }] })], rules)).toEqual([[0, 'pa', [locked(LOCK, '2024-11-02', 'date')]]]);
  });

  it('refuses a till closing and a direct-debit batch at their own dates, and posts them the day after the lock', () => {
    expect(failures([closing('card')], defaultRules({ lockedUntil: '2024-10-15' }))).toEqual([[0, 'z-1', [locked('2024-10-15', '2024-10-15', 'day')]]]);
    expect(failures([closing('card')], defaultRules({ lockedUntil: '2024-10-14' }))).toEqual([]);
    expect(failures([{ ...inv, date: '2024-11-05' }, batch(['inv-1'])], defaultRules({ lockedUntil: '2024-11-05' })).map((f) => f[2][0]![1])).toEqual(['0.date', '1.collectionDate']);
  });
});

describe('run: failures that cascade from a document failing late', () => {
  // p-1 pays a deposit on the proforma and more than is left on inv-1: it fails in the settlement pass, after its
  // deposit was recorded.
  const deposit = payment('p-0', '2024-10-04', '50.00', [['pf-1', '50.00']]);
  const failing = (date: string) => payment('p-1', date, '800.00', [['pf-1', '100.00'], ['inv-1', '700.00']]);
  const fin = invoice('fin', '2024-10-20', [line('300.00')], { number: 'FA-2', deducts: ['pf-1'] });
  const overPaid = (index: number): Issue => ['over_allocation', `${index}.allocations.1.amount`, 'Invoice inv-1 has 60000 minor units left to settle, less than the 70000 applied here: apply at most what is left.'];
  const deductionRefused = (index: number): Issue => ['invalid_reference', `${index}.deducts.0`, 'A payment received on proforma pf-1 is invalid (see its issues): fix it first.'];

  it('refuses a final invoice deducting a proforma whose deposit payment, dated by then, failed', () => {
    expect(failures([proforma, inv, deposit, failing('2024-10-05'), fin])).toEqual([
      [3, 'p-1', [overPaid(3)]],
      [4, 'fin', [deductionRefused(4)]],
    ]);
    // Paid on the final invoice's own date: still deducted, so refused too.
    expect(failures([proforma, inv, deposit, failing('2024-10-20'), fin]).map((f) => f[1])).toEqual(['p-1', 'fin']);
    // The final invoice first in the call.
    expect(failures([fin, proforma, inv, deposit, failing('2024-10-05')])).toEqual([
      [0, 'fin', [deductionRefused(0)]],
      [4, 'p-1', [overPaid(4)]],
    ]);
  });

  it('posts the final invoice when the failed deposit payment comes after its date', () => {
    const r = safePost(docs([proforma, inv, deposit, failing('2024-10-25'), fin]), vatOnInvoice);
    expect(r.failures.map((f) => f.id)).toEqual(['p-1']);
    expect(r.transactions.map((t) => `${t.piece.ref} ${rows(t).join(', ')}`)).toEqual([
      'p-0 512 D 50.00, 4191 C 41.67 C0001 @pf-1, 445711 C 8.33 vat20/41.67',
      'FA-1 411 D 600.00 C0001 @inv-1, 706100 C 500.00, 445711 C 100.00 vat20/500.00',
      'FA-2 411 D 250.00 C0001 @fin, 4191 D 41.67 C0001 @pf-1, 706100 C 250.00, 445711 C 41.67 vat20/208.33',
    ]);
  });

  it('refuses a payment of a final invoice that deducts a deposit, computed once the deposits are known', () => {
    const paidFin = payment('p-2', '2024-10-22', '250.00', [['fin', '250.00']]);
    const r = safePost(docs([paidFin, proforma, deposit, fin]), vatOnInvoice);
    expect(r.failures).toEqual([]);
    expect(r.transactions.map((t) => rows(t))).toContainEqual(['512 D 250.00', '411 C 250.00 C0001 @fin']);
  });

  it('refuses a payment of a final invoice whose deduction failed (the proforma received nothing by its date)', () => {
    const paidFin = payment('p-2', '2024-10-22', '250.00', [['fin', '250.00']]);
    expect(failures([paidFin, proforma, fin])).toEqual([
      [0, 'p-2', [['invalid_reference', '0.allocations.0.invoice', itselfInvalid('Invoice', 'fin')]]],
      [2, 'fin', [['invalid_input', '2.deducts.0', 'Proforma pf-1 received no payment by 2024-10-20: there is nothing to deduct.']]],
    ]);
  });

  it('refuses a payment of a re-billed fee whose rejection failed afterwards (the item was rejected already)', () => {
    const fee = payment('p-9', '2024-11-20', '5.00', [], { allocations: [{ rejection: 'rj-1', amount: '5.00' }] });
    const documents = [inv, batch(['inv-1']), rejection('rj-0'), rejection('rj-1', { fees: '5.00', rebilled: true, date: '2024-11-13' })];
    const already: Issue = ['invalid_input', 'item', 'Item i1 of batch dd-1 is already rejected.'];
    expect(failures([...documents, fee]).map(([index, id, issues]) => [index, id, issues.map(([c, p, m]) => [c, p.slice(2), m])])).toEqual([
      [3, 'rj-1', [already]],
      [4, 'p-9', [['invalid_reference', 'allocations.0.rejection', itselfInvalid('Rejection', 'rj-1')]]],
    ]);
    expect(failures([fee, ...documents]).map(([index, id, issues]) => [index, id, issues.map((i) => i[1])])).toEqual([
      [0, 'p-9', ['0.allocations.0.rejection']],
      [4, 'rj-1', ['4.item']],
    ]);
  });

  it('refuses a write-off of a final invoice that deducts a deposit and failed on its own (a number used twice)', () => {
    const dep = invoice('dep', '2024-10-01', [line('100.00')], { kind: 'deposit', number: 'FA-D' });
    const fin = invoice('fin', '2024-10-20', [line('300.00')], { number: 'FA-F', deducts: ['dep'] });
    const again = invoice('fin2', '2024-10-21', [line('300.00')], { number: 'FA-F', deducts: ['dep'] });
    const writeOff = { type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: dupont, invoice: 'fin2', amount: '60.00', reason: 'Liquidation' };
    const r = safePost(docs([dep, fin, again, writeOff]), vatOnInvoice);
    expect(r.failures.map((f) => [f.index, f.issues.map((i) => [i.code, i.path.join('.')])])).toEqual([
      [2, [['duplicate_number', '2.number']]],
      [3, [['invalid_reference', '3.invoice']]],
    ]);
    expect(r.failures[1]!.issues[0].message).toBe('Invoice fin2 is itself invalid (see its issues): fix it first.');
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-D', 'FA-F']);
  });

  it('refuses a purchase deducting the advance of a supplier payment that failed afterwards', () => {
    const paid = supplierPayment('s', '2024-10-05', '200.00', [['pa', '150.00']]);
    const advanced = purchase('ac', '2024-10-10', '120.00', { advances: [{ payment: 's', amount: '50.00' }] });
    const over: Issue[] = [['over_allocation', 'allocations.0.amount', 'Purchase pa has 12000 minor units left to settle, less than the 15000 applied here: apply at most what is left.']];
    const cascade: Issue[] = [['invalid_reference', 'advances.0.payment', itselfInvalid('Supplier payment', 's')]];
    const strip = (list: Array<[number, string | undefined, Issue[]]>) => list.map(([index, id, issues]) => [index, id, issues.map(([c, p, m]) => [c, p.slice(2), m])]);
    expect(strip(failures([purchase('pa', '2024-10-01'), paid, advanced]))).toEqual([[1, 's', over], [2, 'ac', cascade]]);
    expect(strip(failures([advanced, purchase('pa', '2024-10-01'), paid]))).toEqual([[0, 'ac', cascade], [2, 's', over]]);
    // Paid on the purchase's own day and given after it: the purchase deducts the advance first, then the payment fails.
    const sameDay = { ...paid, date: '2024-10-10' };
    expect(strip(failures([advanced, purchase('pa', '2024-10-01'), sameDay]))).toEqual([[0, 'ac', cascade], [2, 's', over]]);
    expect(strip(failures([purchase('pa', '2024-10-01'), advanced, sameDay]))).toEqual([[1, 'ac', cascade], [2, 's', over]]);
  });
});

describe('run: invoices posted at once and referred to later', () => {
  const badCustomer = invoice('bd', '2024-10-15', [line('12.00')], { number: 'FA-8', customer: { ...dupont, account: '999' } });
  const unknownAccount: Issue = ['unknown_account', '0.customer.account', 'Account 999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.'];

  it('refuses a payment of an invoice that failed when posted, whichever check read it', () => {
    const pay = payment('p', '2024-10-20', '12.00', [['bd', '12.00']]);
    const want = [[0, 'bd', [unknownAccount]], [1, 'p', [['invalid_reference', '1.allocations.0.invoice', itselfInvalid('Invoice', 'bd')]]]];
    expect(failures([badCustomer, pay])).toEqual(want);
    // A field set to undefined: the invoice is read by the full check, not the fast path.
    expect(failures([{ ...badCustomer, memo: undefined }, pay])).toEqual(want);
  });

  it('settles an invoice posted at once, whichever check read it', () => {
    for (const a of [inv, { ...inv, memo: undefined }]) {
      const r = safePost(docs([a, payment('p', '2024-10-20', '600.00', [['inv-1', '600.00']]), payment('q', '2024-10-21', '1.00', [['inv-1', '1.00']])]), vatOnInvoice);
      expect(r.failures.map((f) => [f.index, f.issues[0].code, f.issues[0].path.join('.')])).toEqual([[2, 'over_allocation', '2.allocations.0.amount']]);
      expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-1', 'p']);
    }
  });
});

describe('run: credit notes correcting an invoice', () => {
  const corrected = invoice('inv-0', '2024-01-01', [line('12.00')], { number: 'FA-0' });
  const sale = 'sale 411 D 12.00 C0001 @inv-0, 706100 C 10.00, 445711 C 2.00 vat20/10.00';
  const outcome = (list: unknown[]) => {
    const r = safePost(docs(list), vatOnInvoice);
    return { failures: r.failures.map((f) => [f.index, f.issues.map((i) => [i.code, i.path.join('.'), i.message])]), skipped: r.skipped, transactions: r.transactions.map((t) => `${t.type} ${rows(t).join(', ')}`) };
  };

  it('refuses a credit note whose own figures fail, and posts the invoice it corrects', () => {
    const note = invoice('inv-1', '2024-01-21', [line('12.00', '0.2')], { kind: 'credit-note', number: 'AV-1', corrects: 'inv-0' });
    expect(outcome([corrected, note])).toEqual({
      failures: [[1, [['unknown_vat_rate', '1.lines.0.vatRate', 'VAT rate "0.2" is not one the posting rules accept (0, 2.1, 5.5, 10, 20): a rate is written in percent — did you mean "20"?']]]],
      skipped: [],
      transactions: [sale],
    });
  });

  it('skips a credit note of zero correcting an invoice (zero-total), and posts the invoice', () => {
    const note = invoice('inv-1', '2024-01-06', [line('0.00')], { kind: 'credit-note', number: 'AV-1', corrects: 'inv-0' });
    expect(outcome([corrected, note])).toEqual({ failures: [], skipped: [{ index: 1, id: 'inv-1', reason: 'zero-total' }], transactions: [sale] });
    expect(outcome([note, corrected])).toEqual({ failures: [], skipped: [{ index: 0, id: 'inv-1', reason: 'zero-total' }], transactions: [sale] });
  });
});

describe('run: proformas', () => {
  it('refuses a proforma whose figures fail even when nothing refers to it (it is skipped only when valid)', () => {
    const pf = (l: Record<string, unknown>) => [invoice('pf', '2024-01-01', [l], { kind: 'proforma', number: 'PF-1' })];
    expect(failures(pf(line('12.00', '0.2')))).toEqual([[0, 'pf', [['unknown_vat_rate', '0.lines.0.vatRate', 'VAT rate "0.2" is not one the posting rules accept (0, 2.1, 5.5, 10, 20): a rate is written in percent — did you mean "20"?']]]]);
    expect(failures(pf(line('-12.00')))).toEqual([[0, 'pf', [['negative_amount', '0.lines', 'The facture proforma totals -1200 minor units, below zero: issue a credit note for a negative amount.']]]]);
    expect(safePost(docs(pf(line('12.00'))), vatOnInvoice).skipped).toEqual([{ index: 0, id: 'pf', reason: 'proforma' }]);
  });

  it('skips a draft proforma or a draft credit note as drafts, without reading their figures', () => {
    const draft = { status: 'draft', number: undefined };
    const list = [
      invoice('pf', '2024-01-01', [line('12.00', '0.2')], { kind: 'proforma', ...draft }),
      invoice('inv-0', '2024-01-01', [line('12.00')], { number: 'FA-0' }),
      invoice('av', '2024-01-02', [line('-12.00')], { kind: 'credit-note', corrects: 'inv-0', ...draft }),
    ];
    const r = safePost(docs(list), vatOnInvoice);
    expect([r.failures, r.skipped, r.transactions.map((t) => t.piece.ref)]).toEqual([[], [{ index: 0, id: 'pf', reason: 'draft' }, { index: 2, id: 'av', reason: 'draft' }], ['FA-0']]);
  });
});

describe('run: order of the transactions', () => {
  it('orders documents posted later (a payment first in the call) by date among those posted at once', () => {
    // The invoices post as they are read, the payment after them: ordered by date, then by input index.
    const list = [payment('p', '2024-10-02', '12.00', [['a', '12.00']]), invoice('x', '2024-10-02', [line('12.00')]), invoice('a', '2024-10-01', [line('12.00')])];
    expect(listed(list)).toEqual(['VT000001 2024-10-01 FA-a', 'BQ000001 2024-10-02 p', 'VT000002 2024-10-02 FA-x']);
    expect(listed([list[1], list[0], list[2]])).toEqual(['VT000001 2024-10-01 FA-a', 'VT000002 2024-10-02 FA-x', 'BQ000001 2024-10-02 p']);
  });

  it('orders transactions spread over millennia behind many refused repeats (past the fast sort\'s key range)', () => {
    // Keys of the fast sort are (day × span + order) × n + index: 9,500 years × 8 × 102,000 documents × 4,000
    // transactions pass 2^53, so the run sorts with the comparator instead. Two invoices a day, each cancelled that day.
    const year = (y: number) => String(y).padStart(4, '0');
    const at = (y: number, s: string) => invoice(`${s}${y}`, `${year(y)}-01-01`, [line('12.00')], { status: 'cancelled', cancelledOn: `${year(y)}-01-01` });
    const years = (from: number) => Array.from({ length: 500 }, (_, k) => from - k);
    const late = years(9999).flatMap((y) => [at(y, 'a'), at(y, 'b')]);
    const early = years(1000).flatMap((y) => [at(y, 'a'), at(y, 'b')]);
    const repeated = at(5000, 'a');
    const r = safePost(docs([...late, ...new Array<unknown>(100_000).fill(repeated), ...early]), vatOnInvoice);
    expect(r.failures.length).toBe(99_999);
    const want = [...years(1000), ...years(9999)].sort((x, y) => x - y).flatMap((y) => (y === 5000 ? [] : [`FA-a${y}`, `FA-a${y}`, `FA-b${y}`, `FA-b${y}`]));
    want.splice(want.indexOf('FA-a9500'), 0, 'FA-a5000', 'FA-a5000');
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(want);
    expect(r.transactions.slice(0, 4).map((t) => [t.id, t.type, t.reverses])).toEqual([
      ['VT000001', 'sale', undefined],
      ['VT000002', 'cancellation', 'VT000001'],
      ['VT000003', 'sale', undefined],
      ['VT000004', 'cancellation', 'VT000003'],
    ]);
  });

  it('keeps a cancellation (its document\'s second transaction) before an invoice of the next day read before it', () => {
    // The cancellation is document 1's second transaction (order 9): the fast sort's keys make room for it, so it
    // stays before document 0's invoice of the next day (order 0).
    const list = [invoice('a', '2024-01-03', [line('12.00')]), invoice('b', '2024-01-01', [line('12.00')], { status: 'cancelled', cancelledOn: '2024-01-02' })];
    expect(listed(list)).toEqual(['VT000001 2024-01-01 FA-b', 'VT000002 2024-01-02 FA-b', 'VT000003 2024-01-03 FA-a']);
  });

  it('orders documents dated before 1970 (negative day numbers) by date', () => {
    const list = [invoice('b', '1969-12-31', [line('12.00')]), invoice('c', '1970-01-01', [line('12.00')]), invoice('a', '1969-06-01', [line('12.00')]), invoice('z', '0001-01-01', [line('12.00')])];
    expect(listed(list)).toEqual(['VT000001 0001-01-01 FA-z', 'VT000002 1969-06-01 FA-a', 'VT000003 1969-12-31 FA-b', 'VT000004 1970-01-01 FA-c']);
  });

  it('orders by date then input order past the fast sort\'s key range, from year 1 on, a payment before the invoice it pays that day', () => {
    // 3,899 years × 8 × 152,001 documents × 8,001 transactions pass 2^53 (the comparator sorts); every day number
    // from 0001-01-01 to 3899-01-01 is below the absolute value of the first (days before 1970 are negative).
    // The payment, first in the call, posts after the invoices posted at once; its order in the call puts it first
    // on its day, the invoice it pays (last in the call) after the invoices of that day read before it.
    const year = (y: number) => String(y).padStart(4, '0');
    const at = (y: number, s: string) => invoice(`${s}${y}`, `${year(y)}-01-01`, [line('12.00')], { status: 'cancelled', cancelledOn: `${year(y)}-01-01` });
    const years = (from: number) => Array.from({ length: 1000 }, (_, k) => from - k);
    const late = years(3899).flatMap((y) => [at(y, 'a'), at(y, 'b')]);
    const early = years(1000).flatMap((y) => [at(y, 'a'), at(y, 'b')]);
    const paid = invoice('paid', '0001-01-01', [line('12.00')]);
    const pay = payment('p', '0001-01-01', '12.00', [['paid', '12.00']]);
    const r = safePost(docs([pay, ...late, ...new Array<unknown>(150_000).fill(pay), ...early, paid]), vatOnInvoice);
    expect(r.failures.length).toBe(150_000);
    const want = [...years(1000), ...years(3899)].sort((x, y) => x - y).flatMap((y) => [`FA-a${y}`, `FA-a${y}`, `FA-b${y}`, `FA-b${y}`]);
    want.splice(4, 0, 'FA-paid');
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['p', ...want]);
    expect(r.transactions.slice(0, 6).map((t) => [t.id, t.date, t.type, t.reverses])).toEqual([
      ['BQ000001', '0001-01-01', 'payment', undefined],
      ['VT000001', '0001-01-01', 'sale', undefined],
      ['VT000002', '0001-01-01', 'cancellation', 'VT000001'],
      ['VT000003', '0001-01-01', 'sale', undefined],
      ['VT000004', '0001-01-01', 'cancellation', 'VT000003'],
      ['VT000005', '0001-01-01', 'sale', undefined],
    ]);
  });

  it('keeps a credit note after the invoice it corrects, and their ids per journal', () => {
    const cn = { ...creditNote, date: '2024-10-15' };
    expect(listed([cn, inv])).toEqual(['VT000001 2024-10-15 AV-1', 'VT000002 2024-10-15 FA-1']);
    expect(listed([inv, cn])).toEqual(['VT000001 2024-10-15 FA-1', 'VT000002 2024-10-15 AV-1']);
  });
});

describe('run: auxiliary accounts and exchange differences', () => {
  it('gives each entry its own document\'s customer name, and one frozen auxiliary account per customer and name', () => {
    const renamed = { ...dupont, name: 'DUPONT J.' };
    const txs = post(docs([inv, invoice('i2', '2024-10-16', [line('10.00')], { number: 'FA-3', customer: renamed }), invoice('i3', '2024-10-17', [line('10.00')], { number: 'FA-4' }), invoice('i4', '2024-10-18', [line('10.00')], { number: 'FA-5', customer: renamed })]), vatOnInvoice).transactions;
    const aux = txs.map((t) => t.entries[0]!.auxiliary!);
    expect(aux.map((a) => `${a.number} ${a.name}`)).toEqual(['C0001 DUPONT Jean', 'C0001 DUPONT J.', 'C0001 DUPONT Jean', 'C0001 DUPONT J.']);
    expect([aux[0] === aux[2], Object.isFrozen(aux[0]), Object.isFrozen(aux[1])]).toEqual([true, true, true]);
  });

  it('posts the exchange gain (766) or loss (666) of a payment at another rate than the invoice', () => {
    const usd = invoice('u', '2024-10-15', [line('100.00')], { number: 'FA-U', currency: 'USD', exchangeRate: '0.9000' });
    const paidAt = (rate: string) => post(docs([usd, payment('pu', '2024-10-20', '100.00', [['u', '100.00']], { currency: 'USD', exchangeRate: rate })]), vatOnInvoice).transactions[1]!;
    expect(rows(paidAt('0.9500'))).toEqual(['512 D 95.00 USD100.00', '411 C 90.00 C0001 @u USD100.00', '766 C 5.00']);
    expect(rows(paidAt('0.8500'))).toEqual(['512 D 85.00 USD100.00', '411 C 90.00 C0001 @u USD100.00', '666 D 5.00']);
    const [gain, loss] = [paidAt('0.9500').entries[2]!, paidAt('0.8500').entries[2]!];
    expect([gain.side, gain.credit?.toFixed(2), gain.label, loss.side, loss.debit?.toFixed(2), loss.label]).toEqual(['credit', '5.00', 'Gain de change', 'debit', '5.00', 'Perte de change']);
    expect(rows(paidAt('0.9000'))).toEqual(['512 D 90.00 USD100.00', '411 C 90.00 C0001 @u USD100.00']);
  });

  it('gives a foreign invoice totalling zero no customer line: its converted lines give back the cent they round up', () => {
    // 0.01 USD × 0.5 = 0.005, rounded half-up to 0.01 EUR on each of the two lines, −0.02 USD to −0.01 EUR: a cent over
    // the total converted once (0). It goes back on the first line that rounded up (706100, 0.00 EUR: no entry), and
    // the customer line, 0 USD and 0 EUR, is not written (it was 411 D 0.01 without a currency amount).
    const exempt = (price: string, account: string) => line(price, '0', { account, exemption: 'exempt' });
    const r = post([invoice('z', '2024-01-10', [exempt('0.01', '706100'), exempt('0.01', '706200'), exempt('-0.02', '709000')], { currency: 'USD', exchangeRate: '0.5' })], vatOnInvoice);
    expect(r.skipped).toEqual([]);
    expect(r.transactions.map(rows)).toEqual([['706200 C 0.01 vat0/0.01 USD0.01', '709000 D 0.01 vat0/0.01 USD0.02']]);
  });
});
