// @ts-nocheck
// A hand-written check of the common invoice, used by `post` before checkDocument (internal).
//
// It accepts a subset of what `invoiceSchema` accepts — plain objects and
// arrays, every field well formed, no field set to undefined — and then
// returns the input itself (no copy: posting never writes to documents).
// Anything else, valid or not, returns undefined and goes through the full
// check (checkDocument, equal to the zod schema by property), the one source
// of issues. A property test checks that whatever this accepts, zod accepts
// too and parses to an equal value.
import { isAccountNumber } from '../../accounts/index.js';
import { isIsoDate } from '../../calendar/index.js';
import { CURRENCY_SCALES } from '../../money/index.js';
import type { Invoice } from '../invoice.js';
import { isDecimalString, isZeroDecimal, nonBlank } from './checks.js';

const KINDS = new Set(['final', 'deposit', 'proforma', 'credit-note', 'debit-note']);
const STATUSES = new Set(['draft', 'issued', 'sent', 'paid', 'cancelled']);
const EXEMPTIONS = new Set(['exempt', 'out-of-scope', 'reverse-charge', 'intra-eu']);
const LINE_KINDS = new Set(['service', 'goods', 'tourist-tax']);

// The keys each object may hold, as switches: a key read by `for … in` is an
// internalized string, so each case is a pointer comparison (cheaper than a
// Set's hash lookup); the common keys come first.
function invoiceKey(k: string): boolean {
  switch (k) {
    case 'type':
    case 'id':
    case 'kind':
    case 'status':
    case 'number':
    case 'date':
    case 'customer':
    case 'lines':
    case 'cancelledOn':
    case 'currency':
    case 'exchangeRate':
    case 'funder':
    case 'billingContact':
    case 'costCenter':
    case 'memo':
    case 'pricesIncludeTax':
    case 'deducts':
    case 'corrects':
      return true;
    default:
      return false;
  }
}
function lineKey(k: string): boolean {
  switch (k) {
    case 'label':
    case 'quantity':
    case 'unitPrice':
    case 'vatRate':
    case 'id':
    case 'account':
    case 'exemption':
    case 'kind':
    case 'category':
    case 'product':
    case 'seller':
    case 'servicePeriod':
    case 'sessions':
      return true;
    default:
      return false;
  }
}
const partyKey = (k: string): boolean => k === 'id' || k === 'name' || k === 'account';
const periodKey = (k: string): boolean => k === 'from' || k === 'to';

type Obj = Record<string, unknown>;

/** A plain object (prototype `Object.prototype` or null). */
export function plain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A plain array (prototype `Array.prototype`). */
export function plainArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype;
}

// Only known keys (inherited enumerable ones included, as zod reads them), none holding undefined.
function invoiceKeysIn(o: Obj): boolean {
  for (const k in o) if (!invoiceKey(k) || o[k] === undefined) return false;
  return true;
}
function lineKeysIn(o: Obj): boolean {
  for (const k in o) if (!lineKey(k) || o[k] === undefined) return false;
  return true;
}
/** Only the keys of a party (`id`, `name`, `account`), none holding undefined. */
export function partyKeysIn(o: Obj): boolean {
  for (const k in o) if (!partyKey(k) || o[k] === undefined) return false;
  return true;
}
function periodKeysIn(o: Obj): boolean {
  for (const k in o) if (!periodKey(k) || o[k] === undefined) return false;
  return true;
}

const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const id = (v: unknown): boolean => typeof v === 'string' && nonBlank(v);
const date = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

/** An exchange rate: an unsigned decimal string, not zero, at most 10 decimals. */
export function exchangeRate(r: unknown): boolean {
  return typeof r === 'string' && isDecimalString(r, false, Infinity, 10) && !isZeroDecimal(r);
}

