// @ts-nocheck
// The warnings and infos parseFec reports while reading (src/formats/fec/_lib/messages.ts, written by the scanner),
// each with its code, severity, line and exact message, and the scanner's own refusals (amount overflow, journal
// codes, account numbers) with theirs.
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../src/errors/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { parseFec } from '../../../src/formats/fec/parseFec.js';

type Fields = Partial<Record<(typeof FEC_COLUMNS)[number], string>>;
const HEADER = FEC_COLUMNS.join('|');
const BASE: Fields = { JournalCode: 'VT', JournalLib: 'Ventes', EcritureNum: 'VT1', EcritureDate: '20240315', CompteNum: '411000', CompteLib: 'Clients', PieceRef: 'P1', PieceDate: '20240315', EcritureLib: 'Vente', Debit: '0,00', Credit: '0,00', ValidDate: '20240315' };
const row = (fields: Fields): string => FEC_COLUMNS.map((n) => ({ ...BASE, ...fields })[n] ?? '').join('|');
const entry = (fields: Fields, amount = '10,00'): string[] => [row({ ...fields, Debit: amount }), row({ CompteNum: '706000', CompteLib: 'Ventes', ...fields, Credit: amount })];
const file = (...rows: ReadonlyArray<string | ReadonlyArray<string>>): string => [HEADER, ...rows.flat()].join('\n');
const issues = (text: string, options = {}): string[] => parseFec(text, options).issues.map((i) => `${i.code}@${i.line}:${i.severity}: ${i.message}`);
const refused = (text: string, options = {}): string[] => {
  try {
    parseFec(text, options);
  } catch (err) {
    if (!(err instanceof AccountingError)) throw err;
    return err.issues.map((i) => `${String(i.path[1])}: ${i.message}`);
  }
  throw new Error('expected an AccountingError');
};

