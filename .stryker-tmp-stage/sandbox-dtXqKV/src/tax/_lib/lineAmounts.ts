// @ts-nocheck
// Amounts excl. and incl. tax of each line of a sold document, in minor units (internal).
//
// Deferred revenue and the fiscal PCA report need a figure per line; the
// posting module posts per account and rate (posting/_lib/figures.ts) and has
// no per-line figure to export, so this pure helper computes it by the same
// rules (SPEC-FR §4.8):
// - a line's gross amount is quantity × unit price, rounded once to the minor unit;
// - `per-line`: each line's VAT (or base, when prices include tax) is rounded on the line;
// - `per-invoice-rate` (default): the VAT (or base) of each rate is rounded once on
//   the sum of the rate's lines, then spread over those lines by largest remainder
//   on their exact shares, so the lines of a rate add up to the rate's posted figures.
//   (Posting spreads a rate's rounding over accounts instead, so when the lines of one
//   rate go to several accounts a line may differ from its account's share by a cent;
//   the rate totals are the same.)
// Tourist-tax lines carry no VAT: excl. = incl. = gross.
import { divRound, rateFraction, splitTotalMinor, vatOfBaseMinor, type RateFraction, type RoundingMode } from '../../money/index.js';
import { decimalParts, decimalToMinor, mulDivRound, pow10 } from '../../posting/_lib/minor.js';
import { normalizeRate, type VatRounding } from '../../posting/rules.js';

/** What a sold line needs for its amounts (invoice and till-ticket lines). */
export interface AmountLine {
  readonly quantity: string;
  readonly unitPrice: string;
  readonly vatRate?: string | undefined;
  readonly kind?: string | undefined;
}

/** How amounts are computed (internal). */
export interface LineAmountOptions {
  /** Whether unit prices include VAT. */
  readonly pricesIncludeTax: boolean;
  /** Minor-unit scale of the document's currency. */
  readonly scale: number;
  readonly rounding: RoundingMode;
  readonly vatRounding: VatRounding;
}

/** Amounts of each line, in minor units of the document currency, signed as on the document. */
export interface LineAmounts {
  readonly exclTax: bigint[];
  readonly inclTax: bigint[];
}

const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** A VAT rate as written on a line: normalised (undefined when not a rate) and as a fraction. */
export interface RateInfo {
  readonly rate: string | undefined;
  readonly fraction: RateFraction | undefined;
}

const RATES = new Map<string, RateInfo>();

/** The normalised rate and fraction of a rate string, cached (rates are few). */
export function rateInfo(vatRate: string): RateInfo {
  let info = RATES.get(vatRate);
  // Stryker disable next-line ConditionalExpression: a cache: computing the rate again gives an equal RateInfo
  if (info === undefined) {
    const rate = normalizeRate(vatRate);
    info = Object.freeze({ rate, fraction: rate === undefined ? undefined : rateFraction(rate) });
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound changes memory, not a result
    if (RATES.size < 1000) RATES.set(vatRate, info);
  }
  return info;
}

/** A decimal string as an integer and its number of decimals (the string must match -?\d+(\.\d+)?). */
export function parseDecimal(value: string): [bigint, number] {
  const dot = value.indexOf('.');
  // Stryker disable next-line EqualityOperator: the string has a digit before any '.', so dot is never 0
  if (dot < 0) return [BigInt(value), 0];
  return [BigInt(value.slice(0, dot) + value.slice(dot + 1)), value.length - dot - 1];
}

/**
 * quantity × unit price rounded once to the minor unit, as posting computes it
 * (with its minor-unit helpers); NaN when the unit price has more decimals than
 * the currency, Infinity (or a non-safe value) when too large.
 */
export function grossMinor(quantity: string, unitPrice: string, scale: number, rounding: RoundingMode): number {
  const price = decimalToMinor(unitPrice, scale);
  if (quantity === '1' || !Number.isFinite(price)) return price;
  const parts = decimalParts(quantity);
  if (!parts) return Infinity;
  // Stryker disable next-line ConditionalExpression: dividing by 10^0 = 1 rounds nothing
  return parts.scale === 0 ? parts.int * price : mulDivRound(parts.int, price, pow10(parts.scale), rounding);
}

/** Floor division of bigints (`d` > 0). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/**
 * Spreads an integer total over shares given as exact numerators over one
 * denominator: every share starts at its floor, the units left go one each to
 * the largest remainders (ties to the earliest). Works with negative shares.
 */
