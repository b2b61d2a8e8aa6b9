// @ts-nocheck
// The transactions of the documents other than invoices (src/posting/_lib/generators.ts, purchases.ts): hand-computed
// vectors of their entries, labels, journals, piece references and sources — payments naming up to three invoices, an
// exchange difference to 666 / 766 with its label, a direct-debit batch and its rejection on a receipt basis (VAT moved
// by each), remittances without payments, a payment from the customer's account, supplier advances deducted and
// refunded, tourist-tax remittances and their refusals, a write-off of an earlier year on a receipt basis.
import type { PostableDocument, PostingRules, Transaction } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, invoice, line, martin, payment, rows } from './_helpers.js';

const edf = { id: 'F0001', name: 'EDF' };
const purchase = (id: string, date: string, ttc = '120.00', extra: Record<string, unknown> = {}) => ({ type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: ttc, vatRate: '20' }], ...extra });
const supplierMoney = (type: string, id: string, date: string, amount: string, allocations: Array<[string, string]> = []) => ({ type, id, date, method: 'transfer', amount, supplier: edf, ...(allocations.length > 0 ? { allocations: allocations.map(([p, a]) => ({ purchase: p, amount: a })) } : {}) });
const creditor = { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const item = (id: string, customer: { id: string; name: string; account?: string }, amount: string, invoices: string[]) => ({ id, endToEndId: `E2E-${id}`, customer, amount, mandate: { id: `RUM-${customer.id}`, signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: customer.name, iban: 'FR1420041010050500013M02606' }, invoices });
const batch = (items: unknown[]) => ({ type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor, items });

/** Each transaction as [label, type, journal, piece ref, rows]. */
function txs(list: unknown[], rules: PostingRules = vatOnInvoice): Array<[string, string | undefined, string, string, string[]]> {
  return post(list as Iterable<PostableDocument>, rules).transactions.map((t: Transaction) => [t.label, t.type, t.journal, t.piece.ref, rows(t)]);
}

describe('payments', () => {
  const four = ['a', 'b', 'c', 'd'].map((x) => invoice(x, '2024-10-01', [line('10.00')]));

  it('names up to three invoices paid in the label, none for four', () => {
    const pay3 = payment('p', '2024-10-05', '30.00', [['a', '10.00'], ['b', '10.00'], ['c', '10.00']], { number: 'REG-1' });
    expect(txs([...four.slice(0, 3), pay3]).at(-1)).toEqual(['Règlement virement FA-a, FA-b, FA-c DUPONT Jean', 'payment', 'BQ', 'REG-1', ['512 D 30.00', '411 C 10.00 C0001 @a', '411 C 10.00 C0001 @b', '411 C 10.00 C0001 @c']]);
    const pay4 = payment('p', '2024-10-05', '40.00', [['a', '10.00'], ['b', '10.00'], ['c', '10.00'], ['d', '10.00']]);
    expect(txs([...four, pay4]).at(-1)!.slice(0, 4)).toEqual(['Règlement virement DUPONT Jean', 'payment', 'BQ', 'p']);
  });

  it('posts the exchange difference of a foreign payment to 766 (gain) or 666 (loss), labelled', () => {
    const usd = invoice('u', '2024-10-01', [line('100.00')], { currency: 'USD', exchangeRate: '0.9' });
    for (const [rate, entry, label] of [['0.95', '766 C 5.00', 'Gain de change'], ['0.85', '666 D 5.00', 'Perte de change']] as const) {
      const t = post([usd, payment('p', '2024-10-10', '100.00', [['u', '100.00']], { currency: 'USD', exchangeRate: rate })] as Iterable<PostableDocument>, vatOnInvoice).transactions[1]!;
      expect(rows(t)).toEqual([`512 D ${rate === '0.95' ? '95.00' : '85.00'} USD100.00`, '411 C 90.00 C0001 @u USD100.00', entry]);
      expect(t.entries.map((e) => e.label)).toEqual([undefined, undefined, label]);
    }
  });

  it('pays from the customer\'s account with the credit-note method (no money moves), on the general journal', () => {
    const docs = [invoice('i1', '2024-11-01', [line('12.00')]), { type: 'payment', id: 'p', date: '2024-11-05', method: 'credit-note', amount: '5.00', customer: dupont, allocations: [{ invoice: 'i1', amount: '5.00' }] }];
    expect(txs(docs).at(-1)).toEqual(['Règlement avoir FA-i1 DUPONT Jean', 'payment', 'OD', 'p', ['411 D 5.00 C0001', '411 C 5.00 C0001 @i1']]);
  });
});

describe('direct debits on a receipt basis', () => {
  it('moves the VAT of what a batch settles, keeps the rest on each customer\'s account, and moves it back on a rejection', () => {
    const docs = [
      invoice('i1', '2024-11-01', [line('12.00')]),
      invoice('i2', '2024-11-01', [line('24.00')], { customer: martin }),
      batch([item('x1', dupont, '15.00', ['i1']), item('x2', { ...martin, account: '4112' }, '30.00', ['i2'])]),
      { type: 'direct-debit-rejection', id: 'rj', date: '2024-11-12', batch: 'dd-1', item: 'x2', reason: 'ZZ99', fees: '2.00', rebilled: true },
    ];
    expect(txs(docs, defaultRules()).slice(2)).toEqual([
      ['Prélèvements SEPA PRLV-1 du 05/11/2024', 'direct-debit', 'BQ', 'PRLV-1', ['411 C 12.00 C0001 @i1', '411 C 3.00 C0001', '411 C 24.00 C0002 @i2', '4112 C 6.00 C0002', '512 D 45.00']],
      ['TVA exigible sur prélèvements PRLV-1', 'vat-transfer', 'OD', 'PRLV-1', ['44574 D 6.00 vat20/30.00', '445711 C 6.00 vat20/30.00']],
      // An unknown reason code is shown as it is, without words.
      ['Rejet prélèvement ZZ99 MARTIN Léa', 'rejection', 'BQ', 'rj', ['411 D 24.00 C0002 @i2', '4112 D 6.00 C0002', '627 D 2.00', '512 C 32.00', '4112 D 2.00 C0002 @rj', '7088 C 2.00']],
      ['TVA sur rejet de prélèvement rj MARTIN Léa', 'vat-transfer', 'OD', 'rj', ['44574 C 4.00 vat20/20.00', '445711 D 4.00 vat20/20.00']],
    ]);
  });

  it('posts a batch and a rejection on the bank of a mapped direct-debit method, on its journal', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { 'direct-debit': { account: '5121', journal: 'cash' } } });
    const docs = [invoice('i1', '2024-11-01', [line('12.00')]), batch([item('x1', dupont, '12.00', ['i1'])]), { type: 'direct-debit-rejection', id: 'rj', date: '2024-11-12', batch: 'dd-1', item: 'x1', reason: 'AM04', number: 'REJ-1' }];
    expect(txs(docs, rules).slice(1)).toEqual([
      ['Prélèvements SEPA PRLV-1 du 05/11/2024', 'direct-debit', 'CA', 'PRLV-1', ['411 C 12.00 C0001 @i1', '5121 D 12.00']],
      ['Rejet prélèvement AM04 Provision insuffisante DUPONT Jean', 'rejection', 'CA', 'REJ-1', ['411 D 12.00 C0001 @i1', '5121 C 12.00']],
    ]);
  });
});

