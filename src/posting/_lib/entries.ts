// Builds the entries of a generated transaction from signed amounts (internal).
import type { AccountNumber, AuxiliaryAccount } from '../../accounts/index.js';
import { minorToDecimal, type Decimal, type RoundingMode } from '../../money/index.js';
import { makeEntry, type Entry } from '../../transactions/index.js';
import { decimalParts, mulDivRound, pow10 } from './minor.js';

/** Converts document-currency minor units to book-currency minor units at a rate. */
export interface Conversion {
  readonly code: string;
  /** Decimals of the document currency. */
  readonly scale: number;
  readonly num: number;
  readonly den: number;
  readonly mode: RoundingMode;
}

/** The conversion of a document currency at `rate` (book units per document unit), or undefined when too large. */
export function conversion(code: string, scale: number, rate: string, bookScale: number, mode: RoundingMode): Conversion | undefined {
  const parts = decimalParts(rate);
  if (!parts) return undefined;
  return { code, scale, num: parts.int * pow10(bookScale), den: pow10(parts.scale + scale), mode };
}

/** An amount converted to the book currency. */
export function convert(amount: number, conv: Conversion | undefined): number {
  return conv === undefined ? amount : mulDivRound(amount, conv.num, conv.den, conv.mode);
}

/**
 * Brings `books` (each amount of `amounts` converted alone) to `target` (their sum converted once): the rounding residual
 * goes one minor unit at a time to the parts whose own rounding went furthest in its direction (largest remainder; on
 * equal remainders the larger amount, then the first), so that no part moves past the minor unit next to its exact
 * conversion when it can be helped (with the half modes a part takes one unit at most; rounding away from or toward
 * zero can leave more units than parts, which then go round again). Parts of amount 0 take none.
 */
export function putResidual(books: number[], amounts: ReadonlyArray<number>, target: number, conv: Conversion): void {
  let residual = target;
  for (const b of books) residual -= b;
  // Stryker disable next-line ConditionalExpression: a shortcut (no sort, no bigints) for the usual case; with no residual the loop below does not run
  if (residual === 0) return;
  // Stryker disable next-line EqualityOperator: the residual is not 0 here
  const step = residual > 0 ? 1 : -1;
  // how far each part's rounding went against the residual's direction, in 1/den of a minor unit (exact: bigints)
  const den = BigInt(conv.den);
  const num = BigInt(conv.num);
  const order = amounts.map((_, k) => k).filter((k) => amounts[k] !== 0);
  const room = (k: number): bigint => BigInt(step) * (BigInt(amounts[k]!) * num - BigInt(books[k]!) * den);
  order.sort((x, y) => {
    const rx = room(x);
    const ry = room(y);
    if (rx !== ry) return rx > ry ? -1 : 1;
    // (then the first: the sort is stable)
    return Math.abs(amounts[y]!) - Math.abs(amounts[x]!);
  });
  // (a residual always has a part to go to: when every amount is 0, so are the VAT, the total and the residual)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: unreachable, see above (a safety net against a loop without end)
  for (let i = 0; residual !== 0 && order.length > 0; i = (i + 1) % order.length) {
    books[order[i]!]! += step;
    residual -= step;
  }
}

// An entry's `vat` with its base in minor units (transactions/_lib/lazyVat.ts: createBook reads it there too).
import { lazyVat } from '../../transactions/_lib/lazyVat.js';
export { lazyVat, lazyVatMinor } from '../../transactions/_lib/lazyVat.js';

/** What an entry carries besides its account and amount. */
export interface EntryExtra {
  readonly auxiliary?: AuxiliaryAccount | undefined;
  readonly openItem?: string | undefined;
  /** The VAT rate and base (in the document currency, same sign as the amount). */
  readonly vatRate?: string | undefined;
  readonly vatBase?: number | undefined;
  /** Book-currency base when it is not the converted document base. */
  readonly vatBaseBook?: number | undefined;
  readonly label?: string | undefined;
}

/**
 * Entries as signed amounts (debit > 0) in the document currency, with
 * optional book-currency amounts fixed by an earlier posting.
 */
