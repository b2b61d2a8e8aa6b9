// @ts-nocheck
// Entry "columnar" (issue #19): the columnar subpath — a Book to Parquet and Arrow and back (size reported, no budget).
import { createBook, createTransaction } from 'partie-double';
import { fromArrow, fromParquet, toArrow, toParquet } from 'partie-double/columnar';

const sale = createTransaction({
  journal: 'VT',
  date: '2024-10-01',
  piece: { ref: 'FA2024-0001', date: '2024-10-01' },
  label: 'Abonnement octobre',
  entries: [
    { account: '411', auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, debit: '59.88' },
    { account: '706100', credit: '49.90' },
    { account: '445711', credit: '9.98' },
  ],
});
const book = createBook([sale]);
const parquet = await fromParquet(toParquet(book));
const arrow = fromArrow(toArrow(book));
console.log(JSON.stringify({ parquet: parquet.entryCount, arrow: arrow.entryCount }));
