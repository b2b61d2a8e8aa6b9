// @ts-nocheck
// Till closings (src/posting/_lib/till.ts) and VAT payments (src/posting/_lib/vatPayment.ts): every refusal with its
// code, path and message, and hand-computed vectors — the cash counted against the cash expected (658 / 758, a
// difference without any cash taken), tickets paid from a customer's account summed per customer, a ticket left in
// part on account with the VAT of its services pending on a receipt basis (moved when it is paid), labels and sources.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, martin, rows } from './_helpers.js';

const lesson = { label: 'Cours', account: '706100', quantity: '1', unitPrice: '12.00', vatRate: '20' };
const water = { label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' };
const closing = (tickets: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'till-closing', id: 'z-1', number: 'Z-1', till: 'ACCUEIL', day: '2024-10-15', tickets, ...extra });
const ticket = (id: string, lines: unknown[], payments: Array<[string, string]>, extra: Record<string, unknown> = {}) => ({ id, lines, payments: payments.map(([method, amount]) => ({ method, amount })), ...extra });

/** [code, path without the index, message] of every issue of every failed document. */
function issues(list: unknown[], rules: PostingRules = vatOnInvoice): Array<[string, string, string]> {
  return safePost(list as Iterable<PostableDocument>, rules).failures.flatMap((f) => f.issues.map((i): [string, string, string] => [i.code, i.path.slice(1).join('.'), i.message]));
}

/** The rows of the transactions of a call. */
function posted(list: unknown[], rules: PostingRules = vatOnInvoice): string[][] {
  return post(list as Iterable<PostableDocument>, rules).transactions.map(rows);
}

describe('till closing: refusals', () => {
  it('refuses an unknown method, naming the methods of the rules, and counts nothing for it', () => {
    expect(issues([closing([ticket('t1', [lesson], [['bitcoin', '12.00']])])])).toEqual([
      ['invalid_method', 'tickets.0.payments.0.method', 'Unknown payment method "bitcoin": use one of card, cash, cheque, transfer, direct-debit, voucher, credit-note, or map it in the rules.'],
      ['invalid_input', 'tickets.0.payments', 'Ticket t1 totals 1200 minor units but its payments add up to 0: record every payment, or give the customer whose account takes the rest.'],
    ]);
  });

  it('refuses payments above the ticket (change not deducted) and below it without a customer', () => {
    expect(issues([closing([ticket('t1', [lesson], [['cash', '20.00']])])])).toEqual([['over_allocation', 'tickets.0.payments', 'Ticket t1 totals 1200 minor units but its payments add up to 2000: record the change given back (cash payments net of change).']]);
    expect(issues([closing([ticket('t1', [lesson], [['cash', '2.00'], ['card', '3.00']])])])).toEqual([['invalid_input', 'tickets.0.payments', 'Ticket t1 totals 1200 minor units but its payments add up to 500: record every payment, or give the customer whose account takes the rest.']]);
    // Exactly the total: posts.
    expect(issues([closing([ticket('t1', [lesson], [['cash', '2.00'], ['card', '10.00']])])])).toEqual([]);
  });

  it('refuses amounts finer than the currency and a customer-account method without customer, each at its path', () => {
    expect(issues([closing([ticket('t1', [lesson], [['cash', '2.001'], ['credit-note', '1.00']])], { expectedCash: '1.001', countedCash: '1.001' })])).toEqual([
      ['too_many_decimals', 'tickets.0.payments.0.amount', 'Amount 2.001 has more decimals than the currency allows.'],
      ['invalid_input', 'tickets.0.payments.1.method', 'Method "credit-note" is paid from the customer\'s account: give the ticket\'s customer.'],
      ['invalid_input', 'tickets.0.payments', 'Ticket t1 totals 1200 minor units but its payments add up to 0: record every payment, or give the customer whose account takes the rest.'],
      ['too_many_decimals', 'expectedCash', 'Amount 1.001 has more decimals than the currency allows.'],
      ['too_many_decimals', 'countedCash', 'Amount 1.001 has more decimals than the currency allows.'],
    ]);
  });

  it('refuses a customer account outside the chart for the rest of a ticket', () => {
    expect(issues([closing([ticket('t1', [lesson], [['cash', '2.00']], { customer: { ...dupont, account: '999' } })])])).toEqual([['unknown_account', 'tickets.0.customer.account', 'Account 999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.']]);
  });

  it('reports the issues of every ticket, and posts nothing of the closing', () => {
    const r = safePost([closing([ticket('t1', [lesson], [['cash', '12.00']]), ticket('t2', [lesson], [['cash', '13.00']]), ticket('t3', [{ ...lesson, vatRate: '7' }], [['cash', '12.00']])])] as Iterable<PostableDocument>, vatOnInvoice);
    expect(r.transactions).toEqual([]);
    expect(r.failures[0]!.issues.map((i) => `${i.code}@${i.path.slice(1).join('.')}`)).toEqual(['over_allocation@tickets.1.payments', 'unknown_vat_rate@tickets.2.lines.0.vatRate']);
  });
});

