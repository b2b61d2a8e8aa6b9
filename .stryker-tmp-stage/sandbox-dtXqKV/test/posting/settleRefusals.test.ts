// @ts-nocheck
// Every refusal of the settlement pass (src/posting/_lib/settle.ts), pinned with its code, its path and the message
// that says what to fix: payments, refunds, supplier payments and refunds, credit notes, advances, direct debits,
// rejections, write-offs, remittances. Each case is the smallest call that reaches the refusal; the last document
// fails with exactly the issues listed (the other documents of the call post, through safePost).
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { dupont, invoice, line, payment } from './_helpers.js';

const edf = { id: 'F0001', name: 'EDF' };
const orange = { id: 'F0002', name: 'ORANGE' };

const inv = invoice('inv-1', '2024-10-15', [line('600.00')], { number: 'FA-1' });
const note = invoice('av-1', '2024-10-16', [line('100.00')], { kind: 'credit-note', number: 'AV-1' });
const proforma = invoice('pf-1', '2024-10-01', [line('300.00')], { kind: 'proforma', number: 'PF-1' });
const usd = invoice('inv-usd', '2024-10-15', [line('100.00')], { number: 'FA-2', currency: 'USD', exchangeRate: '0.9215' });
const refund = (id: string, amount: string, allocations: ReadonlyArray<[string, string]>, extra: Record<string, unknown> = {}) => ({ ...payment(id, '2024-10-25', amount, allocations, extra), type: 'refund' });

/** A supplier invoice (or credit note) of one line at 20 %, prices incl. tax. */
const purchase = (id: string, date: string, ttc = '120.00', extra: Record<string, unknown> = {}) => ({
  type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: ttc, vatRate: '20' }], ...extra,
});
const supplierNote = (id: string, date: string, ttc: string, extra: Record<string, unknown> = {}) => purchase(id, date, ttc, { kind: 'credit-note', ...extra });
const supplierPayment = (id: string, date: string, amount: string, allocations: ReadonlyArray<[string, string]> = [], extra: Record<string, unknown> = {}) => ({
  type: 'supplier-payment', id, date, method: 'transfer', amount, supplier: edf, ...(allocations.length > 0 ? { allocations: allocations.map(([p, a]) => ({ purchase: p, amount: a })) } : {}), ...extra,
});
const supplierRefund = (id: string, date: string, amount: string, allocations: ReadonlyArray<[string, string]> = [], extra: Record<string, unknown> = {}) => ({ ...supplierPayment(id, date, amount, allocations, extra), type: 'supplier-refund' });

