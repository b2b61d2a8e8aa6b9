// @ts-nocheck
// The order of the FEC writer's lines (opening entries first, then validation date, then input order) and the
// fiscal year it writes. Hand-written vectors, and the order law as a property against a plain stable sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, formats, type Transaction } from '../../../src/index.js';
import { codeAt } from '../../_errors.js';

const tx = (id: string, journal: string, date: string, validatedOn?: string, type?: string): Transaction =>
  createTransaction({
    id,
    journal,
    date,
    ...(validatedOn === undefined ? {} : { validatedOn }),
    ...(type === undefined ? {} : { type }),
    piece: { ref: `P-${id}` },
    label: `Op ${id}`,
    entries: [
      { account: '512000', debit: '5.00' },
      { account: '758000', credit: '5.00' },
    ],
  });

/** The EcritureNum of each transaction written, in file order. */
const ids = (text: string): string[] => [...new Set(text.split('\r\n').slice(1).map((l) => l.split('|')[2]!))];

describe('formats.fec: order of the transactions', () => {
  it('keeps the input order when it is already by validation date', () => {
    const txs = [tx('A', 'VT', '2024-03-01'), tx('B', 'VT', '2024-03-01'), tx('C', 'VT', '2024-03-02'), tx('D', 'BQ', '2024-03-02', '2024-03-09')];
    expect(ids(formats.fec.serialize(txs))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('orders by validation date, ties in input order', () => {
    const txs = [
      tx('X', 'VT', '2024-03-01', '2024-03-20'),
      tx('B', 'VT', '2024-03-05'),
      tx('A', 'VT', '2024-03-02', '2024-03-05'),
      tx('Y', 'BQ', '2024-03-03'),
      tx('C', 'OD', '2024-03-05'),
    ];
    expect(ids(formats.fec.serialize(txs))).toEqual(['Y', 'B', 'A', 'C', 'X']);
  });

  it("writes first the transactions of the 'AN' journal, and those typed opening in any journal", () => {
    const txs = [
      tx('VT1', 'VT', '2024-01-01'),
      tx('AN1', 'AN', '2024-01-01', '2024-01-03'),
      tx('OD1', 'OD', '2024-01-01', '2024-01-02', 'opening'),
      tx('BQ1', 'BQ', '2024-01-02'),
    ];
    expect(ids(formats.fec.serialize(txs))).toEqual(['OD1', 'AN1', 'VT1', 'BQ1']);
  });

  it('takes the opening journals from options.openingJournals, which replaces AN', () => {
    const txs = [tx('VT1', 'VT', '2024-01-01'), tx('AN1', 'AN', '2024-01-01'), tx('RAN1', 'RAN', '2024-01-02')];
    expect(ids(formats.fec.serialize(txs, { openingJournals: ['RAN'] }))).toEqual(['RAN1', 'VT1', 'AN1']);
    expect(ids(formats.fec.serialize(txs, { openingJournals: [] }))).toEqual(['VT1', 'AN1', 'RAN1']);
    expect(ids(formats.fec.serialize(txs))).toEqual(['AN1', 'VT1', 'RAN1']);
  });

  it('writes first an opening entry dated on the last day of the year and validated before every other', () => {
    const txs = [tx('VT1', 'VT', '2024-03-01', '2025-01-10'), tx('AN1', 'AN', '2024-12-31')];
    expect(ids(formats.fec.serialize(txs, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }))).toEqual(['AN1', 'VT1']);
  });

  it('orders a year before 1970 (negative day numbers) and writes 1970-01-01 (day 0) as 19700101', () => {
    const txs = [
      tx('VT2', 'VT', '1970-01-01'),
      tx('VT1', 'VT', '1969-12-31'),
      tx('AN1', 'AN', '1969-07-01', '1969-07-02'),
      tx('OD1', 'OD', '1969-08-01', '1970-01-01'),
    ];
    const text = formats.fec.serialize(txs, { fiscalYear: { from: '1969-07-01', to: '1970-06-30' } });
    expect(ids(text)).toEqual(['AN1', 'VT1', 'VT2', 'OD1']);
    expect(text.split('\r\n').slice(1).map((l) => l.split('|').filter((_, k) => k === 3 || k === 15).join('/'))).toEqual([
      '19690701/19690702', '19690701/19690702',
      '19691231/19691231', '19691231/19691231',
      '19700101/19700101', '19700101/19700101',
      '19690801/19700101', '19690801/19700101',
    ]);
  });

  it('writes the validation date as ValidDate and the transaction date as EcritureDate', () => {
    const line = formats.fec.serialize([tx('A', 'VT', '2024-03-01', '2024-04-30')]).split('\r\n')[1]!.split('|');
    expect([line[3], line[9], line[15]]).toEqual(['20240301', '20240301', '20240430']);
  });
});

describe('formats.fec: the fiscal year', () => {
  it('writes the transactions dated from its first to its last day, both included', () => {
    const txs = [tx('A', 'VT', '2023-12-31'), tx('B', 'VT', '2024-01-01'), tx('C', 'VT', '2024-12-31'), tx('D', 'VT', '2025-01-01')];
    expect(ids(formats.fec.serialize(txs, { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }))).toEqual(['B', 'C']);
    expect(ids(formats.fec.serialize(txs, { fiscalYear: { from: '2024-04-01', to: '2025-03-31' } }))).toEqual(['C', 'D']);
  });

  it('writes only the header for an empty book or a year with no transaction', () => {
    const header = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
    expect(formats.fec.serialize([])).toBe(header);
    expect(formats.fec.serialize(createBook([]))).toBe(header);
    expect(formats.fec.serialize([tx('A', 'VT', '2023-05-01')], { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } })).toBe(header);
  });

  it('without one, accepts twelve months from the first transaction and refuses a day more', () => {
    expect(ids(formats.fec.serialize([tx('B', 'VT', '2025-03-14'), tx('A', 'VT', '2024-03-15')]))).toEqual(['A', 'B']);
    try {
      formats.fec.serialize([tx('B', 'VT', '2025-03-15'), tx('A', 'VT', '2024-03-15')]);
      expect.unreachable();
    } catch (err) {
      expect((err as AccountingError).issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
        ['invalid_option', 'fiscalYear', 'The transactions run from 2024-03-15 to 2025-03-15, more than one fiscal year: a FEC covers one; pass options.fiscalYear.'],
      ]);
    }
    // a fiscal year lets the file be written, with its transactions only
    expect(ids(formats.fec.serialize([tx('B', 'VT', '2025-03-15'), tx('A', 'VT', '2024-03-15')], { fiscalYear: { from: '2024-03-15', to: '2025-03-14' } }))).toEqual(['A']);
    expect(codeAt(() => formats.fec.serialize([tx('A', 'VT', '2024-01-01')], { fiscalYear: { from: '2024-13-01', to: '2024-12-31' } }))).toMatch(/^invalid_date@fiscalYear/);
  });
});

describe('properties', () => {
  const day = (n: number): string => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  const item = fc.record({
    journal: fc.constantFrom('VT', 'BQ', 'AN', 'OD'),
    opening: fc.boolean(),
    date: fc.integer({ min: 0, max: 360 }),
    delay: fc.integer({ min: 0, max: 5 }),
  });

  it('order law: the lines are the transactions stably sorted by (not opening, validation date), each one whole', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.boolean(), (items, viaBook) => {
        const txs = items.map((it, k) => tx(`T${k}`, it.journal, day(it.date), day(it.date + it.delay), it.opening ? 'opening' : undefined));
        const text = formats.fec.serialize(viaBook ? createBook(txs) : txs, { fiscalYear: { from: '2024-01-01', to: '2025-12-31' } });
        const key = (k: number): [number, number] => [items[k]!.opening || items[k]!.journal === 'AN' ? 0 : 1, items[k]!.date + items[k]!.delay];
        const expected = items
          .map((_, k) => k)
          .sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || a - b)
          .map((k) => `T${k}`);
        const lines = text.split('\r\n').slice(1).map((l) => l.split('|')[2]!);
        expect(lines).toEqual(expected.flatMap((id) => [id, id]));
      }),
      { numRuns: 100 },
    );
  });
});
