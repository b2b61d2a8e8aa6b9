// Line schemas shared by invoices, till tickets and purchases (internal).
import * as z from 'zod/mini';
import { checkLineIds, checkLineVat, isZeroRate } from './checks.js';
import { accountSchema, exemptionSchema, idSchema, periodSchema, quantitySchema, raw, signedDecimalSchema, vatRateSchema } from './primitives.js';

export { checkLineIds, checkLineVat, isZeroRate };

/** The fields every sold line has. */
const soldLineShape = {
  /** Optional line id (session usage and PCA refer to it). */
  id: z.optional(idSchema),
  /** Required. The line label (free text) written on the revenue or expense entry. */
  label: z.string(),
  /** Revenue account (706… services, 707… goods); defaults to the rules' account for the line kind. */
  account: z.optional(accountSchema),
  /** Required. The quantity sold or bought, a decimal string such as "1" or "1.5" (a whole JS number is accepted); zero or positive, at most 6 decimals. */
  quantity: quantitySchema,
  /** Unit price, excl. or incl. tax per the document's `pricesIncludeTax`; negative for a discount line. */
  unitPrice: signedDecimalSchema,
  /** VAT rate in percent; absent on tourist-tax lines only. */
  vatRate: z.optional(vatRateSchema),
  /** Why a zero rate applies. */
  exemption: z.optional(exemptionSchema),
  /** Optional. The exemption's legal ground as printed on the invoice (EN 16931 BT-120), e.g. "Exonération de TVA, article 261-4-1° du CGI"; an e-invoice requires it (or `exemptionCode`) on `exempt` lines. */
  exemptionReason: z.optional(z.string()),
  /** Optional. The exemption's code in the CEF VATEX list (EN 16931 BT-121), e.g. "VATEX-EU-132". */
  exemptionCode: z.optional(z.string().check(z.regex(/^VATEX-[A-Z0-9-]+$/, { error: 'An exemption code is a VATEX code such as "VATEX-EU-132" (CEF VATEX code list).' }))),
  /** `service` (default unless the account is a goods account), `goods`, or `tourist-tax` (never revenue, never in the VAT base). */
  kind: z.optional(z.enum(['service', 'goods', 'tourist-tax'])),
  /** Optional. Free-text sales category (reports may group by it). */
  category: z.optional(z.string()),
  /** Optional. Free-text product or service name (reports may group by it). */
  product: z.optional(z.string()),
  /** Optional. Who sold the line (free text; reports may group by it). */
  seller: z.optional(z.string()),
  /** The inclusive period the line's service covers (deferred revenue reads it). */
  servicePeriod: z.optional(periodSchema),
  /** Number of sessions sold (a pack of sessions). */
  sessions: z.optional(z.int().check(z.positive())),
};

/** An invoice or till-ticket line. */
export const soldLineSchema = z.strictObject(soldLineShape).check((ctx) => checkLineVat(ctx.value, raw(ctx.issues)));

/** The zod object behind {@link purchaseLineSchema} (internal). @internal */
export const purchaseLineObject = z
  .strictObject({
    /** Optional. Line id, unique within the document. */
    id: z.optional(idSchema),
    /** Required. The line label (free text) written on the expense entry. */
    label: z.string(),
    /** Required. Expense or asset account (6…, 2…). */
    account: accountSchema,
    /** Required. The quantity sold or bought, a decimal string such as "1" or "1.5" (a whole JS number is accepted); zero or positive, at most 6 decimals. */
    quantity: quantitySchema,
    /** Required. Unit price, a decimal string such as "100.00" (or a Decimal, or a safe-integer JS number) in the document currency, excl. or incl. tax per the purchase's `pricesIncludeTax`; negative for a discount line. */
    unitPrice: signedDecimalSchema,
    /** Required. The VAT rate in percent, a string such as "20" or "5.5"; "0" needs `exemption`. */
    vatRate: vatRateSchema,
    /** Optional. Why a zero rate applies: `exempt`, `out-of-scope`, `reverse-charge` or `intra-eu`; only with a zero `vatRate`. */
    exemption: z.optional(exemptionSchema),
    /** Whether the VAT is deductible; non-deductible VAT is charged to the line's account. @defaultValue true */
    deductible: z.optional(z.boolean()),
    /** Optional. The inclusive period `{ from, to }` (dates `YYYY-MM-DD`) the expense covers (prepaid expenses read it). */
    servicePeriod: z.optional(periodSchema),
  })
  .check((ctx) => checkLineVat(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of one purchase line: the expense (or asset) account,
 * quantity and unit price, VAT rate, whether its VAT is deductible.
 *
 * @example
 * ```ts
 * purchaseLineSchema.parse({ label: 'Électricité', account: '606100', quantity: '1', unitPrice: '100.00', vatRate: '20' }).account //=> '606100'
 * ```
 */
export const purchaseLineSchema: z.ZodMiniType<z.output<typeof purchaseLineObject>, z.input<typeof purchaseLineObject>> = purchaseLineObject;

