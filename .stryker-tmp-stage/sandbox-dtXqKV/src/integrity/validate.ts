// @ts-nocheck
import { BOOK, NOT_VALIDATED, type Book, type BookTransactionColumns } from '../book/Book.js';
import { toBook, type BookSource } from '../book/index.js';
import { fromDayNumber, isoDate, toDayNumber } from '../calendar/index.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../errors/index.js';

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { through: '2024-10-31', on: '2024-11-05' };
 * ```
 */
export interface ValidateOptions {
  /** The last entry date validated: drafts dated on or before it are validated. */
  readonly through: string;
  /** The validation date (the FEC's ValidDate), on or after each validated entry's date. */
  readonly on: string;
}

/**
 * The validation procedure (PCG art. 420-1 … 420-2, Code de commerce R123-173):
 * validates the draft entries (brouillard, `validatedOn: null`) dated up to
 * `through`, on `on`. A validated entry is final: its validation date is the
 * FEC's ValidDate and it can no longer change (seal the period to prove it);
 * a correction is a new entry. Entries already validated keep their date;
 * drafts dated after `through` stay drafts.
 *
 * @param source - the Book (or transactions)
 * @param options - `through` (last entry date validated) and `on` (validation date)
 * @returns a new Book, the drafts up to `through` validated; the input is not changed
 * @throws AccountingError `invalid_date` (a bad date, or a draft dated after `on`:
 *   an entry is validated on or after its date)
 * @example
 * ```ts
 * const book = createBook(post([invoice], defaultRules(), { draft: true }).transactions);
 * bookTransaction(book, 0).validatedOn //=> null
 * const validated = validate(book, { through: '2024-10-31', on: '2024-11-05' });
 * bookTransaction(validated, 0).validatedOn //=> '2024-11-05'
 * ```
 */
export function validate(source: BookSource, options: ValidateOptions): Book {
  if (typeof options !== 'object' || options === null) fail('invalid_option', [], 'validate needs options { through, on }.');
  const through = toDayNumber(isoDate(options.through, ['through']));
  const on = isoDate(options.on, ['on']);
  const onDay = toDayNumber(on);
  const book = toBook(source);
  const { date, validatedOn } = book.tx;
  const issues: AccountingIssue[] = [];
  let column: Int32Array | undefined;
  for (let t = 0; t < book.size; t++) {
    if (validatedOn[t] !== NOT_VALIDATED || date[t]! > through) continue;
    if (date[t]! > onDay) {
      if (issues.length < 20) {
        issues.push(issue('invalid_date', ['on'], `Draft ${book.tx.id[t]!} is dated ${fromDayNumber(date[t]!)}, after the validation date ${on}: an entry is validated on or after its date; validate through ${on} at most, or validate on a later day.`));
      }
      continue;
    }
    (column ??= Int32Array.from(validatedOn))[t] = onDay;
  }
  if (issues.length > 0) throw new AccountingError(issues);
  if (!column) return book;
  const tx = Object.freeze({ ...book.tx, validatedOn: column }) as BookTransactionColumns;
  const out: Record<string, unknown> = { ...book, tx };
  Object.defineProperty(out, BOOK, { value: true, enumerable: false });
  return Object.freeze(out) as unknown as Book;
}
