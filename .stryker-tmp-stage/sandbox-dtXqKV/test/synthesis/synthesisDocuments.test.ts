// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, Decimal, synthesisDocuments, SYNTHESIS_LISTS, type SynthesisDocumentRow } from '../../src/index.js';
import { campsiteArbitrary } from '../../src/testing/synthesis.js';
import { JULY, martin, tv3Invoice, tv3Receipt, tv4Invoice, tv4Stay } from './_fixtures.js';
import { vatOnInvoice } from '../_rules.js';

const closing = {
  type: 'till-closing',
  id: 'z-1',
  till: 'CAISSE1',
  day: '2024-07-15',
  tickets: [
    { id: 't1', number: 'T-0001', lines: [{ label: 'Pain', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] },
    { id: 't2', number: 'T-0002', customer: martin, lines: [{ label: 'Glace', account: '707100', quantity: '1', unitPrice: '9.50', vatRate: '5.5' }], payments: [] },
  ],
};
const purchase = { type: 'purchase', id: 'ac-1', number: 'EDF-07', date: '2024-07-31', supplier: { id: 'F1', name: 'EDF' }, memo: 'Électricité juillet', lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
const docs = [tv4Invoice, tv4Stay, tv3Invoice, tv3Receipt, closing, purchase];

const view = (rows: ReadonlyArray<SynthesisDocumentRow>) => rows.map((r) => [r.reference, r.name, r.inclTax.toFixed(2), r.paid?.toFixed(2), r.remaining?.toFixed(2)]);
const list = (name: SynthesisDocumentRow['list'], extra: object = {}) => synthesisDocuments(docs, { period: JULY, list: name, ...extra });

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

describe('synthesisDocuments', () => {
  it('lists each kind of document with excl./incl. tax, paid and remaining', () => {
    expect(view(list('stays'))).toEqual([['S2024-0042', 'DUPONT Jean', '476.60', '0.00', '476.60']]);
    expect(list('stays')[0]).toMatchObject({ arrival: '2024-07-24', departure: '2024-07-31' });
    expect(view(list('ancillary-sales'))).toEqual([['FA2024-0102', 'MARTIN Léa', '460.55', '33.33', '427.22']]);
    expect(view(list('invoices'))).toEqual([
      ['FA2024-0101', 'DUPONT Jean', '476.60', '0.00', '476.60'],
      ['FA2024-0102', 'MARTIN Léa', '460.55', '33.33', '427.22'],
    ]);
    expect(list('invoices')[1]!.paidByMethod!.map((m) => [m.method, m.amount.toFixed(2)])).toEqual([['card', '33.33']]);
    expect(view(list('tickets'))).toEqual([
      ['T-0001', '', '3.00', '3.00', '0.00'],
      ['T-0002', 'MARTIN Léa', '9.50', '0.00', '9.50'],
    ]);
    expect(list('expenses').map((r) => [r.reference, r.title, r.account, r.name, r.exclTax?.toFixed(2), r.inclTax.toFixed(2), r.remaining])).toEqual([['EDF-07', 'Électricité juillet', '606100', 'EDF', '100.00', '120.00', undefined]]);
    expect(list('receipts').map((r) => [r.method, r.inclTax.toFixed(2), r.documents, r.name])).toEqual([
      ['card', '33.33', 'FA2024-0102', 'MARTIN Léa'],
      ['cash', '3.00', 'T-0001', ''],
    ]);
  });

  it('filters to the unpaid rows', () => {
    expect(view(list('tickets', { unpaidOnly: true }))).toEqual([['T-0002', 'MARTIN Léa', '9.50', '0.00', '9.50']]);
  });

  it('searches by name (case and accents ignored), number or amount', () => {
    expect(list('invoices', { search: 'lea' }).map((r) => r.reference)).toEqual(['FA2024-0102']);
    expect(list('invoices', { search: '0101' }).map((r) => r.reference)).toEqual(['FA2024-0101']);
    expect(list('invoices', { search: '427,22' }).map((r) => r.reference)).toEqual(['FA2024-0102']);
    expect(list('invoices', { search: '476.6' }).map((r) => r.reference)).toEqual(['FA2024-0101']);
    expect(list('invoices', { search: 'nobody' })).toEqual([]);
  });

  it('sorts by any column, amounts as numbers, equal rows in document order', () => {
    expect(list('invoices', { sort: { by: 'inclTax' } }).map((r) => r.reference)).toEqual(['FA2024-0102', 'FA2024-0101']);
    expect(list('invoices', { sort: { by: 'name', direction: 'desc' } }).map((r) => r.name)).toEqual(['MARTIN Léa', 'DUPONT Jean']);
    expect(list('tickets', { sort: { by: 'paid', direction: 'desc' } }).map((r) => r.reference)).toEqual(['T-0001', 'T-0002']);
    expect(list('expenses', { sort: { by: 'remaining' } })).toHaveLength(1);
  });

  it('nets a credit note correcting an invoice and a deposit deducted by its final invoice', () => {
    const deposit = { ...tv3Invoice, id: 'dep', kind: 'deposit', number: 'AC-1', date: '2024-07-01', lines: [{ label: 'Acompte', account: '706100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
    const final = { ...tv3Invoice, deducts: ['dep'] };
    const note = { ...tv3Invoice, id: 'av', kind: 'credit-note', number: 'AV-1', date: '2024-07-20', corrects: 'inv-tv3', lines: [{ label: 'Geste', account: '706100', quantity: '1', unitPrice: '10.00', vatRate: '20' }] };
    const rows = synthesisDocuments([deposit, final, tv3Receipt, note], { period: JULY, list: 'invoices' });
    expect(view(rows)).toEqual([
      ['AC-1', 'MARTIN Léa', '100.00', '0.00', '100.00'],
      ['FA2024-0102', 'MARTIN Léa', '460.55', '33.33', '317.22'],
      ['AV-1', 'MARTIN Léa', '10.00', '0.00', '0.00'],
    ]);
  });

  it('shows the deposit deducted and what credit notes or a cancellation took off, so each invoice row adds up to its total', () => {
    const deposit = { ...tv3Invoice, id: 'dep', kind: 'deposit', number: 'AC-1', date: '2024-07-01', lines: [{ label: 'Acompte', account: '706100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
    const final = { ...tv3Invoice, deducts: ['dep'] };
    const note = { ...tv3Invoice, id: 'av', kind: 'credit-note', number: 'AV-1', date: '2024-07-20', corrects: 'inv-tv3', lines: [{ label: 'Geste', account: '706100', quantity: '1', unitPrice: '10.00', vatRate: '20' }] };
    const cancelled = { ...tv3Invoice, id: 'x', number: 'FA-X', status: 'cancelled', cancelledOn: '2024-07-25' };
    const rows = synthesisDocuments([deposit, final, tv3Receipt, note, cancelled], { period: JULY, list: 'invoices' });
    expect(rows.map((r) => [r.reference, r.inclTax, r.paid, r.deducted, r.credited, r.remaining].map((x) => (typeof x === 'string' ? x : x!.toFixed(2))))).toEqual([
      ['AC-1', '100.00', '0.00', '0.00', '0.00', '100.00'],
      ['FA2024-0102', '460.55', '33.33', '100.00', '10.00', '317.22'],
      ['AV-1', '10.00', '0.00', '0.00', '10.00', '0.00'],
      ['FA-X', '460.55', '0.00', '0.00', '460.55', '0.00'],
    ]);
  });

  it('refuses an unknown list, sort column or direction (invalid_option) and a bad period (invalid_period)', () => {
    expect(codesOf(() => synthesisDocuments(docs, { period: JULY, list: 'quotes' as never }))).toEqual(['invalid_option']);
    expect(codesOf(() => synthesisDocuments(docs, { period: JULY, list: 'stays', sort: { by: 'colour' as never } }))).toEqual(['invalid_option']);
    expect(codesOf(() => synthesisDocuments(docs, { period: JULY, list: 'stays', sort: { by: 'name', direction: 'up' as never } }))).toEqual(['invalid_option']);
    expect(codesOf(() => synthesisDocuments(docs, { period: { from: '2024-07-31', to: '2024-07-01' }, list: 'stays' }))).toEqual(['invalid_period']);
  });

  it('refuses options of the wrong type: no options (invalid_period), unpaidOnly, search or till of another type (invalid_option)', () => {
    expect(codesOf(() => synthesisDocuments(docs, null as never))).toEqual(['invalid_period']);
    expect(codesOf(() => synthesisDocuments(docs, { period: JULY, list: 'stays', unpaidOnly: 'yes' as never }))).toEqual(['invalid_option']);
    expect(codesOf(() => synthesisDocuments(docs, { period: JULY, list: 'stays', search: 42 as never }))).toEqual(['invalid_option']);
    expect(codesOf(() => synthesisDocuments(docs, { period: JULY, list: 'tickets', till: 1 as never }))).toEqual(['invalid_option']);
  });

  it('filters tickets by till and by period, and sums each ticket\'s payments per method, sorted by method', () => {
    expect(list('tickets', { till: 'CAISSE2' })).toEqual([]);
    expect(list('tickets', { till: 'CAISSE1' }).map((r) => r.reference)).toEqual(['T-0001', 'T-0002']);
    const split = { ...closing, id: 'z-2', till: 'CAISSE2', day: '2024-07-16', tickets: [{ id: 't3', number: 'T-0003', lines: [{ label: 'Pain', account: '707100', quantity: '4', unitPrice: '1.00', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '2.00' }, { method: 'card', amount: '1.00' }, { method: 'cash', amount: '1.00' }] }] };
    const august = { ...closing, id: 'z-3', day: '2024-08-01' };
    const rows = synthesisDocuments([closing, split, august], { period: JULY, list: 'tickets', till: 'CAISSE2' });
    expect(rows.map((r) => [r.reference, r.inclTax.toFixed(2), r.remaining?.toFixed(2)])).toEqual([['T-0003', '4.00', '0.00']]);
    expect(rows[0]!.paidByMethod!.map((m) => [m.method, m.amount.toFixed(2)])).toEqual([['card', '1.00'], ['cash', '3.00']]);
  });

  it('lists a refund as a negative receipt and a payment by credit note with the credit note drawn on its own row', () => {
    const note = { ...tv3Invoice, id: 'av', kind: 'credit-note', number: 'AV-1', date: '2024-07-20', corrects: 'inv-tv3', lines: [{ label: 'Geste', account: '706100', quantity: '1', unitPrice: '10.00', vatRate: '20' }] };
    const byNote = { type: 'payment', id: 'pay-av', number: 'RG-AV', date: '2024-07-21', method: 'credit-note', creditNote: 'av', amount: '10.00', customer: martin, allocations: [{ invoice: 'inv-tv3', amount: '10.00' }] };
    const refund = { type: 'refund', id: 'rf-1', date: '2024-07-22', method: 'transfer', amount: '5.00', customer: martin, allocations: [{ invoice: 'inv-tv3', amount: '5.00' }] };
    const rows = synthesisDocuments([tv3Invoice, tv3Receipt, note, byNote, refund], { period: JULY, list: 'receipts' });
    expect(rows.map((r) => [r.reference, r.documents, r.inclTax.toFixed(2)])).toEqual([
      ['pay-tv3', 'FA2024-0102', '33.33'],
      ['RG-AV', 'FA2024-0102', '10.00'],
      ['RG-AV', 'AV-1', '-10.00'],
      ['rf-1', 'FA2024-0102', '-5.00'],
    ]);
  });

  it('counts a payment part that settles no invoice (a till ticket on account) with the receipt, not with an invoice', () => {
    const pay = { type: 'payment', id: 'pay-2', date: '2024-07-20', method: 'transfer', amount: '10.25', customer: martin, allocations: [{ invoice: 'inv-tv3', amount: '10.00' }, { closing: 'z-1', ticket: 't2', amount: '0.25' }] };
    const receipts = synthesisDocuments([tv3Invoice, closing, pay], { period: JULY, list: 'receipts' });
    expect(receipts.filter((r) => r.id === 'pay-2').map((r) => [r.documents, r.inclTax.toFixed(2)])).toEqual([['FA2024-0102', '10.25']]);
    const invoices = synthesisDocuments([tv3Invoice, closing, pay], { period: JULY, list: 'invoices' });
    expect(invoices.map((r) => [r.reference, r.paid?.toFixed(2)])).toEqual([['FA2024-0102', '10.00']]);
  });

  it('refuses a payment amount finer than the currency (too_many_decimals) or beyond the safe range (amount_overflow), at its path', () => {
    const issuesOf = (doc: unknown): string[] => {
      try {
        synthesisDocuments([tv3Invoice, doc], { period: JULY, list: 'receipts' });
      } catch (e) {
        if (e instanceof AccountingError) return e.issues.map((i) => `${i.code}@${i.path.join('.')}`);
        throw e;
      }
      return [];
    };
    expect(issuesOf({ ...tv3Receipt, amount: '33.333', allocations: [] })).toEqual(['too_many_decimals@1.amount']);
    expect(issuesOf({ ...tv3Receipt, amount: '33.33', allocations: [{ closing: 'z-1', ticket: 't2', amount: '0.255' }] })).toEqual(['too_many_decimals@1.allocations.0.amount']);
    expect(issuesOf({ ...tv3Receipt, amount: '900719925474099.99', allocations: [] })).toEqual(['amount_overflow@1.amount']);
  });

  it('converts an invoice and its receipt in another currency to euros at their rates, group by group', () => {
    // TV3 in USD at 0.9: 360.00 → 324.00 (base 270.00), 90.00 → 81.00 (67.50), 10.55 → 9.495 → 9.50 (base 10.00 → 9.00)
    const usd = { ...tv3Invoice, currency: 'USD', exchangeRate: '0.9' };
    const paid = { ...tv3Receipt, currency: 'USD', exchangeRate: '0.9', amount: '33.33', allocations: [{ invoice: 'inv-tv3', amount: '33.33' }] };
    const rows = synthesisDocuments([usd, paid], { period: JULY, list: 'invoices' });
    expect(rows.map((r) => [r.reference, r.exclTax?.toFixed(2), r.inclTax.toFixed(2), r.paid?.toFixed(2), r.remaining?.toFixed(2)])).toEqual([['FA2024-0102', '346.50', '414.50', '30.00', '384.50']]);
    expect(synthesisDocuments([usd, paid], { period: JULY, list: 'receipts' }).map((r) => r.inclTax.toFixed(2))).toEqual(['30.00']);
  });

  it('lists a supplier credit note as a negative expense, and a payment naming an invoice as credit note draws on nothing', () => {
    const refund = { type: 'purchase', id: 'av-f', kind: 'credit-note', number: 'EDF-AV', date: '2024-07-20', supplier: { id: 'F1', name: 'EDF' }, lines: [{ label: 'Remboursement', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }] };
    expect(synthesisDocuments([refund], { period: JULY, list: 'expenses' }).map((r) => [r.reference, r.kind, r.exclTax?.toFixed(2), r.inclTax.toFixed(2)])).toEqual([['EDF-AV', 'credit-note', '-100.00', '-120.00']]);
    const byNote = { type: 'payment', id: 'pay-x', date: '2024-07-21', method: 'credit-note', creditNote: 'inv-tv3', amount: '10.00', customer: martin, allocations: [] };
    expect(synthesisDocuments([tv3Invoice, byNote], { period: JULY, list: 'receipts' }).map((r) => [r.reference, r.documents, r.inclTax.toFixed(2)])).toEqual([['pay-x', '', '10.00']]);
  });

  it('has nothing left to pay on receipts and expenses: unpaidOnly lists none', () => {
    expect(list('expenses')).toHaveLength(1);
    expect(list('expenses', { unpaidOnly: true })).toEqual([]);
    expect(list('receipts', { unpaidOnly: true })).toEqual([]);
  });

  describe('properties', () => {
    const period = { from: '2024-02-01', to: '2024-04-30' };
    const arb = campsiteArbitrary({ from: '2024-01-01', to: '2024-05-31' });

    it('remaining = incl. tax − paid for stays and tickets, and the unpaid filter keeps exactly the rows left to pay', () => {
      fc.assert(
        fc.property(arb, fc.constantFrom(...SYNTHESIS_LISTS), ({ documents, stays }, name) => {
          const all = [...documents, ...stays];
          const before = JSON.stringify(all);
          const rows = synthesisDocuments(all, { period, list: name });
          for (const r of rows) if (r.list === 'stays' || r.list === 'tickets') expect(r.inclTax.minus(r.paid!).eq(r.remaining!)).toBe(true);
          const unpaid = synthesisDocuments(all, { period, list: name, unpaidOnly: true });
          expect(unpaid.map((r) => r.id)).toEqual(rows.filter((r) => r.remaining !== undefined && !r.remaining.isZero()).map((r) => r.id));
          const sorted = synthesisDocuments(all, { period, list: name, sort: { by: 'inclTax' } });
          for (let k = 1; k < sorted.length; k++) expect(sorted[k - 1]!.inclTax.lte(sorted[k]!.inclTax)).toBe(true);
          expect(JSON.stringify(all)).toBe(before);
        }),
        { numRuns: 40 },
      );
    });

    it('adds up: on every invoice row, paid + deducted + credited + remaining = incl. tax', () => {
      fc.assert(
        fc.property(arb, fc.constantFrom('invoices' as const, 'ancillary-sales' as const), ({ documents, stays }, name) => {
          for (const r of synthesisDocuments([...documents, ...stays], { period, list: name })) {
            expect(r.paid!.plus(r.deducted!).plus(r.credited!).plus(r.remaining!).toFixed(2)).toBe(r.inclTax.toFixed(2));
          }
        }),
        { numRuns: 60 },
      );
    });

    it('receipts listed add up to the synthesis receipts', async () => {
      const { accountingSynthesis, createBook, post } = await import('../../src/index.js');
      fc.assert(
        fc.property(arb, ({ documents, stays }) => {
          const all = [...documents, ...stays];
          const rows = synthesisDocuments(all, { period, list: 'receipts' });
          const s = accountingSynthesis(createBook(post(documents, vatOnInvoice).transactions), all, { period });
          expect(rows.reduce((a, r) => a.plus(r.inclTax), new Decimal(0)).toFixed(2)).toBe(s.keyFigures.receipts.toFixed(2));
        }),
        { numRuns: 30 },
      );
    });

    it("the unpaid invoices' and tickets' remaining amounts, less undeducted deposits, sum to the customers' balances in the book", async () => {
      const { createBook, customerBalances, post } = await import('../../src/index.js');
      fc.assert(
        fc.property(arb, fc.constantFrom('2024-01-31', '2024-03-15', '2024-05-31'), ({ documents, stays }, asOf) => {
          const all = [...documents, ...stays];
          const book = createBook(post(documents, vatOnInvoice).transactions);
          // every invoice and till ticket up to asOf, as of asOf: credit notes count negative, proformas never post;
          // until a final invoice deducts it, a deposit sits excl. tax on the customer's 4191 (post collects its VAT at once)
          const upTo = { from: '2000-01-01', to: asOf };
          const unpaid = [...synthesisDocuments(all, { period: upTo, list: 'invoices', unpaidOnly: true }), ...synthesisDocuments(all, { period: upTo, list: 'tickets', unpaidOnly: true })];
          let remaining = new Decimal(0);
          for (const r of unpaid) {
            if (r.kind === 'proforma') continue;
            remaining = r.kind === 'credit-note' ? remaining.minus(r.remaining!) : remaining.plus(r.remaining!);
          }
          const gone = new Set<string>();
          for (const d of documents as Array<{ type: string; id: string; kind?: string; status?: string; date?: string; cancelledOn?: string; deducts?: string[] }>) {
            if (d.type !== 'invoice') continue;
            if (d.status === 'cancelled' && d.cancelledOn! <= asOf) gone.add(d.id);
            if (d.kind === 'final' && d.status !== 'draft' && d.date! <= asOf && !(d.status === 'cancelled' && d.cancelledOn! <= asOf)) for (const id of d.deducts ?? []) gone.add(id);
          }
          for (const r of synthesisDocuments(all, { period: upTo, list: 'invoices' })) {
            if (r.kind === 'deposit' && !gone.has(r.id)) remaining = remaining.minus(r.exclTax!);
          }
          const { totals } = customerBalances(book, { asOf });
          expect(remaining.toFixed(2)).toBe(totals.balance.debit.minus(totals.balance.credit).toFixed(2));
        }),
        { numRuns: 60 },
      );
    });
  });
});
