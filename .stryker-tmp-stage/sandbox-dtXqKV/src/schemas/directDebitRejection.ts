// @ts-nocheck
import type * as z from 'zod/mini';
import { DIRECT_DEBIT_REJECTION } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

/**
 * The zod schema of a `direct-debit-rejection` (rejet de prélèvement): one
 * item of an earlier batch came back, for an ISO reason code (`AM04`
 * insufficient funds, `MD06` refund request…), maybe with bank fees (627),
 * maybe re-billed to the customer. It re-opens the invoices the item paid.
 *
 * @example
 * ```ts
 * directDebitRejectionSchema.parse({ type: 'direct-debit-rejection', id: 'rj-1', date: '2024-11-12', batch: 'dd-2024-11', item: 'i1', reason: 'AM04', fees: '5.00', rebilled: false }).reason //=> 'AM04'
 * ```
 */
export const directDebitRejectionSchema: z.ZodMiniType<DirectDebitRejection, In<typeof DIRECT_DEBIT_REJECTION>> = toZod(DIRECT_DEBIT_REJECTION);

/**
 * A direct-debit rejection document.
 *
 * @example
 * ```ts
 * const reason: DirectDebitRejection['reason'] = 'MD06';
 * ```
 */
export type DirectDebitRejection = Out<typeof DIRECT_DEBIT_REJECTION>;
