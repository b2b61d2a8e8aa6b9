// @ts-nocheck
// validateFec: every finding with its code, line and exact message, on small hand-made files (one rule, one branch
// each), and every refusal of its options with code, path and message. The messages say what to fix; these tests pin
// them word for word, with the values they quote (amounts in cents as FEC amounts, dates AAAAMMJJ, line numbers).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import { FEC_BNC_CASH_COLUMNS, FEC_COLUMNS, FEC_MONTANT_SENS_COLUMNS } from '../../../src/formats/fec/columns.js';
import { FEC_RULES, validateFec, type FecValidation, type ValidateFecOptions } from '../../../src/formats/fec/validateFec.js';
import { refusal } from '../../_errors.js';

const FIXTURES = new URL('../../fixtures/fec/', import.meta.url);
const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

/** `code@line: message` of each issue, in the order validateFec gives them. */
const found = (result: FecValidation): string[] => result.issues.map((i) => `${i.code}@${i.line}: ${i.message}`);
const check = (text: string | Uint8Array, options?: ValidateFecOptions): string[] => found(validateFec(text, options));

type Column = (typeof FEC_COLUMNS)[number];
const HEADER = FEC_COLUMNS.join('|');
const BASE: Partial<Record<Column, string>> = {
  JournalCode: 'VT',
  JournalLib: 'Ventes',
  EcritureNum: 'VT1',
  EcritureDate: '20240315',
  CompteNum: '411000',
  CompteLib: 'Clients',
  PieceRef: 'FA1',
  PieceDate: '20240315',
  EcritureLib: 'Facture',
  Debit: '0,00',
  Credit: '0,00',
  ValidDate: '20240315',
};
const row = (fields: Partial<Record<Column, string>>): string => FEC_COLUMNS.map((name) => ({ ...BASE, ...fields })[name] ?? '').join('|');
/** A balanced two-line entry: `amount` debited on 411000, credited on 706000. */
const entry = (fields: Partial<Record<Column, string>>, amount = '10,00'): string[] => [
  row({ ...fields, Debit: amount }),
  row({ CompteNum: '706000', CompteLib: 'Ventes', ...fields, Debit: '0,00', Credit: amount }),
];
const file = (...rows: ReadonlyArray<string | ReadonlyArray<string>>): string => [HEADER, ...rows.flat()].join('\n');