describe('remittances, write-offs, tourist tax', () => {
  it('remits an amount without listing payments, to the bank or the account given, fees apart', () => {
    expect(txs([{ type: 'remittance', id: 'r1', date: '2024-11-05', method: 'cheque', amount: '50.00' }])).toEqual([['Remise de chèques r1 du 05/11/2024', 'remittance', 'BQ', 'r1', ['512 D 50.00', '5112 C 50.00']]]);
    expect(txs([{ type: 'remittance', id: 'r1', number: 'RM-1', date: '2024-11-05', method: 'card', amount: '50.00', fees: '1.00', bankAccount: '5121' }], defaultRules({ vatExigibility: 'on-invoice', accountWidth: 6 }))).toEqual([['Remise CB RM-1 du 05/11/2024', 'remittance', 'BQ', 'RM-1', ['512100 D 49.00', '627000 D 1.00', '511500 C 50.00']]]);
  });

  it('writes off a receivable of an earlier year on a receipt basis: the pending VAT reversed, the rest to 6544', () => {
    const docs = [invoice('w', '2023-10-01', [line('12.00')]), { type: 'write-off', id: 'wo', date: '2024-03-01', invoice: 'w', customer: dupont, amount: '12.00' }];
    expect(txs(docs, defaultRules()).at(-1)).toEqual(['Créance irrécouvrable FA-w DUPONT Jean', 'write-off', 'OD', 'wo', ['411 C 12.00 C0001 @w', '44574 D 2.00 vat20/10.00', '6544 D 10.00']]);
  });

  it('remits tourist tax from the collector\'s account or the document\'s, refusing both at once and a sub-cent amount', () => {
    const tt = (extra: Record<string, unknown>) => ({ type: 'tourist-tax-remittance', id: 'tt', date: '2024-11-05', method: 'transfer', amount: '10.00', collector: { id: 'M1', name: 'Mairie', account: '4471' }, ...extra });
    expect(txs([tt({ period: { from: '2024-07-01', to: '2024-09-30' } })])).toEqual([['Reversement taxe de séjour 07/2024-09/2024 Mairie', 'tourist-tax-remittance', 'BQ', 'tt', ['4471 D 10.00', '512 C 10.00']]]);
    const issues = (doc: unknown) => safePost([doc] as Iterable<PostableDocument>, vatOnInvoice).failures.flatMap((f) => f.issues.map((i) => [i.code, i.path.slice(1).join('.'), i.message]));
    expect(issues(tt({ account: '4472' }))).toEqual([['invalid_input', 'collector.account', 'Two tourist-tax accounts are given (4472 and the collector\'s 4471): give one.']]);
    expect(issues(tt({ amount: '1', currency: 'JPY', exchangeRate: '0.004' }))).toEqual([['invalid_input', 'amount', '1 JPY is worth less than one cent in EUR at the rate 0.004: nothing to post; check the amount and the rate.']]);
    expect(issues(tt({ amount: '0.001', currency: 'JPY', exchangeRate: '0.006' }))).toEqual([['too_many_decimals', 'amount', 'Amount 0.001 has more decimals than the currency allows (0).']]);
  });
});

