/**
 * The one description of each document's shape (internal), without zod.
 *
 * Each description below is the single source of its document: `post` reads documents against it with the
 * shape interpreter (checkDocument.ts, no zod in the bundles that post), the public zod schemas
 * (`invoiceSchema`, `documentSchema`…) are generated from it by `toZod` (toZod.ts), and the exported types
 * (`Invoice`, `DocumentInput`…) are inferred from it (`Out<typeof INVOICE>`, `In<…>`). The field comments
 * here are those the exported types carry. Every rule beyond the shape — refinements, cross-field checks and
 * their messages — is a function of `checks.ts`, run by both the interpreter and the zod schemas.
 */
// @ts-nocheck

import {
  checkAllocation, checkDirectDebitBatch, checkExchangeRate, checkInvoice, checkLineVat, checkNonNegativeAmount, checkPayment, checkPeriod, checkPositiveAmount,
  checkPurchase, checkQuantity, checkSiren, checkSiret, checkStay, checkSubscriptionCancellation, checkSupplierMoney, checkTillClosing, checkTillTicket, checkTouristTaxRemittance,
  checkVatNumber, checkVatPayment, HINT, REFINE, sepaIdRefinement, type RawIssue,
} from './checks.js';
import { BOOL, datetime, decimal, int, list, lit, obj, oneOf, opt, OSTRING, STRING, str, text, withDefault } from './shape.js';

// ---- the fields' kinds ----

/** A non-empty identifier (document id, customer id…). */
export const ID = str(REFINE.id, HINT.id);
/** A plain `YYYY-MM-DD` calendar date. */
export const DATE = str(REFINE.date, HINT.date);
/** An account number (three digits, then digits or capitals); whether the chart covers it is checked when posting. */
export const ACCOUNT = str(REFINE.account, HINT.account);
/** An ISO 4217 currency code this library knows. */
export const CURRENCY = str(REFINE.currency, HINT.currency);
/** A payment method: one of the rules' methods or a custom one mapped in the rules. */
export const METHOD = str(REFINE.method, HINT.method);
/** A VAT rate in percent, as a string (`"20"`, `"5.5"`, `"0"`). Whether the rules accept it is checked when posting. */
export const VAT_RATE = str(REFINE.vatRate, HINT.vatRate);
/** A strictly positive decimal amount string (`"49.90"`). */
export const POSITIVE = decimal('amount', { check: checkPositiveAmount });
/** A zero or positive decimal amount string (`"0"`, `"5.00"`). */
export const NON_NEGATIVE = decimal('amount', { check: checkNonNegativeAmount });
/** A decimal string that may be negative (a unit price: a discount line is negative). */
export const SIGNED = decimal('amount', { refine: REFINE.signed });
/** A zero or positive decimal quantity (`"1"`, `"1.5"`). */
export const QUANTITY = decimal('quantity', { check: checkQuantity });
/** An exchange rate: units of the book currency (EUR) for one unit of the document currency. */
export const EXCHANGE_RATE = decimal('exchange rate', { check: checkExchangeRate });
/** Why a line carries a zero VAT rate. */
export const EXEMPTION = oneOf('exempt', 'out-of-scope', 'reverse-charge', 'intra-eu');
/** A SIREN (9 digits, Luhn key). */
export const SIREN = text({ check: checkSiren });
/** A SIRET (14 digits, Luhn key). */
export const SIRET = text({ check: checkSiret });
/** An intra-community VAT number (EU prefix, the state's shape; French key checked against the SIREN). */
export const VAT_NUMBER = text({ check: checkVatNumber });

/** An inclusive period `{ from, to }`. */
export const PERIOD = obj(
  {
    /** Required. The first day of the period, `YYYY-MM-DD`. */
    from: DATE,
    /** Required. The last day of the period (included), `YYYY-MM-DD`, on or after `from`. */
    to: DATE,
  },
  checkPeriod,
);

/** A postal address (EN 16931 BG-5 / BG-8): street lines, post code, city and ISO 3166-1 alpha-2 country. */
export const ADDRESS = obj({
  /** Required. One to three street lines (BT-35, BT-36, BT-162), the first required. */
  lines: list(str(REFINE.addressLine), {
    min: 1,
    max: 3,
    tooFew: 'An address needs at least one street line.',
    tooMany: 'An address has at most three street lines (EN 16931 BT-35, BT-36, BT-162).',
  }),
  /** Optional. The post code (BT-38), e.g. "75011". */
  postcode: OSTRING,
  /** Required. The city (BT-37). */
  city: str(REFINE.city),
  /** Required. ISO 3166-1 alpha-2 country code (BT-40), e.g. "FR". */
  country: str(REFINE.country),
});

