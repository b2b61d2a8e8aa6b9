// @ts-nocheck
export { validate, type ValidateOptions } from './validate.js';
export { closePeriod, type ClosePeriodOptions } from './closePeriod.js';
export { seal, type Seal, type SealOptions, type SealAmounts, type SealJournalTotals } from './seal.js';
export { sealText } from './sealText.js';
export { verifySeals, type VerifySealsOptions, type VerifySealsResult, type SealMismatchReason } from './verifySeals.js';
export { exportRecord, type ExportRecord, type ExportRecordContext } from './exportRecord.js';
export { tillClosingRecord, type TillClosingRecord, type TillClosingRecordOptions } from './tillClosingRecord.js';
export { verifyTillClosings, type VerifyTillClosingsOptions, type VerifyTillClosingsResult, type TillClosingMismatchReason } from './verifyTillClosings.js';
