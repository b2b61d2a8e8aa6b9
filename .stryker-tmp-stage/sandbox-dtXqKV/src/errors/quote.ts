/**
 * Shows an untrusted value in an error message without ever throwing: a string
 * quoted as JSON (cut after 60 characters), a number, boolean, bigint
 * (`12n`), `null` or `undefined` as written, anything else by its kind (`an
 * object`, `an array`, `a function`, `a symbol`). Never calls a getter, a
 * `toString`, a `toJSON` or a proxy trap beyond `typeof` (internal helper).
 */
// @ts-nocheck

export function quote(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'an object';
      }
  }
}
