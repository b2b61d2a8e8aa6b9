// @ts-nocheck
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, formats } from '../../../src/index.js';
import { fecNotice } from '../../../src/formats/fec/fecNotice.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../../src/formats/fec/parseFecBook.js';
import { transactionsArbitrary } from '../../../src/testing/index.js';
import { goldenTransactions } from '../../_fixtures.js';
import { codeAt as codeOf } from '../../_errors.js';

const GOLDEN_URL = new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url);
const golden = (): Uint8Array => new Uint8Array(readFileSync(GOLDEN_URL));
const FY = { from: '2024-01-01', to: '2024-12-31' };
const FILE = '123456782FEC20241231.txt';

describe('fecNotice', () => {
  it('describes the golden file', () => {
    expect(fecNotice(parseFec(golden()), { fileName: FILE, business: 'DEMO SARL', fiscalYear: FY })).toMatchInlineSnapshot(`
      "NOTICE DESCRIPTIVE DU FICHIER DES ÉCRITURES COMPTABLES (FEC)
      Article A47 A-1 du livre des procédures fiscales (XI) ; BOI-CF-IOR-60-40-20, § 390

      1. Identification
         Entreprise : DEMO SARL
         SIREN : 123456782
         Exercice : du 01/01/2024 au 31/12/2024 (date de clôture : 31/12/2024)
         Fichier : 123456782FEC20241231.txt
         Monnaie de tenue de la comptabilité : EUR

      2. Organisation du fichier
         Type : fichier à plat, un enregistrement par ligne, zones de longueur variable
         Codage des caractères : UTF-8 (ISO/CEI 10646), sans marque d'ordre des octets
         Séparateur de zones : barre verticale « | » (code 124)
         Fin d'enregistrement : CR LF (codes 13 et 10) ; pas de fin de ligne après le dernier enregistrement
         Première ligne : les noms des 18 zones, dans l'ordre ci-dessous
         Nombre de lignes : 10 (1 ligne d'en-tête et 9 lignes d'écritures)
         Nombre d'écritures : 4
         Ordre des écritures : les à-nouveaux en tête, puis par date de validation

      3. Zones (dans l'ordre de chaque ligne)
         n°  Nom            Contenu                                                      Format
          1  JournalCode    Code journal                                                 alphanumérique
          2  JournalLib     Libellé du journal                                           alphanumérique
          3  EcritureNum    Numéro de l'écriture, sur une séquence continue par journal  alphanumérique
          4  EcritureDate   Date de comptabilisation de l'écriture                       date AAAAMMJJ
          5  CompteNum      Numéro de compte (les 3 premiers caractères suivent le PCG)  alphanumérique
          6  CompteLib      Libellé du compte                                            alphanumérique
          7  CompAuxNum     Numéro de compte auxiliaire (vide si non utilisé)            alphanumérique
          8  CompAuxLib     Libellé du compte auxiliaire (vide si non utilisé)           alphanumérique
          9  PieceRef       Référence de la pièce justificative                          alphanumérique
         10  PieceDate      Date de la pièce justificative                               date AAAAMMJJ
         11  EcritureLib    Libellé de l'écriture                                        alphanumérique
         12  Debit          Montant au débit                                             numérique
         13  Credit         Montant au crédit                                            numérique
         14  EcritureLet    Lettrage (vide si non utilisé)                               alphanumérique
         15  DateLet        Date de lettrage (vide si non utilisé)                       date AAAAMMJJ
         16  ValidDate      Date de validation de l'écriture                             date AAAAMMJJ
         17  Montantdevise  Montant en devise (vide si non utilisé)                      numérique
         18  Idevise        Identifiant de la devise (vide si non utilisé)               alphanumérique
         Dates : AAAAMMJJ, sans séparateur.
         Montants : virgule décimale, sans séparateur de milliers, 2 décimales, signe éventuel en tête ; 0,00 lorsque le montant est nul.
         Zones alphanumériques : sans guillemets ; séparateurs, tabulations et sauts de ligne des libellés remplacés par des espaces.

      4. Totaux par journal
         Journal  Libellé              Écritures  Lignes     Débit    Crédit
         AN       A nouveaux                   1       2  1 000,00  1 000,00
         VT       Ventes                       1       3    600,00    600,00
         BQ       Banque                       1       2    600,00    600,00
         OD       Operations diverses          1       2    393,15    393,15
         Total                                 4       9  2 593,15  2 593,15

      5. À-nouveaux
         Les soldes d'ouverture sont repris dans le journal AN (A nouveaux), en tête du fichier, avec les premiers numéros d'écriture.
         Une ligne par compte (et par compte auxiliaire) au solde non nul, au débit ou au crédit selon le sens du solde ;
         aucun à-nouveau sur les comptes de charges et de produits (classes 6 et 7).
         1 écriture, 2 lignes.
      "
    `);
  });

  it('takes a Book, transactions or parseFec\'s result alike', () => {
    const parsed = parseFec(golden());
    const notice = fecNotice(parsed, { fileName: FILE, fiscalYear: FY });
    expect(fecNotice(parseFecBook(golden()), { fileName: FILE, fiscalYear: FY })).toBe(notice);
    expect(fecNotice(createBook(parsed.transactions, { journals: parsed.journals }), { fileName: FILE, fiscalYear: FY })).toBe(notice);
    // transactions alone: default journal labels
    expect(fecNotice(goldenTransactions(), { fileName: FILE, fiscalYear: FY })).toContain('   AN       À-nouveaux ');
  });

  it('says how the file is written: TAB, ISO-8859-15, LF with a final newline', () => {
    const notice = fecNotice(goldenTransactions(), { fileName: FILE, fiscalYear: FY, separator: '\t', encoding: 'iso-8859-15', lineEnding: '\n', finalNewline: true });
    expect(notice).toContain('Séparateur de zones : tabulation (code 9)');
    expect(notice).toContain('Codage des caractères : ISO 8859-15 (Latin-9)');
    expect(notice).toContain("Fin d'enregistrement : LF (code 10), y compris après le dernier enregistrement");
    const tab = parseFec(formats.fec.serialize(goldenTransactions(), { separator: '\t', lineEnding: '\n' }));
    expect(fecNotice(tab, { fileName: FILE, fiscalYear: FY })).toContain('tabulation');
  });

  it('counts only the fiscal year, and says when there are no à-nouveaux', () => {
    const notice = fecNotice(goldenTransactions(), { fileName: FILE, fiscalYear: { from: '2024-10-01', to: '2024-12-31' } });
    expect(notice).toContain("Nombre d'écritures : 3");
    expect(notice).toContain('Nombre de lignes : 8 (1 ligne');
    expect(notice).toContain("Le fichier ne comporte pas d'écriture d'à-nouveaux");
  });

  it('reads the SIREN from the file name, and refuses a bad one', () => {
    expect(fecNotice(goldenTransactions(), { fileName: `/exports/${FILE}`, fiscalYear: FY })).toContain('SIREN : 123456782');
    expect(fecNotice(goldenTransactions(), { fileName: 'fec-2024.txt', fiscalYear: FY })).toContain('SIREN : non indiqué');
    expect(codeOf(() => fecNotice(goldenTransactions(), { fileName: '123456789FEC20241231.txt', fiscalYear: FY }))).toBe('invalid_siren@fileName');
    expect(codeOf(() => fecNotice(goldenTransactions(), { fileName: FILE, siren: '12345678', fiscalYear: FY }))).toBe('invalid_siren@siren');
  });

  it('refuses bad options with their codes', () => {
    expect(codeOf(() => fecNotice(goldenTransactions(), { fileName: ' ', fiscalYear: FY }))).toBe('invalid_option@fileName');
    expect(codeOf(() => fecNotice(goldenTransactions(), { fileName: FILE, fiscalYear: { from: '2024-12-31', to: '2024-01-01' } }))).toMatch(/^invalid_period/);
    expect(codeOf(() => fecNotice(goldenTransactions(), { fileName: FILE, fiscalYear: FY, encoding: 'utf-16' as 'utf-8' }))).toBe('invalid_option@encoding');
    expect(codeOf(() => fecNotice(goldenTransactions(), { fileName: FILE, fiscalYear: FY, separator: ';' as '|' }))).toBe('invalid_option@separator');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const before = JSON.stringify(txs);
    fecNotice(txs, { fileName: FILE, fiscalYear: FY });
    expect(JSON.stringify(txs)).toBe(before);
  });
});