const creditor = { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const ddItem = (id: string, invoices: string[], amount: string) => ({ id, endToEndId: `E2E-${id}`, customer: dupont, amount, mandate: { id: 'RUM-1', signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices });
const batch = (items: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor, items, ...extra });
const debited = batch([ddItem('i1', ['inv-1'], '600.00')]);
const rejection = (extra: Record<string, unknown> = {}) => ({ type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-1', item: 'i1', reason: 'AM04', ...extra });
const feePayment = (amount: string, extra: Record<string, unknown> = {}) => payment('p-9', '2024-11-20', amount, [], { allocations: [{ rejection: 'rj-1', amount }], ...extra });

const course = { label: 'Cours', account: '706100', quantity: '1', unitPrice: '60.00', vatRate: '20' };
/** A till closing whose one ticket (60.00) is paid `paid` at the till, the rest left on the customer's account. */
const closing = (payments: unknown[]) => ({ type: 'till-closing', id: 'z-1', number: 'Z-1', till: 'ACCUEIL', day: '2024-10-15', tickets: [{ id: 't1', number: 'TK-1', customer: dupont, lines: [course], payments }] });
const ticketPayment = (amount: string, ticket = 't1', extra: Record<string, unknown> = {}) => payment('p-9', '2024-11-20', amount, [], { allocations: [{ closing: 'z-1', ticket, amount }], ...extra });

const byCheque = payment('p-1', '2024-10-18', '600.00', [['inv-1', '600.00']], { method: 'cheque' });
const remittance = (extra: Record<string, unknown>) => ({ type: 'remittance', id: 'rem-1', date: '2024-10-20', method: 'cheque', amount: '600.00', ...extra });
const writeOff = (invoiceId: string, amount: string) => ({ type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: dupont, invoice: invoiceId, amount });
const remittedWith = (extra: Record<string, unknown>) => [inv, byCheque, remittance(extra)];
const touristTax = (method: string) => ({ type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method, amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune' }, period: { from: '2024-07-01', to: '2024-09-30' } });

type Issue = [code: string, path: string, message: string];

/** The issues of the last document of the call, as [code, path without the index, message]; of the others only `invalid` (the documents it refers to, invalid on purpose) may fail. */
function lastIssues(documents: unknown[], rules?: PostingRules, invalid: ReadonlyArray<number> = []): Issue[] {
  const r = safePost(documents as Iterable<PostableDocument>, rules);
  const f = r.failures.find((x) => x.index === documents.length - 1);
  const others = r.failures.filter((x) => x !== f).map((x) => x.index);
  if (!f || JSON.stringify(others) !== JSON.stringify(invalid)) throw new Error(`expected the last document to fail, and of the others only ${JSON.stringify(invalid)}; failures: ${JSON.stringify(r.failures)}`);
  return f.issues.map((i) => [i.code, i.path.slice(1).join('.'), i.message]);
}

const METHODS = 'card, cash, cheque, transfer, direct-debit, voucher, credit-note';
const pass = (what: string) => `is neither in this call nor in options.context${what}: pass it too (documents posted earlier go in options.context), or fix the id.`;

describe('settlement refusals: amounts and the documents allocations name', () => {
  it.each<[string, unknown[], Issue, number[]?]>([
    ['an amount with more decimals than the currency', [inv, payment('p', '2024-10-20', '10.001', [])], ['too_many_decimals', 'amount', 'Amount 10.001 has more decimals than the currency allows (2).']],
    ['an amount past the safe range of minor units', [inv, payment('p', '2024-10-20', `1${'0'.repeat(30)}`, [])], ['amount_overflow', 'amount', `Amount 1${'0'.repeat(30)} is too large.`]],
    ['an invoice that is not there', [payment('p', '2024-10-20', '10.00', [['inv-404', '10.00']])], ['unknown_document', 'allocations.0.invoice', `Invoice inv-404 ${pass('')}`]],
    ['an id that is no invoice', [inv, payment('p-0', '2024-10-20', '10.00', [['inv-1', '10.00']]), payment('p', '2024-10-20', '10.00', [['p-0', '10.00']])], ['unknown_document', 'allocations.0.invoice', `Invoice p-0 ${pass(' as an invoice')}`]],
    ['a draft invoice', [{ ...inv, status: 'draft' }, payment('p', '2024-10-20', '10.00', [['inv-1', '10.00']])], ['unknown_document', 'allocations.0.invoice', 'Invoice inv-1 is a draft: a draft is not posted, so nothing can be applied to it. Issue it first.']],
    ['an invoice that is itself invalid', [invoice('inv-1', '2024-10-15', [line('600.00', '7')]), payment('p', '2024-10-20', '10.00', [['inv-1', '10.00']])], ['invalid_reference', 'allocations.0.invoice', 'Invoice inv-1 is itself invalid (see its issues): fix it first.'], [0]],
    ['a payment allocated to a credit note', [inv, note, payment('p', '2024-10-20', '10.00', [['av-1', '10.00']])], ['invalid_input', 'allocations.0.invoice', 'av-1 is a credit note: a payment settles invoices; pay back a credit note with a refund, or use it as payment with the credit-note method.']],
    ['a refund allocated to a proforma', [proforma, refund('r', '10.00', [['pf-1', '10.00']])], ['invalid_input', 'allocations.0.invoice', 'pf-1 is a proforma: a deposit received is given back through a credit note.']],
    ['a refund allocated to an invoice in another currency', [usd, refund('r', '10.00', [['inv-usd', '10.00']])], ['invalid_input', 'allocations.0.invoice', 'Invoice inv-usd is in USD and this refund in EUR: allocate in the invoice\'s currency.']],
    ['a purchase that is not there', [supplierPayment('s', '2024-10-20', '10.00', [['ac-404', '10.00']])], ['unknown_document', 'allocations.0.purchase', `Purchase ac-404 ${pass('')}`]],
    ['an id that is no purchase', [inv, supplierPayment('s', '2024-10-20', '10.00', [['inv-1', '10.00']])], ['unknown_document', 'allocations.0.purchase', `Purchase inv-1 ${pass(' as a purchase')}`]],
    ['a supplier payment allocated to a supplier credit note', [supplierNote('av', '2024-10-10', '10.00'), supplierPayment('s', '2024-10-20', '10.00', [['av', '10.00']])], ['invalid_reference', 'allocations.0.purchase', 'av is a supplier credit note: a supplier payment pays purchase invoices (a credit note lowers what is owed; the supplier refunds it).']],
    ['a supplier refund allocated to a supplier invoice', [purchase('ac', '2024-10-10'), supplierRefund('s', '2024-10-20', '10.00', [['ac', '10.00']])], ['invalid_input', 'allocations.0.purchase', 'ac is a supplier invoice: a supplier refund pays back supplier credit notes; leave money returned on anything else unallocated (an advance returned, 4091), or record the supplier\'s credit note first.']],
    ['a supplier refund of another supplier\'s credit note', [supplierNote('av', '2024-10-10', '10.00', { supplier: orange }), supplierRefund('s', '2024-10-20', '10.00', [['av', '10.00']])], ['party_mismatch', 'allocations.0.purchase', 'Purchase av is from supplier F0002, not F0001: a supplier refunds its own credit notes.']],
    ['a purchase that is itself invalid', [purchase('ac', '2024-10-10', '10.00', { lines: [{ label: 'x', account: '606100', quantity: '1', unitPrice: '10.00', vatRate: '7' }] }), supplierPayment('s', '2024-10-20', '10.00', [['ac', '10.00']])], ['invalid_reference', 'allocations.0.purchase', 'Purchase ac is itself invalid (see its issues): fix it first.'], [0]],
    ['a supplier payment allocated to a purchase in another currency', [purchase('ac', '2024-10-10', '10.00', { currency: 'USD', exchangeRate: '0.9' }), supplierPayment('s', '2024-10-20', '10.00', [['ac', '10.00']])], ['invalid_input', 'allocations.0.purchase', 'Purchase ac is in USD and this supplier payment in EUR: allocate in the purchase\'s currency.']],
    ['a supplier refund allocated to a credit note in another currency', [supplierNote('av', '2024-10-10', '10.00', { currency: 'USD', exchangeRate: '0.9' }), supplierRefund('s', '2024-10-20', '10.00', [['av', '10.00']])], ['invalid_input', 'allocations.0.purchase', 'Purchase av is in USD and this supplier refund in EUR: allocate in the purchase\'s currency.']],
    ['a rejection that is not there', [feePayment('5.00', { allocations: [{ rejection: 'rj-404', amount: '5.00' }] })], ['unknown_document', 'allocations.0.rejection', `Rejection rj-404 ${pass('')}`]],
    ['an id that is no rejection', [inv, feePayment('5.00', { allocations: [{ rejection: 'inv-1', amount: '5.00' }] })], ['unknown_document', 'allocations.0.rejection', `Rejection inv-1 ${pass(' as a direct-debit rejection')}`]],
    ['a rejection whose fee is not re-billed', [inv, debited, rejection({ fees: '5.00' }), feePayment('5.00')], ['invalid_input', 'allocations.0.rejection', 'Rejection rj-1 re-bills no fee to the customer (rebilled is not true, or no fees): there is nothing to pay on it. Allocate to the invoices it re-opened instead.']],
    ['a rejection re-billing a zero fee', [inv, debited, rejection({ fees: '0.00', rebilled: true }), feePayment('5.00')], ['invalid_input', 'allocations.0.rejection', 'Rejection rj-1 re-bills no fee to the customer (rebilled is not true, or no fees): there is nothing to pay on it. Allocate to the invoices it re-opened instead.']],
    ['a re-billed fee paid in another currency', [inv, debited, rejection({ fees: '5.00', rebilled: true }), feePayment('5.00', { currency: 'USD', exchangeRate: '0.9' })], ['invalid_input', 'allocations.0.rejection', 'Rejection rj-1 re-billed its fee in EUR and this payment is in USD: allocate in EUR.']],
    ['a till closing that is no till closing', [inv, payment('p-9', '2024-11-20', '5.00', [], { allocations: [{ closing: 'inv-1', ticket: 't1', amount: '5.00' }] })], ['unknown_document', 'allocations.0.closing', `Till closing inv-1 ${pass(' as a till closing')}`]],
    ['a till closing that is itself invalid', [closing([{ method: 'bitcoin', amount: '20.00' }]), ticketPayment('5.00')], ['invalid_reference', 'allocations.0.closing', 'Till closing z-1 is itself invalid (see its issues): fix it first.'], [0]],
    ['a ticket the closing does not have', [closing([{ method: 'card', amount: '20.00' }]), ticketPayment('5.00', 't9')], ['unknown_item', 'allocations.0.ticket', 'Till closing z-1 has no ticket "t9": give the id of one of its tickets.']],
    ['a ticket paid in full at the till', [closing([{ method: 'card', amount: '60.00' }]), ticketPayment('5.00')], ['invalid_input', 'allocations.0.ticket', 'Ticket t1 of till closing z-1 was paid in full at the till: nothing of it is on the customer\'s account.']],
    ['a ticket left on account paid in another currency', [closing([{ method: 'card', amount: '20.00' }]), ticketPayment('5.00', 't1', { currency: 'USD', exchangeRate: '0.9' })], ['invalid_input', 'allocations.0.ticket', 'Ticket t1 was left on account in EUR and this payment is in USD: allocate in EUR.']],
  ])('refuses %s', (_, documents, issue, invalid) => {
    expect(lastIssues(documents, undefined, invalid)).toEqual([issue]);
  });
});

describe('settlement refusals: methods and credit notes used as payment', () => {
  it.each<[string, unknown[], Issue, number[]?]>([
    ['a payment by an unknown method', [inv, payment('p', '2024-10-20', '10.00', [['inv-1', '10.00']], { method: 'bitcoin' })], ['invalid_method', 'method', `Unknown payment method "bitcoin": use one of ${METHODS}, or map it in the rules (paymentMethods).`]],
    ['a refund by a method that moves no money', [inv, note, refund('r', '10.00', [['av-1', '10.00']], { method: 'credit-note' })], ['invalid_method', 'method', 'A refund pays money back: method "credit-note" moves none. Use the method the money leaves by (transfer, cash…).']],
    ['creditNote on a payment whose method moves money', [inv, note, payment('p', '2024-10-20', '10.00', [['inv-1', '10.00']], { creditNote: 'av-1' })], ['invalid_input', 'creditNote', 'creditNote goes with a method that moves no money (such as "credit-note"), and "transfer" does: remove creditNote or change the method.']],
    ['creditNote naming a final invoice', [inv, invoice('inv-2', '2024-10-15', [line('10.00')]), payment('p', '2024-10-20', '10.00', [['inv-1', '10.00']], { method: 'credit-note', creditNote: 'inv-2' })], ['invalid_input', 'creditNote', 'inv-2 is a final, not a credit note.']],
    ['a supplier payment by a method that moves no money', [purchase('ac', '2024-10-10'), supplierPayment('s', '2024-10-20', '10.00', [['ac', '10.00']], { method: 'credit-note' })], ['invalid_method', 'method', 'A supplier is paid with money leaving the business: method "credit-note" moves none. Use card, cash, cheque, transfer or direct-debit.']],
    ['a supplier payment by payment vouchers', [purchase('ac', '2024-10-10'), supplierPayment('s', '2024-10-20', '10.00', [['ac', '10.00']], { method: 'voucher' })], ['invalid_method', 'method', 'A supplier is paid with money leaving the business: method "voucher" receives payment vouchers. Use card, cash, cheque, transfer or direct-debit.']],
    ['a tourist-tax remittance by a method that moves no money', [touristTax('credit-note')], ['invalid_method', 'method', 'Tourist tax is paid over with money leaving the business: method "credit-note" moves none. Use card, cash, cheque, transfer or direct-debit.']],
    ['a tourist-tax remittance by payment vouchers', [touristTax('voucher')], ['invalid_method', 'method', 'Tourist tax is paid over with money leaving the business: method "voucher" receives payment vouchers. Use card, cash, cheque, transfer or direct-debit.']],
    ['a tourist-tax remittance by an unknown method', [touristTax('bitcoin')], ['invalid_method', 'method', `Unknown payment method "bitcoin": use one of ${METHODS}, or map it in the rules (paymentMethods).`]],
    ['a supplier refund by a method that moves no money', [supplierNote('av', '2024-10-10', '10.00'), supplierRefund('s', '2024-10-20', '10.00', [['av', '10.00']], { method: 'credit-note' })], ['invalid_method', 'method', 'A supplier refund is money received: method "credit-note" moves none. Use transfer, cheque, cash, card or direct-debit.']],
    ['a supplier refund by payment vouchers', [supplierNote('av', '2024-10-10', '10.00'), supplierRefund('s', '2024-10-20', '10.00', [['av', '10.00']], { method: 'voucher' })], ['invalid_method', 'method', 'A supplier refund is money received: method "voucher" receives payment vouchers. Use transfer, cheque, cash, card or direct-debit.']],
    ['a supplier refund by an unknown method', [supplierNote('av', '2024-10-10', '10.00'), supplierRefund('s', '2024-10-20', '10.00', [['av', '10.00']], { method: 'bitcoin' })], ['invalid_method', 'method', `Unknown payment method "bitcoin": use one of ${METHODS}, or map it in the rules (paymentMethods).`]],
  ])('refuses %s', (_, documents, issue, invalid) => {
    expect(lastIssues(documents, undefined, invalid)).toEqual([issue]);
  });
});

describe('settlement refusals: more than the document or what is left', () => {
  it.each<[string, unknown[], Issue, number[]?]>([
    ['payment allocations above the payment', [inv, payment('p', '2024-10-20', '10.00', [['inv-1', '20.00']])], ['over_allocation', 'allocations', 'The allocations add up to more than the payment (2000 > 1000 minor units): allocate at most the amount received.']],
    ['refund allocations above the refund', [inv, note, refund('r', '10.00', [['av-1', '20.00']])], ['over_allocation', 'allocations', 'The allocations add up to more than the refund (2000 > 1000 minor units): allocate at most the amount paid back.']],
    ['supplier-payment allocations above the payment', [purchase('ac', '2024-10-10'), supplierPayment('s', '2024-10-20', '10.00', [['ac', '20.00']])], ['over_allocation', 'allocations', 'The allocations add up to more than the supplier-payment (2000 > 1000 minor units): allocate at most the amount paid.']],
    ['supplier-refund allocations above the refund', [supplierNote('av', '2024-10-10', '100.00'), supplierRefund('s', '2024-10-20', '10.00', [['av', '20.00']])], ['over_allocation', 'allocations', 'The allocations add up to more than the supplier-refund (2000 > 1000 minor units): allocate at most the amount received.']],
    ['a payment above what the invoice has left', [inv, payment('p', '2024-10-20', '700.00', [['inv-1', '700.00']])], ['over_allocation', 'allocations.0.amount', 'Invoice inv-1 has 60000 minor units left to settle, less than the 70000 applied here: apply at most what is left.']],
    ['a refund above what the credit note has left', [inv, note, refund('r', '110.00', [['av-1', '110.00']])], ['over_allocation', 'allocations.0.amount', 'Credit note av-1 has 10000 minor units left to settle, less than the 11000 applied here: apply at most what is left.']],
    ['a supplier payment above what the purchase has left', [purchase('ac', '2024-10-10'), supplierPayment('s', '2024-10-20', '130.00', [['ac', '130.00']])], ['over_allocation', 'allocations.0.amount', 'Purchase ac has 12000 minor units left to settle, less than the 13000 applied here: apply at most what is left.']],
    ['a payment above the re-billed fee (5.00)', [inv, debited, rejection({ fees: '5.00', rebilled: true }), feePayment('6.00')], ['over_allocation', 'allocations.0.amount', 'The fee re-billed by rejection rj-1 has 500 minor units left to settle, less than the 600 applied here: apply at most what is left.']],
    ['a payment above what a ticket left on account (40.00)', [closing([{ method: 'card', amount: '20.00' }]), ticketPayment('50.00')], ['over_allocation', 'allocations.0.amount', 'Ticket t1 has 4000 minor units left to settle, less than the 5000 applied here: apply at most what is left.']],
    ['a refund taking back more than the invoice was paid', [inv, payment('p-2', '2024-10-20', '100.00', [['inv-1', '100.00']]), refund('r', '150.00', [['inv-1', '150.00']])], ['over_allocation', 'allocations.0.amount', 'Only 10000 minor units of inv-1 were settled, less than the 15000 taken back here.']],
    ['a second deposit above the proforma\'s total', [proforma, payment('p1', '2024-10-02', '200.00', [['pf-1', '200.00']]), payment('p2', '2024-10-03', '200.00', [['pf-1', '200.00']])], ['over_allocation', 'allocations.0.amount', 'Proforma pf-1 totals 30000 minor units and already received 20000: a deposit of 20000 passes its total.']],
    ['a write-off above what the invoice has left', [inv, writeOff('inv-1', '610.00')], ['over_allocation', 'amount', 'Invoice inv-1 has 60000 minor units left to settle, less than the 61000 applied here: apply at most what is left.']],
  ])('refuses %s', (_, documents, issue, invalid) => {
    expect(lastIssues(documents, undefined, invalid)).toEqual([issue]);
  });
});

describe('settlement refusals: credit notes, advances, direct debits, write-offs, remittances', () => {
  const remitted = (extra: Record<string, unknown>) => [inv, byCheque, remittance(extra)];
  it.each<[string, unknown[], Issue, number[]?]>([
    ['a credit note correcting a credit note', [inv, note, invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', corrects: 'av-1' })], ['invalid_input', 'corrects', 'av-1 is a credit-note: a credit note corrects an invoice.']],
    ['a credit note correcting a proforma', [proforma, invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', corrects: 'pf-1' })], ['invalid_input', 'corrects', 'pf-1 is a proforma: a credit note corrects an invoice.']],
    ['a credit note in another currency than its invoice', [usd, invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', corrects: 'inv-usd' })], ['invalid_input', 'corrects', 'Invoice inv-usd is in USD and this credit note in EUR.']],
    ['a supplier credit note correcting a supplier credit note', [supplierNote('av', '2024-10-10', '10.00'), supplierNote('av-2', '2024-10-11', '5.00', { corrects: 'av' })], ['invalid_input', 'corrects', 'av is a supplier credit note: a credit note corrects a supplier invoice.']],
    ['a supplier credit note correcting another supplier\'s purchase', [purchase('ac', '2024-10-10', '10.00', { supplier: orange }), supplierNote('av-2', '2024-10-11', '5.00', { corrects: 'ac' })], ['party_mismatch', 'corrects', 'Purchase ac is from supplier F0002, not F0001: a credit note corrects a purchase of the same supplier.']],
    ['a supplier credit note in another currency than its purchase', [purchase('ac', '2024-10-10', '10.00', { currency: 'USD', exchangeRate: '0.9' }), supplierNote('av-2', '2024-10-11', '5.00', { corrects: 'ac' })], ['invalid_input', 'corrects', 'Purchase ac is in USD and this credit note in EUR: a credit note corrects a purchase in its own currency.']],
    ['a supplier credit note on invoice correcting a purchase on receipt', [purchase('ac', '2024-10-10', '10.00'), supplierNote('av-2', '2024-10-11', '5.00', { corrects: 'ac', vatExigibility: 'on-invoice' })], ['invalid_input', 'vatExigibility', 'Purchase ac has its VAT deductible on receipt: a credit note follows the regime of the purchase it corrects, so set vatExigibility to "on-receipt" (or leave it out).']],
    ['a supplier credit note on receipt correcting a purchase on invoice', [purchase('ac', '2024-10-10', '10.00', { vatExigibility: 'on-invoice' }), supplierNote('av-2', '2024-10-11', '5.00', { corrects: 'ac' })], ['invalid_input', 'vatExigibility', 'Purchase ac has its VAT deductible on invoice: a credit note follows the regime of the purchase it corrects, so set vatExigibility to "on-invoice".']],
    ['an advance of a supplier payment that is not there', [purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's-404', amount: '5.00' }] })], ['unknown_document', 'advances.0.payment', `Supplier payment s-404 ${pass('')}`]],
    ['an advance of an id that is no supplier payment', [inv, purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 'inv-1', amount: '5.00' }] })], ['unknown_document', 'advances.0.payment', `Supplier payment inv-1 ${pass(' as a supplier payment')}`]],
    ['an advance of a supplier payment that is itself invalid', [supplierPayment('s', '2024-10-01', '10.00', [], { method: 'bitcoin' }), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '5.00' }] })], ['invalid_reference', 'advances.0.payment', 'Supplier payment s is itself invalid (see its issues): fix it first.'], [0]],
    ['an advance paid to another supplier', [supplierPayment('s', '2024-10-01', '10.00', [], { supplier: orange }), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '5.00' }] })], ['party_mismatch', 'advances.0.payment', 'Supplier payment s was made to supplier F0002, not F0001: a purchase deducts advances paid to its own supplier.']],
    ['an advance in another currency', [supplierPayment('s', '2024-10-01', '10.00', [], { currency: 'USD', exchangeRate: '0.9' }), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '5.00' }] })], ['invalid_input', 'advances.0.payment', 'Supplier payment s is in USD and this purchase in EUR: an advance is deducted in its own currency.']],
    ['an advance paid after the purchase', [supplierPayment('s', '2024-10-11', '10.00'), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '5.00' }] })], ['invalid_input', 'advances.0.payment', 'Supplier payment s is dated 2024-10-11, after this purchase (2024-10-10): it is no advance on it. Allocate the payment to the purchase instead.']],
    ['an advance deducted beyond what the payment left unallocated', [supplierPayment('s', '2024-10-01', '10.00'), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '4.00' }] }), purchase('ac-2', '2024-10-11', '10.00', { advances: [{ payment: 's', amount: '7.00' }] })], ['over_allocation', 'advances.0.amount', 'Supplier payment s left 1000 minor units unallocated (the advance), 400 of which are already deducted: deduct at most 600.']],
    ['an advance above what the purchase has left', [supplierPayment('s', '2024-10-01', '100.00'), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '11.00' }] })], ['over_allocation', 'advances.0.amount', 'Purchase ac has 1000 minor units left to settle, less than the 1100 applied here: apply at most what is left.']],
    ['a direct debit of a credit note', [inv, note, batch([ddItem('i1', ['av-1'], '100.00')])], ['invalid_input', 'items.0.invoices.0', 'av-1 is a credit-note: a direct debit pays invoices.']],
    ['a direct debit of a proforma', [proforma, batch([ddItem('i1', ['pf-1'], '100.00')])], ['invalid_input', 'items.0.invoices.0', 'pf-1 is a proforma: a direct debit pays invoices.']],
    ['a direct debit of an invoice not in euros', [usd, batch([ddItem('i1', ['inv-usd'], '100.00')])], ['invalid_input', 'items.0.invoices.0', 'Invoice inv-usd is in USD: SEPA direct debits are in EUR.']],
    ['a direct debit of an invoice that is not there', [batch([ddItem('i1', ['inv-404'], '100.00')])], ['unknown_document', 'items.0.invoices.0', `Invoice inv-404 ${pass('')}`]],
    ['a rejection of a batch that is not there', [rejection()], ['unknown_document', 'batch', 'Direct-debit batch dd-1 is neither in this call nor in options.context: pass it too, or fix the id.']],
    ['a rejection of an id that is no batch', [inv, rejection({ batch: 'inv-1' })], ['unknown_document', 'batch', 'Direct-debit batch inv-1 is neither in this call nor in options.context: pass it too, or fix the id.']],
    ['a rejection the day before the collection date', [inv, debited, rejection({ date: '2024-11-04' })], ['invalid_date', 'date', 'The rejection is dated 2024-11-04, before the collection date 2024-11-05 of batch dd-1.']],
    ['a rejection of a batch that is itself invalid', [inv, batch([ddItem('i1', ['inv-404'], '600.00')]), rejection()], ['invalid_reference', 'batch', 'Direct-debit batch dd-1 is itself invalid (see its issues): fix it first.'], [1]],
    ['a rejection of an item the batch does not have', [inv, debited, rejection({ item: 'i9' })], ['unknown_item', 'item', 'Batch dd-1 has no item "i9": give the id of one of its items.']],
    ['a second rejection of the same item', [inv, debited, rejection(), rejection({ id: 'rj-2' })], ['invalid_input', 'item', 'Item i1 of batch dd-1 is already rejected.']],
    ['rejection fees with more decimals than the currency', [inv, debited, rejection({ fees: '5.001' })], ['too_many_decimals', 'fees', 'Amount 5.001 has more decimals than the currency allows (2).']],
    ['a write-off of a credit note', [inv, note, writeOff('av-1', '10.00')], ['invalid_input', 'invoice', 'av-1 is a credit-note: only what an invoice owes is written off.']],
    ['a write-off of a proforma', [proforma, writeOff('pf-1', '10.00')], ['invalid_input', 'invoice', 'pf-1 is a proforma: only what an invoice owes is written off.']],
    ['a write-off with more decimals than the currency', [inv, writeOff('inv-1', '1.001')], ['too_many_decimals', 'amount', 'Amount 1.001 has more decimals than the currency allows (2).']],
    ['a remittance by an unknown method', remitted({ method: 'bitcoin' }), ['invalid_method', 'method', `Unknown payment method "bitcoin": use one of ${METHODS}.`]],
    ['a remittance by a method that moves no money', remitted({ method: 'credit-note' }), ['invalid_method', 'method', 'Method "credit-note" moves no money: there is nothing to remit.']],
    ['a voucher settlement by a method that moves no money', [inv, byCheque, { type: 'voucher-settlement', id: 'vs-1', date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '150.00', method: 'credit-note' }], ['invalid_method', 'method', 'Method "credit-note" moves no money: there is nothing to remit.']],
    ['a remittance to a bank account the chart does not cover', remitted({ bankAccount: '999999' }), ['unknown_account', 'bankAccount', 'Account 999999 is not covered by the chart of accounts.']],
    ['remittance fees above the amount', remitted({ fees: '700.00' }), ['invalid_input', 'fees', 'The fees (700.00) exceed the amount (600.00).']],
    ['remittance fees with more decimals than the currency', remitted({ fees: '7.001' }), ['too_many_decimals', 'fees', 'Amount 7.001 has more decimals than the currency allows (2).']],
    ['a remittance of a payment that is not there', remitted({ payments: ['p-404'] }), ['unknown_document', 'payments.0', 'Payment p-404 is neither in this call nor in options.context: pass it too, or fix the id.']],
    ['a remittance of an id that is no payment', remitted({ payments: ['inv-1'] }), ['unknown_document', 'payments.0', 'Payment inv-1 is neither in this call nor in options.context: pass it too, or fix the id.']],
    ['a remittance of a payment that is itself invalid', [inv, payment('p-1', '2024-10-18', '600.00', [['inv-404', '600.00']], { method: 'cheque' }), remittance({ payments: ['p-1'] })], ['invalid_reference', 'payments.0', 'Payment p-1 is itself invalid (see its issues): fix it first.'], [1]],
    ['a remittance of cheques listing a card payment', [inv, payment('p-1', '2024-10-18', '600.00', [['inv-1', '600.00']], { method: 'card' }), remittance({ payments: ['p-1'] })], ['invalid_input', 'payments.0', 'Payment p-1 was made by card (account 5115), not by cheque (account 5112).']],
    ['a payment remitted twice', [...remitted({ payments: ['p-1'] }), remittance({ id: 'rem-2', payments: ['p-1'] })], ['invalid_input', 'payments.0', 'Payment p-1 is already remitted by rem-1.']],
    ['a remittance whose amount is not the sum of its payments', remitted({ amount: '500.00', payments: ['p-1'] }), ['invalid_input', 'amount', 'The payments listed add up to 60000 minor units, not 50000: the amount is the sum of the payments remitted.']],
  ])('refuses %s', (_, documents, issue, invalid) => {
    expect(lastIssues(documents, undefined, invalid)).toEqual([issue]);
  });

  it('refuses a remittance to a bank account longer than the rules\' account width (account_too_long)', () => {
    expect(lastIssues(remitted({ bankAccount: '5120001' }), defaultRules({ accountWidth: 6 }))).toEqual([
      ['account_too_long', 'bankAccount', 'Account 5120001 has 7 characters but accounts are 6 wide (accountWidth): use a number of 6 characters (its first 6 if they name the same account), or widen the accounts.'],
    ]);
  });
});

