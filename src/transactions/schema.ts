import { z } from 'zod';
import { Decimal } from '../money/index.js';

/** An amount field: decimal string, safe integer or Decimal (checked further by money/). */
export const amountInputSchema = z.union([z.string(), z.number(), z.custom<Decimal>((v) => Decimal.isDecimal(v), 'expected a decimal string, a Decimal or a safe integer')]);

const auxiliarySchema = z.strictObject({ number: z.string(), name: z.string() });

/** Shape of an entry (semantics are checked by createTransaction). */
export const entryInputSchema = z.strictObject({
  account: z.string(),
  accountLabel: z.string().optional(),
  auxiliary: auxiliarySchema.optional(),
  debit: amountInputSchema.optional(),
  credit: amountInputSchema.optional(),
  label: z.string().optional(),
  currency: z.strictObject({ code: z.string(), amount: amountInputSchema }).optional(),
  costCenter: z.string().optional(),
  analytics: z.custom<Readonly<Record<string, string>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object of axis → section strings').optional(),
  vat: z.strictObject({ rate: z.string(), base: amountInputSchema }).optional(),
  lettering: z.strictObject({ code: z.string(), date: z.string() }).optional(),
  openItem: z.string().optional(),
});

const sourceSchema = z.strictObject({
  documentId: z.string().optional(),
  documentNumber: z.string().optional(),
  customerId: z.string().optional(),
  customerName: z.string().optional(),
  funder: z.string().optional(),
  billingContact: z.string().optional(),
  paymentMethod: z.string().optional(),
  memo: z.string().optional(),
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
export const transactionInputSchema = z.strictObject({
  id: z.string().optional(),
  journal: z.string(),
  date: z.string(),
  piece: z.strictObject({ ref: z.string(), date: z.string().optional() }),
  label: z.string(),
  validatedOn: z.string().nullable().optional(),
  type: z.string().optional(),
  source: sourceSchema.optional(),
  currency: z.string().optional(),
  reverses: z.string().optional(),
  entries: z.array(entryInputSchema),
});
