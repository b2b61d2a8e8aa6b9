/**
 * The check of `post`'s options without zod (internal): the one definition of their shape. Before it, a zod
 * schema checked them, and every bundle that posts carried zod; `test/posting/checkOptions.test.ts` keeps that
 * schema as the reference of a property (same issues, codes, paths, messages and order on arbitrary options).
 */
import { issue, quote, type AccountingIssue } from '../../errors/index.js';

const JOURNAL_CODE = /^[A-Za-z0-9_-]{1,10}$/;
const NEXT_NUMBER = 'a whole number from 1 to 999999999 (the next number of that journal)';
const START_MONTH = 'a whole month number from 1 to 12';
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The unknown keys of an object: `unknown_field`, or `forbidden_key` for the prototype's names. */
function unknownKeys(v: Record<string, unknown>, known: ReadonlySet<string>, path: ReadonlyArray<string>, out: AccountingIssue[]): void {
  for (const key in v) {
    if (known.has(key)) continue;
    out.push(
      FORBIDDEN.has(key)
        ? issue('forbidden_key', [...path, key], `The key "${key}" is never accepted in input: remove it.`)
        : issue('unknown_field', [...path, key], `Unknown field "${key}": remove it or check its spelling.`),
    );
  }
}

/** `{ startMonth }`: its issues, and whether one is of the kind that makes the union refuse both forms. */
function startMonthIssues(v: Record<string, unknown>, path: ReadonlyArray<string>): { readonly issues: AccountingIssue[]; readonly typeMismatch: boolean } {
  const issues: AccountingIssue[] = [];
  const m = v.startMonth;
  const at = [...path, 'startMonth'];
  if (!isWhole(m)) return { issues, typeMismatch: true };
  if (m > Number.MAX_SAFE_INTEGER) issues.push(issue('invalid_option', at, `"startMonth" must be at most ${Number.MAX_SAFE_INTEGER}: received ${quote(m)}.`));
  else if (m < -Number.MAX_SAFE_INTEGER) issues.push(issue('invalid_option', at, `"startMonth" must be at least ${-Number.MAX_SAFE_INTEGER}: received ${quote(m)}.`));
  if (m < 1) issues.push(issue('invalid_option', at, `"startMonth" must be at least 1: received ${quote(m)}.`));
  if (m > 12) issues.push(issue('invalid_option', at, `"startMonth" must be at most 12: received ${quote(m)}.`));
  unknownKeys(v, new Set(['startMonth']), path, issues);
  return { issues, typeMismatch: false };
}

const KNOWN = new Set(['nextNumbers', 'context', 'resetNumbersEachFiscalYear', 'draft']);

/**
 * The issues of `post`'s options (plain data, read by `readOnce`), empty when they are well formed:
 * `nextNumbers` (journal code → next number), `context` (an array), `resetNumbersEachFiscalYear` (a boolean
 * or `{ startMonth }`), `draft` (a boolean); a wrong value is `invalid_option`, an unknown key `unknown_field`.
 */
export function checkRunOptions(options: unknown): AccountingIssue[] {
  const out: AccountingIssue[] = [];
  if (!isObject(options)) {
    out.push(issue('invalid_option', [], `the input must be an object { nextNumbers?, context?, resetNumbersEachFiscalYear?, draft? }: received ${quote(options)}.`));
    return out;
  }
  const next = options.nextNumbers;
  if (next !== undefined) {
    if (!isObject(next)) out.push(issue('invalid_option', ['nextNumbers'], `"nextNumbers" must be record: received ${quote(next)}.`));
    else {
      for (const key of Object.keys(next)) {
        if (key === '__proto__') continue; // as zod's record: never read
        const n = next[key];
        const at = ['nextNumbers', key];
        if (!JOURNAL_CODE.test(key)) out.push(issue('invalid_option', at, `Invalid key "${key}": a key here is a journal code of 1 to 10 letters, digits, "_" or "-".`));
        else if (n === undefined) out.push(issue('invalid_option', at, `Missing field "${key}": it is required and holds ${NEXT_NUMBER}.`));
        else {
          // One issue per bound missed, as zod reported them: the safe-integer range, then 1, then 999999999.
          const missed = !isWhole(n) ? 1 : (Math.abs(n) > Number.MAX_SAFE_INTEGER ? 1 : 0) + (n < 1 ? 1 : 0) + (n > 999_999_999 ? 1 : 0);
          for (let k = 0; k < missed; k++) out.push(issue('invalid_option', at, `"${key}" must be ${NEXT_NUMBER}: received ${quote(n)}.`));
        }
      }
    }
  }
  const context = options.context;
  if (context !== undefined && !Array.isArray(context)) out.push(issue('invalid_option', ['context'], `"context" must be an array of the documents posted by earlier calls: received ${quote(context)}.`));
  const reset = options.resetNumbersEachFiscalYear;
  if (reset !== undefined && typeof reset !== 'boolean') {
    const month = isObject(reset) ? startMonthIssues(reset, ['resetNumbersEachFiscalYear']) : undefined;
    if (month && !month.typeMismatch) out.push(...month.issues);
    else out.push(issue('invalid_option', ['resetNumbersEachFiscalYear'], `"resetNumbersEachFiscalYear" must be true or false or an object { startMonth }: received ${quote(reset)}.`));
  }
  const draft = options.draft;
  if (draft !== undefined && typeof draft !== 'boolean') out.push(issue('invalid_option', ['draft'], `"draft" must be true (post draft entries, validated later) or false: received ${quote(draft)}.`));
  unknownKeys(options, KNOWN, [], out);
  return out;
}
