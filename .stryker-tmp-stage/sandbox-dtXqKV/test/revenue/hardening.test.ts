// @ts-nocheck
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

describe('deferredRevenue: every invoice field it reads is checked, each with its code and path', () => {
  const good = {
    type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', date: '2024-10-15', customer: { id: 'C1', name: 'DUPONT' },
    lines: [{ id: 'l1', label: 'Abonnement', quantity: '1', unitPrice: '600.00', vatRate: '20', servicePeriod: { from: '2024-10-15', to: '2025-10-14' } }],
  };
  const line = (extra: Record<string, unknown>) => ({ ...good, lines: [{ ...good.lines[0], ...extra }] });
  const issuesOf = (docs: unknown[], options: Record<string, unknown> = {}): string[] => {
    try {
      deferredRevenue(docs as never, { cutoff: '2024-12-31', ...options } as never);
    } catch (error) {
      if (error instanceof AccountingError) return error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
      throw error;
    }
    throw new Error('expected an AccountingError');
  };

  it('accepts the good invoice (the cases below differ from it by one field)', () => {
    expect(deferredRevenue([good] as never, { cutoff: '2024-12-31' } as never).lines).toHaveLength(1);
  });

  it.each<[string, unknown, string]>([
    ['a document that is not an object', 42, 'invalid_input@0'],
    ['a blank id', { ...good, id: ' ' }, 'empty_id@0.id'],
    ['a cancelled invoice without cancelledOn', { ...good, status: 'cancelled' }, 'invalid_input@0.cancelledOn'],
    ['a cancelled invoice with a bad cancelledOn', { ...good, status: 'cancelled', cancelledOn: '2024-02-30' }, 'invalid_date@0.cancelledOn'],
    ['pricesIncludeTax that is not a boolean', { ...good, pricesIncludeTax: 'yes' }, 'invalid_input@0.pricesIncludeTax'],
    ['an unknown currency', { ...good, currency: 'XYZ', exchangeRate: '1' }, 'unknown_currency@0.currency'],
    ['a foreign currency without its rate', { ...good, currency: 'USD' }, 'missing_exchange_rate@0.exchangeRate'],
    ['no customer', { ...good, customer: undefined }, 'invalid_input@0.customer'],
    ['no lines', { ...good, lines: [] }, 'invalid_input@0.lines'],
    ['a line that is not an object', { ...good, lines: ['x'] }, 'invalid_input@0.lines.0'],
    ['a line without label', line({ label: 5 }), 'invalid_input@0.lines.0.label'],
    ['a blank line id', line({ id: '' }), 'empty_id@0.lines.0.id'],
    ['a bad quantity', line({ quantity: '1,5' }), 'invalid_amount@0.lines.0.quantity'],
    ['a bad unit price', line({ unitPrice: 600 }), 'invalid_amount@0.lines.0.unitPrice'],
    ['a bad VAT rate', line({ vatRate: '20%' }), 'invalid_rate@0.lines.0.vatRate'],
    ['a bad account', line({ account: '70' }), 'invalid_account@0.lines.0.account'],
    ['a fractional number of sessions', line({ sessions: 2.5 }), 'invalid_input@0.lines.0.sessions'],
    ['a service period that is not an object', line({ servicePeriod: '2024' }), 'invalid_period@0.lines.0.servicePeriod'],
    ['a service period with bad dates', line({ servicePeriod: { from: '2024-13-01', to: 'x' } }), 'invalid_date@0.lines.0.servicePeriod.from'],
    ['a service period ending before it starts', line({ servicePeriod: { from: '2025-01-01', to: '2024-12-31' } }), 'invalid_period@0.lines.0.servicePeriod'],
  ])('refuses %s', (_, doc, issue) => {
    expect(issuesOf([doc])).toContain(issue);
  });

  it('refuses session usages of a line that sold no sessions, of an unknown line or invoice, and the same usage id twice', () => {
    const usage = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'session-usage', id, invoice: 'inv-1', line: 'l1', date: '2024-11-02', ...extra });
    expect(issuesOf([good, usage('u1')])).toEqual(['invalid_usage@1.line']);
    expect(issuesOf([good, usage('u1', { line: 'l9' })])).toEqual(['invalid_usage@1.line']);
    expect(issuesOf([good, usage('u1', { invoice: 'inv-9' })])).toEqual(['unknown_document@1.invoice']);
    const pack = line({ sessions: 10, servicePeriod: undefined });
    expect(issuesOf([pack, usage('u1'), usage('u1')])).toEqual(['duplicate_document@2.id']);
    expect(issuesOf([pack], { usage: [usage('u1', { date: 'x' })] })).toEqual(['invalid_date@usage.0.date']);
  });
});
