// Shared building blocks of the document schemas (internal).
import * as z from 'zod/mini';
import { isAccountNumber, isSiren, isSiret, vatNumberProblem } from '../../accounts/index.js';
import { isIsoDate } from '../../calendar/index.js';
import { FIELD_HINTS, quote, type IssueCode } from '../../errors/index.js';
import { CURRENCY_SCALES, Decimal, type AmountInput } from '../../money/index.js';

const SIGNED_RE = /^-?\d+(?:\.\d+)?$/;
const UNSIGNED_RE = /^\d+(?:\.\d+)?$/;
const RATE_RE = /^\d{1,3}(?:\.\d{1,6})?$/;

/** A custom zod issue carrying one of our codes (read by `fromZodIssues`). */
export function coded(code: IssueCode, message: string, path?: ReadonlyArray<string | number>): z.core.$ZodRawIssue {
  const out: Record<string, unknown> = { code: 'custom', message, params: { code }, input: undefined };
  if (path) out.path = [...path];
  return out as unknown as z.core.$ZodRawIssue;
}

/** Whether a decimal string is zero (`"0"`, `"0.00"`, `"-0"`). */
export function isZeroDecimal(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}

const NON_BLANK = /\S/;

/** A non-empty identifier (document id, customer id…). */
export const idSchema = z.string().check(z.refine((v) => NON_BLANK.test(v), {
  error: 'This identifier is empty: give a non-empty id.',
  params: { code: 'empty_id' },
}));

/** A plain `YYYY-MM-DD` calendar date. */
export const isoDateSchema = z.string().check(z.refine((v): boolean => isIsoDate(v), {
  error: (iss) => `Invalid date ${quote(iss.input)}: write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").`,
  params: { code: 'invalid_date' },
}));

/**
 * The one rule for decimal inputs (DESIGN.md), the same as `toDecimal`'s and
 * `createTransaction`'s: an amount, unit price, quantity or exchange rate is a
 * decimal string, a `Decimal` of any clone, or a JS number that is a safe
 * integer. A number or a `Decimal` is read as its exact decimal string, then
 * `schema` checks that string; the parsed document holds strings only.
 */
function decimalInput<T extends z.ZodMiniType<string, string>>(schema: T, noun: string): z.ZodMiniPipe<z.ZodMiniTransform<string, AmountInput>, T> {
  const refused = (detail: string): z.core.$ZodRawIssue => coded('invalid_amount', `Invalid ${noun} ${detail}: write a decimal string such as "12.50" (a Decimal or a whole JS number such as 12 are accepted too; decimals as a JS number, 0.1, are not).`);
  const pipe = z.pipe(z.transform((value: unknown, ctx) => {
    if (typeof value === 'string' || value === undefined) return value;
    if (typeof value === 'number') {
      if (Number.isSafeInteger(value)) return String(value);
      ctx.issues.push(refused(`${String(value)}, a JS number that is not a safe integer`));
      return z.NEVER;
    }
    if (Decimal.isDecimal(value)) {
      // Read once, as plain digits: any decimal.js clone answers toFixed(); an object that only claims to be a
      // Decimal (a copied toStringTag) or throws is an invalid amount, never a TypeError.
      let text: unknown;
      try {
        text = (value as { toFixed: () => unknown }).toFixed();
      } catch {
        text = undefined;
      }
      if (typeof text === 'string' && /^-?\d+(?:\.\d+)?$/.test(text)) return text;
      ctx.issues.push(refused(typeof text === 'string' ? quote(text) : '(an object that only looks like a Decimal)'));
      return z.NEVER;
    }
    ctx.issues.push(refused(`(received ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})`));
    return z.NEVER;
  }), schema);
  FIELD_HINTS.set(pipe, `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}: a decimal string such as ${noun === 'quantity' ? '"1" or "1.5"' : noun === 'exchange rate' ? '"0.9215"' : '"12.50"'} (a Decimal or a whole JS number are accepted too)`);
  return pipe as unknown as z.ZodMiniPipe<z.ZodMiniTransform<string, AmountInput>, T>;
}

