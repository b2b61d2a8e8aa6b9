// @ts-nocheck
export { vatSynthesis, VAT_SETTLEMENT_TYPE, type VatAmounts, type VatExemption, type VatSynthesis, type VatSynthesisOptions, type VatSynthesisRate } from './vatSynthesis.js';
export type { VatDocumentCounts, VatExemptionReason } from './_lib/documentFigures.js';
export { vatReturn, type VatRegime, type VatReturn, type VatReturnAccount, type VatReturnBox, type VatReturnOptions } from './vatReturn.js';
export { vatSettlement, type VatSettlementOptions } from './vatSettlement.js';
