// Worked vectors of eReporting (src/posting/eReporting.ts), computed by hand: sales per day, category, VAT due and
// rate (flux 10.3), payments per day and rate (flux 10.4), under VAT due on receipt for services (CGI art. 269-2-c,
// SPEC-FR 4.8b) and under the débits option; what a Book must hold; the documents of options.context.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, createTransaction, defaultRules, eReporting, post, type EReporting } from '../../src/index.js';
import { vatOnInvoice } from '../_rules.js';
import { BUSINESS } from './_einvoice.js';
import { refusals } from '../_errors.js';

const rules = defaultRules();
const JUNE = { from: '2024-06-01', to: '2024-06-30' };
const dupont = { id: 'C1', name: 'DUPONT Jean' };

/** The report as plain text: [date, category, vatDue, base, vat, count, [rate, base, vat]…] and payments [date, [rate, received, vat]…]. */
const laid = (r: EReporting) => ({
  transactions: r.transactions.map((t) => [t.date, t.category, t.vatDue, t.base.toFixed(2), t.vat.toFixed(2), t.count, t.rates.map((x) => [x.rate, x.base.toFixed(2), x.vat.toFixed(2)])]),
  payments: r.payments.map((p) => [p.date, p.rates.map((x) => [x.rate, x.received.toFixed(2), x.vat.toFixed(2)])]),
  totals: [r.totals.salesBase.toFixed(2), r.totals.salesVat.toFixed(2), r.totals.paymentsVat.toFixed(2)],
  eInvoiced: r.eInvoiced,
});

const issuesOf = refusals;

const DOCS = [
  // Prices incl. VAT. Services: Cours 120.00 at 20 % (100.00 + 20.00), Nuitée 110.00 at 10 % (100.00 + 10.00),
  // Formation 30.00 exempt. Goods (707100): Gourde 40.00 at 20 % (33.33 + 6.67), Pain 3.20 at 5.5 % (3.03 + 0.17,
  // SPEC-FR TV4), Livre 9.00 exempt. Total 312.20.
  { type: 'invoice', id: 'inv-a', kind: 'final', status: 'issued', number: 'FA-A', date: '2024-06-10', customer: dupont, pricesIncludeTax: true,
    lines: [
      { label: 'Cours', quantity: '1', unitPrice: '120.00', vatRate: '20' },
      { label: 'Gourde', account: '707100', quantity: '1', unitPrice: '40.00', vatRate: '20' },
      { label: 'Pain', account: '707100', quantity: '1', unitPrice: '3.20', vatRate: '5.5' },
      { label: 'Nuitée', quantity: '1', unitPrice: '110.00', vatRate: '10' },
      { label: 'Formation', quantity: '1', unitPrice: '30.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Art. 261-4-4° du CGI' },
      { label: 'Livre', account: '707100', quantity: '1', unitPrice: '9.00', vatRate: '0', exemption: 'exempt', exemptionReason: 'Art. 261 du CGI' },
    ] },
  // Given after inv-a, dated before it: 60.00 of services at 20 % (50.00 + 10.00).
  { type: 'invoice', id: 'inv-b', kind: 'final', status: 'issued', number: 'FA-B', date: '2024-06-08', customer: dupont, pricesIncludeTax: true, lines: [{ label: 'Cours', quantity: '1', unitPrice: '60.00', vatRate: '20' }] },
  // A credit note of 12.00 (10.00 + 2.00) for services, refunded on 20 June.
  { type: 'invoice', id: 'av-1', kind: 'credit-note', status: 'issued', number: 'AV-1', date: '2024-06-12', customer: dupont, pricesIncludeTax: true, lines: [{ label: 'Cours', quantity: '1', unitPrice: '12.00', vatRate: '20' }] },
  { type: 'payment', id: 'pay-2', date: '2024-06-16', method: 'card', amount: '110.00', customer: dupont, allocations: [{ invoice: 'inv-a', amount: '110.00' }] },
  { type: 'payment', id: 'pay-1', date: '2024-06-14', method: 'card', amount: '60.00', customer: dupont, allocations: [{ invoice: 'inv-b', amount: '60.00' }] },
  { type: 'refund', id: 'rf-1', date: '2024-06-20', method: 'transfer', amount: '12.00', customer: dupont, allocations: [{ invoice: 'av-1', amount: '12.00' }] },
  // Two business customers (the later one first by id): e-invoiced, left out; their payment moves no e-reported VAT.
  { type: 'invoice', id: 'inv-z', kind: 'final', status: 'issued', number: 'FA-Z', date: '2024-06-11', customer: BUSINESS, lines: [{ label: 'Séminaire', quantity: '1', unitPrice: '500.00', vatRate: '20' }] },
  { type: 'invoice', id: 'inv-y', kind: 'final', status: 'issued', number: 'FA-Y', date: '2024-06-13', customer: { id: 'EU1', name: 'GMBH', vatNumber: 'DE123456789' }, lines: [{ label: 'Séminaire', quantity: '1', unitPrice: '100.00', vatRate: '20' }] },
  { type: 'payment', id: 'pay-z', date: '2024-06-18', method: 'transfer', amount: '600.00', customer: BUSINESS, allocations: [{ invoice: 'inv-z', amount: '600.00' }] },
];

