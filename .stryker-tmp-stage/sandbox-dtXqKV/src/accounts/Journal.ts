// @ts-nocheck
import { AccountingError, issue, type AccountingIssue } from '../errors/index.js';

/**
 * What a journal records.
 *
 * @example
 * ```ts
 * const kind: JournalKind = 'sales';
 * ```
 */
export type JournalKind = 'sales' | 'purchases' | 'bank' | 'cash' | 'general' | 'opening';

/**
 * A journal: code (FEC JournalCode), label (JournalLib) and kind.
 *
 * @example
 * ```ts
 * const vt: Journal = { code: 'VT', label: 'Ventes', kind: 'sales' };
 * ```
 */
export interface Journal {
  /** The journal code (« code journal »), 1–10 letters, digits, `_` or `-` (`VT`, `BQ`, `AN`). */
  readonly code: string;
  /** The journal's label (« libellé », FEC JournalLib), e.g. `Ventes`. */
  readonly label: string;
  /** What the journal records: sales, purchases, bank, cash, general (« opérations diverses ») or opening (« à-nouveaux »). */
  readonly kind: JournalKind;
}

/**
 * The usual French journals: VT sales, AC purchases, BQ bank, CA cash, OD
 * general, AN opening balances (à-nouveaux).
 *
 * @example
 * ```ts
 * DEFAULT_JOURNALS.map((j) => j.code) //=> ['VT', 'AC', 'BQ', 'CA', 'OD', 'AN']
 * ```
 */
export const DEFAULT_JOURNALS: ReadonlyArray<Journal> = Object.freeze([
  Object.freeze({ code: 'VT', label: 'Ventes', kind: 'sales' as const }),
  Object.freeze({ code: 'AC', label: 'Achats', kind: 'purchases' as const }),
  Object.freeze({ code: 'BQ', label: 'Banque', kind: 'bank' as const }),
  Object.freeze({ code: 'CA', label: 'Caisse', kind: 'cash' as const }),
  Object.freeze({ code: 'OD', label: 'Opérations diverses', kind: 'general' as const }),
  Object.freeze({ code: 'AN', label: 'À-nouveaux', kind: 'opening' as const }),
]);

const CODE_RE = /^[A-Za-z0-9_-]{1,10}$/;

/**
 * Checks a list of journals: codes of 1–10 letters, digits, `_` or `-`,
 * unique.
 *
 * @returns the frozen list
 * @throws AccountingError `invalid_input`, `duplicate_journal`
 * @example
 * ```ts
 * createJournals([...DEFAULT_JOURNALS, { code: 'BQ2', label: 'Banque 2', kind: 'bank' }]).length //=> 7
 * ```
 */
export function createJournals(journals: ReadonlyArray<Journal>): ReadonlyArray<Journal> {
  const issues: AccountingIssue[] = [];
  const seen = new Set<string>();
  journals.forEach((j, i) => {
    if (!CODE_RE.test(j.code)) issues.push(issue('invalid_input', [i, 'code'], `Invalid journal code ${JSON.stringify(j.code)}: use 1 to 10 letters, digits, "_" or "-".`));
    else if (seen.has(j.code)) issues.push(issue('duplicate_journal', [i, 'code'], `Journal ${j.code} is listed twice: keep one.`));
    seen.add(j.code);
  });
  if (issues.length > 0) throw new AccountingError(issues);
  return Object.freeze(journals.map((j) => Object.freeze({ code: j.code, label: j.label, kind: j.kind })));
}
