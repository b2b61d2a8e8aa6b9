// @ts-nocheck
// The byte mutations the FEC scanners' properties share: a text's bytes (UTF-8 or ISO-8859-15, a BOM or not) with
// up to `maxEdits` bytes that matter to a scanner set, inserted or removed.
import fc from 'fast-check';
import { encodeText } from '../../../src/formats/_lib/encoding.js';

export function mutatedBytes(text: fc.Arbitrary<string>, awkward: ReadonlyArray<number>, maxEdits: number): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      text,
      fc.constantFrom('utf-8' as const, 'iso-8859-15' as const),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'insert', 'delete'), fc.constantFrom(...awkward)), { maxLength: maxEdits }),
      fc.boolean(),
    )
    .map(([source, encoding, edits, bom]) => {
      const bytes = [...(bom ? [0xef, 0xbb, 0xbf] : []), ...encodeText(source, encoding)];
      for (const [at, kind, byte] of edits) {
        const k = at % (bytes.length + 1);
        if (kind === 'insert') bytes.splice(k, 0, byte);
        else if (kind === 'delete') bytes.splice(k, 1);
        else bytes[Math.min(k, bytes.length - 1)] = byte;
      }
      return Uint8Array.from(bytes);
    });
}
