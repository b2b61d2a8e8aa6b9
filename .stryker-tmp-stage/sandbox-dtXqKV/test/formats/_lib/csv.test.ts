// @ts-nocheck
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { AccountingError } from '../../../src/errors/index.js';
import { Decimal } from '../../../src/money/index.js';
import {
  csvCell,
  csvChunks,
  csvRows,
  neutralizeFormula,
  serializeCsv,
  type CsvColumn,
  type CsvOptions,
  type CsvValue,
} from '../../../src/formats/_lib/csv.js';

function caught(fn: () => unknown): AccountingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error;
    throw error;
  }
  throw new Error('expected an AccountingError');
}

interface Line {
  readonly date: string;
  readonly piece: number;
  readonly label: string;
  readonly minor: number;
}

const COLUMNS: ReadonlyArray<CsvColumn<Line>> = [
  { key: 'date', fr: 'Date', en: 'Date', type: 'date', value: (r) => r.date },
  { key: 'piece', fr: 'N° pièce', en: 'Document no.', type: 'integer', value: (r) => r.piece },
  { key: 'label', fr: 'Libellé', en: 'Label', type: 'text', value: (r) => r.label },
  { key: 'amount', fr: 'Montant', en: 'Amount', type: 'amount', value: (r) => ({ minor: r.minor, scale: 2 }) },
];

const LINES: ReadonlyArray<Line> = [
  { date: '2024-01-31', piece: 1, label: 'Vente Dupont; fils', minor: 60000 },
  { date: '2024-02-15', piece: 2, label: 'Avoir "geste"', minor: -1250 },
  { date: '2024-03-01', piece: 3, label: '=HYPERLINK("http://x")', minor: 5 },
];

/** A single-column table for checking how one value is written. */
function one(type: CsvColumn<{ v: CsvValue }>['type'], value: CsvValue, options: CsvOptions = {}, extra: Partial<CsvColumn<{ v: CsvValue }>> = {}): string {
  const column: CsvColumn<{ v: CsvValue }> = { key: 'v', fr: 'V', en: 'V', type, value: (r) => r.v, ...extra };
  return serializeCsv([{ v: value }], [column], { header: false, lineEnding: '\n', ...options }).slice(0, -1);
}

