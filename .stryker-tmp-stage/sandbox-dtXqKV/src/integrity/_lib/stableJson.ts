// @ts-nocheck
// A JSON serialisation with sorted keys, for hashing documents (internal).
import { Decimal } from '../../money/index.js';

/**
 * `JSON.stringify` with object keys in UTF-16 code-unit order at every level,
 * `undefined` members left out, and a `Decimal` written as its string.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Decimal.isDecimal(value)) return JSON.stringify((value as Decimal).toString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const parts: string[] = [];
    for (const k of keys) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) parts.push(`${JSON.stringify(k)}:${stableJson(v)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return 'null';
}
