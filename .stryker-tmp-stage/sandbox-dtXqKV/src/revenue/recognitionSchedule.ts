// @ts-nocheck
import { civilToDays, dateParts, daysInMonth, fromDayNumber, toDayNumber, type Period } from '../calendar/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type RoundingMode } from '../money/index.js';
import type { PostingRules } from '../posting/rules.js';
import type { SessionUsage } from '../schemas/sessionUsage.js';
import { checkMethod, type DeferralMethod } from './_lib/methods.js';
import { commonOptions } from './_lib/options.js';
import { revenueLines, type RevenueLine } from './_lib/revenueLines.js';
import { checkSafe, deferredMinor, lineShare } from './_lib/share.js';

/**
 * Options of {@link recognitionSchedule}.
 *
 * @example
 * ```ts
 * const options: RecognitionScheduleOptions = { method: 'months' };
 * ```
 */
export interface RecognitionScheduleOptions {
  /**
   * How each line is prorated, as for {@link deferredRevenue}.
   * @defaultValue 'days'
   */
  readonly method?: DeferralMethod;
  /** Session-usage documents (they may also come with the documents). */
  readonly usage?: Iterable<SessionUsage | unknown>;
  /** @defaultValue defaultRules() */
  readonly rules?: PostingRules;
  /** @defaultValue the rules' rounding ('half-away-from-zero') */
  readonly rounding?: RoundingMode;
}

/**
 * The revenue a line recognises in one calendar month.
 *
 * @example
 * ```ts
 * const m: RecognitionMonth = { month: '2024-10', period: period('2024-10-15', '2024-10-31'), amount: new Decimal('23.29') };
 * ```
 */
export interface RecognitionMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The month, clipped to the line's service period. */
  readonly period: Period;
  /** Revenue excl. tax recognised in that month. */
  readonly amount: Decimal;
}

/**
 * The recognition schedule of one revenue line: its revenue per month, summing
 * exactly to its amount excl. tax (with `unrecognised`, non-zero only for
 * sessions not used on a pack without a service period).
 *
 * @example
 * ```ts
 * const [line] = recognitionSchedule([invoice]).lines;
 * line!.months.length //=> 13
 * ```
 */
export interface RecognitionScheduleLine {
  /** The invoice id. */
  readonly invoice: string;
  /** The invoice number. */
  readonly number: string;
  /** The index of the line in the invoice (from 0). */
  readonly line: number;
  /** The line id, when the invoice gives one. */
  readonly lineId?: string;
  /** The line's label. */
  readonly label: string;
  /** The revenue account. */
  readonly account: string;
  /** The line's amount excl. tax, in the currency's major unit. */
  readonly amountExclTax: Decimal;
  /** What each month of the service period recognises; Σ months + unrecognised = amountExclTax. */
  readonly months: ReadonlyArray<RecognitionMonth>;
  /** What no month recognises yet (sessions not used, no period to end them). */
  readonly unrecognised: Decimal;
}

/**
 * Recognition schedules: one per revenue line, and the revenue of every month
 * over all lines.
 *
 * @example
 * ```ts
 * const schedule = recognitionSchedule([invoice]).lines[0]!;
 * [schedule.months[0]!.month, schedule.months[0]!.amount.toFixed(2)] //=> ['2024-10', '23.29']
 * ```
 */
export interface RecognitionSchedule {
  /** The prorating method used. */
  readonly method: DeferralMethod;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** One schedule per invoice line with a service period or sessions. */
  readonly lines: ReadonlyArray<RecognitionScheduleLine>;
  /** Revenue per month over every line, in month order. */
  readonly months: ReadonlyArray<{
    /** The month, `YYYY-MM`. */
    readonly month: string;
    /** Revenue excl. tax recognised in it. */
    readonly amount: Decimal;
  }>;
}

/**
 * Revenue recognition schedules (revenue per month) of the revenue lines of
 * the documents — the lines {@link deferredRevenue} reads, from every issued
 * invoice not cancelled. A month's revenue is what is recognised by its last
 * day less what was by the previous month's: so the months of a line sum
 * exactly to its amount excl. tax, and at any month end the revenue scheduled
 * so far plus the deferred revenue `deferredRevenue` computes at that cut-off
 * with the same method is the line's amount.
 *
 * @param documents - invoices and session-usage documents (others are skipped)
 * @param options - method, usage, rules, rounding
 * @returns one schedule per line, and the totals per month
 * @throws AccountingError as {@link deferredRevenue} (without the cut-off)
 * @example
 * ```ts
 * const s = recognitionSchedule([invoice]); // TV1: 500.00 excl. tax from 2024-10-15 to 2025-10-14
 * s.lines[0]!.months.map((m) => m.amount.toFixed(2)).slice(0, 3) //=> ['23.29', '41.09', '42.47']
 * s.lines[0]!.months.reduce((sum, m) => sum.plus(m.amount), new Decimal(0)).toFixed(2) //=> '500.00'
 * ```
 */