describe('properties', () => {
  /** The debit and credit of each journal row and of the total row. */
  const totals = (notice: string): Array<[string, string]> =>
    notice
      .split('\n')
      .map((l) => / {2}(\d{1,3}(?: \d{3})*,\d\d) {2,}(\d{1,3}(?: \d{3})*,\d\d)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!]);

  it('balance: every journal row and the total show debit = credit, and the lines add up to the file', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 1, maxLength: 25 }), (txs) => {
        const notice = fecNotice(txs, { fileName: FILE, fiscalYear: FY });
        const rows = totals(notice);
        expect(rows.length).toBeGreaterThanOrEqual(2);
        for (const [debit, credit] of rows) expect(debit).toBe(credit);
        const lines = txs.reduce((n, t) => n + t.entries.length, 0);
        expect(notice).toContain(`Nombre de lignes : ${lines + 1} `);
        expect(notice).toContain(`Nombre d'écritures : ${txs.length}\n`);
        expect(formats.fec.serialize(txs).split('\r\n')).toHaveLength(lines + 1);
      }),
      { numRuns: 60 },
    );
  });

  it('determinism: the same input gives the same notice', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 10 }), (txs) => {
        expect(fecNotice(txs, { fileName: FILE, fiscalYear: FY })).toBe(fecNotice([...txs], { fileName: FILE, fiscalYear: FY }));
      }),
      { numRuns: 30 },
    );
  });
});
