export { trialBalance, type TrialBalance, type TrialBalanceOptions, type TrialBalanceRow, type DebitCredit } from './trialBalance.js';
export { mergeTrialBalances } from './mergeTrialBalances.js';
export { accountMask, type AccountFilter } from './_lib/accountFilter.js';
export { scopeOf, type OpeningMode, type Scope } from './_lib/scope.js';
