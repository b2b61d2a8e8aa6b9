// @ts-nocheck
// CSV exports of the gym management reports (issue #7): each lays out a report of src/synthesis/gym
// (or, for balances and unpaid items, of src/ledger) through the CSV engine.
export {
  csvGymSubscriptionSalesFormat,
  csvGymSessionsSoldFormat,
  csvGymActiveSubscriptionsFormat,
  csvGymExpiringSubscriptionsFormat,
  csvGymCancellationsFormat,
} from './subscriptionsCsv.js';
export { csvGymInvoicesFormat, csvGymPaymentsFormat, csvGymVoucherUsagesFormat } from './salesCsv.js';
export {
  csvGymDirectDebitsFormat,
  csvGymDirectDebitBatchFormat,
  csvGymRejectionsFormat,
  csvGymNewDirectDebitCustomersFormat,
  csvGymIncidentsByMethodFormat,
} from './directDebitsCsv.js';
export { csvGymMembersInIncidentFormat, csvGymCustomerBalancesFormat, csvGymUnpaidFormat } from './balancesCsv.js';
export { csvGymDashboardFormat } from './dashboardCsv.js';
export type { GymCsvOptions } from './_lib/gymCsv.js';
