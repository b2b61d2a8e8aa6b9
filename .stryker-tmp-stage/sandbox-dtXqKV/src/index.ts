// @ts-nocheck
// partie-double — public API. This file only re-exports.

// errors
export { AccountingError, formatPath, type AccountingIssue, type IssuePath } from './errors/AccountingError.js';
export { ISSUE_CODES, type IssueCode } from './errors/codes.js';
export type { SafeResult } from './errors/issue.js';

// money
export { Decimal, type ReadOnlyDecimalConfiguration } from './money/Decimal.js';
export { CURRENCY_SCALES, currencyScale, type CurrencyCode } from './money/currency.js';
export { ROUNDING_MODES, roundTo, type RoundingMode } from './money/rounding.js';
export { toDecimal, toAmount, toMinorUnits, fromMinorUnits, type AmountInput } from './money/amount.js';
export { normalizeVatRate, type VatRate } from './money/vatRate.js';
export { allocate, type AllocateOptions } from './money/allocate.js';
export { splitVat, type SplitVatOptions, type VatSplit } from './money/splitVat.js';

// calendar
export { isoDate, isIsoDate, toDayNumber, fromDayNumber, daysInMonth, type IsoDate } from './calendar/IsoDate.js';
export { addDays, addMonths, daysBetween, endOfMonth, startOfMonth, compareDates, compactDate, days360 } from './calendar/dates.js';
export { period, daysInPeriod, isWithin, fiscalYear, monthsOf, type Period, type PeriodInput, type FiscalYearOptions } from './calendar/period.js';

// accounts
export { accountNumber, isAccountNumber, pcgKind, normalBalance, type AccountNumber, type AuxiliaryAccount, type AccountKind } from './accounts/AccountNumber.js';
export { createChart, defaultChart, type Account, type AccountDefinition, type Chart, type CreateChartOptions, type DefaultChartOptions } from './accounts/Chart.js';
export { padAccountNumber, trimAccountNumber } from './accounts/accountWidth.js';
export { DEFAULT_JOURNALS, createJournals, type Journal, type JournalKind } from './accounts/Journal.js';
export { PCG_ACCOUNTS } from './accounts/pcg.js';

// transactions
export type { Entry, EntryInput, Transaction, TransactionInput, TransactionSource, TransactionType } from './transactions/types.js';
export { createTransaction, safeCreateTransaction, transactionId, type CreateTransactionOptions } from './transactions/createTransaction.js';
export { createTransactions, type CreateTransactionsOptions } from './transactions/createTransactions.js';
export { reverseTransaction, type ReverseTransactionOptions } from './transactions/reverseTransaction.js';
export type { ClosingOptions } from './transactions/closing.js';
export { transactionInputSchema } from './transactions/schema.js';

// book
export { isBook, NOT_VALIDATED, type Book, type BookEntryColumns, type BookLedger, type BookTransactionColumns } from './book/Book.js';
export { createBook, type CreateBookOptions } from './book/createBook.js';
export { BookBuilder, appendToBook } from './book/BookBuilder.js';
export { bookTransaction, bookTransactions } from './book/bookTransactions.js';
export { accountNumberClashes, type AccountNumberClash } from './book/accountNumberClashes.js';
export type { BookSource } from './book/toBook.js';

