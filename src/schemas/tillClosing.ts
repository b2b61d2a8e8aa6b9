import * as z from 'zod/mini';
import { checkTillClosing, checkTillTicket } from './_lib/checks.js';
import { soldLineSchema } from './_lib/lines.js';
import { idSchema, isoDateSchema, methodSchema, nonNegativeAmountSchema, partySchema, positiveAmountSchema, raw, referenceFields } from './_lib/primitives.js';

/** The zod object behind {@link tillTicketSchema} (internal: unions and `.shape` need it). @internal */
export const tillTicketObject = z
  .strictObject({
    /** Required. The ticket id, unique within the closing. */
    id: idSchema,
    /** Optional. The ticket number printed on the receipt (free text). */
    number: z.optional(z.string()),
    /** The customer, required when the payments do not cover the ticket (the rest goes on their account). */
    customer: z.optional(partySchema),
    /** Required. The ticket lines, at least one (prices incl. tax unless the closing says otherwise). */
    lines: z.array(soldLineSchema),
    /** Required. How the ticket was paid: `{ method, amount }` each; what they leave unpaid goes on the customer's account. */
    payments: z.array(
      z.strictObject({
        /** Required. The payment method, such as `card`, `cash` or `cheque` (or a custom one mapped in the rules). */
        method: methodSchema,
        /** Required. The amount paid with that method, a decimal string such as "12.50" (or a Decimal, or a safe-integer JS number), incl. tax; strictly positive. */
        amount: positiveAmountSchema,
      }),
    ),
  })
  .check((ctx) => checkTillTicket(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of a till ticket: its lines, how it was paid, and the
 * customer when part of it is put on account.
 *
 * @example
 * ```ts
 * tillTicketSchema.parse({ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }).payments.length //=> 1
 * ```
 */
export const tillTicketSchema: z.ZodMiniType<TillTicket, z.input<typeof tillTicketObject>> = tillTicketObject;

/** The zod object behind {@link tillClosingSchema} (internal: unions and `.shape` need it). @internal */
export const tillClosingObject = z
  .strictObject({
    /** Required. The document type, always `'till-closing'` (the discriminator of `documentSchema`). */
    type: z.literal('till-closing'),
    /** Required. The ticket id, unique within the closing. */
    id: idSchema,
    /** The Z number (piece reference); defaults to the id. */
    number: z.optional(z.string()),
    /** Required. The till (cash register) id, a non-empty string. */
    till: idSchema,
    /** Required. The business day closed (Z report), `YYYY-MM-DD`; the closing posts on it. */
    day: isoDateSchema,
    /** Whether ticket prices include VAT. @defaultValue true */
    pricesIncludeTax: z.optional(z.boolean()),
    /** Required. The tickets of the day (see `tillTicketSchema`); may be empty. */
    tickets: z.array(tillTicketSchema),
    /** Cash counted in the drawer. @defaultValue the cash expected */
    countedCash: z.optional(nonNegativeAmountSchema),
    /** Cash the till expected. @defaultValue the cash payments of the tickets */
    expectedCash: z.optional(nonNegativeAmountSchema),
    ...referenceFields,
  })
  .check((ctx) => checkTillClosing(ctx.value, raw(ctx.issues)));

/**
 * The zod schema of a `till-closing` (clôture de caisse, Z): one till's day —
 * its tickets and their payments by method, and the cash counted against the
 * cash expected. It posts one cash-journal transaction: Dt each method's
 * account / Ct revenue per account and VAT per rate, the cash difference to
 * 658 (short) or 758 (over).
 *
 * @example
 * ```ts
 * tillClosingSchema.parse({
 *   type: 'till-closing', id: 'z-2024-10-15', till: 'CAISSE1', day: '2024-10-15', countedCash: '2.90',
 *   tickets: [{ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }],
 * }).till //=> 'CAISSE1'
 * ```
 */
export const tillClosingSchema: z.ZodMiniType<TillClosing, z.input<typeof tillClosingObject>> = tillClosingObject;

/**
 * A till-closing document.
 *
 * @example
 * ```ts
 * const day: TillClosing['day'] = '2024-10-15';
 * ```
 */
export type TillClosing = z.infer<typeof tillClosingObject>;

/**
 * One ticket of a {@link TillClosing}.
 *
 * @example
 * ```ts
 * const id: TillTicket['id'] = 't1';
 * ```
 */
export type TillTicket = z.infer<typeof tillTicketObject>;