export class EntryList {
  readonly accounts: string[] = [];
  readonly amounts: number[] = [];
  readonly book: Array<number | undefined> = [];
  readonly extras: Array<EntryExtra | undefined> = [];

  /** Adds a signed amount (debit > 0); `book` fixes its book-currency value. */
  add(account: string, amount: number, extra?: EntryExtra, book?: number): number {
    this.accounts.push(account);
    this.amounts.push(amount);
    this.book.push(book);
    this.extras.push(extra);
    return this.accounts.length - 1;
  }

  get length(): number {
    return this.accounts.length;
  }
}

/** How to turn an {@link EntryList} into entries. */
export interface BuildOptions {
  /** Scale of the book currency. */
  readonly scale: number;
  readonly costCenter?: string | undefined;
  /** Present for a foreign-currency document: amounts without a fixed book value are converted. */
  readonly conv?: Conversion | undefined;
  /**
   * The entry taking what the conversion leaves (the customer or supplier
   * line); −1 for none.
   */
  readonly balance: number;
  /** Accounts for the exchange difference, when the residual is one (a settlement at another rate). */
  readonly exchange?: { readonly loss: string; readonly gain: string } | undefined;
}

/**
 * The entries: converted to the book currency when needed, the residual of
 * conversions (or of fixed book values) going to the balancing entry or to an
 * exchange-difference entry, zero amounts dropped, negative amounts moved to
 * the other side.
 */
export function buildEntries(list: EntryList, o: BuildOptions): Entry[] {
  const n = list.length;
  const conv = o.conv;
  let book: number[] = list.amounts;
  let residual = 0;
  // Without a conversion or a fixed book value, the path below would copy the amounts and give the balancing line
  // the sum it has already (a list balances in its own currency): it is skipped, as is its array.
  let fixed = conv !== undefined;
  // Stryker disable next-line BooleanLiteral,ConditionalExpression,EqualityOperator: without a conversion a fixed book value is the amount itself (one currency), so either path gives the same entries
  if (!fixed) for (let i = 0; i < n; i++) if (list.book[i] !== undefined) fixed = true;
  if (fixed) {
    // Stryker disable next-line ArrayDeclaration: every index below n is assigned; the length only presizes
    book = new Array<number>(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = list.book[i] ?? convert(list.amounts[i]!, conv);
      book[i] = v;
      if (i !== o.balance) sum += v;
    }
    if (o.balance >= 0) book[o.balance] = -sum;
    else residual = -sum;
  }
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const amount = book[i]!;
    if (amount === 0) continue;
    const x = list.extras[i];
    let vat: { readonly rate: string; readonly base: Decimal } | undefined;
    if (x?.vatRate !== undefined) {
      const base = x.vatBaseBook ?? convert(x.vatBase ?? 0, conv);
      vat = lazyVat(x.vatRate, Math.abs(base), o.scale);
    }
    let currency: { readonly code: string; readonly amount: Decimal } | undefined;
    if (conv !== undefined && list.amounts[i] !== 0) currency = Object.freeze({ code: conv.code, amount: minorToDecimal(Math.abs(list.amounts[i]!), conv.scale) });
    out.push(
      makeEntry({
        account: list.accounts[i] as AccountNumber,
        side: amount > 0 ? 'debit' : 'credit',
        minor: amount > 0 ? amount : -amount,
        scale: o.scale,
        auxiliary: x?.auxiliary,
        label: x?.label,
        currency,
        costCenter: o.costCenter,
        vat,
        openItem: x?.openItem,
      }),
    );
  }
  if (residual !== 0 && o.exchange) {
    out.push(
      makeEntry({
        account: (residual > 0 ? o.exchange.loss : o.exchange.gain) as AccountNumber,
        side: residual > 0 ? 'debit' : 'credit',
        minor: Math.abs(residual),
        scale: o.scale,
        label: residual > 0 ? 'Perte de change' : 'Gain de change',
        costCenter: o.costCenter,
      }),
    );
  }
  return out;
}
