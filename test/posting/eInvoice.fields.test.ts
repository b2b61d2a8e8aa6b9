// The e-invoice model (src/posting/eInvoice.ts) field by field, with hand-computed vectors, and its refusals with
// code, path and message; a few fragments of the CII XML each field goes to. Fast: no XSD or Schematron here
// (test/formats/einvoice validates against them).
import { describe, expect, it } from 'vitest';
import { defaultRules, eInvoice, formats, type EInvoice } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { BUSINESS, DEPOSIT, SELLER } from './_einvoice.js';
import { refusals } from '../_errors.js';

const rules = defaultRules();
const perLine = defaultRules({ vatRounding: 'per-line' });

const issuesOf = refusals;

/** The model with its Decimals written out (toString: the digits the XML gets). */
const plain = (m: EInvoice) => JSON.parse(JSON.stringify(m, (_, v: unknown) => (v !== null && typeof v === 'object' && 'toFixed' in v ? String(v) : v)));

const invoice = (lines: object[], extra: object = {}) => ({
  type: 'invoice', id: 'inv-f', kind: 'final', status: 'issued', number: 'FA2024-0300', date: '2024-03-15', customer: BUSINESS, lines, ...extra,
});
const service = (unitPrice: string, extra: object = {}) => ({ label: 'Coaching', quantity: '1', unitPrice, vatRate: '20', ...extra });
/** A buyer outside France, identified by its VAT number and e-mail. */
const GERMAN = { id: 'D1', name: 'MUENCHEN GMBH', vatNumber: 'DE123456789', email: 'rechnung@muenchen.example', address: { lines: ['Hauptstr. 1', 'Hof 2', 'Etage 3'], postcode: '80331', city: 'München', country: 'DE' } };