function line(l: unknown): l is Obj {
  if (!plain(l) || !lineKeysIn(l)) return false;
  if (l.id !== undefined && !id(l.id)) return false;
  if (!str(l.label)) return false;
  if (l.account !== undefined && !(str(l.account) && isAccountNumber(l.account))) return false;
  if (!str(l.quantity) || !isDecimalString(l.quantity, false, Infinity, 6)) return false;
  if (!str(l.unitPrice) || !isDecimalString(l.unitPrice, true)) return false;
  if (!optStr(l.category) || !optStr(l.product) || !optStr(l.seller)) return false;
  if (l.kind !== undefined && !(str(l.kind) && LINE_KINDS.has(l.kind))) return false;
  if (l.exemption !== undefined && !(str(l.exemption) && EXEMPTIONS.has(l.exemption))) return false;
  if (l.sessions !== undefined && !(typeof l.sessions === 'number' && Number.isSafeInteger(l.sessions) && l.sessions > 0)) return false;
  if (l.servicePeriod !== undefined) {
    const p = l.servicePeriod;
    if (!plain(p) || !periodKeysIn(p) || !date(p.from) || !date(p.to) || p.to < p.from) return false;
  }
  if (l.kind === 'tourist-tax') return l.vatRate === undefined && l.exemption === undefined && !(str(l.account) && l.account.startsWith('7'));
  if (!str(l.vatRate) || !isDecimalString(l.vatRate, false, 3, 6)) return false;
  return isZeroDecimal(l.vatRate) ? l.exemption !== undefined : l.exemption === undefined;
}

/**
 * The input when it is certainly a valid invoice (see the file comment),
 * otherwise undefined (ask zod).
 */
export function fastInvoice(input: unknown): Invoice | undefined {
  if (!plain(input) || input.type !== 'invoice' || !invoiceKeysIn(input)) return undefined;
  const v = input;
  if (!id(v.id) || !str(v.kind) || !KINDS.has(v.kind) || !str(v.status) || !STATUSES.has(v.status)) return undefined;
  if (!date(v.date) || !optStr(v.number) || !optStr(v.funder) || !optStr(v.billingContact) || !optStr(v.costCenter) || !optStr(v.memo)) return undefined;
  if (v.status !== 'draft' && !id(v.number)) return undefined;
  if (v.status === 'cancelled' ? !(date(v.cancelledOn) && v.cancelledOn >= v.date) : v.cancelledOn !== undefined) return undefined;
  if (v.currency !== undefined && !(str(v.currency) && Object.hasOwn(CURRENCY_SCALES, v.currency))) return undefined;
  if (v.exchangeRate !== undefined && (v.currency === undefined || !exchangeRate(v.exchangeRate))) return undefined;
  if (v.pricesIncludeTax !== undefined && typeof v.pricesIncludeTax !== 'boolean') return undefined;
  const c = v.customer;
  if (!plain(c) || !partyKeysIn(c) || !id(c.id) || !id(c.name)) return undefined;
  if (c.account !== undefined && !(str(c.account) && isAccountNumber(c.account))) return undefined;
  if (v.deducts !== undefined) {
    const list = v.deducts;
    if (v.kind !== 'final' || !plainArray(list)) return undefined;
    for (let k = 0; k < list.length; k++) if (!id(list[k]) || list[k] === v.id || list.indexOf(list[k]) !== k) return undefined;
  }
  if (v.corrects !== undefined && !((v.kind === 'credit-note' || v.kind === 'debit-note') && id(v.corrects) && v.corrects !== v.id)) return undefined;
  const lines = v.lines;
  if (!plainArray(lines) || lines.length === 0) return undefined;
  let ids: Set<unknown> | undefined;
  for (let k = 0; k < lines.length; k++) {
    if (!(k in lines)) return undefined;
    const l = lines[k];
    if (!line(l)) return undefined;
    if (l.id !== undefined) {
      ids ??= new Set();
      if (ids.has(l.id)) return undefined;
      ids.add(l.id);
    }
  }
  return input as unknown as Invoice;
}
