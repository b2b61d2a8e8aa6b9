// @ts-nocheck
// The transactions of test/fixtures/123456782FEC20241231.txt (a copy of the shared golden file) (SPEC-FR §6 TV5), written by hand.
import { createTransaction, type Transaction } from '../src/index.js';

const dupont = { number: 'C0001', name: 'DUPONT Jean' };

export const goldenTransactions = (): Transaction[] => [
  createTransaction({
    id: 'AN000001', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN2024' }, label: 'Reprise des soldes', type: 'opening',
    entries: [
      { account: '512000', accountLabel: 'Banque', debit: '1000.00' },
      { account: '101000', accountLabel: 'Capital', credit: '1000.00' },
    ],
  }),
  createTransaction({
    id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Abonnement 12 mois DUPONT', type: 'sale',
    entries: [
      { account: '411000', accountLabel: 'Clients', auxiliary: dupont, debit: '600.00', lettering: { code: 'A', date: '2024-10-15' }, openItem: 'FA2024-0001' },
      { account: '706100', accountLabel: 'Abonnements', credit: '500.00' },
      { account: '445710', accountLabel: 'TVA collectee 20%', credit: '100.00' },
    ],
  }),
  createTransaction({
    id: 'BQ000001', journal: 'BQ', date: '2024-10-15', piece: { ref: 'RG2024-0001' }, label: 'Reglement CB DUPONT FA2024-0001', type: 'payment',
    entries: [
      { account: '512000', accountLabel: 'Banque', debit: '600.00' },
      { account: '411000', accountLabel: 'Clients', auxiliary: dupont, credit: '600.00', lettering: { code: 'A', date: '2024-10-15' }, openItem: 'FA2024-0001' },
    ],
  }),
  createTransaction({
    id: 'OD000001', journal: 'OD', date: '2024-12-31', piece: { ref: 'PCA2024' }, label: 'PCA abonnement FA2024-0001 287/365 j', type: 'deferral',
    entries: [
      { account: '706100', accountLabel: 'Abonnements', debit: '393.15' },
      { account: '487000', accountLabel: "Produits constates d avance", credit: '393.15' },
    ],
  }),
];
