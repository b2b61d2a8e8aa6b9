// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, SUBLEDGER_TYPE_LABELS, subledger, type SubledgerOptions, type SubledgerRow } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions, receivablesTransactions, snapshot } from './_fixtures.js';
import { richBooks } from './_richBooks.js';
import { subledger as subledgerBefore } from './_reference/subledgerBefore.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0].code;
    throw error;
  }
  return undefined;
}

describe('subledger', () => {
  const book = createBook(goldenTransactions());

  it('lists every entry with the home-care seed’s columns', () => {
    const rows = [...subledger(book, { period: { from: '2024-10-01', to: '2024-12-31' } })];
    expect(rows.map((r) => [r.referenceId, r.transactionId, r.postingDate, r.type, r.accountNumber, r.accountName, r.debit.toFixed(2), r.credit.toFixed(2), r.invoiceNumber])).toEqual([
      ['VT000001-1', 'dVT000001', '2024-10-15', 'vente', '411000', 'Clients', '600.00', '0.00', 'FA2024-0001'],
      ['VT000001-2', 'cVT000001', '2024-10-15', 'vente', '706100', 'Abonnements', '0.00', '500.00', 'FA2024-0001'],
      ['VT000001-3', 'cVT000001', '2024-10-15', 'vente', '445710', 'TVA collectee 20%', '0.00', '100.00', 'FA2024-0001'],
      ['BQ000001-1', 'dBQ000001', '2024-10-15', 'paiement', '512000', 'Banque', '600.00', '0.00', 'FA2024-0001'],
      ['BQ000001-2', 'cBQ000001', '2024-10-15', 'paiement', '411000', 'Clients', '0.00', '600.00', 'FA2024-0001'],
      ['OD000001-1', 'dOD000001', '2024-12-31', 'régularisation', '706100', 'Abonnements', '393.15', '0.00', ''],
      ['OD000001-2', 'cOD000001', '2024-12-31', 'régularisation', '487000', 'Produits constates d avance', '0.00', '393.15', ''],
    ]);
    expect(rows[1]).toMatchObject({ transactionDate: '2024-10-15', costCenter: 'CLUB-1', client: 'DUPONT Jean', clientId: 'C0001', memo: 'abonnement annuel', paymentMethod: '', funder: '', billingContact: '' });
    expect(rows[3]).toMatchObject({ paymentMethod: 'CB', paymentMethodCode: 'card', client: 'DUPONT Jean', costCenter: '' });
    expect(JSON.parse(JSON.stringify(rows[0]))).toMatchObject({ debit: '600.00', credit: '0.00', referenceId: 'VT000001-1' });
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  it('maps transaction types to the seed’s wording, overridable', () => {
    expect(SUBLEDGER_TYPE_LABELS).toMatchObject({ sale: 'vente', payment: 'paiement', cancellation: 'annulation', 'credit-note': 'note de crédit', 'debit-note': 'note de débit', 'write-off': 'radiation' });
    const [first] = subledger(book, { journal: 'VT', typeLabels: { sale: 'sale' } });
    expect(first!.type).toBe('sale');
    const custom = createTransaction({ id: 'X1', journal: 'OD', date: '2024-05-01', piece: { ref: 'X' }, label: 'x', type: 'my-type', entries: [{ account: '512000', debit: '1' }, { account: '101000', credit: '1' }] });
    const untyped = createTransaction({ id: 'X2', journal: 'OD', date: '2024-05-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '512000', debit: '1' }, { account: '101000', credit: '1' }] });
    expect([...subledger([custom, untyped])].map((r) => r.type)).toEqual(['my-type', 'my-type', '', '']);
  });

  it('resolves a line’s open item to the invoice number, falling back to the open item id', () => {
    const rows = [...subledger(receivablesTransactions(), { accounts: { prefixes: ['411'] } })];
    const byRef = Object.fromEntries(rows.map((r) => [r.referenceId, r.invoiceNumber]));
    expect(rows.filter((r) => r.type === 'paiement').map((r) => r.invoiceNumber)).toEqual(['FA2024-0001', '', 'FA2024-0002', '']);
    expect(rows.find((r) => r.type === 'note de crédit')!.invoiceNumber).toBe('AV2024-0001');
    expect(Object.keys(byRef).length).toBe(rows.length);
    const orphan = createTransaction({
      id: 'BQ9', journal: 'BQ', date: '2024-05-01', piece: { ref: 'R' }, label: 'r', type: 'payment',
      entries: [{ account: '512000', debit: '1' }, { account: '411000', auxiliary: { number: 'C9', name: 'X' }, credit: '1', openItem: 'inv-404' }],
    });
    expect([...subledger([orphan])].map((r) => r.invoiceNumber)).toEqual(['inv-404', 'inv-404']);
  });

  it('has totals, and filters by journal and accounts', () => {
    const all = subledger(book);
    expect(all.rowCount).toBe(9);
    expect(all.totals.debit.toFixed(2)).toBe('2593.15');
    expect(all.totals.credit.toFixed(2)).toBe('2593.15');
    expect([...subledger(book, { accounts: { classes: [5] } })].map((r) => r.referenceId)).toEqual(['AN000001-1', 'BQ000001-1']);
    expect(subledger(book, { journal: ['BQ', 'OD'] }).rowCount).toBe(4);
  });

  it('filters by transaction types; untyped transactions are left out when types are given', () => {
    expect([...subledger(book, { types: ['payment', 'deferral'] })].map((r) => r.referenceId)).toEqual(['BQ000001-1', 'BQ000001-2', 'OD000001-1', 'OD000001-2']);
    const filtered = subledger(book, { types: ['sale'] });
    expect([filtered.rowCount, filtered.totals.debit.toFixed(2), filtered.totals.credit.toFixed(2)]).toEqual([3, '600.00', '600.00']);
    expect(subledger(book, { types: ['unused-type'] }).rowCount).toBe(0);
    const untyped = createTransaction({ id: 'OD9', journal: 'OD', date: '2024-06-01', piece: { ref: 'X' }, label: 'x', entries: [{ account: '512000', debit: '1.00' }, { account: '101000', credit: '1.00' }] });
    expect(subledger([untyped], { types: ['sale'] }).rowCount).toBe(0);
    expect(subledger([untyped]).rowCount).toBe(2);
  });

  it('gives each row its journal, piece reference, label and auxiliary account', () => {
    const [first, second] = subledger(book, { journal: 'VT' });
    expect([first!.journal, first!.pieceRef, first!.label, first!.auxiliary]).toEqual(['VT', 'FA2024-0001', 'Abonnement 12 mois DUPONT', { number: 'C0001', name: 'DUPONT Jean' }]);
    expect(second!.auxiliary).toBeUndefined();
  });

  it('rejects bad types', () => {
    expect(codeOf(() => subledger(book, { types: 'sale' as never }))).toBe('invalid_option');
    expect(codeOf(() => subledger(book, { types: ['sale', 3 as never] }))).toBe('invalid_option');
  });

  it('rejects an unknown account filter, a period ending before it starts, bad type labels', () => {
    expect(codeOf(() => subledger(book, { accounts: { prefixes: ['999'] } }))).toBe('unknown_account');
    expect(codeOf(() => subledger(book, { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => subledger(book, { typeLabels: { sale: 1 as never } }))).toBe('invalid_option');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const b = createBook(txs);
    const before = [snapshot(txs), snapshot(b), snapshot(SUBLEDGER_TYPE_LABELS)];
    [...subledger(b, Object.freeze({ typeLabels: Object.freeze({ sale: 'S' }) }))];
    [...subledger(txs)];
    expect([snapshot(txs), snapshot(b), snapshot(SUBLEDGER_TYPE_LABELS)]).toEqual(before);
  });
});

describe('properties', () => {
  it('Σ debit = Σ credit for each transaction, and the rows cover every entry once', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 30 }), (txs) => {
        const rows = [...subledger(txs)];
        expect(rows.length).toBe(txs.reduce((n, t) => n + t.entries.length, 0));
        expect(new Set(rows.map((r) => r.referenceId)).size).toBe(rows.length);
        const sums = new Map<string, number>();
        for (const r of rows) {
          expect(r.transactionId[0]).toBe(r.minor > 0 ? 'd' : 'c');
          const id = r.transactionId.slice(1);
          sums.set(id, (sums.get(id) ?? 0) + r.minor);
        }
        for (const s of sums.values()) expect(s).toBe(0);
      }),
    );
  });

  it('its totals are the sums of its rows', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 30 }), (txs) => {
        const sl = subledger(txs, { accounts: { classes: [4, 5] } });
        const rows: SubledgerRow[] = [...sl];
        expect(rows.length).toBe(sl.rowCount);
        expect(rows.reduce((s, r) => s + Math.max(r.minor, 0), 0)).toBe(sl.totals.debit.times(100).toNumber());
        expect(rows.reduce((s, r) => s + Math.max(-r.minor, 0), 0)).toBe(sl.totals.credit.times(100).toNumber());
      }),
    );
  });

  it('filtering by types partitions the rows: the rows of some types plus those of the others (and untyped) are all the rows', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 30 }), fc.subarray(['sale', 'payment', 'opening', 'refund']), (txs, types) => {
        const book = createBook(txs);
        const others = [...new Set(txs.map((t) => t.type).filter((t): t is NonNullable<typeof t> => t !== undefined && !types.includes(t)))];
        const untyped = txs.filter((t) => t.type === undefined).reduce((n, t) => n + t.entries.length, 0);
        const selected = subledger(book, { types });
        expect(selected.rowCount + subledger(book, { types: others }).rowCount + untyped).toBe(book.entryCount);
        expect([...selected].length).toBe(selected.rowCount);
        expect(selected.totals.debit.equals(selected.totals.credit)).toBe(true);
      }),
    );
  });
});

