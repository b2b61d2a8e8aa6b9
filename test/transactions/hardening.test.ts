// Hardening: inputs that would make a file lie, or crash the library.
import { describe, expect, it } from 'vitest';
import { safeCreateTransaction, type TransactionInput } from '../../src/index.js';

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
