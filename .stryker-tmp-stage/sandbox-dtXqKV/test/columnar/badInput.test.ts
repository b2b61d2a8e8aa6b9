// @ts-nocheck
// Every way a file can be refused, cell by cell: the code and the path of each (test/columnar/columnar.test.ts
// has the headline cases: versions, missing columns, floats, scales, unbalanced transactions).
import { Field, Int32, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowBooks, arrowChunks, fromArrow, fromParquet, parquetBooks, parquetChunks, toArrow, toParquet } from '../../src/columnar/index.js';
import { AccountingError, createBook, createChart, createTransaction, type Book } from '../../src/index.js';
import { goldenTransactions } from '../ledger/_fixtures.js';
import { collect, craftArrow, craftParquet, join, type Mutation } from './_fixtures.js';

// The golden book's rows: à-nouveaux 0–1 (512000 debit, 101000 credit), sale 2–4, payment 5–6, deferral 7–8.
const golden = (): Book => createBook(goldenTransactions());

async function issuesOf(run: () => unknown): Promise<Array<[string, ReadonlyArray<string | number>]>> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountingError);
    return (error as AccountingError).issues.map((i) => [i.code, i.path]);
  }
  throw new Error('expected an AccountingError');
}
/** Sets `column` at the given rows. */
const cells = (column: string, rows: ReadonlyArray<number>, value: unknown): Mutation => ({ values: (n, v) => (n === column ? v.map((x, i) => (rows.includes(i) ? value : x)) : v) });
const meta = (key: string, value: string | undefined): Mutation => ({
  metadata: (m) => (value === undefined ? m.filter(([k]) => k !== key) : [...m.filter(([k]) => k !== key), [key, value] as const]),
});

describe('bad cells', () => {
  const cases: ReadonlyArray<readonly [string, Mutation, ReadonlyArray<[string, ReadonlyArray<string | number>]>]> = [
    ['a null transaction_id', cells('transaction_id', [1], null), [['empty_id', [1, 'transaction_id']]]],
    ['a null account', cells('account', [1], null), [['invalid_account', [1, 'account']]]],
    ['a null debit', cells('debit', [1], null), [['invalid_amount', [1, 'debit']]]],
    ['a null credit', cells('credit', [1], null), [['invalid_amount', [1, 'credit']]]],
    ['a negative credit', cells('credit', [1], -5), [['non_positive_amount', [1, 'credit']]]],
    ['a credit past MAX_SAFE_INTEGER minor units', cells('credit', [1], 2n ** 60n), [['amount_overflow', [1, 'credit']]]],
    ['a null journal', cells('journal', [0, 1], null), [['invalid_input', [0, 'journal']]]],
    ['a null piece_ref', cells('piece_ref', [0, 1], null), [['invalid_input', [0, 'piece_ref']]]],
    ['a null label', cells('label', [0, 1], null), [['invalid_input', [0, 'label']]]],
    ['a null date', cells('date', [0, 1], null), [['invalid_date', [0, 'date']]]],
    ['a null piece_date', cells('piece_date', [0, 1], null), [['invalid_date', [0, 'piece_date']]]],
    ['a foreign amount without its currency', cells('foreign_amount', [1], 5n), [['invalid_input', [1, 'foreign_currency']]]],
    ['a VAT base without its rate', cells('vat_base', [1], 500), [['invalid_input', [1, 'vat_rate']]]],
    ['a VAT rate without its base', cells('vat_rate', [1], '20'), [['invalid_input', [1, 'vat_base']]]],
    ['a VAT base past MAX_SAFE_INTEGER', { values: (n, v) => (n === 'vat_rate' ? v.map((x, i) => (i === 1 ? '20' : x)) : n === 'vat_base' ? v.map((x, i) => (i === 1 ? 2n ** 60n : x)) : v) }, [['amount_overflow', [1, 'vat_base']]]],
    ['analytics that are not JSON', cells('analytics', [1], '{not json'), [['invalid_input', [1, 'analytics']]]],
    ['analytics with a __proto__ key', cells('analytics', [1], '{"__proto__":"x"}'), [['forbidden_key', [1, 'analytics']]]],
    ['a source that is not an object of strings', cells('source', [0, 1], '{"documentId":1}'), [['invalid_input', [0, 'source']]]],
  ];
  it.each(cases)('%s: refused with its code and path', async (_name, mutation, expected) => {
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), mutation)))).toEqual(expected);
  });

  it('an auxiliary account without its name reads with an empty name', () => {
    const read = fromArrow(craftArrow(golden(), cells('auxiliary', [1], 'C0009')));
    expect(read.auxiliaries).toContainEqual({ number: 'C0009', name: '' });
  });
});

