// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, generalLedger, trialBalance, type GeneralLedgerOptions, type GeneralLedgerRow, type TrialBalanceRow } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';
import { goldenTransactions, receivablesTransactions, snapshot } from './_fixtures.js';
import { richBooks } from './_richBooks.js';
import { generalLedger as generalLedgerBefore } from './_reference/generalLedgerBefore.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0].code;
    throw error;
  }
  return undefined;
}

const summary = (rows: ReadonlyArray<TrialBalanceRow>): string[][] =>
  rows.map((r) => [r.account, ...[r.opening, r.movements, r.closing].flatMap((p) => [p.debit.toFixed(2), p.credit.toFixed(2)])]);

describe('generalLedger', () => {
  const book = createBook(goldenTransactions());
  const year = { from: '2024-01-01', to: '2024-12-31' };

  it('summarises the golden FEC as SPEC-FR §6 TV5 (opening from the AN entries)', () => {
    const gl = generalLedger(book, { period: year });
    expect(gl.opening).toBe('entries');
    expect(summary(gl.accounts)).toEqual([
      ['101000', '0.00', '1000.00', '0.00', '0.00', '0.00', '1000.00'],
      ['411000', '0.00', '0.00', '600.00', '600.00', '0.00', '0.00'],
      ['445710', '0.00', '0.00', '0.00', '100.00', '0.00', '100.00'],
      ['487000', '0.00', '0.00', '0.00', '393.15', '0.00', '393.15'],
      ['512000', '1000.00', '0.00', '600.00', '0.00', '1600.00', '0.00'],
      ['706100', '0.00', '0.00', '393.15', '500.00', '0.00', '106.85'],
    ]);
    const t = gl.totals;
    expect([t.opening, t.movements, t.closing].flatMap((p) => [p.debit.toFixed(2), p.credit.toFixed(2)])).toEqual(['1000.00', '1000.00', '1593.15', '1593.15', '1600.00', '1600.00']);
    expect(gl.entryCount).toBe(7);
  });

  it('lists each account: opening, every posting with its running balance, period totals, closing', () => {
    const rows = [...generalLedger(book, { period: year, accounts: { prefixes: ['512', '706'] } })];
    expect(rows.map((r) => [r.kind, r.account, r.date, r.debit.toFixed(2), r.credit.toFixed(2), r.balance.toFixed(2)])).toEqual([
      ['opening', '512000', '2024-01-01', '1000.00', '0.00', '1000.00'],
      ['entry', '512000', '2024-10-15', '600.00', '0.00', '1600.00'],
      ['totals', '512000', '2024-12-31', '600.00', '0.00', '1600.00'],
      ['closing', '512000', '2024-12-31', '1600.00', '0.00', '1600.00'],
      ['opening', '706100', '2024-01-01', '0.00', '0.00', '0.00'],
      ['entry', '706100', '2024-10-15', '0.00', '500.00', '-500.00'],
      ['entry', '706100', '2024-12-31', '393.15', '0.00', '-106.85'],
      ['totals', '706100', '2024-12-31', '393.15', '500.00', '-106.85'],
      ['closing', '706100', '2024-12-31', '0.00', '106.85', '-106.85'],
    ]);
    const entry = rows[1]!;
    expect(entry).toMatchObject({ kind: 'entry', journal: 'BQ', transactionId: 'BQ000001', pieceRef: 'RG2024-0001', pieceDate: '2024-10-15', label: 'Reglement CB DUPONT FA2024-0001', minor: 60000, accountLabel: 'Banque', debitMinor: 60000, creditMinor: 0, balanceMinor: 160000 });
    expect(rows[8]).toMatchObject({ kind: 'closing', debitMinor: 0, creditMinor: 10685, balanceMinor: -10685 });
    expect(JSON.parse(JSON.stringify(entry))).toMatchObject({ debit: '600.00', credit: '0.00', balance: '1600.00', kind: 'entry' });
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('shows lettering on the entries', () => {
    const rows = [...generalLedger(book, { accounts: { prefixes: ['411'] } })].filter((r) => r.kind === 'entry');
    expect(rows.map((r) => r.kind === 'entry' && r.lettering?.code)).toEqual(['A', 'A']);
  });

  it('computes the opening from earlier transactions in cumulative mode', () => {
    const gl = generalLedger(book, { period: { from: '2024-11-01', to: '2024-12-31' }, accounts: { prefixes: ['512', '706'] } });
    expect(gl.opening).toBe('cumulative');
    const rows = [...gl];
    expect(rows.map((r) => [r.kind, r.account, r.balance.toFixed(2)])).toEqual([
      ['opening', '512000', '1600.00'],
      ['totals', '512000', '1600.00'],
      ['closing', '512000', '1600.00'],
      ['opening', '706100', '-500.00'],
      ['entry', '706100', '-106.85'],
      ['totals', '706100', '-106.85'],
      ['closing', '706100', '-106.85'],
    ]);
    expect(rows[0]!.date).toBe('2024-11-01');
  });

  it('frames sections by the book’s first and last dates without a period', () => {
    const gl = generalLedger(book, { accounts: { prefixes: ['101'] } });
    expect([...gl].map((r) => [r.kind, r.date])).toEqual([['opening', '2024-01-01'], ['totals', '2024-12-31'], ['closing', '2024-12-31']]);
    expect(gl.period).toBeUndefined();
  });

  it('has one section per customer at the auxiliary level', () => {
    const gl = generalLedger(receivablesTransactions(), { level: 'auxiliary' });
    expect(gl.accounts.map((r) => [r.account, r.auxiliary?.number ?? '', r.closing.debit.minus(r.closing.credit).toFixed(2)])).toEqual([
      ['411000', '', '12.00'],
      ['411000', 'C0001', '400.00'],
      ['411000', 'C0002', '-50.00'],
      ['411000', 'C0003', '-30.00'],
      ['411000', 'C0004', '200.00'],
    ]);
  });

  it('filters by class and by range', () => {
    expect(generalLedger(book, { accounts: { classes: [4] } }).accounts.map((r) => r.account)).toEqual(['411000', '445710', '487000']);
    expect(generalLedger(book, { accounts: { from: '445', to: '512' } }).accounts.map((r) => r.account)).toEqual(['445710', '487000', '512000']);
  });

  it('orders the postings of an account by date, whatever the input order', () => {
    const txs = goldenTransactions().reverse();
    const dates = [...generalLedger(txs, { accounts: { prefixes: ['706'] } })].filter((r) => r.kind === 'entry').map((r) => r.date);
    expect(dates).toEqual(['2024-10-15', '2024-12-31']);
  });

  it('rejects an unknown account filter', () => {
    expect(codeOf(() => generalLedger(book, { accounts: { prefixes: ['999'] } }))).toBe('unknown_account');
    expect(codeOf(() => generalLedger(book, { accounts: { prefixes: ['4x'] } }))).toBe('invalid_account');
    expect(codeOf(() => generalLedger(book, { accounts: { classes: [0] } }))).toBe('invalid_option');
  });

  it('rejects a period ending before it starts, and a bad level or opening mode', () => {
    expect(codeOf(() => generalLedger(book, { period: { from: '2024-12-31', to: '2024-01-01' } }))).toBe('invalid_period');
    expect(codeOf(() => generalLedger(book, { level: 'x' as never }))).toBe('invalid_option');
    expect(codeOf(() => generalLedger(book, { opening: 'x' as never }))).toBe('invalid_option');
  });

  it('refuses loudly a book whose sums could pass 2^53 − 1, rather than rounding', () => {
    const huge = (id: string) =>
      createTransaction({ id, journal: 'OD', date: '2024-01-02', piece: { ref: id }, label: 'huge', entries: [{ account: '512000', debit: '40000000000000.00' }, { account: '101000', credit: '40000000000000.00' }] });
    expect(codeOf(() => generalLedger([huge('A'), huge('B')]))).toBe('amount_overflow');
  });

  it('does not mutate its input', () => {
    const txs = goldenTransactions();
    const b = createBook(txs);
    const before = [snapshot(txs), snapshot(b)];
    [...generalLedger(b, Object.freeze({ period: Object.freeze(year), accounts: Object.freeze({ classes: Object.freeze([4, 5]) }) }))];
    [...generalLedger(txs)];
    expect([snapshot(txs), snapshot(b)]).toEqual(before);
  });
});

describe('properties', () => {
  const sections = (rows: Iterable<GeneralLedgerRow>): Map<string, GeneralLedgerRow[]> => {
    const out = new Map<string, GeneralLedgerRow[]>();
    for (const r of rows) {
      const k = `${r.account}/${r.auxiliary?.number ?? ''}`;
      out.set(k, [...(out.get(k) ?? []), r]);
    }
    return out;
  };
  const period = fc.constantFrom(undefined, { from: '2024-01-01', to: '2024-12-31' }, { from: '2024-04-01', to: '2024-09-30' });
  const level = fc.constantFrom<'general' | 'auxiliary'>('general', 'auxiliary');

  it('the last running balance of each account equals its closing, and closing = opening + movements', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 30 }), period, level, (txs, p, lvl) => {
        const gl = generalLedger(txs, { ...(p ? { period: p } : {}), level: lvl });
        for (const rows of sections(gl).values()) {
          const [opening, ...rest] = rows;
          const closing = rest[rest.length - 1]!;
          const totals = rest[rest.length - 2]!;
          const entries = rest.slice(0, -2);
          expect(opening!.kind).toBe('opening');
          expect(totals.kind).toBe('totals');
          expect(closing.kind).toBe('closing');
          const last = entries.length > 0 ? entries[entries.length - 1]!.balance : opening!.balance;
          expect(last.equals(closing.balance)).toBe(true);
          expect(opening!.balance.plus(totals.debit).minus(totals.credit).equals(closing.balance)).toBe(true);
          let running = opening!.balance;
          for (const e of entries) {
            running = running.plus(e.debit).minus(e.credit);
            expect(e.balance.equals(running)).toBe(true);
          }
        }
      }),
    );
  });

  it('its per-account summary is the trial balance of the same options', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 30 }), period, level, (txs, p, lvl) => {
        const options = { ...(p ? { period: p } : {}), level: lvl };
        const gl = generalLedger(txs, options);
        const tb = trialBalance(txs, options);
        expect(summary(gl.accounts)).toEqual(summary(tb.rows));
        expect(gl.accounts.map((r) => r.auxiliary?.number)).toEqual(tb.rows.map((r) => r.auxiliary?.number));
        expect(summary([{ ...gl.totals, account: 'T', label: '' }])).toEqual(summary([{ ...tb.totals, account: 'T', label: '' }]));
      }),
    );
  });

  it('lists every movement entry exactly once', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ maxLength: 30 }), (txs) => {
        const gl = generalLedger(txs);
        const entries = [...gl].filter((r) => r.kind === 'entry');
        const expected = txs.filter((t) => t.type !== 'opening').reduce((n, t) => n + t.entries.length, 0);
        expect(entries.length).toBe(expected);
        expect(gl.entryCount).toBe(expected);
      }),
    );
  });
});

