// @ts-nocheck
export { isoDate, isIsoDate, toDayNumber, fromDayNumber, daysInMonth, dateParts, fromParts, civilToDays, type IsoDate } from './IsoDate.js';
export { addDays, addMonths, daysBetween, endOfMonth, startOfMonth, compareDates, compactDate, days360 } from './dates.js';
export { period, toPeriod, daysInPeriod, isWithin, fiscalYear, monthsOf, type Period, type PeriodInput, type FiscalYearOptions } from './period.js';
