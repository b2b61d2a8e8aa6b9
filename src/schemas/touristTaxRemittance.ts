import * as z from 'zod/mini';
import { checkTouristTaxRemittance } from './_lib/checks.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';
import { accountSchema, partySchema, periodSchema, raw } from './_lib/primitives.js';
import { paymentObject } from './payment.js';

// The fields a remittance shares with a customer payment, defined once there.
const { id, number, date, method, amount, currency, exchangeRate, reference, memo, costCenter } = paymentObject.shape;

/** The zod object behind {@link touristTaxRemittanceSchema} (internal: unions and `.shape` need it). @internal */
export const touristTaxRemittanceObject = z
  .strictObject({
    /** Required. The document type, always `'tourist-tax-remittance'` (the discriminator of `documentSchema`). */
    type: z.literal('tourist-tax-remittance'),
    /** Required. The document's id, unique among the documents posted together (a non-empty string); other documents refer to it. */
    id,
    /** The remittance's piece reference (e.g. the transfer number or the commune's statement); defaults to the id. */
    number,
    /** Required. The day the tourist tax was paid to the collector, `YYYY-MM-DD`. */
    date,
    /** `transfer`, `cheque`, `card`, `cash`, `direct-debit` or a custom method mapped in the rules. */
    method,
    /** The tourist tax paid over. */
    amount,
    /** Optional. ISO 4217 code of the amounts (e.g. "USD"). @defaultValue the rules' currency (EUR) */
    currency,
    /** Optional. The EUR value of one unit of `currency` (a decimal string such as "0.9215"); required when `currency` is not EUR. */
    exchangeRate,
    /**
     * The commune or EPCI the tax is paid to: its id and name are kept in the
     * source (no auxiliary account); its `account`, if given, is the
     * tourist-tax account debited when `account` is left out.
     */
    collector: partySchema,
    /** The collection period the remittance settles (inclusive, `to` ≥ `from`). */
    period: z.optional(periodSchema),
    /** The tourist-tax account debited (class 4, e.g. "4686"). @defaultValue the collector's `account`, else the rules' `accounts.touristTax` (447) */
    account: z.optional(accountSchema),
    /** Optional. Free-text bank or cheque reference, kept in the transaction source. */
    reference,
    /** Optional. Free text kept in the transaction source (Mémo). */
    memo,
    /** Optional. Cost centre copied on every entry. */
    costCenter,
  })
  .check((ctx) => checkTouristTaxRemittance(ctx.value, raw(ctx.issues)));

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
export const touristTaxRemittanceSchema: z.ZodMiniType<TouristTaxRemittance, z.input<typeof touristTaxRemittanceObject>> = touristTaxRemittanceObject;

/**
 * A tourist-tax-remittance document (the output of {@link touristTaxRemittanceSchema}).
 *
 * @example
 * ```ts
 * const r: TouristTaxRemittance = { type: 'tourist-tax-remittance', id: 'ts-1', date: '2024-10-15', method: 'transfer', amount: '8.40', collector: { id: 'MAIRIE', name: 'Commune de Biscarrosse' } };
 * ```
 */
export type TouristTaxRemittance = z.infer<typeof touristTaxRemittanceObject>;

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
