// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBook, trialBalance } from '../../src/index.js';
import { defaultRules } from '../../src/posting/index.js';
import { deferralTransactions, deferredRevenue } from '../../src/revenue/index.js';
import { codeOf, dateArb, deepFreeze, invoice, invoicesArb, methodArb, tv1 } from './_fixtures.js';

const rows = (tx: { entries: ReadonlyArray<{ account: string; side: string; amount: { toFixed(n: number): string } }> }) => tx.entries.map((e) => [e.account, e.side, e.amount.toFixed(2)]);

describe('deferralTransactions', () => {
  it('pins TV1: OD on the cut-off, Dt 706100 / Ct 487 393.15, reversed the next day', () => {
    const [deferral, reversal, ...rest] = deferralTransactions(deferredRevenue([tv1()], { cutoff: '2024-12-31' }), { cutoff: '2024-12-31' });
    expect(rest).toEqual([]);
    expect([deferral!.id, deferral!.journal, deferral!.date, deferral!.type, deferral!.piece.ref]).toEqual(['OD000001', 'OD', '2024-12-31', 'deferral', 'PCA2024-12-31']);
    expect(deferral!.label).toBe("Produits constatés d'avance au 2024-12-31");
    expect(rows(deferral!)).toEqual([
      ['706100', 'debit', '393.15'],
      ['487', 'credit', '393.15'],
    ]);
    expect([reversal!.id, reversal!.date, reversal!.type, reversal!.reverses]).toEqual(['OD000002', '2025-01-01', 'reversal', 'OD000001']);
    expect(rows(reversal!)).toEqual([
      ['706100', 'credit', '393.15'],
      ['487', 'debit', '393.15'],
    ]);
  });

  it('has one line pair per revenue account, the other way round when credit notes prevail, and follows the rules', () => {
    const period = { servicePeriod: { from: '2024-10-15', to: '2025-10-14' } };
    const docs = [tv1(), invoice('av', '2024-11-01', [{ account: '706200', ...period }], { kind: 'credit-note' }), invoice('x', '2024-11-01', [{ account: '706300', unitPrice: '0.00', ...period }])];
    const rules = defaultRules({ vatExigibility: 'on-invoice', journals: { general: 'ODP' }, accounts: { deferredRevenue: '487000' } });
    const [deferral, reversal] = deferralTransactions(deferredRevenue(docs, { cutoff: '2024-12-31' }), { rules, nextNumbers: { ODP: 41 }, pieceRef: 'PCA2024' });
    expect([deferral!.id, reversal!.id, deferral!.piece.ref]).toEqual(['ODP000041', 'ODP000042', 'PCA2024']);
    expect(rows(deferral!)).toEqual([
      ['706100', 'debit', '393.15'],
      ['487000', 'credit', '393.15'],
      ['706200', 'credit', '393.15'],
      ['487000', 'debit', '393.15'],
    ]);
  });

  it('posts nothing when nothing is deferred', () => {
    expect(deferralTransactions(deferredRevenue([tv1()], { cutoff: '2025-12-31' }))).toEqual([]);
  });

  it('reports bad input', () => {
    const report = deferredRevenue([tv1()], { cutoff: '2024-12-31' });
    expect(codeOf(() => deferralTransactions(report, { cutoff: '2024-11-30' }))).toBe('invalid_option');
    expect(codeOf(() => deferralTransactions(report, { cutoff: '2024-11-31' }))).toBe('invalid_date');
    expect(codeOf(() => deferralTransactions(report, { rules: {} as never }))).toBe('invalid_option');
    expect(codeOf(() => deferralTransactions(report, { nextNumbers: { OD: -1 } }))).toBe('invalid_option');
    const odd = deferredRevenue([invoice('z', '2024-10-15', [{ account: '799999', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }])], { cutoff: '2024-12-31' });
    expect(codeOf(() => deferralTransactions(odd))).toBe('unknown_account');
  });

  it('does not mutate the report', () => {
    const report = deepFreeze(deferredRevenue([tv1()], { cutoff: '2024-12-31' }));
    const before = JSON.stringify(report);
    deferralTransactions(report);
    expect(JSON.stringify(report)).toBe(before);
  });

  describe('properties', () => {
    it('balances: the deferral moves each revenue account by its deferred amount, and its reversal nets it to zero', () => {
      fc.assert(
        fc.property(invoicesArb, dateArb, methodArb, (docs, cutoff, method) => {
          const report = deferredRevenue(docs, { cutoff, method });
          const txs = deferralTransactions(report);
          if (report.accounts.every((a) => a.deferred.isZero())) {
            expect(txs).toEqual([]);
            return;
          }
          const [deferral, reversal] = txs;
          const tb = trialBalance(createBook([deferral!]));
          expect(tb.totals.movements.debit.equals(tb.totals.movements.credit)).toBe(true);
          for (const a of report.accounts) {
            const row = tb.rows.find((r) => r.account === a.account);
            const net = row ? row.closing.debit.minus(row.closing.credit) : undefined;
            if (a.deferred.isZero()) expect(row).toBeUndefined();
            else expect(net!.equals(a.deferred)).toBe(true);
          }
          const row487 = tb.rows.find((r) => r.account === '487')!;
          expect(row487.closing.credit.minus(row487.closing.debit).equals(report.totals.deferred)).toBe(true);
          const both = trialBalance(createBook([deferral!, reversal!]));
          for (const r of both.rows) expect(r.closing.debit.isZero() && r.closing.credit.isZero()).toBe(true);
        }),
      );
    });
  });
});
