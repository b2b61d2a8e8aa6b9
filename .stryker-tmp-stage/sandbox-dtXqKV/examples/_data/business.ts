// @ts-nocheck
// What every example generator returns, and the pieces the three businesses share.
import type { AuxiliaryAccount, DefaultRulesOverrides, Document, IsoDate, PostingRules, Purchase, TransactionInput } from '../../src/index.js';
import { frenchVatNumber } from '../../src/index.js';
import type { VatRegime } from './finance.js';
import { addDays, endOfMonth } from '../../src/index.js';
import { money, pad, type Random } from './random.js';

/** The company keeping the books. */
export interface Company {
  /** Legal name (it goes in the FEC notice and the pain.008 files). */
  readonly name: string;
  /** SIREN, with its Luhn key. */
  readonly siren: string;
  readonly iban: string;
  readonly bic: string;
  /** SEPA creditor identifier (ICS), for businesses that collect direct debits. */
  readonly creditorId?: string;
  /** Postal address and VAT number, for the e-invoices it issues to business customers. */
  readonly address?: { readonly lines: ReadonlyArray<string>; readonly postcode: string; readonly city: string; readonly country: string };
  readonly vatNumber?: string;
}

/** A year of one business, ready to post. */
export interface BusinessYear {
  /** Folder name under `out/` (`gym`, `campsite`, `homecare`). */
  readonly key: string;
  readonly company: Company;
  readonly fiscalYear: { readonly from: IsoDate; readonly to: IsoDate };
  /** Opening entries (à-nouveaux, journal AN) dated the first day of the year. */
  readonly opening: ReadonlyArray<TransactionInput>;
  /** Every billing document of the year, in no particular order. */
  readonly documents: ReadonlyArray<Document>;
  /** Posting rules overrides (accounts, payment methods, and when VAT is due: each business states its `vatExigibility`). */
  readonly rules?: DefaultRulesOverrides;
  /** What the billing software does not know: the VAT regime, and the year's loan, payroll and bank-fee transactions. */
  readonly finance?: BusinessFinance;
}

/** The business's VAT regime and its own transactions (see `finance.ts`). */
export interface BusinessFinance {
  /** How VAT is returned and paid: the returns' ODs and payments are computed from the book. */
  readonly vat: VatRegime;
  /** Loan, payroll and bank fees (createTransaction inputs without ids), built with the rules' accounts and journals. */
  readonly transactions: (rules: PostingRules) => ReadonlyArray<TransactionInput>;
}

/** The fiscal year of the examples. */
export const YEAR_2024 = { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate } as const;

/** Every day of a period, as IsoDates. */
export function daysOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The first day of each month of 2024. */
export const MONTHS_2024: ReadonlyArray<IsoDate> = Array.from({ length: 12 }, (_, m) => `2024-${pad(m + 1, 2)}-01` as IsoDate);

/** Day of the week, 0 = Sunday (UTC arithmetic on a plain date: no time zone involved). */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** One credit line of an opening entry: account, label, cents, and the auxiliary account or open item it carries. */
export type OpeningCredit = readonly [account: string, label: string, cents: number, more?: { readonly auxiliary?: AuxiliaryAccount; readonly openItem?: string }];

/**
 * The opening entry of a business: the bank balance, the other assets
 * (`assets`: fixed assets at cost; depreciation is a credit line) and what
 * financed them (equity, a loan, what is owed on 1 January).
 */
export function openingEntry(bankCents: number, equity: ReadonlyArray<OpeningCredit>, assets: ReadonlyArray<readonly [account: string, label: string, cents: number]> = []): TransactionInput {
  const total = equity.reduce((s, [, , c]) => s + c, 0);
  const other = assets.reduce((s, [, , c]) => s + c, 0);
  if (total !== bankCents + other) throw new RangeError(`openingEntry: credits ${total} ≠ bank ${bankCents} + assets ${other}`);
  return {
    id: 'AN000001',
    journal: 'AN',
    date: YEAR_2024.from,
    piece: { ref: 'AN2024', date: YEAR_2024.from },
    label: 'Reprise des soldes au 01/01/2024',
    type: 'opening',
    entries: [
      { account: '512000', accountLabel: 'Banque', debit: money(bankCents) },
      ...assets.map(([account, accountLabel, cents]) => ({ account, accountLabel, debit: money(cents) })),
      ...equity.filter(([, , cents]) => cents > 0).map(([account, accountLabel, cents, more]) => ({ account, accountLabel, credit: money(cents), ...(more ?? {}) })),
    ],
  };
}