describe('properties (issue 15: the rows against the frozen reference)', () => {
  const view = (rows: Iterable<GeneralLedgerRow>): unknown[] =>
    [...rows].map((r) => [JSON.stringify(r), FIELDS.map((f) => (r as unknown as Record<string, unknown>)[f]), r.debit.toFixed(2), r.credit.toFixed(2), r.balance.toFixed(2), Object.isFrozen(r)]);
  const FIELDS = ['kind', 'account', 'accountLabel', 'auxiliary', 'date', 'journal', 'transactionId', 'pieceRef', 'pieceDate', 'label', 'lettering', 'minor', 'debitMinor', 'creditMinor', 'balanceMinor'];

  it('generalLedger = the reference implementation: every row (its JSON, each field read, its Decimals), the sections and totals, at both levels, with and without a period', () => {
    fc.assert(
      fc.property(richBooks, (book) => {
        const options: GeneralLedgerOptions[] = [{}, { level: 'auxiliary' }, { period: { from: '2024-01-02', to: '2024-06-30' } }, { period: { from: '2024-01-01', to: '2024-03-31' }, opening: 'entries', level: 'auxiliary' }];
        if (book.accounts.some((a) => a.startsWith('4'))) options.push({ accounts: { classes: [4] }, opening: 'cumulative', period: { from: '2024-01-03', to: '2024-12-31' } });
        for (const o of options) {
          const mine = generalLedger(book, o);
          const before = generalLedgerBefore(book, o);
          expect(view(mine)).toEqual(view(before));
          expect(JSON.stringify({ ...mine })).toBe(JSON.stringify({ ...before }));
        }
      }),
      { numRuns: 60 },
    );
  });
});
