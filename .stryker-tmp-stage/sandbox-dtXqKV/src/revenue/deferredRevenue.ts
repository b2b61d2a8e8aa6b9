// @ts-nocheck
import type { IsoDate, Period } from '../calendar/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type RoundingMode, type VatRate } from '../money/index.js';
import type { PostingRules } from '../posting/rules.js';
import type { InvoiceKind } from '../schemas/invoice.js';
import type { SessionUsage } from '../schemas/sessionUsage.js';
import { rateInfo } from '../tax/_lib/lineAmounts.js';
import { checkMethod, type DeferralMethod } from './_lib/methods.js';
import { commonOptions, cutoffOption } from './_lib/options.js';
import { revenueLines, type RevenueLine } from './_lib/revenueLines.js';
import { checkSafe, deferredMinor, lineShare } from './_lib/share.js';

/**
 * Options of {@link deferredRevenue}.
 *
 * @example
 * ```ts
 * const options: DeferredRevenueOptions = { cutoff: '2024-12-31', method: 'months' };
 * ```
 */
export interface DeferredRevenueOptions {
  /** The cut-off (closing) date: what is served after it is deferred. */
  readonly cutoff: string;
  /**
   * How a line is prorated (SPEC-FR §4.3).
   * @defaultValue 'days'
   */
  readonly method?: DeferralMethod;
  /** Session-usage documents (they may also come with the documents). */
  readonly usage?: Iterable<SessionUsage | unknown>;
  /**
   * The posting rules: revenue accounts of lines without one, VAT rounding of
   * line amounts, currency.
   * @defaultValue defaultRules()
   */
  readonly rules?: PostingRules;
  /**
   * How the one rounding of each deferred amount is done.
   * @defaultValue the rules' rounding ('half-away-from-zero')
   */
  readonly rounding?: RoundingMode;
  /**
   * Whether lines fully recognised by the cut-off (nothing deferred, as a
   * period that ended) are listed too.
   * @defaultValue false
   */
  readonly includeRecognised?: boolean;
}

/**
 * One revenue line of a deferred-revenue report. Amounts excl. tax are signed
 * (negative on credit notes); `deferred + recognised = amountExclTax`.
 *
 * @example
 * ```ts
 * const line = deferredRevenue([invoice], { cutoff: '2024-12-31' }).lines[0]!;
 * line.deferred.toFixed(2) //=> '393.15'
 * ```
 */
export interface DeferredRevenueLine {
  /** Invoice id. */
  readonly invoice: string;
  /** Invoice number. */
  readonly number: string;
  /** The invoice kind (final invoice, credit note…); a credit note's amounts are negative. */
  readonly kind: InvoiceKind;
  /** Sale (invoice) date. */
  readonly date: IsoDate;
  /** The customer invoiced. */
  readonly customer: {
    /** The customer's id. */
    readonly id: string;
    /** The customer's name. */
    readonly name: string;
  };
  /** Index of the line in the invoice. */
  readonly line: number;
  /** The line id, when the invoice gives one. */
  readonly lineId?: string;
  /** The line's label. */
  readonly label: string;
  /** The line's product, when given. */
  readonly product?: string;
  /** Revenue account. */
  readonly account: string;
  /** The line's VAT rate; absent for a line without VAT. */
  readonly vatRate?: VatRate;
  /** The service period (« période de prestation »), for subscriptions; absent for session packs. */
  readonly servicePeriod?: Period;
  /** Days of the service period. */
  readonly totalDays?: number;
  /** Days of the service period after the cut-off. */
  readonly daysAfterCutoff?: number;
  /** Sessions sold. */
  readonly sessions?: number;
  /** Sessions used by the cut-off. */
  readonly sessionsUsed?: number;
  /** The deferred fraction `after / total`, in the method's units (days, 30E/360 days, sessions; months as a reduced fraction). */
  readonly share: {
    /** Units (days, months, sessions) after the cut-off. */
    readonly after: number;
    /** Units of the whole service period or pack. */
    readonly total: number;
  };
  /** The line's amount excl. tax (« HT »), in the currency's major unit. */
  readonly amountExclTax: Decimal;
  /** The line's amount incl. tax (« TTC »). */
  readonly amountInclTax: Decimal;
  /** Deferred revenue (PCA) at the cut-off, rounded once. */
  readonly deferred: Decimal;
  /** Revenue recognised by the cut-off: `amountExclTax − deferred`. */
  readonly recognised: Decimal;
}

/**
 * The deferred revenue of one revenue account.
 *
 * @example
 * ```ts
 * const report = deferredRevenue([invoice], { cutoff: '2024-12-31' });
 * const a = report.accounts[0]!;
 * [a.account, a.lines, a.amountExclTax.toFixed(2), a.deferred.toFixed(2), a.recognised.toFixed(2)] //=> ['706100', 1, '500.00', '393.15', '106.85']
 * ```
 */
export interface DeferredRevenueAccount {
  /** The revenue account (706…). */
  readonly account: string;
  /** How many lines are on it. */
  readonly lines: number;
  /** Σ of their amounts excl. tax. */
  readonly amountExclTax: Decimal;
  /** Σ deferred (« produits constatés d'avance ») on the account. */
  readonly deferred: Decimal;
  /** Σ recognised by the cut-off. */
  readonly recognised: Decimal;
}

