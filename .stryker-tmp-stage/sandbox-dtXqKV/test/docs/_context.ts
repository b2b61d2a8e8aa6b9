// @ts-nocheck
// The names a TSDoc @example may use without defining them (CONTRIBUTING.md, "Code in the documentation
// runs"): the golden book, the one docs/integrity.md seals.
import { createBook, createTransaction, defaultRules, eInvoice, eReporting, formats, type EInvoiceSeller, type Transaction, type TransactionInput } from '../../src/index.js';
import { goldenTransactions, receivablesTransactions } from '../ledger/_fixtures.js';
import { tv1 } from '../revenue/_fixtures.js';

/**
 * The golden book (test/fixtures/123456782FEC20241231.txt): à-nouveaux 512000 / 101000 1000.00 on 1 January
 * 2024; DUPONT Jean's 12-month subscription FA2024-0001 (600.00 incl. 20 % VAT, 706100 / 445710) sold and
 * paid by card on 15 October (lettered A); its deferred revenue 393.15 (706100 / 487000) on 31 December.
 */
export const book = createBook(goldenTransactions());

/**
 * A book of receivables at 31 December 2024 (test/ledger/_fixtures.ts): DUPONT Jean (C0001) owes 400.00 of
 * FA2024-0002 (61–90 days), MARTIN Léa (C0002) holds a 50.00 credit note, DURAND Paul (C0003) 30.00
 * overpaid, PETIT Anne (C0004) 200.00 carried in the à-nouveaux.
 */
export const receivables = createBook(receivablesTransactions());

/** The invoice of the golden book: FA2024-0001, DUPONT Jean's 12-month subscription (15 October 2024 → 14 October 2025, 600.00 incl. 20 % VAT). */
export const invoice = tv1();

