// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBook, createJournals, DEFAULT_JOURNALS, journal, subledger } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import {
  csvBankJournalFormat,
  csvReceiptsJournalFormat,
  csvSalesJournalByDayFormat,
  csvSalesJournalFormat,
  RECEIPT_TRANSACTION_TYPES,
} from '../../../src/formats/csv/index.js';
import { csvBook, csvTransactions, YEAR } from './_book.js';
import { codeOf, issueOf, read, readObjects, sumOf } from './_read.js';

describe('csv-sales-journal (detailed per piece, auxiliary accounts)', () => {
  it('writes a small file', () => {
    expect(csvSalesJournalFormat.serialize(csvBook(), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Code journal;Date;N° écriture;Pièce;Date pièce;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Libellé;Débit;Crédit;Lettrage
      VT;2024-10-15;VT000001;FA2024-0001;2024-10-15;411000;Clients;C0001;DUPONT Jean;Abonnement 12 mois DUPONT;600,00;;A
      VT;2024-10-15;VT000001;FA2024-0001;2024-10-15;706100;Abonnements;;;Abonnement 12 mois DUPONT;;500,00;
      VT;2024-10-15;VT000001;FA2024-0001;2024-10-15;445710;TVA collectée 20%;;;Abonnement 12 mois DUPONT;;100,00;
      VT;2024-10-15;VT000002;FA2024-0002;2024-10-15;411000;Clients;C0002;"MARTIN; ""Léa""";"'=Coaching ""premium""; séance
      à domicile";120,00;;
      VT;2024-10-15;VT000002;FA2024-0002;2024-10-15;706200;Coaching;;;"'=Coaching ""premium""; séance
      à domicile";;100,00;
      VT;2024-10-15;VT000002;FA2024-0002;2024-10-15;445710;TVA collectée 20%;;;"'=Coaching ""premium""; séance
      à domicile";;20,00;
      VT;2024-11-02;VT000003;AV2024-0001;2024-11-02;706200;Coaching;;;Avoir séance annulée;20,00;;
      VT;2024-11-02;VT000003;AV2024-0001;2024-11-02;445710;TVA collectée 20%;;;Avoir séance annulée;4,00;;
      VT;2024-11-02;VT000003;AV2024-0001;2024-11-02;411000;Clients;C0002;"MARTIN; ""Léa""";Avoir séance annulée;;24,00;
      "
    `);
  });

  it('writes English headers, commas, decimal dots, French dates and a BOM on request', () => {
    const text = csvSalesJournalFormat.serialize(csvBook(), { language: 'en', separator: ',', decimal: '.', bom: true, dateFormat: 'dd/mm/yyyy', period: { from: '2024-11-01', to: '2024-11-30' } });
    expect(text).toMatchInlineSnapshot(`
      "﻿Journal code,Date,Entry no.,Document ref.,Document date,Account,Account label,Auxiliary account,Auxiliary name,Label,Debit,Credit,Matching
      VT,02/11/2024,VT000003,AV2024-0001,02/11/2024,706200,Coaching,,,Avoir séance annulée,20.00,,
      VT,02/11/2024,VT000003,AV2024-0001,02/11/2024,445710,TVA collectée 20%,,,Avoir séance annulée,4.00,,
      VT,02/11/2024,VT000003,AV2024-0001,02/11/2024,411000,Clients,C0002,"MARTIN; ""Léa""",Avoir séance annulée,,24.00,
      "
    `);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5);
  });

  it('names its file after the period, and needs one', () => {
    expect(csvSalesJournalFormat.fileName({ period: YEAR })).toBe('journal-ventes_2024-01-01_2024-12-31.csv');
    expect(issueOf(() => csvSalesJournalFormat.fileName({}))).toMatchInlineSnapshot(`
      {
        "code": "invalid_option",
        "message": "The file name journal-ventes_<from>_<to>.csv needs the period: pass fileName({ period: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' } }).",
        "path": [
          "period",
        ],
      }
    `);
    expect(codeOf(() => csvSalesJournalFormat.fileName({ period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => csvSalesJournalFormat.fileName({ period: { from: '2024-02-30', to: '2024-12-31' } }))).toMatch(/^invalid_(period|date)$/);
  });

  it('lists the journals of kind sales of the book, or the ones asked', () => {
    const txs = csvTransactions().map((t) => t);
    const journals = createJournals([...DEFAULT_JOURNALS.filter((j) => j.code !== 'VT'), { code: 'VT', label: 'Ventes', kind: 'general' }, { code: 'BQ2', label: 'Ventes 2', kind: 'sales' }]);
    const book = createBook(txs, { journals });
    // VT is no longer of kind sales: the default sales journal (BQ2) is empty
    expect(csvSalesJournalFormat.serialize(book).split('\r\n')).toHaveLength(2);
    expect(csvSalesJournalFormat.serialize(book, { journal: 'VT' })).toBe(csvSalesJournalFormat.serialize(csvBook()));
    expect(csvSalesJournalFormat.serialize(csvBook(), { journal: ['CA'] }).split('\r\n')).toHaveLength(4);
  });

  it('reports bad options with typed errors', () => {
    expect(codeOf(() => csvSalesJournalFormat.serialize(csvBook(), { journal: 'XX' }))).toBe('unknown_journal');
    expect(codeOf(() => csvSalesJournalFormat.serialize(csvBook(), { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => csvSalesJournalFormat.serialize(csvBook(), { separator: '|' as ';' }))).toBe('invalid_option');
    expect(codeOf(() => csvSalesJournalFormat.serialize(csvBook(), { level: 'detail' as 'general' }))).toBe('invalid_option');
    expect(codeOf(() => csvSalesJournalFormat.serialize(csvBook(), { dateFormat: 'mm/dd/yyyy' as 'iso' }))).toBe('invalid_option');
  });

  it('encodes, streams and serialises the same text', () => {
    const book = csvBook();
    const text = csvSalesJournalFormat.serialize(book);
    expect([...csvSalesJournalFormat.chunks(book)].join('')).toBe(text);
    expect(new TextDecoder().decode(csvSalesJournalFormat.encode(book))).toBe(text);
  });

  it('accepts transactions as well as a Book, and does not mutate them', () => {
    const txs = csvTransactions();
    const before = JSON.stringify(txs);
    expect(csvSalesJournalFormat.serialize(txs)).toBe(csvSalesJournalFormat.serialize(createBook(txs)));
    expect(JSON.stringify(txs)).toBe(before);
  });
});

describe('csv-sales-journal-by-day', () => {
  it('writes a small file: one balanced entry per day, one line per account and side', () => {
    expect(csvSalesJournalByDayFormat.serialize(csvBook(), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Code journal;Date;N° écriture;Pièce;Date pièce;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Libellé;Débit;Crédit
      VT;2024-10-15;VT-20241015;VT-20241015;2024-10-15;411000;Clients;;;Ventes du 15/10/2024;720,00;
      VT;2024-10-15;VT-20241015;VT-20241015;2024-10-15;445710;TVA collectée 20%;;;Ventes du 15/10/2024;;120,00
      VT;2024-10-15;VT-20241015;VT-20241015;2024-10-15;706100;Abonnements;;;Ventes du 15/10/2024;;500,00
      VT;2024-10-15;VT-20241015;VT-20241015;2024-10-15;706200;Coaching;;;Ventes du 15/10/2024;;100,00
      VT;2024-11-02;VT-20241102;VT-20241102;2024-11-02;411000;Clients;;;Ventes du 02/11/2024;;24,00
      VT;2024-11-02;VT-20241102;VT-20241102;2024-11-02;445710;TVA collectée 20%;;;Ventes du 02/11/2024;4,00;
      VT;2024-11-02;VT-20241102;VT-20241102;2024-11-02;706200;Coaching;;;Ventes du 02/11/2024;20,00;
      "
    `);
    expect(csvSalesJournalByDayFormat.fileName({ period: YEAR })).toBe('journal-ventes-par-jour_2024-01-01_2024-12-31.csv');
  });

  it('shows one 411 line per customer at the auxiliary level', () => {
    const rows = readObjects(csvSalesJournalByDayFormat.serialize(csvBook(), { level: 'auxiliary', period: { from: '2024-10-15', to: '2024-10-15' } }));
    expect(rows.filter((r) => r.Compte === '411000').map((r) => [r['Compte auxiliaire'], r['Débit']])).toEqual([
      ['C0001', '600,00'],
      ['C0002', '120,00'],
    ]);
  });
});

describe('csv-bank-journal', () => {
  it('writes a small file', () => {
    expect(csvBankJournalFormat.serialize(csvBook(), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Code journal;Date;N° écriture;Pièce;Date pièce;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Libellé;Débit;Crédit;Lettrage
      BQ;2024-10-15;BQ000001;RG2024-0001;2024-10-15;511500;CB à encaisser;;;Règlement CB DUPONT FA2024-0001;600,00;;
      BQ;2024-10-15;BQ000001;RG2024-0001;2024-10-15;411000;Clients;C0001;DUPONT Jean;Règlement CB DUPONT FA2024-0001;;600,00;A
      BQ;2024-10-20;BQ000002;RCB-20241020;2024-10-20;512000;Banque;;;Remise CB du 20/10/2024;594,00;;
      BQ;2024-10-20;BQ000002;RCB-20241020;2024-10-20;627000;Frais bancaires;;;Remise CB du 20/10/2024;6,00;;
      BQ;2024-10-20;BQ000002;RCB-20241020;2024-10-20;511500;CB à encaisser;;;Remise CB du 20/10/2024;;600,00;
      BQ;2024-11-05;BQ000003;PRLV-2024-11;2024-11-05;512000;Banque;;;Prélèvement FA2024-0002;96,00;;
      BQ;2024-11-05;BQ000003;PRLV-2024-11;2024-11-05;411000;Clients;C0002;"MARTIN; ""Léa""";Prélèvement FA2024-0002;;96,00;
      "
    `);
    expect(csvBankJournalFormat.fileName({ period: YEAR })).toBe('journal-banque_2024-01-01_2024-12-31.csv');
  });
});

describe('csv-receipts-journal', () => {
  it('writes a small file: payments, direct debits and refunds of every journal, with method, customer and invoice', () => {
    expect(csvReceiptsJournalFormat.serialize(csvBook(), { lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Code journal;Date;Pièce;Type;Mode de paiement;Compte;Libellé compte;Compte auxiliaire;Client;Facture;Libellé;Débit;Crédit
      BQ;2024-10-15;RG2024-0001;paiement;CB;511500;CB à encaisser;;DUPONT Jean;FA2024-0001;Règlement CB DUPONT FA2024-0001;600,00;
      BQ;2024-10-15;RG2024-0001;paiement;CB;411000;Clients;C0001;DUPONT Jean;FA2024-0001;Règlement CB DUPONT FA2024-0001;;600,00
      BQ;2024-11-05;PRLV-2024-11;prélèvement;prélèvement;512000;Banque;;"MARTIN; ""Léa""";FA2024-0002;Prélèvement FA2024-0002;96,00;
      BQ;2024-11-05;PRLV-2024-11;prélèvement;prélèvement;411000;Clients;C0002;"MARTIN; ""Léa""";FA2024-0002;Prélèvement FA2024-0002;;96,00
      CA;2024-11-06;RB2024-0001;remboursement;espèces;411000;Clients;C0002;"MARTIN; ""Léa""";AV2024-0001;Remboursement avoir AV2024-0001;24,00;
      CA;2024-11-06;RB2024-0001;remboursement;espèces;530000;Caisse;;"MARTIN; ""Léa""";AV2024-0001;Remboursement avoir AV2024-0001;;24,00
      "
    `);
    expect(csvReceiptsJournalFormat.fileName({ period: YEAR })).toBe('journal-encaissements_2024-01-01_2024-12-31.csv');
  });

  it('filters by journal, types and accounts, and rewords payment methods and types', () => {
    const book = csvBook();
    const rows = readObjects(
      csvReceiptsJournalFormat.serialize(book, { journal: 'BQ', types: ['payment'], accounts: { prefixes: ['411'] }, paymentMethodLabels: { card: 'Carte bancaire' }, typeLabels: { payment: 'règlement' } }),
    );
    expect(rows.map((r) => [r.Type, r['Mode de paiement'], r.Compte, r['Crédit']])).toEqual([['règlement', 'Carte bancaire', '411000', '600,00']]);
    expect(RECEIPT_TRANSACTION_TYPES).toEqual(['payment', 'refund', 'direct-debit', 'rejection']);
  });

  it('reports bad options with typed errors', () => {
    expect(codeOf(() => csvReceiptsJournalFormat.serialize(csvBook(), { paymentMethodLabels: { card: 3 as unknown as string } }))).toBe('invalid_option');
    expect(codeOf(() => csvReceiptsJournalFormat.serialize(csvBook(), { types: 'payment' as unknown as string[] }))).toBe('invalid_option');
    expect(codeOf(() => csvReceiptsJournalFormat.serialize(csvBook(), { journal: 'ZZ' }))).toBe('unknown_journal');
    expect(codeOf(() => csvReceiptsJournalFormat.serialize(csvBook(), { accounts: { prefixes: ['9'] } }))).toBe('unknown_account');
  });
});

describe('properties', () => {
  const optionsArb = fc.record({
    separator: fc.constantFrom(';' as const, ',' as const, '\t' as const),
    decimal: fc.constantFrom(',' as const, '.' as const),
    lineEnding: fc.constantFrom('\r\n' as const, '\n' as const),
    bom: fc.boolean(),
  });

  it('one record per journal line: parsing the sales and bank journals gives the report lines, and Σ debit = Σ credit = the report totals', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), optionsArb, fc.constantFrom(csvSalesJournalFormat, csvSalesJournalByDayFormat, csvBankJournalFormat), (book, options, format) => {
        const text = format.serialize(book, options);
        const rows = readObjects(text, options.separator);
        const codes = format === csvBankJournalFormat ? 'BQ' : 'VT';
        const report = journal(book, { journal: codes, grouping: format === csvSalesJournalByDayFormat ? 'by-account-and-day' : 'detailed' });
        const lines = [...report];
        expect(rows.map((r) => [r['Code journal'], r.Compte, r['Pièce']])).toEqual(lines.map((l) => [l.journal, l.account, l.pieceRef]));
        const debit = sumOf(rows, 'Débit', options.decimal);
        expect(debit).toBe(sumOf(rows, 'Crédit', options.decimal));
        expect(debit).toBe(BigInt(report.totals.debit.times(100).toFixed(0)));
      }),
      { numRuns: 60 },
    );
  });

  it('the receipts journal lists exactly the entries of the receipt transactions', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const rows = read(csvReceiptsJournalFormat.serialize(book));
        expect(rows.length - 1).toBe(subledger(book, { types: RECEIPT_TRANSACTION_TYPES }).rowCount);
      }),
      { numRuns: 30 },
    );
  });
});