/** A strictly positive decimal amount string (`"49.90"`). */
export const positiveAmountSchema = decimalInput(z.string().check((ctx) => {
  const v = ctx.value;
  if (UNSIGNED_RE.test(v)) {
    if (isZeroDecimal(v)) ctx.issues.push(coded('non_positive_amount', 'This amount is zero: it must be strictly positive (leave the document or the line out instead).'));
    return;
  }
  if (SIGNED_RE.test(v)) ctx.issues.push(coded('negative_amount', `Amount ${v} is negative: it must be strictly positive (use the opposite document — a refund, a credit note — instead).`));
  else ctx.issues.push(coded('invalid_amount', `Invalid amount ${quote(v)}: write a decimal string such as "12.50" (digits and an optional "." — no exponent, spaces or commas).`));
}), 'amount');

/** A zero or positive decimal amount string (`"0"`, `"5.00"`). */
export const nonNegativeAmountSchema = decimalInput(z.string().check((ctx) => {
  const v = ctx.value;
  if (UNSIGNED_RE.test(v)) return;
  if (SIGNED_RE.test(v)) ctx.issues.push(coded('negative_amount', `Amount ${v} is negative: it must be zero or positive.`));
  else ctx.issues.push(coded('invalid_amount', `Invalid amount ${quote(v)}: write a decimal string such as "12.50" (digits and an optional "." — no exponent, spaces or commas).`));
}), 'amount');

/** A decimal string that may be negative (a unit price: a discount line is negative). */
export const signedDecimalSchema = decimalInput(z.string().check(z.refine((v) => SIGNED_RE.test(v), {
  error: (iss) => `Invalid amount ${quote(iss.input)}: write a decimal string such as "12.50" or "-5.00" (no exponent, spaces or commas).`,
  params: { code: 'invalid_amount' },
})), 'amount');

/** A zero or positive decimal quantity (`"1"`, `"1.5"`). */
export const quantitySchema = decimalInput(z.string().check((ctx) => {
  const v = ctx.value;
  if (UNSIGNED_RE.test(v)) {
    const dot = v.indexOf('.');
    if (dot >= 0 && v.length - dot - 1 > 6) ctx.issues.push(coded('too_many_decimals', `Quantity ${v} has more than 6 decimals: round it.`));
    return;
  }
  if (SIGNED_RE.test(v)) ctx.issues.push(coded('negative_amount', `Quantity ${v} is negative: quantities are zero or positive; to take something back issue a credit note (or give the line a negative unit price for a discount).`));
  else ctx.issues.push(coded('invalid_amount', `Invalid quantity ${quote(v)}: write a decimal string such as "1" or "1.5".`));
}), 'quantity');

/** An exchange rate: units of the book currency (EUR) for one unit of the document currency. */
export const exchangeRateSchema = decimalInput(z.string().check((ctx) => {
  const v = ctx.value;
  if (!UNSIGNED_RE.test(v) || isZeroDecimal(v)) {
    ctx.issues.push(coded('invalid_amount', `Invalid exchange rate ${quote(v)}: write a strictly positive decimal string, the amount in EUR of one unit of the document currency (e.g. "0.9215").`));
    return;
  }
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 10) ctx.issues.push(coded('too_many_decimals', `Exchange rate ${v} has more than 10 decimals.`));
}), 'exchange rate');

/** A VAT rate in percent, as a string (`"20"`, `"5.5"`, `"0"`). Whether the rules accept it is checked when posting. */
export const vatRateSchema = z.string().check(z.refine((v) => RATE_RE.test(v), {
  error: (iss) => `Invalid VAT rate ${quote(iss.input)}: write a percentage as a string such as "20" or "5.5" (not "20%" nor 0.2).`,
  params: { code: 'invalid_rate' },
}));

/** An ISO 4217 currency code this library knows. */
export const currencySchema = z.string().check(z.refine((v) => Object.hasOwn(CURRENCY_SCALES, v), {
  error: (iss) => `Unknown currency ${quote(iss.input)}: use an ISO 4217 code such as "EUR" or "USD".`,
  params: { code: 'unknown_currency' },
}));