// ledger reports
export { trialBalance, type TrialBalance, type TrialBalanceOptions, type TrialBalanceRow, type TrialBalanceTotals, type DebitCredit } from './ledger/trialBalance.js';
export { mergeTrialBalances } from './ledger/mergeTrialBalances.js';
export type { AccountFilter } from './ledger/_lib/accountFilter.js';
export type { OpeningMode } from './ledger/_lib/scope.js';
export { journal, type JournalOptions, type JournalReport, type JournalLine, type JournalGrouping } from './ledger/journal.js';
export {
  generalLedger,
  type GeneralLedger,
  type GeneralLedgerOptions,
  type GeneralLedgerRow,
  type GeneralLedgerRowBase,
  type GeneralLedgerEntryRow,
  type GeneralLedgerSummaryRow,
} from './ledger/generalLedger.js';
export { monthlyLedger, type MonthlyLedger, type MonthlyLedgerOptions, type MonthlyLedgerRow } from './ledger/monthlyLedger.js';
export { mergeMonthlyLedgers } from './ledger/mergeMonthlyLedgers.js';
export { subledger, SUBLEDGER_TYPE_LABELS, type Subledger, type SubledgerOptions, type SubledgerRow } from './ledger/subledger.js';
export { customerBalances, type CustomerBalances, type CustomerBalancesOptions, type CustomerBalanceRow } from './ledger/customerBalances.js';
export { mergeCustomerBalances } from './ledger/mergeCustomerBalances.js';
export { openItems, type OpenItem, type OpenItems, type OpenItemsOptions } from './ledger/openItems.js';
export { agedReceivables, type AgedReceivables, type AgedReceivablesOptions, type AgedReceivablesRow, type AgingBucket } from './ledger/agedReceivables.js';
export { closeYear, type CloseYearOptions } from './ledger/closeYear.js';
export type { LedgerLevel } from './ledger/_lib/keys.js';

// formats
export { defineFormat, type Format, type AnyFormat, type FormatSpec, type FileNameContext, type EncodeOptions } from './formats/Format.js';
export { formats, createRegistry, formatKey, type FormatRegistry } from './formats/formats.js';
// each built-in format alone, named as its `formats` property (README "Bundle size")
export {
  fec, quadratus, ciel, cegid, coala, ebp, ledger, beancount, pain008, cii, eReportingXml,
  csvSalesJournal, csvSalesJournalByDay, csvReceiptsJournal, csvBankJournal, csvTrialBalance, csvCustomerTrialBalance,
  csvDeferredRevenue, csvMonthlyLedger, csvSubledger, csvGeneralLedger, csvPurchasesJournal, csvVatSynthesis,
  csvAgedReceivables, csvTillClosings, csvVatReturn, csvAccruals,
  csvGymSubscriptionSales, csvGymSessionsSold, csvGymActiveSubscriptions, csvGymExpiringSubscriptions, csvGymCancellations,
  csvGymInvoices, csvGymPayments, csvGymVoucherUsages, csvGymDirectDebits, csvGymDirectDebitBatch, csvGymRejections,
  csvGymNewDirectDebitCustomers, csvGymIncidentsByMethod, csvGymMembersInIncident, csvGymCustomerBalances, csvGymUnpaid,
  csvGymDashboard, csvAccountingSynthesis, csvSynthesisDocuments, csvPosFigures,
} from './formats/builtIns.js';
export { type FecOptions } from './formats/fec/fecFormat.js';
export type { CiiOptions } from './formats/einvoice/cii.js';
export type { EReportingXmlOptions } from './formats/einvoice/eReportingXml.js';
export { validateFec, FEC_RULES, type FecRule, type FecIssue, type FecValidation, type ValidateFecOptions, type FecRuleCode, type FecSeverity } from './formats/fec/validateFec.js';
export { isSiren, isSiret, frenchVatNumber, vatNumberProblem, isVatNumber } from './accounts/index.js';
export { encodeText, decodeText, foldToAscii, type TextEncodingName } from './formats/_lib/encoding.js';

