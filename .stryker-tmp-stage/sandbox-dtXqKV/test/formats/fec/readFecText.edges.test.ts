// @ts-nocheck
// The FEC text reader's edges: amounts and dates at the limits of what a FEC may hold, line breaks of every
// kind, the header's separator and the records after it. Hand-written vectors.
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/calendar/index.js';
import { FEC_COLUMNS } from '../../../src/formats/fec/columns.js';
import { FEC_MAX_CENTS, fecAmountToCents, fecDateToDayNumber, isQuotedFecField, readFecText, unquoteFecField } from '../../../src/formats/fec/readFecText.js';

const HEADER = FEC_COLUMNS.join('|');

describe('fecAmountToCents', () => {
  it('reads a sign before or after the digits, "+" or "-"', () => {
    expect(['5+', '5-', '+5', '-5', '0,01-', '+0,10'].map(fecAmountToCents)).toEqual([500, -500, 500, -500, -1, 10]);
  });

  it('reads one or two decimals, and more only when they are zeros', () => {
    expect(['0,05', '12,30', '12,3', '1,050', '1,0500', '99,990'].map(fecAmountToCents)).toEqual([5, 1230, 1230, 105, 105, 9999]);
    for (const bad of ['1,051', '1,0a', '1,0/', '1,/', '1,00/', '12,5x', '1,2,3', '12a', 'a12', '1/2', '1:2', '-', '+', ',', '--5', '5--', '+-5']) expect(fecAmountToCents(bad)).toBeNaN();
  });

  it('reads up to 10^15 − 1 cents and refuses 10^15', () => {
    expect(fecAmountToCents('9999999999999,99')).toBe(FEC_MAX_CENTS - 1);
    expect(fecAmountToCents('-9999999999999,99')).toBe(-(FEC_MAX_CENTS - 1));
    expect(fecAmountToCents('10000000000000')).toBeNaN();
    expect(fecAmountToCents('10000000000000,00-')).toBeNaN();
  });

  it('reads a zero with a sign as 0, never −0', () => {
    expect(Object.is(fecAmountToCents('-0'), 0)).toBe(true);
    expect(Object.is(fecAmountToCents('0,00-'), 0)).toBe(true);
    expect(Object.is(fecAmountToCents('-0,01'), -1)).toBe(true);
  });
});

describe('fecDateToDayNumber', () => {
  it('reads the last day of each month and refuses the day after', () => {
    const last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    last.forEach((d, k) => {
      const m = String(k + 1).padStart(2, '0');
      expect(fecDateToDayNumber(`2024${m}${d}`)).toBe(toDayNumber(`2024-${m}-${d}`));
      expect(fecDateToDayNumber(`2024${m}${d + 1}`)).toBeNaN();
    });
    expect(fecDateToDayNumber('20230228')).toBe(toDayNumber('2023-02-28'));
    expect(fecDateToDayNumber('19000229')).toBeNaN();
    expect(fecDateToDayNumber('20040229')).toBe(toDayNumber('2004-02-29'));
  });

  it('refuses year 0, month 0, day 0 and any character that is not a digit', () => {
    expect(['00000101', '20240001', '20240100', '2024010/', '2024010:', '/0240101', ' 2024010', '202401011', '2024022/', '2024022 '].map(fecDateToDayNumber).every(Number.isNaN)).toBe(true);
    expect(fecDateToDayNumber('00010101')).toBe(toDayNumber('0001-01-01'));
  });
});

describe('quoted fields', () => {
  it('a field is quoted when it starts and ends with a quote, two characters at least', () => {
    expect(['"', '""', '"a"', '"a', 'a"', 'a'].map(isQuotedFecField)).toEqual([false, true, true, false, false, false]);
  });

  it('unquotes a field, doubled quotes becoming one, a missing closing quote tolerated', () => {
    expect(unquoteFecField('""')).toBe('');
    expect(unquoteFecField('"a""b"')).toBe('a"b');
    expect(unquoteFecField('"ab')).toBe('ab');
  });
});

