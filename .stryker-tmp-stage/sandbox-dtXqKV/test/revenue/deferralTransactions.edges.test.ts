// @ts-nocheck
// Edges of deferralTransactions (the PCA entry at the cut-off, Dt 706 / Ct 487, and its extourne the
// day after) the main tests leave open: the labels, the range of nextNumbers, the paths and messages
// of the refusals, a zero-decimal book currency and padded account numbers.
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/posting/index.js';
import { deferralTransactions, deferredRevenue } from '../../src/revenue/index.js';
import { errorOf, invoice, tv1 } from './_fixtures.js';

const report = () => deferredRevenue([tv1()], { cutoff: '2024-12-31' });
const rows = (tx: { entries: ReadonlyArray<{ account: string; side: string; amount: { toFixed(n?: number): string }; label?: string }> }, scale = 2) =>
  tx.entries.map((e) => [e.account, e.side, e.amount.toFixed(scale), e.label]);

describe('deferralTransactions: labels', () => {
  it('labels each entry with the account and the cut-off, and the reversal as the extourne of the deferral', () => {
    const [deferral, reversal] = deferralTransactions(report());
    expect(rows(deferral!)).toEqual([
      ['706100', 'debit', '393.15', 'PCA 706100 au 2024-12-31'],
      ['487', 'credit', '393.15', 'PCA 706100 au 2024-12-31'],
    ]);
    expect(reversal!.label).toBe("Extourne des produits constatés d'avance au 2024-12-31");
    expect([reversal!.journal, reversal!.piece.ref]).toEqual(['OD', 'PCA2024-12-31']);
  });
});

describe('deferralTransactions: nextNumbers', () => {
  it('numbers from 1 when nextNumbers has no own entry for the general journal', () => {
    expect(deferralTransactions(report(), { nextNumbers: { VT: 7 } }).map((t) => t.id)).toEqual(['OD000001', 'OD000002']);
    const inherited = Object.create({ OD: 7 }) as Record<string, number>;
    expect(deferralTransactions(report(), { nextNumbers: inherited }).map((t) => t.id)).toEqual(['OD000001', 'OD000002']);
  });

  it('accepts 0 and 999999998, the first and last numbers that leave room for the reversal', () => {
    expect(deferralTransactions(report(), { nextNumbers: { OD: 0 } }).map((t) => t.id)).toEqual(['OD000000', 'OD000001']);
    expect(deferralTransactions(report(), { nextNumbers: { OD: 999_999_998 } }).map((t) => t.id)).toEqual(['OD999999998', 'OD999999999']);
  });

  it('refuses a number below 0, from 999999999, or not whole, with its path and message', () => {
    for (const bad of [-1, 999_999_999, 1_000_000_000, 1.5, Number.NaN]) {
      const e = errorOf(() => deferralTransactions(report(), { nextNumbers: { OD: bad } }));
      expect([e.issues[0].code, e.issues[0].path]).toEqual(['invalid_option', ['nextNumbers', 'OD']]);
      expect(e.issues[0].message).toBe(`nextNumbers.OD must be a whole number from 0 to 999999998, received ${String(bad)}.`);
    }
  });
});

describe('deferralTransactions: refusals', () => {
  it('refuses rules not built by defaultRules at options.rules', () => {
    const e = errorOf(() => deferralTransactions(report(), { rules: { ...defaultRules() } }));
    expect([e.issues[0].code, e.issues[0].path, e.issues[0].message]).toEqual(['invalid_option', ['rules'], 'options.rules must be built with defaultRules() (or lockPeriod).']);
  });

  it('refuses a cut-off other than the report’s at options.cutoff, saying both dates', () => {
    const e = errorOf(() => deferralTransactions(report(), { cutoff: '2025-01-01' }));
    expect([e.issues[0].code, e.issues[0].path]).toEqual(['invalid_option', ['cutoff']]);
    expect(e.issues[0].message).toBe('The report was computed at 2024-12-31, not at 2025-01-01: compute deferredRevenue at the cut-off you post, or leave cutoff out.');
  });

  it('refuses a report in an unknown currency at currency', () => {
    const e = errorOf(() => deferralTransactions({ ...report(), currency: 'XXZ' as never }));
    expect([e.issues[0].code, e.issues[0].path]).toEqual(['unknown_currency', ['currency']]);
  });
});

describe('deferralTransactions: currency and account width', () => {
  it('posts a yen book without decimals', () => {
    const rules = defaultRules({ currency: 'JPY' });
    const yen = deferredRevenue([invoice('jp', '2024-10-15', [{ unitPrice: '60000', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], { cutoff: '2024-12-31', rules });
    const [deferral] = deferralTransactions(yen, { rules });
    // 50000 × 287 / 365 = 39315.07 → 39315.
    expect([deferral!.currency, ...rows(deferral!, 0).map((r) => r.slice(0, 3).join(' '))]).toEqual(['JPY', '706100 debit 39315', '487 credit 39315']);
  });

  it('pads the revenue and 487 accounts to the rules’ account width', () => {
    const rules = defaultRules({ accountWidth: 8 });
    const [deferral, reversal] = deferralTransactions(report(), { rules });
    expect(rows(deferral!).map((r) => r.slice(0, 3))).toEqual([
      ['70610000', 'debit', '393.15'],
      ['48700000', 'credit', '393.15'],
    ]);
    expect(rows(reversal!).map((r) => r.slice(0, 2))).toEqual([
      ['70610000', 'credit'],
      ['48700000', 'debit'],
    ]);
  });
});
