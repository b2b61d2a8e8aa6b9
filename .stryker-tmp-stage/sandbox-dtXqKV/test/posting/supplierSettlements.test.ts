// @ts-nocheck
// Supplier credit notes applied to the purchases they correct, supplier refunds, advances deducted by purchases.
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookTransactions, defaultRules, letter, lockPeriod, post, safePost, type Book, type Transaction } from '../../src/index.js';
import { parseDocument, purchaseSchema } from '../../src/schemas/index.js';
import { parseSupplierRefund, safeParseSupplierRefund } from '../../src/schemas/supplierRefund.js';
import { balances, deepFreeze, errorOf, firstIssue, invoice, line, plain, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const edf = { id: 'F0001', name: 'EDF' };
const orange = { id: 'F0002', name: 'ORANGE' };

/** A supplier invoice (or credit note) of one line at 20 %, prices incl. tax. */
function purchase(id: string, date: string, ttc = '120.00', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'purchase', id, number: `FF-${id}`, date, supplier: edf, pricesIncludeTax: true, lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: ttc, vatRate: '20' }], ...extra };
}

/** A supplier credit note, optionally correcting a purchase. */
function creditNote(id: string, date: string, ttc: string, corrects?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return purchase(id, date, ttc, { kind: 'credit-note', number: `AV-${id}`, ...(corrects === undefined ? {} : { corrects }), ...extra });
}

/** A supplier payment by transfer. */
function supplierPayment(id: string, date: string, amount: string, allocations: ReadonlyArray<[string, string]> = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { type: 'supplier-payment', id, date, method: 'transfer', amount, supplier: edf, ...extra };
  if (allocations.length > 0) out.allocations = allocations.map(([p, a]) => ({ purchase: p, amount: a }));
  return out;
}

/** A supplier refund by transfer. */
function supplierRefund(id: string, date: string, amount: string, allocations: ReadonlyArray<[string, string]> = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { type: 'supplier-refund', id, date, method: 'transfer', amount, supplier: edf, ...extra };
  if (allocations.length > 0) out.allocations = allocations.map(([p, a]) => ({ purchase: p, amount: a }));
  return out;
}

/** `transaction account aux openItem code` for every lettered entry. */
function letters(book: Book): string[] {
  const out: string[] = [];
  for (const t of bookTransactions(book)) for (const e of t.entries) if (e.lettering) out.push(`${t.id} ${e.account} ${e.auxiliary?.number ?? ''} ${e.openItem ?? ''} ${e.lettering.code} ${e.lettering.date}`);
  return out;
}

const issueOf = (docs: unknown[], rules?: Parameters<typeof post>[1], options?: Parameters<typeof post>[2]) => firstIssue(() => post((docs as Iterable<PostableDocument>), rules, options));
const schemaCodes = (doc: unknown) => errorOf(() => parseDocument(doc)).issues.map((i) => [i.code, i.path]);

