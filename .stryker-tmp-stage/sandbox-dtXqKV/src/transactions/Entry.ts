// @ts-nocheck
import type { AccountNumber, AuxiliaryAccount } from '../accounts/index.js';
import type { IsoDate } from '../calendar/index.js';
import { minorToDecimal, type CurrencyCode, type Decimal, type VatRate } from '../money/index.js';
import type { Entry } from './types.js';

/** The optional parts of an entry, in minor units (internal). */
export interface EntryParts {
  readonly account: AccountNumber;
  readonly side: 'debit' | 'credit';
  readonly minor: number;
  readonly scale: number;
  readonly accountLabel?: string | undefined;
  readonly auxiliary?: AuxiliaryAccount | undefined;
  readonly label?: string | undefined;
  readonly currency?: { readonly code: CurrencyCode; readonly amount: Decimal } | undefined;
  readonly costCenter?: string | undefined;
  readonly analytics?: Readonly<Record<string, string>> | undefined;
  readonly vat?: { readonly rate: VatRate; readonly base: Decimal } | undefined;
  readonly lettering?: { readonly code: string; readonly date: IsoDate } | undefined;
  readonly openItem?: string | undefined;
}

const SCALE = Symbol('scale');

/**
 * A frozen entry keeping its amount in minor units; `debit`, `credit` and
 * `amount` build `Decimal`s on demand (internal class behind {@link Entry}).
 */
class PostedEntry implements Entry {
  declare readonly account: AccountNumber;
  declare readonly accountLabel?: string;
  declare readonly auxiliary?: AuxiliaryAccount;
  declare readonly side: 'debit' | 'credit';
  declare readonly minor: number;
  declare readonly label?: string;
  declare readonly currency?: { readonly code: CurrencyCode; readonly amount: Decimal };
  declare readonly costCenter?: string;
  declare readonly analytics?: Readonly<Record<string, string>>;
  declare readonly vat?: { readonly rate: VatRate; readonly base: Decimal };
  declare readonly lettering?: { readonly code: string; readonly date: IsoDate };
  declare readonly openItem?: string;
  declare readonly [SCALE]?: number;

  constructor(p: EntryParts) {
    const self = this as unknown as Record<string | symbol, unknown>;
    self.account = p.account;
    if (p.accountLabel !== undefined) self.accountLabel = p.accountLabel;
    if (p.auxiliary !== undefined) self.auxiliary = p.auxiliary;
    self.side = p.side;
    self.minor = p.minor;
    if (p.label !== undefined) self.label = p.label;
    if (p.currency !== undefined) self.currency = p.currency;
    if (p.costCenter !== undefined) self.costCenter = p.costCenter;
    if (p.analytics !== undefined) self.analytics = p.analytics;
    if (p.vat !== undefined) self.vat = p.vat;
    if (p.lettering !== undefined) self.lettering = p.lettering;
    if (p.openItem !== undefined) self.openItem = p.openItem;
    // The common scale (2) is implied, which spares a property definition per entry.
    // Stryker disable next-line BooleanLiteral: the scale symbol is module-private: an enumerable symbol changes no key, JSON or amount
    if (p.scale !== 2) Object.defineProperty(this, SCALE, { value: p.scale, enumerable: false });
    Object.freeze(this);
  }

  get amount(): Decimal {
    return minorToDecimal(this.minor, this[SCALE] ?? 2);
  }

  get debit(): Decimal | undefined {
    return this.side === 'debit' ? this.amount : undefined;
  }

  get credit(): Decimal | undefined {
    return this.side === 'credit' ? this.amount : undefined;
  }

  /** The entry in its input shape, amounts as fixed-point strings. */
  toJSON(): Record<string, unknown> {
    const scale = this[SCALE] ?? 2;
    const amount = minorToDecimal(this.minor, scale).toFixed(scale);
    const out: Record<string, unknown> = { account: this.account };
    if (this.accountLabel !== undefined) out.accountLabel = this.accountLabel;
    if (this.auxiliary !== undefined) out.auxiliary = this.auxiliary;
    out[this.side] = amount;
    if (this.label !== undefined) out.label = this.label;
    if (this.currency !== undefined) out.currency = { code: this.currency.code, amount: this.currency.amount.toString() };
    if (this.costCenter !== undefined) out.costCenter = this.costCenter;
    if (this.analytics !== undefined) out.analytics = this.analytics;
    if (this.vat !== undefined) out.vat = { rate: this.vat.rate, base: this.vat.base.toFixed(scale) };
    if (this.lettering !== undefined) out.lettering = this.lettering;
    if (this.openItem !== undefined) out.openItem = this.openItem;
    return out;
  }
}

/** Builds a frozen entry (internal; the parts must already be valid). */
export function makeEntry(parts: EntryParts): Entry {
  return new PostedEntry(parts);
}

/** The scale an entry was built with (internal). */
export function entryScale(entry: Entry): number {
  return (entry as PostedEntry)[SCALE] ?? 2;
}
