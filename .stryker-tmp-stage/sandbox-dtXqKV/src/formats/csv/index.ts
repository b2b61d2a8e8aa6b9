// @ts-nocheck
// Book-based CSV exports (journals, balances, ledgers, fiscal PCA report) and the CSV engine.
export {
  csvRows,
  csvChunks,
  serializeCsv,
  csvCell,
  neutralizeFormula,
  type CsvOptions,
  type CsvColumn,
  type CsvColumnType,
  type CsvValue,
  type MinorAmount,
  type DecimalLike,
} from '../_lib/csv.js';
export type { CsvJournalOptions } from './journalCsv.js';
export { csvSalesJournalFormat } from './salesJournalCsv.js';
export { csvSalesJournalByDayFormat } from './salesJournalByDayCsv.js';
export { csvBankJournalFormat } from './bankJournalCsv.js';
export {
  csvReceiptsJournalFormat,
  RECEIPT_TRANSACTION_TYPES,
  PAYMENT_METHOD_LABELS,
  type CsvReceiptsJournalOptions,
} from './receiptsJournalCsv.js';
export { csvTrialBalanceFormat, type CsvTrialBalanceOptions } from './trialBalanceCsv.js';
export { csvCustomerTrialBalanceFormat } from './customerTrialBalanceCsv.js';
export { csvDeferredRevenueFormat, type CsvDeferredRevenueOptions } from './deferredRevenueCsv.js';
export { csvVatReturnFormat, type CsvVatReturnOptions } from './vatReturnCsv.js';
export { csvAccrualsFormat, type CsvAccrualsOptions } from './accrualsCsv.js';
export { csvMonthlyLedgerFormat, type CsvMonthlyLedgerOptions } from './monthlyLedgerCsv.js';
export { csvSubledgerFormat, type CsvSubledgerOptions } from './subledgerCsv.js';
export { csvGeneralLedgerFormat, type CsvGeneralLedgerOptions } from './generalLedgerCsv.js';
export { csvPurchasesJournalFormat } from './purchasesJournalCsv.js';
export { csvVatSynthesisFormat, vatSynthesisCsvRows, type VatSynthesisCsvRow } from './vatSynthesisCsv.js';
export { csvAgedReceivablesFormat, type CsvAgedReceivablesOptions } from './agedReceivablesCsv.js';
export { csvTillClosingsFormat, tillClosingsCsvRows, type TillClosingsCsvRow } from './tillClosingsCsv.js';
