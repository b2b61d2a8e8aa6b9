// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, defaultRules, eReporting, formats, parseFecBook, post, vatSynthesis } from '../../src/index.js';
import { salesArbitrary } from '../../src/testing/index.js';
import { codeAt, codeOf } from '../_errors.js';
import { vatOnInvoice } from '../_rules.js';
import { BUSINESS } from './_einvoice.js';

const rules = defaultRules();
const JUNE = { from: '2024-06-01', to: '2024-06-30' };
const dupont = { id: 'C1', name: 'DUPONT Jean' };
const DOCS = [
  // 60.00 incl. VAT of services (20 %) and a 12.00 bottle (goods, 707): services' VAT pending until paid.
  { type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-06-03', customer: dupont, pricesIncludeTax: true,
    lines: [{ label: 'Abonnement', quantity: '1', unitPrice: '60.00', vatRate: '20' }, { label: 'Gourde', account: '707100', quantity: '1', unitPrice: '12.00', vatRate: '20' }] },
  { type: 'invoice', id: 'inv-2', kind: 'final', status: 'issued', number: 'FA-2', date: '2024-06-03', customer: { id: 'C2', name: 'MARTIN Léa' }, pricesIncludeTax: true,
    lines: [{ label: 'Cours', quantity: '2', unitPrice: '11.00', vatRate: '10' }] },
  // A business customer: e-invoiced, not e-reported.
  { type: 'invoice', id: 'inv-3', kind: 'final', status: 'issued', number: 'FA-3', date: '2024-06-04', customer: BUSINESS, lines: [{ label: 'Séminaire', quantity: '1', unitPrice: '500.00', vatRate: '20' }] },
  { type: 'payment', id: 'pay-1', date: '2024-06-05', method: 'card', amount: '72.00', customer: dupont, allocations: [{ invoice: 'inv-1', amount: '72.00' }] },
  { type: 'payment', id: 'pay-3', date: '2024-06-06', method: 'transfer', amount: '600.00', customer: BUSINESS, allocations: [{ invoice: 'inv-3', amount: '600.00' }] },
];

