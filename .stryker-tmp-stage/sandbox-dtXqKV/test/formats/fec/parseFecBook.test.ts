// @ts-nocheck
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountingError,
  bookTransactions,
  createBook,
  createChart,
  defaultChart,
  formats,
  isBook,
  trialBalance,
  type Book,
  type TrialBalance,
} from '../../../src/index.js';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../../src/formats/fec/parseFecBook.js';
import { transactionsArbitrary } from '../../../src/testing/index.js';
import { mutatedBytes } from './_mutate.js';

const GOLDEN_URL = new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url);
const FIXTURES = new URL('../../fixtures/fec/', import.meta.url);
const golden = (): Uint8Array => new Uint8Array(readFileSync(GOLDEN_URL));
const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const FY = { from: '2024-01-01', to: '2024-12-31' };

/** createBook over parseFec: what parseFecBook must equal. */
const viaTransactions = (input: string | Uint8Array): Book => {
  const parsed = parseFec(input);
  return createBook(parsed.transactions, { journals: parsed.journals });
};
const table = (tb: TrialBalance): string[][] =>
  tb.rows.map((r) => [r.account, r.auxiliary?.number ?? '', ...[r.opening, r.movements, r.closing].flatMap((p) => [p.debit.toFixed(2), p.credit.toFixed(2)])]);
const plain = (book: Book): unknown => JSON.parse(JSON.stringify([...bookTransactions(book)]));
const refusal = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountingError);
    return (error as AccountingError).issues;
  }
  throw new Error('expected an AccountingError');
};

