// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountingError, parseFec, parseFecBook, validateFec } from '../../../src/index.js';
import { codeAt as codeOf } from '../../_errors.js';

const golden = (): Uint8Array => new Uint8Array(readFileSync(new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url)));
const asyncCodeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof AccountingError) return `${error.code}@${error.issues[0].path.join('.')}`;
    throw error;
  }
  throw new Error('expected an AccountingError');
};

describe('FEC size limit (options.maxBytes)', () => {
  const bytes = golden();
  const text = new TextDecoder().decode(bytes);

  it('reads a file at the limit, refuses one byte above it with file_too_large (bytes and text)', () => {
    expect(parseFec(bytes, { maxBytes: bytes.length }).transactions).toHaveLength(4);
    expect(codeOf(() => parseFec(bytes, { maxBytes: bytes.length - 1 }))).toBe('file_too_large@maxBytes');
    expect(codeOf(() => parseFec(text, { maxBytes: bytes.length - 1 }))).toBe('file_too_large@maxBytes');
    expect(codeOf(() => parseFecBook(bytes, { maxBytes: 100 }))).toBe('file_too_large@maxBytes');
    expect(codeOf(() => validateFec(bytes, { maxBytes: 100 }))).toBe('file_too_large@maxBytes');
    expect(validateFec(bytes, { maxBytes: bytes.length }).valid).toBe(true);
  });

  it('says what to do: split the file or raise maxBytes', () => {
    try {
      parseFec(bytes, { maxBytes: 1000 });
    } catch (error) {
      expect((error as AccountingError).issues[0].message).toMatch(/above the limit of 1000 bytes.*split it.*raise maxBytes — at most 2147483647/s);
    }
  });

  it('stops reading an async source as soon as its chunks pass the limit', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield new Uint8Array(100);
      }
    }
    expect(await asyncCodeOf(parseFec(source(), { maxBytes: 250 }))).toBe('file_too_large@maxBytes');
    expect(pulled).toBe(3);
  });

  it('refuses a limit that is not a whole number from 1 to 2 GiB − 1 (invalid_option)', () => {
    for (const maxBytes of [0, -1, 1.5, 2 ** 31, Number.NaN, '100'] as unknown[]) {
      expect(codeOf(() => parseFec(bytes, { maxBytes: maxBytes as number }))).toBe('invalid_option@maxBytes');
      expect(codeOf(() => validateFec(bytes, { maxBytes: maxBytes as number }))).toBe('invalid_option@maxBytes');
    }
  });
});
