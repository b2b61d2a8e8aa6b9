// @ts-nocheck
// deferralTransactions at its edges: the labels it writes, the account width of the rules, the number range of
// nextNumbers, and each refusal with its code, path and message. Hand-written vectors (TV1: 393.15 deferred).
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/posting/index.js';
import { deferralTransactions, deferredRevenue } from '../../src/revenue/index.js';
import { tv1 } from './_fixtures.js';
import { refusal } from '../_errors.js';

const report = () => deferredRevenue([tv1()], { cutoff: '2024-12-31' });
describe('deferralTransactions: edges', () => {
  it('labels each line with its account and the cut-off, and the reversal with the cut-off', () => {
    const [deferral, reversal] = deferralTransactions(report());
    expect(deferral!.entries.map((e) => e.label)).toEqual(['PCA 706100 au 2024-12-31', 'PCA 706100 au 2024-12-31']);
    expect(reversal!.label).toBe("Extourne des produits constatés d'avance au 2024-12-31");
  });

  it('pads the accounts to the width of the rules', () => {
    const [deferral] = deferralTransactions(report(), { rules: defaultRules({ accountWidth: 8 }) });
    expect(deferral!.entries.map((e) => e.account)).toEqual(['70610000', '48700000']);
  });

  it('numbers from 0 up to 999999998, and refuses a number outside', () => {
    expect(deferralTransactions(report(), { nextNumbers: { OD: 0 } }).map((t) => t.id)).toEqual(['OD000000', 'OD000001']);
    expect(refusal(() => deferralTransactions(report(), { nextNumbers: { OD: -1 } }))).toEqual(['invalid_option', 'nextNumbers.OD', 'nextNumbers.OD must be a whole number from 0 to 999999998, received -1.']);
    expect(refusal(() => deferralTransactions(report(), { nextNumbers: { OD: 999_999_999 } }))).toEqual(['invalid_option', 'nextNumbers.OD', 'nextNumbers.OD must be a whole number from 0 to 999999998, received 999999999.']);
  });

  it('refuses rules not built by defaultRules, another cut-off and an unknown currency', () => {
    expect(refusal(() => deferralTransactions(report(), { rules: {} as never }))).toEqual(['invalid_option', 'rules', 'options.rules must be built with defaultRules() (or lockPeriod).']);
    expect(refusal(() => deferralTransactions(report(), { cutoff: '2024-11-30' }))).toEqual([
      'invalid_option',
      'cutoff',
      'The report was computed at 2024-12-31, not at 2024-11-30: compute deferredRevenue at the cut-off you post, or leave cutoff out.',
    ]);
    expect(refusal(() => deferralTransactions({ ...report(), currency: 'XYZ' } as never)).slice(0, 2)).toEqual(['unknown_currency', 'currency']);
  });
});
