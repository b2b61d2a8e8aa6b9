// @ts-nocheck
// Business identifiers: SIREN, SIRET, intra-community VAT numbers (vocabulary; no I/O).

/** The Luhn check of a string of digits (internal). */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

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
  return /^\d{9}$/.test(value) && luhn(value);
}

/**
 * Whether a string is a SIRET: 14 digits (the SIREN and a 5-digit
 * establishment number) whose Luhn key is valid — La Poste's establishments
 * (SIREN 356000000), whose key is the digit sum modulo 5, included.
 *
 * @example
 * ```ts
 * isSiret('12345678200010') //=> true
 * isSiret('12345678200011') //=> false
 * ```
 */
export function isSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith('356000000') && value !== '35600000000048') {
    let sum = 0;
    for (let i = 0; i < 14; i++) sum += value.charCodeAt(i) - 48;
    return sum % 5 === 0;
  }
  return luhn(value);
}

/**
 * The French intra-community VAT number of a SIREN: `FR`, a 2-digit key
 * `(12 + 3 × (SIREN mod 97)) mod 97`, then the SIREN (CGI, annexe IV,
 * art. 3 ; BOI-TVA-DECLA-20-30-20 § 30).
 *
 * @param siren - a valid SIREN (9 digits, Luhn key)
 * @returns the VAT number, or undefined when `siren` is not a valid SIREN
 * @example
 * ```ts
 * frenchVatNumber('123456782') //=> 'FR11123456782'
 * frenchVatNumber('404833048') //=> 'FR83404833048'
 * ```
 */
export function frenchVatNumber(siren: string): string | undefined {
  if (!isSiren(siren)) return undefined;
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

/**
 * The shape of each EU member state's VAT number after its 2-letter prefix
 * (Greece `EL`, Northern Ireland `XI`), as the European Commission's VIES
 * lists them.
 */
const VAT_PATTERNS: Readonly<Record<string, RegExp>> = Object.freeze({
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(?:\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(?:\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
});

/**
 * What is wrong with an intra-community VAT number, or undefined when it is
 * well formed: an EU prefix (`FR`, `DE`, `EL`…) and the shape that state
 * uses; for a French number with a numeric key, the SIREN's Luhn key and the
 * VAT key computed from it (see {@link frenchVatNumber}). Spaces are not
 * accepted: write the number as it is exchanged (`FR11123456782`).
 *
 * @example
 * ```ts
 * vatNumberProblem('FR11123456782') //=> undefined
 * vatNumberProblem('FR33123456782') //=> 'VAT number FR33123456782 has the key 33, and SIREN 123456782 gives 11: check the number (FR11123456782).'
 * vatNumberProblem('DE123456789') //=> undefined
 * ```
 */
export function vatNumberProblem(value: string): string | undefined {
  const prefix = value.slice(0, 2);
  const pattern = Object.prototype.hasOwnProperty.call(VAT_PATTERNS, prefix) ? VAT_PATTERNS[prefix] : undefined;
  if (pattern === undefined) {
    return `VAT number ${JSON.stringify(value)} does not start with an EU country prefix (FR, DE, BE, EL for Greece, XI for Northern Ireland…): write it as exchanged, e.g. "FR11123456782".`;
  }
  const rest = value.slice(2);
  if (!pattern.test(rest)) return `VAT number ${JSON.stringify(value)} does not have the shape of a ${prefix} VAT number: check it (no spaces or dots).`;
  if (prefix === 'FR' && /^\d{2}/.test(rest)) {
    const siren = rest.slice(2);
    if (!isSiren(siren)) return `VAT number ${value} ends with ${siren}, which is not a valid SIREN (its Luhn key fails): check the number.`;
    const expected = frenchVatNumber(siren)!;
    if (expected !== value) return `VAT number ${value} has the key ${rest.slice(0, 2)}, and SIREN ${siren} gives ${expected.slice(2, 4)}: check the number (${expected}).`;
  }
  return undefined;
}

/**
 * Whether a string is a well-formed intra-community VAT number (see
 * {@link vatNumberProblem} for what is checked).
 *
 * @example
 * ```ts
 * isVatNumber('FR11123456782') //=> true
 * isVatNumber('FR 32 123456782') //=> false
 * ```
 */
export function isVatNumber(value: string): boolean {
  return vatNumberProblem(value) === undefined;
}
