// @ts-nocheck
// The option checks shared by the revenue reports: the method, the rules and rounding, the cut-off (codes, paths, messages).
import { describe, expect, it } from 'vitest';
import { AccountingError, defaultRules } from '../../src/index.js';
import { checkMethod, DEFERRAL_METHODS } from '../../src/revenue/_lib/methods.js';
import { commonOptions, cutoffOption } from '../../src/revenue/_lib/options.js';
import { toDayNumber } from '../../src/calendar/index.js';

const issueOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof AccountingError)) throw e;
    const i = e.issues[0]!;
    return { code: i.code, path: i.path, message: i.message };
  }
  throw new Error('expected an AccountingError');
};

describe('revenue options', () => {
  it('checkMethod: days by default, the four methods, anything else refused with the list', () => {
    expect(checkMethod(undefined)).toBe('days');
    for (const m of DEFERRAL_METHODS) expect(checkMethod(m)).toBe(m);
    const message = 'use one of "days", "months", "30/360", "sessions".';
    expect(issueOf(() => checkMethod('weeks'))).toEqual({ code: 'invalid_method', path: ['method'], message: `Unknown deferral method "weeks": ${message}` });
    expect(issueOf(() => checkMethod(30, ['options', 'method']))).toEqual({ code: 'invalid_method', path: ['options', 'method'], message: `Unknown deferral method 30: ${message}` });
    expect(issueOf(() => checkMethod(['days'])).code).toBe('invalid_method');
  });

  it('commonOptions: the default rules, their rounding and the euro scale; rules not built by defaultRules refused', () => {
    const rules = defaultRules();
    expect(commonOptions({})).toEqual({ rules, rounding: rules.rounding, scale: 2 });
    expect(commonOptions({ rounding: 'toward-zero' }).rounding).toBe('toward-zero');
    expect(issueOf(() => commonOptions({ rules: { ...rules } }))).toEqual({ code: 'invalid_option', path: ['rules'], message: 'options.rules must be built with defaultRules() (or lockPeriod).' });
  });

  it('cutoffOption: the date and its day number; a missing cut-off refused at its path', () => {
    expect(cutoffOption('2024-12-31')).toEqual({ date: '2024-12-31', day: toDayNumber('2024-12-31') });
    const message = 'Give the cut-off date (the closing date, e.g. "2024-12-31") as options.cutoff.';
    expect(issueOf(() => cutoffOption(undefined))).toEqual({ code: 'invalid_date', path: ['cutoff'], message });
    expect(issueOf(() => cutoffOption(undefined, ['options', 'cutoff']))).toEqual({ code: 'invalid_date', path: ['options', 'cutoff'], message });
    expect(issueOf(() => cutoffOption('2024-02-30')).code).toBe('invalid_date');
  });
});
