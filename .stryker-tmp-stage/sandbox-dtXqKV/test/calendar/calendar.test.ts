// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AccountingError, addDays, addMonths, compactDate, compareDates, days360, daysBetween, daysInPeriod, endOfMonth, fiscalYear, fromDayNumber,
  isIsoDate, isoDate, isWithin, monthsOf, period, startOfMonth, toDayNumber, type IsoDate,
} from '../../src/index.js';
import { codeOf } from '../_errors.js';

const d = (s: string): IsoDate => isoDate(s);

describe('dates', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-2-1', '20240201', '2024-13-01', '2024-00-10', '2024-01-00', '', '2024-01-01T00:00:00Z', '0000-01-01'])('refuses %j with invalid_date', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(codeOf(() => isoDate(s))).toBe('invalid_date');
  });

  it('says what to write', () => {
    expect(() => isoDate('2024-02-30')).toThrowErrorMatchingInlineSnapshot(`[AccountingError: Invalid date "2024-02-30": write a real calendar date as YYYY-MM-DD (e.g. "2024-02-29").]`);
  });

  it('accepts leap days and century rules', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('counts days and months without a time zone', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(19782)).toBe('2024-02-29');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(daysBetween(d('2024-10-15'), d('2024-12-31'))).toBe(77);
    expect(endOfMonth(d('2024-02-10'))).toBe('2024-02-29');
    expect(endOfMonth(d('2023-02-10'))).toBe('2023-02-28');
    expect(startOfMonth(d('2024-02-10'))).toBe('2024-02-01');
    expect(compactDate(d('2024-10-15'))).toBe('20241015');
  });

  it('compareDates sorts ISO dates chronologically (negative, zero, positive)', () => {
    expect(compareDates('2024-01-01', '2024-03-01')).toBe(-1);
    expect(compareDates('2024-03-01', '2024-01-01')).toBe(1);
    expect(compareDates('2024-03-01', '2024-03-01')).toBe(0);
    expect(['2024-12-31', '2023-01-01', '2024-02-29'].sort(compareDates)).toEqual(['2023-01-01', '2024-02-29', '2024-12-31']);
  });

  it('days360 counts day 31 as day 30 (30E/360) and subtracts months and years', () => {
    expect(days360(d('2025-01-31'), d('2025-03-31'))).toBe(60);
    expect(days360(d('2024-01-30'), d('2024-01-31'))).toBe(0);
    expect(days360(d('2024-02-28'), d('2024-03-01'))).toBe(3);
    expect(days360(d('2025-10-15'), d('2025-01-01'))).toBe(-284);
  });

  it('pins TV1 day counts: 365 days, 78 in 2024, 287 after', () => {
    const p = period('2024-10-15', '2025-10-14');
    expect(daysInPeriod(p)).toBe(365);
    expect(daysInPeriod(period('2024-10-15', '2024-12-31'))).toBe(78);
    expect(days360(d('2025-01-01'), d('2025-10-15'))).toBe(284);
  });

  it('builds periods and fiscal years', () => {
    expect(period('2024-01-01', '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(codeOf(() => period('2024-12-31', '2024-01-01'))).toBe('invalid_period');
    expect(codeOf(() => period('2024-12-32', '2025-01-01'))).toBe('invalid_date');
    expect(fiscalYear(d('2024-03-10'), { startMonth: 7 })).toEqual({ from: '2023-07-01', to: '2024-06-30' });
    expect(fiscalYear(d('2024-07-01'), { startMonth: 7 })).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    expect(fiscalYear(d('2024-03-10'))).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(codeOf(() => fiscalYear(d('2024-03-10'), { startMonth: 13 }))).toBe('invalid_option');
    expect(isWithin('2024-12-31', period('2024-01-01', '2024-12-31'))).toBe(true);
    expect(monthsOf(period('2024-01-15', '2024-03-10'))).toEqual([
      { from: '2024-01-15', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-10' },
    ]);
  });

  it('gives the same answers in every time zone (run under TZ=Pacific/Kiritimati and America/Los_Angeles too)', () => {
    expect(addMonths(d('2024-03-31'), -1)).toBe('2024-02-29');
    expect(daysBetween(d('2024-03-30'), d('2024-04-01'))).toBe(2);
    expect(daysBetween(d('2024-10-26'), d('2024-10-28'))).toBe(2);
    expect(addMonths(d('2024-11-03'), 1)).toBe('2024-12-03');
  });

  it('gives the same answers on days a time zone skipped (Kiritimati 1994-12-31, Kwajalein 1993-08-21, Apia 2011-12-30)', () => {
    // Under TZ=Pacific/Kiritimati a local-Date version gave 1995-01-01 and 31 (see npm run test:tz).
    expect(addMonths(d('1994-11-15'), 1)).toBe('1994-12-15');
    expect(addMonths(d('1994-12-31'), 1)).toBe('1995-01-31');
    expect(addMonths(d('1995-01-31'), -1)).toBe('1994-12-31');
    expect(daysBetween(d('1994-12-01'), d('1994-12-31'))).toBe(30);
    expect(daysBetween(d('1994-12-30'), d('1995-01-01'))).toBe(2);
    expect(daysBetween(d('1993-08-20'), d('1993-08-22'))).toBe(2);
    expect(addMonths(d('1993-07-21'), 1)).toBe('1993-08-21');
    expect(daysBetween(d('2011-12-29'), d('2011-12-31'))).toBe(2);
    expect(addMonths(d('2011-11-30'), 1)).toBe('2011-12-30');
  });

  describe('properties', () => {
    /** date-fns's answers computed on UTC dates: what the library must give in every zone. */
    const utcAddMonths = (date: string, months: number): string => {
      const [y, m, dd] = date.split('-').map(Number) as [number, number, number];
      const first = new Date(Date.UTC(2000, 0, 1));
      first.setUTCFullYear(y, m - 1 + months, 1);
      const last = new Date(first.getTime());
      last.setUTCMonth(last.getUTCMonth() + 1, 0);
      first.setUTCDate(Math.min(dd, last.getUTCDate()));
      return first.toISOString().slice(0, 10);
    };
    const utcDays = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
    it('time-zone independence: addMonths and daysBetween equal their UTC reference on every day of 1850–2100 (in whatever zone the run uses)', () => {
      const first = toDayNumber('1850-01-01');
      const last = toDayNumber('2100-12-31');
      let wrong = 0;
      for (let n = first; n <= last; n++) {
        const date = fromDayNumber(n);
        const k = (n % 25) - 12;
        if (addMonths(date, 1) !== utcAddMonths(date, 1) || addMonths(date, k) !== utcAddMonths(date, k)) wrong++;
        if (daysBetween(date, fromDayNumber(n + 30)) !== 30 || daysBetween(date, fromDayNumber(n - 1 - (n % 400))) !== -1 - (n % 400)) wrong++;
      }
      expect(wrong).toBe(0);
    });
    it('addMonths equals its UTC reference for any date and month count', () => {
      fc.assert(fc.property(fc.integer({ min: toDayNumber('1850-01-01'), max: toDayNumber('2100-12-31') }), fc.integer({ min: -1200, max: 1200 }), (n, k) => addMonths(fromDayNumber(n), k) === utcAddMonths(fromDayNumber(n), k) && daysBetween(fromDayNumber(n), fromDayNumber(n + k)) === utcDays(fromDayNumber(n), fromDayNumber(n + k))));
    });
    const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') });
    it('round trip: toDayNumber(fromDayNumber(n)) = n and the result is a valid date', () => {
      fc.assert(fc.property(day, (n) => isIsoDate(fromDayNumber(n)) && toDayNumber(fromDayNumber(n)) === n));
    });
    it('addDays agrees with daysBetween (date-fns) whatever the time zone', () => {
      fc.assert(fc.property(day, fc.integer({ min: -800, max: 800 }), (n, k) => daysBetween(fromDayNumber(n), addDays(fromDayNumber(n), k)) === k));
    });
    it('string order is date order', () => {
      fc.assert(fc.property(day, day, (a, b) => Math.sign(a - b) === Math.sign(fromDayNumber(a).localeCompare(fromDayNumber(b)))));
    });
    it('a fiscal year contains its date and lasts 365 or 366 days', () => {
      fc.assert(
        fc.property(day, fc.integer({ min: 1, max: 12 }), (n, m) => {
          const fy = fiscalYear(fromDayNumber(n), { startMonth: m });
          return isWithin(fromDayNumber(n), fy) && [365, 366].includes(daysInPeriod(fy));
        }),
      );
    });
  });
});