describe('validateFec: the fixtures of each rule, every issue with its message', () => {
  it('gives exactly these issues for the invalid corpus', () => {
    const files = readdirSync(new URL('invalid/', FIXTURES)).filter((f) => f.endsWith('.txt')).sort();
    const all: Record<string, string[]> = {};
    for (const f of files) all[f] = found(validateFec(fixtureBytes(`invalid/${f}`)));
    expect(all).toMatchInlineSnapshot(`
      {
        "fec_account_number_clash.txt": [
          "fec_account_number_clash@7: CompteNum 512 is the same account as 512000 (line 2): they differ only by trailing zeros, so balances and à-nouveaux split one account in two; keep one number per account (pad every account to one width, e.g. 512000).",
        ],
        "fec_account_prefix.txt": [
          "fec_account_prefix@5: CompteNum "7O6000" does not start with 3 digits of the PCG (classes 1 to 8): use the PCG account number, e.g. 411000, 706100.",
        ],
        "fec_bom.txt": [
          "fec_bom@0: The file starts with a UTF-8 byte order mark; checkers accept it, but it can be left out.",
        ],
        "fec_closing_entry.txt": [
          "fec_closing_entry@9: Entry OD000001 (journal OD) moves class 6/7 accounts against account 12: entries closing income and expense accounts are left out of the FEC (A47 A-1 VII 1°); remove it.",
        ],
        "fec_date_outside_year.txt": [
          "fec_date_outside_year@0: The entries run from 20240101 to 20250105, more than 12 months: a FEC holds one fiscal year; split the file, or pass options.fiscalYear (or fileName) for a longer first year.",
        ],
        "fec_debit_and_credit.txt": [
          "fec_debit_and_credit@2: Debit 1500,00 and Credit 500,00 are both non-zero: put the amount on one side and 0,00 on the other (split the line in two if both are meant).",
        ],
        "fec_empty_file.txt": [
          "fec_empty_file@0: The file is empty: a FEC starts with the header line of the 18 column names, then one line per entry line.",
        ],
        "fec_empty_line.txt": [
          "fec_empty_line@4: Empty line: remove it.",
        ],
        "fec_entry_dates.txt": [
          "fec_entry_dates@5: Entry VT000001 (journal VT) has EcritureDate 20240316 here but 20240315 on line 4: all lines of an entry share one EcritureDate.",
        ],
        "fec_entry_unbalanced.txt": [
          "fec_file_unbalanced@0: The file is unbalanced: total debits 1240,00, total credits 1239,00, difference 1,00; the unbalanced entries and journals are listed.",
          "fec_journal_unbalanced@0: Journal VT is unbalanced: debits 120,00, credits 119,00, difference 1,00; correct its unbalanced entries.",
          "fec_month_unbalanced@0: Month 2024-03 is unbalanced: debits 240,00, credits 239,00, difference 1,00; an entry dated over two months or an unbalanced entry is the cause.",
          "fec_entry_unbalanced@4: Entry VT000001 (journal VT) is unbalanced: debits 120,00, credits 119,00, difference 1,00; add 1,00 on the credit side or correct an amount.",
        ],
        "fec_extra_columns.txt": [
          "fec_extra_columns@1: The header has columns after the mandatory ones (NumFacture); they are allowed after the mandatory columns, and ignored.",
        ],
        "fec_field_count.txt": [
          "fec_field_count@7: The line has 17 fields but the header has 18: check for a missing or extra separator, or a separator inside a label (replace it with a space).",
        ],
        "fec_file_name.txt": [],
        "fec_file_unbalanced.txt": [
          "fec_file_unbalanced@0: The file is unbalanced: total debits 1240,00, total credits 1230,00, difference 10,00; the unbalanced entries and journals are listed.",
          "fec_journal_unbalanced@0: Journal BQ is unbalanced: debits 120,00, credits 110,00, difference 10,00; correct its unbalanced entries.",
          "fec_month_unbalanced@0: Month 2024-03 is unbalanced: debits 240,00, credits 230,00, difference 10,00; an entry dated over two months or an unbalanced entry is the cause.",
          "fec_entry_unbalanced@7: Entry BQ000001 (journal BQ) is unbalanced: debits 120,00, credits 110,00, difference 10,00; add 10,00 on the credit side or correct an amount.",
        ],
        "fec_header.txt": [
          "fec_header@1: Column 2 of the header is "EcritureNum" but must be "JournalLib": line 1 must list the 18 FEC column names exactly, in order (JournalCode … Idevise).",
        ],
        "fec_header_case.txt": [
          "fec_header_case@1: Column names differ from the norm in case, accents or spaces ("MontantDevise" for "Montantdevise"): write them exactly as A47 A-1 lists them.",
        ],
        "fec_invalid_amount.txt": [
          "fec_invalid_amount@5: Credit "100.00" uses a dot: the FEC's decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.",
        ],
        "fec_invalid_date.txt": [
          "fec_invalid_date@6: PieceDate "20240230" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.",
        ],
        "fec_invalid_sens.txt": [
          "fec_invalid_sens@5: Sens "X" must be D or C (or +1 or -1, no space): write D for a debit, C for a credit.",
        ],
        "fec_journal_unbalanced.txt": [
          "fec_file_unbalanced@0: The file is unbalanced: total debits 1240,00, total credits 1140,00, difference 100,00; the unbalanced entries and journals are listed.",
          "fec_journal_unbalanced@0: Journal AN is unbalanced: debits 1000,00, credits 900,00, difference 100,00; correct its unbalanced entries.",
          "fec_month_unbalanced@0: Month 2024-01 is unbalanced: debits 1000,00, credits 900,00, difference 100,00; an entry dated over two months or an unbalanced entry is the cause.",
          "fec_entry_unbalanced@2: Entry AN000001 (journal AN) is unbalanced: debits 1000,00, credits 900,00, difference 100,00; add 100,00 on the credit side or correct an amount.",
        ],
        "fec_label_consistency.txt": [
          "fec_label_consistency@7: Account 512000 is labelled "Banque BNP" here but "Banque" on line 2: keep one label per account throughout the file.",
        ],
        "fec_month_unbalanced.txt": [
          "fec_month_unbalanced@0: Month 2024-03 is unbalanced: debits 120,00, credits 0,00, difference 120,00; an entry dated over two months or an unbalanced entry is the cause.",
          "fec_month_unbalanced@0: Month 2024-04 is unbalanced: debits 120,00, credits 240,00, difference 120,00; an entry dated over two months or an unbalanced entry is the cause.",
          "fec_entry_dates@5: Entry VT000001 (journal VT) has EcritureDate 20240401 here but 20240331 on line 4: all lines of an entry share one EcritureDate.",
        ],
        "fec_numbering_duplicate.txt": [
          "fec_numbering_duplicate@9: Entry VT000001 (journal VT) already appeared from line 4: its lines must be contiguous; if this is another entry, give it its own EcritureNum.",
        ],
        "fec_numbering_gap.txt": [
          "fec_numbering_gap@9: Journal VT jumps from VT000001 (line 4) to VT000003: VT000002 is missing; numbering must be continuous, or the gap justified.",
        ],
        "fec_numbering_order.txt": [
          "fec_numbering_order@4: Entry VT000002 is dated 20240310 but the lower number VT000001 (line 7) is dated 20240315: numbers must follow the chronological order of the entries.",
        ],
        "fec_opening_not_first.txt": [
          "fec_opening_not_first@7: Opening entry AN000001 (journal AN) comes after other entries: put the à-nouveaux first, with the first numbers (A47 A-1 VII 3°).",
        ],
        "fec_opening_on_income_account.txt": [
          "fec_opening_on_income_account@3: Opening entry AN000001 (journal AN) uses account 706000 (class 6 or 7): income and expense accounts are closed into the result, they have no à-nouveaux; carry the result in 12 (or 11).",
        ],
        "fec_pair_filled_together.txt": [
          "fec_pair_filled_together@4: CompAuxNum is "C0001" but CompAuxLib is empty: fill both, or leave both empty.",
        ],
        "fec_quoted_field.txt": [
          "fec_quoted_field@2: Fields written between double quotes (EcritureLib): a FEC takes no quotes, write the values bare.",
        ],
        "fec_required_field.txt": [
          "fec_required_field@5: Mandatory field EcritureLib is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).",
        ],
        "fec_separator.txt": [
          "fec_separator@1: The header has neither a TAB nor a "|": separate the fields with one of them (A47 A-1 VI 1° c); ";" and "," are not allowed.",
        ],
        "fec_single_line_entry.txt": [
          "fec_zero_line@9: Debit and Credit are both zero: a line without an amount can be left out (Dolibarr skips them).",
          "fec_single_line_entry@9: Entry OD000001 (journal OD) has a single line: an entry has at least one debit and one credit line; add its counterpart.",
        ],
        "fec_siren_luhn.txt": [],
        "fec_trailing_newline.txt": [
          "fec_trailing_newline@0: The file ends with a line break; the DGFiP prefers no line break after the last line (Odoo and partie-double write none).",
        ],
        "fec_trailing_separator.txt": [
          "fec_trailing_separator@3: The line ends with a separator (an empty field too many): remove the last separator.",
        ],
        "fec_valid_date_before_entry.txt": [
          "fec_valid_date_before_entry@4: Entry VT000001 (journal VT) is validated on 20240314, before its date 20240315: check ValidDate (the day the entry became final) and EcritureDate.",
        ],
        "fec_valid_date_order.txt": [
          "fec_valid_date_order@6: ValidDate 20240315 is earlier than the previous line's (20240320): sort the lines by validation date, then EcritureNum.",
        ],
        "fec_zero_line.txt": [
          "fec_zero_line@7: Debit and Credit are both zero: a line without an amount can be left out (Dolibarr skips them).",
        ],
      }
    `);
  });

  it('lists each issue once with the severity of FEC_RULES, the file-level ones first', () => {
    const result = validateFec(fixtureBytes('invalid/fec_entry_unbalanced.txt'));
    expect(result.issues.map((i) => [i.code, i.severity, i.line])).toEqual([
      ['fec_file_unbalanced', 'error', 0],
      ['fec_journal_unbalanced', 'warning', 0],
      ['fec_month_unbalanced', 'warning', 0],
      ['fec_entry_unbalanced', 'error', 4],
    ]);
    for (const i of result.issues) expect(i.severity).toBe(FEC_RULES[i.code].severity);
    expect(Object.isFrozen(result) && Object.isFrozen(result.issues) && Object.isFrozen(result.issues[0])).toBe(true);
    expect(result.valid).toBe(false);
  });

  it('is valid with warnings and infos only', () => {
    const result = validateFec(fixtureBytes('invalid/fec_label_consistency.txt'));
    expect(result.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(result.valid).toBe(true);
  });
});

describe('validateFec: options', () => {
  const text = file(entry({}));

  it('refuses each malformed option with its path and message', () => {
    expect(refusal(() => validateFec(42 as unknown as string))).toEqual(['invalid_input', '', 'validateFec reads a FEC given as a string or a Uint8Array, not 42.']);
    expect(refusal(() => validateFec(text, 5 as unknown as ValidateFecOptions))).toEqual(['invalid_option', '', 'The options of validateFec are an object such as { fileName }, not 5.']);
    expect(refusal(() => validateFec(text, null as unknown as ValidateFecOptions))[0]).toBe('invalid_option');
    expect(refusal(() => validateFec(text, [] as unknown as ValidateFecOptions))[0]).toBe('invalid_option');
    expect(refusal(() => validateFec(text, { fileName: 12 as unknown as string }))).toEqual(['invalid_option', 'fileName', 'fileName is the file\'s name as a string (e.g. "123456782FEC20241231.txt"), not 12.']);
    const journals = ['invalid_option', 'openingJournals', 'openingJournals must be an array of journal codes, e.g. ["RAN"].'];
    expect(refusal(() => validateFec(text, { openingJournals: 'RAN' as unknown as string[] }))).toEqual(journals);
    expect(refusal(() => validateFec(text, { openingJournals: ['RAN', 1 as unknown as string] }))).toEqual(journals);
    expect(refusal(() => validateFec(text, { fiscalYear: '2024' as unknown as { from: string; to: string } }))).toEqual(['invalid_option', 'fiscalYear', 'fiscalYear is { from, to } with YYYY-MM-DD dates, not "2024".']);
    expect(refusal(() => validateFec(text, { fiscalYear: null as unknown as { from: string; to: string } }))).toEqual(['invalid_option', 'fiscalYear', 'fiscalYear is { from, to } with YYYY-MM-DD dates, not null.']);
    expect(refusal(() => validateFec(text, { maxIssuesPerRule: 1.5 }))).toEqual(['invalid_option', 'maxIssuesPerRule', 'maxIssuesPerRule must be a non-negative integer, received 1.5.']);
    expect(refusal(() => validateFec(text, { maxIssuesPerRule: -1 }))).toEqual(['invalid_option', 'maxIssuesPerRule', 'maxIssuesPerRule must be a non-negative integer, received -1.']);
    expect(refusal(() => validateFec(text, { fiscalYear: { from: '20240101', to: '2024-12-31' } }))).toEqual(['invalid_option', 'fiscalYear.from', 'fiscalYear.from "20240101" must be a real date written YYYY-MM-DD.']);
    expect(refusal(() => validateFec(text, { fiscalYear: { from: '2024-01-01', to: '2024-02-30' } }))).toEqual(['invalid_option', 'fiscalYear.to', 'fiscalYear.to "2024-02-30" must be a real date written YYYY-MM-DD.']);
    expect(refusal(() => validateFec(text, { fiscalYear: { from: '2024-01-02', to: '2024-01-01' } }))).toEqual(['invalid_option', 'fiscalYear', 'fiscalYear ends (2024-01-01) before it starts (2024-01-02): give { from, to } with to the last day.']);
    expect(refusal(() => validateFec(text, { maxBytes: text.length - 1 }))[0]).toBe('file_too_large');
  });

  it('accepts a one-day fiscal year, maxIssuesPerRule 0 and a file of exactly maxBytes', () => {
    expect(validateFec(text, { fiscalYear: { from: '2024-03-15', to: '2024-03-15' } })).toEqual({ valid: true, issues: [] });
    expect(check(text, { fiscalYear: { from: '2024-03-16', to: '2024-03-16' } })).toEqual([
      'fec_date_outside_year@2: Entry VT1 (journal VT) is dated 20240315, outside the fiscal year 20240316–20240316 (options.fiscalYear): a FEC holds one fiscal year; move the entry to its year\'s file.',
    ]);
    expect(check(text, { fiscalYear: { from: '2024-03-14', to: '2024-03-14' } })).toEqual([
      'fec_date_outside_year@2: Entry VT1 (journal VT) is dated 20240315, outside the fiscal year 20240314–20240314 (options.fiscalYear): a FEC holds one fiscal year; move the entry to its year\'s file.',
    ]);
    expect(validateFec(text, { maxBytes: text.length }).valid).toBe(true);
    expect(check(`${text}|`, { maxIssuesPerRule: 0 })).toEqual([
      'fec_trailing_separator@0: 1 more issue of this rule is not listed (the list stops at 0 per rule; pass maxIssuesPerRule to see more).',
    ]);
  });
});

describe('validateFec: the file name', () => {
  const text = file(entry({}));

  it('checks the name after the last / or \\, with or without an extension', () => {
    for (const name of ['123456782FEC20241231', '123456782FEC20241231.csv', 'a/b\\123456782FEC20241231.txt', 'a\\b/123456782FEC20241231.txt']) {
      expect(validateFec(text, { fileName: name }).issues).toEqual([]);
    }
    expect(check(text, { fileName: 'x/123456782FEC20241231.txt.gz' })).toEqual([
      'fec_file_name@0: The file name "123456782FEC20241231.txt.gz" does not follow SirenFECAAAAMMJJ (A47 A-1 IX): write the 9-digit SIREN, "FEC" and the closing date of the fiscal year, e.g. 123456782FEC20241231.txt.',
    ]);
    expect(check(text, { fileName: '123456782FEC20241231.' })[0]).toMatch(/^fec_file_name@0: The file name "123456782FEC20241231\." does not follow/);
    expect(check(text, { fileName: '1234567820FEC20241231.txt' })[0]).toMatch(/^fec_file_name@0/);
    expect(check(text, { fileName: 'x123456782FEC20241231.txt' })[0]).toMatch(/^fec_file_name@0/);
  });

  it('names a SIREN failing its Luhn key, an unreal closing date, and a closing date that is not the fiscal year\'s last day', () => {
    expect(check(text, { fileName: '123456789FEC20241231.txt' })).toEqual([
      'fec_siren_luhn@0: The SIREN 123456789 in the file name fails its Luhn check: check the number against the Kbis or the INSEE register.',
    ]);
    expect(check(text, { fileName: '123456782FEC20240230.txt' })).toEqual([
      'fec_file_name@0: The closing date 20240230 in the file name "123456782FEC20240230.txt" is not a real date: write the fiscal year\'s last day as AAAAMMJJ, e.g. 20241231.',
    ]);
    expect(check(text, { fileName: '123456782FEC20241231.txt', fiscalYear: { from: '2024-01-01', to: '2024-12-30' } })).toEqual([
      'fec_file_name@0: The file name\'s closing date 20241231 differs from the last day of the fiscal year given (20241230): rename the file, or check options.fiscalYear.',
    ]);
    expect(validateFec(text, { fileName: '123456782FEC20241231.txt', fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }).issues).toEqual([]);
  });

  it('takes the 12 months ending on the closing date as the fiscal year', () => {
    const outside = (date: string) => file(entry({ EcritureDate: date, PieceDate: date, ValidDate: date }));
    // closing 2024-03-15: the year runs 2023-03-16 to 2024-03-15, both days included
    expect(validateFec(outside('20240315'), { fileName: '123456782FEC20240315.txt' }).issues).toEqual([]);
    expect(validateFec(outside('20230316'), { fileName: '123456782FEC20240315.txt' }).issues).toEqual([]);
    expect(check(outside('20230315'), { fileName: '123456782FEC20240315.txt' })).toEqual([
      'fec_date_outside_year@2: Entry VT1 (journal VT) is dated 20230315, outside the fiscal year 20230316–20240315 (12 months ending on the file name\'s closing date): a FEC holds one fiscal year; move the entry to its year\'s file, or pass options.fiscalYear if the year is not 12 months long.',
    ]);
    expect(check(outside('20240316'), { fileName: '123456782FEC20240315.txt' })[0]).toMatch(/^fec_date_outside_year@2: Entry VT1 \(journal VT\) is dated 20240316, outside the fiscal year 20230316–20240315/);
  });
});

describe('validateFec: charset, separator and header', () => {
  it('names the UTF-16 encoding, upper-cased', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...HEADER].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...HEADER].flatMap((c) => [0, c.charCodeAt(0)])]);
    const message = (e: string) => `fec_encoding@0: The file is encoded in ${e}, which a FEC may not use (A47 A-1 XII 1°): save it as UTF-8 or ISO-8859-15.`;
    expect(check(le)[0]).toBe(message('UTF-16LE'));
    expect(check(be)[0]).toBe(message('UTF-16BE'));
    expect(check(new TextEncoder().encode(file(entry({}))))).toEqual([]);
  });

  it('lists each Windows-1252 character of a line once, an undefined byte by its code only', () => {
    const text = file(entry({ EcritureLib: 'l\u0092a \u0080 \u0092 \u0081 \u009f' }));
    expect(check(encodeText(text, 'iso-8859-15'))).toEqual([
      'fec_encoding@2: The line holds Windows-1252 characters (0x92 "’", 0x80 "€", 0x81, 0x9F "Ÿ"), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → \', – → -, … → ...).',
      'fec_encoding@3: The line holds Windows-1252 characters (0x92 "’", 0x80 "€", 0x81, 0x9F "Ÿ"), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → \', – → -, … → ...).',
    ]);
    // bytes 0x7F and 0xA0 are not C1 controls
    expect(check(encodeText(file(entry({ EcritureLib: 'a\u007f\u00a0b' })), 'iso-8859-15'))).toEqual([]);
  });

  it('names the separator problems and stops there', () => {
    expect(check(`${FEC_COLUMNS.join(';')}\n${row({}).replace(/\|/g, ';')}`)).toEqual([
      'fec_separator@1: The header has neither a TAB nor a "|": separate the fields with one of them (A47 A-1 VI 1° c); ";" and "," are not allowed.',
    ]);
    expect(check(`${HEADER}\tX\n${row({})}`)).toEqual(['fec_separator@1: The header has both TABs and "|": use a single separator, TAB or "|", for the whole file.']);
  });

  it('says how many columns a short header has, and which column is wrong', () => {
    expect(check(`${FEC_COLUMNS.slice(0, 17).join('|')}\n${row({})}`)).toEqual([
      'fec_header@1: The header has 17 columns; column 18 must be "Idevise": line 1 must list the 18 FEC column names in order (JournalCode … Idevise).',
    ]);
    expect(check(`JournalCode|\n${row({})}`)).toEqual([
      'fec_trailing_separator@1: The line ends with a separator (an empty field too many): remove the last separator.',
      'fec_header@1: The header has 1 column; column 2 must be "JournalLib": line 1 must list the 18 FEC column names in order (JournalCode … Idevise).',
    ]);
    expect(check(`Journal|JournalLib\n${row({})}`)).toEqual([
      'fec_header@1: Column 1 of the header is "Journal" but must be "JournalCode": line 1 must list the 18 FEC column names exactly, in order (JournalCode … Idevise).',
    ]);
  });

  it('reports quoted column names, loose names and extra columns on line 1', () => {
    const header = FEC_COLUMNS.map((c) => (c === 'JournalLib' ? '"JournalLib"' : c === 'EcritureLib' ? ' ecriturelib ' : c === 'Idevise' ? 'IDevise' : c));
    const text = [[...header, 'Extra1', 'Extra2'].join('|'), ...entry({}).map((r) => `${r}|x|y`)].join('\n');
    expect(check(text)).toEqual([
      'fec_quoted_field@1: Fields written between double quotes (the column names): a FEC takes no quotes, write the values bare.',
      'fec_header_case@1: Column names differ from the norm in case, accents or spaces (" ecriturelib " for "EcritureLib", "IDevise" for "Idevise"): write them exactly as A47 A-1 lists them.',
      'fec_extra_columns@1: The header has columns after the mandatory ones (Extra1, Extra2); they are allowed after the mandatory columns, and ignored.',
    ]);
  });

  it('reports a file with a header and no entry line, and a trailing line break', () => {
    expect(check(`${HEADER}\n`)).toEqual([
      'fec_empty_file@0: The file has a header but no entry line: export the fiscal year\'s entries (at least the à-nouveaux).',
      'fec_trailing_newline@0: The file ends with a line break; the DGFiP prefers no line break after the last line (Odoo and partie-double write none).',
    ]);
    expect(check(`\uFEFF${file(entry({}))}\r\n`)).toEqual([
      'fec_bom@0: The file starts with a UTF-8 byte order mark; checkers accept it, but it can be left out.',
      'fec_trailing_newline@0: The file ends with a line break; the DGFiP prefers no line break after the last line (Odoo and partie-double write none).',
    ]);
    expect(check('')).toEqual(['fec_empty_file@0: The file is empty: a FEC starts with the header line of the 18 column names, then one line per entry line.']);
  });
});

