// Hardening: inputs that would make a file lie, or crash the library.
import { describe, expect, it } from 'vitest';
import { AccountingError, createTransactions, safeCreateTransaction, type TransactionInput } from '../../src/index.js';

const sale: TransactionInput = {
  id: 'OD000001',
  journal: 'OD',
  date: '2024-10-15',
  piece: { ref: 'P1' },
  label: 'x',
  entries: [
    { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT' }, debit: '1.00' },
    { account: '706100', credit: '1.00' },
  ],
};
const issuesOf = (input: unknown, options: unknown = {}) => {
  const r = safeCreateTransaction(input, options as never);
  if (r.success) throw new Error('expected a failure');
  return r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
};

describe('createTransaction: characters a FEC cannot hold', () => {
  it.each(['OD|1', 'OD\t1', 'OD\r1', 'OD\n1'])('refuses the id %j (invalid_input): the FEC would merge it with "OD 1"', (id) => {
    expect(issuesOf({ ...sale, id })).toEqual(['invalid_input@id']);
  });

  it.each(['C|1', 'C\t1', 'C\r\n1'])('refuses the auxiliary number %j (invalid_input)', (number) => {
    const entries = [{ ...sale.entries[0]!, auxiliary: { number, name: 'DUPONT' } }, sale.entries[1]!];
    expect(issuesOf({ ...sale, entries })).toEqual(['invalid_input@entries.0.auxiliary.number']);
  });

  it('keeps accepting those characters in labels (the writer cleans labels)', () => {
    expect(safeCreateTransaction({ ...sale, label: 'A|B\tC', piece: { ref: 'F|1' } }).success).toBe(true);
  });
});

describe('createTransaction: arguments and values of the wrong type', () => {
  const codeOfCreate = (input: unknown, options: unknown = {}): string => issuesOf(input, options)[0]!;

  it('refuses an amount given as a plain object that only claims to be a Decimal (invalid_amount, never a TypeError)', () => {
    const fake = JSON.parse('{"toStringTag":"[object Decimal]"}') as unknown;
    expect(codeOfCreate({ ...sale, entries: [{ ...sale.entries[0]!, debit: fake }, sale.entries[1]!] })).toBe('invalid_amount@entries.0.debit');
    const throwing = { toStringTag: '[object Decimal]', toFixed: () => { throw new Error('boom'); } };
    expect(codeOfCreate({ ...sale, entries: [{ ...sale.entries[0]!, debit: throwing }, sale.entries[1]!] })).toBe('invalid_amount@entries.0.debit');
  });

  it.each([
    ['null options', null, 'invalid_option@'],
    ['journals as a string', { journals: 'OD' }, 'invalid_option@journals'],
    ['journals of numbers', { journals: [1] }, 'invalid_option@journals.0'],
    ['a chart that is an empty object', { chart: {} }, 'invalid_option@chart'],
    ['a chart that is a number', { chart: 5 }, 'invalid_option@chart'],
  ])('refuses %s (invalid_option)', (_, options, code) => {
    expect(codeOfCreate(sale, options)).toBe(code);
  });

  it('refuses a BigInt where a string is expected (invalid_input)', () => {
    expect(codeOfCreate({ ...sale, type: 10n })).toBe('invalid_input@type');
    expect(codeOfCreate({ ...sale, entries: [{ ...sale.entries[0]!, debit: 10n }, sale.entries[1]!] })).toBe('invalid_input@entries.0.debit');
  });
});

describe('createTransactions: read once, arguments typed', () => {
  it('reads each input once: a journal answering differently on its second read is numbered as validated', () => {
    const { id: _, ...noId } = sale;
    let reads = 0;
    const flip = { ...noId };
    Object.defineProperty(flip, 'journal', { enumerable: true, get: () => (reads++ === 0 ? 'OD' : 'VT') });
    const txs = createTransactions([flip, noId], { nextNumbers: { OD: 7 } });
    expect(txs.map((t) => t.id)).toEqual(['OD000007', 'OD000008']);
    expect(reads).toBe(1);
  });

  it('refuses inputs that are not an iterable of objects, and null options', () => {
    const codeOfMany = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        if (error instanceof AccountingError) return `${error.code}@${error.issues[0].path.join('.')}`;
        throw error;
      }
      throw new Error('expected an AccountingError');
    };
    expect(codeOfMany(() => createTransactions(null as never))).toBe('invalid_input@');
    expect(codeOfMany(() => createTransactions('OD' as never))).toBe('invalid_input@');
    expect(codeOfMany(() => createTransactions([sale], null as never))).toBe('invalid_option@');
  });
});

describe('createTransactions: every bad input reported, each under its index', () => {
  const { id: _, ...noId } = sale;
  const issuesOfMany = (inputs: Iterable<unknown>, options: unknown = {}): string[] => {
    try {
      createTransactions(inputs, options as never);
    } catch (error) {
      if (error instanceof AccountingError) return error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
      throw error;
    }
    throw new Error('expected an AccountingError');
  };

  it('lists the issues of every bad input, prefixed with its index, and builds none', () => {
    const oneEntry = { ...noId, entries: [sale.entries[0]!] };
    const badDate = { ...noId, date: '2024-02-30' };
    expect(issuesOfMany([noId, oneEntry, noId, badDate])).toEqual(['too_few_entries@1.entries', 'invalid_date@3.date']);
  });

  it('reports an input that cannot be read (a cycle) under its index, next to the others', () => {
    const cyclic: Record<string, unknown> = { ...noId };
    cyclic.self = cyclic;
    expect(issuesOfMany([noId, cyclic, { ...noId, entries: [] }])).toEqual(['invalid_input@1.self', 'too_few_entries@2.entries']);
  });

  it('reports a non-object input under its index (invalid_input)', () => {
    expect(issuesOfMany([noId, 'OD'])).toEqual(['invalid_input@1']);
  });

  it('numbers per journal and skips the numbers of inputs that carry an id', () => {
    const txs = createTransactions([noId, sale, { ...noId, journal: 'VT' }, noId]);
    expect(txs.map((t) => t.id)).toEqual(['OD000001', 'OD000001', 'VT000001', 'OD000002']);
  });

  it('takes an iterable that is not an array (a generator) and refuses a bad account width before reading any input', () => {
    function* gen() {
      yield noId;
      yield noId;
    }
    expect(createTransactions(gen()).map((t) => t.id)).toEqual(['OD000001', 'OD000002']);
    expect(issuesOfMany([noId], { accountWidth: 2 })[0]).toMatch(/^invalid_option@/);
  });
});
