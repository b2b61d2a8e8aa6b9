// What an invoice's figures read from options.context outside `post` (src/posting/_lib/invoiceFigures.ts, through
// `eInvoice`): the payments received on the proformas it deducts — only payments, only those allocated to a deducted
// proforma, read as post first reads them —, and their refusals with code, path and message.
import { describe, expect, it } from 'vitest';
import { defaultRules, eInvoice } from '../../src/index.js';
import { refusals } from '../_errors.js';
import { BUSINESS, DEPOSIT, SELLER } from './_einvoice.js';

const rules = defaultRules();

/** A proforma of 500.00 incl. VAT at 10 %. */
const PROFORMA = { type: 'invoice', id: 'pro-1', kind: 'proforma', status: 'issued', number: 'PRO-1', date: '2024-05-02', customer: BUSINESS, pricesIncludeTax: true, lines: [{ label: 'Séjour', quantity: '1', unitPrice: '500.00', vatRate: '10' }] };
/** The final invoice of the same stay, 500.00 incl. VAT, deducting the proforma. */
const FINAL = { ...PROFORMA, id: 'inv-7', kind: 'final', number: 'FA2024-0107', date: '2024-07-20', deducts: ['pro-1'] };

const payment = (id: string, date: string, amount: string, allocations: object[] | undefined, extra: object = {}) => ({
  type: 'payment', id, date, method: 'transfer', amount, customer: BUSINESS, ...(allocations === undefined ? {} : { allocations }), ...extra,
});
const figures = (context: unknown[], invoice: object = FINAL) => {
  const m = eInvoice(invoice, rules, { seller: SELLER, context, payment: { dueDate: '2024-08-20' } });
  return [m.totals.grandTotal, m.totals.prepaid, m.totals.due].map((x) => x.toFixed(2));
};

describe('invoiceFiguresOf: the payments of a deducted proforma', () => {
  it('counts every payment allocated to the proforma, also one that pays another invoice with it', () => {
    // 150.00 of p1 goes to the proforma, 20.00 to another invoice; p2 pays 80.00 of the proforma: prepaid 230.00.
    const other = { ...PROFORMA, id: 'inv-3', kind: 'final', number: 'FA2024-0103', date: '2024-05-01' };
    const context = [PROFORMA, other, payment('p1', '2024-05-03', '170.00', [{ invoice: 'inv-3', amount: '20.00' }, { invoice: 'pro-1', amount: '150.00' }]), payment('p2', '2024-05-04', '80.00', [{ invoice: 'pro-1', amount: '80.00' }])];
    expect(figures(context)).toEqual(['500.00', '230.00', '270.00']);
  });

  it('reads them as post first reads them: another invoice they pay that deducts deposits is not computed here', () => {
    // inv-x deducts dep-x, which is not in the context: post would report that on inv-x (and on the payment) once
    // the deposits are known; the final invoice's figures do not depend on it.
    const other = { ...PROFORMA, id: 'inv-x', kind: 'final', number: 'FA2024-0150', date: '2024-05-01', deducts: ['dep-x'] };
    const context = [PROFORMA, other, payment('p1', '2024-05-03', '160.00', [{ invoice: 'pro-1', amount: '150.00' }, { invoice: 'inv-x', amount: '10.00' }])];
    expect(figures(context)).toEqual(['500.00', '150.00', '350.00']);
  });

  it('reads a payment on account (no allocations) in the context as received on nothing', () => {
    expect(figures([payment('p0', '2024-05-01', '40.00', undefined), PROFORMA, payment('p1', '2024-05-03', '150.00', [{ invoice: 'pro-1', amount: '150.00' }])])).toEqual(['500.00', '150.00', '350.00']);
  });

  it('does not read a refund allocated to the proforma (a deposit is given back through a credit note, refused by post)', () => {
    const refund = { type: 'refund', id: 'r1', date: '2024-05-05', method: 'transfer', amount: '50.00', customer: BUSINESS, allocations: [{ invoice: 'pro-1', amount: '50.00' }] };
    expect(figures([PROFORMA, payment('p1', '2024-05-03', '150.00', [{ invoice: 'pro-1', amount: '150.00' }]), refund])).toEqual(['500.00', '150.00', '350.00']);
  });

  it('does not read the payments of a deducted deposit invoice: its own amount is deducted', () => {
    // dep-1: 300.00 + 10 % = 330.00 deducted from 1,100.00. The payment allocates more than it received: post
    // refuses it, the final invoice's figures never read it.
    const fin = { ...FINAL, id: 'inv-9', number: 'FA2024-0109', pricesIncludeTax: false, lines: [{ label: 'Séjour groupe', quantity: '1', unitPrice: '1000.00', vatRate: '10' }], deducts: ['dep-1'] };
    const overpaid = payment('p1', '2024-05-03', '100.00', [{ invoice: 'dep-1', amount: '150.00' }]);
    expect(figures([DEPOSIT, overpaid], fin)).toEqual(['1100.00', '330.00', '770.00']);
    // With a proforma deducted as well, the deposit invoice's payments are still not read.
    expect(figures([DEPOSIT, overpaid, PROFORMA, payment('p2', '2024-05-04', '100.00', [{ invoice: 'pro-1', amount: '100.00' }])], { ...fin, deducts: ['dep-1', 'pro-1'] })).toEqual(['1100.00', '430.00', '670.00']);
  });

  it('refuses the payments of the proforma post refuses, at their place in the context', () => {
    // 300.00 then 250.00 on a proforma of 500.00, in date order: the second passes its total.
    const context = [PROFORMA, payment('p2', '2024-05-04', '250.00', [{ invoice: 'pro-1', amount: '250.00' }]), payment('p1', '2024-05-03', '300.00', [{ invoice: 'pro-1', amount: '300.00' }])];
    expect(refusals(() => figures(context))).toEqual([
      ['over_allocation', 'context.1.allocations.0.amount', 'Proforma pro-1 totals 50000 minor units and already received 30000: a deposit of 25000 passes its total.'],
    ]);
    const bitcoin = payment('p3', '2024-05-03', '100.00', [{ invoice: 'pro-1', amount: '100.00' }], { method: 'bitcoin' });
    expect(refusals(() => figures([PROFORMA, bitcoin]))).toEqual([
      ['invalid_method', 'context.1.method', 'Unknown payment method "bitcoin": use one of card, cash, cheque, transfer, direct-debit, voucher, credit-note, or map it in the rules (paymentMethods).'],
    ]);
    const tooMuch = payment('p4', '2024-05-03', '100.00', [{ invoice: 'pro-1', amount: '120.00' }]);
    expect(refusals(() => figures([tooMuch, PROFORMA]))).toEqual([
      ['over_allocation', 'context.0.allocations', 'The allocations add up to more than the payment (12000 > 10000 minor units): allocate at most the amount received.'],
    ]);
  });
});