/** A customer (or supplier): its id becomes the auxiliary account number. */
export const PARTY = obj({
  /** Auxiliary account number (CompAuxNum). */
  id: ID,
  /** Auxiliary account name (CompAuxLib). */
  name: str(REFINE.partyName),
  /** The collective account to use instead of the rules' (e.g. "411100"). */
  account: opt(ACCOUNT),
  /** Optional. SIREN of a business (EN 16931 BT-30 / BT-47, scheme 0002); required for a French business buyer of an e-invoice. */
  siren: opt(SIREN),
  /** Optional. SIRET of the establishment invoiced (EN 16931 BT-29 / BT-46, scheme 0009). */
  siret: opt(SIRET),
  /** Optional. Intra-community VAT number (EN 16931 BT-31 / BT-48), e.g. "FR11123456782". */
  vatNumber: opt(VAT_NUMBER),
  /** Optional. Postal address (EN 16931 BG-5 / BG-8): required on every e-invoice for the buyer (BR-10, BR-11). */
  address: opt(ADDRESS),
  /** Optional. E-mail address (EN 16931 BT-49 electronic address, scheme EM). */
  email: OSTRING,
});

/** Optional free-text references shared by many documents. */
const REFERENCES = {
  /** Free text kept in the transaction source (Mémo). */
  memo: OSTRING,
  /** Cost centre copied on every entry. */
  costCenter: OSTRING,
  /** Who funds the service (Bailleur de fond), kept in the source. */
  funder: OSTRING,
  /** The billing contact, kept in the source. */
  billingContact: OSTRING,
};

const MEMO_COST = {
  /** Optional. Free text kept in the transaction source (Mémo). */
  memo: OSTRING,
  /** Optional. Cost centre copied on every entry. */
  costCenter: OSTRING,
};

// ---- lines ----

/** An invoice or till-ticket line. */
export const SOLD_LINE = obj(
  {
    /** Optional line id (session usage and PCA refer to it). */
    id: opt(ID),
    /** Required. The line label (free text) written on the revenue or expense entry. */
    label: STRING,
    /** Revenue account (706… services, 707… goods); defaults to the rules' account for the line kind. */
    account: opt(ACCOUNT),
    /** Required. The quantity sold or bought, a decimal string such as "1" or "1.5" (a whole JS number is accepted); zero or positive, at most 6 decimals. */
    quantity: QUANTITY,
    /** Unit price, excl. or incl. tax per the document's `pricesIncludeTax`; negative for a discount line. */
    unitPrice: SIGNED,
    /** VAT rate in percent; absent on tourist-tax lines only. */
    vatRate: opt(VAT_RATE),
    /** Why a zero rate applies. */
    exemption: opt(EXEMPTION),
    /** Optional. The exemption's legal ground as printed on the invoice (EN 16931 BT-120), e.g. "Exonération de TVA, article 261-4-1° du CGI"; an e-invoice requires it (or `exemptionCode`) on `exempt` lines. */
    exemptionReason: OSTRING,
    /** Optional. The exemption's code in the CEF VATEX list (EN 16931 BT-121), e.g. "VATEX-EU-132". */
    exemptionCode: opt(text({ regex: /^VATEX-[A-Z0-9-]+$/, error: 'An exemption code is a VATEX code such as "VATEX-EU-132" (CEF VATEX code list).' })),
    /** `service` (default unless the account is a goods account), `goods`, or `tourist-tax` (never revenue, never in the VAT base). */
    kind: opt(oneOf('service', 'goods', 'tourist-tax')),
    /** Optional. Free-text sales category (reports may group by it). */
    category: OSTRING,
    /** Optional. Free-text product or service name (reports may group by it). */
    product: OSTRING,
    /** Optional. Who sold the line (free text; reports may group by it). */
    seller: OSTRING,
    /** The inclusive period the line's service covers (deferred revenue reads it). */
    servicePeriod: opt(PERIOD),
    /** Number of sessions sold (a pack of sessions). */
    sessions: opt(int({ positive: true })),
  },
  checkLineVat,
);

