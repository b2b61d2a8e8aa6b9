// The TSDoc @example results of the CSV exports, checked on the golden book they describe.
import { describe, expect, it } from 'vitest';
import { createBook, fiscalDeferredRevenueReport } from '../../../src/index.js';
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
import { goldenTransactions } from '../../ledger/_fixtures.js';
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
});
