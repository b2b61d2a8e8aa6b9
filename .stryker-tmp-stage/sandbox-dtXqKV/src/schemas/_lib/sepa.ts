// @ts-nocheck
// SEPA identifiers: IBAN, BIC, creditor identifier (internal).

const IBAN_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const BIC_RE = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;
const ICS_RE = /^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/;

/** ISO 7064 MOD 97-10 remainder of a string of digits and capital letters (A = 10 … Z = 35). */
function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else r = (r * 100 + (c - 55)) % 97;
  }
  return r;
}

/** Whether an IBAN (no spaces, capitals) has a valid shape and checksum. */
export function isIban(value: string): boolean {
  return IBAN_RE.test(value) && mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

/** Whether a BIC has the ISO 9362 shape (8 or 11 characters). */
export function isBic(value: string): boolean {
  return BIC_RE.test(value);
}

/** Whether a SEPA creditor identifier (ICS) has a valid shape and checksum (the business code, characters 5–7, is not checked). */
export function isCreditorId(value: string): boolean {
  return ICS_RE.test(value) && mod97(value.slice(7) + value.slice(0, 4)) === 1;
}