/** A purchase line. */
export const PURCHASE_LINE = obj(
  {
    /** Optional. Line id, unique within the document. */
    id: opt(ID),
    /** Required. The line label (free text) written on the expense entry. */
    label: STRING,
    /** Required. Expense or asset account (6…, 2…). */
    account: ACCOUNT,
    /** Required. The quantity sold or bought, a decimal string such as "1" or "1.5" (a whole JS number is accepted); zero or positive, at most 6 decimals. */
    quantity: QUANTITY,
    /** Required. Unit price, a decimal string such as "100.00" (or a Decimal, or a safe-integer JS number) in the document currency, excl. or incl. tax per the purchase's `pricesIncludeTax`; negative for a discount line. */
    unitPrice: SIGNED,
    /** Required. The VAT rate in percent, a string such as "20" or "5.5"; "0" needs `exemption`. */
    vatRate: VAT_RATE,
    /** Optional. Why a zero rate applies: `exempt`, `out-of-scope`, `reverse-charge` or `intra-eu`; only with a zero `vatRate`. */
    exemption: opt(EXEMPTION),
    /** Whether the VAT is deductible; non-deductible VAT is charged to the line's account. @defaultValue true */
    deductible: opt(BOOL),
    /** Optional. The inclusive period `{ from, to }` (dates `YYYY-MM-DD`) the expense covers (prepaid expenses read it). */
    servicePeriod: opt(PERIOD),
  },
  checkLineVat,
);

// ---- invoices ----

export const INVOICE_KIND = oneOf('final', 'deposit', 'proforma', 'credit-note', 'debit-note');
export const INVOICE_STATUS = oneOf('draft', 'issued', 'sent', 'paid', 'cancelled');

