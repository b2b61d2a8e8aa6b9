// @ts-nocheck
import type * as z from 'zod/mini';
import { TOURIST_TAX_REMITTANCE } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';

/**
 * The zod schema of a `tourist-tax-remittance` (reversement de la taxe de
 * séjour): the tourist tax a campsite or a hotel collected on its invoices and
 * till tickets, paid over to the commune or EPCI that levies it. It posts
 * Dt the tourist-tax account (the rules' `accounts.touristTax`, 447 by
 * default, or the document's `account`) / Ct the treasury account the money
 * leaves (512 for a transfer, cheque, card or direct debit, 530 for cash).
 *
 * @example
 * ```ts
 * touristTaxRemittanceSchema.parse({
 *   type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'transfer', amount: '8.40',
 *   collector: { id: 'MAIRIE', name: 'Commune de Biscarrosse' }, period: { from: '2024-07-01', to: '2024-09-30' },
 * }).collector.name //=> 'Commune de Biscarrosse'
 * ```
 */
export const touristTaxRemittanceSchema: z.ZodMiniType<TouristTaxRemittance, In<typeof TOURIST_TAX_REMITTANCE>> = toZod(TOURIST_TAX_REMITTANCE);

/**
 * A tourist-tax-remittance document (the output of {@link touristTaxRemittanceSchema}).
 *
 * @example
 * ```ts
 * const r: TouristTaxRemittance = { type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'transfer', amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune de Biscarrosse' } };
 * ```
 */
export type TouristTaxRemittance = Out<typeof TOURIST_TAX_REMITTANCE>;

/**
 * Checks an unknown value is a tourist-tax-remittance document and returns it
 * typed (a copy: the input is never mutated). Whether the method and the
 * account exist in the rules and the chart is checked when posting.
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed document
 * @throws AccountingError `invalid_input`, `empty_id`, `invalid_date`, `invalid_method`,
 *   `non_positive_amount`, `negative_amount`, `invalid_amount`, `unknown_currency`,
 *   `invalid_period` (period ending before it starts), `invalid_account`, `unknown_field`
 * @example
 * ```ts
 * parseTouristTaxRemittance({ type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'cash', amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune' } }).method //=> 'cash'
 * parseTouristTaxRemittance({ type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'cash', amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune' }, account: '706' }) // throws invalid_account at ['account']
 * ```
 */
export function parseTouristTaxRemittance(input: unknown, path: ReadonlyArray<string | number> = []): TouristTaxRemittance {
  const r = touristTaxRemittanceSchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: touristTaxRemittanceSchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseTouristTaxRemittance}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseTouristTaxRemittance({ type: 'tourist-tax-remittance', id: 'ts-1' }).success //=> false
 * ```
 */
export function safeParseTouristTaxRemittance(input: unknown): SafeResult<TouristTaxRemittance> {
  return safely(() => parseTouristTaxRemittance(input));
}
