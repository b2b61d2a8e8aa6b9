// @ts-nocheck
import { AccountingError, type AccountingIssue, type IssuePath } from './AccountingError.js';
import type { IssueCode } from './codes.js';

/** Builds an issue (internal helper). */
export function issue(code: IssueCode, path: IssuePath, message: string): AccountingIssue {
  return Object.freeze({ code, path: Object.freeze([...path]), message });
}

/** Throws an `AccountingError` with one issue (internal helper). */
export function fail(code: IssueCode, path: IssuePath, message: string): never {
  throw new AccountingError([issue(code, path, message)]);
}

/** Prefixes every path of an error's issues (internal helper). */
export function prefixIssues(prefix: IssuePath, issues: ReadonlyArray<AccountingIssue>): AccountingIssue[] {
  return issues.map((i) => issue(i.code, [...prefix, ...i.path], i.message));
}

/**
 * The non-throwing result of a `safe…` function: the value, or the issues.
 *
 * @example
 * ```ts
 * const result: SafeResult<number> = { success: true, value: 1 };
 * ```
 */
export type SafeResult<T> =
  | {
      /** `true`: the input was valid. */
      readonly success: true;
      /** What the throwing twin would have returned. */
      readonly value: T;
    }
  | {
      /** `false`: the input was rejected. */
      readonly success: false;
      /** Every problem found (at least one), as the throwing twin's `AccountingError.issues`. */
      readonly issues: readonly [AccountingIssue, ...AccountingIssue[]];
    };

/** Runs `fn`, turning an `AccountingError` into a failure result (internal helper). */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, value: fn() };
  } catch (error) {
    if (error instanceof AccountingError) return { success: false, issues: error.issues };
    throw error;
  }
}
