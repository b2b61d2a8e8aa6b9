// @ts-nocheck
// An independent reference computation of invoice totals, with Decimal (slow, obvious).
import { Decimal } from '../../src/index.js';

type Line = { readonly quantity: string; readonly unitPrice: string; readonly vatRate?: string | undefined; readonly kind?: string | undefined };
type Inv = { readonly lines: ReadonlyArray<Line>; readonly pricesIncludeTax?: boolean | undefined };

const round = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Per normalised rate: base and VAT in cents; tourist tax and total in cents (per-invoice-rate rounding, half away from zero). */
export function oracle(inv: Inv): { rates: Map<string, { base: number; vat: number }>; tourist: number; total: number } {
  const sums = new Map<string, Decimal>();
  let tourist = new Decimal(0);
  for (const l of inv.lines) {
    const amount = round(new Decimal(l.quantity).times(l.unitPrice));
    if (l.kind === 'tourist-tax') {
      tourist = tourist.plus(amount);
      continue;
    }
    const rate = new Decimal(l.vatRate!).toString();
    sums.set(rate, (sums.get(rate) ?? new Decimal(0)).plus(amount));
  }
  const rates = new Map<string, { base: number; vat: number }>();
  let total = tourist;
  for (const [rate, sum] of sums) {
    const r = new Decimal(rate).dividedBy(100);
    const base = inv.pricesIncludeTax ? round(sum.dividedBy(r.plus(1))) : sum;
    const vat = inv.pricesIncludeTax ? sum.minus(base) : round(sum.times(r));
    rates.set(rate, { base: cents(base), vat: cents(vat) });
    total = total.plus(base).plus(vat);
  }
  return { rates, tourist: cents(tourist), total: cents(total) };
}

function cents(d: Decimal): number {
  return d.times(100).toNumber();
}
