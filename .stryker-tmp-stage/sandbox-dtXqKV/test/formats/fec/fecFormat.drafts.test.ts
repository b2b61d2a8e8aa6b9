// @ts-nocheck
// The FEC writer and draft entries (validatedOn: null): which drafts it refuses, how it lists them,
// and what { drafts: 'entry-date' } writes. Hand-written vectors.
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, createTransaction, formats, type Transaction } from '../../../src/index.js';
import { codeAt } from '../../_errors.js';

const FY = { from: '2024-01-01', to: '2024-12-31' };

const tx = (id: string, date: string, validatedOn: string | null | undefined = undefined): Transaction =>
  createTransaction({
    id,
    journal: 'VT',
    date,
    ...(validatedOn === undefined ? {} : { validatedOn }),
    piece: { ref: `P-${id}` },
    label: `Vente ${id}`,
    entries: [
      { account: '411000', debit: '12.00' },
      { account: '706000', credit: '12.00' },
    ],
  });

/** The message of the single issue `fn` throws, with its code and path. */
const refusal = (fn: () => unknown): { code: string; path: string; message: string } => {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AccountingError)) throw err;
    expect(err.issues).toHaveLength(1);
    const [i] = err.issues;
    return { code: i!.code, path: i!.path.join('.'), message: i!.message };
  }
  throw new Error('expected an AccountingError');
};

const TAIL = ". A FEC lists validated entries: validate them first (validate(book, { through, on })), or pass { drafts: 'entry-date' } for an interim export dated on the entry dates.";

/** `count` drafts D01… dated on consecutive days of March 2024. */
const drafts = (count: number): Transaction[] =>
  Array.from({ length: count }, (_, k) => tx(`D${String(k + 1).padStart(2, '0')}`, `2024-03-${String(k + 1).padStart(2, '0')}`, null));

/** The ValidDate column (16th field) by EcritureNum, one value per transaction. */
const validDates = (text: string): Array<[string, string]> => {
  const seen = new Map<string, string>();
  for (const line of text.split('\r\n').slice(1)) {
    const f = line.split('|');
    seen.set(f[2]!, f[15]!);
  }
  return [...seen];
};

describe('formats.fec and drafts: refused by default', () => {
  it('refuses one draft with the singular wording, naming it with its date', () => {
    const r = refusal(() => formats.fec.serialize(createBook([tx('VT1', '2024-03-01'), tx('D1', '2024-03-02', null)])));
    expect(r).toEqual({ code: 'unvalidated_entries', path: 'drafts', message: `1 draft entry has no validation date (ValidDate): D1 (2024-03-02)${TAIL}` });
  });

  it("refuses with drafts: 'refuse' as without the option", () => {
    const book = createBook([tx('D1', '2024-03-02', null)]);
    expect(refusal(() => formats.fec.serialize(book, { drafts: 'refuse' }))).toEqual(refusal(() => formats.fec.serialize(book)));
  });

  it('lists several drafts in book order with the plural wording', () => {
    const r = refusal(() => formats.fec.serialize(createBook([tx('D9', '2024-05-09', null), tx('VT1', '2024-03-01'), tx('D2', '2024-02-02', null)])));
    expect(r.message).toBe(`2 draft entries have no validation date (ValidDate): D9 (2024-05-09), D2 (2024-02-02)${TAIL}`);
  });

  it('lists the first 20 drafts and counts the others', () => {
    const names = (n: number): string =>
      Array.from({ length: n }, (_, k) => `D${String(k + 1).padStart(2, '0')} (2024-03-${String(k + 1).padStart(2, '0')})`).join(', ');
    expect(refusal(() => formats.fec.serialize(createBook(drafts(20)))).message).toBe(`20 draft entries have no validation date (ValidDate): ${names(20)}${TAIL}`);
    expect(refusal(() => formats.fec.serialize(createBook(drafts(21)))).message).toBe(`21 draft entries have no validation date (ValidDate): ${names(20)} and 1 more${TAIL}`);
    expect(refusal(() => formats.fec.serialize(createBook(drafts(23)))).message).toBe(`23 draft entries have no validation date (ValidDate): ${names(20)} and 3 more${TAIL}`);
  });

  it('counts only the drafts of the fiscal year written, its first and last days included', () => {
    const book = createBook([
      tx('OLD', '2023-12-31', null),
      tx('FIRST', '2024-01-01', null),
      tx('MID', '2024-06-30'),
      tx('LAST', '2024-12-31', null),
      tx('NEW', '2025-01-01', null),
    ]);
    expect(refusal(() => formats.fec.serialize(book, { fiscalYear: FY })).message).toBe(
      `2 draft entries have no validation date (ValidDate): FIRST (2024-01-01), LAST (2024-12-31)${TAIL}`,
    );
    // The drafts of the years around are not written: a FEC of 2024 with its drafts validated is accepted.
    const validated = createBook([tx('OLD', '2023-12-31', null), tx('MID', '2024-06-30'), tx('NEW', '2025-01-01', null)]);
    expect(validDates(formats.fec.serialize(validated, { fiscalYear: FY }))).toEqual([['MID', '20240630']]);
  });

  it('refuses an unknown drafts mode, whether or not the book has drafts', () => {
    const message = 'options.drafts is "refuse" or "entry-date", not "maybe".';
    expect(refusal(() => formats.fec.serialize(createBook([tx('VT1', '2024-03-01')]), { drafts: 'maybe' as never }))).toEqual({ code: 'invalid_option', path: 'drafts', message });
    expect(refusal(() => formats.fec.serialize(createBook([tx('D1', '2024-03-01', null)]), { drafts: 'maybe' as never }))).toEqual({ code: 'invalid_option', path: 'drafts', message });
    expect(codeAt(() => formats.fec.serialize([], { drafts: 1 as never }))).toBe('invalid_option@drafts');
  });
});