describe('parseFecBook on the golden file', () => {
  it('builds the Book createBook builds from parseFec, and formats.fec writes the file back', () => {
    const book = parseFecBook(golden());
    expect(isBook(book)).toBe(true);
    expect(book).toEqual(viaTransactions(golden()));
    expect(formats.fec.encode(book)).toEqual(golden());
    expect(book.journalList?.map((j) => j.code)).toEqual(['AN', 'VT', 'BQ', 'OD']);
    expect(Object.isFrozen(book) && Object.isFrozen(book.tx) && Object.isFrozen(book.entries) && Object.isFrozen(book.tx.label)).toBe(true);
  });

  it('pins TV5: the balance générale of the golden FEC', () => {
    const tb = trialBalance(parseFecBook(golden()), { period: FY });
    expect(tb.opening).toBe('entries');
    expect(table(tb)).toEqual([
      ['101000', '', '0.00', '1000.00', '0.00', '0.00', '0.00', '1000.00'],
      ['411000', '', '0.00', '0.00', '600.00', '600.00', '0.00', '0.00'],
      ['445710', '', '0.00', '0.00', '0.00', '100.00', '0.00', '100.00'],
      ['487000', '', '0.00', '0.00', '0.00', '393.15', '0.00', '393.15'],
      ['512000', '', '1000.00', '0.00', '600.00', '0.00', '1600.00', '0.00'],
      ['706100', '', '0.00', '0.00', '393.15', '500.00', '0.00', '106.85'],
    ]);
    expect(table(trialBalance(parseFecBook(golden()), { period: FY, level: 'auxiliary' }))).toEqual([
      ['411000', 'C0001', '0.00', '0.00', '600.00', '600.00', '0.00', '0.00'],
    ]);
  });

  it('reads text as it reads bytes, and does not mutate its input', () => {
    const bytes = golden();
    const copy = bytes.slice();
    expect(parseFecBook(new TextDecoder().decode(bytes))).toEqual(parseFecBook(bytes));
    expect(bytes).toEqual(copy);
  });

  it('reads an async iterable of chunks cut anywhere, even inside a UTF-8 character, into the same Book', async () => {
    const bytes = encodeText(new TextDecoder().decode(golden()).replace('DUPONT Jean', 'DUPONT Jérôme'), 'utf-8');
    const cut = bytes.indexOf(0xc3) + 1;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 10);
      yield bytes.subarray(10, cut);
      yield bytes.subarray(cut, cut + 1);
      yield bytes.subarray(cut + 1);
    }
    const book = await parseFecBook(chunks());
    expect(book).toEqual(parseFecBook(bytes));
    expect(book.auxiliaries.map((a) => a.name)).toContain('DUPONT Jérôme');
  });

  it('refuses async chunks as it refuses the bytes: the same issues, and invalid_input for a chunk that is not bytes', async () => {
    const bytes = fixtureBytes('invalid/fec_entry_unbalanced.txt');
    async function* halves(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 100);
      yield bytes.subarray(100);
    }
    await expect(parseFecBook(halves())).rejects.toMatchObject({ code: 'invalid_file', issues: refusal(() => parseFecBook(bytes)) });
    async function* strings(): AsyncGenerator<Uint8Array> {
      yield 'text' as unknown as Uint8Array;
    }
    await expect(parseFecBook(strings())).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('parseFecBook on every layout', () => {
  const files = readdirSync(new URL('valid/', FIXTURES)).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s: the Book of createBook(parseFec(…))', (file) => {
    const bytes = fixtureBytes(`valid/${file}`);
    expect(parseFecBook(bytes)).toEqual(viaTransactions(bytes));
  });

  it('reads ISO-8859-15 bytes', () => {
    const bytes = encodeText(new TextDecoder().decode(fixtureBytes('valid/accents-utf8.txt')), 'iso-8859-15');
    expect(parseFecBook(bytes)).toEqual(parseFecBook(fixtureBytes('valid/accents-utf8.txt')));
  });

  it('keeps labels, lettering, foreign amounts, sources and renamed entries as createBook does', () => {
    const header = formats.fec.serialize([]).split('\r\n')[0];
    const text = [
      header,
      'VT|Ventes|1|20240315|411000|Clients|C1|DUPONT|F1|20240315|Facture 1|120,00|0,00|A|20240320|20240315|130,5|USD',
      'VT|Ventes|1|20240315|706000|Prestations|||F1|20240315|Abonnement|0,00|120,00|||20240315||',
      'VT|Ventes|1|20240315|445710|TVA|||F1|20240315|Facture 1|0,00|0,00|||20240315||',
      'BQ|Banque|1|20240320|512000|Banque|||R1|20240320|Reglement 1|120,00|0,00|||20240320|-3,10|GBP',
      'BQ|Banque|1|20240320|411000|Clients|C1|DUPONT Jean|R1|20240320|Reglement 1|0,00|120,00|A|20240320|20240320||',
    ].join('\r\n');
    const book = parseFecBook(text);
    expect(book).toEqual(viaTransactions(text));
    expect(book.tx.id).toEqual(['1', 'BQ:1']);
    expect(book.strings).toEqual(['A', 'Abonnement']);
    expect(book.entries.foreignAmount).toEqual(['130.5', '', '-3.1', '']);
    expect(book.auxiliaries).toEqual([{ number: 'C1', name: 'DUPONT' }]);
  });
});

describe('parseFecBook refuses what parseFec refuses', () => {
  it('with the same issues', () => {
    for (const file of ['fec_entry_unbalanced', 'fec_invalid_amount', 'fec_header', 'fec_numbering_duplicate', 'fec_empty_file']) {
      const bytes = fixtureBytes(`invalid/${file}.txt`);
      const issues = refusal(() => parseFecBook(bytes));
      expect(issues).toEqual(refusal(() => parseFec(bytes)));
      expect((issues as Array<{ code: string }>)[0]!.code).toBe('invalid_file');
    }
  });

  it('checks the accounts against a chart when given one, as createBook does', () => {
    const chart = createChart([{ number: '411', label: 'Clients' }, { number: '512', label: 'Banque' }, { number: '706', label: 'Prestations' }]);
    const issues = refusal(() => parseFecBook(golden(), { chart })) as Array<{ code: string; path: unknown[] }>;
    expect(issues.map((i) => `${i.code}@${String(i.path[1])}`)).toEqual(['unknown_account@2', 'unknown_account@4', 'unknown_account@9']);
    const book = parseFecBook(golden(), { chart: defaultChart() });
    expect(book.chart).toBe(defaultChart());
    const parsed = parseFec(golden());
    expect(book).toEqual(createBook(parsed.transactions, { journals: parsed.journals, chart: defaultChart() }));
  });

  it('refuses bad arguments with their own codes', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return (error as AccountingError).code;
      }
      return undefined;
    };
    expect(code(() => parseFecBook(null as unknown as string))).toBe('invalid_input');
    expect(code(() => parseFecBook(golden(), { currency: 'ZZZ' }))).toBe('unknown_currency');
    expect(code(() => parseFecBook(golden(), { openingJournals: [1] as unknown as string[] }))).toBe('invalid_option');
  });
});

