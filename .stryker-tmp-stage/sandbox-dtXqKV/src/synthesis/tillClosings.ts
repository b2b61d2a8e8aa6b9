// @ts-nocheck
import { fromDayNumber, toDayNumber, toPeriod, type IsoDate, type Period, type PeriodInput } from '../calendar/index.js';
import { AccountingError, fail, issue, type AccountingIssue } from '../errors/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type VatRate } from '../money/index.js';
import { decimalToMinor } from '../posting/_lib/minor.js';
import type { PostingRules } from '../posting/rules.js';
import type { TillClosing } from '../schemas/index.js';
import type { TicketRecord } from './_lib/tables.js';
import { documentsOf, type DocumentIndex } from './documentIndex.js';

/**
 * Options of {@link tillClosings}.
 *
 * @example
 * ```ts
 * const options: TillClosingsOptions = { period: { from: '2024-07-01', to: '2024-07-31' }, till: 'CAISSE1' };
 * ```
 */
export interface TillClosingsOptions {
  /** The period, inclusive: the closings whose day falls in it. */
  readonly period: PeriodInput;
  /** Only this till's closings. @defaultValue every till */
  readonly till?: string;
  /** The rules (VAT rates, rounding, payment methods and their accounts, 530 / 658 / 758). @defaultValue defaultRules() */
  readonly rules?: PostingRules;
}

/**
 * One till closing (Z de caisse): its tickets, its sales by VAT rate, its
 * payments by method and its cash count, as the closing posts them.
 *
 * @example
 * ```ts
 * const [z] = tillClosings([closing], { period: { from: '2024-07-01', to: '2024-07-31' } }).closings;
 * z!.ticketCount //=> 2
 * z!.difference.toFixed(2) //=> '-0.10'
 * z!.differenceAccount //=> '658'
 * ```
 */
export interface TillClosingFigures {
  /** The document id. */
  readonly id: string;
  /** The Z number (the closing's `number`, else its id): the piece reference of its transaction. */
  readonly number: string;
  /** The till (register) id (« caisse »). */
  readonly till: string;
  /** The business day the closing covers. */
  readonly day: IsoDate;
  /** The tickets' numbers (their `number`, else their id), in the closing's order. */
  readonly tickets: ReadonlyArray<string>;
  /** How many tickets the closing holds. */
  readonly ticketCount: number;
  /** Σ tickets incl. tax. */
  readonly revenue: Decimal;
  /** Sales by VAT rate, highest first; tourist tax (no rate) last. */
  readonly byVatRate: ReadonlyArray<{
    /** The VAT rate; `undefined` for tourist tax. */
    readonly rate: VatRate | undefined;
    /** Sales excl. tax (« HT »). */
    readonly exclTax: Decimal;
    /** VAT on those sales. */
    readonly vat: Decimal;
    /** Sales incl. tax (« TTC »). */
    readonly inclTax: Decimal;
  }>;
  /** Payments by method, by method name: how many and how much. */
  readonly byMethod: ReadonlyArray<{
    /** The payment method (`card`, `cash`…). */
    readonly method: string;
    /** The rules' label of the method. */
    readonly label: string;
    /** The account the payments are posted to (e.g. `530` for cash). */
    readonly account: string;
    /** How many payments. */
    readonly count: number;
    /** Σ paid by the method. */
    readonly amount: Decimal;
  }>;
  /** What the tickets left on customers' accounts (revenue − payments). */
  readonly onAccount: Decimal;
  /** Cash the till expected: the closing's `expectedCash`, else the payments by a method on the cash account. */
  readonly expectedCash: Decimal;
  /** Cash counted: the closing's `countedCash`, else the cash expected. */
  readonly countedCash: Decimal;
  /** countedCash − expectedCash: negative is a shortage, positive an overage. */
  readonly difference: Decimal;
  /** Where the difference is posted: `rules.accounts.cashShortage` (658) or `cashOverage` (758); absent when none. */
  readonly differenceAccount?: string;
}

/**
 * The till closings of a period.
 *
 * @example
 * ```ts
 * const report = tillClosings([closing], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * report.closings.map((z) => z.number) //=> ['z-1'] (the closing's number, else its id)
 * ```
 */
export interface TillClosings {
  /** The period, inclusive. */
  readonly period: Period;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The till the list is limited to; absent for every till. */
  readonly till?: string;
  /** By day, then till, then input order. */
  readonly closings: ReadonlyArray<TillClosingFigures>;
}

/**
 * The figures of each till closing (Z de caisse) of a period, one per
 * closing: date, till, tickets and their count, sales by VAT rate (excl.
 * tax, VAT, incl. tax), payments by method, cash expected and counted, and
 * the difference with the account it is posted to (658 short, 758 over) —
 * the same figures the closing's cash-journal transaction carries. (The
 * period's totals are {@link posFigures}.)
 *
 * @param documents - the documents (till closings are read; every document is checked), or their `indexDocuments` index
 * @param options - period, till, rules
 * @returns the closings, frozen
 * @throws AccountingError `invalid_period`, `invalid_option` (till), `too_many_decimals` (a cash amount), and every issue of an invalid document
 * @example
 * ```ts
 * const report = tillClosings([closing], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * const z = report.closings[0]!;
 * [z.ticketCount, z.revenue.toFixed(2), z.expectedCash.toFixed(2), z.difference.toFixed(2), z.differenceAccount]
 * //=> [2, '9.25', '7.00', '-0.10', '658'] (7.00 cash expected, 6.90 counted)
 * ```
 */
