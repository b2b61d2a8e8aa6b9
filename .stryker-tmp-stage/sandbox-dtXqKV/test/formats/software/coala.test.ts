// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTransaction } from '../../../src/index.js';
import { bookArbitrary } from '../../../src/testing/index.js';
import { coalaFormat } from '../../../src/formats/software/coala.js';
import { goldenTransactions } from '../../_fixtures.js';
import { thrown } from './_error.js';
import { tv1Sale } from './_vectors.js';

const lines = (text: string): string[] => text.slice(0, -1).split('\n');

describe('formats.coala', () => {
  it('writes one line per entry: date; journal; account; piece number; piece reference; debit; credit; E; auxiliary', () => {
    const [first, second] = lines(coalaFormat.serialize([tv1Sale({ auxiliary: true })]));
    expect(first!.split(';')).toEqual(['15/10/2024', 'VT', '411000', 'VT000001', 'FA2024-0001', '600,00', '0,00', 'E', 'C0001']);
    expect(second!.split(';')).toEqual(['15/10/2024', 'VT', '706100', 'VT000001', 'FA2024-0001', '0,00', '500,00', 'E', '']);
  });

  it('snapshots the golden book (TV5)', () => {
    expect(coalaFormat.serialize(goldenTransactions())).toMatchInlineSnapshot(`
      "15/10/2024;VT;411000;VT000001;FA2024-0001;600,00;0,00;E;C0001
      15/10/2024;VT;706100;VT000001;FA2024-0001;0,00;500,00;E;
      15/10/2024;VT;445710;VT000001;FA2024-0001;0,00;100,00;E;
      15/10/2024;BQ;512000;BQ000001;RG2024-0001;600,00;0,00;E;
      15/10/2024;BQ;411000;BQ000001;RG2024-0001;0,00;600,00;E;C0001
      31/12/2024;OD;706100;OD000001;PCA2024;393,15;0,00;E;
      31/12/2024;OD;487000;OD000001;PCA2024;0,00;393,15;E;
      "
    `);
  });

  it('keeps accents (UTF-8) but removes separators and line breaks', () => {
    const tx = createTransaction({ id: 'VT000002', journal: 'VT', date: '2024-02-29', piece: { ref: 'Réf;1\n2' }, label: 'x', entries: [{ account: '411000', debit: '1.00' }, { account: '706100', credit: '1.00' }] });
    expect(lines(coalaFormat.serialize([tx]))[0]!.split(';')[4]).toBe('Réf 1 2');
  });

  it('refuses accounts that merge when cut: account_too_long', () => {
    const tx = createTransaction({ id: 'OD000001', journal: 'OD', date: '2024-03-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '70610000000001', debit: '1.00' }, { account: '70610000000002', credit: '1.00' }] });
    expect(thrown(() => coalaFormat.serialize([tx])).issues[0].code).toBe('account_too_long');
    expect(() => coalaFormat.serialize([tx], { accountWidth: 14 })).not.toThrow();
  });
});

describe('properties', () => {
  it('one line of 9 fields per entry, and the debit column equals the credit column', () => {
    fc.assert(
      fc.property(bookArbitrary({ maxLength: 15 }), (book) => {
        const text = coalaFormat.serialize(book, { includeOpening: true });
        if (book.size === 0) return text === '';
        const rows = lines(text).map((l) => l.split(';'));
        const cents = (s: string): number => Math.round(Number(s.replace(',', '.')) * 100);
        const sum = rows.reduce((s, r) => s + cents(r[5]!) - cents(r[6]!), 0);
        return rows.length === book.entryCount && rows.every((r) => r.length === 9 && r[7] === 'E') && sum === 0;
      }),
      { numRuns: 60 },
    );
  });
});
