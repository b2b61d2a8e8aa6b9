// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AccountingError, createChart, createTransaction, createTransactions, DEFAULT_JOURNALS, defaultChart, Decimal, reverseTransaction,
  safeCreateTransaction, type TransactionInput,
} from '../../src/index.js';
import { transactionInputArbitrary, transactionArbitrary } from '../../src/testing/index.js';

const sale: TransactionInput = {
  id: 'VT000001',
  journal: 'VT',
  date: '2024-10-15',
  piece: { ref: 'FA2024-0001', date: '2024-10-15' },
  label: 'Abonnement 12 mois DUPONT',
  entries: [
    { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' },
    { account: '706100', credit: '500.00' },
    { account: '445711', credit: '100.00', vat: { rate: '20', base: '500.00' } },
  ],
};

const issuesOf = (input: unknown, options = {}) => {
  const r = safeCreateTransaction(input, options);
  if (r.success) throw new Error('expected a failure');
  return r.issues;
};
const codeOf = (input: unknown, options = {}) => issuesOf(input, options)[0].code;
const withEntries = (entries: unknown[]) => ({ ...sale, entries });

describe('createTransaction', () => {
  it('builds a deeply frozen balanced transaction', () => {
    const tx = createTransaction(sale);
    expect(tx.id).toBe('VT000001');
    expect(tx.validatedOn).toBe('2024-10-15');
    expect(tx.currency).toBe('EUR');
    expect(tx.entries[0]!.debit?.toFixed(2)).toBe('600.00');
    expect(tx.entries[0]!.credit).toBeUndefined();
    expect(tx.entries[1]!.minor).toBe(50000);
    expect(tx.entries[2]!.vat?.base.toFixed(2)).toBe('500.00');
    expect(Object.isFrozen(tx)).toBe(true);
    expect(Object.isFrozen(tx.entries)).toBe(true);
    expect(Object.isFrozen(tx.entries[0])).toBe(true);
    expect(Object.isFrozen(tx.piece)).toBe(true);
    expect(JSON.parse(JSON.stringify(tx)).entries[0]).toEqual({ account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '600.00' });
  });

  it('numbers a missing id from the journal', () => {
    const { id: _, ...noId } = sale;
    expect(createTransaction(noId).id).toBe('VT000001');
    expect(createTransaction(noId, { number: 152 }).id).toBe('VT000152');
    expect(createTransactions([noId, noId, { ...noId, journal: 'OD' }], { nextNumbers: { VT: 7 } }).map((t) => t.id)).toEqual(['VT000007', 'VT000008', 'OD000001']);
  });

  it('accepts Decimal and safe-integer amounts', () => {
    const tx = createTransaction(withEntries([{ account: '512000', debit: new Decimal('10.5') }, { account: '706000', credit: 10 }, { account: '706000', credit: '0.50' }]));
    expect(tx.entries.map((e) => e.minor)).toEqual([1050, 1000, 50]);
  });

  it('says how to fix an unbalanced transaction', () => {
    const issues = issuesOf(withEntries([sale.entries[0], { account: '706100', credit: '599.99' }]));
    expect(issues[0].code).toBe('unbalanced_transaction');
    expect(issues[0].path).toEqual(['entries']);
    expect(issues[0].message).toMatchInlineSnapshot(`"Transaction VT000001 is unbalanced: debits 600.00 ≠ credits 599.99 EUR; residual 0.01 — add 0.01 on the credit side (or remove it from the other side)."`);
    expect(issuesOf(withEntries([{ account: '512000', debit: '1.00' }, { account: '706000', credit: '1.50' }]))[0].message).toContain('add 0.50 on the debit side');
  });

  it.each([
    ['both sides', [{ account: '512000', debit: '1', credit: '1' }, { account: '706000', credit: '1' }], 'both_sides', ['entries', 0]],
    ['no side', [{ account: '512000' }, { account: '706000', credit: '1' }], 'missing_side', ['entries', 0]],
    ['a zero amount', [{ account: '512000', debit: '0' }, { account: '706000', credit: '0.00' }], 'non_positive_amount', ['entries', 0, 'debit']],
    ['a negative amount', [{ account: '512000', debit: '-5' }, { account: '706000', credit: '-5' }], 'non_positive_amount', ['entries', 0, 'debit']],
    ['too many decimals', [{ account: '512000', debit: '1.001' }, { account: '706000', credit: '1.001' }], 'too_many_decimals', ['entries', 0, 'debit']],
    ['"NaN"', [{ account: '512000', debit: 'NaN' }, { account: '706000', credit: '1' }], 'invalid_amount', ['entries', 0, 'debit']],
    ['"Infinity"', [{ account: '512000', debit: 'Infinity' }, { account: '706000', credit: '1' }], 'invalid_amount', ['entries', 0, 'debit']],
    ['"1e3"', [{ account: '512000', debit: '1e3' }, { account: '706000', credit: '1000' }], 'invalid_amount', ['entries', 0, 'debit']],
    ['a binary float', [{ account: '512000', debit: 0.1 }, { account: '706000', credit: '0.10' }], 'invalid_amount', ['entries', 0, 'debit']],
    ['a one-entry transaction', [{ account: '512000', debit: '1' }], 'too_few_entries', ['entries']],
    ['a bad account', [{ account: '51', debit: '1' }, { account: '706000', credit: '1' }], 'invalid_account', ['entries', 0, 'account']],
    ['an empty auxiliary number', [{ account: '411000', auxiliary: { number: ' ', name: 'X' }, debit: '1' }, { account: '706000', credit: '1' }], 'empty_id', ['entries', 0, 'auxiliary', 'number']],
    ['a bad lettering date', [{ account: '411000', debit: '1', lettering: { code: 'A', date: '2024-02-30' } }, { account: '706000', credit: '1' }], 'invalid_date', ['entries', 0, 'lettering', 'date']],
    ['an unknown foreign currency', [{ account: '411000', debit: '1', currency: { code: 'ZZZ', amount: '1' } }, { account: '706000', credit: '1' }], 'unknown_currency', ['entries', 0, 'currency', 'code']],
    ['a bad VAT rate', [{ account: '445711', credit: '1', vat: { rate: '0,2', base: '5' } }, { account: '512000', debit: '1' }], 'invalid_rate', ['entries', 0, 'vat', 'rate']],
  ])('refuses %s', (_, entries, code, path) => {
    const issues = issuesOf(withEntries(entries));
    expect(issues[0].code).toBe(code);
    expect(issues[0].path).toEqual(path);
  });

  it.each([
    ['a bad date', { date: '2024-02-30' }, 'invalid_date', ['date']],
    ['a bad piece date', { piece: { ref: 'X', date: '20240101' } }, 'invalid_date', ['piece', 'date']],
    ['an empty id', { id: '  ' }, 'empty_id', ['id']],
    ['an empty piece reference', { piece: { ref: '' } }, 'empty_id', ['piece', 'ref']],
    ['an empty label', { label: '' }, 'invalid_input', ['label']],
    ['a bad journal code', { journal: 'V T' }, 'invalid_input', ['journal']],
    ['a validation before the date', { validatedOn: '2024-10-14' }, 'invalid_date', ['validatedOn']],
    ['an unknown currency', { currency: 'ZZZ' }, 'unknown_currency', ['currency']],
    ['a missing field', { journal: undefined }, 'invalid_input', ['journal']],
    ['a typo in a field name', { lable: 'x' }, 'unknown_field', ['lable']],
  ])('refuses %s', (_, patch, code, path) => {
    const issues = issuesOf({ ...sale, ...patch });
    expect(issues[0].code).toBe(code);
    expect(issues[0].path).toEqual(path);
  });

  it('refuses __proto__ and constructor keys, wherever they are', () => {
    const json = JSON.stringify(sale).replace('{"id"', '{"__proto__":{"polluted":true},"id"');
    const polluted = JSON.parse(json);
    const issues = issuesOf(polluted);
    expect(issues[0]).toMatchObject({ code: 'forbidden_key', path: ['__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(codeOf({ ...sale, constructor: 'x' })).toBe('forbidden_key');
    const entryProto = JSON.parse(JSON.stringify(sale).replace('{"account":"706100"', '{"__proto__":{"debit":"1"},"account":"706100"'));
    expect(issuesOf(entryProto)[0]).toMatchObject({ code: 'forbidden_key', path: ['entries', 1, '__proto__'] });
    const analytics = JSON.parse(JSON.stringify(withEntries([{ account: '512000', debit: '1', analytics: {} }, { account: '706000', credit: '1' }])).replace('"analytics":{}', '"analytics":{"__proto__":"x"}'));
    expect(issuesOf(analytics)[0]).toMatchObject({ code: 'forbidden_key', path: ['entries', 0, 'analytics', '__proto__'] });
  });

  it('checks accounts and journals against a chart and a journal list when given', () => {
    const chart = createChart([{ number: '411', label: 'Clients' }, { number: '706', label: 'Prestations' }]);
    expect(codeOf(sale, { chart })).toBe('unknown_account');
    expect(issuesOf(sale, { chart })[0].path).toEqual(['entries', 2, 'account']);
    expect(createTransaction(sale, { chart: defaultChart() }).id).toBe('VT000001');
    expect(codeOf({ ...sale, journal: 'ZZ' }, { journals: DEFAULT_JOURNALS })).toBe('unknown_journal');
  });

  it('reports every issue at once', () => {
    const issues = issuesOf(withEntries([{ account: '51', debit: 'NaN' }, { account: '706000', credit: '1', debit: '1' }]));
    expect(issues.map((i) => i.code)).toEqual(['invalid_account', 'invalid_amount', 'both_sides']);
  });

  it('throws an AccountingError listing the issues', () => {
    expect(() => createTransaction(withEntries([]))).toThrow(AccountingError);
    try {
      createTransaction(withEntries([]));
    } catch (e) {
      expect((e as AccountingError).code).toBe('too_few_entries');
      expect((e as AccountingError).message).toMatchInlineSnapshot(`"entries: A transaction needs at least two entries (one debit, one credit); this one has 0."`);
    }
  });

  it('does not mutate its input', () => {
    const input = structuredClone(sale);
    createTransaction(input);
    expect(input).toEqual(sale);
  });
});

describe('reverseTransaction', () => {
  it('mirrors every entry, referencing the original', () => {
    const tx = createTransaction(sale);
    const r = reverseTransaction(tx, { date: '2025-01-01', id: 'OD000002' });
    expect(r.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)])).toEqual([
      ['411000', 'credit', '600.00'],
      ['706100', 'debit', '500.00'],
      ['445711', 'debit', '100.00'],
    ]);
    expect(r).toMatchObject({ id: 'OD000002', date: '2025-01-01', validatedOn: '2025-01-01', type: 'reversal', reverses: 'VT000001', label: 'Extourne Abonnement 12 mois DUPONT' });
    expect(reverseTransaction(tx).date).toBe('2024-10-15');
  });

  it('refuses a bad date', () => {
    expect(() => reverseTransaction(createTransaction(sale), { date: '2025-13-01' })).toThrow(/Invalid date/);
  });
});

describe('properties', () => {
  it('arbitrary transactions balance: Σ debit = Σ credit exactly', () => {
    fc.assert(
      fc.property(transactionArbitrary({ maxEntries: 8 }), (tx) => {
        let d = 0;
        let c = 0;
        for (const e of tx.entries) if (e.side === 'debit') d += e.minor; else c += e.minor;
        return d === c && tx.entries.length >= 2 && tx.entries.every((e) => e.minor > 0);
      }),
    );
  });

  it('any change of one amount by one cent is refused as unbalanced', () => {
    fc.assert(
      fc.property(transactionInputArbitrary(), fc.nat(), (input, k) => {
        const i = k % input.entries.length;
        const entries = input.entries.map((e, j) => (j !== i ? e : e.debit !== undefined ? { ...e, debit: new Decimal(e.debit as string).plus('0.01').toFixed(2) } : { ...e, credit: new Decimal(e.credit as string).plus('0.01').toFixed(2) }));
        return codeOf({ ...input, entries }) === 'unbalanced_transaction';
      }),
    );
  });

  it('a transaction plus its reversal nets every account to zero', () => {
    fc.assert(
      fc.property(transactionArbitrary(), (tx) => {
        const net = new Map<string, number>();
        for (const e of [...tx.entries, ...reverseTransaction(tx).entries]) net.set(e.account, (net.get(e.account) ?? 0) + (e.side === 'debit' ? e.minor : -e.minor));
        return [...net.values()].every((v) => v === 0);
      }),
    );
  });

  it('does not mutate its input: the input is deep-equal before and after', () => {
    fc.assert(
      fc.property(transactionInputArbitrary(), (input) => {
        const copy = structuredClone(input);
        createTransaction(input);
        expect(input).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });

  it('round trip: createTransaction(JSON of a transaction) gives the same transaction', () => {
    fc.assert(
      fc.property(transactionArbitrary(), (tx) => {
        expect(JSON.stringify(createTransaction(JSON.parse(JSON.stringify(tx))))).toBe(JSON.stringify(tx));
      }),
      { numRuns: 50 },
    );
  });
});

describe('createTransaction with an account width', () => {
  it('pads general account numbers, never auxiliary numbers (411 → 411000, 44571 → 445710)', () => {
    const tx = createTransaction(withEntries([
      { account: '411', auxiliary: { number: 'C01', name: 'DUPONT Jean' }, debit: '120.00' },
      { account: '7061', credit: '100.00' },
      { account: '44571', credit: '20.00' },
    ]), { accountWidth: 6, chart: defaultChart() });
    expect(tx.entries.map((e) => e.account)).toEqual(['411000', '706100', '445710']);
    expect(tx.entries[0]!.auxiliary).toEqual({ number: 'C01', name: 'DUPONT Jean' });
    expect(createTransaction(sale, { accountWidth: 6 }).entries.map((e) => e.account)).toEqual(['411000', '706100', '445711']);
    // Without a width numbers are kept as given.
    expect(createTransaction(withEntries([{ account: '411', debit: '1.00' }, { account: '706', credit: '1.00' }])).entries.map((e) => e.account)).toEqual(['411', '706']);
  });

  it('refuses a number longer than the width, by code, at the entry', () => {
    const issues = issuesOf(withEntries([{ account: '4110000', debit: '1.00' }, { account: '706', credit: '1.00' }]), { accountWidth: 6 });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['account_too_long', ['entries', 0, 'account']]]);
    expect(codeOf(sale, { accountWidth: 1 })).toBe('invalid_option');
    let code: string | undefined;
    try {
      createTransactions([sale], { accountWidth: 40 });
    } catch (e) {
      if (e instanceof AccountingError) code = e.issues[0].code;
    }
    expect(code).toBe('invalid_option');
    expect(createTransactions([sale, { ...sale, id: 'VT000002' }], { accountWidth: 8 }).map((t) => t.entries[0]!.account)).toEqual(['41100000', '41100000']);
  });

  /** Accounts of several widths, some the same account (512, 512000). */
  const MIXED_WIDTHS = ['411', '4110', '411000', '706', '7061', '706100', '44571', '445711', '512', '512000'];

  describe('properties', () => {
    it('idempotence: a transaction built with a width and rebuilt with it is unchanged', () => {
      fc.assert(
        fc.property(transactionInputArbitrary({ accounts: MIXED_WIDTHS }), (input) => {
          const once = createTransaction(input, { accountWidth: 8 });
          const twice = createTransaction(JSON.parse(JSON.stringify(once)), { accountWidth: 8 });
          expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
          for (const e of once.entries) expect(e.account).toHaveLength(8);
        }),
        { numRuns: 50 },
      );
    });

    it('padding leaves the amounts, sides and auxiliary accounts as they were', () => {
      fc.assert(
        fc.property(transactionInputArbitrary({ accounts: MIXED_WIDTHS }), (input) => {
          const plain = createTransaction(input);
          const wide = createTransaction(input, { accountWidth: 8 });
          expect(wide.entries.map((e) => [e.side, e.minor, e.auxiliary, e.account.startsWith(plain.entries[wide.entries.indexOf(e)]!.account)])).toEqual(plain.entries.map((e) => [e.side, e.minor, e.auxiliary, true]));
        }),
        { numRuns: 50 },
      );
    });
  });
});
