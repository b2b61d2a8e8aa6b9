// @ts-nocheck
// fecNotice: the parts the golden notice does not reach — counts at the ends of the fiscal year, the order of the
// journals, à-nouveaux found by journal or by type, amounts in currencies of 0 and 3 decimals, what it says of the
// file's layout (taken from parseFec's result unless options say otherwise), and each refusal with its message.
import { describe, expect, it } from 'vitest';
import { createBook, createTransaction, type Transaction } from '../../../src/index.js';
import { fecNotice, type FecNoticeOptions } from '../../../src/formats/fec/fecNotice.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { refusal } from '../../_errors.js';

const FILE = '123456782FEC20241231.txt';
const FY = { from: '2024-01-01', to: '2024-12-31' };

const tx = (id: string, journal: string, date: string, amount = '5.00', extra: Record<string, unknown> = {}): Transaction =>
  createTransaction({
    id,
    journal,
    date,
    piece: { ref: `P-${id}` },
    label: `Op ${id}`,
    entries: [
      { account: '512000', debit: amount },
      { account: '101000', credit: amount },
    ],
    ...extra,
  });

const lines = (notice: string, from: string, count: number): string[] => {
  const all = notice.split('\n');
  const at = all.findIndex((l) => l.startsWith(from));
  return all.slice(at, at + count);
};

describe('fecNotice: what it counts', () => {
  it('counts the transactions dated on the first and last day of the fiscal year, not the day before or after', () => {
    const txs = [tx('A', 'OD', '2023-12-31'), tx('B', 'OD', '2024-01-01', '1.00'), tx('C', 'OD', '2024-12-31', '2.00'), tx('D', 'OD', '2025-01-01')];
    const notice = fecNotice(txs, { fileName: FILE, fiscalYear: FY });
    expect(lines(notice, '   Nombre de lignes', 2)).toEqual(["   Nombre de lignes : 5 (1 ligne d'en-tête et 4 lignes d'écritures)", "   Nombre d'écritures : 2"]);
    expect(lines(notice, '4. Totaux', 4)).toEqual([
      '4. Totaux par journal',
      '   Journal  Libellé              Écritures  Lignes  Débit  Crédit',
      '   OD       Opérations diverses          2       4   3,00    3,00',
      '   Total                                 2       4   3,00    3,00',
    ]);
  });

  it('an empty year: no journal row, no line, no à-nouveaux', () => {
    const notice = fecNotice([], { fileName: FILE, fiscalYear: FY });
    expect(lines(notice, '   Nombre de lignes', 2)).toEqual(["   Nombre de lignes : 1 (1 ligne d'en-tête et 0 lignes d'écritures)", "   Nombre d'écritures : 0"]);
    expect(lines(notice, '4. Totaux', 4)).toEqual(['4. Totaux par journal', '   Journal  Libellé  Écritures  Lignes  Débit  Crédit', '   Total                     0       0   0,00    0,00', '']);
    expect(notice.endsWith("   Le fichier ne comporte pas d'écriture d'à-nouveaux (premier exercice, ou aucun solde à reprendre).\n")).toBe(true);
  });

  it('sums debits and credits per journal, grouping thousands, over lines of either sign', () => {
    const big = createTransaction({
      id: 'V1',
      journal: 'VT',
      date: '2024-05-02',
      piece: { ref: 'F1' },
      label: 'Vente',
      entries: [
        { account: '411000', debit: '1234567.89' },
        { account: '706000', credit: '1028806.58' },
        { account: '445710', credit: '205761.31' },
      ],
    });
    const notice = fecNotice([big, tx('B', 'BQ', '2024-05-03', '0.05')], { fileName: FILE, fiscalYear: FY });
    expect(lines(notice, '   Journal', 4)).toEqual([
      '   Journal  Libellé  Écritures  Lignes         Débit        Crédit',
      '   VT       Ventes           1       3  1 234 567,89  1 234 567,89',
      '   BQ       Banque           1       2          0,05          0,05',
      '   Total                     2       5  1 234 567,94  1 234 567,94',
    ]);
  });

  it('writes amounts at the currency\'s decimals: none for JPY, three for TND', () => {
    const jpy = createTransaction({ id: 'J', journal: 'OD', date: '2024-02-01', currency: 'JPY', piece: { ref: 'J' }, label: 'J', entries: [{ account: '512000', debit: '1500' }, { account: '101000', credit: '1500' }] });
    const yen = fecNotice(createBook([jpy], { currency: 'JPY' }), { fileName: FILE, fiscalYear: FY });
    expect(yen).toContain('   Monnaie de tenue de la comptabilité : JPY\n');
    expect(yen).toContain('   Montants : virgule décimale, sans séparateur de milliers, 0 décimales, signe éventuel en tête ; 0,00 lorsque le montant est nul.\n');
    expect(lines(yen, '   OD ', 1)).toEqual(['   OD       Opérations diverses          1       2  1 500   1 500']);
    const tnd = createTransaction({ id: 'T', journal: 'OD', date: '2024-02-01', currency: 'TND', piece: { ref: 'T' }, label: 'T', entries: [{ account: '512000', debit: '0.005' }, { account: '101000', credit: '0.005' }] });
    const dinar = fecNotice(createBook([tnd], { currency: 'TND' }), { fileName: FILE, fiscalYear: FY });
    expect(dinar).toContain(', 3 décimales, ');
    expect(lines(dinar, '   OD ', 1)).toEqual(['   OD       Opérations diverses          1       2  0,005   0,005']);
  });
});