describe('settlement refusals: more cases', () => {
  it.each<[string, unknown[], Issue, number[]?]>([
    ['a write-off of an invoice that is not there', [writeOff('inv-404', '10.00')], ['unknown_document', 'invoice', `Invoice inv-404 ${pass('')}`]],
    ['a credit note correcting an invoice that is not there', [invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', corrects: 'inv-404' })], ['unknown_document', 'corrects', `Invoice inv-404 ${pass('')}`]],
    ['an advance with more decimals than the currency', [supplierPayment('s', '2024-10-01', '10.00'), purchase('ac', '2024-10-10', '10.00', { advances: [{ payment: 's', amount: '5.001' }] })], ['too_many_decimals', 'advances.0.amount', 'Amount 5.001 has more decimals than the currency allows (2).']],
    ['a direct-debit item with more decimals than the currency', [inv, batch([ddItem('i1', ['inv-1'], '1.001')])], ['too_many_decimals', 'items.0.amount', 'Amount 1.001 has more decimals than the currency allows (2).']],
    ['a remittance with more decimals than the currency', remittedWith({ amount: '600.001' }), ['too_many_decimals', 'amount', 'Amount 600.001 has more decimals than the currency allows (2).']],
    ['a supplier account the chart does not cover', [purchase('ac', '2024-10-10'), supplierPayment('s', '2024-10-20', '10.00', [], { supplier: { ...edf, account: '999' } })], ['unknown_account', 'supplier.account', 'Account 999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.']],
    ['a payment by an unknown method, its over-allocation left for later (one fix at a time)', [inv, payment('p', '2024-10-20', '10.00', [['inv-1', '20.00']], { method: 'bitcoin' })], ['invalid_method', 'method', `Unknown payment method "bitcoin": use one of ${METHODS}, or map it in the rules (paymentMethods).`]],
    ['a payment above what an earlier payment left (100.00 paid of 600.00)', [inv, payment('p1', '2024-10-20', '100.00', [['inv-1', '100.00']]), payment('p2', '2024-10-21', '600.00', [['inv-1', '600.00']])], ['over_allocation', 'allocations.0.amount', 'Invoice inv-1 has 50000 minor units left to settle, less than the 60000 applied here: apply at most what is left.']],
    ['a credit note used as payment beyond its amount', [inv, note, payment('p', '2024-10-20', '150.00', [['inv-1', '150.00']], { method: 'credit-note', creditNote: 'av-1' })], ['over_allocation', 'amount', 'Credit note av-1 has 10000 minor units left to settle, less than the 15000 applied here: apply at most what is left.']],
    ['a payment dated after the collection of a batch that settled the invoice (the batch settles on its collection date)', [inv, debited, payment('a-pay', '2024-11-06', '600.00', [['inv-1', '600.00']])], ['over_allocation', 'allocations.0.amount', 'Invoice inv-1 has 0 minor units left to settle, less than the 60000 applied here: apply at most what is left.']],
    ['a voucher settlement (method voucher by default) whose amount is not the sum of its payments', [inv, payment('p-1', '2024-10-18', '600.00', [['inv-1', '600.00']], { method: 'voucher' }), { type: 'voucher-settlement', id: 'vs-1', date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '500.00', payments: ['p-1'] }], ['invalid_input', 'amount', 'The payments listed add up to 60000 minor units, not 50000: the amount is the sum of the payments remitted.']],
  ])('refuses %s', (_, documents, issue, invalid) => {
    expect(lastIssues(documents, undefined, invalid)).toEqual([issue]);
  });

  it('takes deposits in date order whatever the input order: the later one is over the proforma', () => {
    const r = safePost([proforma, payment('p2', '2024-10-03', '200.00', [['pf-1', '200.00']]), payment('p1', '2024-10-02', '200.00', [['pf-1', '200.00']])] as Iterable<PostableDocument>);
    expect(r.failures.map((f) => [f.index, f.issues.map((i) => i.message)])).toEqual([[1, ['Proforma pf-1 totals 30000 minor units and already received 20000: a deposit of 20000 passes its total.']]]);
  });

  it('accepts remittance fees equal to the amount, and ignores a draft credit note (it settles nothing)', () => {
    expect(safePost(remittedWith({ fees: '600.00', payments: ['p-1'] }) as Iterable<PostableDocument>).failures).toEqual([]);
    const draft = { ...invoice('av-2', '2024-10-17', [line('10.00')], { kind: 'credit-note', corrects: 'inv-1' }), status: 'draft' };
    expect(safePost([inv, draft, payment('p', '2024-10-20', '600.00', [['inv-1', '600.00']])] as Iterable<PostableDocument>).failures).toEqual([]);
  });
});
