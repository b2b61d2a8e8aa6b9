// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookTransactions, createBook, createTransaction, letter, letteringCode, openItems, post, type Book, type Invoice, type Transaction } from '../../src/index.js';
import { salesArbitrary } from '../../src/testing/index.js';
import { oracle } from './_oracle.js';
import { firstIssue, invoice, line, martin, payment, plain } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

/** `account aux openItem → code date` for every lettered entry. */
function letters(book: Book): string[] {
  const out: string[] = [];
  for (const t of bookTransactions(book)) for (const e of t.entries) if (e.lettering) out.push(`${t.id} ${e.account} ${e.auxiliary?.number ?? ''} ${e.openItem ?? ''} ${e.lettering.code} ${e.lettering.date}`);
  return out;
}

describe('letter', () => {
  const inv1 = invoice('inv-1', '2024-03-01', [line('120.00')]);
  const inv2 = invoice('inv-2', '2024-02-01', [line('60.00')]);
  const inv3 = invoice('inv-3', '2024-02-15', [line('60.00')], { customer: martin });

  it('letters an invoice with the payments that settle it, dated the last of them', () => {
    const txs = post([inv1, payment('p-1', '2024-03-05', '20.00', [['inv-1', '20.00']]), payment('p-2', '2024-03-09', '100.00', [['inv-1', '100.00']])], vatOnInvoice).transactions;
    expect(letters(letter(createBook(txs)))).toEqual([
      'VT000001 411 C0001 inv-1 A 2024-03-09',
      'BQ000001 411 C0001 inv-1 A 2024-03-09',
      'BQ000002 411 C0001 inv-1 A 2024-03-09',
    ]);
  });

  it('letters nothing partly settled, and nothing paid on account', () => {
    const txs = post([inv1, payment('p-1', '2024-03-05', '20.00', [['inv-1', '20.00']]), payment('p-2', '2024-03-05', '20.00', [])], vatOnInvoice).transactions;
    expect(letters(letter(txs))).toEqual([]);
  });

  it('gives codes A, B… per account and auxiliary account, in the order of first dates', () => {
    const txs = post([inv1, inv2, inv3, payment('p-1', '2024-03-05', '180.00', [['inv-1', '120.00'], ['inv-2', '60.00']]), payment('p-2', '2024-03-05', '60.00', [['inv-3', '60.00']], { customer: martin })], vatOnInvoice).transactions;
    expect(letters(letter(txs))).toEqual([
      'VT000001 411 C0001 inv-2 A 2024-03-05',
      'VT000002 411 C0002 inv-3 A 2024-03-05',
      'VT000003 411 C0001 inv-1 B 2024-03-05',
      'BQ000001 411 C0001 inv-1 B 2024-03-05',
      'BQ000001 411 C0001 inv-2 A 2024-03-05',
      'BQ000002 411 C0002 inv-3 A 2024-03-05',
    ]);
  });

  it('letters deposits on 4191 and remitted receipts on their clearing account', () => {
    const deposit = invoice('dep-1', '2024-11-02', [line('120.00')], { kind: 'deposit' });
    const final = invoice('fin-1', '2024-11-20', [line('600.00')], { deducts: ['dep-1'] });
    const txs = post([deposit, payment('p-1', '2024-11-02', '120.00', [['dep-1', '120.00']], { method: 'card' }), final, { type: 'remittance', id: 'rem', date: '2024-11-03', method: 'card', amount: '120.00', payments: ['p-1'] }], vatOnInvoice).transactions;
    const got = letters(letter(txs));
    expect(got.filter((l) => l.includes(' 4191 '))).toEqual(['VT000001 4191 C0001 dep-1 A 2024-11-20', 'VT000002 4191 C0001 dep-1 A 2024-11-20']);
    expect(got.filter((l) => l.includes(' 5115 '))).toEqual(['BQ000001 5115  p-1 A 2024-11-03', 'BQ000002 5115  p-1 A 2024-11-03']);
    expect(letters(letter(txs, { accounts: ['4191'] })).every((l) => l.includes(' 4191 '))).toBe(true);
  });

  it('keeps the codes of lines without an open item (an imported file) and skips them', () => {
    const imported = createTransaction({
      id: 'AN1', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN' }, label: 'Reprise', type: 'opening',
      entries: [
        { account: '411', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '10.00', lettering: { code: 'A', date: '2024-01-01' } },
        { account: '101', credit: '10.00' },
      ],
    });
    const txs = [imported, ...post([inv1, payment('p-1', '2024-03-05', '120.00', [['inv-1', '120.00']])], vatOnInvoice).transactions];
    expect(letters(letter(txs))).toEqual(['AN1 411 C0001  A 2024-01-01', 'VT000001 411 C0001 inv-1 B 2024-03-05', 'BQ000001 411 C0001 inv-1 B 2024-03-05']);
  });

  it('returns a new Book sharing every column but the lettering ones, and is idempotent', () => {
    const book = createBook(post([inv1, payment('p-1', '2024-03-05', '120.00', [['inv-1', '120.00']])], vatOnInvoice).transactions);
    const lettered = letter(book);
    expect(lettered).not.toBe(book);
    expect(lettered.entries.amount).toBe(book.entries.amount);
    expect(lettered.tx).toBe(book.tx);
    expect(book.entries.letteringCode).toBeUndefined();
    expect(letters(letter(lettered))).toEqual(letters(lettered));
    expect(Object.isFrozen(lettered)).toBe(true);
  });

  it('numbers codes A … Z, AA … ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letteringCode)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('refuses a bad account prefix, and a netToZero that is not a boolean', () => {
    expect(firstIssue(() => letter([], { accounts: ['4x'] }))).toMatchObject({ code: 'invalid_option', path: ['accounts', 0] });
    expect(firstIssue(() => letter([], { netToZero: 'yes' as unknown as boolean }))).toMatchObject({ code: 'invalid_option', path: ['netToZero'] });
  });

  describe('netToZero', () => {
    // inv-1 paid 20.00 on it and 100.00 on account; inv-2 paid in full; Martin's inv-3 half paid.
    const docs = [
      inv1, inv2, inv3,
      payment('p-1', '2024-03-05', '20.00', [['inv-1', '20.00']]),
      payment('p-2', '2024-03-09', '100.00', []),
      payment('p-3', '2024-03-10', '60.00', [['inv-2', '60.00']]),
      payment('p-4', '2024-03-10', '30.00', [['inv-3', '30.00']], { customer: martin }),
    ];

    it('letters what a ledger leaves open when it nets to zero, after its open items, dated the last line', () => {
      const txs = post(docs, vatOnInvoice).transactions;
      expect(letters(letter(txs, { netToZero: true }))).toEqual([
        'VT000001 411 C0001 inv-2 A 2024-03-10',
        'VT000003 411 C0001 inv-1 B 2024-03-09',
        'BQ000001 411 C0001 inv-1 B 2024-03-09',
        'BQ000002 411 C0001  B 2024-03-09',
        'BQ000003 411 C0001 inv-2 A 2024-03-10',
      ]);
      // Without the option, inv-1 and the money on account stay open.
      expect(letters(letter(txs)).length).toBe(2);
      // Lettering again gives the same codes, with or without the option.
      const once = letter(txs, { netToZero: true });
      expect(letters(letter(once, { netToZero: true }))).toEqual(letters(once));
      expect(letters(letter(once))).toEqual(letters(letter(txs)));
    });

    it('leaves a ledger whose remainder is not zero, lines lettered by an imported file, and accounts not asked for', () => {
      const imported = createTransaction({
        id: 'AN1', journal: 'AN', date: '2024-01-01', piece: { ref: 'AN' }, label: 'Reprise', type: 'opening',
        entries: [
          { account: '411', auxiliary: { number: 'C0002', name: 'MARTIN Léa' }, credit: '30.00', lettering: { code: 'A', date: '2024-01-01' } },
          { account: '101', debit: '30.00' },
        ],
      });
      const got = letters(letter([imported, ...post(docs, vatOnInvoice).transactions], { netToZero: true }));
      expect(got.filter((l) => l.includes(' C0002 '))).toEqual(['AN1 411 C0002  A 2024-01-01']);
      expect(letters(letter(post(docs, vatOnInvoice).transactions, { netToZero: true, accounts: ['4191'] }))).toEqual([]);
    });

    it('makes open items read one settled item where the open items of a zero balance were', () => {
      const book = createBook(post(docs, vatOnInvoice).transactions);
      expect(openItems(letter(book)).items.filter((i) => i.auxiliary.number === 'C0001').map((i) => [i.openItem ?? '-', i.side, i.remaining.toFixed(2)])).toEqual([['inv-1', 'debit', '100.00'], ['-', 'credit', '100.00']]);
      expect(openItems(letter(book, { netToZero: true })).items.map((i) => [i.auxiliary.number, i.openItem, i.remaining.toFixed(2)])).toEqual([['C0002', 'inv-3', '30.00']]);
      // As it stood before the money on account came, inv-1 is open again under its own id (the only open item its code ties).
      expect(openItems(letter(book, { netToZero: true }), { asOf: '2024-03-06' }).items.map((i) => [i.auxiliary.number, i.openItem ?? i.lettering, i.remaining.toFixed(2)])).toEqual([
        ['C0001', 'inv-2', '60.00'],
        ['C0001', 'inv-1', '100.00'],
        ['C0002', 'inv-3', '60.00'],
      ]);
    });
  });
});

