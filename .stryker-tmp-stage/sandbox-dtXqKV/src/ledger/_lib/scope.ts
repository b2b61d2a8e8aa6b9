// @ts-nocheck
import { toDayNumber, toPeriod, type Period } from '../../calendar/index.js';
import { fail } from '../../errors/index.js';
import type { Book } from '../../book/index.js';

/**
 * How opening balances are computed for a period: from the period's `opening`
 * (à-nouveaux) transactions, or cumulated from everything before the period.
 *
 * @example
 * ```ts
 * const mode: OpeningMode = 'cumulative';
 * ```
 */
export type OpeningMode = 'entries' | 'cumulative';

/** Where each transaction falls for a report (internal): 0 skip, 1 opening, 2 movement. */
export interface Scope {
  readonly period: Period | undefined;
  readonly opening: OpeningMode;
  /** Per transaction: 0 skipped, 1 opening, 2 movement. */
  readonly role: Uint8Array;
}

/** Classifies the Book's transactions for a period and opening mode (internal). */
export function scopeOf(book: Book, periodInput: unknown, openingInput: OpeningMode | undefined): Scope {
  const period = periodInput === undefined ? undefined : toPeriod(periodInput);
  if (openingInput !== undefined && openingInput !== 'entries' && openingInput !== 'cumulative') {
    fail('invalid_option', ['opening'], `Unknown opening mode ${JSON.stringify(openingInput)}: use "entries" or "cumulative".`);
  }
  const { date, opening: isOpening } = book.tx;
  const T = book.size;
  const role = new Uint8Array(T);
  if (!period) {
    for (let t = 0; t < T; t++) role[t] = isOpening[t] ? 1 : 2;
    return { period, opening: openingInput ?? 'entries', role };
  }
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  let mode = openingInput;
  if (mode === undefined) {
    mode = 'cumulative';
    for (let t = 0; t < T; t++) {
      if (isOpening[t] && date[t] === from) {
        mode = 'entries';
        break;
      }
    }
  }
  const cumulative = mode === 'cumulative';
  for (let t = 0; t < T; t++) {
    const d = date[t]!;
    if (d > to) continue;
    if (d < from) role[t] = cumulative ? 1 : 0;
    else role[t] = isOpening[t] ? 1 : 2;
  }
  return { period, opening: mode, role };
}
