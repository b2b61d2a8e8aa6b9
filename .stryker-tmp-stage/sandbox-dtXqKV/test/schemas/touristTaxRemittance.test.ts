// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseTouristTaxRemittance, safeParseTouristTaxRemittance, touristTaxRemittanceSchema } from '../../src/index.js';
import { deepFreeze, errorOf } from '../posting/_helpers.js';

const valid = { type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'transfer', amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune de Biscarrosse' } };

/** `[code, path]` of every issue of a bad remittance. */
function issues(extra: Record<string, unknown>): Array<[string, ReadonlyArray<string | number>]> {
  return errorOf(() => parseTouristTaxRemittance({ ...valid, ...extra })).issues.map((i) => [i.code, i.path]);
}

describe('tourist-tax-remittance schema', () => {
  it('accepts the minimal remittance and every optional field, returning a copy', () => {
    expect(parseTouristTaxRemittance(valid)).toEqual(valid);
    const full = { ...valid, number: 'VIR-1', currency: 'EUR', period: { from: '2024-07-01', to: '2024-09-30' }, account: '4686', reference: 'R', memo: 'M', costCenter: 'CC' };
    const input = deepFreeze(structuredClone(full));
    const out = parseTouristTaxRemittance(input);
    expect(out).toEqual(full);
    expect(out).not.toBe(input);
    expect(parseDocument(full)).toEqual(full);
    expect(touristTaxRemittanceSchema.safeParse({ ...valid, period: { from: '2024-07-01', to: '2024-07-01' } }).success).toBe(true);
  });

  it('refuses a zero or negative amount', () => {
    expect(issues({ amount: '0.00' })).toEqual([['non_positive_amount', ['amount']]]);
    expect(issues({ amount: '-8.40' })).toEqual([['negative_amount', ['amount']]]);
    expect(issues({ amount: '8,40' })).toEqual([['invalid_amount', ['amount']]]);
  });

  it('refuses a period ending before it starts (invalid_period, as other periods)', () => {
    expect(issues({ period: { from: '2024-09-30', to: '2024-07-01' } })).toEqual([['invalid_period', ['period']]]);
    expect(issues({ period: { from: '2024-02-30', to: '2024-07-01' } })).toEqual([['invalid_date', ['period', 'from']]]);
  });

  it('refuses an account that is not an account number, or not of class 4', () => {
    expect(issues({ account: '44X' })).toEqual([['invalid_account', ['account']]]);
    expect(issues({ account: 'taxe' })).toEqual([['invalid_account', ['account']]]);
    expect(issues({ account: '706100' })).toEqual([['invalid_account', ['account']]]);
    expect(issues({ collector: { ...valid.collector, account: '512' } })).toEqual([['invalid_account', ['collector', 'account']]]);
    expect(issues({ account: '4686', collector: { ...valid.collector, account: '447' } })).toEqual([['invalid_input', ['collector', 'account']]]);
  });

  it('refuses extra fields, an empty method, a rate without currency, a missing collector', () => {
    expect(issues({ customer: { id: 'C1', name: 'X' } })).toEqual([['unknown_field', ['customer']]]);
    expect(issues({ method: ' ' })).toEqual([['invalid_method', ['method']]]);
    expect(issues({ exchangeRate: '1.1' })).toEqual([['invalid_input', ['exchangeRate']]]);
    expect(issues({ collector: undefined })).toEqual([['invalid_input', ['collector']]]);
  });

  it('prefixes the path it is given, and has a non-throwing twin', () => {
    expect(() => parseTouristTaxRemittance({ ...valid, date: 'x' }, [3])).toThrow(/^\[3\]\.date/);
    const r = safeParseTouristTaxRemittance({ ...valid, id: '' });
    expect(r.success || [r.issues[0].code, r.issues[0].path]).toEqual(['empty_id', ['id']]);
    expect(safeParseTouristTaxRemittance(valid)).toEqual({ success: true, value: valid });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone({ ...valid, period: { from: '2024-07-01', to: '2024-09-30' } }));
    parseTouristTaxRemittance(input);
    expect(input).toEqual({ ...valid, period: { from: '2024-07-01', to: '2024-09-30' } });
  });

  it('a period parses iff it ends on or after its start', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(safeParseTouristTaxRemittance({ ...valid, period: { from, to } }).success).toBe(to >= from);
      }),
    );
  });
});
