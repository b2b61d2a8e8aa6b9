// @ts-nocheck
import { toBook, NOT_VALIDATED, type BookSource } from '../book/index.js';
import { addDays, fromDayNumber, toDayNumber, toPeriod, type PeriodInput } from '../calendar/index.js';
import { AccountingError, fail, issue } from '../errors/index.js';
import { checkSeal, computeSeal, perpetualOf, type Perpetual } from './_lib/sealCore.js';

/**
 * Debit and credit totals as decimal strings in the book's currency
 * (`'1234.50'`): plain JSON, exact.
 *
 * @example
 * ```ts
 * const totals: SealAmounts = { debit: '600.00', credit: '600.00' };
 * ```
 */
export interface SealAmounts {
  /** Σ debit as a decimal string in the major unit (`"1600.00"`). */
  readonly debit: string;
  /** Σ credit as a decimal string. */
  readonly credit: string;
}

/**
 * One journal's totals in a {@link Seal}: the period's, and the perpetual
 * totals since the first seal of the chain (the previous seal's perpetual
 * totals plus this period's).
 *
 * @example
 * ```ts
 * const vt: SealJournalTotals = { journal: 'VT', period: { debit: '600.00', credit: '600.00' }, perpetual: { debit: '1800.00', credit: '1800.00' } };
 * ```
 */
export interface SealJournalTotals {
  /** The journal code. */
  readonly journal: string;
  /** The journal's totals over the sealed period. */
  readonly period: SealAmounts;
  /** The journal's perpetual totals since the chain's first seal (« totaux perpétuels »). */
  readonly perpetual: SealAmounts;
}

/**
 * A seal record: proof of what a period of the books held when it was
 * sealed. Plain JSON (strings, numbers, arrays, null: no `Decimal`, no
 * `Date`), so `JSON.parse(JSON.stringify(seal))` is an equal seal; billing
 * software persists it however it likes (a table, a file, a WORM store).
 *
 * `hash` is the SHA-256 (hex) of the period's canonical serialisation
 * (docs/integrity.md), whose first line holds `previousHash`: each seal
 * chains to the one before, so a removed or edited seal breaks the next one.
 * `digests` lists every transaction of the period in canonical order with the
 * first 16 hex digits of the SHA-256 of its own canonical lines, so that
 * `verifySeals` can say which transaction differs.
 *
 * @example
 * ```ts
 * const s: Seal = seal(book, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * s.previousHash //=> null (the first seal of the chain)
 * ```
 */
export interface Seal {
  /** The version of the record and of the canonical serialisation. */
  readonly version: 1;
  /** The period sealed, inclusive. */
  readonly period: PeriodInput;
  /** The book's currency (ISO 4217). */
  readonly currency: string;
  /** The number of transactions dated in the period. */
  readonly transactions: number;
  /** Per journal (sorted by code, every journal of the chain so far), period and perpetual totals. */
  readonly journals: ReadonlyArray<SealJournalTotals>;
  /** The previous seal's hash; `null` for the first seal of a chain. */
  readonly previousHash: string | null;
  /** SHA-256 (64 lowercase hex digits) of the canonical serialisation of the period. */
  readonly hash: string;
  /** `[transaction id, first 16 hex digits of its own SHA-256]` in canonical order. */
  readonly digests: ReadonlyArray<readonly [string, string]>;
}

/**
 * Options of {@link seal}.
 *
 * @example
 * ```ts
 * const octoberSeal = seal(book, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * const options: SealOptions = { period: { from: '2024-11-01', to: '2024-11-30' }, previous: octoberSeal };
 * ```
 */
export interface SealOptions {
  /** The period to seal (inclusive); it starts the day after `previous` ends. */
  readonly period: PeriodInput;
  /**
   * The last seal of the chain (as persisted: a parsed JSON value is fine).
   * @defaultValue none: the first seal of a chain
   */
  readonly previous?: Seal | null;
}