/**
 * A deferred-revenue (PCA) report at a cut-off: the lines and the totals per
 * revenue account (sorted by account) and overall.
 *
 * @example
 * ```ts
 * const report = deferredRevenue([invoice], { cutoff: '2024-12-31' });
 * report.totals.deferred.toFixed(2) //=> '393.15'
 * ```
 */
export interface DeferredRevenue {
  /** The cut-off date. */
  readonly cutoff: IsoDate;
  /** The prorating method used. */
  readonly method: DeferralMethod;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** One row per invoice line with a service period or sessions, in invoice order. */
  readonly lines: ReadonlyArray<DeferredRevenueLine>;
  /** The lines summed per revenue account, sorted by account. */
  readonly accounts: ReadonlyArray<DeferredRevenueAccount>;
  /** Σ over the lines. */
  readonly totals: {
    /** How many lines are listed. */
    readonly lines: number;
    /** Σ excl. tax of the lines. */
    readonly amountExclTax: Decimal;
    /** Σ incl. tax of the lines. */
    readonly amountInclTax: Decimal;
    /** Σ deferred: what the deferred-revenue account (487) holds at the cut-off. */
    readonly deferred: Decimal;
    /** Σ recognised by the cut-off. */
    readonly recognised: Decimal;
  };
}

/** Minor-unit figures of a line (internal). */
export interface LineMinor {
  readonly exclTax: number;
  readonly inclTax: number;
  readonly deferred: number;
  readonly scale: number;
}

/** Whether a value is a line {@link deferredRevenue} made (internal helper). */
export function isDeferredRevenueLine(value: unknown): value is DeferredRevenueLine {
  return Line.is(value);
}

/** The minor-unit figures of a report line (internal helper). */
export function lineMinor(line: DeferredRevenueLine): LineMinor {
  return Line.minor(line as Line);
}

/** A report line keeping its amounts in minor units; the `Decimal` getters build them on demand (internal). */
class Line implements DeferredRevenueLine {
  declare readonly invoice: string;
  declare readonly number: string;
  declare readonly kind: InvoiceKind;
  declare readonly date: IsoDate;
  declare readonly customer: { readonly id: string; readonly name: string };
  declare readonly line: number;
  declare readonly lineId?: string;
  declare readonly label: string;
  declare readonly product?: string;
  declare readonly account: string;
  declare readonly vatRate?: VatRate;
  declare readonly servicePeriod?: Period;
  declare readonly totalDays?: number;
  declare readonly daysAfterCutoff?: number;
  declare readonly sessions?: number;
  declare readonly sessionsUsed?: number;
  declare readonly share: { readonly after: number; readonly total: number };
  readonly #m: LineMinor;

  constructor(r: RevenueLine, share: { after: number; total: number; used: number }, deferred: number, cutoff: number, method: DeferralMethod, scale: number) {
    this.#m = { exclTax: r.exclTax, inclTax: r.inclTax, deferred, scale };
    const self = this as unknown as Record<string | symbol, unknown>;
    const inv = r.invoice;
    const l = r.line;
    self.invoice = inv.id;
    self.number = inv.number ?? inv.id;
    self.kind = inv.kind;
    self.date = inv.date;
    self.customer = inv.customer;
    self.line = r.lineIndex;
    if (l.id !== undefined) self.lineId = l.id;
    self.label = l.label;
    if (l.product !== undefined) self.product = l.product;
    self.account = r.account;
    if (l.vatRate !== undefined) self.vatRate = rateInfo(l.vatRate).rate;
    if (l.servicePeriod !== undefined) {
      self.servicePeriod = Object.freeze({ from: l.servicePeriod.from as IsoDate, to: l.servicePeriod.to as IsoDate });
      self.totalDays = r.to - r.from + 1;
      self.daysAfterCutoff = cutoff >= r.to ? 0 : cutoff < r.from ? r.to - r.from + 1 : r.to - cutoff;
    }
    if (method === 'sessions') {
      self.sessions = r.sessions;
      self.sessionsUsed = share.used;
    }
    // Months are counted in 1/377580 of a month: show the fraction reduced.
    const g = method === 'months' ? gcd(share.after, share.total) : 1;
    self.share = Object.freeze({ after: share.after / g, total: share.total / g });
    Object.freeze(this);
  }

  static minor(line: Line): LineMinor {
    return line.#m;
  }

  static is(value: unknown): value is Line {
    return typeof value === 'object' && value !== null && #m in value;
  }

