// @ts-nocheck
// VAT and totals of sold or bought lines, in integer minor units (internal).
import { accountTooLongMessage } from '../../accounts/index.js';
import type { IssueCode } from '../../errors/index.js';
import type { RoundingMode } from '../../money/index.js';
import type { Compiled, RateInfo } from './compiled.js';
import { decimalParts, decimalToMinor, mulDivRound, pow10, safe } from './minor.js';

type Path = ReadonlyArray<string | number>;

/** What figures need of a line (invoice, ticket or purchase line). */
export interface FigureLine {
  readonly account?: string | undefined;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly vatRate?: string | undefined;
  readonly kind?: string | undefined;
  readonly deductible?: boolean | undefined;
}

/** Lines posted to one account at one rate. */
export interface Group {
  readonly account: string;
  /** Undefined for tourist tax (no VAT). */
  readonly rate: RateInfo | undefined;
  readonly tourist: boolean;
  /** Goods (sales) or non-deductible VAT (purchases). */
  readonly flag: boolean;
  /** Σ line amounts as written (excl. or incl. tax). */
  gross: number;
  /** Amount excl. tax posted to the account. */
  base: number;
}

/** The totals of one VAT rate. */
export interface RateTotal {
  readonly info: RateInfo;
  gross: number;
  base: number;
  vat: number;
  /** The part of base and VAT on flagged lines (goods; non-deductible purchases). */
  flagBase: number;
  flagVat: number;
}

/** Everything an invoice, ticket or purchase needs to post. */
export interface Figures {
  readonly groups: Group[];
  readonly rates: RateTotal[];
  /** Tourist tax (no VAT). */
  readonly tourist: number;
  /** Σ base over the rates. */
  readonly base: number;
  /** Σ VAT over the rates. */
  readonly vat: number;
  /** base + VAT + tourist tax. */
  readonly total: number;
}

/** How the lines are read. */
export interface FigureOptions {
  readonly rules: Compiled;
  readonly scale: number;
  readonly pricesIncludeTax: boolean;
  /** `sale`: the flag is "goods", default accounts from the rules; `purchase`: the flag is "non-deductible". */
  readonly mode: 'sale' | 'purchase';
  /** Path of the `lines` array in the document, for issues. */
  readonly path: Path;
  /** Where issues go (paths relative to the document). */
  readonly sink: { readonly issues: ReadonlyArray<unknown>; add(code: IssueCode, path: Path, message: string): void };
  /** Whether tourist-tax lines are accepted. */
  readonly tourist: boolean;
}

/** Whether a revenue account is a goods account (701–703, 707, 7091–7093, 7097, the rules' goods account, or as the rules' `natures` say). */
export function isGoodsAccount(account: string, rules: Compiled): boolean {
  return rules.goodsSale(account);
}

/** Whether a purchase account buys goods (601, 602, 606, 607, 21, or as the rules' `natures` say): the rest are services. */
export function isGoodsPurchase(account: string, rules: Compiled): boolean {
  return rules.goodsPurchase(account);
}

/** The path of a line's field (built only for an issue). */
function at(base: Path, k: number, field?: string): Path {
  return field === undefined ? [...base, k] : [...base, k, field];
}

/** The amount of a line: quantity × unit price, rounded once. NaN after an issue. */
export function lineAmount(line: FigureLine, scale: number, mode: RoundingMode, base: Path, k: number, sink: FigureOptions['sink']): number {
  const price = decimalToMinor(line.unitPrice, scale);
  if (Number.isNaN(price)) {
    sink.add('too_many_decimals', at(base, k, 'unitPrice'), `Unit price ${line.unitPrice} has more decimals than the currency allows (${scale}): round it (the line amount is quantity × unit price).`);
    return NaN;
  }
  if (price === Infinity) {
    sink.add('amount_overflow', at(base, k, 'unitPrice'), `Unit price ${line.unitPrice} is too large.`);
    return NaN;
  }
  const q = line.quantity;
  if (q === '1') return price;
  const parts = decimalParts(q);
  if (!parts) {
    sink.add('amount_overflow', at(base, k, 'quantity'), `Quantity ${q} is too large.`);
    return NaN;
  }
  const amount = parts.scale === 0 ? parts.int * price : mulDivRound(parts.int, price, pow10(parts.scale), mode);
  if (!safe(amount)) {
    sink.add('amount_overflow', at(base, k), 'The line amount (quantity × unit price) is too large.');
    return NaN;
  }
  return amount;
}

/**
 * Computes the groups, VAT per rate and totals of lines: `per-invoice-rate`
 * rounds each rate's VAT once on the sum of its lines (and, with prices incl.
 * tax, each rate's base once, spread over its accounts with the rounding left
 * on the largest); `per-line` rounds each line. Returns undefined after an issue.
 */