describe('eReporting', () => {
  it('worked vector: B2C sales per day, category and rate; payments of services per day and rate; the business left to e-invoicing', () => {
    const r = eReporting(DOCS, rules, { period: JUNE });
    // inv-1: goods 12.00 → base 10.00, VAT 2.00 collected at the sale (TLB1); services 60.00 → 50.00 + 10.00 pending (TPS1);
    // inv-2: 22.00 at 10 % → 20.00 + 2.00 pending (TPS1). One day, so TPS1 counts 2 documents.
    expect(r.transactions.map((t) => [t.date, t.category, t.vatDue, t.base.toFixed(2), t.vat.toFixed(2), t.count])).toEqual([
      ['2024-06-03', 'TLB1', 'on-invoice', '10.00', '2.00', 1],
      ['2024-06-03', 'TPS1', 'on-receipt', '70.00', '12.00', 2],
    ]);
    expect(r.transactions[1]!.rates.map((x) => [x.rate, x.base.toFixed(2), x.vat.toFixed(2)])).toEqual([['10', '20.00', '2.00'], ['20', '50.00', '10.00']]);
    // pay-1 settles inv-1 in full: the services' 60.00 incl. 10.00 VAT becomes due on 5 June.
    expect(r.payments.map((p) => [p.date, p.rates.map((x) => [x.rate, x.received.toFixed(2), x.vat.toFixed(2)])])).toEqual([['2024-06-05', [['20', '60.00', '10.00']]]]);
    expect(r.eInvoiced).toEqual(['inv-3']);
    expect([r.totals.salesBase, r.totals.salesVat, r.totals.paymentsVat].map((x) => x.toFixed(2))).toEqual(['80.00', '14.00', '10.00']);
  });

  it('under the débits option everything is reported at the sale, services and goods apart, and no payment data', () => {
    const r = eReporting(DOCS, vatOnInvoice, { period: JUNE });
    expect(r.transactions.map((t) => [t.category, t.vatDue, t.base.toFixed(2), t.vat.toFixed(2)])).toEqual([
      ['TLB1', 'on-invoice', '10.00', '2.00'],
      ['TPS1', 'on-invoice', '70.00', '12.00'],
    ]);
    expect(r.payments).toEqual([]);
  });

  it('the period filters by the transactions\' dates', () => {
    const r = eReporting(DOCS, rules, { period: { from: '2024-06-04', to: '2024-06-30' } });
    expect(r.transactions).toEqual([]);
    expect(r.payments.length).toBe(1);
  });

  it('its XML lays the figures out', () => {
    const r = eReporting(DOCS, rules, { period: JUNE });
    const xml = formats.eReportingXml.serialize(r, { id: 'ER-2024-06', issuedAt: '20240701T090000Z', declarant: { siren: '123456782', name: 'SALLE & CO' } });
    expect(xml).toContain('<Name>SALLE &amp; CO</Name>');
    expect(xml).toContain('<CategoryCode>TPS1</CategoryCode>');
    expect(xml).toContain('<TaxDueDateTypeCode>72</TaxDueDateTypeCode>');
    expect(xml).toContain('<TaxExclusiveAmount>70.00</TaxExclusiveAmount>');
    expect(xml).toContain('<Amount>60.00</Amount>');
    expect(xml.match(/<Transactions>/g)!.length).toBe(3);
  });

  it('from a Book: the same report, the business customers named in options.businessCustomers', () => {
    const book = createBook(post(DOCS, rules).transactions);
    expect(eReporting(book, rules, { period: JUNE, businessCustomers: [BUSINESS.id] })).toEqual(eReporting(DOCS, rules, { period: JUNE }));
    // Without the business listed, its sale is a consumer's: the Book alone cannot tell.
    expect(eReporting(book, rules, { period: JUNE, businessCustomers: [] }).totals.salesBase.toFixed(2)).toBe('580.00');
  });

  describe('bad input', () => {
    it('a Book without options.businessCustomers, with options.context, in another currency; businessCustomers with documents', () => {
      const book = createBook(post(DOCS, rules).transactions);
      expect(codeAt(() => eReporting(book, rules, { period: JUNE }))).toBe('invalid_option@options.businessCustomers');
      expect(codeAt(() => eReporting(book, rules, { period: JUNE, businessCustomers: [], context: [] }))).toBe('invalid_option@options.context');
      expect(codeAt(() => eReporting(book, defaultRules({ currency: 'USD' }), { period: JUNE, businessCustomers: [] }))).toBe('invalid_option@book');
      expect(codeAt(() => eReporting(DOCS, rules, { period: JUNE, businessCustomers: ['C1'] }))).toBe('invalid_option@options.businessCustomers');
      expect(codeAt(() => eReporting(book, rules, { period: JUNE, businessCustomers: 'C1' as never }))).toBe('invalid_option@options.businessCustomers');
    });
    it('a Book read from a FEC: no transaction types, documents or customers to classify its sales', () => {
      const fec = formats.fec.serialize(createBook(post(DOCS, rules).transactions), { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
      const book = parseFecBook(fec);
      expect(codeAt(() => eReporting(book, rules, { period: JUNE, businessCustomers: [] }))).toMatch(/^invalid_input@book\./);
    });

    it('options and period', () => {
      expect(codeOf(() => eReporting(DOCS, rules, null as never))).toBe('invalid_option');
      expect(codeAt(() => eReporting(DOCS, rules, { period: { from: '2024-02-30', to: '2024-03-01' } }))).toBe('invalid_date@options.period.from');
      expect(codeAt(() => eReporting(DOCS, rules, { period: { from: '2024-07-01', to: '2024-06-01' } }))).toBe('invalid_period@options.period');
    });
    it('the XML writer: not a report, no options, a bad transmission id', () => {
      const r = eReporting(DOCS, rules, { period: JUNE });
      expect(codeOf(() => formats.eReportingXml.serialize(DOCS as never, { id: 'x', issuedAt: '20240701T090000Z', declarant: { siren: '123456782', name: 'X' } }))).toBe('invalid_input');
      expect(codeOf(() => formats.eReportingXml.serialize(r))).toBe('invalid_option');
      expect(codeAt(() => formats.eReportingXml.serialize(r, { id: ' bad', issuedAt: '20240701T090000Z', declarant: { siren: '123456782', name: 'X' } }))).toBe('invalid_option@id');
    });
    it('documents post refuses', () => {
      expect(codeOf(() => eReporting([{ type: 'invoice' }], rules, { period: JUNE }))).toBe('invalid_input');
    });
  });

  describe('properties', () => {
    it('a Book of the posted documents gives the report of the documents, the business customers listed (any sales, some customers businesses)', () => {
      fc.assert(
        fc.property(salesArbitrary({ rules, maxCases: 6 }), fc.nat(), (raw, pick) => {
          const ids = [...new Set(raw.flatMap((d) => ((d as { customer?: { id: string } }).customer ? [(d as { customer: { id: string } }).customer.id] : [])))];
          const businesses = new Set(ids.filter((_, k) => (pick >> k) & 1));
          const docs = raw.map((d) => {
            const customer = (d as { customer?: { id: string } }).customer;
            return customer !== undefined && businesses.has(customer.id) ? { ...d, customer: { ...customer, siren: BUSINESS.siren, address: BUSINESS.address } } : d;
          });
          const period = { from: '2023-01-01', to: '2025-12-31' };
          const txs = post(docs, rules).transactions;
          expect(eReporting(createBook(txs), rules, { period, businessCustomers: businesses })).toEqual(eReporting(docs, rules, { period }));
        }),
        { numRuns: 60 },
      );
    });

    for (const [name, r] of [['VAT due by law', rules], ['the débits option', vatOnInvoice]] as const) {
      it(`e-reporting totals = VAT synthesis (${name}): sales VAT = collected + pending of the period, payments VAT = the vat-transfer movement`, () => {
        fc.assert(
          fc.property(salesArbitrary({ rules: r, maxCases: 6 }), (docs) => {
            const period = { from: '2023-01-01', to: '2025-12-31' };
            const report = eReporting(docs, r, { period });
            const txs = post(docs, r).transactions;
            if (txs.length === 0) {
              expect(report.transactions).toEqual([]);
              return;
            }
            const v = vatSynthesis(createBook(txs), { period, rules: r });
            const byType = (type: string): string => v.collectedByType.find((t) => t.type === type)?.vat.toFixed(2) ?? '0.00';
            // The transfers made by credit notes applied to invoices are not payments: the rest of the vat-transfer movement is.
            const invoices = new Set(docs.filter((d) => d.type === 'invoice').map((d) => d.id));
            const noteTransfers = createBook(txs.filter((t) => t.type === 'vat-transfer' && invoices.has(t.source?.documentId ?? '')));
            const notes = noteTransfers.size === 0 ? 0 : Number(vatSynthesis(noteTransfers, { period, rules: r }).collected.vat.toFixed(2));
            expect(report.totals.paymentsVat.toFixed(2)).toBe((Number(byType('vat-transfer')) - notes).toFixed(2));
            const writeOffs = Number(byType('write-off'));
            expect(report.totals.salesVat.toFixed(2)).toBe((Number(v.collected.vat.plus(v.pending.movements.vat).toFixed(2)) - writeOffs).toFixed(2));
            if (writeOffs === 0) {
              // Per rate: Σ over the days of the sales at that rate = collected + pending at that rate.
              const perRate = new Map<string, number>();
              for (const t of report.transactions) for (const x of t.rates) perRate.set(x.rate, (perRate.get(x.rate) ?? 0) + Math.round(Number(x.vat.toFixed(2)) * 100));
              for (const row of v.rates) {
                if (row.rate === undefined) continue;
                const cents = Math.round(Number(row.collected.vat.plus(row.pending.vat).toFixed(2)) * 100);
                expect(perRate.get(row.rate) ?? 0, `rate ${row.rate}`).toBe(cents);
              }
            }
          }),
          { numRuns: 60 },
        );
      });
    }
  });
});
