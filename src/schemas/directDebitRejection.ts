import * as z from 'zod/mini';
import { REFINE } from './_lib/checks.js';
import { idSchema, isoDateSchema, nonNegativeAmountSchema, referenceFields, refined } from './_lib/primitives.js';

/** The zod object behind {@link directDebitRejectionSchema} (internal: unions and `.shape` need it). @internal */
export const directDebitRejectionObject = z.strictObject({
  /** Required. The document type, always `'direct-debit-rejection'` (the discriminator of `documentSchema`). */
  type: z.literal('direct-debit-rejection'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: idSchema,
  /** Optional. The piece reference shown in the journals (a non-empty string); defaults to the id. */
  number: z.optional(z.string()),
  /** Required. The day the bank reported the rejection, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** The batch id. */
  batch: idSchema,
  /** The item id in that batch. */
  item: idSchema,
  /** ISO 20022 reason code (AC01, AC04, AC06, AM04, AM05, MD01, MD06, MD07, MS02, MS03…). */
  reason: refined(REFINE.rejectionReason),
  /** Bank fees charged for the rejection. */
  fees: z.optional(nonNegativeAmountSchema),
  /** Whether the fees are re-billed to the customer. @defaultValue false */
  rebilled: z.optional(z.boolean()),
  /** Optional. Free text kept in the transaction source (Mémo). */
  memo: referenceFields.memo,
  /** Optional. Cost centre copied on every entry. */
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