describe('bad metadata and schemas', () => {
  it('an unknown or missing currency: unknown_currency at the metadata key', async () => {
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), meta('partie-double.currency', 'EURO'))))).toEqual([['unknown_currency', ['partie-double.currency']]]);
    expect(await issuesOf(() => fromParquet(craftParquet(golden(), meta('partie-double.currency', undefined))))).toEqual([['unknown_currency', ['partie-double.currency']]]);
  });

  it('a chart or journals key that is not what it should be: invalid_file at the key', async () => {
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), meta('partie-double.chart', '{oops'))))).toEqual([['invalid_file', ['partie-double.chart']]]);
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), meta('partie-double.chart', '[]'))))).toEqual([['invalid_file', ['partie-double.chart']]]);
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), meta('partie-double.journals', '{}'))))).toEqual([['invalid_file', ['partie-double.journals']]]);
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), meta('partie-double.journals', '[null]'))))).toEqual([['invalid_file', ['partie-double.journals']]]);
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), meta('partie-double.chart', '{"accounts":[{"number":512}]}'))))).toEqual([['invalid_file', ['partie-double.chart']]]);
  });

  it("the options' chart and journals are checked instead of the file's", async () => {
    const chart = createChart([{ number: '512', label: 'Banque' }]);
    const bytes = toArrow(golden());
    expect((await issuesOf(() => fromArrow(bytes, { chart }))).map(([code]) => code)).toContain('unknown_account');
    expect((await issuesOf(() => fromArrow(bytes, { journals: [{ code: 'VT', label: 'Ventes', kind: 'sales' }] }))).map(([code]) => code)).toContain('unknown_journal');
  });

  it('an integer or boolean column of another type: invalid_column_type', async () => {
    const asText = (column: string) => ({ data: (name: string, _f: Field, values: unknown[]) => (name === column ? vectorFromArray(values.map(String), new Utf8()).data[0] : undefined) });
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), asText('line'))))).toEqual([['invalid_column_type', ['line']]]);
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), asText('opening'))))).toEqual([['invalid_column_type', ['opening']]]);
    const numbers = { data: (name: string, _f: Field, values: unknown[]) => (name === 'account' ? vectorFromArray(values.map(Number), new Int32()).data[0] : undefined) };
    expect(await issuesOf(() => fromArrow(craftArrow(golden(), numbers)))).toEqual([['invalid_column_type', ['account']]]);
  });

  it('Parquet columns of other types: a plain BYTE_ARRAY, a group, a DECIMAL with only its converted type', async () => {
    const bytes = craftParquet(golden(), { element: (name, e) => (name === 'label' ? { name, type: 'BYTE_ARRAY', repetition_type: 'REQUIRED' } : e) });
    expect(await issuesOf(() => fromParquet(bytes))).toEqual([['invalid_column_type', ['label']]]);
    const legacy = craftParquet(golden(), { element: (name, e) => (name === 'debit' || name === 'credit' ? (({ logical_type: _dropped, ...rest }) => rest)(e) : e) });
    expect(await fromParquet(legacy)).toEqual(golden());
  });

  it('garbage streams and buffers: invalid_file from every reader', async () => {
    async function* garbage(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('definitely not an arrow stream');
    }
    expect((await issuesOf(() => fromArrow(garbage())))[0]?.[0]).toBe('invalid_file');
    expect((await issuesOf(() => collect(arrowBooks(garbage()))))[0]?.[0]).toBe('invalid_file');
    expect((await issuesOf(() => collect(parquetBooks(new ArrayBuffer(16)))))[0]?.[0]).toBe('invalid_file');
    expect(await issuesOf(() => collect(arrowBooks('x' as never)))).toEqual([['invalid_input', []]]);
  });
});

describe('edges', () => {
  it('writing no Book at all gives a valid empty file in EUR', async () => {
    expect(fromArrow(join([...arrowChunks([])]))).toEqual(createBook([]));
    expect(await fromParquet(join([...parquetChunks([])]))).toEqual(createBook([]));
  });

  it('reads a view into a larger buffer and an ArrayBuffer', async () => {
    const book = golden();
    const bytes = toParquet(book);
    const larger = new Uint8Array(bytes.length + 10);
    larger.set(bytes, 5);
    expect(await fromParquet(larger.subarray(5, 5 + bytes.length))).toEqual(book);
    const arrow = toArrow(book);
    expect(fromArrow(arrow.slice().buffer)).toEqual(book);
    expect((await collect(arrowBooks(arrow.slice().buffer))).map((b) => b.size)).toEqual([4]);
  });

  it('a foreign amount past DECIMAL(38, 4) cannot be written: amount_overflow', async () => {
    const tx = createTransaction({ id: 'X1', journal: 'OD', date: '2024-01-02', piece: { ref: 'P' }, label: 'x', entries: [{ account: '627000', debit: '1.00', currency: { code: 'USD', amount: '1' + '0'.repeat(36) } }, { account: '512000', credit: '1.00' }] });
    expect(await issuesOf(() => toParquet(createBook([tx])))).toEqual([['amount_overflow', [0, 'entries', 0, 'currency', 'amount']]]);
  });
});
