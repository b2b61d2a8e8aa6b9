// The error a test expects, read the same way everywhere: the first issue's code, or code@path.
import { AccountingError } from '../src/index.js';

function firstIssue(fn: () => unknown): { code: string; path: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountingError) return { code: error.issues[0]!.code, path: error.issues[0]!.path.join('.') };
    throw error;
  }
  throw new Error('expected an AccountingError');
}

/** The code of the first issue of the AccountingError `fn` throws (any other outcome fails the test). */
export const codeOf = (fn: () => unknown): string => firstIssue(fn).code;

/** `code@path` of the first issue of the AccountingError `fn` throws (any other outcome fails the test). */
export const codeAt = (fn: () => unknown): string => {
  const { code, path } = firstIssue(fn);
  return `${code}@${path}`;
};

/** `[code, path, message]` of the first issue of the AccountingError `fn` throws (any other outcome fails the test). */
export const refusal = (fn: () => unknown): [string, string, string] => {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof AccountingError)) throw error;
    const issue = error.issues[0]!;
    return [issue.code, issue.path.join('.'), issue.message];
  }
  throw new Error('expected an AccountingError');
};

/** `[code, path, message]` of every issue of the AccountingError `fn` throws (any other outcome fails the test). */
export const refusals = (fn: () => unknown): Array<[string, string, string]> => {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof AccountingError)) throw error;
    return error.issues.map((i) => [i.code, i.path.join('.'), i.message]);
  }
  throw new Error('expected an AccountingError');
};
