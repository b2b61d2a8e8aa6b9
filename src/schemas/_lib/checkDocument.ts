/**
 * The documents' shape check without zod (internal).
 *
 * `post` checks every document it reads; running the zod schemas for that would put zod in every bundle
 * that posts (issue #13 §2). This module describes each document shape in a small declarative language
 * (objects, optional and defaulted fields, strings with their refinement, decimal inputs, enums, lists, the
 * union by `type`) and one interpreter reads a document against it. The rules beyond the shape — every
 * refinement, every cross-field check and its message — are the functions of `checks.ts`, which the zod
 * schemas run too: one definition each. The interpreter gives exactly what `documentSchema.safeParse` then
 * `parseDocumentIssues` give (acceptance, parsed data, issues with their codes, paths, messages and order):
 * `test/schemas/checkDocument.test.ts` states it as properties over arbitrary, mutated and hostile documents,
 * and compares each description with its zod schema field by field. The zod schemas stay the public
 * description of the documents (types, JSON Schema, users' own parsing).
 */
import { issue, quote, type AccountingIssue } from '../../errors/index.js';
import type { Document } from '../document.js';
import {
  checkAllocation, checkDirectDebitBatch, checkExchangeRate, checkInvoice, checkLineVat, checkNonNegativeAmount, checkPayment, checkPeriod, checkPositiveAmount,
  checkPurchase, checkQuantity, checkSiren, checkSiret, checkStay, checkSubscriptionCancellation, checkSupplierMoney, checkTillClosing, checkTillTicket, checkTouristTaxRemittance,
  checkVatNumber, checkVatPayment, decimalHint, HINT, readDecimalInput, REFINE, REFUSED, sepaIdRefinement, type RawIssue, type Refinement,
} from './checks.js';
import { isIsoDate } from '../../calendar/index.js';

type Check = (value: never, issues: RawIssue[]) => void;

/** One node of a shape description. */
export type Node =
  | { readonly t: 'string'; readonly hint?: string; readonly refine?: Refinement; readonly check?: Check; readonly regex?: RegExp; readonly max?: number }
  | { readonly t: 'datetime' }
  | { readonly t: 'boolean' }
  | { readonly t: 'int'; readonly positive: boolean }
  | { readonly t: 'literal'; readonly value: string }
  | { readonly t: 'enum'; readonly values: ReadonlyArray<string> }
  | { readonly t: 'decimal'; readonly noun: string; readonly check?: Check; readonly refine?: Refinement }
  | { readonly t: 'array'; readonly el: Node; readonly min?: number; readonly max?: number }
  | { readonly t: 'object'; readonly fields: Readonly<Record<string, Node>>; readonly check?: Check }
  | { readonly t: 'optional'; readonly inner: Node }
  | { readonly t: 'default'; readonly inner: Node; readonly value: string };

// ---- the description language ----
const str = (refine?: Refinement, hint?: string): Node => (refine ? (hint ? { t: 'string', refine, hint } : { t: 'string', refine }) : { t: 'string' });
const opt = (inner: Node): Node => ({ t: 'optional', inner });
const obj = (fields: Readonly<Record<string, Node>>, check?: Check): Node => (check ? { t: 'object', fields, check } : { t: 'object', fields });
const list = (el: Node): Node => ({ t: 'array', el });
const oneOf = (...values: string[]): Node => ({ t: 'enum', values });
const lit = (value: string): Node => ({ t: 'literal', value });
const BOOL: Node = { t: 'boolean' };
const STRING: Node = str();
const OSTRING = opt(STRING);

