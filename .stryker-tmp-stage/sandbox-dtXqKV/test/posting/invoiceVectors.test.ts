// @ts-nocheck
// Invoice entries (src/posting/_lib/invoices.ts) worked by hand: goods and services at one rate on a receipt basis
// (goods VAT collected, services VAT pending), a deposit of both deducted per bucket, a proforma paid on the final
// invoice's own date, a USD deposit deducted and the final paid at the same rate (no exchange difference), a credit note
// on its own, a rate whose lines net below zero, exempt lines (in EUR and USD), the book currency named explicitly,
// the customer's own account, and the refusals of a too-long account and of a deposit failing for a lock.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, invoice, line, payment, rows } from './_helpers.js';

const goods = (price: string) => line(price, '20', { account: '707100', label: 'Marchandise' });

/** [label, rows] of each transaction, and [code, path, message] of each issue. */
function run(list: unknown[], rules: PostingRules = defaultRules()): { txs: Array<[string, string[]]>; issues: string[][] } {
  const r = safePost(list as Iterable<PostableDocument>, rules);
  return { txs: r.transactions.map((t) => [t.label, rows(t)]), issues: r.failures.flatMap((f) => f.issues.map((i) => [i.code, i.path.join('.'), i.message])) };
}

describe('invoice entries', () => {
  it('on a receipt basis, collects the goods VAT of a rate and leaves its services VAT pending (180.00: 50.00 of goods, 100.00 of services)', () => {
    expect(run([invoice('a', '2024-03-01', [line('120.00'), goods('60.00')])]).txs).toEqual([['Facture FA-a DUPONT Jean', ['411 D 180.00 C0001 @a', '706100 C 100.00', '707100 C 50.00', '445711 C 10.00 vat20/50.00', '44574 C 20.00 vat20/100.00']]]);
  });

  it('deducts a deposit of goods and services from each bucket of the final invoice, VAT and base', () => {
    const docs = [invoice('d', '2024-03-01', [line('60.00'), goods('30.00')], { kind: 'deposit' }), invoice('f', '2024-03-20', [line('120.00'), goods('60.00')], { deducts: ['d'] }), payment('p', '2024-03-25', '90.00', [['f', '90.00']])];
    expect(run(docs).txs).toEqual([
      ["Facture d'acompte FA-d DUPONT Jean", ['411 D 90.00 C0001 @d', '4191 C 75.00 C0001 @d', '445711 C 5.00 vat20/25.00', '44574 C 10.00 vat20/50.00']],
      ['Facture FA-f DUPONT Jean', ['411 D 90.00 C0001 @f', '4191 D 75.00 C0001 @d', '706100 C 100.00', '707100 C 50.00', '445711 C 5.00 vat20/25.00', '44574 C 10.00 vat20/50.00']],
      ['Règlement virement FA-f DUPONT Jean', ['512 D 90.00', '411 C 90.00 C0001 @f']],
      // Paying the final invoice makes due the services VAT it still holds: 10.00 on a base of 50.00.
      ['TVA exigible sur encaissement p DUPONT Jean', ['44574 D 10.00 vat20/50.00', '445711 C 10.00 vat20/50.00']],
    ]);
  });

  it('deducts a proforma payment received on the final invoice\'s own date', () => {
    const docs = [invoice('pf', '2024-03-01', [line('120.00')], { kind: 'proforma' }), payment('p', '2024-03-20', '60.00', [['pf', '60.00']]), invoice('f', '2024-03-20', [line('120.00')], { deducts: ['pf'] })];
    expect(run(docs).txs).toEqual([
      ['Acompte reçu virement FA-pf DUPONT Jean', ['512 D 60.00', '4191 C 50.00 C0001 @pf', '445711 C 10.00 vat20/50.00']],
      ['Facture FA-f DUPONT Jean', ['411 D 60.00 C0001 @f', '4191 D 50.00 C0001 @pf', '706100 C 100.00', '44574 C 10.00 vat20/50.00']],
    ]);
  });

  it('leaves no exchange difference when a USD final invoice deducting a USD deposit is paid at the same rate', () => {
    const usd = { currency: 'USD', exchangeRate: '0.9' };
    const docs = [invoice('d', '2024-03-01', [line('60.00')], { kind: 'deposit', ...usd }), invoice('f', '2024-03-20', [line('120.00')], { deducts: ['d'], ...usd }), payment('p', '2024-03-25', '60.00', [['f', '60.00']], usd)];
    expect(run(docs, vatOnInvoice).txs.map((t) => t[1])).toEqual([
      ['411 D 54.00 C0001 @d USD60.00', '4191 C 45.00 C0001 @d USD50.00', '445711 C 9.00 vat20/45.00 USD10.00'],
      ['411 D 54.00 C0001 @f USD60.00', '4191 D 45.00 C0001 @d USD50.00', '706100 C 90.00 USD100.00', '445711 C 9.00 vat20/45.00 USD10.00'],
      ['512 D 54.00 USD60.00', '411 C 54.00 C0001 @f USD60.00'],
    ]);
  });

  it('sums the book values of two USD payments on a proforma at their own rates when the final invoice deducts it', () => {
    // 9.00 + 8.00 of VAT collected at 0.9 and 0.8; the final invoice's 20.00 USD of VAT at 0.85 is 17.00: nothing left.
    const usd = (rate: string) => ({ currency: 'USD', exchangeRate: rate });
    const docs = [invoice('pf', '2024-03-01', [line('120.00')], { kind: 'proforma', ...usd('0.9') }), payment('p1', '2024-03-05', '60.00', [['pf', '60.00']], usd('0.9')), payment('p2', '2024-03-06', '60.00', [['pf', '60.00']], usd('0.8')), invoice('f', '2024-03-20', [line('120.00')], { deducts: ['pf'], ...usd('0.85') })];
    expect(run(docs, vatOnInvoice).txs.map((t) => t[1])).toEqual([
      ['512 D 54.00 USD60.00', '4191 C 45.00 C0001 @pf USD50.00', '445711 C 9.00 vat20/45.00 USD10.00'],
      ['512 D 48.00 USD60.00', '4191 C 40.00 C0001 @pf USD50.00', '445711 C 8.00 vat20/40.00 USD10.00'],
      ['4191 D 85.00 C0001 @pf USD100.00', '706100 C 85.00 USD100.00'],
    ]);
  });

  it('posts a credit note on its own the other way round, an exempt line with its zero-rate base', () => {
    expect(run([invoice('c', '2024-03-01', [line('12.00'), line('6.00', '0', { exemption: 'exempt' })], { kind: 'credit-note' })], vatOnInvoice).txs).toEqual([['Avoir FA-c DUPONT Jean', ['411 C 18.00 C0001 @c', '706100 D 10.00', '706100 D 6.00 vat0/6.00', '445711 D 2.00 vat20/10.00']]]);
  });

  it('debits the VAT of a rate whose lines net below zero (a 20 % rebate on a 10 % sale)', () => {
    expect(run([invoice('n', '2024-03-01', [line('110.00', '10'), line('-12.00', '20', { account: '709000' })])], vatOnInvoice).txs[0]![1]).toEqual(['411 D 98.00 C0001 @n', '706100 C 100.00', '709000 D 10.00', '445712 C 10.00 vat10/100.00', '445711 D 2.00 vat20/10.00']);
  });

  it('gives the zero-rate base of an exempt line of a USD invoice in the book currency', () => {
    expect(run([invoice('u', '2024-03-01', [line('100.00', '0', { exemption: 'exempt' })], { currency: 'USD', exchangeRate: '0.9' })], vatOnInvoice).txs[0]![1]).toEqual(['411 D 90.00 C0001 @u USD100.00', '706100 C 90.00 vat0/90.00 USD100.00']);
  });

  it('accepts the book currency named, with no rate or a rate of 1, and posts on the customer\'s own account', () => {
    const plain = run([invoice('a', '2024-03-01', [line('12.00')])]).txs[0]![1];
    expect(run([invoice('a', '2024-03-01', [line('12.00')], { currency: 'EUR' })]).txs[0]![1]).toEqual(plain);
    expect(run([invoice('a', '2024-03-01', [line('12.00')], { currency: 'EUR', exchangeRate: '1.000' })]).txs[0]![1]).toEqual(plain);
    expect(run([invoice('a', '2024-03-01', [line('12.00')], { customer: { ...dupont, account: '411100' } })]).txs[0]![1]).toEqual(['411100 D 12.00 C0001 @a', '706100 C 10.00', '44574 C 2.00 vat20/10.00']);
  });

  it('refuses a customer account longer than the account width', () => {
    expect(run([invoice('a', '2024-03-01', [line('12.00')], { customer: { ...dupont, account: '4111000' } })], defaultRules({ accountWidth: 6 })).issues).toEqual([['account_too_long', '0.customer.account', 'Account 4111000 has 7 characters but accounts are 6 wide (accountWidth): use a number of 6 characters (its first 6 if they name the same account), or widen the accounts.']]);
  });

  it('refuses a final invoice after the lock deducting a deposit that fails for the lock', () => {
    const docs = [invoice('d', '2024-03-01', [line('60.00')], { kind: 'deposit' }), invoice('f', '2024-03-20', [line('120.00')], { deducts: ['d'] })];
    expect(run(docs, defaultRules({ lockedUntil: '2024-03-10' })).issues).toEqual([
      ['period_locked', '0.date', 'The books are locked until 2024-03-10: this document would post on 2024-03-01. Date it after the lock, or post it in an open period.'],
      ['invalid_reference', '1.deducts.0', 'Deposit d is itself invalid (see its issues): fix it first.'],
    ]);
  });
});
