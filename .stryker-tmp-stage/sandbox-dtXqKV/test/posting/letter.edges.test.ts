// @ts-nocheck
// letter (src/posting/letter.ts) on hand-built transactions: the account prefixes asked for (prefixes, not suffixes;
// any of them), codes given earlier kept and never reused (A, B… skipping the codes a ledger already has), a ledger
// lettered by its remainder alone, the remainder's date (its last line), the order of codes (first date, then open
// item), and what is never lettered (lines without an auxiliary account under netToZero, remainders without the option).
import { describe, expect, it } from 'vitest';
import { bookTransactions, createBook, createTransaction, letter, type Book, type Transaction } from '../../src/index.js';

type Line = { account: string; aux?: string; debit?: string; credit?: string; item?: string; code?: string };
let n = 0;
/** A transaction of the given lines, balanced on 471 (no auxiliary, no open item). */
function tx(date: string, lines: Line[]): Transaction {
  n++;
  let net = 0;
  const entries: Record<string, unknown>[] = lines.map((l) => {
    net += Number(l.debit ?? 0) - Number(l.credit ?? 0);
    const e: Record<string, unknown> = { account: l.account };
    if (l.aux) e.auxiliary = { number: l.aux, name: `Tiers ${l.aux}` };
    if (l.debit) e.debit = l.debit;
    if (l.credit) e.credit = l.credit;
    if (l.item) e.openItem = l.item;
    if (l.code) e.lettering = { code: l.code, date };
    return e;
  });
  if (net !== 0) entries.push(net > 0 ? { account: '471', credit: net.toFixed(2) } : { account: '471', debit: (-net).toFixed(2) });
  return createTransaction({ id: `T${String(n).padStart(3, '0')}`, journal: 'OD', date, piece: { ref: `P${n}` }, label: 'Test', entries: entries as never });
}
/** `id account aux openItem code date` for every lettered line. */
function letters(book: Book): string[] {
  const out: string[] = [];
  for (const t of bookTransactions(book)) for (const e of t.entries) if (e.lettering) out.push(`${t.id} ${e.account} ${e.auxiliary?.number ?? '-'} ${e.openItem ?? '-'} ${e.lettering.code} ${e.lettering.date}`);
  return out;
}
const ids = (txs: Transaction[]) => txs.map((t) => t.id);

describe('letter: options', () => {
  it('refuses each bad prefix with its message, and a netToZero that is not a boolean', () => {
    const issues = (() => {
      try {
        letter([], { accounts: ['411', '4x', 411 as never, 'x411', ''], netToZero: 1 as never });
      } catch (e) {
        return (e as { issues: Array<{ code: string; path: unknown[]; message: string }> }).issues.map((i) => [i.code, i.path, i.message]);
      }
      return [];
    })();
    expect(issues).toEqual([
      ['invalid_option', ['accounts', 1], 'Invalid account prefix "4x": give digits such as "411".'],
      ['invalid_option', ['accounts', 2], 'Invalid account prefix 411: give digits such as "411".'],
      ['invalid_option', ['accounts', 3], 'Invalid account prefix "x411": give digits such as "411".'],
      ['invalid_option', ['accounts', 4], 'Invalid account prefix "": give digits such as "411".'],
      ['invalid_option', ['netToZero'], 'netToZero is true or false.'],
    ]);
    expect(() => letter([], { accounts: ['411A', '6'] })).not.toThrow();
  });

  it('letters the accounts starting with any prefix given, never those that only end with one', () => {
    const txs = [
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'f1' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00', item: 'f1' }]),
      tx('2024-03-03', [{ account: '401', aux: 'S1', credit: '50.00', item: 'a1' }]),
      tx('2024-03-04', [{ account: '401', aux: 'S1', debit: '50.00', item: 'a1' }]),
    ];
    const [t1, t2, t3, t4] = ids(txs);
    const all = [`${t1} 411 C1 f1 A 2024-03-02`, `${t2} 411 C1 f1 A 2024-03-02`, `${t3} 401 S1 a1 A 2024-03-04`, `${t4} 401 S1 a1 A 2024-03-04`];
    expect(letters(letter(txs))).toEqual(all);
    expect(letters(letter(txs, { accounts: ['401', '411'] }))).toEqual(all);
    expect(letters(letter(txs, { accounts: ['41'] }))).toEqual(all.slice(0, 2));
    expect(letters(letter(txs, { accounts: ['11'] }))).toEqual([]);
    expect(letters(letter(txs, { accounts: ['01'], netToZero: true }))).toEqual([]);
  });

  it('returns the Book itself when no line has an open item and netToZero is off', () => {
    const book = createBook([tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00' }]), tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00' }])]);
    expect(letter(book)).toBe(book);
    expect(letter(book, { netToZero: false })).toBe(book);
    // With netToZero, the two lines net to zero: one code.
    expect(letters(letter(book, { netToZero: true })).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['411 C1 - A 2024-03-02', '411 C1 - A 2024-03-02']);
  });
});

