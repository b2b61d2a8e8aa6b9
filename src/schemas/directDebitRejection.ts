import { quote } from '../errors/index.js';
import * as z from 'zod/mini';
import { idSchema, isoDateSchema, nonNegativeAmountSchema, referenceFields } from './_lib/primitives.js';

/** The zod object behind {@link directDebitRejectionSchema} (internal: unions and `.shape` need it). @internal */
export const directDebitRejectionObject = z.strictObject({
  type: z.literal('direct-debit-rejection'),
  id: idSchema,
  number: z.optional(z.string()),
  date: isoDateSchema,
  /** The batch id. */
  batch: idSchema,
  /** The item id in that batch. */
  item: idSchema,
  /** ISO 20022 reason code (AC01, AC04, AC06, AM04, AM05, MD01, MD06, MD07, MS02, MS03…). */
  reason: z.string().check(z.refine((v) => /^[A-Z0-9]{4}$/.test(v), { error: (iss) => `Invalid reason code ${quote(iss.input)}: give the 4-character ISO code such as "AM04".`, params: { code: 'invalid_input' } })),
  /** Bank fees charged for the rejection. */
  fees: z.optional(nonNegativeAmountSchema),
  /** Whether the fees are re-billed to the customer. @defaultValue false */
  rebilled: z.optional(z.boolean()),
  memo: referenceFields.memo,
  costCenter: referenceFields.costCenter,
});

/**
 * The zod schema of a `direct-debit-rejection` (rejet de prélèvement): one
 * item of an earlier batch came back, for an ISO reason code (`AM04`
 * insufficient funds, `MD06` refund request…), maybe with bank fees (627),
 * maybe re-billed to the customer. It re-opens the invoices the item paid.
 *
 * @example
 * ```ts
 * directDebitRejectionSchema.parse({ type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-2024-11', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: false }).reason //=> 'AM04'
 * ```
 */
export const directDebitRejectionSchema: z.ZodMiniType<DirectDebitRejection, z.input<typeof directDebitRejectionObject>> = directDebitRejectionObject;

/**
 * A direct-debit rejection document.
 *
 * @example
 * ```ts
 * const reason: DirectDebitRejection['reason'] = 'MD06';
 * ```
 */
export type DirectDebitRejection = z.infer<typeof directDebitRejectionObject>;