describe('serializeCsv', () => {
  it('writes a small French file', () => {
    expect(serializeCsv(LINES, COLUMNS)).toMatchInlineSnapshot(`
      "Date;N° pièce;Libellé;Montant
      2024-01-31;1;"Vente Dupont; fils";600,00
      2024-02-15;2;"Avoir ""geste""";-12,50
      2024-03-01;3;"'=HYPERLINK(""http://x"")";0,05
      "
    `);
  });

  it('ends every line with CRLF by default, the last one included', () => {
    const text = serializeCsv(LINES, COLUMNS);
    expect(text.split('\r\n')).toHaveLength(LINES.length + 2);
    expect(text.endsWith('0,05\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes English headers, comma separator and decimal dot', () => {
    expect(serializeCsv(LINES.slice(0, 2), COLUMNS, { language: 'en', separator: ',', decimal: '.', lineEnding: '\n' })).toMatchInlineSnapshot(`
      "Date,Document no.,Label,Amount
      2024-01-31,1,Vente Dupont; fils,600.00
      2024-02-15,2,"Avoir ""geste""",-12.50
      "
    `);
  });

  it('writes tab-separated values', () => {
    expect(serializeCsv([LINES[0] as Line], COLUMNS, { separator: '\t', lineEnding: '\n' })).toBe('Date\tN° pièce\tLibellé\tMontant\n2024-01-31\t1\tVente Dupont; fils\t600,00\n');
  });

  it('quotes amounts when the decimal comma is also the separator', () => {
    const text = serializeCsv(LINES.slice(0, 2), COLUMNS, { separator: ',', decimal: ',', lineEnding: '\n' });
    expect(text).toContain(',"600,00"\n');
    expect(text).toContain(',"-12,50"\n');
    const records = parse(text, { delimiter: ',', bom: true, relax_quotes: false }) as string[][];
    expect(records.map((r) => r[3])).toEqual(['Montant', '600,00', '-12,50']);
  });

  it('writes the BOM as its own first chunk when asked', () => {
    const chunks = [...csvRows([LINES[0] as Line], COLUMNS, { bom: true })];
    expect(chunks[0]).toBe('\uFEFF');
    expect(chunks).toHaveLength(3);
  });

  it('omits the header line when header is false', () => {
    expect(serializeCsv([], COLUMNS, { header: false })).toBe('');
    expect(serializeCsv([], COLUMNS)).toBe('Date;N° pièce;Libellé;Montant\r\n');
  });

  it('yields one chunk per line, each with its line ending, joining to the file', () => {
    const chunks = [...csvRows(LINES, COLUMNS, { lineEnding: '\n' })];
    expect(chunks).toHaveLength(LINES.length + 1);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    expect(chunks.join('')).toBe(serializeCsv(LINES, COLUMNS, { lineEnding: '\n' }));
  });

  it('reads rows lazily', () => {
    let read = 0;
    function* rows(): Generator<Line> {
      for (const line of LINES) {
        read++;
        yield line;
      }
    }
    const iterator = csvRows(rows(), COLUMNS)[Symbol.iterator]();
    iterator.next(); // header
    iterator.next(); // first row
    expect(read).toBe(1);
  });

  it('does not mutate the rows or the columns', () => {
    const rows = LINES.map((l) => ({ ...l }));
    const columns = [...COLUMNS];
    serializeCsv(rows, columns, { bom: true });
    expect(rows).toEqual(LINES);
    expect(columns).toEqual(COLUMNS);
  });
});

describe('cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-remise', "'-remise"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
    ["'déjà'", "'déjà'"],
  ])('neutralises the text %j as %j', (text, written) => {
    expect(one('text', text)).toBe(written);
  });

  it('never neutralises amounts, integers or numbers', () => {
    expect(one('amount', { minor: -1250, scale: 2 })).toBe('-12,50');
    expect(one('amount', '-12.50')).toBe('-12,50');
    expect(one('integer', -3)).toBe('-3');
    expect(one('number', -5.5, { decimal: '.' })).toBe('-5.5');
  });

  it.each([
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded', '" padded"'],
    ['padded ', '"padded "'],
    ['\uFEFFbom', '"\uFEFFbom"'],
    ['a,b', 'a,b'],
    ['', ''],
  ])('csvCell writes %j as %j with ;', (text, written) => {
    expect(csvCell(text, ';')).toBe(written);
  });

  it('writes amounts given as minor units, Decimals or decimal strings', () => {
    expect(one('amount', { minor: 60000, scale: 2 })).toBe('600,00');
    expect(one('amount', { minor: 7, scale: 3 }, { decimal: '.' })).toBe('0.007');
    expect(one('amount', { minor: 12, scale: 0 })).toBe('12');
    expect(one('amount', new Decimal('12.5'))).toBe('12,50');
    expect(one('amount', new Decimal('12.5'), {}, { scale: 0 })).toBe('13');
    expect(one('amount', '1234.5')).toBe('1234,5');
    expect(one('amount', '-0.00')).toBe('0,00');
    expect(one('amount', new Decimal('-0'))).toBe('0,00');
  });

  it('writes numbers with the decimal separator', () => {
    expect(one('number', 5.5)).toBe('5,5');
    expect(one('number', '20')).toBe('20');
    expect(one('number', new Decimal('0.055'))).toBe('0,055');
    expect(one('number', new Decimal('0.055'), {}, { scale: 2 })).toBe('0,06');
  });

  it('writes null and undefined as empty cells, and a lone empty cell as ""', () => {
    expect(one('text', null)).toBe('""');
    const columns: CsvColumn<{ a?: string; b?: string }>[] = [
      { key: 'a', fr: 'A', en: 'A', type: 'text', value: (r) => r.a },
      { key: 'b', fr: 'B', en: 'B', type: 'amount', value: (r) => r.b },
    ];
    expect(serializeCsv([{}], columns, { header: false })).toBe(';\r\n');
  });

  it('writes dates as given, or through the column format', () => {
    expect(one('date', '2024-12-31')).toBe('2024-12-31');
    expect(one('date', '2024-12-31', {}, { format: (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` })).toBe('31/12/2024');
  });

  it('writes dates the French way with dateFormat, the column format winning', () => {
    expect(one('date', '2024-02-29', { dateFormat: 'dd/mm/yyyy' })).toBe('29/02/2024');
    expect(one('date', '2024-02-29', { dateFormat: 'iso' })).toBe('2024-02-29');
    expect(one('date', '2024-02-29', { dateFormat: 'dd/mm/yyyy' }, { format: (iso) => iso.replace(/-/g, '') })).toBe('20240229');
  });

  it('writes numbers in text columns as text', () => {
    expect(one('text', 42)).toBe('42');
    expect(one('text', -42)).toBe("'-42");
  });

  it.each<[CsvColumn<unknown>['type'], CsvValue]>([
    ['amount', 12.5],
    ['amount', '12,50'],
    ['amount', '1e3'],
    ['amount', 'NaN'],
    ['amount', { minor: 1.5, scale: 2 }],
    ['amount', { minor: 1, scale: -1 }],
    ['amount', new Decimal(Infinity)],
    ['number', Number.NaN],
    ['number', 1e-7],
    ['integer', 1.5],
    ['integer', '12a'],
    ['date', 20241231],
    ['text', { minor: 1, scale: 2 }],
  ])('refuses a %s column value %j with invalid_option at [row, key]', (type, value) => {
    const error = caught(() => one(type, value));
    expect(error.issues[0].code).toBe('invalid_option');
    expect(error.issues[0].path).toEqual([0, 'v']);
  });

  it('says what a bad amount should be', () => {
    expect(caught(() => one('amount', 12.5)).issues[0].message).toMatchInlineSnapshot(
      `"Column "v" expects an amount, received 12.5: return { minor, scale }, a Decimal or a decimal string such as "-12.50"."`,
    );
  });
});

describe('options', () => {
  it.each<[string, Record<string, unknown>]>([
    ['separator', { separator: '|' }],
    ['decimal', { decimal: ';' }],
    ['lineEnding', { lineEnding: '\r' }],
    ['bom', { bom: 'yes' }],
    ['language', { language: 'de' }],
    ['header', { header: 1 }],
    ['dateFormat', { dateFormat: 'mm/dd/yyyy' }],
  ])('refuses a bad %s at once, before iterating', (name, options) => {
    const error = caught(() => csvRows(LINES, COLUMNS, options as CsvOptions));
    expect(error.issues[0].code).toBe('invalid_option');
    expect(error.issues[0].path).toEqual([name]);
  });

  it('refuses an empty column list, an unknown column type and a bad chunk size, at once', () => {
    expect(caught(() => csvRows(LINES, [])).issues[0].code).toBe('invalid_option');
    expect(caught(() => csvChunks(LINES, [])).issues[0].code).toBe('invalid_option');
    const bad = [{ ...COLUMNS[0]!, type: 'money' as 'amount' }];
    expect(caught(() => csvRows(LINES, bad)).issues[0].path).toEqual(['columns', 0, 'type']);
    expect(caught(() => csvChunks(LINES, COLUMNS, {}, 0)).issues[0].path).toEqual(['size']);
  });

  it('csvChunks gathers small files into one chunk', () => {
    expect([...csvChunks(LINES, COLUMNS, { bom: true })]).toEqual([serializeCsv(LINES, COLUMNS, { bom: true })]);
  });

  it('pins the option message', () => {
    expect(caught(() => serializeCsv(LINES, COLUMNS, { separator: '|' } as unknown as CsvOptions)).issues[0].message).toMatchInlineSnapshot(
      `"Invalid CSV option separator "|": use ';', ',' or '\\t'."`,
    );
  });
});

describe('properties', () => {
  const SEPARATORS = [';', ',', '\t'] as const;
  const LINE_ENDINGS = ['\r\n', '\n'] as const;
  const DECIMALS = [',', '.'] as const;

  /** Text that likes the characters which break naive CSV writers. */
  const nastyText = fc.string({
    unit: fc.oneof(
      fc.constantFrom(';', ',', '\t', '"', '\r', '\n', ' ', '=', '+', '-', '@', "'", '\uFEFF'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 12,
  });

  interface Row {
    readonly a: string;
    readonly minor: number;
    readonly scale: number;
    readonly b: string;
    readonly n: number;
  }

  const rowArb = fc.record({
    a: nastyText,
    minor: fc.maxSafeInteger().chain((m) => fc.constantFrom(m, -m, m % 100_000)),
    scale: fc.integer({ min: 0, max: 4 }),
    b: nastyText,
    n: fc.integer({ min: -1000, max: 1000 }),
  });

  const columns: ReadonlyArray<CsvColumn<Row>> = [
    { key: 'a', fr: 'Libellé; "A"', en: 'Label A', type: 'text', value: (r) => r.a },
    { key: 'amount', fr: 'Montant', en: 'Amount', type: 'amount', value: (r) => ({ minor: r.minor, scale: r.scale }) },
    { key: 'b', fr: 'Libellé B', en: 'Label B', type: 'text', value: (r) => r.b },
    { key: 'n', fr: 'N', en: 'N', type: 'integer', value: (r) => r.n },
  ];

  const optionsArb = fc.record({
    separator: fc.constantFrom(...SEPARATORS),
    lineEnding: fc.constantFrom(...LINE_ENDINGS),
    decimal: fc.constantFrom(...DECIMALS),
    bom: fc.boolean(),
    language: fc.constantFrom('fr' as const, 'en' as const),
  });

  /** The expected decimal text of minor units, computed with BigInt. */
  function expectedAmount(minor: number, scale: number, decimal: string): string {
    const abs = BigInt(Math.abs(minor));
    const p = 10n ** BigInt(scale);
    const digits = scale === 0 ? abs.toString() : `${(abs / p).toString()}${decimal}${(abs % p).toString().padStart(scale, '0')}`;
    return (minor < 0 ? '-' : '') + digits;
  }

  function read(text: string, separator: string): string[][] {
    return parse(text, { delimiter: separator, bom: true, relax_quotes: false }) as string[][];
  }

  const COMBINATIONS = SEPARATORS.flatMap((separator) =>
    DECIMALS.flatMap((decimal) => LINE_ENDINGS.flatMap((lineEnding) => [false, true].map((bom) => ({ separator, decimal, lineEnding, bom })))),
  );

  it.each(COMBINATIONS)(
    'round trip: csv-parse reads back every cell of arbitrary labels, text neutralised, amounts as numbers (%o)',
    (combination) => {
      fc.assert(
        fc.property(fc.array(rowArb, { maxLength: 8 }), fc.constantFrom('fr' as const, 'en' as const), (rows, language) => {
          const options = { ...combination, language };
          const text = serializeCsv(rows, columns, options);
          expect(text.startsWith('\uFEFF')).toBe(combination.bom);
          const records = read(text, combination.separator);
          expect(records).toEqual([
            columns.map((c) => c[language]),
            ...rows.map((r) => [neutralizeFormula(r.a), expectedAmount(r.minor, r.scale, combination.decimal), neutralizeFormula(r.b), String(r.n)]),
          ]);
          // amounts stay numbers: never prefixed, a sign then digits and one decimal separator
          const number = combination.decimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
          for (const record of records.slice(1)) expect(record[1]).toMatch(number);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('round trip of hostile text in both text columns: a label made only of separators, quotes, CR, LF and formula starters survives', () => {
    const hostile = fc.string({ unit: fc.constantFrom(';', ',', '\t', '"', '\r', '\n', '=', '+', '-', '@', ' '), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(fc.record({ a: hostile, minor: fc.integer({ min: -1e9, max: 1e9 }), scale: fc.constant(2), b: hostile, n: fc.constant(0) }), { minLength: 1, maxLength: 5 }), optionsArb, (rows, options) => {
        const records = read(serializeCsv(rows, columns, options), options.separator);
        expect(records.slice(1).map((r) => [r[0], r[2]])).toEqual(rows.map((r) => [neutralizeFormula(r.a), neutralizeFormula(r.b)]));
        for (const record of records.slice(1)) expect(record[0]!.startsWith("'") || !/^[=+\-@\t\r]/.test(record[0]!)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('one line per row: the file has rows + 1 records and ends with the line ending', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), optionsArb, (rows, options) => {
        const text = serializeCsv(rows, columns, options);
        expect(read(text, options.separator)).toHaveLength(rows.length + 1);
        expect(text.endsWith(options.lineEnding)).toBe(true);
      }),
    );
  });

  it('streaming changes nothing: the chunks of csvRows join to serializeCsv', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 5 }), optionsArb, (rows, options) => {
        expect([...csvRows(rows, columns, options)].join('')).toBe(serializeCsv(rows, columns, options));
      }),
    );
  });

  it('batching changes nothing: the chunks of csvChunks join to serializeCsv, each chunk but the last at least the size', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), optionsArb, fc.integer({ min: 1, max: 200 }), (rows, options, size) => {
        const chunks = [...csvChunks(rows, columns, options, size)];
        expect(chunks.join('')).toBe(serializeCsv(rows, columns, options));
        for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(size);
      }),
    );
  });

  it('csvCell round trip: a reader gives back any text as one cell, for every separator', () => {
    fc.assert(
      fc.property(nastyText, fc.constantFrom(...SEPARATORS), fc.constantFrom(...LINE_ENDINGS), (text, separator, eol) => {
        // a second cell keeps an empty first cell from making a blank line
        const records = read(`${csvCell(text, separator)}${separator}x${eol}`, separator);
        expect(records).toEqual([[text, 'x']]);
      }),
    );
  });

  it('neutralisation is safe and reversible: no result starts a formula, and dropping the added quote gives back the text', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const safe = neutralizeFormula(text);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe === text || safe === `'${text}`).toBe(true);
        if (safe !== text) expect(safe.slice(1)).toBe(text);
      }),
    );
  });

  it('amounts are never neutralised: a negative amount starts with "-"', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: -1 }), fc.constantFrom(...DECIMALS), (minor, decimal) => {
        expect(one('amount', { minor, scale: 2 }, { decimal })).toBe(expectedAmount(minor, 2, decimal));
      }),
    );
  });
});
