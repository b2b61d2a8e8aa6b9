import { fail } from '../../errors/index.js';

/**
 * Whether a string is a SIREN: 9 digits whose Luhn key is valid.
 *
 * @example
 * ```ts
 * isSiren('123456782') //=> true
 * isSiren('123456789') //=> false
 * ```
 */
export function isSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = value.charCodeAt(8 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Checks a SIREN (internal helper). @throws AccountingError `invalid_siren` */
export function checkSiren(value: string | undefined, path: ReadonlyArray<string | number> = ['siren']): string {
  if (value === undefined || !isSiren(value)) {
    fail('invalid_siren', path, `Invalid SIREN ${JSON.stringify(value)}: a SIREN is 9 digits whose Luhn key is valid (e.g. "123456782").`);
  }
  return value;
}
