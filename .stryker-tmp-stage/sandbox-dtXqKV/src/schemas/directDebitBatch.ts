// @ts-nocheck
import type * as z from 'zod/mini';
import { DIRECT_DEBIT_BATCH, DIRECT_DEBIT_ITEM } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';

/**
 * The zod schema of one direct debit of a batch: the customer and amount, the
 * mandate (RUM and signature date), the sequence type, the debtor's account
 * and the invoices it pays.
 *
 * @example
 * ```ts
 * directDebitItemSchema.safeParse({ sequence: 'LAST' }).success //=> false
 * ```
 */
export const directDebitItemSchema: z.ZodMiniType<DirectDebitItem, In<typeof DIRECT_DEBIT_ITEM>> = toZod(DIRECT_DEBIT_ITEM);

/**
 * The zod schema of a `direct-debit-batch` (lot de prélèvements SEPA): every
 * field a pain.008 file needs, and the invoices each debit pays. It posts on
 * the collection date: Dt bank (total) / Ct each customer.
 *
 * @example
 * ```ts
 * const batch = directDebitBatchSchema.parse({
 *   type: 'direct-debit-batch', id: 'dd-2024-11', messageId: 'PRLV-2024-11', createdAt: '2024-11-02T09:00:00', collectionDate: '2024-11-05',
 *   creditor: { name: 'SALLE DE SPORT SARL', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP', creditorId: 'FR72ZZZ123456' },
 *   items: [{ id: 'i1', endToEndId: 'E2E-1', customer: { id: 'C0001', name: 'DUPONT Jean' }, amount: '49.90',
 *     mandate: { id: 'RUM-0001', signedOn: '2024-01-10' }, sequence: 'RCUR',
 *     debtor: { name: 'DUPONT Jean', iban: 'FR1420041010050500013M02606' }, invoices: ['inv-1'] }],
 * });
 * batch.items.length //=> 1
 * ```
 */
export const directDebitBatchSchema: z.ZodMiniType<DirectDebitBatch, In<typeof DIRECT_DEBIT_BATCH>> = toZod(DIRECT_DEBIT_BATCH);

/**
 * A direct-debit batch document.
 *
 * @example
 * ```ts
 * const seq: DirectDebitBatch['items'][number]['sequence'] = 'FRST';
 * ```
 */
export type DirectDebitBatch = Out<typeof DIRECT_DEBIT_BATCH>;

/**
 * One debit of a {@link DirectDebitBatch}.
 *
 * @example
 * ```ts
 * const seq: DirectDebitItem['sequence'] = 'RCUR';
 * ```
 */
export type DirectDebitItem = Out<typeof DIRECT_DEBIT_ITEM>;