// VAT and deferred revenue
export { vatSynthesis, VAT_SETTLEMENT_TYPE, type VatAmounts, type VatExemption, type VatSynthesis, type VatSynthesisOptions, type VatSynthesisRate } from './tax/vatSynthesis.js';
export type { VatDocumentCounts, VatExemptionReason } from './tax/_lib/documentFigures.js';
export { vatReturn, type VatRegime, type VatReturn, type VatReturnAccount, type VatReturnBox, type VatReturnOptions } from './tax/vatReturn.js';
export { vatSettlement, type VatSettlementOptions } from './tax/vatSettlement.js';
export { deferredRevenue, type DeferredRevenue, type DeferredRevenueAccount, type DeferredRevenueLine, type DeferredRevenueOptions } from './revenue/deferredRevenue.js';
export { deferralTransactions, type DeferralTransactionsOptions } from './revenue/deferralTransactions.js';
export { accrualTransactions, type AccrualItem, type AccrualKind, type Accruals, type AccrualTransactionsOptions, type DoubtfulReceivable } from './revenue/accrualTransactions.js';
export { recognitionSchedule, type RecognitionMonth, type RecognitionSchedule, type RecognitionScheduleLine, type RecognitionScheduleOptions } from './revenue/recognitionSchedule.js';
export { fiscalDeferredRevenueReport, type FiscalDeferredRevenueMethodTotals, type FiscalDeferredRevenueReport, type FiscalDeferredRevenueReportOptions, type FiscalDeferredRevenueRow } from './revenue/fiscalDeferredRevenueReport.js';
export { DEFERRAL_METHODS, type DeferralMethod } from './revenue/_lib/methods.js';
export { sessionUsageSchema, parseSessionUsage, safeParseSessionUsage, type SessionUsage } from './schemas/sessionUsage.js';

// formats II
export {
  QUADRATUS_M_FIELDS,
  QUADRATUS_C_FIELDS,
  QUADRATUS_RECORD_LENGTH,
  type QuadratusOptions,
} from './formats/software/quadratus.js';
export { CIEL_FIELDS, CIEL_RECORD_LENGTH, type CielOptions } from './formats/software/ciel.js';
export { type FixedWidthField } from './formats/software/FixedWidthField.js';
export type { CegidOptions } from './formats/software/cegid.js';
export type { CoalaOptions } from './formats/software/coala.js';
export type { EbpOptions } from './formats/software/ebp.js';
export type { AccountMap, JournalMap, SoftwareExportOptions } from './formats/software/_lib/accountMapping.js';
export type { PieceRefMapping, PieceRefContext } from './formats/software/_lib/pieces.js';
export type { LedgerOptions } from './formats/plaintext/ledger.js';
export type { BeancountOptions } from './formats/plaintext/beancount.js';
export { ACCOUNT_ROOTS, defaultAccountName, type AccountNamer, type PlaintextAccount } from './formats/plaintext/_lib/accountNames.js';
export type { Pain008Batch, Pain008Item, Pain008Options } from './formats/sepa/pain008.js';
export { IBAN_LENGTHS, creditorIdProblem, ibanProblem, isBic, isCreditorId, isIban } from './formats/sepa/iban.js';

// FEC import
export { parseFec, type ParseFecOptions, type ParsedFec, type ParseFecIssue, type ParseFecIssueCode } from './formats/fec/parseFec.js';
export { parseFecBook, type ParseFecBookOptions } from './formats/fec/parseFecBook.js';
export { fecNotice, type FecNoticeOptions, type FecNoticeSource } from './formats/fec/fecNotice.js';

// schemas
export { invoiceSchema, invoiceLineSchema, invoiceKindSchema, invoiceStatusSchema, type Invoice, type InvoiceLine, type InvoiceKind, type InvoiceStatus } from './schemas/invoice.js';
export { paymentSchema, refundSchema, allocationSchema, type Payment, type Refund, type Allocation } from './schemas/payment.js';
export { remittanceSchema, type Remittance } from './schemas/remittance.js';
export { voucherSettlementSchema, type VoucherSettlement } from './schemas/voucherSettlement.js';
export { directDebitBatchSchema, directDebitItemSchema, type DirectDebitBatch, type DirectDebitItem } from './schemas/directDebitBatch.js';
export { directDebitRejectionSchema, type DirectDebitRejection } from './schemas/directDebitRejection.js';
export { tillClosingSchema, tillTicketSchema, type TillClosing, type TillTicket } from './schemas/tillClosing.js';
export { purchaseSchema, purchaseLineSchema, purchaseAdvanceSchema, type Purchase, type PurchaseLine, type PurchaseAdvance } from './schemas/purchase.js';
export { writeOffSchema, type WriteOff } from './schemas/writeOff.js';
export { supplierPaymentSchema, supplierAllocationSchema, parseSupplierPayment, safeParseSupplierPayment, type SupplierPayment, type SupplierAllocation } from './schemas/supplierPayment.js';
export { supplierRefundSchema, parseSupplierRefund, safeParseSupplierRefund, type SupplierRefund } from './schemas/supplierRefund.js';
export { touristTaxRemittanceSchema, parseTouristTaxRemittance, safeParseTouristTaxRemittance, type TouristTaxRemittance } from './schemas/touristTaxRemittance.js';
export { vatPaymentSchema, parseVatPayment, safeParseVatPayment, type VatPayment } from './schemas/vatPayment.js';
export { documentSchema, parseDocument, safeParseDocument, DOCUMENT_TYPES, type Document, type DocumentInput, type DocumentType } from './schemas/document.js';