describe('till closing: vectors', () => {
  it('posts the cash counted: short of the expected cash to 658, over it to 758, none when they agree', () => {
    const one = (extra: Record<string, unknown>) => posted([closing([ticket('t1', [lesson], [['cash', '12.00']])], extra)])[0];
    expect(one({ expectedCash: '12.50', countedCash: '12.20' })).toEqual(['530 D 11.70', '658 D 0.30', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    expect(one({ expectedCash: '12.00', countedCash: '12.40' })).toEqual(['530 D 12.40', '758 C 0.40', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    // The expected cash alone: counted as expected, no difference; neither: the cash taken.
    expect(one({ expectedCash: '12.50' })).toEqual(['530 D 12.00', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    expect(one({ countedCash: '12.00' })).toEqual(['530 D 12.00', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    expect(one({ countedCash: '11.99' })).toEqual(['530 D 11.99', '658 D 0.01', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
  });

  it('posts a cash difference on the cash account even when no ticket was paid in cash', () => {
    const card = (extra: Record<string, unknown>) => posted([closing([ticket('t1', [lesson], [['card', '12.00']])], extra)])[0];
    expect(card({ countedCash: '0.50' })).toEqual(['5115 D 12.00', '530 D 0.50', '758 C 0.50', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    expect(card({ expectedCash: '0.50', countedCash: '0.00' })).toEqual(['5115 D 12.00', '530 C 0.50', '658 D 0.50', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    expect(card({})).toEqual(['5115 D 12.00', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
  });

  it('sums the tickets paid from one customer\'s account, and revenue and VAT per account and rate', () => {
    const tickets = [
      ticket('t1', [lesson], [['credit-note', '12.00']], { customer: dupont }),
      ticket('t2', [lesson, water], [['credit-note', '5.00'], ['cash', '3.00']], { customer: dupont }),
      ticket('t3', [water], [['credit-note', '3.00']], { customer: martin }),
    ];
    const tx = post([closing(tickets)] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!;
    expect(rows(tx)).toEqual(['411 D 17.00 C0001', '530 D 3.00', '411 D 3.00 C0002', '411 D 7.00 C0001 @t2', '706100 C 20.00', '707100 C 5.68', '445711 C 4.00 vat20/20.00', '445713 C 0.32 vat5.5/5.68']);
    expect([tx.label, tx.journal, tx.type, tx.date, tx.piece.ref, tx.source]).toEqual(['Clôture de caisse ACCUEIL du 15/10/2024 (3 tickets)', 'CA', 'cash-closing', '2024-10-15', 'Z-1', { documentId: 'z-1', documentNumber: 'Z-1' }]);
    // The customer's own account, padded to the rules' width.
    const own = [ticket('t1', [lesson], [['credit-note', '12.00']], { customer: { ...dupont, account: '4111' } })];
    expect(posted([closing(own)], defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6 }))[0]![0]).toBe('411100 D 12.00 C0001');
  });

  it('keeps the id as piece reference when the closing has no number, and prices excl. tax when told', () => {
    const tx = post([{ ...closing([ticket('t1', [lesson], [['cash', '14.40']])], { pricesIncludeTax: false }), number: undefined }] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!;
    expect([tx.piece.ref, tx.source]).toEqual(['z-1', { documentId: 'z-1' }]);
    expect(rows(tx)).toEqual(['530 D 14.40', '706100 C 12.00', '445711 C 2.40 vat20/12.00']);
  });

  it('on a receipt basis, leaves the services VAT of the rest on account pending until the ticket is paid, goods VAT collected', () => {
    // 12.00 of services (VAT 2.00) and 3.00 of goods (VAT 0.16); 7.50 paid, 7.50 on account: half the services VAT waits.
    const z = closing([ticket('t1', [lesson, water], [['cash', '7.50']], { customer: dupont })]);
    const pay = { type: 'payment', id: 'p', date: '2024-10-20', method: 'transfer', amount: '7.50', customer: dupont, allocations: [{ closing: 'z-1', ticket: 't1', amount: '7.50' }] };
    const txs = post([z, pay] as Iterable<PostableDocument>, defaultRules()).transactions;
    expect(txs.map(rows)).toEqual([
      ['530 D 7.50', '411 D 7.50 C0001 @t1', '706100 C 10.00', '707100 C 2.84', '445711 C 1.00 vat20/5.00', '445713 C 0.16 vat5.5/2.84', '44574 C 1.00 vat20/5.00'],
      ['512 D 7.50', '411 C 7.50 C0001 @t1'],
      ['44574 D 1.00 vat20/5.00', '445711 C 1.00 vat20/5.00'],
    ]);
    expect(txs.map((t) => t.label)).toEqual(['Clôture de caisse ACCUEIL du 15/10/2024 (1 ticket)', 'Règlement virement t1 DUPONT Jean', 'TVA exigible sur encaissement p DUPONT Jean']);
    // Paid in full at the till: nothing pending. Under the débits option: nothing pending either.
    expect(posted([closing([ticket('t1', [lesson, water], [['cash', '15.00']], { customer: dupont })])], defaultRules())[0]).toEqual(['530 D 15.00', '706100 C 10.00', '707100 C 2.84', '445711 C 2.00 vat20/10.00', '445713 C 0.16 vat5.5/2.84']);
    expect(posted([z], vatOnInvoice)[0]).toEqual(['530 D 7.50', '411 D 7.50 C0001 @t1', '706100 C 10.00', '707100 C 2.84', '445711 C 2.00 vat20/10.00', '445713 C 0.16 vat5.5/2.84']);
  });

  it('splits the pending VAT of a part left on account by its share of the ticket, rounding each part', () => {
    // 10.00 of services at 20 % (8.33 + 1.67), 3.33 left on account: 1.67 × 333 / 1000 = 0.556 → 0.56 pending, base 8.33 × 333 / 1000 = 2.77.
    const z = closing([ticket('t1', [{ ...lesson, unitPrice: '10.00' }], [['cash', '6.67']], { customer: dupont })]);
    expect(posted([z], defaultRules())[0]).toEqual(['530 D 6.67', '411 D 3.33 C0001 @t1', '706100 C 8.33', '445711 C 1.11 vat20/5.56', '44574 C 0.56 vat20/2.77']);
  });

  it('posts an exempt ticket left on account with no pending VAT', () => {
    const exempt = { ...lesson, vatRate: '0', exemption: 'exempt' };
    expect(posted([closing([ticket('t1', [exempt], [['cash', '2.00']], { customer: dupont })])], defaultRules())[0]).toEqual(['530 D 2.00', '411 D 10.00 C0001 @t1', '706100 C 12.00 vat0/12.00']);
  });
});

describe('vat payment: refusals and vectors', () => {
  const vp = (extra: Record<string, unknown> = {}) => ({ type: 'vat-payment', id: 'v', date: '2025-02-19', method: 'transfer', amount: '1.00', ...extra });

  it('refuses a method that moves no money or receives vouchers, and an unknown one, with what to use', () => {
    expect(issues([vp({ method: 'credit-note' })])).toEqual([['invalid_method', 'method', 'VAT is paid with money leaving the business: method "credit-note" moves none. Use transfer or direct-debit.']]);
    expect(issues([vp({ method: 'voucher' })])).toEqual([['invalid_method', 'method', 'VAT is paid with money leaving the business: method "voucher" receives payment vouchers. Use transfer or direct-debit.']]);
    expect(issues([vp({ method: 'bitcoin' })])).toEqual([['invalid_method', 'method', 'Unknown payment method "bitcoin": use transfer or direct-debit, or map it in the rules (paymentMethods).']]);
    expect(issues([vp({ amount: '1.005' })])).toEqual([['too_many_decimals', 'amount', 'Amount 1.005 has more decimals than the currency allows (2).']]);
    expect(issues([vp({ method: 'voucher', amount: '1.005' })]).map((i) => i[0])).toEqual(['invalid_method', 'too_many_decimals']);
  });

  it('labels the period (whole months, or days) and the regime, and keeps the source fields', () => {
    const months = post([vp({ period: { from: '2025-01-01', to: '2025-03-31' }, account: '4455', memo: 'm', number: 'TVA-1' })] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!;
    expect([months.label, months.piece.ref, months.source, rows(months)]).toEqual(['Paiement de TVA 01/2025-03/2025', 'TVA-1', { documentId: 'v', documentNumber: 'TVA-1', paymentMethod: 'transfer', memo: 'm' }, ['4455 D 1.00', '512 C 1.00']]);
    const days = post([vp({ period: { from: '2025-01-05', to: '2025-01-20' }, regime: 'CA12' })] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!;
    expect([days.label, days.piece.ref, rows(days)]).toEqual(['Paiement de TVA CA12 05/01/2025-20/01/2025', 'v', ['44551 D 1.00', '512 C 1.00']]);
    expect(post([vp()] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!.label).toBe('Paiement de TVA');
    // Whole months only when the period starts on a 1st and ends on a month's last day; one month alone.
    const label = (from: string, to: string) => post([vp({ period: { from, to } })] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!.label;
    expect([label('2025-01-01', '2025-01-31'), label('2025-01-01', '2025-01-30'), label('2025-01-02', '2025-01-31'), label('2024-02-01', '2024-02-29')]).toEqual(['Paiement de TVA 01/2025', 'Paiement de TVA 01/01/2025-30/01/2025', 'Paiement de TVA 02/01/2025-31/01/2025', 'Paiement de TVA 02/2024']);
  });

  it('pays from the account and journal of a mapped method, a clearing one from the bank', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { livret: { account: '5121', journal: 'cash' }, traite: { account: '5113', clearing: true } } });
    const own = post([vp({ method: 'livret' })] as Iterable<PostableDocument>, rules).transactions[0]!;
    expect([own.journal, rows(own)]).toEqual(['CA', ['44551 D 1.00', '5121 C 1.00']]);
    const clearing = post([vp({ method: 'traite', kind: 'instalment', regime: 'CA12' })] as Iterable<PostableDocument>, rules).transactions[0]!;
    expect([clearing.journal, clearing.label, rows(clearing)]).toEqual(['BQ', 'Acompte de TVA CA12', ['44581 D 1.00', '512 C 1.00']]);
  });
});