describe('eReporting: worked vectors', () => {
  it('VAT due on receipt for services: goods and exempt sales at the sale, services pending until paid; payments per day and rate', () => {
    const r = eReporting(DOCS, rules, { period: JUNE });
    expect(laid(r)).toEqual({
      transactions: [
        // Days in date order; within a day TLB1 before TPS1, on-invoice before on-receipt; rates in numeric order (5.5 before 10).
        ['2024-06-08', 'TPS1', 'on-receipt', '50.00', '10.00', 1, [['20', '50.00', '10.00']]],
        ['2024-06-10', 'TLB1', 'on-invoice', '45.36', '6.84', 1, [['0', '9.00', '0.00'], ['5.5', '3.03', '0.17'], ['20', '33.33', '6.67']]],
        ['2024-06-10', 'TPS1', 'on-invoice', '30.00', '0.00', 1, [['0', '30.00', '0.00']]],
        ['2024-06-10', 'TPS1', 'on-receipt', '200.00', '30.00', 1, [['10', '100.00', '10.00'], ['20', '100.00', '20.00']]],
        ['2024-06-12', 'TPS1', 'on-receipt', '-10.00', '-2.00', 1, [['20', '-10.00', '-2.00']]],
      ],
      payments: [
        ['2024-06-14', [['20', '60.00', '10.00']]],
        // 110.00 of 312.20: VAT 20.00 × 110 / 312.20 = 7.046… → 7.05 on a base of 35.23 (100.00 × 110 / 312.20), 42.28 received;
        // 10.00 × 110 / 312.20 = 3.523… → 3.52 on 35.23, 38.75 received.
        ['2024-06-16', [['10', '38.75', '3.52'], ['20', '42.28', '7.05']]],
        // The refund of the credit note takes back 2.00 of VAT on 10.00.
        ['2024-06-20', [['20', '-12.00', '-2.00']]],
      ],
      totals: ['315.36', '44.84', '18.57'],
      eInvoiced: ['inv-y', 'inv-z'],
    });
    expect(r.period).toEqual(JUNE);
    expect(r.transactions.every((t) => t.currency === 'EUR')).toBe(true);
    // A Book of the same transactions, the two businesses named, gives the same report.
    expect(eReporting(createBook(post(DOCS, rules).transactions), rules, { period: JUNE, businessCustomers: ['C0100', 'EU1'] })).toEqual(r);
  });

  it('the débits option: every VAT at the sale, a VAT amount split between goods and services by the transaction\'s revenue (goods 45.36, services 230.00)', () => {
    const r = eReporting(DOCS, vatOnInvoice, { period: JUNE });
    // inv-a: at 20 % one VAT of 26.67 on 133.33: goods 26.67 × 4536 / 27536 = 4.393… → 4.39 on 133.33 × 4536 / 27536 = 21.963… → 21.96,
    // the rest to services (22.28 on 111.37); at 10 %: 1.647… → 1.65 on 16.47 (8.35 on 83.53); at 5.5 %: 0.028… → 0.03 on 0.499… → 0.50
    // (0.14 on 2.53). Zero-rated sales stay in their own nature. A transaction only has one figure per rate (its revenue
    // lines carry no rate), so the split is by the transaction's revenue, whatever the rate.
    expect(laid(r)).toEqual({
      transactions: [
        ['2024-06-08', 'TPS1', 'on-invoice', '50.00', '10.00', 1, [['20', '50.00', '10.00']]],
        ['2024-06-10', 'TLB1', 'on-invoice', '47.93', '6.07', 1, [['0', '9.00', '0.00'], ['5.5', '0.50', '0.03'], ['10', '16.47', '1.65'], ['20', '21.96', '4.39']]],
        ['2024-06-10', 'TPS1', 'on-invoice', '227.43', '30.77', 1, [['0', '30.00', '0.00'], ['5.5', '2.53', '0.14'], ['10', '83.53', '8.35'], ['20', '111.37', '22.28']]],
        ['2024-06-12', 'TPS1', 'on-invoice', '-10.00', '-2.00', 1, [['20', '-10.00', '-2.00']]],
      ],
      payments: [],
      totals: ['315.36', '44.84', '0.00'],
      eInvoiced: ['inv-y', 'inv-z'],
    });
  });

  it('the débits option: goods alone are TLB1, services alone TPS1, both on the invoice', () => {
    const inv = (id: string, date: string, account: string) => ({ type: 'invoice', id, kind: 'final', status: 'issued', number: id, date, customer: dupont, lines: [{ label: 'x', account, quantity: '1', unitPrice: '10.00', vatRate: '20' }] });
    // The first and the last day of the period are in it; the days around are not.
    const r = eReporting([inv('g', '2024-06-30', '707100'), inv('s', '2024-06-01', '706100'), inv('s2', '2024-06-01', '706200'), inv('x', '2024-05-31', '706100'), inv('y', '2024-07-01', '707100')], vatOnInvoice, { period: JUNE });
    expect(laid(r).transactions).toEqual([
      ['2024-06-01', 'TPS1', 'on-invoice', '20.00', '4.00', 2, [['20', '20.00', '4.00']]],
      ['2024-06-30', 'TLB1', 'on-invoice', '10.00', '2.00', 1, [['20', '10.00', '2.00']]],
    ]);
  });

  it('an invoice cancelled the day it was issued: one document, nothing left', () => {
    const cancelled = { type: 'invoice', id: 'inv-c', kind: 'final', status: 'cancelled', cancelledOn: '2024-06-10', number: 'FA-C', date: '2024-06-10', customer: dupont, pricesIncludeTax: true, lines: [{ label: 'Cours', quantity: '1', unitPrice: '60.00', vatRate: '20' }] };
    expect(laid(eReporting([cancelled], rules, { period: JUNE })).transactions).toEqual([['2024-06-10', 'TPS1', 'on-receipt', '0.00', '0.00', 1, [['20', '0.00', '0.00']]]]);
  });

  it('a till closing of goods: one document, its VAT at the sale (TLB1)', () => {
    const till = { type: 'till-closing', id: 'z-1', till: 'C1', day: '2024-06-05', tickets: [
      { id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] },
      { id: 't2', lines: [{ label: 'Barre', account: '707100', quantity: '1', unitPrice: '2.40', vatRate: '20' }], payments: [{ method: 'card', amount: '2.40' }] },
    ] };
    // 3.00 at 5.5 % → 2.84 + 0.16; 2.40 at 20 % → 2.00 + 0.40.
    expect(laid(eReporting([till], rules, { period: JUNE })).transactions).toEqual([['2024-06-05', 'TLB1', 'on-invoice', '4.84', '0.56', 1, [['5.5', '2.84', '0.16'], ['20', '2.00', '0.40']]]]);
  });

  it('the débits option: a deposit received on a proforma is reported on its day, the final invoice the rest', () => {
    const proforma = { type: 'invoice', id: 'pro-1', kind: 'proforma', status: 'issued', number: 'PRO-1', date: '2024-06-02', customer: dupont, pricesIncludeTax: true, lines: [{ label: 'Séjour', quantity: '1', unitPrice: '220.00', vatRate: '10' }] };
    const deposit = { type: 'payment', id: 'pay-d', date: '2024-06-03', method: 'card', amount: '55.00', customer: dupont, allocations: [{ invoice: 'pro-1', amount: '55.00' }] };
    const final = { ...proforma, id: 'inv-p', kind: 'final', number: 'FA-P', date: '2024-06-20', deducts: ['pro-1'] };
    // 55.00 at 10 % → 50.00 + 5.00 on 3 June; the final invoice 220.00 less the deposit: 150.00 + 15.00.
    expect(laid(eReporting([proforma, deposit, final], vatOnInvoice, { period: JUNE })).transactions).toEqual([
      ['2024-06-03', 'TPS1', 'on-invoice', '50.00', '5.00', 1, [['10', '50.00', '5.00']]],
      ['2024-06-20', 'TPS1', 'on-invoice', '150.00', '15.00', 1, [['10', '150.00', '15.00']]],
    ]);
  });

  it('a pending-VAT account per rate: the payments found on each', () => {
    const perRate = defaultRules({ vatPending: { '2.1': '445760', '5.5': '445761', '10': '445762', '20': '445763' } });
    const r = eReporting(DOCS.slice(0, 6), perRate, { period: JUNE });
    expect(laid(r).payments).toEqual(laid(eReporting(DOCS.slice(0, 6), rules, { period: JUNE })).payments);
    expect(r.totals.paymentsVat.toFixed(2)).toBe('18.57');
  });
});

