// @ts-nocheck
// Books and hand-made files for the columnar tests.
import { makeData, RecordBatch, RecordBatchStreamWriter, Struct, Table, type Field } from 'apache-arrow';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { arrowData, arrowSchema } from '../../src/columnar/_lib/arrowTypes.js';
import { parquetSchemaOf } from '../../src/columnar/_lib/parquetTypes.js';
import { bookRows, fileMetadata } from '../../src/columnar/_lib/write.js';
import { COLUMNAR_COLUMNS } from '../../src/columnar/index.js';
import { createBook, createChart, createTransaction, defaultChart, DEFAULT_JOURNALS, reverseTransaction, type Book } from '../../src/index.js';

/** A book using every optional column: drafts, types, sources, a reversal, entry labels, given account labels, auxiliaries, lettering, foreign amounts, cost centers, analytics, VAT, open items; a chart and journals. */
export function richBook(): Book {
  const sale = createTransaction({
    id: 'VT000001', journal: 'VT', date: '2024-03-15', piece: { ref: 'FA2024-0001', date: '2024-03-14' }, label: 'Vente Dupont', type: 'sale', validatedOn: '2024-03-20',
    source: { documentId: 'inv-1', documentNumber: 'FA2024-0001', customerId: 'c1', customerName: 'DUPONT Jean', memo: 'a "quoted" memo; with | and \n' },
    entries: [
      { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '120.00', lettering: { code: 'A', date: '2024-04-01' }, openItem: 'inv-1', label: 'Facture FA2024-0001' },
      { account: '706100', accountLabel: 'Abonnements', credit: '100.00', costCenter: 'CLUB-1', analytics: { site: 'Lyon', activity: 'fitness' } },
      { account: '445710', credit: '20.00', vat: { rate: '20', base: '100.00' } },
    ],
  });
  const usd = createTransaction({
    id: 'BQ000001', journal: 'BQ', date: '2024-04-01', piece: { ref: 'REL-04' }, label: 'Encaissement USD', type: 'payment', validatedOn: null,
    entries: [
      { account: '512000', debit: '92.50', currency: { code: 'USD', amount: '100.5' } },
      { account: '411000', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, credit: '92.50', lettering: { code: 'A', date: '2024-04-01' }, openItem: 'inv-1' },
    ],
  });
  const jpy = createTransaction({
    id: 'OD000001', journal: 'OD', date: '2024-02-01', piece: { ref: 'OD-1' }, label: 'Frais',
    entries: [
      { account: '627000', debit: '0.01', currency: { code: 'JPY', amount: '-3' } },
      { account: '512000', credit: '0.01', currency: { code: 'KWD', amount: '0.005' } },
    ],
  });
  const reversal = reverseTransaction(sale, { id: 'VT000002', date: '2024-05-02' });
  const chart = createChart([{ number: '706100', label: 'Ventes de cours' }, { number: '627', label: 'Services bancaires' }], { base: defaultChart() });
  return createBook([sale, usd, jpy, reversal], { chart, journals: DEFAULT_JOURNALS });
}

export type Mutation = {
  /** Replace or drop (undefined) a column's values. */
  readonly values?: (name: string, values: unknown[]) => unknown[] | undefined;
  /** Change the metadata. */
  readonly metadata?: (entries: Array<readonly [string, string]>) => Array<readonly [string, string]>;
};

/** A Parquet file of a book's rows, mutated; `element` replaces a column's schema element. */
export function craftParquet(book: Book, mutation: Mutation & { readonly element?: (name: string, e: SchemaElement) => SchemaElement; readonly rowGroupSize?: number } = {}): Uint8Array {
  const rows = bookRows(book, 0, book.size);
  const schema = parquetSchemaOf(book.scale);
  const kept: SchemaElement[] = [];
  const columnData: Array<{ name: string; data: unknown[] }> = [];
  COLUMNAR_COLUMNS.forEach((c, i) => {
    let values: unknown[] | undefined = [...rows.columns[c.name]!];
    if (c.kind === 'amount') values = values.map((v) => (v === null ? null : BigInt(v as number)));
    if (c.kind === 'json') values = values.map((v) => (v === null ? null : JSON.parse(v as string)));
    values = mutation.values ? mutation.values(c.name, values) : values;
    if (values === undefined) return;
    const e = schema[i + 1]!;
    kept.push(mutation.element ? mutation.element(c.name, e) : e);
    columnData.push({ name: c.name, data: values });
  });
  const writer = new ByteWriter();
  const metadata = fileMetadata(book);
  const pq = new ParquetWriter({ writer, schema: [{ name: 'root', num_children: kept.length }, ...kept], kvMetadata: (mutation.metadata ? mutation.metadata(metadata) : metadata).map(([key, value]) => ({ key, value })) });
  void pq.write({ columnData: columnData as never, rowGroupSize: mutation.rowGroupSize ?? Math.max(1, rows.length) });
  void pq.finish();
  return new Uint8Array(writer.getBuffer());
}

/** An Arrow stream of a book's rows, mutated; `field` replaces a column's data (its type with it). */
export function craftArrow(book: Book, mutation: Mutation & { readonly data?: (name: string, field: Field, values: unknown[]) => ReturnType<typeof arrowData> | undefined } = {}): Uint8Array {
  const rows = bookRows(book, 0, book.size);
  const metadata = mutation.metadata ? mutation.metadata(fileMetadata(book)) : fileMetadata(book);
  const base = arrowSchema(book.scale, metadata);
  const fields: Field[] = [];
  const children: Array<ReturnType<typeof arrowData>> = [];
  base.fields.forEach((f) => {
    const values = mutation.values ? mutation.values(f.name, [...rows.columns[f.name]!]) : [...rows.columns[f.name]!];
    if (values === undefined) return;
    const data = mutation.data?.(f.name, f, values) ?? arrowData(f, values);
    fields.push(f.type === data.type ? f : f.clone({ type: data.type }));
    children.push(data);
  });
  const schema = new (base.constructor as typeof import('apache-arrow').Schema)(fields, base.metadata);
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children }));
  return RecordBatchStreamWriter.writeAll(new Table(schema, batch)).toUint8Array(true);
}

/** The Books an async generator yields, in order. */
export async function collect(books: AsyncIterable<Book>): Promise<Book[]> {
  const out: Book[] = [];
  for await (const b of books) out.push(b);
  return out;
}

/** Byte chunks joined into one array. */
export const join = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
