// The checks and messages of the document schemas, without zod (internal).
//
// One definition of each rule a document field or a document obeys beyond its
// shape: the zod schemas (primitives.ts, lines.ts, the document files) run
// these functions inside their refinements and `.check`s, and `post`'s zod-free
// checker (checkDocument.ts) runs the same functions. Nothing here imports zod.
import { isAccountNumber, isSiren, isSiret, vatNumberProblem } from '../../accounts/index.js';
import { isIsoDate } from '../../calendar/index.js';
import { quote, type IssueCode } from '../../errors/index.js';
import { CURRENCY_SCALES, Decimal } from '../../money/index.js';
import { decimalText } from '../../money/decimalText.js';
import { isBic, isCreditorId, isIban } from './sepa.js';

/** A custom issue as zod's `ctx.issues` takes it (`fromZodIssues` reads `params.code`). */
export interface RawIssue {
  readonly code: 'custom';
  readonly message: string;
  readonly params: { readonly code: IssueCode };
  readonly input: undefined;
  path?: Array<string | number>;
}

/** A custom issue carrying one of our codes. */
export function coded(code: IssueCode, message: string, path?: ReadonlyArray<string | number>): RawIssue {
  const out: RawIssue = { code: 'custom', message, params: { code }, input: undefined };
  if (path) out.path = [...path];
  return out;
}

export const SIGNED_RE = /^-?\d+(?:\.\d+)?$/;
export const UNSIGNED_RE = /^\d+(?:\.\d+)?$/;
export const RATE_RE = /^\d{1,3}(?:\.\d{1,6})?$/;
const ZERO_RATE_RE = /^0+(?:\.0+)?$/;
export const NON_BLANK = /\S/;

/** Whether a decimal string is zero (`"0"`, `"0.00"`, `"-0"`). */
export function isZeroDecimal(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}

// The same rules by char codes, for the fast paths (fastInvoice, the synthesis'
// fastDocuments): a regex call costs more than the whole check of most fields.
// Properties (test/schemas/checks.test.ts) check each equals its regex on any string.

/**
 * Whether `s` holds a character that is not white space (`NON_BLANK.test(s)`),
 * by char codes. Past ASCII, the regex decides.
 */
export function nonBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 127) return NON_BLANK.test(s);
    if (c !== 32 && (c < 9 || c > 13)) return true;
  }
  return false;
}

/**
 * Whether `s` is a decimal string `/^-?\d+(?:\.\d+)?$/` (the minus sign only
 * when `signed`) with at most `maxDigits` digits before the point and at most
 * `maxDecimals` after it, by char codes: `isDecimalString(s, true)` is
 * `SIGNED_RE.test(s)`, `isDecimalString(s, false)` is `UNSIGNED_RE.test(s)`,
 * `isDecimalString(s, false, 3, 6)` is `RATE_RE.test(s)`.
 */
export function isDecimalString(s: string, signed: boolean, maxDigits = Infinity, maxDecimals = Infinity): boolean {
  const n = s.length;
  let i = signed && n > 0 && s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
  }
  if (i === start || i - start > maxDigits) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const point = i;
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n - point > 1 && n - point - 1 <= maxDecimals;
}

/** Whether `v` is an unsigned decimal string that is not zero (`UNSIGNED_RE` and `/[1-9]/`), by char codes. */
export function positive(v: unknown): boolean {
  return typeof v === 'string' && isDecimalString(v, false) && !isZeroDecimal(v);
}

/** Whether a rate string is zero (`"0"`, `"0.0"`). */
export function isZeroRate(rate: string): boolean {
  return ZERO_RATE_RE.test(rate);
}

/** A refinement of a string: its test, the code of its issue (none: `invalid_input`) and its message. */
export interface Refinement {
  readonly test: (value: string) => boolean;
  readonly code?: IssueCode;
  readonly message: (value: string) => string;
}

const SEPA_NAME = (value: string): boolean => value.trim() !== '' && value.length <= 70;

