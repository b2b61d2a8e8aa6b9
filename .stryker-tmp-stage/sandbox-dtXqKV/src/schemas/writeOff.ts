// @ts-nocheck
import type * as z from 'zod/mini';
import { WRITE_OFF } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

/**
 * The zod schema of a `write-off` (créance irrécouvrable): what an invoice
 * still owes is written off to 6541, its VAT reversed (collected VAT, or on a
 * receipt basis the pending VAT).
 *
 * @example
 * ```ts
 * writeOffSchema.parse({ type: 'write-off', id: 'wo-1', date: '2024-12-31', customer: { id: 'C0001', name: 'DUPONT Jean' }, invoice: 'inv-1', amount: '600.00' }).amount //=> '600.00'
 * ```
 */
export const writeOffSchema: z.ZodMiniType<WriteOff, In<typeof WRITE_OFF>> = toZod(WRITE_OFF);

/**
 * A write-off document.
 *
 * @example
 * ```ts
 * const amount: WriteOff['amount'] = '600.00';
 * ```
 */
export type WriteOff = Out<typeof WRITE_OFF>;