describe('fecNotice: the à-nouveaux', () => {
  it('puts the opening journals first, the others in their order of first use', () => {
    const txs = [tx('V', 'VT', '2024-02-01'), tx('B', 'BQ', '2024-02-02'), tx('A1', 'AN', '2024-01-01'), tx('A2', 'AN', '2024-01-01', '7.00')];
    const notice = fecNotice(txs, { fileName: FILE, fiscalYear: FY });
    expect(lines(notice, '   Journal', 5).map((l) => l.slice(0, 12))).toEqual(['   Journal  ', '   AN       ', '   VT       ', '   BQ       ', '   Total    ']);
    expect(lines(notice, '5. À-nouveaux', 5)).toEqual([
      '5. À-nouveaux',
      "   Les soldes d'ouverture sont repris dans le journal AN (À-nouveaux), en tête du fichier, avec les premiers numéros d'écriture.",
      '   Une ligne par compte (et par compte auxiliaire) au solde non nul, au débit ou au crédit selon le sens du solde ;',
      '   aucun à-nouveau sur les comptes de charges et de produits (classes 6 et 7).',
      '   2 écritures, 4 lignes.',
    ]);
  });

  it('takes the journals of options.openingJournals instead of AN, and any transaction typed opening', () => {
    const txs = [tx('V', 'VT', '2024-02-01'), tx('R', 'RAN', '2024-01-01'), tx('A', 'AN', '2024-01-01')];
    const notice = fecNotice(txs, { fileName: FILE, fiscalYear: FY, openingJournals: ['RAN'] });
    expect(lines(notice, '   Journal', 5).map((l) => l.slice(0, 12))).toEqual(['   Journal  ', '   RAN      ', '   VT       ', '   AN       ', '   Total    ']);
    expect(notice).toContain('repris dans le journal RAN (RAN), en tête');
    const typed = [tx('V', 'VT', '2024-02-01'), tx('O', 'OD', '2024-01-01', '5.00', { type: 'opening' })];
    const byType = fecNotice(typed, { fileName: FILE, fiscalYear: FY });
    expect(byType).toContain("   Les soldes d'ouverture sont repris dans le journal OD (Opérations diverses), en tête du fichier");
    expect(byType.endsWith('   1 écriture, 2 lignes.\n')).toBe(true);
    const two = fecNotice([...typed, tx('A', 'AN', '2024-01-01')], { fileName: FILE, fiscalYear: FY });
    expect(two).toContain('repris dans le journal OD (Opérations diverses), AN (À-nouveaux), en tête');
  });

  it('ignores opening entries outside the fiscal year', () => {
    const notice = fecNotice([tx('A', 'AN', '2023-12-31'), tx('V', 'VT', '2024-02-01')], { fileName: FILE, fiscalYear: FY });
    expect(notice).toContain("Le fichier ne comporte pas d'écriture d'à-nouveaux");
  });
});

