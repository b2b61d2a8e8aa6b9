// @ts-nocheck
import type * as z from 'zod/mini';
import { VAT_PAYMENT } from './_lib/documentShapes.js';
import type { In, Out } from './_lib/shape.js';
import { toZod } from './_lib/toZod.js';
import { AccountingError, fromZodIssues, safely, type SafeResult } from '../errors/index.js';

/**
 * The zod schema of a `vat-payment` (paiement de TVA): VAT paid to the
 * Treasury. The balance of a return (`kind: 'balance'`, the default) posts
 * Dt VAT to pay (44551, where `vatSettlement` put it) / Ct the treasury
 * account the money leaves (512 for a transfer or a direct debit); a CA12
 * instalment (`kind: 'instalment'`, acompte of July or December) posts
 * Dt 44581 (acomptes – régime simplifié) / Ct 512, and the yearly return
 * deducts it.
 *
 * @example
 * ```ts
 * vatPaymentSchema.parse({
 *   type: 'vat-payment', id: 'tva-2025-01', date: '2025-02-19', method: 'direct-debit', amount: '120.00',
 *   regime: 'CA3', period: { from: '2025-01-01', to: '2025-01-31' },
 * }).kind //=> 'balance'
 * ```
 */
export const vatPaymentSchema: z.ZodMiniType<VatPayment, In<typeof VAT_PAYMENT>> = toZod(VAT_PAYMENT);

/**
 * A vat-payment document (the output of {@link vatPaymentSchema}).
 *
 * @example
 * ```ts
 * const p: VatPayment = { type: 'vat-payment', id: 'tva-2025-07', date: '2025-07-15', method: 'transfer', amount: '700.00', kind: 'instalment', regime: 'CA12' };
 * ```
 */
export type VatPayment = Out<typeof VAT_PAYMENT>;

/**
 * Checks an unknown value is a vat-payment document and returns it typed (a
 * copy: the input is never mutated). Whether the method and the account exist
 * in the rules and the chart is checked when posting.
 *
 * @param input - the document
 * @param path - where it sits in the input, prefixed to every issue's path
 * @returns the typed document
 * @throws AccountingError `invalid_input`, `empty_id`, `invalid_date`, `invalid_method`,
 *   `non_positive_amount`, `invalid_amount`, `invalid_period`, `invalid_account`, `unknown_field`
 * @example
 * ```ts
 * parseVatPayment({ type: 'vat-payment', id: 'tva-1', date: '2025-02-19', method: 'transfer', amount: '120.00' }).kind //=> 'balance'
 * parseVatPayment({ type: 'vat-payment', id: 'tva-1', date: '2025-02-19', method: 'transfer', amount: '120.00', account: '512' }) // throws invalid_account at ['account']
 * ```
 */
export function parseVatPayment(input: unknown, path: ReadonlyArray<string | number> = []): VatPayment {
  const r = vatPaymentSchema.safeParse(input);
  if (!r.success) throw new AccountingError(fromZodIssues(r.error.issues, path, { schema: vatPaymentSchema, input }));
  return r.data;
}

/**
 * The non-throwing twin of {@link parseVatPayment}.
 *
 * @param input - the document
 * @returns `{ success: true, value }` or `{ success: false, issues }`
 * @example
 * ```ts
 * safeParseVatPayment({ type: 'vat-payment', id: 'tva-1' }).success //=> false
 * ```
 */
export function safeParseVatPayment(input: unknown): SafeResult<VatPayment> {
  return safely(() => parseVatPayment(input));
}