  get amountExclTax(): Decimal {
    return minorToDecimal(this.#m.exclTax, this.#m.scale);
  }

  get amountInclTax(): Decimal {
    return minorToDecimal(this.#m.inclTax, this.#m.scale);
  }

  get deferred(): Decimal {
    return minorToDecimal(this.#m.deferred, this.#m.scale);
  }

  get recognised(): Decimal {
    const m = this.#m;
    return minorToDecimal(m.exclTax - m.deferred, m.scale);
  }

  /** The line with its amounts as fixed-point strings. */
  toJSON(): Record<string, unknown> {
    const m = this.#m;
    return {
      ...(this as object),
      amountExclTax: minorToDecimal(m.exclTax, m.scale).toFixed(m.scale),
      amountInclTax: minorToDecimal(m.inclTax, m.scale).toFixed(m.scale),
      deferred: minorToDecimal(m.deferred, m.scale).toFixed(m.scale),
      recognised: minorToDecimal(m.exclTax - m.deferred, m.scale).toFixed(m.scale),
    };
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a === 0 ? 1 : a;
}

/**
 * Deferred revenue (produits constatés d'avance, PCA) at a cut-off: for every
 * revenue line with a service period (or, with the `sessions` method, sessions
 * sold) of the final invoices, debit notes and credit notes issued by the
 * cut-off — deposits are not revenue yet; drafts and proformas never post; an
 * invoice cancelled by the cut-off is left out — the amount excl. tax, the
 * period, its days and the days after the cut-off, and the deferred amount
 * `amount × after / total`, computed exactly and rounded once; totals per
 * revenue account. Credit notes defer negative amounts. With `sessions`, a
 * line is deferred for its sessions not used by the cut-off (from
 * `session-usage` documents), and nothing once its service period has ended.
 *
 * Documents are read as typed documents (check unknown input with
 * `parseDocument` first); the fields read here are checked, and every problem
 * is reported at once.
 *
 * @param documents - invoices and session-usage documents (others are skipped)
 * @param options - cut-off, method, usage, rules, rounding
 * @returns the report: lines, totals per account, totals
 * @throws AccountingError `invalid_date` (cut-off), `invalid_method`, `invalid_option`,
 *   `invalid_period` (a service period ending before it starts), `invalid_usage`
 *   (usage of an unknown line, of a line without sessions, or beyond the sessions sold),
 *   `unknown_document` (usage of an unknown invoice), `invalid_method` (`sessions` on a
 *   line without sessions), `duplicate_document`, `invalid_amount`, `missing_exchange_rate`
 * @example
 * ```ts
 * const invoice = {
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20',
 *             servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }],
 * };
 * const pca = deferredRevenue([invoice], { cutoff: '2024-12-31' });
 * pca.lines[0]!.daysAfterCutoff //=> 287
 * pca.totals.deferred.toFixed(2) //=> '393.15'
 * deferredRevenue([invoice], { cutoff: '2024-12-31', method: 'months' }).totals.deferred.toFixed(2) //=> '393.82'
 * deferredRevenue([invoice], { cutoff: '2024-12-31', method: '30/360' }).totals.deferred.toFixed(2) //=> '394.44'
 * ```
 */
export function deferredRevenue(documents: Iterable<unknown>, options: DeferredRevenueOptions): DeferredRevenue {
  options ??= {} as DeferredRevenueOptions;
  const { date: cutoffDate, day: cutoff } = cutoffOption(options.cutoff);
  const method = checkMethod(options.method);
  const { rules, rounding, scale } = commonOptions(options);
  const all = options.includeRecognised === true;
  const source = revenueLines(documents, { method, rules, cutoff, ...(options.usage === undefined ? {} : { usage: options.usage }) });

  const lines: Line[] = [];
  const byAccount = new Map<string, { lines: number; exclTax: number; deferred: number }>();
  let exclTotal = 0;
  let inclTotal = 0;
  let deferredTotal = 0;
  let absolute = 0;
  for (const r of source) {
    const share = lineShare(r, method, cutoff);
    if (share.after === 0 && !all) continue;
    const deferred = deferredMinor(r.exclTax, share.after, share.total, rounding);
    lines.push(new Line(r, share, deferred, cutoff, method, scale));
    let acc = byAccount.get(r.account);
    if (!acc) byAccount.set(r.account, (acc = { lines: 0, exclTax: 0, deferred: 0 }));
    acc.lines++;
    acc.exclTax += r.exclTax;
    acc.deferred += deferred;
    exclTotal += r.exclTax;
    inclTotal += r.inclTax;
    deferredTotal += deferred;
    absolute += r.inclTax < 0 ? -r.inclTax : r.inclTax;
  }
  checkSafe(absolute, 'amounts of the lines');
  const accounts = [...byAccount.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([account, a]) =>
      Object.freeze({
        account,
        lines: a.lines,
        amountExclTax: minorToDecimal(a.exclTax, scale),
        deferred: minorToDecimal(a.deferred, scale),
        recognised: minorToDecimal(a.exclTax - a.deferred, scale),
      }),
    );
  return Object.freeze({
    cutoff: cutoffDate,
    method,
    currency: rules.currency,
    lines: Object.freeze(lines),
    accounts: Object.freeze(accounts),
    totals: Object.freeze({
      lines: lines.length,
      amountExclTax: minorToDecimal(exclTotal, scale),
      amountInclTax: minorToDecimal(inclTotal, scale),
      deferred: minorToDecimal(deferredTotal, scale),
      recognised: minorToDecimal(exclTotal - deferredTotal, scale),
    }),
  });
}

