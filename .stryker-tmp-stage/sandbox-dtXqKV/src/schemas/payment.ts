// @ts-nocheck
import type * as z from 'zod/mini';
import { ALLOCATION, PAYMENT, REFUND } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

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
export const allocationSchema: z.ZodMiniType<Allocation, In<typeof ALLOCATION>> = toZod(ALLOCATION);


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
export const paymentSchema: z.ZodMiniType<Payment, In<typeof PAYMENT>> = toZod(PAYMENT);

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
export const refundSchema: z.ZodMiniType<Refund, In<typeof REFUND>> = toZod(REFUND);

/**
 * A payment document.
 *
 * @example
 * ```ts
 * const method: Payment['method'] = 'cheque';
 * ```
 */
export type Payment = Out<typeof PAYMENT>;

/**
 * A refund document.
 *
 * @example
 * ```ts
 * const type: Refund['type'] = 'refund';
 * ```
 */
export type Refund = Out<typeof REFUND>;

/**
 * One allocation of a payment or refund.
 *
 * @example
 * ```ts
 * const a: Allocation = { invoice: 'inv-1', amount: '120.00' };
 * const fee: Allocation = { rejection: 'rj-1', amount: '4.50' };
 * ```
 */
export type Allocation = Out<typeof ALLOCATION>;
