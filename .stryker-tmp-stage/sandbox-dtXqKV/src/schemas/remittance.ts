// @ts-nocheck
import type * as z from 'zod/mini';
import { REMITTANCE } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

/**
 * The zod schema of a `remittance` (remise en banque): cheques (5112) or card
 * receipts (5115) paid into the bank (512), less the card fees (627).
 * `payments` lists the payment ids remitted; their clearing lines are then
 * matched by `letter`.
 *
 * @example
 * ```ts
 * remittanceSchema.parse({ type: 'remittance', id: 'rem-1', date: '2024-10-21', method: 'card', amount: '600.00', fees: '3.60' }).fees //=> '3.60'
 * ```
 */
export const remittanceSchema: z.ZodMiniType<Remittance, In<typeof REMITTANCE>> = toZod(REMITTANCE);

/**
 * A remittance document.
 *
 * @example
 * ```ts
 * const method: Remittance['method'] = 'cheque';
 * ```
 */
export type Remittance = Out<typeof REMITTANCE>;