/**
 * Seals a period of the books: counts its transactions, totals each journal
 * for the period and since the first seal (perpetual totals), and hashes the
 * canonical serialisation of every transaction dated in the period, chained
 * to the previous seal's hash (SHA-256). The order in which the Book holds
 * the transactions does not matter (the canonical order is date, journal,
 * id); lettering is left out, so `letter` after a seal keeps it valid. Seal
 * periods once closed (`closePeriod`), so that nothing can be added to them.
 *
 * @param source - the Book (or transactions)
 * @param options - the period, and the previous seal of the chain
 * @returns the seal record (plain, frozen JSON data)
 * @throws AccountingError `invalid_period`; `seal_overlap` (the period starts on
 *   or before the end of `previous`); `seal_out_of_sequence` (it leaves a gap
 *   after `previous`); `unvalidated_entries` (draft entries dated in the
 *   period: validate them first); `invalid_input` (a malformed `previous`, or
 *   one in another currency)
 * @example
 * ```ts
 * const october = seal(book, { period: { from: '2024-10-01', to: '2024-10-31' } });
 * october.transactions //=> 2
 * october.journals[0] //=> { journal: 'BQ', period: { debit: '600.00', credit: '600.00' }, perpetual: { debit: '600.00', credit: '600.00' } }
 * const november = seal(book, { period: { from: '2024-11-01', to: '2024-11-30' }, previous: october });
 * november.previousHash === october.hash //=> true
 * ```
 */
export function seal(source: BookSource, options: SealOptions): Seal {
  if (typeof options !== 'object' || options === null) fail('invalid_option', [], 'seal needs options { period: { from, to }, previous? }.');
  const period = toPeriod(options.period, ['period']);
  const book = toBook(source);
  let before: Perpetual = new Map();
  let previousHash: string | null = null;
  if (options.previous !== undefined && options.previous !== null) {
    const previous = checkSeal(options.previous, ['previous']);
    if (previous.currency !== book.currency) {
      fail('invalid_input', ['previous', 'currency'], `The previous seal is in ${previous.currency} but the book is in ${book.currency}: a chain has one currency.`);
    }
    const next = addDays(previous.period.to as never, 1);
    if (period.to < previous.period.from) {
      fail('seal_out_of_sequence', ['period'], `The period ${period.from} – ${period.to} comes before the previous seal's (${previous.period.from} – ${previous.period.to}): seals follow one another; the next one starts on ${next}.`);
    }
    if (period.from <= previous.period.to) {
      fail('seal_overlap', ['period', 'from'], `The period ${period.from} – ${period.to} overlaps the sealed period ${previous.period.from} – ${previous.period.to}: start it on ${next}, the day after the previous seal.`);
    }
    if (period.from !== next) {
      fail('seal_out_of_sequence', ['period', 'from'], `The period starts on ${period.from} but the previous seal ends on ${previous.period.to}: seal ${next} – ${addDays(period.from, -1)} first (an empty period is fine), so that no day escapes the chain.`);
    }
    before = perpetualOf(previous, book.scale);
    previousHash = previous.hash;
  }
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const drafts: string[] = [];
  for (let t = 0; t < book.size; t++) {
    const d = book.tx.date[t]!;
    if (d >= from && d <= to && book.tx.validatedOn[t] === NOT_VALIDATED) drafts.push(`${book.tx.id[t]!} (${fromDayNumber(d)})`);
  }
  if (drafts.length > 0) {
    const more = drafts.length > 20 ? ` and ${drafts.length - 20} more` : '';
    throw new AccountingError([
      issue('unvalidated_entries', ['period'], `${drafts.length} draft entr${drafts.length === 1 ? 'y is' : 'ies are'} dated in the period: ${drafts.slice(0, 20).join(', ')}${more}. Only validated entries are sealed: validate them first (validate(book, { through: '${period.to}', on })).`),
    ]);
  }
  return computeSeal(book, period, previousHash, before);
}
