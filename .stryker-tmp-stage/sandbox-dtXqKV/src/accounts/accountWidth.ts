// @ts-nocheck
import { fail } from '../errors/index.js';
import { isAccountNumber } from './AccountNumber.js';

/** Twenty zeros: the longest padding an account number can need. */
const ZEROS = '00000000000000000000';

/** The shortest and longest account widths: three digits (PCG class and account), twenty characters (the FEC's limit here). */
const MIN_WIDTH = 3;
const MAX_WIDTH = 20;

/**
 * One account, one number: the form of an account number with its trailing
 * zeros dropped, keeping at least its first three characters. Two numbers
 * that differ only by trailing zeros (`512` and `512000`) are the same PCG
 * account — the PCG's sub-accounts never end in a zero of their own — so
 * charts and clash checks compare numbers in this form.
 *
 * @param number - an account number
 * @returns the number without its trailing zeros (at least 3 characters)
 * @example
 * ```ts
 * trimAccountNumber('512000') //=> '512'
 * trimAccountNumber('445710') //=> '44571'
 * trimAccountNumber('530000') //=> '530'
 * trimAccountNumber('706100') //=> '7061'
 * ```
 */
export function trimAccountNumber(number: string): string {
  let end = number.length;
  while (end > MIN_WIDTH && number.charCodeAt(end - 1) === 48) end--;
  return end === number.length ? number : number.slice(0, end);
}

/**
 * Right-pads an account number with zeros to the account width, as French
 * software keeps general accounts (`411` → `411000` at width 6). A number
 * already as wide is returned as is; a longer one is refused, never cut.
 *
 * @param number - a well-formed account number (`isAccountNumber`)
 * @param width - the account width, 3 to 20
 * @param path - where the number sits in the input, for the issue
 * @returns the padded number
 * @throws AccountingError `account_too_long` (the number is longer than the
 *   width), `invalid_account`, `invalid_option` (a width outside 3–20)
 * @example
 * ```ts
 * padAccountNumber('411', 6) //=> '411000'
 * padAccountNumber('44571', 6) //=> '445710'
 * padAccountNumber('4456600', 6) // throws account_too_long
 * ```
 */
export function padAccountNumber(number: string, width: number, path: ReadonlyArray<string | number> = []): string {
  checkAccountWidth(width);
  if (!isAccountNumber(number)) {
    fail('invalid_account', path, `Invalid account number ${JSON.stringify(number)}: it must start with three digits (PCG class and account), then digits or capital letters, 20 characters at most.`);
  }
  if (number.length > width) fail('account_too_long', path, accountTooLongMessage(number, width));
  return padUnchecked(number, width);
}

/** Pads a number no longer than `width` (internal: the caller checked both). */
export function padUnchecked(number: string, width: number): string {
  return number.length >= width ? number : number + ZEROS.slice(0, width - number.length);
}

/** The message of `account_too_long` (internal). */
export function accountTooLongMessage(number: string, width: number, of?: string): string {
  return `Account ${number}${of === undefined ? '' : ` of ${of}`} has ${number.length} characters but accounts are ${width} wide (accountWidth): use a number of ${width} characters (its first ${width} if they name the same account), or widen the accounts.`;
}

/** Whether a value is an account width (internal). */
export function isAccountWidth(width: unknown): width is number {
  return typeof width === 'number' && Number.isInteger(width) && width >= MIN_WIDTH && width <= MAX_WIDTH;
}

/**
 * Checks an `accountWidth` option (internal).
 *
 * @throws AccountingError `invalid_option`
 */
export function checkAccountWidth(width: unknown, path: ReadonlyArray<string | number> = ['accountWidth']): asserts width is number {
  if (!isAccountWidth(width)) fail('invalid_option', path, `accountWidth must be a whole number from ${MIN_WIDTH} to ${MAX_WIDTH} (the characters of a general account number, e.g. 6 for 411000), received ${String(width)}.`);
}
