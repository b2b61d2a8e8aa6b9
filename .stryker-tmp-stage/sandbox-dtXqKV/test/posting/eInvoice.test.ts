// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRules, eInvoice, formats, post } from '../../src/index.js';
import { codeAt, codeOf } from '../_errors.js';
import { vatOnInvoice } from '../_rules.js';
import { BUSINESS, DEPOSIT, FINAL, SELLER } from './_einvoice.js';

const rules = defaultRules();
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/einvoice/${name}`, import.meta.url), 'utf8');

describe('eInvoice', () => {
  it('worked vector: two rates incl. VAT, an exempt line, the tourist tax, a deposit deducted', () => {
    const m = eInvoice(FINAL, rules, { seller: SELLER, context: [DEPOSIT], payment: { dueDate: '2024-08-19' } });
    // 10 × 45.90 = 459.00 TTC at 10 % → base 459 / 1.1 = 417.2727… → 417.27, VAT 41.73;
    // 3 × 19.99 = 59.97 TTC at 20 % → base 49.975 → 49.98 (half away from zero), VAT 9.99;
    // exempt 2 × 15.00 = 30.00; tourist tax 40 × 0.66 = 26.40 (E, débours); deposit 300.00 + 10 % = 330.00.
    expect(m.typeCode).toBe('380');
    expect(m.lines.map((l) => [l.category, l.rate, l.netAmount.toFixed(2), l.netPrice.toFixed()])).toEqual([
      ['S', '10', '417.27', '41.727'],
      ['S', '20', '49.98', '16.66'],
      ['E', '0', '30.00', '15'],
      ['E', '0', '26.40', '0.66'],
    ]);
    expect(m.vatBreakdown.map((b) => [b.category, b.rate, b.basis.toFixed(2), b.tax.toFixed(2), b.exemptionCode ?? ''])).toEqual([
      ['S', '10', '417.27', '41.73', ''],
      ['S', '20', '49.98', '9.99', ''],
      ['E', '0', '56.40', '0.00', ''],
    ]);
    expect(m.vatBreakdown[2]!.exemptionReason).toBe('Exonération de TVA, article 261-4-4° du CGI ; Taxe de séjour perçue pour le compte de la commune : débours hors base de TVA (CGI art. 267-II-2°)');
    const t = m.totals;
    expect([t.lineTotal, t.taxBasis, t.tax, t.grandTotal, t.prepaid, t.due].map((x) => x.toFixed(2))).toEqual(['523.65', '523.65', '51.72', '575.37', '330.00', '245.37']);
    expect(m.period).toEqual({ from: '2024-07-10', to: '2024-07-19' });
    expect(m.notes.map((n) => n.subject)).toEqual(['PMD', 'PMT', 'AAB', 'AAI']);
    expect(m.notes[3]!.text).toBe('Acomptes déduits : FA2024-0100.');
    expect(m.payment).toMatchObject({ meansCode: '58', iban: SELLER.iban, dueDate: '2024-08-19', reference: 'FA2024-0101' });
  });

  it('its CII XML is pinned', () => {
    const m = eInvoice(FINAL, rules, { seller: SELLER, context: [DEPOSIT], payment: { dueDate: '2024-08-19' } });
    expect(formats.cii.serialize(m)).toBe(fixture('final-two-rates-deposit-exempt.xml'));
  });

  it('the tourist tax is a disbursement: E with VATEX-EU-79-C when alone among exempt lines', () => {
    const inv = { ...FINAL, deducts: undefined, lines: [FINAL.lines[0], FINAL.lines[3]] };
    const m = eInvoice(inv, rules, { seller: SELLER });
    expect(m.vatBreakdown.at(-1)).toMatchObject({ category: 'E', exemptionCode: 'VATEX-EU-79-C' });
    expect(m.lines[1]!.disbursement).toBe(true);
  });

  it('a deposit invoice is type 386; a credit note is 381 with the invoice it corrects (BG-3)', () => {
    expect(eInvoice(DEPOSIT, rules, { seller: SELLER }).typeCode).toBe('386');
    const invoice = { type: 'invoice', id: 'inv-9', kind: 'final', status: 'issued', number: 'FA2024-0109', date: '2024-09-01', customer: BUSINESS, lines: [{ label: 'Séminaire', quantity: '1', unitPrice: '1000.00', vatRate: '20' }] };
    const note = { type: 'invoice', id: 'av-1', kind: 'credit-note', status: 'issued', number: 'AV2024-0001', date: '2024-09-10', customer: BUSINESS, corrects: 'inv-9', lines: [{ label: 'Geste commercial', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
    const m = eInvoice(note, rules, { seller: SELLER, context: [invoice] });
    expect(m.typeCode).toBe('381');
    expect(m.precedingInvoice).toEqual({ number: 'FA2024-0109', date: '2024-09-01' });
    expect([m.totals.taxBasis, m.totals.tax, m.totals.due].map((x) => x.toFixed(2))).toEqual(['100.00', '20.00', '120.00']);
    expect(formats.cii.serialize(m)).toBe(fixture('credit-note.xml'));
  });

  it('a foreign-currency invoice states its VAT in EUR (BT-6, BT-111) as post converts it', () => {
    const inv = { type: 'invoice', id: 'inv-usd', kind: 'final', status: 'issued', number: 'FA2024-0200', date: '2024-10-01', currency: 'USD', exchangeRate: '0.9215', customer: { ...BUSINESS, id: 'C0200' }, lines: [{ label: 'Séjour groupe', quantity: '1', unitPrice: '1234.56', vatRate: '10' }] };
    const m = eInvoice(inv, vatOnInvoice, { seller: SELLER });
    // VAT 123.46 USD × 0.9215 = 113.768… → 113.77 EUR, the 445710 credit post writes.
    expect(m.currency).toBe('USD');
    expect(m.vatCurrency).toBe('EUR');
    expect(m.totals.tax.toFixed(2)).toBe('123.46');
    expect(m.totals.taxInVatCurrency!.toFixed(2)).toBe('113.77');
    const tx = post([inv], vatOnInvoice).transactions[0]!;
    const vat = tx.entries.filter((e) => e.account.startsWith('4457')).reduce((s, e) => s + Number(e.credit!.toFixed(2)), 0);
    expect(vat.toFixed(2)).toBe('113.77');
    expect(formats.cii.serialize(m)).toBe(fixture('foreign-currency.xml'));
  });

  it('a final invoice deducting a proforma states what the proforma received as prepaid, the 411 debit post writes', () => {
    // Proforma 500.00 TTC at 10 %; 150.00 received on it; the final invoice (500.00) deducts it: 350.00 due.
    const proforma = { type: 'invoice', id: 'pro-1', kind: 'proforma', status: 'issued', number: 'PRO-1', date: '2024-05-02', customer: BUSINESS, pricesIncludeTax: true,
      lines: [{ label: 'Séjour groupe', quantity: '1', unitPrice: '500.00', vatRate: '10' }] };
    const paid = { type: 'payment', id: 'pay-1', date: '2024-05-03', method: 'transfer', amount: '150.00', customer: BUSINESS, allocations: [{ invoice: 'pro-1', amount: '150.00' }] };
    const final = { ...proforma, id: 'inv-7', kind: 'final', number: 'FA2024-0107', date: '2024-07-20', deducts: ['pro-1'] };
    const m = eInvoice(final, rules, { seller: SELLER, context: [proforma, paid] });
    expect([m.totals.grandTotal, m.totals.prepaid, m.totals.due].map((x) => x.toFixed(2))).toEqual(['500.00', '150.00', '350.00']);
    const posted = post([proforma, paid, final], rules).transactions.find((t) => t.source?.documentId === 'inv-7')!;
    expect(posted.entries.filter((e) => e.account.startsWith('411')).reduce((s, e) => s.plus(e.debit ?? 0).minus(e.credit ?? 0), m.totals.due.minus(m.totals.due)).toFixed(2)).toBe('350.00');
    // A payment on the proforma that is itself invalid is reported at its place in the context.
    expect(codeAt(() => eInvoice(final, rules, { seller: SELLER, context: [proforma, { ...paid, amount: '900.00', allocations: [{ invoice: 'pro-1', amount: '900.00' }] }] }))).toBe('over_allocation@context.1.allocations.0.amount');
  });

  it('a buyer with a SIRET has one identifier, its SIRET (BT-46 scheme 0009; CII-SR-450)', () => {
    const buyer = { ...BUSINESS, siret: '73282932000074' };
    const xml = formats.cii.serialize(eInvoice({ ...DEPOSIT, customer: buyer }, rules, { seller: SELLER }));
    const party = /<ram:BuyerTradeParty>[\s\S]*?<\/ram:BuyerTradeParty>/.exec(xml)![0];
    expect(party).toContain('<ram:GlobalID schemeID="0009">73282932000074</ram:GlobalID>');
    expect(party).not.toContain('<ram:ID>C0100</ram:ID>');
    expect(/<ram:BuyerTradeParty>[\s\S]*?<\/ram:BuyerTradeParty>/.exec(formats.cii.serialize(eInvoice(DEPOSIT, rules, { seller: SELLER })))![0]).toContain('<ram:ID>C0100</ram:ID>');
  });

  it('the billing framework (BT-23): goods B, services S, both M; 4 after deposits, else 1; a debit note is a corrected invoice 384 (no 383 in France)', () => {
    const goods = { label: 'Gourdes', account: '707100', quantity: '10', unitPrice: '8.00', vatRate: '20' };
    const service = { label: 'Coaching', quantity: '1', unitPrice: '100.00', vatRate: '20' };
    const inv = (lines: object[], extra: object = {}) => ({ type: 'invoice', id: 'bp', kind: 'final', status: 'issued', number: 'FA-BP', date: '2024-03-01', customer: BUSINESS, lines, ...extra });
    expect(eInvoice(inv([goods]), rules, { seller: SELLER }).businessProcess).toBe('B1');
    expect(eInvoice(inv([service]), rules, { seller: SELLER }).businessProcess).toBe('S1');
    expect(eInvoice(inv([goods, service]), rules, { seller: SELLER }).businessProcess).toBe('M1');
    expect(eInvoice(FINAL, rules, { seller: SELLER, context: [DEPOSIT] }).businessProcess).toBe('S4');
    expect(eInvoice(DEPOSIT, rules, { seller: SELLER }).businessProcess).toBe('S1');
    expect(eInvoice(inv([service]), rules, { seller: SELLER, businessProcess: 'S5' }).businessProcess).toBe('S5');
    const note = inv([service], { id: 'dn', kind: 'debit-note', number: 'ND-1', corrects: 'bp0' });
    const m = eInvoice(note, rules, { seller: SELLER, context: [inv([service], { id: 'bp0', number: 'FA-BP0' })] });
    expect([m.typeCode, m.precedingInvoice?.number]).toEqual(['384', 'FA-BP0']);
    expect(eInvoice({ ...note, corrects: undefined }, rules, { seller: SELLER }).typeCode).toBe('380');
    expect(formats.cii.serialize(m)).toContain('<ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>S1</ram:ID>');
  });

  it('direct debit: means 59, mandate and creditor id', () => {
    const m = eInvoice({ ...FINAL, deducts: undefined }, rules, { seller: SELLER, payment: { means: 'direct-debit', mandate: 'RUM-0001', debtorIban: 'FR1420041010050500013M02606' } });
    expect(m.payment).toMatchObject({ meansCode: '59', mandate: 'RUM-0001', creditorId: 'FR72ZZZ123456', iban: undefined });
    const xml = formats.cii.serialize(m);
    expect(xml).toContain('<ram:CreditorReferenceID>FR72ZZZ123456</ram:CreditorReferenceID>');
    expect(xml).toContain('<ram:DirectDebitMandateID>RUM-0001</ram:DirectDebitMandateID>');
  });

  it('XML specials in texts are escaped; a control character is refused', () => {
    const inv = { ...FINAL, deducts: undefined, customer: { ...BUSINESS, name: 'Durand & "fils" <SARL>' } };
    expect(formats.cii.serialize(eInvoice(inv, rules, { seller: SELLER }))).toContain('<ram:Name>Durand &amp; &quot;fils&quot; &lt;SARL&gt;</ram:Name>');
    const bad = { ...FINAL, deducts: undefined, lines: [{ ...FINAL.lines[0], label: 'Bell\u0007' }] };
    expect(codeOf(() => formats.cii.serialize(eInvoice(bad, rules, { seller: SELLER })))).toBe('invalid_input');
  });

  describe('bad input', () => {
    const one = (customer: object, line: object = { label: 'Séminaire', quantity: '1', unitPrice: '100.00', vatRate: '20' }) => ({
      type: 'invoice', id: 'x', kind: 'final', status: 'issued', number: 'FX-1', date: '2024-03-01', customer, lines: [line],
    });
    it('a business invoice without the buyer identifier', () => {
      expect(codeAt(() => eInvoice(one({ id: 'C1', name: 'DUPONT Jean', address: BUSINESS.address }), rules, { seller: SELLER }))).toBe('missing_party_identity@customer');
    });
    it('a buyer without an address (BR-10)', () => {
      expect(codeAt(() => eInvoice(one({ id: 'C1', name: 'ACME', siren: '732829320' }), rules, { seller: SELLER }))).toBe('missing_party_identity@customer.address');
    });
    it('a VAT number with a bad check digit, on the customer and on the seller', () => {
      expect(codeAt(() => eInvoice(one({ ...BUSINESS, vatNumber: 'FR45732829320' }), rules, { seller: SELLER }))).toBe('invalid_vat_number@customer.vatNumber');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, vatNumber: 'FR12123456782' } }))).toBe('invalid_vat_number@options.seller.vatNumber');
    });
    it('an exempt line without its reason', () => {
      expect(codeAt(() => eInvoice(one(BUSINESS, { label: 'Formation', quantity: '1', unitPrice: '100.00', vatRate: '0', exemption: 'exempt' }), rules, { seller: SELLER }))).toBe('missing_exemption_reason@lines.0.exemptionReason');
    });
    it('a rate or code the category does not allow', () => {
      // An exemption with a non-zero rate: refused as post refuses it.
      expect(codeOf(() => eInvoice(one(BUSINESS, { label: 'x', quantity: '1', unitPrice: '1.00', vatRate: '20', exemption: 'exempt' }), rules, { seller: SELLER }))).toBe('invalid_input');
      // A reverse-charge code on a taxed line.
      expect(codeAt(() => eInvoice(one(BUSINESS, { label: 'x', quantity: '1', unitPrice: '1.00', vatRate: '20', exemptionCode: 'VATEX-EU-AE' }), rules, { seller: SELLER }))).toBe('invalid_vat_category@lines.0.exemptionCode');
      // Out of scope (O) mixed with taxed lines.
      const mixed = { ...one(BUSINESS), lines: [{ label: 'a', quantity: '1', unitPrice: '1.00', vatRate: '20' }, { label: 'b', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'out-of-scope' }] };
      expect(codeAt(() => eInvoice(mixed, rules, { seller: SELLER }))).toBe('invalid_vat_category@lines');
      // An intra-community supply to a buyer in the seller's country.
      expect(codeAt(() => eInvoice(one({ ...BUSINESS, vatNumber: 'FR44732829320' }, { label: 'x', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'intra-eu' }), rules, { seller: SELLER }))).toBe('invalid_vat_category@lines');
    });
    it('reverse charge without the buyer VAT number; taxed lines without the seller VAT number', () => {
      expect(codeAt(() => eInvoice(one({ ...BUSINESS, siren: undefined, vatNumber: 'DE123456789', email: 'rechnung@example.de', address: { lines: ['Hauptstr. 1'], city: 'Berlin', country: 'DE' } }, { label: 'x', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'reverse-charge' }), rules, { seller: { ...SELLER, vatNumber: undefined } }))).toBe('missing_party_identity@options.seller.vatNumber');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, vatNumber: undefined } }))).toBe('missing_party_identity@options.seller.vatNumber');
    });
    it('a bad SIREN, a missing IBAN for a transfer, a missing mandate for a direct debit, a bad option', () => {
      expect(codeAt(() => eInvoice(one({ ...BUSINESS, siren: '732829321' }), rules, { seller: SELLER }))).toBe('invalid_siren@customer.siren');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, siren: '123' } }))).toBe('invalid_siren@options.seller.siren');
      // The seller's identifiers are read with the parties' own schemas; a SIRET must belong to the SIREN.
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, siret: '12345678200011' } }))).toBe('invalid_siren@options.seller.siret');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, siret: '73282932000017' } }))).toBe('invalid_siren@options.seller.siret');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: SELLER, payment: { dueDate: '2024-02-30' } }))).toBe('invalid_date@options.payment.dueDate');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, iban: undefined } }))).toBe('missing_party_identity@options.seller.iban');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: SELLER, payment: { means: 'direct-debit' } }))).toBe('missing_party_identity@options.payment.mandate');
      expect(codeOf(() => eInvoice(one(BUSINESS), rules, { seller: { ...SELLER, address: { lines: [], city: 'X', country: 'FR' } } }))).toBe('invalid_option');
      expect(codeOf(() => eInvoice(one(BUSINESS), rules, null as never))).toBe('invalid_option');
    });
    it('the French CTC rules (FNFE BR-FR v1.4.0.03): number, dates, buyer electronic address, VAT rate, due date, billing framework', () => {
      const seller = { seller: SELLER };
      // BR-FR-01 / BR-FR-02: at most 35 characters among letters, digits and + - _ /.
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), number: 'FA 2024.1' }, rules, seller))).toBe('invalid_input@number');
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), number: 'F'.repeat(36) }, rules, seller))).toBe('invalid_input@number');
      expect(eInvoice({ ...one(BUSINESS), number: 'FA+2024/01_a-' + 'F'.repeat(22) }, rules, seller).number.length).toBe(35);
      // BR-FR-01 on the corrected invoice's number (BT-25).
      const target = { ...one(BUSINESS), id: 't', number: 'FA 1' };
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), kind: 'credit-note', corrects: 't' }, rules, { seller: SELLER, context: [target] }))).toBe('invalid_input@corrects');
      // BR-FR-03: years 2000–2099.
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), date: '1999-12-31' }, rules, seller))).toBe('invalid_date@date');
      expect(codeAt(() => eInvoice(one(BUSINESS, { label: 'x', quantity: '1', unitPrice: '1.00', vatRate: '20', servicePeriod: { from: '2024-01-01', to: '2100-01-01' } }), rules, seller))).toBe('invalid_date@lines.0.servicePeriod');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: SELLER, payment: { dueDate: '2100-01-01' } }))).toBe('invalid_date@options.payment.dueDate');
      // BR-FR-CO-07: a due date before the invoice date, but for a deposit invoice.
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: SELLER, payment: { dueDate: '2024-02-28' } }))).toBe('invalid_option@options.payment.dueDate');
      expect(eInvoice({ ...one(BUSINESS), kind: 'deposit' }, rules, { seller: SELLER, payment: { dueDate: '2024-02-28' } }).payment.dueDate).toBe('2024-02-28');
      // BR-FR-12: a buyer without a SIREN needs an e-mail address (BT-49).
      const belgian = { id: 'B1', name: 'BRUXELLES SRL', vatNumber: 'BE0123456789', address: { lines: ['Rue Haute 1'], city: 'Bruxelles', country: 'BE' } };
      expect(codeAt(() => eInvoice(one(belgian), rules, seller))).toBe('missing_party_identity@customer.email');
      expect(eInvoice(one({ ...belgian, email: 'compta@bruxelles.example' }), rules, seller).buyer.electronicAddress).toEqual({ id: 'compta@bruxelles.example', scheme: 'EM' });
      // BR-FR-16: a rate French law does not have (the rules may accept it for other books).
      expect(codeAt(() => eInvoice(one(BUSINESS, { label: 'x', quantity: '1', unitPrice: '1.00', vatRate: '16' }), defaultRules({ vatRates: ['0', '5.5', '10', '16', '20'], vatCollected: { '16': '445716' } }), seller))).toBe('unknown_vat_rate@lines.0.vatRate');
      // BR-FR-08 / BR-FR-CO-08 / BR-FR-CO-09: the billing framework.
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: SELLER, businessProcess: 'X1' as never }))).toBe('invalid_option@options.businessProcess');
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), kind: 'deposit' }, rules, { seller: SELLER, businessProcess: 'S4' }))).toBe('invalid_option@options.businessProcess');
      expect(codeAt(() => eInvoice(one(BUSINESS), rules, { seller: SELLER, businessProcess: 'S2' }))).toBe('invalid_option@options.businessProcess');
    });

    it('a proforma, a draft, a credit note whose invoice is not given', () => {
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), kind: 'proforma' }, rules, { seller: SELLER }))).toBe('invalid_input@kind');
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), status: 'draft', number: undefined }, rules, { seller: SELLER }))).toBe('invalid_input@status');
      expect(codeAt(() => eInvoice({ ...one(BUSINESS), kind: 'credit-note', corrects: 'nope' }, rules, { seller: SELLER }))).toBe('unknown_document@corrects');
    });
    it('the invoice errors post reports (a deposit not given)', () => {
      expect(codeAt(() => eInvoice(FINAL, rules, { seller: SELLER }))).toBe('unknown_document@deducts.0');
    });
  });
});

describe('formats.cii', () => {
  it('refuses what is not an e-invoice model, with a typed error', () => {
    for (const bad of [null, 42, 'x', {}, FINAL, { number: 'x' }]) expect(codeOf(() => formats.cii.serialize(bad as never))).toBe('invalid_input');
  });
});
