// @ts-nocheck
// Gym management reports (issue #6): rows from the documents and, for balances, the Book.
export type { GymPeriodOptions, GymAsOfOptions, GymCustomer, GymReport, GymPeriodReport, GymAsOfReport } from './types.js';
export {
  subscriptionSales,
  sessionsSold,
  activeSubscriptions,
  expiringSubscriptions,
  subscriptionCancellations,
  type SubscriptionSaleRow,
  type SubscriptionSalesTotals,
  type SubscriptionSales,
  type SessionSaleRow,
  type SessionsSoldTotals,
  type SessionsSold,
  type SubscriptionStatus,
  type SubscriptionStatusRow,
  type SubscriptionStatusTotals,
  type SubscriptionList,
  type ActiveSubscriptionsOptions,
  type ExpiringSubscriptionsOptions,
  type SubscriptionCancellationRow,
  type SubscriptionCancellationsTotals,
  type SubscriptionCancellations,
} from './subscriptions.js';
export {
  invoicesAndCreditNotes,
  paymentsAndRefunds,
  voucherUsages,
  type InvoiceRow,
  type InvoicesTotals,
  type InvoicesAndCreditNotes,
  type MoneyMovementKind,
  type MoneyMovementRow,
  type MoneyMovementTotals,
  type PaymentsAndRefunds,
  type VoucherUsagesOptions,
  type VoucherUsageRow,
  type VoucherUsagesTotals,
  type VoucherUsages,
} from './sales.js';
export {
  directDebitsByDate,
  directDebitBatchReport,
  directDebitRejections,
  newDirectDebitCustomers,
  incidentsByPaymentMethod,
  type DirectDebitRow,
  type DirectDebitsTotals,
  type DirectDebitsByDate,
  type DirectDebitBatchReportOptions,
  type DirectDebitBatchRow,
  type DirectDebitBatchTotals,
  type DirectDebitBatchReport,
  type DirectDebitRejectionRow,
  type DirectDebitRejectionsTotals,
  type DirectDebitRejections,
  type NewDirectDebitCustomerRow,
  type NewDirectDebitCustomersTotals,
  type NewDirectDebitCustomers,
  type IncidentsByMethodRow,
  type IncidentsByMethodTotals,
  type IncidentsByPaymentMethod,
} from './directDebits.js';
export { membersInIncident, type MemberInIncidentRow, type MembersInIncidentTotals, type MembersInIncident } from './membersInIncident.js';
export { dashboardIndicators, type DashboardIndicators } from './dashboardIndicators.js';
export { DIRECT_DEBIT_REJECTION_REASONS, rejectionReasonLabel } from './rejectionReasons.js';
export {
  subscriptionCancellationSchema,
  parseSubscriptionCancellation,
  safeParseSubscriptionCancellation,
  type SubscriptionCancellation,
} from '../../schemas/subscriptionCancellation.js';
