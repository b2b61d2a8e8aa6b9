import * as z from 'zod/mini';
import { checkDirectDebitBatch, REFINE, sepaIdRefinement } from './_lib/checks.js';
import { idSchema, isoDateSchema, partySchema, positiveAmountSchema, referenceFields, raw, refined } from './_lib/primitives.js';

const sepaId = (what: string) => refined(sepaIdRefinement(what));
const ibanSchema = refined(REFINE.iban);
const bicSchema = refined(REFINE.bic);
const nameSchema = refined(REFINE.sepaName);

/** The zod object behind {@link directDebitItemSchema} (internal: unions and `.shape` need it). @internal */
export const directDebitItemObject = z.strictObject({
  /** Item id (a rejection refers to it). */
  id: idSchema,
  /** EndToEndId (≤ 35 characters). */
  endToEndId: sepaId('EndToEndId'),
  /** Required. The customer debited: `{ id, name, account? }`; its id is the auxiliary account. */
  customer: partySchema,
  /** Required. The amount debited (InstdAmt), a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), in the major unit of the document currency; strictly positive. */
  amount: positiveAmountSchema,
  /** The mandate: RUM (MndtId) and signature date (DtOfSgntr). */
  mandate: z.strictObject({
    /** Required. The mandate reference (RUM, MndtId), 1 to 35 characters. */
    id: sepaId('mandate id'),
    /** Required. The day the mandate was signed (DtOfSgntr), `YYYY-MM-DD`. */
    signedOn: isoDateSchema,
  }),
  /** SeqTp. */
  sequence: z.enum(['FRST', 'RCUR', 'OOFF', 'FNAL']),
  /** The debtor's name (Dbtr/Nm), IBAN and optional BIC. */
  debtor: z.strictObject({
    /** Required. The debtor's name (Dbtr/Nm), 1 to 70 characters. */
    name: nameSchema,
    /** Required. The debtor's IBAN (DbtrAcct), capitals without spaces, valid checksum. */
    iban: ibanSchema,
    /** Optional. The debtor's BIC (DbtrAgt), 8 or 11 characters. */
    bic: z.optional(bicSchema),
  }),
  /** Ids of the invoices paid, filled in order up to what each one still owes; the rest stays on account. */
  invoices: z.array(idSchema),
  /** RmtInf/Ustrd (≤ 140 characters). */
  remittanceInfo: z.optional(z.string().check(z.maxLength(140))),
});

/**
 * The zod schema of one direct debit of a batch: the customer and amount, the
 * mandate (RUM and signature date), the sequence type, the debtor's account
 * and the invoices it pays.
 *
 * @example
 * ```ts
 * directDebitItemSchema.safeParse({ sequence: 'LAST' }).success //=> false
 * ```
 */
export const directDebitItemSchema: z.ZodMiniType<DirectDebitItem, z.input<typeof directDebitItemObject>> = directDebitItemObject;

/** The zod object behind {@link directDebitBatchSchema} (internal: unions and `.shape` need it). @internal */
export const directDebitBatchObject = z
  .strictObject({
    /** Required. The document type, always `'direct-debit-batch'` (the discriminator of `documentSchema`). */
    type: z.literal('direct-debit-batch'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: idSchema,
    /** Batch reference (piece reference); defaults to the message id. */
    number: z.optional(z.string()),
    /** GrpHdr/MsgId (≤ 35 characters). */
    messageId: sepaId('message id'),
    /** GrpHdr/CreDtTm, an ISO date-time. */
    createdAt: z.iso.datetime({ offset: true, local: true, error: 'createdAt must be an ISO date-time such as "2024-11-02T09:00:00" or "2024-11-02T09:00:00+01:00".' }),
    /** ReqdColltnDt: the batch posts on this day. */
    collectionDate: isoDateSchema,
    /** LclInstrm. @defaultValue 'CORE' */
    localInstrument: z.optional(z.enum(['CORE', 'B2B'])),
    /** Required. The creditor (Cdtr): its name, IBAN, BIC and SEPA creditor identifier. */
    creditor: z.strictObject({
      /** Required. The creditor's name (Cdtr/Nm), 1 to 70 characters. */
      name: nameSchema,
      /** Required. The creditor's IBAN (CdtrAcct), capitals without spaces, valid checksum. */
      iban: ibanSchema,
      /** Required. The creditor's BIC (CdtrAgt), 8 or 11 characters. */
      bic: bicSchema,
      /** The SEPA creditor identifier (ICS). */
      creditorId: refined(REFINE.creditorId),
    }),
    /** Required. The direct debits of the batch (DrctDbtTxInf), at least one. */
    items: z.array(directDebitItemSchema),
    /** Optional. Free text kept in the transaction source (Mémo). */
    memo: referenceFields.memo,
    /** Optional. Cost centre copied on every entry. */
    costCenter: referenceFields.costCenter,
  })
  .check((ctx) => checkDirectDebitBatch(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of a `direct-debit-batch` (lot de prélèvements SEPA): every
 * field a pain.008 file needs, and the invoices each debit pays. It posts on
 * the collection date: Dt bank (total) / Ct each customer.
 *
 * @example
 * ```ts
 * const batch = directDebitBatchSchema.parse({
 *   type: 'direct-debit-batch', id: 'dd-2024-11', messageId: 'PRLV-2024-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05',
 *   creditor: { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' },
 *   items: [{ id: 'i1', endToEndId: 'E2E-1', customer: { id: 'C0001', name: 'DUPONT Jean' }, amount: '49.90',
 *     mandate: { id: 'RUM-0001', signedOn: '2024-01-10' }, sequence: 'RCUR',
 *     debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices: ['inv-1'] }],
 * });
 * batch.items.length //=> 1
 * ```
 */
export const directDebitBatchSchema: z.ZodMiniType<DirectDebitBatch, z.input<typeof directDebitBatchObject>> = directDebitBatchObject;

/**
 * A direct-debit batch document.
 *
 * @example
 * ```ts
 * const seq: DirectDebitBatch['items'][number]['sequence'] = 'FRST';
 * ```
 */
export type DirectDebitBatch = z.infer<typeof directDebitBatchObject>;

/**
 * One debit of a {@link DirectDebitBatch}.
 *
 * @example
 * ```ts
 * const seq: DirectDebitItem['sequence'] = 'RCUR';
 * ```
 */
export type DirectDebitItem = z.infer<typeof directDebitItemObject>;
