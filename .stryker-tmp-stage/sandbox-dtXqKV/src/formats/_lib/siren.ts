// @ts-nocheck
import { isSiren } from '../../accounts/index.js';
import { fail } from '../../errors/index.js';

export { isSiren };

/** Checks a SIREN (internal helper). @throws AccountingError `invalid_siren` */
export function checkSiren(value: string | undefined, path: ReadonlyArray<string | number> = ['siren']): string {
  if (value === undefined || !isSiren(value)) {
    fail('invalid_siren', path, `Invalid SIREN ${JSON.stringify(value)}: a SIREN is 9 digits whose Luhn key is valid (e.g. "123456782").`);
  }
  return value;
}
