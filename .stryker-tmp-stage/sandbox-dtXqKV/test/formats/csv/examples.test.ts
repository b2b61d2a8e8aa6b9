// @ts-nocheck
// The TSDoc @example results of the CSV exports, checked on the golden book they describe.
import { describe, expect, it } from 'vitest';
import { agedReceivables, createBook, createTransaction, fiscalDeferredRevenueReport, formats, tillClosings, tillClosingsCsvRows, vatSynthesis, vatSynthesisCsvRows } from '../../../src/index.js';
import {
  csvBankJournalFormat,
  csvCustomerTrialBalanceFormat,
  csvDeferredRevenueFormat,
  csvMonthlyLedgerFormat,
  csvReceiptsJournalFormat,
  csvSalesJournalByDayFormat,
  csvSalesJournalFormat,
  csvSubledgerFormat,
  csvTrialBalanceFormat,
} from '../../../src/formats/csv/index.js';
import { goldenTransactions, receivablesTransactions } from '../../ledger/_fixtures.js';
import { tv1 } from '../../revenue/_fixtures.js';

describe('TSDoc examples', () => {
  const book = createBook(goldenTransactions());
  const lines = (text: string): string[] => text.split('\n');

  it('hold for every CSV export', () => {
    expect(csvSalesJournalFormat.serialize(book).split('\r\n').slice(0, 2)).toEqual([
      'Code journal;Date;N° écriture;Pièce;Date pièce;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Libellé;Débit;Crédit;Lettrage',
      'VT;2024-10-15;VT000001;FA2024-0001;2024-10-15;411000;Clients;C0001;DUPONT Jean;Abonnement 12 mois DUPONT;600,00;;A',
    ]);
    expect(lines(csvSalesJournalByDayFormat.serialize(book, { lineEnding: '\n' }))[1]).toBe('VT;2024-10-15;VT-20241015;VT-20241015;2024-10-15;411000;Clients;;;Ventes du 15/10/2024;600,00;');
    expect(csvBankJournalFormat.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } })).toBe('journal-banque_2024-01-01_2024-12-31.csv');
    expect(lines(csvReceiptsJournalFormat.serialize(book, { lineEnding: '\n' })).slice(1, 3)).toEqual([
      'BQ;2024-10-15;RG2024-0001;paiement;CB;512000;Banque;;DUPONT Jean;FA2024-0001;Reglement CB DUPONT FA2024-0001;600,00;',
      'BQ;2024-10-15;RG2024-0001;paiement;CB;411000;Clients;C0001;DUPONT Jean;FA2024-0001;Reglement CB DUPONT FA2024-0001;;600,00',
    ]);
    expect(lines(csvTrialBalanceFormat.serialize(book, { lineEnding: '\n' })).slice(0, 2)).toEqual([
      'Compte;Libellé;À-nouveaux débit;À-nouveaux crédit;Mouvements débit;Mouvements crédit;Solde débiteur;Solde créditeur',
      '101000;Capital;0,00;1000,00;0,00;0,00;0,00;1000,00',
    ]);
    expect(lines(csvCustomerTrialBalanceFormat.serialize(book, { lineEnding: '\n' }))[1]).toBe('411000;C0001;DUPONT Jean;0,00;0,00;600,00;600,00;0,00;0,00');
    expect(lines(csvMonthlyLedgerFormat.serialize(book, { lineEnding: '\n' })).slice(0, 2)).toEqual(['Date;Référence;Numéro de compte;Débit;Crédit', '2024-10-31;GL-445710-2024-10;445710;;100,00']);
    expect(lines(csvSubledgerFormat.serialize(book, { journal: 'VT', lineEnding: '\n' }))[1]).toBe(
      'VT000001-1;dVT000001;2024-10-15;2024-10-15;vente;Clients;411000;600,00;;FA2024-0001;;;;DUPONT Jean;C0001;abonnement annuel;',
    );
    const report = fiscalDeferredRevenueReport([tv1()], { cutoff: '2024-12-31' });
    expect(lines(csvDeferredRevenueFormat.serialize(report, { lineEnding: '\n' }))[1]).toBe(
      'DUPONT Jean;C0001;Abonnement 12 mois;FA2024-0001;2024-10-15;2024-10-15;2025-10-14;600,00;500,00;365;287;days;;;287/365;393,15',
    );
  });

  it('hold for the general ledger, purchases journal, VAT synthesis, aged receivables and till closings exports', () => {
    expect(lines(formats.csvGeneralLedger.serialize(book, { lineEnding: '\n', accounts: { prefixes: ['512'] } })).slice(0, 3)).toEqual([
      'Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Ligne;Date;Code journal;N° écriture;Pièce;Date pièce;Libellé;Débit;Crédit;Solde progressif;Lettrage',
      '512000;Banque;;;À-nouveau;2024-01-01;;;;;;1000,00;;1000,00;',
      '512000;Banque;;;Écriture;2024-10-15;BQ;BQ000001;RG2024-0001;2024-10-15;Reglement CB DUPONT FA2024-0001;600,00;;1600,00;',
    ]);
    const bill = createTransaction({
      id: 'AC000001', journal: 'AC', date: '2024-03-05', piece: { ref: 'F-EDF-0324' }, label: 'Facture EDF F-EDF-0324', type: 'purchase',
      entries: [{ account: '606100', debit: '100.00' }, { account: '445660', debit: '20.00', vat: { rate: '20', base: '100.00' } }, { account: '401000', auxiliary: { number: 'F0001', name: 'EDF' }, credit: '120.00' }],
    });
    expect(formats.csvPurchasesJournal.serialize(createBook([...goldenTransactions(), bill])).split('\r\n')[1]).toBe(
      'AC;2024-03-05;AC000001;F-EDF-0324;2024-03-05;606100;Achats non stockés de matière et fournitures;;;Facture EDF F-EDF-0324;100,00;;',
    );
    expect(formats.csvPurchasesJournal.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } })).toBe('journal-achats_2024-01-01_2024-12-31.csv');
    const sale = createTransaction({
      id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Vente', type: 'sale',
      entries: [{ account: '411000', debit: '655.00' }, { account: '706100', credit: '500.00' }, { account: '445710', credit: '100.00', vat: { rate: '20', base: '500.00' } }, { account: '707100', credit: '50.00' }, { account: '445710', credit: '5.00', vat: { rate: '10', base: '50.00' } }],
    });
    const synthesis = vatSynthesis(createBook([sale, bill]), { period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(lines(formats.csvVatSynthesis.serialize(synthesis, { lineEnding: '\n' }))[1]).toBe('Taux;20;;500,00;100,00;100,00;20,00;0,00;0,00;;;');
    expect(vatSynthesisCsvRows(synthesis).map((r) => r.line)).toEqual(['rate', 'rate', 'total']);
    expect(formats.csvVatSynthesis.fileName({ period: { from: '2024-01-01', to: '2024-12-31' } })).toBe('synthese-tva_2024-01-01_2024-12-31.csv');
    expect(lines(formats.csvAgedReceivables.serialize(agedReceivables(receivablesTransactions(), { asOf: '2024-12-31' }), { lineEnding: '\n' })).slice(0, 2)).toEqual([
      'Compte auxiliaire;Nom;0–30 j;31–60 j;61–90 j;> 90 j;Total',
      'C0001;DUPONT Jean;0,00;0,00;400,00;0,00;400,00',
    ]);
    expect(formats.csvAgedReceivables.fileName({ closingDate: '2024-12-31' })).toBe('balance-agee-clients_2024-12-31.csv');
    const closing = {
      type: 'till-closing', id: 'z-1', till: 'CAISSE1', day: '2024-07-15', countedCash: '6.90',
      tickets: [
        { id: 't1', lines: [{ label: 'Baguette', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }, { label: 'Bière', account: '707200', quantity: '1', unitPrice: '4.00', vatRate: '20' }], payments: [{ method: 'cash', amount: '7.00' }] },
        { id: 't2', customer: { id: 'C0002', name: 'MARTIN Léa' }, lines: [{ label: 'Baguette', account: '707100', quantity: '1.5', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'card', amount: '2.00' }] },
      ],
    };
    const period = { from: '2024-07-01', to: '2024-07-31' };
    const report = tillClosings([closing], { period });
    const z = report.closings[0]!;
    expect([z.ticketCount, z.revenue.toFixed(2), z.expectedCash.toFixed(2), z.difference.toFixed(2), z.differenceAccount]).toEqual([2, '9.25', '7.00', '-0.10', '658']);
    expect(tillClosingsCsvRows(report).map((r) => r.code)).toEqual(['tickets', '20', '5.5', 'revenue', 'card', 'cash', 'onAccount', 'expectedCash', 'countedCash', 'difference']);
    expect(lines(formats.csvTillClosings.serialize(report, { lineEnding: '\n' }))[0]).toBe('Date;Caisse;N° Z;Section;Code;Libellé;Taux TVA;Nombre;Montant HT;TVA;Montant TTC;Compte');
    expect(formats.csvTillClosings.fileName({ period })).toBe('clotures-caisse_2024-07-01_2024-07-31.csv');
  });
});