/** The refinements of the document fields, by field kind. */
export const REFINE = {
  id: { test: (v) => NON_BLANK.test(v), code: 'empty_id', message: () => 'This identifier is empty: give a non-empty id.' },
  date: { test: (v) => isIsoDate(v), code: 'invalid_date', message: (v) => `Invalid date ${quote(v)}: write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").` },
  signed: { test: (v) => SIGNED_RE.test(v), code: 'invalid_amount', message: (v) => `Invalid amount ${quote(v)}: write a decimal string such as "12.50" or "-5.00" (no exponent, spaces or commas).` },
  vatRate: { test: (v) => RATE_RE.test(v), code: 'invalid_rate', message: (v) => `Invalid VAT rate ${quote(v)}: write a percentage as a string such as "20" or "5.5" (not "20%" nor 0.2).` },
  currency: { test: (v) => Object.hasOwn(CURRENCY_SCALES, v), code: 'unknown_currency', message: (v) => `Unknown currency ${quote(v)}: use an ISO 4217 code such as "EUR" or "USD".` },
  account: {
    test: (v) => isAccountNumber(v),
    code: 'invalid_account',
    message: (v) => `Invalid account number ${quote(v)}: it must start with three digits (PCG class and account), then digits or capital letters (e.g. "706100").`,
  },
  method: { test: (v) => v.trim() !== '', code: 'invalid_method', message: () => 'The payment method is empty: give one such as "card" or "cheque".' },
  partyName: { test: (v) => NON_BLANK.test(v), message: () => 'The name is empty: give the customer or supplier name (it labels the auxiliary account).' },
  addressLine: { test: (v) => NON_BLANK.test(v), message: () => 'An address line is empty: remove it or fill it in.' },
  city: { test: (v) => NON_BLANK.test(v), message: () => 'The city is empty: give the city of the address.' },
  country: { test: (v) => /^[A-Z]{2}$/.test(v), message: () => 'The country is an ISO 3166-1 alpha-2 code in capitals, such as "FR" or "BE".' },
  iban: { test: isIban, code: 'invalid_iban', message: (v) => `Invalid IBAN ${quote(v)}: write it in capitals without spaces, with a valid checksum (e.g. "FR7630006000011234567890189").` },
  bic: { test: isBic, code: 'invalid_bic', message: (v) => `Invalid BIC ${quote(v)}: 8 or 11 characters, e.g. "AGRIFRPP" or "AGRIFRPP882".` },
  sepaName: { test: SEPA_NAME, code: 'invalid_input', message: () => 'A SEPA name has 1 to 70 characters.' },
  creditorId: { test: isCreditorId, code: 'invalid_creditor_id', message: (v) => `Invalid creditor identifier ${quote(v)}: expected the ICS such as "FR72ZZZ123456" with a valid checksum.` },
  rejectionReason: { test: (v) => /^[A-Z0-9]{4}$/.test(v), code: 'invalid_input', message: (v) => `Invalid reason code ${quote(v)}: give the 4-character ISO code such as "AM04".` },
  cancellationReason: { test: (v) => NON_BLANK.test(v), code: 'invalid_input', message: () => 'The reason is empty: say why the subscription is cancelled (free text).' },
} satisfies Record<string, Refinement>;

/** A SEPA identifier (EndToEndId, mandate id, message id): 1 to 35 characters. */
export function sepaIdRefinement(what: string): Refinement {
  return { test: (v) => v.trim() !== '' && v.length <= 35, code: 'invalid_input', message: (v) => `Invalid ${what} ${quote(v)}: SEPA allows 1 to 35 characters.` };
}

/** What fields hold, for the message of a missing or malformed one (the zod schemas' FIELD_HINTS entries). */
export const HINT = {
  id: 'a non-empty identifier (a string)',
  date: 'a date written YYYY-MM-DD',
  vatRate: 'a VAT rate in percent, a string such as "20" or "5.5"',
  currency: 'an ISO 4217 currency code such as "EUR"',
  account: 'an account number such as "706100"',
  method: 'a payment method such as "card", "cash" or "cheque"',
} as const;

