// @ts-nocheck
import { fail } from '../errors/index.js';

declare const accountNumberBrand: unique symbol;

/**
 * An account number: three digits (PCG class and account) then digits or
 * capital letters, at most 20 characters (`'706'`, `'706100'`, `'411DUPONT'`).
 *
 * @example
 * ```ts
 * const n: AccountNumber = accountNumber('706100');
 * ```
 */
export type AccountNumber = string & {
  /** Type-level brand: the string was checked as an account number (not present at run time). */
  readonly [accountNumberBrand]: true;
};

const ACCOUNT_RE = /^\d{3}[0-9A-Z]{0,17}$/;

/**
 * Whether a value is a well-formed account number.
 *
 * @example
 * ```ts
 * isAccountNumber('70') //=> false
 * ```
 */
export function isAccountNumber(value: unknown): value is AccountNumber {
  return typeof value === 'string' && ACCOUNT_RE.test(value);
}

/**
 * Checks and brands an account number.
 *
 * @throws AccountingError `invalid_account`
 * @example
 * ```ts
 * accountNumber('411000') //=> '411000'
 * accountNumber('41') // throws invalid_account
 * ```
 */
export function accountNumber(value: string, path: ReadonlyArray<string | number> = []): AccountNumber {
  if (!isAccountNumber(value)) {
    fail('invalid_account', path, `Invalid account number ${JSON.stringify(value)}: it must start with three digits (PCG class and account), then digits or capital letters, 20 characters at most (e.g. "706100").`);
  }
  return value;
}

/**
 * A customer or supplier account hanging under a collective account (411,
 * 401): the FEC's CompAuxNum and CompAuxLib.
 *
 * @example
 * ```ts
 * const aux: AuxiliaryAccount = { number: 'C0001', name: 'DUPONT Jean' };
 * ```
 */
export interface AuxiliaryAccount {
  /** The auxiliary account number (« compte auxiliaire »), e.g. the customer code `C0001`. */
  readonly number: string;
  /** The customer's or supplier's name (FEC CompAuxLib). */
  readonly name: string;
}

/**
 * The nature of an account, which fixes its normal balance.
 *
 * @example
 * ```ts
 * const kind: AccountKind = 'income';
 * ```
 */
export type AccountKind = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

/**
 * The usual kind of a PCG account, from its number.
 *
 * @example
 * ```ts
 * pcgKind('706100') //=> 'income'
 * pcgKind('4191') //=> 'liability'
 * ```
 */
export function pcgKind(number: string): AccountKind {
  const c = number.charAt(0);
  switch (c) {
    case '1':
      return number < '15' ? 'equity' : 'liability';
    case '2':
    case '3':
      return 'asset';
    case '4': {
      if (number.startsWith('409') || number.startsWith('4456') || number.startsWith('486') || number.startsWith('4096')) return 'asset';
      if (number.startsWith('419')) return 'liability';
      if (number.startsWith('41') || number.startsWith('49') || number.startsWith('4671')) return 'asset';
      if (number.startsWith('425') || number.startsWith('441') || number.startsWith('443')) return 'asset';
      return 'liability';
    }
    case '5':
      return number.startsWith('519') ? 'liability' : 'asset';
    case '6':
      return 'expense';
    case '7':
      return 'income';
    default:
      return 'asset';
  }
}

/**
 * The side an account's balance normally sits on: debit for assets and
 * expenses, credit for the others.
 *
 * @example
 * ```ts
 * normalBalance('expense') //=> 'debit'
 * ```
 */
export function normalBalance(kind: AccountKind): 'debit' | 'credit' {
  return kind === 'asset' || kind === 'expense' ? 'debit' : 'credit';
}