describe('properties', () => {
  const month = (d: { type: string; date?: string; collectionDate?: string; day?: string }): string => (d.date ?? d.collectionDate ?? d.day)!.slice(0, 7);

  it('posting a year in one call or month by month (with nextNumbers and context) gives the same transactions', () => {
    fc.assert(
      fc.property(salesArbitrary({ maxCases: 10 }), (docs) => {
        const whole = post(docs, vatOnInvoice).transactions;
        const months = [...new Set(docs.map(month))].sort();
        const parts: Transaction[] = [];
        const next: Record<string, number> = {};
        const context: unknown[] = [];
        for (const m of months) {
          const batch = docs.filter((d) => month(d) === m);
          const r = post(batch, vatOnInvoice, { nextNumbers: { ...next }, context: [...context] });
          for (const t of r.transactions) next[t.journal] = (next[t.journal] ?? 1) + 1;
          parts.push(...r.transactions);
          context.push(...batch);
        }
        expect(plain(parts)).toEqual(plain(whole));
      }),
      { numRuns: 150 },
    );
  });

  it('letter with netToZero is idempotent, and keeps every code letter gives without it', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        const txs = post(docs, vatOnInvoice).transactions;
        const once = letter(txs, { netToZero: true });
        expect(letters(letter(once, { netToZero: true }))).toEqual(letters(once));
        const without = new Set(letters(letter(txs)));
        const got = letters(once);
        for (const l of without) expect(got).toContain(l);
      }),
      { numRuns: 100 },
    );
  });

  it('letter letters every fully settled invoice with its payments, and nothing else', () => {
    fc.assert(
      fc.property(salesArbitrary(), (docs) => {
        const byId = new Map(docs.map((d) => [d.id, d]));
        const settled = new Map<string, number>();
        for (const d of docs) {
          if (d.type === 'payment') for (const a of d.allocations ?? []) settled.set(a.invoice!, (settled.get(a.invoice!) ?? 0) + Math.round(Number(a.amount) * 100));
          if (d.type === 'invoice' && d.kind === 'credit-note' && d.corrects) settled.set(d.corrects, (settled.get(d.corrects) ?? 0) + oracle(d).total);
        }
        const full = new Set<string>();
        for (const d of docs) {
          if (d.type !== 'invoice' || d.status === 'draft') continue;
          const due = d.kind === 'credit-note' ? 0 : oracle(d).total - (d.deducts ?? []).reduce((s, id) => s + oracle(byId.get(id) as Invoice).total, 0);
          // A credit note applied in full to its invoice leaves nothing of its own; a cancelled invoice is settled by its cancellation.
          if (d.kind === 'credit-note' || d.status === 'cancelled' || (settled.get(d.id) ?? 0) === due) full.add(d.id);
        }
        const book = letter(post(docs, vatOnInvoice).transactions);
        for (const t of bookTransactions(book)) {
          for (const e of t.entries) {
            if (e.account !== '411') continue;
            expect(e.openItem, `${t.id} ${e.account}`).toBeDefined();
            expect(e.lettering !== undefined, `${t.id} ${e.openItem}`).toBe(full.has(e.openItem!));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