describe('suppliers', () => {
  it('pays an advance, deducts it on the next purchase (Dt 401 / Ct 4091), and takes back what is left as a refund', () => {
    const docs = [supplierMoney('supplier-payment', 'sp-0', '2024-10-01', '50.00'), purchase('ac-2', '2024-11-02', '60.00', { advances: [{ payment: 'sp-0', amount: '50.00' }] }), supplierMoney('supplier-refund', 'sr-1', '2024-11-20', '10.00')];
    expect(txs(docs)).toEqual([
      ['Acompte fournisseur virement EDF', 'supplier-payment', 'BQ', 'sp-0', ['512 C 50.00', '4091 D 50.00 F0001']],
      ['Facture fournisseur FF-ac-2 EDF', 'purchase', 'AC', 'FF-ac-2', ['401 C 60.00 F0001 @ac-2', '401 D 50.00 F0001 @ac-2', '4091 C 50.00 F0001', '606100 D 50.00', '44566 D 10.00 vat20/50.00']],
      ['Remboursement acompte fournisseur virement EDF', 'supplier-refund', 'BQ', 'sr-1', ['512 D 10.00', '4091 C 10.00 F0001']],
    ]);
  });

  it('refunds a supplier credit note (Dt bank / Ct 401), and letters a credit note posted after the payment with the purchase', () => {
    const credit = purchase('av-1', '2024-11-02', '24.00', { kind: 'credit-note', number: 'AV-1' });
    expect(txs([credit, supplierMoney('supplier-refund', 'sr', '2024-11-05', '24.00', [['av-1', '24.00']])])).toEqual([
      ['Avoir fournisseur AV-1 EDF', 'purchase', 'AC', 'AV-1', ['401 D 24.00 F0001 @av-1', '606100 C 20.00', '44566 C 4.00 vat20/20.00']],
      ['Remboursement fournisseur virement AV-1 EDF', 'supplier-refund', 'BQ', 'sr', ['512 D 24.00', '401 C 24.00 F0001 @av-1']],
    ]);
    const late = txs([purchase('ac-1', '2024-10-31'), supplierMoney('supplier-payment', 'sp-1', '2024-11-05', '60.00', [['ac-1', '60.00']]), { ...credit, date: '2024-11-08', corrects: 'ac-1' }]);
    expect(late.at(-1)).toEqual(['Avoir fournisseur AV-1 EDF (facture FF-ac-1)', 'purchase', 'AC', 'AV-1', ['401 D 24.00 F0001 @ac-1', '606100 C 20.00', '44566 C 4.00 vat20/20.00']]);
  });
});

