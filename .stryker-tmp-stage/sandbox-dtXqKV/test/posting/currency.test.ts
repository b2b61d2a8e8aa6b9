// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { post } from '../../src/index.js';
import { balances, firstIssue, invoice, line, payment, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const usd = (extra: Record<string, unknown> = {}) =>
  invoice('inv-1', '2024-03-01', [line('100.00'), { label: 'Gourde', account: '707100', quantity: '1', unitPrice: '33.33', vatRate: '5.5' }], { currency: 'USD', exchangeRate: '0.9', pricesIncludeTax: false, ...extra });

describe('foreign currency', () => {
  it('posts in EUR at the invoice rate, with the foreign amount on each line', () => {
    const tx = post([usd()], vatOnInvoice).transactions[0]!;
    expect(rows(tx)).toEqual(['411 D 139.65 C0001 @inv-1 USD155.16', '706100 C 90.00 USD100.00', '707100 C 30.00 USD33.33', '445711 C 18.00 vat20/90.00 USD20.00', '445713 C 1.65 vat5.5/30.00 USD1.83']);
    expect(tx.currency).toBe('EUR');
  });

  it('posts the exchange difference of a payment at another rate (gain 766, loss 666)', () => {
    const p1 = payment('p-1', '2024-03-10', '50.00', [['inv-1', '50.00']], { currency: 'USD', exchangeRate: '0.95' });
    const p2 = payment('p-2', '2024-03-20', '105.16', [['inv-1', '105.16']], { currency: 'USD', exchangeRate: '0.85' });
    const txs = post([usd(), p1, p2], vatOnInvoice).transactions;
    expect(rows(txs[1]!)).toEqual(['512 D 47.50 USD50.00', '411 C 45.00 C0001 @inv-1 USD50.00', '766 C 2.50']);
    expect(rows(txs[2]!)).toEqual(['512 D 89.39 USD105.16', '411 C 94.65 C0001 @inv-1 USD105.16', '666 D 5.26']);
    expect(balances(txs, (e) => `${e.account}@${e.openItem ?? ''}`).get('411@inv-1')).toBe(0);
  });

  it('refuses a currency without its rate, a rate without a currency, and a payment in another currency than the invoice', () => {
    expect(firstIssue(() => post([usd({ exchangeRate: undefined })], vatOnInvoice))).toMatchObject({ code: 'missing_exchange_rate', path: [0, 'exchangeRate'] });
    expect(firstIssue(() => post([usd({ currency: undefined })], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [0, 'exchangeRate'] });
    expect(firstIssue(() => post([usd(), payment('p-1', '2024-03-10', '50.00', [['inv-1', '50.00']])], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [1, 'allocations', 0, 'invoice'] });
    expect(firstIssue(() => post([usd({ exchangeRate: '0' })], vatOnInvoice))).toMatchObject({ code: 'invalid_amount', path: [0, 'exchangeRate'] });
  });

  it('knows currencies without decimals (JPY)', () => {
    const tx = post([invoice('inv-1', '2024-03-01', [line('1200')], { currency: 'JPY', exchangeRate: '0.0062' })], vatOnInvoice).transactions[0]!;
    expect(rows(tx)).toEqual(['411 D 7.44 C0001 @inv-1 JPY1200.00', '706100 C 6.20 JPY1000.00', '445711 C 1.24 vat20/6.20 JPY200.00']);
  });
});

describe('properties', () => {
  it('a foreign invoice paid in full at any rates leaves its customer item at zero in EUR, the difference in 666 / 766', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 5000, max: 15000 }), fc.integer({ min: 5000, max: 15000 }), (cents, percent, r1, r2) => {
        const inv = invoice('inv-1', '2024-03-01', [line((cents / 100).toFixed(2))], { currency: 'USD', exchangeRate: (r1 / 10000).toFixed(4) });
        const total = cents;
        const a = Math.floor((total * percent) / 100);
        const docs = [inv];
        if (a > 0) docs.push(payment('p-1', '2024-03-02', (a / 100).toFixed(2), [['inv-1', (a / 100).toFixed(2)]], { currency: 'USD', exchangeRate: (r2 / 10000).toFixed(4) }));
        docs.push(payment('p-2', '2024-03-03', ((total - a) / 100).toFixed(2), [['inv-1', ((total - a) / 100).toFixed(2)]], { currency: 'USD', exchangeRate: (r1 / 10000).toFixed(4) }));
        const txs = post(docs, vatOnInvoice).transactions;
        const b = balances(txs, (e) => `${e.account}@${e.openItem ?? ''}`);
        expect(b.get('411@inv-1')).toBe(0);
        for (const t of txs) expect(t.entries.reduce((s, e) => s + (e.side === 'debit' ? e.minor : -e.minor), 0)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