describe('letter: codes kept and codes given', () => {
  it('keeps the codes of the accounts not asked for when lettering again', () => {
    const txs = [
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'f1' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00', item: 'f1' }]),
      tx('2024-03-03', [{ account: '401', aux: 'S1', credit: '50.00', item: 'a1' }]),
      tx('2024-03-04', [{ account: '401', aux: 'S1', debit: '50.00', item: 'a1' }]),
    ];
    const once = letter(txs);
    expect(letters(letter(once, { accounts: ['411'] }))).toEqual(letters(once));
    expect(letters(letter(once, { accounts: ['411'], netToZero: true }))).toEqual(letters(once));
  });

  it('skips every code a ledger already has, and gives the next ones in order', () => {
    const txs = [
      tx('2024-01-01', [{ account: '411', aux: 'C1', debit: '5.00', code: 'A' }]),
      tx('2024-01-01', [{ account: '411', aux: 'C1', debit: '7.00', code: 'B' }]),
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'f1' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00', item: 'f1' }]),
      tx('2024-03-03', [{ account: '411', aux: 'C1', debit: '60.00', item: 'f2' }]),
      tx('2024-03-04', [{ account: '411', aux: 'C1', credit: '60.00', item: 'f2' }]),
    ];
    expect(letters(letter(txs)).map((l) => l.split(' ').slice(3).join(' '))).toEqual(['- A 2024-01-01', '- B 2024-01-01', 'f1 C 2024-03-02', 'f1 C 2024-03-02', 'f2 D 2024-03-04', 'f2 D 2024-03-04']);
  });

  it('gives codes by first date, then by open item, whatever the order of the lines', () => {
    const txs = [
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '10.00', item: 'zz' }, { account: '411', aux: 'C1', debit: '20.00', item: 'mm' }, { account: '411', aux: 'C1', debit: '30.00', item: 'aa' }]),
      tx('2024-02-01', [{ account: '411', aux: 'C1', debit: '40.00', item: 'late' }]),
      tx('2024-03-05', [{ account: '411', aux: 'C1', credit: '100.00', item: 'late' }]),
      tx('2024-03-06', [{ account: '411', aux: 'C1', credit: '60.00', item: 'late' }]),
      tx('2024-03-07', [{ account: '411', aux: 'C1', credit: '10.00', item: 'zz' }, { account: '411', aux: 'C1', credit: '20.00', item: 'mm' }, { account: '411', aux: 'C1', credit: '30.00', item: 'aa' }]),
    ];
    // 'late' nets -120: open. zz, mm, aa first seen on 03-01: A, B, C by name.
    const byItem = new Map(letters(letter(txs)).map((l) => [l.split(' ')[3], l.split(' ')[4]]));
    expect([...byItem]).toEqual([['zz', 'C'], ['mm', 'B'], ['aa', 'A']]);
  });

  it('dates a code on the last line of its open item, whatever the order of the transactions', () => {
    const txs = [
      tx('2024-03-20', [{ account: '411', aux: 'C1', credit: '30.00', item: 'x' }]),
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'x' }]),
      tx('2024-03-10', [{ account: '411', aux: 'C1', credit: '70.00', item: 'x' }]),
      tx('2024-03-15', [{ account: '411', aux: 'C1', debit: '5.00', item: 'y' }]),
      tx('2024-02-01', [{ account: '411', aux: 'C1', credit: '5.00', item: 'y' }]),
    ];
    // y is first seen 2024-02-01, x 2024-03-01: y is A, x is B.
    expect(letters(letter(txs)).map((l) => l.split(' ').slice(3).join(' ')).sort()).toEqual(['x B 2024-03-20', 'x B 2024-03-20', 'x B 2024-03-20', 'y A 2024-03-15', 'y A 2024-03-15']);
  });
});