describe('purchases on a receipt basis (the default)', () => {
  const service = (ttc: string) => ({ label: 'Sous-traitance', account: '611000', quantity: '1', unitPrice: ttc, vatRate: '20' });
  const goods = (ttc: string) => ({ label: 'Marchandises', account: '607000', quantity: '1', unitPrice: ttc, vatRate: '20' });
  const bought = (id: string, date: string, lines: unknown[], extra: Record<string, unknown> = {}) => ({ ...purchase(id, date), lines, ...extra });
  const rules = defaultRules();

  it('deducts the goods VAT at once and the services VAT as paid (half paid: half of 20.00 moved)', () => {
    const docs = [bought('a', '2024-10-01', [service('120.00'), goods('60.00')]), supplierMoney('supplier-payment', 'p', '2024-10-10', '90.00', [['a', '90.00']])];
    expect(txs(docs, rules)).toEqual([
      ['Facture fournisseur FF-a EDF', 'purchase', 'AC', 'FF-a', ['401 C 180.00 F0001 @a', '611000 D 100.00', '607000 D 50.00', '44566 D 10.00 vat20/50.00', '44568 D 20.00 vat20/100.00']],
      ['Règlement fournisseur virement FF-a EDF', 'supplier-payment', 'BQ', 'p', ['512 C 90.00', '401 D 90.00 F0001 @a']],
      ['TVA déductible sur règlement p EDF', 'vat-transfer', 'OD', 'p', ['44566 D 10.00 vat20/50.00', '44568 C 10.00 vat20/50.00']],
    ]);
  });

  it('splits a credit note posted after a payment: what is left on the purchase lettered with it, the rest on its own id', () => {
    const docs = [bought('a', '2024-10-01', [service('120.00')]), supplierMoney('supplier-payment', 'p', '2024-10-10', '100.00', [['a', '100.00']]), bought('c', '2024-10-15', [service('36.00')], { kind: 'credit-note', number: 'AV-c', corrects: 'a' })];
    const all = txs(docs, rules);
    expect(all[2]).toEqual(['TVA déductible sur règlement p EDF', 'vat-transfer', 'OD', 'p', ['44566 D 16.67 vat20/83.33', '44568 C 16.67 vat20/83.33']]);
    expect(all[3]).toEqual(['Avoir fournisseur AV-c EDF (facture FF-a)', 'purchase', 'AC', 'AV-c', ['401 D 20.00 F0001 @a', '401 D 16.00 F0001 @c', '611000 C 30.00', '44568 C 6.00 vat20/30.00']]);
  });

  it('moves the VAT of an advance deducted (50.00 of 120.00: 8.33 on a base of 41.67)', () => {
    const docs = [supplierMoney('supplier-payment', 'p0', '2024-09-10', '50.00'), bought('a', '2024-10-01', [service('120.00')], { advances: [{ payment: 'p0', amount: '50.00' }] })];
    expect(txs(docs, rules).slice(1)).toEqual([
      ['Facture fournisseur FF-a EDF', 'purchase', 'AC', 'FF-a', ['401 C 120.00 F0001 @a', '401 D 50.00 F0001 @a', '4091 C 50.00 F0001', '611000 D 100.00', '44568 D 20.00 vat20/100.00']],
      ['TVA déductible sur acomptes déduits facture fournisseur FF-a EDF', 'vat-transfer', 'OD', 'FF-a', ['44566 D 8.33 vat20/41.67', '44568 C 8.33 vat20/41.67']],
    ]);
  });

  it('moves the VAT of a foreign purchase at its book value, the exchange difference to 666', () => {
    const docs = [bought('a', '2024-10-01', [service('100.00')], { currency: 'USD', exchangeRate: '0.9' }), { ...supplierMoney('supplier-payment', 'p', '2024-10-10', '100.00', [['a', '100.00']]), currency: 'USD', exchangeRate: '0.95' }];
    expect(txs(docs, rules).map((t) => t[4])).toEqual([
      ['401 C 90.00 F0001 @a USD100.00', '611000 D 75.00 USD83.33', '44568 D 15.00 vat20/75.00 USD16.67'],
      ['512 C 95.00 USD100.00', '401 D 90.00 F0001 @a USD100.00', '666 D 5.00'],
      ['44566 D 15.00 vat20/75.00', '44568 C 15.00 vat20/75.00'],
    ]);
  });
});
