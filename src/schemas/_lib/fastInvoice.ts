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

const SIGNED_RE = /^-?\d+(?:\.\d+)?$/;
const UNSIGNED_RE = /^\d+(?:\.\d+)?$/;
const RATE_RE = /^\d{1,3}(?:\.\d{1,6})?$/;
const ZERO_RATE_RE = /^0+(?:\.0+)?$/;
const NON_BLANK = /\S/;

const INVOICE_KEYS = new Set(['type', 'id', 'kind', 'status', 'number', 'date', 'cancelledOn', 'currency', 'exchangeRate', 'customer', 'funder', 'billingContact', 'costCenter', 'memo', 'pricesIncludeTax', 'deducts', 'corrects', 'lines']);
const LINE_KEYS = new Set(['id', 'label', 'account', 'quantity', 'unitPrice', 'vatRate', 'exemption', 'kind', 'category', 'product', 'seller', 'servicePeriod', 'sessions']);
const PARTY_KEYS = new Set(['id', 'name', 'account']);
const PERIOD_KEYS = new Set(['from', 'to']);
const KINDS = new Set(['final', 'deposit', 'proforma', 'credit-note', 'debit-note']);
const STATUSES = new Set(['draft', 'issued', 'sent', 'paid', 'cancelled']);
const EXEMPTIONS = new Set(['exempt', 'out-of-scope', 'reverse-charge', 'intra-eu']);
const LINE_KINDS = new Set(['service', 'goods', 'tourist-tax']);

type Obj = Record<string, unknown>;

function plain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Only known keys (inherited enumerable ones included, as zod reads them), none holding undefined. */
function keysIn(o: Obj, known: ReadonlySet<string>): boolean {
  for (const k in o) if (!known.has(k) || o[k] === undefined) return false;
  return true;
}

const str = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const id = (v: unknown): boolean => typeof v === 'string' && NON_BLANK.test(v);
const date = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

function decimals(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function line(l: unknown): l is Obj {
  if (!plain(l) || !keysIn(l, LINE_KEYS)) return false;
  if (l.id !== undefined && !id(l.id)) return false;
  if (!str(l.label)) return false;
  if (l.account !== undefined && !(str(l.account) && isAccountNumber(l.account))) return false;
  if (!str(l.quantity) || !UNSIGNED_RE.test(l.quantity) || decimals(l.quantity) > 6) return false;
  if (!str(l.unitPrice) || !SIGNED_RE.test(l.unitPrice)) return false;
  if (!optStr(l.category) || !optStr(l.product) || !optStr(l.seller)) return false;
  if (l.kind !== undefined && !(str(l.kind) && LINE_KINDS.has(l.kind))) return false;
  if (l.exemption !== undefined && !(str(l.exemption) && EXEMPTIONS.has(l.exemption))) return false;
  if (l.sessions !== undefined && !(typeof l.sessions === 'number' && Number.isSafeInteger(l.sessions) && l.sessions > 0)) return false;
  if (l.servicePeriod !== undefined) {
    const p = l.servicePeriod;
    if (!plain(p) || !keysIn(p, PERIOD_KEYS) || !date(p.from) || !date(p.to) || p.to < p.from) return false;
  }
  if (l.kind === 'tourist-tax') return l.vatRate === undefined && l.exemption === undefined && !(str(l.account) && l.account.startsWith('7'));
  if (!str(l.vatRate) || !RATE_RE.test(l.vatRate)) return false;
  return ZERO_RATE_RE.test(l.vatRate) ? l.exemption !== undefined : l.exemption === undefined;
}

/**
 * The input when it is certainly a valid invoice (see the file comment),
 * otherwise undefined (ask zod).
 */
export function fastInvoice(input: unknown): Invoice | undefined {
  if (!plain(input) || input.type !== 'invoice' || !keysIn(input, INVOICE_KEYS)) return undefined;
  const v = input;
  if (!id(v.id) || !str(v.kind) || !KINDS.has(v.kind) || !str(v.status) || !STATUSES.has(v.status)) return undefined;
  if (!date(v.date) || !optStr(v.number) || !optStr(v.funder) || !optStr(v.billingContact) || !optStr(v.costCenter) || !optStr(v.memo)) return undefined;
  if (v.status !== 'draft' && !(str(v.number) && NON_BLANK.test(v.number))) return undefined;
  if (v.status === 'cancelled' ? !(date(v.cancelledOn) && v.cancelledOn >= v.date) : v.cancelledOn !== undefined) return undefined;
  if (v.currency !== undefined && !(str(v.currency) && Object.hasOwn(CURRENCY_SCALES, v.currency))) return undefined;
  if (v.exchangeRate !== undefined) {
    const r = v.exchangeRate;
    if (v.currency === undefined || !str(r) || !UNSIGNED_RE.test(r) || !/[1-9]/.test(r) || decimals(r) > 10) return undefined;
  }
  if (v.pricesIncludeTax !== undefined && typeof v.pricesIncludeTax !== 'boolean') return undefined;
  const c = v.customer;
  if (!plain(c) || !keysIn(c, PARTY_KEYS) || !id(c.id) || !(str(c.name) && NON_BLANK.test(c.name))) return undefined;
  if (c.account !== undefined && !(str(c.account) && isAccountNumber(c.account))) return undefined;
  if (v.deducts !== undefined) {
    const list = v.deducts;
    if (v.kind !== 'final' || !Array.isArray(list) || Object.getPrototypeOf(list) !== Array.prototype) return undefined;
    for (let k = 0; k < list.length; k++) if (!id(list[k]) || list[k] === v.id || list.indexOf(list[k]) !== k) return undefined;
  }
  if (v.corrects !== undefined && !((v.kind === 'credit-note' || v.kind === 'debit-note') && id(v.corrects) && v.corrects !== v.id)) return undefined;
  const lines = v.lines;
  if (!Array.isArray(lines) || Object.getPrototypeOf(lines) !== Array.prototype || lines.length === 0) return undefined;
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
