// @ts-nocheck
// Settlement documents that reference what they cannot settle: each is refused with a typed issue at its path,
// and never posted (the other documents of the call still are, through safePost).
import { vatOnInvoice } from '../_rules.js';
import type { PostableDocument } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { dupont, invoice, line, payment } from './_helpers.js';

const inv = invoice('inv-1', '2024-10-15', [line('600.00')], { number: 'FA-1' });
const usd = invoice('inv-usd', '2024-10-15', [line('100.00')], { number: 'FA-2', currency: 'USD', exchangeRate: '0.9215' });
const note = invoice('av-1', '2024-10-16', [line('100.00')], { kind: 'credit-note', number: 'AV-1' });
const proforma = invoice('pf-1', '2024-10-01', [line('300.00')], { kind: 'proforma', number: 'PF-1' });
const refund = (id: string, amount: string, allocations: ReadonlyArray<[string, string]>, extra: Record<string, unknown> = {}) => ({ ...payment(id, '2024-10-25', amount, allocations, extra), type: 'refund' });
const remittance = (extra: Record<string, unknown>) => ({ type: 'remittance', id: 'rem-1', date: '2024-10-20', method: 'cheque', amount: '600.00', ...extra });
const byCheque = payment('p-1', '2024-10-18', '600.00', [['inv-1', '600.00']], { method: 'cheque' });
const creditor = { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const batch = (invoices: string[], amount = '600.00') => ({
  type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor,
  items: [{ id: 'i1', endToEndId: 'E2E-1', customer: dupont, amount, mandate: { id: 'RUM-1', signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices }],
});

/** The issues of the last document, as `code@path` (path without the document index). */
const lastIssues = (documents: unknown[]): string[] => {
  const r = safePost(documents as Iterable<PostableDocument>);
  const f = r.failures.find((x) => x.index === documents.length - 1);
  if (!f) throw new Error(`expected the last document to fail; failures: ${JSON.stringify(r.failures)}`);
  return f.issues.map((i) => `${i.code}@${i.path.slice(1).join('.')}`);
};

describe('settlement references refused', () => {
  it.each<[string, unknown[], string]>([
    ['a payment allocated to a credit note (pay back a credit note with a refund)', [inv, note, payment('p-9', '2024-10-20', '100.00', [['av-1', '100.00']])], 'invalid_input@allocations.0.invoice'],
    ['a refund allocated to a proforma (a deposit is given back through a credit note)', [proforma, refund('r-9', '100.00', [['pf-1', '100.00']])], 'invalid_input@allocations.0.invoice'],
    ['a payment naming a credit note but made by a method that moves money', [inv, note, payment('p-9', '2024-10-20', '100.00', [['inv-1', '100.00']], { creditNote: 'av-1' })], 'invalid_input@creditNote'],
    ['a refund taking back more than was paid on the invoice', [inv, payment('p-2', '2024-10-20', '100.00', [['inv-1', '100.00']]), refund('r-9', '150.00', [['inv-1', '150.00']])], 'over_allocation@allocations.0.amount'],
    ['a payment allocated to an invoice in another currency', [usd, payment('p-9', '2024-10-20', '100.00', [['inv-usd', '100.00']])], 'invalid_input@allocations.0.invoice'],
  ])('refuses %s', (_, documents, issue) => {
    expect(lastIssues(documents)).toContain(issue);
  });

  it.each<[string, unknown[], string]>([
    ['a credit note correcting a credit note', [inv, note, invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', number: 'AV-2', corrects: 'av-1' })], 'invalid_input@corrects'],
    ['a credit note correcting a proforma', [proforma, invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', number: 'AV-2', corrects: 'pf-1' })], 'invalid_input@corrects'],
    ['a credit note in another currency than the invoice it corrects', [usd, invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', number: 'AV-2', corrects: 'inv-usd' })], 'invalid_input@corrects'],
    ['a write-off of a credit note (only what an invoice owes is written off)', [inv, note, { type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: dupont, invoice: 'av-1', amount: '10.00' }], 'invalid_input@invoice'],
  ])('refuses %s', (_, documents, issue) => {
    expect(lastIssues(documents)).toContain(issue);
  });

  it.each<[string, unknown[], string]>([
    ['a direct debit of a credit note', [inv, note, batch(['av-1'], '100.00')], 'invalid_input@items.0.invoices.0'],
    ['a direct debit of an invoice not in euros (SEPA is in EUR)', [usd, batch(['inv-usd'], '100.00')], 'invalid_input@items.0.invoices.0'],
    ['a rejection dated before the collection date', [inv, batch(['inv-1']), { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-01', batch: 'dd-1', item: 'i1', reason: 'AM04' }], 'invalid_date@date'],
  ])('refuses %s', (_, documents, issue) => {
    expect(lastIssues(documents)).toContain(issue);
  });

  it('refuses a rejection dated before its batch\'s collection date as invalid_date, also when the batch comes from options.context (it was reported as an invalid batch)', () => {
    const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-01', batch: 'dd-1', item: 'i1', reason: 'AM04' };
    const r = safePost([rejection], undefined, { context: [inv, batch(['inv-1'])] });
    expect(r.failures.flatMap((f) => f.issues.map((i) => `${i.code}@${i.path.join('.')}`))).toEqual(['invalid_date@0.date']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown method', { method: 'bitcoin' }, 'invalid_method@method'],
    ['a method that moves no money (credit-note)', { method: 'credit-note' }, 'invalid_method@method'],
    ['a bank account the chart does not cover', { bankAccount: '999999' }, 'unknown_account@bankAccount'],
    ['fees above the amount', { fees: '700.00' }, 'invalid_input@fees'],
  ])('refuses a remittance with %s', (_, extra, issue) => {
    expect(lastIssues([inv, byCheque, remittance(extra)])).toContain(issue);
  });

  it('refuses a remittance of a payment that is itself invalid (invalid_reference), and one already remitted by another remittance', () => {
    const badPayment = payment('p-1', '2024-10-18', '600.00', [['inv-404', '600.00']], { method: 'cheque' });
    expect(lastIssues([inv, badPayment, remittance({ payments: ['p-1'] })])).toContain('invalid_reference@payments.0');
    expect(lastIssues([inv, byCheque, remittance({ payments: ['p-1'] }), remittance({ id: 'rem-2', payments: ['p-1'] })])).toContain('invalid_input@payments.0');
  });

  const deposit = invoice('dep-1', '2024-11-02', [line('120.00', '20', { label: 'Acompte' })], { kind: 'deposit', number: 'FA-100' });
  const final = (deducts: string[], extra: Record<string, unknown> = {}) => invoice('fin-1', '2024-11-20', [line('600.00')], { number: 'FA-101', deducts, ...extra });
  it.each<[string, unknown[], string]>([
    ['a final invoice deducting a final invoice (deducts lists deposits)', [inv, final(['inv-1'])], 'invalid_input@deducts.0'],
    ['a final invoice deducting a draft deposit', [{ ...deposit, status: 'draft' }, final(['dep-1'])], 'invalid_input@deducts.0'],
    ['a final invoice deducting a deposit in another currency', [{ ...deposit, currency: 'USD', exchangeRate: '0.9215' }, final(['dep-1'])], 'invalid_input@deducts.0'],
    ['a final invoice deducting a deposit that is itself invalid', [{ ...deposit, lines: [line('120.00', '7')] }, final(['dep-1'])], 'invalid_reference@deducts.0'],
    ['a final invoice deducting a proforma that received no payment by its date', [proforma, final(['pf-1'])], 'invalid_input@deducts.0'],
    ['an invoice in euros (the book currency) with an exchange rate other than 1', [invoice('x', '2024-10-15', [line('10.00')], { currency: 'EUR', exchangeRate: '1.1' })], 'invalid_input@exchangeRate'],
  ])('refuses %s', (_, documents, issue) => {
    expect(lastIssues(documents)).toContain(issue);
  });

  const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-1', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: true };
  it.each<[string, unknown[], string]>([
    ['a second deposit payment taking a proforma beyond its total', [proforma, payment('p1', '2024-10-02', '200.00', [['pf-1', '200.00']]), payment('p2', '2024-10-03', '200.00', [['pf-1', '200.00']])], 'over_allocation@allocations.0.amount'],
    ['an exchange rate too large to convert', [invoice('u', '2024-10-15', [line('100.00')], { currency: 'USD', exchangeRate: '99999999999999999999.5' })], 'invalid_input@exchangeRate'],
    ['a payment amount beyond any safe number of cents', [inv, payment('p1', '2024-10-20', `1${'0'.repeat(400)}`, [])], 'amount_overflow@amount'],
    ['a payment to a till closing that is not there', [payment('p1', '2024-10-20', '1.00', [], { allocations: [{ closing: 'z-9', ticket: 't1', amount: '1.00' }] })], 'unknown_document@allocations.0.closing'],
    ['a rejection of a batch that is itself invalid', [inv, batch(['inv-404']), rejection], 'invalid_reference@batch'],
    ['a payment of the fee of a rejection that is itself invalid', [inv, batch(['inv-1']), { ...rejection, item: 'i9' }, payment('p9', '2024-11-20', '5.00', [], { allocations: [{ rejection: 'rj-1', amount: '5.00' }] })], 'invalid_reference@allocations.0.rejection'],
  ])('refuses %s', (_, documents, issue) => {
    expect(lastIssues(documents)).toContain(issue);
  });

  it('refuses a document dated on or before the lock date of the rules (period_locked)', () => {
    const r = safePost([inv], defaultRules({ lockedUntil: '2024-10-31' }));
    expect(r.failures.flatMap((f) => f.issues.map((i) => `${i.code}@${i.path.join('.')}`))).toEqual(['period_locked@0.date']);
    expect(safePost([inv], defaultRules({ lockedUntil: '2024-10-14' })).failures).toEqual([]);
  });

  it('accepts an invoice in euros whose exchange rate is exactly 1', () => {
    expect(safePost([invoice('x', '2024-10-15', [line('10.00')], { currency: 'EUR', exchangeRate: '1.0000' })]).failures).toEqual([]);
  });

  it('posts the valid documents of the call and only those', () => {
    const r = safePost([inv, byCheque, remittance({ fees: '700.00' })], vatOnInvoice);
    expect(r.transactions.map((t) => t.type)).toEqual(['sale', 'payment']);
    expect(r.failures.map((f) => f.index)).toEqual([2]);
  });
});
