// @ts-nocheck
export { trialBalance, type TrialBalance, type TrialBalanceOptions, type TrialBalanceRow, type DebitCredit } from './trialBalance.js';
export { mergeTrialBalances } from './mergeTrialBalances.js';
export { accountMask, type AccountFilter } from './_lib/accountFilter.js';
export { scopeOf, type OpeningMode, type Scope } from './_lib/scope.js';
export { journal, type JournalOptions, type JournalReport, type JournalLine, type JournalGrouping } from './journal.js';
export {
  generalLedger,
  type GeneralLedger,
  type GeneralLedgerOptions,
  type GeneralLedgerRow,
  type GeneralLedgerRowBase,
  type GeneralLedgerEntryRow,
  type GeneralLedgerSummaryRow,
} from './generalLedger.js';
export { monthlyLedger, type MonthlyLedger, type MonthlyLedgerOptions, type MonthlyLedgerRow } from './monthlyLedger.js';
export { mergeMonthlyLedgers } from './mergeMonthlyLedgers.js';
export { subledger, SUBLEDGER_TYPE_LABELS, type Subledger, type SubledgerOptions, type SubledgerRow } from './subledger.js';
export { customerBalances, type CustomerBalances, type CustomerBalancesOptions, type CustomerBalanceRow } from './customerBalances.js';
export { mergeCustomerBalances } from './mergeCustomerBalances.js';
export { openItems, type OpenItem, type OpenItems, type OpenItemsOptions } from './openItems.js';
export { agedReceivables, type AgedReceivables, type AgedReceivablesOptions, type AgedReceivablesRow, type AgingBucket } from './agedReceivables.js';
export { closeYear, type CloseYearOptions } from './closeYear.js';
export type { LedgerLevel } from './_lib/keys.js';
