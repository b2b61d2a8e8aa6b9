// @ts-nocheck
import type { PostableDocument } from '../../src/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, defaultRules, lockPeriod, post, reverseTransaction, safePost, trialBalance, type Transaction } from '../../src/index.js';
import { salesArbitrary } from '../../src/testing/index.js';
import { balances, deepFreeze, dupont, errorOf, firstIssue, invoice, line, payment, plain, rows } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const rules = defaultRules({ vatExigibility: 'on-invoice' });

describe('post: invoices', () => {
  it('posts a final invoice: Dt 411 (customer as auxiliary, open item) / Ct revenue / Ct VAT per rate', () => {
    const { transactions, skipped } = post([invoice('inv-1', '2024-10-15', [line('600.00', '20', { label: 'Abonnement 12 mois' })], { number: 'FA2024-0001', costCenter: 'PARIS', memo: 'janvier' })], vatOnInvoice);
    expect(skipped).toEqual([]);
    expect(transactions).toHaveLength(1);
    const tx = transactions[0]!;
    expect(tx).toMatchObject({ id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001', date: '2024-10-15' }, label: 'Facture FA2024-0001 DUPONT Jean', type: 'sale', validatedOn: '2024-10-15', currency: 'EUR' });
    expect(tx.source).toEqual({ documentId: 'inv-1', documentNumber: 'FA2024-0001', customerId: 'C0001', customerName: 'DUPONT Jean', memo: 'janvier' });
    expect(rows(tx)).toEqual(['411 D 600.00 C0001 @inv-1', '706100 C 500.00', '445711 C 100.00 vat20/500.00']);
    expect(tx.entries.every((e) => e.costCenter === 'PARIS')).toBe(true);
    expect(tx.entries[0]!.auxiliary).toEqual({ number: 'C0001', name: 'DUPONT Jean' });
  });

  it('TV2 (a): 3 × 19,90 TTC at 20 % — per invoice rate 49,75 + 9,95, per line 49,74 + 9,96', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('19.90'), line('19.90'), line('19.90')]);
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 59.70 C0001 @inv-1', '706100 C 49.75', '445711 C 9.95 vat20/49.75']);
    expect(rows(post([inv], defaultRules({ vatExigibility: 'on-invoice', vatRounding: 'per-line' })).transactions[0]!)).toEqual(['411 D 59.70 C0001 @inv-1', '706100 C 49.74', '445711 C 9.96 vat20/49.74']);
  });

  it('TV2 (b): 3 × 0,33 HT at 20 % — VAT 0,20 per invoice rate, 0,21 per line', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('0.33'), line('0.33'), line('0.33')], { pricesIncludeTax: false });
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 1.19 C0001 @inv-1', '706100 C 0.99', '445711 C 0.20 vat20/0.99']);
    expect(rows(post([inv], defaultRules({ vatExigibility: 'on-invoice', vatRounding: 'per-line' })).transactions[0]!)).toEqual(['411 D 1.20 C0001 @inv-1', '706100 C 0.99', '445711 C 0.21 vat20/0.99']);
  });

  it('TV2 (c): 9,99 TTC at 20 % is 8,33 HT half away from zero, 8,32 half even', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('9.99')]);
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 9.99 C0001 @inv-1', '706100 C 8.33', '445711 C 1.66 vat20/8.33']);
    expect(rows(post([inv], defaultRules({ vatExigibility: 'on-invoice', rounding: 'half-even' })).transactions[0]!)).toEqual(['411 D 9.99 C0001 @inv-1', '706100 C 8.32', '445711 C 1.67 vat20/8.32']);
  });

  it('TV4: campsite invoice with tourist tax — never revenue, never in the VAT base', () => {
    const inv = invoice('inv-1', '2024-07-20', [
      { label: 'Hébergement', account: '706', quantity: '1', unitPrice: '450.00', vatRate: '10' },
      { label: 'Draps', account: '708', quantity: '1', unitPrice: '15.00', vatRate: '20' },
      { label: 'Pain', account: '707', quantity: '1', unitPrice: '3.20', vatRate: '5.5' },
      { label: 'Taxe de séjour (2 adultes × 7 nuits)', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
    ]);
    const tx = post([inv], vatOnInvoice).transactions[0]!;
    expect(rows(tx)).toEqual([
      '411 D 476.60 C0001 @inv-1',
      '706 C 409.09',
      '708 C 12.50',
      '707 C 3.03',
      '447 C 8.40',
      '445712 C 40.91 vat10/409.09',
      '445711 C 2.50 vat20/12.50',
      '445713 C 0.17 vat5.5/3.03',
    ]);
    const credits = (prefix: string): number => tx.entries.filter((e) => e.account.startsWith(prefix)).reduce((s, e) => s + e.minor, 0);
    expect([credits('7'), credits('4457'), credits('447')]).toEqual([42462, 4358, 840]);
  });

  it('sums two tourist-tax lines on the same account (adults and children) into one 447 credit', () => {
    const inv = invoice('inv-1', '2024-07-20', [
      { label: 'Emplacement', account: '706', quantity: '7', unitPrice: '20.00', vatRate: '10' },
      { label: 'Taxe de séjour adultes', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' },
      { label: 'Taxe de séjour enfants', kind: 'tourist-tax', quantity: '7', unitPrice: '0.30' },
    ]);
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 150.50 C0001 @inv-1', '706 C 127.27', '447 C 10.50', '445712 C 12.73 vat10/127.27']);
  });

  it('posts prices excl. tax, quantities with decimals and discount lines', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('40.00', '20', { quantity: '1.5' }), line('-10.00', '20', { label: 'Remise' })], { pricesIncludeTax: false });
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 60.00 C0001 @inv-1', '706100 C 50.00', '445711 C 10.00 vat20/50.00']);
  });

  it('groups lines by account and rate, defaulting the account to 706 (services) or 707 (goods)', () => {
    const inv = invoice('inv-1', '2024-03-01', [
      { label: 'Cours', quantity: '2', unitPrice: '12.00', vatRate: '20' },
      { label: 'Cours', quantity: '1', unitPrice: '12.00', vatRate: '20' },
      { label: 'Gourde', kind: 'goods', quantity: '1', unitPrice: '6.00', vatRate: '20' },
    ]);
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 42.00 C0001 @inv-1', '706 C 30.00', '707 C 5.00', '445711 C 7.00 vat20/35.00']);
  });

  it('posts an exempt line with its zero rate on the revenue line, without a VAT line', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('100.00', '0', { exemption: 'exempt' })]);
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)).toEqual(['411 D 100.00 C0001 @inv-1', '706100 C 100.00 vat0/100.00']);
  });

  it('posts a credit note the other way round, referencing the invoice it corrects', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('120.00')]);
    const note = invoice('av-1', '2024-03-05', [line('24.00')], { kind: 'credit-note', number: 'AV-1', corrects: 'inv-1' });
    const [, tx] = post([inv, note], vatOnInvoice).transactions;
    expect(tx!).toMatchObject({ type: 'credit-note', label: 'Avoir AV-1 DUPONT Jean (facture FA-inv-1)', piece: { ref: 'AV-1' } });
    expect(rows(tx!)).toEqual(['411 C 24.00 C0001 @inv-1', '706100 D 20.00', '445711 D 4.00 vat20/20.00']);
  });

  it('keeps on the credit note what the corrected invoice no longer owes (to refund it later)', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('120.00')]);
    const paid = payment('p-1', '2024-03-02', '100.00', [['inv-1', '100.00']]);
    const note = invoice('av-1', '2024-03-05', [line('60.00')], { kind: 'credit-note', number: 'AV-1', corrects: 'inv-1' });
    const refund = { ...payment('r-1', '2024-03-06', '40.00', [['av-1', '40.00']]), type: 'refund' };
    const txs = post([inv, paid, note, refund], vatOnInvoice).transactions;
    expect(rows(txs[2]!)).toEqual(['411 C 20.00 C0001 @inv-1', '411 C 40.00 C0001 @av-1', '706100 D 50.00', '445711 D 10.00 vat20/50.00']);
    expect(txs[3]).toMatchObject({ type: 'refund', journal: 'BQ', label: 'Remboursement virement AV-1 DUPONT Jean' });
    expect(rows(txs[3]!)).toEqual(['512 C 40.00', '411 D 40.00 C0001 @av-1']);
    expect(balances(txs, (e) => `${e.account}${e.openItem ?? ''}`).get('411inv-1')).toBe(0);
  });

  it('posts a debit note like an invoice', () => {
    const tx = post([invoice('nd-1', '2024-03-01', [line('12.00')], { kind: 'debit-note', number: 'ND-1' })], vatOnInvoice).transactions[0]!;
    expect(tx).toMatchObject({ type: 'debit-note', label: 'Note de débit ND-1 DUPONT Jean' });
    expect(rows(tx)).toEqual(['411 D 12.00 C0001 @nd-1', '706100 C 10.00', '445711 C 2.00 vat20/10.00']);
  });

  it('posts the customer on its own collective account when the document names one', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('12.00')], { customer: { ...dupont, account: '4111' } });
    expect(rows(post([inv], vatOnInvoice).transactions[0]!)[0]).toBe('4111 D 12.00 C0001 @inv-1');
  });

  it('skips drafts and proformas, with the reason', () => {
    const r = post([invoice('d-1', '2024-03-01', [line('12.00')], { status: 'draft', number: undefined }), invoice('pf-1', '2024-03-01', [line('12.00')], { kind: 'proforma' }), invoice('inv-1', '2024-03-01', [line('12.00')])], vatOnInvoice);
    expect(r.skipped).toEqual([
      { index: 0, id: 'd-1', reason: 'draft' },
      { index: 1, id: 'pf-1', reason: 'proforma' },
    ]);
    expect(r.transactions.map((t) => t.id)).toEqual(['VT000001']);
  });

  it('skips a session-usage document as no-entry: it feeds deferred revenue, never the books', () => {
    const usage = { type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-03-02' };
    const r = post([invoice('inv-1', '2024-03-01', [line('12.00')]), usage], vatOnInvoice);
    expect(r.skipped).toEqual([{ index: 1, id: 'use-1', reason: 'no-entry' }]);
    expect(r.transactions.map((t) => t.id)).toEqual(['VT000001']);
  });

  it('posts a cancelled invoice as the invoice plus a cancellation reversing it on cancelledOn', () => {
    const inv = invoice('inv-1', '2024-03-01', [line('120.00')], { status: 'cancelled', cancelledOn: '2024-03-04' });
    const other = invoice('inv-2', '2024-03-02', [line('12.00')]);
    const txs = post([inv, other], vatOnInvoice).transactions;
    expect(txs.map((t) => [t.id, t.date, t.type])).toEqual([
      ['VT000001', '2024-03-01', 'sale'],
      ['VT000002', '2024-03-02', 'sale'],
      ['VT000003', '2024-03-04', 'cancellation'],
    ]);
    expect(txs[2]).toMatchObject({ reverses: 'VT000001', label: 'Annulation facture FA-inv-1 DUPONT Jean du 01/03/2024', piece: { ref: 'FA-inv-1', date: '2024-03-01' } });
    expect(rows(txs[2]!)).toEqual(['411 C 120.00 C0001 @inv-1', '706100 D 100.00', '445711 D 20.00 vat20/100.00']);
    const b = balances([txs[0]!, txs[2]!]);
    expect([...b.values()].every((v) => v === 0)).toBe(true);
  });
});

