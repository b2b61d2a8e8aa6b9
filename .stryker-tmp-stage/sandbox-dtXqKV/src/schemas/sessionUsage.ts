// @ts-nocheck
import type * as z from 'zod/mini';
import { SESSION_USAGE } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';

/**
 * The zod schema of a `session-usage` document: one session of a pack sold on
 * an invoice line (carnet de séances) used on a day. Deferred revenue read
 * with the `sessions` method recognises a line's amount per session used.
 *
 * @example
 * ```ts
 * sessionUsageSchema.parse({ type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-11-02' }).line //=> 'l1'
 * ```
 */
export const sessionUsageSchema: z.ZodMiniType<SessionUsage, In<typeof SESSION_USAGE>> = toZod(SESSION_USAGE);

/**
 * A session-usage document (the output of {@link sessionUsageSchema}).
 *
 * @example
 * ```ts
 * const usage: SessionUsage = { type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-11-02' };
 * ```
 */
export type SessionUsage = Out<typeof SESSION_USAGE>;

/**
 * Checks an unknown value is a session-usage document and returns it typed (a
 * copy: the input is never mutated).
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed document
 * @throws AccountingError `invalid_input`, `empty_id`, `invalid_date`, `unknown_field`
 * @example
 * ```ts
 * parseSessionUsage({ type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-11-02' }).date //=> '2024-11-02'
 * parseSessionUsage({ type: 'session-usage', id: 'use-1', invoice: 'inv-1', line: 'l1', date: '2024-02-30' }) // throws invalid_date
 * ```
 */
export function parseSessionUsage(input: unknown, path: ReadonlyArray<string | number> = []): SessionUsage {
  const r = sessionUsageSchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: sessionUsageSchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseSessionUsage}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseSessionUsage({ type: 'session-usage', id: '' }).success //=> false
 * ```
 */
export function safeParseSessionUsage(input: unknown): SafeResult<SessionUsage> {
  return safely(() => parseSessionUsage(input));
}