describe('readFecText', () => {
  it('reads a header ending with CR, LF or CRLF, and the records after it', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const fec = readFecText(`${HEADER}${eol}A|B${eol}C`);
      expect(fec.headerFields).toEqual(FEC_COLUMNS);
      expect([...fec.records()]).toEqual([
        { line: 2, fields: ['A', 'B'] },
        { line: 3, fields: ['C'] },
      ]);
      expect(fec.endsWithNewline).toBe(false);
    }
  });

  it('has no record after a header alone, with or without its line break', () => {
    expect([...readFecText(HEADER).records()]).toEqual([]);
    expect([...readFecText(`${HEADER}\r\n`).records()]).toEqual([]);
    expect(readFecText(`${HEADER}\r\n`).endsWithNewline).toBe(true);
    expect(readFecText(`${HEADER}\r`).endsWithNewline).toBe(true);
  });

  it('splits the records on the separator of the header: tab, or "|"', () => {
    const tab = readFecText(`${FEC_COLUMNS.join('\t')}\nA\tB|C\t\n\tD`);
    expect([...tab.records()]).toEqual([
      { line: 2, fields: ['A', 'B|C', ''] },
      { line: 3, fields: ['', 'D'] },
    ]);
    const pipe = readFecText(`${HEADER}\nA\tB|C|\n|D`);
    expect([...pipe.records()]).toEqual([
      { line: 2, fields: ['A\tB', 'C', ''] },
      { line: 3, fields: ['', 'D'] },
    ]);
  });

  it('reads a header without a known separator as one field, and its records whole', () => {
    const fec = readFecText('A;B;C\r\n1;2;3\r\n');
    expect([fec.separator, fec.separatorProblem, fec.layout, fec.headerFields]).toEqual([undefined, 'none', null, ['A;B;C']]);
    expect([...fec.records()]).toEqual([{ line: 2, fields: ['1;2;3'] }]);
    const both = readFecText('A|B\tC\nx|y\tz');
    expect([both.separator, both.separatorProblem, both.headerFields]).toEqual([undefined, 'both', ['A|B\tC']]);
    expect([...both.records()]).toEqual([{ line: 2, fields: ['x|y\tz'] }]);
  });

  it('reports a blank text as empty, with no separator problem', () => {
    for (const blank of ['', ' ', '\r\n\r\n', '\t']) expect([readFecText(blank).empty, readFecText(blank).separatorProblem]).toEqual([true, undefined]);
    expect([readFecText('x').empty, readFecText('x').separatorProblem]).toEqual([false, 'none']);
  });

  it('keeps a trailing separator of a one-column header, and drops that of a longer one', () => {
    expect(readFecText('A|').headerFields).toEqual(['A']);
    expect(readFecText('A|').headerTrailingSeparator).toBe(true);
    expect(readFecText('A|B|').headerFields).toEqual(['A', 'B']);
    expect(readFecText('|').headerFields).toEqual(['']);
    expect(readFecText('A|B').headerTrailingSeparator).toBe(false);
  });

  it('unquotes the header names only when one is quoted, doubled quotes becoming one', () => {
    expect(readFecText('"A""x"|B').headerFields).toEqual(['A"x', 'B']);
    expect(readFecText('"A|B"x').headerFields).toEqual(['"A', 'B"x']);
    expect(readFecText('A""|B').headerFields).toEqual(['A""', 'B']);
  });

  it('takes only the two-byte marks for UTF-16 and the three-byte mark for UTF-8: a Latin-9 file may start with ÿ or þ', () => {
    const read = (bytes: number[]): [string, string, boolean] => {
      const fec = readFecText(new Uint8Array(bytes));
      return [fec.encoding, fec.text, fec.bom];
    };
    expect(read([0xff, 0x41])).toEqual(['iso-8859-15', 'ÿA', false]);
    expect(read([0x41, 0xfe])).toEqual(['iso-8859-15', 'Aþ', false]);
    expect(read([0xfe, 0x41])).toEqual(['iso-8859-15', 'þA', false]);
    expect(read([0x41, 0xff])).toEqual(['iso-8859-15', 'Aÿ', false]);
    expect(read([0xef, 0x41, 0xbf])).toEqual(['iso-8859-15', 'ïA¿', false]);
    expect(read([0x41, 0xbb, 0xbf])).toEqual(['iso-8859-15', 'A»¿', false]);
  });

  it('unquotes each header name that is quoted, and only those', () => {
    expect(readFecText('"A"|B"').headerFields).toEqual(['A', 'B"']);
    expect(readFecText('"A"|"B').headerFields).toEqual(['A', '"B']);
    expect(readFecText('"A"|"').headerFields).toEqual(['A', '"']);
    expect(readFecText('"A"|""').headerFields).toEqual(['A', '']);
  });

  it('ends the header at its first line break, whichever comes first', () => {
    const fec = readFecText(`${HEADER}\nA|B\r\nC`);
    expect(fec.headerFields).toEqual(FEC_COLUMNS);
    expect([...fec.records()]).toEqual([
      { line: 2, fields: ['A', 'B'] },
      { line: 3, fields: ['C'] },
    ]);
    expect(readFecText(`${HEADER}\rA|B\nC`).headerFields).toEqual(FEC_COLUMNS);
    const blankFirst = readFecText('\r\nA|B');
    expect([blankFirst.headerFields, blankFirst.separatorProblem, [...blankFirst.records()]]).toEqual([[''], 'none', [{ line: 2, fields: ['A|B'] }]]);
    expect(readFecText('\nA|B').headerFields).toEqual(['']);
    expect([...readFecText('\nA|B').records()]).toEqual([{ line: 2, fields: ['A|B'] }]);
    expect([...readFecText(`${HEADER}\n\nA|B`).records()]).toEqual([{ line: 2, fields: [] }, { line: 3, fields: ['A', 'B'] }]);
    expect(readFecText('\rA|B').headerFields).toEqual(['']);
  });

  it('decodes UTF-16 with its byte order mark, little- or big-endian', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x7c, 0, 0x42, 0]);
    const be = new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0x7c, 0, 0x42]);
    expect([readFecText(le).encoding, readFecText(le).text, readFecText(le).bom]).toEqual(['utf-16le', 'A|B', false]);
    expect([readFecText(be).encoding, readFecText(be).text, readFecText(be).bom]).toEqual(['utf-16be', 'A|B', false]);
    expect(readFecText(new Uint8Array([0xef, 0xbb, 0x41])).encoding).toBe('iso-8859-15');
    expect(readFecText(new Uint8Array([0xef, 0xbb, 0xbf])).text).toBe('');
  });
});
