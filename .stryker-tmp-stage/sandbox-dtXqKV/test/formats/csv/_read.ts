// @ts-nocheck
// Reading our CSV files back with an independent parser (csv-parse).
import { parse } from 'csv-parse/sync';
import { AccountingError } from '../../../src/index.js';

/** The records of a CSV file, BOM skipped, strict quoting. */
export function read(text: string, separator = ';'): string[][] {
  return parse(text, { delimiter: separator, bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
}

/** The records as objects keyed by the header. */
export function readObjects(text: string, separator = ';'): Array<Record<string, string>> {
  const [header, ...rows] = read(text, separator);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** A decimal cell ('1234,50', '-0,07', '') as minor units at scale 2, exactly (BigInt). */
export function minorOf(cell: string | undefined, decimal = ','): bigint {
  if (cell === undefined || cell === '') return 0n;
  const [int, frac = ''] = cell.split(decimal);
  const negative = int!.startsWith('-');
  const digits = BigInt(`${negative ? int!.slice(1) : int}${frac.padEnd(2, '0')}`);
  return negative ? -digits : digits;
}

/** Σ of a column, in minor units. */
export function sumOf(rows: ReadonlyArray<Record<string, string>>, column: string, decimal = ','): bigint {
  return rows.reduce((s, r) => s + minorOf(r[column], decimal), 0n);
}

/** The issue code of a call that throws an AccountingError. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0]!.code;
    throw error;
  }
  throw new Error('expected an AccountingError');
}

/** The first issue of a call that throws an AccountingError. */
export function issueOf(fn: () => unknown): { code: string; path: ReadonlyArray<string | number>; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error.issues[0]!;
    throw error;
  }
  throw new Error('expected an AccountingError');
}
