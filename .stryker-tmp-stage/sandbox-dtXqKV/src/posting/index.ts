// @ts-nocheck
export { defaultRules, type PostingRules, type PostingAccounts, type PaymentMethodRule, type DefaultRulesOverrides, type VatRounding, type VatExigibility, type VatNature, type JournalRole } from './rules.js';
export { lockPeriod } from './lockPeriod.js';
export { post, type PostOptions, type PostResult, type SkippedDocument } from './post.js';
export { safePost, type SafePostResult, type PostFailure } from './safePost.js';
export { postBook, safePostBook, type PostBookResult, type SafePostBookResult } from './postBook.js';
export { letter, letteringCode, type LetterOptions } from './letter.js';
export { invoiceTotals, type InvoiceTotals } from './invoiceTotals.js';
export { numberingReport, type NumberingReport, type NumberingReportOptions, type NumberingSeries, type NumberingGap, type NumberingDuplicate, type NumberingOutOfOrder } from './numberingReport.js';
export { LABELS, labelTable, wordFor, type LabelTable, type LabelTableOptions, type LabelLanguage } from './labelTable.js';
