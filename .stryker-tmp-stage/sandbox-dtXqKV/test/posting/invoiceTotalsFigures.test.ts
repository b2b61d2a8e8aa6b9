// @ts-nocheck
// The figures behind invoiceTotals (src/posting/_lib/figures.ts): line amounts with fractional quantities,
// the refusals of each line with path and message (the hint for a rate written as a fraction), prices
// incl. tax spread over several accounts of one rate, per-line rounding incl. tax, and overflow.
import { describe, expect, it } from 'vitest';
import { defaultRules, invoiceTotals, type InvoiceTotals } from '../../src/index.js';
import { errorOf, invoice } from './_helpers.js';

const show = (t: InvoiceTotals) => [t.base.toFixed(2), t.vat.toFixed(2), t.touristTax.toFixed(2), t.total.toFixed(2), t.rates.map((r) => `${r.rate}:${r.base.toFixed(2)}/${r.vat.toFixed(2)}`)];
const L = (unitPrice: string, extra: Record<string, unknown> = {}) => ({ label: 'Cours', quantity: '1', unitPrice, vatRate: '20', ...extra });
const issues = (inv: unknown, rules = defaultRules()) => errorOf(() => invoiceTotals(inv, rules)).issues.map((i) => [i.code, i.path.join('.'), i.message]);

describe('invoiceTotals: line amounts', () => {
  it('multiplies by whole and fractional quantities, rounding a fraction of a cent once (half away from zero)', () => {
    // 2.5 × 10.01 = 25.025 → 25.03; 3 × 1.10 = 3.30; excl. tax at 20 %.
    const t = invoiceTotals(invoice('q', '2024-10-15', [L('10.01', { quantity: '2.5' }), L('1.10', { quantity: '3' })], { pricesIncludeTax: false }));
    expect(show(t)).toEqual(['28.33', '5.67', '0.00', '34.00', ['20:28.33/5.67']]);
    // 0.5 × 0.01 = 0.005 → 0.01; half-even rules → 0.00
    const half = invoice('h', '2024-10-15', [L('0.01', { quantity: '0.5', vatRate: '0', exemption: 'exempt' })], { pricesIncludeTax: false });
    expect(invoiceTotals(half).total.toFixed(2)).toBe('0.01');
    expect(invoiceTotals(half, defaultRules({ rounding: 'half-even' })).total.toFixed(2)).toBe('0.00');
  });

  it('refuses a too large unit price, quantity or line amount, each at its path', () => {
    expect(issues(invoice('x', '2024-10-15', [L('90071992547409.92')]))).toEqual([['amount_overflow', 'lines.0.unitPrice', 'Unit price 90071992547409.92 is too large.']]);
    expect(issues(invoice('x', '2024-10-15', [L('1.00', { quantity: '9007199254740993' })]))).toEqual([['amount_overflow', 'lines.0.quantity', 'Quantity 9007199254740993 is too large.']]);
    expect(issues(invoice('x', '2024-10-15', [L('1000000.00', { quantity: '100000000000' })]))).toEqual([
      ['amount_overflow', 'lines.0', 'The line amount (quantity × unit price) is too large.'],
    ]);
    expect(issues(invoice('x', '2024-10-15', [L('1.005')]))).toEqual([
      ['too_many_decimals', 'lines.0.unitPrice', 'Unit price 1.005 has more decimals than the currency allows (2): round it (the line amount is quantity × unit price).'],
    ]);
  });

  it('refuses a document total past the safe integers', () => {
    const big = L('50000000000000.00');
    const SUM = 'The lines add up, in absolute value, past the largest amount held exactly (Number.MAX_SAFE_INTEGER minor units): split the document.';
    expect(issues(invoice('x', '2024-10-15', [big, big]))).toEqual([['amount_overflow', 'lines', SUM]]);
    // One safe line whose VAT takes the total past them: 80 000 000 000 000.00 + 20 %.
    expect(issues(invoice('x', '2024-10-15', [L('80000000000000.00', { vatRate: '20' })], { pricesIncludeTax: false }))).toEqual([['amount_overflow', 'lines', 'The document total is too large.']]);
    // A group past them offset by lines on another account: the total is safe, the 706 group is not (an exact sum
    // could not be held): refused, not accepted with an inexact revenue entry.
    const b = '45035996273704.95';
    const offset = [L(b, { vatRate: '0', exemption: 'exempt' }), L(b, { vatRate: '0', exemption: 'exempt' }), L(b, { vatRate: '0', exemption: 'exempt' }), L(`-${b}`, { vatRate: '0', exemption: 'exempt', account: '707100' }), L(`-${b}`, { vatRate: '0', exemption: 'exempt', account: '707100' })];
    expect(issues(invoice('x', '2024-10-15', offset))).toEqual([['amount_overflow', 'lines', SUM]]);
    // Just below: Σ|amounts| = MAX_SAFE_INTEGER minor units is held exactly.
    expect(invoiceTotals(invoice('x', '2024-10-15', [L('45035996273704.96', { vatRate: '0', exemption: 'exempt' }), L('-45035996273704.95', { vatRate: '0', exemption: 'exempt', account: '707100' })])).total.toFixed(2)).toBe('0.01');
  });
});

