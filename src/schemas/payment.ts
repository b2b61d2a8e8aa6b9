import { z } from 'zod';
import { coded, currencySchema, exchangeRateSchema, idSchema, isoDateSchema, methodSchema, partySchema, positiveAmountSchema, referenceFields } from './_lib/primitives.js';

/**
 * The zod schema of one allocation: the id of the invoice (or credit note, for
 * a refund) and the amount applied to it.
 *
 * @example
 * ```ts
 * allocationSchema.parse({ invoice: 'inv-1', amount: '120.00' }).amount //=> '120.00'
 * ```
 */
export const allocationSchema = z.strictObject({
  /** Id of the invoice (payment) or credit note / invoice (refund). */
  invoice: idSchema,
  amount: positiveAmountSchema,
});

const shape = {
  id: idSchema,
  /** The receipt number (piece reference); defaults to the id. */
  number: z.string().optional(),
  date: isoDateSchema,
  /** `card`, `cash`, `cheque`, `transfer`, `direct-debit`, `voucher`, `credit-note` or a custom method mapped in the rules. */
  method: methodSchema,
  /** The amount received (payment) or paid back (refund). */
  amount: positiveAmountSchema,
  /** ISO 4217 code. @defaultValue the rules' currency (EUR) */
  currency: currencySchema.optional(),
  /** EUR value of one unit of `currency` on the payment day. */
  exchangeRate: exchangeRateSchema.optional(),
  customer: partySchema,
  /** How the amount is applied; the unallocated rest stays on the customer account (on account). */
  allocations: z.array(allocationSchema).optional(),
  /** With the credit-note method: the credit note used as a means of payment. */
  creditNote: idSchema.optional(),
  /** Bank or cheque reference. */
  reference: z.string().optional(),
  ...referenceFields,
};

function checkAllocations(v: { readonly allocations?: ReadonlyArray<{ readonly invoice: string }> | undefined; readonly exchangeRate?: string | undefined; readonly currency?: string | undefined }, issues: Array<z.core.$ZodRawIssue>): void {
  const list = v.allocations;
  const seen = list !== undefined && list.length > 1 ? new Set<string>() : undefined;
  list?.forEach((a, k) => {
    if (!seen) return;
    if (seen.has(a.invoice)) issues.push(coded('invalid_input', `Invoice ${a.invoice} is allocated twice: merge the two allocations.`, ['allocations', k, 'invoice']));
    seen.add(a.invoice);
  });
  if (v.exchangeRate !== undefined && v.currency === undefined) issues.push(coded('invalid_input', 'exchangeRate without currency: give the currency of the amount too.', ['exchangeRate']));
}

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
export const paymentSchema = z.strictObject({ type: z.literal('payment'), ...shape }).check((ctx) => checkAllocations(ctx.value, ctx.issues));

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
export const refundSchema = z.strictObject({ type: z.literal('refund'), ...shape }).check((ctx) => checkAllocations(ctx.value, ctx.issues));

/**
 * A payment document.
 *
 * @example
 * ```ts
 * const method: Payment['method'] = 'cheque';
 * ```
 */
export type Payment = z.infer<typeof paymentSchema>;

/**
 * A refund document.
 *
 * @example
 * ```ts
 * const type: Refund['type'] = 'refund';
 * ```
 */
export type Refund = z.infer<typeof refundSchema>;

/**
 * One allocation of a payment or refund.
 *
 * @example
 * ```ts
 * const a: Allocation = { invoice: 'inv-1', amount: '120.00' };
 * ```
 */
export type Allocation = z.infer<typeof allocationSchema>;
