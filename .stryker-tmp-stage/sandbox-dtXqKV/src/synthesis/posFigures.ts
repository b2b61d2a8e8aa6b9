// @ts-nocheck
import { toDayNumber, toPeriod, type Period, type PeriodInput } from '../calendar/index.js';
import { fail } from '../errors/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type VatRate } from '../money/index.js';
import { divRoundNum } from '../posting/_lib/minor.js';
import type { PostingRules } from '../posting/rules.js';
import { lineAmounts } from '../tax/_lib/lineAmounts.js';
import type { TicketRecord } from './_lib/tables.js';
import { documentsOf, type DocumentIndex } from './documentIndex.js';

/**
 * Options of {@link posFigures}.
 *
 * @example
 * ```ts
 * const options: PosFiguresOptions = { period: { from: '2024-07-01', to: '2024-07-31' }, till: 'CAISSE1' };
 * ```
 */
export interface PosFiguresOptions {
  /** The period, inclusive: the till closings whose day falls in it. */
  readonly period: PeriodInput;
  /** Only this till's closings. @defaultValue every till */
  readonly till?: string;
  /** The rules (VAT rates, rounding, payment method labels). @defaultValue defaultRules() */
  readonly rules?: PostingRules;
}

/**
 * The till's figures of a period (chiffre d'affaires de la caisse) and its
 * breakdowns. Amounts incl. tax unless named otherwise.
 *
 * @example
 * ```ts
 * const figures = posFigures([closing], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * figures.sales //=> 2
 * figures.averageBasket.toFixed(2) //=> '4.63' (9.25 over 2 sales)
 * ```
 */
export interface PosFigures {
  /** The period, inclusive. */
  readonly period: Period;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The till the figures are limited to; absent for every till. */
  readonly till?: string;
  /** Number of sales: the tickets. */
  readonly sales: number;
  /** Σ tickets incl. tax (CA total). */
  readonly revenue: Decimal;
  /** revenue / sales, rounded to the minor unit with the rules' rounding (0 without sales). */
  readonly averageBasket: Decimal;
  /** Items sold: Σ quantities of the lines (tourist tax excluded). */
  readonly items: Decimal;
  /** items / sales, rounded to 2 decimals with the rules' rounding (0 without sales). */
  readonly averageItems: Decimal;
  /** By VAT rate, highest first; tourist tax has no rate. */
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
  /** By line category ('' when none), sorted. */
  readonly byCategory: ReadonlyArray<{
    /** The line category, `''` when none. */
    readonly category: string;
    /** Sales incl. tax of the category. */
    readonly inclTax: Decimal;
  }>;
  /** By product (the line's `product`, else its label), sorted. */
  readonly byProduct: ReadonlyArray<{
    /** The product (the line's `product`, else its label). */
    readonly product: string;
    /** Quantity sold (may be fractional). */
    readonly quantity: Decimal;
    /** Sales incl. tax of the product. */
    readonly inclTax: Decimal;
  }>;
  /** By seller ('' when none): the tickets they sold a line on, and the amount of their lines. */
  readonly bySeller: ReadonlyArray<{
    /** The seller, `''` when none. */
    readonly seller: string;
    /** Tickets on which they sold at least one line. */
    readonly sales: number;
    /** Σ incl. tax of their lines. */
    readonly inclTax: Decimal;
  }>;
  /** Ticket payments by method. */
  readonly byMethod: ReadonlyArray<{
    /** The payment method as written on the tickets (`card`, `cash`…). */
    readonly method: string;
    /** The rules' label of the method (`CB`, `espèces`…). */
    readonly label: string;
    /** How many ticket payments used it. */
    readonly count: number;
    /** Σ paid by the method. */
    readonly amount: Decimal;
  }>;
}

const QTY_SCALE = 6;

/**
 * The till figures of a period, from its till closings: number of sales,
 * revenue, average basket, average items per ticket, and sales by VAT rate,
 * category, product, seller and payment method.
 *
 * @param documents - the documents (till closings are read; every document is checked), or their `indexDocuments` index
 * @param options - period, till, rules
 * @returns the figures, frozen
 * @throws AccountingError `invalid_period`, `invalid_option` (till; an index built with other rules), and every issue of an invalid document
 * @example
 * ```ts
 * const f = posFigures([closing], { period: { from: '2024-07-01', to: '2024-07-31' } });
 * [f.sales, f.revenue.toFixed(2), f.averageBasket.toFixed(2)] //=> [2, '9.25', '4.63']
 * ```
 */
