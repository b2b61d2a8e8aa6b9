// @ts-nocheck
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AccountingError } from '../../../src/errors/index.js';
import {
  UTF8_BOM,
  decodeText,
  encodeAll,
  encodeChunks,
  encodeText,
  foldToAscii,
  stripBom,
  type TextEncodingName,
} from '../../../src/formats/_lib/encoding.js';

/** Runs `fn` and returns the AccountingError it throws. */
function caught(fn: () => unknown): AccountingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return error;
    throw error;
  }
  throw new Error('expected an AccountingError');
}

const ENCODINGS: ReadonlyArray<TextEncodingName> = ['utf-8', 'iso-8859-15', 'ascii'];

/** Latin-9 differs from Latin-1 at these eight bytes. */
const LATIN9_SPECIFIC: ReadonlyArray<readonly [string, number]> = [
  ['€', 0xa4],
  ['Š', 0xa6],
  ['š', 0xa8],
  ['Ž', 0xb4],
  ['ž', 0xb8],
  ['Œ', 0xbc],
  ['œ', 0xbd],
  ['Ÿ', 0xbe],
];
const LATIN1_LOST = ['¤', '¦', '¨', '´', '¸', '¼', '½', '¾'];

/** The 256 characters ISO-8859-15 can hold, in byte order. */
const LATIN9_REPERTOIRE: ReadonlyArray<string> = Array.from({ length: 256 }, (_, b) => {
  const special = LATIN9_SPECIFIC.find(([, byte]) => byte === b);
  return special ? special[0] : String.fromCharCode(b);
});

const latin9String = fc.string({ unit: fc.constantFrom(...LATIN9_REPERTOIRE) });
const asciiString = fc.string({ unit: 'binary-ascii' });
const unicodeString = fc.string({ unit: 'binary' });


/** The string cut at the given points (each taken modulo its length + 1): pieces that concatenate back to it. */
function cutAt(s: string, cuts: ReadonlyArray<number>): string[] {
  const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(s.slice(from, p));
    from = p;
  }
  pieces.push(s.slice(from));
  return pieces;
}