/** A recurring supplier bill: account, label, VAT rate, monthly amount range in cents (excl. tax). */
export interface RecurringBill {
  readonly supplier: { readonly id: string; readonly name: string };
  readonly account: string;
  readonly label: string;
  readonly vatRate: string;
  readonly exemption?: 'exempt' | 'out-of-scope';
  readonly min: number;
  readonly max: number;
  /** Day of the month the bill is dated. */
  readonly day: number;
  /** Months (1–12) it is billed; every month when absent. */
  readonly months?: ReadonlyArray<number>;
}

/** Supplier invoices of recurring bills over 2024 (rent, energy, insurance…). */
export function recurringPurchases(rng: Random, prefix: string, bills: ReadonlyArray<RecurringBill>): Purchase[] {
  const out: Purchase[] = [];
  let n = 0;
  for (const month of MONTHS_2024) {
    const m = Number(month.slice(5, 7));
    for (const bill of bills) {
      if (bill.months && !bill.months.includes(m)) continue;
      const day = Math.min(bill.day, Number(endOfMonth(month).slice(8, 10)));
      const date = `${month.slice(0, 8)}${pad(day, 2)}` as IsoDate;
      n++;
      out.push({
        type: 'purchase',
        id: `${prefix}-ac-${pad(n, 4)}`,
        number: `${bill.supplier.id}-${month.slice(0, 7)}-${pad(n, 4)}`,
        date,
        supplier: { id: bill.supplier.id, name: bill.supplier.name },
        lines: [
          {
            label: `${bill.label} ${month.slice(5, 7)}/${month.slice(0, 4)}`,
            account: bill.account,
            quantity: '1',
            unitPrice: money(rng.cents(bill.min, bill.max, 1)),
            vatRate: bill.vatRate,
            ...(bill.exemption ? { exemption: bill.exemption } : {}),
            servicePeriod: { from: month, to: endOfMonth(month) },
          },
        ],
      });
    }
  }
  return out;
}

/** A card commission in cents: `perMille` ‰ of the amount, rounded half up (integers only). */
export function commission(amountCents: number, perTenThousand: number): number {
  return Math.floor((amountCents * perTenThousand + 5000) / 10000);
}

/**
 * The opening entry whose bank balance is what the other lines leave:
 * credits (equity, loan, debts) − assets.
 */
export function openingBalance(credits: ReadonlyArray<OpeningCredit>, assets: ReadonlyArray<readonly [account: string, label: string, cents: number]> = []): TransactionInput {
  const bank = credits.reduce((s, [, , c]) => s + c, 0) - assets.reduce((s, [, , c]) => s + c, 0);
  if (bank < 0) throw new RangeError(`openingBalance: the bank would open at ${bank} cents`);
  return openingEntry(bank, credits, assets);
}

/** A business customer's identity as its e-invoices carry it: SIREN, SIRET, VAT number, postal address. */
export interface BusinessIdentity {
  readonly name: string;
  readonly siren: string;
  readonly siret?: string;
  readonly address: { readonly lines: ReadonlyArray<string>; readonly postcode: string; readonly city: string; readonly country: string };
}

/**
 * The documents with some customers turned into businesses: every `customer`
 * (and stay customer) whose id is in `who` gets that identity — its name,
 * SIREN, SIRET, VAT number (the French key computed from the SIREN) and
 * address —, the documents and amounts staying the same. No random draw: the
 * rest of the year is unchanged.
 */
export function withBusinessCustomers(documents: ReadonlyArray<Document>, who: ReadonlyMap<string, BusinessIdentity & { readonly label?: string }>): Document[] {
  return documents.map((d) => {
    const customer = (d as { customer?: { id: string; name: string } }).customer;
    const identity = customer === undefined ? undefined : who.get(customer.id);
    if (customer === undefined || identity === undefined) return d;
    return {
      ...d,
      customer: {
        ...customer,
        name: identity.label ?? identity.name,
        siren: identity.siren,
        ...(identity.siret ? { siret: identity.siret } : {}),
        vatNumber: frenchVatNumber(identity.siren)!,
        address: { ...identity.address, lines: [...identity.address.lines] },
      },
    } as Document;
  });
}
