// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { post, safePost } from '../../src/index.js';
import { invoice, line, payment } from './_helpers.js';
import { vatOnInvoice } from '../_rules.js';

const edf = { id: 'F0001', name: 'EDF' };
const purchase = (id: string, ttc: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'purchase', id, number: `FF-${id}`, date: '2024-01-10', supplier: edf, pricesIncludeTax: true,
  lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: ttc, vatRate: '20' }], ...extra,
});
const good = invoice('ok', '2024-01-10', [line('12.00')]);

describe('zero-total documents', () => {
  const cases: ReadonlyArray<[string, Record<string, unknown>]> = [
    ['a free invoice', invoice('z', '2024-01-10', [line('0.00')])],
    ['lines of +10 / −10 on one account', invoice('z', '2024-01-10', [line('10.00'), line('-10.00')])],
    ['a 0.01 × 0.4 line (rounds to 0.00)', invoice('z', '2024-01-10', [line('0.01', '20', { quantity: '0.4' })])],
    ['a zero deposit invoice', invoice('z', '2024-01-10', [line('0.00')], { kind: 'deposit' })],
    ['a free invoice later cancelled', invoice('z', '2024-01-10', [line('0.00')], { status: 'cancelled', cancelledOn: '2024-01-12' })],
    ['a zero purchase', purchase('z', '0.00')],
    ['a zero supplier credit note', purchase('z', '0.00', { kind: 'credit-note' })],
    ['a zero till closing', { type: 'till-closing', id: 'z', till: 'C', day: '2024-01-10', tickets: [{ id: 't', lines: [{ label: 'x', quantity: '1', unitPrice: '0.00', vatRate: '20' }], payments: [] }] }],
  ];

  it.each(cases)('%s posts nothing and is skipped as zero-total; the other documents of the call post', (_, doc) => {
    const r = safePost([doc, good], vatOnInvoice);
    expect(r.failures).toEqual([]);
    expect(r.skipped).toEqual([{ index: 0, id: 'z', reason: 'zero-total' }]);
    expect(r.transactions.map((t) => t.source?.documentId)).toEqual(['ok']);
    expect(post([good, doc], vatOnInvoice).skipped).toEqual([{ index: 1, id: 'z', reason: 'zero-total' }]);
  });

  it('keeps lines that cancel out across accounts (706 / 709): their entries are not zero', () => {
    const r = post([invoice('z', '2024-01-10', [line('10.00'), line('-10.00', '20', { account: '709000' })])], vatOnInvoice);
    expect(r.skipped).toEqual([]);
    expect(r.transactions[0]!.entries.map((e) => `${e.account} ${e.side} ${e.amount.toFixed(2)}`)).toEqual(['706100 credit 8.33', '709000 debit 8.33']);
  });

  it('a final invoice deducting a zero deposit posts, the deposit is skipped', () => {
    const r = post([invoice('d', '2024-01-05', [line('0.00')], { kind: 'deposit' }), invoice('f', '2024-01-10', [line('120.00')], { deducts: ['d'] })], vatOnInvoice);
    expect(r.skipped).toEqual([{ index: 0, id: 'd', reason: 'zero-total' }]);
    expect(r.transactions).toHaveLength(1);
  });

  it('a payment of 0.00 on a free invoice is refused (non_positive_amount), the invoice is skipped', () => {
    const r = safePost([invoice('z', '2024-01-10', [line('0.00')]), payment('p', '2024-01-11', '0.00', [['z', '0.00']])], vatOnInvoice);
    expect(r.skipped).toEqual([{ index: 0, id: 'z', reason: 'zero-total' }]);
    expect(r.failures.map((f) => [f.index, f.issues[0].code])).toEqual([[1, 'non_positive_amount']]);
  });

  describe('properties', () => {
    it('safePost never throws on invoices whose lines sum to zero: each posts balanced, is skipped as zero-total or fails typed, and never takes the call down', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 4 }), fc.constantFrom('0.4', '1', '3'), (cents, qty) => {
          const lines = cents.map((c) => line((c / 100).toFixed(2), '20', { quantity: qty }));
          lines.push(line((-cents.reduce((s, c) => s + c, 0) / 100).toFixed(2), '20', { quantity: qty }));
          const r = safePost([invoice('z', '2024-01-10', lines), good], vatOnInvoice);
          // Rounding each line may leave the total a cent below zero: a typed failure of that document only.
          expect(r.failures.map((f) => `${f.index} ${f.issues[0].code}`).filter((x) => x !== '0 negative_amount')).toEqual([]);
          for (const t of r.transactions) expect(t.entries.reduce((s, e) => s + (e.side === 'debit' ? e.minor : -e.minor), 0)).toBe(0);
          expect(r.transactions.some((t) => t.source?.documentId === 'ok')).toBe(true);
          expect(r.transactions.length + r.skipped.length + r.failures.length).toBe(2);
        }),
        { numRuns: 100 },
      );
    });
  });
});
