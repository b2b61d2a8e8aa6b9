// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { FIELD_HINTS, fromZodIssues, issue } from '../../src/errors/index.js';
import { post } from '../../src/index.js';
import { checkRunOptions, OPTIONS } from '../../src/posting/_lib/checkOptions.js';
import { toZod } from '../../src/schemas/_lib/toZod.js';
import { readOnce } from '../../src/transactions/_lib/readOnce.js';

// The zod schema `post` checked its options with until checkRunOptions replaced it: the reference of the property.
const journalCodeSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,10}$/));
const nextNumberSchema = z.int().check(z.minimum(1), z.maximum(999_999_999));
const contextSchema = z.array(z.unknown());
const startMonthSchema = z.int().check(z.minimum(1), z.maximum(12));
const draftSchema = z.boolean();
FIELD_HINTS.set(journalCodeSchema, 'a journal code of 1 to 10 letters, digits, "_" or "-"');
FIELD_HINTS.set(nextNumberSchema, 'a whole number from 1 to 999999999 (the next number of that journal)');
FIELD_HINTS.set(contextSchema, 'an array of the documents posted by earlier calls');
FIELD_HINTS.set(startMonthSchema, 'a whole month number from 1 to 12');
FIELD_HINTS.set(draftSchema, 'true (post draft entries, validated later) or false');
const optionsSchema = z.strictObject({
  nextNumbers: z.optional(z.record(journalCodeSchema, nextNumberSchema)),
  context: z.optional(contextSchema),
  resetNumbersEachFiscalYear: z.optional(z.union([z.boolean(), z.strictObject({ startMonth: startMonthSchema })])),
  draft: z.optional(draftSchema),
});
const viaZod = (options: unknown, schema: z.ZodMiniType = optionsSchema) => {
  const parsed = schema.safeParse(options);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, [], { schema, input: options }).map((i) => (i.code === 'invalid_input' ? issue('invalid_option', i.path, i.message) : i));
};

const odd = fc.constantFrom<unknown>(undefined, null, 0, 1, 12, 13, -1, 1.5, 999_999_999, 1_000_000_000, 2 ** 60, -(2 ** 60), Number.NaN, Number.POSITIVE_INFINITY, '', 'x', true, false, [], {}, { startMonth: 4 }, { startMonth: 0, x: 1 }, { startMonth: 13 }, { startMonth: 2 ** 60 }, { startMonth: -(2 ** 60) }, { startMonth: '4' });
const key = fc.oneof(fc.constantFrom('VT', 'AC', 'OD_2', 'bad key', '', 'ABCDEFGHIJK', 'constructor', '__proto__', 'x'), fc.string({ maxLength: 4 }));
const options = fc.oneof(
  odd,
  fc.record(
    {
      nextNumbers: fc.oneof(odd, fc.dictionary(key, odd, { maxKeys: 3 })),
      context: fc.oneof(odd, fc.constant([{}])),
      resetNumbersEachFiscalYear: odd,
      draft: odd,
      extra: odd,
    },
    { requiredKeys: [] },
  ),
);

describe('checkRunOptions', () => {
  it('accepts well-formed options', () => {
    expect(checkRunOptions({ nextNumbers: { VT: 7, 'OD-2': 1 }, context: [], resetNumbersEachFiscalYear: { startMonth: 7 }, draft: true })).toStrictEqual([]);
    expect(checkRunOptions({ resetNumbersEachFiscalYear: false })).toStrictEqual([]);
  });

  it('tells what to fix (invalid_option, unknown_field)', () => {
    expect(checkRunOptions({ nextNumbers: { VT: 0, 'bad key': 1 }, resetNumbersEachFiscalYear: { startMonth: 13 }, draft: 'yes', colour: 1 })).toStrictEqual([
      issue('invalid_option', ['nextNumbers', 'VT'], '"VT" must be a whole number from 1 to 999999999 (the next number of that journal): received 0.'),
      issue('invalid_option', ['nextNumbers', 'bad key'], 'Invalid key "bad key": a key here is a journal code of 1 to 10 letters, digits, "_" or "-".'),
      issue('invalid_option', ['resetNumbersEachFiscalYear', 'startMonth'], '"startMonth" must be at most 12: received 13.'),
      issue('invalid_option', ['draft'], '"draft" must be true (post draft entries, validated later) or false: received "yes".'),
      issue('unknown_field', ['colour'], 'Unknown field "colour": remove it or check its spelling.'),
    ]);
    expect(() => post([], undefined, { resetNumbersEachFiscalYear: 'yes' } as never)).toThrow('"resetNumbersEachFiscalYear" must be true or false or an object { startMonth }: received "yes".');
  });

  describe('properties', () => {
    it('agrees with the zod schema it replaced, as does the zod schema generated from its shape (toZod): same issues (codes, paths, messages, order) on arbitrary options', () => {
      fc.assert(
        fc.property(options, (raw) => {
          const read = readOnce(raw);
          if (!read.ok) return;
          expect(checkRunOptions(read.value)).toStrictEqual(viaZod(read.value));
          expect(viaZod(read.value, toZod(OPTIONS))).toStrictEqual(viaZod(read.value));
        }),
        { numRuns: Number(process.env.RUNS ?? 1000) },
      );
    });
  });
});
