import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { post, safePost } from '../../src/index.js';
import { balances, firstIssue, invoice, line, payment, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const usd = (extra: Record<string, unknown> = {}) =>
  invoice('inv-1', '2024-03-01', [line('100.00'), { label: 'Gourde', account: '707100', quantity: '1', unitPrice: '33.33', vatRate: '5.5' }], { currency: 'USD', exchangeRate: '0.9', pricesIncludeTax: false, ...extra });

describe('foreign currency', () => {
  it('posts in EUR at the invoice rate, with the foreign amount on each line', () => {
    const tx = post([usd()], vatOnInvoice).transactions[0]!;
    // 155.16 USD × 0.9 = 139.644 → 139.64 EUR on 411: the total converted once. The VAT converts per rate (18.00, 1.65),
    // the revenue groups too (90.00, 33.33 × 0.9 = 29.997 → 30.00), and the cent they leave over the total goes to the
    // group whose rounding went furthest up (707100: +0.003, 29.99).
    expect(rows(tx)).toEqual(['411 D 139.64 C0001 @inv-1 USD155.16', '706100 C 90.00 USD100.00', '707100 C 29.99 USD33.33', '445711 C 18.00 vat20/90.00 USD20.00', '445713 C 1.65 vat5.5/30.00 USD1.83']);
    expect(tx.currency).toBe('EUR');
  });

  it('posts the exchange difference of a payment at another rate (gain 766, loss 666)', () => {
    const p1 = payment('p-1', '2024-03-10', '50.00', [['inv-1', '50.00']], { currency: 'USD', exchangeRate: '0.95' });
    const p2 = payment('p-2', '2024-03-20', '105.16', [['inv-1', '105.16']], { currency: 'USD', exchangeRate: '0.85' });
    const txs = post([usd(), p1, p2], vatOnInvoice).transactions;
    expect(rows(txs[1]!)).toEqual(['512 D 47.50 USD50.00', '411 C 45.00 C0001 @inv-1 USD50.00', '766 C 2.50']);
    expect(rows(txs[2]!)).toEqual(['512 D 89.39 USD105.16', '411 C 94.64 C0001 @inv-1 USD105.16', '666 D 5.25']);
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

describe('foreign currency: the total converted once', () => {
  it('a payment at the invoice rate settles it with no exchange difference (it left 0.01 on 666 when the lines were summed)', () => {
    const txs = post([usd(), payment('p-1', '2024-03-10', '155.16', [['inv-1', '155.16']], { currency: 'USD', exchangeRate: '0.9' })], vatOnInvoice).transactions;
    expect(rows(txs[1]!)).toEqual(['512 D 139.64 USD155.16', '411 C 139.64 C0001 @inv-1 USD155.16']);
  });

  it('two lines of 0.01 USD at 0.5: a 0.01 EUR invoice, paid at its rate without an exchange difference', () => {
    const exempt = (account: string) => line('0.01', '0', { account, exemption: 'exempt' });
    const docs = [
      invoice('inv-2', '2024-03-01', [exempt('706100'), exempt('707100')], { currency: 'USD', exchangeRate: '0.5' }),
      payment('p-2', '2024-03-05', '0.02', [['inv-2', '0.02']], { currency: 'USD', exchangeRate: '0.5' }),
    ];
    const txs = post(docs, vatOnInvoice).transactions;
    // each line 0.005 → 0.01 EUR alone; the total 0.02 USD is 0.01 EUR: the first line of equal remainders gives its cent
    expect(txs.map(rows)).toEqual([
      ['411 D 0.01 C0001 @inv-2 USD0.02', '707100 C 0.01 vat0/0.01 USD0.01'],
      ['512 D 0.01 USD0.02', '411 C 0.01 C0001 @inv-2 USD0.02'],
    ]);
  });

  it('shares the residual by largest remainder: equal remainders go to the larger amount, then to the first line', () => {
    const exempt = (price: string, account: string) => line(price, '0', { account, exemption: 'exempt' });
    // 0.01 and 0.03 USD at 0.5: 0.005 → 0.01 and 0.015 → 0.02, both up by half a cent; the total 0.04 USD is 0.02 EUR,
    // a cent less: the larger line gives it back (0.01)
    const unequal = post([invoice('inv-3', '2024-03-01', [exempt('0.01', '706100'), exempt('0.03', '707100')], { currency: 'USD', exchangeRate: '0.5' })], vatOnInvoice);
    expect(unequal.transactions.map(rows)).toEqual([['411 D 0.02 C0001 @inv-3 USD0.04', '706100 C 0.01 vat0/0.01 USD0.01', '707100 C 0.01 vat0/0.01 USD0.03']]);
    // three lines of 0.01 USD: 0.03 USD is 0.015 → 0.02 EUR, a cent under the three 0.01: the first line gives it back
    const equal = post([invoice('inv-4', '2024-03-01', [exempt('0.01', '706100'), exempt('0.01', '707100'), exempt('0.01', '708300')], { currency: 'USD', exchangeRate: '0.5' })], vatOnInvoice);
    expect(equal.transactions.map(rows)).toEqual([['411 D 0.02 C0001 @inv-4 USD0.03', '707100 C 0.01 vat0/0.01 USD0.01', '708300 C 0.01 vat0/0.01 USD0.01']]);
    // a residual upwards: 0.01 USD at 0.4 is 0.004 → 0.00 on each line, the total 0.02 USD 0.008 → 0.01: the first line
    // of equal remainders takes the cent
    const up = post([invoice('inv-5', '2024-03-01', [exempt('0.01', '706100'), exempt('0.01', '707100')], { currency: 'USD', exchangeRate: '0.4' })], vatOnInvoice);
    expect(up.transactions.map(rows)).toEqual([['411 D 0.01 C0001 @inv-5 USD0.02', '706100 C 0.01 vat0/0.01 USD0.01']]);
  });

  it("a deposit posts its customer line at the open item's book value: paid at its rate, 411 clears (it kept 0.01)", () => {
    const exempt = (account: string) => line('0.01', '0', { account, exemption: 'exempt' });
    const docs = [
      invoice('dep-1', '2024-03-01', [exempt('706100'), exempt('707100')], { kind: 'deposit', currency: 'USD', exchangeRate: '0.5' }),
      payment('p-3', '2024-03-05', '0.02', [['dep-1', '0.02']], { currency: 'USD', exchangeRate: '0.5' }),
    ];
    const txs = post(docs, vatOnInvoice).transactions;
    expect(txs.map(rows)).toEqual([
      ['411 D 0.01 C0001 @dep-1 USD0.02', '4191 C 0.01 C0001 @dep-1 USD0.02'],
      ['512 D 0.01 USD0.02', '411 C 0.01 C0001 @dep-1 USD0.02'],
    ]);
    expect(balances(txs, (e) => `${e.account}@${e.openItem ?? ''}`).get('411@dep-1')).toBe(0);
  });
});

describe('properties', () => {
  it('conversion law: a foreign invoice or deposit posts its total converted once, and paid in full at its rate leaves 411 at zero with no exchange difference', () => {
    const rates = ['20', '10', '5.5'];
    const accounts = ['706100', '707100', '708300'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5_000, max: 500_000 }), fc.nat(2), fc.nat(2), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.boolean(),
        fc.boolean(),
        (specs, rate, deposit, inclTax) => {
          const lines = specs.map(([cents, a, r, q]) => ({ label: 'x', account: accounts[a]!, quantity: String(q), unitPrice: (cents / 100).toFixed(2), vatRate: rates[r]! }));
          const exchangeRate = (rate / 10_000).toFixed(4);
          const inv = invoice('inv-p', '2024-03-01', lines, { currency: 'USD', exchangeRate, pricesIncludeTax: inclTax, ...(deposit ? { kind: 'deposit' } : {}) });
          const first = safePost([inv], vatOnInvoice);
          // (lines totalling below zero are refused, a zero total is skipped: not this law's cases)
          fc.pre(first.success && first.transactions.length === 1);
          const customer = first.transactions[0]!.entries.find((e) => e.account === '411');
          // (a total below half a cent in EUR has no 411 line: nothing to settle in the book currency)
          fc.pre(customer !== undefined);
          const totalUsd = customer.currency!.amount;
          // the customer line: the document total × rate, rounded once (half away from zero)
          const exact = totalUsd.times(exchangeRate);
          expect(customer.amount.toFixed(2)).toBe(exact.toDecimalPlaces(2, 4 /* ROUND_HALF_UP: half away from zero, the rules' mode */).toFixed(2));
          // every other line stays within 1.5 cents of its own exact conversion: rounded once (half a cent at most), then
          // moved by one unit at most (the residual, at most half a unit per part, never has more units than groups)
          for (const e of first.transactions[0]!.entries) {
            if (e === customer || e.currency === undefined) continue;
            expect(e.amount.minus(e.currency.amount.times(exchangeRate)).abs().lte('0.015')).toBe(true);
          }
          const paid = post([inv, payment('p', '2024-03-02', totalUsd.toFixed(2), [['inv-p', totalUsd.toFixed(2)]], { currency: 'USD', exchangeRate })], vatOnInvoice).transactions;
          expect(paid.flatMap((t) => t.entries).filter((e) => e.account === '666' || e.account === '766')).toEqual([]);
          expect(balances(paid, (e) => `${e.account}@${e.openItem ?? ''}`).get('411@inv-p')).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });


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
