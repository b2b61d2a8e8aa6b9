// Shared building blocks of the document schemas (internal).
import * as z from 'zod/mini';
import { FIELD_HINTS, type IssueCode } from '../../errors/index.js';
import type { AmountInput } from '../../money/index.js';
import {
  checkExchangeRate, checkNonNegativeAmount, checkPeriod, checkPositiveAmount, checkQuantity, checkSiren, checkSiret, checkVatNumber, coded as rawCoded, decimalHint, HINT,
  isZeroDecimal, readDecimalInput, REFINE, REFUSED, type Refinement, type RawIssue,
} from './checks.js';

/** A custom zod issue carrying one of our codes (read by `fromZodIssues`). */
export function coded(code: IssueCode, message: string, path?: ReadonlyArray<string | number>): z.core.$ZodRawIssue {
  return rawCoded(code, message, path) as unknown as z.core.$ZodRawIssue;
}

export { isZeroDecimal };

/** The zod issues of a check shared with the zod-free checker (checks.ts). */
export const raw = (issues: Array<z.core.$ZodRawIssue>): RawIssue[] => issues as unknown as RawIssue[];

/** A string schema refined by one of checks.ts's refinements (internal). */
export function refined(r: Refinement): z.ZodMiniString<string> {
  return z.string().check(z.refine(r.test, { error: (iss) => r.message(iss.input as string), ...(r.code ? { params: { code: r.code } } : {}) }));
}

/** A string schema checked by one of checks.ts's check functions (internal). */
function checked(fn: (v: string, issues: RawIssue[]) => void): z.ZodMiniString<string> {
  return z.string().check((ctx) => fn(ctx.value, raw(ctx.issues)));
}

/** A non-empty identifier (document id, customer id…). */
export const idSchema = refined(REFINE.id);

/** A plain `YYYY-MM-DD` calendar date. */
export const isoDateSchema = refined(REFINE.date);

/**
 * The one rule for decimal inputs (DESIGN.md), the same as `toDecimal`'s and
 * `createTransaction`'s: an amount, unit price, quantity or exchange rate is a
 * decimal string, a `Decimal` of any clone, or a JS number that is a safe
 * integer. A number or a `Decimal` is read as its exact decimal string, then
 * `schema` checks that string; the parsed document holds strings only.
 */
function decimalInput<T extends z.ZodMiniType<string, string>>(schema: T, noun: string): z.ZodMiniPipe<z.ZodMiniTransform<string, AmountInput>, T> {
  const pipe = z.pipe(z.transform((value: unknown, ctx) => {
    const read = readDecimalInput(value, noun, raw(ctx.issues));
    return read === REFUSED ? z.NEVER : read;
  }), schema);
  FIELD_HINTS.set(pipe, decimalHint(noun));
  return pipe as unknown as z.ZodMiniPipe<z.ZodMiniTransform<string, AmountInput>, T>;
}

/** A strictly positive decimal amount string (`"49.90"`). */
export const positiveAmountSchema = decimalInput(checked(checkPositiveAmount), 'amount');

/** A zero or positive decimal amount string (`"0"`, `"5.00"`). */
export const nonNegativeAmountSchema = decimalInput(checked(checkNonNegativeAmount), 'amount');

/** A decimal string that may be negative (a unit price: a discount line is negative). */
export const signedDecimalSchema = decimalInput(refined(REFINE.signed), 'amount');

/** A zero or positive decimal quantity (`"1"`, `"1.5"`). */
export const quantitySchema = decimalInput(checked(checkQuantity), 'quantity');

/** An exchange rate: units of the book currency (EUR) for one unit of the document currency. */
export const exchangeRateSchema = decimalInput(checked(checkExchangeRate), 'exchange rate');

/** A VAT rate in percent, as a string (`"20"`, `"5.5"`, `"0"`). Whether the rules accept it is checked when posting. */
export const vatRateSchema = refined(REFINE.vatRate);

/** An ISO 4217 currency code this library knows. */
export const currencySchema = refined(REFINE.currency);

/** An account number (three digits, then digits or capitals); whether the chart covers it is checked when posting. */
export const accountSchema = refined(REFINE.account);

