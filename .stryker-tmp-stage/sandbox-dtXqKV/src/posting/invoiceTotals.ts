// @ts-nocheck
import { AccountingError, fromZodIssues, issue, type AccountingIssue } from '../errors/index.js';
import { currencyScale, minorToDecimal, type Decimal, type VatRate } from '../money/index.js';
import { invoiceSchema } from '../schemas/invoice.js';
import { compile } from './_lib/compiled.js';
import { computeFigures } from './_lib/figures.js';
import { defaultRules, type PostingRules } from './rules.js';

/**
 * The totals of an invoice's lines, as `post` computes them (before any
 * deposit it deducts).
 *
 * @example
 * ```ts
 * const t: InvoiceTotals = invoiceTotals(invoice);
 * t.total.toFixed(2) //=> '600.00'
 * ```
 */
export interface InvoiceTotals {
  /** The invoice currency. */
  readonly currency: string;
  /** Σ base excl. tax (tourist tax excluded). */
  readonly base: Decimal;
  /** Σ VAT. */
  readonly vat: Decimal;
  /** Tourist tax (outside the VAT base). */
  readonly touristTax: Decimal;
  /** base + VAT + tourist tax. */
  readonly total: Decimal;
  /** Per VAT rate, in the order the lines first use them. */
  readonly rates: ReadonlyArray<{
    /** The VAT rate. */
    readonly rate: VatRate;
    /** Σ base excl. tax of the lines at that rate. */
    readonly base: Decimal;
    /** Σ VAT at that rate. */
    readonly vat: Decimal;
  }>;
}

/**
 * Computes an invoice's totals the way `post` does: each line is quantity ×
 * unit price rounded once, VAT per rate with the rules' rounding
 * (`per-invoice-rate` or `per-line`), prices excl. or incl. tax, tourist tax
 * apart. Billing software can check its own totals against it.
 *
 * @param invoice - an invoice document (checked with `invoiceSchema`)
 * @param rules - posting rules @defaultValue defaultRules()
 * @returns the totals, in the invoice currency
 * @throws AccountingError for an invalid invoice (`unknown_vat_rate`, `missing_exemption`…)
 * @example
 * ```ts
 * const t = invoiceTotals({
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA-1', date: '2024-10-15',
 *   customer: { id: 'C1', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Cours', quantity: '3', unitPrice: '19.90', vatRate: '20' }],
 * });
 * [t.base.toFixed(2), t.vat.toFixed(2), t.total.toFixed(2)] //=> ['49.75', '9.95', '59.70']
 * ```
 */
export function invoiceTotals(invoice: unknown, rules: PostingRules = defaultRules()): InvoiceTotals {
  const parsed = invoiceSchema.safeParse(invoice);
  if (!parsed.success) throw new AccountingError(fromZodIssues(parsed.error.issues, [], { schema: invoiceSchema, input: invoice }));
  const d = parsed.data;
  const c = compile(rules);
  const currency = d.currency ?? c.currency;
  const scale = currencyScale(currency, ['currency']);
  const issues: AccountingIssue[] = [];
  const sink = {
    issues,
    add(code: AccountingIssue['code'], path: ReadonlyArray<string | number>, message: string): void {
      issues.push(issue(code, path, message));
    },
  };
  const f = computeFigures(d.lines, { rules: c, scale, pricesIncludeTax: d.pricesIncludeTax === true, mode: 'sale', path: ['lines'], sink, tourist: d.kind !== 'deposit' });
  if (!f) throw new AccountingError(issues);
  const dec = (m: number): Decimal => minorToDecimal(m, scale);
  return Object.freeze({
    currency,
    base: dec(f.base),
    vat: dec(f.vat),
    touristTax: dec(f.tourist),
    total: dec(f.total),
    rates: Object.freeze(f.rates.map((t) => Object.freeze({ rate: t.info.rate, base: dec(t.base), vat: dec(t.vat) }))),
  });
}
