// Hardening: the FEC readers refuse arguments of the wrong type with typed errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AccountingError, parseFec, parseFecBook, validateFec } from '../../../src/index.js';

const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/123456782FEC20241231.txt', import.meta.url)));
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return `${error.code}@${error.issues[0].path.join('.')}`;
    throw error;
  }
  throw new Error('expected an AccountingError');
};

describe('FEC readers: arguments of the wrong type', () => {
  it.each([
    ['parseFec(x, null)', () => parseFec(bytes, null as never), 'invalid_option@'],
    ['parseFecBook(x, null)', () => parseFecBook(bytes, null as never), 'invalid_option@'],
    ['parseFecBook(x, { chart: {} })', () => parseFecBook(bytes, { chart: {} as never }), 'invalid_option@chart'],
    ['validateFec(null)', () => validateFec(null as never), 'invalid_input@'],
    ['validateFec(42)', () => validateFec(42 as never), 'invalid_input@'],
    ['validateFec(x, null)', () => validateFec(bytes, null as never), 'invalid_option@'],
    ['validateFec(x, { fileName: 42 })', () => validateFec(bytes, { fileName: 42 as never }), 'invalid_option@fileName'],
    ['validateFec(x, { fiscalYear: null })', () => validateFec(bytes, { fiscalYear: null as never }), 'invalid_option@fiscalYear'],
    ['validateFec(x, { openingJournals: "RAN" })', () => validateFec(bytes, { openingJournals: 'RAN' as never }), 'invalid_option@openingJournals'],
    ['parseFec(null)', () => parseFec(null as never), 'invalid_input@'],
  ])('%s is a typed error', (_, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });
});
