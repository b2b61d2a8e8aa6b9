// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, createTransaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { QUADRATUS_C_FIELDS, QUADRATUS_M_FIELDS, QUADRATUS_RECORD_LENGTH, quadratusFormat } from '../../../src/formats/software/quadratus.js';
import { goldenTransactions } from '../../_fixtures.js';
import { thrown } from './_error.js';
import { at, longAccounts, tv1Sale, TV7 } from './_vectors.js';

const records = (text: string): string[] => {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
};
const error = thrown;

describe('formats.quadratus', () => {
  it('writes TV7: the 411 line of TV1 without an auxiliary account', () => {
    // TV7 is Dolibarr's record: its n° pièce 3 keeps the reference's last 10 characters (pieceRefs 'keep-end')
    const [first] = records(quadratusFormat.serialize([tv1Sale()], { pieceRefs: 'keep-end' }));
    expect(first).toHaveLength(231);
    expect(first!.trimEnd()).toBe(TV7);
  });

  it('puts each documented field of TV7 at its position', () => {
    const [m] = records(quadratusFormat.serialize([tv1Sale()], { pieceRefs: 'keep-end' }));
    const f = QUADRATUS_M_FIELDS;
    const record = m!;
    expect(at(record, f.type)).toBe('M');
    expect(at(record, f.compte)).toBe('411000  ');
    expect(at(record, f.journal)).toBe('VT');
    expect(at(record, f.folio)).toBe('000');
    expect(at(record, f.date)).toBe('151024');
    expect(at(record, f.filler1)).toBe(' ');
    expect(at(record, f.libelle)).toBe('FA2024-0001 Abonneme');
    expect(at(record, f.sens)).toBe('D');
    expect(at(record, f.signe)).toBe('+');
    expect(at(record, f.montant)).toBe('000000060000');
    expect(at(record, f.contrepartie)).toBe(' '.repeat(8));
    expect(at(record, f.echeance)).toBe('000000');
    expect(at(record, f.lettrage)).toBe('  ');
    expect(at(record, f.piece)).toBe('1    ');
    expect(at(record, f.piece2)).toBe('1       ');
    expect(at(record, f.devise)).toBe('EUR');
    expect(at(record, f.journal2)).toBe('VT ');
    expect(at(record, f.libelle2)).toBe('Abonnement 12 mois DUPONT     ');
    expect(at(record, f.piece3)).toBe('A2024-0001');
    expect(at(record, f.montantDevise)).toBe(' '.repeat(13));
    expect(at(record, f.filler3)).toBe(' '.repeat(38));
    const fields = Object.values(f);
    expect(fields.reduce((n, x) => n + x.length, 0)).toBe(QUADRATUS_RECORD_LENGTH);
    fields.slice(1).forEach((x, i) => expect(x.position).toBe(fields[i]!.position + fields[i]!.length));
  });

  it('writes the auxiliary number in the account field, after a C record that creates it', () => {
    const lines = records(quadratusFormat.serialize([tv1Sale({ auxiliary: true })]));
    expect(lines).toHaveLength(4);
    const [c, m] = lines as [string, string];
    expect(c).toHaveLength(231);
    const f = QUADRATUS_C_FIELDS;
    expect(at(c, f.type)).toBe('C');
    expect(at(c, f.compte)).toBe('C0001   ');
    expect(at(c, f.libelle)).toBe('DUPONT Jean'.padEnd(30));
    expect(at(c, f.cle)).toBe('DUPONTJ');
    expect(at(c, f.collectif)).toBe('411000  ');
    expect(at(c, f.maj)).toBe(' ');
    expect(at(c, f.typeCompte)).toBe('C');
    expect(at(m, QUADRATUS_M_FIELDS.compte)).toBe('C0001   ');
    expect(records(quadratusFormat.serialize([tv1Sale({ auxiliary: true })], { accountRecords: false }))).toHaveLength(3);
    expect(at(records(quadratusFormat.serialize([tv1Sale({ auxiliary: true })], { updateAccounts: true }))[0]!, f.maj)).toBe('2');
  });

  it('creates an auxiliary account once, before its first use', () => {
    const lines = records(quadratusFormat.serialize(goldenTransactions()));
    expect(lines.filter((l) => l.startsWith('C'))).toHaveLength(1);
    const c = lines.findIndex((l) => l.startsWith('C'));
    expect(lines.findIndex((l) => l.startsWith('MC0001'))).toBe(c + 1);
  });

  it('snapshots the golden book (TV5)', () => {
    expect(quadratusFormat.serialize(goldenTransactions()).split('\r\n').map((l) => l.trimEnd())).toMatchInlineSnapshot(`
      [
        "CC0001   DUPONT Jean                   DUPONTJ                                                    411000                                                                                                                 C",
        "MC0001   VT000151024 FA2024-0001 AbonnemeD+000000060000        000000A    1                        1       EURVT    Abonnement 12 mois DUPONT       FA20240001",
        "M706100  VT000151024 FA2024-0001 AbonnemeC+000000050000        000000     1                        1       EURVT    Abonnement 12 mois DUPONT       FA20240001",
        "M445710  VT000151024 FA2024-0001 AbonnemeC+000000010000        000000     1                        1       EURVT    Abonnement 12 mois DUPONT       FA20240001",
        "M512000  BQ000151024 RG2024-0001 ReglemenD+000000060000        000000     2                        2       EURBQ    Reglement CB DUPONT FA2024-000  RG20240001",
        "MC0001   BQ000151024 RG2024-0001 ReglemenC+000000060000        000000A    2                        2       EURBQ    Reglement CB DUPONT FA2024-000  RG20240001",
        "M706100  OD000311224 PCA2024 PCA abonnemeD+000000039315        000000     3                        3       EUROD    PCA abonnement FA2024-0001 287  PCA2024",
        "M487000  OD000311224 PCA2024 PCA abonnemeC+000000039315        000000     3                        3       EUROD    PCA abonnement FA2024-0001 287  PCA2024",
        "",
      ]
    `);
  });

  it('folds accents to ASCII, keeps line breaks out of the records and encodes in ASCII', () => {
    const tx = createTransaction({
      id: 'VT000002', journal: 'VT', date: '2024-02-29', piece: { ref: 'FA-é' }, label: 'Œuvre réglée\r\nà 12 € — «soldé»',
      entries: [
        { account: '411000', auxiliary: { number: 'C0002', name: 'MARTIN Léa' }, debit: '1.00', label: 'Lïgne\tà part' },
        { account: '706100', credit: '1.00' },
      ],
    });
    const text = quadratusFormat.serialize([tx]);
    for (const r of records(text)) expect(r).toHaveLength(231);
    expect(/^[\x20-\x7e\r\n]*$/.test(text)).toBe(true);
    const [c, m, m2] = records(text) as [string, string, string];
    expect(at(c, QUADRATUS_C_FIELDS.libelle).trimEnd()).toBe('MARTIN Lea');
    expect(at(m, QUADRATUS_M_FIELDS.libelle)).toBe('FA-e Ligne a part   ');
    expect(at(m2, QUADRATUS_M_FIELDS.libelle2)).toBe('OEuvre reglee  a 12 EUR - "sol');
    expect(at(m, QUADRATUS_M_FIELDS.date)).toBe('290224');
    const bytes = quadratusFormat.encode([tx]);
    expect(bytes.length).toBe(text.length);
  });

  it('pads general accounts with zeros on request and maps accounts and journals', () => {
    const [m] = records(quadratusFormat.serialize([tv1Sale()], { zeroPad: true }));
    expect(at(m!, QUADRATUS_M_FIELDS.compte)).toBe('41100000');
    const mapped = records(quadratusFormat.serialize([tv1Sale({ auxiliary: true })], { accountMap: { C0001: 'DUPONT', '706100': '706' }, journalMap: (j) => (j === 'VT' ? 'VE' : undefined) }));
    expect(at(mapped[0]!, QUADRATUS_C_FIELDS.compte)).toBe('DUPONT  ');
    expect(at(mapped[1]!, QUADRATUS_M_FIELDS.compte)).toBe('DUPONT  ');
    expect(at(mapped[1]!, QUADRATUS_M_FIELDS.journal)).toBe('VE');
    expect(at(mapped[2]!, QUADRATUS_M_FIELDS.compte)).toBe('706     ');
  });

  it('writes piece numbers from the position in the file, or from the transaction id on request', () => {
    const tx = tv1Sale({ id: 'VT0001234567' });
    const [m] = records(quadratusFormat.serialize([tx], { pieceNumbers: 'transaction' }));
    expect(at(m!, QUADRATUS_M_FIELDS.piece)).toBe('34567');
    expect(at(m!, QUADRATUS_M_FIELDS.piece2)).toBe('1234567 ');
    const golden = records(quadratusFormat.serialize(goldenTransactions(), { includeOpening: true }));
    expect(golden.filter((l) => l.startsWith('M')).map((l) => at(l, QUADRATUS_M_FIELDS.piece).trim())).toEqual(['1', '1', '2', '2', '2', '3', '3', '4', '4']);
  });

  it('never numbers two transactions alike: AN000001 and VT000001 are 1 and 2, and the id digits are refused when they collide', () => {
    const golden = records(quadratusFormat.serialize(goldenTransactions(), { includeOpening: true }));
    const numbers = golden.filter((l) => l.startsWith('M')).map((l) => `${at(l, QUADRATUS_M_FIELDS.journal)}${at(l, QUADRATUS_M_FIELDS.piece2).trim()}`);
    expect([...new Set(numbers)]).toEqual(['AN1', 'VT2', 'BQ3', 'OD4']);
    const e = error(() => quadratusFormat.serialize(goldenTransactions(), { includeOpening: true, pieceNumbers: 'transaction' }));
    expect(e.issues.map((i) => i.code)).toEqual(['piece_reference_collision', 'piece_reference_collision', 'piece_reference_collision']);
    expect(e.issues[0].message).toMatchInlineSnapshot(`"Transactions "AN000001" and "VT000001" would both be numbered "1" in Quadratus (pieceNumbers 'transaction' keeps the digits ending the id): use pieceNumbers 'sequence' (the default), or export one journal at a time (options.journals)."`);
  });

  it('keeps only the transactions of a period', () => {
    const lines = records(quadratusFormat.serialize(goldenTransactions(), { period: { from: '2024-12-01', to: '2024-12-31' } }));
    expect(lines.map((l) => at(l, QUADRATUS_M_FIELDS.journal))).toEqual(['OD', 'OD']);
  });

  it('streams the same text through chunks, without touching its input', () => {
    const txs = goldenTransactions();
    const before = JSON.stringify(txs);
    expect([...quadratusFormat.chunks(txs)].join('')).toBe(quadratusFormat.serialize(createBook(txs)));
    expect(JSON.stringify(txs)).toBe(before);
    expect(quadratusFormat.fileName({ siren: '123456782', period: { from: '2024-01-01', to: '2024-12-31' } })).toBe('quadratus-123456782-20240101-20241231.txt');
  });

  it('refuses an account that cannot fit 8 characters: account_too_long', () => {
    const merged = error(() => quadratusFormat.serialize(longAccounts()));
    expect(merged.issues[0].code).toBe('account_too_long');
    expect(merged.issues[0].message).toMatchInlineSnapshot(`"account "7061000001" and account "7061000002" would both be written "70610000" (Quadratus keeps 8 characters): they would merge into one account. Map one of them to another number with options.accountMap."`);
    const strict = error(() => quadratusFormat.serialize(longAccounts(), { overflow: 'error' }));
    expect(strict.issues.map((i) => i.code)).toEqual(['account_too_long', 'account_too_long']);
    expect(strict.issues[0].path).toEqual(['accounts', '7061000001']);
    // a mapping resolves it
    expect(() => quadratusFormat.serialize(longAccounts(), { accountMap: { '7061000002': '70610002' } })).not.toThrow();
    // cutting alone is fine when it merges nothing
    const single = createTransaction({ id: 'OD000002', journal: 'OD', date: '2024-03-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '7061000001', debit: '1.00' }, { account: '512000', credit: '1.00' }] });
    expect(at(records(quadratusFormat.serialize([single]))[0]!, QUADRATUS_M_FIELDS.compte)).toBe('70610000');
  });

  it('refuses two journals that merge when cut to 2 characters, and bad options', () => {
    const a = tv1Sale({ id: 'VTA000001', journal: 'VTA' });
    const b = tv1Sale({ id: 'VTB000001', journal: 'VTB' });
    expect(error(() => quadratusFormat.serialize([a, b])).issues[0].code).toBe('invalid_option');
    expect(() => quadratusFormat.serialize([a, b], { journalMap: { VTB: 'VB' } })).not.toThrow();
    expect(error(() => quadratusFormat.serialize([tv1Sale()], { overflow: 'cut' as never })).issues[0].code).toBe('invalid_option');
    expect(error(() => quadratusFormat.serialize([tv1Sale()], { accountRecords: 'yes' as never })).issues[0].code).toBe('invalid_option');
    expect(error(() => quadratusFormat.serialize([tv1Sale()], { accountMap: { '706100': 7 as never } })).issues[0].code).toBe('invalid_option');
    expect(error(() => quadratusFormat.serialize([tv1Sale()], { period: { from: '2024-12-31', to: '2024-01-01' } })).issues[0].code).toBe('invalid_period');
  });

  it('refuses an amount above 12 digits of cents: invalid_amount', () => {
    const big = createTransaction({ id: 'OD000009', journal: 'OD', date: '2024-03-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '512000', debit: '10000000000.00' }, { account: '101000', credit: '10000000000.00' }] });
    expect(error(() => quadratusFormat.serialize([big])).issues[0].code).toBe('invalid_amount');
  });
});

describe('properties', () => {
  it('every record is exactly 231 characters followed by CRLF, ASCII only', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const text = quadratusFormat.serialize(book, { includeOpening: true });
        if (book.size === 0) return text === '';
        const lines = text.slice(0, -2).split('\r\n');
        return text.endsWith('\r\n') && lines.every((l) => l.length === 231 && /^[\x20-\x7e]*$/.test(l));
      }),
      { numRuns: 60 },
    );
  });

  it('one M record per entry, and the signed amounts of the M records sum to zero', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const ms = quadratusFormat.serialize(book, { includeOpening: true }).split('\r\n').filter((l) => l.startsWith('M'));
        const sum = ms.reduce((s, l) => s + (l.charAt(41) === 'D' ? 1 : -1) * Number(l.slice(43, 55)), 0);
        return ms.length === book.entryCount && sum === 0;
      }),
      { numRuns: 60 },
    );
  });

  it('chunks joined equal serialize', () => {
    fc.assert(fc.property(bookArbitrary({ maxLength: 10 }), (book) => [...quadratusFormat.chunks(book, { includeOpening: true })].join('') === quadratusFormat.serialize(book, { includeOpening: true })), { numRuns: 30 });
  });
});