describe('supplier credit notes applied to the purchase they correct', () => {
  const ac1 = purchase('ac-1', '2024-10-31');

  it('letters the credit note with the purchase it corrects (worked vector: 120.00 bought, 24.00 credited, 96.00 paid)', () => {
    const txs = post([ac1, creditNote('av-1', '2024-11-05', '24.00', 'ac-1'), supplierPayment('sp-1', '2024-11-15', '96.00', [['ac-1', '96.00']])], vatOnInvoice).transactions;
    expect(txs.map((t) => [t.id, t.type, t.label])).toEqual([
      ['AC000001', 'purchase', 'Facture fournisseur FF-ac-1 EDF'],
      ['AC000002', 'purchase', 'Avoir fournisseur AV-av-1 EDF (facture FF-ac-1)'],
      ['BQ000001', 'supplier-payment', 'Règlement fournisseur virement FF-ac-1 EDF'],
    ]);
    expect(rows(txs[1]!)).toEqual(['401 D 24.00 F0001 @ac-1', '606100 C 20.00', '44566 C 4.00 vat20/20.00']);
    expect(letters(letter(txs))).toEqual(['AC000001 401 F0001 ac-1 A 2024-11-15', 'AC000002 401 F0001 ac-1 A 2024-11-15', 'BQ000001 401 F0001 ac-1 A 2024-11-15']);
  });

  it('applies only what is left on the purchase; the rest stays on the credit note, to be refunded (worked vector)', () => {
    const paid = supplierPayment('sp-1', '2024-11-02', '100.00', [['ac-1', '100.00']]);
    const note = creditNote('av-1', '2024-11-05', '60.00', 'ac-1');
    const refund = supplierRefund('rs-1', '2024-11-20', '40.00', [['av-1', '40.00']], { number: 'VIR-R-1' });
    const txs = post([ac1, paid, note, refund], vatOnInvoice).transactions;
    expect(rows(txs[2]!)).toEqual(['401 D 20.00 F0001 @ac-1', '401 D 40.00 F0001 @av-1', '606100 C 50.00', '44566 C 10.00 vat20/50.00']);
    expect(txs[3]).toMatchObject({ id: 'BQ000002', type: 'supplier-refund', journal: 'BQ', label: 'Remboursement fournisseur virement AV-av-1 EDF', piece: { ref: 'VIR-R-1' } });
    expect(rows(txs[3]!)).toEqual(['512 D 40.00', '401 C 40.00 F0001 @av-1']);
    expect(letters(letter(txs)).map((l) => l.split(' ').slice(0, 5).join(' '))).toEqual([
      'AC000001 401 F0001 ac-1 A',
      'BQ000001 401 F0001 ac-1 A',
      'AC000002 401 F0001 ac-1 A',
      'AC000002 401 F0001 av-1 B',
      'BQ000002 401 F0001 av-1 B',
    ]);
  });

  it('applies nothing to a purchase already settled: the whole credit note stays open', () => {
    const paid = supplierPayment('sp-1', '2024-11-02', '120.00', [['ac-1', '120.00']]);
    const tx = post([ac1, paid, creditNote('av-1', '2024-11-05', '24.00', 'ac-1')], vatOnInvoice).transactions[2]!;
    expect(rows(tx)).toEqual(['401 D 24.00 F0001 @av-1', '606100 C 20.00', '44566 C 4.00 vat20/20.00']);
  });

  it('leaves less to pay: paying the full purchase after a credit note applied to it is over_allocation', () => {
    const r = safePost([ac1, creditNote('av-1', '2024-11-05', '24.00', 'ac-1'), supplierPayment('sp-1', '2024-11-15', '120.00', [['ac-1', '120.00']])], vatOnInvoice);
    expect(r.failures.map((f) => [f.issues[0].code, f.issues[0].path])).toEqual([['over_allocation', [2, 'allocations', 0, 'amount']]]);
  });

  it('corrects a purchase posted by an earlier call (options.context), counting what was already paid', () => {
    const paid = supplierPayment('sp-1', '2024-11-02', '110.00', [['ac-1', '110.00']]);
    const tx = post([creditNote('av-1', '2024-11-05', '24.00', 'ac-1')], vatOnInvoice, { context: [ac1, paid] }).transactions[0]!;
    expect(rows(tx)).toEqual(['401 D 10.00 F0001 @ac-1', '401 D 14.00 F0001 @av-1', '606100 C 20.00', '44566 C 4.00 vat20/20.00']);
  });

  it('converts at each document its rate: the credit note applied to a purchase at another rate sends the difference to 666 / 766', () => {
    const usd = purchase('ac-us', '2024-10-31', '120.00', { currency: 'USD', exchangeRate: '0.9' });
    const note = creditNote('av-us', '2024-11-05', '24.00', 'ac-us', { currency: 'USD', exchangeRate: '0.95' });
    const tx = post([usd, note], vatOnInvoice).transactions[1]!;
    // 24.00 USD settle 21.60 EUR of the purchase (its rate) and reduce the expense and VAT by 22.80 (the credit note's): 1.20 to 666.
    expect(rows(tx)).toEqual(['401 D 21.60 F0001 @ac-us USD24.00', '606100 C 19.00 USD20.00', '44566 C 3.80 vat20/19.00 USD4.00', '666 D 1.20']);
  });

  describe('bad input', () => {
    it('invalid_input (schema): corrects on a supplier invoice, or naming the credit note itself', () => {
      expect(schemaCodes(purchase('ac-2', '2024-11-05', '24.00', { corrects: 'ac-1' }))).toEqual([['invalid_input', ['corrects']]]);
      expect(schemaCodes(creditNote('av-1', '2024-11-05', '24.00', 'av-1'))).toEqual([['invalid_input', ['corrects']]]);
      expect(purchaseSchema.safeParse(creditNote('av-1', '2024-11-05', '24.00', 'ac-1')).success).toBe(true);
    });

    it('unknown_document: the purchase is neither in the call nor in the context, or the id is no purchase', () => {
      expect(issueOf([creditNote('av-1', '2024-11-05', '24.00', 'ac-1')])).toMatchObject({ code: 'unknown_document', path: [0, 'corrects'] });
      expect(issueOf([supplierPayment('ac-1', '2024-11-01', '10.00'), creditNote('av-1', '2024-11-05', '24.00', 'ac-1')])).toMatchObject({ code: 'unknown_document', path: [1, 'corrects'] });
    });

    it('invalid_input: a credit note corrects a supplier invoice, not another credit note, and in its currency', () => {
      expect(issueOf([creditNote('av-0', '2024-11-01', '50.00'), creditNote('av-1', '2024-11-05', '24.00', 'av-0')])).toMatchObject({ code: 'invalid_input', path: [1, 'corrects'] });
      const usd = creditNote('av-1', '2024-11-05', '24.00', 'ac-1', { currency: 'USD', exchangeRate: '0.9' });
      expect(issueOf([ac1, usd])).toMatchObject({ code: 'invalid_input', path: [1, 'corrects'] });
    });

    it('party_mismatch: a credit note of another supplier', () => {
      expect(issueOf([ac1, creditNote('av-1', '2024-11-05', '24.00', 'ac-1', { supplier: orange })])).toMatchObject({ code: 'party_mismatch', path: [1, 'corrects'] });
    });

    it('invalid_reference: the corrected purchase is itself invalid', () => {
      const bad = purchase('ac-1', '2024-10-31', '120.00', { lines: [{ label: 'x', account: '606100', quantity: '1', unitPrice: '120.00', vatRate: '19.6' }] });
      const r = safePost([bad, creditNote('av-1', '2024-11-05', '24.00', 'ac-1')], vatOnInvoice);
      expect(r.failures.map((f) => [f.issues[0].code, f.issues[0].path])).toEqual([
        ['unknown_vat_rate', [0, 'lines', 0, 'vatRate']],
        ['invalid_reference', [1, 'corrects']],
      ]);
    });
  });
});