export function spread(total: bigint, numerators: ReadonlyArray<bigint>, den: bigint): bigint[] {
  const n = numerators.length;
  // Stryker disable next-line ArrayDeclaration: every index below n is assigned; the length only presizes
  const out = new Array<bigint>(n);
  // Stryker disable next-line ArrayDeclaration: every index below n is assigned; the length only presizes
  const rem = new Array<bigint>(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const q = floorDiv(numerators[i]!, den);
    out[i] = q;
    rem[i] = numerators[i]! - q * den;
    left -= q;
  }
  // Stryker disable next-line ConditionalExpression: with nothing left the loop below does not run
  if (left !== 0n) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rem[b]! > rem[a]! ? 1 : rem[b]! < rem[a]! ? -1 : a - b));
    // Stryker disable next-line EqualityOperator: left is not 0 here
    const step = left > 0n ? 1n : -1n;
    for (let k = 0; left !== 0n; k++) {
      // Stryker disable next-line EqualityOperator: left is not 0 inside the loop
      const i = order[left > 0n ? k % n : n - 1 - (k % n)]!;
      out[i] = out[i]! + step;
      left -= step;
    }
  }
  return out;
}

/**
 * The amounts excl. and incl. tax of every line of a document, as the posting
 * computes them (see the file comment); `{ badLine }` when a line's unit price
 * has more decimals than the currency or its amount is too large.
 */
export function lineAmounts(lines: ReadonlyArray<AmountLine>, options: LineAmountOptions): LineAmounts | { readonly badLine: number } {
  const n = lines.length;
  // Stryker disable next-line ArrayDeclaration: every index below n is assigned (or the function returns); the length only presizes
  const gross = new Array<bigint>(n);
  // Stryker disable next-line ArrayDeclaration: every index below n is assigned (or the function returns); the length only presizes
  const exclTax = new Array<bigint>(n);
  // Stryker disable next-line ArrayDeclaration: every index below n is assigned (or the function returns); the length only presizes
  const inclTax = new Array<bigint>(n);
  const { pricesIncludeTax, scale, rounding } = options;
  // Lines grouped by normalised rate (per-invoice-rate only).
  let groups: Map<string, number[]> | undefined;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const amount = grossMinor(line.quantity, line.unitPrice, scale, rounding);
    if (!Number.isSafeInteger(amount)) return { badLine: i };
    const g = BigInt(amount);
    gross[i] = g;
    const info = line.kind === 'tourist-tax' || line.vatRate === undefined ? undefined : rateInfo(line.vatRate);
    if (info === undefined || info.rate === undefined || info.rate === '0') {
      exclTax[i] = g;
      inclTax[i] = g;
      continue;
    }
    if (options.vatRounding === 'per-line') {
      const fr = info.fraction!;
      if (pricesIncludeTax) {
        exclTax[i] = splitTotalMinor(g, fr, rounding)[0];
        inclTax[i] = g;
      } else {
        exclTax[i] = g;
        inclTax[i] = g + vatOfBaseMinor(g, fr, rounding);
      }
      continue;
    }
    groups ??= new Map();
    const list = groups.get(info.rate);
    if (list) list.push(i);
    else groups.set(info.rate, [i]);
  }
  if (groups) {
    for (const [rate, idx] of groups) {
      const fr = rateInfo(rate).fraction!;
      let sum = 0n;
      for (const i of idx) sum += gross[i]!;
      if (pricesIncludeTax) {
        const [base] = splitTotalMinor(sum, fr, rounding);
        // Stryker disable next-line ConditionalExpression: spreading a total over one share gives the total
        const bases = idx.length === 1 ? [base] : spread(base, idx.map((i) => gross[i]! * fr.den), fr.den + fr.num);
        idx.forEach((i, k) => {
          exclTax[i] = bases[k]!;
          inclTax[i] = gross[i]!;
        });
      } else {
        const vat = vatOfBaseMinor(sum, fr, rounding);
        // Stryker disable next-line ConditionalExpression: spreading a total over one share gives the total
        const vats = idx.length === 1 ? [vat] : spread(vat, idx.map((i) => gross[i]! * fr.num), fr.den);
        idx.forEach((i, k) => {
          exclTax[i] = gross[i]!;
          inclTax[i] = gross[i]! + vats[k]!;
        });
      }
    }
  }
  return { exclTax, inclTax };
}

/**
 * Converts minor units of a document currency to the book currency with an
 * exchange rate (book units for one document unit), rounded once.
 */
export function convertMinor(minor: bigint, exchangeRate: string, fromScale: number, toScale: number, rounding: RoundingMode): bigint {
  const [r, rd] = parseDecimal(exchangeRate);
  const shift = toScale - fromScale - rd;
  // Stryker disable next-line EqualityOperator: at shift 0 dividing by 10^0 = 1 rounds nothing
  if (shift >= 0) return minor * r * POW10[shift]!;
  return divRound(minor * r, POW10[-shift]!, rounding);
}