describe('post: deposits (TV9)', () => {
  const deposit = invoice('dep-1', '2024-11-02', [line('120.00', '20', { label: 'Acompte' })], { kind: 'deposit', number: 'FA2024-0100' });
  const depositPaid = payment('p-1', '2024-11-02', '120.00', [['dep-1', '120.00']]);
  const final = invoice('fin-1', '2024-11-20', [line('600.00')], { number: 'FA2024-0101', deducts: ['dep-1'] });
  const balance = payment('p-2', '2024-11-25', '480.00', [['fin-1', '480.00']]);

  it('TV9 through a deposit invoice: VAT collected once (20 + 80), the deposit customer lines net out', () => {
    const txs = post([deposit, depositPaid, final, balance], vatOnInvoice).transactions;
    expect(txs.map((t) => [t.id, t.type])).toEqual([
      ['VT000001', 'deposit'],
      ['BQ000001', 'payment'],
      ['VT000002', 'sale'],
      ['BQ000002', 'payment'],
    ]);
    expect(txs[0]!.label).toBe("Facture d'acompte FA2024-0100 DUPONT Jean");
    expect(rows(txs[0]!)).toEqual(['411 D 120.00 C0001 @dep-1', '4191 C 100.00 C0001 @dep-1', '445711 C 20.00 vat20/100.00']);
    expect(rows(txs[1]!)).toEqual(['512 D 120.00', '411 C 120.00 C0001 @dep-1']);
    expect(rows(txs[2]!)).toEqual(['411 D 480.00 C0001 @fin-1', '4191 D 100.00 C0001 @dep-1', '706100 C 500.00', '445711 C 80.00 vat20/400.00']);
    expect(rows(txs[3]!)).toEqual(['512 D 480.00', '411 C 480.00 C0001 @fin-1']);
    const byItem = balances(txs, (e) => `${e.account}@${e.openItem ?? ''}`);
    expect([byItem.get('411@dep-1'), byItem.get('411@fin-1'), byItem.get('4191@dep-1'), byItem.get('445711@')]).toEqual([0, 0, 0, -10000]);
  });

  it('TV9 through a proforma: the payment is a deposit received (Dt 512 / Ct 4191 + Ct VAT), the final deducts it', () => {
    const proforma = invoice('pf-1', '2024-11-01', [line('600.00')], { kind: 'proforma', number: 'PF-1' });
    const received = payment('p-1', '2024-11-02', '120.00', [['pf-1', '120.00']]);
    const fin = { ...final, deducts: ['pf-1'] };
    const r = post([proforma, received, fin, balance], vatOnInvoice);
    expect(r.skipped).toEqual([{ index: 0, id: 'pf-1', reason: 'proforma' }]);
    const [dep, sale, pay] = r.transactions;
    expect(dep).toMatchObject({ type: 'deposit', label: 'Acompte reçu virement PF-1 DUPONT Jean' });
    expect(rows(dep!)).toEqual(['512 D 120.00', '4191 C 100.00 C0001 @pf-1', '445711 C 20.00 vat20/100.00']);
    expect(rows(sale!)).toEqual(['411 D 480.00 C0001 @fin-1', '4191 D 100.00 C0001 @pf-1', '706100 C 500.00', '445711 C 80.00 vat20/400.00']);
    expect(rows(pay!)).toEqual(['512 D 480.00', '411 C 480.00 C0001 @fin-1']);
  });

  it('refuses a deposit deducted twice, or more deposits than the invoice total', () => {
    const again = invoice('fin-2', '2024-11-21', [line('600.00')], { deducts: ['dep-1'] });
    expect(firstIssue(() => post([deposit, final, again], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [2, 'deducts', 0] });
    const small = invoice('fin-3', '2024-11-21', [line('60.00')], { deducts: ['dep-1'] });
    expect(firstIssue(() => post([deposit, small], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [1, 'deducts'] });
    expect(firstIssue(() => post([final], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [0, 'deducts', 0] });
  });
});

describe('post: numbering, context, duplicates, locks', () => {
  const a = invoice('a', '2024-02-10', [line('12.00')]);
  const b = invoice('b', '2024-02-01', [line('12.00')]);
  const p = payment('p', '2024-02-05', '12.00', [['b', '12.00']]);

  it('numbers per journal in (date, input index) order and returns the transactions in that order', () => {
    expect(post([a, b, p], vatOnInvoice).transactions.map((t) => `${t.id} ${t.date}`)).toEqual(['VT000001 2024-02-01', 'BQ000001 2024-02-05', 'VT000002 2024-02-10']);
  });

  it('continues from options.nextNumbers', () => {
    expect(post([a, b, p], rules, { nextNumbers: { VT: 152, BQ: 7 } }).transactions.map((t) => t.id)).toEqual(['VT000152', 'BQ000007', 'VT000153']);
  });

  it('restarts numbering each fiscal year when asked, the ids carrying the year', () => {
    const next = invoice('n', '2025-01-03', [line('12.00')]);
    expect(post([a, b, next], rules, { resetNumbersEachFiscalYear: true, nextNumbers: { VT: 10 } }).transactions.map((t) => t.id)).toEqual(['VT2024-000010', 'VT2024-000011', 'VT2025-000001']);
    expect(post([b, next], rules, { resetNumbersEachFiscalYear: { startMonth: 7 } }).transactions.map((t) => t.id)).toEqual(['VT2024-000001', 'VT2025-000001']);
  });

  it('reads earlier documents from options.context without posting them again', () => {
    const r = post([p], rules, { context: [b], nextNumbers: { BQ: 3 } });
    expect(r.transactions.map((t) => t.id)).toEqual(['BQ000003']);
    expect(rows(r.transactions[0]!)).toEqual(['512 D 12.00', '411 C 12.00 C0001 @b']);
  });

  it('refuses a repeated id in a call, and a document already in the context (duplicate_document)', () => {
    expect(firstIssue(() => post([a, { ...b, id: 'a' }], vatOnInvoice))).toMatchObject({ code: 'duplicate_document', path: [1, 'id'] });
    expect(firstIssue(() => post([a], rules, { context: [a] }))).toMatchObject({ code: 'duplicate_document', path: [0, 'id'] });
  });

  it('refuses to post on or before a locked date (period_locked), and a lock only moves forward', () => {
    const locked = lockPeriod(rules, '2024-02-05');
    const e = errorOf(() => post([a, b, p], locked));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['period_locked', [1, 'date']],
      ['period_locked', [2, 'date']],
    ]);
    expect(post([a], locked).transactions).toHaveLength(1);
    expect(lockPeriod(locked, '2024-01-01').lockedUntil).toBe('2024-02-05');
    expect(rules.lockedUntil).toBeUndefined();
    const cancelled = invoice('c', '2024-02-01', [line('12.00')], { status: 'cancelled', cancelledOn: '2024-02-10' });
    expect(firstIssue(() => post([cancelled], lockPeriod(rules, '2024-02-01')))).toMatchObject({ code: 'period_locked', path: [0, 'date'] });
  });
});

describe('post and safePost: bad input', () => {
  const good = invoice('inv-1', '2024-03-01', [line('12.00')]);
  const withLine = (id: string, extra: Record<string, unknown>): Record<string, unknown> => invoice(id, '2024-03-01', [line('12.00', '20', extra)]);

  it.each([
    ['a negative quantity', withLine('x', { quantity: '-1' }), 'negative_amount', [0, 'lines', 0, 'quantity']],
    ['rate "120"', withLine('x', { vatRate: '120' }), 'unknown_vat_rate', [0, 'lines', 0, 'vatRate']],
    ['rate "0.2"', withLine('x', { vatRate: '0.2' }), 'unknown_vat_rate', [0, 'lines', 0, 'vatRate']],
    ['rate "20%"', withLine('x', { vatRate: '20%' }), 'invalid_rate', [0, 'lines', 0, 'vatRate']],
    ['a zero rate without a reason', withLine('x', { vatRate: '0' }), 'missing_exemption', [0, 'lines', 0, 'exemption']],
    ['a line without a rate', invoice('x', '2024-03-01', [{ label: 'Cours', quantity: '1', unitPrice: '12.00' }]), 'invalid_input', [0, 'lines', 0, 'vatRate']],
    ['a rate on tourist tax', withLine('x', { kind: 'tourist-tax' }), 'invalid_input', [0, 'lines', 0, 'vatRate']],
    ['tourist tax on a revenue account', invoice('x', '2024-03-01', [{ label: 'TS', kind: 'tourist-tax', account: '706', quantity: '1', unitPrice: '1.00' }]), 'invalid_account', [0, 'lines', 0, 'account']],
    ['an amount with too many decimals', withLine('x', { unitPrice: '1.005' }), 'too_many_decimals', [0, 'lines', 0, 'unitPrice']],
    ['an amount as a JS number with decimals (a whole number is accepted, as everywhere)', withLine('x', { unitPrice: 12.5 }), 'invalid_amount', [0, 'lines', 0, 'unitPrice']],
    ['an amount in exponent notation', withLine('x', { unitPrice: '1e3' }), 'invalid_amount', [0, 'lines', 0, 'unitPrice']],
    ['an account outside the chart', withLine('x', { account: '999' }), 'unknown_account', [0, 'lines', 0, 'account']],
    ['a malformed account', withLine('x', { account: '70' }), 'invalid_account', [0, 'lines', 0, 'account']],
    ['a bad date', invoice('x', '2024-02-30', [line('12.00')]), 'invalid_date', [0, 'date']],
    ['an empty id', invoice('', '2024-03-01', [line('12.00')]), 'empty_id', [0, 'id']],
    ['an unknown field', invoice('x', '2024-03-01', [line('12.00')], { colour: 'red' }), 'unknown_field', [0, 'colour']],
    ['an unknown document type', { type: 'quote', id: 'q' }, 'invalid_input', [0, 'type']],
    ['currency without a rate', invoice('x', '2024-03-01', [line('12.00')], { currency: 'USD' }), 'missing_exchange_rate', [0, 'exchangeRate']],
    ['an unknown currency', invoice('x', '2024-03-01', [line('12.00')], { currency: 'XYZ', exchangeRate: '1' }), 'unknown_currency', [0, 'currency']],
    ['a cancelled invoice without cancelledOn', invoice('x', '2024-03-01', [line('12.00')], { status: 'cancelled' }), 'invalid_input', [0, 'cancelledOn']],
    ['an issued invoice without a number', invoice('x', '2024-03-01', [line('12.00')], { number: undefined }), 'empty_id', [0, 'number']],
    ['an invoice without lines', invoice('x', '2024-03-01', []), 'invalid_input', [0, 'lines']],
    ['a negative total', invoice('x', '2024-03-01', [line('-12.00')]), 'negative_amount', [0, 'lines']],
  ])('refuses %s', (_name, doc, code, path) => {
    const issue = firstIssue(() => post([doc], vatOnInvoice));
    expect([issue.code, issue.path]).toEqual([code, path]);
    expect(issue.message.length).toBeGreaterThan(20);
  });

  it('refuses __proto__ and constructor keys (forbidden_key)', () => {
    const e = errorOf(() => post([JSON.parse(JSON.stringify(good).replace('{', '{"__proto__":{"x":1},"constructor":1,'))], vatOnInvoice));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', [0, '__proto__']],
      ['forbidden_key', [0, 'constructor']],
    ]);
  });

  it('points at the payment for an allocation above the invoice total (over_allocation)', () => {
    expect(firstIssue(() => post([good, payment('p', '2024-03-02', '20.00', [['inv-1', '20.00']])], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [1, 'allocations', 0, 'amount'] });
    const twice = [good, payment('p', '2024-03-02', '10.00', [['inv-1', '10.00']]), payment('q', '2024-03-03', '10.00', [['inv-1', '10.00']])];
    expect(firstIssue(() => post(twice, vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [2, 'allocations', 0, 'amount'] });
    expect(firstIssue(() => post([good, payment('p', '2024-03-02', '5.00', [['inv-1', '10.00']])], vatOnInvoice))).toMatchObject({ code: 'over_allocation', path: [1, 'allocations'] });
  });

  it('refuses a payment to an invoice neither in the call nor in the context (unknown_document)', () => {
    expect(firstIssue(() => post([payment('p', '2024-03-02', '5.00', [['inv-9', '5.00']])], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [0, 'allocations', 0, 'invoice'] });
  });

  it('refuses a payment to a draft, and one to an invalid invoice (invalid_reference)', () => {
    const draft = { ...good, status: 'draft' };
    expect(firstIssue(() => post([draft, payment('p', '2024-03-02', '5.00', [['inv-1', '5.00']])], vatOnInvoice))).toMatchObject({ code: 'unknown_document', path: [1, 'allocations', 0, 'invoice'] });
    const bad = withLine('inv-1', { vatRate: '7' });
    const e = errorOf(() => post([bad, payment('p', '2024-03-02', '5.00', [['inv-1', '5.00']])], vatOnInvoice));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_vat_rate', [0, 'lines', 0, 'vatRate']],
      ['invalid_reference', [1, 'allocations', 0, 'invoice']],
    ]);
  });

  it('throws one error listing every bad document', () => {
    const e = errorOf(() => post([withLine('x', { quantity: '-1' }), good, withLine('y', { vatRate: '0.2' })], vatOnInvoice));
    expect(e).toBeInstanceOf(AccountingError);
    expect(e.issues.map((i) => i.path[0])).toEqual([0, 2]);
    expect(e.message).toContain('[2].lines[0].vatRate');
  });

  it('safePost returns the valid results and every failure', () => {
    const r = safePost([withLine('x', { quantity: '-1' }), good, withLine('y', { vatRate: '0.2' }), 42] as Iterable<PostableDocument>, vatOnInvoice);
    expect(r.transactions.map((t) => t.piece.ref)).toEqual(['FA-inv-1']);
    expect(r.failures.map((f) => [f.index, f.id, f.issues[0].code])).toEqual([
      [0, 'x', 'negative_amount'],
      [2, 'y', 'unknown_vat_rate'],
      [3, undefined, 'invalid_input'],
    ]);
  });

  it('refuses invalid options and rules', () => {
    expect(firstIssue(() => post([good], rules, { nextNumbers: { VT: 0 } }))).toMatchObject({ code: 'invalid_option', path: ['nextNumbers', 'VT'] });
    expect(firstIssue(() => post([good], rules, { colour: 1 } as never))).toMatchObject({ code: 'unknown_field', path: ['colour'] });
    expect(firstIssue(() => safePost([good], rules, { context: [{ type: 'invoice' }] }))).toMatchObject({ path: ['context', 0, 'id'] });
  });

  it('does not mutate its input, and the same arguments give the same output', () => {
    const docs = deepFreeze([good, invoice('c', '2024-03-02', [line('12.00')], { status: 'cancelled', cancelledOn: '2024-03-03' }), payment('p', '2024-03-02', '12.00', [['inv-1', '12.00']])]);
    const copy = structuredClone(docs);
    const options = deepFreeze({ nextNumbers: { VT: 3 }, context: [] });
    const one = post(docs, rules, options);
    expect(docs).toEqual(copy);
    expect(plain(post(docs, rules, options).transactions)).toEqual(plain(one.transactions));
    expect(Object.isFrozen(one.transactions[0])).toBe(true);
    expect(Object.isFrozen(one.transactions[0]!.entries[0])).toBe(true);
  });
});

describe('properties', () => {
  const sum = (txs: ReadonlyArray<Transaction>, test: (account: string) => boolean, side?: 'debit' | 'credit'): number =>
    txs.reduce((s, t) => s + t.entries.reduce((x, e) => x + (test(e.account) && (side === undefined || e.side === side) ? (e.side === 'debit' ? e.minor : -e.minor) : 0), 0), 0);

  it('every transaction balances (Σ debit = Σ credit)', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        for (const t of post(docs, vatOnInvoice).transactions) expect(sum([t], () => true)).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('posting then reversing nets every account to zero', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        const txs = post(docs, vatOnInvoice).transactions;
        const all = [...txs, ...txs.map((t) => reverseTransaction(t, { id: `${t.id}-R` }))];
        const tb = trialBalance(createBook(all));
        for (const row of tb.rows) expect(row.closing.debit.minus(row.closing.credit).isZero()).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('is pure: the same documents give the same transactions, and the input is not mutated', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        const frozen = deepFreeze(structuredClone(docs));
        expect(plain(post(frozen, vatOnInvoice).transactions)).toEqual(plain(post(docs, vatOnInvoice).transactions));
      }),
      { numRuns: 60 },
    );
  });
});
