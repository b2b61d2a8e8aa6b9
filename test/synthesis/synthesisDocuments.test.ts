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
