import * as z from 'zod/mini';
import { checkPurchase } from './_lib/checks.js';
import { purchaseLineSchema } from './_lib/lines.js';
import { currencySchema, exchangeRateSchema, idSchema, isoDateSchema, partySchema, positiveAmountSchema, referenceFields, raw } from './_lib/primitives.js';

export { purchaseLineSchema };

/** The zod object behind {@link purchaseAdvanceSchema} (internal: unions and `.shape` need it). @internal */
export const purchaseAdvanceObject = z.strictObject({
  /** Id of the `supplier-payment` that paid the advance (its unallocated part). */
  payment: idSchema,
  /** The part of the advance deducted from this purchase (in the purchase's currency). */
  amount: positiveAmountSchema,
});

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
export const purchaseAdvanceSchema: z.ZodMiniType<PurchaseAdvance, z.input<typeof purchaseAdvanceObject>> = purchaseAdvanceObject;

/** The zod object behind {@link purchaseSchema} (internal: unions and `.shape` need it). @internal */
export const purchaseObject = z
  .strictObject({
    /** Required. The document type, always `'purchase'` (the discriminator of `documentSchema`). */
    type: z.literal('purchase'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: idSchema,
    /** `invoice` or `credit-note`. @defaultValue 'invoice' */
    kind: z.optional(z.enum(['invoice', 'credit-note'])),
    /** The supplier's invoice number (piece reference). */
    number: idSchema,
    /** Required. The supplier invoice date, `YYYY-MM-DD` (the day it posts). */
    date: isoDateSchema,
    /** Required. The supplier: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    supplier: partySchema,
    /** Whether unit prices include VAT. @defaultValue false */
    pricesIncludeTax: z.optional(z.boolean()),
    /** Optional. ISO 4217 code of the amounts (e.g. "USD"). @defaultValue the rules' currency (EUR) */
    currency: z.optional(currencySchema),
    /** Optional. The EUR value of one unit of `currency` (a decimal string such as "0.9215"); required when `currency` is not EUR. */
    exchangeRate: z.optional(exchangeRateSchema),
    /** A credit note only: the id of the supplier invoice (`purchase`) it corrects. */
    corrects: z.optional(idSchema),
    /** An invoice only: advances paid to the supplier (unallocated parts of supplier payments) this invoice deducts. */
    advances: z.optional(z.array(purchaseAdvanceSchema)),
    /**
     * When the VAT on the purchase's services becomes deductible — the
     * supplier's regime: `on-receipt` (the default, CGI art. 269-2: services'
     * VAT waits on the rules' `vatDeductiblePending`, 44568, and each payment
     * makes its share deductible; goods lines are deductible on the invoice)
     * or `on-invoice` (a supplier that opted for the débits: everything
     * deductible on the invoice). Goods or services by account, see the
     * rules' `natures`. A credit note follows the purchase it corrects.
     * @defaultValue 'on-receipt'
     */
    vatExigibility: z.optional(z.enum(['on-invoice', 'on-receipt'])),
    /** Required. The purchase lines, at least one (see `purchaseLineSchema`). */
    lines: z.array(purchaseLineSchema),
    ...referenceFields,
  })
  .check((ctx) => checkPurchase(ctx.value, raw(ctx.issues)));

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
export const purchaseSchema: z.ZodMiniType<Purchase, z.input<typeof purchaseObject>> = purchaseObject;

/**
 * A purchase document.
 *
 * @example
 * ```ts
 * const kind: Purchase['kind'] = 'credit-note';
 * ```
 */
export type Purchase = z.infer<typeof purchaseObject>;

/**
 * One line of a {@link Purchase}.
 *
 * @example
 * ```ts
 * const line: PurchaseLine = { label: 'Loyer', account: '613200', quantity: '1', unitPrice: '800.00', vatRate: '20' };
 * ```
 */
export type PurchaseLine = z.output<typeof purchaseLineSchema>;

/**
 * One advance deducted by a {@link Purchase}.
 *
 * @example
 * ```ts
 * const a: PurchaseAdvance = { payment: 'sp-1', amount: '30.00' };
 * ```
 */
export type PurchaseAdvance = z.infer<typeof purchaseAdvanceObject>;
