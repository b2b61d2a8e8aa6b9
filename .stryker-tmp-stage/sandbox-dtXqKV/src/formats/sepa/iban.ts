// @ts-nocheck
// SEPA identifiers: IBAN (ISO 13616), BIC (ISO 9362) and the SEPA creditor identifier (ICS).

/**
 * IBAN lengths by country (SWIFT IBAN registry): every SEPA country and the
 * other registered ones an invoice is likely to meet. An IBAN of a country not
 * listed is checked on shape (15 to 34 characters) and checksum only.
 *
 * @example
 * ```ts
 * IBAN_LENGTHS.FR //=> 27
 * ```
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20,
});

const IBAN_SHAPE_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
/** ISO 9362 as the pain.008.001.02 schema restricts it: no location code starting with 0 or 1, nor ending with O. */
const BIC_RE = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?$/;
const ICS_SHAPE_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/;

/** ISO 7064 MOD 97-10 remainder of digits and capital letters (A = 10 … Z = 35) (internal). */
function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    r = c >= 48 && c <= 57 ? (r * 10 + (c - 48)) % 97 : (r * 100 + (c - 55)) % 97;
  }
  return r;
}

/** The two check digits ISO 7064 MOD 97-10 gives a body and a country (internal). */
function checkDigits(body: string, country: string): string {
  return String(98 - mod97(`${body}${country}00`)).padStart(2, '0');
}

/**
 * What is wrong with an IBAN, or `undefined` when it is valid: shape
 * (capitals and digits, no spaces), length for its country, checksum.
 *
 * @param value - the IBAN, electronic format (no spaces)
 * @returns a message saying what to fix, or `undefined`
 * @example
 * ```ts
 * ibanProblem('FR7630006000011234567890189') //=> undefined
 * ibanProblem('FR7630006000011234567890188') //=> 'IBAN "FR7630006000011234567890188" has a bad checksum: with these digits the check digits would be 06, not 76; check the account number for a typo.'
 * ```
 */
export function ibanProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `An IBAN is a string, not ${value === null ? 'null' : typeof value}.`;
  const shown = JSON.stringify(value);
  if (/\s/.test(value) || /[a-z]/.test(value)) return `IBAN ${shown} must be written in capitals without spaces (electronic format), e.g. "FR7630006000011234567890189".`;
  if (!IBAN_SHAPE_RE.test(value)) return `IBAN ${shown} does not have the shape of an IBAN: two letters (country), two check digits, then 11 to 30 letters or digits.`;
  const expected = IBAN_LENGTHS[value.slice(0, 2)];
  if (expected !== undefined && value.length !== expected) return `IBAN ${shown} has ${value.length} characters; an IBAN of ${value.slice(0, 2)} has ${expected}.`;
  if (mod97(value.slice(4) + value.slice(0, 4)) !== 1) {
    return `IBAN ${shown} has a bad checksum: with these digits the check digits would be ${checkDigits(value.slice(4), value.slice(0, 2))}, not ${value.slice(2, 4)}; check the account number for a typo.`;
  }
  return undefined;
}

/**
 * Whether an IBAN is valid: electronic format (capitals, no spaces), its
 * country's length, ISO 7064 MOD 97-10 checksum.
 *
 * @param value - the IBAN
 * @returns `true` when valid
 * @example
 * ```ts
 * isIban('FR7630006000011234567890189') //=> true
 * isIban('FR76 3000 6000 0112 3456 7890 189') //=> false
 * ```
 */
export function isIban(value: unknown): value is string {
  return ibanProblem(value) === undefined;
}

/**
 * Whether a BIC has the ISO 9362 shape as the pain.008.001.02 schema
 * accepts it: 4 letters (institution), 2 letters (country), 2 letters or
 * digits (location: not starting with 0 or 1, not ending with O), optionally
 * 3 more (branch).
 *
 * @param value - the BIC
 * @returns `true` when valid
 * @example
 * ```ts
 * isBic('AGRIFRPP') //=> true
 * isBic('AGRIFRPP882') //=> true
 * isBic('AGRIFR01') //=> false (a test BIC)
 * isBic('AGRI') //=> false
 * ```
 */
export function isBic(value: unknown): value is string {
  return typeof value === 'string' && BIC_RE.test(value);
}

/**
 * What is wrong with a SEPA creditor identifier (ICS), or `undefined` when it
 * is valid: country, two check digits, a three-character business code
 * (`ZZZ` by default), the national identifier; the check digits are ISO 7064
 * MOD 97-10 over the national identifier then the country (the business code
 * is left out). A French ICS has 13 characters.
 *
 * @param value - the creditor identifier
 * @returns a message saying what to fix, or `undefined`
 * @example
 * ```ts
 * creditorIdProblem('FR72ZZZ123456') //=> undefined
 * creditorIdProblem('FR73ZZZ123456') //=> 'Creditor identifier "FR73ZZZ123456" has a bad checksum: with this national identifier the check digits would be 72, not 73.'
 * ```
 */
export function creditorIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `A creditor identifier is a string, not ${value === null ? 'null' : typeof value}.`;
  const shown = JSON.stringify(value);
  if (!ICS_SHAPE_RE.test(value) || value.length > 35) {
    return `Creditor identifier ${shown} does not have the shape of a SEPA creditor identifier: country, two check digits, a three-character business code and the national identifier, in capitals without spaces (e.g. "FR72ZZZ123456").`;
  }
  if (value.startsWith('FR') && value.length !== 13) return `Creditor identifier ${shown} has ${value.length} characters; a French one (ICS) has 13, e.g. "FR72ZZZ123456".`;
  if (mod97(value.slice(7) + value.slice(0, 4)) !== 1) {
    return `Creditor identifier ${shown} has a bad checksum: with this national identifier the check digits would be ${checkDigits(value.slice(7), value.slice(0, 2))}, not ${value.slice(2, 4)}.`;
  }
  return undefined;
}

/**
 * Whether a SEPA creditor identifier (ICS in France) is valid; see
 * {@link creditorIdProblem}.
 *
 * @param value - the creditor identifier
 * @returns `true` when valid
 * @example
 * ```ts
 * isCreditorId('FR72ZZZ123456') //=> true
 * isCreditorId('FR72ZZZ12345') //=> false
 * ```
 */
export function isCreditorId(value: unknown): value is string {
  return creditorIdProblem(value) === undefined;
}
