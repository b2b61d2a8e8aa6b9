/** The size limit of the FEC readers (internal). */
// @ts-nocheck

import { fail } from '../../../errors/index.js';

/** The largest file the readers can address: byte offsets are 32-bit signed integers. */
export const FEC_HARD_MAX_BYTES = 2 ** 31 - 1;
/** The default limit: 1 GiB (some four million entry lines). */
export const FEC_DEFAULT_MAX_BYTES = 2 ** 30;

/** Reads and checks `options.maxBytes`. */
export function maxBytesOption(value: unknown): number {
  if (value === undefined) return FEC_DEFAULT_MAX_BYTES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > FEC_HARD_MAX_BYTES) {
    fail('invalid_option', ['maxBytes'], `maxBytes is a whole number of bytes from 1 to ${FEC_HARD_MAX_BYTES} (2 GiB − 1, what the reader can address), received ${typeof value === 'number' ? String(value) : `a ${typeof value}`}.`);
  }
  return value;
}

/** Refuses a file above the limit, before reading it. */
export function tooLarge(size: number, max: number, atLeast = false): never {
  const mib = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MiB`;
  return fail(
    'file_too_large',
    ['maxBytes'],
    `The file is ${atLeast ? 'more than ' : ''}${size} bytes (${mib(size)}), above the limit of ${max} bytes (${mib(max)}, options.maxBytes): split it (one FEC per fiscal year, or per journal), or raise maxBytes — at most ${FEC_HARD_MAX_BYTES}, giving Node about five times the file size of memory (node --max-old-space-size).`,
  );
}

/** Checks a text or bytes input against the limit: a string is measured in UTF-8 bytes, at least its length. */
export function checkSize(input: string | Uint8Array, max: number): void {
  if (input.length > max) tooLarge(input.length, max, typeof input === 'string');
}
