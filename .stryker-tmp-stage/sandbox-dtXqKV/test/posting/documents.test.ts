// @ts-nocheck
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules, post, safePost } from '../../src/index.js';
import { balances, dupont, firstIssue, invoice, line, martin, payment, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const creditor = { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' };
const debtor = (name: string) => ({ name, iban: 'FR1420041010050500013M02606' });
const item = (id: string, customer: { id: string; name: string }, amount: string, invoices: string[]) => ({
  id,
  endToEndId: `E2E-${id}`,
  customer,
  amount,
  mandate: { id: `RUM-${customer.id}`, signedOn: '2024-01-10' },
  sequence: 'RCUR',
  debtor: debtor(customer.name),
  invoices,
});
const leroy = { id: 'C0003', name: 'LEROY Paul' };
const batch = {
  type: 'direct-debit-batch',
  id: 'dd-2024-11',
  messageId: 'PRLV-2024-11',
  createdAt: '2024-11-02T09:00:00',
  collectionDate: '2024-11-05',
  creditor,
  items: [item('i1', dupont, '49.90', ['inv-1']), item('i2', martin, '49.90', ['inv-2']), item('i3', leroy, '29.90', ['inv-3'])],
};
const monthly = (id: string, customer: { id: string; name: string }, price: string) => invoice(id, '2024-11-01', [line(price, '20', { label: 'Abonnement novembre' })], { customer });
const invoices = [monthly('inv-1', dupont, '49.90'), monthly('inv-2', martin, '49.90'), monthly('inv-3', leroy, '29.90')];

describe('payments and refunds', () => {
  const inv = invoice('inv-1', '2024-10-15', [line('600.00')], { number: 'FA2024-0001' });

  it.each([
    ['card', '5115 D 600.00 @p-1', 'BQ'],
    ['cash', '530 D 600.00', 'CA'],
    ['cheque', '5112 D 600.00 @p-1', 'BQ'],
    ['transfer', '512 D 600.00', 'BQ'],
    ['direct-debit', '512 D 600.00', 'BQ'],
    ['voucher', '4671 D 600.00 @p-1', 'OD'],
  ])('posts a %s payment to its treasury account and journal', (method, treasury, journal) => {
    const tx = post([inv, payment('p-1', '2024-10-20', '600.00', [['inv-1', '600.00']], { method, number: 'RG-1' })], vatOnInvoice).transactions[1]!;
    expect(tx).toMatchObject({ journal, type: 'payment', piece: { ref: 'RG-1' }, source: { documentId: 'p-1', paymentMethod: method, customerId: 'C0001' } });
    expect(tx.label).toMatch(/^Règlement .+ FA2024-0001 DUPONT Jean$/);
    expect(rows(tx)).toEqual([treasury, '411 C 600.00 C0001 @inv-1']);
  });

  it('keeps what is not allocated on the customer account (on account)', () => {
    const tx = post([inv, payment('p-1', '2024-10-20', '650.00', [['inv-1', '600.00']])], vatOnInvoice).transactions[1]!;
    expect(rows(tx)).toEqual(['512 D 650.00', '411 C 600.00 C0001 @inv-1', '411 C 50.00 C0001']);
  });

  it('allocates one payment to several invoices', () => {
    const other = invoice('inv-2', '2024-10-16', [line('60.00')]);
    const tx = post([inv, other, payment('p-1', '2024-10-20', '660.00', [['inv-1', '600.00'], ['inv-2', '60.00']])], vatOnInvoice).transactions[2]!;
    expect(rows(tx)).toEqual(['512 D 660.00', '411 C 600.00 C0001 @inv-1', '411 C 60.00 C0001 @inv-2']);
  });

  it('uses a credit note as a means of payment: no money moves, the method nets to zero', () => {
    const note = invoice('av-1', '2024-10-16', [line('100.00')], { kind: 'credit-note', number: 'AV-1' });
    const tx = post([inv, note, payment('p-1', '2024-10-20', '100.00', [['inv-1', '100.00']], { method: 'credit-note', creditNote: 'av-1' })], vatOnInvoice).transactions[2]!;
    expect(tx).toMatchObject({ journal: 'OD', type: 'payment' });
    expect(rows(tx)).toEqual(['411 D 100.00 C0001 @av-1', '411 C 100.00 C0001 @inv-1']);
  });

  it('refunds an overpayment, taking it back from the invoice', () => {
    const txs = post([inv, payment('p-1', '2024-10-20', '600.00', [['inv-1', '600.00']]), { ...payment('r-1', '2024-10-21', '100.00', [['inv-1', '100.00']]), type: 'refund' }], vatOnInvoice).transactions;
    expect(rows(txs[2]!)).toEqual(['512 C 100.00', '411 D 100.00 C0001 @inv-1']);
  });

  it('refuses an unknown method, a refund by credit note, and a credit note of another kind', () => {
    expect(firstIssue(() => post([inv, payment('p-1', '2024-10-20', '1.00', [], { method: 'bitcoin' })], vatOnInvoice))).toMatchObject({ code: 'invalid_method', path: [1, 'method'] });
    expect(firstIssue(() => post([inv, { ...payment('r', '2024-10-20', '1.00', []), type: 'refund', method: 'credit-note' }], vatOnInvoice))).toMatchObject({ code: 'invalid_method', path: [1, 'method'] });
    expect(firstIssue(() => post([inv, payment('p-1', '2024-10-20', '1.00', [], { method: 'credit-note', creditNote: 'inv-1' })], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [1, 'creditNote'] });
    expect(firstIssue(() => post([inv, payment('p-1', '2024-10-20', '0', [])], vatOnInvoice))).toMatchObject({ code: 'non_positive_amount', path: [1, 'amount'] });
  });

  it('maps a custom method through the rules', () => {
    const rules = defaultRules({ vatExigibility: 'on-invoice', paymentMethods: { 'cheque-vacances': { account: 'vouchers', label: 'chèques-vacances' } } });
    const tx = post([inv, payment('p-1', '2024-10-20', '600.00', [['inv-1', '600.00']], { method: 'cheque-vacances' })], rules).transactions[1]!;
    expect(rows(tx)[0]).toBe('4671 D 600.00');
    expect(tx.label).toBe('Règlement chèques-vacances FA2024-0001 DUPONT Jean');
  });
});

describe('remittances and voucher settlements', () => {
  const inv = invoice('inv-1', '2024-10-15', [line('600.00')]);
  const byCard = payment('p-1', '2024-10-15', '400.00', [['inv-1', '400.00']], { method: 'card' });
  const byCheque = payment('p-2', '2024-10-15', '200.00', [['inv-1', '200.00']], { method: 'cheque' });

  it('remits card receipts to the bank, less the fees (Dt 512 + Dt 627 / Ct 5115)', () => {
    const txs = post([inv, byCard, { type: 'remittance', id: 'rem-1', number: 'REM-1', date: '2024-10-16', method: 'card', amount: '400.00', fees: '2.40', payments: ['p-1'] }], vatOnInvoice).transactions;
    expect(txs[2]).toMatchObject({ journal: 'BQ', type: 'remittance', label: 'Remise CB REM-1 du 16/10/2024' });
    expect(rows(txs[2]!)).toEqual(['512 D 397.60', '627 D 2.40', '5115 C 400.00 @p-1']);
    expect(balances(txs, (e) => `${e.account}@${e.openItem ?? ''}`).get('5115@p-1')).toBe(0);
  });

  it('remits cheques (Dt 512 / Ct 5112), checking the amount against the payments', () => {
    const tx = post([inv, byCheque, { type: 'remittance', id: 'rem-2', date: '2024-10-17', method: 'cheque', amount: '200.00', payments: ['p-2'] }], vatOnInvoice).transactions[2]!;
    expect(tx.label).toBe('Remise de chèques rem-2 du 17/10/2024');
    expect(rows(tx)).toEqual(['512 D 200.00', '5112 C 200.00 @p-2']);
    expect(firstIssue(() => post([inv, byCheque, { type: 'remittance', id: 'rem-2', date: '2024-10-17', method: 'cheque', amount: '210.00', payments: ['p-2'] }], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [2, 'amount'] });
    expect(firstIssue(() => post([inv, byCard, { type: 'remittance', id: 'rem-2', date: '2024-10-17', method: 'cheque', amount: '400.00', payments: ['p-1'] }], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [2, 'payments', 0] });
    expect(firstIssue(() => post([{ type: 'remittance', id: 'rem-2', date: '2024-10-17', method: 'cheque', amount: '400.00', payments: ['p-9'] }], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [0, 'payments', 0] });
  });

  it('settles vouchers: the issuer pays what was a receivable on it (Dt 512 + Dt 627 / Ct 4671)', () => {
    const byVoucher = payment('p-3', '2024-10-15', '150.00', [['inv-1', '150.00']], { method: 'voucher' });
    const tx = post([inv, byVoucher, { type: 'voucher-settlement', id: 'vs-1', date: '2024-11-30', issuer: { id: 'ANCV', name: 'ANCV' }, amount: '150.00', fees: '1.50', payments: ['p-3'] }], vatOnInvoice).transactions[2]!;
    expect(tx).toMatchObject({ type: 'voucher-settlement', label: 'Règlement contremarque ANCV vs-1', source: { customerId: 'ANCV' } });
    expect(rows(tx)).toEqual(['512 D 148.50', '627 D 1.50', '4671 C 150.00 @p-3']);
  });
});

describe('direct debits (TV10)', () => {
  it('posts a batch of 3 debits on the collection date: Dt 512 129,70 / Ct 411 per customer', () => {
    const txs = post([...invoices, batch], vatOnInvoice).transactions;
    const tx = txs[3]!;
    expect(tx).toMatchObject({ date: '2024-11-05', journal: 'BQ', type: 'direct-debit', label: 'Prélèvements SEPA PRLV-2024-11 du 05/11/2024', piece: { ref: 'PRLV-2024-11' } });
    expect(rows(tx)).toEqual(['411 C 49.90 C0001 @inv-1', '411 C 49.90 C0002 @inv-2', '411 C 29.90 C0003 @inv-3', '512 D 129.70']);
  });

  it('posts a rejection for AM04 with 5,00 fees: Dt 411 49,90 + Dt 627 5,00 / Ct 512 54,90, re-opening the invoice', () => {
    const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-2024-11', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: false };
    const txs = post([...invoices, batch, rejection], vatOnInvoice).transactions;
    const tx = txs[4]!;
    expect(tx).toMatchObject({ type: 'rejection', journal: 'BQ', label: 'Rejet prélèvement AM04 Provision insuffisante DUPONT Jean' });
    expect(rows(tx)).toEqual(['411 D 49.90 C0001 @inv-1', '627 D 5.00', '512 C 54.90']);
    expect(balances(txs, (e) => `${e.account}@${e.openItem ?? ''}`).get('411@inv-1')).toBe(4990);
  });

  it('re-bills the fees when asked (Dt 411 / Ct 7088), with VAT when the rules give a rate', () => {
    const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-2024-11', item: 'i1', reason: 'MD06', fees: '5.00', rebilled: true };
    expect(rows(post([...invoices, batch, rejection], vatOnInvoice).transactions[4]!)).toEqual(['411 D 49.90 C0001 @inv-1', '627 D 5.00', '512 C 54.90', '411 D 5.00 C0001 @rj-1', '7088 C 5.00']);
    expect(rows(post([...invoices, batch, rejection], defaultRules({ vatExigibility: 'on-invoice', rebilledFeesVatRate: '20' })).transactions[4]!).slice(3)).toEqual(['411 D 6.00 C0001 @rj-1', '7088 C 5.00', '445711 C 1.00 vat20/5.00']);
  });

  it('fills several invoices in order and keeps the rest on account', () => {
    const two = { ...batch, items: [item('i1', dupont, '60.00', ['inv-1', 'inv-4'])] };
    const extra = monthly('inv-4', dupont, '5.00');
    expect(rows(post([invoices[0]!, extra, two], vatOnInvoice).transactions[2]!)).toEqual(['411 C 49.90 C0001 @inv-1', '411 C 5.00 C0001 @inv-4', '411 C 5.10 C0001', '512 D 60.00']);
  });

  it('refuses a rejection of an unknown item, of an unknown batch, or of an item twice', () => {
    const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-2024-11', item: 'i9', reason: 'AM04' };
    expect(firstIssue(() => post([...invoices, batch, rejection], vatOnInvoice))).toMatchObject({ code: 'unknown_item', path: [4, 'item'] });
    expect(firstIssue(() => post([{ ...rejection, batch: 'dd-x' }], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [0, 'batch'] });
    const ok = { ...rejection, item: 'i1' };
    expect(firstIssue(() => post([...invoices, batch, ok, { ...ok, id: 'rj-2' }], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [5, 'item'] });
  });

  it('reads the batch of a rejection from the context', () => {
    const rejection = { type: 'direct-debit-rejection', id: 'rj-1', date: '2024-12-02', batch: 'dd-2024-11', item: 'i3', reason: 'AC04' };
    expect(rows(post([rejection], vatOnInvoice, { context: [...invoices, batch] }).transactions[0]!)).toEqual(['411 D 29.90 C0003 @inv-3', '512 C 29.90']);
  });

  it('refuses bad SEPA data: empty batch, IBAN, BIC, creditor id', () => {
    expect(firstIssue(() => post([{ ...batch, items: [] }], vatOnInvoice))).toMatchObject({ code: 'empty_batch', path: [0, 'items'] });
    expect(firstIssue(() => post([{ ...batch, creditor: { ...creditor, iban: 'FR7630006000011234567890188' } }], vatOnInvoice))).toMatchObject({ code: 'invalid_iban', path: [0, 'creditor', 'iban'] });
    expect(firstIssue(() => post([{ ...batch, creditor: { ...creditor, bic: 'AGRI' } }], vatOnInvoice))).toMatchObject({ code: 'invalid_bic', path: [0, 'creditor', 'bic'] });
    expect(firstIssue(() => post([{ ...batch, creditor: { ...creditor, creditorId: 'FR73ZZZ123456' } }], vatOnInvoice))).toMatchObject({ code: 'invalid_creditor_id', path: [0, 'creditor', 'creditorId'] });
  });
});

describe('till closing', () => {
  const ticket = (id: string, lines: unknown[], payments: unknown[], extra: Record<string, unknown> = {}) => ({ id, lines, payments, ...extra });
  const water = { label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' };
  const lesson = { label: 'Cours', account: '706100', quantity: '1', unitPrice: '12.00', vatRate: '20' };

  it('posts the day of a till: Dt each method / Ct revenue and VAT, the cash difference to 658 or 758', () => {
    const closing = {
      type: 'till-closing',
      id: 'z-1',
      number: 'Z-0001',
      till: 'CAISSE1',
      day: '2024-10-15',
      tickets: [ticket('t1', [water], [{ method: 'cash', amount: '3.00' }]), ticket('t2', [lesson, water], [{ method: 'card', amount: '10.00' }, { method: 'cash', amount: '5.00' }])],
      countedCash: '7.90',
    };
    const tx = post([closing], vatOnInvoice).transactions[0]!;
    expect(tx).toMatchObject({ journal: 'CA', type: 'cash-closing', label: 'Clôture de caisse CAISSE1 du 15/10/2024 (2 tickets)', piece: { ref: 'Z-0001' } });
    expect(rows(tx)).toEqual(['530 D 7.90', '5115 D 10.00', '658 D 0.10', '707100 C 5.68', '706100 C 10.00', '445713 C 0.32 vat5.5/5.68', '445711 C 2.00 vat20/10.00']);
    expect(rows(post([{ ...closing, countedCash: '8.50' }], vatOnInvoice).transactions[0]!).slice(0, 3)).toEqual(['530 D 8.50', '5115 D 10.00', '758 C 0.50']);
  });

  it('puts what a ticket leaves unpaid on its customer account, and refuses an unpaid ticket without a customer', () => {
    const closing = { type: 'till-closing', id: 'z-2', till: 'C', day: '2024-10-15', tickets: [ticket('t1', [lesson], [{ method: 'cash', amount: '2.00' }], { customer: dupont })] };
    expect(rows(post([closing], vatOnInvoice).transactions[0]!)).toEqual(['530 D 2.00', '411 D 10.00 C0001 @t1', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
    const unpaid = { ...closing, tickets: [ticket('t1', [lesson], [{ method: 'cash', amount: '2.00' }])] };
    expect(firstIssue(() => post([unpaid], vatOnInvoice))).toMatchObject({ code: 'invalid_input', path: [0, 'tickets', 0, 'payments'] });
    const over = { ...closing, tickets: [ticket('t1', [lesson], [{ method: 'cash', amount: '20.00' }])] };
    expect(firstIssue(() => post([over], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [0, 'tickets', 0, 'payments'] });
  });
});

describe('purchases and write-offs', () => {
  it('posts a supplier invoice: Dt expenses + Dt 44566 / Ct 401 with the supplier as auxiliary', () => {
    const purchase = {
      type: 'purchase',
      id: 'ac-1',
      number: 'EDF-2024-10',
      date: '2024-10-31',
      supplier: { id: 'F0001', name: 'EDF' },
      lines: [
        { label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' },
        { label: 'Repas client', account: '625700', quantity: '1', unitPrice: '50.00', vatRate: '10', deductible: false },
      ],
    };
    const tx = post([purchase], vatOnInvoice).transactions[0]!;
    expect(tx).toMatchObject({ journal: 'AC', type: 'purchase', label: 'Facture fournisseur EDF-2024-10 EDF', source: { customerId: 'F0001', customerName: 'EDF' } });
    expect(rows(tx)).toEqual(['401 C 175.00 F0001 @ac-1', '606100 D 100.00', '625700 D 55.00', '44566 D 20.00 vat20/100.00']);
    expect(rows(post([{ ...purchase, id: 'ac-2', kind: 'credit-note', lines: [purchase.lines[0]] }], vatOnInvoice).transactions[0]!)).toEqual(['401 D 120.00 F0001 @ac-2', '606100 C 100.00', '44566 C 20.00 vat20/100.00']);
  });

  it('writes off what an invoice still owes to 6541, reversing its VAT share', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('120.00')]);
    const paid = payment('p-1', '2024-03-02', '60.00', [['inv-1', '60.00']]);
    const wo = { type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: dupont, invoice: 'inv-1', amount: '60.00', reason: 'Liquidation' };
    const txs = post([inv, paid, wo], vatOnInvoice).transactions;
    expect(txs[2]).toMatchObject({ journal: 'OD', type: 'write-off', label: 'Créance irrécouvrable FA-inv-1 DUPONT Jean' });
    expect(rows(txs[2]!)).toEqual(['411 C 60.00 C0001 @inv-1', '445711 D 10.00 vat20/50.00', '6541 D 50.00']);
    expect(rows(post([inv, paid, { ...wo, reverseVat: false }], vatOnInvoice).transactions[2]!)).toEqual(['411 C 60.00 C0001 @inv-1', '6541 D 60.00']);
    expect(firstIssue(() => post([inv, paid, { ...wo, amount: '60.01' }], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [2, 'amount'] });
  });

  it('writes off a receivable of an earlier fiscal year to 6544 (PCG 654), the fiscal years starting in the rules\' month', () => {
    const inv = invoice('inv-1', '2023-11-15', [line('120.00')]);
    const wo = { type: 'write-off', id: 'wo-1', date: '2024-03-31', customer: dupont, invoice: 'inv-1', amount: '120.00' };
    expect(rows(post([inv, wo], vatOnInvoice).transactions[1]!)).toEqual(['411 C 120.00 C0001 @inv-1', '445711 D 20.00 vat20/100.00', '6544 D 100.00']);
    // Fiscal years from 1 July: 2023-11-15 and 2024-03-31 are both in 2023-07-01 → 2024-06-30.
    expect(rows(post([inv, wo], defaultRules({ vatExigibility: 'on-invoice', fiscalYearStartMonth: 7 })).transactions[1]!)).toEqual(['411 C 120.00 C0001 @inv-1', '445711 D 20.00 vat20/100.00', '6541 D 100.00']);
    // The day before the fiscal year starts is an earlier year; its first day is not.
    expect(rows(post([invoice('inv-1', '2023-12-31', [line('120.00')]), wo], vatOnInvoice).transactions[1]!).at(-1)).toBe('6544 D 100.00');
    expect(rows(post([invoice('inv-1', '2024-01-01', [line('120.00')]), wo], vatOnInvoice).transactions[1]!).at(-1)).toBe('6541 D 100.00');
    expect(rows(post([inv, wo], defaultRules({ vatExigibility: 'on-invoice', accounts: { badDebtPriorYears: '654400' } })).transactions[1]!).at(-1)).toBe('654400 D 100.00');
    for (const month of [0, 13, 1.5]) {
      expect(firstIssue(() => defaultRules({ fiscalYearStartMonth: month }))).toMatchObject({ code: 'invalid_input', path: ['fiscalYearStartMonth'], message: expect.stringContaining('whole month number from 1 to 12') });
    }
  });
});

describe('properties', () => {
  it('a write-off goes to 6544 exactly when its invoice is dated before the fiscal year of the write-off, else to 6541, and balances', () => {
    const day0 = Date.UTC(2022, 0, 1);
    const dateOf = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 50_000 }), (start, lag, month, cents) => {
        const invoiced = dateOf(start);
        const written = dateOf(start + lag);
        const price = (cents / 100).toFixed(2);
        const docs = [invoice('inv-1', invoiced, [line(price)]), { type: 'write-off', id: 'wo-1', date: written, customer: dupont, invoice: 'inv-1', amount: price }];
        const tx = post(docs, defaultRules({ vatExigibility: 'on-invoice', fiscalYearStartMonth: month })).transactions[1]!;
        // The fiscal year of the write-off starts on the 1st of \`month\` on or before it.
        const [y, m] = written.split('-').map(Number) as [number, number];
        const yearStart = `${m >= month ? y : y - 1}-${String(month).padStart(2, '0')}-01`;
        const charge = tx.entries.filter((e) => e.account.startsWith('654'));
        expect(charge.map((e) => e.account)).toEqual([invoiced < yearStart ? '6544' : '6541']);
        const debit = tx.entries.filter((e) => e.side === 'debit').reduce((s, e) => s + e.minor, 0);
        const credit = tx.entries.filter((e) => e.side === 'credit').reduce((s, e) => s + e.minor, 0);
        expect(debit).toBe(credit);
      }),
      { numRuns: 200 },
    );
  });

  it('a batch debits the bank by the sum of its items (CtrlSum) and credits each customer by its amount', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 6 }), (amounts) => {
        const docs: unknown[] = amounts.map((a, k) => invoice(`inv-${k}`, '2024-11-01', [line((a / 100).toFixed(2))], { customer: { id: `C${k}`, name: `N${k}` } }));
        const items = amounts.map((a, k) => item(`i${k}`, { id: `C${k}`, name: `N${k}` }, (a / 100).toFixed(2), [`inv-${k}`]));
        const { transactions } = post([...docs, { ...batch, items }] as Iterable<PostableDocument>, vatOnInvoice);
        const tx = transactions[transactions.length - 1]!;
        const bank = tx.entries.find((e) => e.account === '512')!;
        expect(bank.minor).toBe(amounts.reduce((s, a) => s + a, 0));
        expect(tx.entries.filter((e) => e.account === '411').map((e) => e.minor)).toEqual(amounts);
      }),
      { numRuns: 50 },
    );
  });

  it('a till closing balances whatever the cash counted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (counted) => {
        const closing = { type: 'till-closing', id: 'z', till: 'C', day: '2024-10-15', countedCash: (counted / 100).toFixed(2), tickets: [{ id: 't', lines: [{ label: 'x', quantity: '1', unitPrice: '12.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '12.00' }] }] };
        const r = safePost([closing], vatOnInvoice);
        expect(r.failures).toEqual([]);
        const tx = r.transactions[0]!;
        expect(tx.entries.reduce((s, e) => s + (e.side === 'debit' ? e.minor : -e.minor), 0)).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
