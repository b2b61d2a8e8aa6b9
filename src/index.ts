// partie-double — public API. This file only re-exports.

// errors
export { AccountingError, formatPath, type AccountingIssue, type IssuePath } from './errors/AccountingError.js';
export { ISSUE_CODES, type IssueCode } from './errors/codes.js';
export type { SafeResult } from './errors/issue.js';

// money
export { Decimal } from './money/Decimal.js';
export { CURRENCY_SCALES, currencyScale, type CurrencyCode } from './money/currency.js';
export { ROUNDING_MODES, roundTo, type RoundingMode } from './money/rounding.js';
export { toDecimal, toAmount, toMinorUnits, fromMinorUnits, type AmountInput } from './money/amount.js';
export { normalizeVatRate, type VatRate } from './money/vatRate.js';
export { allocate, type AllocateOptions } from './money/allocate.js';
export { splitVat, type SplitVatOptions, type VatSplit } from './money/splitVat.js';

// calendar
export { isoDate, isIsoDate, toDayNumber, fromDayNumber, daysInMonth, type IsoDate } from './calendar/IsoDate.js';
export { addDays, addMonths, daysBetween, endOfMonth, startOfMonth, compareDates, compactDate, days360 } from './calendar/dates.js';
export { period, daysInPeriod, isWithin, fiscalYear, monthsOf, type Period, type FiscalYearOptions } from './calendar/period.js';

// accounts
export { accountNumber, isAccountNumber, pcgKind, normalBalance, type AccountNumber, type AuxiliaryAccount, type AccountKind } from './accounts/AccountNumber.js';
export { createChart, defaultChart, type Account, type AccountDefinition, type Chart, type CreateChartOptions } from './accounts/Chart.js';
export { DEFAULT_JOURNALS, createJournals, type Journal, type JournalKind } from './accounts/Journal.js';
export { PCG_ACCOUNTS } from './accounts/pcg.js';

// transactions
export type { Entry, EntryInput, Transaction, TransactionInput, TransactionSource, TransactionType } from './transactions/types.js';
export { createTransaction, safeCreateTransaction, transactionId, type CreateTransactionOptions } from './transactions/createTransaction.js';
export { createTransactions, type CreateTransactionsOptions } from './transactions/createTransactions.js';
export { reverseTransaction, type ReverseTransactionOptions } from './transactions/reverseTransaction.js';
export { transactionInputSchema } from './transactions/schema.js';

// book
export { isBook, type Book, type BookEntryColumns, type BookLedger, type BookTransactionColumns } from './book/Book.js';
export { createBook, type CreateBookOptions } from './book/createBook.js';
export { bookTransaction, bookTransactions } from './book/bookTransactions.js';
export type { BookSource } from './book/toBook.js';

// ledger reports
export { trialBalance, type TrialBalance, type TrialBalanceOptions, type TrialBalanceRow, type DebitCredit } from './ledger/trialBalance.js';
export { mergeTrialBalances } from './ledger/mergeTrialBalances.js';
export type { AccountFilter } from './ledger/_lib/accountFilter.js';
export type { OpeningMode } from './ledger/_lib/scope.js';