/** The words of a decimal field (amount, quantity, exchange rate). */
export function decimalHint(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}: a decimal string such as ${noun === 'quantity' ? '"1" or "1.5"' : noun === 'exchange rate' ? '"0.9215"' : '"12.50"'} (a Decimal or a whole JS number are accepted too)`;
}

/** The refusal of a decimal input that is not a string. */
function refusedDecimal(noun: string, detail: string): RawIssue {
  return coded('invalid_amount', `Invalid ${noun} ${detail}: write a decimal string such as "12.50" (a Decimal or a whole JS number such as 12 are accepted too; decimals as a JS number, 0.1, are not).`);
}

/** Marks a decimal input refused (see {@link readDecimalInput}). */
export const REFUSED: unique symbol = Symbol('refused');

/**
 * The one rule for decimal inputs (DESIGN.md): a decimal string, a `Decimal`
 * of any clone, or a JS number that is a safe integer, read as its exact
 * decimal string; anything else pushes an issue and gives {@link REFUSED}.
 * `undefined` passes through (the string check then refuses it).
 */
export function readDecimalInput(value: unknown, noun: string, issues: RawIssue[]): string | undefined | typeof REFUSED {
  if (typeof value === 'string' || value === undefined) return value;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    issues.push(refusedDecimal(noun, `${String(value)}, a JS number that is not a safe integer`));
    return REFUSED;
  }
  if (Decimal.isDecimal(value)) {
    const text = decimalText(value);
    if (typeof text === 'string' && /^-?\d+(?:\.\d+)?$/.test(text)) return text;
    issues.push(refusedDecimal(noun, typeof text === 'string' ? quote(text) : '(an object that only looks like a Decimal)'));
    return REFUSED;
  }
  issues.push(refusedDecimal(noun, `(received ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})`));
  return REFUSED;
}

/** A strictly positive decimal amount string. */
export function checkPositiveAmount(v: string, issues: RawIssue[]): void {
  if (UNSIGNED_RE.test(v)) {
    if (isZeroDecimal(v)) issues.push(coded('non_positive_amount', 'This amount is zero: it must be strictly positive (leave the document or the line out instead).'));
    return;
  }
  if (SIGNED_RE.test(v)) issues.push(coded('negative_amount', `Amount ${v} is negative: it must be strictly positive (use the opposite document — a refund, a credit note — instead).`));
  else issues.push(coded('invalid_amount', `Invalid amount ${quote(v)}: write a decimal string such as "12.50" (digits and an optional "." — no exponent, spaces or commas).`));
}

/** A zero or positive decimal amount string. */
export function checkNonNegativeAmount(v: string, issues: RawIssue[]): void {
  if (UNSIGNED_RE.test(v)) return;
  if (SIGNED_RE.test(v)) issues.push(coded('negative_amount', `Amount ${v} is negative: it must be zero or positive.`));
  else issues.push(coded('invalid_amount', `Invalid amount ${quote(v)}: write a decimal string such as "12.50" (digits and an optional "." — no exponent, spaces or commas).`));
}

/** A zero or positive quantity with at most 6 decimals. */
export function checkQuantity(v: string, issues: RawIssue[]): void {
  if (UNSIGNED_RE.test(v)) {
    const dot = v.indexOf('.');
    if (dot >= 0 && v.length - dot - 1 > 6) issues.push(coded('too_many_decimals', `Quantity ${v} has more than 6 decimals: round it.`));
    return;
  }
  if (SIGNED_RE.test(v)) issues.push(coded('negative_amount', `Quantity ${v} is negative: quantities are zero or positive; to take something back issue a credit note (or give the line a negative unit price for a discount).`));
  else issues.push(coded('invalid_amount', `Invalid quantity ${quote(v)}: write a decimal string such as "1" or "1.5".`));
}

/** A strictly positive exchange rate with at most 10 decimals. */
export function checkExchangeRate(v: string, issues: RawIssue[]): void {
  if (!UNSIGNED_RE.test(v) || isZeroDecimal(v)) {
    issues.push(coded('invalid_amount', `Invalid exchange rate ${quote(v)}: write a strictly positive decimal string, the amount in EUR of one unit of the document currency (e.g. "0.9215").`));
    return;
  }
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 10) issues.push(coded('too_many_decimals', `Exchange rate ${v} has more than 10 decimals.`));
}

/** A SIREN (9 digits, Luhn key). */
export function checkSiren(v: string, issues: RawIssue[]): void {
  if (!isSiren(v)) issues.push(coded('invalid_siren', `Invalid SIREN ${JSON.stringify(v)}: a SIREN is 9 digits whose Luhn key is valid (e.g. "123456782").`));
}

/** A SIRET (14 digits, Luhn key). */
export function checkSiret(v: string, issues: RawIssue[]): void {
  if (!isSiret(v)) issues.push(coded('invalid_siren', `Invalid SIRET ${JSON.stringify(v)}: a SIRET is 14 digits (the SIREN and a 5-digit establishment number) whose Luhn key is valid.`));
}

/** An intra-community VAT number. */
export function checkVatNumber(v: string, issues: RawIssue[]): void {
  const problem = vatNumberProblem(v);
  if (problem !== undefined) issues.push(coded('invalid_vat_number', problem));
}

/** An inclusive period: `to` on or after `from`. */
export function checkPeriod(v: { readonly from: string; readonly to: string }, issues: RawIssue[]): void {
  if (v.to < v.from) issues.push(coded('invalid_period', `The period ends on ${v.to}, before it starts on ${v.from}: periods are inclusive { from, to } with to ≥ from.`));
}

interface RateFields {
  readonly vatRate?: string | undefined;
  readonly exemption?: string | undefined;
  readonly kind?: string | undefined;
  readonly account?: string | undefined;
}

/** Checks the VAT fields of a line: a rate (zero with a reason), or none for tourist tax. */
export function checkLineVat(line: RateFields, issues: RawIssue[]): void {
  if (line.kind === 'tourist-tax') {
    if (line.vatRate !== undefined) issues.push(coded('invalid_input', 'A tourist-tax line carries no VAT rate (taxe de séjour is outside the VAT base): remove vatRate.', ['vatRate']));
    if (line.exemption !== undefined) issues.push(coded('invalid_input', 'A tourist-tax line carries no VAT exemption: remove exemption.', ['exemption']));
    if (line.account !== undefined && line.account.startsWith('7')) {
      issues.push(coded('invalid_account', `Tourist tax is never revenue: account ${line.account} is a class-7 account; leave account out (the rules' tourist-tax account, 447 by default) or use a third-party account such as 4686.`, ['account']));
    }
    return;
  }
  if (line.vatRate === undefined) {
    issues.push(coded('invalid_input', 'This line has no VAT rate: give one such as "20", or "0" with an exemption reason (tourist-tax lines only have none).', ['vatRate']));
    return;
  }
  const zero = isZeroRate(line.vatRate);
  if (zero && line.exemption === undefined) {
    issues.push(coded('missing_exemption', 'A zero VAT rate needs an exemption reason: set exemption to "exempt", "out-of-scope", "reverse-charge" or "intra-eu".', ['exemption']));
  } else if (!zero && line.exemption !== undefined) {
    issues.push(coded('invalid_input', `An exemption reason only goes with a zero VAT rate, and this line is at ${line.vatRate} %: remove exemption or set vatRate to "0".`, ['exemption']));
  }
}

