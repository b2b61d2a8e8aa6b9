// @ts-nocheck
// Every refusal of createTransaction pinned by code, path and message (the message says what to fix), and the shape of
// what it builds: defaults, optional fields, key order, scales.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AccountingError, createChart, createTransaction, createTransactions, Decimal, reverseTransaction, safeCreateTransaction, type TransactionInput } from '../../src/index.js';
import { transactionArbitrary } from '../../src/testing/index.js';

const sale: TransactionInput = {
  id: 'VT000001',
  journal: 'VT',
  date: '2024-10-15',
  piece: { ref: 'FA2024-0001' },
  label: 'Abonnement DUPONT',
  entries: [
    { account: '411000', debit: '120.00' },
    { account: '706100', credit: '120.00' },
  ],
};
const withEntries = (entries: unknown[]) => ({ ...sale, entries });
const issuesOf = (input: unknown, options: unknown = {}) => {
  const r = safeCreateTransaction(input, options as never);
  if (r.success) throw new Error('expected a failure');
  return r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};
const one = (input: unknown, options: unknown = {}) => {
  const issues = issuesOf(input, options);
  expect(issues).toHaveLength(1);
  return issues[0]!;
};
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw e;
  }
  throw new Error('expected an AccountingError');
};

describe('createTransaction: options', () => {
  it.each([
    ['a string', 'x', 'The options are an object such as { chart, journals }, or undefined, not "x".'],
    ['an array', [], 'The options are an object such as { chart, journals }, or undefined, not an array.'],
    ['null', null, 'The options are an object such as { chart, journals }, or undefined, not null.'],
  ])('refuses options that are %s', (_, options, message) => {
    expect(one(sale, options)).toEqual({ code: 'invalid_option', path: [], message });
  });

  it('says what each option is', () => {
    expect(one(sale, { chart: {} })).toEqual({ code: 'invalid_option', path: ['chart'], message: 'options.chart is a chart of accounts made by createChart or defaultChart().' });
    expect(one(sale, { journals: 'VT' })).toEqual({ code: 'invalid_option', path: ['journals'], message: 'options.journals is an array of journals ({ code, label, kind }), such as DEFAULT_JOURNALS.' });
    const each = 'Each journal is an object with a string code, such as { code: "VT", label: "Ventes", kind: "sales" }.';
    expect(one(sale, { journals: [{ code: 'VT' }, null] })).toEqual({ code: 'invalid_option', path: ['journals', 1], message: each });
    expect(one(sale, { journals: [{ code: 'VT' }, { code: 7 }] })).toEqual({ code: 'invalid_option', path: ['journals', 1], message: each });
    expect(one(sale, { journals: ['VT'] })).toEqual({ code: 'invalid_option', path: ['journals', 0], message: each });
    expect(one(sale, { number: '5' })).toEqual({ code: 'invalid_option', path: ['number'], message: 'options.number is a whole number from 0 to 999999999, not "5".' });
  });

  it('refuses options whose reading throws, as invalid_option (never the thrown error)', () => {
    const options = Object.defineProperty({}, 'chart', { get: () => { throw new Error('boom'); } });
    expect(one(sale, options)).toEqual({ code: 'invalid_option', path: [], message: 'Reading the options threw: give plain options (no getter or proxy that throws).' });
  });

  it('numbers a missing id with options.number from 0 to 999999999', () => {
    const { id: _, ...noId } = sale;
    expect(createTransaction(noId, { number: 0 }).id).toBe('VT000000');
    expect(createTransaction(noId, { number: 999_999_999 }).id).toBe('VT999999999');
    expect(createTransaction({ ...noId, journal: 'BQ' }).id).toBe('BQ000001');
    const bad = (n: number) => `options.number must be a whole number from 0 to 999999999, received ${n}.`;
    expect(one(noId, { number: -1 })).toEqual({ code: 'invalid_option', path: ['number'], message: bad(-1) });
    expect(one(noId, { number: 1_000_000_000 })).toEqual({ code: 'invalid_option', path: ['number'], message: bad(1_000_000_000) });
    expect(one(noId, { number: 1.5 })).toEqual({ code: 'invalid_option', path: ['number'], message: bad(1.5) });
    // A given id ignores the number.
    expect(createTransaction(sale, { number: -1 }).id).toBe('VT000001');
  });

  it('checks the journal against the journals given', () => {
    const journals = [{ code: 'VT', label: 'Ventes', kind: 'sales' }, { code: 'BQ', label: 'Banque', kind: 'bank' }] as const;
    expect(createTransaction(sale, { journals }).journal).toBe('VT');
    expect(one({ ...sale, journal: 'OD' }, { journals })).toEqual({ code: 'unknown_journal', path: ['journal'], message: 'Journal OD is not in the journals given: add it or use one of VT, BQ.' });
    expect(one({ ...sale, journal: 'V T' }, { journals })).toEqual({ code: 'invalid_input', path: ['journal'], message: 'Invalid journal code "V T": use 1 to 10 letters, digits, "_" or "-" (e.g. "VT").' });
  });

  it.each([['A'], ['AB_CD-0123'], ['x']])('accepts the journal code %j', (journal) => {
    expect(createTransaction({ ...sale, journal }).journal).toBe(journal);
  });

  it.each([[''], ['ABCDEFGHIJK'], ['VT!'], [' VT'], ['VT ']])('refuses the journal code %j', (journal) => {
    expect(one({ ...sale, journal }).code).toBe('invalid_input');
  });
});

