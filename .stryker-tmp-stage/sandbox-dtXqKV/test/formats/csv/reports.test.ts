// @ts-nocheck
// The general ledger with running balances, the purchases journal, the VAT synthesis and
// the aged receivables as CSV: inline snapshots of small files, read back with csv-parse,
// bad input by code, and the laws that tie each file to its report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agedReceivables, createBook, createTransaction, formats, generalLedger, vatSynthesis, type Transaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { goldenTransactions, receivablesTransactions } from '../../ledger/_fixtures.js';
import { codeOf, read, readObjects, sumOf } from './_read.js';

const YEAR = { from: '2024-01-01', to: '2024-12-31' } as const;
const lines = (text: string): string[] => text.split('\r\n');

/** A supplier bill on the purchases journal (AC), with its auxiliary account. */
const bill = (id: string, date: string, ref: string, base: string, vat: string, total: string): Transaction =>
  createTransaction({
    id, journal: 'AC', date, piece: { ref }, label: `Facture EDF ${ref}`, type: 'purchase',
    entries: [
      { account: '606100', debit: base },
      { account: '445660', debit: vat },
      { account: '401000', auxiliary: { number: 'F0001', name: 'EDF' }, credit: total },
    ],
  });

describe('formats.csvGeneralLedger', () => {
  it('snapshots the bank section of the golden book: opening, entries with the running balance, totals, closing', () => {
    const text = formats.csvGeneralLedger.serialize(createBook(goldenTransactions()), { accounts: { prefixes: ['512', '411'] } });
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Ligne;Date;Code journal;N° écriture;Pièce;Date pièce;Libellé;Débit;Crédit;Solde progressif;Lettrage",
        "411000;Clients;;;À-nouveau;2024-01-01;;;;;;;;0,00;",
        "411000;Clients;;;Écriture;2024-10-15;VT;VT000001;FA2024-0001;2024-10-15;Abonnement 12 mois DUPONT;600,00;;600,00;A",
        "411000;Clients;;;Écriture;2024-10-15;BQ;BQ000001;RG2024-0001;2024-10-15;Reglement CB DUPONT FA2024-0001;;600,00;0,00;A",
        "411000;Clients;;;Total;2024-12-31;;;;;;600,00;600,00;0,00;",
        "411000;Clients;;;Solde;2024-12-31;;;;;;;;0,00;",
        "512000;Banque;;;À-nouveau;2024-01-01;;;;;;1000,00;;1000,00;",
        "512000;Banque;;;Écriture;2024-10-15;BQ;BQ000001;RG2024-0001;2024-10-15;Reglement CB DUPONT FA2024-0001;600,00;;1600,00;",
        "512000;Banque;;;Total;2024-12-31;;;;;;600,00;;1600,00;",
        "512000;Banque;;;Solde;2024-12-31;;;;;;1600,00;;1600,00;",
        "",
      ]
    `);
    expect(formats.csvGeneralLedger.fileName({ period: YEAR })).toBe('grand-livre_2024-01-01_2024-12-31.csv');
  });

  it('reads back with csv-parse: each entry line moves the running balance by debit − credit, and the sections close on the trial balance', () => {
    const book = createBook(goldenTransactions());
    const rows = readObjects(formats.csvGeneralLedger.serialize(book, { period: YEAR }));
    const report = generalLedger(book, { period: YEAR });
    expect(rows.length).toBe([...report].length);
    const closing = rows.filter((r) => r.Ligne === 'Solde');
    expect(closing.map((r) => r.Compte)).toEqual(report.accounts.map((a) => a.account));
    expect(sumOf(closing, 'Débit') - sumOf(closing, 'Crédit')).toBe(0n);
  });

  it('writes English headers on request, and refuses a bad level or a file name without period', () => {
    const book = createBook(goldenTransactions());
    expect(lines(formats.csvGeneralLedger.serialize(book, { language: 'en' }))[0]).toBe(
      'Account;Account label;Auxiliary account;Auxiliary name;Row;Date;Journal code;Entry no.;Document ref.;Document date;Label;Debit;Credit;Running balance;Matching',
    );
    expect(codeOf(() => formats.csvGeneralLedger.serialize(book, { level: 'x' as never }))).toBe('invalid_option');
    expect(codeOf(() => formats.csvGeneralLedger.fileName({}))).toBe('invalid_option');
    expect(codeOf(() => formats.csvGeneralLedger.serialize(book, { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
  });
});

describe('formats.csvPurchasesJournal', () => {
  it('lists the AC journal, one line per entry, with the supplier auxiliary account', () => {
    const book = createBook([...goldenTransactions(), bill('AC000001', '2024-03-05', 'F-EDF-0324', '100.00', '20.00', '120.00')]);
    expect(lines(formats.csvPurchasesJournal.serialize(book))).toMatchInlineSnapshot(`
      [
        "Code journal;Date;N° écriture;Pièce;Date pièce;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Libellé;Débit;Crédit;Lettrage",
        "AC;2024-03-05;AC000001;F-EDF-0324;2024-03-05;606100;Achats non stockés de matière et fournitures;;;Facture EDF F-EDF-0324;100,00;;",
        "AC;2024-03-05;AC000001;F-EDF-0324;2024-03-05;445660;TVA sur autres biens et services;;;Facture EDF F-EDF-0324;20,00;;",
        "AC;2024-03-05;AC000001;F-EDF-0324;2024-03-05;401000;Fournisseurs;F0001;EDF;Facture EDF F-EDF-0324;;120,00;",
        "",
      ]
    `);
    expect(formats.csvPurchasesJournal.fileName({ period: YEAR })).toBe('journal-achats_2024-01-01_2024-12-31.csv');
    expect(codeOf(() => formats.csvPurchasesJournal.serialize(book, { journal: 'ZZ' }))).toBe('unknown_journal');
  });
});

describe('formats.csvVatSynthesis', () => {
  it('snapshots a small book: one line per rate, highest first, then the totals with the net VAT due', () => {
    const sale = createTransaction({
      id: 'VT000001', journal: 'VT', date: '2024-10-15', piece: { ref: 'FA2024-0001' }, label: 'Ventes', type: 'sale',
      entries: [
        { account: '411000', debit: '655.00' },
        { account: '706100', credit: '500.00' },
        { account: '445710', credit: '100.00', vat: { rate: '20', base: '500.00' } },
        { account: '707100', credit: '50.00' },
        { account: '445710', credit: '5.00', vat: { rate: '10', base: '50.00' } },
      ],
    });
    const purchase = createTransaction({
      id: 'AC000001', journal: 'AC', date: '2024-03-05', piece: { ref: 'F-EDF-0324' }, label: 'Facture EDF', type: 'purchase',
      entries: [{ account: '606100', debit: '100.00' }, { account: '445660', debit: '20.00', vat: { rate: '20', base: '100.00' } }, { account: '401000', credit: '120.00' }],
    });
    const synthesis = vatSynthesis(createBook([sale, purchase]), { period: YEAR });
    const text = formats.csvVatSynthesis.serialize(synthesis);
    expect(lines(text)).toMatchInlineSnapshot(`
      [
        "Ligne;Taux TVA;Motif;Base HT collectée;TVA collectée;Base HT déductible;TVA déductible;TVA en attente (période);TVA en attente à la fin;TVA déductible en attente (période);TVA déductible en attente à la fin;TVA nette due",
        "Taux;20;;500,00;100,00;100,00;20,00;0,00;0,00;;;",
        "Taux;10;;50,00;5,00;0,00;0,00;0,00;0,00;;;",
        "Total;;;550,00;105,00;100,00;20,00;0,00;0,00;;;85,00",
        "",
      ]
    `);
    // the file's figures are the report's
    const rows = readObjects(text);
    expect(rows.at(-1)!['TVA nette due']).toBe(synthesis.netVatDue.toFixed(2).replace('.', ','));
    expect(sumOf(rows.filter((r) => r.Ligne === 'Taux'), 'TVA collectée')).toBe(sumOf(rows.filter((r) => r.Ligne === 'Total'), 'TVA collectée'));
    expect(formats.csvVatSynthesis.fileName({ period: YEAR })).toBe('synthese-tva_2024-01-01_2024-12-31.csv');
    expect(codeOf(() => formats.csvVatSynthesis.serialize(synthesis, { separator: '|' as never }))).toBe('invalid_option');
  });
});

describe('formats.csvAgedReceivables', () => {
  it('snapshots the receivables book: one column per bucket, a Total line', () => {
    const report = agedReceivables(receivablesTransactions(), { asOf: '2024-12-31' });
    expect(lines(formats.csvAgedReceivables.serialize(report))).toMatchInlineSnapshot(`
      [
        "Compte auxiliaire;Nom;0–30 j;31–60 j;61–90 j;> 90 j;Total",
        "C0001;DUPONT Jean;0,00;0,00;400,00;0,00;400,00",
        "C0002;MARTIN Léa;-50,00;0,00;0,00;0,00;-50,00",
        "C0003;DURAND Paul;-30,00;0,00;0,00;0,00;-30,00",
        "C0004;PETIT Anne;0,00;0,00;0,00;200,00;200,00",
        "Total;;-80,00;0,00;400,00;200,00;520,00",
        "",
      ]
    `);
    expect(lines(formats.csvAgedReceivables.serialize(report, { totals: false })).some((l) => l.startsWith('Total'))).toBe(false);
    expect(formats.csvAgedReceivables.fileName({ closingDate: '2024-12-31' })).toBe('balance-agee-clients_2024-12-31.csv');
    expect(codeOf(() => formats.csvAgedReceivables.serialize(report, { totals: 'no' as never }))).toBe('invalid_option');
    expect(codeOf(() => formats.csvAgedReceivables.fileName({}))).toBe('invalid_option');
  });
});

describe('properties', () => {
  it('general ledger CSV: every entry line’s running balance is the previous line’s plus debit − credit, and each closing equals the section’s last balance', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 12 }), (book) => {
        const rows = read(formats.csvGeneralLedger.serialize(book, { decimal: '.' })).slice(1);
        const cents = (s: string | undefined) => (s === undefined || s === '' ? 0n : BigInt(s.replace('.', '')));
        let balance = 0n;
        for (const r of rows) {
          const [kind, debit, credit, running] = [r[4], r[11], r[12], r[13]];
          if (kind === 'À-nouveau') balance = cents(running);
          else if (kind === 'Écriture') {
            balance += cents(debit) - cents(credit);
            if (cents(running) !== balance) return false;
          } else if (cents(running) !== balance) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('aged receivables CSV: each customer line’s buckets add up to its total, and the Total line to the report’s', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 12 }), (book) => {
        const report = agedReceivables(book);
        const rows = readObjects(formats.csvAgedReceivables.serialize(report, { decimal: '.' }), ';');
        const buckets = report.buckets.map((b) => `${b.label} j`);
        return rows.every((r) => buckets.reduce((s, b) => s + sumOf([r], b, '.'), 0n) === sumOf([r], 'Total', '.'));
      }),
      { numRuns: 60 },
    );
  });
});
