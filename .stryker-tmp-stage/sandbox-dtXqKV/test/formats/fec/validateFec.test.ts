// @ts-nocheck
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../src/errors/index.js';
import { encodeText } from '../../../src/formats/_lib/encoding.js';
import {
  detectFecLayout,
  FEC_BA_CASH_COLUMNS,
  FEC_BNC_CASH_COLUMNS,
  FEC_COLUMNS,
  FEC_FIELD,
  FEC_MONTANT_SENS_COLUMNS,
  fecHeaderMismatch,
} from '../../../src/formats/fec/columns.js';
import {
  FEC_MAX_CENTS,
  fecAmountToCents,
  fecDateToDayNumber,
  isQuotedFecField,
  readFecText,
  unquoteFecField,
} from '../../../src/formats/fec/readFecText.js';
import { toDayNumber } from '../../../src/calendar/index.js';
import { FEC_RULES, validateFec, type FecRuleCode, type FecValidation, type ValidateFecOptions } from '../../../src/formats/fec/validateFec.js';

const GOLDEN_URL = new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url);
const FIXTURES = new URL('../../fixtures/fec/', import.meta.url);

const golden = (): Uint8Array => new Uint8Array(readFileSync(GOLDEN_URL));
const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const fixtureText = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');
const codes = (result: FecValidation): string[] => result.issues.map((i) => i.code);
const bySeverity = (result: FecValidation, severity: 'error' | 'warning' | 'info'): string[] =>
  result.issues.filter((i) => i.severity === severity).map((i) => `${i.code}@${i.line}`);

const HEADER = FEC_COLUMNS.join('|');
const line = (fields: Partial<Record<(typeof FEC_COLUMNS)[number], string>>): string =>
  FEC_COLUMNS.map((name) => fields[name] ?? '').join('|');