describe('fecNotice: the layout of the file', () => {
  const text = ['JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise', 'OD|Divers|1|20240105|512000|Banque|||P1|20240105|Op|5,00|0,00|||20240105||', 'OD|Divers|1|20240105|101000|Capital|||P1|20240105|Op|0,00|5,00|||20240105||'];

  it('takes the separator, line ending, final line break and encoding parseFec read', () => {
    const parsed = parseFec(`${text.join('\r').replace(/\|/g, '\t')}\r`);
    expect([parsed.separator, parsed.lineEnding, parsed.finalNewline]).toEqual(['\t', '\r', true]);
    const iso = parseFec(encodeText(text.join('\n').replace(/\|Op\|/g, '|Opé|'), 'iso-8859-15'));
    expect(iso.encoding).toBe('iso-8859-15');
    const notice = fecNotice(parsed, { fileName: FILE, fiscalYear: FY });
    expect(lines(notice, '   Codage', 3)).toEqual([
      "   Codage des caractères : UTF-8 (ISO/CEI 10646), sans marque d'ordre des octets",
      '   Séparateur de zones : tabulation (code 9)',
      "   Fin d'enregistrement : CR (code 13), y compris après le dernier enregistrement",
    ]);
    expect(lines(fecNotice(iso, { fileName: FILE, fiscalYear: FY }), '   Codage', 3)).toEqual([
      '   Codage des caractères : ISO 8859-15 (Latin-9)',
      '   Séparateur de zones : barre verticale « | » (code 124)',
      "   Fin d'enregistrement : LF (code 10) ; pas de fin de ligne après le dernier enregistrement",
    ]);
    // options win over what was read
    expect(lines(fecNotice(iso, { fileName: FILE, fiscalYear: FY, encoding: 'ascii', separator: '|', lineEnding: '\r\n', finalNewline: true }), '   Codage', 3)).toEqual([
      '   Codage des caractères : ASCII',
      '   Séparateur de zones : barre verticale « | » (code 124)',
      "   Fin d'enregistrement : CR LF (codes 13 et 10), y compris après le dernier enregistrement",
    ]);
    expect(lines(fecNotice(parsed, { fileName: FILE, fiscalYear: FY, finalNewline: false }), "   Fin d'", 1)).toEqual(["   Fin d'enregistrement : CR (code 13) ; pas de fin de ligne après le dernier enregistrement"]);
  });

  it('names the file without its folders, reads the SIREN from it or from options.siren, and the business when given', () => {
    const notice = fecNotice([], { fileName: 'C:\\exports\\2024/' + FILE, fiscalYear: { from: '2023-07-01', to: '2024-06-30' } });
    expect(lines(notice, '1. Identification', 5)).toEqual([
      '1. Identification',
      '   SIREN : 123456782',
      '   Exercice : du 01/07/2023 au 30/06/2024 (date de clôture : 30/06/2024)',
      `   Fichier : ${FILE}`,
      '   Monnaie de tenue de la comptabilité : EUR',
    ]);
    expect(lines(fecNotice([], { fileName: 'a\\b\\fec.txt', fiscalYear: FY, siren: '732829320', business: 'X' }), '1. Identification', 4)).toEqual([
      '1. Identification',
      '   Entreprise : X',
      '   SIREN : 732829320',
      '   Exercice : du 01/01/2024 au 31/12/2024 (date de clôture : 31/12/2024)',
    ]);
    // a name whose first 9 characters are not digits has no SIREN
    expect(fecNotice([], { fileName: 'x123456782FEC20241231.txt', fiscalYear: FY })).toContain('   SIREN : non indiqué\n');
  });

  it('refuses each bad option with its path and message', () => {
    const o = (over: Partial<Record<keyof FecNoticeOptions, unknown>>) => ({ fileName: FILE, fiscalYear: FY, ...over }) as FecNoticeOptions;
    expect(refusal(() => fecNotice([], o({ fileName: '' })))).toEqual(['invalid_option', 'fileName', 'fileName is the FEC\'s file name, e.g. "123456782FEC20241231.txt".']);
    expect(refusal(() => fecNotice([], o({ fileName: 12 })))).toEqual(['invalid_option', 'fileName', 'fileName is the FEC\'s file name, e.g. "123456782FEC20241231.txt".']);
    expect(refusal(() => fecNotice([], o({ encoding: 'latin1' })))).toEqual(['invalid_option', 'encoding', 'encoding is "utf-8", "iso-8859-15" or "ascii", not "latin1".']);
    expect(refusal(() => fecNotice([], o({ encoding: 'toString' })))[1]).toBe('encoding');
    expect(refusal(() => fecNotice([], o({ separator: ';' })))).toEqual(['invalid_option', 'separator', 'A FEC separator is "|" or a tab, not ";".']);
    expect(refusal(() => fecNotice([], o({ lineEnding: '\n\r' })))).toEqual(['invalid_option', 'lineEnding', 'lineEnding is "\\r\\n", "\\n" or "\\r".']);
  });
});

describe('fecNotice: journals and the fiscal year option', () => {
  it('lists no row for a journal whose transactions all fall outside the fiscal year', () => {
    const notice = fecNotice([tx('V', 'VT', '2023-06-01'), tx('O', 'OD', '2024-06-01')], { fileName: FILE, fiscalYear: FY });
    expect(lines(notice, '   Journal', 3).map((l) => l.slice(0, 12))).toEqual(['   Journal  ', '   OD       ', '   Total    ']);
  });

  it('refuses a fiscal year that is not a period, at the fiscalYear path', () => {
    expect(refusal(() => fecNotice([], { fileName: FILE, fiscalYear: { from: '2024-12-31', to: '2024-01-01' } })).slice(0, 2)).toEqual(['invalid_period', 'fiscalYear']);
  });
});
