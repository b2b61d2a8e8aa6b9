import { describe, expect, it } from 'vitest';
import { AccountingError, deferredRevenue } from '../../src/index.js';

describe('deferredRevenue: hostile document values', () => {
  it('reports BigInt and object values as typed issues (never a TypeError from JSON.stringify)', () => {
    const docs = [{ type: 'invoice', id: 'a', kind: 10n, status: { a: 1 }, date: 10n, lines: [{ quantity: 10n, unitPrice: 1n, vatRate: 2n, account: 3n, sessions: 1n }] }];
    try {
      deferredRevenue(docs as never, { cutoff: '2024-12-31' } as never);
      throw new Error('expected an AccountingError');
    } catch (error) {
      expect(error).toBeInstanceOf(AccountingError);
      const issues = (error as AccountingError).issues;
      expect(issues[0]).toMatchObject({ code: 'invalid_input', path: [0, 'kind'] });
      expect(issues[0].message).toContain('10n');
      expect(issues.find((i) => i.path[1] === 'status')?.message).toContain('an object');
    }
  });
});
