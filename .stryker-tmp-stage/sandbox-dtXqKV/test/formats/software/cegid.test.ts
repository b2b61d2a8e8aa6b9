// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTransaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { cegidFormat } from '../../../src/formats/software/cegid.js';
import { goldenTransactions } from '../../_fixtures.js';
import { thrown } from './_error.js';
import { tv1Sale } from './_vectors.js';

const lines = (text: string): string[] => text.slice(0, -1).split('\n');

describe('formats.cegid', () => {
  it('writes one line per entry: date; journal; account; auxiliary; D/C; amount; label; piece', () => {
    const [first] = lines(cegidFormat.serialize([tv1Sale({ auxiliary: true })]));
    expect(first!.split(';')).toEqual(['15102024', 'VT', '411000', 'C0001', 'D', '600,00', 'Abonnement 12 mois DUPONT', 'FA2024-0001']);
  });

  it('snapshots the golden book (TV5)', () => {
    expect(cegidFormat.serialize(goldenTransactions())).toMatchInlineSnapshot(`
      "15102024;VT;411000;C0001;D;600,00;Abonnement 12 mois DUPONT;FA2024-0001
      15102024;VT;706100;;C;500,00;Abonnement 12 mois DUPONT;FA2024-0001
      15102024;VT;445710;;C;100,00;Abonnement 12 mois DUPONT;FA2024-0001
      15102024;BQ;512000;;D;600,00;Reglement CB DUPONT FA2024-0001;RG2024-0001
      15102024;BQ;411000;C0001;C;600,00;Reglement CB DUPONT FA2024-0001;RG2024-0001
      31122024;OD;706100;;D;393,15;PCA abonnement FA2024-0001 287/365;PCA2024
      31122024;OD;487000;;C;393,15;PCA abonnement FA2024-0001 287/365;PCA2024
      "
    `);
  });

  it('folds accents, removes separators and line breaks from texts, cuts labels to 35 characters', () => {
    const tx = createTransaction({ id: 'VT000002', journal: 'VT', date: '2024-02-29', piece: { ref: 'R;1' }, label: 'Œuvre; réglée\nà 12 € pour un abonnement annuel complet', entries: [{ account: '411000', auxiliary: { number: 'C;02', name: 'x' }, debit: '1.00' }, { account: '706100', credit: '1.00' }] });
    const text = cegidFormat.serialize([tx]);
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
    const [first] = lines(text);
    expect(first!.split(';')).toEqual(['29022024', 'VT', '411000', 'C 02', 'D', '1,00', 'OEuvre  reglee a 12 EUR pour un abo', 'R 1']);
    expect(cegidFormat.serialize([tx], { labelWidth: 6 }).split('\n')[0]!.split(';')[6]).toBe('OEuvre');
  });

  it('refuses an account that cannot fit its width: account_too_long', () => {
    expect(thrown(() => cegidFormat.serialize([tv1Sale()], { accountWidth: 5, overflow: 'error' })).issues[0].code).toBe('account_too_long');
    expect(thrown(() => cegidFormat.serialize([tv1Sale()], { accountWidth: 0 })).issues[0].code).toBe('invalid_option');
    expect(lines(cegidFormat.serialize([tv1Sale()], { accountWidth: 4 }))[0]!.split(';')[2]).toBe('4110');
  });
});

describe('properties', () => {
  it('one line of 8 fields per entry, and debits equal credits', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const text = cegidFormat.serialize(book, { includeOpening: true });
        if (book.size === 0) return text === '';
        const rows = lines(text).map((l) => l.split(';'));
        const sum = rows.reduce((s, r) => s + (r[4] === 'D' ? 1 : -1) * Math.round(Number(r[5]!.replace(',', '.')) * 100), 0);
        return rows.length === book.entryCount && rows.every((r) => r.length === 8) && sum === 0;
      }),
      { numRuns: 60 },
    );
  });
});