describe("formats.fec and drafts: { drafts: 'entry-date' }", () => {
  it("writes each draft's own date as its ValidDate and keeps the validation date of the others", () => {
    const book = createBook([tx('VT1', '2024-03-01', '2024-03-04'), tx('D1', '2024-03-02', null), tx('VT2', '2024-03-03')]);
    const text = formats.fec.serialize(book, { drafts: 'entry-date' });
    // ordered by ValidDate: D1 on 03-02, VT2 on 03-03, VT1 on 03-04
    expect(validDates(text)).toEqual([
      ['D1', '20240302'],
      ['VT2', '20240303'],
      ['VT1', '20240304'],
    ]);
    // every line of the draft carries it, the EcritureDate unchanged
    expect(text.split('\r\n').filter((l) => l.includes('|D1|')).map((l) => `${l.split('|')[3]}/${l.split('|')[15]}`)).toEqual(['20240302/20240302', '20240302/20240302']);
  });

  it('leaves the book as it was: the drafts are still drafts for the next export', () => {
    const book = createBook([tx('D1', '2024-03-02', null)]);
    expect(validDates(formats.fec.serialize(book, { drafts: 'entry-date' }))).toEqual([['D1', '20240302']]);
    expect(refusal(() => formats.fec.serialize(book)).code).toBe('unvalidated_entries');
  });

  it('drafts outside the fiscal year, before or after it, do not disturb the order of the year written', () => {
    // The drafts of 2023 and 2025 are not written; the others are ordered by validation date, then input order.
    const book = createBook([
      tx('OLD', '2023-12-20', null),
      tx('NEW', '2025-01-05', null),
      tx('A', '2024-03-01', '2024-03-10'),
      tx('B', '2024-03-01', '2024-03-05'),
      tx('C', '2024-03-02', '2024-03-05'),
      tx('D', '2024-03-03', '2024-03-07'),
      tx('E', '2024-03-04', '2024-03-05'),
    ]);
    const expected = [
      ['B', '20240305'],
      ['C', '20240305'],
      ['E', '20240305'],
      ['D', '20240307'],
      ['A', '20240310'],
    ];
    expect(validDates(formats.fec.serialize(book, { fiscalYear: FY }))).toEqual(expected);
    expect(validDates(formats.fec.serialize(book, { fiscalYear: FY, drafts: 'entry-date' }))).toEqual(expected);
  });
});