const ID = str(REFINE.id, HINT.id);
const DATE = str(REFINE.date, HINT.date);
const ACCOUNT = str(REFINE.account, HINT.account);
const CURRENCY = str(REFINE.currency, HINT.currency);
const METHOD = str(REFINE.method, HINT.method);
const VAT_RATE = str(REFINE.vatRate, HINT.vatRate);
const POSITIVE: Node = { t: 'decimal', noun: 'amount', check: checkPositiveAmount };
const NON_NEGATIVE: Node = { t: 'decimal', noun: 'amount', check: checkNonNegativeAmount };
const SIGNED: Node = { t: 'decimal', noun: 'amount', refine: REFINE.signed };
const QUANTITY: Node = { t: 'decimal', noun: 'quantity', check: checkQuantity };
const EXCHANGE_RATE: Node = { t: 'decimal', noun: 'exchange rate', check: checkExchangeRate };
const EXEMPTION = oneOf('exempt', 'out-of-scope', 'reverse-charge', 'intra-eu');
const PERIOD = obj({ from: DATE, to: DATE }, checkPeriod);
const ADDRESS = obj({
  lines: { t: 'array', el: str(REFINE.addressLine), min: 1, max: 3 },
  postcode: OSTRING,
  city: str(REFINE.city),
  country: str(REFINE.country),
});
const PARTY = obj({
  id: ID,
  name: str(REFINE.partyName),
  account: opt(ACCOUNT),
  siren: opt({ t: 'string', check: checkSiren }),
  siret: opt({ t: 'string', check: checkSiret }),
  vatNumber: opt({ t: 'string', check: checkVatNumber }),
  address: opt(ADDRESS),
  email: OSTRING,
});
const REFERENCES = { memo: OSTRING, costCenter: OSTRING, funder: OSTRING, billingContact: OSTRING };
const MEMO_COST = { memo: OSTRING, costCenter: OSTRING };

const SOLD_LINE = obj(
  {
    id: opt(ID),
    label: STRING,
    account: opt(ACCOUNT),
    quantity: QUANTITY,
    unitPrice: SIGNED,
    vatRate: opt(VAT_RATE),
    exemption: opt(EXEMPTION),
    exemptionReason: OSTRING,
    exemptionCode: opt({ t: 'string', regex: /^VATEX-[A-Z0-9-]+$/ }),
    kind: opt(oneOf('service', 'goods', 'tourist-tax')),
    category: OSTRING,
    product: OSTRING,
    seller: OSTRING,
    servicePeriod: opt(PERIOD),
    sessions: opt({ t: 'int', positive: true }),
  },
  checkLineVat,
);
const PURCHASE_LINE = obj(
  {
    id: opt(ID),
    label: STRING,
    account: ACCOUNT,
    quantity: QUANTITY,
    unitPrice: SIGNED,
    vatRate: VAT_RATE,
    exemption: opt(EXEMPTION),
    deductible: opt(BOOL),
    servicePeriod: opt(PERIOD),
  },
  checkLineVat,
);

/** The fields a payment shares with the other money documents. */
const MONEY = {
  id: ID,
  number: OSTRING,
  date: DATE,
  method: METHOD,
  amount: POSITIVE,
};
const PAYMENT_FIELDS = {
  ...MONEY,
  currency: opt(CURRENCY),
  exchangeRate: opt(EXCHANGE_RATE),
  customer: PARTY,
  allocations: opt(list(obj({ invoice: opt(ID), rejection: opt(ID), ticket: opt(ID), closing: opt(ID), amount: POSITIVE }, checkAllocation))),
  creditNote: opt(ID),
  reference: OSTRING,
  ...REFERENCES,
};
const SUPPLIER_ALLOCATIONS = opt(list(obj({ purchase: ID, amount: POSITIVE })));
const SEPA_NAME = str(REFINE.sepaName);
const sepaId = (what: string): Node => str(sepaIdRefinement(what));

