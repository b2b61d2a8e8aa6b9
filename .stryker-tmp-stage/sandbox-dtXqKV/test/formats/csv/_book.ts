// @ts-nocheck
// A small gym / home-care book for the CSV export tests, written as a journal.
import { createBook, createTransaction, type Book, type Transaction } from '../../../src/index.js';

const DUPONT = { number: 'C0001', name: 'DUPONT Jean' } as const;
const MARTIN = { number: 'C0002', name: 'MARTIN; "Léa"' } as const;

/**
 * - AN: opening balances (bank 1000 / capital);
 * - VT: two invoices on 2024-10-15 (one with a label that breaks naive CSV
 *   writers), a credit note on 2024-11-02;
 * - BQ: a card payment of FA2024-0001, a direct debit of FA2024-0002, a
 *   card remittance with fees;
 * - CA: a cash refund;
 * - OD: the PCA at the closing date.
 */
export function csvTransactions(): Transaction[] {
  const lettering = { code: 'A', date: '2024-10-15' };
  return [
    createTransaction({
      id: 'AN000001', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN2024' }, label: 'Reprise des soldes', type: 'opening',
      entries: [
        { account: '512000', accountLabel: 'Banque', debit: '1000.00' },
        { account: '101000', accountLabel: 'Capital', credit: '1000.00' },
      ],
    }),
    createTransaction({
      id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Abonnement 12 mois DUPONT', type: 'sale',
      source: { documentId: 'inv-1', documentNumber: 'FA2024-0001', customerId: 'C0001', customerName: 'DUPONT Jean', memo: 'abonnement annuel', funder: 'CE Acme', billingContact: 'Mme Dupont' },
      entries: [
        { account: '411000', accountLabel: 'Clients', auxiliary: DUPONT, debit: '600.00', lettering, openItem: 'inv-1' },
        { account: '706100', accountLabel: 'Abonnements', credit: '500.00', costCenter: 'CLUB-1' },
        { account: '445710', accountLabel: 'TVA collectée 20%', credit: '100.00' },
      ],
    }),
    createTransaction({
      id: 'VT000002', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0002' }, label: '=Coaching "premium"; séance\nà domicile', type: 'sale',
      source: { documentId: 'inv-2', documentNumber: 'FA2024-0002', customerId: 'C0002', customerName: 'MARTIN; "Léa"' },
      entries: [
        { account: '411000', accountLabel: 'Clients', auxiliary: MARTIN, debit: '120.00', openItem: 'inv-2' },
        { account: '706200', accountLabel: 'Coaching', credit: '100.00' },
        { account: '445710', accountLabel: 'TVA collectée 20%', credit: '20.00' },
      ],
    }),
    createTransaction({
      id: 'BQ000001', journal: 'BQ', date: '2024-10-15', piece: { ref: 'RG2024-0001' }, label: 'Règlement CB DUPONT FA2024-0001', type: 'payment',
      source: { documentId: 'pay-1', documentNumber: 'RG2024-0001', customerId: 'C0001', customerName: 'DUPONT Jean', paymentMethod: 'card' },
      entries: [
        { account: '511500', accountLabel: 'CB à encaisser', debit: '600.00' },
        { account: '411000', accountLabel: 'Clients', auxiliary: DUPONT, credit: '600.00', lettering, openItem: 'inv-1' },
      ],
    }),
    createTransaction({
      id: 'BQ000002', journal: 'BQ', date: '2024-10-20', piece: { ref: 'RCB-20241020' }, label: 'Remise CB du 20/10/2024', type: 'remittance',
      entries: [
        { account: '512000', accountLabel: 'Banque', debit: '594.00' },
        { account: '627000', accountLabel: 'Frais bancaires', debit: '6.00' },
        { account: '511500', accountLabel: 'CB à encaisser', credit: '600.00' },
      ],
    }),
    createTransaction({
      id: 'VT000003', journal: 'VT', date: '2024-11-02', piece: { ref: 'AV2024-0001' }, label: 'Avoir séance annulée', type: 'credit-note',
      source: { documentId: 'cn-1', documentNumber: 'AV2024-0001', customerId: 'C0002', customerName: 'MARTIN; "Léa"' },
      entries: [
        { account: '706200', accountLabel: 'Coaching', debit: '20.00' },
        { account: '445710', accountLabel: 'TVA collectée 20%', debit: '4.00' },
        { account: '411000', accountLabel: 'Clients', auxiliary: MARTIN, credit: '24.00', openItem: 'cn-1' },
      ],
    }),
    createTransaction({
      id: 'BQ000003', journal: 'BQ', date: '2024-11-05', piece: { ref: 'PRLV-2024-11' }, label: 'Prélèvement FA2024-0002', type: 'direct-debit',
      source: { customerId: 'C0002', customerName: 'MARTIN; "Léa"', paymentMethod: 'direct-debit' },
      entries: [
        { account: '512000', accountLabel: 'Banque', debit: '96.00' },
        { account: '411000', accountLabel: 'Clients', auxiliary: MARTIN, credit: '96.00', openItem: 'inv-2' },
      ],
    }),
    createTransaction({
      id: 'CA000001', journal: 'CA', date: '2024-11-06', piece: { ref: 'RB2024-0001' }, label: 'Remboursement avoir AV2024-0001', type: 'refund',
      source: { customerId: 'C0002', customerName: 'MARTIN; "Léa"', paymentMethod: 'cash' },
      entries: [
        { account: '411000', accountLabel: 'Clients', auxiliary: MARTIN, debit: '24.00', openItem: 'cn-1' },
        { account: '530000', accountLabel: 'Caisse', credit: '24.00' },
      ],
    }),
    createTransaction({
      id: 'OD000001', journal: 'OD', date: '2024-12-31', piece: { ref: 'PCA2024' }, label: 'PCA abonnement FA2024-0001 287/365 j', type: 'deferral',
      entries: [
        { account: '706100', accountLabel: 'Abonnements', debit: '393.15' },
        { account: '487000', accountLabel: 'Produits constatés d’avance', credit: '393.15' },
      ],
    }),
  ];
}

/** The Book of {@link csvTransactions}. */
export function csvBook(): Book {
  return createBook(csvTransactions());
}

/** The fiscal year of the book. */
export const YEAR = { from: '2024-01-01', to: '2024-12-31' } as const;