describe('validateFec: lines', () => {
  it('counts the fields of a short or long line, keeps it with its entry, and leaves the totals unjudged', () => {
    const [a, b] = entry({});
    const text = file(a!, `${b!}|x|y`, row({ EcritureNum: 'VT2', Debit: '5,00' }).split('|').slice(0, 1).join('|'));
    expect(check(text)).toEqual([
      'fec_field_count@3: The line has 20 fields but the header has 18: check for a missing or extra separator, or a separator inside a label (replace it with a space).',
      'fec_field_count@4: The line has 1 field but the header has 18: check for a missing or extra separator, or a separator inside a label (replace it with a space).',
    ]);
    // a short line whose key reads as another entry starts that entry: the entry VT1 of one line is then single
    const cut = row({ EcritureNum: 'VT2' }).split('|').slice(0, 3).join('|');
    expect(check(file(entry({}), cut, row({ EcritureNum: 'VT2', Debit: '5,00' })))).toEqual([
      'fec_field_count@4: The line has 3 fields but the header has 18: check for a missing or extra separator, or a separator inside a label (replace it with a space).',
    ]);
    // a short line of the same entry: that entry is not judged single nor unbalanced
    expect(check(file(row({ Debit: '5,00' }), row({}).split('|').slice(0, 3).join('|')))).toEqual([
      'fec_field_count@3: The line has 3 fields but the header has 18: check for a missing or extra separator, or a separator inside a label (replace it with a space).',
    ]);
    // a short line whose key is another entry's ends the entry before: it is judged on its lines
    expect(check(file(row({ Debit: '5,00' }), row({ EcritureNum: 'VT2' }).split('|').slice(0, 3).join('|')))).toEqual([
      'fec_single_line_entry@2: Entry VT1 (journal VT) has a single line: an entry has at least one debit and one credit line; add its counterpart.',
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 5,00, credits 0,00, difference 5,00; add 5,00 on the credit side or correct an amount.',
      'fec_field_count@3: The line has 3 fields but the header has 18: check for a missing or extra separator, or a separator inside a label (replace it with a space).',
    ]);
  });

  it('drops one trailing empty field, not two, and not a filled one', () => {
    const [a, b] = entry({});
    expect(check(file(`${a!}|`, b!))).toEqual(['fec_trailing_separator@2: The line ends with a separator (an empty field too many): remove the last separator.']);
    expect(check(file(`${a!}||`, b!))[0]).toMatch(/^fec_field_count@2: The line has 20 fields/);
    expect(check(file(`${a!}|x`, b!))[0]).toMatch(/^fec_field_count@2: The line has 19 fields/);
  });

  it('names every quoted field of a line, and reads it unquoted', () => {
    const text = file(entry({ JournalLib: '"Ventes"', EcritureLib: '"Facture ""A"""', PieceRef: '"FA1"' }));
    expect(check(text)).toEqual([
      'fec_quoted_field@2: Fields written between double quotes (JournalLib, PieceRef, EcritureLib): a FEC takes no quotes, write the values bare.',
      'fec_quoted_field@3: Fields written between double quotes (JournalLib, PieceRef, EcritureLib): a FEC takes no quotes, write the values bare.',
    ]);
    // a lone quote is no quoted field; a quoted amount is read unquoted
    expect(check(file(entry({ EcritureLib: 'Pneu 17"' })))).toEqual([]);
    expect(check(file(row({ Debit: '"10,00"' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })))).toEqual([
      'fec_quoted_field@2: Fields written between double quotes (Debit): a FEC takes no quotes, write the values bare.',
    ]);
  });

  it('names the empty mandatory fields, one or several, a field of spaces being empty', () => {
    expect(check(file(entry({ PieceRef: '   ' })))).toEqual([
      'fec_required_field@2: Mandatory field PieceRef is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
      'fec_required_field@3: Mandatory field PieceRef is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
    expect(check(file(row({ JournalLib: '', CompteLib: '', Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })))).toEqual([
      'fec_required_field@2: Mandatory fields JournalLib, CompteLib are empty: fill them (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
    // CompAuxNum, EcritureLet, DateLet, Montantdevise and Idevise are optional; a label starting with a space is filled
    expect(check(file(entry({ EcritureLib: ' x' })))).toEqual([]);
  });

  it('an empty line is reported and counts as no entry line', () => {
    expect(check(`${HEADER}\n\n${entry({}).join('\n')}`)).toEqual(['fec_empty_line@2: Empty line: remove it.']);
    expect(check(`${HEADER}\n\n`)).toEqual([
      'fec_empty_line@2: Empty line: remove it.',
      'fec_empty_file@0: The file has a header but no entry line: export the fiscal year\'s entries (at least the à-nouveaux).',
      'fec_trailing_newline@0: The file ends with a line break; the DGFiP prefers no line break after the last line (Odoo and partie-double write none).',
    ].sort((a, b) => Number(a.split('@')[1]!.split(':')[0]) - Number(b.split('@')[1]!.split(':')[0])));
  });
});

describe('validateFec: dates', () => {
  it('names the field of an unreal date: EcritureDate, PieceDate, ValidDate, DateLet', () => {
    const text = file(row({ EcritureDate: '20240231', PieceDate: '2024-03-15', ValidDate: '20241301', EcritureLet: 'A', DateLet: '20240000', Debit: '10,00' }), row({ EcritureDate: '20240231', ValidDate: '20241301', CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }));
    expect(check(text)).toEqual([
      'fec_invalid_date@2: EcritureDate "20240231" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@2: PieceDate "2024-03-15" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@2: ValidDate "20241301" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@2: DateLet "20240000" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@3: EcritureDate "20240231" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@3: ValidDate "20241301" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
    ]);
  });

  it('reads each line\'s dates, not the previous line\'s', () => {
    // the second entry's dates are unreal, the first's real: each line is judged on its own
    const text = file(entry({}), entry({ EcritureNum: 'VT2', PieceDate: '20240399' }), entry({ EcritureNum: 'VT3' }));
    expect(check(text)).toEqual([
      'fec_invalid_date@4: PieceDate "20240399" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@5: PieceDate "20240399" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
    ]);
    const valid = file(entry({}), entry({ EcritureNum: 'VT2', ValidDate: '2024031' }), entry({ EcritureNum: 'VT3', ValidDate: '20240316' }));
    expect(check(valid)).toEqual([
      'fec_invalid_date@4: ValidDate "2024031" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@5: ValidDate "2024031" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
    ]);
    const date = file(entry({}), entry({ EcritureNum: 'VT2', EcritureDate: '2024031' }), entry({ EcritureNum: 'VT3', EcritureDate: '20240316' }));
    expect(check(date)).toEqual([
      'fec_invalid_date@4: EcritureDate "2024031" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@5: EcritureDate "2024031" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_valid_date_before_entry@6: Entry VT3 (journal VT) is validated on 20240315, before its date 20240316: check ValidDate (the day the entry became final) and EcritureDate.',
    ]);
  });

  it('checks DateRglt of a cash-basis file, and its mandatory columns', () => {
    const header = [...FEC_COLUMNS, ...FEC_BNC_CASH_COLUMNS];
    const cash = (fields: Record<string, string>) => header.map((c) => ({ ...BASE, DateRglt: '20240315', ModeRglt: 'CB', NatOp: '', IdClient: '', ...fields })[c] ?? '').join('|');
    const text = [header.join('|'), cash({ Debit: '10,00', DateRglt: '20240399' }), cash({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00', ModeRglt: '' })].join('\n');
    expect(check(text)).toEqual([
      'fec_invalid_date@2: DateRglt "20240399" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_required_field@3: Mandatory field ModeRglt is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
    // JournalCode and JournalLib are not mandatory in a cash-basis file
    expect(check([header.join('|'), cash({ JournalCode: '', JournalLib: '', Debit: '10,00' }), cash({ JournalCode: '', JournalLib: '', CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })].join('\n'))).toEqual([]);
  });

  it('names the field that differs between the lines of an entry, once per entry', () => {
    const text = file(row({ Debit: '10,00' }), row({ ValidDate: '20240316', CompteNum: '706000', CompteLib: 'Ventes', Credit: '5,00' }), row({ EcritureDate: '20240316', CompteNum: '706000', CompteLib: 'Ventes', Credit: '5,00' }));
    expect(check(text)).toEqual([
      'fec_entry_dates@3: Entry VT1 (journal VT) has ValidDate 20240316 here but 20240315 on line 2: all lines of an entry share one ValidDate.',
      'fec_valid_date_order@4: ValidDate 20240315 is earlier than the previous line\'s (20240316): sort the lines by validation date, then EcritureNum.',
    ]);
    const both = file(row({ Debit: '10,00' }), row({ EcritureDate: '20240316', ValidDate: '20240316', CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }));
    expect(check(both)).toEqual([
      'fec_entry_dates@3: Entry VT1 (journal VT) has EcritureDate 20240316 here but 20240315 on line 2: all lines of an entry share one EcritureDate.',
    ]);
  });

  it('warns when an entry is validated before its date, or a line is validated before the previous one', () => {
    expect(check(file(entry({ ValidDate: '20240314' })))).toEqual([
      'fec_valid_date_before_entry@2: Entry VT1 (journal VT) is validated on 20240314, before its date 20240315: check ValidDate (the day the entry became final) and EcritureDate.',
    ]);
    expect(check(file(entry({ ValidDate: '20240316' }), entry({ EcritureNum: 'VT2' })))).toEqual([
      'fec_valid_date_order@4: ValidDate 20240315 is earlier than the previous line\'s (20240316): sort the lines by validation date, then EcritureNum.',
    ]);
    // an unreal ValidDate between two real ones is skipped: the order is checked against the last real one
    expect(check(file(entry({ ValidDate: '20240316' }), entry({ EcritureNum: 'VT2', ValidDate: 'x' }), entry({ EcritureNum: 'VT3', ValidDate: '20240316' })))).toEqual([
      'fec_invalid_date@4: ValidDate "x" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@5: ValidDate "x" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
    ]);
  });

  it('checks that the dates fit in 12 months: to the day before the same date a year later', () => {
    const two = (last: string) => file(entry({ EcritureDate: '20240301', PieceDate: '20240301', ValidDate: '20240301' }), entry({ EcritureNum: 'VT2', EcritureDate: last, PieceDate: last, ValidDate: last }));
    expect(check(two('20250228'))).toEqual([]);
    expect(check(two('20250301'))).toEqual([
      'fec_date_outside_year@0: The entries run from 20240301 to 20250301, more than 12 months: a FEC holds one fiscal year; split the file, or pass options.fiscalYear (or fileName) for a longer first year.',
    ]);
    // with only unreal dates there is no span to check
    expect(check(file(entry({ EcritureDate: 'x' })))).toEqual([
      'fec_invalid_date@2: EcritureDate "x" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
      'fec_invalid_date@3: EcritureDate "x" is not a real date: write it AAAAMMJJ with no separator, e.g. 20241231.',
    ]);
  });
});

describe('validateFec: amounts', () => {
  const debit = (value: string) => check(file(row({ Debit: value }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })));

  it('explains why an amount is refused: dot, thousands separator, decimals, size, or not an amount', () => {
    const message = (value: string): string => debit(value).find((m) => m.startsWith('fec_invalid_amount'))!;
    expect(message('10.00')).toBe('fec_invalid_amount@2: Debit "10.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.');
    expect(message('-10.00')).toBe('fec_invalid_amount@2: Debit "-10.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.');
    expect(message('10.00-')).toBe('fec_invalid_amount@2: Debit "10.00-" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.');
    for (const t of ['1 000,00', '1\u00a0000', '1\u202f000,5', "1'000", '1.000,00', '1.000.000', '-1 000,00', '12 345 678,9']) {
      expect(message(t)).toBe(`fec_invalid_amount@2: Debit ${JSON.stringify(t)} has a thousands separator: write the digits only, with a decimal comma, e.g. 1234,56.`);
    }
    // one dot before three digits is a decimal point, not a thousands separator
    expect(message('1.000')).toMatch(/uses a dot/);
    expect(message('10,123')).toBe('fec_invalid_amount@2: Debit "10,123" has more than 2 decimals: write the amount in cents, rounded, e.g. 12,35.');
    expect(message('-10,1234')).toMatch(/"-10,1234" has more than 2 decimals/);
    expect(message('10000000000000,00')).toBe('fec_invalid_amount@2: Debit "10000000000000,00" is too large (10 000 000 000 000,00 or more): check the amount.');
    expect(message('10000000000000')).toMatch(/is too large/);
    for (const t of ['abc', '1,2,3', '1 00,00', '1234 567', '+-1', '10,', 'x10.00', '10.00x', '1.2.3']) {
      expect(message(t)).toBe(`fec_invalid_amount@2: Debit ${JSON.stringify(t)} is not an amount: write digits with a decimal comma and no thousands separator, the sign first or last, e.g. 1234,56 or -1234,56.`);
    }
  });

  it('refuses Debit and Credit both non-zero, quoting them as written', () => {
    expect(check(file(row({ Debit: '10,00', Credit: '0,01' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,99' })))).toEqual([
      'fec_debit_and_credit@2: Debit 10,00 and Credit 0,01 are both non-zero: put the amount on one side and 0,00 on the other (split the line in two if both are meant).',
    ]);
    // an unreadable side is reported as such, not as both filled
    expect(check(file(row({ Debit: '10,00', Credit: 'x' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })))).toEqual([
      'fec_invalid_amount@2: Credit "x" is not an amount: write digits with a decimal comma and no thousands separator, the sign first or last, e.g. 1234,56 or -1234,56.',
    ]);
    expect(check(file(row({ Debit: 'x', Credit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Debit: '10,00' })))).toEqual([
      'fec_invalid_amount@2: Debit "x" is not an amount: write digits with a decimal comma and no thousands separator, the sign first or last, e.g. 1234,56 or -1234,56.',
    ]);
  });

  it('an empty amount is a missing field, and leaves the entry and the totals unjudged', () => {
    expect(check(file(row({ Debit: '' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })))).toEqual([
      'fec_required_field@2: Mandatory field Debit is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
  });

  it('reads Montant and Sens: D, C, +1, -1', () => {
    const header = FEC_MONTANT_SENS_COLUMNS.join('|');
    const ms = (montant: string, sens: string, extra: Record<string, string> = {}) =>
      FEC_MONTANT_SENS_COLUMNS.map((c) => ({ ...BASE, Montant: montant, Sens: sens, ...extra })[c] ?? '').join('|');
    const credit = { CompteNum: '706000', CompteLib: 'Ventes' };
    expect(check([header, ms('10,00', 'D'), ms('10,00', 'C', credit)].join('\n'))).toEqual([]);
    expect(check([header, ms('10,00', '+1'), ms('10,00', '-1', credit)].join('\n'))).toEqual([]);
    expect(check([header, ms('10,00', 'D'), ms('9,00', '-1', credit)].join('\n'))[0]).toBe(
      'fec_file_unbalanced@0: The file is unbalanced: total debits 10,00, total credits 9,00, difference 1,00; the unbalanced entries and journals are listed.',
    );
    expect(check([header, ms('10,00', '+1'), ms('9,00', 'C', credit)].join('\n')).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 10,00, credits 9,00, difference 1,00; add 1,00 on the credit side or correct an amount.',
    );
    expect(check([header, ms('10.00', 'd'), ms('10,00', '1', credit)].join('\n'))).toEqual([
      'fec_invalid_amount@2: Montant "10.00" uses a dot: the FEC\'s decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56.',
      'fec_invalid_sens@2: Sens "d" must be D or C (or +1 or -1, no space): write D for a debit, C for a credit.',
      'fec_invalid_sens@3: Sens "1" must be D or C (or +1 or -1, no space): write D for a debit, C for a credit.',
    ]);
    expect(check([header, ms('10,00', ''), ms('10,00', 'C', credit)].join('\n'))).toEqual([
      'fec_required_field@2: Mandatory field Sens is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
    expect(check([header, ms('0,00', 'D'), ms('0,00', 'C', credit)].join('\n'))).toEqual([
      'fec_zero_line@2: Debit and Credit are both zero: a line without an amount can be left out (Dolibarr skips them).',
      'fec_zero_line@3: Debit and Credit are both zero: a line without an amount can be left out (Dolibarr skips them).',
    ]);
  });

  it('checks Montantdevise: any number of decimals, one sign first or last, a comma between digits', () => {
    const foreign = (value: string) => check(file(entry({ Montantdevise: value, Idevise: 'USD' })));
    for (const ok of ['12', '12,5', '12,12345', '-12,5', '12,5-', '+3', '3+']) expect(foreign(ok)).toEqual([]);
    for (const bad of ['12.5', ',5', '12,', '1,2,3', '-', '+-1', '1-2', '1 000']) {
      expect(foreign(bad)[0]).toMatch(new RegExp(`^fec_invalid_amount@2: Montantdevise ${JSON.stringify(bad).replace(/[.+]/g, '\\$&')} `));
    }
    // any number of decimals: more than 2 is not the reason
    expect(foreign('1.000,12345')[0]).toBe('fec_invalid_amount@2: Montantdevise "1.000,12345" has a thousands separator: write the digits only, with a decimal comma, e.g. 1234,56.');
    expect(foreign('12,345x')[0]).toBe('fec_invalid_amount@2: Montantdevise "12,345x" is not an amount: write digits with a decimal comma and no thousands separator, the sign first or last, e.g. 1234,56 or -1234,56.');
  });
});

describe('validateFec: accounts, pairs and labels', () => {
  it('wants three PCG digits first, classes 1 to 8', () => {
    const account = (n: string) => check(file(row({ CompteNum: n, Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })));
    for (const ok of ['100', '899ABC', '4110']) expect(account(ok)).toEqual([]);
    for (const bad of ['000000', '900000', '41', '4A1000', '41A000', '/11000', '9', ':11000', '4/1000', '41:000']) {
      expect(account(bad)).toEqual([`fec_account_prefix@2: CompteNum ${JSON.stringify(bad)} does not start with 3 digits of the PCG (classes 1 to 8): use the PCG account number, e.g. 411000, 706100.`]);
    }
  });

  it('names the filled field of each half-filled pair', () => {
    const pairs = check(file(
      row({ CompAuxNum: '', CompAuxLib: 'Dupont', Debit: '10,00' }),
      row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00', EcritureLet: '', DateLet: '20240320' }),
      entry({ EcritureNum: 'VT2', Montantdevise: '', Idevise: 'USD' }),
      entry({ EcritureNum: 'VT3', Montantdevise: '12,00', Idevise: ' ' }),
    ));
    expect(pairs).toEqual([
      'fec_pair_filled_together@2: CompAuxLib is "Dupont" but CompAuxNum is empty: fill both, or leave both empty.',
      'fec_pair_filled_together@3: DateLet is "20240320" but EcritureLet is empty: fill both, or leave both empty.',
      'fec_pair_filled_together@4: Idevise is "USD" but Montantdevise is empty: fill both, or leave both empty.',
      'fec_pair_filled_together@5: Idevise is "USD" but Montantdevise is empty: fill both, or leave both empty.',
      'fec_pair_filled_together@6: Montantdevise is "12,00" but Idevise is empty: fill both, or leave both empty.',
      'fec_pair_filled_together@7: Montantdevise is "12,00" but Idevise is empty: fill both, or leave both empty.',
    ]);
    expect(check(file(entry({ EcritureLet: 'AB', DateLet: '20240320', CompAuxNum: 'C1', CompAuxLib: 'Dupont', Montantdevise: '0,00', Idevise: '' })))).toEqual([]);
  });

  it('keeps one label per account, journal and auxiliary account, reporting each key once', () => {
    const text = file(
      entry({ CompAuxNum: 'C1', CompAuxLib: 'Dupont' }),
      entry({ EcritureNum: 'VT2', CompteLib: 'Client', JournalLib: 'Ventes 2', CompAuxNum: 'C1', CompAuxLib: 'DUPONT' }),
      entry({ EcritureNum: 'VT3', CompteLib: 'Clts', JournalLib: 'Ventes 3', CompAuxNum: 'C1', CompAuxLib: 'D.' }),
    );
    expect(check(text)).toEqual([
      'fec_label_consistency@4: Account 411000 is labelled "Client" here but "Clients" on line 2: keep one label per account throughout the file.',
      'fec_label_consistency@4: Journal VT is labelled "Ventes 2" here but "Ventes" on line 2: keep one label per journal throughout the file.',
      'fec_label_consistency@4: Auxiliary account C1 is labelled "DUPONT" here but "Dupont" on line 2: keep one label per auxiliary account throughout the file.',
      'fec_label_consistency@5: Account 706000 is labelled "Client" here but "Ventes" on line 3: keep one label per account throughout the file.',
    ]);
    // a journal label that changes inside an entry is checked too
    expect(check(file(row({ Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00', JournalLib: 'VENTES' })))).toEqual([
      'fec_label_consistency@3: Journal VT is labelled "VENTES" here but "Ventes" on line 2: keep one label per journal throughout the file.',
    ]);
  });

  it('names both numbers of one account written twice, with the longer one as the width to use', () => {
    const text = file(row({ CompteNum: '4110', Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }), entry({ EcritureNum: 'VT2' }), entry({ EcritureNum: 'VT3', CompteNum: '41100' }));
    expect(check(text).filter((m) => m.startsWith('fec_account_number_clash'))).toEqual([
      'fec_account_number_clash@4: CompteNum 411000 is the same account as 4110 (line 2): they differ only by trailing zeros, so balances and à-nouveaux split one account in two; keep one number per account (pad every account to one width, e.g. 411000).',
      'fec_account_number_clash@6: CompteNum 41100 is the same account as 4110 (line 2): they differ only by trailing zeros, so balances and à-nouveaux split one account in two; keep one number per account (pad every account to one width, e.g. 41100).',
    ]);
  });
});

describe('validateFec: balances', () => {
  it('gives the side to add to, debit or credit, and amounts below one euro and negative', () => {
    expect(check(file(row({ Debit: '0,05' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '0,10' })))).toEqual([
      'fec_file_unbalanced@0: The file is unbalanced: total debits 0,05, total credits 0,10, difference 0,05; the unbalanced entries and journals are listed.',
      'fec_journal_unbalanced@0: Journal VT is unbalanced: debits 0,05, credits 0,10, difference 0,05; correct its unbalanced entries.',
      'fec_month_unbalanced@0: Month 2024-03 is unbalanced: debits 0,05, credits 0,10, difference 0,05; an entry dated over two months or an unbalanced entry is the cause.',
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 0,05, credits 0,10, difference 0,05; add 0,05 on the debit side or correct an amount.',
    ]);
    expect(check(file(row({ Debit: '-5,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '5,00' }))).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits -5,00, credits 5,00, difference 10,00; add 10,00 on the debit side or correct an amount.',
    );
  });

  it('names a blank journal "(blank)" and an entry of a blank journal by its number only', () => {
    const text = file(row({ JournalCode: '', JournalLib: '', Debit: '10,00' }), row({ JournalCode: '', JournalLib: '', CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,00' }));
    expect(check(text)).toEqual([
      'fec_file_unbalanced@0: The file is unbalanced: total debits 10,00, total credits 9,00, difference 1,00; the unbalanced entries and journals are listed.',
      'fec_journal_unbalanced@0: Journal (blank) is unbalanced: debits 10,00, credits 9,00, difference 1,00; correct its unbalanced entries.',
      'fec_month_unbalanced@0: Month 2024-03 is unbalanced: debits 10,00, credits 9,00, difference 1,00; an entry dated over two months or an unbalanced entry is the cause.',
      'fec_required_field@2: Mandatory fields JournalCode, JournalLib are empty: fill them (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
      'fec_entry_unbalanced@2: Entry VT1 is unbalanced: debits 10,00, credits 9,00, difference 1,00; add 1,00 on the credit side or correct an amount.',
      'fec_required_field@3: Mandatory fields JournalCode, JournalLib are empty: fill them (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
  });

  it('sums each month over its entries, listing the months in calendar order, years before 1000 padded', () => {
    const text = file(
      row({ EcritureNum: 'VT1', EcritureDate: '20240601', ValidDate: '20240601', Debit: '10,00' }),
      row({ EcritureNum: 'VT1', EcritureDate: '20240531', ValidDate: '20240601', CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }),
      entry({ EcritureNum: 'OD1', JournalCode: 'OD', JournalLib: 'Divers', EcritureDate: '20240501', PieceDate: '20240501', ValidDate: '20240601' }),
      row({ EcritureNum: 'BQ1', JournalCode: 'BQ', JournalLib: 'Banque', CompteNum: '512000', CompteLib: 'Banque', EcritureDate: '20240401', ValidDate: '20240601', Debit: '3,00' }),
      row({ EcritureNum: 'BQ1', JournalCode: 'BQ', JournalLib: 'Banque', CompteNum: '411000', EcritureDate: '20240401', ValidDate: '20240601', Credit: '3,00' }),
    );
    expect(check(text)).toEqual([
      'fec_month_unbalanced@0: Month 2024-05 is unbalanced: debits 10,00, credits 20,00, difference 10,00; an entry dated over two months or an unbalanced entry is the cause.',
      'fec_month_unbalanced@0: Month 2024-06 is unbalanced: debits 10,00, credits 0,00, difference 10,00; an entry dated over two months or an unbalanced entry is the cause.',
      'fec_entry_dates@3: Entry VT1 (journal VT) has EcritureDate 20240531 here but 20240601 on line 2: all lines of an entry share one EcritureDate.',
    ]);
    const old = file(row({ EcritureDate: '09990315', PieceDate: '09990315', ValidDate: '09990315', Debit: '10,00' }), row({ EcritureDate: '09990315', PieceDate: '09990315', ValidDate: '09990315', CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,00' }));
    expect(check(old)[2]).toBe('fec_month_unbalanced@0: Month 0999-03 is unbalanced: debits 10,00, credits 9,00, difference 1,00; an entry dated over two months or an unbalanced entry is the cause.');
  });

  it('judges no month when a date is unreal, and no total when an amount is', () => {
    const text = file(row({ Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,00' }), entry({ EcritureNum: 'VT2', EcritureDate: 'x' }));
    expect(check(text).filter((m) => /unbalanced/.test(m)).map((m) => m.split(':')[0])).toEqual(['fec_file_unbalanced@0', 'fec_journal_unbalanced@0', 'fec_entry_unbalanced@2']);
    const amount = file(row({ Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,00' }), entry({ EcritureNum: 'VT2' }, 'x'));
    expect(check(amount).filter((m) => /unbalanced/.test(m)).map((m) => m.split(':')[0])).toEqual(['fec_entry_unbalanced@2']);
  });

  it('sums exactly past 2^52 cents in an entry, a journal and the file', () => {
    const big = '40000000000000,00'; // over the limit: refused
    expect(check(file(entry({}, big)))[0]).toMatch(/is too large/);
    const n = '9000000000000,00'; // 9 × 10^14 cents; six of them pass 2^52 ≈ 4.5 × 10^15
    const lines = [...Array.from({ length: 6 }, () => row({ Debit: n })), ...Array.from({ length: 6 }, () => row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: n }))];
    expect(check(file(lines))).toEqual([]);
    const off = [...lines, row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '0,01' })];
    expect(check(file(off))).toEqual([
      'fec_file_unbalanced@0: The file is unbalanced: total debits 54000000000000,00, total credits 54000000000000,01, difference 0,01; the unbalanced entries and journals are listed.',
      'fec_journal_unbalanced@0: Journal VT is unbalanced: debits 54000000000000,00, credits 54000000000000,01, difference 0,01; correct its unbalanced entries.',
      'fec_month_unbalanced@0: Month 2024-03 is unbalanced: debits 54000000000000,00, credits 54000000000000,01, difference 0,01; an entry dated over two months or an unbalanced entry is the cause.',
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 54000000000000,00, credits 54000000000000,01, difference 0,01; add 0,01 on the debit side or correct an amount.',
    ]);
    // negative sums past −2^52 flush as well
    const neg = [...Array.from({ length: 6 }, () => row({ Debit: `-${n}` })), ...Array.from({ length: 6 }, () => row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: `-${n}` }))];
    expect(check(file(neg))).toEqual([]);
    expect(check(file([...neg, row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '0,01' })])).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits -54000000000000,00, credits -53999999999999,99, difference 0,01; add 0,01 on the debit side or correct an amount.',
    );
  });

  it('balanced entries whose sums flushed at different points are equal', () => {
    // one side flushes (6 × 9 × 10^14), the other holds the same total as 12 smaller lines: no flush at the same step
    const n = '9000000000000,00';
    const h = '4500000000000,00';
    const lines = [...Array.from({ length: 6 }, () => row({ Debit: n })), ...Array.from({ length: 12 }, () => row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: h }))];
    expect(check(file(lines))).toEqual([]);
    const two = [...lines, ...entry({ EcritureNum: 'VT2', JournalCode: 'OD', JournalLib: 'Divers' }, h)];
    expect(check(file(two))).toEqual([]);
  });
});

describe('validateFec: entries', () => {
  it('a single line: reported unless the entry is incomplete', () => {
    expect(check(file(row({ Debit: '0,00' }))).slice(-1)).toEqual([
      'fec_single_line_entry@2: Entry VT1 (journal VT) has a single line: an entry has at least one debit and one credit line; add its counterpart.',
    ]);
  });

  it('opening entries: AN, OUV and options.openingJournals come first, never on class 6 or 7', () => {
    const opening = (journal: string) => entry({ JournalCode: journal, JournalLib: 'Ouverture', EcritureNum: `${journal}1`, CompteNum: '512000', CompteLib: 'Banque' });
    expect(check(file(opening('OUV'), entry({})))).toEqual([]);
    expect(check(file(entry({}), opening('OUV')))).toEqual([
      'fec_opening_not_first@4: Opening entry OUV1 (journal OUV) comes after other entries: put the à-nouveaux first, with the first numbers (A47 A-1 VII 3°).',
    ]);
    expect(check(file(entry({}), opening('RAN')), { openingJournals: ['RAN'] })[0]).toMatch(/^fec_opening_not_first@4: Opening entry RAN1 \(journal RAN\)/);
    expect(check(file(entry({ JournalCode: 'AN', JournalLib: 'Ouverture', EcritureNum: 'AN1' })))).toEqual([
      'fec_opening_on_income_account@3: Opening entry AN1 (journal AN) uses account 706000 (class 6 or 7): income and expense accounts are closed into the result, they have no à-nouveaux; carry the result in 12 (or 11).',
    ]);
    expect(check(file(entry({ JournalCode: 'AN', JournalLib: 'Ouverture', EcritureNum: 'AN1', CompteNum: '606000' })))[0]).toMatch(/^fec_opening_on_income_account@2: Opening entry AN1 \(journal AN\) uses account 606000/);
  });

  it('closing entries: class 6/7 against account 12, not in an opening journal', () => {
    const closing = (journal: string, other: string) => file(row({ JournalCode: journal, JournalLib: 'Cloture', EcritureNum: `${journal}1`, CompteNum: '706000', CompteLib: 'Ventes', Debit: '10,00' }), row({ JournalCode: journal, JournalLib: 'Cloture', EcritureNum: `${journal}1`, CompteNum: other, CompteLib: 'Resultat', Credit: '10,00' }));
    expect(check(closing('OD', '120000'))).toEqual([
      'fec_closing_entry@2: Entry OD1 (journal OD) moves class 6/7 accounts against account 12: entries closing income and expense accounts are left out of the FEC (A47 A-1 VII 1°); remove it.',
    ]);
    for (const other of ['110000', '102000', '212000', '512000']) expect(check(closing('OD', other))).toEqual([]);
    expect(check(closing('AN', '120000'))).toEqual([
      'fec_opening_on_income_account@2: Opening entry AN1 (journal AN) uses account 706000 (class 6 or 7): income and expense accounts are closed into the result, they have no à-nouveaux; carry the result in 12 (or 11).',
    ]);
  });
});

describe('validateFec: numbering', () => {
  const numbered = (...nums: string[]) => file(...nums.map((n, i) => entry({ EcritureNum: n, EcritureLib: `E${i}` })));

  it('names the missing numbers of a gap, one or several, with their width', () => {
    expect(check(numbered('VT0001', 'VT0002', 'VT0006'))).toEqual([
      'fec_numbering_gap@6: Journal VT jumps from VT0002 (line 4) to VT0006: 3 numbers (VT0003 to VT0005) are missing; numbering must be continuous, or the gap justified.',
    ]);
    expect(check(numbered('9', '11'))).toEqual(['fec_numbering_gap@4: Journal VT jumps from 9 (line 2) to 11: 10 is missing; numbering must be continuous, or the gap justified.']);
    expect(check(numbered('A-09', 'A-12'))).toEqual([
      'fec_numbering_gap@4: Journal VT jumps from A-09 (line 2) to A-12: 2 numbers (A-10 to A-11) are missing; numbering must be continuous, or the gap justified.',
    ]);
  });

  it('numbers each journal and EcritureNum prefix apart, the gaps of a sorted copy', () => {
    expect(check(numbered('A1', 'B1', 'A2', 'B2'))).toEqual([]);
    expect(check(numbered('VT3', 'VT1', 'VT2'))).toEqual([]);
    expect(check(numbered('VT4', 'VT1', 'VT2'))).toEqual(['fec_numbering_gap@2: Journal VT jumps from VT2 (line 6) to VT4: VT3 is missing; numbering must be continuous, or the gap justified.']);
  });

  it('takes a global numbering across journals as continuous', () => {
    const text = file(entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '2' }), entry({ EcritureNum: '3' }));
    expect(check(text)).toEqual([]);
    const gap = file(entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '2' }), entry({ EcritureNum: '4' }));
    expect(check(gap)).toEqual(['fec_numbering_gap@6: Journal VT jumps from 1 (line 2) to 4: 2 numbers (2 to 3) are missing; numbering must be continuous, or the gap justified.']);
    const twice = file(entry({ EcritureNum: '1' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: '1' }), entry({ EcritureNum: '3' }));
    expect(check(twice)).toEqual(['fec_numbering_gap@6: Journal VT jumps from 1 (line 2) to 3: 2 is missing; numbering must be continuous, or the gap justified.']);
  });

  it('reads at most 15 trailing digits; a number without digits is checked for duplicates alone', () => {
    expect(check(numbered('X1234567890123456', 'X1234567890123457'))).toEqual([]);
    expect(check(numbered('X1000000000000001', 'X1000000000000003'))).toEqual([
      'fec_numbering_gap@4: Journal VT jumps from X1000000000000001 (line 2) to X1000000000000003: X1000000000000002 is missing; numbering must be continuous, or the gap justified.',
    ]);
    expect(check(numbered('ABC', 'ABD', 'ABC'))).toEqual([
      'fec_numbering_duplicate@6: Entry ABC (journal VT) already appeared from line 2: its lines must be contiguous; if this is another entry, give it its own EcritureNum.',
    ]);
    expect(check(file(entry({ EcritureNum: 'ABC' }), entry({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'ABC' })))).toEqual([]);
  });

  it('names a duplicate number, its chunk or the other text, and a blank journal', () => {
    expect(check(numbered('VT1', 'VT2', 'VT1'))).toEqual([
      'fec_numbering_duplicate@6: Entry VT1 (journal VT) already appeared from line 2: its lines must be contiguous; if this is another entry, give it its own EcritureNum.',
    ]);
    expect(check(numbered('VT01', 'VT1'))).toEqual(['fec_numbering_duplicate@4: In journal VT, VT1 has the same number as VT01 (line 2): give each entry its own number.']);
    const blank = (...nums: string[]) => file(...nums.map((n) => entry({ JournalCode: '', JournalLib: 'x', EcritureNum: n })));
    expect(check(blank('E1', 'E01')).filter((m) => m.startsWith('fec_numbering'))).toEqual([
      'fec_numbering_duplicate@4: In journal (blank), E01 has the same number as E1 (line 2): give each entry its own number.',
    ]);
    expect(check(blank('E1', 'E2', 'E1')).filter((m) => m.startsWith('fec_numbering'))).toEqual([
      'fec_numbering_duplicate@6: Entry E1 already appeared from line 2: its lines must be contiguous; if this is another entry, give it its own EcritureNum.',
    ]);
    // the second copy is compared with the copy just before it in number order
    expect(check(numbered('VT1', 'VT01', 'VT2', 'VT1'))).toEqual([
      'fec_numbering_duplicate@4: In journal VT, VT01 has the same number as VT1 (line 2): give each entry its own number.',
      'fec_numbering_duplicate@8: In journal VT, VT1 has the same number as VT01 (line 4): give each entry its own number.',
    ]);
  });

  it('checks that numbers follow the dates, against the latest date of the lower numbers', () => {
    const dated = (...entries: Array<[string, string]>) => file(...entries.map(([n, d]) => entry({ EcritureNum: n, EcritureDate: d, PieceDate: d, ValidDate: '20240331' })));
    expect(check(dated(['VT1', '20240310'], ['VT2', '20240310'], ['VT3', '20240311']))).toEqual([]);
    expect(check(dated(['VT1', '20240312'], ['VT2', '20240310'], ['VT3', '20240311']))).toEqual([
      'fec_numbering_order@4: Entry VT2 is dated 20240310 but the lower number VT1 (line 2) is dated 20240312: numbers must follow the chronological order of the entries.',
      'fec_numbering_order@6: Entry VT3 is dated 20240311 but the lower number VT1 (line 2) is dated 20240312: numbers must follow the chronological order of the entries.',
    ]);
    // an unreal date is left out of the order
    expect(check(dated(['VT1', '20240310'], ['VT2', 'x'], ['VT3', '20240311'])).filter((m) => m.startsWith('fec_numbering'))).toEqual([]);
  });

  it('lists at most maxIssuesPerRule gaps, then counts the rest, singular and plural', () => {
    const four = numbered('VT1', 'VT3', 'VT5', 'VT7');
    expect(check(four, { maxIssuesPerRule: 2 })).toEqual([
      'fec_numbering_gap@0: 1 more issue of this rule is not listed (the list stops at 2 per rule; pass maxIssuesPerRule to see more).',
      'fec_numbering_gap@4: Journal VT jumps from VT1 (line 2) to VT3: VT2 is missing; numbering must be continuous, or the gap justified.',
      'fec_numbering_gap@6: Journal VT jumps from VT3 (line 4) to VT5: VT4 is missing; numbering must be continuous, or the gap justified.',
    ]);
    expect(check(four, { maxIssuesPerRule: 3 }).length).toBe(3);
    expect(check(four, { maxIssuesPerRule: 1 })[0]).toBe('fec_numbering_gap@0: 2 more issues of this rule are not listed (the list stops at 1 per rule; pass maxIssuesPerRule to see more).');
  });

  it('caps the entry, journal and month balances as the other rules', () => {
    const text = file(
      row({ Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,00' }),
      row({ EcritureNum: 'VT2', JournalCode: 'OD', JournalLib: 'Divers', EcritureDate: '20240415', Debit: '10,00' }), row({ EcritureNum: 'VT2', JournalCode: 'OD', JournalLib: 'Divers', EcritureDate: '20240415', CompteNum: '706000', CompteLib: 'Ventes', Credit: '9,00' }),
    );
    expect(check(text, { maxIssuesPerRule: 1 }).map((m) => m.slice(0, m.indexOf(':')))).toEqual([
      'fec_file_unbalanced@0',
      'fec_journal_unbalanced@0',
      'fec_month_unbalanced@0',
      'fec_entry_unbalanced@0',
      'fec_journal_unbalanced@0',
      'fec_month_unbalanced@0',
      'fec_entry_unbalanced@2',
      'fec_valid_date_before_entry@4',
    ]);
  });
});

describe('validateFec: survivors of the mutation run, pinned', () => {
  it('reads one sign, first or last, before naming the reason an amount is refused', () => {
    const message = (value: string): string =>
      check(file(row({ Debit: value }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }))).find((m) => m.startsWith('fec_invalid_amount'))!;
    expect(message('1.000,00-')).toBe('fec_invalid_amount@2: Debit "1.000,00-" has a thousands separator: write the digits only, with a decimal comma, e.g. 1234,56.');
    expect(message('12.345,00')).toMatch(/has a thousands separator/);
    for (const t of ['1.000,00x', 'a1,234', '1,234x', 'x1 000']) expect(message(t), t).toMatch(/is not an amount/);
  });

  it('only ASCII spaces make a field blank, as the parser reads it', () => {
    expect(check(file(entry({ PieceRef: '\u00a0' })))).toEqual([]);
  });

  it('sums past 2^53 cents exactly, an entry with one side only included', () => {
    const n = '9000000000000,00';
    const debits = Array.from({ length: 11 }, () => row({ Debit: n }));
    const credits = Array.from({ length: 11 }, () => row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: n }));
    expect(check(file(...debits, ...credits, row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '0,01' }))).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 99000000000000,00, credits 99000000000000,01, difference 0,01; add 0,01 on the debit side or correct an amount.',
    );
    // a side flushed into its bigint against a side that never was
    expect(check(file(...debits.slice(0, 6))).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 54000000000000,00, credits 0,00, difference 54000000000000,00; add 54000000000000,00 on the credit side or correct an amount.',
    );
    expect(check(file(...credits.slice(0, 6))).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits 0,00, credits 54000000000000,00, difference 54000000000000,00; add 54000000000000,00 on the debit side or correct an amount.',
    );
    // the same total reached in another order: flushed at another line, equal all the same
    const cent = (side: 'Debit' | 'Credit') => row({ CompteNum: '411000', [side]: '0,01' });
    expect(check(file(...debits.slice(0, 6), cent('Debit'), cent('Credit'), ...credits.slice(0, 6)))).toEqual([]);
  });

  it('writes a negative total below one euro with its sign first', () => {
    expect(check(file(row({ Debit: '-0,05' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '0,05' }))).at(-1)).toBe(
      'fec_entry_unbalanced@2: Entry VT1 (journal VT) is unbalanced: debits -0,05, credits 0,05, difference 0,10; add 0,10 on the debit side or correct an amount.',
    );
  });
});

describe('validateFec: more survivors, pinned', () => {
  it('an empty field is a missing one, never also an unreal date, an amount or an account prefix', () => {
    const text = file(row({ EcritureDate: '', CompteNum: '', PieceDate: '', ValidDate: '', Debit: '10,00', Credit: '' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' }));
    expect(check(text)).toEqual([
      'fec_required_field@2: Mandatory fields EcritureDate, CompteNum, PieceDate, Credit, ValidDate are empty: fill them (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
      'fec_entry_dates@3: Entry VT1 (journal VT) has EcritureDate 20240315 here but  on line 2: all lines of an entry share one EcritureDate.',
    ]);
    const header = FEC_MONTANT_SENS_COLUMNS.join('|');
    const ms = (montant: string, sens: string) => FEC_MONTANT_SENS_COLUMNS.map((c) => ({ ...BASE, Montant: montant, Sens: sens })[c] ?? '').join('|');
    expect(check([header, ms('', 'D'), ms('10,00', 'C')].join('\n'))).toEqual([
      'fec_required_field@2: Mandatory field Montant is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
    const cashHeader = [...FEC_COLUMNS, ...FEC_BNC_CASH_COLUMNS];
    const cash = (fields: Record<string, string>) => cashHeader.map((c) => ({ ...BASE, DateRglt: '20240315', ModeRglt: 'CB', ...fields } as Record<string, string | undefined>)[c] ?? '').join('|');
    expect(check([cashHeader.join('|'), cash({ Debit: '10,00', DateRglt: '' }), cash({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })].join('\n'))).toEqual([
      'fec_required_field@2: Mandatory field DateRglt is empty: fill it (Odoo writes "-" for a missing PieceRef, "/" for a missing EcritureLib; amounts as 0,00).',
    ]);
  });

  it('spans the fiscal year from the earliest to the latest date, whatever their order', () => {
    const dated = (d: string, n: string) => entry({ EcritureNum: n, EcritureDate: d, PieceDate: d, ValidDate: '20250110' });
    expect(check(file(dated('20240101', 'VT1'), dated('20250105', 'VT2'), dated('20240601', 'VT3'))).filter((m) => m.startsWith('fec_date_outside_year'))).toEqual([
      'fec_date_outside_year@0: The entries run from 20240101 to 20250105, more than 12 months: a FEC holds one fiscal year; split the file, or pass options.fiscalYear (or fileName) for a longer first year.',
    ]);
    expect(check(file(dated('20240601', 'VT1'), dated('20250105', 'VT2'), dated('20240101', 'VT3'))).filter((m) => m.startsWith('fec_date_outside_year'))).toHaveLength(1);
  });

  it('reads the third character of an account against 0–9, and only 12 as the result account', () => {
    const account = (n: string) => check(file(row({ CompteNum: n, Debit: '10,00' }), row({ CompteNum: '706000', CompteLib: 'Ventes', Credit: '10,00' })));
    expect(account('41/000')).toEqual(['fec_account_prefix@2: CompteNum "41/000" does not start with 3 digits of the PCG (classes 1 to 8): use the PCG account number, e.g. 411000, 706100.']);
    expect(account('421000')).toEqual([]);
    expect(account('221000')).toEqual([]);
  });

  it('names only the C1 characters of a line that holds other accented ones', () => {
    expect(check(encodeText(file(entry({ EcritureLib: 'Caf\u00e9 \u00ff\u0092' })), 'iso-8859-15'))[0]).toBe(
      'fec_encoding@2: The line holds Windows-1252 characters (0x92 "’"), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → \', – → -, … → ...).',
    );
  });
});
