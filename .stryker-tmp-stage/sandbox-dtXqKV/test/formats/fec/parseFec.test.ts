// @ts-nocheck
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, createBook, formats, validateFec, type Transaction } from '../../../src/index.js';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { parseFec, type ParsedFec } from '../../../src/formats/fec/parseFec.js';
import { centsAt } from '../../../src/formats/fec/_lib/bytes.js';
import { fecAmountToCents } from '../../../src/formats/fec/readFecText.js';
import type { FecRuleCode } from '../../../src/formats/fec/validateFec.js';
import { transactionsArbitrary } from '../../../src/testing/index.js';
import { goldenTransactions } from '../../_fixtures.js';

const GOLDEN_URL = new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url);
const FIXTURES = new URL('../../fixtures/fec/', import.meta.url);
const golden = (): Uint8Array => new Uint8Array(readFileSync(GOLDEN_URL));
const goldenText = (): string => new TextDecoder().decode(golden());
const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const fixtureText = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');

const HEADER = FEC_COLUMNS.join('|');
type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const row = (fields: Fields): string => FEC_COLUMNS.map((name) => fields[name] ?? '').join('|');
const base = (num: string, fields: Fields): Fields => ({
  JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: num, EcritureDate: '20240315', CompteLib: 'Compte',
  PieceRef: `P${num}`, PieceDate: '20240315', EcritureLib: `Facture ${num}`, Debit: '0,00', Credit: '0,00', ValidDate: '20240315', ...fields,
});
/** A FEC of entries given as rows of fields (JournalCode VT, dates 2024-03-15 by default). */
const fec = (...rows: Fields[]): string => [HEADER, ...rows.map(row)].join('\r\n');
const sale = (num: string, amount = '100,00', extra: Fields = {}): Fields[] => [
  base(num, { CompteNum: '411000', Debit: amount, ...extra }),
  base(num, { CompteNum: '706000', Credit: amount, ...extra }),
];

/** The transactions as plain JSON (entries in their input shape). */
const json = (txs: ReadonlyArray<Transaction>): unknown => JSON.parse(JSON.stringify(txs));
/** Thrown AccountingError's issues, as `line: [rule] …` strings. */
function refusal(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountingError);
    const e = error as AccountingError;
    expect(e.code).toBe('invalid_file');
    return e.issues.map((i) => {
      expect(i.code).toBe('invalid_file');
      expect(i.path[0]).toBe('line');
      return `${String(i.path[1])}: ${i.message}`;
    });
  }
  throw new Error('expected an AccountingError');
}
const rules = (lines: string[]): string[] => lines.map((l) => l.replace(/^(\d+): \[([a-z_0-9]+)\].*$/s, '$1:$2'));

