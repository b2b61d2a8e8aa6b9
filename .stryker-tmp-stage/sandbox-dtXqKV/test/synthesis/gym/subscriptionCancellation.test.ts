// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { AccountingError } from '../../../src/errors/index.js';
import { parseSubscriptionCancellation, safeParseSubscriptionCancellation, subscriptionCancellationSchema } from '../../../src/schemas/subscriptionCancellation.js';
import { cancellation } from './_fixtures.js';

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccountingError) return e.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    throw e;
  }
  throw new Error('expected an AccountingError');
}

describe('subscription-cancellation schema', () => {
  it('reads the line, date, reason, credit note and refund', () => {
    const c = parseSubscriptionCancellation(cancellation);
    expect([c.invoice, c.line, c.date, c.reason, c.creditNote, c.refund]).toEqual(['inv-1', 'l1', '2025-03-31', 'Déménagement', 'av-1', 'rf-1']);
    expect(subscriptionCancellationSchema.parse({ ...cancellation, endsOn: '2025-04-30' }).endsOn).toBe('2025-04-30');
  });

  it('reports every bad field with its code and path', () => {
    expect(codes(() => parseSubscriptionCancellation({ ...cancellation, date: '2025-02-30', invoice: ' ', reason: '  ', colour: 'red' }, [4]))).toEqual(
      expect.arrayContaining(['invalid_date@4.date', 'empty_id@4.invoice', 'invalid_input@4.reason', 'unknown_field@4.colour']),
    );
    expect(codes(() => parseSubscriptionCancellation({ ...cancellation, creditNote: 'inv-1' }))).toEqual(['invalid_input@creditNote']);
    expect(codes(() => parseSubscriptionCancellation({ ...cancellation, endsOn: '31/03/2025' }))).toEqual(['invalid_date@endsOn']);
  });

  it('has a non-throwing twin', () => {
    expect(safeParseSubscriptionCancellation(cancellation).success).toBe(true);
    const r = safeParseSubscriptionCancellation({ type: 'subscription-cancellation', id: '' });
    expect(r.success).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(cancellation);
    parseSubscriptionCancellation(input);
    expect(input).toEqual(cancellation);
  });
});