export function posFigures(documents: Iterable<unknown> | DocumentIndex, options: PosFiguresOptions): PosFigures {
  if (typeof options !== 'object' || options === null) fail('invalid_period', ['period'], 'Give the period as options.period { from, to }.');
  const period = toPeriod(options.period);
  if (options.till !== undefined && (typeof options.till !== 'string' || options.till.trim() === '')) fail('invalid_option', ['till'], 'options.till must be a till id such as "CAISSE1".');
  const docs = documentsOf(documents, options.rules);
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const rules = docs.c.rules;
  const scale = docs.scale;
  const mode = rules.rounding;
  const d = (m: number): Decimal => minorToDecimal(m, scale);
  const q = (m: number): Decimal => minorToDecimal(m, QTY_SCALE);
  const tickets: TicketRecord[] = docs.tickets.filter((t) => t.day >= from && t.day <= to && (options.till === undefined || t.closing.till === options.till));

  let revenue = 0;
  let items = 0;
  const rates = new Map<string, { rate: string | undefined; exclTax: number; inclTax: number }>();
  const categories = new Map<string, number>();
  const products = new Map<string, { quantity: number; inclTax: number }>();
  const sellers = new Map<string, { sales: number; inclTax: number }>();
  const methods = new Map<string, { count: number; amount: number }>();
  for (const t of tickets) {
    revenue += t.figures.inclTax;
    items += t.figures.items;
    for (let g = t.figures.groupStart; g < t.figures.groupEnd; g++) {
      const rate = docs.natures.keys[docs.groups.key[g]!]!.rate;
      const key = rate ?? '';
      const r = rates.get(key) ?? { rate, exclTax: 0, inclTax: 0 };
      r.exclTax += docs.groups.exclTax[g]!;
      r.inclTax += docs.groups.inclTax[g]!;
      rates.set(key, r);
    }
    const amounts = lineAmounts(t.ticket.lines, { pricesIncludeTax: t.closing.pricesIncludeTax !== false, scale, rounding: mode, vatRounding: rules.vatRounding });
    if ('badLine' in amounts) continue; // cannot happen: readDocuments checked the lines
    const seen = new Set<string>();
    t.ticket.lines.forEach((l, k) => {
      const incl = Number(amounts.inclTax[k]!);
      const category = l.category ?? '';
      categories.set(category, (categories.get(category) ?? 0) + incl);
      if (l.kind !== 'tourist-tax') {
        const product = l.product ?? l.label;
        const p = products.get(product) ?? { quantity: 0, inclTax: 0 };
        p.quantity += quantityMinor(l.quantity);
        p.inclTax += incl;
        products.set(product, p);
      }
      const seller = l.seller ?? '';
      const s = sellers.get(seller) ?? { sales: 0, inclTax: 0 };
      if (!seen.has(seller)) {
        s.sales++;
        seen.add(seller);
      }
      s.inclTax += incl;
      sellers.set(seller, s);
    });
    t.ticket.payments.forEach((p, j) => {
      const m = methods.get(p.method) ?? { count: 0, amount: 0 };
      m.count++;
      m.amount += t.payments[j]!;
      methods.set(p.method, m);
    });
  }
  const sales = tickets.length;
  const byKey = <V>(map: Map<string, V>): Array<[string, V]> => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {
    period,
    currency: rules.currency,
  };
  if (options.till !== undefined) out.till = options.till;
  Object.assign(out, {
    sales,
    revenue: d(revenue),
    averageBasket: d(sales === 0 ? 0 : divRoundNum(revenue, sales, mode)),
    items: q(items),
    // items are scaled by 10^6; the average keeps 2 decimals
    averageItems: minorToDecimal(sales === 0 ? 0 : divRoundNum(items, sales * 10 ** (QTY_SCALE - 2), mode), 2),
    byVatRate: Object.freeze(
      [...rates.values()]
        .sort((a, b) => (a.rate === undefined ? 1 : b.rate === undefined ? -1 : Number(b.rate) - Number(a.rate)))
        .map((r) => Object.freeze({ rate: r.rate, exclTax: d(r.exclTax), vat: d(r.inclTax - r.exclTax), inclTax: d(r.inclTax) })),
    ),
    byCategory: Object.freeze(byKey(categories).map(([category, v]) => Object.freeze({ category, inclTax: d(v) }))),
    byProduct: Object.freeze(byKey(products).map(([product, v]) => Object.freeze({ product, quantity: q(v.quantity), inclTax: d(v.inclTax) }))),
    bySeller: Object.freeze(byKey(sellers).map(([seller, v]) => Object.freeze({ seller, sales: v.sales, inclTax: d(v.inclTax) }))),
    byMethod: Object.freeze(byKey(methods).map(([method, v]) => Object.freeze({ method, label: docs.c.method(method)?.label ?? method, count: v.count, amount: d(v.amount) }))),
  });
  return Object.freeze(out) as unknown as PosFigures;
}

/** A quantity string (≤ 6 decimals, checked by the schema) scaled by 10^6. */
function quantityMinor(quantity: string): number {
  const dot = quantity.indexOf('.');
  if (dot < 0) return Number(quantity) * 10 ** QTY_SCALE;
  return Number(quantity.slice(0, dot)) * 10 ** QTY_SCALE + Number(quantity.slice(dot + 1).padEnd(QTY_SCALE, '0'));
}
