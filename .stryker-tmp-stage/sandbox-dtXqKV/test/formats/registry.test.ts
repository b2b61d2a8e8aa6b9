// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { AccountingError, createRegistry, defineFormat, formatKey, formats } from '../../src/index.js';

describe('formats registry', () => {
  it('lists every built-in once, each reachable by id and by its camelCase property', () => {
    const ids = formats.list().map((f) => f.id);
    expect(ids).toEqual([
      'fec', 'quadratus', 'ciel', 'cegid', 'coala', 'ebp', 'ledger', 'beancount', 'pain.008', 'cii', 'e-reporting-xml',
      'csv-sales-journal', 'csv-sales-journal-by-day', 'csv-receipts-journal', 'csv-bank-journal',
      'csv-trial-balance', 'csv-customer-trial-balance', 'csv-deferred-revenue', 'csv-monthly-ledger', 'csv-subledger',
      'csv-general-ledger', 'csv-purchases-journal', 'csv-vat-synthesis', 'csv-aged-receivables', 'csv-till-closings',
      'csv-gym-subscription-sales', 'csv-gym-sessions-sold', 'csv-gym-active-subscriptions', 'csv-gym-expiring-subscriptions',
      'csv-gym-cancellations', 'csv-gym-invoices', 'csv-gym-payments', 'csv-gym-voucher-usages', 'csv-gym-direct-debits',
      'csv-gym-direct-debit-batch', 'csv-gym-rejections', 'csv-gym-new-direct-debit-customers', 'csv-gym-incidents-by-method',
      'csv-gym-members-in-incident', 'csv-gym-customer-balances', 'csv-gym-unpaid', 'csv-gym-dashboard',
      'csv-accounting-synthesis', 'csv-synthesis-documents', 'csv-pos-figures', 'csv-vat-return', 'csv-accruals',
    ]);
    for (const f of formats.list()) {
      expect(formats.get(f.id)).toBe(f);
      expect((formats as unknown as Record<string, unknown>)[formatKey(f.id)]).toBe(f);
      expect(typeof f.mediaType).toBe('string');
    }
    expect(formats.pain008.id).toBe('pain.008');
  });

  it('is immutable: with() returns a new registry and refuses a duplicate id', () => {
    const custom = defineFormat<string, undefined>({
      id: 'csv-echo',
      mediaType: 'text/csv',
      description: 'Echo',
      fileName: () => 'echo.csv',
      *chunks(input: string) {
        yield input;
      },
    });
    const more = formats.with(custom);
    expect(more.get('csv-echo')).toBe(custom);
    expect(more.get('csv-echo').serialize('a;b')).toBe('a;b');
    expect(() => formats.get('csv-echo')).toThrow(AccountingError);
    try {
      formats.get('csv-echo');
    } catch (e) {
      expect((e as AccountingError).code).toBe('unknown_format');
    }
    try {
      more.with(custom);
      expect.unreachable();
    } catch (e) {
      expect((e as AccountingError).code).toBe('duplicate_format');
    }
    expect(Object.isFrozen(formats)).toBe(true);
    expect(createRegistry([]).list()).toEqual([]);
  });
});