describe('encodeText', () => {
  it('writes UTF-8 as TextEncoder does', () => {
    expect([...encodeText('Café €', 'utf-8')]).toEqual([0x43, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x82, 0xac]);
    expect([...encodeText('😀', 'utf-8')]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(encodeText('', 'utf-8')).toEqual(new Uint8Array(0));
  });

  it.each(LATIN9_SPECIFIC)('writes %s as the Latin-9 byte %d', (char, byte) => {
    expect([...encodeText(char, 'iso-8859-15')]).toEqual([byte]);
    expect(decodeText(new Uint8Array([byte]), 'iso-8859-15')).toBe(char);
  });

  it('writes French text in ISO-8859-15 one byte per character', () => {
    expect([...encodeText('Prix: 5 €', 'iso-8859-15')]).toEqual([80, 114, 105, 120, 58, 32, 53, 32, 164]);
    expect([...encodeText('Œuvre àéèçù', 'iso-8859-15')]).toEqual([0xbc, 0x75, 0x76, 0x72, 0x65, 0x20, 0xe0, 0xe9, 0xe8, 0xe7, 0xf9]);
  });

  it.each(LATIN1_LOST)('refuses the Latin-1 character %s, which Latin-9 replaced', (char) => {
    const error = caught(() => encodeText(`a${char}`, 'iso-8859-15'));
    expect(error.issues[0].code).toBe('unencodable_character');
    expect(error.issues[0].message).toContain('position 1');
  });

  it('names the character, its code point and its position, and suggests foldToAscii or UTF-8', () => {
    expect(caught(() => encodeText('Total ½', 'iso-8859-15')).issues[0].message).toMatchInlineSnapshot(
      `"Character "½" (U+00BD) at position 6 cannot be written in ISO-8859-15: replace it, fold the text with foldToAscii(), or write the file in UTF-8."`,
    );
    expect(caught(() => encodeText('Crème', 'ascii')).issues[0].message).toMatchInlineSnapshot(
      `"Character "è" (U+00E8) at position 2 cannot be written in ASCII: replace it, fold the text with foldToAscii(), or write the file in UTF-8."`,
    );
  });

  it('names a character outside the BMP whole', () => {
    const error = caught(() => encodeText('ok 😀', 'iso-8859-15'));
    expect(error.issues[0].code).toBe('unencodable_character');
    expect(error.issues[0].message).toContain('"😀" (U+1F600) at position 3');
  });

  it('refuses € in ASCII', () => {
    expect(caught(() => encodeText('5 €', 'ascii')).issues[0].code).toBe('unencodable_character');
  });

  it.each(['\uD800', 'a\uDBFF', '\uDC00b', 'x\uDC00\uD800y'])('refuses the lone surrogate in %j in UTF-8', (text) => {
    const error = caught(() => encodeText(text, 'utf-8'));
    expect(error.issues[0].code).toBe('unencodable_character');
    expect(error.issues[0].message).toMatch(/^Lone surrogate U\+D[89A-F][0-9A-F]{2} at position \d+/);
  });

  it('gives the position of a lone surrogate', () => {
    expect(caught(() => encodeText('ab\uD800', 'utf-8')).issues[0].message).toMatchInlineSnapshot(
      `"Lone surrogate U+D800 at position 2 cannot be written in UTF-8: the string is malformed (half of a character, often from cutting a string with slice()); remove it or repair the text."`,
    );
  });

  it('refuses an unknown encoding', () => {
    const error = caught(() => encodeText('a', 'latin1' as TextEncodingName));
    expect(error.issues[0].code).toBe('invalid_option');
    expect(error.issues[0].path).toEqual(['encoding']);
  });

  it('keeps a BOM as the bytes EF BB BF in UTF-8', () => {
    expect([...encodeText(`${UTF8_BOM}a`, 'utf-8')]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect(caught(() => encodeText(UTF8_BOM, 'iso-8859-15')).issues[0].code).toBe('unencodable_character');
  });
});

describe('decodeText', () => {
  it('reads every ISO-8859-15 byte as the WHATWG decoder does', () => {
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    expect(decodeText(all, 'iso-8859-15')).toBe(new TextDecoder('iso-8859-15').decode(all));
    expect(decodeText(all, 'iso-8859-15')).toBe(LATIN9_REPERTOIRE.join(''));
  });

  it('reads a long file (more than one chunk of code units)', () => {
    const text = 'Écriture €;'.repeat(5000);
    expect(decodeText(encodeText(text, 'iso-8859-15'), 'iso-8859-15')).toBe(text);
    expect(decodeText(encodeText(foldToAscii(text), 'ascii'), 'ascii')).toBe(foldToAscii(text));
  });

  it('keeps the BOM, which stripBom removes', () => {
    const text = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8');
    expect(text).toBe('\uFEFFA');
    expect(stripBom(text)).toBe('A');
  });

  it.each([
    { bytes: [0xe9], offset: 0, what: 'a Latin-1 é' },
    { bytes: [0x41, 0xc3], offset: 1, what: 'a truncated sequence' },
    { bytes: [0x41, 0x42, 0xc0, 0x80], offset: 2, what: 'an overlong NUL' },
    { bytes: [0xed, 0xa0, 0x80], offset: 0, what: 'an encoded surrogate' },
    { bytes: [0xf4, 0x90, 0x80, 0x80], offset: 0, what: 'a code point above U+10FFFF' },
    { bytes: [0xe2, 0x82, 0xac, 0x80], offset: 3, what: 'a stray continuation byte' },
    { bytes: [0xff], offset: 0, what: 'the byte 0xFF' },
  ])('refuses $what in UTF-8 with its byte offset', ({ bytes, offset }) => {
    const error = caught(() => decodeText(new Uint8Array(bytes), 'utf-8'));
    expect(error.issues[0].code).toBe('invalid_file');
    expect(error.issues[0].message).toContain(`byte offset ${offset})`);
  });

  it('says which byte is not ASCII', () => {
    const error = caught(() => decodeText(new Uint8Array([0x41, 0xe9]), 'ascii'));
    expect(error.issues[0].code).toBe('invalid_file');
    expect(error.issues[0].message).toMatchInlineSnapshot(`"Byte 0xE9 at byte offset 1 is not ASCII (0x00–0x7F): decode the file as 'iso-8859-15' or 'utf-8'."`);
  });

  it('refuses an unknown encoding', () => {
    expect(caught(() => decodeText(new Uint8Array([0x41]), 'cp1252' as TextEncodingName)).issues[0].code).toBe('invalid_option');
  });

  it('does not mutate its input', () => {
    const bytes = new Uint8Array([0xa4, 0x41, 0xe9]);
    decodeText(bytes, 'iso-8859-15');
    expect([...bytes]).toEqual([0xa4, 0x41, 0xe9]);
  });
});

describe('stripBom', () => {
  it('removes one leading BOM only', () => {
    expect(stripBom('\uFEFFJournalCode')).toBe('JournalCode');
    expect(stripBom('\uFEFF\uFEFFx')).toBe('\uFEFFx');
    expect(stripBom('x\uFEFF')).toBe('x\uFEFF');
    expect(stripBom('')).toBe('');
  });
});

describe('encodeChunks', () => {
  it('encodes each chunk', () => {
    expect([...encodeChunks(['a;b\r\n', 'é\r\n'], 'iso-8859-15')].map((c) => [...c])).toEqual([
      [97, 59, 98, 13, 10],
      [233, 13, 10],
    ]);
  });

  it('keeps a surrogate pair cut between two chunks whole', () => {
    const bytes = [...encodeChunks(['a\uD83D', '\uDE00b'], 'utf-8')].flatMap((c) => [...c]);
    expect(bytes).toEqual([...encodeText('a😀b', 'utf-8')]);
  });

  it('refuses a high surrogate left at the end', () => {
    expect(caught(() => [...encodeChunks(['a', '\uD83D'], 'utf-8')]).issues[0].code).toBe('unencodable_character');
  });

  it('counts positions from the start of the first chunk', () => {
    expect(caught(() => [...encodeChunks(['abc\n', 'd½'], 'iso-8859-15')]).issues[0].message).toContain('at position 5');
  });

  it('is lazy: nothing is encoded before iteration', () => {
    const chunks = encodeChunks(['½'], 'ascii');
    expect(() => [...chunks]).toThrow(AccountingError);
  });
});

describe('foldToAscii', () => {
  it.each([
    ['Œuvre réglée à 12 € – « soldé »', 'OEuvre reglee a 12 EUR - " solde "'],
    ['À Ça Ô ë ÿ Ñ', 'A Ca O e y N'],
    ['Æsir, cæsium, Straße', 'AEsir, caesium, Strasse'],
    ['l’écriture ‘citée’ “ici”', `l'ecriture 'citee' "ici"`],
    ['1\u00A0000\u202F€ — net', '1 000 EUR - net'],
    ['Škoda Łódź Øre', 'Skoda Lodz Ore'],
    ['e\u0301te\u0301', 'ete'],
    ['日本 😀 한', '?? ? ?'],
    ['plain ASCII; "quoted" = 1+1', 'plain ASCII; "quoted" = 1+1'],
  ])('folds %j to %j', (input, output) => {
    expect(foldToAscii(input)).toBe(output);
  });
});

describe('properties', () => {
  it.each(ENCODINGS)('round trip: decode(encode(text)) gives back the text in %s', (encoding) => {
    const text = encoding === 'utf-8' ? unicodeString : encoding === 'iso-8859-15' ? latin9String : asciiString;
    fc.assert(fc.property(text, (s) => decodeText(encodeText(s, encoding), encoding) === s));
  });

  it('one byte per character: ISO-8859-15 and ASCII write exactly text.length bytes', () => {
    fc.assert(fc.property(latin9String, (s) => encodeText(s, 'iso-8859-15').length === s.length));
    fc.assert(fc.property(asciiString, (s) => encodeText(s, 'ascii').length === s.length));
  });

  it('bijection: every byte sequence decodes in ISO-8859-15 and encodes back to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(encodeText(decodeText(bytes, 'iso-8859-15'), 'iso-8859-15')).toEqual(bytes);
      }),
    );
  });

  it('agreement: UTF-8 bytes are those of the platform TextEncoder', () => {
    const platform = new TextEncoder();
    fc.assert(
      fc.property(unicodeString, (s) => {
        expect(encodeText(s, 'utf-8')).toEqual(platform.encode(s));
      }),
    );
  });

  it('no silent replacement: a character outside the repertoire throws unencodable_character at its position', () => {
    const outsideLatin9 = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 1 })
      .filter((c) => !LATIN9_REPERTOIRE.includes(c));
    fc.assert(
      fc.property(latin9String, outsideLatin9, latin9String, (before, bad, after) => {
        const error = caught(() => encodeText(before + bad + after, 'iso-8859-15'));
        expect(error.issues[0].code).toBe('unencodable_character');
        expect(error.issues[0].message).toContain(`at position ${before.length} `);
      }),
    );
    const nonAscii = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c.charCodeAt(0) > 0x7f);
    fc.assert(
      fc.property(asciiString, nonAscii, (before, bad) => {
        const error = caught(() => encodeText(before + bad, 'ascii'));
        expect(error.issues[0].code).toBe('unencodable_character');
        expect(error.issues[0].message).toContain(`at position ${before.length} `);
      }),
    );
  });

  it('bad UTF-8 is located: after a valid prefix, the offset is the prefix byte length', () => {
    fc.assert(
      fc.property(unicodeString, fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff), (prefix, byte) => {
        const good = encodeText(prefix, 'utf-8');
        const bytes = new Uint8Array([...good, byte]);
        const error = caught(() => decodeText(bytes, 'utf-8'));
        expect(error.issues[0].code).toBe('invalid_file');
        expect(error.issues[0].message).toContain(`byte offset ${good.length})`);
      }),
    );
  });

  it('chunking does not matter: the chunks of encodeChunks concatenate to encodeText of the whole', () => {
    fc.assert(
      fc.property(unicodeString, fc.array(fc.nat()), (s, cuts) => {
        const pieces = cutAt(s, cuts);
        const bytes = [...encodeChunks(pieces, 'utf-8')].flatMap((c) => [...c]);
        expect(bytes).toEqual([...encodeText(s, 'utf-8')]);
        expect([...encodeAll(pieces, 'utf-8')]).toEqual(bytes);
      }),
    );
  });

  it('encodeAll gives the bytes of encodeText, or its error with the same position, in every encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ';', 'é', '€', '½', '\uD83D', '\uDE00', '\n') }), fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom('utf-8', 'iso-8859-15', 'ascii') as fc.Arbitrary<'utf-8' | 'iso-8859-15' | 'ascii'>, (s, cuts, encoding) => {
        const pieces = cutAt(s, cuts);
        let expected: unknown;
        try {
          expected = [...encodeText(s, encoding)];
        } catch (e) {
          expected = (e as { issues: Array<{ code: string; message: string }> }).issues.map((i) => [i.code, i.message]);
        }
        let got: unknown;
        try {
          got = [...encodeAll(pieces, encoding)];
        } catch (e) {
          got = (e as { issues: Array<{ code: string; message: string }> }).issues.map((i) => [i.code, i.message]);
        }
        expect(got).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('foldToAscii always gives ASCII, which the ascii encoder accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldToAscii(s);
        expect(folded).toMatch(/^[\x00-\x7F]*$/);
        expect(encodeText(folded, 'ascii').length).toBe(folded.length);
      }),
    );
  });

  it('foldToAscii is the identity on ASCII and idempotent', () => {
    fc.assert(fc.property(asciiString, (s) => foldToAscii(s) === s));
    fc.assert(fc.property(unicodeString, (s) => foldToAscii(foldToAscii(s)) === foldToAscii(s)));
  });

  it('stripBom(UTF8_BOM + text) gives back any text that does not start with a BOM', () => {
    fc.assert(fc.property(unicodeString.filter((s) => !s.startsWith(UTF8_BOM)), (s) => stripBom(UTF8_BOM + s) === s && stripBom(s) === s));
  });
});
