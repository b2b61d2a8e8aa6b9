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

const UNSIGNED_RE = /^\d+(?:\.\d+)?$/;
const NON_ZERO_RE = /[1-9]/;
const NON_BLANK = /\S/;

const PAYMENT_KEYS = new Set(['type', 'id', 'number', 'date', 'method', 'amount', 'currency', 'exchangeRate', 'customer', 'allocations', 'creditNote', 'reference', 'memo', 'costCenter', 'funder', 'billingContact']);
const ALLOCATION_KEYS = new Set(['invoice', 'amount']);
const PARTY_KEYS = new Set(['id', 'name', 'account']);
const STAY_KEYS = new Set(['type', 'id', 'number', 'customer', 'arrival', 'departure', 'guests', 'invoices', 'memo', 'costCenter', 'funder', 'billingContact']);

type Obj = Record<string, unknown>;

function plain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function plainArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype;
}

/** Only known keys (inherited enumerable ones included, as zod reads them), none holding undefined. */
function keysIn(o: Obj, known: ReadonlySet<string>): boolean {
  for (const k in o) if (!known.has(k) || o[k] === undefined) return false;
  return true;
}

// isIsoDate reads char codes: cheaper than a memo keyed by the date string (one hash per string).
const date = (v: unknown): v is string => isIsoDate(v);

const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const id = (v: unknown): v is string => typeof v === 'string' && NON_BLANK.test(v);
const positive = (v: unknown): boolean => typeof v === 'string' && UNSIGNED_RE.test(v) && NON_ZERO_RE.test(v);

function party(c: unknown): boolean {
  if (!plain(c) || !keysIn(c, PARTY_KEYS) || !id(c.id) || !(str(c.name) && NON_BLANK.test(c.name))) return false;
  return c.account === undefined || (str(c.account) && isAccountNumber(c.account));
}

function references(v: Obj): boolean {
  return optStr(v.memo) && optStr(v.costCenter) && optStr(v.funder) && optStr(v.billingContact);
}

/** The input when it is certainly a valid payment or refund, otherwise undefined (ask zod). */
export function fastPayment(input: unknown): Payment | Refund | undefined {
  if (!plain(input) || (input.type !== 'payment' && input.type !== 'refund') || !keysIn(input, PAYMENT_KEYS)) return undefined;
  const v = input;
  if (!id(v.id) || !optStr(v.number) || !date(v.date) || !(str(v.method) && v.method.trim() !== '') || !positive(v.amount)) return undefined;
  if (!optStr(v.reference) || !references(v) || !party(v.customer)) return undefined;
  if (v.creditNote !== undefined && !id(v.creditNote)) return undefined;
  if (v.currency !== undefined && !(str(v.currency) && Object.hasOwn(CURRENCY_SCALES, v.currency))) return undefined;
  if (v.exchangeRate !== undefined) {
    const r = v.exchangeRate;
    if (v.currency === undefined || !str(r) || !UNSIGNED_RE.test(r) || !NON_ZERO_RE.test(r)) return undefined;
    const dot = r.indexOf('.');
    if (dot >= 0 && r.length - dot - 1 > 10) return undefined;
  }
  const list = v.allocations;
  if (list !== undefined) {
    if (!plainArray(list)) return undefined;
    for (let k = 0; k < list.length; k++) {
      if (!(k in list)) return undefined;
      const a = list[k];
      if (!plain(a) || !keysIn(a, ALLOCATION_KEYS) || !id(a.invoice) || !positive(a.amount)) return undefined;
      for (let j = 0; j < k; j++) if ((list[j] as Obj).invoice === a.invoice) return undefined;
    }
  }
  return input as unknown as Payment | Refund;
}

/** The input when it is certainly a valid stay, otherwise undefined (ask zod). */
export function fastStay(input: unknown): Stay | undefined {
  if (!plain(input) || input.type !== 'stay' || !keysIn(input, STAY_KEYS)) return undefined;
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