describe('parseFec: what it reports while reading', () => {
  it('the header: BOM, quoted names, trailing separator, loose names, extra columns; and a final line break', () => {
    const header = FEC_COLUMNS.map((c) => (c === 'Idevise' ? 'IDevise' : c));
    const text = `\uFEFF${['"' + [...header, 'Extra'].join('"|"') + '"|', ...entry({}).map((r) => `${r}|x`)].join('\r\n')}\r\n`;
    expect(issues(text)).toEqual([
      'fec_bom@0:info: The file starts with a UTF-8 byte order mark; it was skipped.',
      'fec_trailing_newline@0:info: The file ends with a line break; the DGFiP prefers none after the last line.',
      'fec_quoted_field@1:warning: The column names are written between double quotes: a FEC takes no quotes; they were read without them.',
      'fec_trailing_separator@1:info: The line ends with a separator (an empty field too many); it was ignored.',
      'fec_header_case@1:warning: Column names differ from the norm in case, accents or spaces ("IDevise" for "Idevise"); they were read as the FEC columns.',
      'fec_extra_columns@1:info: The header has columns after the mandatory ones (Extra); they were ignored.',
    ]);
  });

  it('the lines: empty line, trailing separator, quoted fields, zero line, dropped entry', () => {
    const [a, b] = entry({ EcritureLib: '"Vente"', PieceRef: '"P1"' });
    const text = file(a!, '', `${b!}|`, row({ EcritureNum: 'VT2' }), row({ EcritureNum: 'VT2', CompteNum: '706000' }));
    expect(issues(text)).toEqual([
      'fec_quoted_field@2:warning: Fields written between double quotes (PieceRef, EcritureLib): a FEC takes no quotes; the values were kept as written, quotes included.',
      'fec_empty_line@3:info: Empty line: skipped.',
      'fec_trailing_separator@4:info: The line ends with a separator (an empty field too many); it was ignored.',
      'fec_quoted_field@4:warning: Fields written between double quotes (PieceRef, EcritureLib): a FEC takes no quotes; the values were kept as written, quotes included.',
      'fec_zero_line@5:info: Debit and Credit are both zero: the line carries no amount and was left out of its transaction.',
      'fec_dropped_entry@5:info: Entry VT2 (journal VT) has no line with an amount: it was left out.',
      'fec_zero_line@6:info: Debit and Credit are both zero: the line carries no amount and was left out of its transaction.',
    ]);
  });

  it('the entries: validated before their date, two pieces, a number two journals use, à-nouveaux on class 6/7, a span over 12 months', () => {
    const text = file(
      entry({ JournalCode: 'AN', JournalLib: 'AN', EcritureNum: 'A1', EcritureDate: '20240101', PieceDate: '20240101', ValidDate: '20240101' }),
      row({ ValidDate: '20240314', Debit: '10,00' }), row({ ValidDate: '20240314', CompteNum: '706000', PieceRef: 'P2', PieceDate: '20240316', Credit: '10,00' }),
      entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'VT1', EcritureDate: '20250105', PieceDate: '20250105', ValidDate: '20250105' }),
      row({ EcritureNum: 'VT2', Debit: '1,00' }), row({ EcritureNum: 'VT2', CompteNum: '706000', PieceRef: 'P9', Credit: '1,00' }),
    );
    expect(issues(text)).toEqual([
      'fec_date_outside_year@0:warning: The entries run from 20240101 to 20250105, more than 12 months: a FEC holds one fiscal year; the transactions were read all the same.',
      'fec_opening_on_income_account@3:warning: Opening entry A1 (journal AN) uses account 706000 (class 6 or 7): income and expense accounts have no à-nouveaux; kept as written.',
      'fec_valid_date_before_entry@4:warning: Entry VT1 (journal VT) is validated on 20240314, before its date 20240315: kept as written; check ValidDate and EcritureDate.',
      'fec_entry_piece@5:warning: Entry VT1 (journal VT) has PieceDate "20240316" here but "20240315" on line 4: a transaction has one piece, the first line\'s was kept.',
      'fec_renamed_entry@6:info: EcritureNum VT1 of journal BQ is also used by journal VT: transaction ids are unique, so this one is "BQ:VT1" (re-serialising writes that EcritureNum).',
      'fec_entry_piece@9:warning: Entry VT2 (journal VT) has PieceRef "P9" here but "P1" on line 8: a transaction has one piece, the first line\'s was kept.',
    ]);
  });

  it('counts the issues left out past maxIssuesPerRule, singular and plural', () => {
    const zero = (n: string) => row({ EcritureNum: n, CompteNum: '445710' });
    const text = file(entry({}), zero('VT1'), entry({ EcritureNum: 'VT2' }), zero('VT2'), entry({ EcritureNum: 'VT3' }), zero('VT3'));
    expect(issues(text, { maxIssuesPerRule: 2 })[0]).toBe('fec_zero_line@0:info: 1 more issue of this kind is not listed (the list stops at 2 per kind).');
    expect(issues(text, { maxIssuesPerRule: 1 })[0]).toBe('fec_zero_line@0:info: 2 more issues of this kind are not listed (the list stops at 1 per kind).');
    expect(issues(text, { maxIssuesPerRule: 3 })).toHaveLength(3);
  });
});

describe('parseFec: what only the parser refuses', () => {
  it('an entry totalling more than Number.MAX_SAFE_INTEGER minor units', () => {
    const n = '9000000000000,00';
    const lines = [...Array.from({ length: 11 }, () => row({ Debit: n })), ...Array.from({ length: 11 }, () => row({ CompteNum: '706000', Credit: n }))];
    expect(refused(file(lines))[0]).toBe('2: [amount_overflow] Entry VT1 (journal VT) totals more than Number.MAX_SAFE_INTEGER minor units: check its amounts, or split it.');
  });

  it('a journal code or an account number a transaction cannot hold', () => {
    expect(refused(file(entry({ JournalCode: 'VENTES-2024' })))).toEqual([
      '2: [invalid_journal] JournalCode "VENTES-2024" is not a journal code partie-double can keep: use 1 to 10 letters, digits, "_" or "-" (e.g. VT, BQ1).',
    ]);
    expect(refused(file(entry({ CompteNum: '411 000' })))[0]).toBe(
      '2: [invalid_account] CompteNum "411 000" is not an account number partie-double can keep: write 3 digits then digits or capital letters, 20 characters at most (e.g. 411000, 401DUPONT).',
    );
    expect(parseFec(file(entry({ CompteNum: '401DUPONT' }))).transactions[0]!.entries[0]!.account).toBe('401DUPONT');
    expect(refused(file(entry({ CompteNum: '4010000000000000000000' })))[0]).toMatch(/^2: \[invalid_account\] CompteNum "4010000000000000000000" is not/);
  });
});