export function tillClosings(documents: Iterable<unknown> | DocumentIndex, options: TillClosingsOptions): TillClosings {
  if (typeof options !== 'object' || options === null) fail('invalid_period', ['period'], 'Give the period as options.period { from, to }.');
  const period = toPeriod(options.period);
  if (options.till !== undefined && (typeof options.till !== 'string' || options.till.trim() === '')) fail('invalid_option', ['till'], 'options.till must be a till id such as "CAISSE1".');
  const docs = documentsOf(documents, options.rules);
  const rules = docs.c.rules;
  const scale = docs.scale;
  const d = (m: number): Decimal => minorToDecimal(m, scale);
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);

  const ticketsOf = new Map<number, TicketRecord[]>();
  for (const t of docs.tickets) {
    const list = ticketsOf.get(t.index);
    if (list === undefined) ticketsOf.set(t.index, [t]);
    else list.push(t);
  }
  const picked: Array<{ closing: TillClosing; index: number; day: number }> = [];
  docs.checked.forEach((doc, index) => {
    if (typeof doc !== 'object' || doc === null || (doc as { type?: unknown }).type !== 'till-closing') return;
    const closing = doc as TillClosing;
    const day = toDayNumber(closing.day);
    if (day < from || day > to || (options.till !== undefined && closing.till !== options.till)) return;
    picked.push({ closing, index, day });
  });
  picked.sort((a, b) => a.day - b.day || (a.closing.till < b.closing.till ? -1 : a.closing.till > b.closing.till ? 1 : 0) || a.index - b.index);

  const issues: AccountingIssue[] = [];
  const amountOf = (value: string | undefined, fallback: number, index: number, field: string): number => {
    if (value === undefined) return fallback;
    const m = decimalToMinor(value, scale);
    if (!Number.isSafeInteger(m)) {
      issues.push(issue('too_many_decimals', [index, field], `Amount ${value} of ${field} has more decimals than the currency allows, or is too large: write it with at most ${scale} decimals.`));
      return 0;
    }
    return m;
  };
  const closings = picked.map(({ closing, index }) => {
    const tickets = ticketsOf.get(index) ?? [];
    let revenue = 0;
    let paid = 0;
    let cash = 0;
    const rates = new Map<string, { rate: string | undefined; exclTax: number; inclTax: number }>();
    const methods = new Map<string, { count: number; amount: number }>();
    for (const t of tickets) {
      revenue += t.figures.inclTax;
      for (let g = t.figures.groupStart; g < t.figures.groupEnd; g++) {
        const rate = docs.natures.keys[docs.groups.key[g]!]!.rate;
        const r = rates.get(rate ?? '') ?? { rate, exclTax: 0, inclTax: 0 };
        r.exclTax += docs.groups.exclTax[g]!;
        r.inclTax += docs.groups.inclTax[g]!;
        rates.set(rate ?? '', r);
      }
      t.ticket.payments.forEach((p, j) => {
        const amount = t.payments[j]!;
        const m = methods.get(p.method) ?? { count: 0, amount: 0 };
        m.count++;
        m.amount += amount;
        methods.set(p.method, m);
        paid += amount;
        if (docs.c.method(p.method)?.account === rules.accounts.cash) cash += amount;
      });
    }
    const expected = amountOf(closing.expectedCash, cash, index, 'expectedCash');
    const counted = amountOf(closing.countedCash, expected, index, 'countedCash');
    const difference = counted - expected;
    const out: Record<string, unknown> = {
      id: closing.id,
      number: closing.number ?? closing.id,
      till: closing.till,
      day: fromDayNumber(toDayNumber(closing.day)),
      tickets: Object.freeze(closing.tickets.map((t) => t.number ?? t.id)),
      ticketCount: closing.tickets.length,
      revenue: d(revenue),
      byVatRate: Object.freeze(
        [...rates.values()]
          .sort((a, b) => (a.rate === undefined ? 1 : b.rate === undefined ? -1 : Number(b.rate) - Number(a.rate)))
          .map((r) => Object.freeze({ rate: r.rate, exclTax: d(r.exclTax), vat: d(r.inclTax - r.exclTax), inclTax: d(r.inclTax) })),
      ),
      byMethod: Object.freeze(
        [...methods.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([method, v]) => {
            const rule = docs.c.method(method);
            return Object.freeze({ method, label: rule?.label ?? method, account: rule?.account ?? '', count: v.count, amount: d(v.amount) });
          }),
      ),
      onAccount: d(revenue - paid),
      expectedCash: d(expected),
      countedCash: d(counted),
      difference: d(difference),
    };
    if (difference < 0) out.differenceAccount = rules.accounts.cashShortage;
    if (difference > 0) out.differenceAccount = rules.accounts.cashOverage;
    return Object.freeze(out) as unknown as TillClosingFigures;
  });
  if (issues.length > 0) throw new AccountingError(issues);
  const report: Record<string, unknown> = { period, currency: rules.currency };
  if (options.till !== undefined) report.till = options.till;
  report.closings = Object.freeze(closings);
  return Object.freeze(report) as unknown as TillClosings;
}