describe('parseFec on the golden file', () => {
  it('reads the 4 entries, and createBook + formats.fec write the file back byte for byte', () => {
    const parsed = parseFec(golden());
    expect(parsed.transactions.map((t) => t.id)).toEqual(['AN000001', 'VT000001', 'BQ000001', 'OD000001']);
    expect(parsed.issues).toEqual([]);
    expect(parsed).toMatchObject({ encoding: 'utf-8', separator: '|', lineEnding: '\r\n', finalNewline: false });
    const book = createBook(parsed.transactions, { journals: parsed.journals });
    expect(formats.fec.encode(book)).toEqual(golden());
    expect(formats.fec.serialize(book)).toBe(goldenText());
  });

  it('gives the hand-written golden transactions (the FEC carries neither types but opening, nor open items)', () => {
    const strip = (txs: ReadonlyArray<Transaction>): unknown =>
      (json(txs) as Array<Record<string, unknown> & { entries: Array<Record<string, unknown>> }>).map(({ type, entries, ...tx }) => ({
        ...tx,
        ...(type === 'opening' ? { type } : {}),
        entries: entries.map(({ accountLabel: _label, openItem: _item, ...e }) => e),
      }));
    expect(strip(parseFec(golden()).transactions)).toEqual(strip(goldenTransactions()));
  });

  it('keeps the labels of the file: accounts, auxiliary accounts, journals', () => {
    const { transactions, journals } = parseFec(golden());
    expect(journals).toEqual([
      { code: 'AN', label: 'A nouveaux', kind: 'opening' },
      { code: 'VT', label: 'Ventes', kind: 'sales' },
      { code: 'BQ', label: 'Banque', kind: 'bank' },
      { code: 'OD', label: 'Operations diverses', kind: 'general' },
    ]);
    const vt = transactions[1]!;
    expect(vt.entries.map((e) => e.accountLabel)).toEqual(['Clients', 'Abonnements', 'TVA collectee 20%']);
    expect(vt.entries[0]).toMatchObject({ auxiliary: { number: 'C0001', name: 'DUPONT Jean' }, lettering: { code: 'A', date: '2024-10-15' } });
    expect(vt.entries[0]!.debit?.toFixed(2)).toBe('600.00');
    expect(transactions[0]!.type).toBe('opening');
    expect(Object.isFrozen(vt) && Object.isFrozen(vt.entries) && Object.isFrozen(vt.entries[0]) && Object.isFrozen(vt.piece)).toBe(true);
  });

  it('reads the text as it reads the bytes, and reads it the same with LF or CR-only line ends', () => {
    const text = goldenText();
    const bytes = parseFec(golden());
    const fromText = parseFec(text);
    expect(fromText.encoding).toBe('text');
    expect(json(fromText.transactions)).toEqual(json(bytes.transactions));
    const lf = parseFec(text.replace(/\r\n/g, '\n'));
    const cr = parseFec(text.replace(/\r\n/g, '\r'));
    expect(lf.lineEnding).toBe('\n');
    expect(cr.lineEnding).toBe('\r');
    expect(json(lf.transactions)).toEqual(json(bytes.transactions));
    expect(json(cr.transactions)).toEqual(json(bytes.transactions));
    expect(formats.fec.serialize(createBook(cr.transactions, { journals: cr.journals }), { lineEnding: '\n' })).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('reads an async iterable of chunks cut anywhere, even inside a UTF-8 character', async () => {
    const bytes = encodeText(goldenText().replace('DUPONT Jean', 'DUPONT Jérôme'), 'utf-8');
    const cut = bytes.indexOf(0xc3) + 1;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 10);
      yield bytes.subarray(10, cut);
      yield bytes.subarray(cut, cut + 1);
      yield bytes.subarray(cut + 1);
    }
    const parsed = await parseFec(chunks());
    expect(json(parsed.transactions)).toEqual(json(parseFec(bytes).transactions));
    expect(parsed.transactions[1]!.entries[0]!.auxiliary?.name).toBe('DUPONT Jérôme');
    async function* one(): AsyncGenerator<Uint8Array> {
      yield bytes;
    }
    expect((await parseFec(one())).transactions).toHaveLength(4);
  });

  it('does not mutate its input', () => {
    const bytes = golden();
    const copy = bytes.slice();
    parseFec(bytes, { validate: true });
    expect(() => parseFec(bytes.subarray(0, 300))).toThrow(AccountingError); // a cut file is refused, its bytes untouched
    expect(bytes).toEqual(copy);
  });
});

