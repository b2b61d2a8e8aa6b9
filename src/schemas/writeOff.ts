import * as z from 'zod/mini';
import { idSchema, isoDateSchema, partySchema, positiveAmountSchema, referenceFields } from './_lib/primitives.js';

/** The zod object behind {@link writeOffSchema} (internal: unions and `.shape` need it). @internal */
export const writeOffObject = z.strictObject({
  /** Required. The document type, always `'write-off'` (the discriminator of `documentSchema`). */
  type: z.literal('write-off'),
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: idSchema,
  /** Optional. The piece reference shown in the journals (a non-empty string); defaults to the id. */
  number: z.optional(z.string()),
  /** Required. The day the document is posted, as `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** Required. The customer whose receivable is written off: `{ id, name, account? }`. */
  customer: partySchema,
  /** The invoice written off. */
  invoice: idSchema,
  /** The amount written off, incl. tax, at most what the invoice still owes. */
  amount: positiveAmountSchema,
  /** Whether the VAT is reversed (the debt is definitively irrecoverable). @defaultValue true */
  reverseVat: z.optional(z.boolean()),
  /** Optional. Why the debt is irrecoverable (free text, kept in the source). */
  reason: z.optional(z.string()),
  ...referenceFields,
});

/**
 * The zod schema of a `write-off` (créance irrécouvrable): what an invoice
 * still owes is written off to 6541, its VAT reversed (collected VAT, or on a
 * receipt basis the pending VAT).
 *
 * @example
 * ```ts
 * writeOffSchema.parse({ type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, invoice: 'inv-1', amount: '600.00' }).amount //=> '600.00'
 * ```
 */
export const writeOffSchema: z.ZodMiniType<WriteOff, z.input<typeof writeOffObject>> = writeOffObject;

/**
 * A write-off document.
 *
 * @example
 * ```ts
 * const amount: WriteOff['amount'] = '600.00';
 * ```
 */
export type WriteOff = z.infer<typeof writeOffObject>;
