// @ts-nocheck
import type * as z from 'zod/mini';
import { STAY } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';

/**
 * The zod schema of a `stay` (séjour) at a campsite or a hotel: who stayed,
 * from the arrival day to the departure day, how many guests, and the
 * invoices that bill it (deposits, proformas, the final invoice, credit
 * notes). A stay posts nothing by itself — its invoices do; the accounting
 * synthesis lists it in the period of its departure ("a stay ends in the
 * period by its departure date").
 *
 * @example
 * ```ts
 * staySchema.parse({
 *   type: 'stay', id: 'sej-1', number: 'S2024-0042', customer: { id: 'C0001', name: 'DUPONT Jean' },
 *   arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-1'],
 * }).guests //=> 2
 * ```
 */
export const staySchema: z.ZodMiniType<Stay, In<typeof STAY>> = toZod(STAY);

/**
 * A stay document (the output of {@link staySchema}).
 *
 * @example
 * ```ts
 * const stay: Stay = { type: 'stay', id: 'sej-1', customer: { id: 'C1', name: 'DUPONT Jean' }, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-1'] };
 * ```
 */
export type Stay = Out<typeof STAY>;

/**
 * Checks an unknown value is a stay and returns it typed (a copy: the input
 * is never mutated).
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed stay
 * @throws AccountingError `invalid_period` (departure before arrival),
 *   `invalid_date`, `empty_id`, `invalid_input`, `unknown_field`
 * @example
 * ```ts
 * parseStay({ type: 'stay', id: 's1', customer: { id: 'C1', name: 'X' }, arrival: '2024-07-01', departure: '2024-07-08', guests: 3 }).departure //=> '2024-07-08'
 * parseStay({ type: 'stay', id: 's1', customer: { id: 'C1', name: 'X' }, arrival: '2024-07-08', departure: '2024-07-01', guests: 3 }) // throws invalid_period at ['departure']
 * ```
 */
export function parseStay(input: unknown, path: ReadonlyArray<string | number> = []): Stay {
  const r = staySchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: staySchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseStay}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseStay({ type: 'stay', id: '' }).success //=> false
 * ```
 */
export function safeParseStay(input: unknown): SafeResult<Stay> {
  return safely(() => parseStay(input));
}