export function computeFigures(lines: ReadonlyArray<FigureLine>, o: FigureOptions): Figures | undefined {
  const { rules, scale, pricesIncludeTax, sink } = o;
  const mode = rules.rules.rounding;
  const perLine = rules.rules.vatRounding === 'per-line';
  const before = sink.issues.length;
  const groups: Group[] = [];
  const rates: RateTotal[] = [];
  let tourist = 0;
  // The lines' amounts in absolute value: while it stays safe, every sum below (a group, a rate, the total) is exact.
  let absolute = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const amount = lineAmount(line, scale, mode, o.path, k, sink);
    if (amount === amount) absolute += amount < 0 ? -amount : amount;
    const isTourist = line.kind === 'tourist-tax';
    if (isTourist && !o.tourist) {
      sink.add('invalid_input', at(o.path, k, 'kind'), 'Tourist tax cannot be on this document (a deposit invoice or a purchase): put it on the final invoice.');
      continue;
    }
    let info: RateInfo | undefined;
    if (!isTourist) {
      info = rules.rate(line.vatRate!);
      if (info === undefined) {
        sink.add('unknown_vat_rate', at(o.path, k, 'vatRate'), `VAT rate "${line.vatRate}" is not one the posting rules accept (${rules.rules.vatRates.join(', ')}): ${unknownRateHint(line.vatRate!)}`);
        continue;
      }
    }
    let flag: boolean;
    let account: string;
    if (o.mode === 'sale') {
      flag = line.kind === 'goods' || (line.kind === undefined && line.account !== undefined && isGoodsAccount(line.account, rules));
      account = line.account ?? (isTourist ? rules.rules.accounts.touristTax : flag ? rules.rules.accounts.goods : rules.rules.accounts.services);
    } else {
      flag = line.deductible === false;
      account = line.account!;
    }
    if (line.account !== undefined && rules.tooLong(line.account)) {
      sink.add('account_too_long', at(o.path, k, 'account'), accountTooLongMessage(line.account, rules.width!));
      continue;
    }
    if (line.account !== undefined && !rules.covers(line.account)) {
      sink.add('unknown_account', at(o.path, k, 'account'), `Account ${line.account} is not covered by the chart of accounts: add it (or a prefix of it) to the chart, or fix the number.`);
      continue;
    }
    // The document's own account, padded to the rules' width (the rules' accounts already are).
    if (line.account !== undefined) account = rules.pad(account);
    if (Number.isNaN(amount)) continue;
    if (isTourist) {
      tourist += amount;
      let g: Group | undefined;
      for (const x of groups) if (x.tourist && x.account === account) g = x;
      if (g) {
        g.gross += amount;
        g.base += amount;
      } else groups.push({ account, rate: undefined, tourist: true, flag: false, gross: amount, base: amount });
      continue;
    }
    const r = info!;
    let g: Group | undefined;
    for (const x of groups) if (x.rate === r && x.account === account && x.flag === flag) g = x;
    if (!g) {
      g = { account, rate: r, tourist: false, flag, gross: 0, base: 0 };
      groups.push(g);
    }
    g.gross += amount;
    let t: RateTotal | undefined;
    for (const x of rates) if (x.info === r) t = x;
    if (!t) {
      t = { info: r, gross: 0, base: 0, vat: 0, flagBase: 0, flagVat: 0 };
      rates.push(t);
    }
    t.gross += amount;
    if (perLine) {
      let base: number;
      let vat: number;
      if (r.zero) {
        base = amount;
        vat = 0;
      } else if (pricesIncludeTax) {
        base = mulDivRound(amount, r.den, r.den + r.num, mode);
        vat = amount - base;
      } else {
        base = amount;
        vat = mulDivRound(amount, r.num, r.den, mode);
      }
      g.base += base;
      t.base += base;
      t.vat += vat;
      if (flag) {
        t.flagBase += base;
        t.flagVat += vat;
      }
    }
  }
  if (sink.issues.length > before) return undefined;
  if (!safe(absolute)) {
    sink.add('amount_overflow', o.path, 'The lines add up, in absolute value, past the largest amount held exactly (Number.MAX_SAFE_INTEGER minor units): split the document.');
    return undefined;
  }

  if (!perLine) {
    for (const t of rates) {
      const r = t.info;
      if (r.zero || !pricesIncludeTax) {
        t.base = t.gross;
        t.vat = r.zero ? 0 : mulDivRound(t.gross, r.num, r.den, mode);
        for (const g of groups) if (g.rate === r) g.base = g.gross;
      } else {
        t.base = mulDivRound(t.gross, r.den, r.den + r.num, mode);
        t.vat = t.gross - t.base;
        let sum = 0;
        let largest: Group | undefined;
        for (const g of groups) {
          if (g.rate !== r) continue;
          g.base = mulDivRound(g.gross, r.den, r.den + r.num, mode);
          sum += g.base;
          if (!largest || Math.abs(g.gross) > Math.abs(largest.gross)) largest = g;
        }
        if (largest) largest.base += t.base - sum;
      }
      let flagBase = 0;
      for (const g of groups) if (g.rate === r && g.flag) flagBase += g.base;
      t.flagBase = flagBase;
      t.flagVat = flagBase === 0 ? 0 : flagBase === t.base ? t.vat : mulDivRound(t.vat, flagBase, t.base, mode);
    }
  }
  let base = 0;
  let vat = 0;
  for (const t of rates) {
    base += t.base;
    vat += t.vat;
  }
  const total = base + vat + tourist;
  if (!safe(total) || !safe(base)) {
    sink.add('amount_overflow', o.path, 'The document total is too large.');
    return undefined;
  }
  return { groups, rates, tourist, base, vat, total };
}

/** A hint for an unlisted rate: "0.2" was probably meant as "20". */
function unknownRateHint(raw: string): string {
  const m = /^0*\.(\d+)$/.exec(raw);
  if (m && /[1-9]/.test(m[1]!)) {
    const digits = m[1]!.padEnd(2, '0');
    const int = digits.slice(0, 2).replace(/^0/, '');
    const frac = digits.slice(2).replace(/0+$/, '');
    const percent = frac === '' ? int : `${int}.${frac}`;
    return `a rate is written in percent — did you mean "${percent}"?`;
  }
  if (/^\d{3,}/.test(raw) && raw.replace(/^0+/, '').length >= 3) return 'a VAT rate is a percentage of at most 100.';
  return 'use one of them, or add it to the rules (vatRates and vatCollected).';
}
