// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, createTransaction, formats, validateFec, type Transaction } from '../../../src/index.js';
import { decodeText } from '../../../src/formats/_lib/encoding.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { transactionsArbitrary } from '../../../src/testing/index.js';
import { goldenTransactions } from '../../_fixtures.js';
import { codeAt as codeOf } from '../../_errors.js';

const FY = { from: '2024-01-01', to: '2024-12-31' };
const sale = (id: string, date: string, label: string, extra: Partial<Parameters<typeof createTransaction>[0] & object> = {}): Transaction =>
  createTransaction({
    id,
    journal: 'VT',
    date,
    piece: { ref: `FA-${id}` },
    label,
    entries: [
      { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '120.00' },
      { account: '706000', credit: '100.00' },
      { account: '445711', credit: '20.00' },
    ],
    ...extra,
  });

describe('formats.fec', () => {
  it('writes a small file: header, CRLF, comma decimals, 0,00, AAAAMMJJ, no newline at the end', () => {
    const text = formats.fec.serialize([sale('VT000001', '2024-03-15', 'Facture FA-1 DUPONT')]);
    expect(text.split('\r\n')).toMatchInlineSnapshot(`
      [
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
        "VT|Ventes|VT000001|20240315|411000|Clients|C0001|DUPONT Jean|FA-VT000001|20240315|Facture FA-1 DUPONT|120,00|0,00|||20240315||",
        "VT|Ventes|VT000001|20240315|706000|Prestations de services|||FA-VT000001|20240315|Facture FA-1 DUPONT|0,00|100,00|||20240315||",
        "VT|Ventes|VT000001|20240315|445711|TVA collectée 20 %|||FA-VT000001|20240315|Facture FA-1 DUPONT|0,00|20,00|||20240315||",
      ]
    `);
    expect(text.split('\n')).toHaveLength(4);
    expect(text.endsWith('||')).toBe(true);
    expect(validateFec(text).valid).toBe(true);
  });

  it('writes TAB separators', () => {
    const text = formats.fec.serialize(goldenTransactions(), { separator: '\t' });
    expect(text.split('\r\n')[1]).toBe('AN\tÀ-nouveaux\tAN000001\t20240101\t512000\tBanque\t\t\tAN2024\t20240101\tReprise des soldes\t1000,00\t0,00\t\t\t20240101\t\t');
    expect(text.includes('|')).toBe(false);
    expect(validateFec(text).valid).toBe(true);
  });

  it('replaces separators, tabs and line breaks inside labels by spaces', () => {
    const tx = sale('VT000001', '2024-03-15', 'A|B\tC\r\nD\nE');
    for (const separator of ['|', '\t'] as const) {
      const lines = formats.fec.serialize([tx], { separator }).split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]!.split(separator)[10]).toBe('A B C  D E');
    }
    const auxiliary = createTransaction({
      journal: 'VT', date: '2024-03-15', piece: { ref: 'F|1' }, label: 'x',
      entries: [{ account: '411000', auxiliary: { number: 'C1', name: 'A\tB' }, debit: '1.00' }, { account: '706000', credit: '1.00' }],
    });
    expect(formats.fec.serialize([auxiliary]).split('\r\n')[1]).toContain('|C1|A B|F 1|');
  });

  it('refuses an identifier holding the separator or a line break (separator_in_field): cleaning it would merge two of them', () => {
    // A TAB file may hold "|" in its ids: written back with "|", OD|1 and OD 1 would share one EcritureNum.
    const header = 'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise';
    const tabFile = (...txs: Array<[num: string, aux: string, letter: string]>): string =>
      [header, ...txs.flatMap(([num, aux, letter]) => [
        `OD\tOpérations diverses\t${num}\t20240315\t411000\tClients\t${aux}\t${aux === '' ? '' : 'DUPONT'}\tP1\t20240315\tx\t1,00\t0,00\t${letter}\t${letter === '' ? '' : '20240316'}\t20240315\t\t`,
        `OD\tOpérations diverses\t${num}\t20240315\t706000\tVentes\t\t\tP1\t20240315\tx\t0,00\t1,00\t\t\t20240315\t\t`,
      ])].join('\r\n');
    const ids = parseFec(tabFile(['OD|1', '', ''], ['OD 1', '', ''])).transactions;
    expect(ids.map((t) => t.id)).toEqual(['OD|1', 'OD 1']);
    expect(codeOf(() => formats.fec.serialize(ids))).toBe('separator_in_field@transactions.0.id');
    expect(codeOf(() => formats.fec.serialize(parseFec(tabFile(['OD1', 'C|1', ''], ['OD2', 'C 1', ''])).transactions))).toBe('separator_in_field@auxiliaries.0');
    expect(codeOf(() => formats.fec.serialize(parseFec(tabFile(['OD1', '', 'A|B'])).transactions))).toBe('separator_in_field@transactions.0.entries.0.lettering.code');
    // With the TAB separator the file is written back as it was read.
    const all = parseFec(tabFile(['OD|1', 'C|1', 'A|B'], ['OD 1', 'C 1', ''])).transactions;
    expect(parseFec(formats.fec.serialize(all, { separator: '\t' })).transactions.map((t) => [t.id, t.entries[0]!.auxiliary?.number, t.entries[0]!.lettering?.code])).toEqual([['OD|1', 'C|1', 'A|B'], ['OD 1', 'C 1', undefined]]);
  });

  it('writes "/" for a label made only of separators, and an apostrophe for a label enclosed in quotes', () => {
    const lines = formats.fec.serialize([sale('1', '2024-03-01', '|\t|'), sale('2', '2024-03-02', '"Promo"'), sale('3', '2024-03-03', '"Promo" été')]).split('\r\n');
    expect(lines.slice(1).map((l) => l.split('|')[10])).toEqual(['/', '/', '/', "'Promo\"", "'Promo\"", "'Promo\"", '"Promo" été', '"Promo" été', '"Promo" été']);
    expect(validateFec(lines.join('\r\n')).valid).toBe(true);
  });

  it('writes foreign amounts with their currency decimals (Montantdevise 130,50 USD)', () => {
    const tx = createTransaction({
      journal: 'VT',
      date: '2024-03-01',
      piece: { ref: 'FA-9' },
      label: 'Vente USD',
      entries: [
        { account: '411000', debit: '120.00', currency: { code: 'USD', amount: '130.50' } },
        { account: '706000', credit: '120.00', currency: { code: 'USD', amount: '130.5' } },
      ],
    });
    const lines = formats.fec.serialize([tx]).split('\r\n');
    expect(lines.slice(1).map((l) => l.split('|').slice(16).join('|'))).toEqual(['130,50|USD', '130,50|USD']);
  });

  it('ends the last line with a line ending when asked, with CRLF or LF', () => {
    const txs = [sale('VT000001', '2024-03-15', 'x')];
    expect(formats.fec.serialize(txs, { finalNewline: true }).endsWith('||\r\n')).toBe(true);
    const lf = formats.fec.serialize(txs, { finalNewline: true, lineEnding: '\n' });
    expect(lf.endsWith('||\n')).toBe(true);
    expect(lf.includes('\r')).toBe(false);
  });

  it('writes opening entries first, then by validation date and input order', () => {
    const late = sale('VT000102', '2024-02-01', 'late', { validatedOn: '2024-06-30' });
    const early = sale('VT000101', '2024-05-01', 'early');
    const ids = formats.fec.serialize([late, early, ...goldenTransactions()]).split('\r\n').slice(1).map((l) => l.split('|')[2]);
    expect([...new Set(ids)]).toEqual(['AN000001', 'VT000101', 'VT000102', 'VT000001', 'BQ000001', 'OD000001']);
  });

  it('keeps the fiscal year only, and refuses transactions spanning more than a year without one', () => {
    const txs = [sale('VT000001', '2023-12-31', 'old'), sale('VT000002', '2024-06-30', 'in'), sale('VT000003', '2025-01-01', 'new')];
    const text = formats.fec.serialize(txs, { fiscalYear: FY });
    expect([...new Set(text.split('\r\n').slice(1).map((l) => l.split('|')[2]))]).toEqual(['VT000002']);
    expect(codeOf(() => formats.fec.serialize(txs))).toBe('invalid_option@fiscalYear');
    expect(codeOf(() => formats.fec.serialize(txs, { fiscalYear: { from: '2024-12-31', to: '2024-01-01' } }))).toMatch(/^invalid_/);
  });

  it('encodes in ISO-8859-15 (é, €, œ) and in UTF-8 by default', () => {
    const tx = sale('VT000001', '2024-03-15', 'Réglé 10 € œuvre');
    const latin9 = formats.fec.encode([tx], { encoding: 'iso-8859-15' });
    const utf8 = formats.fec.encode([tx]);
    const at = latin9.findIndex((_, i) => latin9[i] === 0x52 && latin9[i + 1] === 0xe9);
    expect([...latin9.subarray(at, at + 5)]).toEqual([0x52, 0xe9, 0x67, 0x6c, 0xe9]);
    expect(latin9.includes(0xa4)).toBe(true);
    expect(latin9.includes(0xbd)).toBe(true);
    expect(utf8.length).toBeGreaterThan(latin9.length);
    expect(decodeText(latin9, 'iso-8859-15')).toBe(formats.fec.serialize([tx]));
    expect(parseFec(latin9).transactions[0]!.label).toBe('Réglé 10 € œuvre');
    expect(codeOf(() => formats.fec.encode([sale('VT000001', '2024-03-15', 'emoji 🙂')], { encoding: 'iso-8859-15' }))).toMatch(/^unencodable_character/);
  });

  it('names the file SirenFECAAAAMMJJ.txt, refusing a bad SIREN', () => {
    expect(formats.fec.fileName({ siren: '123456782', closingDate: '2024-12-31' })).toBe('123456782FEC20241231.txt');
    expect(formats.fec.fileName({ siren: '123456782', period: { from: '2024-04-01', to: '2025-03-31' } })).toBe('123456782FEC20250331.txt');
    expect(codeOf(() => formats.fec.fileName({ siren: '123456789', closingDate: '2024-12-31' }))).toBe('invalid_siren@siren');
    expect(codeOf(() => formats.fec.fileName({ siren: '12345678', closingDate: '2024-12-31' }))).toBe('invalid_siren@siren');
    expect(codeOf(() => formats.fec.fileName({ siren: '123456782' }))).toBe('invalid_option@closingDate');
  });

  it('refuses a bad separator or line ending', () => {
    expect(codeOf(() => formats.fec.serialize([], { separator: ';' as '|' }))).toBe('invalid_option@separator');
    expect(codeOf(() => formats.fec.serialize([], { lineEnding: '\r' as '\n' }))).toBe('invalid_option@lineEnding');
  });

  it('gives the same text in chunks as in one piece', () => {
    const txs = Array.from({ length: 800 }, (_, i) => sale(`VT${String(i + 1).padStart(6, '0')}`, '2024-03-15', `Facture ${i}`));
    const chunks = [...formats.fec.chunks(txs)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(formats.fec.serialize(txs));
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const before = JSON.stringify(txs);
    formats.fec.serialize(txs, { fiscalYear: FY });
    expect(JSON.stringify(txs)).toBe(before);
  });
});