/** Why a line carries a zero VAT rate. */
export const exemptionSchema = z.enum(['exempt', 'out-of-scope', 'reverse-charge', 'intra-eu']);

/** A postal address (EN 16931 BG-5 / BG-8): street lines, post code, city and ISO 3166-1 alpha-2 country. */
export const addressSchema = z.strictObject({
  /** Required. One to three street lines (BT-35, BT-36, BT-162), the first required. */
  lines: z.array(refined(REFINE.addressLine)).check(
    z.minLength(1, { error: 'An address needs at least one street line.' }),
    z.maxLength(3, { error: 'An address has at most three street lines (EN 16931 BT-35, BT-36, BT-162).' }),
  ),
  /** Optional. The post code (BT-38), e.g. "75011". */
  postcode: z.optional(z.string()),
  /** Required. The city (BT-37). */
  city: refined(REFINE.city),
  /** Required. ISO 3166-1 alpha-2 country code (BT-40), e.g. "FR". */
  country: refined(REFINE.country),
});

/** A SIREN (9 digits, Luhn key). */
export const sirenSchema = checked(checkSiren);

/** A SIRET (14 digits, Luhn key). */
export const siretSchema = checked(checkSiret);

/** An intra-community VAT number (EU prefix, the state's shape; French key checked against the SIREN). */
export const vatNumberSchema = checked(checkVatNumber);

/** A customer (or supplier): its id becomes the auxiliary account number. */
export const partySchema = z.strictObject({
  /** Auxiliary account number (CompAuxNum). */
  id: idSchema,
  /** Auxiliary account name (CompAuxLib). */
  name: refined(REFINE.partyName),
  /** The collective account to use instead of the rules' (e.g. "411100"). */
  account: z.optional(accountSchema),
  /** Optional. SIREN of a business (EN 16931 BT-30 / BT-47, scheme 0002); required for a French business buyer of an e-invoice. */
  siren: z.optional(sirenSchema),
  /** Optional. SIRET of the establishment invoiced (EN 16931 BT-29 / BT-46, scheme 0009). */
  siret: z.optional(siretSchema),
  /** Optional. Intra-community VAT number (EN 16931 BT-31 / BT-48), e.g. "FR11123456782". */
  vatNumber: z.optional(vatNumberSchema),
  /** Optional. Postal address (EN 16931 BG-5 / BG-8): required on every e-invoice for the buyer (BR-10, BR-11). */
  address: z.optional(addressSchema),
  /** Optional. E-mail address (EN 16931 BT-49 electronic address, scheme EM). */
  email: z.optional(z.string()),
});

/** An inclusive period `{ from, to }`. */
export const periodSchema = z.strictObject({
  /** Required. The first day of the period, `YYYY-MM-DD`. */
  from: isoDateSchema,
  /** Required. The last day of the period (included), `YYYY-MM-DD`, on or after `from`. */
  to: isoDateSchema,
}).check((ctx) => checkPeriod(ctx.value, raw(ctx.issues)));

/** A payment method: one of the rules' methods (`card`, `cash`, `cheque`, `transfer`, `direct-debit`, `voucher`, `credit-note`) or a custom one mapped in the rules. */
export const methodSchema = refined(REFINE.method);

/** Optional free-text references shared by many documents. */
export const referenceFields = {
  /** Free text kept in the transaction source (Mémo). */
  memo: z.optional(z.string()),
  /** Cost centre copied on every entry. */
  costCenter: z.optional(z.string()),
  /** Who funds the service (Bailleur de fond), kept in the source. */
  funder: z.optional(z.string()),
  /** The billing contact, kept in the source. */
  billingContact: z.optional(z.string()),
};

// What these fields hold, for the message of a missing one (see errors/_lib/describeField).
FIELD_HINTS.set(idSchema, HINT.id);
FIELD_HINTS.set(isoDateSchema, HINT.date);
FIELD_HINTS.set(vatRateSchema, HINT.vatRate);
FIELD_HINTS.set(currencySchema, HINT.currency);
FIELD_HINTS.set(accountSchema, HINT.account);
FIELD_HINTS.set(methodSchema, HINT.method);
