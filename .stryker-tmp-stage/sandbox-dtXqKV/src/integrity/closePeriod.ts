// @ts-nocheck
import { NOT_VALIDATED } from '../book/Book.js';
import { toBook, type BookSource } from '../book/index.js';
import { fromDayNumber, isoDate, toDayNumber } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { defaultRules, isPostingRules, sealRules, type PostingRules } from '../posting/rules.js';
import { checkSeal } from './_lib/sealCore.js';
import type { Seal } from './seal.js';

/**
 * Options of {@link closePeriod}.
 *
 * @example
 * ```ts
 * const october = seal(book, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * const november = seal(book, { period: { from: '2024-11-01', to: '2024-11-30' }, previous: october });
 * const options: ClosePeriodOptions = { seals: [october, november], book };
 * ```
 */
export interface ClosePeriodOptions {
  /**
   * The seals of the chain so far: closing before the end of the last sealed
   * period is `closing_before_seal` (a sealed period must be closed).
   * @defaultValue none: not checked
   */
  readonly seals?: ReadonlyArray<Seal>;
  /**
   * The book being closed: a draft entry dated in the closed period is
   * `unvalidated_entries` (validate before closing).
   * @defaultValue none: not checked
   */
  readonly book?: BookSource;
}

/**
 * The closing procedure (clôture, Code de commerce R123-172 … R123-175,
 * PCG art. 420-2): freezes the chronology of the entries up to `through`.
 * Like `lockPeriod`, it returns new rules carrying plain data
 * (`closedThrough`); give the same date to `createTransaction`,
 * `createTransactions`, `reverseTransaction` and `createBook` as
 * `{ closedThrough }`. Any later input dated on or before it is
 * `period_closed` — a document, a transaction, a reversal —; a correction is a
 * new entry dated in an open period, never an edit. A closing only moves
 * forward: closing before an existing closing keeps the later one. French law
 * asks for it no later than the end of the next period.
 *
 * `period_locked` (`lockPeriod`) and `period_closed` differ: a lock is a
 * posting convenience (say, once a VAT return is filed) that only refuses new
 * documents; a closing is the legal procedure that makes the period final for
 * every input, and it is what seals and the FEC's ValidDate rest on.
 *
 * @param rules - the posting rules to close (or overrides for `defaultRules`)
 * @param through - the last closed day (e.g. the end of a month or fiscal year)
 * @param options - the seal chain and the book, to check the closing against them
 * @returns new rules; `rules` is not changed
 * @throws AccountingError `invalid_date`; `closing_before_seal` (the last seal
 *   ends after `through`); `unvalidated_entries` (drafts dated up to `through`)
 * @example
 * ```ts
 * closePeriod(defaultRules(), '2024-10-31').closedThrough //=> '2024-10-31'
 * const invoiceDatedOctober20 = { ...invoice, id: 'inv-2', number: 'FA2024-0002', date: '2024-10-20' };
 * post([invoiceDatedOctober20], closePeriod(defaultRules(), '2024-10-31')) // throws period_closed
 * ```
 */
export function closePeriod(rules: PostingRules, through: string, options: ClosePeriodOptions = {}): PostingRules {
  const date = isoDate(through, ['through']);
  if (options.seals !== undefined) {
    if (!Array.isArray(options.seals)) fail('invalid_option', ['seals'], 'options.seals is the array of seal records, in chain order.');
    const last = options.seals.length > 0 ? checkSeal(options.seals[options.seals.length - 1], ['seals', options.seals.length - 1]) : undefined;
    if (last && last.period.to > date) {
      fail('closing_before_seal', ['through'], `The closing date ${date} is before the end of the last sealed period (${last.period.to}): a sealed period must be closed; close through ${last.period.to} or later.`);
    }
  }
  if (options.book !== undefined) {
    const book = toBook(options.book);
    const day = toDayNumber(date);
    const drafts: string[] = [];
    for (let t = 0; t < book.size; t++) {
      if (book.tx.validatedOn[t] === NOT_VALIDATED && book.tx.date[t]! <= day) drafts.push(`${book.tx.id[t]!} (${fromDayNumber(book.tx.date[t]!)})`);
    }
    if (drafts.length > 0) {
      const more = drafts.length > 20 ? ` and ${drafts.length - 20} more` : '';
      fail('unvalidated_entries', ['book'], `${drafts.length} draft entr${drafts.length === 1 ? 'y is' : 'ies are'} dated up to ${date}: ${drafts.slice(0, 20).join(', ')}${more}. Validate them before closing (validate(book, { through: '${date}', on })).`);
    }
  }
  const base = isPostingRules(rules) ? rules : defaultRules(rules as never);
  const closedThrough = base.closedThrough !== undefined && base.closedThrough > date ? base.closedThrough : date;
  return sealRules({ ...base, closedThrough });
}
