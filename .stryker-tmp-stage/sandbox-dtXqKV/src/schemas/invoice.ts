// @ts-nocheck
import type * as z from 'zod/mini';
import { INVOICE, INVOICE_KIND, INVOICE_STATUS, SOLD_LINE } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

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
export const invoiceKindSchema: z.ZodMiniType<InvoiceKind, In<typeof INVOICE_KIND>> = toZod(INVOICE_KIND);

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
export const invoiceStatusSchema: z.ZodMiniType<InvoiceStatus, In<typeof INVOICE_STATUS>> = toZod(INVOICE_STATUS);

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
export const invoiceLineSchema: z.ZodMiniType<InvoiceLine, In<typeof SOLD_LINE>> = toZod(SOLD_LINE);

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
export const invoiceSchema: z.ZodMiniType<Invoice, In<typeof INVOICE>> = toZod(INVOICE);

/**
 * An invoice document (the output of {@link invoiceSchema}).
 *
 * @example
 * ```ts
 * const kind: Invoice['kind'] = 'credit-note';
 * ```
 */
export type Invoice = Out<typeof INVOICE>;

/**
 * One line of an {@link Invoice}.
 *
 * @example
 * ```ts
 * const line: InvoiceLine = { label: 'Taxe de séjour', kind: 'tourist-tax', quantity: '14', unitPrice: '0.60' };
 * ```
 */
export type InvoiceLine = Out<typeof SOLD_LINE>;

/**
 * The kind of an invoice.
 *
 * @example
 * ```ts
 * const kind: InvoiceKind = 'final';
 * ```
 */
export type InvoiceKind = Out<typeof INVOICE_KIND>;

/**
 * The status of an invoice.
 *
 * @example
 * ```ts
 * const status: InvoiceStatus = 'paid';
 * ```
 */
export type InvoiceStatus = Out<typeof INVOICE_STATUS>;
