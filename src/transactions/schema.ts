import * as z from 'zod/mini';
import { FIELD_HINTS } from '../errors/index.js';
import { Decimal } from '../money/index.js';

/** An amount field: decimal string, safe integer or Decimal (checked further by money/). */
export const amountInputSchema = z.union([z.string(), z.number(), z.custom<Decimal>((v) => Decimal.isDecimal(v), 'expected a decimal string, a Decimal or a safe integer')]);

FIELD_HINTS.set(amountInputSchema, 'an amount (a decimal string such as "12.50", a Decimal or a safe-integer JS number)');

const auxiliarySchema = z.strictObject({ number: z.string(), name: z.string() });

/** Shape of an entry (semantics are checked by createTransaction). */
export const entryInputSchema = z.strictObject({
  account: z.string(),
  accountLabel: z.optional(z.string()),
  auxiliary: z.optional(auxiliarySchema),
  debit: z.optional(amountInputSchema),
  credit: z.optional(amountInputSchema),
  label: z.optional(z.string()),
  currency: z.optional(z.strictObject({ code: z.string(), amount: amountInputSchema })),
  costCenter: z.optional(z.string()),
  analytics: z.optional(z.custom<Readonly<Record<string, string>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object of axis → section strings')),
  vat: z.optional(z.strictObject({ rate: z.string(), base: amountInputSchema })),
  lettering: z.optional(z.strictObject({ code: z.string(), date: z.string() })),
  openItem: z.optional(z.string()),
});

const sourceSchema = z.strictObject({
  documentId: z.optional(z.string()),
  documentNumber: z.optional(z.string()),
  customerId: z.optional(z.string()),
  customerName: z.optional(z.string()),
  funder: z.optional(z.string()),
  billingContact: z.optional(z.string()),
  paymentMethod: z.optional(z.string()),
  memo: z.optional(z.string()),
});

/** The zod object behind {@link transactionInputSchema} (internal: unions and `.shape` need it). @internal */
export const transactionInputObject = z.strictObject({
  id: z.optional(z.string()),
  journal: z.string(),
  date: z.string(),
  piece: z.strictObject({ ref: z.string(), date: z.optional(z.string()) }),
  label: z.string(),
  validatedOn: z.optional(z.nullable(z.string())),
  type: z.optional(z.string()),
  source: z.optional(sourceSchema),
  currency: z.optional(z.string()),
  reverses: z.optional(z.string()),
  entries: z.array(entryInputSchema),
});

/**
 * The zod schema of a transaction input's shape (field names and types). The
 * rules zod cannot say — one side per entry, balance, dates, decimals — are
 * checked by `createTransaction`.
 *
 * @example
 * ```ts
 * transactionInputSchema.safeParse({ journal: 'VT' }).success //=> false
 * ```
 */
export const transactionInputSchema: z.ZodMiniType<TransactionInputShape, TransactionInputShape> = transactionInputObject;

/**
 * The fields and types {@link transactionInputSchema} checks (what
 * `createTransaction` reads before its own rules).
 *
 * @example
 * ```ts
 * const shape: TransactionInputShape = { journal: 'VT', date: '2024-10-15', piece: { ref: 'FA-1' }, label: 'Vente', entries: [] };
 * ```
 */
export type TransactionInputShape = z.output<typeof transactionInputObject>;
