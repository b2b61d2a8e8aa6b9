// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, bookTransactions, createBook, createChart, createTransaction, DEFAULT_JOURNALS, isBook, type Transaction } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions } from '../_fixtures.js';
import { codeOf } from '../_errors.js';

describe('createBook', () => {
  it('lays transactions out in columns', () => {
    const book = createBook(goldenTransactions());
    expect(isBook(book)).toBe(true);
    expect(isBook({ ...book })).toBe(false);
    expect(book.size).toBe(4);
    expect(book.entryCount).toBe(9);
    expect(book.accounts).toEqual(['512000', '101000', '411000', '706100', '445710', '487000']);
    expect(book.accountLabels).toEqual(['Banque', 'Capital', 'Clients', 'Abonnements', 'TVA collectee 20%', 'Produits constates d avance']);
    expect([...book.entries.amount]).toEqual([100000, -100000, 60000, -50000, -10000, 60000, -60000, 39315, -39315]);
    expect([...book.tx.opening]).toEqual([1, 0, 0, 0]);
    expect(book.auxiliaries).toEqual([{ number: 'C0001', name: 'DUPONT Jean' }]);
    expect(book.journals).toEqual(['AN', 'VT', 'BQ', 'OD']);
    expect(book.journalLabels).toEqual(['À-nouveaux', 'Ventes', 'Banque', 'Opérations diverses']);
    expect(book.entries.letteringCode).toBeDefined();
    expect(book.entries.foreignCurrency).toBeUndefined();
    expect(Object.isFrozen(book)).toBe(true);
  });

  it('labels accounts from the chart when entries give none', () => {
    const tx = createTransaction({ id: 'X1', journal: 'OD', date: '2024-01-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '512100', debit: '1' }, { account: '706', credit: '1' }] });
    expect(createBook([tx]).accountLabels).toEqual(['Banques', 'Prestations de services']);
  });

  it('orders transactions by date without moving them', () => {
    const [a, b, c, d] = goldenTransactions();
    const book = createBook([d!, b!, a!, c!]);
    expect([...book.byDate].map((t) => book.tx.id[t])).toEqual(['AN000001', 'VT000001', 'BQ000001', 'OD000001']);
  });

  it('gives back the same transactions', () => {
    const txs = goldenTransactions();
    expect([...bookTransactions(createBook(txs))].map((t) => JSON.stringify(t))).toEqual(txs.map((t) => JSON.stringify(t)));
  });

  it('refuses duplicate ids, unknown accounts and journals, mixed currencies', () => {
    const txs = goldenTransactions();
    expect(codeOf(() => createBook([...txs, txs[1]!]))).toBe('duplicate_transaction');
    expect(() => createBook([...txs, txs[1]!])).toThrowErrorMatchingInlineSnapshot(`[AccountingError: [4].id: Transaction id VT000001 is used twice (inputs 1 and 4): ids must be unique in a book.]`);
    const chart = createChart([{ number: '512', label: 'Banque' }, { number: '101', label: 'Capital' }]);
    expect(codeOf(() => createBook(txs, { chart }))).toBe('unknown_account');
    expect(codeOf(() => createBook(txs, { journals: DEFAULT_JOURNALS.filter((j) => j.code !== 'OD') }))).toBe('unknown_journal');
    const usd = createTransaction({ id: 'U1', journal: 'OD', date: '2024-01-01', piece: { ref: 'X' }, label: 'x', currency: 'USD', entries: [{ account: '512000', debit: '1' }, { account: '706000', credit: '1' }] });
    expect(codeOf(() => createBook([...txs, usd]))).toBe('invalid_input');
  });

  it('refuses a hand-made unbalanced object (an unbalanced transaction never enters a Book)', () => {
    const tx = goldenTransactions()[1]!;
    const forged = { ...tx, id: 'FORGED', entries: [tx.entries[0]!, tx.entries[1]!] } as Transaction;
    expect(codeOf(() => createBook([forged]))).toBe('unbalanced_transaction');
    const fake = { ...tx, id: 'FAKE', entries: [{ account: '512000', side: 'debit', minor: 1.5 }, { account: '706000', side: 'credit', minor: 1.5 }] } as unknown as Transaction;
    expect(codeOf(() => createBook([fake]))).toBe('invalid_amount');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const before = JSON.stringify(txs);
    createBook(txs);
    expect(JSON.stringify(txs)).toBe(before);
  });

  describe('properties', () => {
    it('round trip: bookTransactions(createBook(txs)) gives back txs', () => {
      fc.assert(
        fc.property(transactionsArbitrary({ maxLength: 20 }), (txs) => {
          expect([...bookTransactions(createBook(txs))].map((t) => JSON.stringify(t))).toEqual(txs.map((t) => JSON.stringify(t)));
        }),
        { numRuns: 50 },
      );
    });

    it('every transaction of a Book nets to zero', () => {
      fc.assert(
        fc.property(transactionsArbitrary(), (txs) => {
          const b = createBook(txs);
          for (let t = 0; t < b.size; t++) {
            let s = 0;
            for (let e = b.tx.entryStart[t]!; e < b.tx.entryStart[t + 1]!; e++) s += b.entries.amount[e]!;
            if (s !== 0) return false;
          }
          return true;
        }),
      );
    });
  });
});

describe('createBook with an account width', () => {
  const opening = createTransaction({
    id: 'AN000001', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN2024' }, label: 'Reprise', type: 'opening',
    entries: [{ account: '512000', debit: '1000.00' }, { account: '101000', credit: '1000.00' }],
  });
  const receipt = createTransaction({
    id: 'BQ000001', journal: 'BQ', date: '2024-02-01', piece: { ref: 'RG1' }, label: 'Règlement',
    entries: [{ account: '512', debit: '120.00' }, { account: '411', auxiliary: { number: 'C01', name: 'DUPONT' }, credit: '120.00' }],
  });

  it('holds one number per account: 512 and 512000 become one 512000', () => {
    expect(createBook([opening, receipt]).accounts).toEqual(['512000', '101000', '512', '411']);
    const book = createBook([opening, receipt], { accountWidth: 6 });
    expect(book.accounts).toEqual(['512000', '101000', '411000']);
    expect(book.auxiliaries).toEqual([{ number: 'C01', name: 'DUPONT' }]);
    expect([...bookTransactions(book)][1]!.entries.map((e) => e.account)).toEqual(['512000', '411000']);
  });

  it('refuses a number longer than the width, by code, at the entry', () => {
    let issues: ReadonlyArray<{ code: string; path: ReadonlyArray<string | number> }> = [];
    try {
      createBook([opening, receipt], { accountWidth: 4 });
    } catch (e) {
      if (e instanceof AccountingError) issues = e.issues;
    }
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['account_too_long', [0, 'entries', 0, 'account']],
      ['account_too_long', [0, 'entries', 1, 'account']],
    ]);
    expect(codeOf(() => createBook([opening], { accountWidth: 0 }))).toBe('invalid_option');
  });

  describe('properties', () => {
    it('idempotence: a book rebuilt with the width from its own transactions is the same book', () => {
      fc.assert(
        fc.property(transactionsArbitrary({ accounts: ['411', '411000', '706', '7061', '512', '5120', '512000', '44571'] }), (txs) => {
          const book = createBook(txs, { accountWidth: 6 });
          const again = createBook([...bookTransactions(book)], { accountWidth: 6 });
          expect(again.accounts).toEqual(book.accounts);
          expect([...again.entries.amount]).toEqual([...book.entries.amount]);
          expect(book.accounts.every((a) => a.length === 6)).toBe(true);
        }),
        { numRuns: 50 },
      );
    });
  });
});
