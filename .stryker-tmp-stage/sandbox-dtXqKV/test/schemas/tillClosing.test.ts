// @ts-nocheck
// The till-closing (clôture de caisse, Z) and till-ticket schemas, through parseDocument as callers use them.
import { describe, expect, it } from 'vitest';
import { safeParseDocument, tillClosingSchema, tillTicketSchema } from '../../src/index.js';

const ticket = (id: string, extra: Record<string, unknown> = {}) => ({ id, lines: [{ label: 'Eau', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }], ...extra });
const closing = (extra: Record<string, unknown> = {}) => ({ type: 'till-closing', id: 'z-2024-10-15', till: 'CAISSE1', day: '2024-10-15', tickets: [ticket('t1')], ...extra });
const issuesOf = (value: unknown): string[] => {
  const r = safeParseDocument(value);
  if (r.success) throw new Error('expected a failure');
  return r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
};

describe('till-closing schema', () => {
  it('accepts a day with tickets, counted and expected cash, and keeps the optional fields', () => {
    const z = tillClosingSchema.parse(closing({ number: 'Z-42', pricesIncludeTax: false, countedCash: '2.90', expectedCash: '3.00' }));
    expect([z.till, z.number, z.pricesIncludeTax, z.countedCash, z.expectedCash, z.tickets.length]).toEqual(['CAISSE1', 'Z-42', false, '2.90', '3.00', 1]);
  });

  it('accepts a day without tickets (a till opened and closed with no sale)', () => {
    expect(safeParseDocument(closing({ tickets: [] })).success).toBe(true);
  });

  it('refuses the same ticket id twice in one closing, at the second one (invalid_input)', () => {
    expect(issuesOf(closing({ tickets: [ticket('t1'), ticket('t2'), ticket('t1')] }))).toEqual(['invalid_input@tickets.2.id']);
  });

  it('refuses a ticket without lines (invalid_input)', () => {
    expect(issuesOf(closing({ tickets: [ticket('t1', { lines: [] })] }))).toEqual(['invalid_input@tickets.0.lines']);
  });

  it('refuses negative counted cash, a zero payment and an empty payment method (the method itself is checked against the rules when posting)', () => {
    expect(issuesOf(closing({ countedCash: '-1.00' }))).toEqual(['negative_amount@countedCash']);
    expect(issuesOf(closing({ tickets: [ticket('t1', { payments: [{ method: 'cash', amount: '0' }] })] }))).toEqual(['non_positive_amount@tickets.0.payments.0.amount']);
    expect(issuesOf(closing({ tickets: [ticket('t1', { payments: [{ method: ' ', amount: '3.00' }] })] }))).toEqual(['invalid_method@tickets.0.payments.0.method']);
  });

  it('refuses an unknown field on a ticket or a payment (unknown_field)', () => {
    expect(issuesOf(closing({ tickets: [ticket('t1', { table: 4 })] }))).toEqual(['unknown_field@tickets.0.table']);
    expect(issuesOf(closing({ tickets: [ticket('t1', { payments: [{ method: 'cash', amount: '3.00', tip: '1' }] })] }))).toEqual(['unknown_field@tickets.0.payments.0.tip']);
  });

  it('checks line ids within a ticket (tillTicketSchema alone)', () => {
    const r = tillTicketSchema.safeParse(ticket('t1', { lines: [{ id: 'a', label: 'Eau', quantity: '1', unitPrice: '1.50', vatRate: '5.5' }, { id: 'a', label: 'Eau', quantity: '1', unitPrice: '1.50', vatRate: '5.5' }] }));
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('lines.1.id');
  });
});