describe('validateFec on the golden file', () => {
  it('passes with no error, no warning and no info', () => {
    const result = validateFec(golden(), { fileName: '123456782FEC20241231.txt' });
    expect(result).toEqual({ valid: true, issues: [] });
  });

  it('gives the same verdict on its text, with LF or CR line ends, and with a path as file name', () => {
    const text = new TextDecoder().decode(golden());
    expect(validateFec(text).issues).toEqual([]);
    expect(validateFec(text.replace(/\r\n/g, '\n'), { fileName: '/tmp/exports/123456782FEC20241231.txt' }).issues).toEqual([]);
    expect(validateFec(text.replace(/\r\n/g, '\r'), { fileName: 'C:\\exports\\123456782FEC20241231.txt' }).issues).toEqual([]);
  });

  it('passes within its explicit fiscal year', () => {
    expect(validateFec(golden(), { fiscalYear: { from: '2024-01-01', to: '2024-12-31' } }).valid).toBe(true);
  });

  it('does not mutate its input', () => {
    const bytes = golden();
    const copy = bytes.slice();
    validateFec(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('validateFec on valid hand-made files', () => {
  const infos: Record<string, ReadonlyArray<string>> = { 'bom.txt': ['fec_bom@0'] };
  const files = readdirSync(new URL('valid/', FIXTURES)).filter((f) => f.endsWith('.txt'));

  it('has the expected corpus', () => {
    expect(files.sort()).toEqual([
      'accents-utf8.txt',
      'ba-cash-21-columns.txt',
      'bnc-cash-22-columns.txt',
      'bom.txt',
      'global-numbering.txt',
      'minimal.txt',
      'montant-sens-dc.txt',
      'montant-sens-plus-minus.txt',
      'odoo-style.txt',
      'signed-amounts.txt',
      'tab-crlf.txt',
    ]);
  });

  it.each(files)('%s has no error and no warning', (file) => {
    const result = validateFec(fixtureBytes(`valid/${file}`));
    expect(result.valid).toBe(true);
    expect(bySeverity(result, 'error')).toEqual([]);
    expect(bySeverity(result, 'warning')).toEqual([]);
    expect(bySeverity(result, 'info')).toEqual(infos[file] ?? []);
  });

  it('reads the accented file encoded in ISO-8859-15 bytes', () => {
    const text = fixtureText('valid/accents-utf8.txt');
    const bytes = encodeText(text, 'iso-8859-15');
    expect(readFecText(bytes).encoding).toBe('iso-8859-15');
    expect(readFecText(bytes).text).toBe(text);
    expect(validateFec(bytes)).toEqual({ valid: true, issues: [] });
  });

  it('recognises each layout', () => {
    const layout = (file: string) => readFecText(fixtureBytes(`valid/${file}`)).layout;
    expect(layout('minimal.txt')).toMatchObject({ amounts: 'debit-credit', variant: 'standard', mandatoryCount: 18 });
    expect(layout('tab-crlf.txt')).toMatchObject({ amounts: 'debit-credit', variant: 'standard' });
    expect(layout('montant-sens-dc.txt')).toMatchObject({ amounts: 'montant-sens', variant: 'standard' });
    expect(layout('ba-cash-21-columns.txt')).toMatchObject({ variant: 'ba-cash', mandatoryCount: 21 });
    expect(layout('bnc-cash-22-columns.txt')).toMatchObject({ variant: 'bnc-cash', mandatoryCount: 22, looseNames: [] });
  });
});

/** One invalid case per rule: the file, the line of the issue, options, and the consequences allowed besides. */
interface InvalidCase {
  readonly code: FecRuleCode;
  readonly line: number;
  readonly options?: ValidateFecOptions;
  readonly also?: ReadonlyArray<FecRuleCode>;
  /** Bytes built here when the case cannot be a text file. */
  readonly bytes?: () => Uint8Array;
}

const UNBALANCED: ReadonlyArray<FecRuleCode> = ['fec_entry_unbalanced', 'fec_file_unbalanced', 'fec_journal_unbalanced', 'fec_month_unbalanced'];

const INVALID: ReadonlyArray<InvalidCase> = [
  { code: 'fec_empty_file', line: 0 },
  {
    code: 'fec_encoding',
    line: 4,
    // byte 0x92 is Windows-1252's ’, a C1 control in ISO-8859-15
    bytes: () => {
      const text = fixtureText('valid/minimal.txt').replace('Facture FA0001 DUPONT', 'Facture FA0001 l\u2019abonnement');
      return encodeText(text.replace('\u2019', '\u0092'), 'iso-8859-15');
    },
  },
  { code: 'fec_bom', line: 0 },
  { code: 'fec_trailing_newline', line: 0 },
  { code: 'fec_file_name', line: 0, options: { fileName: 'FEC-2024.txt' } },
  { code: 'fec_siren_luhn', line: 0, options: { fileName: '123456789FEC20241231.txt' } },
  { code: 'fec_separator', line: 1 },
  { code: 'fec_header', line: 1 },
  { code: 'fec_header_case', line: 1 },
  { code: 'fec_extra_columns', line: 1 },
  { code: 'fec_field_count', line: 7 },
  { code: 'fec_quoted_field', line: 2 },
  { code: 'fec_trailing_separator', line: 3 },
  { code: 'fec_empty_line', line: 4 },
  { code: 'fec_required_field', line: 5 },
  { code: 'fec_invalid_date', line: 6 },
  { code: 'fec_invalid_amount', line: 5 },
  { code: 'fec_invalid_sens', line: 5 },
  { code: 'fec_debit_and_credit', line: 2 },
  { code: 'fec_zero_line', line: 7 },
  { code: 'fec_account_prefix', line: 5 },
  { code: 'fec_pair_filled_together', line: 4 },
  { code: 'fec_label_consistency', line: 7 },
  { code: 'fec_account_number_clash', line: 7 },
  { code: 'fec_entry_unbalanced', line: 4, also: UNBALANCED },
  { code: 'fec_file_unbalanced', line: 0, also: UNBALANCED },
  { code: 'fec_journal_unbalanced', line: 0, also: UNBALANCED },
  // balanced entry dated over two months: the entry-dates error comes with it
  { code: 'fec_month_unbalanced', line: 0, also: ['fec_entry_dates'] },
  // a single line has a zero amount, or it would also be unbalanced
  { code: 'fec_single_line_entry', line: 9, also: ['fec_zero_line'] },
  { code: 'fec_entry_dates', line: 5 },
  { code: 'fec_date_outside_year', line: 9, options: { fileName: '123456782FEC20241231.txt' } },
  { code: 'fec_valid_date_before_entry', line: 4 },
  { code: 'fec_numbering_gap', line: 9 },
  { code: 'fec_numbering_duplicate', line: 9 },
  { code: 'fec_numbering_order', line: 4 },
  { code: 'fec_valid_date_order', line: 6 },
  { code: 'fec_opening_not_first', line: 7 },
  { code: 'fec_opening_on_income_account', line: 3 },
  { code: 'fec_closing_entry', line: 9 },
];

describe('validateFec on invalid hand-made files (one per rule)', () => {
  it('covers every rule of FEC_RULES, and the corpus has a file for every case that is not built here', () => {
    expect(INVALID.map((c) => c.code).sort()).toEqual(Object.keys(FEC_RULES).sort());
    const files = readdirSync(new URL('invalid/', FIXTURES)).filter((f) => f.endsWith('.txt'));
    expect(files.sort()).toEqual(INVALID.filter((c) => c.bytes === undefined).map((c) => `${c.code}.txt`).sort());
  });

  it.each(INVALID)('$code: reported on line $line with its severity, and nothing unrelated', ({ code, line, options, also = [], bytes }) => {
    const input = bytes !== undefined ? bytes() : fixtureBytes(`invalid/${code}.txt`);
    const result = validateFec(input, options);
    const hit = result.issues.find((i) => i.code === code);
    expect(hit, `${code} not reported: ${JSON.stringify(result.issues)}`).toBeDefined();
    expect(hit?.severity).toBe(FEC_RULES[code].severity);
    expect(hit?.line).toBe(line);
    expect(hit?.message.length).toBeGreaterThan(20);
    const unrelated = result.issues.filter((i) => i.code !== code && !also.includes(i.code));
    expect(unrelated).toEqual([]);
    expect(result.valid).toBe(!result.issues.some((i) => i.severity === 'error'));
  });
});

describe('validateFec messages say what is wrong and what to fix', () => {
  const issuesOf = (code: FecRuleCode, options?: ValidateFecOptions) => validateFec(fixtureBytes(`invalid/${code}.txt`), options).issues;

  it('gives the residual of an unbalanced entry and the side to add it to', () => {
    expect(issuesOf('fec_entry_unbalanced').find((i) => i.code === 'fec_entry_unbalanced')?.message).toMatchInlineSnapshot(
      `"Entry VT000001 (journal VT) is unbalanced: debits 120,00, credits 119,00, difference 1,00; add 1,00 on the credit side or correct an amount."`,
    );
  });

  it('points at the dot of a decimal point and at thousands separators', () => {
    expect(issuesOf('fec_invalid_amount')[0]?.message).toMatchInlineSnapshot(
      `"Credit "100.00" uses a dot: the FEC's decimal separator is a comma and thousands separators are not allowed, e.g. 1234,56."`,
    );
    const text = fixtureText('valid/minimal.txt').replace('|1000,00|0,00|', '|1 000,00|0,00|').replace('|0,00|1000,00|', '|0,00|1.000,00|');
    expect(validateFec(text).issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Debit "1 000,00" has a thousands separator: write the digits only, with a decimal comma, e.g. 1234,56.",
        "Credit "1.000,00" has a thousands separator: write the digits only, with a decimal comma, e.g. 1234,56.",
      ]
    `);
  });

  it('names the Windows-1252 character', () => {
    const bytes = INVALID.find((c) => c.code === 'fec_encoding')?.bytes?.() as Uint8Array;
    expect(validateFec(bytes).issues[0]?.message).toMatchInlineSnapshot(
      `"The line holds Windows-1252 characters (0x92 "’"), which ISO-8859-15 and UTF-8 FECs may not contain (A47 A-1 XII 1°): save the file as UTF-8, or replace them (’ → ', – → -, … → ...)."`,
    );
  });

  it('names the missing numbers of a gap and the first line of a duplicated entry', () => {
    expect(issuesOf('fec_numbering_gap')[0]?.message).toMatchInlineSnapshot(
      `"Journal VT jumps from VT000001 (line 4) to VT000003: VT000002 is missing; numbering must be continuous, or the gap justified."`,
    );
    expect(issuesOf('fec_numbering_duplicate')[0]?.message).toMatchInlineSnapshot(
      `"Entry VT000001 (journal VT) already appeared from line 4: its lines must be contiguous; if this is another entry, give it its own EcritureNum."`,
    );
  });

  it('names the expected column of a bad header', () => {
    expect(issuesOf('fec_header')[0]?.message).toMatchInlineSnapshot(
      `"Column 2 of the header is "EcritureNum" but must be "JournalLib": line 1 must list the 18 FEC column names exactly, in order (JournalCode … Idevise)."`,
    );
  });
});

describe('validateFec rules in detail', () => {
  const minimal = (): string => fixtureText('valid/minimal.txt');

  it('checks the dates fit in 12 months when neither fiscalYear nor fileName is given', () => {
    const text = `${minimal()}\n${line({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'BQ000002', EcritureDate: '20250105', CompteNum: '512000', CompteLib: 'Banque', PieceRef: 'X', PieceDate: '20250105', EcritureLib: 'Frais', Debit: '0,00', Credit: '10,00', ValidDate: '20250105' })}\n${line({ JournalCode: 'BQ', JournalLib: 'Banque', EcritureNum: 'BQ000002', EcritureDate: '20250105', CompteNum: '627000', CompteLib: 'Frais bancaires', PieceRef: 'X', PieceDate: '20250105', EcritureLib: 'Frais', Debit: '10,00', Credit: '0,00', ValidDate: '20250105' })}`;
    expect(bySeverity(validateFec(text), 'error')).toEqual(['fec_date_outside_year@0']);
    expect(validateFec(text, { fiscalYear: { from: '2024-01-01', to: '2025-06-30' } }).valid).toBe(true);
  });

  it('infers a non-calendar fiscal year from the file name', () => {
    const text = minimal();
    expect(validateFec(text, { fileName: '123456782FEC20240630.txt' }).valid).toBe(true);
    expect(bySeverity(validateFec(text, { fileName: '123456782FEC20240229.txt' }), 'error')).toEqual(['fec_date_outside_year@4', 'fec_date_outside_year@7']);
    expect(bySeverity(validateFec(text, { fileName: '123456782FEC20241331.txt' }), 'error')).toEqual(['fec_file_name@0']);
  });

  it('accepts extra opening journals', () => {
    const text = fixtureText('invalid/fec_opening_on_income_account.txt').replace(/^AN\|/gm, 'RAN|');
    expect(codes(validateFec(text))).toEqual([]);
    expect(codes(validateFec(text, { openingJournals: ['RAN'] }))).toEqual(['fec_opening_on_income_account']);
  });

  it('sums amounts exactly, beyond Number.MAX_SAFE_INTEGER cents', () => {
    const rows = [HEADER];
    const big = '9999999999999,99';
    const base = { JournalCode: 'OD', JournalLib: 'OD', EcritureNum: '1', EcritureDate: '20240101', CompteLib: 'x', PieceRef: 'p', PieceDate: '20240101', EcritureLib: 'l', ValidDate: '20240101' };
    for (let i = 0; i < 10; i++) rows.push(line({ ...base, CompteNum: '512000', Debit: big, Credit: '0,00' }));
    for (let i = 0; i < 10; i++) rows.push(line({ ...base, CompteNum: '101000', Debit: '0,00', Credit: big }));
    expect(validateFec(rows.join('\n')).issues).toEqual([]);
    rows.push(line({ ...base, CompteNum: '101000', Debit: '0,00', Credit: '0,01' }));
    const entry = validateFec(rows.join('\n')).issues.find((i) => i.code === 'fec_entry_unbalanced');
    expect(entry?.message).toContain('debits 99999999999999,90, credits 99999999999999,91, difference 0,01');
    expect(validateFec(`${HEADER}\n${line({ ...base, CompteNum: '512000', Debit: '10000000000000,00', Credit: '0,00' })}`).issues.map((i) => i.code)).toContain('fec_invalid_amount');
  });

  it('accepts signs first or last and refuses both, or more than 2 decimals', () => {
    const text = (debit: string, credit: string) =>
      minimal().replace('|Reprise des soldes|1000,00|0,00|', `|Reprise des soldes|${debit}|0,00|`).replace('|Reprise des soldes|0,00|1000,00|', `|Reprise des soldes|0,00|${credit}|`);
    expect(validateFec(text('+1000,00', '1000,00+')).issues).toEqual([]);
    expect(validateFec(text('1000,000', '1000')).issues).toEqual([]);
    expect(codes(validateFec(text('-1000,00-', '1000,00')))).toEqual(['fec_invalid_amount']);
    expect(validateFec(text('1000,005', '1000,00')).issues[0]?.message).toContain('more than 2 decimals');
    // A sign at both ends is no amount: the message says so (it said "too large" once both signs were stripped).
    for (const both of ['-1000,00-', '+1000,00-']) {
      expect(validateFec(text(both, '1000,00')).issues.map((i) => i.message)).toEqual([`Debit "${both}" is not an amount: write digits with a decimal comma and no thousands separator, the sign first or last, e.g. 1234,56 or -1234,56.`]);
    }
  });

  it('lists at most maxIssuesPerRule issues of a rule, then counts the rest', () => {
    const rows = minimal().split('\n');
    const text = rows.map((r, i) => (i === 0 ? r : `${r}|`)).join('\n');
    const result = validateFec(text, { maxIssuesPerRule: 2 });
    expect(result.issues.map((i) => `${i.code}@${i.line}`)).toEqual(['fec_trailing_separator@0', 'fec_trailing_separator@2', 'fec_trailing_separator@3']);
    expect(result.issues[0]?.message).toMatch(/^5 more issues of this rule are not listed/);
  });

  it('refuses malformed options', () => {
    expect(() => validateFec(minimal(), { fiscalYear: { from: '2024-01-01', to: '2023-12-31' } })).toThrow(AccountingError);
    expect(() => validateFec(minimal(), { fiscalYear: { from: '20240101', to: '2024-12-31' } })).toThrow(/fiscalYear.from/);
    expect(() => validateFec(minimal(), { maxIssuesPerRule: -1 })).toThrow(/maxIssuesPerRule/);
  });

  it('reports UTF-16, a header-only file, a header with both separators', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'JournalCode|JournalLib'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(codes(validateFec(utf16))).toEqual(['fec_encoding', 'fec_header']);
    expect(bySeverity(validateFec(HEADER), 'error')).toEqual(['fec_empty_file@0']);
    expect(bySeverity(validateFec(`${HEADER}\tX`), 'error')).toEqual(['fec_separator@1']);
    expect(bySeverity(validateFec('   \r\n'), 'error')).toEqual(['fec_empty_file@0']);
  });

  it('flags two EcritureNum texts carrying one number in a journal', () => {
    const text = fixtureText('invalid/fec_numbering_gap.txt').replace(/VT000003/g, 'VT01');
    expect(codes(validateFec(text))).toEqual(['fec_numbering_duplicate']);
  });

  it('checks the pairs Montantdevise/Idevise and EcritureLet/DateLet, a zero foreign amount counting as empty', () => {
    const text = minimal()
      .replace('|Reprise des soldes|1000,00|0,00|||20240101||', '|Reprise des soldes|1000,00|0,00|||20240101|0,00|')
      .replace('|Reprise des soldes|0,00|1000,00|||20240101||', '|Reprise des soldes|0,00|1000,00|||20240101||USD');
    expect(bySeverity(validateFec(text), 'error')).toEqual(['fec_pair_filled_together@3']);
    const lettered = minimal().replace('|120,00|0,00|A|20240320|', '|120,00|0,00|A||');
    expect(validateFec(lettered).issues[0]?.message).toBe('EcritureLet is "A" but DateLet is empty: fill both, or leave both empty.');
  });
});

describe('readFecText', () => {
  it('splits CRLF, LF and CR lines keeping 1-based numbers, and yields empty lines with no fields', () => {
    const fec = readFecText(`${HEADER}\r\nA|B\nC\r\rD|E|\r\n`);
    expect(fec.separator).toBe('|');
    expect(fec.endsWithNewline).toBe(true);
    expect([...fec.records()]).toEqual([
      { line: 2, fields: ['A', 'B'] },
      { line: 3, fields: ['C'] },
      { line: 4, fields: [] },
      { line: 5, fields: ['D', 'E', ''] },
    ]);
  });

  it('detects the separator from the header only', () => {
    expect(readFecText(FEC_COLUMNS.join('\t')).separator).toBe('\t');
    expect(readFecText('A|B\tC').separatorProblem).toBe('both');
    expect(readFecText('A;B').separatorProblem).toBe('none');
    expect(readFecText('').empty).toBe(true);
  });

  it('decodes UTF-8 first, ISO-8859-15 otherwise, removes a BOM and flags Windows-1252 bytes', () => {
    const utf8 = readFecText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Crédit|x')]));
    expect([utf8.encoding, utf8.bom, utf8.text, utf8.windows1252]).toEqual(['utf-8', true, 'Crédit|x', false]);
    const latin = readFecText(new Uint8Array([0x43, 0x72, 0xe9, 0x64, 0x69, 0x74, 0x7c, 0xa4]));
    expect([latin.encoding, latin.bom, latin.text, latin.windows1252]).toEqual(['iso-8859-15', false, 'Crédit|€', false]);
    expect(readFecText(new Uint8Array([0x41, 0x7c, 0x92])).windows1252).toBe(true);
    expect(readFecText('\uFEFFA|B')).toMatchObject({ encoding: 'text', bom: true, headerFields: ['A', 'B'] });
  });

  it('unquotes and trims a trailing separator from the header', () => {
    const fec = readFecText(`${FEC_COLUMNS.map((c) => `"${c}"`).join('|')}|`);
    expect(fec.headerQuoted).toBe(true);
    expect(fec.headerTrailingSeparator).toBe(true);
    expect(fec.layout?.columns).toEqual(FEC_COLUMNS);
  });

  it('tells quoted fields apart from labels holding a quote', () => {
    expect(isQuotedFecField('"Banque"')).toBe(true);
    expect(isQuotedFecField('Pneu 17"')).toBe(false);
    expect(unquoteFecField('"Reprise ""AN"""')).toBe('Reprise "AN"');
  });

  it('reads amounts as exact cents: comma decimal, sign first or last, no dot, no thousands separator', () => {
    expect(['600,00', '000000000000600,00', '-12,5', '12,50-', '+0,5', '7', '1,500', '-0,00'].map(fecAmountToCents)).toEqual([60000, 60000, -1250, -1250, 50, 700, 150, 0]);
    expect(['', '1234.56', '1 234,56', '12,', ',5', '-1-', '1,005', 'NaN', '1e3', String(FEC_MAX_CENTS / 100)].map(fecAmountToCents).every(Number.isNaN)).toBe(true);
  });

  it('reads AAAAMMJJ dates as day numbers, refusing unreal dates', () => {
    expect(fecDateToDayNumber('20240229')).toBe(toDayNumber('2024-02-29'));
    expect(fecDateToDayNumber('19700101')).toBe(0);
    expect(['20230229', '21000229', '20241301', '20240001', '2024-02-29', '2024022', ''].map(fecDateToDayNumber).every(Number.isNaN)).toBe(true);
    expect(fecDateToDayNumber('20000229')).toBe(toDayNumber('2000-02-29'));
  });

  it('yields records lazily', () => {
    const records = readFecText(`${HEADER}\nA\nB`).records();
    expect(records.next().value).toEqual({ line: 2, fields: ['A'] });
  });
});

describe('detectFecLayout', () => {
  it('recognises the 18-, 21- and 22-column layouts and both amount styles', () => {
    expect(detectFecLayout(FEC_COLUMNS)).toMatchObject({ amounts: 'debit-credit', variant: 'standard', mandatoryCount: 18, extraColumns: [] });
    expect(detectFecLayout(FEC_MONTANT_SENS_COLUMNS)).toMatchObject({ amounts: 'montant-sens', variant: 'standard' });
    expect(detectFecLayout([...FEC_COLUMNS, ...FEC_BA_CASH_COLUMNS])).toMatchObject({ variant: 'ba-cash', mandatoryCount: 21 });
    expect(detectFecLayout([...FEC_MONTANT_SENS_COLUMNS, ...FEC_BNC_CASH_COLUMNS])).toMatchObject({ amounts: 'montant-sens', variant: 'bnc-cash', mandatoryCount: 22 });
  });

  it('accepts Crédit, lists loose names and extra columns', () => {
    const header = FEC_COLUMNS.map((c) => (c === 'Credit' ? 'Crédit' : c === 'Montantdevise' ? 'MontantDevise' : c));
    expect(detectFecLayout([...header, 'NumFacture'])).toMatchObject({ looseNames: [FEC_FIELD.Montantdevise], extraColumns: ['NumFacture'] });
    expect(detectFecLayout([...FEC_COLUMNS, 'DateRglt', 'ModeRglt'])).toMatchObject({ variant: 'standard', extraColumns: ['DateRglt', 'ModeRglt'] });
  });

  it('refuses a header out of order and says where', () => {
    const swapped: string[] = [...FEC_COLUMNS];
    [swapped[11], swapped[12]] = [swapped[12] as string, swapped[11] as string];
    expect(detectFecLayout(swapped)).toBeNull();
    expect(fecHeaderMismatch(swapped)).toEqual({ index: 11, expected: 'Debit', received: 'Credit' });
    expect(fecHeaderMismatch(FEC_COLUMNS.slice(0, 17))).toEqual({ index: 17, expected: 'Idevise', received: undefined });
    expect(fecHeaderMismatch(FEC_COLUMNS)).toBeNull();
  });
});

describe('properties', () => {
  const ACCOUNTS = [
    ['411000', 'Clients'],
    ['512000', 'Banque'],
    ['706000', 'Prestations de services'],
    ['445710', 'TVA collectee'],
  ] as const;
  const cents = (n: number): string => `${Math.floor(n / 100)},${String(n % 100).padStart(2, '0')}`;

  /** An entry: n − 1 random lines plus a balancing one, then `skew` cents added to the last line's side. */
  const entryArb = fc.record({
    lines: fc.array(fc.record({ account: fc.integer({ min: 0, max: 3 }), amount: fc.integer({ min: 1, max: 10_000_000 }), debit: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    skew: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 500 })),
  });

  const build = (entries: ReadonlyArray<{ lines: ReadonlyArray<{ account: number; amount: number; debit: boolean }>; skew: number }>, separator = '|'): string => {
    const rows = [FEC_COLUMNS.join(separator)];
    entries.forEach((entry, k) => {
      const num = `VT${String(k + 1).padStart(6, '0')}`;
      const row = (account: number, debit: number, credit: number) => {
        const [compte, lib] = ACCOUNTS[account] as readonly [string, string];
        return FEC_COLUMNS.map((name) => {
          switch (name) {
            case 'JournalCode': return 'VT';
            case 'JournalLib': return 'Ventes';
            case 'EcritureNum': return num;
            case 'EcritureDate': case 'PieceDate': case 'ValidDate': return '20240315';
            case 'CompteNum': return compte;
            case 'CompteLib': return lib;
            case 'PieceRef': return `FA${k + 1}`;
            case 'EcritureLib': return `Facture ${k + 1}`;
            case 'Debit': return cents(debit);
            case 'Credit': return cents(credit);
            default: return '';
          }
        }).join(separator);
      };
      let net = 0;
      for (const l of entry.lines) {
        rows.push(row(l.account, l.debit ? l.amount : 0, l.debit ? 0 : l.amount));
        net += l.debit ? l.amount : -l.amount;
      }
      // the balancing line, on the side that balances; skew unbalances it
      const last = Math.abs(net) + entry.skew;
      rows.push(row(2, net < 0 ? last : 0, net < 0 ? 0 : last === 0 ? 1 : last));
      if (net >= 0 && last === 0) rows.push(row(1, 1, 0));
    });
    return rows.join('\r\n');
  };

  const verdict = (result: FecValidation) => ({
    valid: result.valid,
    unbalancedEntries: result.issues.filter((i) => i.code === 'fec_entry_unbalanced').length,
    fileUnbalanced: result.issues.some((i) => i.code === 'fec_file_unbalanced'),
  });

  it('any permutation of entries keeps the balance verdict', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 8 }).chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))),
        ([entries, shuffled]) => {
          expect(verdict(validateFec(build(shuffled)))).toEqual(verdict(validateFec(build(entries))));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('an entry is reported unbalanced exactly when it was skewed', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 8 }), (entries) => {
        const result = validateFec(build(entries));
        expect(verdict(result).unbalancedEntries).toBe(entries.filter((e) => e.skew > 0).length);
        expect(result.valid).toBe(entries.every((e) => e.skew === 0));
      }),
      { numRuns: 100 },
    );
  });

  it('a valid file stays valid, with the same issues, after swapping the separator', () => {
    fc.assert(
      fc.property(fc.array(entryArb.map((e) => ({ ...e, skew: 0 })), { minLength: 1, maxLength: 6 }), (entries) => {
        const pipe = validateFec(build(entries, '|'));
        expect(pipe.valid).toBe(true);
        expect(validateFec(build(entries, '\t'))).toEqual(pipe);
      }),
      { numRuns: 100 },
    );
  });

  it('text and its UTF-8 bytes give the same result', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 6 }), (entries) => {
        const text = build(entries);
        expect(validateFec(new TextEncoder().encode(text))).toEqual(validateFec(text));
      }),
      { numRuns: 50 },
    );
  });
});

describe('validateFec: one account, one number', () => {
  it('warns when two CompteNum differ only by trailing zeros, naming the first one and its line', () => {
    const issues = validateFec(fixtureBytes('invalid/fec_account_number_clash.txt')).issues;
    expect(issues.map((i) => `${i.code}@${i.line}:${i.severity}`)).toEqual(['fec_account_number_clash@7:warning']);
    expect(issues[0]!.message).toMatchInlineSnapshot(`"CompteNum 512 is the same account as 512000 (line 2): they differ only by trailing zeros, so balances and à-nouveaux split one account in two; keep one number per account (pad every account to one width, e.g. 512000)."`);
    // 512000, 101000, 411000, 706000, 445710: five accounts, no clash.
    expect(validateFec(fixtureBytes('valid/minimal.txt')).issues).toEqual([]);
  });
});
