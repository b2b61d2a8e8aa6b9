// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBook, createTransaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { csvCustomerTrialBalanceFormat, csvTrialBalanceFormat } from '../../../src/formats/csv/index.js';
import { csvBook, YEAR } from './_book.js';
import { codeOf, issueOf, readObjects, sumOf } from './_read.js';

const AMOUNTS = ['À-nouveaux débit', 'À-nouveaux crédit', 'Mouvements débit', 'Mouvements crédit', 'Solde débiteur', 'Solde créditeur'];

describe('csv-trial-balance', () => {
  it('writes a small file, ending with the totals', () => {
    expect(csvTrialBalanceFormat.serialize(csvBook(), { period: YEAR, lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Compte;Libellé;À-nouveaux débit;À-nouveaux crédit;Mouvements débit;Mouvements crédit;Solde débiteur;Solde créditeur
      101000;Capital;0,00;1000,00;0,00;0,00;0,00;1000,00
      411000;Clients;0,00;0,00;744,00;720,00;24,00;0,00
      445710;TVA collectée 20%;0,00;0,00;4,00;120,00;0,00;116,00
      487000;Produits constatés d’avance;0,00;0,00;0,00;393,15;0,00;393,15
      511500;CB à encaisser;0,00;0,00;600,00;600,00;0,00;0,00
      512000;Banque;1000,00;0,00;690,00;0,00;1690,00;0,00
      530000;Caisse;0,00;0,00;0,00;24,00;0,00;24,00
      627000;Frais bancaires;0,00;0,00;6,00;0,00;6,00;0,00
      706100;Abonnements;0,00;0,00;393,15;500,00;0,00;106,85
      706200;Coaching;0,00;0,00;20,00;100,00;0,00;80,00
      Total;;1000,00;1000,00;2457,15;2457,15;1720,00;1720,00
      "
    `);
    expect(csvTrialBalanceFormat.fileName({ period: YEAR })).toBe('balance-generale_2024-01-01_2024-12-31.csv');
  });

  it('writes English headers, filters accounts, and leaves the totals out on request', () => {
    expect(csvTrialBalanceFormat.serialize(csvBook(), { accounts: { classes: [5] }, totals: false, language: 'en', separator: '\t', decimal: '.', lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Account	Label	Opening debit	Opening credit	Movements debit	Movements credit	Closing debit	Closing credit
      511500	CB à encaisser	0.00	0.00	600.00	600.00	0.00	0.00
      512000	Banque	1000.00	0.00	690.00	0.00	1690.00	0.00
      530000	Caisse	0.00	0.00	0.00	24.00	0.00	24.00
      "
    `);
  });

  it('reports bad options with typed errors', () => {
    expect(codeOf(() => csvTrialBalanceFormat.serialize(csvBook(), { totals: 'yes' as unknown as boolean }))).toBe('invalid_option');
    expect(codeOf(() => csvTrialBalanceFormat.serialize(csvBook(), { opening: 'all' as 'entries' }))).toBe('invalid_option');
    expect(codeOf(() => csvTrialBalanceFormat.serialize(csvBook(), { accounts: { prefixes: ['9'] } }))).toBe('unknown_account');
    expect(codeOf(() => csvTrialBalanceFormat.serialize(csvBook(), { period: { from: '2024', to: '2025' } }))).toMatch(/^invalid_(period|date)$/);
    expect(issueOf(() => csvTrialBalanceFormat.fileName({ closingDate: '2024-12-31' })).path).toEqual(['period']);
  });
});

describe('csv-customer-trial-balance', () => {
  it('writes a small file: one line per customer, then the totals', () => {
    expect(csvCustomerTrialBalanceFormat.serialize(csvBook(), { period: YEAR, lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Compte;Compte auxiliaire;Client;À-nouveaux débit;À-nouveaux crédit;Mouvements débit;Mouvements crédit;Solde débiteur;Solde créditeur
      411000;C0001;DUPONT Jean;0,00;0,00;600,00;600,00;0,00;0,00
      411000;C0002;"MARTIN; ""Léa""";0,00;0,00;144,00;120,00;24,00;0,00
      Total;;;0,00;0,00;744,00;720,00;24,00;0,00
      "
    `);
    expect(csvCustomerTrialBalanceFormat.fileName({ period: YEAR })).toBe('balance-clients_2024-01-01_2024-12-31.csv');
  });

  it('leaves suppliers out by default, and reads the receivable accounts the book has', () => {
    const supplier = { number: 'F0001', name: 'EDF' };
    const book = createBook([
      createTransaction({
        id: 'AC000001', journal: 'AC', date: '2024-03-01', piece: { ref: 'F-1' }, label: 'Facture EDF',
        entries: [
          { account: '606100', debit: '100.00' },
          { account: '401000', auxiliary: supplier, credit: '100.00' },
        ],
      }),
      createTransaction({
        id: 'VT000001', journal: 'VT', date: '2024-03-01', piece: { ref: 'FA-1' }, label: 'Facture',
        entries: [
          { account: '416000', auxiliary: { number: 'C9', name: 'Douteux' }, debit: '50.00' },
          { account: '706100', credit: '50.00' },
        ],
      }),
    ]);
    expect(readObjects(csvCustomerTrialBalanceFormat.serialize(book, { totals: false })).map((r) => [r.Compte, r['Compte auxiliaire'], r['Solde débiteur']])).toEqual([['416000', 'C9', '50,00']]);
    expect(readObjects(csvCustomerTrialBalanceFormat.serialize(book, { totals: false, accounts: { prefixes: ['401'] } })).map((r) => r['Compte auxiliaire'])).toEqual(['F0001']);
  });
});

describe('properties', () => {
  it('the Total line is the sum of the lines above it, and each of its pairs balances', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), fc.constantFrom(csvTrialBalanceFormat, csvCustomerTrialBalanceFormat), fc.constantFrom(',' as const, '.' as const), (book, format, decimal) => {
        const rows = readObjects(format.serialize(book, { decimal, separator: ';' }));
        const total = rows.pop()!;
        expect(Object.values(total)[0]).toBe('Total');
        for (const column of AMOUNTS) expect(sumOf([total], column, decimal)).toBe(sumOf(rows, column, decimal));
        if (format === csvTrialBalanceFormat) {
          expect(sumOf([total], 'Mouvements débit', decimal)).toBe(sumOf([total], 'Mouvements crédit', decimal));
          expect(sumOf([total], 'Solde débiteur', decimal)).toBe(sumOf([total], 'Solde créditeur', decimal));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the customer trial balance totals equal the 411 lines of the general trial balance', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const customers = readObjects(csvCustomerTrialBalanceFormat.serialize(book)).pop()!;
        const general = readObjects(csvTrialBalanceFormat.serialize(book, { totals: false })).filter((r) => r.Compte!.startsWith('411'));
        expect(sumOf([customers], 'Mouvements débit')).toBe(sumOf(general, 'Mouvements débit'));
        expect(sumOf([customers], 'Mouvements crédit')).toBe(sumOf(general, 'Mouvements crédit'));
        expect(sumOf([customers], 'Solde débiteur') - sumOf([customers], 'Solde créditeur')).toBe(sumOf(general, 'Solde débiteur') - sumOf(general, 'Solde créditeur'));
      }),
      { numRuns: 40 },
    );
  });
});
