// @ts-nocheck
// SHA-256 and HMAC-SHA-256 over UTF-8 text or bytes, as lowercase hex (internal).
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** SHA-256 of UTF-8 text or bytes, 64 lowercase hex digits. */
export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** HMAC-SHA-256 of UTF-8 text under a key (UTF-8 text or bytes), 64 lowercase hex digits. */
export function hmacHex(key: string | Uint8Array, data: string): string {
  return bytesToHex(hmac(sha256, typeof key === 'string' ? utf8ToBytes(key) : key, utf8ToBytes(data)));
}

/** Whether a value is 64 lowercase hex digits. */
export function isHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
