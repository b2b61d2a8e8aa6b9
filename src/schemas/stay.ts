import * as z from 'zod/mini';
import { checkStay } from './_lib/checks.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';
import { idSchema, isoDateSchema, partySchema, referenceFields, raw } from './_lib/primitives.js';

/** The zod object behind {@link staySchema} (internal: unions and `.shape` need it). @internal */
export const stayObject = z
  .strictObject({
    /** Required. The document type, always `'stay'` (the discriminator of `documentSchema`). */
    type: z.literal('stay'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id: idSchema,
    /** The stay reference shown in lists. @defaultValue the id */
    number: z.optional(z.string()),
    /** Required. The guest billed: `{ id, name, account? }`. */
    customer: partySchema,
    /** The arrival day. */
    arrival: isoDateSchema,
    /** The departure day (on or after the arrival; the stay ends in the period holding it). */
    departure: isoDateSchema,
    /** Number of guests (adults and children). */
    guests: z.int().check(z.positive()),
    /** Ids of the invoices that bill the stay (deposit, proforma, final invoices, credit and debit notes). @defaultValue [] */
    invoices: z.optional(z.array(idSchema)),
    ...referenceFields,
  })
  .check((ctx) => checkStay(ctx.value, raw(ctx.issues)));

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
export const staySchema: z.ZodMiniType<Stay, z.input<typeof stayObject>> = stayObject;

/**
 * A stay document (the output of {@link staySchema}).
 *
 * @example
 * ```ts
 * const stay: Stay = { type: 'stay', id: 'sej-1', customer: { id: 'C1', name: 'DUPONT Jean' }, arrival: '2024-07-24', departure: '2024-07-31', guests: 2, invoices: ['inv-1'] };
 * ```
 */
export type Stay = z.infer<typeof stayObject>;

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