/** Reports duplicate line ids. */
export function checkLineIds(lines: ReadonlyArray<{ readonly id?: string | undefined }>, issues: RawIssue[], prefix: ReadonlyArray<string | number> = ['lines']): void {
  let seen: Set<string> | undefined;
  for (let k = 0; k < lines.length; k++) {
    const id = lines[k]!.id;
    if (id === undefined) continue;
    seen ??= new Set<string>();
    if (seen.has(id)) issues.push(coded('invalid_input', `Line id "${id}" is used twice in this document: line ids must be unique.`, [...prefix, k, 'id']));
    seen.add(id);
  }
}

type Str = string | undefined;

/** The cross-field rules of an invoice. */
export function checkInvoice(
  v: { readonly id: string; readonly kind: string; readonly status: string; readonly number?: Str; readonly date: string; readonly cancelledOn?: Str; readonly currency?: Str; readonly exchangeRate?: Str; readonly deducts?: ReadonlyArray<string> | undefined; readonly corrects?: Str; readonly lines: ReadonlyArray<{ readonly id?: Str }> },
  issues: RawIssue[],
): void {
  if (v.lines.length === 0) issues.push(coded('invalid_input', 'An invoice needs at least one line.', ['lines']));
  if (v.status !== 'draft' && (v.number === undefined || v.number.trim() === '')) {
    issues.push(coded('empty_id', `${v.status === 'issued' ? 'An' : 'A'} ${v.status} invoice needs its number (the piece reference of its transactions); only drafts may have none.`, ['number']));
  }
  if (v.status === 'cancelled' && v.cancelledOn === undefined) {
    issues.push(coded('invalid_input', 'A cancelled invoice needs cancelledOn, the day its cancellation is posted.', ['cancelledOn']));
  }
  if (v.cancelledOn !== undefined) {
    if (v.status !== 'cancelled') issues.push(coded('invalid_input', `cancelledOn is only for cancelled invoices, and this one is ${v.status}: remove it or set status to "cancelled".`, ['cancelledOn']));
    else if (v.cancelledOn < v.date) issues.push(coded('invalid_date', `cancelledOn ${v.cancelledOn} is before the invoice date ${v.date}: an invoice is cancelled on or after its date.`, ['cancelledOn']));
  }
  if (v.deducts !== undefined) {
    if (v.kind !== 'final') issues.push(coded('invalid_input', `Only a final invoice deducts deposits, and this one is a ${v.kind}: remove deducts.`, ['deducts']));
    const seen = new Set<string>();
    v.deducts.forEach((id, k) => {
      if (id === v.id) issues.push(coded('invalid_input', 'An invoice cannot deduct itself.', ['deducts', k]));
      if (seen.has(id)) issues.push(coded('invalid_input', `Deposit ${id} is listed twice in deducts.`, ['deducts', k]));
      seen.add(id);
    });
  }
  if (v.corrects !== undefined) {
    if (v.kind !== 'credit-note' && v.kind !== 'debit-note') issues.push(coded('invalid_input', `Only a credit or debit note corrects an invoice, and this one is a ${v.kind}: remove corrects.`, ['corrects']));
    else if (v.corrects === v.id) issues.push(coded('invalid_input', 'A note cannot correct itself.', ['corrects']));
  }
  checkCurrency(v, issues, 'amounts');
  checkLineIds(v.lines, issues);
}

