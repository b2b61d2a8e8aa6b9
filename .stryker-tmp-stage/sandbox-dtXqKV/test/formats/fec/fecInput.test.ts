// @ts-nocheck
// What both FEC parsers share (src/formats/fec/_lib/fecInput.ts, size.ts): the refusals of their arguments with code,
// path and message, the size limit at its edges (text measured in UTF-8 bytes, async sources stopped early), the
// kind given to each journal read, and the issues of a refused file (validateFec's words for the lines the scanner
// refused, a line-0 finding only when it explains them).
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../src/errors/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';
import { parseFecBook } from '../../../src/formats/fec/parseFecBook.js';
import { validateFec } from '../../../src/formats/fec/validateFec.js';
import { refusal } from '../../_errors.js';

type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const HEADER = FEC_COLUMNS.join('|');
const BASE: Fields = { JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: 'VT1', EcritureDate: '20240315', CompteNum: '411000', CompteLib: 'Clients', PieceRef: 'P1', PieceDate: '20240315', EcritureLib: 'Vente', Debit: '0,00', Credit: '0,00', ValidDate: '20240315' };
const row = (fields: Fields): string => FEC_COLUMNS.map((n) => ({ ...BASE, ...fields })[n] ?? '').join('|');
const entry = (fields: Fields, amount = '10,00'): string[] => [row({ ...fields, Debit: amount }), row({ CompteNum: '706000', CompteLib: 'Ventes', ...fields, Credit: amount })];
const file = (...rows: ReadonlyArray<string | ReadonlyArray<string>>): string => [HEADER, ...rows.flat()].join('\n');

