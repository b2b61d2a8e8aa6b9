// @ts-nocheck
import type { AuxiliaryAccount } from '../accounts/index.js';
import { toBook, type BookSource } from '../book/index.js';
import { fromDayNumber, type IsoDate } from '../calendar/index.js';
import { AccountingError, issue, type AccountingIssue } from '../errors/index.js';
import type { CurrencyCode, Decimal } from '../money/index.js';
import type { AccountFilter } from './_lib/accountFilter.js';
import { assertSafeTotals, decimalOf } from './_lib/amounts.js';
import { asOfDay, bookDays } from './_lib/days.js';
import { receivableMask, sortedOpenItems } from './_lib/receivables.js';

/**
 * Options of {@link agedReceivables}.
 *
 * @example
 * ```ts
 * const options: AgedReceivablesOptions = { asOf: '2024-12-31', buckets: [30, 60, 90, 180] };
 * ```
 */
export interface AgedReceivablesOptions {
  /**
   * The date the items are aged at; entries dated after it are ignored.
   * @defaultValue the book's last transaction date
   */
  readonly asOf?: string;
  /**
   * The upper bounds, in days, of every bucket but the last, strictly
   * increasing whole numbers: `[30, 60, 90]` makes 0–30, 31–60, 61–90 and
   * > 90 days.
   * @defaultValue [30, 60, 90]
   */
  readonly buckets?: ReadonlyArray<number>;
  /**
   * The receivable accounts to read (only their entries carrying an auxiliary
   * account count).
   * @defaultValue 411, 416, 4191 and 4197 and their sub-accounts
   */
  readonly accounts?: AccountFilter;
}

/**
 * An ageing bucket: items whose age in days lies in `from … to` (no `to` for
 * the last bucket).
 *
 * @example
 * ```ts
 * const bucket = agedReceivables(receivables).buckets[1];
 * bucket //=> { label: '31–60', from: 31, to: 60 }
 * ```
 */
export interface AgingBucket {
  /** The bucket's label: `0–30`, `31–60`…, `> 90` for the last one (`≥ 0` when there is a single bucket). */
  readonly label: string;
  /** The first age in days the bucket holds (0 for the first one). */
  readonly from: number;
  /** The last age in days it holds, inclusive; absent for the last, open-ended bucket. */
  readonly to?: number;
}

/**
 * A customer's open items by age: per bucket, Σ remaining of unpaid invoices
 * minus Σ remaining of unused credits (negative when the customer is in
 * credit), and the total, which is the customer's balance.
 *
 * @example
 * ```ts
 * const row = agedReceivables(receivables, { asOf: '2024-12-31' }).rows[0]!;
 * row.buckets.map((b) => b.toFixed(2)) //=> ['0.00', '0.00', '400.00', '0.00']
 * ```
 */
export interface AgedReceivablesRow {
  /** The customer (auxiliary account). */
  readonly auxiliary: AuxiliaryAccount;
  /**
   * What the customer still owes, by age bucket, in the order of `AgedReceivables.buckets`; unused credits
   * count negative.
   */
  readonly buckets: ReadonlyArray<Decimal>;
  /** Σ of the buckets: the customer's open balance (debit positive). */
  readonly total: Decimal;
}

/**
 * The aged receivables (balance âgée clients) at a date.
 *
 * @example
 * ```ts
 * agedReceivables(receivables).buckets.map((b) => b.label) //=> ['0–30', '31–60', '61–90', '> 90']
 * ```
 */
export interface AgedReceivables {
  /** The date of the ageing; absent only for an empty book without `asOf`. */
  readonly asOf?: IsoDate;
  /** The age buckets, youngest first. */
  readonly buckets: ReadonlyArray<AgingBucket>;
  /** One row per customer with open items, by auxiliary number. */
  readonly rows: ReadonlyArray<AgedReceivablesRow>;
  /** Σ over the customers. */
  readonly totals: {
    /** Σ per bucket over the customers. */
    readonly buckets: ReadonlyArray<Decimal>;
    /** Σ of every customer's open balance. */
    readonly total: Decimal;
  };
  /** The book currency of every amount. */
  readonly currency: CurrencyCode;
}

