import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Decimal, type EntryInput, type TransactionInput } from '../../src/index.js';
import { fromZodIssues } from '../../src/errors/index.js';
import { entryInputSchema, transactionInputSchema, type EntryInputShape, type TransactionInputShape } from '../../src/transactions/schema.js';
import { AMOUNT_HINT, TRANSACTION, checkTransactionShape, type Fields, type Node } from '../../src/transactions/_lib/checkShape.js';
import { readOnce } from '../../src/transactions/_lib/readOnce.js';

/** What createTransaction reported before the zod-free check: the schema's zod issues, in our words. */
function viaZod(input: unknown): unknown[] {
  const parsed = transactionInputSchema.safeParse(input);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, [], { schema: transactionInputSchema, input });
}

/** Both checks on the plain copy createTransaction reads (a hostile input is refused by readOnce before). */
function agree(input: unknown): void {
  const read = readOnce(input);
  if (!read.ok) return;
  expect(checkTransactionShape(read.value)).toEqual(viaZod(read.value));
}

const good = {
  id: 'VT000001',
  journal: 'VT',
  date: '2024-10-01',
  piece: { ref: 'FA-1', date: '2024-10-01' },
  label: 'Vente',
  validatedOn: null,
  type: 'sale',
  source: { documentId: 'd', documentNumber: 'n', customerId: 'c', customerName: 'C', funder: 'f', billingContact: 'b', paymentMethod: 'card', memo: 'm' },
  currency: 'EUR',
  reverses: 'VT000000',
  entries: [
    {
      account: '411',
      accountLabel: 'Clients',
      auxiliary: { number: 'C1', name: 'DUPONT' },
      debit: '12.00',
      label: 'x',
      currency: { code: 'USD', amount: 13 },
      costCenter: 'cc',
      analytics: { axe: 'a' },
      vat: { rate: '20', base: new Decimal('10') },
      lettering: { code: 'A', date: '2024-10-02' },
      openItem: 'inv-1',
    },
    { account: '706', credit: '12.00' },
  ],
};

/** Any value, hostile ones included (objects with odd keys, arrays, numbers that are not finite, Decimals). */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true, maxDepth: 2 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1.5, new Decimal('1.25'), { toStringTag: '[object Decimal]' }, '', [], {}),
);
const oddKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', '0', '10'), fc.string({ maxLength: 4 }));

/** Mutates one level of a value: a field removed, replaced by anything, set to undefined, or an odd key added. */
function mutated(value: unknown, depth: number): fc.Arbitrary<unknown> {
  if (depth > 3 || typeof value !== 'object' || value === null || Decimal.isDecimal(value)) return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, anyValue);
  const keys = Object.keys(value);
  const children = keys.map((k) => mutated((value as Record<string, unknown>)[k], depth + 1));
  return fc
    .tuple(
      fc.tuple(...children),
      fc.array(fc.tuple(fc.nat(keys.length), fc.constantFrom('drop', 'undefined', 'any')), { maxLength: 3 }),
      fc.array(fc.tuple(oddKey, anyValue), { maxLength: 2 }),
      fc.boolean(),
    )
    .chain(([kids, edits, extras, replaced]) =>
      replaced && depth > 0
        ? anyValue
        : fc.constant(
            (() => {
              const copy: Record<string, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
              keys.forEach((k, i) => (copy[k] = kids[i]));
              for (const [at, what] of edits) {
                const k = keys[at];
                if (k === undefined) continue;
                if (what === 'drop') delete copy[k];
                else if (what === 'undefined') copy[k] = undefined;
              }
              if (!Array.isArray(value)) for (const [k, v] of extras) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
              return copy;
            })(),
          ),
    );
}

/** A zod schema as the check's nodes describe it (what each field holds, whether it may be left out). */
function nodeOf(schema: unknown): unknown {
  const def = (schema as { _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, unknown>; element?: unknown; options?: unknown[] } } })._zod.def;
  switch (def.type) {
    case 'string':
      return 's';
    case 'nullable':
      return nodeOf(def.innerType) === 's' ? 'ns' : ['nullable', nodeOf(def.innerType)];
    case 'union':
      return 'amount';
    case 'custom':
      return 'record';
    case 'array':
      return [nodeOf(def.element)];
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape!).map(([k, v]) => {
          const inner = v as { _zod: { def: { type: string; innerType?: unknown } } };
          return inner._zod.def.type === 'optional' ? [k, [nodeOf(inner._zod.def.innerType), true]] : [k, [nodeOf(v), false]];
        }),
      );
    default:
      return def.type;
  }
}