/** An account number (three digits, then digits or capitals); whether the chart covers it is checked when posting. */
export const accountSchema = z.string().check(z.refine((v): boolean => isAccountNumber(v), {
  error: (iss) => `Invalid account number ${quote(iss.input)}: it must start with three digits (PCG class and account), then digits or capital letters (e.g. "706100").`,
  params: { code: 'invalid_account' },
}));

/** Why a line carries a zero VAT rate. */
export const exemptionSchema = z.enum(['exempt', 'out-of-scope', 'reverse-charge', 'intra-eu']);

/** A postal address (EN 16931 BG-5 / BG-8): street lines, post code, city and ISO 3166-1 alpha-2 country. */
export const addressSchema = z.strictObject({
  /** Required. One to three street lines (BT-35, BT-36, BT-162), the first required. */
  lines: z.array(z.string().check(z.refine((v) => NON_BLANK.test(v), { error: 'An address line is empty: remove it or fill it in.' }))).check(
    z.minLength(1, { error: 'An address needs at least one street line.' }),
    z.maxLength(3, { error: 'An address has at most three street lines (EN 16931 BT-35, BT-36, BT-162).' }),
  ),
  /** Optional. The post code (BT-38), e.g. "75011". */
  postcode: z.optional(z.string()),
  /** Required. The city (BT-37). */
  city: z.string().check(z.refine((v) => NON_BLANK.test(v), { error: 'The city is empty: give the city of the address.' })),
  /** Required. ISO 3166-1 alpha-2 country code (BT-40), e.g. "FR". */
  country: z.string().check(z.refine((v) => /^[A-Z]{2}$/.test(v), { error: 'The country is an ISO 3166-1 alpha-2 code in capitals, such as "FR" or "BE".' })),
});

/** A SIREN (9 digits, Luhn key). */
export const sirenSchema = z.string().check((ctx) => {
  if (!isSiren(ctx.value)) ctx.issues.push(coded('invalid_siren', `Invalid SIREN ${JSON.stringify(ctx.value)}: a SIREN is 9 digits whose Luhn key is valid (e.g. "123456782").`));
});

/** A SIRET (14 digits, Luhn key). */
export const siretSchema = z.string().check((ctx) => {
  if (!isSiret(ctx.value)) ctx.issues.push(coded('invalid_siren', `Invalid SIRET ${JSON.stringify(ctx.value)}: a SIRET is 14 digits (the SIREN and a 5-digit establishment number) whose Luhn key is valid.`));
});

/** An intra-community VAT number (EU prefix, the state's shape; French key checked against the SIREN). */
export const vatNumberSchema = z.string().check((ctx) => {
  const problem = vatNumberProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push(coded('invalid_vat_number', problem));
});

/** A customer (or supplier): its id becomes the auxiliary account number. */
export const partySchema = z.strictObject({
  /** Auxiliary account number (CompAuxNum). */
  id: idSchema,
  /** Auxiliary account name (CompAuxLib). */
  name: z.string().check(z.refine((v) => NON_BLANK.test(v), { error: 'The name is empty: give the customer or supplier name (it labels the auxiliary account).' })),
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
}).check((ctx) => {
  if (ctx.value.to < ctx.value.from) {
    ctx.issues.push(coded('invalid_period', `The period ends on ${ctx.value.to}, before it starts on ${ctx.value.from}: periods are inclusive { from, to } with to ≥ from.`));
  }
});

/** A payment method: one of the rules' methods (`card`, `cash`, `cheque`, `transfer`, `direct-debit`, `voucher`, `credit-note`) or a custom one mapped in the rules. */
export const methodSchema = z.string().check(z.refine((v) => v.trim() !== '', { error: 'The payment method is empty: give one such as "card" or "cheque".', params: { code: 'invalid_method' } }));

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
FIELD_HINTS.set(idSchema, 'a non-empty identifier (a string)');
FIELD_HINTS.set(isoDateSchema, 'a date written YYYY-MM-DD');
FIELD_HINTS.set(vatRateSchema, 'a VAT rate in percent, a string such as "20" or "5.5"');
FIELD_HINTS.set(currencySchema, 'an ISO 4217 currency code such as "EUR"');
FIELD_HINTS.set(accountSchema, 'an account number such as "706100"');
FIELD_HINTS.set(methodSchema, 'a payment method such as "card", "cash" or "cheque"');
