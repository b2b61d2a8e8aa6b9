// parseFecBook's options and refusals (code, path, message), on bytes, text and async chunks, and the Book bookOf lays
// out: the currency's scale, opening types, sources, entry strings and foreign amounts in order of first use, as
// createBook lays out the transactions of parseFec.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createChart, trialBalance, type Book } from '../../../src/index.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../../src/formats/fec/parseFecBook.js';

const HEADER = 'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
const TEXT = [
  HEADER,
  'VT|Ventes|1|20240315|411000|Clients|||F1|20240315|Facture 1|120,00|0,00|||20240315||',
  'VT|Ventes|1|20240315|706000|Ventes|||F1|20240315|Facture 1|0,00|120,00|||20240315||',
].join('\n');
const BYTES = new TextEncoder().encode(TEXT);
const FIXTURES = new URL('../../fixtures/fec/', import.meta.url);

const viaTransactions = (input: string | Uint8Array, currency?: 'JPY'): Book => {
  const parsed = parseFec(input, currency ? { currency } : {});
  return createBook(parsed.transactions, { journals: parsed.journals, ...(currency ? { currency } : {}) });
};
/** The issues of the AccountingError `fn` throws, as [code, path, message]. */
const refusal = (fn: () => unknown): string[][] => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AccountingError);
    return (e as AccountingError).issues.map((i) => [i.code, i.path.join('.'), i.message]);
  }
  throw new Error('expected an AccountingError');
};
async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes.subarray(0, 7);
  yield bytes.subarray(7);
}

describe('parseFecBook: options', () => {
  it('reads amounts in the currency given, at its scale (JPY: no decimals)', () => {
    const book = parseFecBook(TEXT, { currency: 'JPY' });
    expect(book.currency).toBe('JPY');
    expect([...book.entries.amount]).toEqual([120, -120]);
    expect(book.absoluteTotal).toBe(240);
    expect(trialBalance(book).totals.closing.debit.toFixed(0)).toBe('120');
    expect(book).toEqual(viaTransactions(TEXT, 'JPY'));
    const eur = parseFecBook(TEXT);
    expect(eur.currency).toBe('EUR');
    expect([...eur.entries.amount]).toEqual([12000, -12000]);
    expect(eur.absoluteTotal).toBe(24000);
  });

  it('refuses a file above maxBytes, as bytes, text and chunks, and reads one at it', async () => {
    const message = `The file is ${BYTES.length} bytes (0.0 MiB), above the limit of ${BYTES.length - 1} bytes (0.0 MiB, options.maxBytes): split it (one FEC per fiscal year, or per journal), or raise maxBytes — at most 2147483647, giving Node about five times the file size of memory (node --max-old-space-size).`;
    expect(refusal(() => parseFecBook(BYTES, { maxBytes: BYTES.length - 1 }))).toEqual([['file_too_large', 'maxBytes', message]]);
    expect(refusal(() => parseFecBook(TEXT, { maxBytes: BYTES.length - 1 }))[0]![0]).toBe('file_too_large');
    await expect(parseFecBook(chunks(BYTES), { maxBytes: BYTES.length - 1 })).rejects.toMatchObject({ code: 'file_too_large', issues: [{ path: ['maxBytes'] }] });
    expect(parseFecBook(BYTES, { maxBytes: BYTES.length }).size).toBe(1);
    expect((await parseFecBook(chunks(BYTES), { maxBytes: BYTES.length })).size).toBe(1);
    expect(refusal(() => parseFecBook(BYTES, { maxBytes: -1 }))).toEqual([['invalid_option', 'maxBytes', 'maxBytes is a whole number of bytes from 1 to 2147483647 (2 GiB − 1, what the reader can address), received -1.']]);
  });

  it('refuses options that are not an object, and a chart not made by createChart, before reading chunks', async () => {
    expect(refusal(() => parseFecBook(TEXT, 5 as never))).toEqual([['invalid_option', '', 'The options of parseFecBook are an object (or undefined for the defaults), not 5.']]);
    const chartMessage = 'options.chart is a chart of accounts made by createChart or defaultChart().';
    expect(refusal(() => parseFecBook(TEXT, { chart: {} as never }))).toEqual([['invalid_option', 'chart', chartMessage]]);
    let read = false;
    async function* watched(): AsyncGenerator<Uint8Array> {
      read = true;
      yield BYTES;
    }
    expect(refusal(() => parseFecBook(watched(), { chart: {} as never }))).toEqual([['invalid_option', 'chart', chartMessage]]);
    expect(read).toBe(false);
    // chunks read as the bytes are
    expect(await parseFecBook(chunks(BYTES))).toEqual(parseFecBook(BYTES));
    expect(await parseFecBook(chunks(BYTES), { currency: 'JPY' })).toEqual(parseFecBook(BYTES, { currency: 'JPY' }));
  });

  it('checks a chart on chunks too, naming a renamed entry by its id', async () => {
    const text = [TEXT, 'BQ|Banque|1|20240320|512000|Banque|||R1|20240320|Reglement|120,00|0,00|||20240320||', 'BQ|Banque|1|20240320|411000|Clients|||R1|20240320|Reglement|0,00|120,00|||20240320||'].join('\n');
    const chart = createChart([{ number: '411', label: 'Clients' }, { number: '706', label: 'Ventes' }]);
    const expected = [['unknown_account', 'line.4', 'Account 512000 of entry BQ:1 is not covered by the chart of accounts: add it to the chart.']];
    expect(refusal(() => parseFecBook(text, { chart }))).toEqual(expected);
    await expect(parseFecBook(chunks(new TextEncoder().encode(text)), { chart })).rejects.toMatchObject({ issues: [{ code: 'unknown_account', path: ['line', 4] }] });
    const covering = createChart([{ number: '411', label: 'Clients' }, { number: '512', label: 'Banque' }, { number: '706', label: 'Ventes' }]);
    expect(parseFecBook(text, { chart: covering }).chart).toBe(covering);
    expect('chart' in parseFecBook(text)).toBe(false);
  });
});

