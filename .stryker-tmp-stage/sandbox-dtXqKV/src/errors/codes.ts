/**
 * Every issue code partie-double can report, with what it means. The codes are
 * snake_case and stable: match on them, not on messages.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'partie-double';
 * ISSUE_CODES.unbalanced_transaction
 * //=> 'Σ debit ≠ Σ credit: the message gives the residual and the side to adjust.'
 * ```
 */
// @ts-nocheck

export const ISSUE_CODES = {
  /** Raised by every parser (`createTransaction`, `post`, `createBook`, the schemas) when a value has the wrong type or a required field is missing. */
  invalid_input: 'The value does not have the expected shape (wrong type, missing field).',
  /** Raised by the strict document schemas when an object carries a key they do not define (e.g. `vatrate` for `vatRate`). */
  unknown_field: 'The object has a field the schema does not know (often a typo): remove or rename it.',
  /** Raised by `createTransaction` and the schemas when an input object has a `__proto__`, `constructor` or `prototype` own key. */
  forbidden_key: 'A `__proto__`, `constructor` or `prototype` key: never accepted in input.',
  /** Raised when an amount is not a plain decimal string or safe integer (`money`, schemas, `createBook`, SEPA export). */
  invalid_amount: 'Not a decimal amount: use a string such as "12.50" (no exponent, NaN or Infinity) or a safe integer.',
  /** Raised when an amount has more decimals than its currency's minor unit (EUR, « centimes »: 2). */
  too_many_decimals: 'More decimals than the currency allows (EUR: 2); round it yourself with a named mode.',
  /** Raised when an entry's debit or credit, or a document amount that must be > 0, is zero or negative. */
  non_positive_amount: 'An entry amount must be strictly positive; put a negative amount on the other side.',
  /** Raised when an amount that may be zero but not negative (a price, a VAT return box, a SEPA amount) is below 0. */
  negative_amount: 'This amount must not be negative.',
  /** Raised when an amount, or a sum of amounts, converted to minor units exceeds `Number.MAX_SAFE_INTEGER`. */
  amount_overflow: 'The amount in minor units passes Number.MAX_SAFE_INTEGER.',
  /** Raised when a currency code is not one of the ISO 4217 codes in the library's currency table. */
  unknown_currency: 'The currency is not an ISO 4217 code this library knows.',
  /** Raised by `createTransaction` when one entry has both `debit` and `credit` set. */
  both_sides: 'An entry has both a debit and a credit: split it into two entries.',
  /** Raised by `createTransaction` when an entry has neither `debit` nor `credit`. */
  missing_side: 'An entry has neither a debit nor a credit.',
  /** Raised by `createTransaction` / `createBook` when a transaction has fewer than two entries. */
  too_few_entries: 'A transaction needs at least two entries.',
  /** Raised when a transaction's total debit differs from its total credit (« écriture déséquilibrée »); the message gives the residual. */
  unbalanced_transaction: 'Σ debit ≠ Σ credit: the message gives the residual and the side to adjust.',
  /** Raised when a date is not a real calendar day written `YYYY-MM-DD` (e.g. `2026-02-30`). */
  invalid_date: 'Not a real calendar date written YYYY-MM-DD.',
  /** Raised when a period's `end` is before its `start`, or one of its bounds is not a valid ISO date. */
  invalid_period: 'A period whose end precedes its start, or with a bad date.',
  /** Raised when a transaction, document or line identifier is the empty string. */
  empty_id: 'An identifier is empty.',
  /** Raised when an account number does not start with three digits (PCG class, then account). */
  invalid_account: 'An account number must start with three digits (PCG class and account).',
  /** Raised when an account is not covered by the chart of accounts (« plan comptable ») given in options. */
  unknown_account: 'The account is not covered by the chart of accounts.',
  /** Raised by `createChart` when the same account number is listed twice. */
  duplicate_account: 'The chart lists the same account twice.',
  /** Raised by `createJournals` when two journals share a code. */
  duplicate_journal: 'Two journals share a code.',
  /** Raised when a transaction's journal code is not in the journal list given (`createTransaction`, `createBook`, ledger reports). */
  unknown_journal: 'The journal code is not in the list of journals.',
  /** Raised by `createBook` when two transactions share an id. */
  duplicate_transaction: 'Two transactions share an id.',
  /** Raised by `allocate` when a weight is negative or not a decimal, or all weights are zero. */
  invalid_weights: 'Allocation weights must be non-negative decimals, not all zero.',
  /** Raised when a VAT rate is not a decimal percentage (`"20"`, `"5.5"`), e.g. negative or with an exponent. */
  invalid_rate: 'A VAT rate must be a decimal percentage such as "20" or "5.5".',
  /** Raised by `post` when a line's VAT rate has no output/input VAT account in the posting rules. */
  unknown_vat_rate: 'The VAT rate is not one the posting rules accept (was "0.2" meant as "20"?).',
  /** Raised by the document schemas when a line at VAT rate 0 gives no `exemption` reason (« mention d'exonération »). */
  missing_exemption: 'A zero VAT rate needs an exemption reason.',
  /** Raised when a function option has a value outside what it accepts (rounding mode, revenue method option, posting options). */
  invalid_option: 'An option has a value the function does not accept.',
  /** Raised when two documents passed in one call (`post`, revenue, synthesis) share an id. */
  duplicate_document: 'Two documents in one call share an id.',
  /** Raised by `post` when two invoices, credit or debit notes share a number, within the call or against `options.context`. */
  duplicate_number: 'Two invoices (or credit / debit notes) share a number, in one call or against options.context.',
  /** Raised when a document references (invoice id, payment, batch) one that is neither in the call nor in `options.context`. */
  unknown_document: 'A document refers to another document that is neither in the call nor in options.context.',
  /** Raised when payments, credit notes or allocations applied to a document exceed its outstanding amount. */
  over_allocation: 'The allocations exceed what the document or invoice allows.',
  /** Raised by `post` when a document's posting date falls in a period locked by `rules.lockedUntil`. */
  period_locked: 'The date is in a locked period.',
  /** Raised when a transaction is dated in a period closed by `closePeriod` (« période clôturée »). */
  period_closed: 'The date is in a closed period (closePeriod): its entries are final; record a correction as a new entry in an open period.',
  /** Raised by `closePeriod`, `seal` and the FEC export when a draft entry (`validatedOn: null`) is in scope. */
  unvalidated_entries: 'Draft entries (validatedOn null) where only validated ones are accepted: validate them first (validate) or say how to date them.',
  /** Raised by `seal` when the new seal's period does not start the day after the previous seal, or its previous hash differs. */
  seal_out_of_sequence: 'A seal does not follow the previous one: its period must start the day after the previous seal\'s period ends, and its previous hash must be that seal\'s hash.',
  /** Raised by `seal` when the period to seal overlaps one already sealed. */
  seal_overlap: 'The period overlaps a period already sealed.',
  /** Raised by `closePeriod` when the closing date is before the end of the last sealed period. */
  closing_before_seal: 'The closing date is before the end of the last sealed period: a sealed period must be closed.',
  /** Raised by `tillClosingRecord` when a Z closing is not later than, or does not chain onto, the register's last one. */
  till_closing_out_of_sequence: 'A till closing (Z) does not follow the last one recorded for its register (same or earlier day, or another register\'s chain).',
  /** Raised when a document in a currency other than the book's gives no `exchangeRate`. */
  missing_exchange_rate: 'A foreign-currency document needs its exchange rate.',
  /** Raised when a reference names a line or item that the referenced document does not have. */
  unknown_item: 'The referenced item does not exist in the referenced document.',
  /** Raised by the format registry when no format has the requested id. */
  unknown_format: 'No format with this id in the registry.',
  /** Raised by the format registry when registering an id it already holds. */
  duplicate_format: 'The registry already has a format with this id.',
  /** Raised by the file readers (FEC import, decoding) when the file cannot be read; each bad line is an issue. */
  invalid_file: 'The file cannot be read in this format; the issues list each bad line.',
  /** Raised by the columnar readers (`fromArrow`, `fromParquet`) when the file's `partie-double.schema_version` is missing or not the one this version reads. */
  unsupported_schema_version: 'The columnar file is of another schema version (or has none): read it with the partie-double that wrote it, or write it again.',
  /** Raised by the columnar readers when a column a Book needs is absent. */
  missing_column: 'The columnar file lacks a column a Book needs.',
  /** Raised by the columnar readers when a column has another type than the schema's (e.g. an amount stored as a float). */
  invalid_column_type: 'A column of the columnar file has the wrong type (amounts are exact decimals, never floats; dates are dates).',
  /** Raised by the columnar readers when a decimal amount column's scale differs from the currency's minor unit (EUR: 2). */
  decimal_scale_mismatch: "A decimal amount column's scale differs from the currency's minor unit (EUR: 2).",
  /** Raised when a SIREN is not 9 digits with a valid Luhn check digit. */
  invalid_siren: 'A SIREN is 9 digits whose Luhn key is valid.',
  /** Raised by the party schemas and `eInvoice` when a VAT number's prefix, shape or French key (computed from the SIREN) is wrong. */
  invalid_vat_number: 'An intra-community VAT number whose prefix, shape or French key (computed from the SIREN) is wrong.',
  /** Raised by `eInvoice` when the buyer has no SIREN / VAT number or address, or the seller lacks the VAT number, IBAN or creditor id the invoice needs. */
  missing_party_identity: 'An e-invoice party lacks what EN 16931 requires of it (a business buyer\'s SIREN or VAT number, a postal address, the seller\'s identifiers).',
  /** Raised by `eInvoice` when an exempt line gives neither `exemptionReason` nor `exemptionCode` (« mention d'exonération »). */
  missing_exemption_reason: 'An exempt line of an e-invoice without the legal ground of its exemption (EN 16931 BR-E-10).',
  /** Raised by `eInvoice` when a line's VAT category cannot be used as given (category O mixed with others, an intra-EU supply at home, a code of another category). */
  invalid_vat_category: 'A line\'s VAT category cannot be used as given on an e-invoice (e.g. "not subject to VAT" mixed with taxed lines, reverse charge without the buyer\'s VAT number).',
  /** Raised by the direct-debit schema and the SEPA export when an IBAN has a bad shape or its mod-97 checksum fails. */
  invalid_iban: 'The IBAN has a bad shape or a bad checksum.',
  /** Raised by the direct-debit schema and the SEPA export when a BIC is not an ISO 9362 code of 8 or 11 characters. */
  invalid_bic: 'The BIC is not 8 or 11 characters of the ISO 9362 shape.',
  /** Raised by the direct-debit schema and the SEPA export when the SEPA creditor identifier (ICS) is malformed or fails its checksum. */
  invalid_creditor_id: 'The SEPA creditor identifier has a bad shape or checksum.',
  /** Raised by the direct-debit schema and the SEPA export when a batch has no item. */
  empty_batch: 'The batch has no items.',
  /** Raised when an account number exceeds `accountWidth` or the target format's width, or truncating it would merge two accounts. */
  account_too_long: 'The account number is longer than the account width (`accountWidth`), or does not fit the target format, or truncating it merges two accounts.',
  /** Raised by the accounting-software exports when two pieces would get the same written reference (« numéro de pièce »). */
  piece_reference_collision: 'Two pieces (or two transactions) would be written with one reference in an export: pick another piece-reference mapping.',
  /** Raised by an export when a character cannot be written in the chosen encoding (e.g. `€` in an ASCII file). */
  unencodable_character: 'A character cannot be written in the chosen encoding.',
  /** Raised by `closeYear` when the book has no transaction in the fiscal year, or has transactions outside it. */
  fiscal_year_not_covered: 'The book has no transaction in the requested fiscal year, or transactions fall outside it.',
  /** Raised when a method name (revenue recognition, payment method, VAT payment method) is not one of those listed. */
  invalid_method: 'The method is not one of those listed.',
  /** Raised when session usage names an unknown invoice line or consumes more sessions than were sold. */
  invalid_usage: 'Session usage refers to an unknown line or uses more sessions than were sold.',
  /** Raised when a document refers to another document of the same call that is itself invalid. */
  invalid_reference: 'The document refers to another document that is itself invalid: fix that one first.',
  /** Raised by the gym synthesis when a cancellation names a line with no service period, or one not sold on a final invoice. */
  not_a_subscription: 'A subscription cancellation names an invoice line without a service period, or one that was never sold (draft, proforma, credit note).',
  /** Raised by `post` when a credit note, refund or advance is applied to a document of another supplier or customer. */
  party_mismatch: 'The document referred to belongs to another supplier (or customer): a credit note, refund or advance applies to documents of its own party.',
  /** Raised by the FEC export when an identifier contains the file's separator or a line break. */
  separator_in_field: "An identifier (transaction id, journal, account, auxiliary account, lettering code, currency) holds the file's separator or a line break: the format has no escape, so the file would merge or split it; change the identifier.",
  /** Raised by the FEC reader when the input exceeds `options.maxBytes`. */
  file_too_large: 'The file is larger than the reader accepts in one piece (options.maxBytes): stream it, raise the limit, or split it.',
  /** Raised by `vatReturn` when the period is not a calendar month or quarter (CA3) or twelve whole months (CA12). */
  invalid_vat_period: 'A VAT return period that is not a calendar month or quarter (CA3) or twelve whole months (CA12).',
  /** Raised by the VAT settlement when a return's boxes do not add up or its accounts do not match its figures. */
  unbalanced_vat_return: 'A VAT return whose boxes do not add up, or whose accounts do not match its figures: settle the return vatReturn produced, unchanged.',
  /** Raised by the accrual (« cut-off ») transactions when the cut-off date is in a fiscal year the book holds no transaction of. */
  cutoff_outside_book: 'A cut-off date in a fiscal year the book holds no transaction of: give the closing date of the fiscal year the book keeps.',
  /** Raised by the doubtful-receivable provisions when a rate is outside 0–100 %. */
  invalid_provision_rate: 'A doubtful-receivable provision rate outside 0–100 %.',
} as const;

/**
 * A snake_case issue code; see {@link ISSUE_CODES} for the meaning of each.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'unbalanced_transaction';
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES;
