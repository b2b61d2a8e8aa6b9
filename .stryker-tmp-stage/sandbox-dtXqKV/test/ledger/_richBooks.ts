// @ts-nocheck
// Books with every column the ledger reports read (issue 15's "fast = reference" properties): sources with
// document ids and numbers, funders, memos and payment methods; types (vat-transfer on deductible VAT included);
// entry labels, cost centres, open items shared by several transactions and customers, lettering; an opening;
// many transactions on one day (a short date range) or spread over the year.
import fc from 'fast-check';
import { createBook, createTransaction, letter, type Book, type Transaction } from '../../src/index.js';
import { transactionsArbitrary } from '../../src/testing/index.js';

const ACCOUNTS = ['411000', '416000', '706100', '445711', '445660', '512000', '401000', '606100', '530000', '101000'];
const TYPES = [undefined, 'sale', 'payment', 'vat-transfer', 'credit-note', 'refund', 'custom-type'];
const METHODS = [undefined, 'transfer', 'cheque', 'ancv', 'not-a-known-method'];
const ITEMS = [undefined, 'inv-1', 'inv-2', 'VT000001'];
const CODES = [undefined, 'A', 'B'];

function enrich(txs: ReadonlyArray<Transaction>, picks: ReadonlyArray<number>): Transaction[] {
  let p = 0;
  const pick = <T>(list: ReadonlyArray<T>): T => list[(picks.length === 0 ? 0 : picks[p++ % picks.length]!) % list.length]!;
  return txs.map((t) => {
    const entries = t.entries.map((e) => {
      const input = (e as unknown as { toJSON(): Record<string, unknown> }).toJSON();
      const item = pick(ITEMS);
      if (item !== undefined) input.openItem = item;
      if (e.auxiliary) {
        const code = pick(CODES);
        if (code !== undefined) input.lettering = { code, date: t.date };
      }
      const label = pick([undefined, `line of ${t.id}`]);
      if (label !== undefined) input.label = label;
      const costCenter = pick([undefined, 'CC1', 'CC2']);
      if (costCenter !== undefined) input.costCenter = costCenter;
      return input;
    });
    const input: Record<string, unknown> = { id: t.id, journal: t.journal, date: t.date, piece: t.piece, label: t.label, validatedOn: t.validatedOn, entries };
    const type = t.type ?? pick(TYPES);
    if (type !== undefined) input.type = type;
    const source: Record<string, string> = {};
    const documentId = pick([undefined, 'inv-1', 'inv-2', t.id]);
    if (documentId !== undefined) source.documentId = documentId;
    const documentNumber = pick([undefined, `FA-${t.id}`]);
    if (documentNumber !== undefined) source.documentNumber = documentNumber;
    const method = pick(METHODS);
    if (method !== undefined) source.paymentMethod = method;
    if (pick([false, true])) Object.assign(source, { funder: 'CAF', billingContact: 'M. X', customerName: 'DUPONT', customerId: 'C1', memo: 'memo' });
    if (Object.keys(source).length > 0) input.source = source;
    return createTransaction(input as never);
  });
}

/** Arbitrary books with every column the ledger reports read, lettered or not. */
export const richBooks: fc.Arbitrary<Book> = fc
  .record({
    txs: fc.oneof(transactionsArbitrary({ maxLength: 30, accounts: ACCOUNTS }), transactionsArbitrary({ maxLength: 40, to: '2024-01-04', accounts: ACCOUNTS })),
    picks: fc.array(fc.nat(), { maxLength: 60 }),
    lettered: fc.boolean(),
  })
  .map(({ txs, picks, lettered }) => {
    const book = createBook(enrich(txs, picks));
    return lettered ? letter(book, { netToZero: true }) : book;
  });
