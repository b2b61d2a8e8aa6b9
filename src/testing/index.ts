// partie-double/testing — fast-check arbitraries for property tests (fast-check is an optional peer dependency).
export {
  transactionInputArbitrary,
  transactionArbitrary,
  transactionsArbitrary,
  bookArbitrary,
  type TransactionArbitraryOptions,
  type TransactionsArbitraryOptions,
} from './transactions.js';
