// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountNumberClashes, createBook, createTransaction, formats, validateFec, type Transaction } from '../../src/index.js';

/** A transaction moving 1.00 from `account` to a counterpart no generated number can clash with. */
const move = (k: number, account: string): Transaction =>
  createTransaction({
    id: `OD${String(k + 1).padStart(6, '0')}`,
    journal: 'OD',
    date: '2024-03-01',
    piece: { ref: `P${k}` },
    label: 'Mouvement',
    entries: [
      { account, accountLabel: 'Compte', debit: '1.00' },
      { account: '890XYZ', accountLabel: 'Contrepartie', credit: '1.00' },
    ],
  });

/**
 * Accounts as groups: distinct base numbers (no trailing zero past the third
 * character), each written with 0 to 3 extra trailing zeros — the group's
 * distinct spellings are one account.
 */
const groupsArb = fc
  .uniqueArray(fc.stringMatching(/^[1-7][0-9]{2}([0-9]{0,2}[1-9])?$/), { minLength: 1, maxLength: 6 })
  .chain((bases) => fc.tuple(...bases.map((base) => fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }).map((zeros) => ({ base, numbers: zeros.map((z) => base + '0'.repeat(z)) })))));

describe('accountNumberClashes', () => {
  it('finds 512 beside 512000, and none once the book has a width', () => {
    const txs = [move(0, '512000'), move(1, '512'), move(2, '411000')];
    expect(accountNumberClashes(createBook(txs))).toEqual([{ account: '512', numbers: ['512', '512000'] }]);
    expect(accountNumberClashes(txs)).toEqual([{ account: '512', numbers: ['512', '512000'] }]);
    expect(accountNumberClashes(createBook(txs, { accountWidth: 6 }))).toEqual([]);
    // 706 and 706100 are two accounts (a sub-account), not a clash.
    expect(accountNumberClashes([move(0, '706'), move(1, '706100')])).toEqual([]);
  });

  describe('properties', () => {
    it('finds exactly the generated clashes: every group of two or more spellings, with all its numbers', () => {
      fc.assert(
        fc.property(groupsArb, (groups) => {
          const txs = groups.flatMap((g) => g.numbers).map((n, k) => move(k, n));
          const expected = groups
            .filter((g) => g.numbers.length > 1)
            .map((g) => ({ account: g.base, numbers: [...g.numbers].sort() }))
            .sort((a, b) => (a.account < b.account ? -1 : 1));
          expect(accountNumberClashes(txs)).toEqual(expected);
        }),
      );
    });

    it('a book built with a width has no clash', () => {
      fc.assert(
        fc.property(groupsArb, (groups) => {
          const txs = groups.flatMap((g) => g.numbers).map((n, k) => move(k, n));
          expect(accountNumberClashes(createBook(txs, { accountWidth: 9 }))).toEqual([]);
        }),
      );
    });

    it('validateFec warns once for every spelling after an account’s first, naming both', () => {
      fc.assert(
        fc.property(groupsArb, (groups) => {
          const txs = groups.flatMap((g) => g.numbers).map((n, k) => move(k, n));
          const fec = formats.fec.serialize(txs, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } });
          const warnings = validateFec(fec).issues.filter((i) => i.code === 'fec_account_number_clash');
          expect(warnings).toHaveLength(groups.reduce((n, g) => n + g.numbers.length - 1, 0));
          for (const g of groups) {
            for (const other of g.numbers.slice(1)) {
              expect(warnings.some((w) => w.severity === 'warning' && w.message.startsWith(`CompteNum ${other} is the same account as ${g.numbers[0]} (line `))).toBe(true);
            }
          }
        }),
        { numRuns: 50 },
      );
    });
  });
});
