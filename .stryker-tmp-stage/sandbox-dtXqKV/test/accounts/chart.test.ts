// @ts-nocheck
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountNumber, createChart, createJournals, DEFAULT_JOURNALS, defaultChart, normalBalance, pcgKind, PCG_ACCOUNTS } from '../../src/index.js';
import { codeOf } from '../_errors.js';

describe('chart of accounts', () => {
  it('covers sub-accounts by prefix, inheriting the label', () => {
    const chart = defaultChart();
    expect(chart.find('706100')).toEqual({ number: '706100', label: 'Prestations de services', class: 7, kind: 'income', normalBalance: 'credit', listedAs: '706' });
    expect(chart.find('4191')?.kind).toBe('liability');
    expect(chart.find('411000')?.normalBalance).toBe('debit');
    expect(chart.find('999999')).toBeUndefined();
    expect(chart.covers('512001')).toBe(true);
    expect(codeOf(() => chart.get('999999'))).toBe('unknown_account');
  });

  it('lists every account the default rules name', () => {
    const chart = defaultChart();
    for (const n of ['445711', '445712', '445713', '445714', '44574', '44566', '4458', '4191', '447', '5112', '5115', '4671', '627', '658', '758', '6541', '401', '411', '512', '530', '666', '766', '487', '120', '129', '101']) {
      expect(chart.accounts.some((a) => a.number === n), n).toBe(true);
    }
    expect(chart.accounts.length).toBe(PCG_ACCOUNTS.length);
  });

  it('defaultChart is createChart of PCG_ACCOUNTS (listed without its checks, for the bundle size)', () => {
    const definitions = PCG_ACCOUNTS.map(([number, label]) => ({ number, label }));
    for (const width of [undefined, 6, 7, 10, 20]) {
      const expected = createChart(definitions, width === undefined ? {} : { accountWidth: width });
      const chart = defaultChart(width === undefined ? {} : { accountWidth: width });
      expect(chart.accounts, String(width)).toEqual(expected.accounts);
      expect(chart.accountWidth).toBe(expected.accountWidth);
      for (const n of ['411', '4110', '411000', '445711', '4457110', '706100', '7061', '999', '41', '530', '5300']) expect(chart.find(n), `${width} ${n}`).toEqual(expected.find(n));
    }
    const errors = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (error) {
        return (error as { issues: unknown }).issues;
      }
      return undefined;
    };
    for (const width of [3, 4, 5, 2, 21, 6.5]) {
      const issues = errors(() => defaultChart({ accountWidth: width }));
      expect(issues, String(width)).toBeDefined();
      expect(issues).toEqual(errors(() => createChart(definitions, { accountWidth: width })));
    }
  });

  it('builds custom charts, extending another', () => {
    const chart = createChart([{ number: '706100', label: 'Abonnements' }, { number: '471', label: 'Attente', kind: 'asset' }], { base: defaultChart() });
    expect(chart.find('706100')?.label).toBe('Abonnements');
    expect(chart.find('7061005')?.label).toBe('Abonnements');
    expect(chart.find('706200')?.label).toBe('Prestations de services');
    expect(chart.find('471')?.kind).toBe('asset');
    expect(codeOf(() => createChart([{ number: '70', label: 'x' }]))).toBe('invalid_account');
    expect(codeOf(() => createChart([{ number: '706', label: 'x' }, { number: '706', label: 'y' }]))).toBe('duplicate_account');
  });

  it('checks account numbers', () => {
    expect(accountNumber('411000')).toBe('411000');
    expect(codeOf(() => accountNumber('41'))).toBe('invalid_account');
    expect(codeOf(() => accountNumber('ABC123'))).toBe('invalid_account');
  });

  it('knows the usual kinds and normal balances', () => {
    expect(['101', '164', '2154', '31', '401', '411', '4191', '44566', '445711', '487', '486', '512', '606', '706'].map(pcgKind)).toEqual([
      'equity', 'liability', 'asset', 'asset', 'liability', 'asset', 'liability', 'asset', 'liability', 'liability', 'asset', 'asset', 'expense', 'income',
    ]);
    expect(normalBalance('income')).toBe('credit');
  });

  it('checks journal lists', () => {
    expect(DEFAULT_JOURNALS.map((j) => j.code)).toEqual(['VT', 'AC', 'BQ', 'CA', 'OD', 'AN']);
    expect(createJournals([...DEFAULT_JOURNALS, { code: 'BQ2', label: 'Banque 2', kind: 'bank' }])).toHaveLength(7);
    expect(codeOf(() => createJournals([...DEFAULT_JOURNALS, { code: 'VT', label: 'x', kind: 'sales' }]))).toBe('duplicate_journal');
    expect(codeOf(() => createJournals([{ code: 'V T', label: 'x', kind: 'sales' }]))).toBe('invalid_input');
  });

  describe('properties', () => {
    it('a covered account is found under its longest listed prefix', () => {
      const chart = defaultChart();
      fc.assert(
        fc.property(fc.constantFrom(...PCG_ACCOUNTS.map(([n]) => n)), fc.stringMatching(/^[0-9]{0,5}$/), (listed, suffix) => {
          const found = chart.find(listed + suffix)!;
          return found.listedAs.length >= listed.length && (listed + suffix).startsWith(found.listedAs);
        }),
      );
    });
  });
});