describe('parseFecBook: the Book laid out', () => {
  it('types an opening entry "opening", wherever it comes, and no type without one', () => {
    const an = ['AN|A nouveaux|A1|20240101|512000|Banque|||A1|20240101|Reprise|50,00|0,00|||20240101||', 'AN|A nouveaux|A1|20240101|101000|Capital|||A1|20240101|Reprise|0,00|50,00|||20240101||'];
    const text = [TEXT, ...an].join('\n');
    const book = parseFecBook(text);
    expect(book.types).toEqual(['opening']);
    expect([...book.tx.type]).toEqual([-1, 0]);
    expect([...book.tx.opening]).toEqual([0, 1]);
    expect(book).toEqual(viaTransactions(text));
    expect(parseFecBook(TEXT).types).toEqual([]);
    expect([...parseFecBook(TEXT).tx.type]).toEqual([-1]);
    // own opening journals
    const ran = text.replaceAll('AN|A nouveaux|', 'RAN|Report|');
    expect(parseFecBook(ran).types).toEqual([]);
    expect(parseFecBook(ran, { openingJournals: ['RAN'] }).types).toEqual(['opening']);
  });

  it('keeps the sources of a BNC cash FEC (payment method, client) in order of use', () => {
    const bytes = new Uint8Array(readFileSync(new URL('valid/bnc-cash-22-columns.txt', FIXTURES)));
    const book = parseFecBook(bytes);
    expect(book).toEqual(viaTransactions(bytes));
    expect(book.sources.length).toBeGreaterThan(0);
    expect([...book.tx.source].filter((s) => s >= 0)).toEqual(book.sources.map((_, k) => k));
  });

  it('interns entry labels and lettering codes in entry order, and reads foreign amounts as decimals', () => {
    const text = [
      HEADER,
      'VT|Ventes|1|20240315|411000|Clients|C1|Dupont|F1|20240315|Facture|120,00|0,00|B|20240320|20240315|0012,50|USD',
      'VT|Ventes|1|20240315|706000|Ventes|||F1|20240315|Ligne A|0,00|100,00|||20240315||',
      'VT|Ventes|1|20240315|445710|TVA|||F1|20240315|Ligne A|0,00|20,00|||20240315|3,10-|GBP',
      'BQ|Banque|2|20240320|512000|Banque|||R1|20240320|Reglement|120,00|0,00|A|20240320|20240320|+7|USD',
      'BQ|Banque|2|20240320|411000|Clients|C1|Dupont|R1|20240320|Ligne A|0,00|120,00|B|20240320|20240320||',
    ].join('\n');
    const book = parseFecBook(text);
    expect(book).toEqual(viaTransactions(text));
    expect(book.strings).toEqual(['B', 'Ligne A', 'A']);
    expect([...book.entries.label!]).toEqual([-1, 1, 1, -1, 1]);
    expect([...book.entries.letteringCode!]).toEqual([0, -1, -1, 2, 0]);
    expect(book.currencies).toEqual(['USD', 'GBP']);
    expect([...book.entries.foreignCurrency!]).toEqual([0, -1, 1, 0, -1]);
    expect(book.entries.foreignAmount).toEqual(['12.5', '', '-3.1', '7', '']);
    // none of them: no column
    const plain = parseFecBook(TEXT);
    expect(plain.entries.label).toBeUndefined();
    expect(plain.entries.letteringCode).toBeUndefined();
    expect(plain.entries.foreignAmount).toBeUndefined();
    expect(plain.strings).toEqual([]);
  });

  it('gives the ledgers of accounts and auxiliary accounts met again after others', () => {
    const text = [
      HEADER,
      'VT|Ventes|1|20240315|411000|Clients|C1|Dupont|F1|20240315|Facture|1,00|0,00|||20240315||',
      'VT|Ventes|1|20240315|411000|Clients|C2|Durand|F1|20240315|Facture|2,00|0,00|||20240315||',
      'VT|Ventes|1|20240315|411000|Clients|C1|Dupont|F1|20240315|Facture|4,00|0,00|||20240315||',
      'VT|Ventes|1|20240315|706000|Ventes|||F1|20240315|Facture|0,00|7,00|||20240315||',
      'VT|Ventes|2|20240316|706000|Ventes|||F2|20240316|Facture|0,00|8,00|||20240316||',
      'VT|Ventes|2|20240316|411000|Clients|C2|Durand|F2|20240316|Facture|8,00|0,00|||20240316||',
    ].join('\n');
    const book = parseFecBook(text);
    expect(book).toEqual(viaTransactions(text));
    expect(book.ledgers.map((l) => [l.account, l.auxiliary])).toEqual([[0, 0], [0, 1], [1, -1]]);
    expect([...book.entries.ledger]).toEqual([0, 1, 0, 2, 2, 1]);
    expect([...book.entries.account]).toEqual([0, 0, 0, 1, 1, 0]);
    expect([...book.entries.tx]).toEqual([0, 0, 0, 0, 1, 1]);
    expect(book.absoluteTotal).toBe(3000);
  });
});

describe('parseFecBook ≡ createBook ∘ parseFec on each fixture (quick; the properties are in parseFecBook.test.ts)', () => {
  const files = readdirSync(new URL('valid/', FIXTURES)).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(new URL(`valid/${file}`, FIXTURES)));
    expect(parseFecBook(bytes)).toEqual(viaTransactions(bytes));
  });
  it('the golden FEC', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url)));
    expect(parseFecBook(bytes)).toEqual(viaTransactions(bytes));
  });
});
