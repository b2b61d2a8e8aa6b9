// @ts-nocheck
import type { IssueCode } from './codes.js';

/**
 * Where an issue sits in the input: keys and array indexes, as zod reports them
 * (`[42, 'lines', 1, 'vatRate']`).
 *
 * @example
 * ```ts
 * const path: IssuePath = ['entries', 1, 'debit'];
 * ```
 */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * One problem found in an input.
 *
 * @example
 * ```ts
 * const issue: AccountingIssue = {
 *   code: 'invalid_date',
 *   path: ['date'],
 *   message: 'Invalid date "2024-02-30": write a real date as YYYY-MM-DD.',
 * };
 * ```
 */
export interface AccountingIssue {
  /** Stable snake_case code. */
  readonly code: IssueCode;
  /** Keys and indexes leading to the bad value. */
  readonly path: IssuePath;
  /** What is wrong and what to do about it. */
  readonly message: string;
}

/**
 * The one error type partie-double throws for bad input. It always carries at
 * least one issue; its message joins the issues' messages with their paths.
 *
 * @example
 * ```ts
 * try {
 *   createTransaction({ ...input, entries: [] });
 * } catch (error) {
 *   if (error instanceof AccountingError) console.log(error.issues[0]!.code); // 'too_few_entries'
 * }
 * ```
 */
export class AccountingError extends Error {
  /** The problems found, never empty. */
  readonly issues: readonly [AccountingIssue, ...AccountingIssue[]];

  /**
   * @param issues - at least one issue
   * @throws TypeError when `issues` is empty (a library bug, never bad input)
   */
  constructor(issues: ReadonlyArray<AccountingIssue>) {
    if (issues.length === 0) throw new TypeError('AccountingError needs at least one issue');
    super(formatIssues(issues));
    this.name = 'AccountingError';
    this.issues = Object.freeze([...issues]) as unknown as readonly [AccountingIssue, ...AccountingIssue[]];
  }

  /** The first issue's code, for a quick `switch`. */
  get code(): IssueCode {
    return this.issues[0].code;
  }
}

function formatIssues(issues: ReadonlyArray<AccountingIssue>): string {
  const shown = issues.slice(0, 20).map((i) => (i.path.length > 0 ? `${formatPath(i.path)}: ${i.message}` : i.message));
  if (issues.length > 20) shown.push(`… and ${issues.length - 20} more issues`);
  return shown.join('\n');
}

/**
 * Writes a path as `entries[1].debit`.
 *
 * @example
 * ```ts
 * formatPath(['entries', 1, 'debit']) //=> 'entries[1].debit'
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}
