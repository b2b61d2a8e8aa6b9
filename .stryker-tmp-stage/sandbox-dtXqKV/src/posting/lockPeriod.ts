// @ts-nocheck
import { isoDate } from '../calendar/index.js';
import { defaultRules, isPostingRules, sealRules, type PostingRules } from './rules.js';

/**
 * Locks the books up to a date: posting a transaction dated on or before
 * `until` with the returned rules is `period_locked`. A lock only moves
 * forward: locking before an existing lock keeps the later one.
 *
 * @param rules - the rules to lock
 * @param until - the last locked day (e.g. the end of a closed fiscal year)
 * @returns new rules; `rules` is not changed
 * @throws AccountingError `invalid_date`
 * @example
 * ```ts
 * lockPeriod(defaultRules(), '2023-12-31').lockedUntil //=> '2023-12-31'
 * ```
 */
export function lockPeriod(rules: PostingRules, until: string): PostingRules {
  const date = isoDate(until, ['until']);
  const base = isPostingRules(rules) ? rules : defaultRules(rules as never);
  const lockedUntil = base.lockedUntil !== undefined && base.lockedUntil > date ? base.lockedUntil : date;
  return sealRules({ ...base, lockedUntil });
}
