// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditorIdProblem, ibanProblem, IBAN_LENGTHS, isBic, isCreditorId, isIban } from '../../../src/formats/sepa/iban.js';

/** ISO 7064 MOD 97-10 check digits of a body and a country, computed with BigInt (independent of the module). */
const checkDigits = (body: string, country: string): string => {
  const digits = `${body}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98n - (BigInt(digits) % 97n)).padStart(2, '0');
};

describe('isIban', () => {
  it('accepts valid IBANs of several countries', () => {
    for (const iban of ['FR7630006000011234567890189', 'FR1420041010050500013M02606', 'DE89370400440532013000', 'GB82WEST12345698765432', 'BE68539007547034', 'NL91ABNA0417164300', 'MT84MALT011000012345MTLCAST001S']) {
      expect(isIban(iban)).toBe(true);
    }
  });

  it('says what is wrong with a bad IBAN', () => {
    expect(ibanProblem('FR7630006000011234567890188')).toMatchInlineSnapshot(`"IBAN "FR7630006000011234567890188" has a bad checksum: with these digits the check digits would be 06, not 76; check the account number for a typo."`);
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 189')).toMatch(/capitals without spaces/);
    expect(ibanProblem('fr7630006000011234567890189')).toMatch(/capitals without spaces/);
    expect(ibanProblem('FR763000600001123456789018')).toMatch(/has 26 characters; an IBAN of FR has 27/);
    expect(ibanProblem('F17630006000011234567890189')).toMatch(/shape/);
    expect(ibanProblem(42)).toMatch(/string/);
    expect(IBAN_LENGTHS.DE).toBe(22);
  });
});

describe('isBic', () => {
  it('accepts 8 and 11 characters of the ISO 9362 shape as pain.008 takes it', () => {
    expect(isBic('AGRIFRPP')).toBe(true);
    expect(isBic('AGRIFRPP882')).toBe(true);
    expect(isBic('BNPAFRPPXXX')).toBe(true);
    for (const bad of ['AGRI', 'AGRIFRPP88', 'agrifrpp', 'AGRIFR01', 'AGRIFRPO', '1GRIFRPP', 42]) expect(isBic(bad)).toBe(false);
  });
});

describe('isCreditorId', () => {
  it('checks shape, French length and the checksum over the national id (business code left out)', () => {
    expect(isCreditorId('FR72ZZZ123456')).toBe(true);
    expect(isCreditorId('FR72ABC123456')).toBe(true);
    expect(isCreditorId('DE98ZZZ09999999999')).toBe(true);
    expect(creditorIdProblem('FR73ZZZ123456')).toMatchInlineSnapshot(`"Creditor identifier "FR73ZZZ123456" has a bad checksum: with this national identifier the check digits would be 72, not 73."`);
    expect(creditorIdProblem('FR72ZZZ12345')).toMatch(/13/);
    expect(creditorIdProblem('FR72 ZZZ 123456')).toMatch(/shape/);
    expect(isCreditorId(undefined)).toBe(false);
  });
});

describe('properties', () => {
  const body = fc.stringMatching(/^[0-9A-Z]{23}$/);
  it('an IBAN built with its MOD 97-10 check digits is valid; replacing one digit by a digit, or one letter by a letter, breaks it', () => {
    fc.assert(
      fc.property(body, fc.nat(22), fc.nat(35), (b, k, n) => {
        const iban = `FR${checkDigits(b, 'FR')}${b}`;
        expect(isIban(iban)).toBe(true);
        // a digit replaced by another digit, or a letter by another letter, always changes the remainder
        const old = iban.charAt(4 + k);
        const c = /\d/.test(old) ? String(n % 10) : String.fromCharCode(65 + (n % 26));
        const changed = `${iban.slice(0, 4 + k)}${c}${iban.slice(5 + k)}`;
        if (changed !== iban) expect(isIban(changed)).toBe(false);
      }),
    );
  });

  it('a creditor id built with its check digits is valid whatever its business code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{6}$/), fc.stringMatching(/^[A-Z0-9]{3}$/), (id, business) => isCreditorId(`FR${checkDigits(id, 'FR')}${business}${id}`)),
    );
  });
});