/** Each document type's description, in {@link DOCUMENT_TYPES} order. */
export const DOCUMENT_SHAPES: Readonly<Record<string, Node>> = {
  invoice: obj(
    {
      type: lit('invoice'),
      id: ID,
      kind: oneOf('final', 'deposit', 'proforma', 'credit-note', 'debit-note'),
      status: oneOf('draft', 'issued', 'sent', 'paid', 'cancelled'),
      number: OSTRING,
      date: DATE,
      cancelledOn: opt(DATE),
      currency: opt(CURRENCY),
      exchangeRate: opt(EXCHANGE_RATE),
      customer: PARTY,
      ...REFERENCES,
      pricesIncludeTax: opt(BOOL),
      deducts: opt(list(ID)),
      corrects: opt(ID),
      lines: list(SOLD_LINE),
    },
    checkInvoice,
  ),
  payment: obj({ type: lit('payment'), ...PAYMENT_FIELDS }, checkPayment),
  refund: obj({ type: lit('refund'), ...PAYMENT_FIELDS }, checkPayment),
  remittance: obj({
    type: lit('remittance'),
    id: ID,
    number: OSTRING,
    date: DATE,
    method: METHOD,
    amount: POSITIVE,
    fees: opt(NON_NEGATIVE),
    payments: opt(list(ID)),
    bankAccount: opt(ACCOUNT),
    ...MEMO_COST,
  }),
  'voucher-settlement': obj({
    type: lit('voucher-settlement'),
    id: ID,
    number: OSTRING,
    date: DATE,
    issuer: obj({ id: ID, name: STRING }),
    amount: POSITIVE,
    fees: opt(NON_NEGATIVE),
    payments: opt(list(ID)),
    method: opt(METHOD),
    bankAccount: opt(ACCOUNT),
    ...MEMO_COST,
  }),
  'direct-debit-batch': obj(
    {
      type: lit('direct-debit-batch'),
      id: ID,
      number: OSTRING,
      messageId: sepaId('message id'),
      createdAt: { t: 'datetime' },
      collectionDate: DATE,
      localInstrument: opt(oneOf('CORE', 'B2B')),
      creditor: obj({ name: SEPA_NAME, iban: str(REFINE.iban), bic: str(REFINE.bic), creditorId: str(REFINE.creditorId) }),
      items: list(
        obj({
          id: ID,
          endToEndId: sepaId('EndToEndId'),
          customer: PARTY,
          amount: POSITIVE,
          mandate: obj({ id: sepaId('mandate id'), signedOn: DATE }),
          sequence: oneOf('FRST', 'RCUR', 'OOFF', 'FNAL'),
          debtor: obj({ name: SEPA_NAME, iban: str(REFINE.iban), bic: opt(str(REFINE.bic)) }),
          invoices: list(ID),
          remittanceInfo: opt({ t: 'string', max: 140 }),
        }),
      ),
      ...MEMO_COST,
    },
    checkDirectDebitBatch,
  ),
  'direct-debit-rejection': obj({
    type: lit('direct-debit-rejection'),
    id: ID,
    number: OSTRING,
    date: DATE,
    batch: ID,
    item: ID,
    reason: str(REFINE.rejectionReason),
    fees: opt(NON_NEGATIVE),
    rebilled: opt(BOOL),
    ...MEMO_COST,
  }),
  'till-closing': obj(
    {
      type: lit('till-closing'),
      id: ID,
      number: OSTRING,
      till: ID,
      day: DATE,
      pricesIncludeTax: opt(BOOL),
      tickets: list(obj({ id: ID, number: OSTRING, customer: opt(PARTY), lines: list(SOLD_LINE), payments: list(obj({ method: METHOD, amount: POSITIVE })) }, checkTillTicket)),
      countedCash: opt(NON_NEGATIVE),
      expectedCash: opt(NON_NEGATIVE),
      ...REFERENCES,
    },
    checkTillClosing,
  ),
  purchase: obj(
    {
      type: lit('purchase'),
      id: ID,
      kind: opt(oneOf('invoice', 'credit-note')),
      number: ID,
      date: DATE,
      supplier: PARTY,
      pricesIncludeTax: opt(BOOL),
      currency: opt(CURRENCY),
      exchangeRate: opt(EXCHANGE_RATE),
      corrects: opt(ID),
      advances: opt(list(obj({ payment: ID, amount: POSITIVE }))),
      vatExigibility: opt(oneOf('on-invoice', 'on-receipt')),
      lines: list(PURCHASE_LINE),
      ...REFERENCES,
    },
    checkPurchase,
  ),
  'supplier-payment': obj(
    { type: lit('supplier-payment'), ...MONEY, currency: opt(CURRENCY), exchangeRate: opt(EXCHANGE_RATE), supplier: PARTY, allocations: SUPPLIER_ALLOCATIONS, reference: OSTRING, ...MEMO_COST },
    (v: never, issues: RawIssue[]) => checkSupplierMoney('Purchase', v, issues),
  ),
  'supplier-refund': obj(
    { type: lit('supplier-refund'), ...MONEY, currency: opt(CURRENCY), exchangeRate: opt(EXCHANGE_RATE), supplier: PARTY, allocations: SUPPLIER_ALLOCATIONS, reference: OSTRING, ...MEMO_COST },
    (v: never, issues: RawIssue[]) => checkSupplierMoney('Credit note', v, issues),
  ),
  'write-off': obj({
    type: lit('write-off'),
    id: ID,
    number: OSTRING,
    date: DATE,
    customer: PARTY,
    invoice: ID,
    amount: POSITIVE,
    reverseVat: opt(BOOL),
    reason: OSTRING,
    ...REFERENCES,
  }),
  'session-usage': obj({ type: lit('session-usage'), id: ID, invoice: ID, line: ID, date: DATE }),
  'subscription-cancellation': obj(
    {
      type: lit('subscription-cancellation'),
      id: ID,
      number: OSTRING,
      date: DATE,
      invoice: ID,
      line: ID,
      reason: str(REFINE.cancellationReason),
      endsOn: opt(DATE),
      creditNote: opt(ID),
      refund: opt(ID),
      memo: OSTRING,
    },
    checkSubscriptionCancellation,
  ),
  stay: obj(
    {
      type: lit('stay'),
      id: ID,
      number: OSTRING,
      customer: PARTY,
      arrival: DATE,
      departure: DATE,
      guests: { t: 'int', positive: true },
      invoices: opt(list(ID)),
      ...REFERENCES,
    },
    checkStay,
  ),
  'tourist-tax-remittance': obj(
    {
      type: lit('tourist-tax-remittance'),
      ...MONEY,
      currency: opt(CURRENCY),
      exchangeRate: opt(EXCHANGE_RATE),
      collector: PARTY,
      period: opt(PERIOD),
      account: opt(ACCOUNT),
      reference: OSTRING,
      ...MEMO_COST,
    },
    checkTouristTaxRemittance,
  ),
  'vat-payment': obj(
    {
      type: lit('vat-payment'),
      ...MONEY,
      kind: { t: 'default', inner: oneOf('balance', 'instalment'), value: 'balance' },
      regime: opt(oneOf('CA3', 'CA12')),
      period: opt(PERIOD),
      account: opt(ACCOUNT),
      reference: OSTRING,
      ...MEMO_COST,
    },
    checkVatPayment,
  ),
};

