// @ts-nocheck
import type * as z from 'zod/mini';
import { SUPPLIER_ALLOCATION, SUPPLIER_PAYMENT } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';

/**
 * The zod schema of one allocation of a supplier payment: the id of the
 * purchase (supplier invoice) it pays and the amount applied to it.
 *
 * @example
 * ```ts
 * supplierAllocationSchema.parse({ purchase: 'ac-1', amount: '120.00' }).purchase //=> 'ac-1'
 * ```
 */
export const supplierAllocationSchema: z.ZodMiniType<SupplierAllocation, In<typeof SUPPLIER_ALLOCATION>> = toZod(SUPPLIER_ALLOCATION);

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
export const supplierPaymentSchema: z.ZodMiniType<SupplierPayment, In<typeof SUPPLIER_PAYMENT>> = toZod(SUPPLIER_PAYMENT);

/**
 * A supplier-payment document (the output of {@link supplierPaymentSchema}).
 *
 * @example
 * ```ts
 * const p: SupplierPayment = { type: 'supplier-payment', id: 'rf-1', date: '2024-11-15', method: 'transfer', amount: '120.00', supplier: { id: 'F0001', name: 'EDF' } };
 * ```
 */
export type SupplierPayment = Out<typeof SUPPLIER_PAYMENT>;

/**
 * One allocation of a {@link SupplierPayment}.
 *
 * @example
 * ```ts
 * const a: SupplierAllocation = { purchase: 'ac-1', amount: '120.00' };
 * ```
 */
export type SupplierAllocation = Out<typeof SUPPLIER_ALLOCATION>;

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