/** A till closing: CAISSE1's Z of 15 July 2024, two tickets (bread at 5.5 %, beer at 20 %), cash and card, one ticket on account. */
export const closing = {
  type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-07-15', countedCash: '6.90',
  tickets: [
    { id: 't1', lines: [{ label: 'Baguette', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }, { label: 'Bière', account: '707200', quantity: '1', unitPrice: '4.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '7.00' }] },
    { id: 't2', customer: { id: 'C0002', name: 'MARTIN Léa' }, lines: [{ label: 'Baguette', account: '707100', quantity: '1.5', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'card', amount: '2.00' }] },
  ],
} as const;

/**
 * A book with VAT details: a sale on 15 October 2024 (500.00 at 20 % on 706100, 50.00 at 10 % on 707100,
 * VAT on 445710) and EDF's bill of 5 March 2024 (100.00 on 606100, 20.00 deductible on 445660).
 */
export const vatBook = createBook([
  createTransaction({
    id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Vente', type: 'sale',
    entries: [
      { account: '411000', debit: '655.00' },
      { account: '706100', credit: '500.00' },
      { account: '445710', credit: '100.00', vat: { rate: '20', base: '500.00' } },
      { account: '707100', credit: '50.00' },
      { account: '445710', credit: '5.00', vat: { rate: '10', base: '50.00' } },
    ],
  }),
  createTransaction({
    id: 'AC000001', journal: 'AC', date: '2024-03-05', piece: { ref: 'F-EDF-0324' }, label: 'Facture EDF F-EDF-0324', type: 'purchase',
    entries: [
      { account: '606100', debit: '100.00' },
      { account: '445660', debit: '20.00', vat: { rate: '20', base: '100.00' } },
      { account: '401000', auxiliary: { number: 'F0001', name: 'EDF' }, credit: '120.00' },
    ],
  }),
]);

/** The golden book's transactions: the à-nouveaux, the sale, its payment, the deferral. */
export const transactions = goldenTransactions();
/** The golden book's sale (VT000001). */
export const sale: Transaction = transactions[1]!;
/** The golden book's payment of that sale (BQ000001). */
export const payment: Transaction = transactions[2]!;
/** The golden book's sale (VT000001). */
export const tx = sale;
/** The input of a transaction like the golden sale (VT000001, DUPONT Jean, 600.00). */
export const input = {
  id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Abonnement 12 mois DUPONT',
  entries: [
    { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' },
    { account: '706100', credit: '500.00' },
    { account: '445711', credit: '100.00', vat: { rate: '20', base: '500.00' } },
  ],
} satisfies TransactionInput;
/** That transaction as a draft (`validatedOn: null`). */
export const draft = createTransaction({ ...input, validatedOn: null });
/** The golden FEC, as bytes (test/fixtures/123456782FEC20241231.txt). */
export const bytes = formats.fec.encode(book, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
/** Two transactions naming the bank 512000 and 512: an opening on 512000 / 101000, a payment on 512 / 411000. */
export const openingOn512000 = createTransaction({
  id: 'AN000001', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN2024' }, label: 'Reprise des soldes', type: 'opening',
  entries: [{ account: '512000', debit: '1000.00' }, { account: '101000', credit: '1000.00' }],
});
export const paymentOn512 = createTransaction({
  id: 'BQ000001', journal: 'BQ', date: '2024-10-20', piece: { ref: 'RG-1' }, label: 'Règlement DUPONT',
  entries: [{ account: '512', debit: '600.00' }, { account: '411000', credit: '600.00' }],
});

/**
 * A book for January 2025's VAT return: 150.00 of VAT credit carried from December (44567), 1 002.00
 * excl. tax sold at 20 % on 10 January (VAT 200.40 on 445711), 400.00 of purchases on 12 January (80.00
 * deductible on 44566).
 */
export const januaryBook = createBook([
  createTransaction({
    id: 'OD000001', journal: 'OD', date: '2024-12-31', piece: { ref: 'TVA2024-12' }, label: 'Crédit de TVA de décembre',
    entries: [{ account: '44567', debit: '150.00' }, { account: '445660', credit: '150.00' }],
  }),
  createTransaction({
    id: 'VT000001', journal: 'VT', date: '2025-01-10', piece: { ref: 'FA2025-0001' }, label: 'Ventes de janvier', type: 'sale',
    entries: [
      { account: '411000', debit: '1202.40' },
      { account: '706100', credit: '1002.00' },
      { account: '445711', credit: '200.40', vat: { rate: '20', base: '1002.00' } },
    ],
  }),
  createTransaction({
    id: 'AC000001', journal: 'AC', date: '2025-01-12', piece: { ref: 'F-EDF-0125' }, label: 'Facture EDF', type: 'purchase',
    entries: [
      { account: '606100', debit: '400.00' },
      { account: '44566', debit: '80.00', vat: { rate: '20', base: '400.00' } },
      { account: '401000', auxiliary: { number: 'F0001', name: 'EDF' }, credit: '480.00' },
    ],
  }),
]);

/** A seller's identity for the e-invoice examples: a campsite (SIREN 123456782, VAT FR11123456782) in Mimizan, paid by transfer. */
export const seller: EInvoiceSeller = {
  name: 'CAMPING DES PINS SARL', siren: '123456782', vatNumber: 'FR11123456782',
  address: { lines: ['Route de la plage'], postcode: '40200', city: 'Mimizan', country: 'FR' }, iban: 'FR7630006000011234567890189',
};

/** A business customer's invoice: 10 corporate memberships at 50.00 excl. VAT (20 %) for ACME SAS (SIREN 732829320). */
export const businessInvoice = {
  type: 'invoice', id: 'inv-b1', kind: 'final', status: 'issued', number: 'FA2024-0500', date: '2024-10-15',
  customer: { id: 'C0500', name: 'ACME SAS', siren: '732829320', address: { lines: ['3 rue Neuve'], postcode: '69002', city: 'Lyon', country: 'FR' } },
  lines: [{ label: 'Abonnement entreprise', quantity: '10', unitPrice: '50.00', vatRate: '20' }],
};

/** The e-invoice model of {@link businessInvoice}: 500.00 + 100.00 VAT = 600.00 due. */
export const model = eInvoice(businessInvoice, defaultRules(), { seller });

/** A consumer's June: a 60.00 subscription and a 12.00 bottle (20 %) invoiced on 3 June, paid by card on 5 June. */
export const consumerDocuments = [
  { type: 'invoice', id: 'inv-c1', kind: 'final', status: 'issued', number: 'FA2024-0600', date: '2024-06-03', customer: { id: 'C1', name: 'DUPONT Jean' }, pricesIncludeTax: true,
    lines: [{ label: 'Abonnement', quantity: '1', unitPrice: '60.00', vatRate: '20' }, { label: 'Gourde', account: '707100', quantity: '1', unitPrice: '12.00', vatRate: '20' }] },
  { type: 'payment', id: 'pay-c1', date: '2024-06-05', method: 'card', amount: '72.00', customer: { id: 'C1', name: 'DUPONT Jean' }, allocations: [{ invoice: 'inv-c1', amount: '72.00' }] },
];

/** The B2C e-reporting of {@link consumerDocuments} for June 2024 (VAT due by law). */
export const report = eReporting(consumerDocuments, defaultRules(), { period: { from: '2024-06-01', to: '2024-06-30' } });