// ---- the interpreter ----

/** An issue found, and whether the checks of the enclosing values still run after it (zod's `continue`). */
interface Found {
  readonly issue: AccountingIssue;
  readonly goOn: boolean;
}

const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)$/;

/** Whether a string is an ISO date-time: a real date, `T`, a time (seconds required with `Z` or an offset). */
function isDateTime(v: string): boolean {
  return v.length > 11 && v[10] === 'T' && isIsoDate(v.slice(0, 10)) && TIME.test(v.slice(11));
}

/** The node under its optional or default wrapper. */
function bare(node: Node): Node {
  return node.t === 'optional' || node.t === 'default' ? bare(node.inner) : node;
}

/** The words a node carries (a hint). */
function hintOf(node: Node): string | undefined {
  const n = bare(node);
  return n.t === 'decimal' ? decimalHint(n.noun) : n.t === 'string' ? n.hint : undefined;
}

/** What a node holds, in words (as the zod schema's `describeField`). */
function words(node: Node, depth: number): string {
  const n = bare(node);
  const hint = hintOf(n);
  if (hint !== undefined) return hint;
  switch (n.t) {
    case 'object': {
      if (depth > 1) return 'an object';
      const keys = Object.keys(n.fields).map((k) => (n.fields[k]!.t === 'optional' || n.fields[k]!.t === 'default' ? `${k}?` : k));
      return `an object { ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''} }`;
    }
    case 'array':
      return depth < 2 ? `a list, each ${words(n.el, depth + 1)}` : 'a list';
    case 'enum':
      return `one of ${n.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'literal':
      return JSON.stringify(n.value);
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    default:
      return 'a string';
  }
}

const fieldName = (path: ReadonlyArray<string | number>): string => (path.length > 0 ? `"${String(path[path.length - 1])}"` : 'the input');

/** A value of the wrong type (or missing), or outside an enum. */
function wrong(node: Node, v: unknown, path: ReadonlyArray<string | number>, out: Found[]): void {
  const field = fieldName(path);
  const held = words(node, 0);
  const message = path.length > 0 && v === undefined ? `Missing field ${field}: it is required and holds ${held}.` : `${field} must be ${held}: received ${quote(v)}.`;
  out.push({ issue: issue('invalid_input', path, message), goOn: false });
}

/** An issue of a bound or a pattern, told with the field's hint when it has one. */
function bound(node: Node, v: unknown, path: ReadonlyArray<string | number>, words: string, out: Found[], goOn: boolean): void {
  const hint = hintOf(node);
  out.push({ issue: issue('invalid_input', path, hint !== undefined ? `${fieldName(path)} must be ${hint}: received ${quote(v)}.` : words), goOn });
}

/** Runs a check function of checks.ts: its issues stop the enclosing checks. */
function runCheck(check: Check, value: unknown, path: ReadonlyArray<string | number>, out: Found[]): void {
  const raw: RawIssue[] = [];
  check(value as never, raw);
  for (const r of raw) out.push({ issue: issue(r.params.code, r.path ? [...path, ...r.path] : [...path], r.message), goOn: false });
}

/** Runs a refinement: its issue lets the enclosing checks run. */
function runRefine(refine: Refinement, v: string, path: ReadonlyArray<string | number>, out: Found[]): void {
  if (!refine.test(v)) out.push({ issue: issue(refine.code ?? 'invalid_input', [...path], refine.message(v)), goOn: true });
}

const stopped = (out: ReadonlyArray<Found>, from: number): boolean => {
  for (let i = from; i < out.length; i++) if (!out[i]!.goOn) return true;
  return false;
};

/**
 * zod runs a length bound even on a value of the wrong type that has a `length` (a string where a list is
 * expected, an object with a `length` key), after the type issue; the words follow the value's kind.
 */
function lengthBounds(v: unknown, path: ReadonlyArray<string | number>, min: number | undefined, max: number | undefined, out: Found[]): void {
  if (v === undefined || v === null) return;
  const length = (v as { length?: unknown }).length;
  if (length === undefined) return;
  const field = fieldName(path);
  const tell = (small: boolean, n: number): string => {
    const than = small ? 'at least' : 'at most';
    if (typeof v === 'string') return `${field} must have ${than} ${n} character${n === 1 ? '' : 's'}: received ${quote(v)}.`;
    if (Array.isArray(v)) return `${field} must have ${than} ${n} item${n === 1 ? '' : 's'}.`;
    return `${field} must be ${than} ${n}: received ${quote(v)}.`;
  };
  if (min !== undefined && !((length as number) >= min)) out.push({ issue: issue('invalid_input', path, tell(true, min)), goOn: true });
  if (max !== undefined && !((length as number) <= max)) out.push({ issue: issue('invalid_input', path, tell(false, max)), goOn: true });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `v` against `node`: the parsed value; issues go to `out`. */
function read(node: Node, v: unknown, path: Array<string | number>, out: Found[]): unknown {
  switch (node.t) {
    case 'optional':
      return v === undefined ? undefined : read(node.inner, v, path, out);
    case 'default':
      return v === undefined ? node.value : read(node.inner, v, path, out);
    case 'string': {
      if (typeof v !== 'string') {
        wrong(node, v, path, out);
        if (node.max !== undefined) lengthBounds(v, path, undefined, node.max, out);
        return v;
      }
      if (node.refine) runRefine(node.refine, v, path, out);
      else if (node.check) runCheck(node.check, v, path, out);
      else if (node.regex && !node.regex.test(v)) bound(node, v, path, `${fieldName(path)} does not have the expected form (${String(node.regex)}): received ${quote(v)}.`, out, true);
      else if (node.max !== undefined) lengthBounds(v, path, undefined, node.max, out);
      return v;
    }
    case 'datetime':
      if (typeof v !== 'string') wrong(node, v, path, out);
      else if (!isDateTime(v)) out.push({ issue: issue('invalid_input', [...path], `${fieldName(path)} must be a valid datetime: received ${quote(v)}.`), goOn: true });
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') wrong(node, v, path, out);
      return v;
    case 'literal':
    case 'enum':
      if (node.t === 'literal' ? v !== node.value : typeof v !== 'string' || !node.values.includes(v)) wrong(node, v, path, out);
      return v;
    case 'int': {
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        wrong(node, v, path, out);
        return v;
      }
      const field = fieldName(path);
      if (v > Number.MAX_SAFE_INTEGER) bound(node, v, path, `${field} must be at most ${Number.MAX_SAFE_INTEGER}: received ${quote(v)}.`, out, true);
      else if (v < -Number.MAX_SAFE_INTEGER) bound(node, v, path, `${field} must be at least ${-Number.MAX_SAFE_INTEGER}: received ${quote(v)}.`, out, true);
      if (node.positive && v <= 0) bound(node, v, path, `${field} must be greater than 0: received ${quote(v)}.`, out, true);
      return v;
    }
    case 'decimal': {
      const raw: RawIssue[] = [];
      const text = readDecimalInput(v, node.noun, raw);
      if (text === REFUSED) {
        runCheck((_: never, issues: RawIssue[]) => issues.push(...raw), undefined, path, out);
        return v;
      }
      if (text === undefined) {
        wrong(node, v, path, out);
        return v;
      }
      if (node.refine) runRefine(node.refine, text, path, out);
      else if (node.check) runCheck(node.check, text, path, out);
      return text;
    }
    case 'array': {
      if (!Array.isArray(v)) {
        wrong(node, v, path, out);
        lengthBounds(v, path, node.min, node.max, out);
        return v;
      }
      if (node.max !== undefined && v.length > node.max) {
        out.push({ issue: issue('invalid_input', [...path], `${fieldName(path)} must have at most ${node.max} item${node.max === 1 ? '' : 's'}.`), goOn: false });
        return v;
      }
      const parsed = new Array<unknown>(v.length);
      for (let k = 0; k < v.length; k++) {
        path.push(k);
        parsed[k] = read(node.el, v[k], path, out);
        path.pop();
      }
      if (node.min !== undefined) lengthBounds(v, path, node.min, undefined, out);
      return parsed;
    }
    case 'object': {
      if (!isObject(v)) {
        wrong(node, v, path, out);
        return v;
      }
      const start = out.length;
      const parsed: Record<string, unknown> = {};
      const fields = node.fields;
      for (const key in fields) {
        const child = fields[key]!;
        path.push(key);
        const value = read(child, v[key], path, out);
        path.pop();
        if (value !== undefined || key in v) parsed[key] = value;
      }
      for (const key in v) {
        if (Object.hasOwn(fields, key)) continue;
        const at = [...path, key];
        out.push({
          issue:
            key === '__proto__' || key === 'constructor' || key === 'prototype'
              ? issue('forbidden_key', at, `The key "${key}" is never accepted in input: remove it.`)
              : issue('unknown_field', at, `Unknown field "${key}": remove it or check its spelling.`),
          goOn: true,
        });
      }
      if (node.check && !stopped(out, start)) runCheck(node.check, parsed, path, out);
      return parsed;
    }
  }
}

const TYPES = Object.keys(DOCUMENT_SHAPES);

/**
 * Checks one document (plain data, as `readOnce` gives it) against its description: the parsed document, or
 * its issues with paths prefixed by `path` — the same as `parseDocumentIssues(input, path)`, without zod.
 */
export function checkDocument(input: unknown, path: ReadonlyArray<string | number>): { readonly document?: Document; readonly issues?: AccountingIssue[] } {
  const at = [...path];
  const out: Found[] = [];
  let parsed: unknown;
  if (!isObject(input)) {
    const message = at.length > 0 && input === undefined ? `Missing field ${fieldName(at)}: it is required (object).` : `${fieldName(at)} must be an object: received ${quote(input)}.`;
    out.push({ issue: issue('invalid_input', at, message), goOn: false });
  } else {
    const tag = input.type;
    const node = typeof tag === 'string' && Object.hasOwn(DOCUMENT_SHAPES, tag) ? DOCUMENT_SHAPES[tag] : undefined;
    if (node) parsed = read(node, input, at, out);
    else out.push({ issue: issue('invalid_input', [...at, 'type'], `Unknown document type ${quote(tag)}: use one of ${TYPES.join(', ')}.`), goOn: false });
  }
  if (out.length === 0) return { document: parsed as Document };
  return { issues: out.map((f) => f.issue) };
}

