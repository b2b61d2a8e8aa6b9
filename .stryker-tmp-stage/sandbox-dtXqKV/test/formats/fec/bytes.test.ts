// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Check } from '../../../src/formats/fec/_lib/bytes.js';

/** What a fatal UTF-8 decoder says of the bytes: 0 invalid, 1 valid, 2 valid with a C1 control. */
function oracle(bytes: Uint8Array): 0 | 1 | 2 {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return /[\u0080-\u009f]/.test(text) ? 2 : 1;
  } catch {
    return 0;
  }
}

/** Mostly ASCII (long runs, read by words), with multi-byte characters and stray bytes here and there. */
const bytes = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', '|', '0', ' ', '\n').map((c) => new TextEncoder().encode(c.repeat(9))) },
      { weight: 2, arbitrary: fc.constantFrom('é', '€', '\u0085', '😀', 'ü').map((c) => new TextEncoder().encode(c)) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 3 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => Uint8Array.from(parts.flatMap((p) => [...p])));

describe('properties', () => {
  it('utf8Check agrees with a fatal UTF-8 decoder, at any alignment of the bytes (a part of a file starts anywhere)', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (b, offset, cut) => {
        const buffer = new Uint8Array(b.length + offset + 8);
        buffer.set(b, offset);
        const view = buffer.subarray(offset, offset + Math.max(0, b.length - cut));
        expect(utf8Check(view)).toBe(oracle(view));
      }),
      { numRuns: 500 },
    );
  });
});
