/**
 * The check of `post`'s options without zod (internal): the one definition of their shape. Before it, a zod
 * schema checked them, and every bundle that posts carried zod; `test/posting/checkOptions.test.ts` keeps that
 * schema as the reference of a property (same issues, codes, paths, messages and order on arbitrary options).
 */
// @ts-nocheck

import { issue, type AccountingIssue } from '../../errors/index.js';
import { BOOL, bool, checkShape, int, list, obj, opt, record, union, UNKNOWN } from '../../schemas/_lib/shape.js';

/** The shape of `PostOptions` (the words of each field are those of its messages). */
export const OPTIONS = obj({
  nextNumbers: opt(
    record(int({ min: 1, max: 999_999_999, hint: 'a whole number from 1 to 999999999 (the next number of that journal)' }), {
      pattern: /^[A-Za-z0-9_-]{1,10}$/,
      hint: 'a journal code of 1 to 10 letters, digits, "_" or "-"',
    }),
  ),
  context: opt(list(UNKNOWN, { hint: 'an array of the documents posted by earlier calls' })),
  resetNumbersEachFiscalYear: opt(union(BOOL, obj({ startMonth: int({ min: 1, max: 12 }) }))),
  draft: opt(bool('true (post draft entries, validated later) or false')),
});

/**
 * The issues of `post`'s options (plain data, read by `readOnce`), empty when they are well formed:
 * `nextNumbers` (journal code → next number), `context` (an array), `resetNumbersEachFiscalYear` (a boolean
 * or `{ startMonth }`), `draft` (a boolean); a wrong value is `invalid_option`, an unknown key `unknown_field`.
 */
export function checkRunOptions(options: unknown): AccountingIssue[] {
  return (checkShape(OPTIONS, options).issues ?? []).map((i) => (i.code === 'invalid_input' ? issue('invalid_option', i.path, i.message) : i));
}
