// @ts-nocheck
// Worked vectors of the settlement pass (src/posting/_lib/settle.ts): direct-debit batches spreading an item over its
// invoices in order (what is left of an invoice, what stays on account), a rejection re-opening what its item settled
// and re-billing its fee, settlements in (date, id) order whatever the input order, a failed document settling
// nothing, write-offs reversing pending and collected VAT, VAT made due by payments and refunds on a receipt basis,
// a credit note used as payment. Amounts hand-computed in the comments.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { dupont, invoice, line, payment, rows } from './_helpers.js';

/** `type label` and rows of every transaction posted, and the failures as `index code@path`. */
function posted(documents: unknown[], rules: PostingRules = vatOnInvoice): { txs: Array<[string | undefined, string, string[]]>; failures: string[] } {
  const r = safePost(documents as Iterable<PostableDocument>, rules);
  return { txs: r.transactions.map((t) => [t.type, t.label, rows(t)]), failures: r.failures.flatMap((f) => f.issues.map((i) => `${f.index} ${i.code}@${i.path.slice(1).join('.')}`)) };
}

const a = invoice('a', '2024-10-01', [line('60.00')], { number: 'FA-A' }); // 50.00 + 10.00 VAT
const b = invoice('b', '2024-10-02', [line('50.00')], { number: 'FA-B' }); // 41.67 + 8.33 VAT
const creditor = { name: 'SALLE', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const ddItem = (id: string, invoices: string[], amount: string) => ({ id, endToEndId: `E2E-${id}`, customer: dupont, amount, mandate: { id: 'RUM-1', signedOn: '2024-01-10' }, sequence: 'RCUR', debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices });
const batch = (items: unknown[]) => ({ type: 'direct-debit-batch', id: 'dd-1', messageId: 'PRLV-1', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05', creditor, items });
const writeOff = (invoiceId: string, amount: string) => ({ type: 'write-off', id: 'wo', date: '2024-12-31', customer: dupont, invoice: invoiceId, amount });

describe('direct debits and rejections', () => {
  it('spreads an item over its invoices in order; a later item takes only what is left, the rest stays on the customer\'s account', () => {
    // i1 100.00 over [a, b]: a 60.00, b 40.00. i2 20.00 over [b, a]: b has 10.00 left, a nothing; 10.00 on account.
    expect(posted([a, b, batch([ddItem('i1', ['a', 'b'], '100.00'), ddItem('i2', ['b', 'a'], '20.00')])]).txs[2]).toEqual([
      'direct-debit', 'Prélèvements SEPA PRLV-1 du 05/11/2024', ['411 C 60.00 C0001 @a', '411 C 40.00 C0001 @b', '411 C 10.00 C0001 @b', '411 C 10.00 C0001', '512 D 120.00'],
    ]);
  });

  it('a rejection re-opens what its item settled and re-bills its fee; a payment then settles the invoices and the fee', () => {
    const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-1', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: true };
    const paid = payment('p', '2024-11-20', '115.00', [], { allocations: [{ invoice: 'a', amount: '60.00' }, { invoice: 'b', amount: '50.00' }, { rejection: 'rj-1', amount: '5.00' }] });
    const r = posted([a, b, batch([ddItem('i1', ['a', 'b'], '110.00')]), rejection, paid]);
    expect(r.failures).toEqual([]);
    expect(r.txs.slice(2)).toEqual([
      ['direct-debit', 'Prélèvements SEPA PRLV-1 du 05/11/2024', ['411 C 60.00 C0001 @a', '411 C 50.00 C0001 @b', '512 D 110.00']],
      ['rejection', 'Rejet prélèvement AM04 Provision insuffisante DUPONT Jean', ['411 D 60.00 C0001 @a', '411 D 50.00 C0001 @b', '627 D 5.00', '512 C 115.00', '411 D 5.00 C0001 @rj-1', '7088 C 5.00']],
      ['payment', 'Règlement virement FA-A, FA-B, rj-1 DUPONT Jean', ['512 D 115.00', '411 C 60.00 C0001 @a', '411 C 50.00 C0001 @b', '411 C 5.00 C0001 @rj-1']],
    ]);
  });
});

describe('settlement order and failed documents', () => {
  it('settles in date order whatever the input order: the later payment is the one over the invoice', () => {
    const r = posted([a, payment('p2', '2024-10-20', '40.00', [['a', '40.00']]), payment('p1', '2024-10-10', '40.00', [['a', '40.00']])]);
    expect(r.failures).toEqual(['1 over_allocation@allocations.0.amount']);
    expect(r.txs.map((t) => t[0])).toEqual(['sale', 'payment']);
  });

  it('settles the same day in id order: p1 before p2', () => {
    expect(posted([a, payment('p2', '2024-10-10', '40.00', [['a', '40.00']]), payment('p1', '2024-10-10', '40.00', [['a', '40.00']])]).failures).toEqual(['1 over_allocation@allocations.0.amount']);
    expect(posted([a, payment('p1', '2024-10-10', '40.00', [['a', '40.00']]), payment('p2', '2024-10-10', '40.00', [['a', '40.00']])]).failures).toEqual(['2 over_allocation@allocations.0.amount']);
  });

  it('a payment refused on one allocation settles none of them: the invoice it named first can still be paid in full', () => {
    // p1 pays 30.00 of a (fine) and 60.00 of b (50.00 owed): refused; p2 then pays all 60.00 of a.
    const p1 = payment('p1', '2024-10-10', '90.00', [['a', '30.00'], ['b', '60.00']]);
    const r = posted([a, b, p1, payment('p2', '2024-10-11', '60.00', [['a', '60.00']])]);
    expect(r.failures).toEqual(['2 over_allocation@allocations.1.amount']);
    expect(r.txs[2]).toEqual(['payment', 'Règlement virement FA-A DUPONT Jean', ['512 D 60.00', '411 C 60.00 C0001 @a']]);
  });

  it('a refund can take back exactly what was paid, and a write-off exactly what is left', () => {
    const r = posted([a, payment('p', '2024-10-10', '60.00', [['a', '60.00']]), { ...payment('r', '2024-10-11', '60.00', [['a', '60.00']]), type: 'refund' }, writeOff('a', '60.00')]);
    expect(r.failures).toEqual([]);
    expect(r.txs.map((t) => t[2])).toEqual([
      ['411 D 60.00 C0001 @a', '706100 C 50.00', '445711 C 10.00 vat20/50.00'],
      ['512 D 60.00', '411 C 60.00 C0001 @a'],
      ['512 C 60.00', '411 D 60.00 C0001 @a'],
      ['411 C 60.00 C0001 @a', '445711 D 10.00 vat20/50.00', '6541 D 50.00'],
    ]);
  });
});

describe('VAT moved by settlements on a receipt basis', () => {
  const onReceipt = defaultRules();

  it('a payment makes its share of the pending VAT due (24.00 of 60.00: 4.00), a write-off of the rest reverses the other 6.00 from pending VAT', () => {
    const r = posted([a, payment('p', '2024-10-10', '24.00', [['a', '24.00']]), writeOff('a', '36.00')], onReceipt);
    expect(r.txs.slice(1)).toEqual([
      ['payment', 'Règlement virement FA-A DUPONT Jean', ['512 D 24.00', '411 C 24.00 C0001 @a']],
      ['vat-transfer', 'TVA exigible sur encaissement p DUPONT Jean', ['44574 D 4.00 vat20/20.00', '445711 C 4.00 vat20/20.00']],
      ['write-off', 'Créance irrécouvrable FA-A DUPONT Jean', ['411 C 36.00 C0001 @a', '44574 D 6.00 vat20/30.00', '6541 D 30.00']],
    ]);
  });

  it('a write-off of goods (VAT collected on invoice) reverses collected VAT: 36.00 → 6.00 of 445711', () => {
    const goods = invoice('g', '2024-10-01', [line('60.00', '20', { account: '707100' })], { number: 'FA-G' });
    expect(posted([goods, writeOff('g', '36.00')], onReceipt).txs[1]![2]).toEqual(['411 C 36.00 C0001 @g', '445711 D 6.00 vat20/30.00', '6541 D 30.00']);
  });

  it('a refund of a credit note takes its VAT back from collected to pending', () => {
    const note = invoice('av', '2024-10-11', [line('12.00')], { kind: 'credit-note', number: 'AV-1' });
    expect(posted([a, note, { ...payment('r', '2024-10-12', '12.00', [['av', '12.00']]), type: 'refund' }], onReceipt).txs.slice(2)).toEqual([
      ['refund', 'Remboursement virement AV-1 DUPONT Jean', ['512 C 12.00', '411 D 12.00 C0001 @av']],
      ['vat-transfer', 'TVA exigible sur remboursement r DUPONT Jean', ['44574 C 2.00 vat20/10.00', '445711 D 2.00 vat20/10.00']],
    ]);
  });

  it('a credit note used as payment moves no VAT: the invoice\'s share and the credit note\'s cancel out', () => {
    const note = invoice('av', '2024-10-11', [line('12.00')], { kind: 'credit-note', number: 'AV-1' });
    expect(posted([a, note, payment('p', '2024-10-12', '12.00', [['a', '12.00']], { method: 'credit-note', creditNote: 'av' })], onReceipt).txs.slice(2)).toEqual([
      ['payment', 'Règlement avoir FA-A DUPONT Jean', ['411 D 12.00 C0001 @av', '411 C 12.00 C0001 @a']],
    ]);
  });
});

describe('deposits received on a proforma', () => {
  const tax = { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '10', unitPrice: '1.00' };
  const l10 = line('110.00', '10', { account: '706200' });
  const exempt = line('50.00', '0', { account: '706300', exemption: 'exempt' });

  it('splits a deposit over the rates, the exempt part and the tourist tax (17.00 of 110 + 50 + 10: 11.00, 5.00, 1.00), and the final invoice deducts each', () => {
    // 11.00 at 10 %: VAT 1.00, base 10.00. Final 170.00 − 17.00 = 153.00; 4191 back 10 + 5 + 1 = 16.00; VAT 10.00 − 1.00 = 9.00 on 90.00.
    const pf = invoice('pf', '2024-07-01', [l10, tax, exempt], { kind: 'proforma', number: 'PF-1' });
    const r = posted([pf, payment('p1', '2024-07-02', '17.00', [['pf', '17.00']]), invoice('fin', '2024-07-20', [l10, tax, exempt], { number: 'FA-1', deducts: ['pf'] })]);
    expect(r.failures).toEqual([]);
    expect(r.txs.map((t) => t[2])).toEqual([
      ['512 D 17.00', '4191 C 10.00 C0001 @pf', '445712 C 1.00 vat10/10.00', '4191 C 5.00 C0001 @pf', '4191 C 1.00 C0001 @pf'],
      ['411 D 153.00 C0001 @fin', '4191 D 16.00 C0001 @pf', '706200 C 100.00', '447 C 10.00', '706300 C 50.00 vat0/50.00', '445712 C 9.00 vat10/90.00'],
    ]);
  });

  it('puts the tourist-tax part of a deposit on 4191 without VAT when the proforma has no exempt line (12.00 of 110 + 10: 11.00 and 1.00)', () => {
    const pf = invoice('pf', '2024-07-01', [l10, tax], { kind: 'proforma', number: 'PF-1' });
    expect(posted([pf, payment('p1', '2024-07-02', '12.00', [['pf', '12.00']])]).txs[0]![2]).toEqual(['512 D 12.00', '4191 C 10.00 C0001 @pf', '445712 C 1.00 vat10/10.00', '4191 C 1.00 C0001 @pf']);
  });
});

describe('an advance deducted in parts', () => {
  it('clears 4091 exactly: the book value of each part is the cumulative share of the advance (3.33 € for 10.00 USD: 1.67, then 1.66)', () => {
    // 10.00 USD × 0.333 = 3.33 €. First 5.00: 5 × 3.33 / 10 = 1.665 → 1.67; second: 3.33 − 1.67 = 1.66 (not 1.67 again);
    // 401 takes 5.00 USD at the purchase rate, 1.67 €, so the 0.01 € left goes to the exchange gain 766.
    const edf = { id: 'F0001', name: 'EDF' };
    const usd = { currency: 'USD', exchangeRate: '0.333' };
    const advance = { type: 'supplier-payment', id: 'sp', date: '2024-10-01', method: 'transfer', amount: '10.00', supplier: edf, ...usd };
    const purchase = (id: string, date: string) => ({ type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '12.00', vatRate: '20' }], advances: [{ payment: 'sp', amount: '5.00' }], ...usd });
    const r = posted([advance, purchase('ac-1', '2024-10-10'), purchase('ac-2', '2024-10-11')]);
    expect(r.failures).toEqual([]);
    expect(r.txs.map((t) => t[2])).toEqual([
      ['512 C 3.33 USD10.00', '4091 D 3.33 F0001 USD10.00'],
      ['401 C 4.00 F0001 @ac-1 USD12.00', '401 D 1.67 F0001 @ac-1 USD5.00', '4091 C 1.67 F0001 USD5.00', '606100 D 3.33 USD10.00', '44566 D 0.67 vat20/3.33 USD2.00'],
      ['401 C 4.00 F0001 @ac-2 USD12.00', '401 D 1.67 F0001 @ac-2 USD5.00', '4091 C 1.66 F0001 USD5.00', '606100 D 3.33 USD10.00', '44566 D 0.67 vat20/3.33 USD2.00', '766 C 0.01'],
    ]);
  });
});
