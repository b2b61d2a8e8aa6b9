// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDaysInMonth } from 'date-fns';
import { daysInMonth, isIsoDate } from '../../src/calendar/index.js';

// The former implementation (regex + date-fns per date), kept as the oracle.
const OLD_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function oldDaysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const probe = new Date(2000, 1, 1);
  probe.setFullYear(year, 1, 1);
  return getDaysInMonth(probe);
}
function oldIsIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = OLD_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= oldDaysInMonth(y, mo);
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
/** Date-shaped strings, valid or not: any 4-digit year, month 0–19, day 0–39. */
const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
/** A date-shaped string with one character replaced (digits, separators, non-ASCII digits, spaces…). */
const mutated = fc.tuple(dateLike, fc.nat(9), fc.constantFrom('-', '/', ' ', 'a', '0', '9', '٣', '\n', '+', '.', '１')).map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));

describe('isIsoDate (char codes) agrees with the regex + date-fns implementation', () => {
  it('same answer on date-shaped strings', () => {
    fc.assert(fc.property(dateLike, (s) => isIsoDate(s) === oldIsIsoDate(s)), { numRuns: 20_000 });
  });
  it('same answer on mutated date strings', () => {
    fc.assert(fc.property(mutated, (s) => isIsoDate(s) === oldIsIsoDate(s)), { numRuns: 20_000 });
  });
  it('same answer on arbitrary strings and values', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.anything()), (v) => isIsoDate(v) === oldIsIsoDate(v)), { numRuns: 5_000 });
  });
  it('every real date of years 1–9999 is accepted, with its neighbours on either side of the month end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = oldDaysInMonth(y, m);
        return isIsoDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(last, 2)}`) && !isIsoDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(last + 1, 2)}`);
      }),
      { numRuns: 5_000 },
    );
  });
  it('daysInMonth agrees with date-fns', () => {
    fc.assert(fc.property(fc.integer({ min: -9999, max: 99999 }), fc.integer({ min: 1, max: 12 }), (y, m) => daysInMonth(y, m) === oldDaysInMonth(y, m)), { numRuns: 20_000 });
    for (const y of [1900, 2000, 2023, 2024, 2100, 1600, 0, -4]) expect(daysInMonth(y, 2)).toBe(oldDaysInMonth(y, 2));
  });
  it('refuses padded, signed and non-ASCII forms', () => {
    for (const s of [' 2024-01-01', '2024-01-01 ', '2024-01-01\n', '+2024-01-01', '２024-01-01', '2024-1-01', '10000-01-01', '0000-12-31']) {
      expect(isIsoDate(s)).toBe(false);
      expect(oldIsIsoDate(s)).toBe(false);
    }
  });
});
