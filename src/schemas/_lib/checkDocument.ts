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
import { BOOL, fieldName, isObject, lit, list, obj, oneOf, opt, OSTRING, read, STRING, str, type Found, type Node } from './shape.js';

export type { Node };
import type { Document } from '../document.js';
import {
  checkAllocation, checkDirectDebitBatch, checkExchangeRate, checkInvoice, checkLineVat, checkNonNegativeAmount, checkPayment, checkPeriod, checkPositiveAmount,
  checkPurchase, checkQuantity, checkSiren, checkSiret, checkStay, checkSubscriptionCancellation, checkSupplierMoney, checkTillClosing, checkTillTicket, checkTouristTaxRemittance,
  checkVatNumber, checkVatPayment, decimalHint, HINT, readDecimalInput, REFINE, REFUSED, sepaIdRefinement, type RawIssue, type Refinement,
} from './checks.js';

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

