import * as z from 'zod/mini';
import { allocationTarget, checkAllocation, checkPayment } from './_lib/checks.js';
import { currencySchema, exchangeRateSchema, idSchema, isoDateSchema, methodSchema, partySchema, positiveAmountSchema, raw, referenceFields } from './_lib/primitives.js';

/** The zod object behind {@link allocationSchema} (internal: unions and `.shape` need it). @internal */
export const allocationObject = z
  .strictObject({
    /** Id of the invoice (payment) or credit note / invoice (refund). */
    invoice: z.optional(idSchema),
    /** Id of a `direct-debit-rejection` that re-billed its fees: the allocation pays (a refund: takes back) that fee. */
    rejection: z.optional(idSchema),
    /** Id of a ticket left (in part) on the customer's account, in the till closing `closing`. */
    ticket: z.optional(idSchema),
    /** Id of the `till-closing` holding `ticket`. */
    closing: z.optional(idSchema),
    /** Required. The part of the payment applied to that target, a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), in the major unit of the document currency; strictly positive. */
    amount: positiveAmountSchema,
  })
  .check((ctx) => checkAllocation(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of one allocation: what it applies to — exactly one of an
 * invoice (or credit note, for a refund), a direct-debit rejection whose
 * re-billed fee it pays, or a till ticket left on the customer's account
 * (`ticket` with the `closing` that holds it) — and the amount applied.
 *
 * @example
 * ```ts
 * allocationSchema.parse({ invoice: 'inv-1', amount: '120.00' }).amount //=> '120.00'
 * allocationSchema.parse({ rejection: 'rj-1', amount: '4.50' }).rejection //=> 'rj-1'
 * allocationSchema.parse({ closing: 'z-2024-10-15', ticket: 't1', amount: '60.00' }).ticket //=> 't1'
 * ```
 */
export const allocationSchema: z.ZodMiniType<Allocation, z.input<typeof allocationObject>> = allocationObject;

/** The key under which an allocation's target is unique in a payment (internal). */
export { allocationTarget };

const shape = {
  /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
  id: idSchema,
  /** The receipt number (piece reference); defaults to the id. */
  number: z.optional(z.string()),
  /** Required. The day the money was received (payment) or paid back (refund), `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** `card`, `cash`, `cheque`, `transfer`, `direct-debit`, `voucher`, `credit-note` or a custom method mapped in the rules. */
  method: methodSchema,
  /** The amount received (payment) or paid back (refund). */
  amount: positiveAmountSchema,
  /** ISO 4217 code. @defaultValue the rules' currency (EUR) */
  currency: z.optional(currencySchema),
  /** EUR value of one unit of `currency` on the payment day. */
  exchangeRate: z.optional(exchangeRateSchema),
  /** Required. The customer: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
  customer: partySchema,
  /** How the amount is applied; the unallocated rest stays on the customer account (on account). */
  allocations: z.optional(z.array(allocationSchema)),
  /** With the credit-note method: the credit note used as a means of payment. */
  creditNote: z.optional(idSchema),
  /** Bank or cheque reference. */
  reference: z.optional(z.string()),
  ...referenceFields,
};


/** The zod object behind {@link paymentSchema} (internal: unions and `.shape` need it). @internal */
export const paymentObject = z.strictObject({
  /** Required. The document type, always `'payment'` (the discriminator of `documentSchema`). */
  type: z.literal('payment'),
  ...shape,
}).check((ctx) => checkPayment(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of a `payment` (encaissement): money received from a
 * customer by some method, allocated to invoices. A payment allocated to a
 * proforma is a deposit received (4191).
 *
 * @example
 * ```ts
 * paymentSchema.parse({
 *   type: 'payment', id: 'pay-1', date: '2024-10-20', method: 'card', amount: '600.00',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'inv-1', amount: '600.00' }],
 * }).method //=> 'card'
 * ```
 */
export const paymentSchema: z.ZodMiniType<Payment, z.input<typeof paymentObject>> = paymentObject;

/** The zod object behind {@link refundSchema} (internal: unions and `.shape` need it). @internal */
export const refundObject = z.strictObject({
  /** Required. The document type, always `'refund'` (the discriminator of `documentSchema`). */
  type: z.literal('refund'),
  ...shape,
}).check((ctx) => checkPayment(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of a `refund` (remboursement): money paid back to a
 * customer, allocated to credit notes (or to invoices, undoing a payment).
 *
 * @example
 * ```ts
 * refundSchema.parse({
 *   type: 'refund', id: 'rf-1', date: '2024-10-25', method: 'transfer', amount: '50.00',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, allocations: [{ invoice: 'av-1', amount: '50.00' }],
 * }).type //=> 'refund'
 * ```
 */
export const refundSchema: z.ZodMiniType<Refund, z.input<typeof refundObject>> = refundObject;

/**
 * A payment document.
 *
 * @example
 * ```ts
 * const method: Payment['method'] = 'cheque';
 * ```
 */
export type Payment = z.infer<typeof paymentObject>;

/**
 * A refund document.
 *
 * @example
 * ```ts
 * const type: Refund['type'] = 'refund';
 * ```
 */
export type Refund = z.infer<typeof refundObject>;

/**
 * One allocation of a payment or refund.
 *
 * @example
 * ```ts
 * const a: Allocation = { invoice: 'inv-1', amount: '120.00' };
 * const fee: Allocation = { rejection: 'rj-1', amount: '4.50' };
 * ```
 */
export type Allocation = z.infer<typeof allocationObject>;
