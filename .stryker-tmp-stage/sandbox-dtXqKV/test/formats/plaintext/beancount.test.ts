// @ts-nocheck
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { beancountFormat } from '../../../src/formats/plaintext/beancount.js';
import { defaultAccountName } from '../../../src/formats/plaintext/_lib/accountNames.js';
import { goldenTransactions } from '../../_fixtures.js';
import { byAccount, nonZero, readBeancount, trialBalanceByAccount } from './_readers.js';

const BEAN_CHECK = spawnSync('bean-check', ['--help'], { encoding: 'utf8' }).status === 0;
if (!BEAN_CHECK) console.warn('bean-check cross-check skipped: the bean-check binary is not installed (apt-get install -y beancount).');
const dir = mkdtempSync(join(tmpdir(), 'partie-double-beancount-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** bean-check's complaints about a file ('' when it accepts it). */
const beanCheck = (text: string): string => {
  const file = join(dir, `book-${++files}.beancount`);
  writeFileSync(file, text, 'utf8');
  const result = spawnSync('bean-check', [file], { encoding: 'utf8' });
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`;
};

describe('formats.beancount', () => {
  it('snapshots the golden book (TV5)', () => {
    expect(beancountFormat.serialize(createBook(goldenTransactions()), { title: 'Golden "book"' })).toMatchInlineSnapshot(`
      "option "title" "Golden \\"book\\""
      option "operating_currency" "EUR"

      2024-01-01 open Assets:512000-Banque EUR
      2024-01-01 open Equity:101000-Capital EUR
      2024-10-15 open Assets:411000-Clients:C0001-DUPONT-Jean EUR
      2024-10-15 open Income:706100-Abonnements EUR
      2024-10-15 open Liabilities:445710-TVA-collectee-20 EUR
      2024-12-31 open Liabilities:487000-Produits-constates-d-avance EUR

      2024-01-01 * "Reprise des soldes"
        id: "AN000001"
        journal: "AN"
        piece: "AN2024"
        Assets:512000-Banque                            1000.00 EUR
        Equity:101000-Capital                           -1000.00 EUR

      2024-10-15 * "Abonnement 12 mois DUPONT"
        id: "VT000001"
        journal: "VT"
        piece: "FA2024-0001"
        Assets:411000-Clients:C0001-DUPONT-Jean         600.00 EUR
        Income:706100-Abonnements                       -500.00 EUR
        Liabilities:445710-TVA-collectee-20             -100.00 EUR

      2024-10-15 * "Reglement CB DUPONT FA2024-0001"
        id: "BQ000001"
        journal: "BQ"
        piece: "RG2024-0001"
        Assets:512000-Banque                            600.00 EUR
        Assets:411000-Clients:C0001-DUPONT-Jean         -600.00 EUR

      2024-12-31 * "PCA abonnement FA2024-0001 287/365 j"
        id: "OD000001"
        journal: "OD"
        piece: "PCA2024"
        Income:706100-Abonnements                       393.15 EUR
        Liabilities:487000-Produits-constates-d-avance  -393.15 EUR
      "
    `);
  });

  it('folds account names to letters, digits and dashes, escapes strings and keeps entry labels as metadata', () => {
    const tx = createTransaction({
      id: 'VT000002', journal: 'VT', date: '2024-02-29', piece: { ref: 'R"1' }, label: 'Vente \\ "promo"',
      entries: [
        { account: '411000', auxiliary: { number: 'c-03', name: 'Durand; "SARL" & fils' }, debit: '10.50', label: 'part "client"' },
        { account: '706100', credit: '10.50' },
      ],
    });
    expect(beancountFormat.serialize([tx])).toMatchInlineSnapshot(`
      "option "operating_currency" "EUR"

      2024-02-29 open Assets:411000-Clients:C-03-Durand-SARL-fils EUR
      2024-02-29 open Income:706100-Prestations-de-services EUR

      2024-02-29 * "Vente \\\\ \\"promo\\""
        id: "VT000002"
        journal: "VT"
        piece: "R\\"1"
        Assets:411000-Clients:C-03-Durand-SARL-fils  10.50 EUR
          label: "part \\"client\\""
        Income:706100-Prestations-de-services        -10.50 EUR
      "
    `);
  });

  it('names accounts apart when cleaning would merge two of them', () => {
    const tx = createTransaction({
      id: 'OD000001', journal: 'OD', date: '2024-03-01', piece: { ref: 'X' }, label: 'x',
      entries: [{ account: '411000', auxiliary: { number: 'A B', name: '' }, debit: '1.00' }, { account: '411000', auxiliary: { number: 'A-B', name: '' }, credit: '1.00' }],
    });
    const { opens } = readBeancount(beancountFormat.serialize([tx]), 2);
    expect([...opens.keys()]).toEqual(['Assets:411000-Clients:A-B', 'Assets:411000-Clients:A-B-2']);
  });

  it('refuses a root beancount does not know: invalid_option', () => {
    try {
      beancountFormat.serialize(goldenTransactions(), { accountName: (a) => ['Comptes', a.number] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AccountingError);
      expect((e as AccountingError).issues[0].code).toBe('invalid_option');
    }
    expect(defaultAccountName({ number: '706100', label: 'Abonnements', kind: 'income' })).toEqual(['Income', '706100 Abonnements']);
  });
});

describe('bean-check', () => {
  it.skipIf(!BEAN_CHECK)('accepts the golden book and generated books', () => {
    expect(beanCheck(beancountFormat.serialize(goldenTransactions(), { title: 'Golden' }))).toBe('');
    fc.assert(fc.property(bookArbitrary({ minLength: 1, maxLength: 12 }), (book) => {
      expect(beanCheck(beancountFormat.serialize(book))).toBe('');
    }), { numRuns: 5 });
  });
});

describe('properties', () => {
  it('the balance per account read back from the export equals the trial balance', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 20 }), (book) => {
        const { balances } = readBeancount(beancountFormat.serialize(book), book.scale);
        expect(nonZero(byAccount(balances))).toEqual(trialBalanceByAccount(book));
      }),
      { numRuns: 100 },
    );
  });

  it('one open per account posted to, dated on or before its first use', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 20 }), (book) => {
        const { opens, firstUse } = readBeancount(beancountFormat.serialize(book), book.scale);
        return opens.size === firstUse.size && [...firstUse].every(([name, date]) => opens.has(name) && opens.get(name)! <= date);
      }),
      { numRuns: 100 },
    );
  });
});
