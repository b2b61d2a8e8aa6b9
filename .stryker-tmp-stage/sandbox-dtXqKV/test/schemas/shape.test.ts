// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fromZodIssues, issue } from '../../src/errors/index.js';
import { BOOL, checkShape, int, list, obj, oneOf, opt, OSTRING, record, STRING, text, union, type Node } from '../../src/schemas/_lib/shape.js';
import { toZod } from '../../src/schemas/_lib/toZod.js';

/** A description and the zod schema of the same shape, written by hand (the reference of toZod). */
const PAIRS: ReadonlyArray<readonly [string, Node, z.ZodMiniType]> = [
  ['bounded list', obj({ lines: list(STRING, { min: 1, max: 3 }) }), z.strictObject({ lines: z.array(z.string()).check(z.minLength(1), z.maxLength(3)) })],
  ['bounded string', obj({ info: opt(text({ max: 4 })) }), z.strictObject({ info: z.optional(z.string().check(z.maxLength(4))) })],
  ['positive int', obj({ n: int({ positive: true }) }), z.strictObject({ n: z.int().check(z.positive()) })],
  ['union', obj({ u: opt(union(BOOL, obj({ m: int({ min: 1, max: 12 }) }))) }), z.strictObject({ u: z.optional(z.union([z.boolean(), z.strictObject({ m: z.int().check(z.minimum(1), z.maximum(12)) })])) })],
  ['record', obj({ r: opt(record(oneOf('a', 'b'))) }), z.strictObject({ r: z.optional(z.record(z.string(), z.enum(['a', 'b']))) })],
  ['nested', obj({ o: obj({ s: OSTRING, l: list(BOOL) }) }), z.strictObject({ o: z.strictObject({ s: z.optional(z.string()), l: z.array(z.boolean()) }) })],
];

const viaZod = (schema: z.ZodMiniType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? { value: r.data } : { issues: fromZodIssues(r.error.issues, [], { schema, input }) };
};

describe('the shape language (schemas/_lib/shape.ts)', () => {
  it('keeps zod\'s quirks: a length bound still runs on a string given for a list, after the type issue', () => {
    expect(checkShape(PAIRS[0]![1], { lines: 'abcd' }).issues).toStrictEqual([
      issue('invalid_input', ['lines'], '"lines" must be a list, each a string: received "abcd".'),
      issue('invalid_input', ['lines'], '"lines" must have at most 3 characters: received "abcd".'),
    ]);
    expect(checkShape(PAIRS[0]![1], { lines: ['a', 'b', 'c', 'd'] }).issues).toStrictEqual([issue('invalid_input', ['lines'], '"lines" must have at most 3 items.')]);
    expect(checkShape(PAIRS[0]![1], { lines: [] }).issues).toStrictEqual([issue('invalid_input', ['lines'], '"lines" must have at least 1 item.')]);
  });

  it('reports a union\'s only form whose issues let checks go on, else refuses the value as a whole', () => {
    expect(checkShape(PAIRS[3]![1], { u: { m: 13 } }).issues).toStrictEqual([issue('invalid_input', ['u', 'm'], '"m" must be at most 12: received 13.')]);
    expect(checkShape(PAIRS[3]![1], { u: { m: '1' } }).issues).toStrictEqual([issue('invalid_input', ['u'], '"u" must be true or false or an object { m }: received an object.')]);
  });

  it('never reads a record\'s __proto__ key, and tells the missing and the unknown fields', () => {
    expect(checkShape(PAIRS[4]![1], JSON.parse('{"r":{"__proto__":"c","x":"a"}}'))).toStrictEqual({ value: { r: { x: 'a' } } });
    expect(checkShape(PAIRS[5]![1], { o: { x: 1 } }).issues).toStrictEqual([
      issue('invalid_input', ['o', 'l'], 'Missing field "l": it is required and holds a list, each true or false.'),
      issue('unknown_field', ['o', 'x'], 'Unknown field "x": remove it or check its spelling.'),
    ]);
    expect(checkShape(PAIRS[2]![1], { n: 2 ** 60 * -1 }).issues!.map((i) => i.message)).toStrictEqual([
      '"n" must be at least -9007199254740991: received -1152921504606847000.',
      '"n" must be greater than 0: received -1152921504606847000.',
    ]);
  });

  describe('properties', () => {
    it('reads a value as zod reads it, and toZod generates that zod schema: same acceptance, parsed value and issues, for each node kind', () => {
      const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom<unknown>('abcd', 'ab', ['a'], [], ['a', 'b', 'c', 'd'], 0, 1, 13, 2 ** 60, 1.5, true, { m: 3 }, { m: 13 }, { m: 0, x: 1 }, { a: 'a' }, { s: 's', l: [true] }));
      fc.assert(
        fc.property(fc.constantFrom(...PAIRS), fc.constantFrom('lines', 'info', 'n', 'u', 'r', 'o', 'x'), value, ([, node, schema], key, v) => {
          const input = { [key]: v };
          expect(checkShape(node, input)).toStrictEqual(viaZod(schema, input));
          expect(viaZod(toZod(node), input)).toStrictEqual(viaZod(schema, input));
        }),
        { numRuns: 1000 },
      );
    });
  });
});
