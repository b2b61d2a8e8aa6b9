import * as z from 'zod/mini';
import { checkInvoice } from './_lib/checks.js';
import { soldLineSchema } from './_lib/lines.js';
import { currencySchema, exchangeRateSchema, idSchema, isoDateSchema, partySchema, referenceFields, raw } from './_lib/primitives.js';

/** The zod object behind {@link invoiceKindSchema} (internal: unions and `.shape` need it). @internal */
export const invoiceKindObject = z.enum(['final', 'deposit', 'proforma', 'credit-note', 'debit-note']);

/**
 * The kinds of invoice: `final` (facture de solde), `deposit` (facture
 * d'acompte), `proforma` (never posted; a payment on it is a deposit
 * received), `credit-note` (avoir) and `debit-note`.
 *
 * @example
 * ```ts
 * invoiceKindSchema.parse('deposit') //=> 'deposit'
 * ```
 */
export const invoiceKindSchema: z.ZodMiniType<InvoiceKind, z.input<typeof invoiceKindObject>> = invoiceKindObject;

/** The zod object behind {@link invoiceStatusSchema} (internal: unions and `.shape` need it). @internal */
export const invoiceStatusObject = z.enum(['draft', 'issued', 'sent', 'paid', 'cancelled']);

/**
 * The statuses of an invoice: `draft` is never posted; `issued`, `sent` and
 * `paid` post; `cancelled` posts the invoice and its cancellation on
 * `cancelledOn`.
 *
 * @example
 * ```ts
 * invoiceStatusSchema.parse('sent') //=> 'sent'
 * ```
 */
export const invoiceStatusSchema: z.ZodMiniType<InvoiceStatus, z.input<typeof invoiceStatusObject>> = invoiceStatusObject;

/** The zod object behind {@link invoiceLineSchema} (internal: unions and `.shape` need it). @internal */
export const invoiceLineObject = soldLineSchema;

/**
 * The zod schema of an invoice line: label, revenue account, quantity, unit
 * price (excl. or incl. tax per the invoice), VAT rate (a zero rate with its
 * exemption reason; none on `tourist-tax` lines), optional id, service period,
 * sessions, category, product and seller.
 *
 * @example
 * ```ts
 * invoiceLineSchema.parse({ label: 'Abonnement', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }).vatRate //=> '20'
 * ```
 */
export const invoiceLineSchema: z.ZodMiniType<InvoiceLine, z.input<typeof invoiceLineObject>> = invoiceLineObject;

/** The zod object behind {@link invoiceSchema} (internal: unions and `.shape` need it). @internal */
export const invoiceObject = z
  .strictObject({
    /** Required. The document type, always `'invoice'` (the discriminator of `documentSchema`). */
    type: z.literal('invoice'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: idSchema,
    /** Required. `final`, `deposit`, `proforma`, `credit-note` or `debit-note` (see `invoiceKindSchema`). */
    kind: invoiceKindSchema,
    /** Required. `draft` (never posted), `issued`, `sent`, `paid` or `cancelled` (see `invoiceStatusSchema`). */
    status: invoiceStatusSchema,
    /** The invoice number (piece reference); may be absent on drafts only. */
    number: z.optional(z.string()),
    /** Required. The invoice date, `YYYY-MM-DD` (the day it posts). */
    date: isoDateSchema,
    /** The day a `cancelled` invoice was cancelled (its cancellation is posted that day). */
    cancelledOn: z.optional(isoDateSchema),
    /** ISO 4217 code of the amounts. @defaultValue the rules' currency (EUR) */
    currency: z.optional(currencySchema),
    /** EUR value of one unit of `currency` (required when it is not EUR). */
    exchangeRate: z.optional(exchangeRateSchema),
    /** Required. The customer: `{ id, name, account? }`; its id is the auxiliary account number (CompAuxNum). */
    customer: partySchema,
    ...referenceFields,
    /** Whether unit prices include VAT (TTC). @defaultValue false */
    pricesIncludeTax: z.optional(z.boolean()),
    /** Ids of the deposit invoices (or proformas that received payments) this final invoice deducts. */
    deducts: z.optional(z.array(idSchema)),
    /** The invoice a credit or debit note corrects. */
    corrects: z.optional(idSchema),
    /** Required. The invoice lines, at least one (see `invoiceLineSchema`). */
    lines: z.array(invoiceLineSchema),
  })
  .check((ctx) => checkInvoice(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of an `invoice` document (final, deposit, proforma, credit
 * note or debit note). Amounts are decimal strings in the invoice currency
 * (`currency`, default EUR; another currency needs `exchangeRate`, the EUR
 * value of one unit). A final invoice may deduct deposit invoices (or
 * proformas that received payments) with `deducts`; a credit or debit note may
 * name the invoice it corrects with `corrects`.
 *
 * @example
 * ```ts
 * const invoice = invoiceSchema.parse({
 *   type: 'invoice', id: 'inv-1', kind: 'final', status: 'issued', number: 'FA2024-0001', date: '2024-10-15',
 *   customer: { id: 'C0001', name: 'DUPONT Jean' }, pricesIncludeTax: true,
 *   lines: [{ label: 'Abonnement 12 mois', account: '706100', quantity: '1', unitPrice: '600.00', vatRate: '20' }],
 * });
 * invoice.lines.length //=> 1
 * ```
 */
export const invoiceSchema: z.ZodMiniType<Invoice, z.input<typeof invoiceObject>> = invoiceObject;

/**
 * An invoice document (the output of {@link invoiceSchema}).
 *
 * @example
 * ```ts
 * const kind: Invoice['kind'] = 'credit-note';
 * ```
 */
export type Invoice = z.infer<typeof invoiceObject>;

/**
 * One line of an {@link Invoice}.
 *
 * @example
 * ```ts
 * const line: InvoiceLine = { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' };
 * ```
 */
export type InvoiceLine = z.infer<typeof invoiceLineObject>;

/**
 * The kind of an invoice.
 *
 * @example
 * ```ts
 * const kind: InvoiceKind = 'final';
 * ```
 */
export type InvoiceKind = z.infer<typeof invoiceKindObject>;

/**
 * The status of an invoice.
 *
 * @example
 * ```ts
 * const status: InvoiceStatus = 'paid';
 * ```
 */
export type InvoiceStatus = z.infer<typeof invoiceStatusObject>;