const asyncRefusal = async (p: Promise<unknown>): Promise<[string, string, string]> => {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof AccountingError)) throw err;
    const i = err.issues[0]!;
    return [i.code, i.path.join('.'), i.message];
  }
  throw new Error('expected an AccountingError');
};
/** The issues of a refused file as `line: message`. */
const refusedLines = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AccountingError)) throw err;
    return err.issues.map((i) => {
      expect([i.code, i.path[0]]).toEqual(['invalid_file', 'line']);
      return `${String(i.path[1])}: ${i.message}`;
    });
  }
  throw new Error('expected an AccountingError');
};
async function* chunks(...parts: unknown[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p as Uint8Array;
}

describe('FEC parsers: arguments', () => {
  const text = file(entry({}));

  it('refuses an input that is neither text nor bytes, describing it', () => {
    const input = (value: unknown) => refusal(() => parseFec(value as string));
    const message = (what: string) => `parseFec reads a FEC given as a string or a Uint8Array (or an AsyncIterable<Uint8Array>), not ${what}.`;
    expect(input(42)).toEqual(['invalid_input', '', message('a number')]);
    expect(input(null)).toEqual(['invalid_input', '', message('null')]);
    expect(input(undefined)).toEqual(['invalid_input', '', message('a undefined')]);
    expect(input([1, 2])).toEqual(['invalid_input', '', message('an array')]);
    expect(input({})).toEqual(['invalid_input', '', message('an object ([object Object])')]);
    expect(input(new Map())).toEqual(['invalid_input', '', message('an object ([object Map])')]);
    expect(refusal(() => parseFecBook(new Uint16Array(2) as unknown as Uint8Array))).toEqual([
      'invalid_input',
      '',
      'parseFecBook reads a FEC given as a string or a Uint8Array (or an AsyncIterable<Uint8Array>), not an object ([object Uint16Array]).',
    ]);
  });

  it('refuses options that are not an object, naming the parser', () => {
    expect(refusal(() => parseFec(text, null as never))).toEqual(['invalid_option', '', 'The options of parseFec are an object (or undefined for the defaults), not null.']);
    expect(refusal(() => parseFec(text, [] as never))[0]).toBe('invalid_option');
    expect(refusal(() => parseFecBook(text, 'x' as never))).toEqual(['invalid_option', '', 'The options of parseFecBook are an object (or undefined for the defaults), not "x".']);
  });

  it('refuses each bad option with its path and message', () => {
    const journals = ['invalid_option', 'openingJournals', 'openingJournals must be an array of journal codes, e.g. ["RAN"].'];
    expect(refusal(() => parseFec(text, { openingJournals: 'RAN' as never }))).toEqual(journals);
    expect(refusal(() => parseFecBook(text, { openingJournals: ['RAN', 3] as never }))).toEqual(journals);
    expect(refusal(() => parseFec(text, { currency: 'XYZ' as never }))).toEqual(['unknown_currency', 'currency', 'Unknown currency "XYZ": give the ISO 4217 code the file is kept in, e.g. "EUR".']);
    expect(refusal(() => parseFec(text, { currency: 'toString' as never }))[0]).toBe('unknown_currency');
    expect(refusal(() => parseFec(text, { currency: 978 as never }))).toEqual(['unknown_currency', 'currency', 'Unknown currency 978: give the ISO 4217 code the file is kept in, e.g. "EUR".']);
    expect(refusal(() => parseFec(text, { maxIssuesPerRule: 0.5 }))).toEqual(['invalid_option', 'maxIssuesPerRule', 'maxIssuesPerRule must be a non-negative integer, received 0.5.']);
    expect(refusal(() => parseFec(text, { maxIssuesPerRule: -1 }))).toEqual(['invalid_option', 'maxIssuesPerRule', 'maxIssuesPerRule must be a non-negative integer, received -1.']);
    expect(parseFec(text, { maxIssuesPerRule: 0 }).transactions).toHaveLength(1);
    const bytes = (received: string) => ['invalid_option', 'maxBytes', `maxBytes is a whole number of bytes from 1 to 2147483647 (2 GiB − 1, what the reader can address), received ${received}.`];
    expect(refusal(() => parseFec(text, { maxBytes: 0 }))).toEqual(bytes('0'));
    expect(refusal(() => parseFec(text, { maxBytes: 2 ** 31 }))).toEqual(bytes('2147483648'));
    expect(refusal(() => parseFec(text, { maxBytes: '100' as never }))).toEqual(bytes('a string'));
    expect(refusal(() => parseFec(text, { maxBytes: null as never }))).toEqual(bytes('a object'));
  });

  it('accepts the extremes of maxBytes: 1 is refused only by the size, 2147483647 reads', () => {
    expect(refusal(() => parseFec(text, { maxBytes: 1 }))[0]).toBe('file_too_large');
    expect(parseFec(text, { maxBytes: 2 ** 31 - 1 }).transactions).toHaveLength(1);
  });
});

describe('FEC parsers: the size limit', () => {
  const text = file(entry({}));
  const n = new TextEncoder().encode(text).length;

  it('says the size, the limit and what to do', () => {
    expect(refusal(() => parseFec(new TextEncoder().encode(text), { maxBytes: n - 1 }))).toEqual([
      'file_too_large',
      'maxBytes',
      `The file is ${n} bytes (0.0 MiB), above the limit of ${n - 1} bytes (0.0 MiB, options.maxBytes): split it (one FEC per fiscal year, or per journal), or raise maxBytes — at most 2147483647, giving Node about five times the file size of memory (node --max-old-space-size).`,
    ]);
    // a text longer than the limit is refused before it is encoded: "more than" its length
    expect(refusal(() => parseFec(text, { maxBytes: n - 1 }))[2]).toMatch(new RegExp(`^The file is more than ${n} bytes \\(0\\.0 MiB\\), above the limit of ${n - 1} bytes`));
    expect(refusal(() => validateFec(text, { maxBytes: n - 1 }))[2]).toMatch(new RegExp(`^The file is more than ${n} bytes`));
  });

  it('measures a text in UTF-8 bytes: within the limit in characters, above it in bytes', () => {
    const accented = file(entry({ EcritureLib: 'é'.repeat(50) }));
    const bytes = new TextEncoder().encode(accented).length;
    expect(bytes - accented.length).toBe(100);
    expect(refusal(() => parseFec(accented, { maxBytes: accented.length }))).toEqual([
      'file_too_large',
      'maxBytes',
      `The file is ${bytes} bytes (0.0 MiB), above the limit of ${accented.length} bytes (0.0 MiB, options.maxBytes): split it (one FEC per fiscal year, or per journal), or raise maxBytes — at most 2147483647, giving Node about five times the file size of memory (node --max-old-space-size).`,
    ]);
    expect(parseFec(accented, { maxBytes: bytes }).transactions).toHaveLength(1);
  });

  it('writes the sizes in MiB with one decimal', () => {
    const big = new Uint8Array(3 * 2 ** 20 + 2 ** 19);
    expect(refusal(() => parseFec(big, { maxBytes: 2 ** 20 }))[2]).toMatch(/^The file is 3670016 bytes \(3\.5 MiB\), above the limit of 1048576 bytes \(1\.0 MiB, options\.maxBytes\)/);
  });

  it('reads async chunks up to exactly the limit, and names a chunk that is not bytes by its index', async () => {
    const bytes = new TextEncoder().encode(text);
    const [a, b] = [bytes.slice(0, 10), bytes.slice(10)];
    expect((await parseFec(chunks(a, b), { maxBytes: bytes.length })).transactions).toHaveLength(1);
    expect((await parseFec(chunks(bytes))).transactions).toEqual(parseFec(bytes).transactions);
    expect((await parseFec(chunks(new Uint8Array(0), a, new Uint8Array(0), b))).transactions).toEqual(parseFec(bytes).transactions);
    expect(await asyncRefusal(parseFec(chunks(a, b), { maxBytes: bytes.length - 1 }))).toEqual([
      'file_too_large',
      'maxBytes',
      `The file is more than ${bytes.length} bytes (0.0 MiB), above the limit of ${bytes.length - 1} bytes (0.0 MiB, options.maxBytes): split it (one FEC per fiscal year, or per journal), or raise maxBytes — at most 2147483647, giving Node about five times the file size of memory (node --max-old-space-size).`,
    ]);
    expect(await asyncRefusal(parseFecBook(chunks(a, 'x', b)))).toEqual(['invalid_input', 'chunks.1', 'Chunk 1 is not a Uint8Array: an async source of a FEC yields bytes.']);
    expect(await asyncRefusal(parseFec(chunks(null)))).toEqual(['invalid_input', 'chunks.0', 'Chunk 0 is not a Uint8Array: an async source of a FEC yields bytes.']);
    await expect(parseFec(chunks(), { maxBytes: 0 })).rejects.toMatchObject({ code: 'invalid_option' });
  });

  it('takes an object whose asyncIterator is not a function for bytes it is not', () => {
    expect(refusal(() => parseFec({ [Symbol.asyncIterator]: 1 } as never))[0]).toBe('invalid_input');
  });
});

describe('FEC parsers: journals', () => {
  it('gives each journal its kind: opening, the default journals\' kinds, bank for BQ…, general otherwise', () => {
    const text = file(
      entry({ JournalCode: 'AN', JournalLib: 'A nouveaux', EcritureNum: '1', CompteNum: '512000' }),
      entry({ JournalCode: 'RAN', JournalLib: 'Report', EcritureNum: '2', CompteNum: '512000' }),
      entry({ JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: '3' }),
      entry({ JournalCode: 'AC', JournalLib: 'Achats', EcritureNum: '4' }),
      entry({ JournalCode: 'CA', JournalLib: 'Caisse', EcritureNum: '5' }),
      entry({ JournalCode: 'BQ2', JournalLib: 'Banque 2', EcritureNum: '6' }),
      entry({ JournalCode: 'XBQ', JournalLib: 'Autre', EcritureNum: '7' }),
      entry({ JournalCode: 'OD', JournalLib: 'Divers', EcritureNum: '8' }),
    );
    const kinds = (journals: ReadonlyArray<{ code: string; label: string; kind: string }>) => journals.map((j) => `${j.code}:${j.label}:${j.kind}`);
    const expected = ['AN:A nouveaux:opening', 'RAN:Report:opening', 'VT:Ventes:sales', 'AC:Achats:purchases', 'CA:Caisse:cash', 'BQ2:Banque 2:bank', 'XBQ:Autre:general', 'OD:Divers:general'];
    expect(kinds(parseFec(text, { openingJournals: ['RAN'] }).journals)).toEqual(expected);
    expect(kinds(parseFecBook(text, { openingJournals: ['RAN'] }).journalList ?? [])).toEqual(expected);
    expect(kinds(parseFec(text).journals)[1]).toBe('RAN:Report:general');
    expect(Object.isFrozen(parseFec(text).journals[0])).toBe(true);
  });
});

describe('FEC parsers: the issues of a refused file', () => {
  it('explains each refused line with validateFec\'s message, in line order', () => {
    const text = file(entry({}), entry({ EcritureNum: 'VT2' }, '10.00'), entry({ EcritureNum: 'VT3', PieceDate: '2024' }));
    expect(refusedLines(() => parseFec(text))).toEqual([
      '4: [fec_invalid_amount] Debit "10.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.',
      '5: [fec_invalid_amount] Credit "10.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.',
      '6: [fec_invalid_date] PieceDate "2024" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      '7: [fec_invalid_date] PieceDate "2024" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
    ]);
  });

  it('adds the file\'s imbalance to an unbalanced entry, and no other line-0 finding', () => {
    const text = file(row({ Debit: '10,00' }), row({ CompteNum: '706000', Credit: '9,00' }), entry({ EcritureNum: 'VT2', JournalCode: 'OD', JournalLib: 'Divers' }));
    expect(refusedLines(() => parseFec(text))).toEqual([
      '0: [fec_file_unbalanced] The file is unbalanced: total debits 20,00, total credits 19,00, difference 1,00; the unbalanced entries and journals are listed.',
      '2: [fec_entry_unbalanced] Entry VT1 (journal VT) is unbalanced: debits 10,00, credits 9,00, difference 1,00; add 1,00 on the credit side or correct an amount.',
    ]);
  });

  it('keeps a line-0 error when the scanner refused the file as a whole', () => {
    expect(refusedLines(() => parseFec(`${HEADER}\n`))).toEqual([
      '0: [fec_empty_file] The file has a header but no entry line: export the fiscal year\'s entries (at least the à-nouveaux).',
    ]);
    expect(refusedLines(() => parseFec(FEC_COLUMNS.join(';')))).toEqual([
      '1: [fec_separator] The header has neither a TAB nor a "|": separate the fields with one of them (A47 A-1 VI 1° c); ";" and "," are not allowed.',
    ]);
  });

  it('gives the scanner\'s own message for what validateFec does not check, and the extra opening journals to validateFec', () => {
    const lines = refusedLines(() => parseFec(file(entry({ JournalCode: 'R AN', JournalLib: 'Report', CompteNum: '512000' })), { openingJournals: ['R AN'] }));
    expect(lines).toEqual([
      '2: [invalid_journal] JournalCode "R AN" is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).',
    ]);
    const currency = refusedLines(() => parseFec(file(entry({}, '10,50')), { currency: 'JPY' }));
    expect(currency[0]).toBe('2: [too_many_decimals] The amount 10,50 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount.');
  });

  it('names a Windows-1252 character of a line the scanner refused', () => {
    const bytes = new TextEncoder().encode(file(entry({ EcritureLib: 'a~b' }))).map((b) => (b === 0x7e ? 0x92 : b));
    expect(refusedLines(() => parseFecBook(bytes))).toEqual([
      '2: [fec_encoding] The line holds Windows-1252 characters (0x92 "’"), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → \', – → -, … → ...).',
      '3: [fec_encoding] The line holds Windows-1252 characters (0x92 "’"), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → \', – → -, … → ...).',
    ]);
    // in a string, a C1 control is refused the same way
    expect(refusedLines(() => parseFec(file(entry({ EcritureLib: 'a\u0092b' }))))[0]).toMatch(/^2: \[fec_encoding\] The line holds Windows-1252 characters \(0x92 "’"\)/);
  });
});

describe('FEC parsers: which of validateFec\'s errors explain a refused file', () => {
  it('lists validateFec\'s errors on the refused lines only, not its errors on lines the parser keeps nor its file-level ones', () => {
    const closing = [row({ EcritureNum: 'OD1', JournalCode: 'OD', JournalLib: 'Divers', CompteNum: '706000', CompteLib: 'Ventes', Debit: '10,00' }), row({ EcritureNum: 'OD1', JournalCode: 'OD', JournalLib: 'Divers', CompteNum: '120000', CompteLib: 'Resultat', Credit: '10,00' })];
    const late = entry({ EcritureNum: 'VT9', EcritureDate: '20250601', PieceDate: '20250601', ValidDate: '20250601' });
    const text = file(entry({}), closing, entry({ EcritureNum: 'VT2' }, '5.00'), late);
    expect(refusedLines(() => parseFec(text))).toEqual([
      '6: [fec_invalid_amount] Debit "5.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.',
      '7: [fec_invalid_amount] Credit "5.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.',
    ]);
  });

  it('passes the extra opening journals to validateFec: its opening errors explain a refused line', () => {
    const text = file(row({ JournalCode: 'RAN', JournalLib: 'Report', EcritureNum: 'R1', CompteNum: '706000', CompteLib: 'Ventes', Debit: '10.00' }), row({ JournalCode: 'RAN', JournalLib: 'Report', EcritureNum: 'R1', CompteNum: '512000', CompteLib: 'Banque', Credit: '10,00' }));
    const dot = '2: [fec_invalid_amount] Debit "10.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.';
    expect(refusedLines(() => parseFec(text, { openingJournals: ['RAN'] }))).toEqual([
      dot,
      '2: [fec_opening_on_income_account] Opening entry R1 (journal RAN) uses account 706000 (class 6 or 7): income and expense accounts are closed into the result, they have no à-nouveaux; carry the result in 12 (or 11).',
    ]);
    expect(refusedLines(() => parseFec(text))).toEqual([dot]);
  });
});