describe('properties (issue 15: the rows against the frozen reference)', () => {
  const view = (rows: Iterable<SubledgerRow>): unknown[] =>
    [...rows].map((r) => [JSON.stringify(r), FIELDS.map((f) => r[f]), r.debit.toFixed(2), r.credit.toFixed(2), Object.isFrozen(r)]);
  const FIELDS = ['referenceId', 'transactionId', 'postingDate', 'transactionDate', 'type', 'accountName', 'accountNumber', 'minor', 'invoiceNumber', 'costCenter', 'funder', 'billingContact', 'client', 'clientId', 'memo', 'paymentMethod', 'paymentMethodCode', 'journal', 'pieceRef', 'label', 'auxiliary'] as const;

  it('subledger = the reference implementation: every row (its JSON, each field read, its Decimals), the totals and the row count, with and without options', () => {
    fc.assert(
      fc.property(richBooks, fc.nat(), (book, pick) => {
        const options: SubledgerOptions[] = [{}, { types: ['payment', 'refund'] }, { period: { from: '2024-01-02', to: '2024-06-30' } }, { typeLabels: { sale: 'sale' }, labels: { language: 'en' } }];
        if (book.accounts.some((a) => a.startsWith('4'))) options.push({ accounts: { classes: [4] } });
        if (book.journals.length > 0) options.push({ journal: book.journals[pick % book.journals.length]! });
        for (const o of options) {
          const mine = subledger(book, o);
          const before = subledgerBefore(book, o);
          expect(view(mine)).toEqual(view(before));
          expect([mine.rowCount, mine.totals.debit.toFixed(2), mine.totals.credit.toFixed(2), mine.period]).toEqual([before.rowCount, before.totals.debit.toFixed(2), before.totals.credit.toFixed(2), before.period]);
        }
      }),
      { numRuns: 80 },
    );
  });
});
