// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthlyLedger, subledger } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { csvMonthlyLedgerFormat, csvSubledgerFormat } from '../../../src/formats/csv/index.js';
import { csvBook, YEAR } from './_book.js';
import { codeOf, read, readObjects, sumOf } from './_read.js';

describe('csv-monthly-ledger', () => {
  it('writes a small file with the seed’s five columns: net per account and month, dated the month end', () => {
    expect(csvMonthlyLedgerFormat.serialize(csvBook(), { period: YEAR, lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Date;Référence;Numéro de compte;Débit;Crédit
      2024-10-31;GL-411000-2024-10;411000;120,00;
      2024-10-31;GL-445710-2024-10;445710;;120,00
      2024-10-31;GL-512000-2024-10;512000;594,00;
      2024-10-31;GL-627000-2024-10;627000;6,00;
      2024-10-31;GL-706100-2024-10;706100;;500,00
      2024-10-31;GL-706200-2024-10;706200;;100,00
      2024-11-30;GL-411000-2024-11;411000;;96,00
      2024-11-30;GL-445710-2024-11;445710;4,00;
      2024-11-30;GL-512000-2024-11;512000;96,00;
      2024-11-30;GL-530000-2024-11;530000;;24,00
      2024-11-30;GL-706200-2024-11;706200;20,00;
      2024-12-31;GL-487000-2024-12;487000;;393,15
      2024-12-31;GL-706100-2024-12;706100;393,15;
      "
    `);
    expect(csvMonthlyLedgerFormat.fileName({ period: YEAR })).toBe('grand-livre-mensuel_2024-01-01_2024-12-31.csv');
  });

  it('writes English headers, French dates and its own reference prefix', () => {
    expect(csvMonthlyLedgerFormat.serialize(csvBook(), { language: 'en', dateFormat: 'dd/mm/yyyy', referencePrefix: 'HC', accounts: { prefixes: ['706'] }, journal: 'VT', lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Date;Reference;Account number;Debit;Credit
      31/10/2024;HC-706100-2024-10;706100;;500,00
      31/10/2024;HC-706200-2024-10;706200;;100,00
      30/11/2024;HC-706200-2024-11;706200;20,00;
      "
    `);
  });

  it('reports bad options with typed errors', () => {
    expect(codeOf(() => csvMonthlyLedgerFormat.serialize(csvBook(), { referencePrefix: 'G L' }))).toBe('invalid_option');
    expect(codeOf(() => csvMonthlyLedgerFormat.serialize(csvBook(), { journal: 'XX' }))).toBe('unknown_journal');
    expect(codeOf(() => csvMonthlyLedgerFormat.fileName({}))).toBe('invalid_option');
  });
});

describe('csv-subledger', () => {
  it('writes a small file with the seed’s 17 columns', () => {
    expect(csvSubledgerFormat.serialize(csvBook(), { period: { from: '2024-10-15', to: '2024-11-05' }, lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Identifiant de référence;Identifiant de la transaction;Date d'affichage;Date de la transaction;Type;Nom du compte;Numéro de compte;Débit;Crédit;Numéro de facture;Centre de coût;Bailleur de fond;Contact de facturation;Client;Identifiant du client;Mémo;Mode de paiement
      VT000001-1;dVT000001;2024-10-15;2024-10-15;vente;Clients;411000;600,00;;FA2024-0001;;CE Acme;Mme Dupont;DUPONT Jean;C0001;abonnement annuel;
      VT000001-2;cVT000001;2024-10-15;2024-10-15;vente;Abonnements;706100;;500,00;FA2024-0001;CLUB-1;CE Acme;Mme Dupont;DUPONT Jean;C0001;abonnement annuel;
      VT000001-3;cVT000001;2024-10-15;2024-10-15;vente;TVA collectée 20%;445710;;100,00;FA2024-0001;;CE Acme;Mme Dupont;DUPONT Jean;C0001;abonnement annuel;
      VT000002-1;dVT000002;2024-10-15;2024-10-15;vente;Clients;411000;120,00;;FA2024-0002;;;;"MARTIN; ""Léa""";C0002;;
      VT000002-2;cVT000002;2024-10-15;2024-10-15;vente;Coaching;706200;;100,00;FA2024-0002;;;;"MARTIN; ""Léa""";C0002;;
      VT000002-3;cVT000002;2024-10-15;2024-10-15;vente;TVA collectée 20%;445710;;20,00;FA2024-0002;;;;"MARTIN; ""Léa""";C0002;;
      BQ000001-1;dBQ000001;2024-10-15;2024-10-15;paiement;CB à encaisser;511500;600,00;;FA2024-0001;;;;DUPONT Jean;C0001;;CB
      BQ000001-2;cBQ000001;2024-10-15;2024-10-15;paiement;Clients;411000;;600,00;FA2024-0001;;;;DUPONT Jean;C0001;;CB
      BQ000002-1;dBQ000002;2024-10-20;2024-10-20;remise en banque;Banque;512000;594,00;;;;;;;;;
      BQ000002-2;dBQ000002;2024-10-20;2024-10-20;remise en banque;Frais bancaires;627000;6,00;;;;;;;;;
      BQ000002-3;cBQ000002;2024-10-20;2024-10-20;remise en banque;CB à encaisser;511500;;600,00;;;;;;;;
      VT000003-1;dVT000003;2024-11-02;2024-11-02;note de crédit;Coaching;706200;20,00;;AV2024-0001;;;;"MARTIN; ""Léa""";C0002;;
      VT000003-2;dVT000003;2024-11-02;2024-11-02;note de crédit;TVA collectée 20%;445710;4,00;;AV2024-0001;;;;"MARTIN; ""Léa""";C0002;;
      VT000003-3;cVT000003;2024-11-02;2024-11-02;note de crédit;Clients;411000;;24,00;AV2024-0001;;;;"MARTIN; ""Léa""";C0002;;
      BQ000003-1;dBQ000003;2024-11-05;2024-11-05;prélèvement;Banque;512000;96,00;;FA2024-0002;;;;"MARTIN; ""Léa""";C0002;;prélèvement
      BQ000003-2;cBQ000003;2024-11-05;2024-11-05;prélèvement;Clients;411000;;96,00;FA2024-0002;;;;"MARTIN; ""Léa""";C0002;;prélèvement
      "
    `);
    expect(csvSubledgerFormat.fileName({ period: YEAR })).toBe('grand-livre-auxiliaire_2024-01-01_2024-12-31.csv');
  });

  it('has the 17 columns in English too', () => {
    const [header] = read(csvSubledgerFormat.serialize(csvBook(), { language: 'en' }));
    expect(header).toEqual([
      'Reference ID', 'Transaction ID', 'Posting date', 'Transaction date', 'Type', 'Account name', 'Account number', 'Debit', 'Credit',
      'Invoice number', 'Cost centre', 'Funder', 'Billing contact', 'Client', 'Client ID', 'Memo', 'Payment method',
    ]);
  });

  it('filters by journal, types and accounts, with its own type wording', () => {
    const rows = readObjects(csvSubledgerFormat.serialize(csvBook(), { journal: ['VT', 'CA'], types: ['refund'], typeLabels: { refund: 'remboursement client' }, accounts: { classes: [5] } }));
    expect(rows.map((r) => [r['Identifiant de référence'], r.Type, r['Crédit']])).toEqual([['CA000001-2', 'remboursement client', '24,00']]);
  });

  it('reports bad options with typed errors', () => {
    expect(codeOf(() => csvSubledgerFormat.serialize(csvBook(), { typeLabels: { sale: 1 as unknown as string } }))).toBe('invalid_option');
    expect(codeOf(() => csvSubledgerFormat.serialize(csvBook(), { types: [''] }))).toBe('invalid_option');
    expect(codeOf(() => csvSubledgerFormat.serialize(csvBook(), { accounts: { prefixes: ['41x'] } }))).toBe('invalid_account');
  });
});

describe('properties', () => {
  const optionsArb = fc.record({
    separator: fc.constantFrom(';' as const, ',' as const, '\t' as const),
    decimal: fc.constantFrom(',' as const, '.' as const),
    lineEnding: fc.constantFrom('\r\n' as const, '\n' as const),
    bom: fc.boolean(),
  });

  it('the subledger file has one record of 17 cells per entry, and each transaction balances', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), optionsArb, (book, options) => {
        const text = csvSubledgerFormat.serialize(book, options);
        const records = read(text, options.separator);
        expect(records.length - 1).toBe(book.entryCount);
        for (const r of records) expect(r).toHaveLength(17);
        const rows = readObjects(text, options.separator);
        const byTransaction = new Map<string, Array<Record<string, string>>>();
        for (const r of rows) {
          const id = r['Identifiant de la transaction']!.slice(1);
          byTransaction.set(id, [...(byTransaction.get(id) ?? []), r]);
        }
        for (const group of byTransaction.values()) expect(sumOf(group, 'Débit', options.decimal)).toBe(sumOf(group, 'Crédit', options.decimal));
        const totals = subledger(book).totals;
        expect(sumOf(rows, 'Débit', options.decimal)).toBe(BigInt(totals.debit.times(100).toFixed(0)));
      }),
      { numRuns: 60 },
    );
  });

  it('the monthly ledger file has one record per report row, one side filled, and balances', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), optionsArb, (book, options) => {
        const rows = readObjects(csvMonthlyLedgerFormat.serialize(book, options), options.separator);
        const report = monthlyLedger(book);
        expect(rows.map((r) => [r.Date, r['Référence'], r['Numéro de compte']])).toEqual(report.rows.map((r) => [r.date, r.reference, r.account]));
        for (const r of rows) expect((r['Débit'] === '') !== (r['Crédit'] === '')).toBe(true);
        expect(sumOf(rows, 'Débit', options.decimal)).toBe(sumOf(rows, 'Crédit', options.decimal));
      }),
      { numRuns: 60 },
    );
  });
});
