// @ts-nocheck
export { deferredRevenue, type DeferredRevenue, type DeferredRevenueAccount, type DeferredRevenueLine, type DeferredRevenueOptions } from './deferredRevenue.js';
export { deferralTransactions, type DeferralTransactionsOptions } from './deferralTransactions.js';
export { recognitionSchedule, type RecognitionMonth, type RecognitionSchedule, type RecognitionScheduleLine, type RecognitionScheduleOptions } from './recognitionSchedule.js';
export { fiscalDeferredRevenueReport, type FiscalDeferredRevenueMethodTotals, type FiscalDeferredRevenueReport, type FiscalDeferredRevenueReportOptions, type FiscalDeferredRevenueRow } from './fiscalDeferredRevenueReport.js';
export { DEFERRAL_METHODS, type DeferralMethod } from './_lib/methods.js';
export { accrualTransactions, type AccrualItem, type AccrualKind, type Accruals, type AccrualTransactionsOptions, type DoubtfulReceivable } from './accrualTransactions.js';
