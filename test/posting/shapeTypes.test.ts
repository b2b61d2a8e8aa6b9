// The documented option types and the one description each is checked against at run time (issue #13 §2: one
// source of truth for each shape): the interfaces carry the TSDoc editors show, the descriptions check values
// without zod (and generate the zod schemas). These type tests keep them naming the same fields, and every value
// the types allow having the described shape; a field added to one and not the other fails `npm run typecheck`.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { In, Out } from '../../src/schemas/_lib/shape.js';
import { OPTIONS, checkRunOptions } from '../../src/posting/_lib/checkOptions.js';
import { OVERRIDES, defaultRules, type DefaultRulesOverrides } from '../../src/posting/rules.js';
import type { PostOptions } from '../../src/posting/post.js';

/** A described shape with read-only lists and fields (the documented types take read-only values). */
type ReadOnly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<ReadOnly<U>>
    : T extends object
      ? { readonly [K in keyof T]: ReadOnly<T[K]> }
      : T;

/** Compiles only when every `A` is a `B`. */
const assignable = <A, B>(check: (a: A) => B): typeof check => check;

describe('documented option types agree with their shape descriptions', () => {
  it('PostOptions names the fields of OPTIONS, and every PostOptions value has its shape', () => {
    expectTypeOf<keyof PostOptions>().toEqualTypeOf<keyof Out<typeof OPTIONS>>();
    assignable<PostOptions, ReadOnly<In<typeof OPTIONS>>>((a) => a);
    // a worked value of every field passes the run-time check
    const options: PostOptions = { nextNumbers: { VT: 152 }, context: [], resetNumbersEachFiscalYear: { startMonth: 7 }, draft: true };
    expect(checkRunOptions(options)).toEqual([]);
  });

  it('DefaultRulesOverrides names the fields of OVERRIDES, and every DefaultRulesOverrides value has its shape', () => {
    expectTypeOf<keyof DefaultRulesOverrides>().toEqualTypeOf<keyof Out<typeof OVERRIDES>>();
    assignable<DefaultRulesOverrides, ReadOnly<In<typeof OVERRIDES>>>((a) => a);
    const overrides: DefaultRulesOverrides = { accounts: { customers: '4111' }, vatPending: '445741', paymentMethods: { 'cheque-vacances': 'vouchers' }, vatRounding: 'per-line' };
    const rules = defaultRules(overrides);
    expect([rules.accounts.customers, rules.vatRounding]).toEqual(['4111', 'per-line']);
  });
});