describe('invoiceTotals: refused lines', () => {
  it('hints at the percent meant by a rate written as a fraction, and at 100 % for a three-digit rate', () => {
    const hint = (vatRate: string) => issues(invoice('x', '2024-10-15', [L('1.00', { vatRate })]))[0]![2];
    expect(hint('0.2')).toBe('VAT rate "0.2" is not one the posting rules accept (0, 2.1, 5.5, 10, 20): a rate is written in percent — did you mean "20"?');
    expect(hint('0.055')).toMatch(/did you mean "5\.5"\?$/);
    expect(hint('0.05')).toMatch(/did you mean "5"\?$/);
    expect(hint('200')).toMatch(/: a VAT rate is a percentage of at most 100\.$/);
    expect(hint('7')).toMatch(/use one of them/);
  });

  it('refuses an account outside the chart, or longer than the rules width', () => {
    expect(issues(invoice('x', '2024-10-15', [L('1.00', { account: '799999' })]))).toEqual([
      ['unknown_account', 'lines.0.account', 'Account 799999 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.'],
    ]);
    const e = issues(invoice('x', '2024-10-15', [L('1.00', { account: '7061000' })]), defaultRules({ accountWidth: 6 }));
    expect(e.map((i) => [i[0], i[1]])).toEqual([['account_too_long', 'lines.0.account']]);
  });
});

describe('invoiceTotals: prices incl. tax over several accounts of a rate', () => {
  it('rounds the base of each rate once (per invoice rate) whatever the accounts', () => {
    // 10.00 + 10.00 + 10.00 incl. 20 % on three accounts: 30.00 / 1.2 = 25.00, VAT 5.00 (not 3 × 8.33).
    const t = invoiceTotals(invoice('a', '2024-10-15', [L('10.00', { account: '706100' }), L('10.00', { account: '706200' }), L('10.00', { account: '706300' })]));
    expect(show(t)).toEqual(['25.00', '5.00', '0.00', '30.00', ['20:25.00/5.00']]);
  });

  it('rounds each line incl. tax with per-line rounding: 3 × 10.00 → 3 × 8.33 + 3 × 1.67', () => {
    const t = invoiceTotals(invoice('a', '2024-10-15', [L('10.00', { account: '706100' }), L('10.00', { account: '706200' }), L('10.00')]), defaultRules({ vatRounding: 'per-line' }));
    expect(show(t)).toEqual(['24.99', '5.01', '0.00', '30.00', ['20:24.99/5.01']]);
  });

  it('keeps a zero rate whole: base = gross, no VAT, incl. or excl. tax, per rate or per line', () => {
    for (const rules of [defaultRules(), defaultRules({ vatRounding: 'per-line' })]) {
      for (const pricesIncludeTax of [true, false]) {
        const t = invoiceTotals(invoice('z', '2024-10-15', [L('10.01', { vatRate: '0', exemption: 'exempt' }), L('12.00')], { pricesIncludeTax }), rules);
        // rates in first-use order: the zero rate first
        expect(t.rates.map((r) => [r.rate, r.base.toFixed(2), r.vat.toFixed(2)])[1]).toEqual(['20', pricesIncludeTax ? '10.00' : '12.00', pricesIncludeTax ? '2.00' : '2.40']);
        expect(t.rates.map((r) => [r.rate, r.base.toFixed(2), r.vat.toFixed(2)])[0]).toEqual(['0', '10.01', '0.00']);
      }
    }
  });

  it('adds the tourist tax of several lines on one account outside the VAT base', () => {
    const tax = { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60' };
    const t = invoiceTotals(invoice('t', '2024-10-15', [L('12.00'), tax, { ...tax, quantity: '3' }]));
    expect(show(t)).toEqual(['10.00', '2.00', '3.00', '15.00', ['20:10.00/2.00']]);
  });
});