describe('eReporting: options.context and the Book', () => {
  it('payments of invoices from an earlier period, given in options.context: a business named only there is left out', () => {
    const old = { type: 'invoice', id: 'inv-o', kind: 'final', status: 'issued', number: 'FA-O', date: '2024-05-20', customer: { ...dupont, siren: '732829320' }, pricesIncludeTax: true, lines: [{ label: 'Cours', quantity: '1', unitPrice: '60.00', vatRate: '20' }] };
    const old2 = { ...old, id: 'inv-o2', number: 'FA-O2', customer: { id: 'C2', name: 'MARTIN Léa' } };
    const payments = [
      { type: 'payment', id: 'pay-o', date: '2024-06-02', method: 'card', amount: '60.00', customer: dupont, allocations: [{ invoice: 'inv-o', amount: '60.00' }] },
      { type: 'payment', id: 'pay-o2', date: '2024-06-02', method: 'card', amount: '30.00', customer: { id: 'C2', name: 'MARTIN Léa' }, allocations: [{ invoice: 'inv-o2', amount: '30.00' }] },
    ];
    // Half of 60.00 paid: 30.00 received, 5.00 of VAT made due.
    expect(laid(eReporting(payments, rules, { period: JUNE, context: [old, old2] }))).toEqual({ transactions: [], payments: [['2024-06-02', [['20', '30.00', '5.00']]]], totals: ['0.00', '0.00', '5.00'], eInvoiced: [] });
  });

  it('a Book whose sales have no type: each such transaction of the period refused, at most 20; other untyped transactions pass', () => {
    const tx = (id: string, date: string, debit: string, credit: string) => createTransaction({ id, journal: 'OD', date, piece: { ref: id }, label: 'x', entries: [{ account: debit, debit: '1.00' }, { account: credit, credit: '1.00' }] });
    const message = (id: string) => `Transaction ${id} moves sales (70x) or VAT on sales (4457x) but has no type: e-reporting needs the transaction types, documents and customer ids post records (a Book read from a FEC keeps none of them). Pass the documents, or a Book built from post's transactions.`;
    // X1 credits sales, X4 debits VAT on sales; X2 and X0 are outside the period, X3 moves neither, X5 and X6 are on its last and first days.
    const book = createBook([tx('X1', '2024-06-02', '512000', '706000'), tx('X2', '2024-07-01', '512000', '706000'), tx('X0', '2024-05-31', '512000', '706000'), tx('X3', '2024-06-02', '512000', '401000'), tx('X4', '2024-06-03', '445710', '512000'), tx('X5', '2024-06-30', '512000', '707000'), tx('X6', '2024-06-01', '512000', '706000')]);
    expect(issuesOf(() => eReporting(book, rules, { period: JUNE, businessCustomers: [] }))).toEqual(['X1', 'X4', 'X5', 'X6'].map((id) => ['invalid_input', `book.${id}`, message(id)]));
    const many = createBook(Array.from({ length: 21 }, (_, k) => tx(`Y${String(k).padStart(2, '0')}`, '2024-06-02', '512000', '706000')));
    expect(issuesOf(() => eReporting(many, rules, { period: JUNE, businessCustomers: [] })).length).toBe(20);
    // Untyped transactions that move no sales are no obstacle.
    expect(laid(eReporting(createBook([tx('X3', '2024-06-02', '512000', '401000')]), rules, { period: JUNE, businessCustomers: [] })).transactions).toEqual([]);
  });

  it('a Book of hand-made typed transactions: documents counted by id (or the transaction\'s id without one), payments read from what is not an invoice document', () => {
    let n = 0;
    const tx = (type: string, date: string, source: object | undefined, entries: object[]) => createTransaction({ id: `T${++n}`, journal: 'VT', date, piece: { ref: `P${n}` }, label: type, type, ...(source ? { source } : {}), entries });
    const vat = (rate: string, base: string) => ({ vat: { rate, base } });
    const list = [
      // 5 June: two services sales without a document (pending VAT), one of goods, two of a business (one without document id).
      tx('sale', '2024-06-05', undefined, [{ account: '411000', debit: '120.00' }, { account: '706000', credit: '100.00' }, { account: '445740', credit: '20.00', ...vat('20', '100.00') }]),
      tx('sale', '2024-06-05', undefined, [{ account: '411000', debit: '60.00' }, { account: '706000', credit: '50.00' }, { account: '445740', credit: '10.00', ...vat('20', '50.00') }]),
      tx('sale', '2024-06-05', undefined, [{ account: '411000', debit: '12.00' }, { account: '707100', credit: '10.00' }, { account: '445711', credit: '2.00', ...vat('20', '10.00') }]),
      tx('sale', '2024-06-05', { documentId: 'B-1', customerId: 'B' }, [{ account: '411000', debit: '24.00' }, { account: '706000', credit: '20.00' }, { account: '445711', credit: '4.00', ...vat('20', '20.00') }]),
      tx('sale', '2024-06-05', { customerId: 'B' }, [{ account: '411000', debit: '24.00' }, { account: '706000', credit: '20.00' }, { account: '445711', credit: '4.00', ...vat('20', '20.00') }]),
      // 6 June: a payment P-9 that is a deposit on a proforma (50.00 + 5.00 at 10 %) and pays 60.00 of an invoice (10.00 of VAT made due).
      tx('deposit', '2024-06-06', { documentId: 'P-9', customerId: 'C1', paymentMethod: 'card' }, [{ account: '512000', debit: '55.00' }, { account: '419100', credit: '50.00' }, { account: '445712', credit: '5.00', ...vat('10', '50.00') }]),
      tx('vat-transfer', '2024-06-06', { documentId: 'P-9', customerId: 'C1' }, [{ account: '445740', debit: '10.00', ...vat('20', '50.00') }, { account: '445711', credit: '10.00', ...vat('20', '50.00') }]),
      tx('payment', '2024-06-06', { documentId: 'P-9', customerId: 'C1', paymentMethod: 'card' }, [{ account: '512000', debit: '60.00' }, { account: '411000', credit: '60.00' }]),
      // 7 June: a credit note A-1 and the transfer it makes applied to an invoice (not a payment); 8 June: transfers without a document, or of the business.
      tx('credit-note', '2024-06-07', { documentId: 'A-1', customerId: 'C1' }, [{ account: '706000', debit: '10.00' }, { account: '445740', debit: '2.00', ...vat('20', '10.00') }, { account: '411000', credit: '12.00' }]),
      tx('vat-transfer', '2024-06-07', { documentId: 'A-1', customerId: 'C1' }, [{ account: '445711', debit: '2.00', ...vat('20', '10.00') }, { account: '445740', credit: '2.00', ...vat('20', '10.00') }]),
      // An exempt service sold the same day, after the credit note: on-invoice sorts before on-receipt.
      tx('sale', '2024-06-07', { documentId: 'E-1', customerId: 'C1' }, [{ account: '411000', debit: '30.00' }, { account: '706000', credit: '30.00', ...vat('0', '30.00') }]),
      tx('vat-transfer', '2024-06-08', undefined, [{ account: '445740', debit: '1.00', ...vat('20', '5.00') }, { account: '445711', credit: '1.00', ...vat('20', '5.00') }]),
      tx('vat-transfer', '2024-06-08', { documentId: 'PB', customerId: 'B' }, [{ account: '445740', debit: '4.00', ...vat('20', '20.00') }, { account: '445711', credit: '4.00', ...vat('20', '20.00') }]),
      // 9 June: a second payment day, to sort the payments by.
      tx('vat-transfer', '2024-06-09', { documentId: 'P-10', customerId: 'C1' }, [{ account: '445740', debit: '1.00', ...vat('20', '5.00') }, { account: '445711', credit: '1.00', ...vat('20', '5.00') }]),
    ];
    const expected = {
      transactions: [
        ['2024-06-05', 'TLB1', 'on-invoice', '10.00', '2.00', 1, [['20', '10.00', '2.00']]],
        ['2024-06-05', 'TPS1', 'on-receipt', '150.00', '30.00', 2, [['20', '150.00', '30.00']]],
        // A deposit credits no revenue: reported as services under the débits option.
        ['2024-06-06', 'TPS1', 'on-invoice', '50.00', '5.00', 1, [['10', '50.00', '5.00']]],
        ['2024-06-07', 'TPS1', 'on-invoice', '30.00', '0.00', 1, [['0', '30.00', '0.00']]],
        ['2024-06-07', 'TPS1', 'on-receipt', '-10.00', '-2.00', 1, [['20', '-10.00', '-2.00']]],
      ],
      payments: [['2024-06-06', [['20', '60.00', '10.00']]], ['2024-06-09', [['20', '6.00', '1.00']]]],
      totals: ['230.00', '35.00', '11.00'],
      eInvoiced: ['B-1'],
    };
    const options = { period: JUNE, businessCustomers: new Set(['B']) };
    expect(laid(eReporting(createBook(list), vatOnInvoice, options))).toEqual(expected);
    // In any order: a Book keeps its transactions in the order given, the report sorts them.
    expect(laid(eReporting(createBook([...list].reverse()), vatOnInvoice, options))).toEqual(expected);
    expect(laid(eReporting(createBook([...list.slice(6), ...list.slice(0, 6)]), vatOnInvoice, options))).toEqual(expected);
    expect(laid(eReporting(createBook([...list.slice(10), ...list.slice(0, 10)]), vatOnInvoice, options))).toEqual(expected);
  });

  it('the débits option: a discount of services on a goods invoice splits the VAT by the signed revenue', () => {
    // Goods 50.00 and a services discount of −10.00, both at 20 %: VAT 8.00 on 40.00. Goods share 5000 / 4000:
    // 8.00 × 5000 / 4000 = 10.00 on 50.00; services the rest, −2.00 on −10.00.
    const inv = { type: 'invoice', id: 'inv-d', kind: 'final', status: 'issued', number: 'FA-D', date: '2024-06-04', customer: dupont, lines: [
      { label: 'Gourdes', account: '707100', quantity: '5', unitPrice: '10.00', vatRate: '20' },
      { label: 'Remise coaching', account: '706000', quantity: '1', unitPrice: '-10.00', vatRate: '20' },
    ] };
    expect(laid(eReporting([inv], vatOnInvoice, { period: JUNE })).transactions).toEqual([
      ['2024-06-04', 'TLB1', 'on-invoice', '50.00', '10.00', 1, [['20', '50.00', '10.00']]],
      ['2024-06-04', 'TPS1', 'on-invoice', '-10.00', '-2.00', 1, [['20', '-10.00', '-2.00']]],
    ]);
  });
});

describe('eReporting: properties', () => {
  it('the report does not depend on the order of the documents, and its rows are in (date, category, VAT due) order, rates ascending', () => {
    const order = { TLB1: 0, TPS1: 1, TNT1: 2 } as const;
    const reference = eReporting(DOCS, rules, { period: JUNE });
    fc.assert(
      fc.property(fc.shuffledSubarray(DOCS, { minLength: DOCS.length, maxLength: DOCS.length }), (docs) => {
        const r = eReporting(docs, rules, { period: JUNE });
        expect(r).toEqual(reference);
        const keys = r.transactions.map((t) => [t.date, order[t.category], t.vatDue] as const);
        for (let k = 1; k < keys.length; k++) {
          const [a, b] = [keys[k - 1]!, keys[k]!];
          expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
        }
        for (const t of r.transactions) expect(t.rates.map((x) => Number(x.rate))).toEqual(t.rates.map((x) => Number(x.rate)).sort((x, y) => x - y));
      }),
      { numRuns: 15 },
    );
  });
});
