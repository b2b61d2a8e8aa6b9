// @ts-nocheck
// Worked vectors of what invoices.ts builds: deposits deducted by a final invoice (SPEC-FR TV9), proformas whose
// payments a final invoice deducts (only those received by its date, per VAT rate), deposits in a foreign currency
// (each at its own rate), zero-rated deposit lines, the receipt basis, a cancellation and a credit note applied to
// the invoice it corrects. Amounts hand-computed in the comments.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, post } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { invoice, line, payment, rows } from './_helpers.js';

/** `id type label` and the rows of every transaction posted. */
function posted(documents: unknown[], rules: PostingRules = vatOnInvoice): Array<[string, string | undefined, string, string[]]> {
  return post(documents as Iterable<PostableDocument>, rules).transactions.map((t) => [t.id, t.type, t.label, rows(t)]);
}

const deposit = (lines: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => invoice('dep-1', '2024-11-02', lines, { kind: 'deposit', number: 'FA-100', ...extra });
const final = (lines: Array<Record<string, unknown>>, deducts: string[], extra: Record<string, unknown> = {}) => invoice('fin-1', '2024-11-20', lines, { number: 'FA-101', deducts, ...extra });
const l10 = line('110.00', '10', { account: '706200' });
const exempt = (price: string) => line(price, '0', { account: '706300', exemption: 'exempt' });

describe('deposits deducted by a final invoice', () => {
  it('TV9: a 120.00 deposit at 20 %, then a 600.00 final invoice: Dt 411 480 / Dt 4191 100 / Ct 706 500 / Ct 44571 80', () => {
    expect(posted([deposit([line('120.00')]), final([line('600.00')], ['dep-1'])])).toEqual([
      ['VT000001', 'deposit', 'Facture d\'acompte FA-100 DUPONT Jean', ['411 D 120.00 C0001 @dep-1', '4191 C 100.00 C0001 @dep-1', '445711 C 20.00 vat20/100.00']],
      ['VT000002', 'sale', 'Facture FA-101 DUPONT Jean', ['411 D 480.00 C0001 @fin-1', '4191 D 100.00 C0001 @dep-1', '706100 C 500.00', '445711 C 80.00 vat20/400.00']],
    ]);
  });

  it('on a receipt basis the deposit and the final invoice of services put their VAT on pending VAT (44574)', () => {
    expect(posted([deposit([line('120.00')]), final([line('600.00')], ['dep-1'])], defaultRules()).map((t) => t[3])).toEqual([
      ['411 D 120.00 C0001 @dep-1', '4191 C 100.00 C0001 @dep-1', '44574 C 20.00 vat20/100.00'],
      ['411 D 480.00 C0001 @fin-1', '4191 D 100.00 C0001 @dep-1', '706100 C 500.00', '44574 C 80.00 vat20/400.00'],
    ]);
  });

  it('a deposit with an exempt line: 4191 credited per rate (100.00 at 20 %, 50.00 at 0 %), the final deducts 150.00 and only the 20 % VAT', () => {
    // Deposit 120.00 (20 %) + 50.00 (exempt) = 170.00; final 600.00 + 100.00 = 700.00, 700 − 170 = 530.00 due.
    expect(posted([deposit([line('120.00'), exempt('50.00')]), final([line('600.00'), exempt('100.00')], ['dep-1'])]).map((t) => t[3])).toEqual([
      ['411 D 170.00 C0001 @dep-1', '4191 C 100.00 C0001 @dep-1', '4191 C 50.00 C0001 @dep-1', '445711 C 20.00 vat20/100.00'],
      ['411 D 530.00 C0001 @fin-1', '4191 D 150.00 C0001 @dep-1', '706100 C 500.00', '706300 C 100.00 vat0/100.00', '445711 C 80.00 vat20/400.00'],
    ]);
  });

  it('a deposit in USD deducted at its own rate (0.90), the final invoice at its rate (0.95)', () => {
    // Deposit 120.00 USD × 0.90 = 108.00 € (base 90.00, VAT 18.00). Final 600.00 USD × 0.95 = 570.00 €:
    // 411 = 570.00 − 108.00 = 462.00; 4191 90.00 back; 706 500 × 0.95 = 475.00; VAT 95.00 − 18.00 = 77.00 on 475 − 90 = 385.00.
    expect(posted([deposit([line('120.00')], { currency: 'USD', exchangeRate: '0.9' }), final([line('600.00')], ['dep-1'], { currency: 'USD', exchangeRate: '0.95' })]).map((t) => t[3])).toEqual([
      ['411 D 108.00 C0001 @dep-1 USD120.00', '4191 C 90.00 C0001 @dep-1 USD100.00', '445711 C 18.00 vat20/90.00 USD20.00'],
      ['411 D 462.00 C0001 @fin-1 USD480.00', '4191 D 90.00 C0001 @dep-1 USD100.00', '706100 C 475.00 USD500.00', '445711 C 77.00 vat20/385.00 USD80.00'],
    ]);
  });
});

describe('proformas whose payments a final invoice deducts', () => {
  // 120.00 at 20 % (100 + 20) and 110.00 at 10 % (100 + 10): 230.00.
  const proforma = invoice('pf-1', '2024-10-01', [line('120.00'), l10], { kind: 'proforma', number: 'PF-1' });
  const paid = [payment('p1', '2024-10-02', '46.00', [['pf-1', '46.00']]), payment('p2', '2024-10-05', '23.00', [['pf-1', '23.00']])];

  it('splits each deposit received over the rates (46.00 → 24.00 + 22.00; 23.00 → 12.00 + 11.00) and deducts those received by the final invoice\'s date, merged per rate', () => {
    // The final deducts 69.00: base 30 + 30, VAT 6 + 3; 230 − 69 = 161.00 due, VAT 20 − 6 = 14 and 10 − 3 = 7.
    // p3 (10.00, after the final) is not deducted: 10 × 120 / 230 = 5.22 (VAT 0.87) and 4.78 (VAT 0.43).
    expect(posted([proforma, ...paid, payment('p3', '2024-11-25', '10.00', [['pf-1', '10.00']]), final([line('120.00'), l10], ['pf-1'])])).toEqual([
      ['BQ000001', 'deposit', 'Acompte reçu virement PF-1 DUPONT Jean', ['512 D 46.00', '4191 C 20.00 C0001 @pf-1', '445711 C 4.00 vat20/20.00', '4191 C 20.00 C0001 @pf-1', '445712 C 2.00 vat10/20.00']],
      ['BQ000002', 'deposit', 'Acompte reçu virement PF-1 DUPONT Jean', ['512 D 23.00', '4191 C 10.00 C0001 @pf-1', '445711 C 2.00 vat20/10.00', '4191 C 10.00 C0001 @pf-1', '445712 C 1.00 vat10/10.00']],
      ['VT000001', 'sale', 'Facture FA-101 DUPONT Jean', ['411 D 161.00 C0001 @fin-1', '4191 D 60.00 C0001 @pf-1', '706100 C 100.00', '706200 C 100.00', '445711 C 14.00 vat20/70.00', '445712 C 7.00 vat10/70.00']],
      ['BQ000003', 'deposit', 'Acompte reçu virement PF-1 DUPONT Jean', ['512 D 10.00', '4191 C 4.35 C0001 @pf-1', '445711 C 0.87 vat20/4.35', '4191 C 4.35 C0001 @pf-1', '445712 C 0.43 vat10/4.35']],
    ]);
  });

  it('on a receipt basis the deposits collect their VAT when received (445711), the rest of the final invoice\'s is pending (44574)', () => {
    expect(posted([proforma, ...paid, final([line('120.00'), l10], ['pf-1'])], defaultRules())[2]![3]).toEqual(['411 D 161.00 C0001 @fin-1', '4191 D 60.00 C0001 @pf-1', '706100 C 100.00', '706200 C 100.00', '44574 C 14.00 vat20/70.00', '44574 C 7.00 vat10/70.00']);
  });
});

describe('cancellations and credit notes applied', () => {
  const inv = invoice('inv-1', '2024-10-15', [line('120.00')], { number: 'FA-1' });
  const note = invoice('av-1', '2024-10-16', [line('30.00')], { kind: 'credit-note', number: 'AV-1', corrects: 'inv-1' });

  it('cancels an invoice with the mirror of its entries, dated cancelledOn and labelled with the invoice date', () => {
    expect(posted([{ ...inv, status: 'cancelled', cancelledOn: '2024-10-20' }])).toEqual([
      ['VT000001', 'sale', 'Facture FA-1 DUPONT Jean', ['411 D 120.00 C0001 @inv-1', '706100 C 100.00', '445711 C 20.00 vat20/100.00']],
      ['VT000002', 'cancellation', 'Annulation facture FA-1 DUPONT Jean du 15/10/2024', ['411 C 120.00 C0001 @inv-1', '706100 D 100.00', '445711 D 20.00 vat20/100.00']],
    ]);
  });

  it('applies a credit note to the open invoice it corrects (411 on the invoice\'s open item), or leaves it open when the invoice is paid', () => {
    expect(posted([inv, note])[1]).toEqual(['VT000002', 'credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-1)', ['411 C 30.00 C0001 @inv-1', '706100 D 25.00', '445711 D 5.00 vat20/25.00']]);
    expect(posted([inv, payment('p', '2024-10-15', '120.00', [['inv-1', '120.00']]), note])[2]![3]).toEqual(['411 C 30.00 C0001 @av-1', '706100 D 25.00', '445711 D 5.00 vat20/25.00']);
  });

  it('applies only what is left on the invoice (100.00 paid of 120.00: 20.00 on the invoice, 10.00 left open on the credit note)', () => {
    expect(posted([inv, payment('p', '2024-10-15', '100.00', [['inv-1', '100.00']]), note])[2]![3]).toEqual(['411 C 20.00 C0001 @inv-1', '411 C 10.00 C0001 @av-1', '706100 D 25.00', '445711 D 5.00 vat20/25.00']);
  });
});