describe('supplier refunds', () => {
  const note = creditNote('av-1', '2024-11-05', '36.00');

  it('posts a refund of a credit note and an advance returned (worked vector: 46.00 by cheque, 36.00 on the credit note)', () => {
    const advance = supplierPayment('sp-1', '2024-10-01', '50.00');
    const refund = supplierRefund('rs-1', '2024-11-20', '46.00', [['av-1', '36.00']], { method: 'cheque', memo: 'Avoir + acompte' });
    const txs = post([advance, note, refund], vatOnInvoice).transactions;
    const tx = txs[2]!;
    expect(tx).toMatchObject({
      id: 'BQ000002',
      journal: 'BQ',
      type: 'supplier-refund',
      date: '2024-11-20',
      label: 'Remboursement fournisseur chèque AV-av-1 EDF',
      piece: { ref: 'rs-1', date: '2024-11-20' },
      source: { documentId: 'rs-1', customerId: 'F0001', customerName: 'EDF', paymentMethod: 'cheque', memo: 'Avoir + acompte' },
    });
    expect(rows(tx)).toEqual(['5112 D 46.00 @rs-1', '401 C 36.00 F0001 @av-1', '4091 C 10.00 F0001']);
    expect(balances(txs, (e) => `${e.account} ${e.auxiliary?.number ?? ''}`).get('4091 F0001')).toBe(4000);
    expect(letters(letter(txs)).map((l) => l.split(' ').slice(0, 4).join(' '))).toEqual(['AC000001 401 F0001 av-1', 'BQ000002 401 F0001 av-1']);
  });

  it.each([
    ['transfer', '512 D 36.00', 'BQ', 'virement'],
    ['direct-debit', '512 D 36.00', 'BQ', 'prélèvement'],
    ['card', '512 D 36.00', 'BQ', 'CB'],
    ['cheque', '5112 D 36.00 @rs-1', 'BQ', 'chèque'],
    ['cash', '530 D 36.00', 'CA', 'espèces'],
  ])('receives by %s on its treasury account (a card refund comes back to the bank, a cheque waits for its remittance)', (method, treasury, journal, label) => {
    const tx = post([note, supplierRefund('rs-1', '2024-11-20', '36.00', [['av-1', '36.00']], { method })], vatOnInvoice).transactions[1]!;
    expect(tx).toMatchObject({ journal, label: `Remboursement fournisseur ${label} AV-av-1 EDF` });
    expect(rows(tx)).toEqual([treasury, '401 C 36.00 F0001 @av-1']);
  });

  it('posts an advance returned without allocation to 4091, and a cheque refund can be remitted with the customers’ cheques', () => {
    const refund = supplierRefund('rs-1', '2024-11-20', '30.00', [], { method: 'cheque' });
    const remittance = { type: 'remittance', id: 'rem-1', date: '2024-11-21', method: 'cheque', amount: '30.00', payments: ['rs-1'] };
    const txs = post([supplierPayment('sp-1', '2024-10-01', '30.00'), refund, remittance], vatOnInvoice).transactions;
    expect(txs[1]!.label).toBe('Remboursement acompte fournisseur chèque EDF');
    expect(rows(txs[1]!)).toEqual(['5112 D 30.00 @rs-1', '4091 C 30.00 F0001']);
    expect(rows(txs[2]!)).toEqual(['512 D 30.00', '5112 C 30.00 @rs-1']);
    expect(letters(letter(txs)).filter((l) => l.includes(' 5112 '))).toHaveLength(2);
  });

  it('refunds a credit note in parts, the second one posted with the first in options.context', () => {
    const first = supplierRefund('rs-1', '2024-11-20', '20.00', [['av-1', '20.00']]);
    const tx = post([supplierRefund('rs-2', '2024-11-25', '16.00', [['av-1', '16.00']])], vatOnInvoice, { context: [note, first] }).transactions[0]!;
    expect(rows(tx)).toEqual(['512 D 16.00', '401 C 16.00 F0001 @av-1']);
    expect(issueOf([supplierRefund('rs-2', '2024-11-25', '16.01', [['av-1', '16.01']])], undefined, { context: [note, first] })).toMatchObject({ code: 'over_allocation', path: [0, 'allocations', 0, 'amount'] });
  });

  it('converts a refund in a foreign currency at its own rate, the difference with the credit note going to 666 / 766', () => {
    const usd = creditNote('av-us', '2024-11-05', '36.00', undefined, { currency: 'USD', exchangeRate: '0.9' });
    const tx = post([usd, supplierRefund('rs-1', '2024-11-20', '36.00', [['av-us', '36.00']], { currency: 'USD', exchangeRate: '0.95' })], vatOnInvoice).transactions[1]!;
    expect(rows(tx)).toEqual(['512 D 34.20 USD36.00', '401 C 32.40 F0001 @av-us USD36.00', '766 C 1.80']);
  });

  describe('bad input', () => {
    const refund = (allocations: ReadonlyArray<[string, string]>, extra: Record<string, unknown> = {}) => supplierRefund('rs-1', '2024-11-20', '36.00', allocations, extra);

    it('invalid_input: a refund pays back credit notes, not supplier invoices, and in their currency', () => {
      expect(issueOf([purchase('ac-1', '2024-10-31'), refund([['ac-1', '36.00']])])).toMatchObject({ code: 'invalid_input', path: [1, 'allocations', 0, 'purchase'] });
      expect(issueOf([note, refund([['av-1', '36.00']], { currency: 'USD', exchangeRate: '0.9' })])).toMatchObject({ code: 'invalid_input', path: [1, 'allocations', 0, 'purchase'] });
    });

    it('over_allocation: more than the refund, more than the credit note, more than is left on it', () => {
      expect(issueOf([note, supplierRefund('rs-1', '2024-11-20', '30.00', [['av-1', '36.00']])])).toMatchObject({ code: 'over_allocation', path: [1, 'allocations'] });
      expect(issueOf([note, supplierRefund('rs-1', '2024-11-20', '40.00', [['av-1', '36.01']])])).toMatchObject({ code: 'over_allocation', path: [1, 'allocations', 0, 'amount'] });
      const r = safePost([note, refund([['av-1', '36.00']]), supplierRefund('rs-2', '2024-11-21', '1.00', [['av-1', '1.00']])], vatOnInvoice);
      expect(r.failures.map((f) => [f.issues[0].code, f.issues[0].path])).toEqual([['over_allocation', [2, 'allocations', 0, 'amount']]]);
    });

    it('unknown_document: the credit note is neither in the call nor in the context, or the id is no purchase', () => {
      expect(issueOf([refund([['av-1', '36.00']])])).toMatchObject({ code: 'unknown_document', path: [0, 'allocations', 0, 'purchase'] });
      expect(issueOf([invoice('av-1', '2024-11-01', [line('36.00')], { kind: 'credit-note' }), refund([['av-1', '36.00']])])).toMatchObject({ code: 'unknown_document', path: [1, 'allocations', 0, 'purchase'] });
    });

    it('party_mismatch: the credit note of another supplier', () => {
      expect(issueOf([note, refund([['av-1', '36.00']], { supplier: orange })])).toMatchObject({ code: 'party_mismatch', path: [1, 'allocations', 0, 'purchase'] });
    });

    it('invalid_reference: the credit note is itself invalid', () => {
      const bad = creditNote('av-1', '2024-11-05', '36.00', undefined, { lines: [{ label: 'x', account: '606100', quantity: '1', unitPrice: '36.00', vatRate: '19.6' }] });
      expect(safePost([bad, refund([['av-1', '36.00']])], vatOnInvoice).failures[1]!.issues[0]).toMatchObject({ code: 'invalid_reference', path: [1, 'allocations', 0, 'purchase'] });
    });

    it('invalid_method: unknown, moving no money, or receiving vouchers', () => {
      for (const method of ['bitcoin', 'credit-note', 'voucher']) expect(issueOf([note, refund([['av-1', '36.00']], { method })])).toMatchObject({ code: 'invalid_method', path: [1, 'method'] });
    });

    it('unknown_account, missing_exchange_rate, too_many_decimals, period_locked, duplicate_document', () => {
      expect(issueOf([note, refund([], { supplier: { ...edf, account: '999' } })])).toMatchObject({ code: 'unknown_account', path: [1, 'supplier', 'account'] });
      expect(issueOf([refund([], { currency: 'USD' })])).toMatchObject({ code: 'missing_exchange_rate', path: [0, 'exchangeRate'] });
      expect(issueOf([supplierRefund('rs-1', '2024-11-20', '1.001')])).toMatchObject({ code: 'too_many_decimals', path: [0, 'amount'] });
      expect(issueOf([refund([])], lockPeriod(defaultRules({ vatExigibility: 'on-invoice' }), '2024-11-30'))).toMatchObject({ code: 'period_locked', path: [0, 'date'] });
      expect(issueOf([note, refund([]), refund([])])).toMatchObject({ code: 'duplicate_document', path: [2, 'id'] });
    });

    it('schema: positive amounts, one allocation per credit note, a currency with its rate, no unknown field', () => {
      const codes = (doc: unknown) => errorOf(() => parseSupplierRefund(doc)).issues.map((i) => [i.code, i.path]);
      expect(codes(supplierRefund('rs-1', '2024-11-20', '0'))).toEqual([['non_positive_amount', ['amount']]]);
      expect(codes(supplierRefund('rs-1', '2024-11-20', '-5.00'))).toEqual([['negative_amount', ['amount']]]);
      expect(codes(supplierRefund('rs-1', '2024-11-20', '5.00', [['av-1', '1.00'], ['av-1', '2.00']]))).toEqual([['invalid_input', ['allocations', 1, 'purchase']]]);
      expect(codes(supplierRefund('rs-1', '2024-11-20', '5.00', [], { exchangeRate: '0.9', customer: edf }))).toEqual([
        ['unknown_field', ['customer']],
        ['invalid_input', ['exchangeRate']],
      ]);
      expect(codes({ ...supplierRefund('rs-1', '2024-11-20', '5.00'), supplier: { id: '', name: 'EDF' } })).toEqual([['empty_id', ['supplier', 'id']]]);
      expect(codes({ ...supplierRefund('rs-1', '2024-11-20', '5.00'), method: ' ' })).toEqual([['invalid_method', ['method']]]);
      expect(safeParseSupplierRefund(supplierRefund('rs-1', '2024-11-20', '5.00', [['av-1', '5.00']])).success).toBe(true);
      expect(firstIssue(() => parseSupplierRefund({ type: 'supplier-refund' }, [3]))).toMatchObject({ path: [3, 'id'] });
    });
  });
});

