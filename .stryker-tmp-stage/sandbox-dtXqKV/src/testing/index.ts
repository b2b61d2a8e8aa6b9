// @ts-nocheck
// partie-double/testing — fast-check arbitraries for property tests (fast-check is an optional peer dependency).
export {
  transactionInputArbitrary,
  transactionArbitrary,
  transactionsArbitrary,
  bookArbitrary,
  type TransactionArbitraryOptions,
  type TransactionsArbitraryOptions,
} from './transactions.js';
export {
  invoiceLineArbitrary,
  invoiceArbitrary,
  salesArbitrary,
  type DocumentArbitraryOptions,
  type InvoiceArbitraryOptions,
  type SalesArbitraryOptions,
  purchaseArbitrary,
  supplierPaymentArbitrary,
  purchasesArbitrary,
  type PurchaseArbitraryOptions,
  type SupplierPaymentArbitraryOptions,
  type PurchasesArbitraryOptions,
} from './documents.js';
export { gymDocumentsArbitrary, type GymDocumentsArbitraryOptions } from './gym.js';
export { stayArbitrary, campsiteArbitrary, type StayArbitraryOptions } from './synthesis.js';
