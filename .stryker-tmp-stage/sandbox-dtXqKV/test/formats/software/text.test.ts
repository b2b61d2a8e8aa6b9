// @ts-nocheck
// The text helpers shared by the accounting-software writers (fixed-width fields, ASCII folding, file names, cents).
import { describe, expect, it } from 'vitest';
import { asciiText, exportFileName, fixedWidthRef, left, right, spaces, toCents } from '../../../src/formats/software/_lib/text.js';

describe('software text helpers', () => {
  it('asciiText folds accents written as one character or with combining marks, and turns control characters into spaces', () => {
    expect(asciiText('DUPONT Jean')).toBe('DUPONT Jean');
    expect(asciiText('Réglement\tchèque\n')).toBe('Reglement cheque ');
    expect(asciiText('Re\u0301glement\tche\u0300que')).toBe('Reglement cheque');
  });

  it('fixedWidthRef writes a piece reference as a space-padded field shows it: folded, trailing spaces dropped', () => {
    expect(fixedWidthRef('FA 2024 ')).toBe('FA 2024');
    expect(fixedWidthRef(' Réf\t')).toBe(' Ref');
  });

  it('left and right keep a text of the exact width, cut a longer one keeping its start, pad a shorter one', () => {
    expect(left('ABC', 3)).toBe('ABC');
    expect(right('ABC', 3)).toBe('ABC');
    expect(left('ABCDEF', 3)).toBe('ABC');
    expect(right('ABCDEF', 3)).toBe('ABC');
    expect(left('AB', 4)).toBe('AB  ');
    expect(right('AB', 4)).toBe('  AB');
  });

  it('spaces gives exactly n spaces, also beyond its 256-space cache', () => {
    expect(spaces(0)).toBe('');
    expect(spaces(3)).toBe('   ');
    expect(spaces(300)).toHaveLength(300);
    expect(spaces(300).trim()).toBe('');
  });

  it('exportFileName adds the SIREN, then the period, else the closing date, else the creation date', () => {
    expect(exportFileName('quadratus', {}, 'txt')).toBe('quadratus.txt');
    expect(exportFileName('quadratus', { siren: '123 456 782', period: { from: '2024-01-01', to: '2024-12-31' }, closingDate: '2024-12-31' }, 'txt')).toBe('quadratus-123456782-20240101-20241231.txt');
    expect(exportFileName('quadratus', { closingDate: '2024-12-31', createdOn: '2025-01-05' }, 'txt')).toBe('quadratus-20241231.txt');
    expect(exportFileName('pain.008', { createdOn: '2025-01-05' }, 'xml')).toBe('pain.008-20250105.xml');
  });

  it('toCents scales minor units of any currency to cents, undefined when they do not fall on whole cents', () => {
    expect(toCents(1234, 2)).toBe(1234);
    expect(toCents(1200, 0)).toBe(120_000); // JPY 1200 = 120000 "cents"
    expect(toCents(12_340, 3)).toBe(1234); // BHD 12.340
    expect(toCents(12_345, 3)).toBeUndefined(); // BHD 12.345: half a cent
    expect(toCents(5, 9)).toBeUndefined();
    expect(toCents(3, -7)).toBe(3_000_000_000);
  });
});