describe('advances deducted by a purchase', () => {
  const advance = supplierPayment('sp-1', '2024-10-01', '50.00', [], { number: 'VIR-1' });
  const deducting = (amount: string, extra: Record<string, unknown> = {}) => purchase('ac-1', '2024-10-31', '120.00', { advances: [{ payment: 'sp-1', amount }], ...extra });

  it('posts Dt 401 / Ct 4091 in the purchase, lettered with it (worked vector: 50.00 advance, 30.00 deducted, 90.00 paid)', () => {
    const txs = post([advance, deducting('30.00'), supplierPayment('sp-2', '2024-11-15', '90.00', [['ac-1', '90.00']])], vatOnInvoice).transactions;
    expect(txs.map((t) => [t.id, t.type, t.label])).toEqual([
      ['BQ000001', 'supplier-payment', 'Acompte fournisseur virement EDF'],
      ['AC000001', 'purchase', 'Facture fournisseur FF-ac-1 EDF'],
      ['BQ000002', 'supplier-payment', 'Règlement fournisseur virement FF-ac-1 EDF'],
    ]);
    expect(rows(txs[1]!)).toEqual(['401 C 120.00 F0001 @ac-1', '401 D 30.00 F0001 @ac-1', '4091 C 30.00 F0001', '606100 D 100.00', '44566 D 20.00 vat20/100.00']);
    expect(balances(txs, (e) => `${e.account} ${e.auxiliary?.number ?? ''}`).get('4091 F0001')).toBe(2000);
    expect(letters(letter(txs))).toEqual(['AC000001 401 F0001 ac-1 A 2024-11-15', 'AC000001 401 F0001 ac-1 A 2024-11-15', 'BQ000002 401 F0001 ac-1 A 2024-11-15']);
  });

  it('uses an advance over several purchases, in (date, id) order, up to what the payment left unallocated', () => {
    const ac2 = purchase('ac-2', '2024-11-10', '60.00', { advances: [{ payment: 'sp-1', amount: '20.00' }] });
    const txs = post([advance, deducting('30.00'), ac2], vatOnInvoice).transactions;
    expect(rows(txs[2]!).slice(0, 3)).toEqual(['401 C 60.00 F0001 @ac-2', '401 D 20.00 F0001 @ac-2', '4091 C 20.00 F0001']);
    expect(balances(txs, (e) => `${e.account} ${e.auxiliary?.number ?? ''}`).get('4091 F0001')).toBe(0);
    // The later purchase is the one refused, whatever the input order.
    const over = purchase('ac-2', '2024-11-10', '60.00', { advances: [{ payment: 'sp-1', amount: '20.01' }] });
    const r = safePost([over, deducting('30.00'), advance], vatOnInvoice);
    expect(r.failures.map((f) => [f.issues[0].code, f.issues[0].path])).toEqual([['over_allocation', [0, 'advances', 0, 'amount']]]);
  });

  it('counts the advances deducted by purchases posted earlier (options.context)', () => {
    const ac2 = (amount: string) => purchase('ac-2', '2024-11-10', '60.00', { advances: [{ payment: 'sp-1', amount }] });
    expect(rows(post([ac2('20.00')], vatOnInvoice, { context: [advance, deducting('30.00')] }).transactions[0]!)[2]).toBe('4091 C 20.00 F0001');
    expect(issueOf([ac2('20.01')], undefined, { context: [advance, deducting('30.00')] })).toMatchObject({ code: 'over_allocation', path: [0, 'advances', 0, 'amount'] });
  });

  it('keeps the advance on 401 when the rules say so: the deduction nets out on the supplier account', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', accounts: { supplierAdvances: '401' } });
    const tx = post([advance, deducting('30.00')], rules).transactions[1]!;
    expect(rows(tx).slice(0, 3)).toEqual(['401 C 120.00 F0001 @ac-1', '401 D 30.00 F0001 @ac-1', '401 C 30.00 F0001']);
  });

  it('converts a foreign advance: 401 at the purchase rate, 4091 at the payment rate, the difference to 666', () => {
    const pay = supplierPayment('sp-1', '2024-10-01', '50.00', [], { currency: 'USD', exchangeRate: '0.95' });
    const usd = deducting('30.00', { currency: 'USD', exchangeRate: '0.9' });
    const tx = post([pay, usd], vatOnInvoice).transactions[1]!;
    expect(rows(tx)).toEqual([
      '401 C 108.00 F0001 @ac-1 USD120.00',
      '401 D 27.00 F0001 @ac-1 USD30.00',
      '4091 C 28.50 F0001 USD30.00',
      '606100 D 90.00 USD100.00',
      '44566 D 18.00 vat20/90.00 USD20.00',
      '666 D 1.50',
    ]);
  });

  describe('bad input', () => {
    it('invalid_input (schema): advances on a credit note, the same payment twice', () => {
      expect(schemaCodes(creditNote('av-1', '2024-11-05', '24.00', undefined, { advances: [{ payment: 'sp-1', amount: '1.00' }] }))).toEqual([['invalid_input', ['advances']]]);
      expect(schemaCodes(purchase('ac-1', '2024-10-31', '120.00', { advances: [{ payment: 'sp-1', amount: '1.00' }, { payment: 'sp-1', amount: '2.00' }] }))).toEqual([['invalid_input', ['advances', 1, 'payment']]]);
      expect(schemaCodes(purchase('ac-1', '2024-10-31', '120.00', { advances: [{ payment: 'sp-1', amount: '0' }] }))).toEqual([['non_positive_amount', ['advances', 0, 'amount']]]);
    });

    it('unknown_document: the payment is neither in the call nor in the context, or the id is no supplier payment', () => {
      expect(issueOf([deducting('30.00')])).toMatchObject({ code: 'unknown_document', path: [0, 'advances', 0, 'payment'] });
      expect(issueOf([purchase('sp-1', '2024-10-01', '10.00'), deducting('30.00')])).toMatchObject({ code: 'unknown_document', path: [1, 'advances', 0, 'payment'] });
    });

    it('party_mismatch: a payment to another supplier', () => {
      expect(issueOf([supplierPayment('sp-1', '2024-10-01', '50.00', [], { supplier: orange }), deducting('30.00')])).toMatchObject({ code: 'party_mismatch', path: [1, 'advances', 0, 'payment'] });
    });

    it('over_allocation: more than the payment left unallocated, or more than the purchase totals', () => {
      expect(issueOf([advance, deducting('50.01')])).toMatchObject({
        code: 'over_allocation',
        path: [1, 'advances', 0, 'amount'],
        message: 'Supplier payment sp-1 left 5000 minor units unallocated (the advance), 0 of which are already deducted: deduct at most 5000.',
      });
      const paidPart = supplierPayment('sp-1', '2024-10-01', '50.00', [['ac-0', '45.00']]);
      expect(issueOf([purchase('ac-0', '2024-09-30', '45.00'), paidPart, deducting('5.01')])).toMatchObject({ code: 'over_allocation', path: [2, 'advances', 0, 'amount'] });
      const big = supplierPayment('sp-1', '2024-10-01', '500.00');
      expect(issueOf([big, deducting('120.01')])).toMatchObject({ code: 'over_allocation', path: [1, 'advances', 0, 'amount'] });
    });

    it('invalid_input: a payment made after the purchase is no advance on it; an advance in another currency', () => {
      expect(issueOf([supplierPayment('sp-1', '2024-11-01', '50.00'), deducting('30.00')])).toMatchObject({ code: 'invalid_input', path: [1, 'advances', 0, 'payment'] });
      expect(issueOf([supplierPayment('sp-1', '2024-10-01', '50.00', [], { currency: 'USD', exchangeRate: '0.9' }), deducting('30.00')])).toMatchObject({ code: 'invalid_input', path: [1, 'advances', 0, 'payment'] });
    });

    it('invalid_reference: the payment is invalid, or fails later in the same call', () => {
      const r = safePost([supplierPayment('sp-1', '2024-10-01', '50.00', [], { method: 'bitcoin' }), deducting('30.00')], vatOnInvoice);
      expect(r.failures.map((f) => [f.issues[0].code, f.issues[0].path])).toEqual([
        ['invalid_method', [0, 'method']],
        ['invalid_reference', [1, 'advances', 0, 'payment']],
      ]);
      // Same day: the purchase (ac-1) settles before the payment (sp-9), which then over-pays ac-0.
      const ac0 = purchase('ac-0', '2024-09-01', '45.00');
      const sp9 = supplierPayment('sp-9', '2024-10-31', '100.00', [['ac-0', '45.01']]);
      const late = safePost([ac0, sp9, purchase('ac-1', '2024-10-31', '120.00', { advances: [{ payment: 'sp-9', amount: '10.00' }] })], vatOnInvoice);
      expect(late.failures.map((f) => [f.issues[0].code, f.issues[0].path])).toEqual([
        ['over_allocation', [1, 'allocations', 0, 'amount']],
        ['invalid_reference', [2, 'advances', 0, 'payment']],
      ]);
    });
  });
});

