import * as z from 'zod/mini';
import { accountSchema, idSchema, isoDateSchema, methodSchema, nonNegativeAmountSchema, positiveAmountSchema, referenceFields } from './_lib/primitives.js';

/** The zod object behind {@link remittanceSchema} (internal: unions and `.shape` need it). @internal */
export const remittanceObject = z.strictObject({
  /** Required. The document type, always `'remittance'` (the discriminator of `documentSchema`). */
  type: z.literal('remittance'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: idSchema,
  /** Remittance slip number (piece reference); defaults to the id. */
  number: z.optional(z.string()),
  /** Required. The day the slip was remitted to the bank, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** The method whose clearing account is emptied: `cheque`, `card`, or a custom one. */
  method: methodSchema,
  /** Gross amount remitted. */
  amount: positiveAmountSchema,
  /** Fees withheld by the bank (card commission). */
  fees: z.optional(nonNegativeAmountSchema),
  /** Ids of the payments remitted (their amounts must add up to `amount`). */
  payments: z.optional(z.array(idSchema)),
  /** The bank account credited instead of the rules' bank account. */
  bankAccount: z.optional(accountSchema),
  /** Optional. Free text kept in the transaction source (Mémo). */
  memo: referenceFields.memo,
  /** Optional. Cost centre copied on every entry. */
  costCenter: referenceFields.costCenter,
});

/**
 * The zod schema of a `remittance` (remise en banque): cheques (5112) or card
 * receipts (5115) paid into the bank (512), less the card fees (627).
 * `payments` lists the payment ids remitted; their clearing lines are then
 * matched by `letter`.
 *
 * @example
 * ```ts
 * remittanceSchema.parse({ type: 'remittance', id: 'rem-1', date: '2024-10-21', method: 'card', amount: '600.00', fees: '3.60' }).fees //=> '3.60'
 * ```
 */
export const remittanceSchema: z.ZodMiniType<Remittance, z.input<typeof remittanceObject>> = remittanceObject;

/**
 * A remittance document.
 *
 * @example
 * ```ts
 * const method: Remittance['method'] = 'cheque';
 * ```
 */
export type Remittance = z.infer<typeof remittanceObject>;
