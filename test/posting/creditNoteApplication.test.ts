// Worked vectors of a credit note applied to the invoice or purchase it corrects (`corrects`; settle.ts applyNote):
// the part applied is what is left on both (the invoice after its payments, the credit note after its refunds), the
// rest of the credit note stays open on its own item, and the VAT the two settlements move on a receipt basis is
// transferred when the credit note's VAT is not the invoice's (another rate, goods against services). Amounts
// hand-computed in the comments.
import type { PostableDocument, PostingRules } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { defaultRules, safePost } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { invoice, line, payment, rows } from './_helpers.js';

/** `type label` and rows of every transaction posted, and the failures as `index code@path message`. */
function posted(documents: unknown[], rules: PostingRules): { txs: Array<[string | undefined, string, string[]]>; failures: string[] } {
  const r = safePost(documents as Iterable<PostableDocument>, rules);
  return {
    txs: r.transactions.map((t) => [t.type, t.label, rows(t)]),
    failures: r.failures.flatMap((f) => f.issues.map((i) => `${f.index} ${i.code}@${i.path.slice(1).join('.')} ${i.message}`)),
  };
}

const onReceipt = defaultRules();
/** FA-A: 60.00 incl. 20 % (50.00 + 10.00), services (706100). */
const a = invoice('a', '2024-10-01', [line('60.00')], { number: 'FA-A' });
/** A credit note correcting FA-A, one line incl. tax. */
const note = (ttc: string, rate = '20', account = '706100', id = 'av') => invoice(id, '2024-10-11', [line(ttc, rate, { account })], { kind: 'credit-note', number: 'AV-1', corrects: 'a' });
const SALE_ON_INVOICE = ['sale', 'Facture FA-A DUPONT Jean', ['411 D 60.00 C0001 @a', '706100 C 50.00', '445711 C 10.00 vat20/50.00']];
const SALE_ON_RECEIPT = ['sale', 'Facture FA-A DUPONT Jean', ['411 D 60.00 C0001 @a', '706100 C 50.00', '44574 C 10.00 vat20/50.00']];