/** An exchange rate needs the currency it converts. */
function checkCurrency(v: { readonly currency?: Str; readonly exchangeRate?: Str }, issues: RawIssue[], what: 'amount' | 'amounts'): void {
  if (v.exchangeRate !== undefined && v.currency === undefined) issues.push(coded('invalid_input', `exchangeRate without currency: give the currency of the ${what} too.`, ['exchangeRate']));
}

interface AllocationTargets {
  readonly invoice?: Str;
  readonly rejection?: Str;
  readonly ticket?: Str;
  readonly closing?: Str;
}

/** What an allocation settles, in words (`invoice inv-1`). */
export function allocationTarget(a: AllocationTargets): string {
  return a.invoice !== undefined ? `invoice ${a.invoice}` : a.rejection !== undefined ? `rejection ${a.rejection}` : `ticket ${a.ticket} of closing ${a.closing}`;
}

/** An allocation names exactly one thing it settles. */
export function checkAllocation(a: AllocationTargets, issues: RawIssue[]): void {
  const targets = (a.invoice !== undefined ? 1 : 0) + (a.rejection !== undefined ? 1 : 0) + (a.ticket !== undefined ? 1 : 0);
  if (targets !== 1) issues.push(coded('invalid_input', `An allocation names ${targets === 0 ? 'nothing' : 'more than one thing'}: give exactly one of invoice, rejection or ticket (with its closing).`));
  else if ((a.ticket === undefined) !== (a.closing === undefined)) {
    issues.push(coded('invalid_input', a.ticket === undefined ? 'closing goes with ticket: name the ticket of that closing the allocation settles, or remove closing.' : 'A ticket is named with the till closing that holds it: give closing (its id).', [a.ticket === undefined ? 'closing' : 'ticket']));
  }
}