describe('parseFec on the other layouts and encodings', () => {
  const minimal = (): ParsedFec => parseFec(fixtureBytes('valid/minimal.txt'));

  it('reads TAB separators and writes them back', () => {
    const text = fixtureText('valid/tab-crlf.txt');
    const parsed = parseFec(text);
    expect(parsed.separator).toBe('\t');
    expect(json(parsed.transactions)).toEqual(json(minimal().transactions));
    const book = createBook(parsed.transactions, { journals: parsed.journals });
    expect(formats.fec.serialize(book, { separator: '\t', lineEnding: parsed.lineEnding === '\n' ? '\n' : '\r\n' })).toBe(text);
  });

  it('reads Montant/Sens with D/C and with +1/-1 as the Debit/Credit file', () => {
    for (const file of ['montant-sens-dc.txt', 'montant-sens-plus-minus.txt']) {
      const parsed = parseFec(fixtureBytes(`valid/${file}`));
      expect(parsed.layout.amounts).toBe('montant-sens');
      expect(json(parsed.transactions)).toEqual(json(minimal().transactions));
    }
  });

  it('reads the 21-column BA layout (blank journal, ModeRglt as the payment method)', () => {
    const parsed = parseFec(fixtureBytes('valid/ba-cash-21-columns.txt'));
    expect(parsed.layout.variant).toBe('ba-cash');
    expect(parsed.journals).toEqual([{ code: '', label: '', kind: 'general' }]);
    expect(parsed.transactions.map((t) => [t.id, t.journal, t.source])).toEqual([
      ['000001', '', { paymentMethod: 'Report' }],
      ['000002', '', { paymentMethod: 'Virement' }],
    ]);
  });

  it('reads the 22-column BNC layout (Crédit header; IdClient as the customer id)', () => {
    const parsed = parseFec(fixtureBytes('valid/bnc-cash-22-columns.txt'));
    expect(parsed.layout.variant).toBe('bnc-cash');
    expect(parsed.transactions[1]!.source).toEqual({ customerId: 'CL001', paymentMethod: 'Cheque' });
    expect(parsed.transactions[0]!.source).toEqual({ paymentMethod: 'Report' });
  });

  it('skips a UTF-8 BOM and says so', () => {
    const parsed = parseFec(fixtureBytes('valid/bom.txt'));
    expect(parsed.issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual(['fec_bom@0:info']);
    expect(json(parsed.transactions)).toEqual(json(minimal().transactions));
  });

  it('reads ISO-8859-15 bytes as their UTF-8 twin', () => {
    const text = fixtureText('valid/accents-utf8.txt');
    const utf8 = parseFec(encodeText(text, 'utf-8'));
    const latin9 = parseFec(encodeText(text, 'iso-8859-15'));
    expect(utf8.encoding).toBe('utf-8');
    expect(latin9.encoding).toBe('iso-8859-15');
    expect(json(latin9.transactions)).toEqual(json(utf8.transactions));
    expect(JSON.stringify(json(utf8.transactions))).toMatch(/é/);
    const euro = parseFec(encodeText(fec(...sale('VT1', '100,00', { EcritureLib: 'Achat 100 € œuvre' })), 'iso-8859-15'));
    expect(euro.transactions[0]!.label).toBe('Achat 100 € œuvre');
  });

  it('reads signs first or last, and a negative debit as a credit', () => {
    const parsed = parseFec(fixtureBytes('valid/signed-amounts.txt'));
    const od = parsed.transactions.find((t) => t.id === 'OD000001')!;
    expect(od.entries.map((e) => `${e.account} ${e.side} ${e.amount.toFixed(2)}`)).toEqual(['607000 credit 50.00', '401000 debit 50.00']);
    expect(od.entries[1]!.currency).toEqual({ code: 'USD', amount: expect.anything() });
    expect(od.entries[1]!.currency?.amount.toString()).toBe('-60');
  });

  it('reads Odoo files: OUV entries are opening entries', () => {
    const parsed = parseFec(fixtureBytes('valid/odoo-style.txt'));
    expect(parsed.transactions.map((t) => [t.id, t.type ?? null])).toEqual([
      ['OUVERTURE/2024', 'opening'],
      ['INV/2024/00001', null],
      ['RINV/2024/00001', null],
      ['INV/2024/00002', null],
    ]);
    expect(parsed.transactions[0]!.piece.ref).toBe('-');
  });

  it('takes extra opening journals', () => {
    const text = fec(...sale('RAN1').map((r) => ({ ...r, JournalCode: 'RAN', JournalLib: 'Reports' })));
    expect(parseFec(text).transactions[0]!.type).toBeUndefined();
    expect(parseFec(text, { openingJournals: ['RAN'] }).transactions[0]!.type).toBe('opening');
  });

  it('reads the book in another currency, refusing amounts finer than it', () => {
    const yen = parseFec(fec(...sale('VT1', '1500,00')), { currency: 'JPY' });
    expect(yen.transactions[0]!).toMatchObject({ currency: 'JPY' });
    expect(yen.transactions[0]!.entries[0]!.minor).toBe(1500);
    const lines = refusal(() => parseFec(fec(...sale('VT1', '1500,50')), { currency: 'JPY' }));
    expect(rules(lines)).toEqual(['2:too_many_decimals', '3:too_many_decimals']);
    expect(lines[0]).toMatchInlineSnapshot(`"2: [too_many_decimals] The amount 1500,50 has more decimals than JPY allows: pass the currency the file is kept in (options.currency), or fix the amount."`);
    expect(parseFec(fec(...sale('VT1', '1,50')), { currency: 'TND' }).transactions[0]!.entries[0]!.minor).toBe(1500);
  });
});

describe('parseFec keeps what the lines say', () => {
  it('keeps a line label that differs from the first line as the entry label', () => {
    const [a, b] = sale('VT1');
    const parsed = parseFec(fec(a!, { ...b!, EcritureLib: 'Abonnement mars' }));
    const tx = parsed.transactions[0]!;
    expect(tx.label).toBe('Facture VT1');
    expect(tx.entries.map((e) => e.label ?? null)).toEqual([null, 'Abonnement mars']);
    const book = createBook(parsed.transactions, { journals: parsed.journals });
    expect(formats.fec.serialize(book)).toBe(fec(a!, { ...b!, EcritureLib: 'Abonnement mars' }));
  });

  it('leaves 0/0 lines out, one info each, and drops an entry with no amount', () => {
    const [a, b] = sale('VT1');
    const text = fec(a!, base('VT1', { CompteNum: '445710' }), b!, base('VT2', { CompteNum: '411000' }), base('VT2', { CompteNum: '706000' }));
    const parsed = parseFec(text);
    expect(parsed.transactions.map((t) => [t.id, t.entries.length])).toEqual([['VT1', 2]]);
    expect(parsed.issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual([
      'fec_zero_line@3:info',
      'fec_zero_line@5:info',
      'fec_dropped_entry@5:info',
      'fec_zero_line@6:info',
    ]);
    expect(parseFec(fixtureBytes('invalid/fec_zero_line.txt')).issues.map((i) => `${i.code}@${i.line}`)).toEqual(['fec_zero_line@7']);
  });

  it('gives an EcritureNum used by two journals a JournalCode:EcritureNum id', () => {
    const text = fec(...sale('1'), ...sale('1').map((r) => ({ ...r, JournalCode: 'BQ', JournalLib: 'Banque' })), ...sale('2'));
    const parsed = parseFec(text);
    expect(parsed.transactions.map((t) => t.id)).toEqual(['1', 'BQ:1', '2']);
    expect(parsed.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['fec_renamed_entry@4']);
    expect(parsed.issues[0]!.message).toMatchInlineSnapshot(
      `"EcritureNum 1 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:1" (re-serialising writes that EcritureNum)."`,
    );
    expect(() => createBook(parsed.transactions)).not.toThrow();
  });

  it('keeps the first line\'s piece when lines differ, with a warning', () => {
    const [a, b] = sale('VT1');
    const parsed = parseFec(fec(a!, { ...b!, PieceRef: 'OTHER', PieceDate: '20240316' }));
    expect(parsed.transactions[0]!.piece).toEqual({ ref: 'PVT1', date: '2024-03-15' });
    expect(parsed.issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual(['fec_entry_piece@3:warning']);
  });

  it('keeps an entry validated before its date, with a warning', () => {
    const parsed = parseFec(fec(...sale('VT1', '10,00', { ValidDate: '20240301' })));
    expect(parsed.transactions[0]!.validatedOn).toBe('2024-03-01');
    expect(parsed.issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual(['fec_valid_date_before_entry@2:warning']);
  });

  it('keeps quoted labels as written, with a warning', () => {
    const parsed = parseFec(fixtureBytes('invalid/fec_quoted_field.txt'));
    expect(parsed.transactions[0]!.label).toBe('"Reprise des soldes"');
    expect(parsed.issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual(['fec_quoted_field@2:warning']);
  });

  it('reports what validateFec finds when asked, its non-blocking errors as warnings', () => {
    const plain = parseFec(fixtureBytes('invalid/fec_closing_entry.txt'));
    expect(plain.issues).toEqual([]);
    const checked = parseFec(fixtureBytes('invalid/fec_closing_entry.txt'), { validate: true });
    expect(checked.issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual(['fec_closing_entry@9:warning']);
    const gap = parseFec(fixtureBytes('invalid/fec_numbering_gap.txt'), { validate: true });
    expect(gap.issues.map((i) => i.code)).toEqual(['fec_numbering_gap']);
  });

  it('lists at most maxIssuesPerRule issues of a code, then counts the rest', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [...sale(`VT${i + 1}`), base(`VT${i + 1}`, { CompteNum: '445710' })]).flat();
    const parsed = parseFec(fec(...rows), { maxIssuesPerRule: 2 });
    expect(parsed.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['fec_zero_line@0', 'fec_zero_line@4', 'fec_zero_line@7']);
    expect(parsed.issues[0]!.message).toMatch(/^3 more issues/);
  });
});

/** The invalid corpus: what parseFec does with each file (the line and rule it refuses, or the issue it reports). */
const INVALID: ReadonlyArray<{ readonly file: FecRuleCode; readonly refused?: ReadonlyArray<string>; readonly reported?: ReadonlyArray<string> }> = [
  { file: 'fec_account_prefix', refused: ['5:fec_account_prefix'] },
  { file: 'fec_debit_and_credit', refused: ['2:fec_debit_and_credit'] },
  { file: 'fec_empty_file', refused: ['0:fec_empty_file'] },
  { file: 'fec_entry_dates', refused: ['5:fec_entry_dates'] },
  { file: 'fec_entry_unbalanced', refused: ['0:fec_file_unbalanced', '4:fec_entry_unbalanced'] },
  { file: 'fec_field_count', refused: ['7:fec_field_count'] },
  { file: 'fec_file_unbalanced', refused: ['0:fec_file_unbalanced', '7:fec_entry_unbalanced'] },
  { file: 'fec_header', refused: ['1:fec_header'] },
  { file: 'fec_invalid_amount', refused: ['5:fec_invalid_amount'] },
  { file: 'fec_invalid_date', refused: ['6:fec_invalid_date'] },
  { file: 'fec_invalid_sens', refused: ['5:fec_invalid_sens'] },
  { file: 'fec_journal_unbalanced', refused: ['0:fec_file_unbalanced', '2:fec_entry_unbalanced'] },
  { file: 'fec_month_unbalanced', refused: ['5:fec_entry_dates'] },
  { file: 'fec_numbering_duplicate', refused: ['9:fec_numbering_duplicate'] },
  { file: 'fec_pair_filled_together', refused: ['4:fec_pair_filled_together'] },
  { file: 'fec_required_field', refused: ['5:fec_required_field'] },
  { file: 'fec_separator', refused: ['1:fec_separator'] },
  { file: 'fec_single_line_entry', refused: ['9:fec_single_line_entry'] },
  { file: 'fec_bom', reported: ['fec_bom@0'] },
  { file: 'fec_closing_entry', reported: [] },
  { file: 'fec_date_outside_year', reported: ['fec_date_outside_year@0'] },
  { file: 'fec_empty_line', reported: ['fec_empty_line@4'] },
  { file: 'fec_extra_columns', reported: ['fec_extra_columns@1'] },
  { file: 'fec_header_case', reported: ['fec_header_case@1'] },
  { file: 'fec_label_consistency', reported: [] },
  { file: 'fec_account_number_clash', reported: [] },
  { file: 'fec_opening_on_income_account', reported: ['fec_opening_on_income_account@3'] },
  { file: 'fec_quoted_field', reported: ['fec_quoted_field@2'] },
  { file: 'fec_trailing_newline', reported: ['fec_trailing_newline@0'] },
  { file: 'fec_trailing_separator', reported: ['fec_trailing_separator@3'] },
  { file: 'fec_valid_date_before_entry', reported: ['fec_valid_date_before_entry@4'] },
  { file: 'fec_zero_line', reported: ['fec_zero_line@7'] },
];

describe('parseFec on invalid files', () => {
  it.each(INVALID)('$file', ({ file, refused, reported }) => {
    const bytes = fixtureBytes(`invalid/${file}.txt`);
    if (refused !== undefined) {
      const lines = refusal(() => parseFec(bytes));
      expect(rules(lines)).toEqual(refused);
      for (const l of lines) expect(l.length).toBeGreaterThan(40);
    } else expect(parseFec(bytes).issues.map((i) => `${i.code}@${i.line}`)).toEqual(reported);
  });

  it('lists every bad line, each with validateFec\'s words', () => {
    const text = fec(...sale('VT1', '100.00'), ...sale('VT2'), base('VT3', { CompteNum: '411000', Debit: '5,00' }), ...sale('VT4', '1,00', { EcritureDate: '20240230' }));
    const lines = refusal(() => parseFec(text));
    expect(rules(lines)).toEqual(['2:fec_invalid_amount', '3:fec_invalid_amount', '6:fec_single_line_entry', '6:fec_entry_unbalanced', '7:fec_invalid_date', '8:fec_invalid_date']);
    expect(lines[0]).toMatchInlineSnapshot(`"2: [fec_invalid_amount] Debit "100.00" uses a dot: the FEC's decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56."`);
    expect(() => parseFec(text)).toThrowError(/^line\[2\]: \[fec_invalid_amount\]/);
  });

  it('refuses entries whose lines are not contiguous', () => {
    const [a, b] = sale('VT1');
    expect(rules(refusal(() => parseFec(fec(a!, ...sale('VT2'), b!))))).toEqual([
      '2:fec_single_line_entry',
      '2:fec_entry_unbalanced',
      '5:fec_single_line_entry',
      '5:fec_entry_unbalanced',
      '5:fec_numbering_duplicate',
    ]);
  });

  it('refuses account numbers and journal codes a transaction cannot hold', () => {
    const lines = refusal(() => parseFec(fec(...sale('VT1', '10,00', { CompteNum: '411abc' }))));
    expect(rules(lines)).toEqual(['2:invalid_account', '3:invalid_account']);
    expect(lines[0]).toMatchInlineSnapshot(
      `"2: [invalid_account] CompteNum "411abc" is not an account number partie-double can keep: write 3 digits then digits or capital letters, 20 characters at most (e.g. 411000, 401DUPONT)."`,
    );
    const journal = refusal(() => parseFec(fec(...sale('VT1').map((r) => ({ ...r, JournalCode: 'VENTES 2024' })))));
    expect(rules(journal)).toEqual(['2:invalid_journal']);
  });

  it('refuses Windows-1252 bytes and UTF-16', () => {
    // byte 0x92 is Windows-1252's ’, a C1 control in ISO-8859-15
    const latin9 = encodeText(fec(...sale('VT1', '10,00', { EcritureLib: 'l~abonnement' })), 'iso-8859-15').map((b) => (b === 0x7e ? 0x92 : b));
    expect(rules(refusal(() => parseFec(latin9)))).toEqual(['2:fec_encoding', '3:fec_encoding']);
    const utf8 = encodeText(fec(...sale('VT1', '10,00', { EcritureLib: 'l\u0092abonnement' })), 'utf-8');
    expect(rules(refusal(() => parseFec(utf8)))).toEqual(['2:fec_encoding', '3:fec_encoding']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...fec(...sale('VT1'))].map((c) => c.charCodeAt(0))).buffer)]);
    expect(rules(refusal(() => parseFec(utf16)))).toEqual(['0:fec_encoding']);
  });

  it('refuses a file with a header and no line', () => {
    expect(rules(refusal(() => parseFec(HEADER)))).toEqual(['0:fec_empty_file']);
    expect(rules(refusal(() => parseFec('')))).toEqual(['0:fec_empty_file']);
  });

  it('refuses bad arguments with their own codes', async () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return (error as AccountingError).code;
      }
      return undefined;
    };
    expect(code(() => parseFec(42 as unknown as string))).toBe('invalid_input');
    expect(code(() => parseFec(golden(), { currency: 'XYZ' }))).toBe('unknown_currency');
    expect(code(() => parseFec(golden(), { openingJournals: 'AN' as unknown as string[] }))).toBe('invalid_option');
    expect(code(() => parseFec(golden(), { maxIssuesPerRule: -1 }))).toBe('invalid_option');
    async function* strings(): AsyncGenerator<Uint8Array> {
      yield 'text' as unknown as Uint8Array;
    }
    await expect(parseFec(strings())).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

/** What a FEC line carries of a transaction, labels as the writer cleans them. */
function fecView(txs: ReadonlyArray<Transaction>): unknown {
  // the writer's documented rule: separators and line breaks become spaces, a blank result is "/", an enclosing quote an apostrophe
  const clean = (s: string): string => {
    const spaced = s.replace(/[|\t\r\n]/g, ' ');
    if (spaced !== s && spaced.trim() === '') return '/';
    return spaced.length >= 2 && spaced.startsWith('"') && spaced.endsWith('"') ? `'${spaced.slice(1)}` : spaced;
  };
  return [...txs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => ({
      id: t.id,
      journal: t.journal,
      date: t.date,
      piece: { ref: clean(t.piece.ref), date: t.piece.date },
      validatedOn: t.validatedOn,
      opening: t.type === 'opening',
      lines: t.entries.map((e) => ({
        account: e.account,
        auxiliary: e.auxiliary ? { number: clean(e.auxiliary.number), name: clean(e.auxiliary.name) } : null,
        side: e.side,
        minor: e.minor,
        label: clean(e.label ?? t.label),
        lettering: e.lettering ?? null,
        currency: e.currency ? { code: e.currency.code, amount: e.currency.amount.toString() } : null,
      })),
    }));
}


describe('properties', () => {
  it('round trip: parseFec(formats.fec.serialize(book)) gives back the transactions, as far as a FEC carries them', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 1, maxLength: 20 }), (txs) => {
        const text = formats.fec.serialize(createBook(txs));
        const parsed = parseFec(text);
        expect(fecView(parsed.transactions)).toEqual(fecView(txs));
      }),
      { numRuns: 150 },
    );
  });

  it('idempotence: serialize ∘ parse is the identity on what the writer writes, with either separator', () => {
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 1, maxLength: 15 }), fc.constantFrom('|' as const, '\t' as const), (txs, separator) => {
        const text = formats.fec.serialize(createBook(txs), { separator });
        const parsed = parseFec(text);
        expect(formats.fec.serialize(createBook(parsed.transactions, { journals: parsed.journals }), { separator })).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('the parser refuses exactly the lines where validateFec finds the data unusable', () => {
    const UNUSABLE = new Set<string>([
      'fec_field_count', 'fec_required_field', 'fec_invalid_date', 'fec_invalid_amount', 'fec_debit_and_credit', 'fec_account_prefix',
      'fec_pair_filled_together', 'fec_entry_unbalanced', 'fec_single_line_entry', 'fec_entry_dates', 'fec_numbering_duplicate',
    ]);
    const field = fc.constantFrom(...FEC_COLUMNS.map((_, i) => i));
    const value = fc.constantFrom('', ' ', 'x', '1.00', '12,345', '-5,00', '20240230', '2024-03-15', '20240316', '9ABC', '70', 'C0009', 'Z', '0,00', 'VT000001');
    fc.assert(
      fc.property(transactionsArbitrary({ minLength: 2, maxLength: 6, opening: false }), fc.array(fc.tuple(fc.nat(), field, value), { minLength: 1, maxLength: 3 }), (txs, mutations) => {
        const original = formats.fec.serialize(createBook(txs));
        fc.pre(validateFec(original).valid);
        const lines = original.split('\r\n');
        for (const [at, column, replacement] of mutations) {
          // what only the Transaction model refuses (a dash in an account number, a comma in a journal code) is tested above
          if ((column === 4 && replacement === '2024-03-15') || (column === 0 && /[.,]/.test(replacement))) continue;
          const target = 1 + (at % (lines.length - 1));
          const fields = lines[target]!.split('|');
          fields[column] = replacement;
          lines[target] = fields.join('|');
        }
        const text = lines.join('\r\n');
        const expected = [...new Set(validateFec(text).issues.filter((i) => i.severity === 'error' && UNUSABLE.has(i.code)).map((i) => i.line))].sort((a, b) => a - b);
        let refused: number[] = [];
        try {
          parseFec(text);
        } catch (error) {
          if (!(error instanceof AccountingError)) throw error;
          refused = [...new Set(error.issues.map((i) => i.path[1] as number))].filter((l) => l > 0).sort((a, b) => a - b);
        }
        expect(refused).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads amounts from bytes exactly as fecAmountToCents reads the text', () => {
    const amount = fc.oneof(
      fc.stringMatching(/^[+-]?\d{0,16}(,\d{0,4})?[+-]?$/),
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -1e12, max: 1e12 }).map((n) => (n / 100).toFixed(2).replace('.', ',')),
    );
    fc.assert(
      fc.property(amount, (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(centsAt(bytes, 0, bytes.length)).toEqual(fecAmountToCents(text));
      }),
    );
  });
});

