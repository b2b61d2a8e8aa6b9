// @ts-nocheck
// The properties of eInvoice (src/posting/eInvoice.ts): its totals are the amounts post books, for any invoice.
// Apart from eInvoice.test.ts so that mutation testing can run the fast unit tests alone (docs/quality.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, defaultRules, eInvoice, post, trialBalance, type Invoice } from '../../src/index.js';
import { invoiceArbitrary } from '../../src/testing/index.js';
import { vatOnInvoice } from '../_rules.js';
import { BUSINESS, SELLER } from './_einvoice.js';

const rules = defaultRules();

describe('eInvoice', () => {
  describe('properties', () => {
    const withIdentity = (inv: Invoice): Invoice => ({
      ...inv,
      customer: { ...inv.customer, siren: '732829320', address: BUSINESS.address },
      lines: inv.lines.map((l) => (l.exemption === 'exempt' ? { ...l, exemptionReason: 'Exonération de TVA, article 261 du CGI' } : l)),
    }) as Invoice;
    for (const [name, r] of [['VAT due by law', rules], ['the débits option', vatOnInvoice], ['per-line rounding', defaultRules({ vatRounding: 'per-line' })]] as const) {
      it(`e-invoice totals = posted amounts (${name}): line total − tourist tax = 7xx, VAT per rate = the invoice's VAT, due = 411`, () => {
        fc.assert(
          fc.property(invoiceArbitrary({ rules: r }), (raw) => {
            const inv = withIdentity(raw);
            const m = eInvoice(inv, r, { seller: SELLER });
            const book = createBook(post([inv], r).transactions);
            const tb = trialBalance(book);
            const sum = (pred: (a: string) => boolean, side: 'debit' | 'credit'): string =>
              tb.rows.filter((x) => pred(x.account)).reduce((s, x) => s.plus(x.movements[side]), m.totals.due.minus(m.totals.due)).toFixed(2);
            const disbursements = m.lines.filter((l) => l.disbursement).reduce((s, l) => s.plus(l.netAmount), m.totals.due.minus(m.totals.due));
            expect(m.totals.lineTotal.minus(disbursements).toFixed(2)).toBe(sum((a) => a.startsWith('7'), 'credit'));
            expect(m.totals.due.toFixed(2)).toBe(sum((a) => a.startsWith('411'), 'debit'));
            expect(sum((a) => a.startsWith('4457'), 'credit')).toBe(m.totals.tax.toFixed(2));
            expect(m.totals.grandTotal.toFixed(2)).toBe(m.totals.taxBasis.plus(m.totals.tax).toFixed(2));
            for (const b of m.vatBreakdown) {
              const lines = m.lines.filter((l) => l.category === b.category && l.rate === b.rate);
              expect(lines.reduce((s, l) => s.plus(l.netAmount), b.basis.minus(b.basis)).toFixed(2)).toBe(b.basis.toFixed(2));
            }
            expect(m.vatBreakdown.reduce((s, b) => s.plus(b.tax), m.totals.tax.minus(m.totals.tax)).toFixed(2)).toBe(m.totals.tax.toFixed(2));
          }),
          { numRuns: 150 },
        );
      });
    }
  });
});
