// @ts-nocheck
import type * as z from 'zod/mini';
import { SUPPLIER_REFUND } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';

/**
 * The zod schema of a `supplier-refund` (remboursement reçu d'un fournisseur):
 * money a supplier pays back, on its credit notes or returning an advance. It
 * posts Dt the treasury account the money arrives on (512 for a transfer or
 * card, 530 for cash, 5112 for a cheque to remit) / Ct 401 per supplier credit
 * note refunded (the supplier as auxiliary account, lettered with the credit
 * note); what is not allocated is an advance the supplier returns (Ct 4091).
 *
 * @example
 * ```ts
 * supplierRefundSchema.parse({
 *   type: 'supplier-refund', id: 'rs-1', date: '2024-12-02', method: 'transfer', amount: '24.00',
 *   supplier: { id: 'F0001', name: 'EDF' }, allocations: [{ purchase: 'av-1', amount: '24.00' }],
 * }).allocations?.[0]?.purchase //=> 'av-1'
 * ```
 */
export const supplierRefundSchema: z.ZodMiniType<SupplierRefund, In<typeof SUPPLIER_REFUND>> = toZod(SUPPLIER_REFUND);

/**
 * A supplier-refund document (the output of {@link supplierRefundSchema}).
 *
 * @example
 * ```ts
 * const r: SupplierRefund = { type: 'supplier-refund', id: 'rs-1', date: '2024-12-02', method: 'transfer', amount: '24.00', supplier: { id: 'F0001', name: 'EDF' } };
 * ```
 */
export type SupplierRefund = Out<typeof SUPPLIER_REFUND>;

/**
 * Checks an unknown value is a supplier-refund document and returns it typed
 * (a copy: the input is never mutated). Whether the method, the supplier's
 * account and the credit notes allocated exist is checked when posting.
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed document
 * @throws AccountingError `invalid_input`, `empty_id`, `invalid_date`, `invalid_method`,
 *   `non_positive_amount`, `negative_amount`, `invalid_amount`, `unknown_currency`, `unknown_field`
 * @example
 * ```ts
 * parseSupplierRefund({ type: 'supplier-refund', id: 'rs-1', date: '2024-12-02', method: 'cheque', amount: '24.00', supplier: { id: 'F1', name: 'EDF' } }).method //=> 'cheque'
 * parseSupplierRefund({ type: 'supplier-refund', id: 'rs-1', date: '2024-12-02', method: 'cheque', amount: '0', supplier: { id: 'F1', name: 'EDF' } }) // throws non_positive_amount at ['amount']
 * ```
 */
export function parseSupplierRefund(input: unknown, path: ReadonlyArray<string | number> = []): SupplierRefund {
  const r = supplierRefundSchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: supplierRefundSchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseSupplierRefund}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseSupplierRefund({ type: 'supplier-refund', id: 'rs-1' }).success //=> false
 * ```
 */
export function safeParseSupplierRefund(input: unknown): SafeResult<SupplierRefund> {
  return safely(() => parseSupplierRefund(input));
}
