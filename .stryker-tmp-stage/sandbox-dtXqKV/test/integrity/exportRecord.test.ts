// @ts-nocheck
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountingError, exportRecord, formats, parseFecBook } from '../../src/index.js';
import { golden } from './_fixtures.js';

const codes = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (err instanceof AccountingError) return err.issues.map((i) => i.code);
    throw err;
  }
  return [];
};

describe('exportRecord', () => {
  const FY = { from: '2024-01-01', to: '2024-12-31' };

  it('records the file name, format, period, size, lines, totals and SHA-256 of the golden FEC', () => {
    const bytes = golden();
    const book = parseFecBook(bytes);
    const r = exportRecord(bytes, { fileName: '123456782FEC20241231.txt', format: 'fec', period: FY, book });
    expect(r).toEqual({
      fileName: '123456782FEC20241231.txt',
      format: 'fec',
      period: FY,
      bytes: 1371,
      lines: 10,
      totals: { debit: '2593.15', credit: '2593.15' },
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    // the writer reproduces the golden bytes, hence the same record
    expect(exportRecord(formats.fec.encode(book, { fiscalYear: FY }), { fileName: '123456782FEC20241231.txt', format: 'fec', period: FY, book })).toEqual(r);
  });

  it('takes totals given by hand, text as UTF-8, and counts a final line ending as no new line', () => {
    const r = exportRecord('a;b\r\nc;d\r\n', { fileName: 'x.csv', totals: { debit: '10.5', credit: '10.50' } });
    expect(r).toMatchObject({ lines: 2, bytes: 10, totals: { debit: '10.50', credit: '10.50' } });
    expect(exportRecord('', { fileName: 'empty.txt' })).toMatchObject({ lines: 0, bytes: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
  });

  it('bad input', () => {
    expect(codes(() => exportRecord(new Uint8Array(), { fileName: ' ' }))).toEqual(['invalid_input']);
    expect(codes(() => exportRecord(42 as never, { fileName: 'a' }))).toEqual(['invalid_input']);
    expect(codes(() => exportRecord('x', { fileName: 'a', period: { from: '2024-12-31', to: '2024-01-01' } }))).toEqual(['invalid_period']);
    expect(codes(() => exportRecord('x', { fileName: 'a', totals: { debit: '1.001', credit: '0' } }))).toEqual(['too_many_decimals']);
  });

  describe('properties', () => {
    it('any changed byte changes the hash; the same bytes give the same record', () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
          const a = exportRecord(bytes, { fileName: 'f' });
          const copy = Uint8Array.from(bytes);
          copy[at % copy.length]! ^= flip;
          return JSON.stringify(exportRecord(bytes, { fileName: 'f' })) === JSON.stringify(a) && exportRecord(copy, { fileName: 'f' }).sha256 !== a.sha256;
        }),
      );
    });
  });
});