// posting
export { defaultRules, type PostingRules, type PostingAccounts, type PaymentMethodRule, type DefaultRulesOverrides, type VatRounding, type VatExigibility, type VatNature, type JournalRole } from './posting/rules.js';
export { lockPeriod } from './posting/lockPeriod.js';
export { post, type PostableDocument, type PostOptions, type PostResult, type SkippedDocument } from './posting/post.js';
export { safePost, type SafePostResult, type PostFailure } from './posting/safePost.js';
export { postBook, safePostBook, type PostBookResult, type SafePostBookResult } from './posting/postBook.js';
export { letter, letteringCode, type LetterOptions } from './posting/letter.js';
export { invoiceTotals, type InvoiceTotals } from './posting/invoiceTotals.js';
export {
  eInvoice,
  type EInvoice,
  type EInvoiceAddress,
  type EInvoiceLine,
  type EInvoiceNotes,
  type EInvoiceBusinessProcess,
  type EInvoiceOptions,
  type EInvoiceParty,
  type EInvoicePayment,
  type EInvoiceSeller,
  type EInvoiceVatBreakdown,
  type VatCategory,
} from './posting/eInvoice.js';
export { eReporting, type EReporting, type EReportingCategory, type EReportingOptions, type EReportingPayments, type EReportingRate, type EReportingTransactions } from './posting/eReporting.js';
export { numberingReport, type NumberingReport, type NumberingReportOptions, type NumberingSeries, type NumberingGap, type NumberingDuplicate, type NumberingOutOfOrder } from './posting/numberingReport.js';
export { LABELS, labelTable, wordFor, type LabelTable, type LabelTableOptions, type LabelLanguage } from './posting/labelTable.js';

// integrity: validation, closing, sealed chains, export records
export { validate, type ValidateOptions } from './integrity/validate.js';
export { closePeriod, type ClosePeriodOptions } from './integrity/closePeriod.js';
export { seal, type Seal, type SealOptions, type SealAmounts, type SealJournalTotals } from './integrity/seal.js';
export { sealText } from './integrity/sealText.js';
export { verifySeals, type VerifySealsOptions, type VerifySealsResult, type SealMismatchReason } from './integrity/verifySeals.js';
export { exportRecord, type ExportRecord, type ExportRecordContext } from './integrity/exportRecord.js';
export { tillClosingRecord, type TillClosingRecord, type TillClosingRecordOptions } from './integrity/tillClosingRecord.js';
export { verifyTillClosings, type VerifyTillClosingsOptions, type VerifyTillClosingsResult, type TillClosingMismatchReason } from './integrity/verifyTillClosings.js';

// CSV exports (book-based: journals, balances, ledgers, PCA report)
export * from './formats/csv/index.js';

// accounting synthesis and POS figures (campsite), with their CSV exports
export * from './synthesis/index.js';
export * from './formats/csv/synthesis/index.js';

// gym management reports, with their CSV exports
export * from './synthesis/gym/index.js';
export * from './formats/csv/gym/index.js';
