// @ts-nocheck
// The rules as posting reads them (src/posting/_lib/compiled.ts, labels.ts): one rate however it is written (a defect
// fixed: '20', '20.0' and '20.00' made three rates, rounded apart), goods or services by the rules' natures (longest
// prefix) and by the goods account, pending-VAT accounts per rate or one for all, payment methods looked up as own keys
// only, and the source fields a transaction carries.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, invoiceTotals, post, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { invoice, line, payment, rows } from './_helpers.js';

const posted = (list: unknown[], rules: PostingRules): string[][] => post(list as Iterable<PostableDocument>, rules).transactions.map(rows);

describe('posting rules as posting reads them', () => {
  it('reads one rate however it is written: 3 × 19.90 TTC at 20, 20.0 and 20.00 is rounded once (TV2: 49.75 + 9.95)', () => {
    const spelled = invoice('a', '2024-03-01', [line('19.90', '20'), line('19.90', '20.0'), line('19.90', '20.00')]);
    expect(posted([spelled], vatOnInvoice)).toEqual([['411 D 59.70 C0001 @a', '706100 C 49.75', '445711 C 9.95 vat20/49.75']]);
    const totals = invoiceTotals(spelled as never);
    expect([totals.vat.toFixed(2), totals.rates.map((r) => [r.rate, r.base.toFixed(2), r.vat.toFixed(2)])]).toEqual(['9.95', [['20', '49.75', '9.95']]]);
  });

  it('takes goods or services from the rules\' natures by the longest prefix, then the built-in split', () => {
    const lines = [line('12.00', '20', { account: '706100' }), line('12.00', '20', { account: '706200' }), line('12.00', '20', { account: '708500' })];
    // 70 goods, 7061 services: 706100 services (VAT pending), 706200 and 708500 goods (VAT collected at the invoice).
    expect(posted([invoice('a', '2024-03-01', lines)], defaultRules({ natures: { '70': 'goods', '7061': 'services' } }))).toEqual([['411 D 36.00 C0001 @a', '706100 C 10.00', '706200 C 10.00', '708500 C 10.00', '445711 C 4.00 vat20/20.00', '44574 C 2.00 vat20/10.00']]);
    const bought = { type: 'purchase', id: 'b', number: 'FF1', date: '2024-03-01', supplier: { id: 'F1', name: 'F' }, pricesIncludeTax: true, lines: [{ label: 'x', account: '604000', quantity: '1', unitPrice: '12.00', vatRate: '20' }, { label: 'x', account: '611000', quantity: '1', unitPrice: '12.00', vatRate: '20' }] };
    expect(posted([bought], defaultRules({ natures: { '604': 'goods', '6': 'services' } }))).toEqual([['401 C 24.00 F1 @b', '604000 D 10.00', '611000 D 10.00', '44566 D 2.00 vat20/10.00', '44568 D 2.00 vat20/10.00']]);
  });

  it('sells goods on the rules\' goods account, services on a neighbour', () => {
    expect(posted([invoice('a', '2024-03-01', [line('12.00', '20', { account: '708500' }), line('12.00', '20', { account: '708600' })])], defaultRules({ accounts: { goods: '708500' } }))).toEqual([['411 D 24.00 C0001 @a', '708500 C 10.00', '708600 C 10.00', '445711 C 2.00 vat20/10.00', '44574 C 2.00 vat20/10.00']]);
  });

  it('leaves the VAT of services on the pending account of its rate, or on the one account given for all', () => {
    const three = invoice('a', '2024-03-01', [line('12.00', '20'), line('11.00', '10'), line('10.55', '5.5')]);
    expect(posted([three], defaultRules({ vatPending: { '20': '445741', '10': '445742', '5.5': '445743', '2.1': '445744' } }))[0]!.slice(4)).toEqual(['445741 C 2.00 vat20/10.00', '445742 C 1.00 vat10/10.00', '445743 C 0.55 vat5.5/10.00']);
    expect(posted([invoice('a', '2024-03-01', [line('12.00')])], defaultRules({ vatPending: '4458' }))).toEqual([['411 D 12.00 C0001 @a', '706100 C 10.00', '4458 C 2.00 vat20/10.00']]);
  });

  it('looks payment methods up as own keys: "toString" is unknown', () => {
    const r = safePost([invoice('a', '2024-03-01', [line('12.00')]), payment('p', '2024-03-02', '12.00', [['a', '12.00']], { method: 'toString' })] as Iterable<PostableDocument>, vatOnInvoice);
    expect(r.failures.flatMap((f) => f.issues.map((i) => [i.code, i.path.join('.'), i.message]))).toEqual([['invalid_method', '1.method', 'Unknown payment method "toString": use one of card, cash, cheque, transfer, direct-debit, voucher, credit-note, or map it in the rules (paymentMethods).']]);
  });

  it('carries the funder, billing contact and memo of a document in its source', () => {
    const tx = post([invoice('a', '2024-03-01', [line('12.00')], { funder: 'CAF', billingContact: 'Mme X', memo: 'm' })] as Iterable<PostableDocument>, vatOnInvoice).transactions[0]!;
    expect(tx.source).toEqual({ documentId: 'a', documentNumber: 'FA-a', customerId: 'C0001', customerName: 'DUPONT Jean', funder: 'CAF', billingContact: 'Mme X', memo: 'm' });
  });
});