/**
 * Ages the open items (unpaid invoices and unused credits, see
 * {@link openItems}) of each customer at a date into buckets by the days
 * since the transaction that opened them.
 *
 * @param source - a Book, or transactions
 * @param options - date, bucket bounds, receivable accounts
 * @returns per customer and in total, the amounts by bucket
 * @throws AccountingError `invalid_option` (bad buckets), `invalid_date`, `invalid_account`, `unknown_account`, `amount_overflow`
 * @example
 * ```ts
 * const aged = agedReceivables(receivables, { asOf: '2024-12-31' });
 * aged.rows.map((r) => [r.auxiliary.number, ...r.buckets.map((b) => b.toFixed(2))])
 * //=> [['C0001', '0.00', '0.00', '400.00', '0.00'], ['C0002', '-50.00', '0.00', '0.00', '0.00'],
 * //    ['C0003', '-30.00', '0.00', '0.00', '0.00'], ['C0004', '0.00', '0.00', '0.00', '200.00']]
 * ```
 */
export function agedReceivables(source: BookSource, options: AgedReceivablesOptions = {}): AgedReceivables {
  const book = toBook(source);
  assertSafeTotals(book);
  const bounds = checkBuckets(options.buckets ?? [30, 60, 90]);
  const given = asOfDay(options.asOf);
  const last = bookDays(book)?.last;
  const day = options.asOf !== undefined ? given.day : (last ?? Number.POSITIVE_INFINITY);
  const asOf = given.date ?? (last === undefined ? undefined : fromDayNumber(last));

  const buckets: AgingBucket[] = [];
  let from = 0;
  for (const to of bounds) {
    buckets.push(Object.freeze({ label: `${from}–${to}`, from, to }));
    from = to + 1;
  }
  buckets.push(Object.freeze({ label: bounds.length === 0 ? '≥ 0' : `> ${from - 1}`, from }));

  const B = buckets.length;
  const { groups, order: open, origin } = sortedOpenItems(book, receivableMask(book, options.accounts), day);
  const sums = new Map<number, Float64Array>();
  for (const i of open) {
    const age = day - book.tx.date[origin[i]!]!;
    let b = 0;
    while (b < bounds.length && age > bounds[b]!) b++;
    const auxiliary = book.ledgers[groups.ledger[i]!]!.auxiliary;
    let row = sums.get(auxiliary);
    if (!row) sums.set(auxiliary, (row = new Float64Array(B)));
    row[b]! += groups.debit[i]! - groups.credit[i]!;
  }
  const scale = book.scale;
  const totals = new Float64Array(B);
  const order = [...sums.keys()].sort((x, y) => (book.auxiliaries[x]!.number < book.auxiliaries[y]!.number ? -1 : 1));
  const rows = order.map((x) => {
    const row = sums.get(x)!;
    let total = 0;
    for (let b = 0; b < B; b++) {
      total += row[b]!;
      totals[b]! += row[b]!;
    }
    return Object.freeze({
      auxiliary: book.auxiliaries[x]!,
      buckets: Object.freeze(Array.from(row, (v) => decimalOf(v, scale))),
      total: decimalOf(total, scale),
    }) as AgedReceivablesRow;
  });
  let grand = 0;
  for (let b = 0; b < B; b++) grand += totals[b]!;
  const out: Record<string, unknown> = {};
  if (asOf !== undefined) out.asOf = asOf;
  out.buckets = Object.freeze(buckets);
  out.rows = Object.freeze(rows);
  out.totals = Object.freeze({ buckets: Object.freeze(Array.from(totals, (v) => decimalOf(v, scale))), total: decimalOf(grand, scale) });
  out.currency = book.currency;
  return Object.freeze(out) as unknown as AgedReceivables;
}

function checkBuckets(value: unknown): number[] {
  if (!Array.isArray(value)) {
    throw new AccountingError([issue('invalid_option', ['buckets'], 'buckets must be a list of day bounds such as [30, 60, 90].')]);
  }
  const issues: AccountingIssue[] = [];
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      issues.push(issue('invalid_option', ['buckets', i], `Bucket bound ${String(v)} is not a whole number of days ≥ 0.`));
    } else if (i > 0 && typeof value[i - 1] === 'number' && v <= (value[i - 1] as number)) {
      issues.push(issue('invalid_option', ['buckets', i], `Bucket bounds must increase strictly: ${v} follows ${String(value[i - 1])}.`));
    }
  });
  if (issues.length > 0) throw new AccountingError(issues);
  return value as number[];
}
