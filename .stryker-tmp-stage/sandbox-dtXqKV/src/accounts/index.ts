// @ts-nocheck
export { accountNumber, isAccountNumber, pcgKind, normalBalance, type AccountNumber, type AuxiliaryAccount, type AccountKind } from './AccountNumber.js';
export { accountTooLongMessage, checkAccountWidth, isAccountWidth, padAccountNumber, padUnchecked, trimAccountNumber } from './accountWidth.js';
export { createChart, defaultChart, type Account, type AccountDefinition, type Chart, type CreateChartOptions, type DefaultChartOptions } from './Chart.js';
export { DEFAULT_JOURNALS, createJournals, type Journal, type JournalKind } from './Journal.js';
export { PCG_ACCOUNTS } from './pcg.js';
export { isSiren, isSiret, frenchVatNumber, vatNumberProblem, isVatNumber } from './identity.js';
