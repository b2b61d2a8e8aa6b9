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
export const ISSUE_CODES = {
  invalid_input: 'The value does not have the expected shape (wrong type, missing field).',
  unknown_field: 'The object has a field the schema does not know (often a typo): remove or rename it.',
  forbidden_key: 'A `__proto__`, `constructor` or `prototype` key: never accepted in input.',
  invalid_amount: 'Not a decimal amount: use a string such as "12.50" (no exponent, NaN or Infinity) or a safe integer.',
  too_many_decimals: 'More decimals than the currency allows (EUR: 2); round it yourself with a named mode.',
  non_positive_amount: 'An entry amount must be strictly positive; put a negative amount on the other side.',
  negative_amount: 'This amount must not be negative.',
  amount_overflow: 'The amount in minor units passes Number.MAX_SAFE_INTEGER.',
  unknown_currency: 'The currency is not an ISO 4217 code this library knows.',
  both_sides: 'An entry has both a debit and a credit: split it into two entries.',
  missing_side: 'An entry has neither a debit nor a credit.',
  too_few_entries: 'A transaction needs at least two entries.',
  unbalanced_transaction: 'Σ debit ≠ Σ credit: the message gives the residual and the side to adjust.',
  invalid_date: 'Not a real calendar date written YYYY-MM-DD.',
  invalid_period: 'A period whose end precedes its start, or with a bad date.',
  empty_id: 'An identifier is empty.',
  invalid_account: 'An account number must start with three digits (PCG class and account).',
  unknown_account: 'The account is not covered by the chart of accounts.',
  duplicate_account: 'The chart lists the same account twice.',
  duplicate_journal: 'Two journals share a code.',
  unknown_journal: 'The journal code is not in the list of journals.',
  duplicate_transaction: 'Two transactions share an id.',
  invalid_weights: 'Allocation weights must be non-negative decimals, not all zero.',
  invalid_rate: 'A VAT rate must be a decimal percentage such as "20" or "5.5".',
  unknown_vat_rate: 'The VAT rate is not one the posting rules accept (was "0.2" meant as "20"?).',
  missing_exemption: 'A zero VAT rate needs an exemption reason.',
  invalid_option: 'An option has a value the function does not accept.',
  duplicate_document: 'Two documents in one call share an id.',
  duplicate_number: 'Two invoices (or credit / debit notes) share a number, in one call or against options.context.',
  unknown_document: 'A document refers to another document that is neither in the call nor in options.context.',
  over_allocation: 'The allocations exceed what the document or invoice allows.',
  period_locked: 'The date is in a locked period.',
  period_closed: 'The date is in a closed period (closePeriod): its entries are final; record a correction as a new entry in an open period.',
  unvalidated_entries: 'Draft entries (validatedOn null) where only validated ones are accepted: validate them first (validate) or say how to date them.',
  seal_out_of_sequence: 'A seal does not follow the previous one: its period must start the day after the previous seal\'s period ends, and its previous hash must be that seal\'s hash.',
  seal_overlap: 'The period overlaps a period already sealed.',
  closing_before_seal: 'The closing date is before the end of the last sealed period: a sealed period must be closed.',
  till_closing_out_of_sequence: 'A till closing (Z) does not follow the last one recorded for its register (same or earlier day, or another register\'s chain).',
  missing_exchange_rate: 'A foreign-currency document needs its exchange rate.',
  unknown_item: 'The referenced item does not exist in the referenced document.',
  unknown_format: 'No format with this id in the registry.',
  duplicate_format: 'The registry already has a format with this id.',
  invalid_file: 'The file cannot be read in this format; the issues list each bad line.',
  invalid_siren: 'A SIREN is 9 digits whose Luhn key is valid.',
  invalid_vat_number: 'An intra-community VAT number whose prefix, shape or French key (computed from the SIREN) is wrong.',
  missing_party_identity: 'An e-invoice party lacks what EN 16931 requires of it (a business buyer\'s SIREN or VAT number, a postal address, the seller\'s identifiers).',
  missing_exemption_reason: 'An exempt line of an e-invoice without the legal ground of its exemption (EN 16931 BR-E-10).',
  invalid_vat_category: 'A line\'s VAT category cannot be used as given on an e-invoice (e.g. "not subject to VAT" mixed with taxed lines, reverse charge without the buyer\'s VAT number).',
  invalid_iban: 'The IBAN has a bad shape or a bad checksum.',
  invalid_bic: 'The BIC is not 8 or 11 characters of the ISO 9362 shape.',
  invalid_creditor_id: 'The SEPA creditor identifier has a bad shape or checksum.',
  empty_batch: 'The batch has no items.',
  account_too_long: 'The account number is longer than the account width (`accountWidth`), or does not fit the target format, or truncating it merges two accounts.',
  piece_reference_collision: 'Two pieces (or two transactions) would be written with one reference in an export: pick another piece-reference mapping.',
  unencodable_character: 'A character cannot be written in the chosen encoding.',
  fiscal_year_not_covered: 'The book has no transaction in the requested fiscal year, or transactions fall outside it.',
  invalid_method: 'The method is not one of those listed.',
  invalid_usage: 'Session usage refers to an unknown line or uses more sessions than were sold.',
  invalid_reference: 'The document refers to another document that is itself invalid: fix that one first.',
  not_a_subscription: 'A subscription cancellation names an invoice line without a service period, or one that was never sold (draft, proforma, credit note).',
  party_mismatch: 'The document referred to belongs to another supplier (or customer): a credit note, refund or advance applies to documents of its own party.',
  separator_in_field: "An identifier (transaction id, journal, account, auxiliary account, lettering code, currency) holds the file's separator or a line break: the format has no escape, so the file would merge or split it; change the identifier.",
  file_too_large: 'The file is larger than the reader accepts in one piece (options.maxBytes): stream it, raise the limit, or split it.',
  invalid_vat_period: 'A VAT return period that is not a calendar month or quarter (CA3) or twelve whole months (CA12).',
  unbalanced_vat_return: 'A VAT return whose boxes do not add up, or whose accounts do not match its figures: settle the return vatReturn produced, unchanged.',
  cutoff_outside_book: 'A cut-off date in a fiscal year the book holds no transaction of: give the closing date of the fiscal year the book keeps.',
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