describe('letter: netToZero', () => {
  it('letters a ledger whose only match is its remainder, after the codes it has, dated its last line', () => {
    const txs = [
      tx('2024-01-01', [{ account: '411', aux: 'C1', debit: '5.00', code: 'A' }]),
      tx('2024-03-10', [{ account: '411', aux: 'C1', debit: '120.00', item: 'f1' }]),
      tx('2024-03-01', [{ account: '411', aux: 'C1', credit: '100.00' }]),
      tx('2024-03-12', [{ account: '411', aux: 'C1', credit: '20.00', item: 'f1' }]),
      tx('2024-03-05', [{ account: '411', aux: 'C2', debit: '50.00', item: 'g1' }]),
      tx('2024-03-06', [{ account: '411', aux: 'C2', credit: '50.00' }]),
    ];
    expect(letters(letter(txs, { netToZero: true })).map((l) => l.split(' ').slice(1).join(' ')).sort()).toEqual([
      '411 C1 - A 2024-01-01',
      '411 C1 - B 2024-03-12',
      '411 C1 f1 B 2024-03-12',
      '411 C1 f1 B 2024-03-12',
      '411 C2 - A 2024-03-06',
      '411 C2 g1 A 2024-03-06',
    ]);
    // Without the option nothing but the imported code.
    expect(letters(letter(txs)).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['411 C1 - A 2024-01-01']);
  });

  it('letters the remainder after the open items it matched, with two lines exactly', () => {
    const txs = [
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'f1' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00', item: 'f1' }]),
      tx('2024-03-03', [{ account: '411', aux: 'C1', debit: '30.00', item: 'f2' }]),
      tx('2024-03-04', [{ account: '411', aux: 'C1', credit: '30.00', item: 'p9' }]),
    ];
    expect(letters(letter(txs, { netToZero: true })).map((l) => l.split(' ').slice(3).join(' '))).toEqual(['f1 A 2024-03-02', 'f1 A 2024-03-02', 'f2 B 2024-03-04', 'p9 B 2024-03-04']);
    // Without the option, the two open items that net to zero together stay open.
    expect(letters(letter(txs)).map((l) => l.split(' ').slice(3).join(' '))).toEqual(['f1 A 2024-03-02', 'f1 A 2024-03-02']);
  });

  it('leaves a remainder that does not net to zero open', () => {
    const txs = [
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'f1' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00', item: 'f1' }]),
      tx('2024-03-03', [{ account: '411', aux: 'C1', debit: '30.00' }]),
      tx('2024-03-04', [{ account: '411', aux: 'C1', credit: '20.00' }]),
    ];
    expect(letters(letter(txs, { netToZero: true })).map((l) => l.split(' ').slice(3).join(' '))).toEqual(['f1 A 2024-03-02', 'f1 A 2024-03-02']);
  });

  it('never letters lines without an auxiliary account by their remainder, with or without open items', () => {
    const txs = [
      tx('2024-03-01', [{ account: '5115', debit: '100.00', item: 'p1' }]),
      tx('2024-03-02', [{ account: '5115', credit: '100.00', item: 'p2' }]),
      tx('2024-03-03', [{ account: '512', debit: '40.00' }]),
      tx('2024-03-04', [{ account: '512', credit: '40.00' }]),
      tx('2024-03-05', [{ account: '411', aux: 'C1', debit: '1.00', item: 'f' }]),
    ];
    expect(letters(letter(txs, { netToZero: true }))).toEqual([]);
    expect(letters(letter(txs))).toEqual([]);
  });

  it('matches only the accounts asked for, and keeps the codes an imported file gave while matching the rest', () => {
    const txs = [
      tx('2024-01-01', [{ account: '411', aux: 'C1', credit: '3.00', code: 'A' }]),
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '100.00', item: 'f1' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '100.00' }]),
      tx('2024-03-03', [{ account: '401', aux: 'S1', credit: '80.00', item: 'a1' }]),
      tx('2024-03-04', [{ account: '401', aux: 'S1', debit: '80.00' }]),
    ];
    expect(letters(letter(txs, { netToZero: true, accounts: ['411'] })).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['411 C1 - A 2024-01-01', '411 C1 f1 B 2024-03-02', '411 C1 - B 2024-03-02']);
    expect(letters(letter(txs, { netToZero: true, accounts: ['401'] })).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['411 C1 - A 2024-01-01', '401 S1 a1 A 2024-03-04', '401 S1 - A 2024-03-04']);
  });

  it('matches loose lines that net to zero only with the option, and only on the accounts asked for', () => {
    const txs = [
      tx('2024-03-01', [{ account: '411', aux: 'C1', debit: '40.00' }]),
      tx('2024-03-02', [{ account: '411', aux: 'C1', credit: '40.00' }]),
      tx('2024-03-03', [{ account: '401', aux: 'S2', debit: '10.00' }]),
      tx('2024-03-04', [{ account: '401', aux: 'S2', credit: '10.00' }]),
      tx('2024-03-05', [{ account: '411', aux: 'C9', debit: '1.00', item: 'f' }]),
    ];
    expect(letters(letter(txs))).toEqual([]);
    expect(letters(letter(txs, { netToZero: true, accounts: ['411'] })).map((l) => l.split(' ').slice(1).join(' '))).toEqual(['411 C1 - A 2024-03-02', '411 C1 - A 2024-03-02']);
    expect(letters(letter(txs, { netToZero: true })).length).toBe(4);
  });
});

