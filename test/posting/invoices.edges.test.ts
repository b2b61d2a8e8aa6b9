// More hand-computed vectors of invoices (src/posting/_lib/invoices.ts): the VAT buckets of a deposit whose VAT rounds
// to zero (goods collected, services pending, each keeping its base), a deposit deducted by a final invoice that has
// no line at its rate or of its kind (a VAT line the other way), a deposit left free by a final invoice that failed,
// and a USD credit note partly applied at another rate than the invoice it corrects (the exchange difference to 666).
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { invoice, line, payment, rows } from './_helpers.js';

const goods = (price: string, rate = '20') => line(price, rate, { account: '707100', label: 'Marchandise' });
const onReceipt = defaultRules();

/** [label, rows] of each transaction, and [index, code, path, message] of each issue. */
function run(list: unknown[], rules: PostingRules = vatOnInvoice) {
  const r = safePost(list as Iterable<PostableDocument>, rules);
  return {
    txs: r.transactions.map((t) => [t.label, rows(t)]),
    issues: r.failures.flatMap((f) => f.issues.map((i) => [f.index, i.code, i.path.slice(1).join('.'), i.message])),
  };
}

describe('deposits', () => {
  it('keeps the base of a goods and of a services bucket whose VAT rounds to zero (0.02 + 0.01 at 20 %), and deducts each from the final invoice', () => {
    const docs = [invoice('d', '2024-03-01', [goods('0.02'), line('0.01')], { kind: 'deposit' }), invoice('f', '2024-03-20', [goods('12.00'), line('24.00')], { deducts: ['d'] })];
    // The deposit: 0.03 incl. tax = 0.03 + 0.00 of VAT (goods base 0.02, services base 0.01), all to 4191.
    // The final invoice: goods 10.00 + 2.00 (base 9.98 after the deposit's 0.02), services 20.00 + 4.00 pending (base 19.99).
    expect(run(docs, onReceipt)).toEqual({
      txs: [
        ["Facture d'acompte FA-d DUPONT Jean", ['411 D 0.03 C0001 @d', '4191 C 0.03 C0001 @d']],
        ['Facture FA-f DUPONT Jean', ['411 D 35.97 C0001 @f', '4191 D 0.03 C0001 @d', '707100 C 10.00', '706100 C 20.00', '445711 C 2.00 vat20/9.98', '44574 C 4.00 vat20/19.99']],
      ],
      issues: [],
    });
  });

  it('debits the VAT of a deposit at a rate the final invoice does not have (10 % deposit, 20 % final)', () => {
    const docs = [invoice('d', '2024-03-01', [line('11.00', '10')], { kind: 'deposit' }), invoice('f', '2024-03-20', [line('60.00')], { deducts: ['d'] })];
    expect(run(docs).txs.at(-1)).toEqual(['Facture FA-f DUPONT Jean', ['411 D 49.00 C0001 @f', '4191 D 10.00 C0001 @d', '706100 C 50.00', '445711 C 10.00 vat20/50.00', '445712 D 1.00 vat10/10.00']]);
  });

  it('on a receipt basis, takes the pending VAT of a services deposit back from a goods final invoice', () => {
    const docs = [invoice('d', '2024-03-01', [line('24.00')], { kind: 'deposit' }), invoice('f', '2024-03-20', [goods('60.00')], { deducts: ['d'] })];
    expect(run(docs, onReceipt).txs).toEqual([
      ["Facture d'acompte FA-d DUPONT Jean", ['411 D 24.00 C0001 @d', '4191 C 20.00 C0001 @d', '44574 C 4.00 vat20/20.00']],
      ['Facture FA-f DUPONT Jean', ['411 D 36.00 C0001 @f', '4191 D 20.00 C0001 @d', '707100 C 50.00', '445711 C 10.00 vat20/50.00', '44574 D 4.00 vat20/20.00']],
    ]);
  });

  it('a final invoice that fails does not use up the deposit it deducts: a later one deducts it', () => {
    const docs = [
      invoice('d', '2024-03-01', [line('24.00')], { kind: 'deposit' }),
      invoice('f1', '2024-03-20', [line('60.00')], { deducts: ['d', 'nope'] }),
      invoice('f2', '2024-03-21', [line('60.00')], { deducts: ['d'] }),
    ];
    expect(run(docs)).toEqual({
      txs: [
        ["Facture d'acompte FA-d DUPONT Jean", ['411 D 24.00 C0001 @d', '4191 C 20.00 C0001 @d', '445711 C 4.00 vat20/20.00']],
        ['Facture FA-f2 DUPONT Jean', ['411 D 36.00 C0001 @f2', '4191 D 20.00 C0001 @d', '706100 C 50.00', '445711 C 6.00 vat20/30.00']],
      ],
      issues: [[1, 'unknown_document', 'deducts.1', 'Deposit nope is neither in this call nor in options.context: pass the deposit invoice (or proforma) too, or fix the id.']],
    });
  });
});

describe('VAT buckets', () => {
  it('per-line rounding: lines netting to a zero base keep their VAT (0.03 + 0.03 − 0.06 excl. tax at 20 %: 0.01 + 0.01 − 0.01), goods collected, services pending', () => {
    const rules = defaultRules({ vatRounding: 'per-line' });
    const L = (account: string, price: string) => ({ label: 'Ligne', account, quantity: '1', unitPrice: price, vatRate: '20' });
    const lines = (account: string) => [L(account, '0.03'), L(account, '0.03'), L(account, '-0.06')];
    const ht = { pricesIncludeTax: false };
    expect(run([invoice('a', '2024-03-01', lines('707100'), ht)], rules).txs).toEqual([['Facture FA-a DUPONT Jean', ['411 D 0.01 C0001 @a', '445711 C 0.01 vat20/0.00']]]);
    expect(run([invoice('a', '2024-03-01', lines('706100'), ht)], rules).txs).toEqual([['Facture FA-a DUPONT Jean', ['411 D 0.01 C0001 @a', '44574 C 0.01 vat20/0.00']]]);
    expect(run([invoice('a', '2024-03-01', [...lines('707100'), ...lines('706100')], ht)], rules).txs).toEqual([['Facture FA-a DUPONT Jean', ['411 D 0.02 C0001 @a', '445711 C 0.01 vat20/0.00', '44574 C 0.01 vat20/0.00']]]);
  });
});

describe('credit notes in a foreign currency', () => {
  it('splits a USD credit note partly applied: 20.00 USD at the invoice\'s book value, 16.00 USD left at its own rate, 2.00 of loss to 666', () => {
    const usd = { currency: 'USD' };
    const docs = [
      invoice('a', '2024-03-01', [line('120.00')], { ...usd, exchangeRate: '0.9' }),
      payment('p', '2024-03-02', '100.00', [['a', '100.00']], { ...usd, exchangeRate: '0.9' }),
      invoice('c', '2024-03-05', [line('36.00')], { ...usd, exchangeRate: '0.8', kind: 'credit-note', number: 'AV-1', corrects: 'a' }),
    ];
    // 20 USD left on FA-a: 108.00 − 90.00 = 18.00; the note is 28.80: 16.00 for the 20 USD applied, 12.80 for the 16 USD left.
    expect(run(docs).txs.at(-1)).toEqual(['Avoir AV-1 DUPONT Jean (facture FA-a)', ['411 C 18.00 C0001 @a USD20.00', '411 C 12.80 C0001 @c USD16.00', '706100 D 24.00 USD30.00', '445711 D 4.80 vat20/24.00 USD6.00', '666 D 2.00']]);
  });
});