// ---- Properties over random supplier documents -------------------------------------------------

interface Plan {
  readonly docs: Record<string, unknown>[];
  /** Per supplier id, in minor units. */
  readonly laws: Map<string, { purchases: number; creditNotes: number; paidAllocated: number; paidUnallocated: number; refundedAllocated: number; refundedUnallocated: number; advances: number }>;
  /** Per purchase id: what its 401 open item should show (credit > 0 still owed). */
  readonly open: Map<string, number>;
}

const cents = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
const day = (base: number, plus: number): string => new Date(Date.UTC(2024, 0, 1 + base + plus)).toISOString().slice(0, 10);

/**
 * Coherent supplier documents, valid by construction, with what each law
 * expects: advances paid then deducted by a purchase; purchases partly paid
 * then corrected by a credit note (applied up to what is left), the rest of
 * the credit note refunded, sometimes with an advance returned on top;
 * credit notes refunded in part; advances returned. Two suppliers.
 */
const supplierDocs: fc.Arbitrary<Plan> = fc
  .array(
    fc.record({
      plan: fc.constantFrom('advance-deducted', 'corrected', 'refunded', 'advance-returned'),
      supplier: fc.constantFrom(edf, orange),
      base: fc.integer({ min: 0, max: 300 }),
      lag: fc.integer({ min: 0, max: 20 }),
      total: fc.integer({ min: 1, max: 200_000 }),
      second: fc.integer({ min: 1, max: 200_000 }),
      percent: fc.integer({ min: 0, max: 100 }),
      percent2: fc.integer({ min: 0, max: 100 }),
      rate: fc.constantFrom('20', '10', '5.5'),
      method: fc.constantFrom('transfer', 'cheque', 'card', 'cash', 'direct-debit'),
    }),
    { maxLength: 8 },
  )
  .map((cases) => {
    const docs: Record<string, unknown>[] = [];
    const laws: Plan['laws'] = new Map();
    const open = new Map<string, number>();
    const law = (s: { id: string }) => laws.get(s.id) ?? (laws.set(s.id, { purchases: 0, creditNotes: 0, paidAllocated: 0, paidUnallocated: 0, refundedAllocated: 0, refundedUnallocated: 0, advances: 0 }), laws.get(s.id)!);
    cases.forEach((c, i) => {
      const n = i + 1;
      const x = law(c.supplier);
      const buy = (id: string, date: string, ttc: number, extra: Record<string, unknown> = {}) => ({
        type: 'purchase', id, number: `N-${id}`, date, supplier: c.supplier, pricesIncludeTax: true,
        lines: [{ label: 'Achat', account: '606100', quantity: '1', unitPrice: cents(ttc), vatRate: c.rate }], ...extra,
      });
      const money = (type: string, id: string, date: string, amount: number, allocations: ReadonlyArray<[string, number]>) => {
        const out: Record<string, unknown> = { type, id, date, method: c.method, amount: cents(amount), supplier: c.supplier };
        if (allocations.length > 0) out.allocations = allocations.map(([p, a]) => ({ purchase: p, amount: cents(a) }));
        return out;
      };
      if (c.plan === 'advance-deducted') {
        // An advance, then a purchase deducting part of it (never more than the purchase).
        const deducted = Math.min(c.total, Math.floor((c.second * c.percent) / 100));
        docs.push(money('supplier-payment', `sp-${n}`, day(c.base, 0), c.second, []));
        docs.push(buy(`ac-${n}`, day(c.base, c.lag), c.total, deducted > 0 ? { advances: [{ payment: `sp-${n}`, amount: cents(deducted) }] } : {}));
        x.paidUnallocated += c.second;
        x.purchases += c.total;
        x.advances += deducted;
        open.set(`ac-${n}`, c.total - deducted);
      } else if (c.plan === 'corrected') {
        // A purchase partly paid, then a credit note correcting it, then the credit note's rest refunded (plus an advance returned).
        const paid = Math.floor((c.total * c.percent) / 100);
        const applied = Math.min(c.total - paid, c.second);
        const rest = c.second - applied;
        // Sometimes an advance returned on top (unallocated: nothing ties it to a payment).
        const returned = c.percent2 % 2 === 0 ? 0 : c.percent2;
        docs.push(buy(`ac-${n}`, day(c.base, 0), c.total));
        if (paid > 0) docs.push(money('supplier-payment', `sp-${n}`, day(c.base, c.lag), paid, [[`ac-${n}`, paid]]));
        docs.push(buy(`av-${n}`, day(c.base, c.lag + 1), c.second, { kind: 'credit-note', corrects: `ac-${n}` }));
        if (rest + returned > 0) docs.push(money('supplier-refund', `rs-${n}`, day(c.base, c.lag + 1), rest + returned, rest > 0 ? [[`av-${n}`, rest]] : []));
        x.purchases += c.total;
        x.creditNotes += c.second;
        x.paidAllocated += paid;
        x.refundedAllocated += rest;
        x.refundedUnallocated += returned;
        open.set(`ac-${n}`, c.total - paid - applied);
        open.set(`av-${n}`, 0);
      } else if (c.plan === 'refunded') {
        // A credit note on its own, refunded in part.
        const refunded = Math.floor((c.second * c.percent) / 100);
        docs.push(buy(`av-${n}`, day(c.base, 0), c.second, { kind: 'credit-note' }));
        if (refunded > 0) docs.push(money('supplier-refund', `rs-${n}`, day(c.base, c.lag), refunded, [[`av-${n}`, refunded]]));
        x.creditNotes += c.second;
        x.refundedAllocated += refunded;
        open.set(`av-${n}`, refunded - c.second);
      } else {
        // An advance paid, part of it returned.
        const returned = Math.floor((c.second * c.percent) / 100);
        docs.push(money('supplier-payment', `sp-${n}`, day(c.base, 0), c.second, []));
        if (returned > 0) docs.push(money('supplier-refund', `rs-${n}`, day(c.base, c.lag), returned, []));
        x.paidUnallocated += c.second;
        x.refundedUnallocated += returned;
      }
    });
    return { docs, laws, open };
  });

