// @ts-nocheck
// invoiceTotals: the totals `post` computes for an invoice, for billing software to check its own against.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, invoiceTotals, post, type InvoiceTotals } from '../../src/index.js';
import { errorOf, invoice } from './_helpers.js';

const show = (t: InvoiceTotals) => ({
  currency: t.currency,
  base: t.base.toFixed(2),
  vat: t.vat.toFixed(2),
  touristTax: t.touristTax.toFixed(2),
  total: t.total.toFixed(2),
  rates: t.rates.map((r) => `${r.rate}:${r.base.toFixed(2)}/${r.vat.toFixed(2)}`),
});
const codes = (fn: () => unknown): string[] => errorOf(fn).issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('invoiceTotals', () => {
  it('pins the worked vector: 3 × 19.90 incl. 20 % VAT = 49.75 + 9.95 = 59.70', () => {
    const t = invoiceTotals(invoice('inv-1', '2024-10-15', [{ label: 'Cours', quantity: '3', unitPrice: '19.90', vatRate: '20' }]));
    expect(show(t)).toEqual({ currency: 'EUR', base: '49.75', vat: '9.95', touristTax: '0.00', total: '59.70', rates: ['20:49.75/9.95'] });
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.rates)).toBe(true);
  });

  it('prices excl. tax: two rates in first-use order, tourist tax outside the VAT base', () => {
    // 2 × 10.00 at 20 % → 20.00 + 4.00; 33.33 at 5.5 % → 1.833… rounded half-up to 1.83; taxe de séjour 14 × 0.60 = 8.40.
    const t = invoiceTotals(invoice('inv-2', '2024-10-15', [
      { label: 'Emplacement', quantity: '2', unitPrice: '10.00', vatRate: '20' },
      { label: 'Repas', quantity: '1', unitPrice: '33.33', vatRate: '5.5' },
      { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
      { label: 'Emplacement', quantity: '1', unitPrice: '5.00', vatRate: '20' },
    ], { pricesIncludeTax: false }));
    expect(show(t)).toEqual({ currency: 'EUR', base: '58.33', vat: '6.83', touristTax: '8.40', total: '73.56', rates: ['20:25.00/5.00', '5.5:33.33/1.83'] });
  });

  it('follows the rules\' VAT rounding: per invoice rate (default) or per line', () => {
    // Three lines of 0.33 excl. tax at 20 %: per rate 0.99 × 20 % = 0.198 → 0.20; per line 0.066 → 0.07, three times 0.21.
    const inv = invoice('inv-3', '2024-10-15', [0, 1, 2].map((k) => ({ label: `L${k}`, quantity: '1', unitPrice: '0.33', vatRate: '20' })), { pricesIncludeTax: false });
    expect(show(invoiceTotals(inv)).vat).toBe('0.20');
    expect(show(invoiceTotals(inv, defaultRules({ vatRounding: 'per-line' })))).toMatchObject({ base: '0.99', vat: '0.21', total: '1.20' });
  });

  it('computes in the invoice currency with its own decimals (JPY has none)', () => {
    const t = invoiceTotals(invoice('inv-4', '2024-10-15', [{ label: 'Cours', quantity: '1', unitPrice: '1200', vatRate: '20' }], { currency: 'JPY' }));
    expect([t.currency, t.base.toFixed(), t.vat.toFixed(), t.total.toFixed()]).toEqual(['JPY', '1000', '200', '1200']);
  });

  it.each([
    ['a value that is not an invoice', { type: 'payment' }, /^invalid_input@/],
    ['a rate the rules do not accept', invoice('x', '2024-10-15', [{ label: 'A', quantity: '1', unitPrice: '1.00', vatRate: '7' }]), /^unknown_vat_rate@lines\.0\.vatRate$/],
    ['a unit price finer than the currency', invoice('x', '2024-10-15', [{ label: 'A', quantity: '1', unitPrice: '1.005', vatRate: '20' }]), /^too_many_decimals@lines\.0\.unitPrice$/],
    ['tourist tax on a deposit invoice', invoice('x', '2024-10-15', [{ label: 'Acompte', quantity: '1', unitPrice: '100.00', vatRate: '20' }, { label: 'Taxe', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60' }], { kind: 'deposit' }), /^invalid_input@lines\.1\.kind$/],
  ])('refuses %s with a typed issue', (_, value, code) => {
    expect(codes(() => invoiceTotals(value))[0]).toMatch(code);
  });

  it('reports every bad line, not only the first', () => {
    const inv = invoice('x', '2024-10-15', [{ label: 'A', quantity: '1', unitPrice: '1.00', vatRate: '7' }, { label: 'B', quantity: '1', unitPrice: '1.001', vatRate: '20' }]);
    expect(codes(() => invoiceTotals(inv))).toEqual(['unknown_vat_rate@lines.0.vatRate', 'too_many_decimals@lines.1.unitPrice']);
  });

  describe('properties', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 20 }).map(String),
      unitPrice: fc.integer({ min: 1, max: 500_000 }).map((c) => (c / 100).toFixed(2)),
      vatRate: fc.constantFrom('0', '2.1', '5.5', '10', '20'),
    }).map((l) => ({ label: 'L', ...l, ...(l.vatRate === '0' ? { exemption: 'intra-eu' } : {}) }));
    it('agreement with post: the total is what post debits the customer, and total = base + VAT + tourist tax = Σ per rate', () => {
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('per-invoice-rate', 'per-line') as fc.Arbitrary<'per-invoice-rate' | 'per-line'>, (lines, ttc, vatRounding) => {
          const rules = defaultRules({ vatRounding });
          const inv = invoice('p', '2024-10-15', lines, { pricesIncludeTax: ttc });
          const t = invoiceTotals(inv, rules);
          expect(t.total.equals(t.base.plus(t.vat).plus(t.touristTax))).toBe(true);
          expect(t.rates.reduce((s, r) => s.plus(r.base), t.base.minus(t.base)).equals(t.base)).toBe(true);
          expect(t.rates.reduce((s, r) => s.plus(r.vat), t.vat.minus(t.vat)).equals(t.vat)).toBe(true);
          const customer = post([inv], rules).transactions[0]!.entries.find((e) => e.account.startsWith('411'))!;
          expect(customer.amount.toFixed(2)).toBe(t.total.toFixed(2));
        }),
        { numRuns: 200 },
      );
    });
  });
});
