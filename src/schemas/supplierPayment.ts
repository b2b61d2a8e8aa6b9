import * as z from 'zod/mini';
import { checkSupplierMoney } from './_lib/checks.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';
import { idSchema, partySchema, positiveAmountSchema, raw } from './_lib/primitives.js';
import { paymentObject } from './payment.js';

// The fields a supplier payment shares with a customer payment, defined once there.
const { id, number, date, method, amount, currency, exchangeRate, reference, memo, costCenter } = paymentObject.shape;

/** The zod object behind {@link supplierAllocationSchema} (internal: unions and `.shape` need it). @internal */
export const supplierAllocationObject = z.strictObject({
  /** Id of the `purchase` paid (a supplier invoice, not a supplier credit note). */
  purchase: idSchema,
  /** Required. The part of the payment applied to that purchase, a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), in the major unit of the document currency; strictly positive. */
  amount: positiveAmountSchema,
});

/**
 * The zod schema of one allocation of a supplier payment: the id of the
 * purchase (supplier invoice) it pays and the amount applied to it.
 *
 * @example
 * ```ts
 * supplierAllocationSchema.parse({ purchase: 'ac-1', amount: '120.00' }).purchase //=> 'ac-1'
 * ```
 */
export const supplierAllocationSchema: z.ZodMiniType<SupplierAllocation, z.input<typeof supplierAllocationObject>> = supplierAllocationObject;

/** The zod object behind {@link supplierPaymentSchema} (internal: unions and `.shape` need it). @internal */
export const supplierPaymentObject = z
  .strictObject({
    /** Required. The document type, always `'supplier-payment'` (the discriminator of `documentSchema`). */
    type: z.literal('supplier-payment'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id,
    /** The payment's piece reference (e.g. the transfer number); defaults to the id. */
    number,
    /** Required. The day the supplier was paid, `YYYY-MM-DD`. */
    date,
    /** `card`, `cash`, `cheque`, `transfer`, `direct-debit` or a custom method mapped in the rules. */
    method,
    /** The amount paid to the supplier. */
    amount,
    /** Optional. ISO 4217 code of the amounts (e.g. "USD"). @defaultValue the rules' currency (EUR) */
    currency,
    /** Optional. The EUR value of one unit of `currency` (a decimal string such as "0.9215"); required when `currency` is not EUR. */
    exchangeRate,
    /** Required. The supplier: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    supplier: partySchema,
    /** The purchases paid; the unallocated rest is an advance to the supplier (4091). */
    allocations: z.optional(z.array(supplierAllocationSchema)),
    /** Optional. Free-text bank or cheque reference, kept in the transaction source. */
    reference,
    /** Optional. Free text kept in the transaction source (Mémo). */
    memo,
    /** Optional. Cost centre copied on every entry. */
    costCenter,
  })
  .check((ctx) => checkSupplierMoney('Purchase', ctx.value, raw(ctx.issues)));

/**
 * The zod schema of a `supplier-payment` (règlement fournisseur): money paid
 * to a supplier by some method, allocated to its purchases. It posts Dt 401
 * (the supplier as auxiliary account, each allocation matched with its
 * purchase) / Ct the treasury account the money leaves (512 for a transfer,
 * cheque, card or direct debit, 530 for cash); what is not allocated is an
 * advance paid to the supplier (4091).
 *
 * @example
 * ```ts
 * supplierPaymentSchema.parse({
 *   type: 'supplier-payment', id: 'rf-1', date: '2024-11-15', method: 'transfer', amount: '120.00',
 *   supplier: { id: 'F0001', name: 'EDF' }, allocations: [{ purchase: 'ac-1', amount: '120.00' }],
 * }).supplier.id //=> 'F0001'
 * ```
 */
export const supplierPaymentSchema: z.ZodMiniType<SupplierPayment, z.input<typeof supplierPaymentObject>> = supplierPaymentObject;

/**
 * A supplier-payment document (the output of {@link supplierPaymentSchema}).
 *
 * @example
 * ```ts
 * const p: SupplierPayment = { type: 'supplier-payment', id: 'rf-1', date: '2024-11-15', method: 'transfer', amount: '120.00', supplier: { id: 'F0001', name: 'EDF' } };
 * ```
 */
export type SupplierPayment = z.infer<typeof supplierPaymentObject>;

/**
 * One allocation of a {@link SupplierPayment}.
 *
 * @example
 * ```ts
 * const a: SupplierAllocation = { purchase: 'ac-1', amount: '120.00' };
 * ```
 */
export type SupplierAllocation = z.infer<typeof supplierAllocationObject>;

/**
 * Checks an unknown value is a supplier-payment document and returns it typed
 * (a copy: the input is never mutated). Whether the method, the supplier's
 * account and the purchases allocated exist is checked when posting.
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed document
 * @throws AccountingError `invalid_input`, `empty_id`, `invalid_date`, `invalid_method`,
 *   `non_positive_amount`, `negative_amount`, `invalid_amount`, `unknown_currency`, `unknown_field`
 * @example
 * ```ts
 * parseSupplierPayment({ type: 'supplier-payment', id: 'rf-1', date: '2024-11-15', method: 'cash', amount: '20.00', supplier: { id: 'F2', name: 'Boulangerie' } }).method //=> 'cash'
 * parseSupplierPayment({ type: 'supplier-payment', id: 'rf-1', date: '2024-11-15', method: 'cash', amount: '0', supplier: { id: 'F2', name: 'Boulangerie' } }) // throws non_positive_amount at ['amount']
 * ```
 */
export function parseSupplierPayment(input: unknown, path: ReadonlyArray<string | number> = []): SupplierPayment {
  const r = supplierPaymentSchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: supplierPaymentSchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseSupplierPayment}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseSupplierPayment({ type: 'supplier-payment', id: 'rf-1' }).success //=> false
 * ```
 */
export function safeParseSupplierPayment(input: unknown): SafeResult<SupplierPayment> {
  return safely(() => parseSupplierPayment(input));
}