describe('parseFec: amounts, dates and headers on the minimal file', () => {
  const minimal = (): string => fixtureText('valid/minimal.txt');
  const messagesOf = (text: string): string[] => {
    try {
      parseFec(text);
    } catch (error) {
      if (error instanceof AccountingError) return error.issues.map((i) => `${i.code}@${i.path.join('.')}: ${i.message.slice(0, 40)}`);
      throw error;
    }
    throw new Error('expected an AccountingError');
  };

  it('reads a sign first or last (+1000,00, 1000,00+) as the unsigned amount', () => {
    const text = minimal().replace('|Reprise des soldes|1000,00|0,00|', '|Reprise des soldes|+1000,00|0,00|').replace('|Reprise des soldes|0,00|1000,00|', '|Reprise des soldes|0,00|1000,00+|');
    const parsed = parseFec(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.transactions[0]!.entries.map((e) => `${e.side} ${e.amount.toFixed(2)}`)).toEqual(['debit 1000.00', 'credit 1000.00']);
  });

  it('reads a header whose names are quoted, with a warning', () => {
    const [header, ...rest] = minimal().split('\n');
    const parsed = parseFec([`"${header!.split('|').join('"|"')}"`, ...rest].join('\n'));
    expect(parsed.issues.map((i) => `${i.code}/${i.severity}@${i.line}`)).toEqual(['fec_quoted_field/warning@1']);
    expect(parsed.transactions).toHaveLength(3);
  });

  it('refuses an unreal PieceDate or ValidDate and an amount of 10 000 000 000 000,00 or more, at their lines', () => {
    expect(messagesOf(minimal().replace('|AN2024|20240101|', '|AN2024|20241301|'))).toEqual(['invalid_file@line.2: [fec_invalid_date] PieceDate "20241301" ']);
    expect(messagesOf(minimal().replace(/\|20240101\|\|$/m, '|20241301||'))[0]).toBe('invalid_file@line.2: [fec_invalid_date] ValidDate "20241301" ');
    expect(messagesOf(minimal().replace('|Reprise des soldes|1000,00|0,00|', '|Reprise des soldes|99999999999999,99|0,00|'))).toEqual(['invalid_file@line.2: [fec_invalid_amount] Debit "999999999999']);
  });
});