describe('createTransaction: header', () => {
  it('pins each message', () => {
    expect(one({ ...sale, id: ' ' })).toEqual({ code: 'empty_id', path: ['id'], message: 'The transaction id is empty: give a non-empty id or leave it out to number it from the journal.' });
    expect(one({ ...sale, id: 'VT|1' })).toEqual({ code: 'invalid_input', path: ['id'], message: 'The transaction id "VT|1" holds a "|", a tab or a line break: files without escapes (the FEC) would merge it with another id; remove those characters.' });
    expect(one({ ...sale, date: '2024-02-30' })).toEqual({ code: 'invalid_date', path: ['date'], message: 'Invalid date "2024-02-30": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' });
    expect(one({ ...sale, validatedOn: '2024-13-01' })).toMatchObject({ code: 'invalid_date', path: ['validatedOn'] });
    expect(one({ ...sale, piece: { ref: ' ' } })).toEqual({ code: 'empty_id', path: ['piece', 'ref'], message: 'The piece reference is empty: give the supporting document number (invoice, receipt…).' });
    expect(one({ ...sale, label: ' ' })).toEqual({ code: 'invalid_input', path: ['label'], message: 'The label is empty: describe the transaction (the FEC requires EcritureLib).' });
    expect(one({ ...sale, validatedOn: '2024-10-14' })).toEqual({ code: 'invalid_date', path: ['validatedOn'], message: 'validatedOn 2024-10-14 is before the transaction date 2024-10-15: a transaction is validated on or after its date.' });
    expect(one({ ...sale, currency: 'ZZZ' })).toEqual({ code: 'unknown_currency', path: ['currency'], message: 'Unknown currency "ZZZ": use an ISO 4217 code such as "EUR".' });
    expect(one({ ...sale, currency: 'constructor' }).code).toBe('unknown_currency');
    expect(one(withEntries([sale.entries[0]]))).toEqual({ code: 'too_few_entries', path: ['entries'], message: 'A transaction needs at least two entries (one debit, one credit); this one has 1.' });
  });

  it('reports an empty validatedOn once, as a bad date (not also as before the transaction date)', () => {
    expect(one({ ...sale, validatedOn: '' })).toEqual({ code: 'invalid_date', path: ['validatedOn'], message: 'Invalid date "": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").' });
  });

  it.each([['a string', 'PARIS'], ['an array', ['PARIS']], ['null', null]])('refuses analytics that are %s', (_, analytics) => {
    expect(one(withEntries([{ account: '706100', debit: '1.00', analytics }, { account: '512000', credit: '1.00' }]))).toMatchObject({ code: 'invalid_input', path: ['entries', 0, 'analytics'] });
  });

  it('accepts a validation on the transaction date or later, and ids holding other characters', () => {
    expect(createTransaction({ ...sale, validatedOn: '2024-10-15' }).validatedOn).toBe('2024-10-15');
    expect(createTransaction({ ...sale, validatedOn: '2024-10-16' }).validatedOn).toBe('2024-10-16');
    expect(createTransaction({ ...sale, id: 'VT 1/2024' }).id).toBe('VT 1/2024');
  });

  it('keeps the piece date when given, the transaction date otherwise', () => {
    expect(createTransaction(sale).piece).toEqual({ ref: 'FA2024-0001', date: '2024-10-15' });
    expect(createTransaction({ ...sale, piece: { ref: 'F1', date: '2024-10-01' } }).piece).toEqual({ ref: 'F1', date: '2024-10-01' });
  });

  it('builds the transaction with its keys in a fixed order, optional ones only when given', () => {
    const full = createTransaction({
      ...sale,
      validatedOn: '2024-10-20',
      type: 'invoice',
      source: { memo: 'm', documentId: 'd1', documentNumber: 'FA-1', customerId: 'c1', customerName: 'DUPONT', funder: 'CAF', billingContact: 'b', paymentMethod: 'card' },
      currency: 'EUR',
      reverses: 'VT000000',
    });
    expect(Object.keys(full)).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'type', 'source', 'currency', 'reverses', 'entries']);
    expect(full.source).toEqual({ documentId: 'd1', documentNumber: 'FA-1', customerId: 'c1', customerName: 'DUPONT', funder: 'CAF', billingContact: 'b', paymentMethod: 'card', memo: 'm' });
    expect(Object.keys(full.source!)).toEqual(['documentId', 'documentNumber', 'customerId', 'customerName', 'funder', 'billingContact', 'paymentMethod', 'memo']);
    expect(Object.isFrozen(full.source)).toBe(true);
    expect([full.type, full.reverses, full.validatedOn]).toEqual(['invoice', 'VT000000', '2024-10-20']);
    expect(Object.keys(createTransaction({ ...sale, source: { customerId: 'c1' } }).source!)).toEqual(['customerId']);
    expect(Object.keys(createTransaction(sale))).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'currency', 'entries']);
  });
});