describe('eInvoice: the model field by field', () => {
  it('prices excl. VAT: lines (ids, prices to the unit price\'s decimals, a discount line, a zero quantity), breakdown, totals, period, parties, notes, card payment', () => {
    const buyer = { ...BUSINESS, siret: '73282932000074', email: 'compta@acme.example' };
    const inv = invoice(
      [
        { id: 'L-a', label: 'Location salle', quantity: '2', unitPrice: '150.12', vatRate: '20', servicePeriod: { from: '2024-03-01', to: '2024-03-10' } },
        { label: 'Boissons', account: '707100', quantity: '3', unitPrice: '4.10', vatRate: '5.5', servicePeriod: { from: '2024-02-20', to: '2024-03-05' } },
        { label: 'Remise fidélité', quantity: '1', unitPrice: '-20.00', vatRate: '20' },
        { label: 'Séance offerte', quantity: '0', unitPrice: '99.00', vatRate: '20' },
        { label: 'Sirop', account: '707100', quantity: '1.5', unitPrice: '0.330', vatRate: '5.5' },
      ],
      { customer: buyer },
    );
    const seller = { ...SELLER, electronicAddress: { id: 'factures@pins.example', scheme: 'EM' } };
    const m = eInvoice(inv, rules, {
      seller,
      payment: { means: 'card', dueDate: '2024-04-15', terms: 'Paiement à 30 jours.' },
      notes: { penalties: 'Pénalités : 10 % l’an.', recoveryFee: 'Indemnité : 40 €.', discount: 'Escompte 1 % à 8 jours.', other: ['Merci.', 'Voir CGV.'] },
    });
    // 2 × 150.12 = 300.24; 3 × 4.10 = 12.30 at 5.5 %; −20.00 written as quantity −1 × 20 (BR-27: the price stays
    // positive); 0 × 99.00 = 0, price 0; 1.5 × 0.330 = 0.495 → 0.50, its price 0.50 / 1.5 = 0.3333… to the 3 decimals
    // the unit price was written with → 0.333. 20 %: 300.24 − 20.00 + 0 = 280.24 → VAT 56.048 → 56.05;
    // 5.5 %: 12.30 + 0.50 = 12.80 → VAT 0.704 → 0.70. Totals 293.04 + 56.75 = 349.79.
    expect(plain(m)).toEqual({
      number: 'FA2024-0300',
      typeCode: '380',
      businessProcess: 'M1',
      issueDate: '2024-03-15',
      currency: 'EUR',
      seller: {
        name: SELLER.name, siren: '123456782', siret: '12345678200010', vatNumber: 'FR11123456782',
        address: { lines: ['Route de la plage'], postcode: '40200', city: 'Mimizan', country: 'FR' },
        electronicAddress: { id: 'factures@pins.example', scheme: 'EM' }, legalForm: 'SARL au capital de 10 000 €',
      },
      buyer: {
        id: 'C0100', name: 'COMITE ENTREPRISE ACME', siren: '732829320', siret: '73282932000074',
        address: { lines: ['3 rue Neuve'], postcode: '69002', city: 'Lyon', country: 'FR' },
        electronicAddress: { id: 'compta@acme.example', scheme: 'EM' },
      },
      period: { from: '2024-02-20', to: '2024-03-10' },
      lines: [
        { id: 'L-a', name: 'Location salle', quantity: '2', netPrice: '150.12', netAmount: '300.24', category: 'S', rate: '20', period: { from: '2024-03-01', to: '2024-03-10' }, disbursement: false },
        { id: '2', name: 'Boissons', quantity: '3', netPrice: '4.1', netAmount: '12.3', category: 'S', rate: '5.5', period: { from: '2024-02-20', to: '2024-03-05' }, disbursement: false },
        { id: '3', name: 'Remise fidélité', quantity: '-1', netPrice: '20', netAmount: '-20', category: 'S', rate: '20', disbursement: false },
        { id: '4', name: 'Séance offerte', quantity: '0', netPrice: '0', netAmount: '0', category: 'S', rate: '20', disbursement: false },
        { id: '5', name: 'Sirop', quantity: '1.5', netPrice: '0.333', netAmount: '0.5', category: 'S', rate: '5.5', disbursement: false },
      ],
      vatBreakdown: [
        { category: 'S', rate: '20', basis: '280.24', tax: '56.05' },
        { category: 'S', rate: '5.5', basis: '12.8', tax: '0.7' },
      ],
      totals: { lineTotal: '293.04', taxBasis: '293.04', tax: '56.75', grandTotal: '349.79', prepaid: '0', due: '349.79' },
      notes: [
        { subject: 'PMD', text: 'Pénalités : 10 % l’an.' },
        { subject: 'PMT', text: 'Indemnité : 40 €.' },
        { subject: 'AAB', text: 'Escompte 1 % à 8 jours.' },
        { subject: 'AAI', text: 'Merci.' },
        { subject: 'AAI', text: 'Voir CGV.' },
      ],
      payment: { meansCode: '48', dueDate: '2024-04-15', terms: 'Paiement à 30 jours.', reference: 'FA2024-0300' },
    });
    const xml = formats.cii.serialize(m);
    expect(xml).toContain('<ram:ChargeAmount>0.333</ram:ChargeAmount>');
    expect(xml).toContain('<ram:BilledQuantity unitCode="C62">-1</ram:BilledQuantity>');
    expect(xml).toContain('<ram:LineTotalAmount>-20.00</ram:LineTotalAmount>');
    expect(xml).toContain('<ram:URIID schemeID="EM">factures@pins.example</ram:URIID>');
    expect(xml).toContain('<ram:URIID schemeID="EM">compta@acme.example</ram:URIID>');
    expect(xml).toContain('<ram:Description>Paiement à 30 jours.</ram:Description>');
    expect(xml).toContain('<ram:TypeCode>48</ram:TypeCode>');
    expect(xml).not.toContain('IBANID');
    expect(xml).toContain('<ram:Content>Voir CGV.</ram:Content>\n      <ram:SubjectCode>AAI</ram:SubjectCode>');
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">56.75</ram:TaxTotalAmount>');
  });

  it('prices incl. VAT (SPEC-FR TV2 a): each rate\'s base spread over its lines, the cent left on the first largest line; per line, no spread', () => {
    const tv2 = invoice([service('19.90', { label: 'A' }), service('19.90', { label: 'B' }), service('19.90', { label: 'C' })], { pricesIncludeTax: true });
    // 59.70 / 1.2 = 49.75 per invoice; each line 19.90 / 1.2 = 16.5833 → 16.58, Σ 49.74: the cent goes to the first line.
    const m = eInvoice(tv2, rules, { seller: SELLER });
    expect(m.lines.map((l) => [l.netAmount.toFixed(2), l.netPrice.toString()])).toEqual([['16.59', '16.59'], ['16.58', '16.58'], ['16.58', '16.58']]);
    expect([m.vatBreakdown[0]!.basis, m.vatBreakdown[0]!.tax, m.totals.lineTotal, m.totals.tax, m.totals.grandTotal].map((x) => x.toFixed(2))).toEqual(['49.75', '9.95', '49.75', '9.95', '59.70']);
    // Per line: 16.58 × 3 = 49.74, VAT 3.32 × 3 = 9.96.
    const p = eInvoice(tv2, perLine, { seller: SELLER });
    expect(p.lines.map((l) => l.netAmount.toFixed(2))).toEqual(['16.58', '16.58', '16.58']);
    expect([p.vatBreakdown[0]!.basis, p.vatBreakdown[0]!.tax, p.totals.lineTotal, p.totals.grandTotal].map((x) => x.toFixed(2))).toEqual(['49.74', '9.96', '49.74', '59.70']);
  });

  it('prices incl. VAT: the largest line by absolute amount takes the cent, a discount line included; a price to 4 decimals', () => {
    // 19.90 − 25.03 + 3 × 6.68 (20.04) = 14.91 TTC at 20 % → base 12.425 → 12.43, VAT 2.48. Lines: 16.5833 → 16.58,
    // −20.8583 → −20.86, 16.70 (Σ 12.42): the cent goes to −25.03, the largest in absolute value → −20.85.
    const inv = invoice([service('19.90'), { ...service('25.03'), label: 'Avoir', unitPrice: '-25.03' }, { ...service('20.04'), quantity: '3', unitPrice: '6.68' }], { pricesIncludeTax: true });
    const m = eInvoice(inv, rules, { seller: SELLER });
    // The third line's price: 16.70 / 3 = 5.5666… → 5.5667 (4 decimals with prices incl. VAT).
    expect(m.lines.map((l) => [l.quantity.toString(), l.netPrice.toString(), l.netAmount.toFixed(2)])).toEqual([['1', '16.58', '16.58'], ['-1', '20.85', '-20.85'], ['3', '5.5667', '16.70']]);
    expect([m.totals.lineTotal, m.totals.tax, m.totals.grandTotal].map((x) => x.toFixed(2))).toEqual(['12.43', '2.48', '14.91']);
    // Per line: 16.58 − 20.86 + 16.70 = 12.42; VAT 3.32 − 4.17 + 3.34 = 2.49.
    const p = eInvoice(inv, perLine, { seller: SELLER });
    expect(p.lines.map((l) => l.netAmount.toFixed(2))).toEqual(['16.58', '-20.86', '16.70']);
    expect([p.totals.lineTotal, p.totals.tax].map((x) => x.toFixed(2))).toEqual(['12.42', '2.49']);
  });

  it('prices incl. VAT: the largest line by its amount incl. VAT, even where two lines\' net amounts round alike', () => {
    // 1.24 + 1.25 + 0.29 = 2.78 at 5.5 % → base 2.635… → 2.64, VAT 0.14. Lines: 1.1753… → 1.18, 1.1848… → 1.18,
    // 0.2748… → 0.27 (Σ 2.63): the cent goes to 1.25, the largest incl. VAT, though its net rounds as 1.24's does.
    const bread = (unitPrice: string) => ({ label: 'Pain', account: '707100', quantity: '1', unitPrice, vatRate: '5.5' });
    const m = eInvoice(invoice([bread('1.24'), bread('1.25'), bread('0.29')], { pricesIncludeTax: true }), rules, { seller: SELLER });
    expect(m.lines.map((l) => l.netAmount.toFixed(2))).toEqual(['1.18', '1.19', '0.27']);
    expect([m.totals.lineTotal, m.totals.tax].map((x) => x.toFixed(2))).toEqual(['2.64', '0.14']);
  });

  it('two rates incl. VAT: each rate spread over its own lines only, the tourist tax outside', () => {
    // SPEC-FR TV4: 450.00 at 10 % → 409.09 / 40.91; 15.00 at 20 % → 12.50 / 2.50; 3.20 at 5.5 % → 3.03 / 0.17; tourist tax 8.40.
    const inv = invoice(
      [
        { label: 'Hébergement', quantity: '1', unitPrice: '450.00', vatRate: '10' },
        { label: 'Draps', quantity: '1', unitPrice: '15.00', vatRate: '20' },
        { label: 'Pain', account: '707100', quantity: '1', unitPrice: '3.20', vatRate: '5.5' },
        { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
      ],
      { pricesIncludeTax: true },
    );
    const m = eInvoice(inv, rules, { seller: SELLER });
    expect(m.lines.map((l) => [l.category, l.rate, l.netAmount.toFixed(2), l.disbursement])).toEqual([
      ['S', '10', '409.09', false], ['S', '20', '12.50', false], ['S', '5.5', '3.03', false], ['E', '0', '8.40', true],
    ]);
    expect(m.vatBreakdown.map((b) => [b.category, b.rate, b.basis.toFixed(2), b.tax.toFixed(2), b.exemptionCode, b.exemptionReason])).toEqual([
      ['S', '10', '409.09', '40.91', undefined, undefined],
      ['S', '20', '12.50', '2.50', undefined, undefined],
      ['S', '5.5', '3.03', '0.17', undefined, undefined],
      ['E', '0', '8.40', '0.00', 'VATEX-EU-79-C', 'Taxe de séjour perçue pour le compte de la commune : débours hors base de TVA (CGI art. 267-II-2°)'],
    ]);
    expect([m.totals.lineTotal, m.totals.tax, m.totals.grandTotal, m.totals.due].map((x) => x.toFixed(2))).toEqual(['433.02', '43.58', '476.60', '476.60']);
    expect(m.businessProcess).toBe('M1');
  });

  it('exempt, reverse-charge and intra-community lines: one breakdown per category (E, AE, K), default reasons and codes, reasons joined, a code only when all agree', () => {
    const inv = invoice(
      [
        { label: 'Conseil', quantity: '1', unitPrice: '100.00', vatRate: '0', exemption: 'reverse-charge' },
        { label: 'Matériel', account: '707100', quantity: '2', unitPrice: '50.00', vatRate: '0', exemption: 'intra-eu' },
        { label: 'Formation', quantity: '1', unitPrice: '40.00', vatRate: '0', exemption: 'exempt', exemptionCode: 'VATEX-EU-132-1I' },
        { label: 'Formation 2', quantity: '1', unitPrice: '60.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Exonération, art. 261-4-4° du CGI' },
        { label: 'Formation 3', quantity: '1', unitPrice: '10.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Exonération, art. 261-4-4° du CGI' },
        { label: 'Conseil 2', quantity: '1', unitPrice: '5.00', vatRate: '0', exemption: 'reverse-charge', exemptionCode: 'VATEX-EU-AE', exemptionReason: 'Autoliquidation' },
      ],
      { customer: GERMAN },
    );
    const m = eInvoice(inv, rules, { seller: SELLER });
    expect(m.lines.map((l) => [l.category, l.rate])).toEqual([['AE', '0'], ['K', '0'], ['E', '0'], ['E', '0'], ['E', '0'], ['AE', '0']]);
    expect(m.vatBreakdown.map((b) => [b.category, b.rate, b.basis.toFixed(2), b.tax.toFixed(2), b.exemptionCode, b.exemptionReason])).toEqual([
      ['E', '0', '110.00', '0.00', undefined, 'Exonération, art. 261-4-4° du CGI'],
      ['AE', '0', '105.00', '0.00', 'VATEX-EU-AE', 'Autoliquidation'],
      ['K', '0', '100.00', '0.00', 'VATEX-EU-IC', 'Exonération de TVA, livraison intracommunautaire (CGI art. 262 ter-I)'],
    ]);
    expect([m.totals.lineTotal, m.totals.tax, m.totals.due].map((x) => x.toFixed(2))).toEqual(['315.00', '0.00', '315.00']);
    expect(m.buyer).toEqual({ id: 'D1', name: 'MUENCHEN GMBH', vatNumber: 'DE123456789', address: GERMAN.address, electronicAddress: { id: 'rechnung@muenchen.example', scheme: 'EM' } });
    const xml = formats.cii.serialize(m);
    expect(xml).toContain('<ram:ExemptionReasonCode>VATEX-EU-IC</ram:ExemptionReasonCode>');
    expect(xml).toContain('<ram:LineThree>Etage 3</ram:LineThree>');
    // Two exempt lines with the same code: the breakdown keeps it; a single exempt line with only a code: no reason.
    const same = eInvoice(invoice([inv.lines[2]!, { ...inv.lines[2]!, label: 'Formation 4' }], { customer: GERMAN }), rules, { seller: SELLER });
    expect(same.vatBreakdown.map((b) => [b.category, b.basis.toFixed(2), b.exemptionCode, b.exemptionReason])).toEqual([['E', '80.00', 'VATEX-EU-132-1I', undefined]]);
    // Exempt lines with reasons and no code: no code on the breakdown.
    const noCode = eInvoice(invoice([inv.lines[3]!, inv.lines[4]!], { customer: GERMAN }), rules, { seller: SELLER });
    expect(noCode.vatBreakdown.map((b) => [b.category, b.basis.toFixed(2), b.exemptionCode, b.exemptionReason])).toEqual([['E', '70.00', undefined, 'Exonération, art. 261-4-4° du CGI']]);
    expect(formats.cii.serialize(noCode)).not.toContain('ExemptionReasonCode');
    // An exempt line beside the tourist tax: two codes, none kept; both reasons.
    const both = eInvoice(invoice([inv.lines[2]!, { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '2', unitPrice: '0.60' }]), rules, { seller: SELLER });
    expect(both.vatBreakdown.map((b) => [b.category, b.basis.toFixed(2), b.exemptionCode, b.exemptionReason])).toEqual([
      ['E', '41.20', undefined, 'Taxe de séjour perçue pour le compte de la commune : débours hors base de TVA (CGI art. 267-II-2°)'],
    ]);
    expect(both.businessProcess).toBe('S1');
  });

  it('an out-of-scope invoice: category O alone, its default reason and code; no seller VAT number needed without taxed lines', () => {
    const inv = invoice([{ label: 'Cotisation', quantity: '1', unitPrice: '30.00', vatRate: '0', exemption: 'out-of-scope' }]);
    const m = eInvoice(inv, rules, { seller: { ...SELLER, vatNumber: undefined } });
    expect(m.vatBreakdown.map((b) => [b.category, b.rate, b.basis.toFixed(2), b.exemptionCode, b.exemptionReason])).toEqual([['O', '0', '30.00', 'VATEX-EU-O', 'Non soumis à la TVA']]);
    expect(m.seller.vatNumber).toBeUndefined();
    // Its own code is accepted on an O line.
    expect(eInvoice(invoice([{ ...inv.lines[0]!, exemptionCode: 'VATEX-EU-O' }]), rules, { seller: SELLER }).vatBreakdown[0]!.exemptionCode).toBe('VATEX-EU-O');
  });

  it('payment means: direct debit (mandate, creditor, debtor IBAN, no IBAN), transfer (IBAN, BIC), cheque, cash; terms by default only without a due date', () => {
    const inv = invoice([service('100.00')]);
    const dd = eInvoice(inv, rules, { seller: SELLER, payment: { means: 'direct-debit', mandate: 'RUM-7', debtorIban: 'FR1420041010050500013M02606', dueDate: '2024-04-05' } });
    expect(plain(dd).payment).toEqual({ meansCode: '59', creditorId: 'FR72ZZZ123456', mandate: 'RUM-7', debtorIban: 'FR1420041010050500013M02606', dueDate: '2024-04-05', reference: 'FA2024-0300' });
    expect(formats.cii.serialize(dd)).toContain('<ram:DuePayableAmount>120.00</ram:DuePayableAmount>');
    const ct = eInvoice(inv, rules, { seller: SELLER });
    expect(plain(ct).payment).toEqual({ meansCode: '58', iban: SELLER.iban, bic: 'AGRIFRPP', terms: 'Paiement à réception de facture.', reference: 'FA2024-0300' });
    expect(eInvoice(inv, rules, { seller: SELLER, payment: { means: 'credit-transfer', terms: 'Net 10.' } }).payment.terms).toBe('Net 10.');
    expect(plain(eInvoice(inv, rules, { seller: { ...SELLER, iban: undefined }, payment: { means: 'cheque' } })).payment).toEqual({ meansCode: '20', terms: 'Paiement à réception de facture.', reference: 'FA2024-0300' });
    expect(eInvoice(inv, rules, { seller: SELLER, payment: { means: 'cash' } }).payment.meansCode).toBe('10');
    // Default notes (L441-10, D441-5) and the seller's electronic address by default: its SIREN, scheme 0225.
    expect(ct.notes).toEqual([
      { subject: 'PMD', text: 'En cas de retard de paiement, pénalités au taux de trois fois le taux d’intérêt légal (C. com. art. L441-10).' },
      { subject: 'PMT', text: 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (C. com. art. L441-10 et D441-5).' },
      { subject: 'AAB', text: 'Pas d’escompte pour paiement anticipé.' },
    ]);
    expect(ct.seller.electronicAddress).toEqual({ id: '123456782', scheme: '0225' });
    expect(ct.buyer.electronicAddress).toEqual({ id: '732829320', scheme: '0225' });
    expect(ct.period).toBeUndefined();
    expect(ct.vatCurrency).toBeUndefined();
    expect(ct.totals.taxInVatCurrency).toBeUndefined();
    expect(ct.precedingInvoice).toBeUndefined();
  });

  it('the débits option: a TXD mention when services are taxed, none for goods only or for untaxed services', () => {
    const txd = { subject: 'TXD', text: 'Option pour le paiement de la taxe d’après les débits.' };
    expect(eInvoice(invoice([service('100.00')]), vatOnInvoice, { seller: SELLER }).notes.at(-1)).toEqual(txd);
    // The mention comes before the other notes.
    expect(eInvoice(invoice([service('100.00')]), vatOnInvoice, { seller: SELLER, notes: { other: ['Merci.'] } }).notes.slice(3).map((n) => n.subject)).toEqual(['TXD', 'AAI']);
    // A line of kind service on a goods account is a service; goods by their kind or, without one, by their account.
    expect(eInvoice(invoice([{ label: 'Atelier', kind: 'service', account: '707100', quantity: '1', unitPrice: '8.00', vatRate: '20' }]), vatOnInvoice, { seller: SELLER }).businessProcess).toBe('S1');
    expect(eInvoice(invoice([{ label: 'Gourdes', account: '707100', quantity: '1', unitPrice: '8.00', vatRate: '20' }, { label: 'Gourdes', kind: 'goods', quantity: '1', unitPrice: '8.00', vatRate: '20' }]), vatOnInvoice, { seller: SELLER }).businessProcess).toBe('B1');
    const goods = invoice([{ label: 'Gourdes', kind: 'goods', quantity: '10', unitPrice: '8.00', vatRate: '20' }]);
    const g = eInvoice(goods, vatOnInvoice, { seller: SELLER });
    expect([g.notes.length, g.businessProcess]).toEqual([3, 'B1']);
    const exempt = invoice([{ label: 'Formation', quantity: '1', unitPrice: '40.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Art. 261-4-4° du CGI' }]);
    expect(eInvoice(exempt, vatOnInvoice, { seller: SELLER }).notes.length).toBe(3);
    // VAT due on receipt: no mention.
    expect(eInvoice(invoice([service('100.00')]), rules, { seller: SELLER }).notes.length).toBe(3);
  });

  it('deposits deducted: Σ of the deposits, their numbers in one note, billing framework 4; fully paid by deposits: no IBAN needed, S2 accepted with an earlier due date', () => {
    const dep2 = { ...DEPOSIT, id: 'dep-2', number: 'FA2024-0102', date: '2024-05-20', lines: [{ label: 'Acompte 2', quantity: '1', unitPrice: '100.00', vatRate: '10' }] };
    // 1 000.00 at 10 % = 1 100.00; deposits 330.00 + 110.00 = 440.00; due 660.00.
    const fin = invoice([{ label: 'Séjour groupe', quantity: '1', unitPrice: '1000.00', vatRate: '10' }], { date: '2024-07-01', deducts: ['dep-1', 'dep-2'] });
    const m = eInvoice(fin, rules, { seller: SELLER, context: [DEPOSIT, dep2] });
    expect([m.totals.grandTotal, m.totals.prepaid, m.totals.due].map((x) => x.toFixed(2))).toEqual(['1100.00', '440.00', '660.00']);
    expect(m.notes.at(-1)).toEqual({ subject: 'AAI', text: 'Acomptes déduits : FA2024-0100, FA2024-0102.' });
    expect(m.businessProcess).toBe('S4');
    expect(formats.cii.serialize(m)).toContain('<ram:TotalPrepaidAmount>440.00</ram:TotalPrepaidAmount>');
    // 300.00 at 10 % = 330.00, all paid by the deposit: nothing due, no transfer to pay, so no IBAN; S2 (already paid) fits.
    const paid = invoice([{ label: 'Séjour', quantity: '1', unitPrice: '300.00', vatRate: '10' }], { date: '2024-07-01', deducts: ['dep-1'] });
    const z = eInvoice(paid, rules, { seller: { ...SELLER, iban: undefined }, context: [DEPOSIT], businessProcess: 'S2', payment: { dueDate: '2024-06-30' } });
    expect([z.totals.due.toFixed(2), z.businessProcess, z.payment.dueDate, z.payment.iban]).toEqual(['0.00', 'S2', '2024-06-30', undefined]);
    for (const bp of ['B2', 'M2'] as const) expect(eInvoice(paid, rules, { seller: SELLER, context: [DEPOSIT], businessProcess: bp, payment: { dueDate: '2024-06-30' } }).businessProcess).toBe(bp);
  });

  it('the invoicing period runs from the earliest start to the latest end, whichever lines they are on', () => {
    const sp = (from: string, to: string) => service('10.00', { servicePeriod: { from, to } });
    const m = eInvoice(invoice([service('5.00'), sp('2024-02-10', '2024-02-20'), sp('2024-02-01', '2024-02-15'), sp('2024-02-12', '2024-02-28')]), rules, { seller: SELLER });
    expect(m.period).toEqual({ from: '2024-02-01', to: '2024-02-28' });
    expect(formats.cii.serialize(m)).toContain('<ram:BillingSpecifiedPeriod>\n        <ram:StartDateTime><udt:DateTimeString format="102">20240201</udt:DateTimeString></ram:StartDateTime>\n        <ram:EndDateTime><udt:DateTimeString format="102">20240228</udt:DateTimeString></ram:EndDateTime>');
  });

  it('a debit note correcting an invoice: 384 with BG-3; a credit note 381; the dates 2000-01-01 and 2099-12-31 are accepted', () => {
    const target = invoice([service('100.00')], { id: 'inv-0', number: 'FA2000-0001', date: '2000-01-01' });
    const note = invoice([service('10.00')], { id: 'nd-1', kind: 'debit-note', number: 'ND-1', date: '2099-12-31', corrects: 'inv-0' });
    // Another invoice of the context, before it, is not the one corrected.
    const other = invoice([service('50.00')], { id: 'inv-9', number: 'FA2000-0009', date: '2000-01-02' });
    const m = eInvoice(note, rules, { seller: SELLER, context: [other, target], payment: { dueDate: '2099-12-31' } });
    expect([m.typeCode, m.precedingInvoice, m.issueDate]).toEqual(['384', { number: 'FA2000-0001', date: '2000-01-01' }, '2099-12-31']);
    expect(formats.cii.serialize(m)).toContain('<ram:InvoiceReferencedDocument>\n        <ram:IssuerAssignedID>FA2000-0001</ram:IssuerAssignedID>');
    const period = eInvoice(invoice([service('10.00', { servicePeriod: { from: '2000-01-01', to: '2099-12-31' } })]), rules, { seller: SELLER });
    expect(period.period).toEqual({ from: '2000-01-01', to: '2099-12-31' });
  });
});

describe('eInvoice: refusals with code, path and message', () => {
  const one = (customer: object = BUSINESS, line: object = service('100.00'), extra: object = {}) => invoice([line], { customer, ...extra });

  it('a proforma and a draft at once; options and the invoice read by their schemas', () => {
    expect(issuesOf(() => eInvoice(one(BUSINESS, service('1.00'), { kind: 'proforma', status: 'draft', number: undefined }), rules, { seller: SELLER }))).toEqual([
      ['invalid_input', 'kind', 'A proforma is not an invoice: it has no e-invoice (issue the deposit or final invoice).'],
      ['invalid_input', 'status', 'A draft has no number yet: issue it before writing its e-invoice.'],
    ]);
    // A proforma is refused alone: its other faults (here its number) are not looked at.
    expect(issuesOf(() => eInvoice(one(BUSINESS, service('1.00'), { kind: 'proforma', number: 'PRO 1' }), rules, { seller: SELLER }))).toEqual([
      ['invalid_input', 'kind', 'A proforma is not an invoice: it has no e-invoice (issue the deposit or final invoice).'],
    ]);
    expect(issuesOf(() => eInvoice(one(), rules, { seller: { ...SELLER, name: '  ' } }))).toEqual([['invalid_option', 'options.seller.name', 'This text is empty: fill it in.']]);
    expect(issuesOf(() => eInvoice(one(), rules, {} as never))).toEqual([['invalid_option', 'options.seller', 'Missing field "seller": it is required and holds an object { name, siren, siret?, vatNumber?, address, legalForm?, electronicAddress?, iban?, bic?, creditorId? }.']]);
    expect(issuesOf(() => eInvoice({ ...one(), customer: undefined }, rules, { seller: SELLER }))).toEqual([['invalid_input', 'customer', 'Missing field "customer": it is required and holds an object { id, name, account?, siren?, siret?, vatNumber?, address?, email? }.']]);
    expect(issuesOf(() => eInvoice(one(), rules, { seller: SELLER, colour: 'red' } as never)).map(([code, path]) => [code, path])).toEqual([['unknown_field', 'options.colour']]);
    expect(issuesOf(() => eInvoice({ ...one(), lines: [] }, rules, { seller: SELLER }))).toEqual([['invalid_input', 'lines', 'An invoice needs at least one line.']]);
  });

  it('the French CTC rules, all reported at once: number, dates, service periods, due date', () => {
    const inv = one(BUSINESS, service('1.00', { servicePeriod: { from: '1999-12-31', to: '2024-01-01' } }), { number: 'FA 1', date: '2100-01-01' });
    inv.lines.push(service('1.00', { servicePeriod: { from: '2024-01-01', to: '2100-01-01' } }));
    expect(issuesOf(() => eInvoice(inv, rules, { seller: SELLER, payment: { dueDate: '1999-12-31' } }))).toEqual([
      ['invalid_input', 'number', 'Invoice number "FA 1" cannot go on a French e-invoice: at most 35 characters among letters, digits and + - _ / without spaces (BR-FR-01, BR-FR-02).'],
      ['invalid_date', 'date', 'Date 2100-01-01 is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).'],
      ['invalid_date', 'lines.0.servicePeriod', 'Service period 1999-12-31 – 2024-01-01 is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).'],
      ['invalid_date', 'lines.1.servicePeriod', 'Service period 2024-01-01 – 2100-01-01 is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).'],
      ['invalid_date', 'options.payment.dueDate', 'Due date 1999-12-31 is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).'],
    ]);
    expect(issuesOf(() => eInvoice(one(), rules, { seller: SELLER, payment: { dueDate: '2024-03-14' } }))).toEqual([
      ['invalid_option', 'options.payment.dueDate', 'Due date 2024-03-14 is before the invoice date 2024-03-15: a French e-invoice\'s due date is on or after its date, but for a deposit invoice or one already paid (BR-FR-CO-07).'],
    ]);
    // The French CTC rules are checked first: a number refused stops there, before the parties (no seller VAT number here).
    expect(issuesOf(() => eInvoice(one(BUSINESS, service('1.00'), { number: 'FA 2' }), rules, { seller: { ...SELLER, vatNumber: undefined } })).map(([code, path]) => `${code}@${path}`)).toEqual(['invalid_input@number']);
    // On the invoice date itself: accepted.
    expect(eInvoice(one(), rules, { seller: SELLER, payment: { dueDate: '2024-03-15' } }).payment.dueDate).toBe('2024-03-15');
    expect(issuesOf(() => eInvoice(one(BUSINESS, service('1.00'), { date: '1999-12-31' }), rules, { seller: SELLER }))).toEqual([
      ['invalid_date', 'date', 'Date 1999-12-31 is outside the years 2000–2099 a French e-invoice accepts (BR-FR-03).'],
    ]);
  });

  it('the parties, all reported at once: a SIRET of another SIREN, a buyer with no identifier, no address, no electronic address; taxed lines without the seller VAT number; no IBAN', () => {
    const consumer = { id: 'C9', name: 'DUPONT Jean' };
    expect(issuesOf(() => eInvoice(one(consumer), rules, { seller: { ...SELLER, siret: '73282932000074', vatNumber: undefined, iban: undefined } }))).toEqual([
      ['invalid_siren', 'options.seller.siret', 'SIRET 73282932000074 is not an establishment of SIREN 123456782: a SIRET starts with its SIREN.'],
      ['missing_party_identity', 'customer', 'Customer C9 has neither a SIREN nor a VAT number: an e-invoice goes to a business, identified by its SIREN (or, outside France, its VAT number). A consumer\'s sale goes to e-reporting instead.'],
      ['missing_party_identity', 'customer.address', 'Customer C9 has no postal address: EN 16931 requires the buyer\'s address with its country on every e-invoice (BR-10, BR-11).'],
      ['missing_party_identity', 'customer.email', 'Customer C9 has neither a SIREN nor an e-mail address: a French e-invoice gives the buyer\'s electronic address (BT-49, BR-FR-12) — its SIREN (scheme 0225) or, for a buyer outside the French directory, its e-mail (scheme EM).'],
      ['missing_party_identity', 'options.seller.vatNumber', 'The invoice has taxed lines: give the seller\'s VAT number (EN 16931 BR-S-02).'],
      ['missing_party_identity', 'options.seller.iban', 'Payment by credit transfer: give the seller\'s IBAN (EN 16931 BR-50).'],
    ]);
    // A consumer in France: no identifier, no electronic address (its SIREN is asked for only beside a VAT number).
    expect(issuesOf(() => eInvoice(one({ ...consumer, address: BUSINESS.address }), rules, { seller: SELLER })).map(([code, path]) => `${code}@${path}`)).toEqual(['missing_party_identity@customer', 'missing_party_identity@customer.email']);
    // A French buyer known by its VAT number only.
    expect(issuesOf(() => eInvoice(one({ ...GERMAN, address: { ...GERMAN.address, country: 'FR' }, vatNumber: 'FR44732829320' }), rules, { seller: SELLER }))).toEqual([
      ['missing_party_identity', 'customer.siren', 'Customer D1 is in France: give its SIREN, the identifier French e-invoices are addressed by.'],
    ]);
    // A seller without a SIRET is accepted.
    expect(eInvoice(one(), rules, { seller: { ...SELLER, siret: undefined } }).seller.siret).toBeUndefined();
    // A buyer outside France with a VAT number and an e-mail is accepted; a SIRET of the seller's SIREN too.
    expect(eInvoice(one(GERMAN), rules, { seller: SELLER }).buyer.siren).toBeUndefined();
  });

  it('the lines: a rate French law does not have, an exempt line without its ground, codes that do not fit the category, O mixed with others', () => {
    const rates16 = defaultRules({ vatRates: ['0', '5.5', '10', '16', '20'], vatCollected: { '16': '445716' } });
    const lines = [
      service('1.00', { vatRate: '16' }),
      { label: 'Formation', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'exempt' },
      service('1.00', { exemptionCode: 'VATEX-EU-AE' }),
      { label: 'Conseil', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'reverse-charge', exemptionCode: 'VATEX-EU-IC' },
      { label: 'Cotisation', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'out-of-scope' },
    ];
    expect(issuesOf(() => eInvoice(invoice(lines, { customer: GERMAN }), rates16, { seller: SELLER }))).toEqual([
      ['unknown_vat_rate', 'lines.0.vatRate', 'VAT rate 16 % is not a rate of French law: a French e-invoice accepts 0, 0.9, 1.05, 1.75, 2.1, 5.5, 7, 8.5, 9.2, 9.6, 10, 13, 19.6, 20 and 20.6 % (BR-FR-16).'],
      ['missing_exemption_reason', 'lines.1.exemptionReason', 'Line 2 is exempt from VAT: give the legal ground of its exemption (exemptionReason, e.g. "Exonération de TVA, article 261-4-1° du CGI", and/or exemptionCode, a VATEX code) — EN 16931 BR-E-10 and CGI annexe II art. 242 nonies A require it.'],
      ['invalid_vat_category', 'lines.2.exemptionCode', 'Exemption code VATEX-EU-AE does not fit a line of VAT category S (taxed at 20 %): remove it.'],
      ['invalid_vat_category', 'lines.3.exemptionCode', 'Exemption code VATEX-EU-IC does not fit a line of VAT category AE (reverse-charge): use VATEX-EU-AE.'],
      ['invalid_vat_category', 'lines', 'A line not subject to VAT (out-of-scope, category O) cannot share an e-invoice with other lines (EN 16931 BR-O-11 to BR-O-14): invoice it on its own.'],
    ]);
    // An exempt line with only its code is enough.
    expect(eInvoice(one(BUSINESS, { ...lines[1]!, exemptionCode: 'VATEX-EU-132-1I' }), rules, { seller: SELLER }).lines[0]!.category).toBe('E');
  });

  it('reverse charge and intra-community supplies: both VAT numbers, another member state', () => {
    const ae = { label: 'Conseil', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'reverse-charge' };
    const k = { label: 'Matériel', quantity: '1', unitPrice: '1.00', vatRate: '0', exemption: 'intra-eu' };
    const noVat = { ...GERMAN, vatNumber: undefined, siren: '732829320' };
    expect(issuesOf(() => eInvoice(invoice([ae, k], { customer: noVat }), rules, { seller: { ...SELLER, vatNumber: undefined } }))).toEqual([
      ['missing_party_identity', 'customer.vatNumber', 'A reverse-charge line needs the buyer\'s VAT number (EN 16931 BR-AE-02).'],
      ['missing_party_identity', 'options.seller.vatNumber', 'A reverse-charge line needs the seller\'s VAT number (EN 16931 BR-AE-02).'],
      ['missing_party_identity', 'customer.vatNumber', 'A intra-community line needs the buyer\'s VAT number (EN 16931 BR-IC-02).'],
      ['missing_party_identity', 'options.seller.vatNumber', 'A intra-community line needs the seller\'s VAT number (EN 16931 BR-IC-02).'],
    ]);
    const french = { ...BUSINESS, vatNumber: 'FR44732829320' };
    expect(issuesOf(() => eInvoice(invoice([k], { customer: french }), rules, { seller: SELLER }))).toEqual([
      ['invalid_vat_category', 'lines', 'An intra-community supply goes to another member state, and the buyer is in FR like the seller: use the VAT rate of a domestic sale.'],
    ]);
    // A buyer without an address: refused as such, whatever its lines.
    expect(issuesOf(() => eInvoice(invoice([k], { customer: { ...GERMAN, address: undefined } }), rules, { seller: SELLER })).map(([code, path]) => `${code}@${path}`)).toEqual(['missing_party_identity@customer.address']);
    // Reverse charge within France is no intra-community supply: accepted.
    expect(eInvoice(invoice([ae], { customer: french }), rules, { seller: SELLER }).vatBreakdown[0]!.category).toBe('AE');
  });

  it('direct debit without mandate nor creditor id; a credit note whose invoice is missing or has a number French e-invoices refuse', () => {
    expect(issuesOf(() => eInvoice(one(), rules, { seller: { ...SELLER, creditorId: undefined, iban: undefined }, payment: { means: 'direct-debit' } }))).toEqual([
      ['missing_party_identity', 'options.payment.mandate', 'Payment by direct debit: give the SEPA mandate reference (EN 16931 BT-89).'],
      ['missing_party_identity', 'options.seller.creditorId', 'Payment by direct debit: give the seller\'s SEPA creditor identifier (EN 16931 BR-DE-? / BT-90).'],
    ]);
    const note = one(BUSINESS, service('10.00'), { id: 'av-1', kind: 'credit-note', number: 'AV-1', corrects: 'inv-0' });
    // The context holds other documents, one with the id but not an invoice: not the corrected invoice.
    const payment = { type: 'payment', id: 'pay-0', date: '2024-03-01', method: 'card', amount: '1.00', customer: BUSINESS, allocations: [] };
    expect(issuesOf(() => eInvoice(note, rules, { seller: SELLER, context: [payment] }))).toEqual([
      ['unknown_document', 'corrects', 'The invoice inv-0 this note corrects is not in options.context: pass it, its number and date go on the e-invoice (EN 16931 BG-3).'],
    ]);
    const target = one(BUSINESS, service('100.00'), { id: 'inv-0', number: 'FA 0' });
    expect(issuesOf(() => eInvoice(note, rules, { seller: SELLER, context: [payment, target] }))).toEqual([
      ['invalid_input', 'corrects', 'The corrected invoice\'s number "FA 0" cannot go on a French e-invoice: at most 35 characters among letters, digits and + - _ / without spaces (BR-FR-01, BR-FR-02 on BT-25).'],
    ]);
  });

  it('the billing framework: 4 on a deposit invoice, 2 with something still due (the amount in the message)', () => {
    for (const bp of ['B4', 'S4', 'M4'] as const) {
      expect(issuesOf(() => eInvoice(DEPOSIT, rules, { seller: SELLER, businessProcess: bp }))).toEqual([
        ['invalid_option', 'options.businessProcess', `Billing framework ${bp} is for a final invoice after deposits, not a deposit invoice (BR-FR-CO-08): use ${bp[0]}1.`],
      ]);
    }
    for (const bp of ['B2', 'S2', 'M2'] as const) {
      expect(issuesOf(() => eInvoice(one(), rules, { seller: SELLER, businessProcess: bp }))).toEqual([
        ['invalid_option', 'options.businessProcess', `Billing framework ${bp} is for an invoice already paid, and this one leaves 120.00 due (BR-FR-CO-09): use ${bp[0]}1.`],
      ]);
    }
    // A framework given for a deposit invoice that is not 4 is accepted; a due date before a deposit invoice's date too.
    expect(eInvoice(DEPOSIT, rules, { seller: SELLER, businessProcess: 'S3', payment: { dueDate: '2024-05-01' } }).businessProcess).toBe('S3');
  });
});

describe('eInvoice: the documents of options.context (invoiceFiguresOf)', () => {
  const fin = invoice([{ label: 'Séjour groupe', quantity: '1', unitPrice: '1000.00', vatRate: '10' }], { date: '2024-07-01', deducts: ['dep-1'] });

  it('a context document post refuses is reported at its place; two documents with one id are refused', () => {
    const issues = issuesOf(() => eInvoice(fin, rules, { seller: SELLER, context: [DEPOSIT, { type: 'invoice', id: 'bad' }] }));
    expect(issues.map(([code, path]) => `${code}@${path}`)).toEqual(['kind', 'status', 'date', 'customer', 'lines'].map((f) => `invalid_input@context.1.${f}`));
    expect(issues[0]![2]).toBe('Missing field "kind": it is required and holds one of "final", "deposit", "proforma", "credit-note", "debit-note".');
    expect(issuesOf(() => eInvoice(fin, rules, { seller: SELLER, context: [DEPOSIT, { ...DEPOSIT, number: 'FA2024-0199' }] }))).toEqual([
      ['duplicate_document', 'context.1.id', 'Document id dep-1 is used twice in options.context.'],
    ]);
  });

  it('the invoice itself in the context is skipped, not a duplicate', () => {
    const m = eInvoice(fin, rules, { seller: SELLER, context: [fin, DEPOSIT, fin] });
    expect(m.totals.due.toFixed(2)).toBe('770.00');
  });

  it('only the payments allocated to a deducted proforma count as received on it', () => {
    const proforma = { type: 'invoice', id: 'pro-1', kind: 'proforma', status: 'issued', number: 'PRO-1', date: '2024-05-02', customer: BUSINESS, pricesIncludeTax: true, lines: [{ label: 'Séjour', quantity: '1', unitPrice: '500.00', vatRate: '10' }] };
    const other = { ...proforma, id: 'pro-2', number: 'PRO-2' };
    const pay = (id: string, amount: string, to: string) => ({ type: 'payment', id, date: '2024-05-03', method: 'transfer', amount, customer: BUSINESS, allocations: [{ invoice: to, amount }] });
    const final = { ...proforma, id: 'inv-7', kind: 'final', number: 'FA2024-0107', date: '2024-07-20', deducts: ['pro-1'] };
    // 150.00 + 50.00 received on pro-1; pro-2 is not deducted: prepaid 200.00, due 300.00.
    // The payment on pro-2 allocates more than pro-2 asks: not read, so not refused here.
    const m = eInvoice(final, rules, { seller: SELLER, context: [proforma, other, pay('p1', '150.00', 'pro-1'), pay('p2', '800.00', 'pro-2'), pay('p3', '50.00', 'pro-1')] });
    expect([m.totals.grandTotal, m.totals.prepaid, m.totals.due].map((x) => x.toFixed(2))).toEqual(['500.00', '200.00', '300.00']);
    expect(m.notes.at(-1)!.text).toBe('Acomptes déduits : PRO-1.');
  });
});