/** The check's nodes with their tuples as plain arrays (toEqual compares key order too through JSON). */
const plain = (node: Node | Fields): string => JSON.stringify(node);

describe('checkTransactionShape', () => {
  it('transactionInputSchema is generated from the description: the same fields, in its order, each as optional as there', () => {
    expect(plain(TRANSACTION)).toBe(JSON.stringify(nodeOf(transactionInputSchema)));
    expect(plain(TRANSACTION.entries[0][0])).toBe(JSON.stringify(nodeOf(entryInputSchema)));
  });

  it('the documented input types name the fields of the description, and every typed input has its shape', () => {
    expectTypeOf<keyof TransactionInput>().toEqualTypeOf<keyof TransactionInputShape>();
    expectTypeOf<keyof EntryInput>().toEqualTypeOf<keyof EntryInputShape>();
    expectTypeOf<keyof NonNullable<EntryInput['vat']>>().toEqualTypeOf<keyof NonNullable<EntryInputShape['vat']>>();
    expectTypeOf<keyof NonNullable<EntryInput['currency']>>().toEqualTypeOf<keyof NonNullable<EntryInputShape['currency']>>();
    expectTypeOf<keyof NonNullable<EntryInput['lettering']>>().toEqualTypeOf<keyof NonNullable<EntryInputShape['lettering']>>();
    expectTypeOf<keyof NonNullable<TransactionInput['source']>>().toEqualTypeOf<keyof NonNullable<TransactionInputShape['source']>>();
    expectTypeOf<keyof TransactionInput['piece']>().toEqualTypeOf<keyof TransactionInputShape['piece']>();
    expectTypeOf<TransactionInput>().toExtend<TransactionInputShape>();
    // and the schema's inferred type is the described one
    expectTypeOf<ReturnType<typeof transactionInputSchema.parse>>().toEqualTypeOf<TransactionInputShape>();
  });

  it('accepts a transaction using every field', () => {
    expect(checkTransactionShape(readOnce(good).ok && (readOnce(good) as { value: unknown }).value)).toEqual([]);
    agree(good);
  });

  it('words the issues as the zod schema did (worked vectors)', () => {
    const read = (v: unknown): unknown => (readOnce(v) as { value: unknown }).value;
    expect(checkTransactionShape(5)).toEqual([
      { code: 'invalid_input', path: [], message: 'the input must be an object { id?, journal, date, piece, label, validatedOn?, type?, source?, currency?, reverses?, … }: received 5.' },
    ]);
    const { piece: _, ...noPiece } = good;
    expect(checkTransactionShape(read({ ...noPiece, entries: [{ account: '411', debit: true, currency: { code: 'USD' } }], x: 1 }))).toEqual([
      { code: 'invalid_input', path: ['piece'], message: 'Missing field "piece": it is required and holds an object { ref, date? }.' },
      { code: 'invalid_input', path: ['entries', 0, 'debit'], message: `"debit" must be ${AMOUNT_HINT}: received true.` },
      { code: 'invalid_input', path: ['entries', 0, 'currency', 'amount'], message: `Missing field "amount": it is required and holds ${AMOUNT_HINT}.` },
      { code: 'unknown_field', path: ['x'], message: 'Unknown field "x": remove it or check its spelling.' },
    ]);
    expect(checkTransactionShape(read({ ...good, entries: [undefined, { account: '411', analytics: [] }] }))).toEqual([
      {
        code: 'invalid_input',
        path: ['entries', 0],
        message: 'Missing field "0": it is required and holds an object { account, accountLabel?, auxiliary?, debit?, credit?, label?, currency?, costCenter?, analytics?, vat?, … }.',
      },
      { code: 'invalid_input', path: ['entries', 1, 'analytics'], message: 'expected an object of axis → section strings' },
    ]);
    // analytics null, a number for an amount (not finite, or a string-like one): the same issues through zod
    for (const entry of [{ account: '411', analytics: null }, { account: '411', debit: NaN }, { account: '411', debit: 12 }]) {
      agree({ ...good, entries: [entry] });
    }
    expect(viaZod({ ...good, entries: [{ account: '411', analytics: null }] })).toEqual([
      { code: 'invalid_input', path: ['entries', 0, 'analytics'], message: 'expected an object of axis → section strings' },
    ]);
  });

  describe('properties', () => {
    it('agreement with transactionInputSchema: same issues as zod for any value', () => {
      fc.assert(fc.property(anyValue, (v) => agree(v)), { numRuns: 300 });
    });

    it('agreement with transactionInputSchema: same issues as zod for any mutation of a full transaction', () => {
      fc.assert(fc.property(mutated(good, 0), (v) => agree(v)), { numRuns: 400 });
    });
  });
});
