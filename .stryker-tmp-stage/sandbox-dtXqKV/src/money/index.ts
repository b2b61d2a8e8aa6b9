// @ts-nocheck
export { Decimal } from './Decimal.js';
export { CURRENCY_SCALES, currencyScale, type CurrencyCode } from './currency.js';
export { ROUNDING_MODES, roundTo, divRound, decimalRounding, type RoundingMode } from './rounding.js';
export { toDecimal, toAmount, toMinorUnits, fromMinorUnits, minorToDecimal, formatMinor, stringToMinor, type AmountInput } from './amount.js';
export { normalizeVatRate, rateFraction, type RateFraction, type VatRate } from './vatRate.js';
export { allocate, allocateMinor, type AllocateOptions } from './allocate.js';
export { splitVat, vatOfBaseMinor, splitTotalMinor, type SplitVatOptions, type VatSplit } from './splitVat.js';
