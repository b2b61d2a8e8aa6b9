// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTransaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { CIEL_FIELDS, CIEL_RECORD_LENGTH, cielFormat } from '../../../src/formats/software/ciel.js';
import { goldenTransactions } from '../../_fixtures.js';
import { thrown } from './_error.js';
import { at, longAccounts, tv1Sale, TV8 } from './_vectors.js';

const records = (text: string): string[] => text.slice(0, -2).split('\r\n');

describe('formats.ciel', () => {
  it('writes TV8: the 411 line of TV1', () => {
    const text = cielFormat.serialize([tv1Sale()]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records(text)[0]).toBe(TV8);
  });

  it('puts each documented field of TV8 at its position', () => {
    const [r] = records(cielFormat.serialize([tv1Sale()])) as [string];
    const f = CIEL_FIELDS;
    expect(at(r, f.mouvement)).toBe('1    ');
    expect(at(r, f.journal)).toBe('VT');
    expect(at(r, f.date)).toBe('20241015');
    expect(at(r, f.echeance)).toBe('20241015');
    expect(at(r, f.piece)).toBe('FA2024-0001 ');
    expect(at(r, f.compte)).toBe('411000     ');
    expect(at(r, f.libelle)).toBe('FA2024-0001Abonnement 12 ');
    expect(at(r, f.montant)).toBe('       600,00');
    expect(at(r, f.sens)).toBe('D');
    expect(at(r, f.analytique)).toBe(' '.repeat(18));
    expect(at(r, f.libelle2)).toBe('Abonnement 12 mois DUPONT'.padEnd(34));
    expect(at(r, f.code)).toBe('O2003');
    const fields = Object.values(f);
    expect(fields.reduce((n, x) => n + x.length, 0)).toBe(CIEL_RECORD_LENGTH);
    fields.slice(1).forEach((x, i) => expect(x.position).toBe(fields[i]!.position + fields[i]!.length));
  });

  it('writes the auxiliary number in the account field and credits with C', () => {
    const [r1, r2] = records(cielFormat.serialize([tv1Sale({ auxiliary: true })])) as [string, string];
    expect(at(r1, CIEL_FIELDS.compte)).toBe('C0001      ');
    expect(at(r2, CIEL_FIELDS.compte)).toBe('706100     ');
    expect(at(r2, CIEL_FIELDS.montant)).toBe('       500,00');
    expect(at(r2, CIEL_FIELDS.sens)).toBe('C');
  });

  it('snapshots the golden book (TV5)', () => {
    expect(records(cielFormat.serialize(goldenTransactions()))).toMatchInlineSnapshot(`
      [
        "1    VT2024101520241015FA2024-0001 C0001      FA2024-0001Abonnement 12        600,00D                  Abonnement 12 mois DUPONT         O2003",
        "1    VT2024101520241015FA2024-0001 706100     FA2024-0001Abonnement 12        500,00C                  Abonnement 12 mois DUPONT         O2003",
        "1    VT2024101520241015FA2024-0001 445710     FA2024-0001Abonnement 12        100,00C                  Abonnement 12 mois DUPONT         O2003",
        "2    BQ2024101520241015RG2024-0001 512000     RG2024-0001Reglement CB D       600,00D                  Reglement CB DUPONT FA2024-0001   O2003",
        "2    BQ2024101520241015RG2024-0001 C0001      RG2024-0001Reglement CB D       600,00C                  Reglement CB DUPONT FA2024-0001   O2003",
        "3    OD2024123120241231PCA2024     706100     PCA2024PCA abonnement FA2       393,15D                  PCA abonnement FA2024-0001 287/365O2003",
        "3    OD2024123120241231PCA2024     487000     PCA2024PCA abonnement FA2       393,15C                  PCA abonnement FA2024-0001 287/365O2003",
      ]
    `);
  });

  it('folds accents, numbers by sequence on request, streams the same text, names the file XIMPORT.TXT', () => {
    const tx = createTransaction({ id: 'VT000002', journal: 'VT', date: '2024-02-29', piece: { ref: 'Réf' }, label: 'Œuvre\nréglée', entries: [{ account: '411000', debit: '1.50' }, { account: '706100', credit: '1.50' }] });
    const [r] = records(cielFormat.serialize([tx], { pieceNumbers: 'sequence' })) as [string];
    expect(r).toHaveLength(142);
    expect(at(r, CIEL_FIELDS.libelle)).toBe('RefOEuvre reglee'.padEnd(25));
    expect(at(r, CIEL_FIELDS.mouvement)).toBe('1    ');
    expect(at(r, CIEL_FIELDS.montant)).toBe('         1,50');
    expect([...cielFormat.chunks(goldenTransactions())].join('')).toBe(cielFormat.serialize(goldenTransactions()));
    expect(cielFormat.encode([tx]).length).toBe(cielFormat.serialize([tx]).length);
    expect(cielFormat.fileName({})).toBe('XIMPORT.TXT');
  });

  it('refuses accounts that merge when cut to 11 characters: account_too_long', () => {
    const txs = [createTransaction({ id: 'OD000001', journal: 'OD', date: '2024-03-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '706100000001', debit: '1.00' }, { account: '706100000002', credit: '1.00' }] })];
    expect(thrown(() => cielFormat.serialize(txs)).issues[0].code).toBe('account_too_long');
    expect(() => cielFormat.serialize(longAccounts())).not.toThrow();
    expect(thrown(() => cielFormat.serialize(longAccounts(), { overflow: 'error', accountMap: { '7061000001': '706100000001' } })).issues[0].code).toBe('account_too_long');
    expect(thrown(() => cielFormat.serialize(txs, { pieceNumbers: 'x' as never })).issues[0].code).toBe('invalid_option');
  });
});

describe('properties', () => {
  it('every record is exactly 142 characters followed by CRLF, ASCII only', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const text = cielFormat.serialize(book, { includeOpening: true });
        if (book.size === 0) return text === '';
        const lines = records(text);
        return text.endsWith('\r\n') && lines.length === book.entryCount && lines.every((l) => l.length === 142 && /^[\x20-\x7e]*$/.test(l));
      }),
      { numRuns: 60 },
    );
  });

  it('debits and credits balance', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const sum = records(cielFormat.serialize(book, { includeOpening: true })).filter((l) => l !== '').reduce((s, l) => s + (l.charAt(84) === 'D' ? 1 : -1) * Math.round(Number(l.slice(71, 84).trim().replace(',', '.')) * 100), 0);
        return sum === 0;
      }),
      { numRuns: 60 },
    );
  });
});