export function recognitionSchedule(documents: Iterable<unknown>, options: RecognitionScheduleOptions = {}): RecognitionSchedule {
  const method = checkMethod(options.method);
  const { rules, rounding, scale } = commonOptions(options);
  const source = revenueLines(documents, { method, rules, ...(options.usage === undefined ? {} : { usage: options.usage }) });
  const totals = new Map<number, number>();
  let absolute = 0;
  const lines = source.map((r) => {
    const { months, unrecognised } = scheduleOf(r, method, rounding);
    const out: Record<string, unknown> = {
      invoice: r.invoice.id,
      number: r.invoice.number ?? r.invoice.id,
      line: r.lineIndex,
    };
    if (r.line.id !== undefined) out.lineId = r.line.id;
    out.label = r.line.label;
    out.account = r.account;
    out.amountExclTax = minorToDecimal(r.exclTax, scale);
    out.months = Object.freeze(
      months.map((m) => {
        totals.set(m.key, (totals.get(m.key) ?? 0) + m.amount);
        absolute += m.amount < 0 ? -m.amount : m.amount;
        return Object.freeze({ month: monthLabel(m.key), period: m.period, amount: minorToDecimal(m.amount, scale) });
      }),
    );
    out.unrecognised = minorToDecimal(unrecognised, scale);
    return Object.freeze(out) as unknown as RecognitionScheduleLine;
  });
  checkSafe(absolute, 'monthly amounts');
  const months = [...totals.entries()].sort(([a], [b]) => a - b).map(([key, amount]) => Object.freeze({ month: monthLabel(key), amount: minorToDecimal(amount, scale) }));
  return Object.freeze({ method, currency: rules.currency, lines: Object.freeze(lines), months: Object.freeze(months) });
}

/** A month as year × 12 + (month − 1). */
type MonthKey = number;

function monthLabel(key: MonthKey): string {
  const y = Math.floor(key / 12);
  const m = (key % 12) + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

function monthKey(day: number): MonthKey {
  const { year, month } = dateParts(fromDayNumber(day));
  return year * 12 + month - 1;
}

/** The months of one line and what no month recognises (internal). */
function scheduleOf(r: RevenueLine, method: DeferralMethod, rounding: RoundingMode): { months: Array<{ key: MonthKey; period: Period; amount: number }>; unrecognised: number } {
  let first: number;
  let last: number;
  if (r.from >= 0) {
    first = r.from;
    last = r.to;
  } else {
    // A session pack without a service period: from the sale to the last session used.
    first = toDayNumber(r.invoice.date);
    last = first;
  }
  if (method === 'sessions' && r.usage.length > 0) {
    if (r.usage[0]! < first) first = r.usage[0]!;
    if (r.usage[r.usage.length - 1]! > last) last = r.usage[r.usage.length - 1]!;
  }
  const months: Array<{ key: MonthKey; period: Period; amount: number }> = [];
  const recognisedBy = (cutoff: number): number => {
    const s = lineShare(r, method, cutoff);
    return r.exclTax - deferredMinor(r.exclTax, s.after, s.total, rounding);
  };
  // Nothing is recognised before the first day (the whole line is still to serve).
  let before = 0;
  for (let key = monthKey(first), end = monthKey(last); key <= end; key++) {
    const year = Math.floor(key / 12);
    const month = (key % 12) + 1;
    const monthStart = civilToDays(year, month, 1);
    const monthEnd = monthStart + daysInMonth(year, month) - 1;
    const now = recognisedBy(monthEnd);
    const from = monthStart < first ? first : monthStart;
    const to = monthEnd > last ? last : monthEnd;
    months.push({ key, period: Object.freeze({ from: fromDayNumber(from), to: fromDayNumber(to) }), amount: now - before });
    before = now;
  }
  return { months, unrecognised: r.exclTax - before };
}
