// @ts-nocheck
import type * as z from 'zod/mini';
import { SUBSCRIPTION_CANCELLATION } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';


/**
 * The zod schema of a `subscription-cancellation` (résiliation): a member's
 * subscription — an invoice line with a service period — ends early. It names
 * the invoice and the line, the day of the cancellation, the reason, the last
 * day served (`endsOn`, the cancellation day by default) and the credit note
 * and refund it produced, if any. It posts nothing: the credit note and the
 * refund are documents of their own, posted as such.
 *
 * @example
 * ```ts
 * subscriptionCancellationSchema.parse({
 *   type: 'subscription-cancellation', id: 'res-1', date: '2025-03-31', invoice: 'inv-1', line: 'l1',
 *   reason: 'Déménagement', creditNote: 'av-1',
 * }).creditNote //=> 'av-1'
 * ```
 */
export const subscriptionCancellationSchema: z.ZodMiniType<SubscriptionCancellation, In<typeof SUBSCRIPTION_CANCELLATION>> = toZod(SUBSCRIPTION_CANCELLATION);

/**
 * A subscription-cancellation document (the output of
 * {@link subscriptionCancellationSchema}).
 *
 * @example
 * ```ts
 * const c: SubscriptionCancellation = { type: 'subscription-cancellation', id: 'res-1', date: '2025-03-31', invoice: 'inv-1', line: 'l1', reason: 'Déménagement' };
 * ```
 */
export type SubscriptionCancellation = Out<typeof SUBSCRIPTION_CANCELLATION>;

/**
 * Checks an unknown value is a subscription-cancellation document and returns
 * it typed (a copy: the input is never mutated). Whether the invoice and line
 * exist is checked by the reports that read it.
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed document
 * @throws AccountingError `invalid_input`, `empty_id`, `invalid_date`, `unknown_field`
 * @example
 * ```ts
 * parseSubscriptionCancellation({ type: 'subscription-cancellation', id: 'res-1', date: '2025-03-31', invoice: 'inv-1', line: 'l1', reason: 'Santé' }).reason //=> 'Santé'
 * parseSubscriptionCancellation({ type: 'subscription-cancellation', id: 'res-1', date: '2025-02-30', invoice: 'inv-1', line: 'l1', reason: 'Santé' }) // throws invalid_date
 * ```
 */
export function parseSubscriptionCancellation(input: unknown, path: ReadonlyArray<string | number> = []): SubscriptionCancellation {
  const r = subscriptionCancellationSchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: subscriptionCancellationSchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseSubscriptionCancellation}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseSubscriptionCancellation({ type: 'subscription-cancellation', id: '' }).success //=> false
 * ```
 */
export function safeParseSubscriptionCancellation(input: unknown): SafeResult<SubscriptionCancellation> {
  return safely(() => parseSubscriptionCancellation(input));
}