/** Signed balance (debit > 0) per supplier on an account. */
function perSupplier(txs: ReadonlyArray<Transaction>, account: string): Map<string, number> {
  const all = balances(txs, (e) => (e.account === account && e.auxiliary ? e.auxiliary.number : '-'));
  all.delete('-');
  return all;
}

describe('properties', () => {
  it('the random supplier documents are valid by construction (no failure)', () => {
    fc.assert(
      fc.property(supplierDocs, ({ docs }) => {
        expect(safePost(docs, vatOnInvoice).failures).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('every transaction balances (Σ debit = Σ credit)', () => {
    fc.assert(
      fc.property(supplierDocs, ({ docs }) => {
        for (const t of post(docs, vatOnInvoice).transactions) {
          let sum = 0;
          for (const e of t.entries) sum += e.side === 'debit' ? e.minor : -e.minor;
          expect(sum).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('per supplier, 401 owes Σ purchases − Σ credit notes − Σ payments allocated + Σ refunds allocated − Σ advances deducted', () => {
    fc.assert(
      fc.property(supplierDocs, ({ docs, laws }) => {
        const got = perSupplier(post(docs, vatOnInvoice).transactions, '401');
        for (const [supplier, x] of laws) expect(0 - (got.get(supplier) ?? 0)).toBe(x.purchases - x.creditNotes - x.paidAllocated + x.refundedAllocated - x.advances);
      }),
      { numRuns: 150 },
    );
  });

  it('per supplier, 4091 holds Σ unallocated payments − Σ advances deducted − Σ unallocated refunds', () => {
    fc.assert(
      fc.property(supplierDocs, ({ docs, laws }) => {
        const got = perSupplier(post(docs, vatOnInvoice).transactions, '4091');
        for (const [supplier, x] of laws) expect(got.get(supplier) ?? 0).toBe(x.paidUnallocated - x.advances - x.refundedUnallocated);
      }),
      { numRuns: 150 },
    );
  });

  it('each purchase open item on 401 shows its total − payments − the credit note applied (min of what is left on both) − advances; each credit note its total − refunds', () => {
    fc.assert(
      fc.property(supplierDocs, ({ docs, open }) => {
        const txs = post(docs, vatOnInvoice).transactions;
        const got = balances(txs, (e) => (e.account === '401' && e.openItem !== undefined ? e.openItem : '-'));
        for (const [id, owed] of open) expect(0 - (got.get(id) ?? 0)).toBe(owed);
        // letter matches exactly the open items brought to zero.
        for (const t of bookTransactions(letter(txs, { accounts: ['401'] }))) {
          for (const e of t.entries) if (e.account === '401' && e.openItem !== undefined) expect(e.lettering !== undefined).toBe(got.get(e.openItem) === 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the advances deducted from a payment never exceed what it left unallocated: the later purchase passing it is over_allocation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), fc.boolean(), (advance, a, b, swap) => {
        const pay = supplierPayment('sp-1', '2024-10-01', cents(advance));
        const first = purchase('ac-1', '2024-10-10', '2000.00', { advances: [{ payment: 'sp-1', amount: cents(a) }] });
        const second = purchase('ac-2', '2024-10-20', '2000.00', { advances: [{ payment: 'sp-1', amount: cents(b) }] });
        const r = safePost(swap ? [second, pay, first] : [pay, first, second], vatOnInvoice);
        const failed = r.failures.map((f) => [f.id, f.issues[0].code]).sort();
        if (a > advance) expect(failed).toEqual([['ac-1', 'over_allocation'], ...(b > advance ? [['ac-2', 'over_allocation']] : [])]);
        else expect(failed).toEqual(a + b > advance ? [['ac-2', 'over_allocation']] : []);
        const on4091 = perSupplier(r.transactions, '4091').get('F0001') ?? 0;
        expect(on4091).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('posting is pure: the input is not mutated, and the same documents (in any order) give the same transactions', () => {
    fc.assert(
      fc.property(supplierDocs, fc.nat(), ({ docs }, seed) => {
        const frozen = deepFreeze(structuredClone(docs));
        const once = plain(post(frozen, vatOnInvoice).transactions);
        expect(plain(post(docs, vatOnInvoice).transactions)).toEqual(once);
        expect(frozen).toEqual(docs);
        // Moving a document changes the input indexes only: the entries per document stay the same.
        const rotated = docs.length > 0 ? [...docs.slice(seed % docs.length), ...docs.slice(0, seed % docs.length)] : docs;
        const view = (txs: ReadonlyArray<Transaction>) => txs.map((t) => `${t.source?.documentId} ${rows(t).join(', ')}`).sort();
        expect(view(post(rotated, vatOnInvoice).transactions)).toEqual(view(post(docs, vatOnInvoice).transactions));
      }),
      { numRuns: 80 },
    );
  });
});