describe('createTransaction: entries', () => {
  it.each([
    ['a bad account', { account: '51', debit: '1.00' }, 'invalid_account', ['entries', 0, 'account'], 'Invalid account number "51": it must start with three digits (PCG class and account), then digits or capital letters, 20 characters at most.'],
    ['both sides', { account: '512000', debit: '1.00', credit: '1.00' }, 'both_sides', ['entries', 0], 'This entry has both a debit and a credit: give one side only (split it into two entries if needed).'],
    ['no side', { account: '512000' }, 'missing_side', ['entries', 0], 'This entry has neither a debit nor a credit: give exactly one of them.'],
    ['a zero debit', { account: '512000', debit: '0.00' }, 'non_positive_amount', ['entries', 0, 'debit'], 'The debit is 0.00: entry amounts must be strictly positive; put a negative amount on the other side instead, and drop zero lines.'],
    ['a negative credit', { account: '512000', credit: '-5' }, 'non_positive_amount', ['entries', 0, 'credit'], 'The credit is -5.00: entry amounts must be strictly positive; put a negative amount on the other side instead, and drop zero lines.'],
    ['an empty open item', { account: '411000', debit: '1.00', openItem: ' ' }, 'empty_id', ['entries', 0, 'openItem'], 'The open item is empty: give the invoice id or leave it out.'],
    ['an empty auxiliary number', { account: '411000', debit: '1.00', auxiliary: { number: '', name: 'X' } }, 'empty_id', ['entries', 0, 'auxiliary', 'number'], 'The auxiliary account number is empty: give the customer or supplier code.'],
    ['an auxiliary number with a tab', { account: '411000', debit: '1.00', auxiliary: { number: 'C\t1', name: 'X' } }, 'invalid_input', ['entries', 0, 'auxiliary', 'number'], 'The auxiliary account number "C\\t1" holds a "|", a tab or a line break: files without escapes (the FEC) would merge it with another account; remove those characters.'],
    ['an unknown foreign currency', { account: '411000', debit: '1.00', currency: { code: 'ZZZ', amount: '1' } }, 'unknown_currency', ['entries', 0, 'currency', 'code'], 'Unknown currency "ZZZ": use an ISO 4217 code such as "USD".'],
    ['a prototype key as foreign currency', { account: '411000', debit: '1.00', currency: { code: 'toString', amount: '1' } }, 'unknown_currency', ['entries', 0, 'currency', 'code'], 'Unknown currency "toString": use an ISO 4217 code such as "USD".'],
    ['a foreign amount with too many decimals', { account: '411000', debit: '1.00', currency: { code: 'JPY', amount: '1.5' } }, 'too_many_decimals', ['entries', 0, 'currency', 'amount'], 'Amount 1.5 has 1 decimals but JPY allows 0: round it first with a named rounding mode.'],
    ['a VAT base with too many decimals', { account: '445711', debit: '1.00', vat: { rate: '20', base: '5.001' } }, 'too_many_decimals', ['entries', 0, 'vat', 'base'], 'Amount 5.001 has 3 decimals but EUR allows 2: round it first with a named rounding mode.'],
    ['an empty lettering code', { account: '411000', debit: '1.00', lettering: { code: ' ', date: '2024-10-20' } }, 'empty_id', ['entries', 0, 'lettering', 'code'], 'The lettering code is empty: give a code such as "A" or leave lettering out.'],
    ['an analytic axis mapped to a number', { account: '706100', debit: '1.00', analytics: { site: 5 } }, 'invalid_input', ['entries', 0, 'analytics', 'site'], 'Analytic axis "site" must map to a section code string.'],
    ['a prototype key as analytic axis', { account: '706100', debit: '1.00', analytics: { prototype: 'x' } }, 'forbidden_key', ['entries', 0, 'analytics', 'prototype'], 'The key "prototype" is never accepted in input: rename the analytic axis.'],
  ])('refuses %s', (_, entry, code, path, message) => {
    expect(one(withEntries([entry, { account: '706100', credit: '1.00' }]))).toEqual({ code, path, message });
  });

  it('reports a bad VAT rate and a bad VAT base together', () => {
    expect(issuesOf(withEntries([{ account: '445711', credit: '1.00', vat: { rate: '200', base: 'x' } }, { account: '512000', debit: '1.00' }])).map((i) => [i.code, i.path])).toEqual([
      ['invalid_rate', ['entries', 0, 'vat', 'rate']],
      ['invalid_amount', ['entries', 0, 'vat', 'base']],
    ]);
  });

  it('reports an amount in an unknown transaction currency once (as the currency), never as an amount', () => {
    expect(issuesOf({ ...sale, currency: 'ZZZ', entries: [{ account: '512000', debit: '1.005' }, { account: '706100', credit: 'x' }] }).map((i) => i.code)).toEqual(['unknown_currency']);
  });

  it('refuses an unknown account against the chart, after padding', () => {
    const chart = createChart([{ number: '411', label: 'Clients' }, { number: '512', label: 'Banque' }]);
    expect(one(withEntries([{ account: '411', debit: '1.00' }, { account: '706', credit: '1.00' }]), { chart, accountWidth: 6 })).toEqual({
      code: 'unknown_account',
      path: ['entries', 1, 'account'],
      message: 'Account 706000 is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.',
    });
    expect(one(withEntries([{ account: '4110000', debit: '1.00' }, { account: '512', credit: '1.00' }]), { chart, accountWidth: 6 }).code).toBe('account_too_long');
    expect(createTransaction(withEntries([{ account: '411', debit: '1.00' }, { account: '512', credit: '1.00' }]), { chart, accountWidth: 6 }).entries.map((e) => e.account)).toEqual(['411000', '512000']);
  });

  it('refuses a sum of debits past Number.MAX_SAFE_INTEGER minor units (amount_overflow), even when it balances', () => {
    const max = '90071992547409.91';
    expect(issuesOf(withEntries([{ account: '512000', debit: max }, { account: '512000', debit: '0.01' }, { account: '706100', credit: max }, { account: '706100', credit: '0.01' }]))).toEqual([
      { code: 'amount_overflow', path: ['entries'], message: 'The sum of the debits passes Number.MAX_SAFE_INTEGER minor units: split the transaction.' },
    ]);
    expect(createTransaction(withEntries([{ account: '512000', debit: max }, { account: '706100', credit: max }])).entries[0]!.minor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('does not check the balance of a transaction that already has issues', () => {
    expect(issuesOf(withEntries([{ account: '512000', debit: '5.00', openItem: '' }, { account: '706100', credit: '1.00' }])).map((i) => i.code)).toEqual(['empty_id']);
  });

  it('names the residual in the transaction currency', () => {
    expect(one({ ...sale, currency: 'JPY', entries: [{ account: '512000', debit: '1000' }, { account: '706100', credit: '999' }] }).message).toBe(
      'Transaction VT000001 is unbalanced: debits 1000 ≠ credits 999 JPY; residual 1 — add 1 on the credit side (or remove it from the other side).',
    );
    expect(one({ ...sale, entries: [{ account: '512000', debit: '1.00' }, { account: '706100', credit: '3.50' }] }).message).toBe(
      'Transaction VT000001 is unbalanced: debits 1.00 ≠ credits 3.50 EUR; residual 2.50 — add 2.50 on the debit side (or remove it from the other side).',
    );
  });

  it('keeps every optional part of an entry, frozen, and writes it back in JSON in the input shape', () => {
    const tx = createTransaction(withEntries([
      {
        account: '411000', accountLabel: 'Clients', auxiliary: { number: 'C1', name: 'DUPONT' }, debit: '12.00', label: 'Facture',
        currency: { code: 'USD', amount: '13.5' }, costCenter: 'CC1', analytics: { site: 'PARIS' }, lettering: { code: 'A', date: '2024-10-20' }, openItem: 'FA-1',
      },
      { account: '445711', credit: '2.00', vat: { rate: '20.0', base: '10' } },
      { account: '706100', credit: '10.00' },
    ]));
    const [e, v] = tx.entries;
    expect(e!.currency?.amount.toString()).toBe('13.5');
    expect(Object.isFrozen(e!.currency)).toBe(true);
    expect(Object.isFrozen(e!.analytics)).toBe(true);
    expect(Object.getPrototypeOf(e!.analytics)).toBeNull();
    expect(Object.isFrozen(e!.lettering)).toBe(true);
    expect(Object.isFrozen(e!.auxiliary)).toBe(true);
    expect(Object.isFrozen(v!.vat)).toBe(true);
    expect(v!.vat?.rate).toBe('20');
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      account: '411000', accountLabel: 'Clients', auxiliary: { number: 'C1', name: 'DUPONT' }, debit: '12.00', label: 'Facture',
      currency: { code: 'USD', amount: '13.5' }, costCenter: 'CC1', analytics: { site: 'PARIS' }, lettering: { code: 'A', date: '2024-10-20' }, openItem: 'FA-1',
    });
    expect(Object.keys(JSON.parse(JSON.stringify(e)))).toEqual(['account', 'accountLabel', 'auxiliary', 'debit', 'label', 'currency', 'costCenter', 'analytics', 'lettering', 'openItem']);
    expect(JSON.parse(JSON.stringify(v))).toEqual({ account: '445711', credit: '2.00', vat: { rate: '20', base: '10.00' } });
    expect(Object.keys(tx.entries[2]!)).toEqual(['account', 'side', 'minor']);
    expect(Object.keys((tx.entries[2] as unknown as { toJSON: () => object }).toJSON())).toEqual(['account', 'credit']);
    expect(Object.keys((v as unknown as { toJSON: () => object }).toJSON())).toEqual(['account', 'credit', 'vat']);
  });

  it('builds entries in the transaction currency scale (JPY 0, TND 3)', () => {
    const jpy = createTransaction({ ...sale, currency: 'JPY', entries: [{ account: '512000', debit: '1000', vat: { rate: '10', base: '909' } }, { account: '706100', credit: 1000 }] });
    expect(jpy.entries.map((e) => [e.minor, e.amount.toString(), e.debit?.toString(), e.credit?.toString()])).toEqual([[1000, '1000', '1000', undefined], [1000, '1000', undefined, '1000']]);
    expect(JSON.parse(JSON.stringify(jpy.entries))).toEqual([{ account: '512000', debit: '1000', vat: { rate: '10', base: '909' } }, { account: '706100', credit: '1000' }]);
    const tnd = createTransaction({ ...sale, currency: 'TND', entries: [{ account: '512000', debit: '1.5' }, { account: '706100', credit: '1.500' }] });
    expect(tnd.entries.map((e) => [e.minor, e.amount.toFixed(3)])).toEqual([[1500, '1.500'], [1500, '1.500']]);
    expect(JSON.parse(JSON.stringify(tnd.entries[0]))).toEqual({ account: '512000', debit: '1.500' });
    expect(Object.keys(tnd.entries[0]!)).toEqual(['account', 'side', 'minor']);
  });
});

describe('reverseTransaction, further', () => {
  it('keeps every part of each entry but the lettering, in the original scale', () => {
    const tx = createTransaction({
      ...sale,
      currency: 'JPY',
      source: { documentId: 'd1' },
      entries: [
        { account: '411000', accountLabel: 'Clients', auxiliary: { number: 'C1', name: 'DUPONT' }, debit: '1000', label: 'Facture', currency: { code: 'USD', amount: '7' }, costCenter: 'CC', analytics: { site: 'P' }, lettering: { code: 'A', date: '2024-10-20' }, openItem: 'FA-1' },
        { account: '706100', credit: '1000', vat: { rate: '10', base: '1000' } },
      ],
    });
    const r = reverseTransaction(tx, { label: 'Annulation' });
    expect(JSON.parse(JSON.stringify(r.entries))).toEqual([
      { account: '411000', accountLabel: 'Clients', auxiliary: { number: 'C1', name: 'DUPONT' }, credit: '1000', label: 'Facture', currency: { code: 'USD', amount: '7' }, costCenter: 'CC', analytics: { site: 'P' }, openItem: 'FA-1' },
      { account: '706100', debit: '1000', vat: { rate: '10', base: '1000' } },
    ]);
    expect(r.entries[0]!.amount.toString()).toBe('1000');
    expect(Object.keys(r)).toEqual(['id', 'journal', 'date', 'piece', 'label', 'validatedOn', 'type', 'source', 'currency', 'reverses', 'entries']);
    expect(r).toMatchObject({ id: 'VT000001-R', journal: 'VT', label: 'Annulation', currency: 'JPY', source: { documentId: 'd1' }, piece: tx.piece });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.entries)).toBe(true);
    expect(Object.keys(reverseTransaction(createTransaction(sale)))).not.toContain('source');
  });

  it('reverses a TND transaction in its scale (3)', () => {
    const tx = createTransaction({ ...sale, currency: 'TND', entries: [{ account: '512000', debit: '1.250' }, { account: '706100', credit: '1.250' }] });
    const r = reverseTransaction(tx);
    expect(r.entries.map((e) => [e.side, e.minor, e.amount.toFixed(3)])).toEqual([['credit', 1250, '1.250'], ['debit', 1250, '1.250']]);
    expect(JSON.parse(JSON.stringify(r.entries[0]))).toEqual({ account: '512000', credit: '1.250' });
  });

  it('refuses an empty id and a bad date, at their path', () => {
    const tx = createTransaction(sale);
    expect(thrown(() => reverseTransaction(tx, { id: ' ' }))).toEqual([{ code: 'empty_id', path: ['id'], message: 'The reversal id is empty: give a non-empty id or leave it out.' }]);
    expect(thrown(() => reverseTransaction(tx, { date: '2025-02-29' }))[0]).toMatchObject({ code: 'invalid_date', path: ['date'] });
  });

  describe('properties', () => {
    it('involution: reversing twice gives back every entry of the original (lettering aside)', () => {
      fc.assert(
        fc.property(transactionArbitrary(), (tx) => {
          const twice = reverseTransaction(reverseTransaction(tx));
          const strip = (t: typeof tx) => JSON.parse(JSON.stringify(t.entries)).map(({ lettering: _, ...e }: Record<string, unknown>) => e);
          expect(strip(twice)).toEqual(strip(tx));
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe('createTransactions, further', () => {
  const { id: _, ...noId } = sale;

  it('numbers per journal from nextNumbers (own keys only), ids given consuming no number', () => {
    expect(createTransactions([noId, sale, noId, { ...noId, journal: 'toString' }, { ...noId, journal: 'BQ' }], { nextNumbers: { VT: 41 } }).map((t) => t.id)).toEqual([
      'VT000041', 'VT000001', 'VT000042', 'toString000001', 'BQ000001',
    ]);
    expect(createTransactions([]).length).toBe(0);
    expect(createTransactions(new Set([noId, { ...noId }])).map((t) => t.id)).toEqual(['VT000001', 'VT000002']);
  });

  it('reports every bad input with its index, and passes the options on', () => {
    const issues = thrown(() => createTransactions([sale, { ...sale, label: '' }, { ...noId, journal: 'ZZ' }, null, undefined, 'VT'], { journals: [{ code: 'VT', label: 'Ventes', kind: 'sales' }] }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_input', [1, 'label']],
      ['unknown_journal', [2, 'journal']],
      ['invalid_input', [3]],
      ['invalid_input', [4]],
      ['invalid_input', [5]],
    ]);
    const cycle: Record<string, unknown> = { ...sale };
    cycle.self = cycle;
    expect(thrown(() => createTransactions([sale, cycle, { ...sale, date: 'x' }])).map((i) => [i.code, i.path])).toEqual([
      ['invalid_input', [1, 'self']],
      ['invalid_date', [2, 'date']],
    ]);
  });

  it('says what the inputs and options are', () => {
    expect(thrown(() => createTransactions(5 as never))).toEqual([{ code: 'invalid_input', path: [], message: 'The inputs are an array (or another iterable) of transaction inputs, not 5.' }]);
    expect(thrown(() => createTransactions({} as never))[0]!.code).toBe('invalid_input');
    expect(thrown(() => createTransactions([], 'x' as never))).toEqual([{ code: 'invalid_option', path: [], message: 'The options are an object such as { nextNumbers }, or undefined, not "x".' }]);
    expect(thrown(() => createTransactions([sale], { accountWidth: 2 }))[0]).toMatchObject({ code: 'invalid_option', path: ['accountWidth'] });
    expect(thrown(() => createTransactions([], { accountWidth: 2 }))[0]).toMatchObject({ code: 'invalid_option', path: ['accountWidth'] });
  });

  it('lets an error that is not an AccountingError through', () => {
    const inputs = { *[Symbol.iterator]() { yield sale; throw new RangeError('source failed'); } };
    expect(() => createTransactions(inputs)).toThrow(RangeError);
  });
});

describe('createTransaction: amounts read from Decimals', () => {
  it('accepts a Decimal of any clone and refuses a non-finite one', () => {
    expect(createTransaction(withEntries([{ account: '512000', debit: new Decimal('2.5') }, { account: '706100', credit: '2.50' }])).entries[0]!.minor).toBe(250);
    expect(one(withEntries([{ account: '512000', debit: new Decimal(Infinity) }, { account: '706100', credit: '2.50' }])).path).toEqual(['entries', 0, 'debit']);
  });
});
