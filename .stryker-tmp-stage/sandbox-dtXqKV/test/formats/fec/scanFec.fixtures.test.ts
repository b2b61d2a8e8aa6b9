// @ts-nocheck
// scanFec on every FEC fixture (valid and invalid): the columns, issues and errors of the scanner before the speed work,
// under several options, as bytes and as text; and parts scanned alone and merged give the whole scan. The
// hand-written layouts and worked vectors are in scanFec.edges.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeFecParts, splitFecParts } from '../../../src/formats/fec/_lib/fecParts.js';
import { fecStrings, scanFec, type FecColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';
import { scanFecBefore } from './_reference/scanFecBefore.js';

const FIXTURES = new URL('../../fixtures/fec/', import.meta.url);
const FIXTURE_FILES: Array<[string, Uint8Array]> = ['valid', 'invalid'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, FIXTURES))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): [string, Uint8Array] => [`${dir}/${f}`, new Uint8Array(readFileSync(new URL(`${dir}/${f}`, FIXTURES)))]),
);
const OPTIONS: ScanOptions = { openingJournals: new Set(['AN', 'OUV']), scale: 2, currency: 'EUR', maxIssues: 1000 };

/** A scan with its per-transaction strings decoded (deferred or not). */
const plain = (scan: FecColumns): Omit<FecColumns, 'deferred'> => {
  const { deferred: _, ...rest } = scan;
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return { ...rest, txId, txPieceRef, txLabel };
};

describe('properties', () => {
  it('reads every fixture', () => {
    expect(FIXTURE_FILES.length).toBeGreaterThan(40);
  });

  it.each(FIXTURE_FILES)('equivalence with the scanner before the speed work: %s, eager or deferred, as bytes or as text', (_, bytes) => {
    for (const options of [OPTIONS, { ...OPTIONS, maxIssues: 1 }, { ...OPTIONS, scale: 0, currency: 'JPY' }]) {
      const expected = scanFecBefore(bytes, false, options);
      expect(plain(scanFec(bytes, false, options))).toEqual(expected);
      expect(plain(scanFec(bytes, false, { ...options, deferStrings: true, stringChunk: 9 }))).toEqual(expected);
    }
    const text = new TextEncoder().encode(new TextDecoder().decode(bytes));
    expect(plain(scanFec(text, true, OPTIONS))).toEqual(scanFecBefore(text, true, OPTIONS));
  });

  it.each(FIXTURE_FILES)('parts scanned alone and merged give the whole scan, or say to read it whole: %s', (_, bytes) => {
    const whole = plain(scanFec(bytes, false, OPTIONS));
    for (const count of [2, 3]) {
      const parts = splitFecParts(bytes, count);
      const scans = parts.map((p, k) => scanFec(bytes, false, { ...OPTIONS, stringChunk: 16 }, { ...p, rawStrings: k % 2 === 1 }));
      const merged = mergeFecParts(scans, OPTIONS.maxIssues);
      if (merged !== undefined) expect(plain(merged)).toEqual(whole);
      else expect(whole.errors.length > 0 || scans.some((x) => !x.part.utf8 || x.part.issueCounts.has('fec_entry_piece')) || (parts.length > 1 && whole.issues.some((i) => i.code === 'fec_renamed_entry'))).toBe(true);
    }
  });
});
