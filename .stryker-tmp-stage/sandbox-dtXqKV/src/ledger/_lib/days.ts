// @ts-nocheck
import type { Book } from '../../book/index.js';
import { fromDayNumber, isoDate, toDayNumber, type IsoDate } from '../../calendar/index.js';

/**
 * Remembers day numbers turned into dates: rows mostly come in date order, so
 * the last two are checked first, then a cache of every day seen (internal).
 */
export class DayNames {
  private lastDay = Number.NaN;
  private lastName = '' as IsoDate;
  private otherDay = Number.NaN;
  private otherName = '' as IsoDate;
  private readonly seen = new Map<number, IsoDate>();

  /** The `IsoDate` of a day number. */
  name(day: number): IsoDate {
    if (day === this.lastDay) return this.lastName;
    if (day === this.otherDay) return this.otherName;
    let name = this.seen.get(day);
    if (name === undefined) {
      name = fromDayNumber(day);
      this.seen.set(day, name);
    }
    this.otherDay = this.lastDay;
    this.otherName = this.lastName;
    this.lastDay = day;
    this.lastName = name;
    return name;
  }
}

/** The slice `[lo, hi)` of `book.byDate` whose dates fall within `[from, to]` (internal). */
export function byDateSlice(book: Book, from: number, to: number): { lo: number; hi: number } {
  return { lo: lowerBound(book, from), hi: lowerBound(book, to + 1) };
}

function lowerBound(book: Book, day: number): number {
  const order = book.byDate;
  const date = book.tx.date;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (date[order[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first and last dates of a Book, as day numbers, or undefined when empty (internal). */
export function bookDays(book: Book): { first: number; last: number } | undefined {
  if (book.size === 0) return undefined;
  return { first: book.tx.date[book.byDate[0]!]!, last: book.tx.date[book.byDate[book.size - 1]!]! };
}

/** Checks an `asOf` option; returns its day number, or +∞ when absent (internal). */
export function asOfDay(value: unknown, path: ReadonlyArray<string | number> = ['asOf']): { date: IsoDate | undefined; day: number } {
  if (value === undefined) return { date: undefined, day: Number.POSITIVE_INFINITY };
  const date = isoDate(value as string, path);
  return { date, day: toDayNumber(date) };
}
