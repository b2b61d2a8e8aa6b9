// @ts-nocheck
import type * as z from 'zod/mini';
import { PURCHASE, PURCHASE_ADVANCE, PURCHASE_LINE } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

/**
 * The zod schema of one purchase line: the expense (or asset) account,
 * quantity and unit price, VAT rate, whether its VAT is deductible.
 *
 * @example
 * ```ts
 * purchaseLineSchema.parse({ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }).account //=> '606100'
 * ```
 */
export const purchaseLineSchema: z.ZodMiniType<PurchaseLine, In<typeof PURCHASE_LINE>> = toZod(PURCHASE_LINE);

/**
 * The zod schema of one advance a supplier invoice deducts: the id of the
 * `supplier-payment` whose unallocated part (an advance on 4091) is used, and
 * the amount deducted.
 *
 * @example
 * ```ts
 * purchaseAdvanceSchema.parse({ payment: 'sp-1', amount: '30.00' }).payment //=> 'sp-1'
 * ```
 */
export const purchaseAdvanceSchema: z.ZodMiniType<PurchaseAdvance, In<typeof PURCHASE_ADVANCE>> = toZod(PURCHASE_ADVANCE);

/**
 * The zod schema of a `purchase` (facture fournisseur, or a supplier's credit
 * note with `kind: 'credit-note'`): Dt expense accounts (HT) + Dt deductible
 * VAT 44566 / Ct supplier 401 with the supplier as auxiliary account.
 * A credit note may name the purchase it corrects (`corrects`: its 401 line is
 * then lettered with the purchase's); an invoice may deduct advances paid
 * earlier (`advances`: Dt 401 / Ct 4091, lettered with the purchase).
 * By default (`vatExigibility: 'on-receipt'`, CGI art. 269-2 and 271-I-2: VAT
 * on services is deductible once the supplier is paid), the VAT of service
 * lines is debited to deductible VAT pending (44568) and becomes deductible
 * (44566) as the purchase is paid; goods lines are deductible on the invoice.
 * `vatExigibility: 'on-invoice'` (a supplier that opted for the débits) makes
 * every line deductible on the invoice.
 *
 * @example
 * ```ts
 * purchaseSchema.parse({
 *   type: 'purchase', id: 'ac-1', number: 'EDF-2024-10', date: '2024-10-31', supplier: { id: 'F0001', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }],
 * }).supplier.id //=> 'F0001'
 * ```
 */
export const purchaseSchema: z.ZodMiniType<Purchase, In<typeof PURCHASE>> = toZod(PURCHASE);

/**
 * A purchase document.
 *
 * @example
 * ```ts
 * const kind: Purchase['kind'] = 'credit-note';
 * ```
 */
export type Purchase = Out<typeof PURCHASE>;

/**
 * One line of a {@link Purchase}.
 *
 * @example
 * ```ts
 * const line: PurchaseLine = { label: 'Loyer', account: '613200', quantity: '1', unitPrice: '800.00', vatRate: '20' };
 * ```
 */
export type PurchaseLine = Out<typeof PURCHASE_LINE>;

/**
 * One advance deducted by a {@link Purchase}.
 *
 * @example
 * ```ts
 * const a: PurchaseAdvance = { payment: 'sp-1', amount: '30.00' };
 * ```
 */
export type PurchaseAdvance = Out<typeof PURCHASE_ADVANCE>;