/** The cross-field rules of a payment or refund. */
export function checkPayment(v: { readonly allocations?: ReadonlyArray<AllocationTargets> | undefined; readonly exchangeRate?: Str; readonly currency?: Str }, issues: RawIssue[]): void {
  const list = v.allocations;
  const seen = list !== undefined && list.length > 1 ? new Set<string>() : undefined;
  list?.forEach((a, k) => {
    if (!seen) return;
    const key = allocationTarget(a);
    const field = a.invoice !== undefined ? 'invoice' : a.rejection !== undefined ? 'rejection' : 'ticket';
    if (seen.has(key)) issues.push(coded('invalid_input', `${key.charAt(0).toUpperCase()}${key.slice(1)} is allocated twice: merge the two allocations.`, ['allocations', k, field]));
    seen.add(key);
  });
  checkCurrency(v, issues, 'amount');
}

/** The cross-field rules of a supplier payment (`Purchase`) or refund (`Credit note`). */
export function checkSupplierMoney(what: 'Purchase' | 'Credit note', v: { readonly allocations?: ReadonlyArray<{ readonly purchase: string }> | undefined; readonly exchangeRate?: Str; readonly currency?: Str }, issues: RawIssue[]): void {
  const seen = new Set<string>();
  v.allocations?.forEach((a, k) => {
    if (seen.has(a.purchase)) issues.push(coded('invalid_input', `${what} ${a.purchase} is allocated twice: merge the two allocations.`, ['allocations', k, 'purchase']));
    seen.add(a.purchase);
  });
  checkCurrency(v, issues, 'amount');
}

/** The cross-field rules of a direct-debit batch. */
export function checkDirectDebitBatch(v: { readonly collectionDate: string; readonly items: ReadonlyArray<{ readonly id: string; readonly endToEndId: string; readonly mandate: { readonly signedOn: string } }> }, issues: RawIssue[]): void {
  if (v.items.length === 0) issues.push(coded('empty_batch', 'The batch has no items: a direct-debit batch needs at least one debit.', ['items']));
  const ids = new Set<string>();
  const e2e = new Set<string>();
  v.items.forEach((item, k) => {
    if (ids.has(item.id)) issues.push(coded('invalid_input', `Item id "${item.id}" is used twice in the batch: item ids must be unique.`, ['items', k, 'id']));
    if (e2e.has(item.endToEndId)) issues.push(coded('invalid_input', `EndToEndId "${item.endToEndId}" is used twice in the batch: it must identify one debit.`, ['items', k, 'endToEndId']));
    ids.add(item.id);
    e2e.add(item.endToEndId);
    if (item.mandate.signedOn > v.collectionDate) issues.push(coded('invalid_date', `The mandate was signed on ${item.mandate.signedOn}, after the collection date ${v.collectionDate}.`, ['items', k, 'mandate', 'signedOn']));
  });
}

/** The cross-field rules of a purchase. */
export function checkPurchase(
  v: { readonly id: string; readonly kind?: Str; readonly corrects?: Str; readonly advances?: ReadonlyArray<{ readonly payment: string }> | undefined; readonly lines: ReadonlyArray<{ readonly id?: Str }>; readonly exchangeRate?: Str; readonly currency?: Str },
  issues: RawIssue[],
): void {
  if (v.corrects !== undefined) {
    if (v.kind !== 'credit-note') issues.push(coded('invalid_input', 'Only a supplier credit note (kind "credit-note") corrects a purchase, and this one is an invoice: remove corrects or set the kind.', ['corrects']));
    else if (v.corrects === v.id) issues.push(coded('invalid_input', 'A credit note cannot correct itself: give the id of the supplier invoice it corrects.', ['corrects']));
  }
  if (v.advances !== undefined) {
    if (v.kind === 'credit-note') issues.push(coded('invalid_input', 'A supplier credit note deducts no advance: advances go on a supplier invoice (a credit note paid back is a supplier-refund).', ['advances']));
    const seen = new Set<string>();
    v.advances.forEach((a, k) => {
      if (seen.has(a.payment)) issues.push(coded('invalid_input', `The advance of payment ${a.payment} is deducted twice: merge the two lines.`, ['advances', k, 'payment']));
      seen.add(a.payment);
    });
  }
  if (v.lines.length === 0) issues.push(coded('invalid_input', 'A purchase needs at least one line.', ['lines']));
  checkCurrency(v, issues, 'amounts');
  checkLineIds(v.lines, issues);
}

