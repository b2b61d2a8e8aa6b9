import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBook, formats } from '../../../src/index.js';
import { fecStrings, scanFec, type FecColumns, type ScanOptions } from '../../../src/formats/fec/_lib/scanFec.js';
import { transactionsArbitrary } from '../../../src/testing/index.js';
import { scanFecBefore } from './_reference/scanFecBefore.js';
import { expectSameAsBefore } from './_fecRows.js';
import { mutatedBytes } from './_mutate.js';

/** A serialized book with lettering, foreign amounts, own labels and zero lines added here and there. */
const fecText = fc
  .tuple(
    transactionsArbitrary({ minLength: 1, maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('letter', 'foreign', 'label', 'zero', 'quote', 'blank')), { maxLength: 6 }),
    fc.constantFrom('|', '\t'),
    fc.constantFrom('\r\n', '\n'),
  )
  .map(([txs, decorations, separator, eol]) => {
    const lines = formats.fec.serialize(createBook(txs), { separator }).split('\r\n');
    for (const [at, kind] of decorations) {
      if (lines.length < 2) break;
      const target = 1 + (at % (lines.length - 1));
      const f = lines[target]!.split(separator);
      if (kind === 'letter') {
        f[13] = ['A', 'B', 'AA'][at % 3]!;
        f[14] = f[3]!;
      } else if (kind === 'foreign') {
        f[16] = ['12,5', '-3,10', '0,07'][at % 3]!;
        f[17] = ['USD', 'GBP'][at % 2]!;
      } else if (kind === 'label') f[10] = `Ligne ${at % 5}`;
      else if (kind === 'quote') f[at % 11] = `"${f[at % 11]!}"`;
      else if (kind === 'blank') f[at % 18] = ' ';
      else lines.splice(target + 1, 0, [...f.slice(0, 11), '0,00', '0,00', '', '', f[15], '', ''].join(separator));
      lines[target] = f.join(separator);
    }
    return lines.join(eol);
  });

/** Bytes that matter to the scanner: separators, line breaks, quotes, signs, digits, non-ASCII and C1 bytes. */
const AWKWARD = [0x7c, 0x09, 0x0a, 0x0d, 0x22, 0x20, 0x2c, 0x2d, 0x2b, 0x30, 0x31, 0x39, 0x41, 0xc3, 0xa9, 0xe9, 0x80, 0xef];

/** The text's bytes (UTF-8 or ISO-8859-15, a BOM or not), with bytes replaced, inserted or removed. */
const mutatedFec = mutatedBytes(fecText, AWKWARD, 4);

const options = fc.record({
  openingJournals: fc.constantFrom(new Set(['AN', 'OUV']), new Set(['AN', 'OUV', 'VT'])),
  scale: fc.constantFrom(2, 0, 3),
  currency: fc.constant('EUR'),
  maxIssues: fc.constantFrom(0, 1, 1000),
}) as fc.Arbitrary<ScanOptions>;

/** The same bytes as a plain array, a Node Buffer, and a view at an odd offset (no aligned word reads). */
const views = (bytes: Uint8Array): Uint8Array[] => {
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  return [bytes, Buffer.from(bytes), shifted.subarray(1)];
};

/** A scan with its per-transaction strings decoded (deferred or not), as the scanner before the speed work gave it. */
const plain = (scan: FecColumns): Omit<FecColumns, 'deferred'> => {
  const { deferred: _, ...rest } = scan;
  const { txId, txPieceRef, txLabel } = fecStrings(scan);
  return { ...rest, txId, txPieceRef, txLabel };
};

describe('properties', () => {
  it('the scanner gives the columns, issues and errors of the scanner before the speed work, on any bytes', () => {
    fc.assert(
      fc.property(mutatedFec, options, (bytes, opts) => {
        const expected = scanFecBefore(bytes, false, opts);
        for (const view of views(bytes)) {
          const eager = scanFec(view, false, opts);
          expect(eager.deferred).toBeNull();
          expectSameAsBefore(plain(eager), expected);
          // the strings left undecoded until asked for: the same once decoded
          expectSameAsBefore(plain(scanFec(view, false, { ...opts, deferStrings: true })), expected);
          // cut into many chunks (a few values each, or one)
          const chunked = scanFec(view, false, { ...opts, deferStrings: true, stringChunk: 1 + (bytes.length % 40) });
          expectSameAsBefore(plain(chunked), expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the scanner gives the columns, issues and errors of the scanner before the speed work, on text', () => {
    fc.assert(
      fc.property(fecText, options, (text, opts) => {
        const bytes = new TextEncoder().encode(text);
        const expected = scanFecBefore(bytes, true, opts);
        expectSameAsBefore(plain(scanFec(bytes, true, opts)), expected);
        expectSameAsBefore(plain(scanFec(bytes, true, { ...opts, deferStrings: true })), expected);
        expectSameAsBefore(plain(scanFec(bytes, true, { ...opts, deferStrings: true, stringChunk: 5 })), expected);
      }),
      { numRuns: 100 },
    );
  });
});
