// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultChart, defaultRules } from '../../src/index.js';
import { fromZodIssues } from '../../src/errors/index.js';
import { OVERRIDES } from '../../src/posting/rules.js';
import { rulesOverridesSchema } from '../../src/posting/_lib/rulesSchema.js';
import { checkShape } from '../../src/schemas/_lib/shape.js';

/** The reference: the zod schema the CLI's rules file is read with, through fromZodIssues. */
const viaZod = (input: unknown) => {
  const r = rulesOverridesSchema.safeParse(input);
  return r.success ? { value: r.data } : { issues: fromZodIssues(r.error.issues, [], { schema: rulesOverridesSchema, input }) };
};

const odd = fc.constantFrom<unknown>(undefined, null, 0, 1, 6, 12, 13, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '', 'EUR', '512100', 'bank', 'goods', 'half-even', 'per-line', 'on-invoice', true, [], ['20', 5], {}, { account: '512', journal: 'bank', clearing: true, label: 'x' }, { journal: 'nope' }, { clearing: 'yes', x: 1 }, { 20: '445711' }, { 20: 5 });
const key = fc.constantFrom('20', '5.5', 'card', 'bank', 'customers', 'sales', 'x', '__proto__', 'constructor');
const value = fc.oneof(odd, fc.dictionary(key, odd, { maxKeys: 3 }));
const overrides = fc.oneof(
  odd,
  fc.record(
    {
      currency: value, chart: fc.oneof(odd, fc.constant(defaultChart())), accounts: value, vatCollected: value, vatPending: value, journals: value, paymentMethods: value, vatRates: value,
      vatRounding: value, rounding: value, vatExigibility: value, natures: value, rebilledFeesVatRate: value, lockedUntil: value, closedThrough: value, accountWidth: value,
      fiscalYearStartMonth: value, extra: value,
    },
    { requiredKeys: [] },
  ),
);

describe('the rules overrides shape (OVERRIDES)', () => {
  it('tells what to fix, as the zod schema did', () => {
    expect(() => defaultRules({ fiscalYearStartMonth: 13 })).toThrow('"fiscalYearStartMonth" must be a whole month number from 1 to 12: received 13.');
    expect(() => defaultRules({ paymentMethods: { card: { journal: 'nope' as never } } })).toThrow('"card" must be a string or an object { account?, journal?, clearing?, label? }: received an object.');
    expect(() => defaultRules({ paymentMethods: { card: { label: 'Carte', x: 1 } as never } })).toThrow('Unknown field "x": remove it or check its spelling.');
    expect(() => defaultRules({ chart: {} as never })).toThrow('expected a Chart (createChart, defaultChart)');
  });

  it('describes the same fields as the zod schema, in the same order', () => {
    const shape = (rulesOverridesSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
    expect(Object.keys((OVERRIDES as { fields: Record<string, unknown> }).fields)).toStrictEqual(Object.keys(shape));
  });

  describe('properties', () => {
    it('agrees with the zod schema: same acceptance, same parsed overrides, same issues (codes, paths, messages, order)', () => {
      fc.assert(
        fc.property(overrides, (input) => {
          expect(checkShape(OVERRIDES, input)).toStrictEqual(viaZod(input));
        }),
        { numRuns: Number(process.env.RUNS ?? 1000) },
      );
    });
  });
});
