// @ts-nocheck
// Hand-written checks of common payments, refunds and stays (internal), in the
// style of schemas/_lib/fastInvoice.ts: each accepts a subset of what the zod
// schema accepts — plain objects and arrays, every field well formed, no field
// set to undefined — and returns the input itself (no copy: the synthesis never
// writes to documents). Anything else returns undefined and goes through zod,
// which stays the one definition of a valid document and the one source of
// issues. A property test checks that whatever these accept, zod accepts too
// and parses to an equal value.
import { isAccountNumber } from '../../accounts/index.js';
import { isIsoDate } from '../../calendar/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import type { Payment, Refund } from '../../schemas/payment.js';
import type { Stay } from '../../schemas/stay.js';
import { nonBlank, positive } from '../../schemas/_lib/checks.js';
import { exchangeRate, partyKeysIn, plain, plainArray } from '../../schemas/_lib/fastInvoice.js';

// The keys each document may hold, as switches: a key read by `for … in` is an
// internalized string, so each case is a pointer comparison (cheaper than a
// Set's hash lookup); the common keys come first.
function paymentKey(k: string): boolean {
  switch (k) {
    case 'type':
    case 'id':
    case 'date':
    case 'method':
    case 'amount':
    case 'customer':
    case 'allocations':
    case 'number':
    case 'currency':
    case 'exchangeRate':
    case 'creditNote':
    case 'reference':
    case 'memo':
    case 'costCenter':
    case 'funder':
    case 'billingContact':
      return true;
    default:
      return false;
  }
}
function stayKey(k: string): boolean {
  switch (k) {
    case 'type':
    case 'id':
    case 'number':
    case 'customer':
    case 'arrival':
    case 'departure':
    case 'guests':
    case 'invoices':
    case 'memo':
    case 'costCenter':
    case 'funder':
    case 'billingContact':
      return true;
    default:
      return false;
  }
}
const allocationKey = (k: string): boolean => k === 'invoice' || k === 'amount';

type Obj = Record<string, unknown>;

// Only known keys (inherited enumerable ones included, as zod reads them), none holding undefined.
function paymentKeysIn(o: Obj): boolean {
  for (const k in o) if (!paymentKey(k) || o[k] === undefined) return false;
  return true;
}
function stayKeysIn(o: Obj): boolean {
  for (const k in o) if (!stayKey(k) || o[k] === undefined) return false;
  return true;
}
function allocationKeysIn(o: Obj): boolean {
  for (const k in o) if (!allocationKey(k) || o[k] === undefined) return false;
  return true;
}

// isIsoDate reads char codes: cheaper than a memo keyed by the date string (one hash per string).
const date = (v: unknown): v is string => isIsoDate(v);

const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const id = (v: unknown): v is string => typeof v === 'string' && nonBlank(v);

function party(c: unknown): boolean {
  if (!plain(c) || !partyKeysIn(c) || !id(c.id) || !id(c.name)) return false;
  return c.account === undefined || (str(c.account) && isAccountNumber(c.account));
}

function references(v: Obj): boolean {
  return optStr(v.memo) && optStr(v.costCenter) && optStr(v.funder) && optStr(v.billingContact);
}

/** The input when it is certainly a valid payment or refund, otherwise undefined (ask zod). */
export function fastPayment(input: unknown): Payment | Refund | undefined {
  if (!plain(input) || (input.type !== 'payment' && input.type !== 'refund') || !paymentKeysIn(input)) return undefined;
  const v = input;
  if (!id(v.id) || !optStr(v.number) || !date(v.date) || !id(v.method) || !positive(v.amount)) return undefined;
  if (!optStr(v.reference) || !references(v) || !party(v.customer)) return undefined;
  if (v.creditNote !== undefined && !id(v.creditNote)) return undefined;
  if (v.currency !== undefined && !(str(v.currency) && Object.hasOwn(CURRENCY_SCALES, v.currency))) return undefined;
  if (v.exchangeRate !== undefined && (v.currency === undefined || !exchangeRate(v.exchangeRate))) return undefined;
  const list = v.allocations;
  if (list !== undefined) {
    if (!plainArray(list)) return undefined;
    for (let k = 0; k < list.length; k++) {
      if (!(k in list)) return undefined;
      const a = list[k];
      if (!plain(a) || !allocationKeysIn(a) || !id(a.invoice) || !positive(a.amount)) return undefined;
      for (let j = 0; j < k; j++) if ((list[j] as Obj).invoice === a.invoice) return undefined;
    }
  }
  return input as unknown as Payment | Refund;
}

/** The input when it is certainly a valid stay, otherwise undefined (ask zod). */
export function fastStay(input: unknown): Stay | undefined {
  if (!plain(input) || input.type !== 'stay' || !stayKeysIn(input)) return undefined;
  const v = input;
  if (!id(v.id) || !optStr(v.number) || !references(v) || !party(v.customer)) return undefined;
  if (!date(v.arrival) || !date(v.departure) || v.departure < v.arrival) return undefined;
  if (!(typeof v.guests === 'number' && Number.isSafeInteger(v.guests) && v.guests > 0)) return undefined;
  const list = v.invoices;
  if (list !== undefined) {
    if (!plainArray(list)) return undefined;
    for (let k = 0; k < list.length; k++) {
      if (!(k in list) || !id(list[k])) return undefined;
      if (list.indexOf(list[k]) !== k) return undefined;
    }
  }
  return input as unknown as Stay;
}