describe('a credit note applied to the invoice it corrects', () => {
  it('applies all of it while the invoice has more left: a payment can then settle 48.00 of 60.00, not 48.01', () => {
    const over = posted([a, note('12.00'), payment('p', '2024-10-12', '48.01', [['a', '48.01']])], vatOnInvoice);
    expect(over.txs).toEqual([SALE_ON_INVOICE, ['credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-A)', ['411 C 12.00 C0001 @a', '706100 D 10.00', '445711 D 2.00 vat20/10.00']]]);
    expect(over.failures).toEqual(['2 over_allocation@allocations.0.amount Invoice a has 4800 minor units left to settle, less than the 4801 applied here: apply at most what is left.']);
    const exact = posted([a, note('12.00'), payment('p', '2024-10-12', '48.00', [['a', '48.00']])], vatOnInvoice);
    expect(exact.failures).toEqual([]);
    expect(exact.txs[2]).toEqual(['payment', 'Règlement virement FA-A DUPONT Jean', ['512 D 48.00', '411 C 48.00 C0001 @a']]);
  });

  it('applies only what is left on the invoice: 6.00 of 12.00 after a payment of 54.00, the other 6.00 stays open on the credit note', () => {
    const r = posted([a, payment('p', '2024-10-10', '54.00', [['a', '54.00']]), note('12.00')], vatOnInvoice);
    expect(r.failures).toEqual([]);
    expect(r.txs[2]).toEqual(['credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-A)', ['411 C 6.00 C0001 @a', '411 C 6.00 C0001 @av', '706100 D 10.00', '445711 D 2.00 vat20/10.00']]);
  });

  it('applies 60.00 of a 70.00 credit note to a 60.00 invoice; 10.00 stays open on the credit note', () => {
    // 70.00 incl. 20 %: 58.33 + 11.67.
    expect(posted([a, note('70.00')], vatOnInvoice).txs[1]![2]).toEqual(['411 C 60.00 C0001 @a', '411 C 10.00 C0001 @av', '706100 D 58.33', '445711 D 11.67 vat20/58.33']);
  });

  it('applies nothing to an invoice paid in full: the credit note stays open on its own item, and no VAT moves for it', () => {
    const r = posted([a, payment('p', '2024-10-10', '60.00', [['a', '60.00']]), note('12.00')], onReceipt);
    expect(r.failures).toEqual([]);
    expect(r.txs.slice(1)).toEqual([
      ['payment', 'Règlement virement FA-A DUPONT Jean', ['512 D 60.00', '411 C 60.00 C0001 @a']],
      ['vat-transfer', 'TVA exigible sur encaissement p DUPONT Jean', ['44574 D 10.00 vat20/50.00', '445711 C 10.00 vat20/50.00']],
      ['credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-A)', ['411 C 12.00 C0001 @av', '706100 D 10.00', '44574 D 2.00 vat20/10.00']],
    ]);
  });

  it('applies nothing once the credit note was refunded (a refund the same day with an earlier id settles first)', () => {
    const refund = { ...payment('aa', '2024-10-11', '12.00', [['av', '12.00']]), type: 'refund' };
    const r = posted([a, note('12.00'), refund], onReceipt);
    expect(r.failures).toEqual([]);
    expect(r.txs.map((t) => t[2])).toEqual([
      SALE_ON_RECEIPT[2],
      ['411 C 12.00 C0001 @av', '706100 D 10.00', '44574 D 2.00 vat20/10.00'],
      ['512 C 12.00', '411 D 12.00 C0001 @av'],
      ['44574 C 2.00 vat20/10.00', '445711 D 2.00 vat20/10.00'],
    ]);
    // FA-A is still owed in full.
    expect(posted([a, note('12.00'), refund, payment('p', '2024-10-12', '60.00', [['a', '60.00']])], onReceipt).failures).toEqual([]);
  });

  describe('VAT on a receipt basis', () => {
    it('moves no VAT when the credit note\'s VAT is the invoice\'s: the two settlements cancel out', () => {
      expect(posted([a, note('12.00')], onReceipt).txs).toEqual([SALE_ON_RECEIPT, ['credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-A)', ['411 C 12.00 C0001 @a', '706100 D 10.00', '44574 D 2.00 vat20/10.00']]]);
    });

    it('a credit note of goods (VAT collected on invoice) on an invoice of services makes 2.00 of the invoice\'s pending VAT due', () => {
      expect(posted([a, note('12.00', '20', '707100')], onReceipt).txs.slice(1)).toEqual([
        ['credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-A)', ['411 C 12.00 C0001 @a', '707100 D 10.00', '445711 D 2.00 vat20/10.00']],
        ['vat-transfer', 'TVA sur avoir AV-1 imputé DUPONT Jean', ['44574 D 2.00 vat20/10.00', '445711 C 2.00 vat20/10.00']],
      ]);
    });

    it('a credit note at 10 % on an invoice at 20 %: 1.83 of the 20 % made due (11.00 of 60.00: 9.17 + 1.83), 1.00 of the 10 % taken back', () => {
      expect(posted([a, note('11.00', '10')], onReceipt).txs.slice(1)).toEqual([
        ['credit-note', 'Avoir AV-1 DUPONT Jean (facture FA-A)', ['411 C 11.00 C0001 @a', '706100 D 10.00', '44574 D 1.00 vat10/10.00']],
        ['vat-transfer', 'TVA sur avoir AV-1 imputé DUPONT Jean', ['44574 D 1.83 vat20/9.17', '445711 C 1.83 vat20/9.17', '44574 C 1.00 vat10/10.00', '445712 D 1.00 vat10/10.00']],
      ]);
    });
  });
});

