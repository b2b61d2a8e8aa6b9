// @ts-nocheck
import { AccountingError, issue, type AccountingIssue } from '../../errors/index.js';
import type { Book } from '../../book/index.js';

/**
 * Which accounts a report covers: by class, by inclusive range, by prefixes.
 * Criteria combine with AND; a range bound covers its sub-accounts
 * (`to: '512'` includes 512100).
 *
 * @example
 * ```ts
 * const onlyCustomers: AccountFilter = { prefixes: ['411'] };
 * const balanceSheet: AccountFilter = { classes: [1, 2, 3, 4, 5] };
 * ```
 */
export interface AccountFilter {
  /** PCG classes to keep (1–9): `[6, 7]` keeps expenses and income. */
  readonly classes?: ReadonlyArray<number>;
  /** The first account of an inclusive range (e.g. `401`); a bound covers its sub-accounts. */
  readonly from?: string;
  /** The last account of an inclusive range (e.g. `512` includes `512100`). */
  readonly to?: string;
  /** Account prefixes to keep (`['411', '416']`); each must match an account of the book or its chart. */
  readonly prefixes?: ReadonlyArray<string>;
}

const NUMBER_RE = /^\d{1,3}[0-9A-Z]{0,17}$/;

/**
 * Resolves a filter to a mask over the Book's account ids (internal). Throws
 * `invalid_account` for a malformed bound or prefix, `unknown_account` for a
 * prefix matching no account of the book or its chart, `invalid_option` for a
 * class outside 1–9 or a range whose end precedes its start.
 */
export function accountMask(book: Book, filter: AccountFilter | undefined, path: ReadonlyArray<string | number> = ['accounts']): Uint8Array {
  const mask = new Uint8Array(book.accounts.length);
  if (!filter) return mask.fill(1);
  const issues: AccountingIssue[] = [];
  for (const [i, c] of (filter.classes ?? []).entries()) {
    if (!Number.isInteger(c) || c < 1 || c > 9) issues.push(issue('invalid_option', [...path, 'classes', i], `Account class ${String(c)} does not exist: classes are whole numbers from 1 to 9.`));
  }
  for (const key of ['from', 'to'] as const) {
    const v = filter[key];
    if (v !== undefined && !NUMBER_RE.test(v)) issues.push(issue('invalid_account', [...path, key], `Invalid account bound ${JSON.stringify(v)}: use digits such as "401" or "411000".`));
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from && !filter.from.startsWith(filter.to)) {
    issues.push(issue('invalid_option', [...path], `The account range ends (${filter.to}) before it starts (${filter.from}).`));
  }
  for (const [i, p] of (filter.prefixes ?? []).entries()) {
    if (!NUMBER_RE.test(p)) issues.push(issue('invalid_account', [...path, 'prefixes', i], `Invalid account prefix ${JSON.stringify(p)}: use digits such as "411".`));
    else if (!book.accounts.some((a) => a.startsWith(p)) && !(book.chart?.accounts.some((a) => a.number.startsWith(p) || p.startsWith(a.number)) ?? false)) {
      issues.push(issue('unknown_account', [...path, 'prefixes', i], `No account of the book${book.chart ? ' or its chart' : ''} starts with ${p}: check the prefix.`));
    }
  }
  if (issues.length > 0) throw new AccountingError(issues);
  const classes = filter.classes ? new Set(filter.classes) : undefined;
  book.accounts.forEach((a, id) => {
    let ok = true;
    if (classes && !classes.has(a.charCodeAt(0) - 48)) ok = false;
    if (ok && filter.from !== undefined && a < filter.from) ok = false;
    if (ok && filter.to !== undefined && a > filter.to && !a.startsWith(filter.to)) ok = false;
    if (ok && filter.prefixes && !filter.prefixes.some((p) => a.startsWith(p))) ok = false;
    mask[id] = ok ? 1 : 0;
  });
  return mask;
}