describe('properties', () => {
  it('validity: every file the writer writes passes validateFec', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 1, maxLength: 20 }), fc.constantFrom('|' as const, '\t' as const), (txs, separator) => {
        const result = validateFec(formats.fec.serialize(createBook(txs), { separator }));
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('hostile labels never break a record: any label (separators, quotes, line breaks) gives a valid file with 18 fields per line', () => {
    const hostile = fc.stringMatching(/^[a-zé"|\t\r\n ;=+-]{1,12}$/).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), fc.constantFrom('|' as const, '\t' as const), (labels, separator) => {
        const txs = labels.map((label, k) => sale(`VT${k}`, '2024-03-01', label));
        const text = formats.fec.serialize(txs, { separator });
        expect(validateFec(text).issues.filter((i) => i.severity !== 'info')).toEqual([]);
        for (const line of text.split('\r\n')) expect(line.split(separator)).toHaveLength(18);
      }),
      { numRuns: 200 },
    );
  });

  it('encode is the encoding of serialize, and chunks join to serialize', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 10 }), (txs) => {
        const text = formats.fec.serialize(txs);
        expect(formats.fec.encode(txs)).toEqual(new TextEncoder().encode(text));
        expect([...formats.fec.chunks(txs)].join('')).toBe(text);
      }),
      { numRuns: 50 },
    );
  });
});
