// @ts-nocheck
import { BOOK, type Book, type BookEntryColumns } from './Book.js';

/**
 * A copy of a Book with new lettering columns (internal helper for `letter`):
 * every other column is shared, not copied. `strings` must extend the book's
 * strings (same indexes, new ones appended) so that shared columns keep their
 * meaning.
 *
 * @param book - the book
 * @param code - per entry, index into `strings` of the lettering code, −1 for none
 * @param date - per entry, day number of the lettering date (read where a code is set)
 * @param strings - the book's strings plus the new codes
 * @returns the new, frozen Book
 */
export function withLettering(book: Book, code: Int32Array, date: Int32Array, strings: ReadonlyArray<string>): Book {
  const entries: Record<string, unknown> = { ...book.entries };
  let any = false;
  for (let i = 0; i < code.length; i++) {
    if (code[i]! >= 0) {
      any = true;
      break;
    }
  }
  if (any) {
    entries.letteringCode = code;
    entries.letteringDate = date;
  } else {
    delete entries.letteringCode;
    delete entries.letteringDate;
  }
  const out: Record<string, unknown> = { ...book, strings: Object.isFrozen(strings) ? strings : Object.freeze(strings), entries: Object.freeze(entries) as unknown as BookEntryColumns };
  Object.defineProperty(out, BOOK, { value: true, enumerable: false });
  return Object.freeze(out) as unknown as Book;
}