/** Lines of a serialized book with lettering, foreign amounts, zero lines and own labels added here and there. */
const decorated = fc
  .tuple(
    transactionsArbitrary({ minLength: 1, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('letter', 'foreign', 'label', 'zero')), { maxLength: 8 }),
    fc.constantFrom('|', '\t'),
  )
  .map(([txs, decorations, separator]) => {
    const lines = formats.fec.serialize(createBook(txs), { separator }).split('\r\n');
    for (const [at, kind] of decorations) {
      if (lines.length < 2) break;
      const target = 1 + (at % (lines.length - 1));
      const f = lines[target]!.split(separator);
      if (kind === 'letter') {
        f[13] = ['A', 'B', 'AA'][at % 3]!;
        f[14] = f[3]!;
      } else if (kind === 'foreign') {
        f[16] = ['12,5', '-3,10', '0,07'][at % 3]!;
        f[17] = ['USD', 'GBP'][at % 2]!;
      } else if (kind === 'label') f[10] = `Ligne ${at % 5}`;
      else lines.splice(target + 1, 0, [...f.slice(0, 11), '0,00', '0,00', '', '', f[15], '', ''].join(separator));
      lines[target] = f.join(separator);
    }
    return lines.join('\r\n');
  });

describe('properties', () => {
  it('parseFecBook ≡ createBook ∘ parseFec: same Book, same trial balances, same transactions back', () => {
    fc.assert(
      fc.property(decorated, (text) => {
        let expected: Book;
        try {
          expected = viaTransactions(text);
        } catch (error) {
          // a decorated file may be refused (a label made blank…): then both refuse alike
          expect(refusal(() => parseFecBook(text))).toEqual((error as AccountingError).issues);
          return;
        }
        const book = parseFecBook(text);
        expect(book).toEqual(expected);
        expect(table(trialBalance(book))).toEqual(table(trialBalance(expected)));
        expect(table(trialBalance(book, { level: 'auxiliary' }))).toEqual(table(trialBalance(expected, { level: 'auxiliary' })));
        expect(plain(book)).toEqual(plain(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('parseFecBook ≡ createBook ∘ parseFec on mutated bytes (invalid ones too), as bytes and as async chunks cut anywhere', async () => {
    // the text's bytes (UTF-8 or ISO-8859-15, a BOM or not) with bytes that matter to the scanner set, inserted or removed
    const AWKWARD = [0x7c, 0x09, 0x0a, 0x0d, 0x22, 0x20, 0x2c, 0x2d, 0x30, 0x39, 0x41, 0xc3, 0xa9, 0xe9, 0x80];
    const mutated = mutatedBytes(decorated, AWKWARD, 3);
    await fc.assert(
      fc.asyncProperty(mutated, fc.array(fc.nat(), { maxLength: 4 }), async (bytes, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
        const chunks = async function* (): AsyncGenerator<Uint8Array> {
          let from = 0;
          for (const c of [...at, bytes.length]) {
            yield bytes.slice(from, c);
            from = c;
          }
        };
        let expected: Book;
        try {
          expected = viaTransactions(bytes);
        } catch (error) {
          const issues = (error as AccountingError).issues;
          expect(refusal(() => parseFecBook(bytes))).toEqual(issues);
          await expect(parseFecBook(chunks())).rejects.toMatchObject({ issues });
          return;
        }
        expect(parseFecBook(bytes)).toEqual(expected);
        expect(await parseFecBook(chunks())).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('a Book read from a FEC writes the same FEC back', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 1, maxLength: 15 }), (txs) => {
        const text = formats.fec.serialize(createBook(txs));
        let book: Book;
        try {
          book = parseFecBook(text);
        } catch {
          return; // labels the writer cannot write (only separators) are tested in parseFec.test.ts
        }
        expect(formats.fec.serialize(book)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
