// @ts-nocheck
// parseFecBook beyond the createBook equivalence of parseFecBook.test.ts: the chart refusals with their messages,
// ledgers of an auxiliary account used on several accounts (and lines alternating between them), and the book's
// absolute total.
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createChart, defaultChart, type Book } from '../../../src/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../../src/formats/fec/parseFecBook.js';

type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const BASE: Fields = { JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: 'VT1', EcritureDate: '20240315', CompteNum: '411000', CompteLib: 'Clients', PieceRef: 'P1', PieceDate: '20240315', EcritureLib: 'Vente', Debit: '0,00', Credit: '0,00', ValidDate: '20240315' };
const row = (fields: Fields): string => FEC_COLUMNS.map((n) => ({ ...BASE, ...fields })[n] ?? '').join('|');
const file = (...rows: Fields[]): string => [FEC_COLUMNS.join('|'), ...rows.map(row)].join('\n');
const viaTransactions = (text: string, chart?: ReturnType<typeof defaultChart>): Book => {
  const parsed = parseFec(text);
  return createBook(parsed.transactions, { journals: parsed.journals, ...(chart ? { chart } : {}) });
};

describe('parseFecBook: the chart', () => {
  it('lists every account outside the chart once, at the first line of the first entry using it', () => {
    const chart = createChart([{ number: '411', label: 'Clients' }, { number: '706', label: 'Prestations' }]);
    const text = file(
      { Debit: '10,00' }, { CompteNum: '706000', Credit: '5,00' }, { CompteNum: '445710', CompteLib: 'TVA', Credit: '5,00' },
      { EcritureNum: 'VT2', CompteNum: '512000', CompteLib: 'Banque', Debit: '3,00' }, { EcritureNum: 'VT2', CompteNum: '445710', CompteLib: 'TVA', Credit: '3,00' },
    );
    try {
      parseFecBook(text, { chart });
      throw new Error('expected an AccountingError');
    } catch (err) {
      expect(err).toBeInstanceOf(AccountingError);
      expect((err as AccountingError).issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
        ['unknown_account', 'line.2', 'Account 445710 of entry VT1 is not covered by the chart of accounts: add it to the chart.'],
        ['unknown_account', 'line.5', 'Account 512000 of entry VT2 is not covered by the chart of accounts: add it to the chart.'],
      ]);
    }
  });

  it('refuses a chart that createChart did not make, with its message', () => {
    try {
      parseFecBook(file({ Debit: '1,00' }, { CompteNum: '706000', Credit: '1,00' }), { chart: { find: () => undefined } as never });
      throw new Error('expected an AccountingError');
    } catch (err) {
      expect((err as AccountingError).issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
        ['invalid_option', 'chart', 'options.chart is a chart of accounts made by createChart or defaultChart().'],
      ]);
    }
  });

  it('keeps the chart on the book, and none when none is given', () => {
    const text = file({ Debit: '1,00' }, { CompteNum: '706000', Credit: '1,00' });
    expect(parseFecBook(text, { chart: defaultChart() }).chart).toBe(defaultChart());
    expect(parseFecBook(text, { chart: defaultChart() })).toEqual(viaTransactions(text, defaultChart()));
    expect(parseFecBook(text)).toEqual(viaTransactions(text));
  });
});

describe('parseFecBook: ledgers', () => {
  it('gives one ledger per (account, auxiliary account), lines alternating between them, as createBook does', () => {
    const text = file(
      { CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '10,00' },
      { CompteNum: '416000', CompteLib: 'Douteux', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '5,00' },
      { CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '1,00' },
      { CompAuxNum: 'C2', CompAuxLib: 'Durand', Debit: '2,00' },
      { CompteNum: '416000', CompteLib: 'Douteux', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '4,00' },
      { CompteNum: '416000', CompteLib: 'Douteux', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Debit: '4,00' },
      { Debit: '3,00' },
      { CompteNum: '706000', CompteLib: 'Ventes', Credit: '29,00' },
      { EcritureNum: 'VT2', CompAuxNum: 'C2', CompAuxLib: 'Durand', Debit: '7,00' },
      { EcritureNum: 'VT2', CompteNum: '416000', CompteLib: 'Douteux', CompAuxNum: 'C2', CompAuxLib: 'Durand', Debit: '1,00' },
      { EcritureNum: 'VT2', CompteNum: '706000', CompteLib: 'Ventes', Credit: '8,00' },
    );
    const book = parseFecBook(text);
    expect(book).toEqual(viaTransactions(text));
    expect(book.accounts).toEqual(['411000', '416000', '706000']);
    expect(book.auxiliaries.map((a) => a.number)).toEqual(['C1', 'C2']);
    expect(book.ledgers.map((l) => [l.account, l.auxiliary])).toEqual([[0, 0], [1, 0], [0, 1], [0, -1], [2, -1], [1, 1]]);
    expect([...book.entries.ledger]).toEqual([0, 1, 0, 2, 1, 1, 3, 4, 2, 5, 4]);
    expect(book.absoluteTotal).toBe(7400);
  });
});
