// @ts-nocheck
// Account names of the plaintext-accounting exports (internal, with the public naming hook).
import { defaultChart, pcgKind, type AccountKind, type AuxiliaryAccount } from '../../../accounts/index.js';
import type { Book } from '../../../book/index.js';
import { fail } from '../../../errors/index.js';

/**
 * What an account name is built from: the account number and label, its
 * kind (from the PCG class) and, for a customer or supplier, the auxiliary
 * account.
 *
 * @example
 * ```ts
 * const account: PlaintextAccount = { number: '411000', label: 'Clients', kind: 'asset', auxiliary: { number: 'C0001', name: 'DUPONT Jean' } };
 * ```
 */
export interface PlaintextAccount {
  /** The general account number, e.g. `411000`. */
  readonly number: string;
  /** The account's label from the chart or the entries. */
  readonly label: string;
  /**
   * The kind from the PCG class (asset, liability, equity, income, expense), which picks the top-level name.
   */
  readonly kind: AccountKind;
  /** The customer or supplier auxiliary account, for 411/401 lines that have one. */
  readonly auxiliary?: AuxiliaryAccount;
}

/**
 * Names an account for ledger, hledger or beancount: the components of its
 * name, root first (`['Assets', '411000 Clients', 'C0001 DUPONT Jean']`).
 * Each format then cleans every component for its syntax.
 *
 * @example
 * ```ts
 * const byNumber: AccountNamer = (a) => [a.kind === 'income' ? 'Income' : 'Assets', a.number];
 * ```
 */
export type AccountNamer = (account: PlaintextAccount) => ReadonlyArray<string>;

/**
 * The root account of each kind, the five of beancount (hledger infers
 * account types from the same names).
 *
 * @example
 * ```ts
 * ACCOUNT_ROOTS.income //=> 'Income'
 * ```
 */
export const ACCOUNT_ROOTS: Readonly<Record<AccountKind, string>> = Object.freeze({
  asset: 'Assets',
  liability: 'Liabilities',
  equity: 'Equity',
  income: 'Income',
  expense: 'Expenses',
});

/**
 * The default account naming: the root of the account's kind, then
 * "number label", then "auxiliary number name" for a customer or supplier.
 *
 * @param account - the account
 * @returns the components of its name
 * @example
 * ```ts
 * defaultAccountName({ number: '411000', label: 'Clients', kind: 'asset', auxiliary: { number: 'C0001', name: 'DUPONT Jean' } })
 * //=> ['Assets', '411000 Clients', 'C0001 DUPONT Jean']
 * ```
 */
export function defaultAccountName(account: PlaintextAccount): ReadonlyArray<string> {
  const parts = [ACCOUNT_ROOTS[account.kind], `${account.number} ${account.label}`.trim()];
  if (account.auxiliary) parts.push(`${account.auxiliary.number} ${account.auxiliary.name}`.trim());
  return parts;
}

/**
 * The name of every ledger of a Book (account + auxiliary), cleaned by
 * `clean`; names the namer made different stay different (a clash after
 * cleaning gets a numeric suffix on its last component) (internal).
 */
export function ledgerNames(
  book: Book,
  namer: AccountNamer | undefined,
  clean: (component: string, index: number) => string,
  suffix: (component: string, n: number) => string,
): string[] {
  if (namer !== undefined && typeof namer !== 'function') fail('invalid_option', ['accountName'], 'options.accountName must be a function returning the components of a name.');
  const name = namer ?? defaultAccountName;
  const chart = book.chart ?? defaultChart();
  const labels = book.accounts.map((n, a) => book.accountLabels[a] || chart.find(n)?.label || '');
  // a name the namer gives twice is its choice (auxiliaries left out); one that cleaning makes alike, a clash
  const taken = new Map<string, string>();
  return book.ledgers.map((l) => {
    const number = book.accounts[l.account]!;
    const account: PlaintextAccount = l.auxiliary >= 0
      ? { number, label: labels[l.account]!, kind: pcgKind(number), auxiliary: book.auxiliaries[l.auxiliary]! }
      : { number, label: labels[l.account]!, kind: pcgKind(number) };
    const parts = name(account);
    if (!Array.isArray(parts) || parts.length === 0 || parts.some((p) => typeof p !== 'string')) {
      fail('invalid_option', ['accountName'], `options.accountName returned ${JSON.stringify(parts)} for account ${number}: return a non-empty array of strings.`);
    }
    const cleaned = parts.map((p, i) => clean(p, i));
    const raw = parts.join('\u0000');
    let full = cleaned.join(':');
    for (let n = 2; taken.has(full) && taken.get(full) !== raw; n++) {
      const copy = [...cleaned];
      copy[copy.length - 1] = suffix(cleaned[cleaned.length - 1]!, n);
      full = copy.join(':');
    }
    taken.set(full, raw);
    return full;
  });
}
