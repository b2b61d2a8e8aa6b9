// @ts-nocheck
import type * as z from 'zod/mini';
import { TILL_CLOSING, TILL_TICKET } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

/**
 * The zod schema of a till ticket: its lines, how it was paid, and the
 * customer when part of it is put on account.
 *
 * @example
 * ```ts
 * tillTicketSchema.parse({ id: 't1', lines: [{ label: 'Eau', account: '707100', quantity: '2', unitPrice: '1.50', vatRate: '5.5' }], payments: [{ method: 'cash', amount: '3.00' }] }).payments.length //=> 1
 * ```
 */
export const tillTicketSchema: z.ZodMiniType<TillTicket, In<typeof TILL_TICKET>> = toZod(TILL_TICKET);

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
export const tillClosingSchema: z.ZodMiniType<TillClosing, In<typeof TILL_CLOSING>> = toZod(TILL_CLOSING);

/**
 * A till-closing document.
 *
 * @example
 * ```ts
 * const day: TillClosing['day'] = '2024-10-15';
 * ```
 */
export type TillClosing = Out<typeof TILL_CLOSING>;

/**
 * One ticket of a {@link TillClosing}.
 *
 * @example
 * ```ts
 * const id: TillTicket['id'] = 't1';
 * ```
 */
export type TillTicket = Out<typeof TILL_TICKET>;
