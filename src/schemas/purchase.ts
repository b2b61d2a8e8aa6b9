import { z } from 'zod';
import { checkLineIds, purchaseLineSchema } from './_lib/lines.js';
import { coded, currencySchema, exchangeRateSchema, idSchema, isoDateSchema, partySchema, referenceFields } from './_lib/primitives.js';

export { purchaseLineSchema };

/**
 * The zod schema of a `purchase` (facture fournisseur, or a supplier's credit
 * note with `kind: 'credit-note'`): Dt expense accounts (HT) + Dt deductible
 * VAT 44566 / Ct supplier 401 with the supplier as auxiliary account.
 *
 * @example
 * ```ts
 * purchaseSchema.parse({
 *   type: 'purchase', id: 'ac-1', number: 'EDF-2024-10', date: '2024-10-31', supplier: { id: 'F0001', name: 'EDF' },
 *   lines: [{ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }],
 * }).supplier.id //=> 'F0001'
 * ```
 */
export const purchaseSchema = z
  .strictObject({
    type: z.literal('purchase'),
    id: idSchema,
    /** `invoice` or `credit-note`. @defaultValue 'invoice' */
    kind: z.enum(['invoice', 'credit-note']).optional(),
    /** The supplier's invoice number (piece reference). */
    number: idSchema,
    date: isoDateSchema,
    supplier: partySchema,
    /** Whether unit prices include VAT. @defaultValue false */
    pricesIncludeTax: z.boolean().optional(),
    currency: currencySchema.optional(),
    exchangeRate: exchangeRateSchema.optional(),
    lines: z.array(purchaseLineSchema),
    ...referenceFields,
  })
  .check((ctx) => {
    if (ctx.value.lines.length === 0) ctx.issues.push(coded('invalid_input', 'A purchase needs at least one line.', ['lines']));
    if (ctx.value.exchangeRate !== undefined && ctx.value.currency === undefined) ctx.issues.push(coded('invalid_input', 'exchangeRate without currency: give the currency of the amounts too.', ['exchangeRate']));
    checkLineIds(ctx.value.lines, ctx.issues);
  });

/**
 * A purchase document.
 *
 * @example
 * ```ts
 * const kind: Purchase['kind'] = 'credit-note';
 * ```
 */
export type Purchase = z.infer<typeof purchaseSchema>;

/**
 * One line of a {@link Purchase}.
 *
 * @example
 * ```ts
 * const line: PurchaseLine = { label: 'Loyer', account: '613200', quantity: '1', unitPrice: '800.00', vatRate: '20' };
 * ```
 */
export type PurchaseLine = z.infer<typeof purchaseLineSchema>;