/** The cross-field rules of a stay. */
export function checkStay(v: { readonly arrival: string; readonly departure: string; readonly invoices?: ReadonlyArray<string> | undefined }, issues: RawIssue[]): void {
  if (v.departure < v.arrival) {
    issues.push(coded('invalid_period', `The departure ${v.departure} is before the arrival ${v.arrival}: a stay leaves on or after the day it arrives.`, ['departure']));
  }
  const list = v.invoices;
  if (list !== undefined && list.length > 1) {
    const seen = new Set<string>();
    list.forEach((id, k) => {
      if (seen.has(id)) issues.push(coded('invalid_input', `Invoice ${id} is linked twice to this stay: list it once.`, ['invoices', k]));
      seen.add(id);
    });
  }
}

/** The cross-field rules of a subscription cancellation. */
export function checkSubscriptionCancellation(v: { readonly invoice: string; readonly creditNote?: Str }, issues: RawIssue[]): void {
  if (v.creditNote !== undefined && v.creditNote === v.invoice) {
    issues.push(coded('invalid_input', 'The credit note is the subscription invoice itself: give the id of the credit note the cancellation produced.', ['creditNote']));
  }
}

/** The cross-field rules of a till ticket. */
export function checkTillTicket(v: { readonly lines: ReadonlyArray<{ readonly id?: Str }> }, issues: RawIssue[]): void {
  if (v.lines.length === 0) issues.push(coded('invalid_input', 'A ticket needs at least one line.', ['lines']));
  checkLineIds(v.lines, issues);
}

/** The cross-field rules of a till closing. */
export function checkTillClosing(v: { readonly tickets: ReadonlyArray<{ readonly id: string }> }, issues: RawIssue[]): void {
  const ids = new Set<string>();
  v.tickets.forEach((t, k) => {
    if (ids.has(t.id)) issues.push(coded('invalid_input', `Ticket id "${t.id}" is used twice in this closing.`, ['tickets', k, 'id']));
    ids.add(t.id);
  });
}

/** The cross-field rules of a tourist-tax remittance. */
export function checkTouristTaxRemittance(v: { readonly account?: Str; readonly collector: { readonly account?: Str }; readonly exchangeRate?: Str; readonly currency?: Str }, issues: RawIssue[]): void {
  const classFour = (account: Str, path: ReadonlyArray<string>): void => {
    if (account !== undefined && isAccountNumber(account) && !account.startsWith('4')) {
      issues.push(coded('invalid_account', `Account ${account} is not a third-party account: the tourist tax collected sits in class 4 (447, 4686 or 467); leave it out for the rules' tourist-tax account.`, path));
    }
  };
  classFour(v.account, ['account']);
  classFour(v.collector.account, ['collector', 'account']);
  if (v.account !== undefined && v.collector.account !== undefined && v.account !== v.collector.account) {
    issues.push(coded('invalid_input', `Two tourist-tax accounts are given (${v.account} and the collector's ${v.collector.account}): give one.`, ['collector', 'account']));
  }
  checkCurrency(v, issues, 'amount');
}

/** The cross-field rules of a VAT payment. */
export function checkVatPayment(v: { readonly account?: Str; readonly kind: string; readonly regime?: Str }, issues: RawIssue[]): void {
  if (v.account !== undefined && isAccountNumber(v.account) && !v.account.startsWith('445')) {
    issues.push(coded('invalid_account', `Account ${v.account} is not a VAT account: a VAT payment clears 44551 (VAT to pay) or 44581 (instalments); leave it out for those.`, ['account']));
  }
  if (v.kind === 'instalment' && v.regime === 'CA3') {
    issues.push(coded('invalid_input', 'A CA3 has no instalments: an instalment goes with regime "CA12" (or leave regime out).', ['kind']));
  }
}