export const INVOICE = obj(
  {
    /** Required. The document type, always `'invoice'` (the discriminator of `documentSchema`). */
    type: lit('invoice'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: ID,
    /** Required. `final`, `deposit`, `proforma`, `credit-note` or `debit-note` (see `invoiceKindSchema`). */
    kind: INVOICE_KIND,
    /** Required. `draft` (never posted), `issued`, `sent`, `paid` or `cancelled` (see `invoiceStatusSchema`). */
    status: INVOICE_STATUS,
    /** The invoice number (piece reference); may be absent on drafts only. */
    number: OSTRING,
    /** Required. The invoice date, `YYYY-MM-DD` (the day it posts). */
    date: DATE,
    /** The day a `cancelled` invoice was cancelled (its cancellation is posted that day). */
    cancelledOn: opt(DATE),
    /** ISO 4217 code of the amounts. @defaultValue the rules' currency (EUR) */
    currency: opt(CURRENCY),
    /** EUR value of one unit of `currency` (required when it is not EUR). */
    exchangeRate: opt(EXCHANGE_RATE),
    /** Required. The customer: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    customer: PARTY,
    ...REFERENCES,
    /** Whether unit prices include VAT (TTC). @defaultValue false */
    pricesIncludeTax: opt(BOOL),
    /** Ids of the deposit invoices (or proformas that received payments) this final invoice deducts. */
    deducts: opt(list(ID)),
    /** The invoice a credit or debit note corrects. */
    corrects: opt(ID),
    /** Required. The invoice lines, at least one (see `invoiceLineSchema`). */
    lines: list(SOLD_LINE),
  },
  checkInvoice,
);

// ---- payments and refunds ----

export const ALLOCATION = obj(
  {
    /** Id of the invoice (payment) or credit note / invoice (refund). */
    invoice: opt(ID),
    /** Id of a `direct-debit-rejection` that re-billed its fees: the allocation pays (a refund: takes back) that fee. */
    rejection: opt(ID),
    /** Id of a ticket left (in part) on the customer's account, in the till closing `closing`. */
    ticket: opt(ID),
    /** Id of the `till-closing` holding `ticket`. */
    closing: opt(ID),
    /** Required. The part of the payment applied to that target, a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), in the major unit of the document currency; strictly positive. */
    amount: POSITIVE,
  },
  checkAllocation,
);

const PAYMENT_FIELDS = {
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** The receipt number (piece reference); defaults to the id. */
  number: OSTRING,
  /** Required. The day the money was received (payment) or paid back (refund), `YYYY-MM-DD`. */
  date: DATE,
  /** `card`, `cash`, `cheque`, `transfer`, `direct-debit`, `voucher`, `credit-note` or a custom method mapped in the rules. */
  method: METHOD,
  /** The amount received (payment) or paid back (refund). */
  amount: POSITIVE,
  /** ISO 4217 code. @defaultValue the rules' currency (EUR) */
  currency: opt(CURRENCY),
  /** EUR value of one unit of `currency` on the payment day. */
  exchangeRate: opt(EXCHANGE_RATE),
  /** Required. The customer: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
  customer: PARTY,
  /** How the amount is applied; the unallocated rest stays on the customer account (on account). */
  allocations: opt(list(ALLOCATION)),
  /** With the credit-note method: the credit note used as a means of payment. */
  creditNote: opt(ID),
  /** Bank or cheque reference. */
  reference: OSTRING,
  ...REFERENCES,
};

export const PAYMENT = obj(
  {
    /** Required. The document type, always `'payment'` (the discriminator of `documentSchema`). */
    type: lit('payment'),
    ...PAYMENT_FIELDS,
  },
  checkPayment,
);

export const REFUND = obj(
  {
    /** Required. The document type, always `'refund'` (the discriminator of `documentSchema`). */
    type: lit('refund'),
    ...PAYMENT_FIELDS,
  },
  checkPayment,
);

// ---- bank and vouchers ----

export const REMITTANCE = obj({
  /** Required. The document type, always `'remittance'` (the discriminator of `documentSchema`). */
  type: lit('remittance'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** Remittance slip number (piece reference); defaults to the id. */
  number: OSTRING,
  /** Required. The day the slip was remitted to the bank, `YYYY-MM-DD`. */
  date: DATE,
  /** The method whose clearing account is emptied: `cheque`, `card`, or a custom one. */
  method: METHOD,
  /** Gross amount remitted. */
  amount: POSITIVE,
  /** Fees withheld by the bank (card commission). */
  fees: opt(NON_NEGATIVE),
  /** Ids of the payments remitted (their amounts must add up to `amount`). */
  payments: opt(list(ID)),
  /** The bank account credited instead of the rules' bank account. */
  bankAccount: opt(ACCOUNT),
  ...MEMO_COST,
});

export const VOUCHER_SETTLEMENT = obj({
  /** Required. The document type, always `'voucher-settlement'` (the discriminator of `documentSchema`). */
  type: lit('voucher-settlement'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** Optional. The piece reference shown in the journals (a non-empty string); defaults to the id. */
  number: OSTRING,
  /** Required. The day the voucher issuer paid, `YYYY-MM-DD`. */
  date: DATE,
  /** Who issued the vouchers and pays them. */
  issuer: obj({
    /** Required. The issuer's id (e.g. "ANCV"): the auxiliary account of its receivable. */
    id: ID,
    /** Required. The issuer's name (e.g. "ANCV Chèques-Vacances"). */
    name: STRING,
  }),
  /** Face value of the vouchers settled. */
  amount: POSITIVE,
  /** Commission withheld by the issuer. */
  fees: opt(NON_NEGATIVE),
  /** Ids of the voucher payments settled (their amounts must add up to `amount`). */
  payments: opt(list(ID)),
  /** The method whose account is cleared. @defaultValue 'voucher' */
  method: opt(METHOD),
  /** The bank account credited instead of the rules' bank account. */
  bankAccount: opt(ACCOUNT),
  ...MEMO_COST,
});

// ---- SEPA direct debits ----

const SEPA_NAME = str(REFINE.sepaName);
const IBAN = str(REFINE.iban);
const BIC = str(REFINE.bic);
const sepaId = (what: string) => str(sepaIdRefinement(what));

export const DIRECT_DEBIT_ITEM = obj({
  /** Item id (a rejection refers to it). */
  id: ID,
  /** EndToEndId (≤ 35 characters). */
  endToEndId: sepaId('EndToEndId'),
  /** Required. The customer debited: `{ id, name, account? }`; its id is the auxiliary account. */
  customer: PARTY,
  /** Required. The amount debited (InstdAmt), a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), in the major unit of the document currency; strictly positive. */
  amount: POSITIVE,
  /** The mandate: RUM (MndtId) and signature date (DtOfSgntr). */
  mandate: obj({
    /** Required. The mandate reference (RUM, MndtId), 1 to 35 characters. */
    id: sepaId('mandate id'),
    /** Required. The day the mandate was signed (DtOfSgntr), `YYYY-MM-DD`. */
    signedOn: DATE,
  }),
  /** SeqTp. */
  sequence: oneOf('FRST', 'RCUR', 'OOFF', 'FNAL'),
  /** The debtor's name (Dbtr/Nm), IBAN and optional BIC. */
  debtor: obj({
    /** Required. The debtor's name (Dbtr/Nm), 1 to 70 characters. */
    name: SEPA_NAME,
    /** Required. The debtor's IBAN (DbtrAcct), capitals without spaces, valid checksum. */
    iban: IBAN,
    /** Optional. The debtor's BIC (DbtrAgt), 8 or 11 characters. */
    bic: opt(BIC),
  }),
  /** Ids of the invoices paid, filled in order up to what each one still owes; the rest stays on account. */
  invoices: list(ID),
  /** RmtInf/Ustrd (≤ 140 characters). */
  remittanceInfo: opt(text({ max: 140 })),
});

export const DIRECT_DEBIT_BATCH = obj(
  {
    /** Required. The document type, always `'direct-debit-batch'` (the discriminator of `documentSchema`). */
    type: lit('direct-debit-batch'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: ID,
    /** Batch reference (piece reference); defaults to the message id. */
    number: OSTRING,
    /** GrpHdr/MsgId (≤ 35 characters). */
    messageId: sepaId('message id'),
    /** GrpHdr/CreDtTm, an ISO date-time. */
    createdAt: datetime('createdAt must be an ISO date-time such as "2024-11-02T09:00:00" or "2024-11-02T09:00:00+01:00".'),
    /** ReqdColltnDt: the batch posts on this day. */
    collectionDate: DATE,
    /** LclInstrm. @defaultValue 'CORE' */
    localInstrument: opt(oneOf('CORE', 'B2B')),
    /** Required. The creditor (Cdtr): its name, IBAN, BIC and SEPA creditor identifier. */
    creditor: obj({
      /** Required. The creditor's name (Cdtr/Nm), 1 to 70 characters. */
      name: SEPA_NAME,
      /** Required. The creditor's IBAN (CdtrAcct), capitals without spaces, valid checksum. */
      iban: IBAN,
      /** Required. The creditor's BIC (CdtrAgt), 8 or 11 characters. */
      bic: BIC,
      /** The SEPA creditor identifier (ICS). */
      creditorId: str(REFINE.creditorId),
    }),
    /** Required. The direct debits of the batch (DrctDbtTxInf), at least one. */
    items: list(DIRECT_DEBIT_ITEM),
    ...MEMO_COST,
  },
  checkDirectDebitBatch,
);

export const DIRECT_DEBIT_REJECTION = obj({
  /** Required. The document type, always `'direct-debit-rejection'` (the discriminator of `documentSchema`). */
  type: lit('direct-debit-rejection'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** Optional. The piece reference shown in the journals (a non-empty string); defaults to the id. */
  number: OSTRING,
  /** Required. The day the bank reported the rejection, `YYYY-MM-DD`. */
  date: DATE,
  /** The batch id. */
  batch: ID,
  /** The item id in that batch. */
  item: ID,
  /** ISO 20022 reason code (AC01, AC04, AC06, AM04, AM05, MD01, MD06, MD07, MS02, MS03…). */
  reason: str(REFINE.rejectionReason),
  /** Bank fees charged for the rejection. */
  fees: opt(NON_NEGATIVE),
  /** Whether the fees are re-billed to the customer. @defaultValue false */
  rebilled: opt(BOOL),
  ...MEMO_COST,
});

// ---- till ----

export const TILL_TICKET = obj(
  {
    /** Required. The ticket id, unique within the closing. */
    id: ID,
    /** Optional. The ticket number printed on the receipt (free text). */
    number: OSTRING,
    /** The customer, required when the payments do not cover the ticket (the rest goes on their account). */
    customer: opt(PARTY),
    /** Required. The ticket lines, at least one (prices incl. tax unless the closing says otherwise). */
    lines: list(SOLD_LINE),
    /** Required. How the ticket was paid: `{ method, amount }` each; what they leave unpaid goes on the customer's account. */
    payments: list(
      obj({
        /** Required. The payment method, such as `card`, `cash` or `cheque` (or a custom one mapped in the rules). */
        method: METHOD,
        /** Required. The amount paid with that method, a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), incl. tax; strictly positive. */
        amount: POSITIVE,
      }),
    ),
  },
  checkTillTicket,
);

export const TILL_CLOSING = obj(
  {
    /** Required. The document type, always `'till-closing'` (the discriminator of `documentSchema`). */
    type: lit('till-closing'),
    /** Required. The ticket id, unique within the closing. */
    id: ID,
    /** The Z number (piece reference); defaults to the id. */
    number: OSTRING,
    /** Required. The till (cash register) id, a non-empty string. */
    till: ID,
    /** Required. The business day closed (Z report), `YYYY-MM-DD`; the closing posts on it. */
    day: DATE,
    /** Whether ticket prices include VAT. @defaultValue true */
    pricesIncludeTax: opt(BOOL),
    /** Required. The tickets of the day (see `tillTicketSchema`); may be empty. */
    tickets: list(TILL_TICKET),
    /** Cash counted in the drawer. @defaultValue the cash expected */
    countedCash: opt(NON_NEGATIVE),
    /** Cash the till expected. @defaultValue the cash payments of the tickets */
    expectedCash: opt(NON_NEGATIVE),
    ...REFERENCES,
  },
  checkTillClosing,
);

// ---- purchases and suppliers ----

export const PURCHASE_ADVANCE = obj({
  /** Id of the `supplier-payment` that paid the advance (its unallocated part). */
  payment: ID,
  /** The part of the advance deducted from this purchase (in the purchase's currency). */
  amount: POSITIVE,
});

export const PURCHASE = obj(
  {
    /** Required. The document type, always `'purchase'` (the discriminator of `documentSchema`). */
    type: lit('purchase'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: ID,
    /** `invoice` or `credit-note`. @defaultValue 'invoice' */
    kind: opt(oneOf('invoice', 'credit-note')),
    /** The supplier's invoice number (piece reference). */
    number: ID,
    /** Required. The supplier invoice date, `YYYY-MM-DD` (the day it posts). */
    date: DATE,
    /** Required. The supplier: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    supplier: PARTY,
    /** Whether unit prices include VAT. @defaultValue false */
    pricesIncludeTax: opt(BOOL),
    /** Optional. ISO 4217 code of the amounts (e.g. "USD"). @defaultValue the rules' currency (EUR) */
    currency: opt(CURRENCY),
    /** Optional. The EUR value of one unit of `currency` (a decimal string such as "0.9215"); required when `currency` is not EUR. */
    exchangeRate: opt(EXCHANGE_RATE),
    /** A credit note only: the id of the supplier invoice (`purchase`) it corrects. */
    corrects: opt(ID),
    /** An invoice only: advances paid to the supplier (unallocated parts of supplier payments) this invoice deducts. */
    advances: opt(list(PURCHASE_ADVANCE)),
    /**
     * When the VAT on the purchase's services becomes deductible — the
     * supplier's regime: `on-receipt` (the default, CGI art. 269-2: services'
     * VAT waits on the rules' `vatDeductiblePending`, 44568, and each payment
     * makes its share deductible; goods lines are deductible on the invoice)
     * or `on-invoice` (a supplier that opted for the débits: everything
     * deductible on the invoice). Goods or services by account, see the
     * rules' `natures`. A credit note follows the purchase it corrects.
     * @defaultValue 'on-receipt'
     */
    vatExigibility: opt(oneOf('on-invoice', 'on-receipt')),
    /** Required. The purchase lines, at least one (see `purchaseLineSchema`). */
    lines: list(PURCHASE_LINE),
    ...REFERENCES,
  },
  checkPurchase,
);

export const SUPPLIER_ALLOCATION = obj({
  /** Id of the `purchase` paid (a supplier invoice, not a supplier credit note). */
  purchase: ID,
  /** Required. The part of the payment applied to that purchase, a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), in the major unit of the document currency; strictly positive. */
  amount: POSITIVE,
});

/** The fields a supplier payment, a supplier refund, a tourist-tax remittance and a VAT payment share with a payment. */
const MONEY = {
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** The payment's piece reference (e.g. the transfer number); defaults to the id. */
  number: OSTRING,
  /** Required. The day the money moved, `YYYY-MM-DD`. */
  date: DATE,
  /** `card`, `cash`, `cheque`, `transfer`, `direct-debit` or a custom method mapped in the rules. */
  method: METHOD,
  /** The amount paid. */
  amount: POSITIVE,
};
const FOREIGN = {
  /** Optional. ISO 4217 code of the amounts (e.g. "USD"). @defaultValue the rules' currency (EUR) */
  currency: opt(CURRENCY),
  /** Optional. The EUR value of one unit of `currency` (a decimal string such as "0.9215"); required when `currency` is not EUR. */
  exchangeRate: opt(EXCHANGE_RATE),
};
const REFERENCE = {
  /** Optional. Free-text bank or cheque reference, kept in the transaction source. */
  reference: OSTRING,
};

export const SUPPLIER_PAYMENT = obj(
  {
    /** Required. The document type, always `'supplier-payment'` (the discriminator of `documentSchema`). */
    type: lit('supplier-payment'),
    ...MONEY,
    /** Required. The day the supplier was paid, `YYYY-MM-DD`. */
    date: DATE,
    /** The amount paid to the supplier. */
    amount: POSITIVE,
    ...FOREIGN,
    /** Required. The supplier: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    supplier: PARTY,
    /** The purchases paid; the unallocated rest is an advance to the supplier (4091). */
    allocations: opt(list(SUPPLIER_ALLOCATION)),
    ...REFERENCE,
    ...MEMO_COST,
  },
  (v: never, issues: RawIssue[]) => checkSupplierMoney('Purchase', v, issues),
);

export const SUPPLIER_REFUND = obj(
  {
    /** Required. The document type, always `'supplier-refund'` (the discriminator of `documentSchema`). */
    type: lit('supplier-refund'),
    ...MONEY,
    /** The refund's piece reference (e.g. the transfer number); defaults to the id. */
    number: OSTRING,
    /** Required. The day the supplier paid the money back, `YYYY-MM-DD`. */
    date: DATE,
    /** The amount the supplier pays back. */
    amount: POSITIVE,
    ...FOREIGN,
    /** Required. The supplier: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    supplier: PARTY,
    /** The supplier credit notes (`purchase` of kind `credit-note`) refunded; the unallocated rest is an advance returned (4091). */
    allocations: opt(list(SUPPLIER_ALLOCATION)),
    ...REFERENCE,
    ...MEMO_COST,
  },
  (v: never, issues: RawIssue[]) => checkSupplierMoney('Credit note', v, issues),
);

// ---- customers' receivables, sessions, subscriptions, stays ----

export const WRITE_OFF = obj({
  /** Required. The document type, always `'write-off'` (the discriminator of `documentSchema`). */
  type: lit('write-off'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** Optional. The piece reference shown in the journals (a non-empty string); defaults to the id. */
  number: OSTRING,
  /** Required. The day the document is posted, as `YYYY-MM-DD`. */
  date: DATE,
  /** Required. The customer whose receivable is written off: `{ id, name, account? }`. */
  customer: PARTY,
  /** The invoice written off. */
  invoice: ID,
  /** The amount written off, incl. tax, at most what the invoice still owes. */
  amount: POSITIVE,
  /** Whether the VAT is reversed (the debt is definitively irrecoverable). @defaultValue true */
  reverseVat: opt(BOOL),
  /** Optional. Why the debt is irrecoverable (free text, kept in the source). */
  reason: OSTRING,
  ...REFERENCES,
});

export const SESSION_USAGE = obj({
  /** Required. The document type, always `'session-usage'` (the discriminator of `documentSchema`). */
  type: lit('session-usage'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: ID,
  /** Id of the invoice that sold the sessions. */
  invoice: ID,
  /** Id of the invoice line (its `id`) that sold the sessions. */
  line: ID,
  /** The day the session was used. */
  date: DATE,
});

export const SUBSCRIPTION_CANCELLATION = obj(
  {
    /** Required. The document type, always `'subscription-cancellation'` (the discriminator of `documentSchema`). */
    type: lit('subscription-cancellation'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: ID,
    /** Cancellation number, if the host application gives one. */
    number: OSTRING,
    /** The day the cancellation is recorded. */
    date: DATE,
    /** Id of the invoice that sold the subscription. */
    invoice: ID,
    /** Id of the subscription line (its `id`) on that invoice. */
    line: ID,
    /** Why the member leaves (free text: "Déménagement", "Raison médicale"…). */
    reason: str(REFINE.cancellationReason),
    /** The last day the member is served. @defaultValue the cancellation `date` */
    endsOn: opt(DATE),
    /** Id of the credit note (an invoice of kind `credit-note`) the cancellation produced. */
    creditNote: opt(ID),
    /** Id of the refund the cancellation produced. */
    refund: opt(ID),
    /** Optional. Free text kept in the transaction source (Mémo). */
    memo: OSTRING,
  },
  checkSubscriptionCancellation,
);

export const STAY = obj(
  {
    /** Required. The document type, always `'stay'` (the discriminator of `documentSchema`). */
    type: lit('stay'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: ID,
    /** The stay reference shown in lists. @defaultValue the id */
    number: OSTRING,
    /** Required. The guest billed: `{ id, name, account? }`. */
    customer: PARTY,
    /** The arrival day. */
    arrival: DATE,
    /** The departure day (on or after the arrival; the stay ends in the period holding it). */
    departure: DATE,
    /** Number of guests (adults and children). */
    guests: int({ positive: true }),
    /** Ids of the invoices that bill the stay (deposit, proforma, final invoices, credit and debit notes). @defaultValue [] */
    invoices: opt(list(ID)),
    ...REFERENCES,
  },
  checkStay,
);

// ---- taxes paid over ----

export const TOURIST_TAX_REMITTANCE = obj(
  {
    /** Required. The document type, always `'tourist-tax-remittance'` (the discriminator of `documentSchema`). */
    type: lit('tourist-tax-remittance'),
    ...MONEY,
    /** The remittance's piece reference (e.g. the transfer number or the commune's statement); defaults to the id. */
    number: OSTRING,
    /** Required. The day the tourist tax was paid to the collector, `YYYY-MM-DD`. */
    date: DATE,
    /** `transfer`, `cheque`, `card`, `cash`, `direct-debit` or a custom method mapped in the rules. */
    method: METHOD,
    /** The tourist tax paid over. */
    amount: POSITIVE,
    ...FOREIGN,
    /**
     * The commune or EPCI the tax is paid to: its id and name are kept in the
     * source (no auxiliary account); its `account`, if given, is the
     * tourist-tax account debited when `account` is left out.
     */
    collector: PARTY,
    /** The collection period the remittance settles (inclusive, `to` ≥ `from`). */
    period: opt(PERIOD),
    /** The tourist-tax account debited (class 4, e.g. "4686"). @defaultValue the collector's `account`, else the rules' `accounts.touristTax` (447) */
    account: opt(ACCOUNT),
    ...REFERENCE,
    ...MEMO_COST,
  },
  checkTouristTaxRemittance,
);

export const VAT_PAYMENT = obj(
  {
    /** Required. The document type, always `'vat-payment'` (the discriminator of `documentSchema`). */
    type: lit('vat-payment'),
    ...MONEY,
    /** The payment's piece reference (the return's or the instalment's reference); defaults to the id. */
    number: OSTRING,
    /** Required. The day the VAT was paid, `YYYY-MM-DD`. */
    date: DATE,
    /** `transfer` or `direct-debit` (télérèglement), or a custom method mapped in the rules. */
    method: METHOD,
    /** The VAT paid, in euros. */
    amount: POSITIVE,
    /** `balance`: what a return made payable (Dt 44551); `instalment`: a CA12 instalment (Dt 44581). @defaultValue 'balance' */
    kind: withDefault(oneOf('balance', 'instalment'), 'balance'),
    /** The return the payment goes with. */
    regime: opt(oneOf('CA3', 'CA12')),
    /** The period of the return, or of the instalment (the half-year). */
    period: opt(PERIOD),
    /** The account debited (class 4, e.g. "44551"). @defaultValue 44551 for a balance, 44581 for an instalment, at the rules' account width */
    account: opt(ACCOUNT),
    ...REFERENCE,
    ...MEMO_COST,
  },
  checkVatPayment,
);

/** Each document type's description, in `DOCUMENT_TYPES` order. */
export const DOCUMENT_SHAPES = {
  invoice: INVOICE,
  payment: PAYMENT,
  refund: REFUND,
  remittance: REMITTANCE,
  'voucher-settlement': VOUCHER_SETTLEMENT,
  'direct-debit-batch': DIRECT_DEBIT_BATCH,
  'direct-debit-rejection': DIRECT_DEBIT_REJECTION,
  'till-closing': TILL_CLOSING,
  purchase: PURCHASE,
  'supplier-payment': SUPPLIER_PAYMENT,
  'supplier-refund': SUPPLIER_REFUND,
  'write-off': WRITE_OFF,
  'session-usage': SESSION_USAGE,
  'subscription-cancellation': SUBSCRIPTION_CANCELLATION,
  stay: STAY,
  'tourist-tax-remittance': TOURIST_TAX_REMITTANCE,
  'vat-payment': VAT_PAYMENT,
} as const;
