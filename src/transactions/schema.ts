import * as z from 'zod/mini';
import { FIELD_HINTS } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { AMOUNT_HINT, ENTRY, TRANSACTION, type Fields, type Node, type ShapeOf } from './_lib/checkShape.js';

// The zod schemas of a transaction input, generated from the one description of its shape (TRANSACTION in
// _lib/checkShape.ts, which `createTransaction` checks without zod); the fields are documented on
// `TransactionInput` (types.ts), whose fields test/transactions/checkShape.test.ts keeps equal to the shape's.

/** An amount field: decimal string, safe integer or Decimal (checked further by money/). */
export const amountInputSchema = z.union([z.string(), z.number(), z.custom<Decimal>((v) => Decimal.isDecimal(v), 'expected a decimal string, a Decimal or a safe integer')]);

FIELD_HINTS.set(amountInputSchema, AMOUNT_HINT);

/** The zod schema of one node of the description. */
function toZod(node: Node): z.ZodMiniType {
  if (node === 's') return z.string();
  if (node === 'ns') return z.nullable(z.string());
  if (node === 'amount') return amountInputSchema;
  if (node === 'record') return z.custom<Readonly<Record<string, string>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object of axis → section strings');
  if (Array.isArray(node)) return z.array(toZod((node as readonly [Node])[0]));
  const fields = node as Fields;
  const shape: Record<string, z.ZodMiniType> = {};
  for (const key of Object.keys(fields)) {
    const [child, optional] = fields[key]!;
    shape[key] = optional ? z.optional(toZod(child)) : toZod(child);
  }
  return z.strictObject(shape);
}

/**
 * The zod schema of an entry's shape (semantics are checked by `createTransaction`).
 *
 * @example
 * ```ts
 * entryInputSchema.safeParse({ account: '706100', credit: '49.90' }).success //=> true
 * ```
 */
export const entryInputSchema: z.ZodMiniType<EntryInputShape, EntryInputShape> = toZod(ENTRY) as z.ZodMiniType<EntryInputShape, EntryInputShape>;

/**
 * The zod schema of a transaction input's shape (field names and types). The
 * rules zod cannot say — one side per entry, balance, dates, decimals — are
 * checked by `createTransaction`. (`createTransaction` itself checks this shape without zod, with the same
 * issues: see transactions/_lib/checkShape.ts.)
 *
 * @example
 * ```ts
 * transactionInputSchema.safeParse({ journal: 'VT' }).success //=> false
 * ```
 */
export const transactionInputSchema: z.ZodMiniType<TransactionInputShape, TransactionInputShape> = toZod(TRANSACTION) as z.ZodMiniType<TransactionInputShape, TransactionInputShape>;

/**
 * The fields and types {@link transactionInputSchema} checks (what
 * `createTransaction` reads before its own rules); the fields are documented on `TransactionInput`.
 *
 * @example
 * ```ts
 * const shape: TransactionInputShape = { journal: 'VT', date: '2024-10-15', piece: { ref: 'FA-1' }, label: 'Vente', entries: [] };
 * ```
 */
export type TransactionInputShape = ShapeOf<typeof TRANSACTION>;

/**
 * The fields and types {@link entryInputSchema} checks; the fields are documented on `EntryInput`.
 *
 * @example
 * ```ts
 * const line: EntryInputShape = { account: '706100', credit: '49.90' };
 * ```
 */
export type EntryInputShape = ShapeOf<typeof ENTRY>;