describe('a supplier credit note applied to the purchase it corrects (supplier taxed on receipt)', () => {
  const edf = { id: 'F0001', name: 'EDF' };
  /** A purchase from a supplier taxed on receipt: one line incl. tax, services (622600) unless another account is given. */
  const purchase = (id: string, date: string, ttc: string, rate = '20', account = '622600', extra: Record<string, unknown> = {}) => ({
    type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, vatExigibility: 'on-receipt', lines: [{ label: 'Honoraires', account, quantity: '1', unitPrice: ttc, vatRate: rate }], ...extra,
  });
  /** FF-ac: 120.00 incl. 20 % (100.00 + 20.00), its VAT pending (44568) until paid. */
  const ac = purchase('ac', '2024-10-31', '120.00');
  const PURCHASE = ['purchase', 'Facture fournisseur FF-ac EDF', ['401 C 120.00 F0001 @ac', '622600 D 100.00', '44568 D 20.00 vat20/100.00']];
  const credit = (ttc: string, rate = '20', account = '622600') => purchase('av', '2024-11-05', ttc, rate, account, { kind: 'credit-note', number: 'AV-av', corrects: 'ac' });
  const HEAD = 'Avoir fournisseur AV-av EDF (facture FF-ac)';

  it('moves no VAT when the credit note\'s VAT is the purchase\'s (24.00 at 20 %: 20.00 + 4.00)', () => {
    expect(posted([ac, credit('24.00')], onReceipt).txs).toEqual([PURCHASE, ['purchase', HEAD, ['401 D 24.00 F0001 @ac', '622600 C 20.00', '44568 C 4.00 vat20/20.00']]]);
  });

  it('a credit note at 10 % on a purchase at 20 %: 3.67 of the 20 % made deductible (22.00 of 120.00: 18.33 + 3.67), 2.00 of the 10 % taken back', () => {
    expect(posted([ac, credit('22.00', '10')], onReceipt).txs.slice(1)).toEqual([
      ['purchase', HEAD, ['401 D 22.00 F0001 @ac', '622600 C 20.00', '44568 C 2.00 vat10/20.00']],
      ['vat-transfer', 'TVA déductible sur avoir fournisseur AV-av imputé EDF', ['44566 D 3.67 vat20/18.33', '44568 C 3.67 vat20/18.33', '44566 C 2.00 vat10/20.00', '44568 D 2.00 vat10/20.00']],
    ]);
  });

  it('a credit note of goods (VAT deductible on invoice) on a purchase of services makes 4.00 of the purchase\'s pending VAT deductible', () => {
    expect(posted([ac, credit('24.00', '20', '607000')], onReceipt).txs.slice(1)).toEqual([
      ['purchase', HEAD, ['401 D 24.00 F0001 @ac', '607000 C 20.00', '44566 C 4.00 vat20/20.00']],
      ['vat-transfer', 'TVA déductible sur avoir fournisseur AV-av imputé EDF', ['44566 D 4.00 vat20/20.00', '44568 C 4.00 vat20/20.00']],
    ]);
  });

  it('applies nothing to a purchase paid in full: the credit note stays open on its own item', () => {
    const paid = { type: 'supplier-payment', id: 'sp', date: '2024-11-01', method: 'transfer', amount: '120.00', supplier: edf, allocations: [{ purchase: 'ac', amount: '120.00' }] };
    const r = posted([ac, paid, credit('24.00')], onReceipt);
    expect(r.failures).toEqual([]);
    expect(r.txs.slice(1).map((t) => t[2])).toEqual([
      ['512 C 120.00', '401 D 120.00 F0001 @ac'],
      ['44566 D 20.00 vat20/100.00', '44568 C 20.00 vat20/100.00'],
      ['401 D 24.00 F0001 @av', '622600 C 20.00', '44568 C 4.00 vat20/20.00'],
    ]);
  });

  it('a credit note whose own figures are refused fails alone (code, path, message), before it settles anything; the purchase stays owed in full', () => {
    const bad = purchase('av', '2024-11-05', '24.00', '7', '622600', { kind: 'credit-note', number: 'AV-av', corrects: 'ac' });
    const r = posted([ac, bad], onReceipt);
    expect(r.failures).toEqual(['1 unknown_vat_rate@lines.0.vatRate VAT rate "7" is not one the posting rules accept (0, 2.1, 5.5, 10, 20): use one of them, or add it to the rules (vatRates and vatCollected).']);
    expect(r.txs).toEqual([PURCHASE]);
    const paid = { type: 'supplier-payment', id: 'sp', date: '2024-11-06', method: 'transfer', amount: '120.00', supplier: edf, allocations: [{ purchase: 'ac', amount: '120.00' }] };
    expect(posted([ac, bad, paid], onReceipt).failures).toEqual([r.failures[0]]);
  });
});
